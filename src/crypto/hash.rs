//! Domain-separated BLAKE2b hashes.
//!
//! Every hash kluis computes starts with a fixed, NUL-terminated domain label
//! (a constant of this module), so a value hashed for one purpose can never be
//! mistaken for a hash made for another.

use blake2::Blake2b;
use blake2::digest::Digest;
use blake2::digest::consts::U32;

/// Label of the keyless whole-file checksum (docs/ARCHITECTURE.md, invariant 4).
pub const FILE_CHECKSUM: &[u8] = b"kluis file checksum v1\0";
/// Label of an audit record's chain hash.
pub const AUDIT_RECORD: &[u8] = b"kluis audit record v1\0";
/// Label of a passphrase/recovery slot's associated data.
pub const SLOT_AAD: &[u8] = b"kluis slot v1\0";

/// BLAKE2b-256 over `domain` followed by each part, each part prefixed by its
/// length (u64 little-endian) so part boundaries cannot shift.
pub fn hash256(domain: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut h = Blake2b::<U32>::new();
    h.update(domain);
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h.finalize().into()
}

/// BLAKE2b-256 over `domain` and one contiguous byte string (no length
/// prefix): used for the file checksum, which covers a single range.
pub fn hash256_flat(domain: &[u8], data: &[u8]) -> [u8; 32] {
    let mut h = Blake2b::<U32>::new();
    h.update(domain);
    h.update(data);
    h.finalize().into()
}

/// Constant-time equality for fixed-size digests.
pub fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_separate() {
        assert_ne!(
            hash256(FILE_CHECKSUM, &[b"x"]),
            hash256(AUDIT_RECORD, &[b"x"])
        );
    }

    #[test]
    fn length_prefix_fixes_boundaries() {
        assert_ne!(
            hash256(AUDIT_RECORD, &[b"ab", b"c"]),
            hash256(AUDIT_RECORD, &[b"a", b"bc"])
        );
    }

    #[test]
    fn ct_eq_works() {
        assert!(ct_eq(b"abc", b"abc"));
        assert!(!ct_eq(b"abc", b"abd"));
        assert!(!ct_eq(b"abc", b"ab"));
    }
}
