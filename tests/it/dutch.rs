//! Issue 12, item 1: under `LANG=nl_NL.UTF-8` every line kluis prints is
//! Dutch. The main commands run through the real binary and their stdout
//! and stderr are scanned for English words from [`ENGLISH`]; command
//! names, flags, paths, hex and quoted commands are left out of the scan.
//! The Dutch words follow docs/GLOSSARY.md.

use crate::util::{Fixture, PASS, Run, path_str, weak_kdf};

/// English words that have no place in a Dutch line (one list for the
/// TUI's tests and these: `kluis::i18n::english`).
use kluis::i18n::english::WORDS as ENGLISH;

/// Product names and technical words allowed in a Dutch line.
const ALLOWED: &[&str] = &["kluis", "kdf", "argon2id", "mib", "pin", "totp", "age"];

/// The English words in `text`, outside backticks, «recorded text»,
/// flags, paths and hex.
pub(crate) fn english_words(text: &str) -> Vec<String> {
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
pub(crate) fn nl(f: &Fixture, args: &[&str]) -> Run {
    nl_raw(
        f,
        &[&["--passphrase-file", path_str(&f.pass)], args].concat(),
    )
}

pub(crate) fn nl_raw(f: &Fixture, args: &[&str]) -> Run {
    let out = f
        .cmd()
        .env("LANG", "nl_NL.UTF-8")
        .args(args)
        .output()
        .expect("run");
    Run::of(&out)
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
    let r = Run::of(&out);
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
    Run::of(&out)
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
        Run::of(&out)
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

/// Runs `secret remove notitie` on a real terminal under a Dutch locale,
/// answers the prompt with `typed`, and returns the pane and exit line.
fn remove_on_a_terminal(f: &Fixture, typed: &str) -> String {
    let t = crate::terminal::Tmux::new(f);
    let bin = assert_cmd::cargo::cargo_bin("kluis");
    let cmd = format!(
        "env -i HOME={home} XDG_STATE_HOME={home}/state TERM=xterm LANG=nl_NL.UTF-8 {bin} --vault {vault} --passphrase-file {pass} secret remove notitie; echo KLUIS-DONE-$?",
        home = path_str(f.dir.path()),
        bin = path_str(&bin),
        vault = path_str(&f.vault),
        pass = path_str(&f.pass),
    );
    t.start(&cmd, 160, 20);
    t.wait_for(
        "the Dutch prompt",
        "typ de naam van het geheim om het met alle versies te verwijderen:",
        true,
    );
    t.text(typed);
    t.key("Enter");
    t.wait_for("the end", "KLUIS-DONE-", true)
}

/// `secret remove` asks for the name on the terminal in Dutch; a wrong
/// name is refused in Dutch with exit 2 and removes nothing; the right
/// name removes the secret and says so in Dutch (issue 12, item 1).
#[test]
fn secret_remove_asks_and_answers_in_dutch() {
    let f = Fixture::new();
    let value = f.file("waarde", "geheime waarde\n");
    f.ok(&[
        "secret",
        "add",
        "notitie",
        "--kind",
        "note",
        "--value-file",
        path_str(&value),
    ]);
    let pane = remove_on_a_terminal(&f, "notiti");
    assert!(pane.contains("KLUIS-DONE-2"), "{pane}");
    assert!(
        pane.contains("kluis: fout: de getypte naam klopt niet: er is niets verwijderd"),
        "{pane}"
    );
    let mut bad = Vec::new();
    scan(
        &mut bad,
        &["secret", "remove"],
        &Run {
            code: 2,
            stdout: String::new(),
            stderr: pane.replace("KLUIS-DONE-2", ""),
        },
    );
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // Nothing removed (opening the vault records an unlock, so the file
    // itself changes): the secret and its version are still there.
    assert!(f.ok(&["secret", "show", "notitie"]).contains("v1"));
    let pane = remove_on_a_terminal(&f, "notitie");
    assert!(pane.contains("KLUIS-DONE-0"), "{pane}");
    assert!(pane.contains("verwijderd: notitie"), "{pane}");
    assert!(!f.ok(&["secret", "list"]).contains("notitie"));
}

/// One command line clap refuses: its arguments, the Dutch lines and the
/// English lines its error holds.
struct Refused {
    args: &'static [&'static str],
    nl: &'static [&'static str],
    en: &'static [&'static str],
}

/// Every kind of error clap finds in a command line (issue 12, item 1).
const REFUSED: &[Refused] = &[
    // Required arguments not given, with the usage line (the fixture's
    // KLUIS_VAULT counts as a given --vault).
    Refused {
        args: &["secret", "add"],
        nl: &[
            "kluis: fout: deze verplichte argumenten ontbreken:\n  --kind <SOORT>\n  <--value-file <PAD>|--generate <VORM>>\n  <NAAM>\n",
            "\nGebruik: kluis secret add --kind <SOORT> --vault <PAD> <--value-file <PAD>|--generate <VORM>> <NAAM>\n",
            "\nZie `--help` voor meer uitleg.\n",
        ],
        en: &[
            "error: the following required arguments were not provided:\n  --kind <KIND>\n",
            "\nUsage: kluis secret add --kind <KIND> --vault <PATH> <--value-file <PATH>|--generate <GENERATE>> <NAME>\n",
            "\nFor more information, try '--help'.\n",
        ],
    },
    // A value not among the possible ones, and one close to one of them.
    Refused {
        args: &["secret", "add", "x", "--kind", "foo", "--generate", "age"],
        nl: &[
            "kluis: fout: ongeldige waarde `foo` voor `--kind <SOORT>`\n  [mogelijke waarden: `backup-key`, `credential`, `totp`, `note`]\n",
        ],
        en: &[
            "error: invalid value 'foo' for '--kind <KIND>'\n  [possible values: backup-key, credential, totp, note]\n",
        ],
    },
    Refused {
        args: &["secret", "add", "x", "--kind", "nte", "--generate", "age"],
        nl: &["\n  tip: bedoelt u `note`?\n"],
        en: &["\n  tip: a similar value exists: 'note'\n"],
    },
    // An option without its value.
    Refused {
        args: &["secret", "add", "x", "--generate", "age", "--kind"],
        nl: &["kluis: fout: `--kind <SOORT>` vraagt een waarde, maar er is geen gegeven\n"],
        en: &["error: a value is required for '--kind <KIND>' but none was supplied\n"],
    },
    // Unknown arguments, with a similar one, or as a value.
    Refused {
        args: &["secret", "add", "x", "--kind", "note", "--generat", "age"],
        nl: &["kluis: fout: onverwacht argument `--generat`\n\n  tip: bedoelt u `--generate`?\n"],
        en: &[
            "error: unexpected argument '--generat' found\n\n  tip: a similar argument exists: '--generate'\n",
        ],
    },
    Refused {
        args: &["secret", "show", "-x"],
        nl: &[
            "kluis: fout: onverwacht argument `-x`\n\n  tip: om `-x` als waarde te geven: `-- -x`\n",
            "\nGebruik: kluis secret show [OPTIES] <NAAM>\n",
        ],
        en: &[
            "error: unexpected argument '-x' found\n\n  tip: to pass '-x' as a value, use '-- -x'\n",
            "\nUsage: kluis secret show [OPTIONS] <NAME>\n",
        ],
    },
    Refused {
        args: &["--", "secret"],
        nl: &["  tip: de opdracht `secret` bestaat; haal de `--` ervoor weg om die te gebruiken\n"],
        en: &["  tip: subcommand 'secret' exists; to use it, remove the '--' before it\n"],
    },
    // An unknown command.
    Refused {
        args: &["secrt"],
        nl: &[
            "kluis: fout: onbekende opdracht `secrt`\n\n  tip: bedoelt u `report` of `secret`?\n",
            "\nGebruik: kluis [OPTIES] [OPDRACHT]\n",
        ],
        en: &[
            "error: unrecognized subcommand 'secrt'\n\n  tip: some similar subcommands exist: 'report', 'secret'\n",
            "\nUsage: kluis [OPTIONS] [COMMAND]\n",
        ],
    },
    // A command without its subcommand (with the fixture's KLUIS_VAULT
    // an option is given, so clap says so instead of printing the help).
    Refused {
        args: &["secret"],
        nl: &[
            "kluis: fout: `kluis secret` vraagt een opdracht, maar er is geen gegeven\n  [opdrachten: `add`, `update`, `list`, `show`, `import`, `remove`]\n",
            "\nGebruik: kluis secret [OPTIES] <OPDRACHT>\n",
        ],
        en: &[
            "error: 'kluis secret' requires a subcommand but one was not provided\n  [subcommands: add, update, list, show, import, remove, help]\n",
            "\nUsage: kluis secret [OPTIONS] <COMMAND>\n",
        ],
    },
    // An option given twice; two that exclude each other.
    Refused {
        args: &["init", "--po", "a", "--po", "b"],
        nl: &[
            "kluis: fout: `--po <NAAM>` mag maar één keer gegeven worden\n",
            "\nGebruik: kluis init [OPTIES] --po <NAAM> --threshold <K> --holder <NAAM[@PLAATS]>\n",
        ],
        en: &["error: the argument '--po <NAME>' cannot be used multiple times\n"],
    },
    Refused {
        args: &[
            "secret",
            "add",
            "x",
            "--kind",
            "note",
            "--generate",
            "age",
            "--value-file",
            "y",
        ],
        nl: &["kluis: fout: `--generate <VORM>` kan niet samen met `--value-file <PAD>`\n"],
        en: &[
            "error: the argument '--generate <GENERATE>' cannot be used with '--value-file <PATH>'\n",
        ],
    },
    // A value where none goes.
    Refused {
        args: &["--json=yes", "secret", "list"],
        nl: &[
            "kluis: fout: onverwachte waarde `yes` voor `--json`: daar hoort geen waarde meer bij\n",
        ],
        en: &["error: unexpected value 'yes' for '--json' found; no more were expected\n"],
    },
    // Numbers that do not read, or are out of range.
    Refused {
        args: &["settings", "--idle-lock-minutes", "abc"],
        nl: &[
            "kluis: fout: ongeldige waarde `abc` voor `--idle-lock-minutes <MINUTEN>`: geen geheel getal\n",
        ],
        en: &[
            "error: invalid value 'abc' for '--idle-lock-minutes <MIN>': invalid digit found in string\n",
        ],
    },
    Refused {
        args: &["unseal", "x", "--to", "stdout", "--hide-after", "0"],
        nl: &[
            "kluis: fout: ongeldige waarde `0` voor `--hide-after <SECONDEN>`: kies een getal van 1 tot en met 300, niet 0\n",
        ],
        en: &["error: invalid value '0' for '--hide-after <SECS>': 0 is not in 1..=300\n"],
    },
    Refused {
        args: &["init", "--po", "a", "--threshold", "300", "--holder", "a"],
        nl: &[": kies een getal van 0 tot en met 255, niet 300\n"],
        en: &[": 300 is not in 0..=255\n"],
    },
    Refused {
        args: &[
            "audit",
            "archive",
            "--out",
            "x",
            "--before",
            "99999999999999999999",
        ],
        nl: &[": het getal is te groot\n"],
        en: &[": number too large to fit in target type\n"],
    },
    // kluis's own pairing of --recipient with --holder.
    Refused {
        args: &[
            "init",
            "--po",
            "a",
            "--threshold",
            "2",
            "--recipient",
            "x",
            "--holder",
            "a",
        ],
        nl: &[
            "kluis: fout: --recipient hoort bij de --holder er direct voor: geef eerst --holder\n",
        ],
        en: &["error: --recipient belongs to the --holder just before it: give --holder first\n"],
    },
    Refused {
        args: &[
            "init",
            "--po",
            "a",
            "--threshold",
            "2",
            "--holder",
            "a",
            "--recipient",
            "x",
            "--recipient",
            "y",
        ],
        nl: &["kluis: fout: houder 1 heeft twee --recipient-opties: geef er een per houder\n"],
        en: &["error: holder 1 has two --recipient options: give one per holder\n"],
    },
];

/// Runs `args` with `LANG` set to `lang`, no passphrase.
fn run_lang(f: &Fixture, lang: &str, args: &[&str]) -> Run {
    let out = f.cmd().env("LANG", lang).args(args).output().expect("run");
    Run::of(&out)
}

/// Every kind of error clap finds in a command line is Dutch under a
/// Dutch locale and with `--lang nl`: exit 2, the Dutch text, no English
/// word, the usage line's placeholders Dutch, and the vault untouched
/// (issue 12, item 1).
#[test]
fn usage_errors_of_the_command_line_are_dutch() {
    let f = Fixture::new();
    let before = f.bytes();
    let mut bad = Vec::new();
    for case in REFUSED {
        let r = run_lang(&f, "nl_NL.UTF-8", case.args);
        assert_eq!(r.code, 2, "{:?}: {}", case.args, r.stderr);
        assert!(r.stdout.is_empty(), "{:?}: {}", case.args, r.stdout);
        for want in case.nl {
            assert!(
                r.stderr.contains(want),
                "{:?}: want {want:?} in:\n{}",
                case.args,
                r.stderr
            );
        }
        for english in [
            "error:",
            "Usage:",
            "[OPTIONS]",
            "For more information",
            "tip: a",
        ] {
            assert!(!r.stderr.contains(english), "{:?}: {}", case.args, r.stderr);
        }
        scan(&mut bad, case.args, &r);
    }
    // Without any option, a command without its subcommand prints its
    // help on standard error, with the usage line's placeholders Dutch.
    let out = f
        .cmd()
        .env_remove("KLUIS_VAULT")
        .env("LANG", "nl_NL.UTF-8")
        .arg("secret")
        .output()
        .expect("run");
    let help = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{help}");
    assert!(
        help.contains("\nGebruik: kluis secret [OPTIES] <OPDRACHT>\n")
            && help.contains("\nOpdrachten:\n"),
        "{help}"
    );
    // `--help`: the usage line's placeholders Dutch.
    let r = run_lang(&f, "nl_NL.UTF-8", &["secret", "add", "--help"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("\nGebruik: kluis secret add [OPTIES] --kind <SOORT> <--value-file <PAD>|--generate <VORM>> <NAAM>\n"),
        "{}",
        r.stdout
    );
    // `--lang nl` under an English locale, placed after the error.
    let r = run_lang(&f, "C", &["secret", "add", "--lang", "nl"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .starts_with("kluis: fout: deze verplichte argumenten ontbreken:"),
        "{}",
        r.stderr
    );
    assert_eq!(f.bytes(), before, "nothing changed");
    assert!(
        bad.is_empty(),
        "English in Dutch usage errors:\n{}",
        bad.join("\n")
    );
}

/// The same command lines under `LANG=C` keep clap's English text, which
/// scripts may read (issue 12, item 1).
#[test]
fn usage_errors_of_the_command_line_stay_english_under_c() {
    let f = Fixture::new();
    for case in REFUSED {
        let r = run_lang(&f, "C", case.args);
        assert_eq!(r.code, 2, "{:?}: {}", case.args, r.stderr);
        for want in case.en {
            assert!(
                r.stderr.contains(want),
                "{:?}: want {want:?} in:\n{}",
                case.args,
                r.stderr
            );
        }
        assert!(!r.stderr.contains("kluis: fout"), "{}", r.stderr);
    }
    // `--lang en` under a Dutch locale.
    let r = run_lang(&f, "nl_NL.UTF-8", &["--lang", "en", "secrt"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .starts_with("error: unrecognized subcommand 'secrt'"),
        "{}",
        r.stderr
    );
}

/// Runs `args` with `LANG` set to `lang` and `stdin` on standard input.
fn run_lang_stdin(f: &Fixture, lang: &str, args: &[&str], stdin: &[u8]) -> Run {
    let out = f
        .cmd()
        .env("LANG", lang)
        .args(args)
        .write_stdin(stdin.to_vec())
        .output()
        .expect("run");
    Run::of(&out)
}

/// The refusals of reading a passphrase, a file or a share
/// (src/face/input.rs) and the CLI's own refusals and contexts
/// (src/cli/commands.rs: value and import files, `--to`, `--to exec`,
/// `--checkpoint`, `--holder`, a missing reason or approver) are Dutch
/// under a Dutch locale: exit code, text, no English word, nothing changed
/// (issue 12, item 1).
#[test]
fn input_and_command_refusals_are_dutch() {
    let f = Fixture::new();
    let pin = f.add_approver();
    let before = f.bytes();
    let pass = path_str(&f.pass);
    let not_utf8 = f.file("niet-utf8", [0xff, 0xfe, b'\n']);
    let junk = f.file("rommel.png", "geen afbeelding");
    let dir = f.dir.path().join("een-map");
    std::fs::create_dir(&dir).expect("dir");
    let dir = path_str(&dir);
    let big_pass = vec![b'a'; 70_000];
    let big_value = vec![b'a'; 1_100_000];
    let unseal = |to: &'static str| -> Vec<&str> {
        vec![
            "--passphrase-file",
            pass,
            "unseal",
            "x",
            "--reason-category",
            "incident",
            "--reason",
            "test",
            "--approver",
            "Bert",
            "--to",
            to,
        ]
    };
    let exec_twice = [unseal("exec"), vec!["--", "cmp", "{}", "{}"]].concat();
    let junk_dir = format!(
        "afbeelding van een deel {}: het bestand is geen leesbare PNG- of JPEG-afbeelding: fotografeer of scan het vel opnieuw\n",
        path_str(&junk)
    );
    let identity_dir = format!("kluis: fout: kan identiteitsbestand {dir} niet lezen: ");
    let share_dir = format!("kluis: fout: kan deelbestand {dir} niet lezen: ");
    let csv_dir = format!("kluis: fout: kan het CSV-bestand {dir} niet lezen: ");
    let syslog_dir = format!("kluis: fout: kan het systeemlogbestand {dir} niet lezen: ");
    let cases: Vec<(Vec<&str>, &[u8], i32, &str)> = vec![
        (
            vec!["secret", "list"],
            b"",
            2,
            "kluis: fout: wachtwoordzin van de PO: geen terminal om dit te vragen; geef het met een --*-file-optie\n",
        ),
        (
            vec!["--passphrase-file", path_str(&not_utf8), "secret", "list"],
            b"",
            2,
            "kluis: fout: wachtwoordzin van de PO: het bestand is geen UTF-8-tekst\n",
        ),
        (
            vec!["--passphrase-file", "-", "secret", "list"],
            &big_pass,
            2,
            "kluis: fout: de standaardinvoer bevat meer dan 65536 bytes: dat is geen wachtwoordzin of waarde\n",
        ),
        (
            vec![
                "--passphrase-file",
                pass,
                "secret",
                "add",
                "x",
                "--kind",
                "note",
                "--value-file",
                "-",
            ],
            &big_value,
            2,
            "kluis: fout: kan waardebestand - niet lezen: de standaardinvoer bevat meer dan 1048576 bytes: dat is geen wachtwoordzin of waarde\n",
        ),
        (
            vec!["--share-image", path_str(&junk), "shares", "verify"],
            b"",
            3,
            &junk_dir,
        ),
        (
            vec![
                "--identity",
                dir,
                "--share-file",
                pass,
                "--as",
                "Bert",
                "secret",
                "list",
            ],
            b"",
            1,
            &identity_dir,
        ),
        (
            vec!["--share-file", dir, "--as", "Bert", "secret", "list"],
            b"",
            1,
            &share_dir,
        ),
        (
            vec!["--passphrase-file", pass, "secret", "import", "--csv", dir],
            b"",
            1,
            &csv_dir,
        ),
        (
            vec![
                "--passphrase-file",
                pass,
                "audit",
                "verify",
                "--against-syslog",
                dir,
            ],
            b"",
            1,
            &syslog_dir,
        ),
        (
            vec!["--passphrase-file", pass, "unseal", "x", "--to", "stdout"],
            b"",
            6,
            "kluis: fout: een reden is verplicht: geef --reason-category en --reason TEKST; er is niets vrijgegeven\n",
        ),
        (
            vec![
                "--passphrase-file",
                pass,
                "unseal",
                "x",
                "--to",
                "stdout",
                "--reason-category",
                "incident",
                "--reason",
                "test",
            ],
            b"",
            6,
            "kluis: fout: een fiatteur is verplicht: geef --approver NAAM (een fiatteur op de lijst van personen, niet uzelf); er is niets vrijgegeven\n",
        ),
        (
            unseal("tty"),
            b"",
            2,
            "kluis: fout: onbekend kanaal `tty`: kies een van stdout, clipboard, screen, qr, file=PAD, exec\n",
        ),
        (
            unseal("file"),
            b"",
            2,
            "kluis: fout: `file` vraagt een pad: file=PAD (keuzes: stdout, clipboard, screen, qr, file=PAD, exec)\n",
        ),
        (
            unseal("exec"),
            b"",
            2,
            "kluis: fout: --to exec vraagt een commando na --, bijvoorbeeld `--to exec -- age -d -i {} -o out.tar backup.tar.age`; er is niets vrijgegeven\n",
        ),
        (
            exec_twice.clone(),
            b"",
            2,
            "kluis: fout: {} staat 2 keer in het commando: geef het één keer (het pad van de waarde) of niet (de waarde op de standaardinvoer); er is niets vrijgegeven\n",
        ),
        (
            vec![
                "--passphrase-file",
                pass,
                "audit",
                "verify",
                "--checkpoint",
                "XYZ",
            ],
            b"",
            2,
            "kluis: fout: dit is geen controlepunt (de tekst begint niet met KC1): verwacht KC1 VVVV-VVVV-VVVV-VVVV #SEQ HHHH-HHHH-HHHH-HHHH-HHHH-HHHH, zoals afgedrukt\n",
        ),
        (
            vec!["audit", "verify-export", pass, "--checkpoint", "KC1 0000"],
            b"",
            2,
            "kluis: fout: dit is geen controlepunt (de tekst houdt op in het kluisdeel): verwacht KC1",
        ),
        (
            vec![
                "--passphrase-file",
                pass,
                "init",
                "--po",
                "Anna",
                "--threshold",
                "2",
                "--holder",
                "@Kluis",
                "--holder",
                "Bert@Thuis",
            ],
            b"",
            2,
            "kluis: fout: een houder heeft een naam nodig, als NAAM of NAAM@PLAATS\n",
        ),
    ];
    let not_a_share = format!(
        "kluis: fout: {} is geen tekstbestand met een deel\n",
        path_str(&not_utf8)
    );
    let existing = format!("file={}", path_str(&junk));
    let exists = format!(
        "kluis: fout: {} bestaat al: kluis overschrijft nooit, noem een nieuw bestand\n",
        path_str(&junk)
    );
    let mut cases = cases;
    cases.push((
        [&unseal("stdout")[..10], &["--to", existing.as_str()]].concat(),
        b"",
        1,
        &exists,
    ));
    cases.push((
        vec![],
        b"",
        1,
        "kluis: fout: kluis zonder opdracht opent de terminalweergave en heeft een terminal nodig: start het in een terminal, of zie `kluis --help` voor de opdrachten\n",
    ));
    cases.push((
        vec![
            "--share-file",
            path_str(&not_utf8),
            "--as",
            "Bert",
            "secret",
            "list",
        ],
        b"",
        3,
        &not_a_share,
    ));
    cases.push((
        vec!["--passphrase-file", pass, "remote", "add", ".kantoor", dir],
        b"",
        2,
        "kluis: fout: ongeldige naam voor een remote \".kantoor\": de naam van een remote mag niet met '-' of '.' beginnen\n",
    ));
    let mut bad = Vec::new();
    for (args, stdin, code, want) in &cases {
        let r = run_lang_stdin(&f, "nl_NL.UTF-8", args, stdin);
        assert_eq!(r.code, *code, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains(want),
            "{args:?}: want {want:?} in:\n{}",
            r.stderr
        );
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        scan(&mut bad, args, &r);
    }
    assert_eq!(f.bytes(), before, "nothing changed");
    // The same refusals keep their English text under LANG=C.
    let english: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["secret", "list"],
            "kluis: error: no terminal to ask for the PO passphrase: give it with a --*-file option\n",
        ),
        (
            vec!["--passphrase-file", path_str(&not_utf8), "secret", "list"],
            "kluis: error: the PO passphrase file is not UTF-8 text\n",
        ),
        (
            vec!["--passphrase-file", pass, "unseal", "x", "--to", "stdout"],
            "kluis: error: a reason is required: give --reason-category and --reason TEXT; nothing was released\n",
        ),
        (
            unseal("tty"),
            "kluis: error: unknown channel `tty`: choose one of stdout, clipboard, screen, qr, file=PATH, exec\n",
        ),
        (
            exec_twice,
            "kluis: error: {} appears 2 times in the command: give it once (the value's path) or not at all (the value on standard input); nothing was released\n",
        ),
        (
            vec![
                "--passphrase-file",
                pass,
                "audit",
                "verify",
                "--checkpoint",
                "XYZ",
            ],
            "kluis: error: this is not a checkpoint (it does not start with KC1): expected KC1 VVVV-VVVV-VVVV-VVVV #SEQ HHHH-HHHH-HHHH-HHHH-HHHH-HHHH, as printed\n",
        ),
        (
            vec![
                "--passphrase-file",
                pass,
                "init",
                "--po",
                "Anna",
                "--threshold",
                "2",
                "--holder",
                "@Kluis",
            ],
            "kluis: error: a holder needs a label, as LABEL or LABEL@PLACE\n",
        ),
    ];
    let mut english = english;
    english.push((
        vec!["--passphrase-file", pass, "remote", "add", ".kantoor", dir],
        "kluis: error: invalid remote name \".kantoor\": a remote name cannot start with '-' or '.'\n",
    ));
    for (args, want) in &english {
        let r = run_lang(&f, "C", args);
        assert!(r.stderr.contains(want), "{args:?}: {}", r.stderr);
    }
    let _ = pin;
    assert!(
        bad.is_empty(),
        "English in Dutch refusals:\n{}",
        bad.join("\n")
    );
}

/// What `secret show` says of a key pair, `shares recipient set/clear`,
/// `audit archive`, `audit verify-export` and a failed `--to exec`
/// command print under a Dutch locale (issue 12, item 1).
#[test]
fn command_results_are_dutch() {
    let f = Fixture::new();
    let pin = f.add_approver();
    let mut bad = Vec::new();
    let mut run = |args: &[&str], code: i32, want: &[&str]| -> Run {
        let r = nl(&f, args);
        assert_eq!(r.code, code, "{args:?}: {}{}", r.stdout, r.stderr);
        for w in want {
            assert!(
                r.stdout.contains(w) || r.stderr.contains(w),
                "{args:?}: want {w:?} in:\n{}{}",
                r.stdout,
                r.stderr
            );
        }
        // An age recipient is random letters: it may spell an English word.
        let plain = |t: &str| -> String {
            t.split_inclusive(char::is_whitespace)
                .filter(|w| !w.starts_with("age1"))
                .collect()
        };
        let scanned = Run {
            code: r.code,
            stdout: plain(&r.stdout),
            stderr: plain(&r.stderr),
        };
        scan(&mut bad, args, &scanned);
        r
    };
    run(
        &[
            "secret",
            "add",
            "sleutel",
            "--kind",
            "backup-key",
            "--generate",
            "age",
        ],
        0,
        &[],
    );
    let show = run(
        &["secret", "show", "sleutel"],
        0,
        &["      sleutelpaar: age-x25519\n", "      ontvanger: age1"],
    );
    let recipient = show
        .stdout
        .lines()
        .find_map(|l| l.trim().strip_prefix("ontvanger: "))
        .expect("recipient")
        .to_string();
    run(
        &["shares", "recipient", "set", "1", &recipient],
        0,
        &[
            "deel 1 heeft nu een ontvanger: `kluis shares print --encrypted --out MAP` schrijft het als age-bestand\n",
        ],
    );
    // Not scanned: the fixture's holders are named in English ("IT admin").
    let status = nl(&f, &["shares", "status"]);
    assert!(
        status.stdout.contains("\n     versleuteld voor age"),
        "{}",
        status.stdout
    );
    assert!(!status.stdout.contains("encrypted to"), "{}", status.stdout);
    run(
        &["shares", "recipient", "clear", "1"],
        0,
        &["deel 1 heeft nu geen ontvanger: het wordt als vel afgedrukt\n"],
    );
    let value = f.file("waarde", "geheim\n");
    run(
        &[
            "secret",
            "add",
            "notitie",
            "--kind",
            "note",
            "--value-file",
            path_str(&value),
        ],
        0,
        &[],
    );
    run(
        &[
            "unseal",
            "notitie",
            "--reason-category",
            "restore-test",
            "--reason",
            "test",
            "--approver",
            "Bert",
            "--approver-pin-file",
            path_str(&pin),
            "--to",
            "exec",
            "--",
            "/bin/false",
        ],
        1,
        &["kluis: het commando /bin/false eindigde met status 1 (vastgelegd)\n"],
    );
    let export = f.dir.path().join("export.jsonl");
    let r = run(&["audit", "export", "--out", path_str(&export)], 0, &[]);
    let cp = r
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("controlepunt: "))
        .expect("checkpoint")
        .to_string();
    let r = run(
        &[
            "audit",
            "verify-export",
            path_str(&export),
            "--checkpoint",
            &cp,
        ],
        0,
        &["export intact: "],
    );
    assert!(
        r.stdout.contains(" records, ") && r.stdout.contains(" gedekt door het controlepunt\n"),
        "{}",
        r.stdout
    );
    let archive = f.dir.path().join("archief.jsonl");
    run(
        &[
            "audit",
            "archive",
            "--before",
            "3",
            "--out",
            path_str(&archive),
        ],
        0,
        &[
            &format!(
                "records 1 tot en met 2 gearchiveerd in {}\n",
                archive.display()
            ),
            "controlepunt van het archief: KC1 ",
            "\ncontrolepunt: KC1 ",
        ],
    );
    assert!(
        bad.is_empty(),
        "English in Dutch output:\n{}",
        bad.join("\n")
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

/// The last core refusals that reached a Dutch user in English: a key
/// file that is not one, a public key where a private one belongs, a
/// syslog target that is none, a kit folder that is a file or not empty,
/// and no git on PATH. Each is Dutch,
/// with its exit code, and nothing changed (issue 12, item 1).
#[test]
fn key_file_kit_and_git_refusals_are_dutch() {
    let f = Fixture::new();
    let before = f.bytes();
    let pem = f.file(
        "kapot.pem",
        "-----BEGIN EC PRIVATE KEY-----\nniet base64!!\n-----END EC PRIVATE KEY-----\n",
    );
    let public = f.file(
        "id.pub",
        "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\n",
    );
    let kit_file = f.file("noodpakket", "geen map\n");
    let kit_dir = f.dir.path().join("vol");
    std::fs::create_dir(&kit_dir).expect("dir");
    std::fs::write(kit_dir.join("iets"), "x").expect("file");
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (
            vec![
                "secret",
                "add",
                "k",
                "--kind",
                "backup-key",
                "--value-file",
                path_str(&pem),
            ],
            2,
            "het waardebestand begint als een PEM-sleutel («-----BEGIN EC PRIVATE KEY-----»), maar is er geen («",
        ),
        (
            vec![
                "secret",
                "add",
                "k",
                "--kind",
                "backup-key",
                "--value-file",
                path_str(&public),
            ],
            2,
            "het waardebestand bevat een age-ontvanger (age1…), en die is openbaar: bewaar de privésleutel",
        ),
        (
            vec!["settings", "--syslog", "http://127.0.0.1:1"],
            2,
            "\"http://127.0.0.1:1\" is geen syslog-bestemming: geef unix, udp://HOST:POORT of tcp://HOST:POORT",
        ),
        (
            vec!["kit", "--out", path_str(&kit_file)],
            1,
            "bestaat al en is geen map: geef een nieuwe of lege map voor het noodpakket",
        ),
        (
            vec!["kit", "--out", path_str(&kit_dir)],
            1,
            "is niet leeg: geef een nieuwe of lege map voor het noodpakket (er is niets geschreven)",
        ),
    ];
    let mut bad = Vec::new();
    for (args, code, phrase) in &cases {
        let r = nl(&f, args);
        assert_eq!(r.code, *code, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(phrase), "{args:?}: {}", r.stderr);
        scan(&mut bad, args, &r);
    }
    // No git on PATH.
    let args = ["remote", "add", "usb", "/tmp/geen-repo"];
    let out = f
        .cmd()
        .env("LANG", "nl_NL.UTF-8")
        .env("PATH", f.dir.path().join("leeg"))
        .args(["--passphrase-file", path_str(&f.pass)])
        .args(args)
        .output()
        .expect("run");
    let r = Run::of(&out);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("git is niet geïnstalleerd of niet te vinden op PATH"),
        "{}",
        r.stderr
    );
    scan(&mut bad, &args, &r);
    assert!(
        bad.is_empty(),
        "English in Dutch output:\n{}",
        bad.join("\n")
    );
    assert!(f.bytes() == before, "a refusal changed the vault");
}
