//! Checking entered shares against the vault's share set, and combining a
//! validated quorum.

use core::fmt;

use zeroize::Zeroizing;

use super::text::{MAX_SHARES, SECRET_LEN, SetId, Share, blake2b512, hex, pack5};

const FINGERPRINT_DOMAIN: &[u8] = b"kluis share fingerprint v1\0";

/// 16-byte public fingerprint of one share: the first 16 bytes of
/// BLAKE2b-512(`b"kluis share fingerprint v1\0"` ‖ set id ‖ \[index\] ‖ value).
///
/// Equality is constant time.
#[derive(Clone, Copy, Eq)]
pub struct Fingerprint(pub [u8; 16]);

impl Fingerprint {
    /// The first 40 bits as 8 base32 symbols, `"ABCD-EFGH"`, to read aloud or
    /// compare with the paper.
    pub fn short(&self) -> String {
        let mut sym = [0u8; 8];
        pack5(&self.0[..5], &mut sym);
        let mut s = String::with_capacity(9);
        for (i, &v) in sym.iter().enumerate() {
            if i == 4 {
                s.push('-');
            }
            s.push(char::from(super::text::ALPHABET[usize::from(v)]));
        }
        s
    }
}

impl PartialEq for Fingerprint {
    fn eq(&self, other: &Self) -> bool {
        let diff = self
            .0
            .iter()
            .zip(other.0.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b));
        core::hint::black_box(diff) == 0
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({})", hex(&self.0))
    }
}

impl Share {
    /// This share's [`Fingerprint`].
    pub fn fingerprint(&self) -> Fingerprint {
        let digest = blake2b512(&[
            FINGERPRINT_DOMAIN,
            &self.set_id(),
            &[self.index()],
            &self.expose_value()[..],
        ]);
        let mut fp = [0u8; 16];
        fp.copy_from_slice(&digest[..16]);
        Fingerprint(fp)
    }
}

/// What the vault header knows about one share set. Public, not secret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareSetInfo {
    /// Id of the split.
    pub set_id: SetId,
    /// Shares needed to recover.
    pub threshold: u8,
    /// Shares in the set.
    pub count: u8,
    /// Fingerprint of share `i` at position `i - 1`; `fingerprints.len() == count`.
    pub fingerprints: Vec<Fingerprint>,
}

/// Why one share does not belong to, or does not match, a share set.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ShareCheckError {
    /// The share belongs to another split.
    #[error(
        "this share belongs to another share set (set {}, expected {}): use a share of this vault",
        hex(.found), hex(.expected)
    )]
    WrongSet {
        /// Set id on the share.
        found: SetId,
        /// Set id of the vault.
        expected: SetId,
    },
    /// Set id matches, but threshold or count do not.
    #[error(
        "this share says {found_threshold} of {found_count} but the share set is {expected_threshold} of {expected_count}: the share is altered or mistyped"
    )]
    FieldMismatch {
        /// Threshold on the share.
        found_threshold: u8,
        /// Count on the share.
        found_count: u8,
        /// Threshold of the set.
        expected_threshold: u8,
        /// Count of the set.
        expected_count: u8,
    },
    /// The share's value does not match the fingerprint for its index.
    #[error(
        "share {index} does not match its fingerprint in the vault: it was altered or mistyped; retype it from the paper"
    )]
    BadShare {
        /// Index of the share.
        index: u8,
    },
    /// The share set description itself is inconsistent (damaged header).
    #[error(
        "the vault's description of this share set is inconsistent: the vault header is damaged"
    )]
    InvalidSetInfo,
}

impl ShareSetInfo {
    fn is_consistent(&self) -> bool {
        self.threshold >= 1
            && self.threshold <= self.count
            && self.count <= MAX_SHARES
            && self.fingerprints.len() == usize::from(self.count)
    }

    /// Set id, threshold, count and index range; not the fingerprint.
    fn check_fields(&self, share: &Share) -> Result<(), ShareCheckError> {
        if !self.is_consistent() {
            return Err(ShareCheckError::InvalidSetInfo);
        }
        if share.set_id() != self.set_id {
            return Err(ShareCheckError::WrongSet {
                found: share.set_id(),
                expected: self.set_id,
            });
        }
        if share.threshold() != self.threshold || share.count() != self.count {
            return Err(ShareCheckError::FieldMismatch {
                found_threshold: share.threshold(),
                found_count: share.count(),
                expected_threshold: self.threshold,
                expected_count: self.count,
            });
        }
        Ok(())
    }

    fn index_in_range(&self, share: &Share) -> bool {
        share.index() >= 1 && share.index() <= self.count
    }

    fn fingerprint_matches(&self, share: &Share) -> bool {
        self.fingerprints
            .get(usize::from(share.index()).wrapping_sub(1))
            .is_some_and(|fp| *fp == share.fingerprint())
    }

    /// Checks one share alone against this set (drills, and per-share verdicts
    /// while shares are entered). Says only whether it matches, never the secret.
    pub fn check(&self, share: &Share) -> Result<(), ShareCheckError> {
        self.check_fields(share)?;
        if !self.index_in_range(share) || !self.fingerprint_matches(share) {
            return Err(ShareCheckError::BadShare {
                index: share.index(),
            });
        }
        Ok(())
    }
}

/// Why entered shares do not form a quorum. `position` is the 1-based order of
/// entry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QuorumError {
    /// The vault's share set description is inconsistent.
    #[error(
        "the vault's description of this share set is inconsistent: the vault header is damaged"
    )]
    InvalidSetInfo,
    /// A share of another split.
    #[error(
        "share {position} (index {index}) belongs to another share set (set {}, expected {}): remove it",
        hex(.found), hex(.expected)
    )]
    WrongSet {
        /// Entry position.
        position: usize,
        /// Index on the share.
        index: u8,
        /// Set id on the share.
        found: SetId,
        /// Set id of the vault.
        expected: SetId,
    },
    /// Threshold or count on the share differ from the set's.
    #[error(
        "share {position} has a different threshold or share count than this share set: it is altered or mistyped; retype it"
    )]
    FieldMismatch {
        /// Entry position.
        position: usize,
    },
    /// Index 0 or above the count.
    #[error(
        "share {position} has index {index}, which is not between 1 and {count}: it is altered or mistyped; retype it"
    )]
    IndexOutOfRange {
        /// Entry position.
        position: usize,
        /// Index on the share.
        index: u8,
        /// Count of the set.
        count: u8,
    },
    /// Same index entered twice.
    #[error(
        "share index {index} was entered twice (entry {first_position} and {position}): remove one"
    )]
    Duplicate {
        /// Entry position of the second occurrence.
        position: usize,
        /// The repeated index.
        index: u8,
        /// Entry position of the first occurrence.
        first_position: usize,
    },
    /// The share does not match its fingerprint.
    #[error(
        "share {position} (index {index}) does not match its fingerprint in the vault: it was altered or mistyped; retype it from the paper"
    )]
    BadShare {
        /// Entry position.
        position: usize,
        /// Index on the share.
        index: u8,
    },
    /// Fewer valid distinct shares than the threshold.
    #[error("need {need} shares, have {have}")]
    NotEnough {
        /// Threshold.
        need: u8,
        /// Distinct valid shares entered.
        have: usize,
    },
}

/// Shares as entered, not yet trusted. `Debug` shows no share values.
#[derive(Debug)]
pub struct UntrustedShares(Vec<Share>);

impl UntrustedShares {
    /// Wraps shares in entry order.
    pub fn new(shares: Vec<Share>) -> Self {
        UntrustedShares(shares)
    }

    /// Checks every share against `set` before anything is combined: set id,
    /// threshold and count, index range, no repeated index, fingerprint. The
    /// first bad share (in entry order) is named. Then requires at least
    /// `threshold` shares.
    pub fn validate(self, set: &ShareSetInfo) -> Result<Quorum, QuorumError> {
        if !set.is_consistent() {
            return Err(QuorumError::InvalidSetInfo);
        }
        let mut first_seen = [0usize; MAX_SHARES as usize + 1];
        for (i, share) in self.0.iter().enumerate() {
            let position = i + 1;
            let index = share.index();
            set.check_fields(share).map_err(|e| match e {
                ShareCheckError::WrongSet { found, expected } => QuorumError::WrongSet {
                    position,
                    index,
                    found,
                    expected,
                },
                ShareCheckError::FieldMismatch { .. } => QuorumError::FieldMismatch { position },
                _ => QuorumError::InvalidSetInfo,
            })?;
            if !set.index_in_range(share) {
                return Err(QuorumError::IndexOutOfRange {
                    position,
                    index,
                    count: set.count,
                });
            }
            let seen = &mut first_seen[usize::from(index)];
            if *seen != 0 {
                return Err(QuorumError::Duplicate {
                    position,
                    index,
                    first_position: *seen,
                });
            }
            *seen = position;
            if !set.fingerprint_matches(share) {
                return Err(QuorumError::BadShare { position, index });
            }
        }
        if self.0.len() < usize::from(set.threshold) {
            return Err(QuorumError::NotEnough {
                need: set.threshold,
                have: self.0.len(),
            });
        }
        Ok(Quorum {
            threshold: set.threshold,
            shares: self.0,
        })
    }
}

/// A validated quorum. Invariant: at least `threshold` shares, all of one set,
/// distinct indices in `1..=count`, each matching its fingerprint.
/// `Debug` shows no share values.
#[derive(Debug)]
pub struct Quorum {
    threshold: u8,
    shares: Vec<Share>,
}

impl Quorum {
    /// The set all shares belong to.
    pub fn set_id(&self) -> SetId {
        self.shares
            .first()
            .map(Share::set_id)
            .expect("a quorum holds at least one share")
    }

    /// Indices of the shares, in entry order.
    pub fn indices(&self) -> Vec<u8> {
        self.shares.iter().map(Share::index).collect()
    }

    /// Recovers the 32-byte secret from the first `threshold` shares.
    pub fn combine(&self) -> Zeroizing<[u8; SECRET_LEN]> {
        let points: Vec<blahaj::Share> = self
            .shares
            .iter()
            .take(usize::from(self.threshold))
            .map(to_blahaj)
            .collect();
        let recovered = Zeroizing::new(
            blahaj::Sharks(self.threshold)
                .recover(&points)
                .expect("quorum invariant: threshold distinct shares of equal length"),
        );
        let mut secret = Zeroizing::new([0u8; SECRET_LEN]);
        secret.copy_from_slice(&recovered[..]);
        secret
    }
}

/// blahaj's form of a share (zeroized on drop by blahaj).
pub(super) fn to_blahaj(share: &Share) -> blahaj::Share {
    let mut bytes = Zeroizing::new([0u8; SECRET_LEN + 1]);
    bytes[0] = share.index();
    bytes[1..].copy_from_slice(&share.expose_value()[..]);
    blahaj::Share::try_from(&bytes[..]).expect("33 bytes is a valid blahaj share")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shares::split;
    use proptest::prelude::*;
    use rand::SeedableRng;
    use rand::rngs::ChaCha20Rng;

    const SECRET: [u8; 32] = [0x42; 32];

    fn set(k: u8, n: u8, seed: u8) -> (Vec<Share>, ShareSetInfo) {
        let mut rng = ChaCha20Rng::from_seed([seed; 32]);
        let mut secret = SECRET;
        secret[0] = seed;
        split(&secret, [seed; 8], k, n, &mut rng).unwrap()
    }

    fn pick(shares: &[Share], idx: &[usize]) -> Vec<Share> {
        idx.iter().map(|&i| shares[i].clone()).collect()
    }

    fn blahaj_recover(k: u8, shares: &[blahaj::Share]) -> Result<Vec<u8>, String> {
        blahaj::Sharks(k).recover(shares).map_err(str::to_owned)
    }

    fn corrupted(share: &Share) -> Share {
        let mut v = *share.expose_value();
        v[7] ^= 0x10;
        Share::new(
            share.set_id(),
            share.threshold(),
            share.count(),
            share.index(),
            Zeroizing::new(v),
        )
        .unwrap()
    }

    #[test]
    fn valid_quorum_combines() {
        let (shares, info) = set(3, 5, 1);
        let q = UntrustedShares::new(pick(&shares, &[4, 0, 2]))
            .validate(&info)
            .unwrap();
        assert_eq!(q.indices(), vec![5, 1, 3]);
        let mut want = SECRET;
        want[0] = 1;
        assert_eq!(*q.combine(), want);
        for s in &shares {
            assert_eq!(info.check(s), Ok(()));
        }
    }

    #[test]
    fn duplicate_refused_blahaj_alone_is_wrong() {
        let (shares, info) = set(2, 3, 2);
        // blahaj alone: the repeated point cancels out and it returns garbage.
        let b = [
            to_blahaj(&shares[0]),
            to_blahaj(&shares[0]),
            to_blahaj(&shares[1]),
        ];
        let got = blahaj_recover(2, &b).expect("blahaj accepts duplicates");
        assert_ne!(got[..], set_secret(2)[..]);
        // Ours names the duplicate.
        let err = UntrustedShares::new(pick(&shares, &[0, 1, 0]))
            .validate(&info)
            .unwrap_err();
        assert_eq!(
            err,
            QuorumError::Duplicate {
                position: 3,
                index: 1,
                first_position: 1
            }
        );
        assert_eq!(
            err.to_string(),
            "share index 1 was entered twice (entry 1 and 3): remove one"
        );
    }

    fn set_secret(seed: u8) -> [u8; 32] {
        let mut s = SECRET;
        s[0] = seed;
        s
    }

    #[test]
    fn other_set_refused_blahaj_alone_is_wrong() {
        let (a, info_a) = set(2, 3, 3);
        let (b, _) = set(2, 3, 4);
        let mixed = [to_blahaj(&a[0]), to_blahaj(&b[1])];
        let got = blahaj_recover(2, &mixed).expect("blahaj accepts mixed sets");
        assert_ne!(got[..], set_secret(3)[..]);
        assert_ne!(got[..], set_secret(4)[..]);
        let err = UntrustedShares::new(vec![a[0].clone(), b[1].clone()])
            .validate(&info_a)
            .unwrap_err();
        assert_eq!(
            err,
            QuorumError::WrongSet {
                position: 2,
                index: 2,
                found: [4; 8],
                expected: [3; 8]
            }
        );
        assert_eq!(
            err.to_string(),
            "share 2 (index 2) belongs to another share set (set 0404040404040404, expected 0303030303030303): remove it"
        );
        assert!(matches!(
            info_a.check(&b[1]),
            Err(ShareCheckError::WrongSet { .. })
        ));
    }

    #[test]
    fn x_zero_refused_blahaj_alone_is_wrong() {
        let (shares, info) = set(2, 3, 5);
        // A forged x = 0 point carrying share 2's value.
        let forged = Share::new_unchecked([5; 8], 2, 3, 0, *shares[1].expose_value());
        let b = [to_blahaj(&forged), to_blahaj(&shares[0])];
        let got = blahaj_recover(2, &b).expect("blahaj accepts x = 0");
        assert_ne!(got[..], set_secret(5)[..]);
        let err = UntrustedShares::new(vec![forged.clone(), shares[0].clone()])
            .validate(&info)
            .unwrap_err();
        assert_eq!(
            err,
            QuorumError::IndexOutOfRange {
                position: 1,
                index: 0,
                count: 3
            }
        );
        assert_eq!(
            info.check(&forged),
            Err(ShareCheckError::BadShare { index: 0 })
        );
        // And no honest path builds one: parse and new refuse index 0.
        assert!(Share::new([5; 8], 2, 3, 0, Zeroizing::new([0; 32])).is_err());
    }

    #[test]
    fn index_above_count_refused() {
        let (shares, info) = set(2, 3, 6);
        let forged = Share::new_unchecked([6; 8], 2, 3, 4, *shares[2].expose_value());
        let err = UntrustedShares::new(vec![shares[0].clone(), forged.clone()])
            .validate(&info)
            .unwrap_err();
        assert_eq!(
            err,
            QuorumError::IndexOutOfRange {
                position: 2,
                index: 4,
                count: 3
            }
        );
        assert_eq!(
            info.check(&forged),
            Err(ShareCheckError::BadShare { index: 4 })
        );
    }

    #[test]
    fn fewer_than_threshold_refused() {
        let (shares, info) = set(3, 5, 7);
        let err = UntrustedShares::new(pick(&shares, &[1, 3]))
            .validate(&info)
            .unwrap_err();
        assert_eq!(err, QuorumError::NotEnough { need: 3, have: 2 });
        assert_eq!(err.to_string(), "need 3 shares, have 2");
        let err = UntrustedShares::new(vec![]).validate(&info).unwrap_err();
        assert_eq!(err, QuorumError::NotEnough { need: 3, have: 0 });
    }

    #[test]
    fn corrupted_share_named_blahaj_alone_is_wrong() {
        let (shares, info) = set(3, 5, 8);
        let bad = corrupted(&shares[2]);
        // blahaj alone returns a wrong secret without complaint.
        let b = [
            to_blahaj(&shares[0]),
            to_blahaj(&shares[1]),
            to_blahaj(&bad),
        ];
        let got = blahaj_recover(3, &b).expect("blahaj accepts a corrupted share");
        assert_ne!(got[..], set_secret(8)[..]);
        // k + 1 shares, the third corrupted: the third is named.
        let entered = vec![
            shares[0].clone(),
            shares[1].clone(),
            bad.clone(),
            shares[3].clone(),
        ];
        let err = UntrustedShares::new(entered).validate(&info).unwrap_err();
        assert_eq!(
            err,
            QuorumError::BadShare {
                position: 3,
                index: 3
            }
        );
        assert_eq!(
            info.check(&bad),
            Err(ShareCheckError::BadShare { index: 3 })
        );
        // Corrupted share entered last: still named.
        let entered = vec![shares[4].clone(), shares[0].clone(), shares[1].clone(), bad];
        let err = UntrustedShares::new(entered).validate(&info).unwrap_err();
        assert_eq!(
            err,
            QuorumError::BadShare {
                position: 4,
                index: 3
            }
        );
    }

    #[test]
    fn fingerprint_mismatch_refused() {
        let (shares, mut info) = set(2, 3, 9);
        info.fingerprints[1].0[15] ^= 1;
        let err = UntrustedShares::new(pick(&shares, &[0, 1]))
            .validate(&info)
            .unwrap_err();
        assert_eq!(
            err,
            QuorumError::BadShare {
                position: 2,
                index: 2
            }
        );
        assert_eq!(
            info.check(&shares[1]),
            Err(ShareCheckError::BadShare { index: 2 })
        );
        assert_eq!(info.check(&shares[0]), Ok(()));
    }

    #[test]
    fn field_mismatch_refused() {
        let (shares, info) = set(2, 3, 10);
        let other_k =
            Share::new([10; 8], 3, 3, 2, Zeroizing::new(*shares[1].expose_value())).unwrap();
        let err = UntrustedShares::new(vec![shares[0].clone(), other_k.clone()])
            .validate(&info)
            .unwrap_err();
        assert_eq!(err, QuorumError::FieldMismatch { position: 2 });
        assert!(matches!(
            info.check(&other_k),
            Err(ShareCheckError::FieldMismatch { .. })
        ));
    }

    #[test]
    fn inconsistent_set_info_refused() {
        let (shares, mut info) = set(2, 3, 11);
        info.fingerprints.pop();
        assert_eq!(
            UntrustedShares::new(pick(&shares, &[0, 1]))
                .validate(&info)
                .unwrap_err(),
            QuorumError::InvalidSetInfo
        );
        assert_eq!(info.check(&shares[0]), Err(ShareCheckError::InvalidSetInfo));
    }

    #[test]
    fn fingerprint_domain_and_short() {
        let (shares, info) = set(2, 3, 12);
        assert_eq!(shares[0].fingerprint(), info.fingerprints[0]);
        assert_ne!(info.fingerprints[0], info.fingerprints[1]);
        let short = info.fingerprints[0].short();
        assert_eq!(short.len(), 9);
        assert_eq!(&short[4..5], "-");
        let d = format!("{:?}", info.fingerprints[0]);
        assert!(d.starts_with("Fingerprint(") && d.len() == "Fingerprint()".len() + 32);
        // Changing only the index changes the fingerprint.
        let moved =
            Share::new([12; 8], 2, 3, 2, Zeroizing::new(*shares[0].expose_value())).unwrap();
        assert_ne!(moved.fingerprint(), shares[0].fingerprint());
    }

    /// Decodes a short fingerprint back to its 40 bits.
    fn decode_short(s: &str) -> [u8; 5] {
        let sym: Vec<u8> = s
            .chars()
            .filter(|&c| c != '-')
            .map(|c| {
                crate::shares::text::ALPHABET
                    .iter()
                    .position(|&a| char::from(a) == c)
                    .unwrap() as u8
            })
            .collect();
        let mut out = [0u8; 5];
        crate::shares::text::unpack5(&sym, &mut out);
        out
    }

    proptest! {
        #[test]
        fn short_round_trip(bytes in any::<[u8; 16]>()) {
            let fp = Fingerprint(bytes);
            let s = fp.short();
            prop_assert_eq!(s.len(), 9);
            prop_assert_eq!(decode_short(&s), [bytes[0], bytes[1], bytes[2], bytes[3], bytes[4]]);
        }

        #[test]
        fn fingerprint_eq_matches_bytes(a in any::<[u8; 16]>(), b in any::<[u8; 16]>()) {
            prop_assert_eq!(Fingerprint(a) == Fingerprint(b), a == b);
            prop_assert!(Fingerprint(a) == Fingerprint(a));
        }
    }
}
