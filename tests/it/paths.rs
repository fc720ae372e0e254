//! The vault path is not a vault file, or is locked by another process.

use std::os::unix::fs::PermissionsExt;

use crate::util::{Fixture, path_str};

#[test]
fn missing_vault() {
    let f = Fixture::empty();
    f.run(&["secret", "list"]).expect(1, "no vault at");
    assert!(!f.vault.exists());
    assert!(
        !kluis::store::lock_path(&f.vault).exists(),
        "no lock file left for a missing vault"
    );
}

#[test]
fn directory() {
    let f = Fixture::empty();
    std::fs::create_dir(&f.vault).expect("mkdir");
    f.run(&["secret", "list"])
        .expect(1, "is a directory, not a vault file");
}

#[test]
fn fifo_does_not_hang() {
    let f = Fixture::empty();
    rustix::fs::mknodat(
        rustix::fs::CWD,
        &f.vault,
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o600),
        0,
    )
    .expect("mkfifo");
    f.run(&["secret", "list"])
        .expect(1, "is not a regular file");
}

#[test]
fn one_gib_file_is_refused_before_reading() {
    let f = Fixture::empty();
    std::fs::File::create(&f.vault)
        .expect("create")
        .set_len(1 << 30)
        .expect("sparse 1 GiB");
    f.run(&["secret", "list"])
        .expect(4, "is 1024 MiB, larger than any vault (limit 64 MiB)");
    assert_eq!(std::fs::metadata(&f.vault).expect("meta").len(), 1 << 30);
}

#[test]
fn unreadable() {
    let f = Fixture::new();
    let before = f.bytes();
    std::fs::set_permissions(&f.vault, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let r = if rustix::process::geteuid().is_root() {
        // Root reads any file, so run the binary as nobody: the directory is
        // opened up for the lock file, the vault itself stays 0000.
        std::fs::set_permissions(f.dir.path(), std::fs::Permissions::from_mode(0o777))
            .expect("chmod dir");
        std::fs::set_permissions(&f.pass, std::fs::Permissions::from_mode(0o644))
            .expect("chmod pass");
        let out = std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(assert_cmd::cargo::cargo_bin("kluis"))
            .args([
                "--vault",
                path_str(&f.vault),
                "--passphrase-file",
                path_str(&f.pass),
                "secret",
                "list",
            ])
            .env_clear()
            .env("HOME", f.dir.path())
            .env("LANG", "C")
            .output()
            .expect("setpriv (util-linux) runs");
        crate::util::Run::of(&out)
    } else {
        f.run(&["secret", "list"])
    };
    r.expect(1, "Permission denied");
    std::fs::set_permissions(&f.vault, std::fs::Permissions::from_mode(0o600)).expect("chmod back");
    assert_eq!(f.bytes(), before);
}

#[test]
fn second_process_gets_exit_5_with_pid() {
    let f = Fixture::new();
    let before = f.bytes();
    let _held = kluis::store::VaultLock::acquire(&f.vault).expect("lock");
    let r = f.run(&["secret", "list"]);
    r.expect(
        5,
        &format!(
            "in use by another kluis process (PID {})",
            std::process::id()
        ),
    );
    assert_eq!(f.bytes(), before);
}
