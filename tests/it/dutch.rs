//! Issue 12, item 1: under `LANG=nl_NL.UTF-8` every line kluis prints is
//! Dutch. The main commands run through the real binary and their stdout
//! and stderr are scanned for English words from [`ENGLISH`]; command
//! names, flags, paths, hex and quoted commands are left out of the scan.
//! The Dutch words follow docs/GLOSSARY.md.

use crate::util::{Fixture, PASS, Run, path_str, weak_kdf};

/// English words that have no place in a Dutch line. Words that are also
/// Dutch ("is", "of", "set", "records", "bytes", "intact", "PO") are not
/// listed.
const ENGLISH: &[&str] = &[
    "the",
    "with",
    "and",
    "from",
    "to",
    "never",
    "yes",
    "no",
    "error",
    "warning",
    "secret",
    "secrets",
    "share",
    "shares",
    "sheet",
    "sheets",
    "vault",
    "passphrase",
    "printed",
    "verified",
    "drilled",
    "overdue",
    "created",
    "written",
    "stored",
    "removed",
    "roster",
    "approver",
    "delegate",
    "emergency",
    "released",
    "chain",
    "valid",
    "active",
    "pending",
    "made",
    "next",
    "days",
    "language",
    "idle",
    "lock",
    "off",
    "environment",
    "wrong",
    "try",
    "again",
    "threshold",
    "choose",
    "must",
    "between",
    "got",
    "named",
    "see",
    "recovery",
    "kit",
    "checkpoint",
    "report",
    "custody",
    "user",
    "file",
    "generated",
    "key",
    "note",
    "credential",
    "not",
    "allowed",
    "only",
    "can",
    "weak",
    "derivation",
    "when",
    "it",
    "was",
    "every",
    "will",
    "say",
    "so",
];

/// Product names and technical words allowed in a Dutch line.
const ALLOWED: &[&str] = &["kluis", "kdf", "argon2id", "mib", "pin", "totp", "age"];

/// The English words in `text`, outside backticks, «recorded text»,
/// flags, paths and hex.
fn english_words(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        // Commands quoted in backticks are kluis's scripting words; text in
        // «» is an audit record's own (stored) text.
        let mut plain = String::new();
        for (i, part) in line.split(['`', '«', '»']).enumerate() {
            if i % 2 == 0 {
                plain.push_str(part);
                plain.push(' ');
            }
        }
        // A usage line is made of command names and placeholders.
        if plain.starts_with("Gebruik:") {
            continue;
        }
        // A command list ("  secret    Geheimen: …") starts with a name.
        let mut tokens: Vec<&str> = plain.split_whitespace().collect();
        if line.starts_with("  ")
            && !line.starts_with("   ")
            && tokens
                .first()
                .is_some_and(|t| t.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        {
            tokens.remove(0);
        }
        for token in tokens {
            if token.starts_with(['-', '<', '[', '$']) || token.contains(['/', '=', '.', '$']) {
                continue;
            }
            for word in token
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
            {
                let w = word.to_lowercase();
                if ENGLISH.contains(&w.as_str()) && !ALLOWED.contains(&w.as_str()) {
                    found.push(format!("{w:?} in {line:?}"));
                }
            }
        }
    }
    found
}

/// Runs `args` under a Dutch locale with the passphrase file.
fn nl(f: &Fixture, args: &[&str]) -> Run {
    nl_raw(
        f,
        &[&["--passphrase-file", path_str(&f.pass)], args].concat(),
    )
}

fn nl_raw(f: &Fixture, args: &[&str]) -> Run {
    let out = f
        .cmd()
        .env("LANG", "nl_NL.UTF-8")
        .args(args)
        .output()
        .expect("run");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Collects the English words of a run, labelled with its arguments.
fn scan(bad: &mut Vec<String>, args: &[&str], r: &Run) {
    assert!(!r.stderr.contains("panicked"), "{args:?}: {}", r.stderr);
    for w in english_words(&r.stdout)
        .into_iter()
        .chain(english_words(&r.stderr))
    {
        bad.push(format!("{args:?}: {w}"));
    }
}

#[test]
fn the_scan_finds_english_and_leaves_commands_flags_and_paths() {
    assert_eq!(
        english_words("deel is geldig: 1 of 3 (active set)").len(),
        1
    );
    assert!(english_words("vastgelegd: «the record's text»").is_empty());
    assert!(english_words("zie `kluis secret list` en --share-file /tmp/the/x").is_empty());
    assert_eq!(english_words("kluis: error: the vault").len(), 3);
}

/// The main commands under `LANG=nl_NL.UTF-8` print no English word
/// (issue 12, item 1).
#[test]
fn main_commands_print_only_dutch() {
    let f = Fixture::empty();
    let mut bad = Vec::new();
    let mut init: Vec<String> = [
        "init",
        "--po",
        "Anna",
        "--threshold",
        "2",
        "--holder",
        "Kluis kantoor@Utrecht",
        "--holder",
        "Bert@Thuis",
        "--holder",
        "Anna",
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    init.extend(weak_kdf());
    let init: Vec<&str> = init.iter().map(String::as_str).collect();
    let r = nl(&f, &init);
    assert_eq!(r.code, 0, "{}", r.stderr);
    scan(&mut bad, &init, &r);
    let value = f.file("waarde", "geheime waarde\n");
    let sheets = f.dir.path().join("vellen");
    let runs: Vec<(Vec<&str>, i32)> = vec![
        (
            vec![
                "secret",
                "add",
                "notitie",
                "--kind",
                "note",
                "--value-file",
                path_str(&value),
            ],
            0,
        ),
        (vec!["secret", "list"], 0),
        (vec!["secret", "show", "notitie"], 0),
        (vec!["roster", "list"], 0),
        (vec!["settings"], 0),
        (vec!["settings", "--idle-lock-minutes", "500"], 2),
        (vec!["shares", "status"], 0),
        (
            vec![
                "shares",
                "print",
                "--out",
                path_str(&sheets),
                "--format",
                "txt",
            ],
            0,
        ),
        (vec!["audit", "verify"], 0),
        (vec!["audit", "list"], 0),
        (vec!["secret", "show", "bestaat-niet"], 1),
        (vec!["roster", "remove", "Anna"], 6),
        (
            vec![
                "shares",
                "rotate",
                "--threshold",
                "1",
                "--holder",
                "Bert@Thuis",
                "--holder",
                "Anna",
            ],
            6,
        ),
    ];
    for (args, code) in &runs {
        let r = nl(&f, args);
        assert_eq!(r.code, *code, "{args:?}: {}", r.stderr);
        scan(&mut bad, args, &r);
    }
    let share = std::fs::read_dir(&sheets)
        .expect("sheets")
        .map(|e| e.expect("entry").path())
        .min()
        .expect("a sheet");
    let verify = ["--share-file", path_str(&share), "shares", "verify"];
    let r = nl_raw(&f, &verify);
    assert_eq!(r.code, 0, "{}", r.stderr);
    scan(&mut bad, &verify, &r);
    let report = f.dir.path().join("rapport.pdf");
    let args = ["report", "--out", path_str(&report)];
    let r = nl(&f, &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    scan(&mut bad, &args, &r);
    // A wrong passphrase.
    let wrong = f.file("fout", "niet de goede wachtwoordzin\n");
    let args = ["--passphrase-file", path_str(&wrong), "secret", "list"];
    let r = nl_raw(&f, &args);
    assert_eq!(r.code, 3, "{}", r.stderr);
    scan(&mut bad, &args, &r);
    assert!(
        r.stderr.starts_with("kluis: fout: verkeerde wachtwoordzin"),
        "{}",
        r.stderr
    );
    // No vault at the path.
    let missing = f.dir.path().join("geen.kluis");
    let args = ["--vault", path_str(&missing), "secret", "list"];
    let r = nl(&f, &args);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("geen kluis op"), "{}", r.stderr);
    scan(&mut bad, &args, &r);
    // A remote error the CLI words itself, with its command hint (the
    // core's text names no command).
    let r = nl(&f, &["remote", "remove", "usb"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("geen remote met de naam \"usb\": zie `kluis remote list`"),
        "{}",
        r.stderr
    );
    // JSON keeps its English keys and values.
    let r = nl(&f, &["--json", "secret", "list"]);
    assert!(r.stdout.contains("\"emergency\""), "{}", r.stdout);
    let _ = PASS;
    assert!(
        bad.is_empty(),
        "English in Dutch output:\n{}",
        bad.join("\n")
    );
}

/// Every command's `--help` (and `kluis help …`) is Dutch under a Dutch
/// locale and with `--lang nl` (issue 12, item 1).
#[test]
fn help_of_every_command_is_dutch() {
    let f = Fixture::empty();
    let top = nl_raw(&f, &["--help"]);
    assert_eq!(top.code, 0, "{}", top.stderr);
    assert!(top.stdout.contains("Gebruik:"), "{}", top.stdout);
    // The command names, from the "Opdrachten" list of each level.
    let names = |help: &str| -> Vec<String> {
        help.lines()
            .skip_while(|l| !l.starts_with("Opdrachten:"))
            .skip(1)
            .take_while(|l| l.starts_with("  "))
            .filter_map(|l| l.split_whitespace().next().map(str::to_string))
            .filter(|n| n != "help")
            .collect()
    };
    let mut paths: Vec<Vec<String>> = names(&top.stdout).into_iter().map(|n| vec![n]).collect();
    assert!(paths.len() >= 15, "{}", top.stdout);
    let mut bad = Vec::new();
    scan(&mut bad, &["--help"], &top);
    let mut i = 0;
    while i < paths.len() {
        let path = paths[i].clone();
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let r = nl_raw(&f, &args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert!(r.stdout.contains("Gebruik:"), "{args:?}: {}", r.stdout);
        scan(&mut bad, &args, &r);
        for sub in names(&r.stdout) {
            let mut p = path.clone();
            p.push(sub);
            paths.push(p);
        }
        i += 1;
    }
    assert!(paths.len() > 30, "{paths:?}");
    // `kluis help …` and `--lang nl` under an English locale.
    let r = nl_raw(&f, &["help", "secret", "add"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    scan(&mut bad, &["help", "secret", "add"], &r);
    let out = f
        .cmd()
        .args(["--lang", "nl", "shares", "--help"])
        .output()
        .expect("run");
    let r = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(r.stdout.contains("Opdrachten:"), "{}", r.stdout);
    scan(&mut bad, &["--lang", "nl", "shares", "--help"], &r);
    assert!(bad.is_empty(), "English in Dutch help:\n{}", bad.join("\n"));
}

/// `nl` with the machine's PATH (git for the remotes).
fn nl_git(f: &Fixture, args: &[&str]) -> Run {
    let path = std::env::var_os("PATH").unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin".into());
    let out = f
        .cmd()
        .env("LANG", "nl_NL.UTF-8")
        .env("PATH", path)
        .args(args)
        .output()
        .expect("run");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `kit`, `secret import`, `remote add/list/remove`, `sync`, `clone`,
/// `passwd` and `takeover` under `LANG=nl_NL.UTF-8` print no English word
/// (issue 12, item 1).
#[test]
fn kit_import_remotes_passwd_and_takeover_print_only_dutch() {
    let f = Fixture::new();
    let mut bad = Vec::new();
    let pass = path_str(&f.pass).to_string();
    let with_pass = |args: &[&str]| -> Vec<String> {
        [&["--passphrase-file", pass.as_str()], args]
            .concat()
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    let kit = f.dir.path().join("pakket");
    let csv = f.file("lijst.csv", "name,password\nMail,pw\nBank,pw2\n");
    let repo = f.dir.path().join("kantoor.git");
    let git = std::process::Command::new("git")
        .args(["init", "--quiet", "--bare", path_str(&repo)])
        .env("GIT_CONFIG_GLOBAL", f.dir.path().join("geen-gitconfig"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .status()
        .expect("git");
    assert!(git.success());
    let runs: Vec<(Vec<String>, i32)> = vec![
        (with_pass(&["kit", "--out", path_str(&kit)]), 0),
        (
            with_pass(&["secret", "import", "--csv", path_str(&csv), "--dry-run"]),
            0,
        ),
        (with_pass(&["secret", "import", "--csv", path_str(&csv)]), 0),
        (with_pass(&["remote", "list"]), 0),
        (
            with_pass(&["remote", "add", "kantoor", path_str(&repo), "--required"]),
            0,
        ),
        (with_pass(&["remote", "list"]), 0),
        (with_pass(&["sync"]), 0),
        (
            [
                "--passphrase-file",
                "-",
                "passwd",
                "--new-passphrase-file",
                "-",
            ]
            .iter()
            .map(ToString::to_string)
            .collect(),
            2,
        ),
        (with_pass(&["takeover"]), 6),
        (with_pass(&["takeover", "--reason", "weg"]), 6),
        (
            with_pass(&["takeover", "--reason", "weg", "--approver", "Bert"]),
            6,
        ),
    ];
    for (args, code) in &runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let r = nl_git(&f, &args);
        assert_eq!(r.code, *code, "{args:?}: {}{}", r.stdout, r.stderr);
        scan(&mut bad, &args, &r);
    }
    // A second machine clones the vault.
    let other = Fixture::empty();
    let args = ["clone", path_str(&repo)];
    let r = nl_git(&other, &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    scan(&mut bad, &args, &r);
    let args = with_pass(&["remote", "remove", "kantoor"]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = nl_git(&f, &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    scan(&mut bad, &args, &r);
    assert!(
        bad.is_empty(),
        "English in Dutch output:\n{}",
        bad.join("\n")
    );
}

/// The usage errors the CLI makes itself are Dutch under a Dutch locale
/// (the flags stay as they are), and nothing changes (issue 12, item 1).
#[test]
fn cli_usage_errors_are_dutch() {
    let f = Fixture::new();
    let pin = f.add_approver();
    let before = f.bytes();
    let csv = f.file("lijst.csv", "name,password\nMail,pw\n");
    let share = f.file("deel.txt", "geen deel\n");
    let mut bad = Vec::new();
    let runs: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "secret",
                "import",
                "--csv",
                path_str(&csv),
                "--group",
                "Werk",
            ],
            "horen alleen bij --kdbx",
        ),
        (
            vec![
                "unseal",
                "x",
                "--reason-category",
                "restore",
                "--reason",
                "x",
                "--approver",
                "Bert",
                "--approver-pin-file",
                path_str(&pin),
                "--to",
                "stdout",
                "--",
                "cat",
            ],
            "een opdracht na -- hoort alleen bij --to exec",
        ),
    ];
    for (args, want) in &runs {
        let r = nl(&f, args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(want), "{args:?}: {}", r.stderr);
        scan(&mut bad, args, &r);
    }
    let args = ["--share-file", path_str(&share), "secret", "list"];
    let r = nl_raw(&f, &args);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("vraagt --as NAAM"), "{}", r.stderr);
    scan(&mut bad, &args, &r);
    let args = ["shares", "verify"];
    let r = nl_raw(&f, &args);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("geef precies een --share-file"),
        "{}",
        r.stderr
    );
    scan(&mut bad, &args, &r);
    assert_eq!(f.bytes(), before, "nothing changed");
    assert!(
        bad.is_empty(),
        "English in Dutch errors:\n{}",
        bad.join("\n")
    );
}

/// `--as NAME` and `--approver NAME` typed otherwise than the roster's
/// spelling: one line on stderr names the roster's name, in English and in
/// Dutch; the exact spelling prints no such line (issue 12, item 4).
#[test]
fn as_and_approver_typed_otherwise_name_the_roster_spelling() {
    let f = Fixture::new();
    let pin = f.add_approver();
    f.ok(&["roster", "add", "Dirk", "--role", "delegate"]);
    let val = f.file("val", "de-sleutel");
    f.ok(&[
        "secret",
        "add",
        "restic",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&val),
    ]);
    let sheets = f.print_shares(&[]);
    let run = |lang: &str, who: &str, approver: &str| {
        let out = f
            .cmd()
            .env("LANG", lang)
            .args([
                "--share-file",
                path_str(&sheets[0]),
                "--share-file",
                path_str(&sheets[2]),
                "--as",
                who,
                "unseal",
                "restic",
                "--reason-category",
                "incident",
                "--reason",
                "PO onbereikbaar",
                "--approver",
                approver,
                "--approver-pin-file",
                path_str(&pin),
                "--to",
                "stdout",
            ])
            .output()
            .expect("run");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    };
    let r = run("C", "dirk", "BERT");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "de-sleutel");
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(
        lines
            .iter()
            .filter(|l| **l == "kluis: acting as: Dirk")
            .count(),
        1,
        "{}",
        r.stderr
    );
    assert_eq!(
        lines
            .iter()
            .filter(|l| **l == "kluis: approver: Bert")
            .count(),
        1,
        "{}",
        r.stderr
    );
    let r = run("nl_NL.UTF-8", "DIRK", "bert");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("kluis: handelend als: Dirk\n"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("kluis: fiatteur: Bert\n"), "{}", r.stderr);
    // The roster's own spelling: no such line.
    let r = run("C", "Dirk", "Bert");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("acting as"), "{}", r.stderr);
    assert!(!r.stderr.contains("approver: "), "{}", r.stderr);
    // Both releases are recorded under the roster's names.
    let u = f.records_of("Unseal");
    assert!(u.iter().all(|r| r["event"]["actor"]["person"] == "Dirk"));
    assert!(
        u.iter().all(|r| r["event"]["approver"]["person"] == "Bert"),
        "{u:?}"
    );
}

/// Core errors a user can hit by typing: a bad name, a mistyped share
/// line in a `--share-file`, a CSV without its password column. Each is
/// refused in Dutch with its exit code, and the vault is unchanged
/// (issue 12, item 1).
#[test]
fn typed_input_errors_are_dutch() {
    let f = Fixture::new();
    f.ok(&["roster", "add", "Dirk", "--role", "delegate"]);
    let sheets = f.print_shares(&[]);
    let before = f.bytes();
    let mut bad = Vec::new();
    // A name with a bidirectional control.
    let args = ["roster", "add", "Ber\u{202e}t", "--role", "delegate"];
    let r = nl(&f, &args);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "de naam van een persoon bevat een teken voor de schrijfrichting (U+202E) op teken 4: verwijder het"
        ),
        "{}",
        r.stderr
    );
    scan(&mut bad, &args, &r);
    // A secret name with a space in front.
    let value = f.file("waarde.txt", "geheim\n");
    let args = [
        "secret",
        "add",
        " mail",
        "--kind",
        "note",
        "--value-file",
        path_str(&value),
    ];
    let r = nl(&f, &args);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("de naam van een geheim begint of eindigt met een spatie: verwijder die"),
        "{}",
        r.stderr
    );
    scan(&mut bad, &args, &r);
    // A share file with a mistyped line 3.
    let text = std::fs::read_to_string(&sheets[0]).expect("read");
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let mut chars: Vec<char> = lines[3].chars().collect();
    chars[0] = if chars[0] == 'A' { 'B' } else { 'A' };
    lines[3] = chars.into_iter().collect();
    let typo = f.file("typo.txt", lines.join("\n"));
    let args = [
        "--share-file",
        path_str(&typo),
        "--share-file",
        path_str(&sheets[1]),
        "--as",
        "Dirk",
        "secret",
        "list",
    ];
    let r = nl_raw(&f, &args);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "regel 3 van het deel klopt niet met zijn controleteken: typ regel 3 opnieuw"
        ),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("deelbestand"), "{}", r.stderr);
    scan(&mut bad, &args, &r);
    // A CSV file without a password column.
    let csv = f.file("lijst.csv", "name,username\nMail,anna\n");
    let args = ["secret", "import", "--csv", path_str(&csv)];
    let r = nl(&f, &args);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("het CSV-bestand heeft geen kolom \"password\""),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("er is niets geïmporteerd"),
        "{}",
        r.stderr
    );
    scan(&mut bad, &args, &r);
    // A CSV row that cannot be read.
    let csv = f.file("kapot.csv", "name,password\n\"Mail,pw\n");
    let args = ["secret", "import", "--csv", path_str(&csv)];
    let r = nl(&f, &args);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("van het CSV-bestand is niet te lezen"),
        "{}",
        r.stderr
    );
    scan(&mut bad, &args, &r);
    // A checkpoint typed with a record number 0.
    let args = [
        "audit",
        "verify",
        "--checkpoint",
        "KC1 0123-4567-89AB-CDEF #0 0123-4567-89AB-CDEF-0123-4567",
    ];
    let r = nl(&f, &args);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("dit is geen controlepunt (het recordnummer is 0; records tellen vanaf 1)"),
        "{}",
        r.stderr
    );
    scan(&mut bad, &args, &r);
    assert_eq!(f.bytes(), before, "nothing changed");
    assert!(
        bad.is_empty(),
        "English in Dutch errors:\n{}",
        bad.join("\n")
    );
}

/// A warning that was a plain English string (two holders with one age
/// recipient) is typed and worded in Dutch (issue 12, item 1).
#[test]
fn a_recipient_warning_is_dutch() {
    let f = Fixture::empty();
    let rec = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
    let mut args = vec![
        "init",
        "--po",
        "Anna",
        "--threshold",
        "2",
        "--holder",
        "Kluis kantoor@Utrecht",
        "--recipient",
        rec,
        "--holder",
        "Bert@Thuis",
        "--recipient",
        rec,
        "--holder",
        "Anna@Thuis",
    ];
    let weak = weak_kdf();
    args.extend(weak.iter().map(String::as_str));
    let r = nl(&f, &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("houders 1 (Kluis kantoor) en 2 (Bert) hebben dezelfde ontvanger"),
        "{}",
        r.stderr
    );
    let mut bad = Vec::new();
    scan(&mut bad, &args, &r);
    assert!(
        bad.is_empty(),
        "English in Dutch output:\n{}",
        bad.join("\n")
    );
}
