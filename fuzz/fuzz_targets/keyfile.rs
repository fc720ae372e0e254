//! A backup-key value file, from arbitrary bytes (src/keys.rs): recognising
//! it never panics, and what is recognised describes itself the same way
//! each time.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(Some(k)) = kluis::keys::recognise(bytes) {
        assert_eq!(kluis::keys::describe(bytes), Some(k));
    }
});
