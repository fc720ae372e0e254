//! Shamir statistics through the public API (`kluis::shares::split` and
//! `UntrustedShares`): every k-subset recovers, the dealer's coefficients are
//! uniform over all 256 values (RUSTSEC-2024-0398: `sharks` drew them from
//! 1..=255), and fewer than k shares leave a secret byte uniform.
//!
//! The RNGs are seeded so a failure reproduces; the chi-square thresholds are
//! the p = 0.001 critical value for 255 degrees of freedom (330.5), so a
//! correct dealer fails a given seed with probability 1/1000 and a changed
//! seed is the only thing that could move a passing test to failing.

use kluis::shares::{Share, UntrustedShares, split};
use rand::rngs::ChaCha20Rng;
use rand::{Rng, SeedableRng};

/// Chi-square critical value for df = 255 at p = 0.001 (330.5), rounded
/// down so the test errs on the side of rejecting.
const CHI2_CRITICAL_DF255: f64 = 330.0;

/// Samples per distribution: 20,000 gives 78 expected per bin, well above
/// the usual "at least 5 per bin" rule, and runs in a few seconds in debug.
const SAMPLES: usize = 20_000;

/// Pearson's chi-square statistic of `counts` against a uniform distribution.
fn chi_square(counts: &[u64; 256]) -> f64 {
    let n: u64 = counts.iter().sum();
    let expected = n as f64 / 256.0;
    counts
        .iter()
        .map(|&o| {
            let d = o as f64 - expected;
            d * d / expected
        })
        .sum()
}

/// All `k`-element subsets of `0..n`, as index lists.
fn subsets(n: usize, k: usize) -> Vec<Vec<usize>> {
    (0u32..1 << n)
        .filter(|m| m.count_ones() as usize == k)
        .map(|m| (0..n).filter(|i| m & (1 << i) != 0).collect())
        .collect()
}

#[test]
fn every_k_subset_recovers_up_to_8() {
    let mut rng = ChaCha20Rng::from_seed([0x5a; 32]);
    let mut recovered = 0;
    for n in 2u8..=8 {
        for k in 2..=n {
            let mut secret = [0u8; 32];
            rng.fill_bytes(&mut secret);
            let set_id = [n, k, 1, 2, 3, 4, 5, 6];
            let (shares, info) = split(&secret, set_id, k, n, &mut rng).expect("split");
            for sub in subsets(usize::from(n), usize::from(k)) {
                let picked: Vec<Share> = sub.iter().map(|&i| shares[i].clone()).collect();
                let quorum = UntrustedShares::new(picked)
                    .validate(&info)
                    .unwrap_or_else(|e| panic!("n={n} k={k} {sub:?}: {e}"));
                assert_eq!(*quorum.combine(), secret, "n={n} k={k} {sub:?}");
                recovered += 1;
            }
            // One share fewer is refused before combining.
            for sub in subsets(usize::from(n), usize::from(k - 1)) {
                let picked: Vec<Share> = sub.iter().map(|&i| shares[i].clone()).collect();
                assert!(UntrustedShares::new(picked).validate(&info).is_err());
            }
        }
    }
    // Sum over n = 2..=8 of C(n,2) + ... + C(n,n) = 2^n - 1 - n.
    assert_eq!(recovered, (2..=8).map(|n| (1 << n) - 1 - n).sum::<i32>());
    assert_eq!(recovered, 466);
}

/// Counts of byte 0 of share 1 and of share 2 over `SAMPLES` 2-of-2 splits
/// of `secret`.
fn share_byte_counts(secret: [u8; 32], seed: u8) -> [[u64; 256]; 2] {
    let mut rng = ChaCha20Rng::from_seed([seed; 32]);
    let mut counts = [[0u64; 256]; 2];
    for _ in 0..SAMPLES {
        let (shares, _) = split(&secret, [seed; 8], 2, 2, &mut rng).expect("split");
        for (i, share) in shares.iter().enumerate() {
            assert_eq!(usize::from(share.index()), i + 1);
            counts[i][usize::from(share.expose_value()[0])] += 1;
        }
    }
    counts
}

/// For k = 2 the polynomial of each byte is f(x) = s + a1·x, so the share at
/// x = 1 is y1 = s + a1, and in GF(256) addition is XOR: a1 = y1 XOR s.
/// The coefficient must take every value in 0..=255 uniformly.
#[test]
fn coefficients_are_uniform_including_zero() {
    let s = 0xA7u8;
    let [y1, _] = share_byte_counts([s; 32], 0x11);
    let mut a1 = [0u64; 256];
    for (y, &c) in y1.iter().enumerate() {
        a1[usize::from(y as u8 ^ s)] += c;
    }
    let chi2 = chi_square(&a1);
    let (min, max) = (a1.iter().min(), a1.iter().max());
    println!(
        "coefficient a1: n={SAMPLES} chi2={chi2:.1} (df=255, reject > {CHI2_CRITICAL_DF255}) \
         count(0)={} min={min:?} max={max:?}",
        a1[0]
    );
    // RUSTSEC-2024-0398: a dealer drawing from 1..=255 never yields 0. With
    // 20,000 uniform draws, P(no 0) = (255/256)^20000 ~ e^-78.
    assert!(a1[0] > 0, "coefficient 0 never drawn: the 1..=255 bug");
    assert!(chi2 < CHI2_CRITICAL_DF255, "chi2 {chi2:.1}");
}

/// With k = 2, one share says nothing about the secret: its byte is uniform
/// whatever the secret is. Share 1 for the extreme secrets 0x00 and 0xFF.
/// Share 2 (y2 = s + 2·a1) needs no test of its own: for a fixed secret it
/// is a bijective function of share 1 (multiplication by 2 is invertible in
/// GF(256)), so its counts are a permutation of share 1's; that is asserted
/// instead, which also checks the polynomial has degree 1.
#[test]
fn fewer_than_k_shares_leave_a_byte_uniform() {
    let mut figures = Vec::new();
    for (secret, seed) in [(0x00u8, 0x21u8), (0xFF, 0x22)] {
        let [one, two] = share_byte_counts([secret; 32], seed);
        let chi2 = chi_square(&one);
        figures.push(format!(
            "secret {secret:#04x} share 1: chi2={chi2:.1} count(secret)={} count(0)={}",
            one[usize::from(secret)],
            one[0]
        ));
        assert!(one[0] > 0 && one[255] > 0);
        assert!(
            chi2 < CHI2_CRITICAL_DF255,
            "secret {secret:#04x}: chi2 {chi2:.1}"
        );
        let (mut a, mut b) = (one, two);
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b, "share 2 is not a relabelling of share 1");
    }
    println!(
        "one share of a 2-of-2 split, n={SAMPLES} each (df=255, reject > {CHI2_CRITICAL_DF255}):\n  {}",
        figures.join("\n  ")
    );
}

/// The acceptance criterion is not vacuous: it accepts real uniform bytes
/// and rejects the distribution the RUSTSEC-2024-0398 dealer produces
/// (values 1..=255 only), and a slightly skewed one.
#[test]
fn criterion_rejects_the_known_bias() {
    let mut rng = ChaCha20Rng::from_seed([0x33; 32]);
    let (mut uniform, mut no_zero, mut skew) = ([0u64; 256], [0u64; 256], [0u64; 256]);
    for _ in 0..SAMPLES {
        let mut b = [0u8; 2];
        rng.fill_bytes(&mut b);
        uniform[usize::from(b[0])] += 1;
        // sharks 0.5: a uniform draw from 1..=255.
        let mut z = [0u8; 1];
        while z[0] == 0 {
            rng.fill_bytes(&mut z);
        }
        no_zero[usize::from(z[0])] += 1;
        // A subtle skew: one draw in eight has its low bit cleared, so
        // even values are ~1.3 times as likely as odd ones.
        let skewed = if b[1] < 32 { b[0] & 0xfe } else { b[0] };
        skew[usize::from(skewed)] += 1;
    }
    let passes = |c: &[u64; 256]| c[0] > 0 && chi_square(c) < CHI2_CRITICAL_DF255;
    println!(
        "criterion: uniform chi2={:.1}, 1..=255 chi2={:.1} count(0)={}, skewed chi2={:.1}",
        chi_square(&uniform),
        chi_square(&no_zero),
        no_zero[0],
        chi_square(&skew)
    );
    assert!(passes(&uniform));
    assert!(!passes(&no_zero));
    assert!(!passes(&skew));
}
