//! Verifying an audit export (JSON lines or CSV) from arbitrary bytes
//! against a fixed checkpoint: the one of the seed exports in
//! fuzz/corpus/export/, so mutations of a valid export reach the chain
//! checks. Anyone may hand kluis an export, so nothing may panic.

#![no_main]

use std::sync::LazyLock;

use kluis::audit::checkpoint::Checkpoint;
use kluis::audit::export::verify_export;
use libfuzzer_sys::fuzz_target;

/// The head of the vault the seed exports came from (see README.md).
const CHECKPOINT: &str = "KC1 b4c7-de93-10d9-1400 #5 cfe6-fc95-e866-bf41-7dfd-f431";

static AT: LazyLock<Checkpoint> =
    LazyLock::new(|| Checkpoint::parse(CHECKPOINT).expect("the fixed checkpoint parses"));

fuzz_target!(|data: &[u8]| {
    let _ = verify_export(data, &AT);
});
