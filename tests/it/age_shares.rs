//! Age-encrypted shares (issue 14): recipients per holder, `shares print
//! --encrypted`, `--identity` for drills, recovery and takeover, checked
//! against the real Go `age` tool and `ssh-keygen`; every bad input of the
//! issue with its exit code and message, the vault left byte-identical.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{Fixture, Run, path_str};

/// A plugin recipient and identity of a plugin that is not installed
/// (valid Bech32, so only the missing binary is wrong).
const YUBIKEY_RECIPIENT: &str =
    "age1yubikey1qqqsyqcyq5rqwzqfpg9scrgwpugpzysnzs23v9ccrydpk8qarc0jqmenk29";
const YUBIKEY_IDENTITY: &str = "AGE-PLUGIN-YUBIKEY-1QQQSYQCYQ5RQWZQFPG9SCRGWPUGPZYSNK08YXA";

/// Runs a peer tool and returns its stdout; panics with its stderr.
#[track_caller]
fn tool(cmd: &mut Command) -> Vec<u8> {
    let out = cmd
        .output()
        .expect("the peer tool runs (tests/install-deps.sh)");
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// `age-keygen -o NAME` in the fixture dir: the identity file and its
/// recipient.
fn age_key(f: &Fixture, name: &str) -> (PathBuf, String) {
    let key = f.dir.path().join(name);
    tool(Command::new("age-keygen").arg("-o").arg(&key));
    let rec = String::from_utf8(tool(Command::new("age-keygen").arg("-y").arg(&key)))
        .expect("utf8")
        .trim()
        .to_string();
    assert!(rec.starts_with("age1"), "{rec}");
    (key, rec)
}

/// `ssh-keygen -t ed25519 -N PASS`: the private key and the public line.
fn ssh_key(f: &Fixture, name: &str, pass: &str) -> (PathBuf, String) {
    let key = f.dir.path().join(name);
    tool(
        Command::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-C", "holder@home", "-N", pass, "-f"])
            .arg(&key),
    );
    let public = std::fs::read_to_string(key.with_extension("pub")).expect("pub");
    (key, public.trim().to_string())
}

/// A 2-of-3 vault with delegate Dirk, approver Bert and a backup key.
fn setup() -> (Fixture, PathBuf) {
    let f = Fixture::with_holders(2, &["Office safe@Safe", "Director@Home", "IT admin@Office"]);
    let pin = f.add_approver();
    f.ok(&["roster", "add", "Dirk", "--role", "delegate"]);
    let val = f.file("val", "the-backup-key");
    f.ok(&[
        "secret",
        "add",
        "restic",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&val),
    ]);
    (f, pin)
}

/// Prints with `--encrypted` (and `extra`) into a new dir; the files in
/// index order.
fn print_encrypted(f: &Fixture, dir: &str, extra: &[&str]) -> Vec<PathBuf> {
    let out = f.dir.path().join(dir);
    f.ok(&[
        &[
            "shares",
            "print",
            "--encrypted",
            "--format",
            "txt",
            "--out",
            path_str(&out),
        ],
        extra,
    ]
    .concat());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&out)
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort_by_key(|p| {
        p.file_name()
            .map(|n| n.to_string_lossy().replace("-of-", ""))
    });
    files
}

fn verify(f: &Fixture, share: &Path, identity: &[&Path]) -> Run {
    let mut args = vec!["shares", "verify", "--share-file", path_str(share)];
    for i in identity {
        args.extend(["--identity", path_str(i)]);
    }
    f.run_raw(&args)
}

fn status(f: &Fixture) -> serde_json::Value {
    serde_json::from_str(&f.ok(&["--json", "shares", "status"])).expect("json")
}

fn unseal_as_dirk(f: &Fixture, pin: &Path, shares: &[&Path], identity: &[&Path]) -> Run {
    let mut args = Vec::new();
    for s in shares {
        args.extend(["--share-file", path_str(s)]);
    }
    for i in identity {
        args.extend(["--identity", path_str(i)]);
    }
    args.extend([
        "--as",
        "Dirk",
        "unseal",
        "restic",
        "--reason-category",
        "incident",
        "--reason",
        "PO unreachable",
        "--approver",
        "Bert",
        "--approver-pin-file",
        path_str(pin),
        "--to",
        "stdout",
    ]);
    f.run_raw(&args)
}

/// The issue's "Done when": a holder at home gets `share-2.age`, drills it
/// without the PO, and the delegate recovers with the paper sheet from the
/// safe plus that file; the Go `age` tool reads what kluis writes.
#[test]
fn done_when_the_holder_at_home_and_the_delegate_recover() {
    let (f, pin) = setup();
    let (key, rec) = age_key(&f, "key.txt");
    f.ok(&["shares", "recipient", "set", "2", &rec]);
    let st = status(&f);
    assert_eq!(st[0]["shares"][1]["recipient"]["kind"], "age");
    assert!(st[0]["shares"][0]["recipient"].is_null(), "{st}");
    assert!(f.ok(&["shares", "status"]).contains("encrypted to age "));
    assert_eq!(f.events_of("RecipientChange").len(), 1);

    let files = print_encrypted(&f, "out", &[]);
    let names: Vec<String> = files
        .iter()
        .map(|p| p.file_name().expect("name").to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names[0].ends_with("-1-of-3.txt"), "{names:?}");
    assert!(names[1].ends_with("-2-of-3.age"), "{names:?}");
    assert!(names[2].ends_with("-3-of-3.txt"), "{names:?}");
    let print = &f.events_of("SharePrint")[0];
    assert!(
        print["detail"]
            .as_str()
            .expect("detail")
            .contains("share 2 as age to age "),
        "{print}"
    );

    // The Go age tool opens it to exactly the --format txt text.
    let txt = f.print_shares(&["--index", "2"]);
    let expected = std::fs::read(&txt[0]).expect("txt");
    let plain = tool(
        Command::new("age")
            .arg("-d")
            .arg("-i")
            .arg(&key)
            .arg(&files[1]),
    );
    assert_eq!(plain, expected, "age -d gives the share's text form");

    // The holder saves it as share-2.age and drills it at home.
    let home = f.dir.path().join("share-2.age");
    std::fs::copy(&files[1], &home).expect("copy");
    let before = f.bytes();
    verify(&f, &home, &[&key]).expect(0, "");
    assert!(f.bytes() == before, "a drill does not touch the vault");

    // The delegate: the paper sheet from the safe plus the age file.
    let r = unseal_as_dirk(&f, &pin, &[&files[0], &home], &[&key]);
    r.expect(0, "emergency session");
    assert_eq!(r.stdout, "the-backup-key");
    // The drill was merged at the unlock and dated.
    assert!(status(&f)[0]["shares"][1]["drilled_at"].is_string());
}

/// Shares a holder encrypted themselves (`age -r`, `age -a`, `age -R`
/// with an ssh-ed25519 key from ssh-keygen) are accepted; kluis encrypts
/// to an SSH key and armors on request, and Go age opens both.
#[test]
fn the_go_age_tool_and_ssh_keys_interoperate() {
    let (f, pin) = setup();
    let (key, rec) = age_key(&f, "key.txt");
    let (ssh, ssh_pub) = ssh_key(&f, "id_ed25519", "");
    let sheets = f.print_shares(&[]);
    let dir = f.dir.path();
    let by_holder = dir.join("by-holder.age");
    let armored = dir.join("armored.age");
    let by_ssh = dir.join("by-ssh.age");
    tool(
        Command::new("age")
            .args(["-r", &rec, "-o"])
            .arg(&by_holder)
            .arg(&sheets[1]),
    );
    tool(
        Command::new("age")
            .args(["-a", "-r", &rec, "-o"])
            .arg(&armored)
            .arg(&sheets[1]),
    );
    tool(
        Command::new("age")
            .arg("-R")
            .arg(ssh.with_extension("pub"))
            .arg("-o")
            .arg(&by_ssh)
            .arg(&sheets[2]),
    );
    assert!(
        std::fs::read_to_string(&armored)
            .expect("armor")
            .starts_with("-----BEGIN AGE ENCRYPTED FILE-----")
    );
    for file in [&by_holder, &armored] {
        verify(&f, file, &[&key]).expect(0, "");
    }
    verify(&f, &by_ssh, &[&ssh]).expect(0, "");
    // Two encrypted shares, each with its own identity, recover.
    unseal_as_dirk(&f, &pin, &[&by_holder, &by_ssh], &[&key, &ssh]).expect(0, "emergency session");

    // kluis to an SSH key, armored; Go age decrypts with the private key.
    f.ok(&["shares", "recipient", "set", "3", &ssh_pub]);
    assert_eq!(
        status(&f)[0]["shares"][2]["recipient"]["kind"],
        "ssh-ed25519"
    );
    let files = print_encrypted(&f, "armored", &["--armor", "--index", "3"]);
    assert_eq!(files.len(), 1);
    let bytes = std::fs::read(&files[0]).expect("file");
    assert!(bytes.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"));
    let plain = tool(
        Command::new("age")
            .arg("-d")
            .arg("-i")
            .arg(&ssh)
            .arg(&files[0]),
    );
    assert_eq!(plain, std::fs::read(&sheets[2]).expect("sheet"));
    verify(&f, &files[0], &[&ssh]).expect(0, "");
}

/// `--recipient` after a `--holder` at init and rotate; a pending set is
/// committed only when every share, paper or encrypted, was verified.
#[test]
fn recipients_at_init_and_rotate_follow_the_pending_rules() {
    let f = Fixture::empty();
    let (key, rec) = age_key(&f, "key.txt");
    let mut args = vec![
        "init",
        "--po",
        "Anna",
        "--threshold",
        "2",
        "--holder",
        "Safe@Office",
        "--holder",
        "Director@Home",
        "--recipient",
        &rec,
    ];
    let weak = crate::util::weak_kdf();
    args.extend(weak.iter().map(String::as_str));
    f.ok(&args);
    let st = status(&f);
    assert!(st[0]["shares"][0]["recipient"].is_null());
    assert_eq!(st[0]["shares"][1]["recipient"]["kind"], "age");

    let (key2, rec2) = age_key(&f, "key2.txt");
    f.ok(&[
        "shares",
        "rotate",
        "--threshold",
        "2",
        "--holder",
        "Safe@Office",
        "--holder",
        "Director@Home",
        "--recipient",
        &rec2,
    ]);
    let files = print_encrypted(&f, "pending", &["--pending"]);
    assert_eq!(files.len(), 2);
    assert!(path_str(&files[1]).ends_with(".age"));
    f.run(&["shares", "commit"])
        .expect(6, "share 1 (Safe) is printed but not verified; share 2 (Director) is printed but not verified");
    verify(&f, &files[0], &[]).expect(0, "");
    // The old key does not open the new file.
    verify(&f, &files[1], &[&key]).expect(3, "was encrypted to another recipient");
    f.run(&["shares", "commit"])
        .expect(6, "share 2 (Director) is printed but not verified");
    verify(&f, &files[1], &[&key2]).expect(0, "");
    f.ok(&["shares", "commit"]);
    let st = status(&f);
    assert_eq!(
        st[0]["shares"][1]["recipient"]["fingerprint"]
            .as_str()
            .map(str::len),
        Some(9)
    );

    // Clearing makes share 2 a sheet again, recorded.
    f.ok(&["shares", "recipient", "clear", "2"]);
    assert!(status(&f)[0]["shares"][1]["recipient"].is_null());
    let files = print_encrypted(&f, "cleared", &[]);
    assert!(
        files.iter().all(|p| path_str(p).ends_with(".txt")),
        "{files:?}"
    );
    let changes = f.events_of("RecipientChange");
    assert_eq!(changes.len(), 1);
    assert!(
        changes[0]["detail"]
            .as_str()
            .expect("d")
            .contains("recipient cleared")
    );
}

/// Takeover by a delegate with one encrypted share.
#[test]
fn takeover_accepts_an_encrypted_share() {
    let (f, pin) = setup();
    let (key, rec) = age_key(&f, "key.txt");
    f.ok(&["shares", "recipient", "set", "2", &rec]);
    let files = print_encrypted(&f, "out", &[]);
    let newpass = f.file("newpass", "the new PO passphrase\n");
    f.run_raw(&[
        "--share-file",
        path_str(&files[0]),
        "--share-file",
        path_str(&files[1]),
        "--identity",
        path_str(&key),
        "--as",
        "Dirk",
        "takeover",
        "--new-passphrase-file",
        path_str(&newpass),
        "--reason",
        "PO in hospital",
        "--approver",
        "Bert",
        "--approver-pin-file",
        path_str(&pin),
    ])
    .expect(0, "");
    f.run_raw(&["--passphrase-file", path_str(&newpass), "secret", "list"])
        .expect(0, "emergency event(s)");
}

/// Every bad input of the issue: the exact error naming the file, the
/// exit code, no panic, the vault byte-identical and nothing released.
#[test]
fn bad_encrypted_share_files_are_refused_naming_the_file() {
    let (f, pin) = setup();
    let (key, rec) = age_key(&f, "key.txt");
    let (other, _) = age_key(&f, "other.txt");
    f.ok(&["shares", "recipient", "set", "2", &rec]);
    let files = print_encrypted(&f, "out", &[]);
    let good = std::fs::read(&files[1]).expect("age file");
    let dir = f.dir.path();
    let before = f.bytes();

    let check = |file: &Path, ids: &[&Path], code: i32, msg: &str| {
        let name = file.display().to_string();
        verify(&f, file, ids)
            .expect(code, msg)
            .expect(code, &format!("share file {name}"));
        // The same file in a recovery releases nothing.
        let r = unseal_as_dirk(&f, &pin, &[&files[0], file], ids);
        r.expect(code, msg);
        assert!(r.stdout.is_empty(), "nothing released: {}", r.stdout);
        assert!(f.bytes() == before, "{msg}: the vault is unchanged");
    };

    // Encrypted to another recipient, and a wrong identity.
    check(
        &files[1],
        &[&other],
        3,
        "it was encrypted to another recipient",
    );
    // Missing identity.
    let r = verify(&f, &files[1], &[]);
    r.expect(
        2,
        "is age-encrypted: give the holder's key with --identity FILE",
    );
    // An identity file that is not one.
    let junk = f.file("junk.txt", "not a key\n");
    verify(&f, &files[1], &[&junk]).expect(
        2,
        &format!(
            "identity file {}: it is not an age identity file or SSH private key",
            junk.display()
        ),
    );
    // Truncated.
    let cut = f.file("cut.age", &good[..good.len() - 10]);
    check(
        &cut,
        &[&key],
        3,
        "it is truncated or was changed after it was encrypted",
    );
    // Tampered payload.
    let mut bad = good.clone();
    let last = bad.len() - 5;
    bad[last] ^= 1;
    let tampered = f.file("tampered.age", &bad);
    check(
        &tampered,
        &[&key],
        3,
        "it is truncated or was changed after it was encrypted",
    );
    // Armor around binary: the header says armored, the body is not base64.
    let mut wrapped = b"-----BEGIN AGE ENCRYPTED FILE-----\n".to_vec();
    wrapped.extend_from_slice(&good);
    wrapped.extend_from_slice(b"\n-----END AGE ENCRYPTED FILE-----\n");
    let wrapped = f.file("wrapped.age", &wrapped);
    check(&wrapped, &[&key], 3, "it is a damaged age file");
    // An age file that decrypts to something that is not a share.
    let plain = f.file("hello.txt", "hello, not a share\n");
    let not_share = dir.join("not-share.age");
    tool(
        Command::new("age")
            .args(["-r", &rec, "-o"])
            .arg(&not_share)
            .arg(&plain),
    );
    check(
        &not_share,
        &[&key],
        3,
        &format!("share file {}", not_share.display()),
    );
    // A plugin identity whose plugin is not installed: at once, no hang.
    let plugin_id = f.file("yubikey.txt", format!("{YUBIKEY_IDENTITY}\n"));
    verify(&f, &files[1], &[&plugin_id]).expect(
        2,
        "the age plugin age-plugin-yubikey is not installed (not found on PATH)",
    );
    // A passphrase-protected SSH key and no terminal to ask on.
    let (locked, locked_pub) = ssh_key(&f, "id_locked", "holder passphrase");
    let to_locked = dir.join("to-locked.age");
    tool(
        Command::new("age")
            .args(["-r", &locked_pub, "-o"])
            .arg(&to_locked)
            .arg(&plain),
    );
    let mut c = f.cmd();
    let out = c
        .args([
            "shares",
            "verify",
            "--share-file",
            path_str(&to_locked),
            "--identity",
            path_str(&locked),
        ])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("protected by a passphrase and there is no terminal"),
        "{stderr}"
    );
    assert!(f.bytes() == before);
}

/// Recipient strings: a typo fails the checksum (at `recipient set` and at
/// init), the same recipient twice is warned, a plugin recipient whose
/// plugin is missing is refused at print before anything is recorded.
#[test]
fn bad_recipients_are_refused_or_warned() {
    let (f, _) = setup();
    let (_, rec) = age_key(&f, "key.txt");
    let before = f.bytes();
    // One symbol changed.
    let mut typo: Vec<char> = rec.chars().collect();
    let i = typo.len() - 4;
    typo[i] = if typo[i] == 'q' { 'p' } else { 'q' };
    let typo: String = typo.into_iter().collect();
    f.run(&["shares", "recipient", "set", "2", &typo])
        .expect(2, "does not pass its checksum (a typing error?)");
    f.run(&[
        "shares",
        "recipient",
        "set",
        "2",
        "ssh-dss AAAAB3NzaC1kc3MAAACBAP",
    ])
    .expect(2, "is not a recipient kluis can encrypt to");
    assert!(f.bytes() == before, "refused before the vault was opened");
    // An index the set lacks is known only once it is open.
    f.run(&["shares", "recipient", "set", "9", &rec])
        .expect(2, "the set has no share 9");
    assert!(f.events_of("RecipientChange").is_empty());

    // At init too, before a vault exists.
    let g = Fixture::empty();
    let mut args = vec![
        "init",
        "--po",
        "Anna",
        "--threshold",
        "2",
        "--holder",
        "A",
        "--holder",
        "B",
        "--recipient",
        &typo,
    ];
    let weak = crate::util::weak_kdf();
    args.extend(weak.iter().map(String::as_str));
    g.run(&args)
        .expect(2, "the recipient of holder 2: the recipient");
    assert!(!g.vault.exists(), "no vault made");
    g.run(&[
        "init",
        "--po",
        "Anna",
        "--threshold",
        "2",
        "--recipient",
        &rec,
        "--holder",
        "A",
        "--holder",
        "B",
    ])
    .expect(2, "--recipient belongs to the --holder just before it");
    g.run(&[
        "init",
        "--po",
        "Anna",
        "--threshold",
        "2",
        "--holder",
        "A",
        "--recipient",
        &rec,
        "--recipient",
        &rec,
        "--holder",
        "B",
    ])
    .expect(2, "holder 1 has two --recipient options");
    assert!(!g.vault.exists(), "no vault made");

    // The same recipient for two holders: warned, shown in status.
    f.ok(&["shares", "recipient", "set", "2", &rec]);
    let r = f.run(&["shares", "recipient", "set", "3", &rec]);
    r.expect(0, "have the same recipient");
    assert!(
        r.stderr.contains("one person would hold two shares"),
        "{}",
        r.stderr
    );
    assert_eq!(status(&f)[0]["shares"][2]["recipient"]["shared"], true);
    assert!(
        f.ok(&["shares", "status"])
            .contains("the same recipient as another holder")
    );

    // A plugin recipient: warned at set, refused at print, nothing recorded
    // or written.
    let r = f.run(&["shares", "recipient", "set", "1", YUBIKEY_RECIPIENT]);
    r.expect(0, "age-plugin-yubikey, which is not installed here");
    assert_eq!(
        status(&f)[0]["shares"][0]["recipient"]["kind"],
        "plugin:yubikey"
    );
    let out = f.dir.path().join("plugin-out");
    f.run(&["shares", "print", "--encrypted", "--out", path_str(&out)])
        .expect(2, "share 1 (Office safe): the age plugin age-plugin-yubikey is not installed (not found on PATH)");
    assert!(
        f.events_of("SharePrint").is_empty(),
        "the print was not recorded"
    );
    assert!(status(&f)[0]["shares"][1]["printed_at"].is_null());
    assert!(!out.exists() || std::fs::read_dir(&out).expect("dir").next().is_none());
}

/// The custody report shows who has a recipient: kind and fingerprint in
/// the holder's row, and the recipient change among the events.
#[test]
fn the_custody_report_shows_recipients() {
    let (f, _) = setup();
    let (_, rec) = age_key(&f, "key.txt");
    f.ok(&["shares", "recipient", "set", "2", &rec]);
    let fp = status(&f)[0]["shares"][1]["recipient"]["fingerprint"]
        .as_str()
        .expect("fingerprint")
        .to_string();
    let pdf = f.dir.path().join("report.pdf");
    f.ok(&["--lang", "en", "report", "--out", path_str(&pdf)]);
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils, installed by tests/install-deps.sh)");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf8");
    // pdftotext may break the cell; the fingerprint itself stays whole.
    assert!(text.contains(&fp), "{fp} not in the report:\n{text}");
    assert_eq!(text.matches(&fp).count(), 1, "only holder 2 has it");
}

/// A passphrase-protected identity (an SSH key made with `ssh-keygen -N`)
/// is asked for on the terminal (tmux), never read from argv or the
/// environment; the typed passphrase is not echoed; a wrong one is refused
/// with exit 3.
#[test]
fn a_protected_identity_is_asked_on_the_terminal() {
    let (f, _) = setup();
    let (key, public) = ssh_key(&f, "id_locked", "holder passphrase 7");
    let sheets = f.print_shares(&[]);
    let file = f.dir.path().join("share-2.age");
    tool(
        Command::new("age")
            .args(["-r", &public, "-o"])
            .arg(&file)
            .arg(&sheets[1]),
    );
    let bin = assert_cmd::cargo::cargo_bin("kluis");
    let one = format!(
        "env -i HOME={home} XDG_STATE_HOME={home}/state TERM=xterm LANG=C {bin} --vault {vault} shares verify --share-file {file} --identity {key}",
        home = path_str(f.dir.path()),
        bin = path_str(&bin),
        vault = path_str(&f.vault),
        file = path_str(&file),
        key = path_str(&key),
    );
    // Twice in one session: a wrong passphrase, then the right one.
    let cmd = format!("{one}; echo KLUIS-FIRST-$?; {one}; echo KLUIS-DONE-$?");
    let t = crate::terminal::Tmux::new(&f);
    t.start(&cmd, 200, 50);
    let prompt = "Type passphrase for OpenSSH key";
    let prompts = |n: usize| {
        let start = std::time::Instant::now();
        loop {
            let p = t.pane();
            if p.matches(prompt).count() >= n {
                return p;
            }
            assert!(
                start.elapsed().as_secs() < 30,
                "waited for prompt {n}:\n{p}"
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    };
    prompts(1);
    t.run(&["send-keys", "-t", "k", "-l", "wrong words"]);
    t.run(&["send-keys", "-t", "k", "Enter"]);
    let first = t.wait_for("first done", "KLUIS-FIRST-", true);
    assert!(first.contains("KLUIS-FIRST-3"), "{first}");
    assert!(
        first.contains("the passphrase of the identity file is wrong"),
        "{first}"
    );
    prompts(2);
    t.run(&["send-keys", "-t", "k", "-l", "holder passphrase 7"]);
    t.run(&["send-keys", "-t", "k", "Enter"]);
    let done = t.wait_for("second done", "KLUIS-DONE-", true);
    assert!(done.contains("KLUIS-DONE-0"), "{done}");
    assert!(done.contains("share is valid"), "{done}");
    for typed in ["wrong words", "holder passphrase 7"] {
        assert!(!done.contains(typed), "a passphrase was echoed:\n{done}");
    }
}

/// A plugin that is installed but broken (exits at once) is an error, not
/// a hang, both when encrypting to its recipient and when opening a share
/// with its identity; nothing is printed or released.
#[test]
fn a_broken_plugin_fails_at_once() {
    use std::os::unix::fs::PermissionsExt;
    let (f, pin) = setup();
    let (key, rec) = age_key(&f, "key.txt");
    let bin = f.dir.path().join("plugins");
    std::fs::create_dir(&bin).expect("mkdir");
    let plugin = bin.join("age-plugin-yubikey");
    std::fs::write(&plugin, "#!/bin/sh\nexit 1\n").expect("plugin");
    std::fs::set_permissions(&plugin, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let path = format!("{}:/usr/bin:/bin", path_str(&bin));

    f.ok(&["shares", "recipient", "set", "1", YUBIKEY_RECIPIENT]);
    let out = f.dir.path().join("out");
    let r = f
        .cmd()
        .env("PATH", &path)
        .args(["--passphrase-file", path_str(&f.pass)])
        .args(["shares", "print", "--encrypted", "--out", path_str(&out)])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("share 1 (Office safe): the age plugin failed"),
        "{stderr}"
    );
    assert!(f.events_of("SharePrint").is_empty());

    f.ok(&["shares", "recipient", "set", "2", &rec]);
    f.ok(&["shares", "recipient", "clear", "1"]);
    let files = print_encrypted(&f, "good", &[]);
    let plugin_id = f.file("yubikey.txt", format!("{YUBIKEY_IDENTITY}\n"));
    let before = f.bytes();
    let r = f
        .cmd()
        .env("PATH", &path)
        .args(["--share-file", path_str(&files[0])])
        .args(["--share-file", path_str(&files[1])])
        .args(["--identity", path_str(&plugin_id)])
        .args([
            "--as",
            "Dirk",
            "unseal",
            "restic",
            "--reason-category",
            "incident",
        ])
        .args(["--reason", "PO unreachable", "--approver", "Bert"])
        .args(["--approver-pin-file", path_str(&pin), "--to", "stdout"])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(r.stdout.is_empty(), "nothing released");
    assert_eq!(r.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("the age plugin failed"), "{stderr}");
    assert!(f.bytes() == before);
    // The right key still opens it.
    verify(&f, &files[1], &[&key]).expect(0, "");
}
