//! Backup key pairs (issue 15, bullet 1): `--generate age`, importing age,
//! OpenPGP (armored and binary, with and without a passphrase), OpenSSH and
//! PEM keys, and `secret show` giving the public half only — checked
//! against what the keys' own tools print. Bad key files are refused with
//! an exact message and leave the vault byte-identical.

use std::process::Command;

use crate::util::{Fixture, path_str};

/// Runs a tool in the fixture dir and returns its stdout; panics on failure.
#[track_caller]
pub fn tool(f: &Fixture, program: &str, args: &[&str], env: &[(&str, &str)]) -> String {
    let out = Command::new(program)
        .current_dir(f.dir.path())
        .args(args)
        .envs(env.iter().copied())
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e} (tests/install-deps.sh installs it)"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `secret show --json`'s key pair of the newest version.
fn key_pair(f: &Fixture, name: &str) -> serde_json::Value {
    let v: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "secret", "show", name])).expect("json");
    v["versions"]
        .as_array()
        .expect("versions")
        .last()
        .expect("one")["key_pair"]
        .clone()
}

/// A throwaway GNUPGHOME with one key "Backup <backup@example.org>"
/// (gpg's default: ed25519 primary, cv25519 encryption subkey)
/// (passphrase `pass` when given, else none); returns the home and the
/// fingerprint gpg reports.
pub fn gpg_home(f: &Fixture, name: &str, pass: Option<&str>) -> (std::path::PathBuf, String) {
    let home = f.dir.path().join(name);
    std::fs::create_dir(&home).expect("mkdir");
    std::fs::set_permissions(&home, std::os::unix::fs::PermissionsExt::from_mode(0o700))
        .expect("chmod");
    let h = path_str(&home).to_string();
    tool(
        f,
        "gpg",
        &[
            "--homedir",
            &h,
            "--batch",
            "--pinentry-mode",
            "loopback",
            "--passphrase",
            pass.unwrap_or(""),
            "--quick-gen-key",
            "Backup <backup@example.org>",
            "default",
            "default",
            "never",
        ],
        &[],
    );
    let listing = tool(f, "gpg", &["--homedir", &h, "--with-colons", "-K"], &[]);
    let fpr = listing
        .lines()
        .find_map(|l| l.strip_prefix("fpr:"))
        .expect("fpr line")
        .trim_matches(':')
        .to_string();
    (home, fpr)
}

#[test]
fn generate_age_shows_the_recipient_never_the_identity() {
    let f = Fixture::new();
    f.ok(&[
        "secret",
        "add",
        "backup",
        "--kind",
        "backup-key",
        "--generate",
        "age",
    ]);
    let text = f.ok(&["secret", "show", "backup"]);
    assert!(text.contains("generated-age"), "{text}");
    assert!(text.contains("key pair: age-x25519"), "{text}");
    let recipient = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("recipient: "))
        .expect("recipient line");
    assert!(recipient.starts_with("age1"), "{recipient}");
    assert!(!text.to_uppercase().contains("AGE-SECRET-KEY"), "{text}");
    let k = key_pair(&f, "backup");
    assert_eq!(k["key_type"], "age-x25519");
    assert_eq!(k["public_key"], recipient);
    let json = f.ok(&["--json", "secret", "show", "backup"]);
    assert!(!json.to_uppercase().contains("AGE-SECRET-KEY"), "{json}");
    // The list is metadata too: no private part there either.
    assert!(
        !f.ok(&["--json", "secret", "list"])
            .to_uppercase()
            .contains("AGE-SECRET-KEY")
    );

    // The recipient is that of the identity the vault releases.
    let pin = f.add_approver();
    let out = f.run(&[
        "unseal",
        "backup",
        "--reason-category",
        "restore-test",
        "--reason",
        "check recipient",
        "--approver",
        "Bert",
        "--approver-pin-file",
        path_str(&pin),
        "--to",
        "stdout",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.starts_with("AGE-SECRET-KEY-1"));
    let id = f.file("id.txt", &out.stdout);
    let derived = tool(&f, "age-keygen", &["-y", path_str(&id)], &[]);
    assert_eq!(derived.trim(), recipient);
    std::fs::remove_file(id).expect("rm");
}

#[test]
fn generate_age_for_another_kind_is_refused() {
    let f = Fixture::new();
    let before = f.bytes();
    f.run(&["secret", "add", "n", "--kind", "note", "--generate", "age"])
        .expect(
            2,
            "kluis: error: --generate age makes a key pair for backups: use it with --kind backup-key, not note",
        );
    assert_eq!(f.bytes(), before);
}

#[test]
fn age_keygen_identity_is_recognised() {
    let f = Fixture::new();
    tool(&f, "age-keygen", &["-o", "key.txt"], &[]);
    let key = f.dir.path().join("key.txt");
    let recipient = tool(&f, "age-keygen", &["-y", path_str(&key)], &[]);
    f.ok(&[
        "secret",
        "add",
        "age",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&key),
    ]);
    let k = key_pair(&f, "age");
    assert_eq!(k["key_type"], "age-x25519");
    assert_eq!(k["public_key"], recipient.trim());
}

#[test]
fn openpgp_keys_armored_binary_and_protected_show_gpg_fingerprint() {
    let f = Fixture::new();
    let (home, fpr) = gpg_home(&f, "gnupg", None);
    let h = path_str(&home).to_string();
    let armored = tool(
        &f,
        "gpg",
        &["--homedir", &h, "--armor", "--export-secret-keys"],
        &[],
    );
    let armored = f.file("sk.asc", armored);
    let binary = f.dir.path().join("sk.gpg");
    tool(
        &f,
        "gpg",
        &[
            "--homedir",
            &h,
            "--output",
            path_str(&binary),
            "--export-secret-keys",
        ],
        &[],
    );
    for (name, path) in [("pgp-armored", &armored), ("pgp-binary", &binary)] {
        f.ok(&[
            "secret",
            "add",
            name,
            "--kind",
            "backup-key",
            "--value-file",
            path_str(path),
        ]);
        let k = key_pair(&f, name);
        assert_eq!(k["key_type"], "openpgp", "{name}");
        assert_eq!(k["fingerprint"], fpr.as_str(), "{name}");
        assert_eq!(k["user_id"], "Backup <backup@example.org>");
        assert_eq!(k["passphrase_protected"], false);
    }
    // Kept byte for byte: the release is the exported file.
    let pin = f.add_approver();
    let released = f.dir.path().join("released.gpg");
    let to = format!("file={}", path_str(&released));
    f.ok(&[
        "unseal",
        "pgp-binary",
        "--reason-category",
        "other",
        "--reason",
        "compare",
        "--approver",
        "Bert",
        "--approver-pin-file",
        path_str(&pin),
        "--to",
        &to,
    ]);
    assert_eq!(
        std::fs::read(&released).expect("released"),
        std::fs::read(&binary).expect("binary")
    );
    let text = f.ok(&["secret", "show", "pgp-armored"]);
    assert!(text.contains(&format!("fingerprint: {fpr}")), "{text}");
    assert!(
        text.contains("user id: Backup <backup@example.org>"),
        "{text}"
    );

    // With a passphrase: kept as is, recognised, marked protected.
    let (home2, fpr2) = gpg_home(&f, "gnupg2", Some("pgp-key-passphrase"));
    let sk2 = tool(
        &f,
        "gpg",
        &[
            "--homedir",
            path_str(&home2),
            "--batch",
            "--pinentry-mode",
            "loopback",
            "--passphrase",
            "pgp-key-passphrase",
            "--armor",
            "--export-secret-keys",
        ],
        &[],
    );
    let sk2_path = f.file("sk2.asc", &sk2);
    f.ok(&[
        "secret",
        "add",
        "pgp-protected",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&sk2_path),
    ]);
    let k = key_pair(&f, "pgp-protected");
    assert_eq!(k["fingerprint"], fpr2.as_str());
    assert_eq!(k["passphrase_protected"], true);
    let text = f.ok(&["secret", "show", "pgp-protected"]);
    assert!(
        text.contains("key pair: openpgp (private part protected by a passphrase)"),
        "{text}"
    );
    // Byte for byte: the length is the file's, trailing newline included.
    let v: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "secret", "show", "pgp-protected"])).expect("json");
    assert_eq!(v["versions"][0]["length"], sk2.len());
}

#[test]
fn ssh_key_shows_public_key_and_ssh_keygen_fingerprint() {
    let f = Fixture::new();
    tool(
        &f,
        "ssh-keygen",
        &[
            "-q",
            "-t",
            "ed25519",
            "-N",
            "",
            "-C",
            "backup@host",
            "-f",
            "id",
        ],
        &[],
    );
    let id = f.dir.path().join("id");
    let public = std::fs::read_to_string(f.dir.path().join("id.pub")).expect("pub");
    let listed = tool(&f, "ssh-keygen", &["-l", "-f", path_str(&id)], &[]);
    let fp = listed.split_whitespace().nth(1).expect("fingerprint");
    f.ok(&[
        "secret",
        "add",
        "ssh",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&id),
    ]);
    let k = key_pair(&f, "ssh");
    assert_eq!(k["key_type"], "ssh-ed25519");
    assert_eq!(k["public_key"], public.trim());
    assert_eq!(k["fingerprint"], fp);
    let text = f.ok(&["secret", "show", "ssh"]);
    assert!(!text.contains("OPENSSH PRIVATE KEY"), "{text}");
    assert!(
        text.contains(&format!("public key: {}", public.trim())),
        "{text}"
    );
}

#[test]
fn pem_rsa_and_ec_keys_show_the_openssl_public_key_hash() {
    let f = Fixture::new();
    tool(
        &f,
        "openssl",
        &["genrsa", "-traditional", "-out", "rsa.pem", "2048"],
        &[],
    );
    tool(
        &f,
        "openssl",
        &[
            "ecparam",
            "-genkey",
            "-name",
            "prime256v1",
            "-noout",
            "-out",
            "ec.pem",
        ],
        &[],
    );
    tool(
        &f,
        "openssl",
        &["genpkey", "-algorithm", "RSA", "-out", "p8.pem"],
        &[],
    );
    for (name, kind) in [("rsa", "pem-rsa"), ("ec", "pem-ec"), ("p8", "pem-rsa")] {
        let file = f.dir.path().join(format!("{name}.pem"));
        let first = std::fs::read_to_string(&file).expect("read");
        if name == "rsa" {
            assert!(
                first.starts_with("-----BEGIN RSA PRIVATE KEY-----"),
                "{first}"
            );
        }
        let der = f.dir.path().join(format!("{name}.pub.der"));
        tool(
            &f,
            "openssl",
            &[
                "pkey",
                "-in",
                path_str(&file),
                "-pubout",
                "-outform",
                "DER",
                "-out",
                path_str(&der),
            ],
            &[],
        );
        let sum = tool(&f, "sha256sum", &[path_str(&der)], &[]);
        let sum = sum.split_whitespace().next().expect("sum");
        f.ok(&[
            "secret",
            "add",
            name,
            "--kind",
            "backup-key",
            "--value-file",
            path_str(&file),
        ]);
        let k = key_pair(&f, name);
        assert_eq!(k["key_type"], kind, "{name}");
        assert_eq!(k["fingerprint"], format!("SHA256:{sum}"), "{name}");
    }
}

/// Bad key files: each refused with its exact message, exit 2, the vault
/// byte-identical.
#[test]
fn key_files_that_are_not_keys_are_refused_and_nothing_is_stored() {
    let f = Fixture::new();
    let cases: [(&str, &str, String); 6] = [
        (
            "fake.pem",
            "-----BEGIN RSA PRIVATE KEY-----\nthis is not base64 at all\n-----END RSA PRIVATE KEY-----\n",
            "kluis: error: the value file starts like a PEM key (-----BEGIN RSA PRIVATE KEY-----) but is not one (PEM Base64 error: invalid Base64 encoding): give the whole key file; nothing was stored".into(),
        ),
        (
            "ends-other.pem",
            "-----BEGIN RSA PRIVATE KEY-----\nMAA=\n-----END EC PRIVATE KEY-----\n",
            "kluis: error: the value file starts like a PEM key (-----BEGIN RSA PRIVATE KEY-----) but is not one (PEM error in post-encapsulation boundary): give the whole key file; nothing was stored".into(),
        ),
        (
            "mismatch.pem",
            "-----BEGIN EC PRIVATE KEY-----\nMAA=\n-----END EC PRIVATE KEY-----\n",
            "kluis: error: the value file starts like a PEM key (-----BEGIN EC PRIVATE KEY-----) but is not one (ASN.1 DER message is incomplete: expected 3, actual 2 at DER byte 2): give the whole key file; nothing was stored".into(),
        ),
        (
            "age.txt",
            "# created: today\nAGE-SECRET-KEY-1QQQQ\n",
            "kluis: error: the value file starts like an age identity (AGE-SECRET-KEY-1…) but line 2 is not one: give the whole file age-keygen wrote; nothing was stored".into(),
        ),
        (
            "cut.asc",
            "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nxVgEaQ==\n-----END PGP PRIVATE KEY BLOCK-----\n",
            "kluis: error: the value file starts like an OpenPGP secret key but is not one (a packet is cut off): export it again with `gpg --export-secret-keys`; nothing was stored".into(),
        ),
        (
            "pub.pem",
            "-----BEGIN PUBLIC KEY-----\nMAA=\n-----END PUBLIC KEY-----\n",
            "kluis: error: the value file holds a PEM public key, which is public: store the private key (kluis secret show gives its public half); nothing was stored".into(),
        ),
    ];
    for (file, content, message) in cases {
        let path = f.file(file, content);
        let before = f.bytes();
        let r = f.run(&[
            "secret",
            "add",
            "k",
            "--kind",
            "backup-key",
            "--value-file",
            path_str(&path),
        ]);
        r.expect(2, &message);
        assert!(!r.stderr.contains("not base64 at all"), "{}", r.stderr);
        assert_eq!(f.bytes(), before, "{file}: vault changed");
    }
    assert_eq!(f.ok(&["--json", "secret", "list"]).trim(), "[]");
    // The same content as a note is just text.
    let path = f.file(
        "note.pem",
        "-----BEGIN RSA PRIVATE KEY-----\nnot\n-----END RSA PRIVATE KEY-----\n",
    );
    f.ok(&[
        "secret",
        "add",
        "n",
        "--kind",
        "note",
        "--value-file",
        path_str(&path),
    ]);
}

/// A new key pair is a new version (policy article 4.5: the old one stays
/// for old backups); a broken key file as a new version is refused and
/// adds nothing.
#[test]
fn update_makes_a_new_key_pair_and_refuses_a_broken_one() {
    let f = Fixture::new();
    f.ok(&[
        "secret",
        "add",
        "backup",
        "--kind",
        "backup-key",
        "--generate",
        "age",
    ]);
    let first = key_pair(&f, "backup")["public_key"].clone();
    f.ok(&["secret", "update", "backup", "--generate", "age"]);
    let v: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "secret", "show", "backup"])).expect("json");
    assert_eq!(v["latest_version"], 2);
    assert_eq!(v["versions"][0]["key_pair"]["public_key"], first);
    assert_ne!(v["versions"][1]["key_pair"]["public_key"], first);
    let bad = f.file(
        "bad.pem",
        "-----BEGIN RSA PRIVATE KEY-----\nthis is not base64 at all\n-----END RSA PRIVATE KEY-----\n",
    );
    f.run(&["secret", "update", "backup", "--value-file", path_str(&bad)]).expect(
        2,
        "kluis: error: the value file starts like a PEM key (-----BEGIN RSA PRIVATE KEY-----) but is not one (PEM Base64 error: invalid Base64 encoding): give the whole key file; nothing was stored",
    );
    let v: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "secret", "show", "backup"])).expect("json");
    assert_eq!(v["latest_version"], 2, "nothing stored");
}
