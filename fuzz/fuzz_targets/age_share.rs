//! An age share file, an identity file and a recipient, from arbitrary
//! bytes (src/shares/age.rs): decrypting and loading never panic, and a
//! recipient that parses has a canonical form that parses to itself.

#![no_main]

use kluis::shares::age::{Identities, Prompt, ShareRecipient, decrypt_share};
use libfuzzer_sys::fuzz_target;

/// A throwaway identity made for this target; the seeds in
/// corpus/age_share are encrypted to it. It protects nothing.
const KEY: &str = "AGE-SECRET-KEY-1A3R75QQNJWLS7CKCR890EGRJX6G7AWPVAZ42M5XMKE5YVY9EU3XSK8D7SK";

fuzz_target!(|data: &[u8]| {
    let mut ids = Identities::new(Prompt::none());
    ids.add_file(KEY.as_bytes()).expect("the fixed key loads");
    let _ = decrypt_share(data, &ids);
    // The same bytes as an identity file (plugin identities fail at once:
    // no plugin is on the fuzzer's PATH under that name).
    let _ = Identities::new(Prompt::none()).add_file(data);
    if let Ok(s) = std::str::from_utf8(data)
        && let Ok(r) = ShareRecipient::parse(s)
    {
        let again = ShareRecipient::parse(r.as_str()).expect("a canonical recipient parses");
        assert_eq!(again.as_str(), r.as_str());
    }
});
