//! Leak checks with canaries: a secret value, the PO passphrase, a PIN and
//! the wrong ones typed by mistake are each a distinct canary string. Every
//! command and the main error paths run through the real binary, and no
//! canary may appear — raw, hex or base64 — in stdout (except the one
//! `unseal --to stdout`, whose whole stdout is the value), stderr, any file
//! the runs leave in the vault's directory tree (vault, lock, state,
//! journal, exports, sheets, report, a damaged copy) or the children's
//! TMPDIR; nor in /proc/<pid>/cmdline or environ of a running kluis; nor in
//! the `Debug` output of any secret-bearing type.
//!
//! Not covered: the terminal channels (screen, qr, clipboard; see
//! `terminal`) and the TUI. A forced-panic check is left out: the binary
//! has no panic path to drive, and a panic message holds only what the
//! panicking code formats, which the `Debug` checks below cover.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::util::{Fixture, Run, path_str, weak_kdf};

const VALUE: &str = "CANARY-7f3a91-secret";
const VALUE2: &str = "CANARY-2b6d04-version2";
const PASS: &str = "CANARY-c41e77-passphrase";
const NEW_PASS: &str = "CANARY-90ad3f-newpass";
const PIN: &str = "CANARY-5e18b2-pin";
const WRONG_PASS: &str = "CANARY-d3a0c9-wrongpass";
const WRONG_PIN: &str = "CANARY-7c2f65-wrongpin";
const CANARIES: [&str; 7] = [VALUE, VALUE2, PASS, NEW_PASS, PIN, WRONG_PASS, WRONG_PIN];

/// Every form a canary may leak in: raw, hex (both cases), base64, and as
/// a `Debug`-printed byte list.
fn needles() -> Vec<(String, Vec<u8>)> {
    use data_encoding::{BASE64_NOPAD, HEXLOWER, HEXUPPER};
    let mut v = Vec::new();
    for c in CANARIES {
        let b = c.as_bytes();
        v.push((format!("{c} (raw)"), b.to_vec()));
        v.push((format!("{c} (hex)"), HEXLOWER.encode(b).into_bytes()));
        v.push((format!("{c} (HEX)"), HEXUPPER.encode(b).into_bytes()));
        // Padded or not, base64 starts the same: search the unpadded form.
        v.push((format!("{c} (base64)"), BASE64_NOPAD.encode(b).into_bytes()));
        v.push((format!("{c} (bytes)"), format!("{b:?}").into_bytes()));
    }
    v
}

/// The canaries found in `hay`, by name.
fn found(hay: &[u8]) -> Vec<String> {
    needles()
        .into_iter()
        .filter(|(_, n)| hay.windows(n.len()).any(|w| w == n.as_slice()))
        .map(|(name, _)| name)
        .collect()
}

#[track_caller]
fn assert_clean(what: &str, hay: &[u8]) {
    let f = found(hay);
    assert!(f.is_empty(), "{what} leaks {f:?}");
}

/// The fixture dir is the vault's dir, HOME, XDG dirs and TMPDIR; the
/// inputs holding canaries live apart, in `inputs`.
struct Leaky {
    f: Fixture,
    inputs: tempfile::TempDir,
    tmp: PathBuf,
    runs: usize,
}

impl Leaky {
    fn input(&self, name: &str, content: &str) -> PathBuf {
        let p = self.inputs.path().join(name);
        std::fs::write(&p, content).expect("write input");
        p
    }

    fn inp(&self, name: &str) -> String {
        path_str(&self.inputs.path().join(name)).to_string()
    }

    /// Runs exactly `args`, with TMPDIR set, and checks stdout and stderr.
    fn raw(&mut self, args: &[&str]) -> Run {
        self.spawn(args, false)
    }

    /// Runs `args` with the PO passphrase file; the one run whose stdout is
    /// the released value, checked by the caller.
    fn release_to_stdout(&mut self, args: &[&str]) -> Run {
        let pass = path_str(&self.f.pass).to_string();
        self.spawn(
            &[&["--passphrase-file", pass.as_str()], args].concat(),
            true,
        )
    }

    fn spawn(&mut self, args: &[&str], releases: bool) -> Run {
        let out = self
            .f
            .cmd()
            .env("TMPDIR", &self.tmp)
            .args(args)
            .output()
            .expect("run");
        let r = Run::of(&out);
        assert!(!r.stderr.contains("panicked"), "{args:?}: {}", r.stderr);
        if !releases {
            assert_clean(&format!("stdout of {args:?}"), &out.stdout);
        }
        assert_clean(&format!("stderr of {args:?}"), &out.stderr);
        self.runs += 1;
        r
    }

    /// Runs with the PO passphrase file.
    fn run(&mut self, args: &[&str]) -> Run {
        let pass = path_str(&self.f.pass).to_string();
        self.raw(&[&["--passphrase-file", pass.as_str()], args].concat())
    }

    #[track_caller]
    fn ok(&mut self, args: &[&str]) -> String {
        let r = self.run(args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        r.stdout
    }

    #[track_caller]
    fn fails(&mut self, code: i32, args: &[&str]) {
        let r = self.run(args);
        assert_eq!(r.code, code, "{args:?}: {}", r.stderr);
    }

    fn dir(&self) -> &Path {
        self.f.dir.path()
    }

    fn out(&self, name: &str) -> String {
        path_str(&self.dir().join(name)).to_string()
    }
}

/// A 2-of-3 vault under the canary passphrase, approver Bert with the
/// canary PIN, delegate Dirk, and the canary secret "restic".
fn leaky() -> Leaky {
    let mut f = Fixture::empty();
    let inputs = tempfile::tempdir().expect("tempdir");
    let tmp = f.dir.path().join("tmp");
    std::fs::create_dir(&tmp).expect("tmpdir");
    // The fixture's own passphrase file is not a canary: replace it.
    std::fs::remove_file(&f.pass).expect("rm pass");
    f.pass = inputs.path().join("pass");
    let mut l = Leaky {
        f,
        inputs,
        tmp,
        runs: 0,
    };
    l.input("pass", &format!("{PASS}\n"));
    l.input("new-pass", &format!("{NEW_PASS}\n"));
    l.input("wrong-pass", &format!("{WRONG_PASS}\n"));
    l.input("pin", &format!("{PIN}\n"));
    l.input("wrong-pin", &format!("{WRONG_PIN}\n"));
    l.input("val", &format!("{VALUE}\n"));
    l.input("val2", &format!("{VALUE2}\n"));
    let mut init: Vec<String> = [
        "init",
        "--po",
        "Anna",
        "--threshold",
        "2",
        "--holder",
        "Office safe@Safe",
        "--holder",
        "IT admin@Home",
        "--holder",
        "PO",
    ]
    .map(String::from)
    .to_vec();
    init.extend(weak_kdf());
    l.ok(&init.iter().map(String::as_str).collect::<Vec<_>>());
    let pin = l.inp("pin");
    l.ok(&[
        "roster",
        "add",
        "Bert",
        "--role",
        "approver",
        "--pin-file",
        &pin,
    ]);
    l.ok(&["roster", "add", "Dirk", "--role", "delegate"]);
    let val = l.inp("val");
    l.ok(&[
        "secret",
        "add",
        "restic",
        "--kind",
        "backup-key",
        "--value-file",
        &val,
    ]);
    l
}

fn unseal_args<'a>(pin: &'a str, to: &'a str) -> Vec<&'a str> {
    vec![
        "unseal",
        "restic",
        "--version",
        "1",
        "--reason-category",
        "restore-test",
        "--reason",
        "leak check",
        "--approver",
        "Bert",
        "--approver-pin-file",
        pin,
        "--to",
        to,
    ]
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read_dir") {
        let p = e.expect("entry").path();
        let t = std::fs::symlink_metadata(&p).expect("meta").file_type();
        if t.is_dir() {
            files_under(&p, out);
        } else if t.is_file() {
            out.push(p);
        }
    }
}

#[test]
fn no_canary_in_output_files_or_tmpdir_of_any_command() {
    let mut l = leaky();
    let pin = l.inp("pin");
    let wrong_pin = l.inp("wrong-pin");

    // Secrets: add, generate, update, list, show, remove.
    l.ok(&[
        "secret",
        "add",
        "gen",
        "--kind",
        "note",
        "--generate",
        "passphrase",
    ]);
    l.ok(&[
        "secret",
        "add",
        "key",
        "--kind",
        "backup-key",
        "--generate",
        "key256",
    ]);
    l.ok(&["secret", "remove", "gen", "--yes"]);
    let val2 = l.inp("val2");
    l.ok(&["secret", "update", "restic", "--value-file", &val2]);
    for json in [&[][..], &["--json"][..]] {
        for cmd in [
            &["secret", "list"][..],
            &["secret", "show", "restic"],
            &["roster", "list"],
            &["shares", "status"],
            &["audit", "list"],
        ] {
            l.ok(&[json, cmd].concat());
        }
    }
    // Roster changes.
    l.ok(&["roster", "add", "Carl", "--role", "holder"]);
    l.ok(&["roster", "remove", "Carl"]);

    // Sheets in every format, and a drill (no passphrase).
    for format in ["txt", "pdf", "svg"] {
        let out = l.out(&format!("sheets-{format}"));
        l.ok(&["shares", "print", "--out", &out, "--format", format]);
    }
    let mut sheets: Vec<PathBuf> = std::fs::read_dir(l.dir().join("sheets-txt"))
        .expect("sheets")
        .map(|e| e.expect("entry").path())
        .collect();
    sheets.sort();
    let (s1, s2) = (
        path_str(&sheets[0]).to_string(),
        path_str(&sheets[1]).to_string(),
    );
    let r = l.raw(&["shares", "verify", "--share-file", &s1]);
    assert_eq!(r.code, 0, "{}", r.stderr);

    // The one release to stdout: the whole stdout is the value, once.
    let r = l.release_to_stdout(&unseal_args(&pin, "stdout"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, VALUE, "stdout is exactly the value, once");
    // A release to a file outside the scanned tree.
    let released = l.inp("released");
    let to_file = format!("file={released}");
    let r = l.run(&unseal_args(&pin, &to_file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&released).expect("released"), VALUE);
    // Releases into a command (issue 15), on its stdin and by `{}`: the
    // command only compares with the file above and writes nothing.
    for input in ["-", "{}"] {
        let mut exec = unseal_args(&pin, "exec");
        exec.extend(["--", "cmp", "-s", input, &released]);
        let r = l.run(&exec);
        assert_eq!(r.code, 0, "{input}: {}", r.stderr);
    }

    // Unseal error paths: wrong PIN, no reason, the actor as approver.
    l.fails(3, &unseal_args(&wrong_pin, "stdout"));
    l.fails(
        6,
        &["unseal", "restic", "--approver", "Bert", "--to", "stdout"],
    );
    let mut self_approved = unseal_args(&pin, "stdout");
    self_approved[9] = "Anna";
    l.fails(6, &self_approved);
    // Wrong passphrase (journalled while locked, merged at the next unlock).
    let wrong = l.inp("wrong-pass");
    let r = l.raw(&["--passphrase-file", &wrong, "secret", "list"]);
    assert_eq!(r.code, 3, "{}", r.stderr);

    // Audit: verify, checkpoint, exports, verify-export; the report.
    l.ok(&["audit", "verify"]);
    let checkpoint = l.ok(&["audit", "checkpoint"]).trim().to_string();
    for format in ["jsonl", "csv"] {
        let out = l.out(&format!("export.{format}"));
        l.ok(&["audit", "export", "--format", format, "--out", &out]);
        let r = l.raw(&["audit", "verify-export", &out, "--checkpoint", &checkpoint]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let report = l.out("report.pdf");
    l.ok(&["report", "--out", &report]);

    // Emergency: a quorum session, and a takeover with a wrong PIN.
    let quorum = ["--share-file", &s1, "--share-file", &s2, "--as", "Dirk"];
    let r = l.raw(&[&quorum[..], &["secret", "list"]].concat());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let new_pass = l.inp("new-pass");
    let r = l.raw(
        &[
            &quorum[..],
            &[
                "takeover",
                "--new-passphrase-file",
                &new_pass,
                "--reason",
                "leak check",
                "--approver",
                "Bert",
                "--approver-pin-file",
                &wrong_pin,
            ],
        ]
        .concat(),
    );
    assert_eq!(r.code, 3, "{}", r.stderr);
    l.ok(&["ack"]);

    // Rotation through to commit.
    l.ok(&[
        "shares",
        "rotate",
        "--threshold",
        "2",
        "--holder",
        "Safe@Kantoor",
        "--holder",
        "IT@Thuis",
    ]);
    let pending = l.out("pending");
    l.ok(&[
        "shares",
        "print",
        "--pending",
        "--out",
        &pending,
        "--format",
        "txt",
    ]);
    for e in std::fs::read_dir(&pending).expect("pending") {
        let p = e.expect("entry").path();
        let r = l.raw(&["shares", "verify", "--share-file", path_str(&p)]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    l.ok(&["shares", "commit"]);

    // A new passphrase, used from then on.
    l.ok(&["passwd", "--new-passphrase-file", &new_pass]);
    l.f.pass = l.inputs.path().join("new-pass");
    l.ok(&["secret", "list"]);

    // A damaged copy: a flipped body byte, then a flipped header byte.
    let bytes = l.f.bytes();
    let damaged = l.dir().join("damaged.kluis");
    for at in [bytes.len() / 2, 10] {
        let mut b = bytes.clone();
        b[at] ^= 0x40;
        std::fs::write(&damaged, &b).expect("write damaged");
        let d = path_str(&damaged).to_string();
        let r = l.run(&["--vault", &d, "secret", "list"]);
        assert_eq!(r.code, 4, "{}", r.stderr);
    }
    let r = l.raw(&["--help"]);
    assert_eq!(r.code, 0);

    // Every file the runs left: vault, lock, state, journal, exports,
    // sheets, report, the damaged copy, TMPDIR.
    let mut files = Vec::new();
    files_under(l.dir(), &mut files);
    assert!(files.len() > 10, "scanned only {files:?}");
    for p in &files {
        assert_clean(&p.display().to_string(), &std::fs::read(p).expect("read"));
    }
    let mut in_tmp = Vec::new();
    files_under(&l.tmp, &mut in_tmp);
    println!(
        "leaks: {} runs, {} files scanned, {} in TMPDIR: {in_tmp:?}",
        l.runs,
        files.len(),
        in_tmp.len()
    );
}

/// Blocks a running kluis on reading its standard input (named as
/// `/dev/stdin` in `args`) and reads its /proc entries. Returns (cmdline,
/// environ if readable).
fn proc_while_blocked(l: &Leaky, args: &[&str], feed: &str) -> (Vec<u8>, Option<Vec<u8>>) {
    let d = l.dir();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("kluis"))
        .args(args)
        .env_clear()
        .env("KLUIS_VAULT", &l.f.vault)
        .env("HOME", d)
        .env("XDG_DATA_HOME", d.join("data"))
        .env("XDG_STATE_HOME", d.join("state"))
        .env("TMPDIR", &l.tmp)
        .env("LANG", "C")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    crate::util::wait_until_blocked_on_pipe(&mut child);
    let mut w = child.stdin.take().expect("stdin");
    let pid = child.id();
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).expect("cmdline");
    // A non-dumpable process's environ is root's: readable only as root.
    let environ = std::fs::read(format!("/proc/{pid}/environ")).ok();
    writeln!(w, "{feed}").expect("feed");
    drop(w);
    let out = child.wait_with_output().expect("wait");
    assert_clean("stderr", &out.stderr);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (cmdline, environ)
}

#[test]
fn no_canary_in_proc_cmdline_or_environ_of_a_running_kluis() {
    let l = leaky();
    let as_root = rustix::process::geteuid().is_root();
    let pass = path_str(&l.f.pass).to_string();
    // 1. Blocked on the passphrase: nothing is unlocked yet.
    let (cmdline, environ) = proc_while_blocked(
        &l,
        &["--passphrase-file", "/dev/stdin", "secret", "list"],
        PASS,
    );
    assert!(
        String::from_utf8_lossy(&cmdline).contains("--passphrase-file"),
        "read the right process"
    );
    assert_clean("cmdline (blocked on the passphrase)", &cmdline);
    assert_eq!(environ.is_some(), as_root, "environ readable iff root");
    if let Some(e) = environ {
        assert!(String::from_utf8_lossy(&e).contains("KLUIS_VAULT="));
        assert_clean("environ (blocked on the passphrase)", &e);
    }
    // 2. Blocked on the approver's PIN during an unseal: the vault is
    // unlocked and the value decrypted in memory.
    let mut args = vec!["--passphrase-file", pass.as_str()];
    args.extend(unseal_args("/dev/stdin", "stdout"));
    let (cmdline, environ) = proc_while_blocked(&l, &args, PIN);
    assert!(String::from_utf8_lossy(&cmdline).contains("--approver-pin-file"));
    assert_clean("cmdline (blocked on the PIN)", &cmdline);
    if let Some(e) = environ {
        assert_clean("environ (blocked on the PIN)", &e);
    }
}

#[test]
fn debug_of_every_secret_bearing_type_is_redacted() {
    use kluis::secret::{Kek, MasterKey, Passphrase, RecoveryKey, SecretBytes};
    let key: [u8; 32] = *b"CANARY-7f3a91-secret\0\0\0\0\0\0\0\0\0\0\0\0";
    let key_needles = [
        data_encoding::HEXLOWER.encode(&key),
        format!("{key:?}"),
        format!("{:?}", &key[..]),
        "CANARY".to_string(),
    ];
    let check = |what: &str, dbg: String| {
        assert_clean(what, dbg.as_bytes());
        for n in &key_needles {
            assert!(!dbg.contains(n.as_str()), "{what}: {dbg}");
        }
    };
    check("MasterKey", format!("{:?}", MasterKey::from_bytes(key)));
    check("RecoveryKey", format!("{:?}", RecoveryKey::from_bytes(key)));
    check("Kek", format!("{:?}", Kek::from_bytes(key)));
    check("Passphrase", format!("{:?}", Passphrase::new(PASS.into())));
    check(
        "SecretBytes",
        format!("{:?}", SecretBytes::new(VALUE.as_bytes().to_vec())),
    );
    check(
        "Unsealed",
        format!(
            "{:?}",
            kluis::ops::Unsealed {
                label: "restic v1".into(),
                kind: kluis::format::body::SecretKind::BackupKey,
                version: 1,
                value: zeroize::Zeroizing::new(VALUE.as_bytes().to_vec()),
                totp_valid: None,
            }
        ),
    );

    // A share: neither its value nor its text form shows.
    let (shares, _) = kluis::shares::split(&key, [7u8; 8], 2, 3, &mut rand::rng()).expect("split");
    for s in &shares {
        let dbg = format!("{s:?}");
        check("Share", dbg.clone());
        let value = data_encoding::HEXLOWER.encode(s.expose_value());
        assert!(!dbg.contains(&value), "Share: {dbg}");
        for line in s.to_text().lines().skip(1) {
            assert!(!dbg.contains(line), "Share shows its text: {dbg}");
        }
    }

    // The decrypted body and the unlocked vault, which hold the canary
    // value, the PIN hash and the recovery key.
    let l = leaky();
    let enc = kluis::vault::EncryptedVault::parse(&l.f.bytes()).expect("parse");
    let vault = enc
        .unlock_with_passphrase(
            &Passphrase::new(PASS.into()),
            &kluis::crypto::kdf::KdfLimits::for_this_machine(),
        )
        .expect("unlock");
    let recovery = vault.body.sets[0].recovery_key.expose().to_vec();
    let recovery_needles = [
        data_encoding::HEXLOWER.encode(&recovery),
        format!("{recovery:?}"),
    ];
    for (what, dbg) in [
        ("Body", format!("{:?}", vault.body)),
        ("Body (pretty)", format!("{:#?}", vault.body)),
        ("Vault", format!("{vault:?}")),
    ] {
        assert!(dbg.contains("restic"), "{what} is printed: {dbg}");
        assert_clean(what, dbg.as_bytes());
        for n in &recovery_needles {
            assert!(!dbg.contains(n.as_str()), "{what} shows the recovery key");
        }
    }
}
