//! Benchmark (not a test): what an offline search of an approver's PIN
//! costs (issue 10, "the approver's PIN hash sits inside a body the PO can
//! decrypt"). A PIN is hashed with the vault's own Argon2id parameters
//! (`ops::Session::hash_pin`), so this times one `KdfParams::derive_pin`
//! at the floor every normal vault has at least (m=64 MiB, t=3, p=4) and at
//! what `init` calibrates on this machine (about 1 s), and multiplies by
//! the 10^6 PINs of six digits. Run with `cargo bench --bench pin`.
//!
//! The figure is for one search on this machine, one hash at a time; an
//! attacker with more cores or a GPU farm divides it (Argon2id's memory
//! cost limits how far).

use std::time::{Duration, Instant};

use kluis::crypto::kdf::{KdfLimits, KdfParams, calibrate};
use kluis::secret::Passphrase;

const RUNS: usize = 5;
const PINS: f64 = 1e6;

fn time_pin(kdf: &KdfParams) -> Duration {
    let salt = [7u8; 16];
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|i| {
            let pin = Passphrase::new(format!("{:06}", 123_456 + i));
            let t = Instant::now();
            let h = kdf.derive_pin(&pin, &salt);
            let e = t.elapsed();
            std::hint::black_box(h);
            e
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn main() {
    let limits = KdfLimits::for_this_machine();
    let calibrated = calibrate(Duration::from_secs(1), &limits);
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "one approver PIN hash, median of {RUNS}; x 10^6 for all six-digit PINs; load average {}",
        load.split_whitespace().next().unwrap_or("?")
    );
    println!(
        "{:<34} {:>10} {:>16} {:>10}",
        "setting", "one PIN", "all 10^6 PINs", "days"
    );
    for (name, kdf) in [
        ("floor (every normal vault)", KdfParams::FLOOR),
        ("calibrated by init (1 s target)", calibrated),
    ] {
        let one = time_pin(&kdf);
        let all = one.as_secs_f64() * PINS;
        println!(
            "{:<34} {:>7.1} ms {:>14.0} s {:>10.1}   {kdf}",
            name,
            one.as_secs_f64() * 1e3,
            all,
            all / 86_400.0
        );
    }
}
