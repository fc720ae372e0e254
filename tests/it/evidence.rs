//! Issue 11, item 1: the TUI and the CLI leave the same evidence for the
//! same act. Each act — a recovery with shares, an unseal, a drill, a
//! rotation — is done once through the CLI and once through the TUI (the
//! real binary under tmux), each on its own vault, and the kinds of the
//! audit records the act added are compared.
//!
//! Opens (`Unlock`) are left out: how often a face opens the vault for one
//! act is not evidence of the act (the TUI opens once for a session, the
//! CLI once per command, and reading the chain here opens it too).

use crate::terminal::Tmux;
use crate::util::{Fixture, PASS, PIN, path_str};

fn key(t: &Tmux, k: &str) {
    t.key(k);
}

fn text(t: &Tmux, s: &str) {
    t.text(s);
}

/// A vault with Bert (approver, PIN), Dirk (delegate) and the backup key
/// `k`, and its share sheets as txt files.
fn vault() -> (Fixture, Vec<std::path::PathBuf>) {
    let f = Fixture::new();
    f.add_approver();
    f.ok(&["roster", "add", "Dirk", "--role", "delegate"]);
    let val = f.file("val", "CANARY-evidence-value");
    f.ok(&[
        "secret",
        "add",
        "k",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&val),
    ]);
    let sheets = f.print_shares(&[]);
    (f, sheets)
}

/// The last sequence number in the chain.
fn head(f: &Fixture) -> u64 {
    f.records()
        .last()
        .and_then(|r| r["seq"].as_u64())
        .expect("a record")
}

/// The kinds of the records after `after`, opens left out.
fn kinds_since(f: &Fixture, after: u64) -> Vec<String> {
    f.records()
        .into_iter()
        .filter(|r| r["seq"].as_u64().expect("seq") > after)
        .map(|r| r["event"]["kind"].as_str().expect("kind").to_string())
        .filter(|k| k != "Unlock")
        .collect()
}

/// The TUI on the fixture's vault; `act` drives it; then it is quit.
fn in_tui(f: &Fixture, act: impl FnOnce(&Tmux)) {
    let data = format!("XDG_DATA_HOME={}/data", path_str(f.dir.path()));
    let t = Tmux::kluis(f, &data);
    act(&t);
    key(&t, "Escape");
    key(&t, "q");
    let after = t.wait_for("quit", "KLUIS-DONE-", true);
    assert!(after.contains("KLUIS-DONE-0"), "{after}");
}

fn unlock(t: &Tmux) {
    text(t, PASS);
    key(t, "Enter");
    t.wait_for("main screen", "secrets (1)", true);
}

/// Runs `cli` on one vault and `tui` on another and returns both kinds
/// lists (CLI first).
fn both(
    cli: impl FnOnce(&Fixture, &[std::path::PathBuf]),
    tui: impl FnOnce(&Tmux, &[std::path::PathBuf]),
) -> (Vec<String>, Vec<String>) {
    let (fc, sc) = vault();
    let before = head(&fc);
    cli(&fc, &sc);
    let by_cli = kinds_since(&fc, before);
    let (ft, st) = vault();
    let before = head(&ft);
    in_tui(&ft, |t| tui(t, &st));
    let by_tui = kinds_since(&ft, before);
    (by_cli, by_tui)
}

#[test]
fn a_recovery_leaves_the_same_evidence_in_both_faces() {
    let (cli, tui) = both(
        |f, sheets| {
            f.cmd()
                .args([
                    "--share-file",
                    path_str(&sheets[0]),
                    "--share-file",
                    path_str(&sheets[1]),
                    "--as",
                    "Dirk",
                    "secret",
                    "list",
                ])
                .assert()
                .success();
        },
        |t, sheets| {
            key(t, "Escape");
            key(t, "e");
            t.wait_for("recovery screen", "enter the first share", true);
            for sheet in &sheets[..2] {
                text(t, path_str(sheet));
                key(t, "Enter");
            }
            t.wait_for("delegate step", "Enough shares", true);
            text(t, "Dirk");
            key(t, "Enter");
            t.wait_for("emergency session", "EMERGENCY SESSION", true);
        },
    );
    // A recovery is not a drill: no "share N passed" records.
    assert_eq!(
        cli,
        ["Recovery", "EmergencySessionStart", "EmergencySessionEnd"],
        "CLI"
    );
    assert_eq!(tui, cli, "the TUI's recovery left other evidence");
}

#[test]
fn an_unseal_leaves_the_same_evidence_in_both_faces() {
    let (cli, tui) = both(
        |f, _| {
            let pin = f.dir.path().join("pin");
            f.ok(&[
                "unseal",
                "k",
                "--reason-category",
                "restore-test",
                "--reason",
                "evidence",
                "--approver",
                "Bert",
                "--approver-pin-file",
                path_str(&pin),
                "--to",
                "stdout",
            ]);
        },
        |t, _| {
            unlock(t);
            key(t, "u");
            t.wait_for("unseal dialog", "reason category", true);
            key(t, "Tab");
            text(t, "evidence");
            key(t, "Tab");
            key(t, "Tab");
            key(t, "Tab");
            text(t, PIN);
            key(t, "Enter");
            t.wait_for("released", "released (screen)", true);
        },
    );
    assert_eq!(cli, ["Unseal"], "CLI");
    assert_eq!(tui, cli, "TUI");
}

#[test]
fn a_drill_leaves_the_same_evidence_in_both_faces() {
    let (cli, tui) = both(
        |f, sheets| {
            f.cmd()
                .args(["shares", "verify", "--share-file", path_str(&sheets[1])])
                .assert()
                .success();
        },
        |t, sheets| {
            unlock(t);
            key(t, "s");
            key(t, "v");
            text(t, path_str(&sheets[1]));
            key(t, "Enter");
            t.wait_for("verdict", "share 2 (set", true);
            key(t, "Escape");
        },
    );
    assert_eq!(cli, ["Drill"], "CLI");
    assert_eq!(tui, cli, "TUI");
}

#[test]
fn a_rotation_leaves_the_same_evidence_in_both_faces() {
    let (cli, tui) = both(
        |f, _| {
            f.ok(&[
                "shares",
                "rotate",
                "--threshold",
                "2",
                "--holder",
                "Office safe@Safe",
                "--holder",
                "Notary@Town",
                "--holder",
                "Anna",
            ]);
        },
        |t, _| {
            unlock(t);
            key(t, "s");
            key(t, "t");
            text(t, "2");
            key(t, "Enter");
            text(t, "Office safe@Safe; Notary@Town; Anna@Home");
            key(t, "Enter");
            key(t, "Enter");
            t.wait_for("pending set", "pending share set made", true);
        },
    );
    assert_eq!(cli, ["Rotation"], "CLI");
    assert_eq!(tui, cli, "TUI");
}

/// A share of another vault, offered for a recovery: both faces refuse it
/// (exit 3 on the CLI, a verdict in the TUI), leave the vault file as it
/// was, and journal one refused recovery that the next open merges — not a
/// drill.
#[test]
fn a_foreign_share_leaves_the_same_evidence_in_both_faces() {
    let (other, foreign) = vault();
    let foreign = foreign[0].clone();
    let (cli, tui) = both(
        |f, _| {
            let bytes = f.bytes();
            f.run_raw(&[
                "--share-file",
                path_str(&foreign),
                "--as",
                "Dirk",
                "secret",
                "list",
            ])
            .expect(3, "does not know");
            assert_eq!(f.bytes(), bytes, "the vault changed");
        },
        |t, _| {
            key(t, "Escape");
            key(t, "e");
            t.wait_for("recovery screen", "enter the first share", true);
            text(t, path_str(&foreign));
            key(t, "Enter");
            t.wait_for("verdict", "does not know", true);
            // Back to the unlock screen; `in_tui` goes on to the menu.
            key(t, "Escape");
        },
    );
    drop(other);
    assert_eq!(cli, ["Recovery"], "CLI");
    assert_eq!(tui, cli, "TUI");
}
