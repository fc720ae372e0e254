//! The import readers (`kluis secret import`) from arbitrary bytes: the
//! first byte picks the reader (CSV, Bitwarden JSON, or the KDBX header's
//! KDF-work check through the KDBX reader with no key, which must refuse
//! before deriving anything). Nothing may panic, and every secret a reader
//! returns has a usable, unique name.

#![no_main]

use kluis::import::{self, ImportSet};
use libfuzzer_sys::fuzz_target;

fn check(set: &ImportSet) {
    let mut names: Vec<&str> = set.secrets.iter().map(|s| s.name.as_str()).collect();
    for n in &names {
        assert!(!n.trim().is_empty() && n.len() <= import::MAX_NAME);
    }
    let all = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), all, "names are unique");
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let set = match pick % 3 {
        0 => import::csv::read(rest),
        1 => import::bitwarden::read(rest),
        // No password and no key file: the crate refuses an empty key
        // before any KDF, so only the header scan and parse run.
        _ => import::kdbx::read(rest, None, None, None),
    };
    if let Ok(set) = set {
        check(&set);
    }
});
