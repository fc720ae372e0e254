//! Paper shares of the 256-bit recovery key (Shamir secret sharing over GF(256)).
//!
//! * [`split`] cuts a 32-byte secret into `count` shares, any `threshold` of which
//!   recover it, and returns the public [`ShareSetInfo`] the vault header keeps
//!   (set id, threshold, count and one [`Fingerprint`] per share).
//! * A [`Share`] is printed with [`Share::to_text`] (six typed lines) or
//!   [`Share::to_qr_text`] (one QR-alphanumeric line) and read back with
//!   [`Share::parse`], which names the line a person mistyped.
//! * Shares entered by people are [`UntrustedShares`]; [`UntrustedShares::validate`]
//!   checks each one against the [`ShareSetInfo`] *before* any combining and only
//!   then yields a [`Quorum`], whose [`Quorum::combine`] returns the secret.
//!
//! # Text form (format version 1)
//!
//! Payload, 45 bytes: `[0]` version (1), `[1..9]` set id, `[9]` threshold,
//! `[10]` count, `[11]` index, `[12..44]` share value, `[44]` check byte = first byte
//! of BLAKE2b-512(`b"kluis share check v1\0"` ‖ bytes\[0..44\]).
//!
//! The 360 bits are written MSB-first as 72 symbols of 5 bits in the Crockford
//! alphabet `0123456789ABCDEFGHJKMNPQRSTVWXYZ`, cut into 6 lines of 12 symbols. Each
//! line gets one check symbol: Luhn mod 32 over the code points
//! `[line number (1..=6)] ‖ 12 data symbols`, so a line typed in the wrong place
//! fails too. A line is shown as `XXXX-XXXX-XXXX-C`. The typed form is `KLUIS\n`
//! followed by the 6 lines, each ending in `\n`; the QR form is `KLUIS ` followed by
//! the 6 lines joined by single spaces.
//!
//! Parsing ignores case, whitespace and dashes and reads `O` as `0`, `I` and `L`
//! as `1`. Luhn mod 32 catches every single wrong symbol in a line and every swap
//! of two neighbouring symbols except `0`↔`Z`; the check byte catches what the line
//! checks miss with probability 255/256, and the fingerprints in the vault header
//! catch the rest before combining.
//!
//! # Fingerprints
//!
//! [`Fingerprint`] = first 16 bytes of BLAKE2b-512(`b"kluis share fingerprint v1\0"`
//! ‖ set id ‖ \[index\] ‖ value). [`Fingerprint::short`] shows the first 40 bits as
//! 8 symbols, `ABCD-EFGH`.
//!
//! # Secret hygiene
//!
//! Share values live in [`zeroize::Zeroizing`] buffers, and the intermediate
//! buffers of encoding, parsing and combining are zeroized too. `Debug` of a share
//! prints `[redacted]` instead of the value, and no error carries share data. The
//! strings returned by [`Share::to_text`] and [`Share::to_qr_text`] contain the
//! share and are the caller's to wipe. blahaj zeroizes its own shares; it does not
//! wipe its polynomial coefficients after dealing.
//!
//! # Test vector
//!
//! `split` of the secret `00 01 02 .. 1f` with set id `6b 6c 75 69 73 00 00 01`,
//! threshold 2, count 3 and `rand::rngs::ChaCha20Rng::from_seed([0x4b; 32])` gives
//! the shares asserted in `split::tests::fixed_test_vector` (blahaj 0.7, rand 0.10).

pub mod age;
mod quorum;
mod split;
mod text;

pub use quorum::{
    Fingerprint, Quorum, QuorumError, ShareCheckError, ShareSetInfo, UntrustedShares,
};
pub use split::{SplitError, new_set_id, split};
/// Test-only (feature `test-util`): share text with valid checksums
/// around any payload.
#[cfg(any(test, feature = "test-util"))]
pub use text::forge_text;
pub use text::{
    MAX_INPUT_LEN, MAX_SHARES, ParseShareError, SECRET_LEN, SHARE_FORMAT_VERSION, SetId, Share,
    ShareFieldsError, check_line,
};
