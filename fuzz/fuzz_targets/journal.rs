//! The locked-time journal, which anyone who can write the PO's home
//! directory can write. What parses is kluis's own form: it writes back to
//! lines that parse to the same reports, and it merges into at most
//! `MERGE_MAX` records.

#![no_main]

use kluis::audit::journal::{self, MERGE_MAX};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(entries) = journal::parse(bytes) {
        let written: Vec<u8> = entries.iter().flat_map(|e| e.to_line()).collect();
        assert_eq!(
            journal::parse(&written).expect("written lines parse"),
            entries
        );
        let merged = journal::merge(entries, &[0; 16], |_, _| None);
        assert!(merged.len() <= MERGE_MAX);
        assert!(
            merged.iter().all(|m| m.drill.is_none()),
            "no proof holds without a share"
        );
    }
});
