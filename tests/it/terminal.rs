//! The screen and qr channels on a real terminal (tmux): the value appears
//! in the alternate screen, is gone after the timeout, and nothing of it is
//! left in the pane or its scrollback.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::util::{Fixture, path_str};

/// A private tmux server for one test (also used by `tui`).
pub(crate) struct Tmux {
    socket: String,
}

impl Tmux {
    pub(crate) fn new(f: &Fixture) -> Tmux {
        // A socket of its own for every server: a new session on the socket
        // of a server still shutting down fails ("server exited
        // unexpectedly"), as a test that restarts the TUI found on CI.
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let socket = path_str(&f.dir.path().join(format!("tmux-{n}.sock"))).to_string();
        Tmux { socket }
    }

    pub(crate) fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux (installed by tests/install-deps.sh)");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Runs `cmd` in a `width`×`height` session "k" that stays on screen
    /// after the command ends (so its exit line can be read).
    pub(crate) fn start(&self, cmd: &str, width: u16, height: u16) {
        let (w, h) = (width.to_string(), height.to_string());
        self.run(&["new-session", "-d", "-s", "k", "-x", &w, "-y", &h, cmd]);
        self.run(&["set-option", "-t", "k", "remain-on-exit", "on"]);
    }

    pub(crate) fn pane(&self) -> String {
        // -S - : the whole scrollback too; -a would be the alternate screen.
        self.run(&["capture-pane", "-p", "-S", "-", "-t", "k"])
    }

    pub(crate) fn wait_for(&self, what: &str, needle: &str, present: bool) -> String {
        let start = Instant::now();
        loop {
            let p = self.pane();
            if p.contains(needle) == present {
                return p;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "{what}: waited 30 s; pane:\n{p}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Tmux {
    /// The real binary's TUI on the fixture's vault in a 120×40 pane, with
    /// more environment (`NAME=value …`) for the binary; waits for the
    /// unlock screen. Its exit shows as `KLUIS-DONE-<code>`.
    pub(crate) fn kluis(f: &Fixture, env: &str) -> Tmux {
        let t = Tmux::new(f);
        let bin = assert_cmd::cargo::cargo_bin("kluis");
        let cmd = format!(
            "env -i HOME={home} XDG_STATE_HOME={home}/state TERM=xterm LANG=C {env} {bin} --vault {vault}; echo KLUIS-DONE-$?",
            home = path_str(f.dir.path()),
            bin = path_str(&bin),
            vault = path_str(&f.vault),
        );
        t.start(&cmd, 120, 40);
        t.wait_for("unlock screen", "PO passphrase", true);
        t
    }

    /// Presses a key (tmux's name for it); the UI reads each key on its
    /// own (Esc then q must not become Alt-q).
    pub(crate) fn key(&self, k: &str) {
        self.run(&["send-keys", "-t", "k", k]);
        std::thread::sleep(Duration::from_millis(150));
    }

    /// Types text literally.
    pub(crate) fn text(&self, s: &str) {
        self.run(&["send-keys", "-t", "k", "-l", s]);
        std::thread::sleep(Duration::from_millis(150));
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(["kill-server"])
            .output();
    }
}

/// Shows `value` on `channel` under `LANG=lang`, with `hint` under it.
fn show(channel: &str, value: &str, marker_gone: &str, lang: &str, hint: &str) {
    let f = Fixture::new();
    let pin = f.add_approver();
    let val = f.file("val", value);
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
        "env -i HOME={home} XDG_STATE_HOME={home}/state TERM=xterm LANG={lang} {bin} --vault {vault} --passphrase-file {pass} unseal k --reason-category restore-test --reason drill --approver Bert --approver-pin-file {pin} --to {channel} --hide-after 2; echo KLUIS-DONE-$?",
        home = path_str(f.dir.path()),
        bin = path_str(&bin),
        vault = path_str(&f.vault),
        pass = path_str(&f.pass),
        pin = path_str(&pin),
    );
    t.start(&cmd, 120, 50);
    let shown = t.wait_for("value shown", marker_gone, true);
    assert!(shown.contains("k v1"), "label shown: {shown}");
    assert!(shown.contains(hint), "hint shown: {shown}");
    let after = t.wait_for("command done", "KLUIS-DONE-", true);
    assert!(after.contains("KLUIS-DONE-0"), "{after}");
    assert!(
        !after.contains(marker_gone),
        "the value stayed on the terminal:\n{after}"
    );
}

#[test]
fn screen_shows_then_hides_and_leaves_no_scrollback() {
    show(
        "screen",
        "CANARY-screen-value-42",
        "CANARY-screen-value-42",
        "C",
        "hidden in 2 s, or press Enter",
    );
}

/// The line under the value is in the user's language (issue 12, item 1).
#[test]
fn screen_hint_is_dutch_under_a_dutch_locale() {
    show(
        "screen",
        "CANARY-screen-value-43",
        "CANARY-screen-value-43",
        "nl_NL.UTF-8",
        "verborgen over 2 s, of druk op Enter",
    );
}

#[test]
fn qr_shows_then_hides_and_leaves_no_scrollback() {
    // The QR itself is drawn in half blocks; the marker is its finder edge.
    show(
        "qr",
        "CANARY-qr-value",
        "█▀▀▀▀▀█",
        "C",
        "hidden in 2 s, or press Enter",
    );
}
