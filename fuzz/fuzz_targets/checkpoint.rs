//! A checkpoint as copied by hand, from arbitrary text. What parses prints
//! back to text that parses to the same checkpoint.

#![no_main]

use kluis::audit::checkpoint::Checkpoint;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(c) = Checkpoint::parse(text) {
        let again = Checkpoint::parse(&c.to_text()).expect("a printed checkpoint parses");
        assert_eq!(again, c);
    }
});
