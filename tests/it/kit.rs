//! `kluis kit` (issue 13, "A recovery kit for the safe"): the kit is written
//! and recorded, `shares status` tells when and whether the vault changed
//! since, and a delegate recovers from the kit alone — moved to a fresh
//! HOME with only the kit directory on PATH, two sheets typed into the
//! files the kit text names, and exactly the commands that text gives.

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::util::{Fixture, path_str};

fn setup() -> (Fixture, std::path::PathBuf) {
    let f = Fixture::new();
    let pin = f.add_approver();
    f.ok(&["roster", "add", "Dirk Smit", "--role", "delegate"]);
    let v = f.file("v", "kit-restic-canary\n");
    f.ok(&[
        "secret",
        "add",
        "restic-repo",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&v),
    ]);
    (f, pin)
}

#[test]
fn kit_recovers_on_a_fresh_home_with_only_the_kit_on_path() {
    let (f, pin) = setup();
    let sheets = f.print_shares(&[]);
    let kit = f.dir.path().join("kit");
    let out = f.ok(&["kit", "--out", path_str(&kit)]);
    assert!(out.contains("kit written to"), "{out}");

    // The files, their modes, the checksum of the binary.
    let mode = |n: &str| {
        std::fs::metadata(kit.join(n))
            .expect(n)
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode(""), 0o700);
    assert_eq!(mode("kluis"), 0o700);
    for n in [
        "vault.kluis",
        "kluis.sha256",
        "HANDBOOK.md",
        "NOODGEVAL.txt",
        "EMERGENCY.txt",
    ] {
        assert_eq!(mode(n), 0o600, "{n}");
    }
    let bin = std::fs::read(assert_cmd::cargo::cargo_bin("kluis")).expect("bin");
    let sums = std::fs::read_to_string(kit.join("kluis.sha256")).expect("sums");
    let hex = data_encoding::HEXLOWER.encode(&Sha256::digest(&bin));
    assert!(sums.starts_with(&format!("{hex}  kluis\n")), "{sums}");
    // The PDF handbook renders with poppler (installed by install-deps.sh)
    // and holds the emergency chapter.
    let pdf_text = Command::new("pdftotext")
        .arg(kit.join("HANDBOOK.pdf"))
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(pdf_text.status.success());
    let pdf_text = String::from_utf8_lossy(&pdf_text.stdout);
    assert!(
        pdf_text.contains("Emergency recovery (delegate)"),
        "{pdf_text}"
    );
    assert!(pdf_text.contains("Noodherstel (gemachtigde)"));
    let text = std::fs::read_to_string(kit.join("EMERGENCY.txt")).expect("text");
    for needle in [
        "Delegate(s) who may recover: Dirk Smit",
        "Approver(s) (types the PIN; not the delegate): Bert",
        "Needed: 2 of the 3 sheets, kept by:",
        "  1. Office safe @ Safe",
        "  2. IT admin @ Home",
        "  3. PO",
        "Released in emergencies: restic-repo",
        "never shares",
    ] {
        assert!(text.contains(needle), "{needle:?} in {text}");
    }
    let nl = std::fs::read_to_string(kit.join("NOODGEVAL.txt")).expect("nl");
    assert!(
        nl.contains("Gemachtigde(n) die mogen herstellen: Dirk Smit"),
        "{nl}"
    );
    assert_eq!(
        kluis::i18n::rejected_in(&nl),
        Vec::<&str>::new(),
        "NOODGEVAL.txt uses the glossary's words (docs/GLOSSARY.md)"
    );
    for s in &sheets {
        let share = std::fs::read_to_string(s).expect("share");
        for dir_file in std::fs::read_dir(&kit).expect("kit") {
            let p = dir_file.expect("e").path();
            if let Ok(t) = std::fs::read_to_string(&p) {
                assert!(!t.contains(share.trim()), "no share in {}", p.display());
            }
        }
    }

    // Recorded, and shown by `shares status`.
    let list: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "audit", "list"])).expect("json");
    let kits: Vec<_> = list
        .as_array()
        .expect("arr")
        .iter()
        .filter(|r| r["event"]["kind"] == "KitWritten")
        .collect();
    assert_eq!(kits.len(), 1);
    let status = f.ok(&["shares", "status"]);
    assert!(
        status.contains("recovery kit: written ")
            && status.contains("(the vault has not changed since)"),
        "{status}"
    );

    // Move the kit to a fresh HOME; nothing else of this machine is used.
    let home = tempfile::tempdir().expect("home");
    let moved = home.path().join("kit");
    std::fs::rename(&kit, &moved).expect("move");
    for (i, s) in sheets.iter().take(2).enumerate() {
        std::fs::copy(s, moved.join(format!("sheet-{}.txt", i + 1))).expect("copy sheet");
    }
    let approver_pin = home.path().join("pin-bert");
    std::fs::copy(&pin, &approver_pin).expect("pin");
    let sha = Command::new("/usr/bin/sha256sum")
        .args(["-c", "kluis.sha256"])
        .current_dir(&moved)
        .output()
        .expect("sha256sum");
    assert!(
        sha.status.success(),
        "{}",
        String::from_utf8_lossy(&sha.stdout)
    );

    let commands: Vec<String> = text
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("$ "))
        .map(str::to_string)
        .collect();
    assert_eq!(commands.len(), 4, "verify x2, list, unseal: {commands:?}");
    for c in &commands {
        // No terminal here: the approver's PIN comes from a file, the one
        // option the text's interactive command does not need.
        let c = if c.contains(" unseal ") {
            format!("{c} --approver-pin-file {}", path_str(&approver_pin))
        } else {
            c.clone()
        };
        let out = Command::new("/bin/sh")
            .args(["-c", &c])
            .current_dir(&moved)
            .env_clear()
            .env("HOME", home.path())
            .env("PATH", &moved)
            .env("LANG", "C")
            .output()
            .expect("sh");
        assert!(
            out.status.success(),
            "{c}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if c.contains(" secret list") {
            assert!(String::from_utf8_lossy(&out.stdout).contains("restic-repo"));
        }
    }
    assert_eq!(
        std::fs::read_to_string(moved.join("released.txt")).expect("released"),
        "kit-restic-canary"
    );

    // The kit's vault recorded the emergency recovery and the unseal.
    let audit = Command::new(moved.join("kluis"))
        .current_dir(&moved)
        .env_clear()
        .env("HOME", home.path())
        .args([
            "--vault",
            "vault.kluis",
            "--share-file",
            "sheet-1.txt",
            "--share-file",
            "sheet-2.txt",
            "--as",
            "Dirk Smit",
            "--json",
            "audit",
            "list",
        ])
        .output()
        .expect("audit");
    let audit: serde_json::Value = serde_json::from_slice(&audit.stdout).expect("json");
    let kinds: Vec<&str> = audit
        .as_array()
        .expect("arr")
        .iter()
        .filter_map(|r| r["event"]["kind"].as_str())
        .collect();
    assert!(
        kinds.contains(&"Recovery") && kinds.contains(&"Unseal"),
        "{kinds:?}"
    );
}

#[test]
fn shares_status_warns_when_the_vault_changed_since_the_kit() {
    let (f, _pin) = setup();
    let kit = f.dir.path().join("kit");
    f.ok(&["kit", "--out", path_str(&kit)]);
    // Unlocks and listings change nothing the kit needs.
    f.ok(&["secret", "list"]);
    let r = f.run(&["shares", "status"]);
    assert!(
        r.stdout.contains("(the vault has not changed since)"),
        "{}",
        r.stdout
    );
    assert!(!r.stderr.contains("changed since"), "{}", r.stderr);

    let v = f.file("v2", "another\n");
    f.ok(&[
        "secret",
        "add",
        "other",
        "--kind",
        "note",
        "--value-file",
        path_str(&v),
    ]);
    let r = f.run(&["shares", "status"]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout
            .contains("(the vault changed since: write a new one)"),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr
            .contains("the vault changed since the recovery kit of ")
            && r.stderr
                .contains("write a new kit with `kluis kit --out DIR`"),
        "{}",
        r.stderr
    );
}

#[test]
fn kit_out_on_a_file_or_a_non_empty_directory_is_refused() {
    let (f, _pin) = setup();
    let before = f.bytes();
    let file = f.file("a-file", "x");
    f.run(&["kit", "--out", path_str(&file)]).expect(
        1,
        &format!(
            "{} exists and is not a directory: give a new or empty directory for the kit",
            file.display()
        ),
    );
    let full = f.dir.path().join("full");
    std::fs::create_dir(&full).expect("mkdir");
    std::fs::write(full.join("keep.txt"), "keep").expect("w");
    f.run(&["kit", "--out", path_str(&full)]).expect(
        1,
        &format!(
            "{} is not empty: give a new or empty directory for the kit (nothing was written)",
            full.display()
        ),
    );
    assert_eq!(f.bytes(), before, "vault byte-identical");
    assert_eq!(
        std::fs::read_dir(&full).expect("dir").count(),
        1,
        "nothing written into the directory"
    );
    assert_eq!(std::fs::read(full.join("keep.txt")).expect("r"), b"keep");
    let link = f.dir.path().join("link");
    std::os::unix::fs::symlink(f.dir.path().join("elsewhere"), &link).expect("symlink");
    f.run(&["kit", "--out", path_str(&link)])
        .expect(1, "exists and is not a directory");
    assert!(!f.dir.path().join("elsewhere").exists());
    assert_eq!(f.bytes(), before, "vault byte-identical");
}
