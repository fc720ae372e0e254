//! Malformed and tampered vault files, fed to the real binary. Each case
//! checks the exit code, the message class, that nothing panicked, and that
//! the file on disk is byte-identical afterwards (issue 2, "Bad input").

use kluis::format::header::{FORMAT_VERSION, Header};
use kluis::format::{CHECKSUM_LEN, fix_checksum};

use crate::util::{Fixture, Run};

/// Puts `bytes` at the vault path, runs `secret list`, checks the file is
/// unchanged, and returns the run.
fn feed(f: &Fixture, bytes: &[u8]) -> Run {
    std::fs::write(&f.vault, bytes).expect("write");
    let r = f.run(&["secret", "list"]);
    assert_eq!(
        f.bytes(),
        bytes,
        "the vault file was changed by a failed open"
    );
    r
}

fn header_len(bytes: &[u8]) -> usize {
    Header::read(bytes).expect("reference header").1
}

#[test]
fn empty_file() {
    let f = Fixture::new();
    feed(&f, b"").expect(4, "the vault file is empty");
}

#[test]
fn every_truncation_is_refused_as_damage() {
    let f = Fixture::with_holders(2, &["a", "b"]);
    let good = f.bytes();
    for n in 1..good.len() {
        let r = feed(&f, &good[..n]);
        assert!(!r.stderr.contains("panicked"));
        assert_eq!(r.code, 4, "length {n}: {}", r.stderr);
        assert!(
            r.stderr.contains("truncated") || r.stderr.contains("checksum mismatch"),
            "length {n}: {}",
            r.stderr
        );
    }
    std::fs::write(&f.vault, &good).expect("restore");
    f.ok(&["secret", "list"]);
}

#[test]
fn trailing_bytes() {
    let f = Fixture::new();
    let mut bytes = f.bytes();
    bytes.extend_from_slice(b"extra");
    feed(&f, &bytes).expect(4, "checksum mismatch");
}

#[test]
fn trailing_bytes_with_fixed_checksum() {
    let f = Fixture::new();
    let good = f.bytes();
    let mut bytes = good.clone();
    let at = bytes.len() - CHECKSUM_LEN;
    bytes.splice(at..at, *b"extra");
    fix_checksum(&mut bytes);
    feed(&f, &bytes).expect(4, "declares a body of");
}

#[test]
fn wrong_magic() {
    let f = Fixture::new();
    let mut bytes = f.bytes();
    bytes[0] = b'X';
    feed(&f, &bytes).expect(4, "not a kluis vault");
    feed(&f, b"hello, this is a text file\n").expect(4, "not a kluis vault");
}

#[test]
fn version_zero_and_future() {
    let f = Fixture::new();
    let good = f.bytes();
    let mut v0 = good.clone();
    v0[8..10].copy_from_slice(&0u16.to_le_bytes());
    fix_checksum(&mut v0);
    feed(&f, &v0).expect(4, "format version 0");
    let mut v2 = good.clone();
    v2[8..10].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    fix_checksum(&mut v2);
    feed(&f, &v2).expect(1, "newer than this kluis reads");
    // The same change without a fixed checksum is damage, not a version.
    let mut flipped = good;
    flipped[8] ^= 2;
    feed(&f, &flipped).expect(4, "checksum mismatch");
}

#[test]
fn every_header_bit_flip_is_damage() {
    let f = Fixture::with_holders(2, &["a", "b"]);
    let good = f.bytes();
    let hlen = header_len(&good);
    for byte in 0..hlen {
        for bit in 0..8 {
            let mut bytes = good.clone();
            bytes[byte] ^= 1 << bit;
            let r = feed(&f, &bytes);
            assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
            assert_eq!(r.code, 4, "byte {byte} bit {bit}: {}", r.stderr);
            let expect = if byte < 8 {
                "not a kluis vault"
            } else {
                "checksum mismatch"
            };
            assert!(
                r.stderr.contains(expect),
                "byte {byte} bit {bit}: {}",
                r.stderr
            );
        }
    }
}

#[test]
fn body_bit_flips_are_damage() {
    let f = Fixture::new();
    let good = f.bytes();
    let hlen = header_len(&good);
    // A sample: every 7th byte of nonce, ciphertext and checksum, one bit each.
    for byte in (hlen..good.len()).step_by(7) {
        let mut bytes = good.clone();
        bytes[byte] ^= 1 << (byte % 8);
        feed(&f, &bytes).expect(4, "checksum mismatch");
    }
}

#[test]
fn body_flips_with_fixed_checksum_fail_authentication() {
    let f = Fixture::new();
    let good = f.bytes();
    let hlen = header_len(&good);
    for byte in [
        hlen,
        hlen + 23,
        hlen + 24,
        hlen + 100,
        good.len() - CHECKSUM_LEN - 1,
    ] {
        let mut bytes = good.clone();
        bytes[byte] ^= 0x10;
        fix_checksum(&mut bytes);
        feed(&f, &bytes).expect(4, "fails authentication");
    }
}

#[test]
fn header_of_a_with_body_of_b() {
    let a = Fixture::new();
    let b = Fixture::new();
    let (ab, bb) = (a.bytes(), b.bytes());
    let (ha, hb) = (header_len(&ab), header_len(&bb));
    // Same passphrase, same layout: splice A's header onto B's nonce+body.
    let mut mixed = ab[..ha].to_vec();
    mixed.extend_from_slice(&bb[hb..bb.len() - CHECKSUM_LEN]);
    mixed.extend_from_slice(&[0; CHECKSUM_LEN]);
    // As is: the checksum is wrong.
    feed(&a, &mixed).expect(4, "checksum mismatch");
    // With the checksum recomputed (a deliberate forgery): B's body is not
    // authenticated under A's master key and header.
    fix_checksum(&mut mixed);
    let r = feed(&a, &mixed);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(
        r.stderr.contains("fails authentication") || r.stderr.contains("declares a body of"),
        "{}",
        r.stderr
    );
}

#[test]
fn lengths_beyond_the_file_or_limits() {
    let f = Fixture::new();
    let good = f.bytes();
    let hlen = header_len(&good);
    // body_len is the last 4 header bytes.
    for declared in [u32::MAX, (good.len() as u32) * 2, 64 * 1024 * 1024 + 1] {
        let mut bytes = good.clone();
        bytes[hlen - 4..hlen].copy_from_slice(&declared.to_le_bytes());
        fix_checksum(&mut bytes);
        feed(&f, &bytes).expect(4, &format!("declares a body of {declared} bytes"));
    }
    // Slot count (offset 80) and counts beyond their maxima.
    let mut bytes = good.clone();
    bytes[80] = 255;
    fix_checksum(&mut bytes);
    feed(&f, &bytes).expect(4, "malformed (slot count)");
    let mut bytes = good.clone();
    bytes[80] = 0;
    fix_checksum(&mut bytes);
    feed(&f, &bytes).expect(4, "malformed (slot count)");
}

#[test]
fn wrong_passphrase_and_damage_are_told_apart() {
    let f = Fixture::new();
    let before = f.bytes();
    let wrong = f.file("wrong", "not the passphrase\n");
    f.run_raw(&[
        "--passphrase-file",
        crate::util::path_str(&wrong),
        "secret",
        "list",
    ])
    .expect(3, "wrong passphrase");
    assert_eq!(f.bytes(), before);
    let mut damaged = before.clone();
    let n = damaged.len() / 2;
    damaged[n] ^= 1;
    std::fs::write(&f.vault, &damaged).expect("write");
    f.run(&["secret", "list"]).expect(4, "damaged");
    f.run_raw(&[
        "--passphrase-file",
        crate::util::path_str(&wrong),
        "secret",
        "list",
    ])
    .expect(4, "damaged");
    assert_eq!(f.bytes(), damaged);
}
