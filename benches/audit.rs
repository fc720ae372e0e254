//! Benchmark (not a test): `audit verify` over 100,000 and 1,000,000
//! records, and the cost of an unseal beyond the KDF and the approver's PIN
//! check. Run with `cargo bench --bench audit`. Plain `Instant` timing,
//! median of several runs; the figures go in docs/BENCHMARKS.md.

use std::time::{Duration, Instant};

use kluis::audit::{self, Actor, AuthMethod, Event, EventKind, Origin, Reason, ReasonCategory};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn chain(n: usize) -> Vec<audit::AuditRecord> {
    let origin = Origin {
        host: "kantoor-pc".into(),
        os_user: "anna".into(),
        tool_version: "0.1.0".into(),
    };
    let mut c = Vec::with_capacity(n);
    for i in 0..n {
        let actor = Actor {
            person: "Anna de Vries".into(),
            auth: AuthMethod::Passphrase,
        };
        let mut ev = Event::new(
            if i % 10 == 0 {
                EventKind::Unseal
            } else {
                EventKind::Unlock
            },
            actor,
        )
        .subject("restic")
        .detail("value");
        if i % 10 == 0 {
            ev.reason = Some(Reason {
                category: ReasonCategory::Restore,
                text: "monthly restore test".into(),
            });
            ev.approver = Some(audit::Approver {
                person: "Bert Jansen".into(),
                authenticated: true,
            });
            ev.channel = Some("stdout".into());
            ev.version = Some(3);
        }
        audit::append(&mut c, [7; 16], 1_790_000_000 + i as i64, &origin, ev);
    }
    c
}

fn bench_verify() {
    println!("audit verify (median of 5)");
    println!("{:>10}  {:>10}  {:>12}", "records", "time", "per record");
    for n in [100_000usize, 1_000_000] {
        let c = chain(n);
        let times: Vec<Duration> = (0..5)
            .map(|_| {
                let t = Instant::now();
                audit::verify(&c, &[7; 16]).expect("valid chain");
                t.elapsed()
            })
            .collect();
        let m = median(times);
        println!(
            "{:>10}  {:>8.1} ms  {:>9.0} ns",
            n,
            m.as_secs_f64() * 1e3,
            m.as_secs_f64() * 1e9 / n as f64
        );
    }
}

fn bench_unseal() {
    use kluis::crypto::kdf::KdfParams;
    use kluis::format::body::{Role, SecretKind};
    use kluis::ops::{
        self, Env, HolderSpec, InitRequest, KdfChoice, NewValue, OpenOptions, UnsealRequest,
    };
    use kluis::secret::Passphrase;

    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("v.kluis");
    let env = Env {
        state: kluis::state::LocalState::new(dir.path().join("state")),
        ..Env::system()
    };
    // A weak KDF on purpose: this measures everything *but* the KDF, and the
    // PIN hash uses the vault's parameters.
    let kdf = KdfParams {
        m_kib: 64,
        t: 1,
        p: 1,
    };
    let pass = || Passphrase::new("bench passphrase".into());
    ops::init(
        &env,
        &path,
        InitRequest {
            po: "Anna".into(),
            name: "bench".into(),
            passphrase: pass(),
            threshold: 2,
            holders: vec![
                "a".parse::<HolderSpec>().expect("h"),
                "b".parse().expect("h"),
            ],
            kdf: KdfChoice::Fixed(kdf),
            allow_weak_kdf: true,
            allow_threshold_one: false,
        },
    )
    .expect("init");
    {
        let mut s =
            ops::open_with_passphrase(&env, &path, &pass(), OpenOptions::default()).expect("open");
        s.roster_add(
            "Bert",
            Role::Approver,
            Some(&Passphrase::new("246810".into())),
        )
        .expect("approver");
        s.add_secret(
            "restic",
            SecretKind::BackupKey,
            NewValue::File {
                bytes: b"value".to_vec().into(),
                raw: false,
            },
            None,
        )
        .expect("add");
    }
    let mut s =
        ops::open_with_passphrase(&env, &path, &pass(), OpenOptions::default()).expect("open");
    let req = UnsealRequest {
        name: "restic",
        version: None,
        reason: Reason {
            category: ReasonCategory::Restore,
            text: "bench".into(),
        },
        approver: "Bert",
        channel: "stdout",
    };
    let pin = Passphrase::new("246810".into());
    let pin_kdf: Vec<Duration> = (0..21)
        .map(|_| {
            let t = Instant::now();
            let _ = kdf.derive_pin(&pin, &[0; 16]);
            t.elapsed()
        })
        .collect();
    let unseal: Vec<Duration> = (0..21)
        .map(|_| {
            let t = Instant::now();
            let v = s.unseal(&req, &pin).expect("unseal");
            let e = t.elapsed();
            drop(v);
            e
        })
        .collect();
    let (u, k) = (median(unseal), median(pin_kdf));
    println!("\nunseal (median of 21, vault with a short chain)");
    println!(
        "  total {:.2} ms, of which PIN KDF {:.2} ms: beyond KDF and PIN {:.2} ms (policy checks, record, encrypt, atomic save with fsync)",
        u.as_secs_f64() * 1e3,
        k.as_secs_f64() * 1e3,
        (u.saturating_sub(k)).as_secs_f64() * 1e3
    );
}

fn main() {
    bench_verify();
    bench_unseal();
}
