//! Times the `argon2` crate (Argon2id, v0x13, 32-byte output) at the
//! settings the issue compares against the reference C `argon2` command.
//! `benches/kdf-vs-c.sh` runs this and the C command and prints the ratios.
//!
//! ```text
//! cargo bench --bench kdf                   # all three settings, 3 runs each
//! cargo bench --bench kdf -- M_KIB T P [R]  # one setting, R runs (default 3)
//! cargo bench --bench kdf -- check          # kluis's KDF == this argon2 call?
//! ```
//!
//! Output, one line per setting (parsed by the script):
//!
//! ```text
//! RESULT m_kib=65536 t=3 p=4 median_ms=... runs_ms=...,...,... hex=...
//! ```

use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Params, Version};
use kluis::crypto::kdf::{KdfLimits, KdfParams};
use kluis::secret::Passphrase;

const PASSWORD: &[u8] = b"password";
const SALT: &[u8] = b"somesaltsomesalt";
const OUT_LEN: usize = 32;
/// (m in KiB, t, p): 64 MiB/t3/p4, 256 MiB/t3/p4, 1 GiB/t1/p4.
const SETTINGS: [(u32, u32, u32); 3] = [(64 << 10, 3, 4), (256 << 10, 3, 4), (1 << 20, 1, 4)];
const DEFAULT_RUNS: usize = 3;

fn hash(m_kib: u32, t: u32, p: u32) -> [u8; OUT_LEN] {
    let params = Params::new(m_kib, t, p, Some(OUT_LEN)).expect("valid Argon2 parameters");
    let mut out = [0u8; OUT_LEN];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(PASSWORD, SALT, &mut out)
        .expect("hash");
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn bench(m_kib: u32, t: u32, p: u32, runs: usize) {
    let mut times = Vec::with_capacity(runs);
    let mut first: Option<[u8; OUT_LEN]> = None;
    for _ in 0..runs {
        let start = Instant::now();
        let out = hash(m_kib, t, p);
        times.push(start.elapsed());
        match first {
            None => first = Some(out),
            Some(f) => assert_eq!(f, out, "argon2 is not deterministic?"),
        }
    }
    let runs_ms: Vec<String> = times.iter().map(|d| format!("{:.1}", ms(*d))).collect();
    times.sort();
    println!(
        "RESULT m_kib={m_kib} t={t} p={p} median_ms={:.1} runs_ms={} hex={}",
        ms(times[times.len() / 2]),
        runs_ms.join(","),
        hex(&first.expect("at least one run"))
    );
}

/// kluis's own derivation must be exactly what is timed here: compare at the
/// floor, through `KdfParams::derive`.
fn check_kluis_matches() {
    let floor = KdfParams::FLOOR;
    let kek = floor
        .derive(
            &KdfLimits::for_this_machine(),
            false,
            &Passphrase::new(String::from_utf8(PASSWORD.to_vec()).expect("utf-8")),
            SALT,
        )
        .expect("derive");
    let direct = hash(floor.m_kib, floor.t, floor.p);
    assert_eq!(
        kek.expose(),
        &direct,
        "kluis KdfParams::derive differs from the argon2 crate as timed here"
    );
    eprintln!("kluis KdfParams::derive at {floor} matches the argon2 crate output");
}

fn main() {
    // `cargo bench` adds `--bench`; drop flags, keep the rest.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    if args == ["check"] {
        check_kluis_matches();
        return;
    }
    let nums: Vec<u32> = args
        .iter()
        .map(|a| a.parse().expect("arguments: M_KIB T P [RUNS], or check"))
        .collect();
    let runs: Vec<(u32, u32, u32, usize)> = match nums.as_slice() {
        [] => {
            check_kluis_matches();
            SETTINGS
                .iter()
                .map(|&(m, t, p)| (m, t, p, DEFAULT_RUNS))
                .collect()
        }
        [m, t, p] => vec![(*m, *t, *p, DEFAULT_RUNS)],
        [m, t, p, r] => vec![(*m, *t, *p, *r as usize)],
        _ => {
            eprintln!("usage: cargo bench --bench kdf [-- M_KIB T P [RUNS] | -- check]");
            std::process::exit(2);
        }
    };
    for (m, t, p, r) in runs {
        bench(m, t, p, r.max(1));
    }
}
