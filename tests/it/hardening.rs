//! Process hardening, read from /proc of the running binary: no core dumps
//! (RLIMIT_CORE 0) and not dumpable (PR_SET_DUMPABLE 0).

use std::io::Write;
use std::os::unix::fs::MetadataExt;

use crate::util::{Fixture, path_str};

#[test]
fn running_binary_has_no_core_limit_and_is_not_dumpable() {
    let f = Fixture::new();
    // The binary blocks reading its passphrase from a pipe while we look.
    let as_root = rustix::process::geteuid().is_root();
    let bin = assert_cmd::cargo::cargo_bin("kluis");
    let mut cmd = if as_root {
        // As root every /proc entry is root's anyway; run as nobody so that
        // "not dumpable" shows as root ownership of /proc/<pid>.
        std::fs::set_permissions(
            f.dir.path(),
            std::os::unix::fs::PermissionsExt::from_mode(0o777),
        )
        .expect("chmod");
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(&bin);
        c
    } else {
        std::process::Command::new(&bin)
    };
    let mut child = cmd
        .args([
            "--vault",
            path_str(&f.vault),
            "--passphrase-file",
            "-",
            "secret",
            "list",
        ])
        .env_clear()
        .env("HOME", f.dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    crate::util::wait_until_blocked_on_pipe(&mut child);
    let pid = child.id();
    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).expect("limits");
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .expect("core line");
    let fields: Vec<&str> = core.split_whitespace().collect();
    assert_eq!(&fields[4..6], &["0", "0"], "{core}");
    let owner = std::fs::metadata(format!("/proc/{pid}/environ"))
        .expect("environ")
        .uid();
    let my_uid = if as_root {
        65534
    } else {
        rustix::process::getuid().as_raw()
    };
    assert_ne!(my_uid, 0);
    assert_eq!(
        owner, 0,
        "a non-dumpable process's /proc entries belong to root, not uid {my_uid}"
    );
    let mut w = child.stdin.take().expect("stdin");
    writeln!(w, "wrong").expect("write");
    drop(w);
    let status = child.wait().expect("wait");
    assert!(!status.success());
}
