//! The TUI end to end under tmux: the real binary on a prepared vault,
//! unlocked by typing, a secret unsealed through the dialog and shown,
//! hidden again, quit — and nothing of the value left in the pane or its
//! scrollback.

use std::time::Duration;

use crate::terminal::Tmux;
use crate::util::{Fixture, PASS, PIN, path_str};

const CANARY: &str = "CANARY-tui-value-77";

fn key(t: &Tmux, k: &str) {
    t.run(&["send-keys", "-t", "k", k]);
    // Let the UI read each key on its own (Esc then q must not become Alt-q).
    std::thread::sleep(Duration::from_millis(150));
}

fn text(t: &Tmux, s: &str) {
    t.run(&["send-keys", "-t", "k", "-l", s]);
    std::thread::sleep(Duration::from_millis(150));
}

#[test]
fn unlock_unseal_show_hide_quit_leaves_nothing() {
    let f = Fixture::new();
    f.add_approver();
    let val = f.file("val", CANARY);
    f.ok(&[
        "secret",
        "add",
        "k",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&val),
    ]);
    let t = Tmux::new(&f);
    let bin = assert_cmd::cargo::cargo_bin("kluis");
    let cmd = format!(
        "env -i HOME={home} XDG_STATE_HOME={home}/state TERM=xterm LANG=C {bin} --vault {vault}; echo KLUIS-DONE-$?",
        home = path_str(f.dir.path()),
        bin = path_str(&bin),
        vault = path_str(&f.vault),
    );
    t.run(&[
        "new-session",
        "-d",
        "-s",
        "k",
        "-x",
        "120",
        "-y",
        "40",
        &cmd,
    ]);
    t.run(&["set-option", "-t", "k", "remain-on-exit", "on"]);
    t.wait_for("unlock screen", "PO passphrase", true);
    text(&t, PASS);
    let typed = t.pane();
    assert!(!typed.contains(PASS), "passphrase shown: {typed}");
    key(&t, "Enter");
    t.wait_for("main screen", "secrets (1)", true);
    key(&t, "u");
    t.wait_for("unseal dialog", "reason category", true);
    key(&t, "Tab");
    text(&t, "tmux drill");
    key(&t, "Tab");
    key(&t, "Tab");
    text(&t, PIN);
    key(&t, "Enter");
    let released = t.wait_for("released", "released (screen)", true);
    assert!(!released.contains(CANARY), "shown before v: {released}");
    key(&t, "v");
    t.wait_for("value shown", CANARY, true);
    key(&t, "h");
    t.wait_for("value hidden", CANARY, false);
    key(&t, "Escape");
    key(&t, "q");
    let after = t.wait_for("quit", "KLUIS-DONE-", true);
    assert!(after.contains("KLUIS-DONE-0"), "{after}");
    let all = t.pane();
    assert!(
        !all.contains(CANARY),
        "the value stayed on the terminal:\n{all}"
    );
    assert!(
        !all.contains("secrets (1)"),
        "the TUI left the alternate screen drawn:\n{all}"
    );
    // The unseal is in the audit chain.
    let audit = f.ok(&["audit", "list"]);
    assert!(
        audit.contains("Unseal") && audit.contains("tmux drill"),
        "{audit}"
    );
}
