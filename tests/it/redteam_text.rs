//! Issue 10, findings 2 and 3, and two "also found" lines: text from people
//! and files is refused where it enters when it holds control,
//! bidirectional or invisible characters or is too long; what older vaults
//! or the file system still bring in is escaped where it leaves; look-alike
//! names are one person; blank PINs are refused; share errors say their
//! cause once. Every refusal is checked for its exit code, its exact
//! message, no panic, and the vault unchanged.

use std::path::PathBuf;

use kluis::shares::{Share, forge_text};

use crate::util::{Fixture, PIN, Run, path_str, weak_kdf};

/// The red-team report's payloads: erase the line and move up, then an
/// OSC 52 clipboard write.
const ERASE: &str = "\r\u{1b}[2K\u{1b}[1A";
const OSC52: &str = "ok \u{1b}]52;c;aGVsbG8=\u{7}";

/// A vault with approver Bert and a backup key "restic".
fn custody() -> Fixture {
    let f = Fixture::new();
    f.add_approver();
    let val = f.file("val", "restic-password\n");
    f.ok(&[
        "secret",
        "add",
        "restic",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&val),
    ]);
    f
}

fn unseal_with(f: &Fixture, reason: &str, approver: &str, to: &str) -> Run {
    let pin = f.dir.path().join("pin");
    f.run(&[
        "unseal",
        "restic",
        "--reason-category",
        "restore",
        "--reason",
        reason,
        "--approver",
        approver,
        "--approver-pin-file",
        path_str(&pin),
        "--to",
        to,
    ])
}

/// Asserts a usage refusal with exactly this error line, nothing on
/// stdout, no raw control character on stderr.
#[track_caller]
fn refused_exactly(r: &Run, message: &str) {
    r.expect(2, message);
    assert_eq!(r.stderr, format!("kluis: error: {message}\n"));
    assert!(r.stdout.is_empty(), "stdout: {}", r.stdout);
    no_raw_controls(&r.stderr);
}

#[track_caller]
fn no_raw_controls(s: &str) {
    // forbidden_class covers every control character, C0 to C1.
    assert!(
        !s.chars()
            .any(|c| c != '\n' && kluis::text::forbidden_class(c).is_some()),
        "raw control or invisible character in {s:?}"
    );
}

fn roster_names(f: &Fixture) -> Vec<String> {
    let out = f.ok(&["--json", "roster", "list"]);
    serde_json::from_str::<serde_json::Value>(&out)
        .expect("json")
        .as_array()
        .expect("array")
        .iter()
        .map(|p| p["name"].as_str().expect("name").to_string())
        .collect()
}

#[test]
fn reasons_with_terminal_controls_are_refused_before_the_vault_is_touched() {
    let f = custody();
    let before = f.bytes();
    for (reason, message) in [
        (
            ERASE,
            "the reason holds a control character (U+000D) at character 1: remove it",
        ),
        (
            OSC52,
            "the reason holds a control character (U+001B) at character 4: remove it",
        ),
        (
            "restore of tape\u{202e}txt.exe",
            "the reason holds a bidirectional control (U+202E) at character 16: remove it",
        ),
        (
            "restore\u{200b}",
            "the reason holds an invisible or format character (U+200B) at character 8: remove it",
        ),
    ] {
        refused_exactly(&unseal_with(&f, reason, "Bert", "stdout"), message);
    }
    let long = "x".repeat(501);
    refused_exactly(
        &unseal_with(&f, &long, "Bert", "stdout"),
        "the reason is 501 characters long, over the limit of 500: shorten it",
    );
    // An approver name with a control character is refused the same way.
    refused_exactly(
        &unseal_with(&f, "monthly test", "Bert\u{1b}[8m", "stdout"),
        "the approver's name holds a control character (U+001B) at character 5: remove it",
    );
    assert_eq!(f.bytes(), before, "a refused request changed the vault");
    // The limit itself passes: 500 characters are released and recorded.
    let r = unseal_with(&f, &"y".repeat(500), "Bert", "stdout");
    r.expect(0, "");
    assert_eq!(r.stdout, "restic-password");
}

#[test]
fn a_file_path_with_an_escape_is_refused_as_a_release_channel_and_export() {
    let f = custody();
    let before = f.bytes();
    let target = f.dir.path().join("out\u{1b}]52;c;x\u{7}");
    let to = format!("file={}", target.display());
    let at = to.chars().position(|c| c == '\u{1b}').expect("ESC") + 1;
    refused_exactly(
        &unseal_with(&f, "monthly test", "Bert", &to),
        &format!(
            "the release channel holds a control character (U+001B) at character {at}: remove it"
        ),
    );
    assert!(!target.exists());
    let out = f.dir.path().join("audit\u{9b}2J.csv");
    let at = path_str(&out)
        .chars()
        .position(|c| c == '\u{9b}')
        .expect("CSI")
        + 1;
    refused_exactly(
        &f.run(&[
            "audit",
            "export",
            "--format",
            "csv",
            "--out",
            path_str(&out),
        ]),
        &format!("the export path holds a control character (U+009B) at character {at}: remove it"),
    );
    assert!(!out.exists());
    assert_eq!(f.bytes(), before);
}

fn delegate_fixture() -> (Fixture, Vec<PathBuf>) {
    let f = Fixture::new();
    f.ok(&["roster", "add", "Dirk", "--role", "delegate"]);
    let sheets = f.print_shares(&[]);
    (f, sheets)
}

fn journal_files(f: &Fixture) -> Vec<PathBuf> {
    let dir = f.dir.path().join("state/kluis");
    std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.expect("entry").path())
                .filter(|p| p.extension().is_some_and(|x| x == "journal"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn as_name_with_controls_is_refused_even_with_bad_shares_and_never_journalled() {
    let (f, s) = delegate_fixture();
    let before = f.bytes();
    // One share of k = 2: bad shares, no credentials at all.
    for shares in [vec![&s[0]], vec![&s[0], &s[1]]] {
        let mut args: Vec<&str> = Vec::new();
        for p in &shares {
            args.extend(["--share-file", path_str(p)]);
        }
        args.extend([
            "--as",
            "Dirk\r\u{1b}[2K\u{1b}]52;c;aGk=\u{7}",
            "secret",
            "list",
        ]);
        refused_exactly(
            &f.run_raw(&args),
            "the name of the one acting holds a control character (U+000D) at character 5: remove it",
        );
    }
    assert_eq!(f.bytes(), before);
    assert!(
        journal_files(&f).is_empty(),
        "the refused name was journalled"
    );
    // What a bad quorum with a clean name journals still carries no control.
    let r = f.run_raw(&[
        "--share-file",
        path_str(&s[0]),
        "--as",
        "Dirk",
        "secret",
        "list",
    ]);
    r.expect(3, "need 2 shares, have 1");
    for r in f.records() {
        no_raw_controls(&r.to_string());
    }
}

#[test]
fn init_refuses_controls_in_holders_places_po_and_vault_name() {
    let cases: [(&[&str], &str); 5] = [
        (
            &[
                "--po",
                "Anna",
                "--holder",
                "Safe\u{1b}[31m@Office",
                "--holder",
                "B",
            ],
            "the label of holder 1 holds a control character (U+001B) at character 5: remove it",
        ),
        (
            &[
                "--po",
                "Anna",
                "--holder",
                "A",
                "--holder",
                "B@Kluis\u{202e}kantoor",
            ],
            "the place of holder 2 holds a bidirectional control (U+202E) at character 6: remove it",
        ),
        (
            &["--po", "Anna\u{200b}", "--holder", "A", "--holder", "B"],
            "the PO name holds an invisible or format character (U+200B) at character 5: remove it",
        ),
        (
            &[
                "--po",
                "Anna",
                "--name",
                "backup\u{7}",
                "--holder",
                "A",
                "--holder",
                "B",
            ],
            "the vault name holds a control character (U+0007) at character 7: remove it",
        ),
        (
            &["--po", " Anna", "--holder", "A", "--holder", "B"],
            "the PO name starts or ends with a space: remove it",
        ),
    ];
    for (args, message) in cases {
        let f = Fixture::empty();
        let mut all = vec!["init", "--threshold", "2"];
        all.extend_from_slice(args);
        let weak = weak_kdf();
        all.extend(weak.iter().map(String::as_str));
        refused_exactly(&f.run(&all), message);
        assert!(!f.vault.exists(), "a refused init made a vault");
    }
}

#[test]
fn rotate_refuses_controls_in_holders_before_opening() {
    let f = Fixture::new();
    let before = f.bytes();
    refused_exactly(
        &f.run(&[
            "shares",
            "rotate",
            "--threshold",
            "2",
            "--holder",
            "A",
            "--holder",
            "B@\u{1b}]8;;http://x\u{7}",
        ]),
        "the place of holder 2 holds a control character (U+001B) at character 1: remove it",
    );
    let long = format!("A{}", "b".repeat(128));
    refused_exactly(
        &f.run(&[
            "shares",
            "rotate",
            "--threshold",
            "2",
            "--holder",
            &long,
            "--holder",
            "B",
        ]),
        "the label of holder 1 is 129 characters long, over the limit of 128: shorten it",
    );
    assert_eq!(f.bytes(), before);
}

#[test]
fn roster_and_secret_names_with_invisible_characters_are_refused() {
    let f = custody();
    let before = f.bytes();
    refused_exactly(
        &f.run(&["roster", "add", "Alice\u{200b}", "--role", "delegate"]),
        "a person's name holds an invisible or format character (U+200B) at character 6: remove it",
    );
    let val = f.file("v2", "x\n");
    refused_exactly(
        &f.run(&[
            "secret",
            "add",
            "bk\u{1b}[2K",
            "--kind",
            "note",
            "--value-file",
            path_str(&val),
        ]),
        "a secret name holds a control character (U+001B) at character 3: remove it",
    );
    assert_eq!(f.bytes(), before);
}

#[test]
fn look_alike_roster_names_are_refused_with_both_names() {
    let f = Fixture::empty();
    let mut args = vec![
        "init",
        "--po",
        "Petra PO",
        "--threshold",
        "2",
        "--holder",
        "A",
        "--holder",
        "B",
    ];
    let weak = weak_kdf();
    args.extend(weak.iter().map(String::as_str));
    f.ok(&args);
    f.ok(&["roster", "add", "Alice", "--role", "delegate"]);
    let pin = f.file("pin", format!("{PIN}\n"));
    for (name, existing) in [
        ("\u{410}lice", "Alice"),       // Cyrillic А
        ("Alic\u{435}", "Alice"),       // Cyrillic е
        ("Petra \u{3a1}O", "Petra PO"), // Greek Rho
        ("petra po", "Petra PO"),
    ] {
        let r = f.run(&[
            "roster",
            "add",
            name,
            "--role",
            "approver",
            "--pin-file",
            path_str(&pin),
        ]);
        r.expect(
            2,
            &format!(
                "kluis: error: {name:?} looks like {existing:?}, already in the roster: two names that look alike could pass for each other in the audit trail; choose a clearly different name"
            ),
        );
    }
    assert_eq!(roster_names(&f), ["Petra PO", "Alice"]);
    // A clearly different name is fine.
    f.ok(&["roster", "add", "Alina", "--role", "delegate"]);
}

#[test]
fn a_look_alike_of_the_po_cannot_approve_the_po() {
    let f = Fixture::empty();
    let mut args = vec![
        "init",
        "--po",
        "Petra PO",
        "--threshold",
        "2",
        "--holder",
        "A",
        "--holder",
        "B",
    ];
    let weak = weak_kdf();
    args.extend(weak.iter().map(String::as_str));
    f.ok(&args);
    f.add_approver();
    let val = f.file("val", "v\n");
    f.ok(&[
        "secret",
        "add",
        "restic",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&val),
    ]);
    // Greek Rho and a zero: the PO's own name, spelt to look different.
    // The approver named is the roster's person it looks like: the PO.
    let before = f.bytes();
    for who in ["Petra \u{3a1}O", "Petra P0"] {
        let r = unseal_with(&f, "monthly test", who, "stdout");
        r.expect(
            6,
            "kluis: error: \"Petra PO\" is the one acting and cannot also approve: ask another approver\n",
        );
        assert!(r.stdout.is_empty());
    }
    assert_ne!(f.bytes(), before, "the refusals are recorded");
    let denied: Vec<_> = f
        .records()
        .into_iter()
        .filter(|r| r["event"]["kind"] == "UnsealDenied")
        .collect();
    assert_eq!(denied.len(), 2);
    for d in &denied {
        assert_eq!(d["event"]["approver"]["person"], "Petra PO");
        assert_eq!(d["event"]["approver"]["authenticated"], false);
    }
    assert!(
        !f.records().iter().any(|r| r["event"]["kind"] == "Unseal"),
        "nothing was released"
    );
}

#[test]
fn as_names_are_matched_on_their_skeleton_and_recorded_as_the_roster_spells_them() {
    let (f, s) = delegate_fixture();
    // "Dirk" with a Cyrillic і: the same delegate, recorded as "Dirk".
    let r = f.run_raw(&[
        "--share-file",
        path_str(&s[0]),
        "--share-file",
        path_str(&s[1]),
        "--as",
        "D\u{456}rk",
        "secret",
        "list",
    ]);
    r.expect(0, "emergency session");
    let recs = f.records();
    let recovery = recs
        .iter()
        .find(|r| r["event"]["kind"] == "Recovery")
        .expect("a recovery record");
    assert_eq!(recovery["event"]["actor"]["person"], "Dirk");
}

#[test]
fn blank_or_padded_pins_are_refused() {
    let f = Fixture::new();
    for (pin, message) in [
        (
            "      \n",
            "the PIN is blank: choose at least 6 characters that are not spaces",
        ),
        (
            " 246810\n",
            "the PIN starts or ends with white space: remove it",
        ),
        (
            "246810 \n",
            "the PIN starts or ends with white space: remove it",
        ),
        (
            "\t\t\t\t\t\t\n",
            "the PIN is blank: choose at least 6 characters that are not spaces",
        ),
    ] {
        let file = f.file("pin", pin);
        let r = f.run(&[
            "roster",
            "add",
            "Bert",
            "--role",
            "approver",
            "--pin-file",
            path_str(&file),
        ]);
        r.expect(2, &format!("kluis: error: {message}\n"));
        assert!(!roster_names(&f).contains(&"Bert".to_string()));
    }
    f.add_approver();
    assert!(roster_names(&f).contains(&"Bert".to_string()));
}

/// Paths are the one text that still reaches messages raw: the vault path
/// and share file paths are not stored, only named in errors. Their
/// control characters are escaped on the way out.
#[test]
fn paths_in_error_messages_are_escaped() {
    let f = Fixture::new();
    let vault = f.dir.path().join("v\u{1b}]52;c;aGk=\u{7}.kluis");
    let r = f.run_raw(&[
        "--vault",
        path_str(&vault),
        "--passphrase-file",
        path_str(&f.pass),
        "secret",
        "list",
    ]);
    assert_ne!(r.code, 0);
    assert!(
        r.stderr.contains("v\\u{1b}]52;c;aGk=\\u{7}.kluis"),
        "{}",
        r.stderr
    );
    no_raw_controls(&r.stderr);
    let share = f.dir.path().join("s\u{1b}[2J\u{202e}.txt");
    let r = f.run_raw(&[
        "--share-file",
        path_str(&share),
        "--as",
        "Dirk",
        "secret",
        "list",
    ]);
    assert_ne!(r.code, 0);
    assert!(
        r.stderr.contains("s\\u{1b}[2J\\u{202e}.txt"),
        "{}",
        r.stderr
    );
    no_raw_controls(&r.stderr);
    // Clap's own usage errors quote the argument: escaped too.
    let r = f.run_raw(&["no-such\u{202e}cmd"]);
    assert_eq!(r.code, 2);
    no_raw_controls(&r.stderr);
    assert!(r.stderr.contains("no-such\\u{202e}cmd"), "{}", r.stderr);
}

#[test]
fn csv_export_neutralises_formulas_from_a_reason() {
    let f = custody();
    let r = unseal_with(
        &f,
        "=HYPERLINK(\"http://x.invalid\";\"x\")",
        "Bert",
        "stdout",
    );
    r.expect(0, "");
    let out = f.dir.path().join("audit.csv");
    let said = f.ok(&[
        "audit",
        "export",
        "--format",
        "csv",
        "--out",
        path_str(&out),
    ]);
    let text = std::fs::read_to_string(&out).expect("csv");
    assert!(text.contains("\"'=HYPERLINK("), "{text}");
    let cp = said
        .lines()
        .find_map(|l| l.strip_prefix("checkpoint: "))
        .expect("checkpoint line");
    let r = f.run_raw(&["audit", "verify-export", path_str(&out), "--checkpoint", cp]);
    r.expect(0, "");
    assert!(r.stdout.contains("export intact"), "{}", r.stdout);
}

fn payload(s: &Share) -> [u8; 45] {
    let mut p = [0u8; 45];
    p[0] = 1;
    p[1..9].copy_from_slice(&s.set_id());
    p[9] = s.threshold();
    p[10] = s.count();
    p[11] = s.index();
    p[12..44].copy_from_slice(s.expose_value());
    p
}

#[test]
fn share_errors_say_their_cause_once() {
    let (f, s) = delegate_fixture();
    let before = f.bytes();
    let real = Share::parse(&std::fs::read_to_string(&s[0]).expect("read")).expect("share");
    let mut p = payload(&real);
    p[11] = 0;
    let zero = f.file("zero.txt", forge_text(p));
    let r = f.run_raw(&[
        "--share-file",
        path_str(&zero),
        "--share-file",
        path_str(&s[1]),
        "--as",
        "Dirk",
        "secret",
        "list",
    ]);
    let cause = "the share index is 0, it must be at least 1";
    r.expect(3, cause);
    assert_eq!(r.stderr.matches(cause).count(), 1, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        format!(
            "kluis: error: share file {}: the share is malformed: {cause}\n",
            zero.display()
        )
    );
    assert_eq!(f.bytes(), before);
}

/// The unit tests of `kluis::text` cover every sink; this checks the one
/// the CLI uses for stored text is the same function.
#[test]
fn the_escape_is_visible_and_complete() {
    let s = format!("{ERASE}{OSC52}\u{202e}\u{200b}\u{9b}\u{7f}");
    let out = kluis::text::for_terminal(&s);
    no_raw_controls(&out);
    assert_eq!(
        out,
        "\\u{d}\\u{1b}[2K\\u{1b}[1Aok \\u{1b}]52;c;aGVsbG8=\\u{7}\\u{202e}\\u{200b}\\u{9b}\\u{7f}"
    );
}

/// Text that later commands store and print: a remote's URL (`remote
/// list`, the remote's state in the TUI) and an archive's path (recorded in
/// the chain). Both are refused before the vault is opened.
#[test]
fn a_remote_url_and_an_archive_path_with_controls_are_refused_before_the_open() {
    let f = custody();
    let before = f.bytes();
    let url = format!("{}/office\u{1b}[2J.git", f.dir.path().display());
    let at = url.chars().position(|c| c == '\u{1b}').expect("ESC") + 1;
    refused_exactly(
        &f.run(&["remote", "add", "office", &url]),
        &format!("the remote URL holds a control character (U+001B) at character {at}: remove it"),
    );
    let out = f.dir.path().join("archive\u{202e}lmth.jsonl");
    let at = path_str(&out)
        .chars()
        .position(|c| c == '\u{202e}')
        .expect("RLO")
        + 1;
    refused_exactly(
        &f.run(&["audit", "archive", "--before", "2", "--out", path_str(&out)]),
        &format!(
            "the archive path holds a bidirectional control (U+202E) at character {at}: remove it"
        ),
    );
    assert!(!out.exists());
    assert_eq!(f.bytes(), before, "nothing was opened or recorded");
}
