//! The TUI words the core's errors and warnings through the one wording
//! both faces share ([`crate::face::words`]), with its own hints: the keys
//! of its screens, never a CLI flag or command (issue 12 items 1 and 5).
//! A test checks that no snapshot of the TUI shows a command or a flag.

use crate::face::words::{self, W};
use crate::i18n::Lang;
use crate::ops::{Notice, OpsError};

/// An [`OpsError`] as the TUI says it.
pub(crate) fn ops(lang: Lang, e: &OpsError) -> String {
    words::ops(W::tui(lang), e)
}

/// Any error as the TUI says it (a core error in words, else its text).
pub(crate) fn error(lang: Lang, e: &(dyn std::error::Error + 'static)) -> String {
    words::error(W::tui(lang), e)
}

/// An error chain as the TUI says it: the causes joined as `{:#}` does,
/// the first one the wording knows in words.
pub(crate) fn chain(lang: Lang, e: &anyhow::Error) -> String {
    words::error_chain(W::tui(lang), e)
}

/// A warning as the TUI says it.
pub(crate) fn notice(lang: Lang, n: &Notice) -> String {
    words::notice(W::tui(lang), n)
}

#[cfg(test)]
mod tests {
    /// No TUI snapshot shows a CLI command or flag.
    #[test]
    fn no_snapshot_names_a_command_or_a_flag() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/snapshots");
        for entry in std::fs::read_dir(dir).expect("snapshots") {
            let path = entry.expect("entry").path();
            let text = std::fs::read_to_string(&path).expect("read");
            let screen = text.split("---").nth(2).unwrap_or("");
            for bad in ["`kluis ", "--allow", "--vault", "--share", "--as "] {
                assert!(
                    !screen.contains(bad),
                    "{} shows {bad:?}:\n{screen}",
                    path.display()
                );
            }
        }
    }
}
