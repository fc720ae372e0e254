//! Git remotes (issue 9) against real git: protected bare repositories in a
//! temp dir (`receive.denyNonFastForwards`, `receive.denyDeletes`) and a
//! `git daemon` on 127.0.0.1. Every git the tests run themselves gets its
//! own HOME, no system config and a fixed identity, so the machine's git
//! config plays no part; kluis's own git runs inherit the fixture's HOME.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, Stdio};

use crate::util::{Fixture, Run, path_str};

/// The test's git: own HOME, no system or global config, fixed identity.
fn git(home: &Path, args: &[&str]) -> String {
    let out = git_cmd(home).args(args).output().expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn git_cmd(home: &Path) -> StdCommand {
    let mut c = StdCommand::new("git");
    c.env("HOME", home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", home.join("no-global-gitconfig"))
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.invalid")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.invalid")
        .env("LC_ALL", "C");
    c
}

/// A protected bare repository, as the handbook tells the server admin.
fn bare(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    git(dir, &["init", "--quiet", "--bare", path_str(&p)]);
    for (k, v) in [
        ("receive.denyNonFastForwards", "true"),
        ("receive.denyDeletes", "true"),
    ] {
        git(dir, &["-C", path_str(&p), "config", k, v]);
    }
    p
}

fn path_env() -> OsString {
    std::env::var_os("PATH").unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin".into())
}

/// Runs kluis with the fixture's passphrase and the real PATH (the fixture
/// clears the environment).
fn kl(f: &Fixture, args: &[&str]) -> Run {
    kl_path(
        f,
        &path_env(),
        &[&["--passphrase-file", path_str(&f.pass)], args].concat(),
    )
}

/// Runs kluis with exactly these arguments and PATH.
fn kl_path(f: &Fixture, path: &OsString, args: &[&str]) -> Run {
    let out = f
        .cmd()
        .env("PATH", path)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .args(args)
        .output()
        .expect("run");
    Run::of(&out)
}

#[track_caller]
fn ok(f: &Fixture, args: &[&str]) -> Run {
    let r = kl(f, args);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    r
}

/// A custody fixture: approver Bert, delegate Dirk, backup key "restic".
fn custody() -> Fixture {
    let f = Fixture::new();
    f.add_approver();
    f.ok(&["roster", "add", "Dirk", "--role", "delegate"]);
    let val = f.file("val", "restic-password-CANARY\n");
    f.ok(&[
        "secret",
        "add",
        "restic",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&val),
    ]);
    f
}

fn unseal_args(f: &Fixture) -> Vec<String> {
    [
        "unseal",
        "restic",
        "--reason-category",
        "restore-test",
        "--reason",
        "monthly test",
        "--approver",
        "Bert",
        "--approver-pin-file",
        path_str(&f.dir.path().join("pin")),
        "--to",
        "stdout",
    ]
    .map(String::from)
    .to_vec()
}

fn unseal(f: &Fixture) -> Run {
    let a = unseal_args(f);
    kl(f, &a.iter().map(String::as_str).collect::<Vec<_>>())
}

fn records(f: &Fixture) -> Vec<serde_json::Value> {
    let out = ok(f, &["--json", "audit", "list"]).stdout;
    serde_json::from_str::<serde_json::Value>(&out)
        .expect("json")
        .as_array()
        .expect("array")
        .clone()
}

fn kinds(f: &Fixture, kind: &str) -> Vec<serde_json::Value> {
    records(f)
        .into_iter()
        .filter(|r| r["event"]["kind"] == kind)
        .collect()
}

/// The remote's head file and commit count.
fn remote_head(home: &Path, repo: &Path) -> String {
    git(home, &["-C", path_str(repo), "show", "kluis:vault.head"])
}

fn remote_commits(home: &Path, repo: &Path) -> usize {
    git(
        home,
        &["-C", path_str(repo), "rev-list", "--count", "kluis"],
    )
    .trim()
    .parse()
    .expect("count")
}

/// A second machine: its own HOME, state and vault path.
fn second_home() -> Fixture {
    Fixture::empty()
}

/// Adds `repo` as remote `name`.
fn add(f: &Fixture, name: &str, repo: &Path, required: bool) {
    let mut a = vec!["remote", "add", name, path_str(repo)];
    if required {
        a.push("--required");
    }
    ok(f, &a);
}

#[test]
fn add_list_remove_each_recorded_and_the_commits_hold_nothing_secret() {
    let f = custody();
    let repo = bare(f.dir.path(), "office.git");
    add(&f, "office", &repo, false);
    add(&f, "usb", &bare(f.dir.path(), "usb.git"), true);
    let list: serde_json::Value =
        serde_json::from_str(&ok(&f, &["--json", "remote", "list"]).stdout).expect("json");
    assert_eq!(list[0]["name"], "office");
    assert_eq!(list[0]["required"], false);
    assert_eq!(list[0]["pending"], 0);
    assert_eq!(list[1]["name"], "usb");
    assert_eq!(list[1]["required"], true);
    let vault_gen = list[0]["remote_generation"].as_u64().expect("generation");
    // The remote holds the vault file as saved and a plain head file.
    let head = remote_head(f.dir.path(), &repo);
    assert!(head.starts_with("kluis-head 1\nvault "), "{head}");
    assert!(
        head.contains(&format!("\ngeneration {vault_gen}\n")),
        "{head}"
    );
    let remote_vault = git_cmd(f.dir.path())
        .args(["-C", path_str(&repo), "show", "kluis:vault.kluis"])
        .output()
        .expect("git")
        .stdout;
    assert_eq!(remote_vault, f.bytes(), "the remote holds the saved vault");
    // Commit messages name record kinds and numbers only.
    let log = git(
        f.dir.path(),
        &[
            "-C",
            path_str(&repo),
            "log",
            "--format=%an %ae|%s%n%b",
            "kluis",
        ],
    );
    assert!(
        log.contains("kluis kluis@localhost|kluis generation"),
        "{log}"
    );
    assert!(log.contains("unlock"), "{log}");
    for word in ["restic", "Bert", "Anna", "Dirk", "CANARY", "monthly"] {
        assert!(!log.contains(word), "{word} in the log: {log}");
        assert!(!head.contains(word), "{word} in the head file");
    }
    let text = ok(&f, &["remote", "list"]).stdout;
    assert!(
        text.contains("usb") && text.contains("(required)"),
        "{text}"
    );
    ok(&f, &["remote", "remove", "usb"]);
    let changes = kinds(&f, "RemoteChange");
    assert_eq!(changes.len(), 3, "two adds and a remove");
    assert_eq!(changes[2]["event"]["detail"], "removed");
    let r = kl(&f, &["remote", "remove", "usb"]);
    r.expect(1, "no remote named \"usb\": see `kluis remote list`");
    // Only the PO: a delegate's emergency session cannot add one.
    let sheets = f.print_shares(&[]);
    let r = kl_path(
        &f,
        &path_env(),
        &[
            "--share-file",
            path_str(&sheets[0]),
            "--share-file",
            path_str(&sheets[1]),
            "--as",
            "Dirk",
            "remote",
            "add",
            "x",
            path_str(&repo),
        ],
    );
    r.expect(6, "adding a remote is not allowed in an emergency session");
}

#[test]
fn odd_names_bad_urls_and_missing_git_change_nothing() {
    let f = custody();
    let before = f.bytes();
    for (name, why) in [
        (
            "a b",
            "a remote name may hold only letters a-z, A-Z, digits, '-', '_' and '.'",
        ),
        ("../x", "a remote name cannot start with '-' or '.'"),
        ("", "a remote name is 1 to 32 characters long"),
        ("naïve", "a remote name may hold only"),
    ] {
        let r = kl(&f, &["remote", "add", name, "/nowhere"]);
        r.expect(2, &format!("invalid remote name {name:?}: {why}"));
    }
    let not_repo = f.dir.path().join("plain-dir");
    std::fs::create_dir(&not_repo).expect("dir");
    let r = kl(&f, &["remote", "add", "office", path_str(&not_repo)]);
    r.expect(
        2,
        &format!(
            "{} is not a git repository kluis can reach (",
            not_repo.display()
        ),
    );
    assert!(
        r.stderr
            .contains("make one with `git init --bare` or check the URL")
    );
    // The system git is missing from PATH.
    let empty = f.dir.path().join("empty-bin");
    std::fs::create_dir(&empty).expect("dir");
    let repo = bare(f.dir.path(), "office.git");
    let r = kl_path(
        &f,
        &empty.clone().into_os_string(),
        &[
            "--passphrase-file",
            path_str(&f.pass),
            "remote",
            "add",
            "office",
            path_str(&repo),
        ],
    );
    r.expect(
        1,
        "git is not installed or not on PATH: kluis uses the system git to reach remotes",
    );
    assert_eq!(f.bytes(), before, "nothing was opened or written");
    // With a required remote configured and git gone: opening warns, a
    // release is refused and recorded, nothing is released.
    add(&f, "office", &repo, true);
    let a = unseal_args(&f);
    let mut args = vec!["--passphrase-file", path_str(&f.pass)];
    args.extend(a.iter().map(String::as_str));
    let r = kl_path(&f, &empty.into_os_string(), &args);
    r.expect(6, "nothing was released: required remote office did not accept the record of this release (git is not installed or not on PATH");
    assert!(r.stdout.is_empty(), "released: {}", r.stdout);
    assert!(
        r.stderr
            .contains("remote office cannot be reached (git is not installed")
    );
    let denied = kinds(&f, "UnsealDenied");
    assert_eq!(denied.len(), 1);
    assert!(
        denied[0]["event"]["detail"]
            .as_str()
            .expect("detail")
            .starts_with("required remote office did not accept the record of this release (git is not installed"),
        "{}",
        denied[0]
    );
}

#[test]
fn unreachable_best_effort_remote_is_pending_and_retried_at_the_next_command() {
    let f = custody();
    let repo = bare(f.dir.path(), "usb.git");
    add(&f, "usb", &repo, false);
    let pushed = remote_commits(f.dir.path(), &repo);
    // The USB stick is unplugged.
    let away = f.dir.path().join("usb-unplugged.git");
    std::fs::rename(&repo, &away).expect("unplug");
    let r = kl(&f, &["secret", "list"]);
    r.expect(0, "remote usb cannot be reached (");
    assert!(
        r.stderr.contains("remote usb did not accept the save ("),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("1 save(s) pending, pushed again at the next command or `kluis sync`")
    );
    let r = kl(&f, &["remote", "list"]);
    assert!(r.stdout.contains("2 save(s) pending"), "{}", r.stdout);
    // A release is not held up by a best-effort remote.
    let r = unseal(&f);
    r.expect(0, "remote usb did not accept the save");
    assert_eq!(r.stdout, "restic-password-CANARY");
    // Plugged back in: the next command pushes everything pending, one
    // commit per save.
    std::fs::rename(&away, &repo).expect("plug in");
    let r = ok(&f, &["secret", "list"]);
    assert!(!r.stderr.contains("did not accept"), "{}", r.stderr);
    let list: serde_json::Value =
        serde_json::from_str(&ok(&f, &["--json", "remote", "list"]).stdout).expect("json");
    assert_eq!(list[0]["pending"], 0);
    assert!(remote_commits(f.dir.path(), &repo) >= pushed + 5);
    let head = remote_head(f.dir.path(), &repo);
    let seq = records(&f).len();
    // `audit list` itself was one more open, pushed too.
    assert!(
        head.contains(&format!(" #{} ", seq - 1)) || head.contains(&format!(" #{seq} ")),
        "{head}"
    );
}

#[test]
fn required_remote_unreachable_or_refusing_releases_nothing() {
    let f = custody();
    let repo = bare(f.dir.path(), "office.git");
    add(&f, "office", &repo, true);
    let away = f.dir.path().join("office-down.git");
    std::fs::rename(&repo, &away).expect("take down");
    let r = unseal(&f);
    r.expect(
        6,
        "nothing was released: required remote office did not accept the record of this release (",
    );
    assert!(
        r.stderr
            .contains("the refusal is recorded. Run `kluis sync` when the remote is back")
    );
    assert!(r.stdout.is_empty(), "released: {}", r.stdout);
    std::fs::rename(&away, &repo).expect("back");
    // A hook on the server that refuses every push.
    let hook = repo.join("hooks/pre-receive");
    std::fs::write(
        &hook,
        "#!/bin/sh\necho 'pushes are frozen by the administrator' >&2\nexit 1\n",
    )
    .expect("hook");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let before = remote_head(f.dir.path(), &repo);
    let r = unseal(&f);
    r.expect(
        6,
        "nothing was released: required remote office did not accept the record of this release (",
    );
    assert!(
        r.stderr.contains("pushes are frozen by the administrator"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.is_empty());
    assert_eq!(
        remote_head(f.dir.path(), &repo),
        before,
        "the remote is unchanged"
    );
    // Both refusals are in the chain (pushed once the hook is gone).
    std::fs::remove_file(&hook).expect("unhook");
    let r = unseal(&f);
    r.expect(0, "");
    assert_eq!(r.stdout, "restic-password-CANARY");
    let denied = kinds(&f, "UnsealDenied");
    assert_eq!(denied.len(), 2);
    assert_eq!(
        kinds(&f, "Unseal").len(),
        3,
        "two records of attempts that released nothing, one release"
    );
}

#[test]
fn a_remote_holding_another_vault_or_changed_outside_kluis_is_refused() {
    let f = custody();
    let g = Fixture::new();
    let theirs = bare(g.dir.path(), "theirs.git");
    add(&g, "office", &theirs, false);
    let before = f.bytes();
    let r = kl(&f, &["remote", "add", "office", path_str(&theirs)]);
    r.expect(4, "remote office holds a different vault (id ");
    assert!(r.stderr.contains("check its URL with `kluis remote list`"));
    assert_ne!(f.bytes(), before, "the open itself was recorded");
    let listed: serde_json::Value =
        serde_json::from_str(&ok(&f, &["--json", "remote", "list"]).stdout).expect("json");
    assert_eq!(listed, serde_json::json!([]), "not added");

    // Our own remote, then someone edits its head file on the server.
    let repo = bare(f.dir.path(), "office.git");
    add(&f, "office", &repo, false);
    let work = f.dir.path().join("admin-work");
    git(
        f.dir.path(),
        &[
            "clone",
            "--quiet",
            "--branch",
            "kluis",
            path_str(&repo),
            path_str(&work),
        ],
    );
    let head = std::fs::read_to_string(work.join("vault.head")).expect("head");
    let edited = head.replacen("generation ", "generation 9", 1);
    std::fs::write(work.join("vault.head"), edited).expect("edit");
    git(
        f.dir.path(),
        &["-C", path_str(&work), "commit", "--quiet", "-am", "edit"],
    );
    git(
        f.dir.path(),
        &["-C", path_str(&work), "push", "--quiet", "origin", "kluis"],
    );
    let before = f.bytes();
    let r = kl(&f, &["secret", "list"]);
    r.expect(
        4,
        "remote office was changed outside kluis: its head file does not match its vault file (generation); nothing was changed here",
    );
    assert_eq!(f.bytes(), before, "nothing written");
    // ... or deletes it.
    git(
        f.dir.path(),
        &["-C", path_str(&work), "rm", "--quiet", "vault.head"],
    );
    git(
        f.dir.path(),
        &["-C", path_str(&work), "commit", "--quiet", "-m", "delete"],
    );
    git(
        f.dir.path(),
        &["-C", path_str(&work), "push", "--quiet", "origin", "kluis"],
    );
    let r = kl(&f, &["secret", "list"]);
    r.expect(
        4,
        "remote office was changed outside kluis: its last commit has no head file",
    );
    assert_eq!(f.bytes(), before);
    // ... or puts another vault's file there.
    std::fs::write(work.join("vault.head"), head).expect("restore head");
    std::fs::write(work.join("vault.kluis"), g.bytes()).expect("other vault");
    git(f.dir.path(), &["-C", path_str(&work), "add", "vault.head"]);
    git(
        f.dir.path(),
        &["-C", path_str(&work), "commit", "--quiet", "-am", "swap"],
    );
    git(
        f.dir.path(),
        &["-C", path_str(&work), "push", "--quiet", "origin", "kluis"],
    );
    let r = kl(&f, &["secret", "list"]);
    r.expect(4, "its head file does not match its vault file (vault id)");
    assert_eq!(f.bytes(), before);
}

#[test]
fn a_rollback_with_the_state_dir_deleted_is_caught_by_the_remote() {
    let f = custody();
    let repo = bare(f.dir.path(), "office.git");
    add(&f, "office", &repo, false);
    let old = f.bytes();
    let r = unseal(&f);
    r.expect(0, "");
    let witnessed = remote_head(f.dir.path(), &repo);
    // Put the old copy back and remove every local trace.
    std::fs::write(&f.vault, &old).expect("put back");
    std::fs::remove_dir_all(f.dir.path().join("state")).expect("delete state");
    let r = kl(&f, &["secret", "list"]);
    r.expect(4, "remote office holds a newer vault (generation ");
    assert!(r.stderr.contains(": run kluis sync"), "{}", r.stderr);
    assert_eq!(f.bytes(), old, "nothing written");
    // --allow-rollback opens, records it, and cannot push over the remote.
    let r = kl(&f, &["--allow-rollback", "secret", "list"]);
    r.expect(
        0,
        "kept this copy (rollback allowed) although remote office holds a newer vault",
    );
    assert!(
        r.stderr
            .contains("remote office did not accept the save (! [rejected] kluis -> kluis"),
        "{}",
        r.stderr
    );
    assert_eq!(
        remote_head(f.dir.path(), &repo),
        witnessed,
        "the remote kept its history"
    );
    // The accepted old copy has moved on by itself: it and the remote
    // diverged, and `kluis sync --keep remote` puts the newer copy back,
    // keeping this one beside it. The unseal record is there again.
    kl(&f, &["sync"]).expect(4, "diverged");
    let r = kl(&f, &["sync", "--keep", "remote"]);
    r.expect(0, "took generation ");
    assert_eq!(
        kinds(&f, "Unseal").len(),
        1,
        "the release is on the record again"
    );
    assert_eq!(kinds(&f, "Sync").len(), 1);
}

/// Clones `url` into a second HOME.
fn clone_to(g: &Fixture, url: &str) -> Run {
    kl_path(g, &path_env(), &["clone", url])
}

#[test]
fn a_delegate_clones_recovers_and_the_po_is_told() {
    let f = custody();
    let sheets = f.print_shares(&[]);
    let repo = bare(f.dir.path(), "office.git");
    add(&f, "office", &repo, false);
    // The delegate's new laptop.
    let g = second_home();
    let r = clone_to(&g, path_str(&repo));
    r.expect(0, "");
    assert!(r.stdout.starts_with("cloned vault "), "{}", r.stdout);
    assert_eq!(g.bytes(), f.bytes());
    let r = clone_to(&g, path_str(&repo));
    r.expect(1, "already exists: choose another path with --vault");
    let a = unseal_args(&g);
    let mut args = vec![
        "--share-file",
        path_str(&sheets[0]),
        "--share-file",
        path_str(&sheets[2]),
        "--as",
        "Dirk",
    ];
    let pin = path_str(&f.dir.path().join("pin")).to_string();
    let mut a: Vec<&str> = a.iter().map(String::as_str).collect();
    let i = a
        .iter()
        .position(|x| *x == "--approver-pin-file")
        .expect("flag");
    a[i + 1] = &pin;
    args.extend(a);
    let r = kl_path(&g, &path_env(), &args);
    r.expect(0, "emergency session");
    assert_eq!(r.stdout, "restic-password-CANARY");
    // Back on the PO's laptop: the next open says so and refuses changes.
    let before = f.bytes();
    let r = kl(&f, &["secret", "list"]);
    r.expect(4, "remote office holds a newer vault (generation ");
    assert_eq!(f.bytes(), before);
    let r = kl(&f, &["sync"]);
    r.expect(0, "took generation ");
    let u = kinds(&f, "Unseal");
    assert_eq!(u.len(), 1);
    assert_eq!(u[0]["event"]["actor"]["person"], "Dirk");
    let r = kl(&f, &["secret", "list"]);
    assert!(
        r.stderr
            .contains("emergency event(s) since your last acknowledgement"),
        "{}",
        r.stderr
    );
    // Clone of something that is not a repository, or an empty one.
    let h = second_home();
    let r = clone_to(&h, path_str(&h.dir.path().join("nothing")));
    r.expect(2, "is not a git repository kluis can reach (");
    let empty = bare(h.dir.path(), "empty.git");
    let r = clone_to(&h, path_str(&empty));
    r.expect(1, "holds no vault yet");
    assert!(!h.vault.exists());
}

#[test]
fn diverged_saves_from_two_homes_are_refused_then_resolved() {
    let f = custody();
    let repo = bare(f.dir.path(), "office.git");
    add(&f, "office", &repo, false);
    let g = second_home();
    clone_to(&g, path_str(&repo)).expect(0, "");
    // The PO saves while the remote is out of reach ...
    let away = f.dir.path().join("office-away.git");
    std::fs::rename(&repo, &away).expect("offline");
    ok(&f, &["roster", "add", "Eve", "--role", "holder"]);
    std::fs::rename(&away, &repo).expect("online");
    // ... and the second machine saves something else once it is back.
    ok(&g, &["roster", "add", "Gus", "--role", "holder"]);
    let pushed = remote_head(g.dir.path(), &repo);
    let g_commit = git(g.dir.path(), &["-C", path_str(&repo), "rev-parse", "kluis"]);
    let before = f.bytes();
    let r = kl(&f, &["secret", "list"]);
    r.expect(4, "this copy and remote office diverged: here generation ");
    assert!(r.stderr.contains("there generation "), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("`kluis sync --keep remote` or `kluis sync --keep local`")
    );
    assert_eq!(
        r.stderr.matches("KC1 ").count(),
        2,
        "both heads named: {}",
        r.stderr
    );
    assert_eq!(f.bytes(), before);
    let r = kl(&f, &["sync"]);
    r.expect(4, "diverged");
    assert_eq!(f.bytes(), before);
    // Keep this copy: the remote's is kept beside the vault, both heads are
    // recorded, and the push keeps the remote's history (a merge).
    let r = kl(&f, &["sync", "--keep", "local"]);
    r.expect(0, "kept this copy's generation");
    let beside: Vec<_> = std::fs::read_dir(f.vault.parent().expect("dir"))
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("vault.kluis.office-g"))
        .collect();
    assert_eq!(beside.len(), 1, "{beside:?}");
    let sync = kinds(&f, "Sync");
    assert_eq!(sync.len(), 1);
    assert!(
        sync[0]["event"]["detail"]
            .as_str()
            .expect("detail")
            .contains("KC1 ")
    );
    assert_ne!(remote_head(f.dir.path(), &repo), pushed);
    // The remote kept the other machine's commit in its history.
    git(
        f.dir.path(),
        &[
            "-C",
            path_str(&repo),
            "merge-base",
            "--is-ancestor",
            g_commit.trim(),
            "kluis",
        ],
    );
    // The other machine now sees a newer remote, and `sync` takes it.
    let r = kl(&g, &["secret", "list"]);
    r.expect(4, "remote office holds a newer vault");
    kl(&g, &["sync"]).expect(0, "took generation ");
    // That sync was itself a save, so the PO's copy is now the older one.
    kl(&f, &["sync"]).expect(0, "took generation ");
    kl(&g, &["sync"]).expect(0, "took generation ");
    // Diverge again, and this time keep the remote's copy.
    std::fs::rename(&repo, &away).expect("offline");
    ok(&f, &["roster", "add", "Fay", "--role", "holder"]);
    std::fs::rename(&away, &repo).expect("online");
    ok(&g, &["roster", "add", "Hal", "--role", "holder"]);
    let r = kl(&f, &["sync", "--keep", "remote"]);
    r.expect(0, "took generation ");
    assert!(r.stderr.contains("kept as "), "{}", r.stderr);
    let local_kept = std::fs::read_dir(f.vault.parent().expect("dir"))
        .expect("dir")
        .filter(|e| {
            e.as_ref()
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .starts_with("vault.kluis.local-g")
        })
        .count();
    assert_eq!(local_kept, 1);
    kl(&g, &["sync"]).expect(0, "took generation ");
    ok(&g, &["secret", "list"]);
}

/// A `git daemon` on 127.0.0.1 serving `base`, with pushes enabled.
struct Daemon {
    child: Child,
    port: u16,
}

impl Daemon {
    fn start(base: &Path, port: Option<u16>) -> Daemon {
        let port = port.unwrap_or_else(|| {
            std::net::TcpListener::bind("127.0.0.1:0")
                .expect("bind")
                .local_addr()
                .expect("addr")
                .port()
        });
        // `git daemon` runs git-daemon as a child; start that binary itself
        // so killing it really takes the network remote down.
        let exec_path = git(base, &["--exec-path"]);
        let mut cmd = git_cmd(base);
        cmd.env("PATH", path_env());
        let child = StdCommand::new(Path::new(exec_path.trim()).join("git-daemon"))
            .envs(cmd.get_envs().filter_map(|(k, v)| v.map(|v| (k, v))))
            .args([
                "--reuseaddr",
                "--listen=127.0.0.1",
                &format!("--port={port}"),
                &format!("--base-path={}", base.display()),
                "--export-all",
                "--enable=receive-pack",
                "--informative-errors",
                path_str(base),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("git daemon");
        // Dropping the daemon kills and waits for it, also on the panic.
        let d = Daemon { child, port };
        for _ in 0..500 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return d;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        panic!("git daemon did not start");
    }

    fn url(&self, repo: &str) -> String {
        format!("git://127.0.0.1:{}/{repo}", self.port)
    }

    /// The network drops: the daemon is killed.
    fn kill(mut self) -> u16 {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.port
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn a_git_daemon_remote_and_the_network_dropping() {
    let f = custody();
    let base = f.dir.path().join("srv");
    std::fs::create_dir(&base).expect("srv");
    let repo = bare(&base, "kluis.git");
    let d = Daemon::start(&base, None);
    let url = d.url("kluis.git");
    ok(&f, &["remote", "add", "office", &url, "--required"]);
    assert!(remote_head(&base, &repo).contains("kluis-head 1"));
    let r = unseal(&f);
    r.expect(0, "");
    assert_eq!(r.stdout, "restic-password-CANARY");
    // The network drops.
    let port = d.kill();
    let r = unseal(&f);
    r.expect(
        6,
        "nothing was released: required remote office did not accept the record of this release (",
    );
    assert!(r.stdout.is_empty());
    assert!(
        r.stderr.contains("remote office cannot be reached ("),
        "{}",
        r.stderr
    );
    let r = kl(&f, &["remote", "list"]);
    assert!(r.stdout.contains("save(s) pending"), "{}", r.stdout);
    // Back up: sync pushes what is pending and the release works again.
    let _d = Daemon::start(&base, Some(port));
    let r = kl(&f, &["sync"]);
    r.expect(0, "");
    assert!(r.stdout.contains("up to date"), "{}", r.stdout);
    let r = unseal(&f);
    r.expect(0, "");
    assert_eq!(r.stdout, "restic-password-CANARY");
    // The clone of a network remote works the same.
    let g = second_home();
    clone_to(&g, &url).expect(0, "");
    assert_eq!(g.bytes(), f.bytes());
}

#[test]
fn a_version_1_vault_opens_and_is_written_as_version_2() {
    let f = Fixture::empty();
    let reference = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/reference.kluis");
    std::fs::copy(&reference, &f.vault).expect("copy the v1 reference vault");
    let r = ok(&f, &["secret", "list"]);
    assert!(r.stdout.contains("restic"), "{}", r.stdout);
    ok(&f, &["audit", "verify"]);
    let list = ok(&f, &["--json", "remote", "list"]).stdout;
    assert_eq!(list.trim(), "[]");
    let repo = bare(f.dir.path(), "office.git");
    add(&f, "office", &repo, false);
    ok(&f, &["audit", "verify"]);
}

/// What a UDP syslog listener on 127.0.0.1 has received so far.
fn drain_udp(sock: &std::net::UdpSocket) -> Vec<String> {
    sock.set_nonblocking(true).expect("nonblocking");
    let mut out = Vec::new();
    let mut buf = vec![0u8; 65536];
    while let Ok(n) = sock.recv(&mut buf) {
        out.push(String::from_utf8_lossy(&buf[..n]).into_owned());
    }
    out
}

/// What a TCP syslog listener on 127.0.0.1 has received so far: every
/// connection waiting in the backlog, read to its end.
fn drain_tcp(l: &std::net::TcpListener) -> Vec<String> {
    use std::io::Read;
    l.set_nonblocking(true).expect("nonblocking");
    let mut out = Vec::new();
    while let Ok((mut s, _)) = l.accept() {
        s.set_nonblocking(false).expect("blocking");
        let mut text = String::new();
        s.read_to_string(&mut text).expect("read");
        out.extend(text.lines().map(String::from));
    }
    out
}

#[test]
fn audit_records_go_to_syslog_and_the_chain_is_compared_with_it() {
    let f = custody();
    let udp = std::net::UdpSocket::bind("127.0.0.1:0").expect("udp");
    let target = format!("udp://{}", udp.local_addr().expect("addr"));
    let before = f.bytes();
    let r = kl(&f, &["settings", "--syslog", "http://127.0.0.1:1"]);
    r.expect(2, "\"http://127.0.0.1:1\" is not a syslog target: give unix, udp://HOST:PORT or tcp://HOST:PORT");
    let r = kl(
        &f,
        &[
            "audit",
            "verify",
            "--against-syslog",
            path_str(&f.dir.path().join("none.log")),
        ],
    );
    r.expect(1, "cannot read the syslog file");
    assert_eq!(f.bytes(), before);
    let r = ok(&f, &["settings", "--syslog", &target]);
    assert!(
        r.stdout.contains(&format!("syslog:            {target}")),
        "{}",
        r.stdout
    );
    assert_eq!(unseal(&f).stdout, "restic-password-CANARY");
    ok(&f, &["secret", "list"]);
    let mut lines = drain_udp(&udp);
    assert!(lines.len() >= 4, "{lines:?}");
    for l in &lines {
        assert!(l.starts_with("<85>1 "), "{l}");
        assert!(l.contains(" kluis "), "{l}");
        assert!(!l.contains("CANARY") && !l.contains("monthly test"), "{l}");
    }
    assert!(
        lines
            .iter()
            .any(|l| l.contains(" unseal [kluis@32473 ") && l.contains("subject=\"restic\""))
    );
    // A daemon that prefixes its own fields does not matter.
    let log = f.file(
        "collected.log",
        lines
            .iter()
            .map(|l| format!("Nov 30 14:00:00 host {l}\n"))
            .collect::<String>(),
    );
    let r = ok(&f, &["audit", "verify", "--against-syslog", path_str(&log)]);
    assert!(
        r.stdout
            .contains("is in the syslog, and the syslog holds no record the chain lacks"),
        "{}",
        r.stdout
    );
    // The log lost the unseal record.
    let unseal_line = lines
        .iter()
        .position(|l| l.contains(" unseal ["))
        .expect("unseal line");
    let seq: String = lines[unseal_line]
        .split("seq=\"")
        .nth(1)
        .expect("seq")
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let mut lost = lines.clone();
    lost.remove(unseal_line);
    let gap = f.file("lost.log", lost.join("\n"));
    kl(&f, &["audit", "verify", "--against-syslog", path_str(&gap)]).expect(
        4,
        &format!("record #{seq} (unseal) is in the audit chain but missing from the syslog"),
    );
    // The log holds a record the chain lacks (the chain was cut back).
    // Every verify is an open, and its record went to the log too.
    lines.extend(drain_udp(&udp));
    let mut extra = lines.clone();
    extra.push(lines[0].replace(
        &format!(
                "seq=\"{}\"",
                lines[0]
                    .split("seq=\"")
                    .nth(1)
                    .expect("seq")
                    .split('"')
                    .next()
                    .expect("n")
            ),
        "seq=\"9999\"",
    ));
    let more = f.file("more.log", extra.join("\n"));
    kl(
        &f,
        &["audit", "verify", "--against-syslog", path_str(&more)],
    )
    .expect(
        4,
        "record #9999 is in the syslog but not in the audit chain",
    );
    // Reasons only when turned on; TCP works the same.
    let tcp = std::net::TcpListener::bind("127.0.0.1:0").expect("tcp");
    let target = format!("tcp://{}", tcp.local_addr().expect("addr"));
    ok(
        &f,
        &["settings", "--syslog", &target, "--syslog-reasons", "on"],
    );
    assert_eq!(unseal(&f).stdout, "restic-password-CANARY");
    let tcp_lines = drain_tcp(&tcp);
    assert!(
        tcp_lines
            .iter()
            .any(|l| l.contains("reason=\"monthly test\"")),
        "{tcp_lines:?}"
    );
    lines.extend(drain_udp(&udp));
    lines.extend(tcp_lines);
    let all = f.file("all.log", lines.join("\n"));
    ok(&f, &["audit", "verify", "--against-syslog", path_str(&all)]);
    // The listener goes away: a warning, and the chain is unaffected.
    drop(tcp);
    let r = ok(&f, &["secret", "list"]);
    assert!(
        r.stderr
            .contains("cannot forward 1 audit record(s) to syslog tcp://"),
        "{}",
        r.stderr
    );
    ok(&f, &["audit", "verify"]);
}

/// The "done when": the PO works with two remotes (office server,
/// USB stick); on a second HOME the delegate clones, recovers with two
/// sheets and unseals in an emergency session; back on the first HOME the
/// PO's next open says so; the chain on both copies verifies against the
/// syslog.
#[test]
fn done_when_two_remotes_a_delegate_clone_and_the_syslog_agree() {
    let f = custody();
    let udp = std::net::UdpSocket::bind("127.0.0.1:0").expect("udp");
    ok(
        &f,
        &[
            "settings",
            "--syslog",
            &format!("udp://{}", udp.local_addr().expect("addr")),
        ],
    );
    let sheets = f.print_shares(&[]);
    let office = bare(f.dir.path(), "office.git");
    let usb = bare(f.dir.path(), "usb.git");
    add(&f, "office", &office, true);
    add(&f, "usb", &usb, false);
    // The USB stick goes into the safe (unreachable for the delegate).
    let safe = f.dir.path().join("usb-in-safe.git");
    std::fs::rename(&usb, &safe).expect("into the safe");
    let g = second_home();
    clone_to(&g, path_str(&office)).expect(0, "");
    let pin = path_str(&f.dir.path().join("pin")).to_string();
    let mut args = vec![
        "--share-file",
        path_str(&sheets[1]),
        "--share-file",
        path_str(&sheets[2]),
        "--as",
        "Dirk",
    ];
    let a = unseal_args(&g);
    let mut a: Vec<&str> = a.iter().map(String::as_str).collect();
    let i = a
        .iter()
        .position(|x| *x == "--approver-pin-file")
        .expect("flag");
    a[i + 1] = &pin;
    args.extend(a);
    let r = kl_path(&g, &path_env(), &args);
    r.expect(0, "remote usb cannot be reached");
    assert_eq!(r.stdout, "restic-password-CANARY");
    // Back on the PO's laptop, the stick back in.
    std::fs::rename(&safe, &usb).expect("out of the safe");
    kl(&f, &["secret", "list"]).expect(4, "remote office holds a newer vault");
    let r = kl(&f, &["sync"]);
    r.expect(0, "took generation ");
    let r = ok(&f, &["secret", "list"]);
    assert!(
        r.stderr
            .contains("emergency event(s) since your last acknowledgement"),
        "{}",
        r.stderr
    );
    assert_eq!(
        remote_head(f.dir.path(), &office),
        remote_head(f.dir.path(), &usb),
        "both remotes hold the same head"
    );
    // Both copies verify against what the syslog collected from both
    // machines.
    let mut lines = drain_udp(&udp);
    let log = f.file("syslog.log", lines.join("\n"));
    ok(&f, &["audit", "verify", "--against-syslog", path_str(&log)]);
    kl(&g, &["sync"]).expect(0, "took generation ");
    lines.extend(drain_udp(&udp));
    let log = g.file("syslog.log", lines.join("\n"));
    let r = kl_path(
        &g,
        &path_env(),
        &[
            "--share-file",
            path_str(&sheets[1]),
            "--share-file",
            path_str(&sheets[2]),
            "--as",
            "Dirk",
            "audit",
            "verify",
            "--against-syslog",
            path_str(&log),
        ],
    );
    r.expect(0, "");
    assert!(
        r.stdout
            .contains("the syslog holds no record the chain lacks"),
        "{}",
        r.stdout
    );
}

/// After `audit archive` the vault's chain starts later than record 1; the
/// remote's head must still be found in it. Before the fix every command
/// after an archive failed with exit 4, "remote usb holds a newer vault
/// (generation 6, …) than this copy (generation 6, …)", on a vault and
/// remote that were the same.
#[test]
fn an_archived_vault_still_knows_its_own_remote() {
    let f = custody();
    let repo = bare(f.dir.path(), "usb.git");
    add(&f, "usb", &repo, true);
    let archive = f.dir.path().join("archief-1.jsonl");
    ok(
        &f,
        &[
            "audit",
            "archive",
            "--before",
            "4",
            "--out",
            path_str(&archive),
        ],
    );
    let head = remote_head(f.dir.path(), &repo);
    // The next commands open, save and push as before.
    let r = ok(&f, &["secret", "list"]);
    assert!(r.stdout.contains("restic"), "{}", r.stdout);
    assert_eq!(unseal(&f).code, 0);
    assert_ne!(
        remote_head(f.dir.path(), &repo),
        head,
        "pushed after the archive"
    );
    // The commit names the records it adds, found by number, not position.
    let subject = git(
        f.dir.path(),
        &["-C", path_str(&repo), "log", "-1", "--format=%s", "kluis"],
    );
    assert!(subject.contains(" unseal"), "{subject}");
    // A second archive on top of the first (up to the last record), and
    // still in step.
    let last = records(&f)
        .last()
        .and_then(|r| r["seq"].as_u64())
        .expect("seq")
        .to_string();
    ok(
        &f,
        &[
            "audit",
            "archive",
            "--before",
            &last,
            "--out",
            path_str(&f.dir.path().join("archief-2.jsonl")),
        ],
    );
    ok(&f, &["shares", "status"]);
    ok(&f, &["audit", "verify"]);
    assert_eq!(kinds(&f, "RollbackAccepted").len(), 0);
}
