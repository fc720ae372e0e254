//! The core words its refusals and warnings for the CLI: they name
//! commands (`kluis audit list`) and flags (`--allow-weak-kdf`). Inside the
//! TUI those are no use to the PO, so [`for_tui`] puts the screen's own
//! keys in their place before anything is drawn (issue 12 item 5). A test
//! checks that no snapshot of the TUI shows a command or a flag.

use crate::i18n::{Lang, Msg, t};

/// `text` (a core message) with its CLI advice replaced by the TUI's.
pub fn for_tui(lang: Lang, text: &str) -> String {
    // Longest phrases first: a command inside a longer phrase goes with it.
    // The core's words since its refusals are typed (src/ops/refusal.rs,
    // src/ops/notice.rs): general advice, made specific here with keys.
    let rules: [(&str, Msg); 15] = [
        (
            "review them in the audit log, then acknowledge them",
            Msg::TuiHintReviewAck,
        ),
        ("is exposed: rotate it", Msg::TuiHintExposedRotate),
        ("verify each, then commit", Msg::TuiHintVerifyCommit),
        ("update it to add a version", Msg::TuiHintNewVersion),
        (
            "allowed knowingly when it was made",
            Msg::TuiHintWeakAllowed,
        ),
        ("rollback accepted on request", Msg::TuiHintRollbackAccepted),
        (
            "review them with `kluis audit list`, then run `kluis ack`",
            Msg::TuiHintReviewAck,
        ),
        ("see `kluis audit list`", Msg::TuiHintSeeAudit),
        ("rotate it with `kluis shares rotate`", Msg::TuiHintRotate),
        (
            "verify each with `kluis shares verify`, then commit",
            Msg::TuiHintVerifyCommit,
        ),
        (
            "use `kluis secret update` to add a version",
            Msg::TuiHintNewVersion,
        ),
        (
            "allowed with --allow-weak-kdf when it was made",
            Msg::TuiHintWeakAllowed,
        ),
        (
            "rollback accepted with --allow-rollback",
            Msg::TuiHintRollbackAccepted,
        ),
        (
            "choose 2 or more, or pass --allow-threshold-one",
            Msg::TuiHintThresholdOne,
        ),
        (
            "create one with `kluis init`, or pass --vault PATH",
            Msg::TuiHintNoVault,
        ),
    ];
    let mut out = text.to_string();
    for (cli, tui) in rules {
        if out.contains(cli) {
            out = out.replace(cli, t(lang, tui));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_advice_becomes_keys() {
        let w = "3 emergency event(s) since your last acknowledgement: review them with `kluis audit list`, then run `kluis ack`";
        let en = for_tui(Lang::En, w);
        assert!(!en.contains("kluis ack") && en.contains("(!)"), "{en}");
        assert_eq!(for_tui(Lang::En, "nothing to change"), "nothing to change");
    }

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
