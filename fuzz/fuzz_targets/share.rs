//! A share's text form from arbitrary UTF-8, then — if it parses — a quorum
//! of the share twice validated against the reference vault's active set.
//! A duplicate is never a quorum, and nothing may panic.

#![no_main]

use std::sync::LazyLock;

use kluis::format::SetStatus;
use kluis::shares::{Share, ShareSetInfo, UntrustedShares};
use kluis::vault::EncryptedVault;
use libfuzzer_sys::fuzz_target;

/// The active set of tests/vectors/reference.kluis, whose shares seed the
/// corpus, so mutations get past the set-id check into the fingerprints.
static INFO: LazyLock<ShareSetInfo> = LazyLock::new(|| {
    let bytes = include_bytes!("../../tests/vectors/reference.kluis");
    EncryptedVault::parse(bytes)
        .expect("the reference vault parses")
        .header()
        .set(SetStatus::Active)
        .expect("the reference vault has an active set")
        .clone()
});

fuzz_target!(|text: &str| {
    let Ok(s) = Share::parse(text) else {
        return;
    };
    let _ = INFO.check(&s);
    let quorum = UntrustedShares::new(vec![s.clone(), s]).validate(&INFO);
    if let Ok(q) = quorum {
        // Only a 1-of-n set could accept one distinct share; the reference
        // set is 2 of 3, so a duplicate must never pass as two.
        assert!(
            INFO.threshold <= 1,
            "a duplicated share formed a quorum of {:?}",
            q.indices()
        );
    }
});
