//! Issue 12 items 2, 3 and 5 through the real binary: the wizard under tmux
//! (holders one per line, an interrupted set-up exits 1 and resumes), the
//! CLI's `--holder` taken whole, and the messages a PO acts on.

use std::time::Duration;

use crate::terminal::Tmux;
use crate::util::{Fixture, PASS, path_str};

fn key(t: &Tmux, k: &str) {
    t.run(&["send-keys", "-t", "k", k]);
    std::thread::sleep(Duration::from_millis(150));
}

fn text(t: &Tmux, s: &str) {
    t.run(&["send-keys", "-t", "k", "-l", s]);
    std::thread::sleep(Duration::from_millis(150));
}

/// The real binary's TUI on the fixture's vault path in an 80×24 pane.
fn start(f: &Fixture, first: &str) -> Tmux {
    start_with(f, "", first)
}

/// The real binary with `args` in an 80×24 pane, once `first` shows.
fn start_with(f: &Fixture, args: &str, first: &str) -> Tmux {
    let t = Tmux::new(f);
    let bin = assert_cmd::cargo::cargo_bin("kluis");
    let cmd = format!(
        "env -i HOME={home} XDG_STATE_HOME={home}/state TERM=xterm LANG=C {bin} --vault {vault} {args}; echo KLUIS-DONE-$?",
        home = path_str(f.dir.path()),
        bin = path_str(&bin),
        vault = path_str(&f.vault),
    );
    t.start(&cmd, 80, 24);
    t.wait_for("first screen", first, true);
    t
}

/// The shares of the active set as `shares status --json` gives them.
fn holders(f: &Fixture) -> Vec<(String, String)> {
    let out = f.ok(&["shares", "status", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    v[0]["shares"]
        .as_array()
        .expect("shares")
        .iter()
        .map(|s| {
            (
                s["holder"].as_str().expect("holder").to_string(),
                s["place"].as_str().expect("place").to_string(),
            )
        })
        .collect()
}

/// Issue 12 item 2: Ctrl-C on the first wizard step exits 1, nothing made.
#[test]
fn wizard_quit_before_the_vault_exits_1() {
    let f = Fixture::empty();
    let t = start(&f, "set up a new vault");
    key(&t, "C-c");
    let after = t.wait_for("quit", "KLUIS-DONE-", true);
    assert!(after.contains("KLUIS-DONE-1"), "{after}");
    assert!(after.contains("no vault was made"), "{after}");
    assert!(!f.vault.exists());
}

/// Issue 12 item 2: the README's holder is one holder in the wizard; a
/// Ctrl-C after the vault was made but before the sheets were typed back
/// exits 1, and the next start resumes at the print step.
#[test]
fn wizard_holders_one_per_line_and_an_interrupted_set_up_resumes() {
    let f = Fixture::empty();
    let t = start(&f, "set up a new vault");
    text(&t, "Anna");
    key(&t, "Enter");
    key(&t, "Enter"); // vault name
    t.wait_for("passphrase step", "step 2/10", true);
    text(&t, PASS);
    key(&t, "Enter");
    text(&t, PASS);
    key(&t, "Enter");
    key(&t, "Enter"); // accept weak: no (it is not weak)
    t.wait_for("approvers step", "step 3/10", true);
    key(&t, "Enter"); // no approvers
    t.wait_for("holders step", "step 4/10", true);
    text(&t, "Notary");
    key(&t, "Enter");
    t.wait_for("refused", "needs a place", true);
    for _ in 0.."Notary".len() {
        key(&t, "BSpace");
    }
    text(&t, "Office safe@Kluis, kantoor Utrecht");
    key(&t, "Enter");
    text(&t, "Notary@Town");
    key(&t, "Enter");
    t.wait_for("two holders", "2. Notary @ Town", true);
    key(&t, "Enter");
    text(&t, "2");
    key(&t, "Enter");
    key(&t, "Enter");
    t.wait_for("print step", "step 6/10", true);
    key(&t, "C-c");
    let after = t.wait_for("quit", "KLUIS-DONE-", true);
    assert!(after.contains("KLUIS-DONE-1"), "{after}");
    assert!(after.contains("set-up is not finished"), "{after}");
    assert_eq!(
        holders(&f),
        [
            (
                "Office safe".to_string(),
                "Kluis, kantoor Utrecht".to_string()
            ),
            ("Notary".to_string(), "Town".to_string())
        ]
    );
    t.run(&["kill-server"]);
    let t = start(&f, "PO passphrase");
    text(&t, PASS);
    key(&t, "Enter");
    t.wait_for("resumed", "was not finished", true);
    key(&t, "C-c");
    let after = t.wait_for("quit", "KLUIS-DONE-", true);
    assert!(after.contains("KLUIS-DONE-1"), "{after}");
}

/// Issue 12 item 2: `init --holder` takes the whole text as one holder.
#[test]
fn init_holder_with_a_comma_is_one_holder() {
    let f = Fixture::with_holders(
        2,
        &[
            "Office safe@Kluis, kantoor Utrecht",
            "IT admin@Home",
            "Anna@Home",
        ],
    );
    let hs = holders(&f);
    assert_eq!(hs.len(), 3, "{hs:?}");
    assert_eq!(
        hs[0],
        (
            "Office safe".to_string(),
            "Kluis, kantoor Utrecht".to_string()
        )
    );
}

/// Issue 12 item 5: a missing `--share-image` or `--share-file` is named
/// as a missing file, not as a missing vault, and the OS error once.
#[test]
fn a_missing_share_file_or_image_is_named_as_such() {
    let f = Fixture::new();
    let before = f.bytes();
    let r = f.run(&["shares", "verify", "--share-image", "missing.jpg"]);
    r.expect(1, "no such file missing.jpg");
    assert!(!r.stderr.contains("no vault"), "{}", r.stderr);
    let r = f.run(&["shares", "verify", "--share-file", "missing.txt"]);
    r.expect(1, "no such file missing.txt");
    assert_eq!(r.stderr.matches("os error").count(), 0, "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    let r = f.run_raw(&["--passphrase-file", "nope.txt", "shares", "status"]);
    r.expect(1, "no such file nope.txt");
    assert_eq!(f.bytes(), before, "nothing changed");
}

/// Issue 12 item 5: "an approver", never "a approver".
#[test]
fn roles_take_their_article() {
    let f = Fixture::new();
    f.add_approver();
    f.ok(&["roster", "add", "Dirk", "--role", "delegate"]);
    let sheets = f.print_shares(&[]);
    let r = f.run(&[
        "--share-file",
        path_str(&sheets[0]),
        "--share-file",
        path_str(&sheets[1]),
        "--as",
        "Bert",
        "secret",
        "list",
    ]);
    r.expect(6, "is an approver in the roster");
    assert!(!r.stderr.contains("a approver"), "{}", r.stderr);
}

/// Issue 12 item 5: human output shows times in the PO's zone (here
/// `TZ=Europe/Amsterdam`); JSON keeps RFC 3339 UTC.
#[test]
fn human_times_are_local_and_json_stays_utc() {
    let f = Fixture::new();
    let val = f.file("val", "v");
    f.ok(&[
        "secret",
        "add",
        "k",
        "--kind",
        "note",
        "--value-file",
        path_str(&val),
    ]);
    let run = |args: &[&str]| {
        let out = f
            .cmd()
            .env("TZ", "Europe/Amsterdam")
            .args(["--passphrase-file", path_str(&f.pass)])
            .args(args)
            .output()
            .expect("run");
        assert!(out.status.success(), "{args:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let utc_time = |s: &str| {
        s.split_whitespace()
            .any(|w| w.len() == 20 && w.ends_with('Z') && w.as_bytes()[10] == b'T')
    };
    for args in [
        &["secret", "show", "k"][..],
        &["shares", "status"],
        &["audit", "list"],
    ] {
        let out = run(args);
        assert!(!utc_time(&out), "{args:?} shows UTC: {out}");
        assert!(
            out.contains(" CET") || out.contains(" CEST"),
            "{args:?}: {out}"
        );
    }
    let json = run(&["--json", "secret", "show", "k"]);
    assert!(utc_time(&json.replace('"', " ")), "{json}");
}

/// Issue 12 item 3 on the CLI: `shares verify` with no share given on a
/// terminal asks for the lines; a wrong line 3 is refused at once with the
/// reason and asked again, lines 1-2 kept, each line shown as read.
#[test]
fn cli_typed_share_checks_each_line() {
    let f = Fixture::new();
    let sheets = f.print_shares(&[]);
    let text = std::fs::read_to_string(&sheets[0]).expect("sheet");
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && *l != "KLUIS")
        .collect();
    let t = start_with(&f, "shares verify", "line 1:");
    text_line(&t, &lines[0].to_lowercase());
    text_line(&t, lines[1]);
    let mut bad: Vec<char> = lines[2].chars().collect();
    bad[0] = if bad[0] == '7' { '8' } else { '7' };
    let bad: String = bad.into_iter().collect();
    text_line(&t, &bad);
    let pane = t.wait_for("refused", "does not match its check character", true);
    assert!(pane.contains(&format!("line 1: {} ✓", lines[0])), "{pane}");
    for l in &lines[2..] {
        text_line(&t, l);
    }
    let after = t.wait_for("done", "KLUIS-DONE-", true);
    assert!(after.contains("KLUIS-DONE-0"), "{after}");
    assert!(after.contains("share is valid: 1 of 3"), "{after}");
}

fn text_line(t: &Tmux, s: &str) {
    text(t, s);
    key(t, "Enter");
}
