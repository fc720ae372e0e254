//! A real borg backup and extract through kluis (issue 13, "borg beside
//! restic"): the repository passphrase is a kluis secret, borg asks kluis for
//! it through `BORG_PASSCOMMAND`, and the audit chain holds exactly one
//! unseal record for each borg call that asked (create, then extract), with
//! reason and approver. The same end-to-end shape as `restore` (restic).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{Fixture, path_str};

#[test]
fn borg_create_and_extract_through_kluis_passcommand() {
    let borg = which("borg").expect("borg is installed by tests/install-deps.sh");
    let f = Fixture::new();
    let pin = f.add_approver();
    let repo_pass = f.file("repo-pass", "correct-borg-repo-passphrase\n");
    f.ok(&[
        "secret",
        "add",
        "borg-repo",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&repo_pass),
    ]);

    // Data to back up.
    let data = f.dir.path().join("data");
    std::fs::create_dir_all(data.join("sub")).expect("mkdir");
    std::fs::write(data.join("a.txt"), "alpha\n").expect("w");
    std::fs::write(data.join("sub/b.bin"), (0..=255u8).collect::<Vec<_>>()).expect("w");
    std::fs::write(data.join("sub/ü-naïve.txt"), "non-ASCII name\n").expect("w");
    let repo = f.dir.path().join("repo");
    let borg_home = f.dir.path().join("borg-home");
    let run = |args: &[&str], passcommand: &str, cwd: &Path| {
        let out = Command::new(&borg)
            .env_clear()
            .env("HOME", &borg_home)
            .env("BORG_BASE_DIR", &borg_home)
            .env("LANG", "C.UTF-8")
            .env("XDG_STATE_HOME", f.dir.path().join("state"))
            .env("BORG_PASSCOMMAND", passcommand)
            .current_dir(cwd)
            .args(args)
            .output()
            .expect("borg");
        assert!(
            out.status.success(),
            "borg {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };

    // init reads the passphrase file directly (not through kluis): the
    // repository exists before kluis is asked for anything.
    let cat = format!("cat {}", path_str(&repo_pass));
    run(
        &["init", "--encryption=repokey-blake2", path_str(&repo)],
        &cat,
        f.dir.path(),
    );

    let kluis = assert_cmd::cargo::cargo_bin("kluis");
    let passcommand = |category: &str, reason: &str| {
        format!(
            "{} --vault {} --passphrase-file {} unseal borg-repo --reason-category {category} --reason {reason} --approver Bert --approver-pin-file {} --to stdout",
            path_str(&kluis),
            path_str(&f.vault),
            path_str(&f.pass),
            path_str(&pin)
        )
    };
    // create: the archive holds the data dir relative to its parent.
    let archive = format!("{}::first", path_str(&repo));
    run(
        &["create", &archive, "data"],
        &passcommand("other", "nightly-backup"),
        f.dir.path(),
    );
    let before = f.events_of("Unseal");
    assert_eq!(before.len(), 1, "exactly one unseal for the create");

    // extract into a fresh directory, then compare every file.
    let target = f.dir.path().join("restored");
    std::fs::create_dir(&target).expect("mkdir");
    run(
        &["extract", &archive],
        &passcommand("restore", "restore-of-data-dir"),
        &target,
    );
    assert_same_tree(&data, &target.join("data"));

    let unseals = f.events_of("Unseal");
    assert_eq!(
        unseals.len(),
        2,
        "exactly one unseal per borg call that asked"
    );
    for (e, (category, text)) in unseals.iter().zip([
        ("Other", "nightly-backup"),
        ("Restore", "restore-of-data-dir"),
    ]) {
        assert_eq!(e["subject"], "borg-repo");
        assert_eq!(e["reason"]["category"], category);
        assert_eq!(e["reason"]["text"], text);
        assert_eq!(e["approver"]["person"], "Bert");
        assert_eq!(e["approver"]["authenticated"], true);
        assert_eq!(e["channel"], "stdout");
    }
}

/// Every file under `a` exists under `b` with the same bytes, and no more.
fn assert_same_tree(a: &Path, b: &Path) {
    let (fa, fb) = (files(a, a), files(b, b));
    assert_eq!(
        fa.iter().map(|(p, _)| p).collect::<Vec<_>>(),
        fb.iter().map(|(p, _)| p).collect::<Vec<_>>(),
        "same file list"
    );
    for ((p, x), (_, y)) in fa.iter().zip(&fb) {
        assert_eq!(x, y, "{} differs", p.display());
    }
}

fn files(root: &Path, dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read_dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            out.extend(files(root, &p));
        } else {
            let rel = p.strip_prefix(root).expect("under root").to_path_buf();
            out.push((rel, std::fs::read(&p).expect("read")));
        }
    }
    out.sort();
    out
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join(name))
            .find(|c| c.is_file())
    })
}
