//! A real restore with restic through kluis (issue 3, bullet 6): the
//! repository password is a kluis secret, restic asks kluis for it as its
//! password command, and the audit chain holds exactly one unseal record
//! for the restore, with reason and approver.

use std::process::Command;

use crate::util::{Fixture, path_str};

#[test]
fn restic_restore_through_kluis_password_command() {
    let restic = which("restic").expect("restic is installed by tests/install-deps.sh");
    let f = Fixture::new();
    let pin = f.add_approver();
    let repo_pass = f.file("repo-pass", "correct-restic-repo-password\n");
    f.ok(&[
        "secret",
        "add",
        "restic-repo",
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
    let repo = f.dir.path().join("repo");
    let env = |c: &mut Command| {
        c.env_clear()
            .env("HOME", f.dir.path())
            .env("RESTIC_REPOSITORY", &repo)
            .env("RESTIC_CACHE_DIR", f.dir.path().join("cache"));
    };
    // init and backup use the password file directly (not through kluis).
    for args in [
        vec!["init".to_string()],
        vec!["backup".into(), path_str(&data).into()],
    ] {
        let mut c = Command::new(&restic);
        env(&mut c);
        let out = c
            .args(&args)
            .arg("--password-file")
            .arg(&repo_pass)
            .output()
            .expect("restic");
        assert!(
            out.status.success(),
            "restic {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    // Restore: restic runs kluis as its password command.
    let kluis = assert_cmd::cargo::cargo_bin("kluis");
    let password_command = format!(
        "{} --vault {} --passphrase-file {} unseal restic-repo --reason-category restore --reason restore-of-data-dir --approver Bert --approver-pin-file {} --to stdout",
        path_str(&kluis),
        path_str(&f.vault),
        path_str(&f.pass),
        path_str(&pin)
    );
    let target = f.dir.path().join("restored");
    let mut c = Command::new(&restic);
    env(&mut c);
    c.env("XDG_STATE_HOME", f.dir.path().join("state"));
    let out = c
        .args(["restore", "latest", "--target"])
        .arg(&target)
        .args(["--password-command", &password_command])
        .output()
        .expect("restic");
    assert!(
        out.status.success(),
        "restic restore: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let restored = target.join(data.strip_prefix("/").expect("absolute"));
    assert_eq!(
        std::fs::read(restored.join("a.txt")).expect("a"),
        b"alpha\n"
    );
    assert_eq!(
        std::fs::read(restored.join("sub/b.bin")).expect("b"),
        (0..=255u8).collect::<Vec<_>>()
    );

    let list: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "audit", "list"])).expect("json");
    let unseals: Vec<&serde_json::Value> = list
        .as_array()
        .expect("arr")
        .iter()
        .filter(|r| r["event"]["kind"] == "Unseal")
        .collect();
    assert_eq!(unseals.len(), 1, "exactly one unseal for the restore");
    let e = &unseals[0]["event"];
    assert_eq!(e["subject"], "restic-repo");
    assert_eq!(e["reason"]["category"], "Restore");
    assert_eq!(e["reason"]["text"], "restore-of-data-dir");
    assert_eq!(e["approver"]["person"], "Bert");
    assert_eq!(e["approver"]["authenticated"], true);
    assert_eq!(e["channel"], "stdout");
}

fn which(name: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join(name))
            .find(|c| c.is_file())
    })
}
