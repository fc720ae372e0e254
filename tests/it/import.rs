//! `kluis secret import` (issue 13, "Import without plain text on disk"):
//! KeePass databases made by the real `keepassxc-cli` (AES-KDF as the CLI
//! writes it, Argon2 by merging into an Argon2 database, a key file, nested
//! groups, TOTP, non-ASCII titles), Bitwarden JSON and CSV, and every bad
//! input the issue names: exact message and exit code, nothing imported,
//! the vault file byte-identical.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::util::{Fixture, Run, path_str};

/// A KeePass 2 XML document with nested groups, a TOTP entry and
/// non-ASCII titles, for `keepassxc-cli import`.
const XML: &str = r#"<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
<Meta><Generator>kluis-test</Generator><DatabaseName>t</DatabaseName></Meta>
<Root>
<Group><UUID>AAAAAAAAAAAAAAAAAAAAAA==</UUID><Name>Root</Name>
 <Entry><UUID>AAAAAAAAAAAAAAAAAAAAAQ==</UUID>
  <String><Key>Title</Key><Value>Bank</Value></String>
  <String><Key>UserName</Key><Value>anna</Value></String>
  <String><Key>Password</Key><Value ProtectInMemory="True">bank-pass-canary</Value></String>
  <String><Key>URL</Key><Value>https://bank.example</Value></String>
  <String><Key>Notes</Key><Value>line one
line two</Value></String>
  <String><Key>otp</Key><Value>otpauth://totp/Bank:anna?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&amp;period=30&amp;digits=6&amp;issuer=Bank</Value></String>
 </Entry>
 <Group><UUID>AAAAAAAAAAAAAAAAAAAAAg==</UUID><Name>Werk</Name>
  <Group><UUID>AAAAAAAAAAAAAAAAAAAAAw==</UUID><Name>Überdiep</Name>
   <Entry><UUID>AAAAAAAAAAAAAAAAAAAABA==</UUID>
    <String><Key>Title</Key><Value>Café €</Value></String>
    <String><Key>UserName</Key><Value>dirk</Value></String>
    <String><Key>Password</Key><Value ProtectInMemory="True">pässwörd-canary</Value></String>
   </Entry>
  </Group>
 </Group>
</Group>
</Root>
</KeePassFile>
"#;

const KDBX_PASS: &str = "kdbx-pass-één";

fn keepassxc_cli(f: &Fixture, args: &[&str], stdin: &str) {
    let mut c = Command::new("keepassxc-cli")
        .env_clear()
        .env("HOME", f.dir.path())
        .env("LANG", "C.UTF-8")
        .env("QT_QPA_PLATFORM", "offscreen")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("keepassxc-cli is installed by tests/install-deps.sh");
    use std::io::Write;
    c.stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write");
    let out = c.wait_with_output().expect("wait");
    assert!(
        out.status.success(),
        "keepassxc-cli {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An AES-KDF KDBX 3.1 database made by `keepassxc-cli import` (what the
/// CLI writes), optionally with a key file it generates.
fn aes_db(f: &Fixture, name: &str, key_file: Option<&Path>) -> PathBuf {
    let xml = f.file("in.xml", XML);
    let db = f.dir.path().join(name);
    let mut args = vec!["import", "-q", "-p", "-t", "100"];
    if let Some(k) = key_file {
        args.extend(["--set-key-file", path_str(k)]);
    }
    args.extend([path_str(&xml), path_str(&db)]);
    keepassxc_cli(f, &args, &format!("{KDBX_PASS}\n{KDBX_PASS}\n"));
    db
}

/// An Argon2id KDBX 4 database: the keepass crate writes it empty, the real
/// keepassxc-cli merges the entries of [`aes_db`] into it and saves it.
fn argon2_db(f: &Fixture) -> PathBuf {
    use keepass::config::KdfConfig;
    let mut db = keepass::Database::new();
    let KdfConfig::Argon2 { version, .. } = db.config.kdf_config.clone() else {
        panic!("the crate's default KDF is Argon2");
    };
    db.config.kdf_config = KdfConfig::Argon2id {
        iterations: 2,
        memory: 1024 * 1024,
        parallelism: 1,
        version,
    };
    let path = f.dir.path().join("argon2.kdbx");
    let mut file = std::fs::File::create(&path).expect("create");
    db.save(
        &mut file,
        keepass::DatabaseKey::new().with_password(KDBX_PASS),
    )
    .expect("save");
    drop(file);
    let from = aes_db(f, "from.kdbx", None);
    keepassxc_cli(
        f,
        &["merge", "-q", "-s", path_str(&path), path_str(&from)],
        &format!("{KDBX_PASS}\n"),
    );
    // keepassxc-cli kept the Argon2 KDF when it saved the merge.
    let info = Command::new("keepassxc-cli")
        .env("QT_QPA_PLATFORM", "offscreen")
        .args(["db-info", "-q", path_str(&path)])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin
                .take()
                .expect("stdin")
                .write_all(format!("{KDBX_PASS}\n").as_bytes())?;
            c.wait_with_output()
        })
        .expect("db-info");
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("KDF: Argon2id"), "{info}");
    path
}

fn names(f: &Fixture) -> Vec<String> {
    let list: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "secret", "list"])).expect("json");
    list.as_array()
        .expect("arr")
        .iter()
        .map(|s| s["name"].as_str().expect("name").to_string())
        .collect()
}

/// The value of `name` through a real unseal to stdout.
fn unseal(f: &Fixture, pin: &Path, name: &str) -> String {
    f.ok(&[
        "unseal",
        name,
        "--reason-category",
        "restore-test",
        "--reason",
        "import check",
        "--approver",
        "Bert",
        "--approver-pin-file",
        path_str(pin),
        "--to",
        "stdout",
    ])
}

fn import(f: &Fixture, args: &[&str]) -> Run {
    f.run(&[&["secret", "import"], args].concat())
}

const ALL: [&str; 3] = ["Bank", "Bank (TOTP)", "Werk/Überdiep/Café €"];

fn check_full_import(f: &Fixture, out: &Run) {
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("imported 3 secret(s) from kdbx"),
        "{}",
        out.stdout
    );
    let mut got = names(f);
    got.sort();
    assert_eq!(got, ALL);
    let pin = f.add_approver();
    assert_eq!(unseal(f, &pin, "Werk/Überdiep/Café €"), "pässwörd-canary");
    let bank: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "secret", "show", "Bank"])).expect("json");
    assert_eq!(bank["kind"], "credential");
    assert_eq!(bank["versions"][0]["username"], "anna");
    assert_eq!(bank["versions"][0]["url"], "https://bank.example");
    let totp: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "secret", "show", "Bank (TOTP)"])).expect("json");
    assert_eq!(totp["kind"], "totp");
    // One audit record per imported secret, naming the source; no value.
    let adds = f.events_of("SecretAdd");
    assert_eq!(adds.len(), 3);
    for e in &adds {
        assert!(
            e["detail"]
                .as_str()
                .expect("detail")
                .ends_with("imported from kdbx"),
            "{e}"
        );
    }
    let chain = f.ok(&["--json", "audit", "list"]);
    assert!(!chain.contains("canary"), "no value in the audit chain");
    assert!(!out.stdout.contains("canary") && !out.stderr.contains("canary"));
}

#[test]
fn kdbx_aes_kdf_from_keepassxc_cli_with_totp_nested_groups_and_non_ascii() {
    let f = Fixture::new();
    let db = aes_db(&f, "aes.kdbx", None);
    let pw = f.file("kdbx-pw", format!("{KDBX_PASS}\n"));
    let out = import(
        &f,
        &[
            "--kdbx",
            path_str(&db),
            "--kdbx-password-file",
            path_str(&pw),
        ],
    );
    check_full_import(&f, &out);
}

#[test]
fn kdbx_argon2_from_keepassxc_cli() {
    let f = Fixture::new();
    let db = argon2_db(&f);
    let pw = f.file("kdbx-pw", format!("{KDBX_PASS}\n"));
    let out = import(
        &f,
        &[
            "--kdbx",
            path_str(&db),
            "--kdbx-password-file",
            path_str(&pw),
        ],
    );
    check_full_import(&f, &out);
}

#[test]
fn kdbx_key_file_group_and_dry_run() {
    let f = Fixture::new();
    let key = f.dir.path().join("db.key");
    let db = aes_db(&f, "keyed.kdbx", Some(&key));
    let pw = f.file("kdbx-pw", format!("{KDBX_PASS}\n"));
    let base = [
        "--kdbx",
        path_str(&db),
        "--kdbx-password-file",
        path_str(&pw),
    ];

    // Without the key file: refused, nothing changed.
    let before = f.bytes();
    expect_v3_wrong_key(&import(&f, &base));
    assert_eq!(f.bytes(), before, "vault byte-identical");

    // A key file that is not there: refused before anything is opened.
    let missing = f.dir.path().join("no-such.key");
    let r = import(
        &f,
        &[&base[..], &["--kdbx-key-file", path_str(&missing)]].concat(),
    );
    r.expect(1, "cannot read the key file");
    assert_eq!(f.bytes(), before, "vault byte-identical");

    // Dry run: lists, saves no secret.
    let with_key = [&base[..], &["--kdbx-key-file", path_str(&key)]].concat();
    let r = import(
        &f,
        &[&with_key[..], &["--dry-run", "--group", "Werk"]].concat(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("would import 1 secret(s) from kdbx (dry run: nothing saved)")
            && r.stdout.contains("Überdiep/Café €  credential  v1"),
        "{}",
        r.stdout
    );
    assert!(names(&f).is_empty());

    // One group only: names are relative to it.
    let r = import(&f, &[&with_key[..], &["--group", "Werk"]].concat());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(names(&f), ["Überdiep/Café €"]);

    // A group that is not there.
    let before = f.bytes();
    import(&f, &[&with_key[..], &["--group", "Thuis"]].concat()).expect(
        2,
        "the KeePass database has no group \"Thuis\": see `keepassxc-cli ls` for the group names",
    );
    assert_eq!(f.bytes(), before);
}

const WRONG_KEY: &str = "cannot open the KeePass database: wrong password or key file (a database protected with a key file needs --kdbx-key-file): nothing was imported";
/// A wrong key on KDBX 3.1 (no header MAC): the payload almost always fails
/// its padding (`NO_DECRYPT`); about once in 256 the garbage pads validly
/// and the start-bytes check names the key (`WRONG_KEY`). Both exit 3.
#[track_caller]
fn expect_v3_wrong_key(r: &Run) {
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(
        r.stderr.contains(NO_DECRYPT) || r.stderr.contains(WRONG_KEY),
        "{}",
        r.stderr
    );
}

const NO_DECRYPT: &str = "cannot decrypt the KeePass database: wrong password or key file, or the file is damaged: nothing was imported";

#[test]
fn kdbx_wrong_password_truncated_and_corrupted_import_nothing() {
    let f = Fixture::new();
    let aes = aes_db(&f, "aes.kdbx", None);
    let argon = argon2_db(&f);
    let before = f.bytes();
    let wrong = f.file("wrong-pw", "not-the-password\n");
    let pw = f.file("kdbx-pw", format!("{KDBX_PASS}\n"));
    // KDBX 4 checks the key against the header HMAC.
    import(
        &f,
        &[
            "--kdbx",
            path_str(&argon),
            "--kdbx-password-file",
            path_str(&wrong),
        ],
    )
    .expect(3, WRONG_KEY);
    assert_eq!(f.bytes(), before);
    expect_v3_wrong_key(&import(
        &f,
        &[
            "--kdbx",
            path_str(&aes),
            "--kdbx-password-file",
            path_str(&wrong),
        ],
    ));
    assert_eq!(f.bytes(), before);

    let flip = |b: &[u8], i: usize| {
        let mut b = b.to_vec();
        b[i] ^= 0x55;
        b
    };
    let a4 = std::fs::read(&argon).expect("read");
    let a3 = std::fs::read(&aes).expect("read");
    let damaged = "the KeePass database is damaged or not a KDBX file (";
    // KDBX 4 authenticates header and blocks: damage is always named as
    // such. KDBX 3.1 (no MAC) decrypts first: whether a cut or a flipped
    // byte shows as bad padding or as a bad block depends on where the
    // random payload's padding falls, so either of the two is right there.
    let v4 = &[(2, damaged)][..];
    let v3 = &[(2, damaged), (3, NO_DECRYPT)][..];
    for (name, bytes, allowed) in [
        ("v4-truncated.kdbx", a4[..a4.len() / 2].to_vec(), v4),
        ("v4-header-only.kdbx", a4[..40].to_vec(), v4),
        ("v4-corrupted.kdbx", flip(&a4, a4.len() - 20), v4),
        ("v3-truncated.kdbx", a3[..a3.len() / 2].to_vec(), v3),
        ("v3-corrupted.kdbx", flip(&a3, a3.len() - 20), v3),
        ("not-kdbx.kdbx", b"this is not a KeePass file".to_vec(), v4),
    ] {
        let bad = f.file(name, bytes);
        let r = import(
            &f,
            &[
                "--kdbx",
                path_str(&bad),
                "--kdbx-password-file",
                path_str(&pw),
            ],
        );
        assert!(!r.stderr.contains("panicked"), "{name}: {}", r.stderr);
        assert!(
            allowed
                .iter()
                .any(|(code, message)| r.code == *code && r.stderr.contains(message)),
            "{name}: exit {} {}",
            r.code,
            r.stderr
        );
        assert!(
            r.stderr.contains("nothing was imported"),
            "{name}: {}",
            r.stderr
        );
        assert_eq!(f.bytes(), before, "{name}: vault byte-identical");
    }
    assert!(names(&f).is_empty());
}

#[test]
fn kdbx_asking_for_too_much_kdf_work_is_refused_before_any_work() {
    let f = Fixture::new();
    let db = aes_db(&f, "aes.kdbx", None);
    let mut bytes = std::fs::read(&db).expect("read");
    // KDBX 3.1 header fields: id u8, len u16, data; TransformRounds is id 6.
    let mut at = 12;
    loop {
        let (id, len) = (
            bytes[at],
            usize::from(u16::from_le_bytes([bytes[at + 1], bytes[at + 2]])),
        );
        assert_ne!(id, 0, "no TransformRounds field");
        if id == 6 {
            bytes[at + 3..at + 11].copy_from_slice(&u64::MAX.to_le_bytes());
            break;
        }
        at += 3 + len;
    }
    let bomb = f.file("bomb.kdbx", bytes);
    let pw = f.file("kdbx-pw", format!("{KDBX_PASS}\n"));
    let before = f.bytes();
    import(
        &f,
        &["--kdbx", path_str(&bomb), "--kdbx-password-file", path_str(&pw)],
    )
    .expect(
        6,
        "the KeePass database asks for 18446744073709551615 AES-KDF rounds, over the 500000000 kluis allows: it is damaged or hostile; nothing was imported",
    );
    assert_eq!(f.bytes(), before);
}

#[test]
fn existing_name_refused_unless_as_new_version() {
    let f = Fixture::new();
    let old = f.file("old", "password: old-bank-pass\n");
    f.ok(&[
        "secret",
        "add",
        "Bank",
        "--kind",
        "credential",
        "--value-file",
        path_str(&old),
    ]);
    let csv = f.file(
        "in.csv",
        "name,username,password\nNieuw,x,new-pass\nBank,anna,new-bank-pass\n",
    );
    import(&f, &["--csv", path_str(&csv)]).expect(
        2,
        "a secret named \"Bank\" already exists: pass --as-new-version to add the imported value as a new version; nothing was imported",
    );
    assert_eq!(
        names(&f),
        ["Bank"],
        "nothing imported, not even the first row"
    );
    assert_eq!(f.events_of("SecretAdd").len(), 1);

    let r = import(&f, &["--csv", path_str(&csv), "--as-new-version"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Bank  credential  v2"), "{}", r.stdout);
    let pin = f.add_approver();
    assert_eq!(unseal(&f, &pin, "Bank"), "new-bank-pass");
    let edits = f.events_of("SecretEdit");
    assert_eq!(edits.len(), 1);
    assert_eq!(edits[0]["detail"], "new version, imported from csv");
}

#[test]
fn csv_with_named_columns() {
    let f = Fixture::new();
    // Bitwarden's CSV export columns, in its order.
    let csv = f.file(
        "bw.csv",
        "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n\
         Werk,,login,Mail,\"multi\nline\",,0,https://mail.example,anna,mail-pass,\n\
         ,,login,Router,,,0,,admin,router-pass,JBSWY3DPEHPK3PXP\n",
    );
    let r = import(&f, &["--csv", path_str(&csv)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(names(&f), ["Werk/Mail", "Router", "Router (TOTP)"]);
    let pin = f.add_approver();
    assert_eq!(unseal(&f, &pin, "Werk/Mail"), "mail-pass");
}

#[test]
fn csv_bad_inputs_import_nothing() {
    let f = Fixture::new();
    let before = f.bytes();
    let ok = f.file("ok.csv", "name,password\nMail,pw\n");
    import(&f, &["--csv", path_str(&ok), "--group", "Werk"]).expect(
        2,
        "--group, --kdbx-key-file and --kdbx-password-file go with --kdbx only",
    );
    assert_eq!(f.bytes(), before);
    let big = "x".repeat(64 * 1024 + 1);
    for (name, content, code, message) in [
        (
            "no-password.csv",
            "name,username\nMail,anna\n".to_string(),
            2,
            "the CSV file has no \"password\" column (required: name or title, and password; optional: username, url, notes, totp, group): nothing was imported",
        ),
        (
            "no-name.csv",
            "username,password\nanna,pw\n".to_string(),
            2,
            "the CSV file has no \"name\" column",
        ),
        (
            "duplicate.csv",
            "name,password\nMail,a\nRouter,b\nMail,c\n".to_string(),
            2,
            "row 4 has the name \"Mail\" twice: rename one in the source: nothing was imported",
        ),
        (
            "oversize.csv",
            format!("name,password,notes\nMail,pw,ok\nRouter,pw,{big}\n"),
            2,
            "row 3: the notes field is over the 65536-byte limit: nothing was imported",
        ),
        (
            "ragged.csv",
            "name,password\nMail,pw,extra\n".to_string(),
            2,
            "row 2 of the CSV file cannot be read (check quotes and field counts): nothing was imported",
        ),
    ] {
        let path = f.file(name, content);
        import(&f, &["--csv", path_str(&path)]).expect(code, message);
        assert_eq!(f.bytes(), before, "{name}: vault byte-identical");
    }
}

#[test]
fn bitwarden_json_export() {
    let f = Fixture::new();
    let json = f.file(
        "bw.json",
        r#"{
  "encrypted": false,
  "folders": [{"id": "8e8f3bba-0000-0000-0000-000000000001", "name": "Werk"}],
  "items": [
    {"id": "1", "organizationId": null, "folderId": "8e8f3bba-0000-0000-0000-000000000001",
     "type": 1, "reprompt": 0, "name": "Boekhouding", "notes": null, "favorite": false,
     "login": {"fido2Credentials": [], "uris": [{"match": null, "uri": "https://boekhouding.example"}],
               "username": "anna", "password": "bw-pass-canary", "totp": "otpauth://totp/B?secret=JBSWY3DPEHPK3PXP"},
     "collectionIds": null},
    {"id": "2", "organizationId": null, "folderId": null, "type": 2, "reprompt": 0,
     "name": "Alarmcode kantoor", "notes": "1234-canary", "favorite": false,
     "secureNote": {"type": 0}, "collectionIds": null},
    {"id": "3", "organizationId": null, "folderId": null, "type": 3, "reprompt": 0,
     "name": "Zakelijke kaart", "notes": null, "favorite": false,
     "card": {"cardholderName": "A", "brand": "Visa", "number": "4111111111111111",
              "expMonth": "1", "expYear": "2030", "code": "123"}, "collectionIds": null}
  ]
}"#,
    );
    let r = f.run(&["secret", "import", "--bitwarden-json", path_str(&json)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("skipped 1:") && r.stdout.contains("Zakelijke kaart"),
        "{}",
        r.stdout
    );
    assert_eq!(
        names(&f),
        [
            "Werk/Boekhouding",
            "Werk/Boekhouding (TOTP)",
            "Alarmcode kantoor"
        ]
    );
    let pin = f.add_approver();
    assert_eq!(unseal(&f, &pin, "Werk/Boekhouding"), "bw-pass-canary");
    assert_eq!(unseal(&f, &pin, "Alarmcode kantoor"), "1234-canary");
}

#[test]
fn bitwarden_bad_exports_import_nothing() {
    let f = Fixture::new();
    let before = f.bytes();
    for (name, content, message) in [
        (
            "unknown-type.json",
            r#"{"encrypted": false, "items": [
                {"type": 1, "name": "A", "login": {"password": "pw"}},
                {"type": 42, "name": "Future"}]}"#,
            "item 2 of the Bitwarden export has type 42, which kluis does not know (1 login, 2 secure note, 3 card, 4 identity, 5 SSH key): nothing was imported",
        ),
        (
            "password-protected.json",
            r#"{"encrypted": true, "passwordProtected": true, "salt": "c2FsdA==", "kdfType": 0,
                "kdfIterations": 600000, "encKeyValidation_DO_NOT_EDIT": "2.x|y|z", "data": "2.x|y|z"}"#,
            "this Bitwarden export is encrypted (password-protected): kluis reads only unencrypted JSON exports; nothing was imported",
        ),
        (
            "account.json",
            r#"{"encrypted": true, "encKeyValidation_DO_NOT_EDIT": "2.x|y|z", "folders": [], "items": []}"#,
            "this Bitwarden export is encrypted (account-restricted): kluis reads only unencrypted JSON exports; nothing was imported",
        ),
        (
            "wrong-type.json",
            r#"{"encrypted": false, "items": [{"type": 1, "name": "A", "login": {"password": 12345}}]}"#,
            "not a Bitwarden JSON export (line 1, column ",
        ),
        (
            "truncated.json",
            r#"{"encrypted": false, "items": [{"type": 1, "#,
            "not a Bitwarden JSON export (line 1, column ",
        ),
    ] {
        let path = f.file(name, content);
        let r = f.run(&["secret", "import", "--bitwarden-json", path_str(&path)]);
        r.expect(2, message);
        assert!(!r.stderr.contains("12345"), "no content in the message");
        assert_eq!(f.bytes(), before, "{name}: vault byte-identical");
    }
}
