//! Real restores through `kluis unseal … --to exec -- CMD ARGS…` (issue
//! 15, bullets 2 and 3, and its bad inputs): an age backup decrypted with
//! a key pair made in kluis, a duplicity backup (GPG public-key
//! encryption) restored with the secret key imported from kluis into a
//! throwaway keyring. Each checks exactly one unseal record (reason,
//! approver, channel `exec`, command name), the command's end record, and
//! a scan afterwards that finds no copy of the private key in the work
//! dir, TMPDIR, /dev/shm or any file kluis created.
//!
//! The restic restore through `--to stdout` is in `restore.rs`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::keypairs::{gpg_home, tool};
use crate::util::{Fixture, path_str};

const PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// `kluis unseal NAME` with reason, approver and PIN, `--to exec --` and
/// the command words; returns (exit code, stdout, stderr).
fn unseal_exec(f: &Fixture, pin: &Path, name: &str, command: &[&str]) -> (i32, String, String) {
    let tmp = tmpdir(f);
    let out = f
        .cmd()
        .env("PATH", PATH)
        .env("TMPDIR", &tmp)
        .current_dir(f.dir.path())
        .args(["--passphrase-file", path_str(&f.pass), "unseal", name])
        .args([
            "--reason-category",
            "restore",
            "--reason",
            "restore after disk loss",
        ])
        .args(["--approver", "Bert", "--approver-pin-file", path_str(pin)])
        .args(["--to", "exec", "--"])
        .args(command)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The TMPDIR kluis and the restore command get: inside the work dir, so
/// the scan covers exactly the temporary files of this restore.
fn tmpdir(f: &Fixture) -> PathBuf {
    let tmp = f.dir.path().join("tmp");
    std::fs::create_dir_all(&tmp).expect("mkdir tmp");
    tmp
}

/// Exactly one unseal, into `command`, with the restore's reason and
/// approver; and one end record with `end`.
#[track_caller]
fn assert_one_exec_release(f: &Fixture, name: &str, command: &str, end: &str, success: bool) {
    let unseals = f.events_of("Unseal");
    assert_eq!(unseals.len(), 1, "exactly one unseal: {unseals:?}");
    let e = &unseals[0];
    assert_eq!(e["subject"], name);
    assert_eq!(e["reason"]["category"], "Restore");
    assert_eq!(e["reason"]["text"], "restore after disk loss");
    assert_eq!(e["approver"]["person"], "Bert");
    assert_eq!(e["approver"]["authenticated"], true);
    assert_eq!(e["channel"], "exec");
    assert_eq!(e["detail"], format!("value to command {command}"));
    let ends = f.events_of("CommandEnd");
    assert_eq!(ends.len(), 1, "exactly one end: {ends:?}");
    assert_eq!(ends[0]["subject"], name);
    assert_eq!(ends[0]["channel"], "exec");
    assert_eq!(ends[0]["detail"], end);
    assert_eq!(
        ends[0]["outcome"],
        if success { "Success" } else { "Failure" }
    );
}

/// Every regular file under `root` (not following symlinks, up to 16 MiB)
/// that holds one of `needles`.
fn files_holding(root: &Path, needles: &[Vec<u8>]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(meta) = entry.path().symlink_metadata() else {
                continue;
            };
            if meta.is_dir() {
                stack.push(entry.path());
            } else if meta.is_file() && meta.len() <= 16 << 20 {
                let Ok(bytes) = std::fs::read(entry.path()) else {
                    continue;
                };
                if needles.iter().any(|n| contains(&bytes, n)) {
                    found.push(entry.path());
                }
            }
        }
    }
    found
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    let Some((&first, _)) = needle.split_first() else {
        return true;
    };
    hay.iter()
        .enumerate()
        .filter(|(_, b)| **b == first)
        .any(|(i, _)| hay[i..].starts_with(needle))
}

/// The scan of the issue: the work dir (which holds the vault, its lock
/// and the state kluis writes), TMPDIR and /dev/shm hold no copy of the
/// private key, except the files the test itself made to create the
/// backup (`allowed`).
#[track_caller]
fn assert_no_copy_left(f: &Fixture, needles: &[Vec<u8>], allowed: &[PathBuf]) {
    let mut found = Vec::new();
    for root in [
        f.dir.path().to_path_buf(),
        std::env::temp_dir(),
        "/dev/shm".into(),
    ] {
        found.extend(files_holding(&root, needles));
    }
    found.retain(|p| !allowed.contains(p));
    found.sort();
    found.dedup();
    assert!(
        found.is_empty(),
        "copies of the private key left behind: {found:?}"
    );
}

/// The needles for a key given as text: the text, and each of its lines of
/// 20 or more characters (a partial copy counts).
fn text_needles(key: &str) -> Vec<Vec<u8>> {
    let mut out = vec![key.trim().as_bytes().to_vec()];
    out.extend(
        key.lines()
            .map(str::trim)
            .filter(|l| l.len() >= 20 && !l.starts_with("-----"))
            .map(|l| l.as_bytes().to_vec()),
    );
    out
}

fn tar_of(f: &Fixture, data: &str) -> PathBuf {
    let dir = f.dir.path().join(data);
    std::fs::create_dir_all(dir.join("sub")).expect("mkdir");
    std::fs::write(dir.join("a.txt"), "alpha\n").expect("w");
    std::fs::write(
        dir.join("sub/b.bin"),
        (0..=255u8).cycle().take(70_000).collect::<Vec<_>>(),
    )
    .expect("w");
    dir
}

#[test]
fn scanner_finds_a_planted_copy() {
    // The scan must be able to fail: a planted copy is found.
    let f = Fixture::new();
    let planted = f.file("nested-copy", b"xx AGE-SECRET-KEY-1PLANTED yy");
    assert_eq!(
        files_holding(f.dir.path(), &[b"AGE-SECRET-KEY-1PLANTED".to_vec()]),
        vec![planted]
    );
}

#[test]
fn age_restore_with_a_key_pair_made_in_kluis() {
    let f = Fixture::new();
    let pin = f.add_approver();
    f.ok(&[
        "secret",
        "add",
        "backup-age",
        "--kind",
        "backup-key",
        "--generate",
        "age",
    ]);
    let show: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "secret", "show", "backup-age"])).expect("json");
    let recipient = show["versions"][0]["key_pair"]["public_key"]
        .as_str()
        .expect("recipient")
        .to_string();
    assert!(recipient.starts_with("age1"));

    // The backup server side: tar and encrypt to the recipient only.
    tar_of(&f, "data");
    tool(&f, "tar", &["-cf", "backup.tar", "data"], &[]);
    tool(
        &f,
        "age",
        &["-r", &recipient, "-o", "backup.tar.age", "backup.tar"],
        &[],
    );
    let original = std::fs::read(f.dir.path().join("backup.tar")).expect("tar");
    std::fs::remove_file(f.dir.path().join("backup.tar")).expect("rm");

    let (code, _, stderr) = unseal_exec(
        &f,
        &pin,
        "backup-age",
        &[
            "age",
            "-d",
            "-i",
            "{}",
            "-o",
            "restored.tar",
            "backup.tar.age",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        std::fs::read(f.dir.path().join("restored.tar")).expect("restored"),
        original
    );
    tool(&f, "mkdir", &["out"], &[]);
    tool(&f, "tar", &["-xf", "restored.tar", "-C", "out"], &[]);
    assert_eq!(
        std::fs::read(f.dir.path().join("out/data/a.txt")).expect("a"),
        b"alpha\n"
    );
    assert_one_exec_release(
        &f,
        "backup-age",
        "age",
        "command age exited with status 0",
        true,
    );

    // The identity itself, to scan for: released once more to a pipe the
    // test reads (this second release is not part of the restore above).
    let identity = f.run(&[
        "unseal",
        "backup-age",
        "--reason-category",
        "restore-test",
        "--reason",
        "scan",
        "--approver",
        "Bert",
        "--approver-pin-file",
        path_str(&pin),
        "--to",
        "stdout",
    ]);
    assert!(identity.stdout.starts_with("AGE-SECRET-KEY-1"));
    let mut needles = text_needles(&identity.stdout);
    needles.push(identity.stdout.trim().to_lowercase().into_bytes());
    assert_no_copy_left(&f, &needles, &[]);
}

/// The secret part of every unprotected secret (sub)key packet in a binary
/// OpenPGP export: the 16 bytes before the two-octet checksum, raw and as
/// hex (gpg-agent's key store writes key material as hex).
fn openpgp_secret_needles(export: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut data = export;
    while let Some(&b) = data.first() {
        // gpg writes old-format headers for these packets.
        let tag = if b & 0x40 != 0 {
            b & 0x3F
        } else {
            (b >> 2) & 0x0F
        };
        let (len, head) = if b & 0x40 != 0 {
            match data[1] {
                o @ 0..=191 => (usize::from(o), 2),
                o @ 192..=223 => (
                    ((usize::from(o) - 192) << 8) + usize::from(data[2]) + 192,
                    3,
                ),
                _ => (
                    u32::from_be_bytes([data[2], data[3], data[4], data[5]]) as usize,
                    6,
                ),
            }
        } else {
            match b & 3 {
                0 => (usize::from(data[1]), 2),
                1 => (usize::from(u16::from_be_bytes([data[1], data[2]])), 3),
                _ => (
                    u32::from_be_bytes([data[1], data[2], data[3], data[4]]) as usize,
                    5,
                ),
            }
        };
        let body = &data[head..head + len];
        if tag == 5 || tag == 7 {
            let secret = &body[body.len() - 18..body.len() - 2];
            out.push(secret.to_vec());
            out.push(data_encoding::HEXUPPER.encode(secret).into_bytes());
            out.push(data_encoding::HEXLOWER.encode(secret).into_bytes());
        }
        data = &data[head + len..];
    }
    assert!(out.len() >= 6, "a primary key and an encryption subkey");
    out
}

#[test]
fn duplicity_restore_with_the_gpg_secret_key_from_kluis() {
    let f = Fixture::new();
    let pin = f.add_approver();
    // The key pair, made in a throwaway GNUPGHOME (ed25519 + cv25519).
    let (keyhome, fpr) = gpg_home(&f, "keygen", None);
    let kh = path_str(&keyhome).to_string();
    let secret = tool(
        &f,
        "gpg",
        &["--homedir", &kh, "--armor", "--export-secret-keys"],
        &[],
    );
    let secret_file = f.file("secret.asc", &secret);
    let binary = f.dir.path().join("secret.gpg");
    tool(
        &f,
        "gpg",
        &[
            "--homedir",
            &kh,
            "--output",
            path_str(&binary),
            "--export-secret-keys",
        ],
        &[],
    );
    let public = tool(&f, "gpg", &["--homedir", &kh, "--armor", "--export"], &[]);
    let public_file = f.file("public.asc", public);
    f.ok(&[
        "secret",
        "add",
        "backup-gpg",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&secret_file),
    ]);
    let show: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "secret", "show", "backup-gpg"])).expect("json");
    assert_eq!(show["versions"][0]["key_pair"]["fingerprint"], fpr.as_str());
    // The armor as a whole, and the secret material itself (the armor's
    // first lines encode the public key, which may be anywhere).
    let mut needles = vec![secret.trim().as_bytes().to_vec()];
    needles.extend(openpgp_secret_needles(
        &std::fs::read(&binary).expect("binary"),
    ));
    // Only kluis holds the private key from here on.
    tool(
        &f,
        "gpgconf",
        &["--homedir", &kh, "--kill", "gpg-agent"],
        &[],
    );
    for p in [&secret_file, &binary] {
        std::fs::remove_file(p).expect("rm");
    }
    std::fs::remove_dir_all(&keyhome).expect("rm keyhome");

    // The backup server: only the public key, in its own GNUPGHOME.
    let serverhome = f.dir.path().join("server-gnupg");
    std::fs::create_dir(&serverhome).expect("mkdir");
    std::fs::set_permissions(
        &serverhome,
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    )
    .expect("chmod");
    let sh = path_str(&serverhome).to_string();
    tool(
        &f,
        "gpg",
        &[
            "--homedir",
            &sh,
            "--batch",
            "--import",
            path_str(&public_file),
        ],
        &[],
    );
    let data = tar_of(&f, "data");
    let repo = format!("file://{}", path_str(&f.dir.path().join("repo")));
    let home = path_str(f.dir.path()).to_string();
    let env = [
        ("GNUPGHOME", sh.as_str()),
        ("HOME", home.as_str()),
        ("PATH", PATH),
    ];
    tool(
        &f,
        "duplicity",
        &[
            "full",
            "--encrypt-key",
            &fpr,
            "--gpg-options=--trust-model=always",
            "--archive-dir",
            "dup-cache",
            "--no-print-statistics",
            path_str(&data),
            &repo,
        ],
        &env,
    );
    tool(
        &f,
        "gpgconf",
        &["--homedir", &sh, "--kill", "gpg-agent"],
        &[],
    );

    // The restore: one kluis command. The secret key arrives on the
    // script's standard input and goes into a throwaway keyring that the
    // script removes again, agent included.
    let script = r#"set -e
G=$(mktemp -d "$PWD/restore-gnupg.XXXXXX")
trap 'gpgconf --homedir "$G" --kill gpg-agent; rm -rf "$G"' EXIT
gpg --homedir "$G" --batch --quiet --import
GNUPGHOME="$G" PASSPHRASE= duplicity restore --archive-dir dup-cache --no-print-statistics "$1" restored
"#;
    let (code, _, stderr) = unseal_exec(&f, &pin, "backup-gpg", &["sh", "-c", script, "sh", &repo]);
    assert_eq!(code, 0, "{stderr}");
    let restored = f.dir.path().join("restored");
    assert_eq!(
        std::fs::read(restored.join("a.txt")).expect("a"),
        b"alpha\n"
    );
    assert_eq!(
        std::fs::read(restored.join("sub/b.bin")).expect("b"),
        std::fs::read(data.join("sub/b.bin")).expect("orig")
    );
    assert_one_exec_release(
        &f,
        "backup-gpg",
        "sh",
        "command sh exited with status 0",
        true,
    );
    assert_no_copy_left(&f, &needles, &[]);
}

fn last_line(stderr: &str) -> &str {
    stderr.trim().lines().last().unwrap_or("")
}

/// A fixture with approver Bert and a backup key from `value`.
fn with_key(value: &[u8]) -> (Fixture, PathBuf) {
    let f = Fixture::new();
    let pin = f.add_approver();
    let v = f.file("value", value);
    f.ok(&[
        "secret",
        "add",
        "k",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&v),
    ]);
    std::fs::remove_file(v).expect("rm");
    (f, pin)
}

#[test]
fn exec_without_a_command_or_with_two_placeholders_is_refused_before_anything() {
    let (f, pin) = with_key(b"restore-password-canary-1");
    let before = f.bytes();
    let (code, _, stderr) = unseal_exec(&f, &pin, "k", &[]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(
        stderr.trim(),
        "kluis: error: --to exec needs a command after --, e.g. `--to exec -- age -d -i {} -o out.tar backup.tar.age`; nothing was released"
    );
    let (code, _, stderr) = unseal_exec(&f, &pin, "k", &["cmp", "{}", "{}"]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(
        stderr.trim(),
        "kluis: error: {} appears 2 times in the command: give it once (the value's path) or not at all (the value on standard input); nothing was released"
    );
    assert_eq!(f.bytes(), before, "nothing opened, recorded or released");
    // A command with another channel is a usage error too.
    let r = f.run(&[
        "unseal",
        "k",
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
    ]);
    r.expect(2, "kluis: error: a command after -- is only for --to exec (not --to stdout): nothing was released");
    assert!(r.stdout.is_empty());
    assert_eq!(f.bytes(), before);
}

#[test]
fn a_command_not_found_is_recorded_and_leaves_nothing() {
    let (f, pin) = with_key(b"restore-password-canary-2");
    let (code, stdout, stderr) =
        unseal_exec(&f, &pin, "k", &["kluis-no-such-restore-tool", "-i", "{}"]);
    assert_eq!(code, 127, "{stderr}");
    assert_eq!(
        last_line(&stderr),
        "kluis: cannot start the command kluis-no-such-restore-tool: No such file or directory (os error 2); recorded as released-to-exec-failed, nothing was left behind"
    );
    assert!(stdout.is_empty());
    assert_one_exec_release(
        &f,
        "k",
        "kluis-no-such-restore-tool",
        "released-to-exec-failed: command kluis-no-such-restore-tool could not be started",
        false,
    );
    assert_no_copy_left(&f, &[b"restore-password-canary-2".to_vec()], &[]);
}

#[test]
fn a_failing_command_passes_its_status_on_and_is_recorded() {
    let (f, pin) = with_key(b"restore-password-canary-3");
    let (code, _, stderr) = unseal_exec(&f, &pin, "k", &["sh", "-c", "cat >/dev/null; exit 3"]);
    assert_eq!(code, 3, "{stderr}");
    assert_eq!(
        last_line(&stderr),
        "kluis: the command sh exited with status 3 (recorded)"
    );
    assert_one_exec_release(&f, "k", "sh", "command sh exited with status 3", false);
}

#[test]
fn a_killed_command_is_recorded_with_its_signal() {
    let (f, pin) = with_key(b"restore-password-canary-4");
    let (code, _, stderr) = unseal_exec(&f, &pin, "k", &["sh", "-c", "kill -KILL $$"]);
    assert_eq!(code, 128 + 9, "{stderr}");
    assert_eq!(
        last_line(&stderr),
        "kluis: the command sh was killed by signal 9 (recorded)"
    );
    assert_one_exec_release(&f, "k", "sh", "command sh was killed by signal 9", false);
}

#[test]
fn ctrl_c_reaches_the_command_and_kluis_records_the_end() {
    use std::os::unix::process::CommandExt as _;
    let (f, pin) = with_key(b"restore-password-canary-5");
    let marker = f.dir.path().join("started");
    let script = format!(
        "trap 'echo interrupted >&2; exit 42' INT; touch {}; while :; do sleep 0.1; done",
        path_str(&marker)
    );
    let kluis = assert_cmd::cargo::cargo_bin("kluis");
    // Its own process group, as a terminal's foreground job: Ctrl-C sends
    // SIGINT to the whole group, kluis and the command alike.
    let child = Command::new(kluis)
        .env_clear()
        .env("KLUIS_VAULT", &f.vault)
        .env("HOME", f.dir.path())
        .env("XDG_STATE_HOME", f.dir.path().join("state"))
        .env("TMPDIR", tmpdir(&f))
        .env("PATH", PATH)
        .env("LANG", "C")
        .args(["--passphrase-file", path_str(&f.pass), "unseal", "k"])
        .args([
            "--reason-category",
            "restore",
            "--reason",
            "restore after disk loss",
        ])
        .args(["--approver", "Bert", "--approver-pin-file", path_str(&pin)])
        .args(["--to", "exec", "--", "sh", "-c", &script])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .process_group(0)
        .spawn()
        .expect("spawn");
    // Wait (polling, no timing assumption) until the command runs.
    for _ in 0..6000 {
        if marker.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(marker.exists(), "the command never started");
    let group = rustix::process::Pid::from_child(&child);
    rustix::process::kill_process_group(group, rustix::process::Signal::INT).expect("kill");
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(42), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    assert!(
        stderr.contains("kluis: the command sh exited with status 42 (recorded)"),
        "{stderr}"
    );
    assert_one_exec_release(&f, "k", "sh", "command sh exited with status 42", false);
}

#[test]
fn a_value_larger_than_a_pipe_reaches_the_command_by_path_and_on_stdin() {
    // 600 KiB of binary key material: far over a 64 KiB pipe buffer.
    let value: Vec<u8> = (0..600 * 1024u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let (f, pin) = with_key(&value);
    // The command hashes what it got; the test compares with the hash of
    // the value, so no reference copy of the key sits on disk (the scan
    // below then needs no exception).
    use sha2::Digest;
    let want = data_encoding::HEXLOWER.encode(&sha2::Sha256::digest(&value));
    let (code, stdout, stderr) = unseal_exec(&f, &pin, "k", &["sha256sum", "{}"]);
    assert_eq!(code, 0, "by path: {stderr}");
    assert!(stdout.starts_with(&format!("{want}  /dev/fd/")), "{stdout}");
    let (code, stdout, stderr) = unseal_exec(&f, &pin, "k", &["sha256sum", "-"]);
    assert_eq!(code, 0, "on stdin: {stderr}");
    assert_eq!(stdout, format!("{want}  -\n"));
    assert_eq!(f.events_of("Unseal").len(), 2);
    let needle = value[1000..1064].to_vec();
    assert_no_copy_left(&f, &[needle], &[]);
}

#[test]
fn the_path_is_a_descriptor_not_a_file_and_the_environment_is_clean() {
    let (f, pin) = with_key(b"restore-password-canary-6");
    let (code, stdout, stderr) = unseal_exec(
        &f,
        &pin,
        "k",
        &["sh", "-c", "echo \"$0\"; readlink \"$0\"; env", "{}"],
    );
    assert_eq!(code, 0, "{stderr}");
    let mut lines = stdout.lines();
    let path = lines.next().expect("path");
    assert!(path.starts_with("/dev/fd/"), "{stdout}");
    assert_eq!(
        lines.next(),
        Some("/memfd:kluis-value (deleted)"),
        "{stdout}"
    );
    assert!(!stdout.contains("canary"), "{stdout}");
}
