//! Splitting the secret into shares.

use zeroize::Zeroizing;

use super::quorum::{ShareSetInfo, UntrustedShares};
use super::text::{MAX_SHARES, SECRET_LEN, SetId, Share};

/// Why a split was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SplitError {
    /// Count is 0 or above [`MAX_SHARES`].
    #[error("the share count must be between 1 and {max}, got {count}")]
    CountOutOfRange {
        /// Count asked for.
        count: u8,
        /// Largest count.
        max: u8,
    },
    /// Threshold is 0 or above the count.
    #[error("the threshold must be between 1 and the share count {count}, got {threshold}")]
    ThresholdOutOfRange {
        /// Threshold asked for.
        threshold: u8,
        /// Count asked for.
        count: u8,
    },
    /// The fresh shares did not pass validation and recombination (a bug).
    #[error("internal error: the new shares did not recombine to the secret; do not use them")]
    SelfCheckFailed,
}

/// A fresh random set id.
pub fn new_set_id(rng: &mut impl rand::CryptoRng) -> SetId {
    let mut id = [0u8; 8];
    rng.fill_bytes(&mut id);
    id
}

/// Splits `secret` into `count` shares, any `threshold` of which recover it.
///
/// `threshold == 1` is allowed (every share then *is* the secret in effect; the
/// caller should warn). Returns the shares (index `1..=count`, in order) and the
/// public [`ShareSetInfo`] for the vault header. Before returning, the new
/// shares are validated against that info and recombined as a self-check.
pub fn split(
    secret: &[u8; SECRET_LEN],
    set_id: SetId,
    threshold: u8,
    count: u8,
    rng: &mut impl rand::CryptoRng,
) -> Result<(Vec<Share>, ShareSetInfo), SplitError> {
    if count == 0 || count > MAX_SHARES {
        return Err(SplitError::CountOutOfRange {
            count,
            max: MAX_SHARES,
        });
    }
    if threshold == 0 || threshold > count {
        return Err(SplitError::ThresholdOutOfRange { threshold, count });
    }
    let mut shares = Vec::with_capacity(usize::from(count));
    for (i, point) in blahaj::Sharks(threshold)
        .dealer_rng(secret, rng)
        .take(usize::from(count))
        .enumerate()
    {
        // blahaj deals x = 1, 2, 3, ... and zeroizes `point` on drop.
        let index = point.x.0;
        if usize::from(index) != i + 1 || point.y.len() != SECRET_LEN {
            return Err(SplitError::SelfCheckFailed);
        }
        let mut value = Zeroizing::new([0u8; SECRET_LEN]);
        for (dst, y) in value.iter_mut().zip(point.y.iter()) {
            *dst = y.0;
        }
        let share = Share::new(set_id, threshold, count, index, value)
            .map_err(|_| SplitError::SelfCheckFailed)?;
        shares.push(share);
    }
    let info = ShareSetInfo {
        set_id,
        threshold,
        count,
        fingerprints: shares.iter().map(Share::fingerprint).collect(),
    };
    // Self-check: the last `threshold` shares validate and recombine.
    let tail = shares[shares.len() - usize::from(threshold)..].to_vec();
    let quorum = UntrustedShares::new(tail)
        .validate(&info)
        .map_err(|_| SplitError::SelfCheckFailed)?;
    let back = quorum.combine();
    let diff = back
        .iter()
        .zip(secret.iter())
        .fold(0u8, |acc, (a, b)| acc | (a ^ b));
    if core::hint::black_box(diff) != 0 {
        return Err(SplitError::SelfCheckFailed);
    }
    Ok((shares, info))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shares::{ParseShareError, Share};
    use proptest::prelude::*;
    use rand::SeedableRng;
    use rand::rngs::ChaCha20Rng;

    fn secret_from(seed: u8) -> [u8; 32] {
        let mut s = [0u8; 32];
        for (i, b) in s.iter_mut().enumerate() {
            *b = seed.wrapping_mul(31).wrapping_add(i as u8 * 7);
        }
        s
    }

    /// All subsets of `0..n` of size `k`, as index lists.
    fn subsets(n: usize, k: usize) -> Vec<Vec<usize>> {
        (0u32..1 << n)
            .filter(|m| m.count_ones() as usize == k)
            .map(|m| (0..n).filter(|i| m & (1 << i) != 0).collect())
            .collect()
    }

    #[test]
    fn every_k_subset_recovers() {
        let mut rng = ChaCha20Rng::from_seed([1; 32]);
        let mut checked = 0;
        for n in 1u8..=6 {
            for k in 1..=n {
                let secret = secret_from(n * 10 + k);
                let (shares, info) =
                    split(&secret, [n, k, 0, 0, 0, 0, 0, 0], k, n, &mut rng).unwrap();
                assert_eq!(shares.len(), usize::from(n));
                assert_eq!(info.fingerprints.len(), usize::from(n));
                for size in k..=n {
                    for sub in subsets(usize::from(n), usize::from(size)) {
                        let picked = sub.iter().map(|&i| shares[i].clone()).collect();
                        let q = UntrustedShares::new(picked).validate(&info).unwrap();
                        assert_eq!(*q.combine(), secret, "n={n} k={k} {sub:?}");
                        checked += 1;
                    }
                }
                // One fewer than k is refused, never combined.
                if k > 1 {
                    for sub in subsets(usize::from(n), usize::from(k - 1)) {
                        let picked = sub.iter().map(|&i| shares[i].clone()).collect();
                        assert!(UntrustedShares::new(picked).validate(&info).is_err());
                    }
                }
            }
        }
        // sum over n of n * 2^(n-1): each subset of size s is tried for k = 1..=s.
        assert_eq!(checked, 1 + 4 + 12 + 32 + 80 + 192);
    }

    #[test]
    fn bad_parameters_refused() {
        let mut rng = ChaCha20Rng::from_seed([2; 32]);
        let s = [0u8; 32];
        assert_eq!(
            split(&s, [0; 8], 1, 0, &mut rng).unwrap_err(),
            SplitError::CountOutOfRange { count: 0, max: 16 }
        );
        assert_eq!(
            split(&s, [0; 8], 2, 17, &mut rng).unwrap_err(),
            SplitError::CountOutOfRange { count: 17, max: 16 }
        );
        assert_eq!(
            split(&s, [0; 8], 0, 3, &mut rng).unwrap_err(),
            SplitError::ThresholdOutOfRange {
                threshold: 0,
                count: 3
            }
        );
        assert_eq!(
            split(&s, [0; 8], 4, 3, &mut rng).unwrap_err(),
            SplitError::ThresholdOutOfRange {
                threshold: 4,
                count: 3
            }
        );
        assert!(split(&s, [0; 8], 16, 16, &mut rng).is_ok());
        assert!(split(&s, [0; 8], 1, 16, &mut rng).is_ok());
    }

    #[test]
    fn thread_rng_works() {
        let mut rng = rand::rng();
        let id = new_set_id(&mut rng);
        let (shares, info) = split(&[9; 32], id, 2, 3, &mut rng).unwrap();
        assert_eq!(info.set_id, id);
        let q = UntrustedShares::new(shares[1..].to_vec())
            .validate(&info)
            .unwrap();
        assert_eq!(*q.combine(), [9; 32]);
    }

    /// Test vector for the docs: secret 00 01 .. 1f, set id "kluis" 00 00 01,
    /// threshold 2 of 3, ChaCha20Rng::from_seed([0x4b; 32]) (rand 0.10, blahaj 0.7).
    #[test]
    fn fixed_test_vector() {
        let mut secret = [0u8; 32];
        for (i, b) in secret.iter_mut().enumerate() {
            *b = i as u8;
        }
        let set_id = [0x6b, 0x6c, 0x75, 0x69, 0x73, 0x00, 0x00, 0x01];
        let mut rng = ChaCha20Rng::from_seed([0x4b; 32]);
        let (shares, info) = split(&secret, set_id, 2, 3, &mut rng).unwrap();
        for s in &shares {
            // Printed for the docs (cargo test -- --nocapture fixed_test_vector).
            println!("share {}:\n{}{}\n", s.index(), s.to_text(), s.to_qr_text());
            println!(
                "fingerprint {:?} short {}",
                s.fingerprint(),
                s.fingerprint().short()
            );
        }
        let expected: [&str; 3] = [EXPECTED_1, EXPECTED_2, EXPECTED_3];
        for (s, want) in shares.iter().zip(expected) {
            assert_eq!(s.to_text(), want);
        }
        assert_eq!(
            info.fingerprints
                .iter()
                .map(|f| f.short())
                .collect::<Vec<_>>(),
            EXPECTED_SHORT
        );
        // The vector parses back and recombines.
        let parsed: Vec<Share> = expected.iter().map(|t| Share::parse(t).unwrap()).collect();
        let q = UntrustedShares::new(vec![parsed[2].clone(), parsed[0].clone()])
            .validate(&info)
            .unwrap();
        assert_eq!(*q.combine(), secret);
        assert!(Share::parse(&EXPECTED_1.replace('\n', "\n\n")).is_ok());
        // Mixing lines of two shares of the same set is caught.
        let mixed = EXPECTED_1.replace("RY11-JFWJ-STWF-9", "JRAK-TX1G-K5VF-S");
        assert!(matches!(
            Share::parse(&mixed),
            Err(ParseShareError::Checksum)
        ));
    }

    // Test vector (docs): the three shares of `fixed_test_vector`.
    const EXPECTED_1: &str = "KLUIS
05NP-RXB9-EC00-W
0082-0C0J-A9X3-M
RY11-JFWJ-STWF-9
ME83-ZGC0-S1YS-2
Y5PP-781R-2M97-0
V61Y-FC2J-RY77-Q
";
    const EXPECTED_2: &str = "KLUIS
05NP-RXB9-EC00-W
0082-0C14-MKAX-F
JRAK-TX1G-K5VF-S
EVRJ-Y8H0-J8WW-0
S7QZ-MRJA-2C6D-M
20TH-T8PQ-NMF7-B
";
    const EXPECTED_3: &str = "KLUIS
05NP-RXB9-EC00-W
0082-0C1P-YTZW-Z
AA9J-2KD5-BZ3G-0
EQ8X-0CT0-ND2M-C
5A8R-VNV4-243B-R
B0BM-PMTM-HDM1-J
";
    const EXPECTED_SHORT: [&str; 3] = ["Z6J5-73GN", "29WY-CH81", "4KY3-HPY1"];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn split_combine_round_trip(
            secret in any::<[u8; 32]>(),
            seed in any::<[u8; 32]>(),
            (n, k) in (1u8..=16).prop_flat_map(|n| (Just(n), 1..=n)),
            order in any::<u64>(),
        ) {
            let mut rng = ChaCha20Rng::from_seed(seed);
            let (shares, info) = split(&secret, [7; 8], k, n, &mut rng).unwrap();
            // A pseudo-random subset of size >= k, in pseudo-random order.
            let mut idx: Vec<usize> = (0..usize::from(n)).collect();
            let mut o = order;
            for i in (1..idx.len()).rev() {
                idx.swap(i, (o % (i as u64 + 1)) as usize);
                o = o.rotate_left(7) ^ 0x9e37_79b9_7f4a_7c15;
            }
            let take = usize::from(k) + (order as usize % (usize::from(n - k) + 1));
            let picked: Vec<Share> = idx[..take].iter().map(|&i| shares[i].clone()).collect();
            let q = UntrustedShares::new(picked).validate(&info).unwrap();
            prop_assert_eq!(*q.combine(), secret);
            // Every share also survives its own text forms.
            for s in &shares {
                let back = Share::parse(&s.to_text()).unwrap();
                prop_assert_eq!(info.check(&back), Ok(()));
            }
        }
    }
}
