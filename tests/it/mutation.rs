//! Mutation sweep of one reference vault, in process: every truncation,
//! every single-bit flip and a few appended bytes go through
//! `EncryptedVault::parse` and, where that succeeds, `unlock_with_passphrase`
//! with the right passphrase. Not one mutation may open, nothing may panic
//! (a panic inside the loop fails the test), and the counts by error variant
//! are printed (`cargo test mutation -- --nocapture`).

use std::collections::BTreeMap;
use std::time::Instant;

use kluis::crypto::kdf::KdfLimits;
use kluis::error::{Classify, ExitClass};
use kluis::format::header::Header;
use kluis::format::{CHECKSUM_LEN, fix_checksum};
use kluis::secret::Passphrase;
use kluis::vault::EncryptedVault;

use crate::util::{Fixture, PASS};

/// What one mutated file did: the error variant, or "OPENED".
fn outcome(bytes: &[u8], limits: &KdfLimits) -> (String, Option<ExitClass>) {
    let enc = match EncryptedVault::parse(bytes) {
        Ok(enc) => enc,
        Err(e) => return (format!("parse: {}", variant(&e)), Some(e.class())),
    };
    match enc.unlock_with_passphrase(&Passphrase::new(PASS.into()), limits) {
        Ok(_) => ("OPENED".into(), None),
        Err(e) => (format!("unlock: {}", variant(&e)), Some(e.class())),
    }
}

/// The variant path of an error from its `Debug`, without field values:
/// `Kdf(BelowFloor { .. })` becomes `Kdf(BelowFloor)`.
fn variant(e: &impl std::fmt::Debug) -> String {
    let d = format!("{e:?}");
    let mut out = String::new();
    let mut depth = 0;
    for part in d.split_inclusive(['(', ')', '{', ' ', ',']) {
        let name = part.trim_end_matches(['(', ')', '{', ' ', ',']);
        if name.chars().next().is_some_and(char::is_uppercase) && !name.contains(':') {
            if depth > 0 {
                out.push('(');
            }
            out.push_str(name);
            depth += 1;
            if !part.ends_with('(') {
                break;
            }
        } else {
            break;
        }
    }
    out.push_str(&")".repeat(depth.max(1) - 1));
    out
}

fn report(title: &str, counts: &BTreeMap<String, usize>, started: Instant) {
    let total: usize = counts.values().sum();
    println!(
        "{title}: {total} mutations in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    for (k, n) in counts {
        println!("  {n:>6}  {k}");
    }
}

/// Appended-byte cases: 1, 7 and 64 bytes.
fn appendices(good: &[u8]) -> Vec<Vec<u8>> {
    vec![vec![0], vec![0xff; 7], good[..64].to_vec()]
}

/// Without a recomputed checksum, every mutation is caught as accidental
/// damage (docs/ARCHITECTURE.md invariant 4): a header error of class Damaged, never a
/// wrong passphrase, never a newer format.
#[test]
fn every_truncation_flip_and_append_is_refused_as_damage() {
    let f = Fixture::new();
    let good = f.bytes();
    let limits = KdfLimits::for_this_machine();
    assert_eq!(outcome(&good, &limits).0, "OPENED", "the reference opens");

    let started = Instant::now();
    let mut counts = BTreeMap::<String, usize>::new();
    let mut check = |what: &str, bytes: &[u8]| {
        let (label, class) = outcome(bytes, &limits);
        assert!(label.starts_with("parse: "), "{what}: {label}");
        assert_eq!(class, Some(ExitClass::Damaged), "{what}: {label}");
        *counts.entry(label).or_default() += 1;
    };
    for n in 0..good.len() {
        check(&format!("truncated to {n}"), &good[..n]);
    }
    let mut bytes = good.clone();
    for i in 0..good.len() * 8 {
        bytes[i / 8] ^= 1 << (i % 8);
        check(&format!("byte {} bit {}", i / 8, i % 8), &bytes);
        bytes[i / 8] ^= 1 << (i % 8);
    }
    for extra in appendices(&good) {
        let mut bytes = good.clone();
        bytes.extend_from_slice(&extra);
        check(&format!("{} bytes appended", extra.len()), &bytes);
    }
    let total: usize = counts.values().sum();
    assert_eq!(total, good.len() + good.len() * 8 + 3);
    report(
        &format!("plain sweep of a {}-byte vault", good.len()),
        &counts,
        started,
    );
}

/// With the checksum recomputed after each flip (a deliberate forgery, not
/// accident), the checks behind the checksum — header structure, KDF limits,
/// the passphrase slot's AEAD, the body's AEAD — must still refuse all of
/// them: an `Ok` would be an altered vault accepted as genuine.
///
/// Bounds: every bit of the header and every bit of nonce and ciphertext
/// (the checksum's own bytes are excluded: flipping one and recomputing it
/// gives back the original file). Flips of the high bits of the Argon2
/// memory field ask for up to 2 GiB, which this machine's limit may allow;
/// the sweep caps memory at 64 MiB so those files are refused before any
/// work (`KdfRefused::Memory`) instead of costing seconds and gigabytes each
/// — a refusal of the same file, counted like any other.
#[test]
fn every_flip_with_a_recomputed_checksum_is_refused() {
    let f = Fixture::new();
    let good = f.bytes();
    let header_len = Header::read(&good).expect("reference header").1;
    let limits = KdfLimits {
        max_m_kib: KdfLimits::for_this_machine().max_m_kib.min(64 * 1024),
    };
    assert_eq!(outcome(&good, &limits).0, "OPENED", "the reference opens");

    let started = Instant::now();
    let mut counts = BTreeMap::<String, usize>::new();
    let mut header_flips_past_parse = 0;
    let content_len = good.len() - CHECKSUM_LEN;
    for i in 0..content_len * 8 {
        let (byte, bit) = (i / 8, i % 8);
        let mut bytes = good.clone();
        bytes[byte] ^= 1 << bit;
        fix_checksum(&mut bytes);
        let (label, _) = outcome(&bytes, &limits);
        assert_ne!(
            label, "OPENED",
            "byte {byte} bit {bit}: a forged vault opened"
        );
        if byte >= header_len {
            // Nonce or ciphertext: only the body's AEAD can tell.
            assert_eq!(label, "unlock: BodyAuth", "byte {byte} bit {bit}");
        } else if label.starts_with("unlock: ") {
            header_flips_past_parse += 1;
        }
        *counts.entry(label).or_default() += 1;
    }
    for extra in appendices(&good) {
        let mut bytes = good.clone();
        let at = bytes.len() - CHECKSUM_LEN;
        bytes.splice(at..at, extra.iter().copied());
        fix_checksum(&mut bytes);
        let (label, _) = outcome(&bytes, &limits);
        assert_ne!(label, "OPENED", "{} bytes inserted", extra.len());
        *counts.entry(label).or_default() += 1;
    }
    assert_eq!(counts.values().sum::<usize>(), content_len * 8 + 3);
    // The sweep reaches past the parser for most of the header (salt, ids,
    // slots, fingerprints), so it does exercise the checks behind it.
    assert!(header_flips_past_parse > header_len * 4);
    report(
        &format!(
            "fixed-checksum sweep of a {}-byte vault (header {header_len} bytes)",
            good.len()
        ),
        &counts,
        started,
    );
}

#[test]
fn variant_names() {
    use kluis::crypto::kdf::KdfRefused;
    use kluis::format::HeaderError;
    use kluis::vault::UnlockError;
    assert_eq!(variant(&HeaderError::Checksum), "Checksum");
    assert_eq!(
        variant(&HeaderError::BodyLength {
            declared: 1,
            available: 2
        }),
        "BodyLength"
    );
    assert_eq!(variant(&HeaderError::Field("slot kind")), "Field");
    assert_eq!(
        variant(&UnlockError::Kdf(KdfRefused::Passes {
            asked: 17,
            allowed: 16
        })),
        "Kdf(Passes)"
    );
    assert_eq!(
        variant(&UnlockError::Header(HeaderError::UnknownFlags(2))),
        "Header(UnknownFlags)"
    );
    assert_eq!(variant(&UnlockError::WrongPassphrase), "WrongPassphrase");
}
