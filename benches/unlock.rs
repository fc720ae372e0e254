//! Unlock time, split into the KDF and everything else, for vaults of 10,
//! 1,000 and 10,000 secrets.
//!
//! Run with `cargo bench --bench unlock`. Plain `std::time::Instant`, median
//! of [`DEFAULT_RUNS`] runs per figure (`KLUIS_BENCH_RUNS=N` for more), no
//! benchmark framework.
//!
//! "rest = full - KDF" subtracts two medians, so it carries the KDF's jitter
//! (several ms on a small machine); the "nokdf" column and the per-step
//! table measure the non-KDF work directly, without that noise.
//!
//! Goal (issue): everything but the KDF under 20 ms at 10,000 secrets.
//!
//! The vaults are real: made by `kluis::ops::init` at the KDF floor
//! (Argon2id 64 MiB, t=3, p=4; not a weak vault), then filled through the
//! public API with N secrets and one `SecretAdd` audit record per secret,
//! exactly what N `Session::add_secret` calls would leave, but sealed and
//! saved once instead of N times.
//!
//! Set `KLUIS_BENCH_DIR` to put the vaults on a particular file system (the
//! save fsyncs); the default is a temporary directory under `$TMPDIR`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use kluis::audit::{self, Actor, AuthMethod, Event, EventKind};
use kluis::crypto::aead;
use kluis::crypto::kdf::KdfParams;
use kluis::format::VaultFile;
use kluis::format::body::{Body, SecretEntry, SecretKind, SecretValue, SecretVersion, ValueOrigin};
use kluis::ops::{self, Env, HolderSpec, InitRequest, KdfChoice, NewValue, OpenOptions, Session};
use kluis::secret::{Passphrase, SecretBytes};
use kluis::state::LocalState;
use kluis::store::{self, VaultLock};
use kluis::vault::{EncryptedVault, Vault};
use rand::Rng;
use zeroize::Zeroizing;

/// Vault sizes measured.
const SIZES: [usize; 3] = [10, 1_000, 10_000];
/// Runs per figure by default; the median is reported. `KLUIS_BENCH_RUNS`
/// overrides it.
const DEFAULT_RUNS: usize = 5;
/// The PO passphrase of the bench vaults.
const PASSPHRASE: &str = "correct horse battery staple, bench edition";
/// Goal for everything but the KDF at 10,000 secrets.
const GOAL: Duration = Duration::from_millis(20);

fn runs() -> usize {
    std::env::var("KLUIS_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(DEFAULT_RUNS)
}

/// The real open of the CLI: `ops::open_with_passphrase`, default options.
fn open<'e>(env: &'e Env, path: &Path, pp: &Passphrase) -> Session<'e> {
    ops::open_with_passphrase(env, path, pp, OpenOptions::default()).expect("open")
}

fn pass() -> Passphrase {
    Passphrase::new(PASSPHRASE.to_string())
}

fn random_bytes(rng: &mut impl Rng, n: usize) -> SecretBytes {
    let mut v = vec![0u8; n];
    rng.fill_bytes(&mut v);
    SecretBytes::new(v)
}

/// One secret of a plausible shape; the kinds take turns.
fn entry(i: usize, now: i64, rng: &mut impl Rng) -> SecretEntry {
    let (kind, origin, value) = match i % 4 {
        0 => (
            SecretKind::BackupKey,
            ValueOrigin::GeneratedKey256,
            SecretValue::Opaque(random_bytes(rng, 32)),
        ),
        1 => (
            SecretKind::Credential,
            ValueOrigin::File,
            SecretValue::Credential {
                username: format!("admin{i}@example.org"),
                password: random_bytes(rng, 24),
                url: format!("https://host{i}.example.org/login"),
                notes: SecretBytes::new(b"rotated yearly; second factor is in the safe".to_vec()),
            },
        ),
        2 => (
            SecretKind::Totp,
            ValueOrigin::File,
            SecretValue::Totp {
                seed: random_bytes(rng, 20),
                digits: 6,
                period: 30,
            },
        ),
        _ => (
            SecretKind::Note,
            ValueOrigin::File,
            SecretValue::Opaque(SecretBytes::new(vec![b'n'; 200])),
        ),
    };
    SecretEntry {
        name: format!("secret-{i:05}"),
        kind,
        emergency: matches!(kind, SecretKind::BackupKey | SecretKind::Credential),
        versions: vec![SecretVersion {
            number: 1,
            created_at: now,
            created_by: "Po Bench".into(),
            origin,
            value,
        }],
    }
}

/// Makes a floor-KDF vault at `path` holding `n` secrets.
fn make_vault(env: &Env, path: &Path, n: usize) {
    ops::init(
        env,
        path,
        InitRequest {
            po: "Po Bench".into(),
            name: format!("bench vault, {n} secrets"),
            passphrase: pass(),
            threshold: 2,
            holders: ["Office safe", "IT administrator", "Notary"]
                .iter()
                .map(|l| HolderSpec {
                    label: (*l).into(),
                    place: String::new(),
                    recipient: None,
                })
                .collect(),
            kdf: KdfChoice::Fixed(KdfParams::FLOOR),
            allow_weak_kdf: false,
            allow_threshold_one: false,
        },
    )
    .expect("init");

    // A few secrets through the real `add_secret`, so the bench notices if
    // the body shape the operations write changes.
    let direct_from = n.min(3);
    {
        let mut s = open(env, path, &pass());
        for i in 0..direct_from {
            s.add_secret(
                &format!("secret-{i:05}"),
                SecretKind::BackupKey,
                NewValue::File {
                    bytes: Zeroizing::new(vec![0x42; 32]),
                    raw: true,
                },
                None,
            )
            .expect("add_secret");
        }
    }
    if n == direct_from {
        return;
    }

    // The rest in one go: N `add_secret` calls would save the whole vault N
    // times (quadratic), so push the entries and their audit records and save
    // once.
    let _lock = VaultLock::acquire(path).expect("lock");
    let bytes = store::read_vault(path).expect("read");
    let mut vault = EncryptedVault::parse(&bytes)
        .expect("parse")
        .unlock_with_passphrase(&pass(), &env.limits)
        .expect("unlock");
    let mut rng = rand::rng();
    let now = (env.now)();
    let actor = Actor {
        person: "Po Bench".into(),
        auth: AuthMethod::Passphrase,
    };
    let id = vault.id();
    for i in direct_from..n {
        let e = entry(i, now, &mut rng);
        let mut ev = Event::new(EventKind::SecretAdd, actor.clone())
            .subject(e.name.clone())
            .detail(format!(
                "kind {}, emergency {}",
                e.kind.as_str(),
                e.emergency
            ));
        ev.version = Some(1);
        vault.body.secrets.push(e);
        audit::append(&mut vault.body.audit, id, now, &env.origin, ev);
    }
    let (bytes, header) = vault.seal(&mut rng);
    store::save_atomic(path, &bytes, env.io.as_ref()).expect("save");
    vault.commit_saved(header);
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1e3)
}

/// `a - b` in milliseconds, signed (a median difference can be negative when
/// the rest is lost in the KDF's noise).
fn diff_ms(a: Duration, b: Duration) -> String {
    format!("{:.2}", (a.as_secs_f64() - b.as_secs_f64()) * 1e3)
}

fn timed<T>(f: impl FnOnce() -> T) -> (Duration, T) {
    let start = Instant::now();
    let out = f();
    (start.elapsed(), out)
}

struct Row {
    n: usize,
    file_kib: u64,
    audit_records: usize,
    kdf: Duration,
    full: Duration,
    no_save: Duration,
    parse: Duration,
    quorum: Duration,
    add_one: Duration,
    parts: Parts,
}

/// The non-KDF steps of an open and of a save, each timed alone.
struct Parts {
    checksum_parse: Duration,
    aead_open: Duration,
    decode: Duration,
    chain_verify: Duration,
    body_clone: Duration,
    seal: Duration,
    save: Duration,
}

fn median_of<T>(mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs())
            .map(|_| {
                let (d, out) = timed(&mut f);
                drop(out);
                d
            })
            .collect(),
    )
}

fn breakdown(env: &Env, dir: &Path, vault: &Vault, file: &[u8]) -> Parts {
    let parsed = VaultFile::parse(file).expect("parse");
    let plain = vault.body.encode();
    // The body AEAD under a stand-in key (the master key is not public):
    // same cipher, same lengths, same associated data.
    let (key, nonce) = ([7u8; 32], [9u8; aead::NONCE_LEN]);
    let ct = aead::seal(&key, &nonce, &parsed.header_bytes, &plain);
    assert_eq!(ct.len(), parsed.body_ciphertext.len());
    let scratch = dir.join("scratch.kluis");
    let mut rng = rand::rng();
    Parts {
        checksum_parse: median_of(|| VaultFile::parse(file).expect("parse")),
        aead_open: median_of(|| aead::open(&key, &nonce, &parsed.header_bytes, &ct).expect("open")),
        decode: median_of(|| Body::decode(&plain).expect("decode")),
        chain_verify: median_of(|| audit::verify(&vault.body.audit, &vault.id()).expect("chain")),
        body_clone: median_of(|| vault.body.clone()),
        seal: median_of(|| vault.seal(&mut rng)),
        save: median_of(|| store::save_atomic(&scratch, file, env.io.as_ref()).expect("save")),
    }
}

fn measure(env: &Env, dir: &Path, n: usize) -> Row {
    let path: PathBuf = dir.join(format!("vault-{n}.kluis"));
    let (made, ()) = timed(|| make_vault(env, &path, n));
    eprintln!(
        "  made a vault of {n} secrets in {:.1} s",
        made.as_secs_f64()
    );

    // Warm-up (page cache, rayon pool) and a check that the vault is right.
    let s = open(env, &path, &pass());
    assert_eq!(s.list_secrets().len(), n, "secrets in the bench vault");
    drop(s);
    let bytes = store::read_vault(&path).expect("read");
    let vault = EncryptedVault::parse(&bytes)
        .expect("parse")
        .unlock_with_passphrase(&pass(), &env.limits)
        .expect("unlock");
    let set = &vault.body.sets[0];
    let shares: Vec<_> = vault
        .shares_of(set)
        .into_iter()
        .take(usize::from(set.threshold))
        .collect();
    let audit_records = vault.body.audit.len();
    let file_kib = std::fs::metadata(&path).expect("stat").len() / 1024;
    let (kdf_params, salt, weak) = {
        let bytes = store::read_vault(&path).expect("read");
        let h = EncryptedVault::parse(&bytes)
            .expect("parse")
            .header()
            .clone();
        (h.kdf, h.salt, h.weak_kdf())
    };
    assert_eq!(kdf_params, KdfParams::FLOOR);
    assert!(!weak);

    let (mut kdf, mut full, mut no_save, mut parse, mut quorum) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let pp = pass();
    for _ in 0..runs() {
        // (a) The KDF alone, as the vault's header asks for it.
        let (d, kek) = timed(|| {
            kdf_params
                .derive(&env.limits, weak, &pp, &salt)
                .expect("derive")
        });
        drop(kek);
        kdf.push(d);

        // (c) Lock, read, parse, derive, decrypt, decode, verify: no save.
        let (d, v) = timed(|| {
            let lock = VaultLock::acquire(&path).expect("lock");
            let bytes = store::read_vault(&path).expect("read");
            let v = EncryptedVault::parse(&bytes)
                .expect("parse")
                .unlock_with_passphrase(&pp, &env.limits)
                .expect("unlock");
            (lock, v)
        });
        drop(v);
        no_save.push(d);

        // (b) The real thing, including appending and saving the unlock
        // record (an fsync'd atomic replace) and the rollback state.
        let (d, s) = timed(|| open(env, &path, &pp));
        drop(s);
        full.push(d);

        // Lock, read and parse alone (checksum, header).
        let (d, enc) = timed(|| {
            let lock = VaultLock::acquire(&path).expect("lock");
            let bytes = store::read_vault(&path).expect("read");
            (lock, EncryptedVault::parse(&bytes).expect("parse"))
        });
        parse.push(d);

        // Decrypt, decode and verify with no KDF at all: open the parsed file
        // with a quorum of shares (share checks are a few BLAKE2b hashes).
        let (d, v) = timed(|| enc.1.unlock_with_quorum(shares.clone()).expect("quorum"));
        drop(v);
        drop(enc);
        quorum.push(d);
    }

    // One change on the big vault: a single add_secret (clone, seal, save).
    let add_one = {
        let mut s = open(env, &path, &pp);
        let times = (0..runs())
            .map(|r| {
                timed(|| {
                    s.add_secret(
                        &format!("extra-{r}"),
                        SecretKind::Note,
                        NewValue::File {
                            bytes: Zeroizing::new(b"an extra note".to_vec()),
                            raw: false,
                        },
                        None,
                    )
                    .expect("add_secret")
                })
                .0
            })
            .collect();
        median(times)
    };

    let parts = breakdown(env, dir, &vault, &bytes);

    Row {
        n,
        file_kib,
        audit_records,
        kdf: median(kdf),
        full: median(full),
        no_save: median(no_save),
        parse: median(parse),
        quorum: median(quorum),
        add_one,
        parts,
    }
}

fn main() {
    // `cargo bench` passes `--bench`; this bench takes no arguments.
    let mut env = Env::system();
    let tmp = match std::env::var_os("KLUIS_BENCH_DIR") {
        Some(d) => tempfile::tempdir_in(d).expect("tempdir in KLUIS_BENCH_DIR"),
        None => tempfile::tempdir().expect("tempdir"),
    };
    // Keep the rollback state of the bench vaults out of the user's
    // `$XDG_STATE_HOME`; it lives beside the vaults, on the same disk.
    env.state = LocalState::new(tmp.path().join("state"));
    println!(
        "kluis unlock bench: {} (the floor), median of {} runs, vaults in {}",
        KdfParams::FLOOR,
        runs(),
        tmp.path().display()
    );

    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        // Other work on the machine shows up as KDF jitter.
        println!("load average before the run: {}", load.trim());
    }

    let rows: Vec<Row> = SIZES
        .iter()
        .map(|&n| measure(&env, tmp.path(), n))
        .collect();

    println!();
    println!(
        "{:>7} {:>8} {:>7} | {:>8} {:>9} {:>9} | {:>9} {:>12} | {:>8} {:>9} | {:>10}",
        "secrets",
        "file KiB",
        "audit",
        "KDF ms",
        "full ms",
        "rest ms",
        "nosave ms",
        "rest_nosave",
        "parse ms",
        "nokdf ms",
        "add1 ms"
    );
    for r in &rows {
        println!(
            "{:>7} {:>8} {:>7} | {:>8} {:>9} {:>9} | {:>9} {:>12} | {:>8} {:>9} | {:>10}",
            r.n,
            r.file_kib,
            r.audit_records,
            ms(r.kdf),
            ms(r.full),
            diff_ms(r.full, r.kdf),
            ms(r.no_save),
            diff_ms(r.no_save, r.kdf),
            ms(r.parse),
            ms(r.parse + r.quorum),
            ms(r.add_one),
        );
    }
    println!();
    println!("KDF         = KdfParams::derive with the vault's parameters and salt");
    println!("full        = ops::open_with_passphrase: lock, read, KDF, decrypt, decode,");
    println!("              verify the audit chain, rollback check, append the unlock record,");
    println!("              fsync'd save of the vault, then of the rollback state");
    println!("rest        = full - KDF");
    println!("nosave      = lock + read + EncryptedVault::parse + unlock_with_passphrase");
    println!("rest_nosave = nosave - KDF");
    println!("parse       = lock + read + EncryptedVault::parse (checksum, header)");
    println!("nokdf       = parse + unlock_with_quorum: read, decrypt, decode, verify with no");
    println!("              KDF at all, measured directly rather than as a difference");
    println!("add1        = one Session::add_secret (clone body, seal, fsync'd saves)");

    println!();
    println!(
        "where the non-KDF time goes (each step timed alone, median of {}):",
        runs()
    );
    println!(
        "{:>7} | {:>9} {:>9} {:>9} {:>9} | {:>9} {:>9} {:>9}",
        "secrets", "checksum", "aead", "decode", "chain", "clone", "seal", "save"
    );
    for r in &rows {
        let p = &r.parts;
        println!(
            "{:>7} | {:>9} {:>9} {:>9} {:>9} | {:>9} {:>9} {:>9}",
            r.n,
            ms(p.checksum_parse),
            ms(p.aead_open),
            ms(p.decode),
            ms(p.chain_verify),
            ms(p.body_clone),
            ms(p.seal),
            ms(p.save),
        );
    }
    println!("checksum = VaultFile::parse (BLAKE2b of the file, header, copies)");
    println!("aead     = XChaCha20-Poly1305 open of a body-sized ciphertext");
    println!("decode   = Body::decode (postcard)");
    println!("chain    = audit::verify (re-encode and BLAKE2b every record)");
    println!("clone    = Body::clone (Session::commit copies the body)");
    println!("seal     = Vault::seal (encode, encrypt, checksum)");
    println!("save     = store::save_atomic (write, fsync, rename, fsync dir)");

    let big = rows.iter().find(|r| r.n == 10_000).expect("10,000 row");
    let rest = big.full.saturating_sub(big.kdf);
    println!();
    let nokdf = big.parse + big.quorum;
    let verdict = |d: Duration| if d < GOAL { "met" } else { "NOT met" };
    println!(
        "goal: everything but the KDF under {} ms at 10,000 secrets",
        GOAL.as_millis()
    );
    println!(
        "  opening (read, decrypt, decode, verify; no KDF): {} ms: {}",
        ms(nokdf),
        verdict(nokdf)
    );
    println!(
        "  opening and recording the unlock (fsync'd saves): {} ms: {}",
        ms(rest),
        verdict(rest)
    );
}
