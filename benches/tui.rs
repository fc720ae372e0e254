//! Benchmark (not a test): TUI frame times into a ratatui `TestBackend`.
//! The main screen with 10,000 secrets and the audit view with 100,000
//! records, median of 50 frames each (goal: under 2 ms a frame), and the
//! start-up from an open session to the first completed draw. Run with
//! `cargo bench --bench tui`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use kluis::crypto::kdf::{KdfLimits, KdfParams};
use kluis::i18n::Lang;
use kluis::ops::{self, Env, HolderSpec, InitRequest, KdfChoice, SecretSummary, VersionSummary};
use kluis::secret::Passphrase;
use kluis::tui::message::{Done, Message};
use kluis::tui::model::{AuditState, MainState, Model, Screen};
use kluis::tui::{dispatch, leak_env, view};

const FRAMES: usize = 50;
const PASS: &str = "correct horse battery staple";

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn env(dir: &std::path::Path) -> &'static Env {
    leak_env(Env {
        limits: KdfLimits::for_this_machine(),
        now: Box::new(|| 1_790_000_000),
        origin: kluis::audit::Origin::here(),
        io: Box::new(kluis::store::OsIo),
        state: kluis::state::LocalState::new(dir.join("state")),
    })
}

fn model(env: &'static Env, path: PathBuf) -> Model {
    let mut m = Model::new(env, path, Lang::En, Arc::new(|| 1_790_000_000));
    m.path_label = "vault.kluis".into();
    m
}

/// Median time of drawing `m` `FRAMES` times at 120×40.
fn frames(m: &Model) -> Duration {
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let times = (0..FRAMES)
        .map(|_| {
            let t = Instant::now();
            term.draw(|f| view::view(m, f)).expect("draw");
            t.elapsed()
        })
        .collect();
    median(times)
}

fn secret(i: usize) -> SecretSummary {
    SecretSummary {
        name: format!("secret-{i:05}"),
        kind: kluis::ops::SecretKind::Credential,
        emergency: i.is_multiple_of(3),
        latest_version: 2,
        versions: (1..=2)
            .map(|n| VersionSummary {
                number: n,
                created_at: "2026-09-21T12:00:00Z".into(),
                created_by: "Anna de Vries".into(),
                origin: "file",
                length: 24,
                username: Some("admin".into()),
                url: None,
                key_pair: None,
            })
            .collect(),
    }
}

fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let env = env(dir.path());
    let path = dir.path().join("vault.kluis");

    let mut m = model(env, path.clone());
    m.screen = Screen::Main(MainState {
        secrets: (0..10_000).map(secret).collect(),
        selected: 5_000,
        ..MainState::default()
    });
    println!(
        "main screen, 10,000 secrets:  {:>8.3} ms/frame (median of {FRAMES})",
        frames(&m).as_secs_f64() * 1e3
    );

    m.screen = Screen::Audit(AuditState {
        lines: (0..100_000)
            .map(|i| {
                format!(
                    "{i:>6}  2026-09-21T12:00:00Z  Unseal  Anna de Vries  restic v3  reason restore: monthly restore test"
                )
            })
            .collect(),
        filter: String::new(),
        filtering: false,
        scroll: 50_000,
        chain: Ok(100_000),
        checkpoint: "KC1 0011223344556677 #100000 8899aabbccddeeff".into(),
    });
    println!(
        "audit view, 100,000 records:  {:>8.3} ms/frame (median of {FRAMES})",
        frames(&m).as_secs_f64() * 1e3
    );

    // Start-up: a real vault (weak KDF, so the KDF is not what is measured)
    // opened first; then the model is made, the session handed in as the
    // worker would, and the first frame drawn.
    let holders = ["Safe@Office", "Anna"]
        .iter()
        .map(|h| h.parse::<HolderSpec>().expect("holder"))
        .collect();
    ops::init(
        env,
        &path,
        InitRequest {
            po: "Anna".into(),
            name: "bench".into(),
            passphrase: Passphrase::new(PASS.into()),
            threshold: 2,
            holders,
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
    let mut times = Vec::new();
    for _ in 0..10 {
        let s = ops::open_with_passphrase(
            env,
            &path,
            &Passphrase::new(PASS.into()),
            ops::OpenOptions::default(),
        )
        .expect("open");
        let t = Instant::now();
        let mut m = model(env, path.clone());
        dispatch(
            &mut m,
            Message::Done(Box::new(Done::Opened(Box::new(Ok(s))))),
        );
        let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
        term.draw(|f| view::view(&m, f)).expect("draw");
        times.push(t.elapsed());
        kluis::tui::update::lock(&mut m, None);
    }
    println!(
        "start-up to the first frame:  {:>8.3} ms (median of 10; session already open)",
        median(times).as_secs_f64() * 1e3
    );
}
