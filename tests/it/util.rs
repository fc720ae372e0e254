//! The test fixture: a temp dir holding a vault made through the real
//! binary with the explicit, recorded weak-KDF path (`--allow-weak-kdf`),
//! never a hidden switch.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

pub const PASS: &str = "correct horse battery staple";
pub const PIN: &str = "246810";

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub vault: PathBuf,
    pub pass: PathBuf,
}

/// What one run of the binary did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// A finished process's exit code and output, as text.
    pub fn of(out: &std::process::Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Asserts the exit code, that stderr holds `needle`, and that nothing
    /// panicked.
    #[track_caller]
    pub fn expect(&self, code: i32, needle: &str) -> &Self {
        assert!(!self.stderr.contains("panicked"), "panic: {}", self.stderr);
        assert_eq!(self.code, code, "exit code; stderr: {}", self.stderr);
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}: {}",
            self.stderr
        );
        self
    }
}

impl Fixture {
    /// An empty fixture (no vault yet).
    pub fn empty() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let vault = dir.path().join("vault.kluis");
        let pass = dir.path().join("pass");
        std::fs::write(&pass, format!("{PASS}\n")).expect("write pass");
        Fixture { dir, vault, pass }
    }

    /// A fixture with a 2-of-3 vault.
    pub fn new() -> Self {
        Self::with_holders(2, &["Office safe@Safe", "IT admin@Home", "PO"])
    }

    pub fn with_holders(k: u8, holders: &[&str]) -> Self {
        let f = Self::empty();
        let mut args = vec![
            "init".to_string(),
            "--po".into(),
            "Anna".into(),
            "--threshold".into(),
            k.to_string(),
        ];
        for h in holders {
            args.push("--holder".into());
            args.push(h.to_string());
        }
        args.extend(weak_kdf());
        f.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
        f
    }

    /// The binary, with the vault set and HOME/XDG inside the temp dir.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("kluis").expect("binary");
        c.env_clear()
            .env("KLUIS_VAULT", &self.vault)
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("XDG_STATE_HOME", self.dir.path().join("state"))
            .env("LANG", "C")
            // Human output shows local times (docs/CLI.md): one zone for
            // every machine the tests run on.
            .env("TZ", "UTC")
            .timeout(std::time::Duration::from_secs(60));
        c
    }

    /// Runs with the passphrase file.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_raw(
            &[
                &["--passphrase-file", self.pass.to_str().expect("utf8")],
                args,
            ]
            .concat(),
        )
    }

    /// Runs exactly these arguments.
    pub fn run_raw(&self, args: &[&str]) -> Run {
        let out = self.cmd().args(args).output().expect("run");
        Run::of(&out)
    }

    /// Runs with the passphrase and asserts success.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        let r = self.run(args);
        assert_eq!(r.code, 0, "{args:?} failed: {}", r.stderr);
        r.stdout
    }

    /// Adds approver "Bert" with PIN [`PIN`] (read from the file `pin`,
    /// whose path is returned for `--approver-pin-file`).
    pub fn add_approver(&self) -> PathBuf {
        let pin = self.file("pin", format!("{PIN}\n"));
        self.ok(&[
            "roster",
            "add",
            "Bert",
            "--role",
            "approver",
            "--pin-file",
            path_str(&pin),
        ]);
        pin
    }

    /// Writes a file in the fixture dir and returns its path.
    pub fn file(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, content).expect("write");
        p
    }

    /// Every audit record, through `kluis --json audit list`.
    pub fn records(&self) -> Vec<serde_json::Value> {
        let out = self.ok(&["--json", "audit", "list"]);
        serde_json::from_str::<serde_json::Value>(&out)
            .expect("json")
            .as_array()
            .expect("array")
            .clone()
    }

    /// The audit records of one kind (`"Unseal"`, `"Drill"`, …).
    pub fn records_of(&self, kind: &str) -> Vec<serde_json::Value> {
        self.records()
            .into_iter()
            .filter(|r| r["event"]["kind"] == kind)
            .collect()
    }

    /// The events (each record's `event`) of one kind.
    pub fn events_of(&self, kind: &str) -> Vec<serde_json::Value> {
        self.records_of(kind)
            .into_iter()
            .map(|r| r["event"].clone())
            .collect()
    }

    pub fn bytes(&self) -> Vec<u8> {
        std::fs::read(&self.vault).expect("read vault")
    }

    /// Prints the shares as txt and returns their paths in index order.
    pub fn print_shares(&self, extra: &[&str]) -> Vec<PathBuf> {
        let out = self.dir.path().join(format!("sheets{}", extra.join("")));
        self.ok(&[
            &[
                "shares",
                "print",
                "--out",
                out.to_str().expect("utf8"),
                "--format",
                "txt",
            ],
            extra,
        ]
        .concat());
        let mut files: Vec<PathBuf> = std::fs::read_dir(&out)
            .expect("sheets")
            .map(|e| e.expect("entry").path())
            .collect();
        files.sort();
        files
    }
}

/// The recorded weak-KDF flags used by every test vault.
pub fn weak_kdf() -> Vec<String> {
    [
        "--allow-weak-kdf",
        "--kdf-memory",
        "1",
        "--kdf-time",
        "1",
        "--kdf-lanes",
        "1",
    ]
    .map(String::from)
    .to_vec()
}

pub fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf8 path")
}

/// Opens the fixture vault in-process. Other tests of this binary spawn
/// processes from parallel threads; between fork and exec a child briefly
/// holds a copy of every descriptor, our lock file's included, so a re-lock
/// right after an unlock can see "in use" for a moment. Retry only that.
pub fn open_session<'e>(
    env: &'e kluis::ops::Env,
    f: &Fixture,
) -> Result<kluis::ops::Session<'e>, kluis::ops::OpsError> {
    use kluis::ops::{OpenOptions, OpsError, open_with_passphrase};
    use kluis::secret::Passphrase;
    for _ in 0..50 {
        match open_with_passphrase(
            env,
            &f.vault,
            &Passphrase::new(PASS.into()),
            OpenOptions::default(),
        ) {
            Err(OpsError::Store(kluis::store::StoreError::InUse { .. })) => {
                std::thread::sleep(std::time::Duration::from_millis(20))
            }
            other => return other,
        }
    }
    open_with_passphrase(
        env,
        &f.vault,
        &Passphrase::new(PASS.into()),
        OpenOptions::default(),
    )
}

/// Waits until `child` is blocked reading a pipe (its passphrase or PIN on
/// `/dev/stdin`), so its /proc entries can be read while it waits. Named
/// FIFOs are refused as input files (issue 10), so tests hold kluis with an
/// anonymous pipe instead. With access to the process (root), its wait
/// channel says where it sleeps; without (a non-dumpable process of our
/// own uid shows "0"), it counts as blocked once it has been asleep for
/// 20 checks in a row. Panics with its stderr if it exits first.
pub fn wait_until_blocked_on_pipe(child: &mut std::process::Child) {
    use std::io::Read;
    let pid = child.id();
    let mut asleep = 0;
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            let mut e = String::new();
            if let Some(mut err) = child.stderr.take() {
                let _ = err.read_to_string(&mut e);
            }
            panic!("kluis exited before blocking on its input: {status}: {e}");
        }
        let wchan = std::fs::read_to_string(format!("/proc/{pid}/wchan")).unwrap_or_default();
        if wchan.contains("pipe_read") || wchan.contains("pipe_wait") {
            return;
        }
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let state = stat
            .rsplit(')')
            .next()
            .and_then(|r| r.split_whitespace().next());
        asleep = if (wchan.is_empty() || wchan == "0") && state == Some("S") {
            asleep + 1
        } else {
            0
        };
        if asleep >= 20 {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}
