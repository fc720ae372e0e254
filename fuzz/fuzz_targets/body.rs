//! Decode arbitrary bytes as a decrypted vault body. The `open` target
//! cannot get past the AEAD tag, so without this target fuzzing never
//! reaches `Body::parse`. The body is authenticated before it is decoded,
//! so what this guards against is a buggy or forging key holder: whatever
//! decodes must be canonical (encode back to the same bytes), and checking
//! its invariants and its audit chain must refuse, never panic.

#![no_main]

use kluis::format::body::{BODY_VERSION, Body};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(body) = Body::parse(data) else {
        return;
    };
    let again = body.encode();
    if data.first() == Some(&BODY_VERSION) {
        assert_eq!(&again[..], data, "a body decoded from bytes it would not write");
    } else {
        // An older version, migrated on read: what it becomes must read
        // back as itself.
        let back = Body::parse(&again).expect("a migrated body reads back");
        assert_eq!(&back.encode()[..], &again[..], "a migrated body changed on re-reading");
    }
    if body.check().is_ok() {
        let vault_id = body.audit.first().map(|r| r.vault_id).unwrap_or([0; 16]);
        let _ = kluis::audit::verify(&body.audit, &vault_id);
    }
});
