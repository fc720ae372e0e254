//! Happy paths of every issue-2 command through the real binary.

use crate::util::{Fixture, PIN, path_str, weak_kdf};

#[test]
fn init_refuses_to_overwrite_and_records_weak_kdf() {
    let f = Fixture::new();
    let before = f.bytes();
    let mut args = vec![
        "init",
        "--po",
        "X",
        "--threshold",
        "2",
        "--holder",
        "a",
        "--holder",
        "b",
    ];
    let weak = weak_kdf();
    args.extend(weak.iter().map(String::as_str));
    f.run(&args)
        .expect(1, "vault.kluis already exists: refusing to overwrite it");
    assert_eq!(f.bytes(), before);
    // Every open names the weak KDF.
    let r = f.run(&["secret", "list"]);
    r.expect(0, "weak key derivation");
}

#[test]
fn init_without_weak_flag_refuses_low_kdf() {
    let f = Fixture::empty();
    f.run(&[
        "init",
        "--po",
        "A",
        "--threshold",
        "2",
        "--holder",
        "a",
        "--holder",
        "b",
        "--kdf-memory",
        "1",
        "--kdf-time",
        "1",
        "--kdf-lanes",
        "1",
    ])
    .expect(6, "below the floor of m=64 MiB t=3");
    assert!(!f.vault.exists());
}

#[test]
fn init_threshold_rules() {
    let f = Fixture::empty();
    let w = weak_kdf();
    let weak: Vec<&str> = w.iter().map(String::as_str).collect();
    f.run(
        &[
            &[
                "init",
                "--po",
                "A",
                "--threshold",
                "3",
                "--holder",
                "a",
                "--holder",
                "b",
            ],
            &weak[..],
        ]
        .concat(),
    )
    .expect(2, "between 1 and the number of holders (2), got 3");
    f.run(
        &[
            &[
                "init",
                "--po",
                "A",
                "--threshold",
                "1",
                "--holder",
                "a",
                "--holder",
                "b",
            ],
            &weak[..],
        ]
        .concat(),
    )
    .expect(6, "--allow-threshold-one");
    assert!(!f.vault.exists());
    f.run(
        &[
            &[
                "init",
                "--po",
                "A",
                "--threshold",
                "1",
                "--holder",
                "a",
                "--holder",
                "b",
                "--allow-threshold-one",
            ],
            &weak[..],
        ]
        .concat(),
    )
    .expect(0, "threshold 1: any single sheet opens the vault");
}

#[test]
fn secrets_keep_versions_and_never_print_values() {
    let f = Fixture::new();
    let val = f.file("val", "s3cr3t-backup-key-CANARY\n");
    f.ok(&[
        "secret",
        "add",
        "restic",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&val),
    ]);
    f.ok(&["secret", "update", "restic", "--generate", "passphrase"]);
    f.ok(&["secret", "update", "restic", "--generate", "key256"]);
    f.ok(&[
        "secret",
        "add",
        "note1",
        "--kind",
        "note",
        "--generate",
        "passphrase",
    ]);
    let cred = f.file(
        "cred",
        "username: backup\npassword: CANARY-pw\nurl: https://backup.example\nnotes: rack 3\n",
    );
    f.ok(&[
        "secret",
        "add",
        "server",
        "--kind",
        "credential",
        "--value-file",
        path_str(&cred),
    ]);
    let totp = f.file("totp", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\n");
    f.ok(&[
        "secret",
        "add",
        "otp",
        "--kind",
        "totp",
        "--value-file",
        path_str(&totp),
    ]);

    let show: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "secret", "show", "restic"])).expect("json");
    let versions = show["versions"].as_array().expect("versions");
    assert_eq!(versions.len(), 3);
    assert_eq!(
        versions[0]["length"], 24,
        "trailing newline stripped from a text value"
    );
    assert_eq!(versions[1]["origin"], "generated-passphrase");
    assert_eq!(versions[2]["origin"], "generated-key256");
    assert_eq!(versions[2]["length"], 32);
    assert_eq!(show["emergency"], true);

    let list: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "secret", "list"])).expect("json");
    let by_name = |n: &str| {
        list.as_array()
            .expect("list")
            .iter()
            .find(|s| s["name"] == n)
            .cloned()
            .expect("present")
    };
    assert_eq!(
        by_name("note1")["emergency"],
        false,
        "notes are not released in emergencies by default"
    );
    assert_eq!(by_name("server")["emergency"], true);
    assert_eq!(by_name("server")["versions"][0]["username"], "backup");
    assert_eq!(by_name("otp")["kind"], "totp");

    for out in [
        f.ok(&["secret", "list"]),
        f.ok(&["secret", "show", "server"]),
        f.ok(&["--json", "secret", "list"]),
    ] {
        assert!(!out.contains("CANARY"), "value leaked: {out}");
    }
    // The vault file holds no plaintext.
    assert!(!f.bytes().windows(6).any(|w| w == b"CANARY"));
}

#[test]
fn generated_passphrase_is_six_listed_words() {
    let list: std::collections::HashSet<&str> =
        eff_wordlist::large::LIST.iter().map(|(_, w)| *w).collect();
    assert_eq!(list.len(), 7776);
    // 6 words of a 7776-word list: log2(7776^6) = 77.5 bits >= 77.
    assert!((list.len() as f64).log2() * kluis::ops::PASSPHRASE_WORDS as f64 >= 77.0);
    let mut rng = rand::rng();
    let mut seen = std::collections::HashSet::new();
    for _ in 0..200 {
        let p = kluis::ops::generate_passphrase(&mut rng);
        let words: Vec<&str> = p.split('-').collect();
        // Some EFF words contain a dash themselves ("yo-yo"), so count by
        // re-joining greedily against the list.
        let mut n = 0;
        let mut i = 0;
        while i < words.len() {
            if i + 1 < words.len()
                && list.contains(format!("{}-{}", words[i], words[i + 1]).as_str())
            {
                seen.insert(format!("{}-{}", words[i], words[i + 1]));
                i += 2;
            } else {
                assert!(list.contains(words[i]), "{} not in the list", words[i]);
                seen.insert(words[i].to_string());
                i += 1;
            }
            n += 1;
        }
        assert_eq!(n, kluis::ops::PASSPHRASE_WORDS);
    }
    assert!(
        seen.len() > 1000,
        "words are drawn from the whole list ({} distinct)",
        seen.len()
    );
}

#[test]
fn secret_errors() {
    let f = Fixture::new();
    let val = f.file("val", "x");
    f.ok(&[
        "secret",
        "add",
        "a",
        "--kind",
        "note",
        "--value-file",
        path_str(&val),
    ]);
    let before = f.bytes();
    f.run(&[
        "secret",
        "add",
        "a",
        "--kind",
        "note",
        "--value-file",
        path_str(&val),
    ])
    .expect(1, "already exists");
    f.run(&["secret", "update", "nope", "--value-file", path_str(&val)])
        .expect(1, "no secret named \"nope\"");
    f.run(&["secret", "show", "nope"])
        .expect(1, "no secret named");
    let empty = f.file("empty", "");
    f.run(&[
        "secret",
        "add",
        "b",
        "--kind",
        "note",
        "--value-file",
        path_str(&empty),
    ])
    .expect(2, "the value file is empty");
    let bad_cred = f.file("badcred", "username: x\n");
    f.run(&[
        "secret",
        "add",
        "c",
        "--kind",
        "credential",
        "--value-file",
        path_str(&bad_cred),
    ])
    .expect(2, "no `password:` line");
    let bad_totp = f.file("badtotp", "not base32!!");
    f.run(&[
        "secret",
        "add",
        "t",
        "--kind",
        "totp",
        "--value-file",
        path_str(&bad_totp),
    ])
    .expect(2, "not valid base32");
    f.run(&["secret", "add", "x", "--kind", "note"])
        .expect(2, "required");
    f.run(&["secret", "remove", "a"]).expect(2, "pass --yes");
    // Failed commands changed nothing but the unlock record of the ones that opened.
    f.ok(&["secret", "remove", "a", "--yes"]);
    f.run(&["secret", "show", "a"]).expect(1, "no secret named");
    assert_ne!(f.bytes(), before);
}

#[test]
fn secrets_never_in_argv() {
    let f = Fixture::new();
    // There is no --value or --passphrase option that takes a secret.
    f.run(&["secret", "add", "a", "--kind", "note", "--value", "x"])
        .expect(2, "unexpected argument");
    f.run_raw(&["--passphrase", "x", "secret", "list"])
        .expect(2, "unexpected argument");
}

#[test]
fn roster_and_pins() {
    let f = Fixture::new();
    f.add_approver();
    f.ok(&["roster", "add", "Dirk", "--role", "delegate"]);
    f.run(&["roster", "add", "Eve", "--role", "approver"])
        .expect(2, "no terminal");
    let short = f.file("short", "123");
    f.run(&[
        "roster",
        "add",
        "Eve",
        "--role",
        "approver",
        "--pin-file",
        path_str(&short),
    ])
    .expect(2, "at least 6 characters");
    f.run(&["roster", "add", "Bert", "--role", "holder"])
        .expect(1, "already in the roster");
    f.run(&["roster", "add", "Zed", "--role", "po"])
        .expect(6, "one PO");
    f.run(&["roster", "remove", "Anna"])
        .expect(6, "cannot be removed");
    let list: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "roster", "list"])).expect("json");
    let names: Vec<(&str, &str, bool)> = list
        .as_array()
        .expect("list")
        .iter()
        .map(|p| {
            (
                p["name"].as_str().expect("n"),
                p["role"].as_str().expect("r"),
                p["has_pin"].as_bool().expect("b"),
            )
        })
        .collect();
    assert_eq!(
        names,
        vec![
            ("Anna", "po", false),
            ("Bert", "approver", true),
            ("Dirk", "delegate", false)
        ]
    );
    // The PIN itself is not in the vault file (only its Argon2id hash, encrypted).
    assert!(!f.bytes().windows(PIN.len()).any(|w| w == PIN.as_bytes()));
    f.ok(&["roster", "remove", "Dirk"]);
    assert!(!f.ok(&["roster", "list"]).contains("Dirk"));
}

#[test]
fn passwd_changes_the_passphrase() {
    let f = Fixture::new();
    let new = f.file("new", "a much better passphrase\n");
    f.ok(&["passwd", "--new-passphrase-file", path_str(&new)]);
    f.run(&["secret", "list"]).expect(3, "wrong passphrase");
    f.run_raw(&["--passphrase-file", path_str(&new), "secret", "list"])
        .expect(0, "");
}

#[test]
fn shares_print_txt_status_and_quorum_login() {
    let f = Fixture::new();
    f.ok(&["roster", "add", "Dirk", "--role", "delegate"]);
    let sheets = f.print_shares(&[]);
    assert_eq!(sheets.len(), 3);
    for s in &sheets {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(s).expect("meta").permissions().mode() & 0o777,
            0o600
        );
        let text = std::fs::read_to_string(s).expect("read");
        assert!(
            text.starts_with("KLUIS\n") && text.lines().count() == 7,
            "{text}"
        );
    }
    let status: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "shares", "status"])).expect("json");
    let set = &status[0];
    assert_eq!(set["state"], "active");
    assert_eq!(set["threshold"], 2);
    assert_eq!(set["count"], 3);
    assert_eq!(set["shares"][0]["holder"], "Office safe");
    assert_eq!(set["shares"][0]["place"], "Safe");
    assert!(set["shares"][0]["printed_at"].is_string());
    // Printed today: not overdue (issue 12 item 5).
    assert_eq!(set["shares"][0]["drill_overdue"], false);

    // Any 2 of 3, in any order, open the vault for a delegate.
    for (a, b) in [(0, 1), (2, 0), (1, 2)] {
        let r = f.run_raw(&[
            "--share-file",
            path_str(&sheets[a]),
            "--share-file",
            path_str(&sheets[b]),
            "--as",
            "Dirk",
            "secret",
            "list",
        ]);
        r.expect(0, "emergency session");
    }
    // A delegate cannot change the vault.
    let val = f.file("v", "x");
    f.run_raw(&[
        "--share-file",
        path_str(&sheets[0]),
        "--share-file",
        path_str(&sheets[1]),
        "--as",
        "Dirk",
        "secret",
        "add",
        "n",
        "--kind",
        "note",
        "--value-file",
        path_str(&val),
    ])
    .expect(6, "not allowed in an emergency session");
    // --as must be a delegate, and is required.
    f.run_raw(&[
        "--share-file",
        path_str(&sheets[0]),
        "--share-file",
        path_str(&sheets[1]),
        "--as",
        "Nobody",
        "secret",
        "list",
    ])
    .expect(6, "not in the roster");
    f.run_raw(&[
        "--share-file",
        path_str(&sheets[0]),
        "--share-file",
        path_str(&sheets[1]),
        "secret",
        "list",
    ])
    .expect(2, "needs --as NAME");

    // Drill: one share, no passphrase.
    let r = f.run_raw(&["shares", "verify", "--share-file", path_str(&sheets[1])]);
    r.expect(0, "");
    assert!(r.stdout.contains("share is valid: 2 of 3"), "{}", r.stdout);

    // Reprint one sheet: the same share text.
    let again = f.print_shares(&["--index", "2"]);
    assert_eq!(again.len(), 1);
    assert_eq!(
        std::fs::read(&again[0]).expect("r"),
        std::fs::read(&sheets[1]).expect("r")
    );
    f.run(&[
        "shares",
        "print",
        "--out",
        path_str(&f.dir.path().join("x")),
        "--index",
        "9",
    ])
    .expect(2, "no share 9");
    f.run(&[
        "shares",
        "print",
        "--out",
        path_str(&f.dir.path().join("x")),
        "--pending",
    ])
    .expect(2, "no pending share set");
}

#[test]
fn dutch_messages() {
    let f = Fixture::new();
    let r = f.run(&["--lang", "nl", "secret", "list"]);
    r.expect(0, "waarschuwing");
    assert!(r.stdout.contains("nog geen geheimen"), "{}", r.stdout);
    let r = f
        .cmd()
        .env("LANG", "nl_NL.UTF-8")
        .args([
            "--passphrase-file",
            crate::util::path_str(&f.pass),
            "secret",
            "list",
        ])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&r.stdout).contains("nog geen geheimen"));
}

#[test]
fn usage_errors_exit_2() {
    let f = Fixture::new();
    f.run(&["secret", "frobnicate"])
        .expect(2, "unrecognized subcommand");
    f.run(&["roster", "add", "X", "--role", "king"])
        .expect(2, "invalid value");
    f.run_raw(&["secret", "list"])
        .expect(2, "no terminal to ask for the PO passphrase");
}

#[test]
fn passphrase_from_stdin_and_pipes() {
    let f = Fixture::new();
    let out = f
        .cmd()
        .args(["--passphrase-file", "-", "secret", "list"])
        .write_stdin(format!("{}\n", crate::util::PASS))
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = f
        .cmd()
        .args(["--passphrase-file", "/dev/stdin", "secret", "list"])
        .write_stdin("wrong\n")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3));
    let dir_as_file = f.dir.path().to_str().expect("utf8").to_string();
    f.run_raw(&["--passphrase-file", &dir_as_file, "secret", "list"])
        .expect(1, "is a directory");
}

/// Layering (docs/ARCHITECTURE.md, section 2): a face never imports the
/// other face; what both need lives in `src/face/` below them.
#[test]
fn the_tui_imports_nothing_from_the_cli() {
    fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).expect("src/tui") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                walk(&p, found);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).expect("read");
                for (i, line) in text.lines().enumerate() {
                    if line.contains("crate::cli") {
                        found.push(format!("{}:{}: {line}", p.display(), i + 1));
                    }
                }
            }
        }
    }
    let mut found = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui"),
        &mut found,
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}
