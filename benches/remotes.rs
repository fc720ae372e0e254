//! The extra time git remotes add (issue 9): a save, an unseal and an open
//! with no remote, one `file://` remote, and one `git daemon` remote on
//! 127.0.0.1, for a vault of 100 secrets.
//!
//! Run with `cargo bench --bench remotes` (needs `git` on PATH). Plain
//! `std::time::Instant`, median of [`DEFAULT_RUNS`] runs per figure
//! (`KLUIS_BENCH_RUNS=N` for more). Goal (issue): under 50 ms added per
//! save.
//!
//! The vaults use the recorded weak KDF (`allow_weak_kdf`, Argon2id 1 MiB,
//! t=1, p=1) so the key derivation of the open and of the approver's PIN
//! does not drown the difference being measured: every figure is "with a
//! remote" minus "without", from the same kind of vault in the same run.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use kluis::audit::{Reason, ReasonCategory};
use kluis::crypto::kdf::KdfParams;
use kluis::format::body::{Role, SecretKind};
use kluis::ops::{
    self, Env, HolderSpec, InitRequest, KdfChoice, NewValue, OpenOptions, Session, UnsealRequest,
};
use kluis::secret::Passphrase;
use kluis::state::LocalState;
use zeroize::Zeroizing;

const DEFAULT_RUNS: usize = 15;
const SECRETS: usize = 100;
const PASSPHRASE: &str = "correct horse battery staple, bench edition";
const PIN: &str = "246810";
const GOAL: Duration = Duration::from_millis(50);

fn runs() -> usize {
    std::env::var("KLUIS_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(DEFAULT_RUNS)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn git(args: &[&str]) {
    let ok = Command::new("git")
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("git on PATH")
        .success();
    assert!(ok, "git {args:?}");
}

fn env(state: &Path) -> Env {
    let mut e = Env::system();
    e.state = LocalState::new(state.to_path_buf());
    e
}

fn open<'e>(env: &'e Env, path: &Path) -> Session<'e> {
    ops::open_with_passphrase(
        env,
        path,
        &Passphrase::new(PASSPHRASE.into()),
        OpenOptions::default(),
    )
    .expect("open")
}

/// A weak-KDF vault with [`SECRETS`] secrets and approver Bert.
fn make_vault(env: &Env, path: &Path) {
    ops::init(
        env,
        path,
        InitRequest {
            po: "Po Bench".into(),
            name: "remote bench".into(),
            passphrase: Passphrase::new(PASSPHRASE.into()),
            threshold: 2,
            holders: ["Office safe", "IT administrator", "Notary"]
                .iter()
                .map(|l| HolderSpec {
                    label: (*l).into(),
                    place: String::new(),
                    recipient: None,
                })
                .collect(),
            kdf: KdfChoice::Fixed(KdfParams {
                m_kib: 1024,
                t: 1,
                p: 1,
            }),
            allow_weak_kdf: true,
            allow_threshold_one: false,
        },
    )
    .expect("init");
    let mut s = open(env, path);
    s.roster_add("Bert", Role::Approver, Some(&Passphrase::new(PIN.into())))
        .expect("approver");
    for i in 0..SECRETS {
        s.add_secret(
            &format!("secret-{i:03}"),
            SecretKind::BackupKey,
            NewValue::File {
                bytes: Zeroizing::new(vec![0x42; 32]),
                raw: true,
            },
            None,
        )
        .expect("add");
    }
}

/// A `git daemon` on 127.0.0.1 serving `base`, pushes enabled.
struct Daemon(Child);

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn daemon(base: &Path) -> (Daemon, u16) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let exec = Command::new("git")
        .arg("--exec-path")
        .output()
        .expect("git");
    let exec = PathBuf::from(String::from_utf8_lossy(&exec.stdout).trim());
    let child = Command::new(exec.join("git-daemon"))
        .args([
            "--reuseaddr",
            "--listen=127.0.0.1",
            &format!("--port={port}"),
            &format!("--base-path={}", base.display()),
            "--export-all",
            "--enable=receive-pack",
            base.to_str().expect("utf8"),
        ])
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("git daemon");
    let d = Daemon(child);
    for _ in 0..500 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return (d, port);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("git daemon did not start");
}

struct Figures {
    save: Duration,
    unseal: Duration,
    open: Duration,
}

/// Measures one configuration: `url` is the remote, if any.
fn measure(dir: &Path, label: &str, url: Option<&str>) -> Figures {
    let state = dir.join(format!("state-{label}"));
    let path = dir.join(format!("{label}.kluis"));
    let env = env(&state);
    make_vault(&env, &path);
    if let Some(u) = url {
        let mut s = open(&env, &path);
        s.remote_add("bench", u, false).expect("remote add");
    }
    let n = runs();
    let mut s = open(&env, &path);
    let mut save = Vec::new();
    for i in 0..n {
        // A save that changes little: the idle lock, alternately 5 and 6.
        let t = Instant::now();
        s.update_settings(None, Some(5 + (i as u32 % 2)), None, None)
            .expect("save");
        save.push(t.elapsed());
        assert!(
            s.warnings()
                .iter()
                .all(|w| !w.to_string().contains("did not accept")),
            "{:?}",
            s.warnings()
        );
    }
    let mut unseal = Vec::new();
    for _ in 0..n {
        let req = UnsealRequest {
            name: "secret-000",
            version: None,
            reason: Reason {
                category: ReasonCategory::RestoreTest,
                text: "bench".into(),
            },
            approver: "Bert",
            channel: "stdout",
        };
        let t = Instant::now();
        let v = s
            .unseal(&req, &Passphrase::new(PIN.into()))
            .expect("unseal");
        unseal.push(t.elapsed());
        drop(v);
    }
    drop(s);
    let mut opens = Vec::new();
    for _ in 0..n {
        let t = Instant::now();
        let s = open(&env, &path);
        opens.push(t.elapsed());
        drop(s);
    }
    Figures {
        save: median(save),
        unseal: median(unseal),
        open: median(opens),
    }
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else to parse.
    let tmp = std::env::temp_dir().join(format!("kluis-bench-remotes-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).expect("tmp");
    let srv = tmp.join("srv");
    std::fs::create_dir_all(&srv).expect("srv");
    for r in ["file.git", "daemon.git"] {
        git(&[
            "init",
            "--quiet",
            "--bare",
            srv.join(r).to_str().expect("utf8"),
        ]);
    }
    let (_d, port) = daemon(&srv);
    let file_url = format!("file://{}", srv.join("file.git").display());
    let daemon_url = format!("git://127.0.0.1:{port}/daemon.git");
    println!(
        "remotes bench: vault of {SECRETS} secrets, median of {} runs",
        runs()
    );
    let none = measure(&tmp, "none", None);
    let file = measure(&tmp, "file", Some(&file_url));
    let net = measure(&tmp, "daemon", Some(&daemon_url));
    println!("| remote | save ms | added | unseal ms | added | open ms | added |");
    println!("|---|---|---|---|---|---|---|");
    for (name, f) in [("none", &none), ("file://", &file), ("git daemon", &net)] {
        println!(
            "| {name} | {:.1} | {:+.1} | {:.1} | {:+.1} | {:.1} | {:+.1} |",
            ms(f.save),
            ms(f.save) - ms(none.save),
            ms(f.unseal),
            ms(f.unseal) - ms(none.unseal),
            ms(f.open),
            ms(f.open) - ms(none.open),
        );
    }
    for (name, f) in [("file://", &file), ("git daemon", &net)] {
        let added = f.save.saturating_sub(none.save);
        println!(
            "goal: under {} ms added per save with {name}: {:.1} ms, {}",
            GOAL.as_millis(),
            ms(added),
            if added < GOAL { "met" } else { "not met" }
        );
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
