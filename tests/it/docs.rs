//! The docs match the binary (issue 12, point 8): every `kluis …` command
//! shown in a code block of README.md or docs/HANDBOOK.md is run, in the
//! order of its story, against a weak-KDF test vault, and must end with its
//! documented exit code; the exit codes HANDBOOK §5 promises for
//! checkpoints hold.
//!
//! How to extend, when a new command appears in the docs (the test fails
//! and names it):
//! - add it to [`README`] or [`HANDBOOK`] at the place in the story where it
//!   can run, with its exit code and, if it needs one, a [`Prep`] (a new
//!   preparation is a new variant, written in [`prepare`]);
//! - or, if it cannot run in a test (interactive TUI, `lp`, a real restic
//!   repository already covered by `restore`), add it to [`SKIP`] with the
//!   reason.
//!
//! The command text is the docs' own, with continuation lines joined, a
//! trailing `# comment` cut and runs of spaces folded to one. What changes
//! before it runs is in [`SUBSTITUTIONS`] and [`with_secrets_from_files`],
//! nothing else.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::util::{PASS, PIN, path_str, weak_kdf};
use kluis::i18n::{Lang, Msg, t};

/// A documented command the test runs: after `prep`, it must exit with
/// `exit`.
struct Run {
    exit: i32,
    prep: Prep,
}

/// Runs as shown and exits 0.
const OK: Run = ok(Prep::None);

/// Exits 0 after `prep`.
const fn ok(prep: Prep) -> Run {
    Run { exit: 0, prep }
}

/// What the story needs before a command that the docs leave to people
/// (typing a sheet, taking a photo, shredding a folder).
#[derive(Clone, Copy)]
enum Prep {
    /// Nothing.
    None,
    /// Write `/home/po/restic-wachtwoord.txt`, the value `secret add` reads.
    ValueFile,
    /// Write the passphrase and Bert's PIN to `/home/po/.kluis-run/`, as the
    /// `read -rs` lines before the restic example do.
    RunDir,
    /// A holder types active share `index` into the file `to`.
    TypeShare { index: u8, to: &'static str },
    /// Holders type active shares into `typed` (index, file), and the PDF
    /// sheet `photo.0` in the folder `sheets` is photographed into the
    /// JPEG file `photo.1`.
    Emergency {
        typed: &'static [(u8, &'static str)],
        photo: Option<(u8, &'static str)>,
        sheets: &'static str,
    },
    /// The sheets folder was shredded and removed (HANDBOOK 2 step 5), and
    /// the pending sheet `index` is typed into `to`.
    ShredAndType {
        dir: &'static str,
        index: u8,
        to: &'static str,
    },
    /// The files were destroyed with `shred -u` as the docs ask.
    Shred(&'static [&'static str]),
    /// The pending sheets other than 1 are typed and verified too ("for
    /// every sheet").
    VerifyOtherPending,
    /// The backup copy made after the command `after` is put back
    /// (HANDBOOK 8, restoring the backup copy); it opens with the
    /// passphrase of its time.
    PutBack { after: &'static str },
}

/// README.md, the five-minute tour, in order.
const README: &[(&str, Run)] = &[
    (
        r#"kluis init --po "Anna de Vries" --threshold 2 --holder "Office safe@Kluis, kantoor Utrecht" --holder "IT administrator@Home safe" --holder "Anna de Vries@Home""#,
        OK,
    ),
    (
        "kluis secret add restic --kind backup-key --generate passphrase",
        OK,
    ),
    (r#"kluis roster add "Bert Jansen" --role approver"#, OK),
    (r#"kluis roster add "Dirk Smit" --role delegate"#, OK),
    ("kluis shares print --out sheets/", OK),
    (
        "kluis shares verify --share-image photo-of-sheet-2.jpg",
        ok(Prep::Emergency {
            typed: &[],
            photo: Some((2, "photo-of-sheet-2.jpg")),
            sheets: "sheets",
        }),
    ),
    ("kluis shares status", OK),
    (
        "kluis unseal restic --reason-category restore --reason monthly-test --approver 'Bert Jansen' --to stdout",
        OK,
    ),
    ("kluis audit checkpoint", OK),
    (
        r#"kluis --share-image a.jpg --share-file b.txt --as "Dirk Smit" unseal restic --reason-category incident --reason "PO unreachable" --approver "Bert Jansen" --to screen"#,
        ok(Prep::Emergency {
            typed: &[(3, "b.txt")],
            photo: Some((1, "a.jpg")),
            sheets: "sheets",
        }),
    ),
];

/// docs/HANDBOOK.md, in the order of its chapters; the Dutch and English
/// halves show the same commands (a command differing between them is
/// listed twice, each where it belongs).
const HANDBOOK: &[(&str, Run)] = &[
    (
        r#"kluis init --po "Anna de Vries" --name "Backupsleutel kantoor" --threshold 2 --holder "Kantoorkluis@Kluis, kantoor Utrecht" --holder "IT-beheerder@Thuiskluis Dirk Smit" --holder "Anna de Vries@Thuis""#,
        OK,
    ),
    (
        "kluis secret add restic-repo --kind backup-key --value-file /home/po/restic-wachtwoord.txt",
        ok(Prep::ValueFile),
    ),
    ("kluis secret show restic-repo", OK),
    (r#"kluis roster add "Bert" --role approver"#, OK),
    (r#"kluis roster add "Dirk Smit" --role delegate"#, OK),
    ("kluis roster list", OK),
    ("kluis shares print --out /run/user/1000/kluis-vellen", OK),
    (
        r#"kluis unseal restic-repo --reason-category restore --reason "Herstel projectmap na schijfdefect" --approver Bert --to file=/home/po/herstel/restic.key"#,
        OK,
    ),
    (
        "kluis --vault /home/po/.local/share/kluis/vault.kluis --passphrase-file /home/po/.kluis-run/pass unseal restic-repo --reason-category restore --reason herstel-projectmap-na-schijfdefect --approver Bert --approver-pin-file /home/po/.kluis-run/pin-bert --to stdout",
        ok(Prep::RunDir),
    ),
    ("kluis audit list", OK),
    ("kluis audit verify", OK),
    ("kluis audit checkpoint", OK),
    (
        "kluis audit export --format csv --out /home/po/audit-2025-03.csv",
        OK,
    ),
    (
        r#"kluis audit verify-export /home/po/audit-2025-03.csv --checkpoint "KC1 3f2a-9c1b-77e0-12ab #42 9f3c-1a2b-…""#,
        OK,
    ),
    (
        "kluis shares verify --share-file /run/user/1000/deel.txt",
        ok(Prep::TypeShare {
            index: 2,
            to: "/run/user/1000/deel.txt",
        }),
    ),
    (
        r#"kluis --vault /media/dirk/KLUIS-USB/vault-2025-03-14.kluis --share-file a.txt --share-file b.txt --as "Dirk Smit" unseal restic-repo --reason-category incident --reason "PO onbereikbaar, herstel na uitval" --approver Bert --to file=/home/dirk/nood/restic.key"#,
        ok(Prep::Emergency {
            typed: &[(1, "a.txt"), (3, "b.txt")],
            photo: None,
            sheets: "",
        }),
    ),
    (
        r#"kluis --vault /media/dirk/KLUIS-USB/vault-2025-03-14.kluis --share-file a.txt --share-file b.txt --as "Dirk Smit" unseal restic-repo --reason-category incident --reason "PO unreachable, restore after outage" --approver Bert --to file=/home/dirk/nood/restic.key"#,
        // The same step as the Dutch one, after its step 5.
        ok(Prep::Shred(&["/home/dirk/nood/restic.key"])),
    ),
    (
        r#"kluis --vault /media/dirk/KLUIS-USB/vault-2025-03-14.kluis --share-file a.txt --share-file b.txt --as "Dirk Smit" takeover --reason "PO langdurig afwezig, overname volgens beleid 1.2" --approver Bert"#,
        OK,
    ),
    (
        r#"kluis --vault /media/dirk/KLUIS-USB/vault-2025-03-14.kluis --share-file a.txt --share-file b.txt --as "Dirk Smit" takeover --reason "PO gone for good, takeover under policy 1.2" --approver Bert"#,
        OK,
    ),
    (
        r#"kluis shares rotate --threshold 2 --holder "Kantoorkluis@Kluis, kantoor Utrecht" --holder "IT-beheerder@Thuiskluis Dirk Smit" --holder "Anna de Vries@Thuis""#,
        OK,
    ),
    (
        "kluis shares print --pending --out /run/user/1000/kluis-vellen",
        ok(Prep::ShredAndType {
            dir: "/run/user/1000/kluis-vellen",
            index: 1,
            to: "/run/user/1000/kluis-vellen/share-…-1-of-3.txt",
        }),
    ),
    (
        "kluis shares verify --share-file /run/user/1000/kluis-vellen/share-…-1-of-3.txt",
        OK,
    ),
    ("kluis shares commit", ok(Prep::VerifyOtherPending)),
    ("kluis ack", OK),
    ("kluis passwd", OK),
    (
        "kluis --allow-rollback audit verify",
        ok(Prep::PutBack {
            after: "kluis roster list",
        }),
    ),
    // §16: the PO records a holder's age recipient and prints that share
    // encrypted (the recipient is age's documented example key).
    (
        "kluis shares recipient set 2 age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
        OK,
    ),
    (
        "kluis shares print --encrypted --out /home/po/versleuteld",
        OK,
    ),
    (
        "kluis shares print --encrypted --out /home/po/encrypted",
        OK,
    ),
];

/// Documented commands that cannot run in a test: (command, why).
const SKIP: &[(&str, &str)] = &[
    (
        r#"kluis shares verify --share-file ~/kluis/share-2.age --identity ~/kluis-sleutel.txt"#,
        "needs the holder's own age key (age-keygen on their machine); age_shares::done_when_the_holder_at_home_and_the_delegate_recover runs this drill",
    ),
    (
        r#"kluis shares verify --share-file ~/kluis/share-2.age --identity ~/kluis-key.txt"#,
        "as the Dutch line",
    ),
    (
        r#"kluis --vault /home/po/.local/share/kluis/vault.kluis --passphrase-file /home/po/.kluis-run/pass unseal borg-repo --reason-category other --reason nachtelijke-backup --approver Bert --approver-pin-file /home/po/.kluis-run/pin-bert --to stdout"#,
        "a BORG_PASSCOMMAND for a real borg repository; borg::borg_create_and_extract_through_kluis_passcommand runs it",
    ),
    (
        r#"kluis --vault /home/po/.local/share/kluis/vault.kluis --passphrase-file /home/po/.kluis-run/pass unseal borg-repo --reason-category other --reason nightly-backup --approver Bert --approver-pin-file /home/po/.kluis-run/pin-bert --to stdout"#,
        "as the Dutch line: borg::borg_create_and_extract_through_kluis_passcommand",
    ),
    (
        r#"kluis unseal kopia-repo --reason-category restore --reason herstel-projectmap --approver Bert --to clipboard"#,
        "kopia is documented, not tested (not in Debian); the clipboard channel is tested in custody.rs and the TUI tests",
    ),
    (
        r#"kluis unseal kopia-repo --reason-category restore --reason restore-projects --approver Bert --to clipboard"#,
        "as the Dutch line",
    ),
    (
        r#"kluis secret import --kdbx /home/po/oud.kdbx --dry-run"#,
        "needs a KeePass database made by keepassxc-cli; import::kdbx_key_file_group_and_dry_run runs --dry-run",
    ),
    (
        r#"kluis secret import --kdbx /home/po/old.kdbx --dry-run"#,
        "as the Dutch line",
    ),
    (
        r#"kluis secret import --kdbx /home/po/oud.kdbx"#,
        "import::kdbx_aes_kdf_from_keepassxc_cli_with_totp_nested_groups_and_non_ascii",
    ),
    (
        r#"kluis secret import --kdbx /home/po/old.kdbx"#,
        "as the Dutch line",
    ),
    (
        r#"kluis kit --out /media/po/KLUIS-USB/noodpakket"#,
        "a USB stick's path; kit::kit_recovers_on_a_fresh_home_with_only_the_kit_on_path writes a kit and recovers from it",
    ),
    (
        r#"kluis kit --out /media/po/KLUIS-USB/kit"#,
        "as the Dutch line",
    ),
    (
        r#"kluis secret add backup-age --kind backup-key --generate age"#,
        "keypairs::generate_age_shows_the_recipient_never_the_identity runs it and checks the recipient",
    ),
    (
        r#"kluis secret show backup-age"#,
        "keypairs::generate_age_shows_the_recipient_never_the_identity",
    ),
    (
        r#"kluis secret show backup-gpg"#,
        "needs an OpenPGP key made by gpg; keypairs::openpgp_keys_armored_binary_and_protected_show_gpg_fingerprint",
    ),
    (
        r#"kluis unseal backup-age --reason-category restore --reason "Herstel na schijfdefect" --approver Bert --to exec -- age -d -i {} -o herstel.tar /backup/data-2026-11-30.tar.age"#,
        "needs an age backup; restore_exec::age_restore_with_a_key_pair_made_in_kluis runs this restore end to end",
    ),
    (
        r#"kluis unseal backup-age --reason-category restore --reason "Restore after disk failure" --approver Bert --to exec -- age -d -i {} -o restored.tar /backup/data-2026-11-30.tar.age"#,
        "as the Dutch line",
    ),
    (
        r#"kluis unseal backup-age --reason-category restore --reason "disk failure" --approver 'Bert Jansen' --to exec -- age -d -i {} -o restored.tar backup.tar.age"#,
        "restore_exec::age_restore_with_a_key_pair_made_in_kluis",
    ),
    (
        r#"kluis unseal backup-gpg --reason-category restore --reason "Herstel na schijfdefect" --approver Bert --to exec -- sh -c 'set -e; G=$(mktemp -d); trap "gpgconf --homedir $G --kill gpg-agent; rm -rf $G" EXIT"#,
        "needs a duplicity backup; restore_exec::duplicity_restore_with_the_gpg_secret_key_from_kluis runs this restore end to end",
    ),
    (
        r#"kluis unseal backup-gpg --reason-category restore --reason "Restore after disk failure" --approver Bert --to exec -- sh -c 'set -e; G=$(mktemp -d); trap "gpgconf --homedir $G --kill gpg-agent; rm -rf $G" EXIT"#,
        "as the Dutch line",
    ),
    (
        r#"kluis --share-file a.txt --share-file b.txt --as "Dirk Smit" unseal restic-repo …"#,
        "an abbreviated example (…) of the emergency unseal run in full above; remotes::done_when_two_remotes_a_delegate_clone_and_the_syslog_agree runs it after a clone",
    ),
    (
        r#"kluis audit archive --before 5000 --out /home/po/audit-archief-1.jsonl"#,
        "needs 5,000 records; redteam_journal::archive_moves_old_records_and_verify_proves_continuity runs the same command on a small chain",
    ),
    (
        r#"kluis audit archive --before 5000 --out /home/po/audit-archive-1.jsonl"#,
        "as the Dutch line: redteam_journal::archive_moves_old_records_and_verify_proves_continuity",
    ),
    (
        r#"kluis audit verify-export /home/po/audit-archief-1.jsonl --checkpoint "KC1 … #4999 …""#,
        "follows the archive above; redteam_journal::archive_moves_old_records_and_verify_proves_continuity",
    ),
    (
        r#"kluis audit verify-export /home/po/audit-archive-1.jsonl --checkpoint "KC1 … #4999 …""#,
        "as the Dutch line",
    ),
    (
        r#"kluis audit verify --archive /home/po/audit-archief-1.jsonl --checkpoint "KC1 … #1200 …""#,
        "follows the archive above; redteam_journal::archive_moves_old_records_and_verify_proves_continuity",
    ),
    (
        r#"kluis audit verify --archive /home/po/audit-archive-1.jsonl --checkpoint "KC1 … #1200 …""#,
        "as the Dutch line",
    ),
    (
        r#"kluis audit verify --against-syslog /var/log/kluis.log"#,
        "needs a collected system log; remotes.rs collects one from a listener on 127.0.0.1 and runs this command",
    ),
    (
        r#"kluis clone ssh://git@nas.kantoor/srv/git/kluis.git"#,
        "the office server is an example host; remotes.rs clones from a bare repository and from git daemon on 127.0.0.1",
    ),
    (
        r#"kluis clone ssh://git@nas.office/srv/git/kluis.git"#,
        "as the Dutch line",
    ),
    (
        r#"kluis remote add kantoor ssh://git@nas.kantoor/srv/git/kluis.git --required"#,
        "an example host; remotes.rs adds required remotes on bare repositories and git daemon",
    ),
    (
        r#"kluis remote add office ssh://git@nas.office/srv/git/kluis.git --required"#,
        "as the Dutch line",
    ),
    (
        r#"kluis remote add usb /media/anna/KLUIS-USB/kluis.git"#,
        "a USB stick's path; remotes.rs adds a file remote in a temporary directory",
    ),
    (
        r#"kluis remote list"#,
        "follows the remotes above; remotes.rs checks its output",
    ),
    (
        r#"kluis settings --syslog udp://log.kantoor:514"#,
        "an example log host; remotes.rs forwards to a UDP listener on 127.0.0.1",
    ),
    (
        r#"kluis settings --syslog udp://log.office:514"#,
        "as the Dutch line",
    ),
];

/// Text replaced in a documented command before it runs: the example
/// paths become paths in the test's temporary directory (`{root}`), the
/// backup copy on the delegate's USB stick is the vault itself, the
/// checkpoint placeholder is the last checkpoint kluis printed, and
/// `--to screen` (which needs a terminal; `terminal.rs` covers it) writes to
/// stdout.
const SUBSTITUTIONS: &[(&str, &str)] = &[
    ("/home/po/.local/share/kluis/vault.kluis", "{vault}"),
    ("/media/dirk/KLUIS-USB/vault-2025-03-14.kluis", "{vault}"),
    ("/home/po/", "{root}/home/po/"),
    ("/home/dirk/", "{root}/home/dirk/"),
    ("/run/user/1000/", "{root}/run/"),
    ("KC1 3f2a-9c1b-77e0-12ab #42 9f3c-1a2b-…", "{checkpoint}"),
    ("share-…-", "share-typed-"),
    ("--to screen", "--to stdout"),
];

/// Where the docs leave a secret to be typed, the test gives a file:
/// the PO passphrase (`--passphrase-file`, unless shares or a file are
/// given already), a new PIN (`--pin-file` for a new approver), the
/// approver's PIN (`--approver-pin-file`), a new passphrase
/// (`--new-passphrase-file` for `passwd` and `takeover`), and `init` gets
/// the recorded weak-KDF flags.
fn with_secrets_from_files(cmd: &str) -> String {
    let mut out = cmd.to_string();
    if !cmd.contains("--share-file")
        && !cmd.contains("--share-image")
        && !cmd.contains("--passphrase-file")
    {
        out = out.replacen("kluis ", "kluis --passphrase-file {pass} ", 1);
    }
    if cmd.contains("--role approver") && !cmd.contains("--pin-file") {
        out.push_str(" --pin-file {pin}");
    }
    if cmd.contains("--approver ") && !cmd.contains("--approver-pin-file") {
        out.push_str(" --approver-pin-file {pin}");
    }
    if cmd.ends_with(" passwd") || cmd.contains(" takeover ") {
        out.push_str(" --new-passphrase-file {next}");
    }
    if cmd.starts_with("kluis init ") {
        out.push(' ');
        out.push_str(&weak_kdf().join(" "));
    }
    out
}

/// The `kluis …` commands in the fenced code blocks of `markdown`: lines
/// that start with `kluis`, and `"kluis …"` strings inside other lines
/// (the restic `--password-command`).
fn commands(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_block = false;
    let mut logical = String::new();
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        if !in_block {
            continue;
        }
        let line = line.trim();
        if let Some(head) = line.strip_suffix('\\') {
            logical.push_str(head);
            logical.push(' ');
            continue;
        }
        logical.push_str(line);
        let full = fold(&cut_comment(&std::mem::take(&mut logical)));
        if full == "kluis" || full.starts_with("kluis ") {
            out.push(full);
        } else {
            let mut rest = full.as_str();
            while let Some(i) = rest.find("\"kluis ") {
                let tail = &rest[i + 1..];
                let end = tail.find('"').unwrap_or(tail.len());
                out.push(fold(&tail[..end]));
                rest = &tail[end..];
            }
        }
    }
    out
}

/// `line` without a trailing `# comment` (a `#` after white space, outside
/// quotes).
fn cut_comment(line: &str) -> String {
    let (mut single, mut double) = (false, false);
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '#' if !single && !double && prev.is_whitespace() => return line[..i].to_string(),
            _ => {}
        }
        prev = c;
    }
    line.to_string()
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn doc(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every command in `file` is run or skipped, and every table entry is
/// still in the docs.
fn check_coverage(file: &str, table: &[(&str, Run)]) -> Vec<String> {
    let found = commands(&doc(file));
    assert!(!found.is_empty(), "no kluis commands found in {file}");
    let mut problems = Vec::new();
    for cmd in &found {
        let known = table.iter().any(|(c, _)| c == cmd) || SKIP.iter().any(|(c, _)| c == cmd);
        if !known {
            problems.push(format!(
                "{file} shows a command this test neither runs nor skips; add it to the table for {file} or to SKIP in tests/it/docs.rs:\n    {cmd}"
            ));
        }
    }
    for (cmd, _) in table {
        if !found.iter().any(|c| c == cmd) {
            problems.push(format!(
                "the table for {file} in tests/it/docs.rs lists a command {file} no longer shows:\n    {cmd}"
            ));
        }
    }
    problems
}

#[test]
fn every_documented_command_is_run_or_skipped() {
    let mut problems = check_coverage("README.md", README);
    problems.extend(check_coverage("docs/HANDBOOK.md", HANDBOOK));
    for (cmd, why) in SKIP {
        assert!(!why.is_empty(), "{cmd}: a skip needs a reason");
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_extractor_finds_continued_quoted_and_commented_commands() {
    let md = "text `kluis inline` is not a block\n```sh\nkluis init --po \"A #1\" \\\n  --holder x@y   # a comment\nrestic x --password-command \"kluis unseal s --to stdout\"\ncp a b\n```\nkluis outside\n";
    assert_eq!(
        commands(md),
        [
            "kluis init --po \"A #1\" --holder x@y",
            "kluis unseal s --to stdout"
        ]
    );
}

/// One story's temporary directory and the state carried from command to
/// command.
struct Story {
    root: tempfile::TempDir,
    /// The passphrase in force.
    pass: String,
    /// How many new passphrases were set.
    changes: u32,
    /// The last checkpoint kluis printed.
    checkpoint: String,
    /// The vault file and passphrase after each command, for `PutBack`.
    copies: HashMap<&'static str, (Vec<u8>, String)>,
}

impl Story {
    fn new() -> Self {
        let root = tempfile::tempdir().expect("tempdir");
        for d in [
            "home/po/herstel",
            "home/dirk/nood",
            "run",
            "cwd",
            "data",
            "state",
        ] {
            std::fs::create_dir_all(root.path().join(d)).expect("mkdir");
        }
        Story {
            root,
            pass: PASS.to_string(),
            changes: 0,
            checkpoint: String::new(),
            copies: HashMap::new(),
        }
    }

    fn root(&self) -> &Path {
        self.root.path()
    }

    /// The vault at the default path (`$XDG_DATA_HOME/kluis/vault.kluis`).
    fn vault(&self) -> PathBuf {
        self.root().join("data/kluis/vault.kluis")
    }

    /// A documented path inside the story.
    fn path(&self, documented: &str) -> PathBuf {
        let mut p = documented.to_string();
        for (from, to) in SUBSTITUTIONS {
            p = p.replace(from, to);
        }
        let p = p.replace("{root}", path_str(self.root()));
        let p = PathBuf::from(p);
        if p.is_absolute() {
            p
        } else {
            self.root().join("cwd").join(p)
        }
    }

    fn write_secret(&self, name: &str, content: &str) -> PathBuf {
        let p = self.root().join(name);
        std::fs::write(&p, format!("{content}\n")).expect("write");
        p
    }

    /// Runs `kluis` with `args` (no shell), passphrase from the story.
    fn kluis(&self, args: &[&str]) -> std::process::Output {
        let pass = self.write_secret("pass", &self.pass);
        let mut c = assert_cmd::Command::cargo_bin("kluis").expect("binary");
        self.env(&mut c);
        c.arg("--passphrase-file")
            .arg(&pass)
            .args(args)
            .output()
            .expect("run kluis")
    }

    fn env(&self, c: &mut assert_cmd::Command) {
        let bin = PathBuf::from(env!("CARGO_BIN_EXE_kluis"));
        let dir = bin.parent().expect("bin dir");
        c.env_clear()
            .env("PATH", format!("{}:/usr/bin:/bin", dir.display()))
            .env("HOME", self.root().join("home/po"))
            .env("XDG_DATA_HOME", self.root().join("data"))
            .env("XDG_STATE_HOME", self.root().join("state"))
            .env("LANG", "C")
            .current_dir(self.root().join("cwd"))
            .timeout(std::time::Duration::from_secs(60));
    }

    /// The text form of share `index` of the active (or pending) set.
    fn share_text(&self, index: u8, pending: bool) -> String {
        let dir = self.root().join(format!("typed-{index}-{pending}"));
        let _ = std::fs::remove_dir_all(&dir);
        let i = index.to_string();
        let mut args = vec![
            "shares",
            "print",
            "--format",
            "txt",
            "--index",
            &i,
            "--out",
            path_str(&dir),
        ];
        if pending {
            args.push("--pending");
        }
        let out = self.kluis(&args);
        assert!(
            out.status.success(),
            "typing share {index}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let file = std::fs::read_dir(&dir)
            .expect("dir")
            .next()
            .expect("one file")
            .expect("entry")
            .path();
        std::fs::read_to_string(file).expect("share text")
    }

    /// A photo (JPEG) of PDF sheet `index` in the folder `sheets`.
    fn photo(&self, sheets: &str, index: u8, to: &str) {
        let dir = self.path(sheets);
        let suffix = format!("-{index}-of-3.pdf");
        let pdf = std::fs::read_dir(&dir)
            .expect("sheets")
            .map(|e| e.expect("entry").path())
            .find(|p| path_str(p).ends_with(&suffix))
            .unwrap_or_else(|| panic!("no sheet {index} in {}", dir.display()));
        let prefix = self.root().join(format!("render-{index}"));
        let out = std::process::Command::new("pdftoppm")
            .args(["-r", "150", "-png", "-singlefile"])
            .arg(&pdf)
            .arg(&prefix)
            .output()
            .expect("pdftoppm (poppler-utils)");
        assert!(out.status.success());
        let img = image::open(prefix.with_extension("png"))
            .expect("png")
            .to_rgb8();
        let mut jpg = std::fs::File::create(self.path(to)).expect("create");
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpg, 80)
            .encode_image(&img)
            .expect("jpeg");
    }

    fn prepare(&mut self, prep: Prep) {
        match prep {
            Prep::None => {}
            Prep::ValueFile => {
                std::fs::write(
                    self.path("/home/po/restic-wachtwoord.txt"),
                    "restic-from-the-docs\n",
                )
                .expect("write");
            }
            Prep::RunDir => {
                let dir = self.path("/home/po/.kluis-run/");
                std::fs::create_dir_all(&dir).expect("mkdir");
                std::fs::write(dir.join("pass"), format!("{}\n", self.pass)).expect("pass");
                std::fs::write(dir.join("pin-bert"), format!("{PIN}\n")).expect("pin");
            }
            Prep::TypeShare { index, to } => {
                let text = self.share_text(index, false);
                std::fs::write(self.path(to), text).expect("typed");
            }
            Prep::Emergency {
                typed,
                photo,
                sheets,
            } => {
                for (index, to) in typed {
                    let text = self.share_text(*index, false);
                    std::fs::write(self.path(to), text).expect("typed");
                }
                if let Some((index, to)) = photo {
                    self.photo(sheets, index, to);
                }
            }
            Prep::Shred(files) => {
                for f in files {
                    std::fs::remove_file(self.path(f)).expect("shred");
                }
            }
            Prep::ShredAndType { dir, .. } => {
                std::fs::remove_dir_all(self.path(dir)).expect("shred the sheets");
            }
            Prep::VerifyOtherPending => {
                for index in [2, 3] {
                    let text = self.share_text(index, true);
                    let file = self.root().join(format!("pending-{index}.txt"));
                    std::fs::write(&file, text).expect("typed");
                    let out = self.kluis(&["shares", "verify", "--share-file", path_str(&file)]);
                    assert!(
                        out.status.success(),
                        "verifying pending sheet {index}: {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            }
            Prep::PutBack { after } => {
                let (bytes, pass) = self
                    .copies
                    .get(after)
                    .unwrap_or_else(|| panic!("no copy after {after:?}"))
                    .clone();
                std::fs::write(self.vault(), bytes).expect("put back");
                self.pass = pass;
            }
        }
    }

    /// After the documented command: what a person then does (type the
    /// pending sheet they just printed).
    fn after(&mut self, prep: Prep) {
        if let Prep::ShredAndType { index, to, .. } = prep {
            let text = self.share_text(index, true);
            std::fs::write(self.path(to), text).expect("typed");
        }
    }

    /// Runs the documented `cmd` and checks its exit code.
    fn run(&mut self, cmd: &'static str, exit: i32, prep: Prep) {
        self.prepare(prep);
        let mut line = cmd.to_string();
        for (from, to) in SUBSTITUTIONS {
            line = line.replace(from, to);
        }
        let mut line = with_secrets_from_files(&line);
        assert!(
            !line.contains("{checkpoint}") || self.checkpoint.starts_with("KC1 "),
            "{cmd}: no checkpoint printed before it"
        );
        let new_pass = format!("new passphrase number {}", self.changes + 1);
        let pass = self.write_secret("pass", &self.pass);
        let next = self.write_secret("next", &new_pass);
        let pin = self.write_secret("pin", PIN);
        for (key, value) in [
            ("{root}", path_str(self.root()).to_string()),
            ("{vault}", path_str(&self.vault()).to_string()),
            ("{pass}", path_str(&pass).to_string()),
            ("{next}", path_str(&next).to_string()),
            ("{pin}", path_str(&pin).to_string()),
            ("{checkpoint}", self.checkpoint.clone()),
        ] {
            line = line.replace(key, &value);
        }
        let mut c = assert_cmd::Command::new("sh");
        self.env(&mut c);
        let out = c.arg("-c").arg(&line).output().expect("sh");
        let stdout = String::from_utf8_lossy(&out.stdout).to_string();
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(!stderr.contains("panicked"), "{cmd}: {stderr}");
        assert_eq!(
            out.status.code(),
            Some(exit),
            "documented command:\n    {cmd}\nrun as:\n    {line}\nstdout: {stdout}\nstderr: {stderr}"
        );
        if exit == 0 && line.contains("--new-passphrase-file") {
            self.pass = new_pass;
            self.changes += 1;
        }
        if let Some(i) = stdout.find("KC1 ") {
            self.checkpoint = stdout[i..].lines().next().unwrap_or_default().to_string();
        }
        self.after(prep);
        if let Ok(bytes) = std::fs::read(self.vault()) {
            self.copies.insert(cmd, (bytes, self.pass.clone()));
        }
    }

    fn play(table: &[(&'static str, Run)]) {
        let mut story = Story::new();
        for (cmd, Run { exit, prep }) in table {
            story.run(cmd, *exit, *prep);
        }
    }
}

#[test]
fn readme_commands_run_with_their_documented_exit_codes() {
    Story::play(README);
}

#[test]
fn handbook_commands_run_with_their_documented_exit_codes() {
    Story::play(HANDBOOK);
}

/// HANDBOOK §5: a text that is not in checkpoint form is a usage error
/// (2); one character changed inside a well-formed checkpoint cannot be
/// told from a changed history and gives 4.
#[test]
fn handbook_checkpoint_exit_codes_hold() {
    let f = crate::util::Fixture::new();
    let out = f.ok(&["audit", "checkpoint"]);
    let cp = out
        .lines()
        .find(|l| l.starts_with("KC1 "))
        .expect("a checkpoint")
        .to_string();
    f.run(&["audit", "verify", "--checkpoint", &cp])
        .expect(0, "");
    // Not in checkpoint form: a group too long, a letter missing from KC1.
    f.run(&["audit", "verify", "--checkpoint", &format!("{cp}0")])
        .expect(2, "this is not a checkpoint");
    f.run(&[
        "audit",
        "verify",
        "--checkpoint",
        &cp.replacen("KC1", "KC", 1),
    ])
    .expect(2, "this is not a checkpoint");
    // One hex digit of the hash changed: the chain does not match it.
    let last = cp.chars().last().expect("not empty");
    let typo = format!(
        "{}{}",
        &cp[..cp.len() - 1],
        if last == '0' { '1' } else { '0' }
    );
    f.run(&["audit", "verify", "--checkpoint", &typo])
        .expect(4, "does not match the checkpoint");
}

/// The handbook's Dutch half uses the glossary's words (docs/GLOSSARY.md),
/// as the catalogue does (src/i18n.rs).
#[test]
fn the_dutch_handbook_keeps_to_the_glossary() {
    let handbook = doc("docs/HANDBOOK.md");
    let dutch = handbook.split("\n# English").next().expect("Dutch half");
    let bad: Vec<String> = dutch
        .lines()
        .filter(|l| !kluis::i18n::rejected_in(l).is_empty())
        .map(|l| format!("{:?}: {l}", kluis::i18n::rejected_in(l)))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A backtick span of the handbook that names something (a command, a
/// flag, a path, a file, a JSON key or value, a holder or a person as typed)
/// rather than quoting what kluis prints. Every span without a space is a
/// name (flags, paths, keys, codes, enum values); spans with a space are
/// names when they start like a command line or a typed value, or are
/// another program's output listed in [`NOT_KLUIS_OUTPUT`].
fn is_name(span: &str) -> bool {
    /// First words of command lines the handbook quotes inline (kluis
    /// subcommands without `kluis`, and the other programs it uses).
    const COMMANDS: &[&str] = &[
        "kluis",
        "audit",
        "roster",
        "secret",
        "shares",
        "age",
        "borg",
        "duplicity",
        "git",
        "gpg",
        "restic",
        "rmdir",
        "sha256sum",
        "shred",
        "ssh-ed25519",
        "KC1",
    ];
    let first = span.split_whitespace().next().unwrap_or("");
    !span.contains(' ')
        || span.starts_with(['-', '/', '~', '$'])
        || first.contains('@')
        || COMMANDS.contains(&first)
        || NOT_KLUIS_OUTPUT.contains(&span)
}

/// Spans with a space that are not kluis's output: other programs' output,
/// and names the examples type.
const NOT_KLUIS_OUTPUT: &[&str] = &[
    // age-keygen
    "Public key: age1…",
    // kopia
    "Enter password to open repository:",
    // names typed into `roster add`
    "Petra PO",
    "Petra ΡO",
    // the name an imported TOTP code gets
    "<naam> (TOTP)",
    "<name> (TOTP)",
];

/// The backtick spans of `markdown` outside fenced code blocks.
fn inline_spans(markdown: &str) -> Vec<String> {
    let mut spans = Vec::new();
    let mut fenced = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        // Odd pieces between backticks are spans.
        spans.extend(line.split('`').skip(1).step_by(2).map(str::to_owned));
    }
    spans
}

/// Whether a handbook span (with `…` for an elided part) can be a piece of
/// a catalogue text (with `{placeholders}` for values), or of a catalogue
/// text followed by `: ` and a value or by ` (value)`, as the CLI prints a
/// key and its value. Both wildcards match any text: the two patterns are
/// intersected (a glob intersection over characters), and at least half
/// of the span (or 12 characters) must meet the text's own characters.
fn quotes(span: &str, text: &str) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum Tok {
        Any,
        Ch(char),
    }
    let mut a = vec![Tok::Any];
    a.extend(
        span.chars()
            .map(|c| if c == '…' { Tok::Any } else { Tok::Ch(c) }),
    );
    a.push(Tok::Any);
    let catalogue = |tail: &[Tok]| {
        let mut b = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            b.extend(rest[..open].chars().map(Tok::Ch));
            match rest[open..].find('}') {
                Some(close) => {
                    b.push(Tok::Any);
                    rest = &rest[open + close + 1..];
                }
                None => {
                    b.push(Tok::Ch('{'));
                    rest = &rest[open + 1..];
                }
            }
        }
        b.extend(rest.chars().map(Tok::Ch));
        b.extend_from_slice(tail);
        b
    };
    // The most span characters a common string can take from the
    // catalogue's own words (not from its values): a span that only fits
    // inside a value is no quote of the text.
    let literal = span.chars().filter(|&c| c != '…').count();
    let meet = |b: &[Tok]| {
        // best[i][j]: a[i..] and b[j..] match a common string taking at
        // most this many characters of a from literal characters of b (-1:
        // they match no common string). One flat table, filled backwards.
        let (n, m) = (a.len(), b.len());
        let w = m + 1;
        let mut best = vec![-1i32; (n + 1) * w];
        best[n * w + m] = 0;
        for i in (0..=n).rev() {
            for j in (0..=m).rev() {
                if i == n && j == m {
                    continue;
                }
                let at = |i: usize, j: usize| best[i * w + j];
                best[i * w + j] = match (a.get(i), b.get(j)) {
                    (Some(Tok::Ch(x)), Some(Tok::Ch(y))) if x == y && at(i + 1, j + 1) >= 0 => {
                        at(i + 1, j + 1) + 1
                    }
                    (Some(Tok::Ch(_)), Some(Tok::Ch(_))) => -1,
                    (Some(_), Some(_)) => at(i + 1, j).max(at(i, j + 1)),
                    (Some(Tok::Any), None) => at(i + 1, j),
                    (None, Some(Tok::Any)) => at(i, j + 1),
                    _ => -1,
                };
            }
        }
        let score = best[0] as usize;
        best[0] >= 0 && (2 * score >= literal || score >= 12)
    };
    // As printed alone, followed by `: value`, or followed by ` (value)`
    // (a prompt naming its person).
    let value = [Tok::Ch(':'), Tok::Ch(' '), Tok::Any];
    let aside = [Tok::Ch(' '), Tok::Ch('('), Tok::Any, Tok::Ch(')')];
    meet(&catalogue(&[])) || meet(&catalogue(&value)) || meet(&catalogue(&aside))
}

/// Every text of the catalogue in `lang`.
fn catalogue(lang: Lang) -> Vec<(Msg, &'static str)> {
    use strum::IntoEnumIterator;
    Msg::iter().map(|m| (m, t(lang, m))).collect()
}

/// Whether `span` quotes one of `texts`, also inside brackets as the CLI
/// prints some (`(niet geverifieerd)`, `[…]`).
fn quotes_any<'a>(span: &str, texts: impl IntoIterator<Item = &'a str>) -> bool {
    let bare = span
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .or_else(|| span.strip_prefix('[').and_then(|s| s.strip_suffix(']')));
    texts
        .into_iter()
        .any(|text| quotes(span, text) || bare.is_some_and(|b| quotes(b, text)))
}

/// The lines of src/ that hold a string: the English wording of the core
/// errors, which the catalogue does not hold.
fn source_strings() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("src dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source");
                out.extend(
                    text.lines()
                        .filter(|l| l.contains('"'))
                        .map(|l| l.trim().to_owned()),
                );
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// Whether `span` is an English string of the source (the longest word
/// of the span first picks the lines worth matching).
fn in_source(span: &str, source: &[String]) -> bool {
    let word = span
        .split(|c: char| !c.is_alphabetic())
        .max_by_key(|w| w.len())
        .unwrap_or("");
    quotes_any(
        span,
        source
            .iter()
            .filter(|l| l.contains(word))
            .map(String::as_str),
    )
}

/// A span still printed in English: the span, and the catalogue keys whose
/// English already reads like it though the CLI does not print them there
/// (a TUI text, or a check the CLI makes before it words its errors).
type Pending = (&'static str, &'static [Msg]);

/// Checks the message spans of one half of the handbook against the
/// catalogue in `lang`; `pending` spans are still printed in English by the
/// Dutch binary. A span in columns (two spaces apart, as `secret list`
/// prints) is checked column by column. Returns the problems, each with a
/// hint where the other language of the catalogue knows the span.
fn check_half(half: &str, lang: Lang, pending: &[Pending]) -> Vec<String> {
    let texts = catalogue(lang);
    let english = catalogue(Lang::En);
    let source = source_strings();
    let other = catalogue(if lang == Lang::Nl { Lang::En } else { Lang::Nl });
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let spans = inline_spans(half);
    let messages = spans
        .iter()
        .flat_map(|s| s.split("  ").map(str::trim).collect::<Vec<_>>())
        .filter(|s| !is_name(s));
    for span in messages {
        if !seen.insert(span) {
            continue;
        }
        if let Some((_, keys)) = pending.iter().find(|(p, _)| *p == span) {
            if !in_source(span, &source) {
                problems.push(format!("pending `{span}` is not an English text of src/"));
            }
            // Still English in Dutch mode: once a new catalogue key reads
            // like it, the binary can word it, and the handbook quotes that.
            let now: Vec<Msg> = english
                .iter()
                .filter(|(m, text)| quotes(span, text) && !keys.contains(m))
                .map(|(m, _)| *m)
                .collect();
            for m in now {
                problems.push(format!(
                    "pending `{span}` is now in the catalogue ({m:?}): quote `{}` if the binary prints it",
                    t(lang, m)
                ));
            }
            continue;
        }
        // The English half may also quote a core error's own wording.
        let core = lang == Lang::En && in_source(span, &source);
        if !quotes_any(span, texts.iter().map(|(_, text)| *text)) && !core {
            let hint = other
                .iter()
                .filter(|(_, text)| quotes(span, text))
                .map(|(m, _)| format!("{m:?}: `{}`", t(lang, *m)))
                .collect::<Vec<_>>();
            problems.push(format!("`{span}` is not in the catalogue; {hint:?}"));
        }
    }
    for (p, _) in pending {
        if !spans.iter().any(|s| s == p) {
            problems.push(format!("pending `{p}` is no longer in the handbook"));
        }
    }
    problems
}

/// The handbook's Dutch half quotes the Dutch binary (issue 12 items 1
/// and 8): every message span is a Dutch catalogue text (src/i18n.rs),
/// `…` standing for an elided part.
#[test]
fn the_dutch_handbook_quotes_the_dutch_binary() {
    let handbook = doc("docs/HANDBOOK.md");
    let dutch = handbook
        .split("\n# English")
        .next()
        .and_then(|h| h.split("\n# Nederlands").nth(1))
        .expect("Dutch half");
    let problems = check_half(dutch, Lang::Nl, PENDING_NL);
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The English half quotes the English binary.
#[test]
fn the_english_handbook_quotes_the_english_binary() {
    let handbook = doc("docs/HANDBOOK.md");
    let english = handbook.split("\n# English").nth(1).expect("English half");
    let problems = check_half(english, Lang::En, PENDING_EN);
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Messages the Dutch binary still prints in English, which the Dutch half
/// would then quote as printed. Empty: every message the handbook quotes
/// is in the catalogue. A message added here must name the keys whose text
/// looks like it; the test fails once its Dutch is in the catalogue, so the
/// list only shrinks.
const PENDING_NL: &[Pending] = &[];

/// The English half quotes catalogue texts or the core's own English
/// wording (found in src/), so nothing is pending there.
const PENDING_EN: &[Pending] = &[];

#[test]
fn a_quote_matches_with_elisions_and_placeholders() {
    assert!(quotes("vellen geschreven: 3", "vellen geschreven"));
    assert!(quotes(
        "deel is geldig: 2 van 3 (…)",
        "deel is geldig: {k} van {n} ({set})"
    ));
    assert!(quotes(
        "… staat niet in de lijst",
        "\"{name}\" staat niet in de lijst van personen"
    ));
    assert!(!quotes("sheets written: 3", "vellen geschreven"));
    assert!(!quotes("vellen geschreven 3", "vellen geschreven"));
    assert!(!quotes("geldig deel", "deel is geldig"));
    assert!(!quotes(
        "sheets written: 3",
        "{name}: toegevoegd aan de lijst"
    ));
    assert!(quotes(
        "kluis aangemaakt: /home/po/.local/share/kluis/vault.kluis",
        "kluis aangemaakt"
    ));
    assert!(is_name("kluis audit list") && is_name("--as") && is_name("Init"));
    assert!(!is_name("auditketen intact: 34 records"));
}
