//! Checkpoints: the audit chain's position and head, short enough for paper.
//!
//! A checkpoint is printed on sheets and reports and copied by hand, so that
//! history can later be checked against paper: an older copy of the vault put
//! back, or a rewritten chain, no longer reaches the printed head (docs/ARCHITECTURE.md,
//! "Audit"). This module owns the text form (v1), its lenient parser, and the
//! comparison of a chain with a checkpoint.
//!
//! The text form is
//!
//! ```text
//! KC1 VVVV-VVVV-VVVV-VVVV #SEQ HHHH-HHHH-HHHH-HHHH-HHHH-HHHH
//! ```
//!
//! where `V` is the first 8 bytes of the vault id, `SEQ` the decimal sequence
//! number of the head record and `H` the first 12 bytes of that record's
//! hash, both in lowercase hex in groups of 4.
//!
//! # Security
//!
//! 96 bits of the head hash suffice. To make a forged or rolled-back chain
//! pass, an attacker needs a chain whose record at `SEQ` has a hash starting
//! with the printed 96 bits: a second preimage on 96 bits of BLAKE2b, about
//! 2^96 work. A collision search (2^48) does not help, because the printed
//! value is fixed before the attacker starts; they must hit it. The vault id
//! prefix carries no security: it only tells vaults apart, so that a
//! checkpoint checked against the wrong vault says so instead of
//! "rewritten".

use std::fmt;

use data_encoding::HEXLOWER;

use super::AuditRecord;
use crate::crypto::hash;

/// Longest text [`Checkpoint::parse`] reads; the v1 form is 64 bytes.
pub const MAX_TEXT_LEN: usize = 256;

/// The shape shown in parse errors.
pub(crate) const SHAPE: &str = "KC1 VVVV-VVVV-VVVV-VVVV #SEQ HHHH-HHHH-HHHH-HHHH-HHHH-HHHH";

/// A position in one vault's audit chain and a prefix of the hash there.
///
/// A checkpoint names record `seq` (1-based) of the vault whose id starts with
/// `vault_prefix`; that record's hash starts with `head_prefix`. A checkpoint
/// made by [`Checkpoint::of_chain`] or [`Checkpoint::parse`] has `seq >= 1`;
/// one built by hand with `seq == 0` names no record and never matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checkpoint {
    /// First 8 bytes of the vault id.
    pub vault_prefix: [u8; 8],
    /// Sequence number of the head record.
    pub seq: u64,
    /// First 12 bytes (96 bits) of the head record's hash.
    pub head_prefix: [u8; 12],
}

/// Why a text is not a checkpoint.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CheckpointParseError {
    /// Longer than [`MAX_TEXT_LEN`] bytes.
    #[error(
        "the checkpoint text is {len} bytes, far longer than a checkpoint: \
         copy only the line that starts with KC1 ({SHAPE})"
    )]
    TooLong {
        /// Length of the text given.
        len: usize,
    },
    /// A version this kluis does not know.
    #[error(
        "checkpoint version {version} is not known to this kluis: \
         check it with a newer kluis, or check for a typo ({SHAPE})"
    )]
    UnknownVersion {
        /// The version as written (at most a few characters).
        version: String,
    },
    /// Not the v1 shape.
    #[error("this is not a checkpoint ({why}): expected {SHAPE}, as printed")]
    Shape {
        /// What is wrong.
        why: &'static str,
    },
}

/// How a chain disagrees with a checkpoint.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CheckpointMismatch {
    /// The checkpoint names another vault.
    #[error(
        "this checkpoint is of another vault ({checkpoint}), not of this one ({vault}): \
         check it against the vault it was printed for"
    )]
    OtherVault {
        /// The checkpoint's vault prefix, grouped hex.
        checkpoint: String,
        /// This vault's prefix, grouped hex.
        vault: String,
    },
    /// The chain is shorter than the checkpoint's position.
    #[error(
        "the audit chain ends at record {len} but the checkpoint names record {seq}: \
         records were removed or an older copy of the vault was put back"
    )]
    Truncated {
        /// The checkpoint's sequence number.
        seq: u64,
        /// Number of records in the chain.
        len: u64,
    },
    /// The record at the checkpoint's position has another hash.
    #[error(
        "record {seq} does not match the checkpoint: \
         the history was rewritten or an older copy of the vault was put back"
    )]
    Diverged {
        /// The checkpoint's sequence number.
        seq: u64,
    },
    /// The checkpoint names a record that was moved to an archive.
    #[error(
        "the checkpoint names record {seq}, which was archived (the vault keeps records from {first} on): \
         verify the archive, or the vault together with its archive"
    )]
    Archived {
        /// The checkpoint's sequence number.
        seq: u64,
        /// The vault's first record.
        first: u64,
    },
}

impl Checkpoint {
    /// The checkpoint of `chain`'s last record, or `None` for an empty chain.
    ///
    /// The vault id is taken from that record; the chain should have passed
    /// [`super::verify`], or the checkpoint vouches for nothing.
    pub fn of_chain(chain: &[AuditRecord]) -> Option<Checkpoint> {
        chain.last().map(Checkpoint::of_record)
    }

    /// The checkpoint naming `rec`.
    pub fn of_record(rec: &AuditRecord) -> Checkpoint {
        Checkpoint {
            vault_prefix: prefix(&rec.vault_id),
            seq: rec.seq,
            head_prefix: prefix(&rec.hash),
        }
    }

    /// The v1 text form, `KC1 VVVV-VVVV-VVVV-VVVV #SEQ HHHH-…-HHHH`.
    pub fn to_text(&self) -> String {
        format!(
            "KC1 {} #{} {}",
            grouped_hex(&self.vault_prefix),
            self.seq,
            grouped_hex(&self.head_prefix)
        )
    }

    /// Reads a checkpoint as copied by hand.
    ///
    /// Case does not matter; whitespace may be doubled, and groups may be
    /// split by spaces or dashes or not at all; the `#` before the sequence
    /// number is optional. The three parts must still be apart: the vault
    /// prefix has exactly 16 hex digits and the head exactly 24, so a
    /// missing or extra digit is reported rather than read as another
    /// checkpoint.
    ///
    /// # Errors
    /// [`CheckpointParseError`] for text over [`MAX_TEXT_LEN`] bytes, another
    /// version, or anything not of the v1 shape.
    pub fn parse(text: &str) -> Result<Checkpoint, CheckpointParseError> {
        use CheckpointParseError::Shape;

        if text.len() > MAX_TEXT_LEN {
            return Err(CheckpointParseError::TooLong { len: text.len() });
        }
        // Tokens are the whitespace-separated words, lowercased; dashes are
        // dropped only inside the hex parts. The text is bounded, so these
        // small allocations are too.
        let mut tokens = text
            .split(char::is_whitespace)
            .filter(|t| !t.is_empty())
            .map(str::to_ascii_lowercase);

        let first = tokens.next().ok_or(Shape { why: "it is empty" })?;
        let Some(version_and_rest) = first.strip_prefix("kc") else {
            return Err(Shape {
                why: "it does not start with KC1",
            });
        };
        let mut vault_hex = match version_and_rest.strip_prefix('1') {
            Some(rest) => undashed(rest),
            None if version_and_rest.starts_with(|c: char| c.is_ascii_digit()) => {
                return Err(CheckpointParseError::UnknownVersion {
                    version: version_and_rest.chars().take(4).collect(),
                });
            }
            None => {
                return Err(Shape {
                    why: "it does not start with KC1",
                });
            }
        };
        if !is_hex(&vault_hex) {
            return Err(Shape {
                why: "it does not start with KC1 and a space",
            });
        }
        // The vault prefix may be spread over several tokens ("0123 4567 …").
        while vault_hex.len() < 16 {
            let t = undashed(&tokens.next().ok_or(Shape {
                why: "it ends within the vault part",
            })?);
            if !is_hex(&t) || vault_hex.len() + t.len() > 16 {
                return Err(Shape {
                    why: "the vault part is not 16 hex digits",
                });
            }
            vault_hex.push_str(&t);
        }
        if vault_hex.len() != 16 {
            return Err(Shape {
                why: "the vault part is not 16 hex digits",
            });
        }

        let mut seq_text = tokens.next().ok_or(Shape {
            why: "it ends before the record number",
        })?;
        if seq_text == "#" {
            seq_text = tokens.next().ok_or(Shape {
                why: "it ends before the record number",
            })?;
        }
        let digits = seq_text.strip_prefix('#').unwrap_or(&seq_text);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Shape {
                why: "the record number after # is not a decimal number",
            });
        }
        let seq: u64 = digits.parse().map_err(|_| Shape {
            why: "the record number is too large",
        })?;
        if seq == 0 {
            return Err(Shape {
                why: "the record number is 0; records count from 1",
            });
        }

        let mut head_hex = String::with_capacity(24);
        for t in tokens {
            let t = undashed(&t);
            if !is_hex(&t) || head_hex.len() + t.len() > 24 {
                return Err(Shape {
                    why: "the head part is not 24 hex digits",
                });
            }
            head_hex.push_str(&t);
        }
        if head_hex.len() != 24 {
            return Err(Shape {
                why: "the head part is not 24 hex digits",
            });
        }

        let mut vault_prefix = [0u8; 8];
        let mut head_prefix = [0u8; 12];
        HEXLOWER
            .decode_mut(vault_hex.as_bytes(), &mut vault_prefix)
            .map_err(|_| Shape {
                why: "the vault part is not 16 hex digits",
            })?;
        HEXLOWER
            .decode_mut(head_hex.as_bytes(), &mut head_prefix)
            .map_err(|_| Shape {
                why: "the head part is not 24 hex digits",
            })?;
        Ok(Checkpoint {
            vault_prefix,
            seq,
            head_prefix,
        })
    }

    /// Checks a verified chain against this checkpoint.
    ///
    /// `chain` must already have passed [`super::verify`] with `vault_id`:
    /// this only compares the vault, the length and the record at `seq`.
    /// Records after `seq` are fine: the chain grew since the checkpoint.
    ///
    /// # Errors
    /// [`CheckpointMismatch`]: another vault, a chain too short, or another
    /// record at `seq`.
    pub fn check(
        &self,
        chain: &[AuditRecord],
        vault_id: &[u8; 16],
    ) -> Result<(), CheckpointMismatch> {
        let vault_prefix: [u8; 8] = prefix(vault_id);
        if vault_prefix != self.vault_prefix {
            return Err(CheckpointMismatch::OtherVault {
                checkpoint: grouped_hex(&self.vault_prefix),
                vault: grouped_hex(&vault_prefix),
            });
        }
        // After `audit archive` the chain starts later than record 1.
        let first = chain.first().map_or(1, |r| r.seq);
        let len = chain.last().map_or(0, |r| r.seq);
        if len < self.seq {
            return Err(CheckpointMismatch::Truncated { seq: self.seq, len });
        }
        if self.seq < first && self.seq > 0 {
            return Err(CheckpointMismatch::Archived {
                seq: self.seq,
                first,
            });
        }
        let rec = self
            .seq
            .checked_sub(first)
            .and_then(|i| usize::try_from(i).ok())
            .and_then(|i| chain.get(i));
        match rec {
            Some(rec) if rec.seq == self.seq && self.matches_head(&rec.hash) => Ok(()),
            _ => Err(CheckpointMismatch::Diverged { seq: self.seq }),
        }
    }

    /// Whether `hash` (of the record at `seq`) starts with the head prefix.
    pub fn matches_head(&self, hash: &[u8; 32]) -> bool {
        hash::ct_eq(&hash[..12], &self.head_prefix)
    }

    /// Whether `vault_id` starts with the vault prefix.
    pub fn matches_vault(&self, vault_id: &[u8; 16]) -> bool {
        vault_id[..8] == self.vault_prefix
    }
}

impl fmt::Display for Checkpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

/// Lowercase hex in groups of 4 digits joined by dashes.
pub fn grouped_hex(bytes: &[u8]) -> String {
    let hex = HEXLOWER.encode(bytes);
    let mut out = String::with_capacity(hex.len() + hex.len() / 4);
    for (i, c) in hex.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(c);
    }
    out
}

/// The first `N` bytes of a longer array.
fn prefix<const N: usize, const M: usize>(bytes: &[u8; M]) -> [u8; N] {
    const { assert!(N <= M) };
    let mut out = [0u8; N];
    out.copy_from_slice(&bytes[..N]);
    out
}

/// Dashes a hand copy or a PDF copy may hold between groups.
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// `s` without dashes.
fn undashed(s: &str) -> String {
    s.chars().filter(|c| !is_dash(*c)).collect()
}

fn is_hex(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::tests::varied_chain;
    use proptest::prelude::*;

    const VAULT: [u8; 16] = [
        0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54, 0x32,
        0x10,
    ];

    fn sample() -> Checkpoint {
        Checkpoint {
            vault_prefix: [0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef],
            seq: 42,
            head_prefix: [
                0xde, 0xad, 0xbe, 0xef, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
            ],
        }
    }

    #[test]
    fn text_form_is_exact() {
        assert_eq!(
            sample().to_text(),
            "KC1 0123-4567-89ab-cdef #42 dead-beef-0011-2233-4455-6677"
        );
        assert_eq!(sample().to_string(), sample().to_text());
    }

    #[test]
    fn parse_is_lenient() {
        let want = sample();
        for text in [
            "KC1 0123-4567-89ab-cdef #42 dead-beef-0011-2233-4455-6677",
            "kc1 0123-4567-89AB-CDEF #42 DEAD-BEEF-0011-2233-4455-6677",
            "  KC1   0123-4567-89ab-cdef   #42\tdead-beef-0011-2233-4455-6677\n",
            "KC1 0123456789abcdef 42 deadbeef0011223344556677",
            "KC1 0123 4567 89ab cdef # 42 dead beef 0011 2233 4455 6677",
            "KC1 01-23--4567-89abcd-ef #42 dead-beef-00112233-4455-66-77-",
            "KC1-0123-4567-89ab-cdef #42 dead-beef-0011-2233-4455-6677",
            "KC1 0123\u{2010}4567\u{2013}89ab\u{2212}cdef #042 dead-beef-0011-2233-4455-6677",
        ] {
            assert_eq!(Checkpoint::parse(text), Ok(want), "{text:?}");
        }
    }

    #[test]
    fn parse_refuses_malformed() {
        let shape = |r: Result<Checkpoint, CheckpointParseError>| {
            matches!(r, Err(CheckpointParseError::Shape { .. }))
        };
        for text in [
            "",
            "   ",
            "KC",
            "XC1 0123-4567-89ab-cdef #42 dead-beef-0011-2233-4455-6677",
            // 15 and 17 digits in the vault part
            "KC1 0123-4567-89ab-cde #42 dead-beef-0011-2233-4455-6677",
            "KC1 0123-4567-89ab-cdef0 #42 dead-beef-0011-2233-4455-6677",
            // 23 and 25 digits in the head
            "KC1 0123-4567-89ab-cdef #42 dead-beef-0011-2233-4455-667",
            "KC1 0123-4567-89ab-cdef #42 dead-beef-0011-2233-4455-66770",
            // not hex, not decimal
            "KC1 0123-4567-89ab-cdeg #42 dead-beef-0011-2233-4455-6677",
            "KC1 0123-4567-89ab-cdef #4a dead-beef-0011-2233-4455-6677",
            "KC1 0123-4567-89ab-cdef #-1 dead-beef-0011-2233-4455-6677",
            "KC1 0123-4567-89ab-cdef #0 dead-beef-0011-2233-4455-6677",
            "KC1 0123-4567-89ab-cdef #99999999999999999999 dead-beef-0011-2233-4455-6677",
            // missing parts
            "KC1 0123-4567-89ab-cdef",
            "KC1 0123-4567-89ab-cdef #42",
            "KC1 0123-4567-89ab-cdef dead-beef-0011-2233-4455-6677",
            "KC1 0123-4567-89ab-cdef # dead-beef-0011-2233-4455-6677",
            "KC1 0123-4567-89ab-cdef #42 dead-beef-0011-2233-4455-6677 #43",
            "KC1 0123-4567-89ab-cdef #42 dead-beef-0011-2233-4455-66é7",
        ] {
            assert!(shape(Checkpoint::parse(text)), "{text:?}");
        }
        assert_eq!(
            Checkpoint::parse("KC2 0123-4567-89ab-cdef #42 dead-beef-0011-2233-4455-6677"),
            Err(CheckpointParseError::UnknownVersion {
                version: "2".into()
            })
        );
        let long = format!("{}{}", sample().to_text(), " ".repeat(MAX_TEXT_LEN));
        assert_eq!(
            Checkpoint::parse(&long),
            Err(CheckpointParseError::TooLong { len: long.len() })
        );
        // Exactly at the bound still parses.
        let at = format!("{:<width$}", sample().to_text(), width = MAX_TEXT_LEN);
        assert_eq!(Checkpoint::parse(&at), Ok(sample()));
    }

    #[test]
    fn parse_error_shows_the_shape() {
        let e = Checkpoint::parse("KC1 0123").expect_err("short");
        assert!(e.to_string().contains(SHAPE), "{e}");
    }

    #[test]
    fn of_chain_names_the_head() {
        assert_eq!(Checkpoint::of_chain(&[]), None);
        let chain = varied_chain(VAULT, 7);
        let cp = Checkpoint::of_chain(&chain).expect("non-empty");
        assert_eq!(cp.seq, 7);
        assert_eq!(cp.vault_prefix, VAULT[..8]);
        assert_eq!(cp.head_prefix, chain[6].hash[..12]);
        assert_eq!(cp.check(&chain, &VAULT), Ok(()));
    }

    #[test]
    fn check_accepts_a_grown_chain() {
        let chain = varied_chain(VAULT, 12);
        let cp = Checkpoint::of_chain(&chain[..5]).expect("non-empty");
        assert_eq!(cp.check(&chain, &VAULT), Ok(()));
    }

    #[test]
    fn check_names_each_mismatch() {
        let chain = varied_chain(VAULT, 6);
        let cp = Checkpoint::of_chain(&chain).expect("non-empty");

        let mut other = VAULT;
        other[0] ^= 1;
        let e = cp.check(&chain, &other).expect_err("other vault");
        assert_eq!(
            e,
            CheckpointMismatch::OtherVault {
                checkpoint: "0123-4567-89ab-cdef".into(),
                vault: "0023-4567-89ab-cdef".into(),
            }
        );
        assert!(
            e.to_string()
                .starts_with("this checkpoint is of another vault (0123")
        );

        assert_eq!(
            cp.check(&chain[..4], &VAULT),
            Err(CheckpointMismatch::Truncated { seq: 6, len: 4 })
        );
        assert_eq!(
            cp.check(&[], &VAULT),
            Err(CheckpointMismatch::Truncated { seq: 6, len: 0 })
        );

        // Same length, another history: a chain rebuilt from record 3 on.
        let mut rewritten = chain[..2].to_vec();
        for r in &chain[2..] {
            let mut event = r.event.clone();
            event.detail.push('!');
            crate::audit::append(&mut rewritten, VAULT, r.time, &r.origin, event);
        }
        assert_eq!(
            cp.check(&rewritten, &VAULT),
            Err(CheckpointMismatch::Diverged { seq: 6 })
        );
        let mut one_bit = cp;
        one_bit.head_prefix[11] ^= 0x80;
        assert_eq!(
            one_bit.check(&chain, &VAULT),
            Err(CheckpointMismatch::Diverged { seq: 6 })
        );
        let zero = Checkpoint { seq: 0, ..cp };
        assert_eq!(
            zero.check(&chain, &VAULT),
            Err(CheckpointMismatch::Diverged { seq: 0 })
        );
    }

    fn any_checkpoint() -> impl Strategy<Value = Checkpoint> {
        (any::<[u8; 8]>(), 1..=u64::MAX, any::<[u8; 12]>()).prop_map(
            |(vault_prefix, seq, head_prefix)| Checkpoint {
                vault_prefix,
                seq,
                head_prefix,
            },
        )
    }

    proptest! {
        #[test]
        fn text_round_trips(cp in any_checkpoint()) {
            let text = cp.to_text();
            prop_assert!(text.len() <= MAX_TEXT_LEN);
            prop_assert_eq!(Checkpoint::parse(&text), Ok(cp));
        }

        #[test]
        fn hand_copies_round_trip(
            cp in any_checkpoint(),
            upper in any::<bool>(),
            seps in proptest::collection::vec(prop_oneof![Just(""), Just("-"), Just(" "), Just("  ")], 64),
        ) {
            // Re-separate every hex group at random, keep the three parts apart.
            let text = cp.to_text();
            let mut seps = seps.into_iter();
            let mut copy = String::new();
            for (i, part) in text.split(' ').enumerate() {
                if i > 0 {
                    copy.push_str("  ");
                }
                if i == 1 || i == 3 {
                    for (j, group) in part.split('-').enumerate() {
                        if j > 0 {
                            copy.push_str(seps.next().unwrap_or("-"));
                        }
                        copy.push_str(group);
                    }
                } else {
                    copy.push_str(part);
                }
            }
            if upper {
                copy = copy.to_uppercase();
            }
            prop_assert_eq!(Checkpoint::parse(&copy), Ok(cp));
        }

        #[test]
        fn parse_never_panics(text in "\\PC{0,300}") {
            let _ = Checkpoint::parse(&text);
        }
    }
}
