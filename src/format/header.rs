//! The plaintext header: everything needed to derive keys and check shares
//! without the passphrase. Its bytes are the body's associated data, so any
//! change to it makes the body fail to decrypt.
//!
//! All integers little-endian. Every count read from disk is bounded before
//! anything is allocated for it (docs/ARCHITECTURE.md, habit 3).

use crate::crypto::aead::{NONCE_LEN, TAG_LEN};
use crate::crypto::kdf::{KdfParams, SALT_LEN};
use crate::secret::KEY_LEN;
use crate::shares::{Fingerprint, MAX_SHARES, SetId, ShareSetInfo};

/// File magic: "KLUIS" NUL CR LF. The CR LF catches text-mode mangling.
pub const MAGIC: [u8; 8] = *b"KLUIS\0\r\n";
/// The format version this code reads and writes.
pub const FORMAT_VERSION: u16 = 1;
/// Vault id length.
pub const VAULT_ID_LEN: usize = 16;
/// Length of a wrapped master key (key + tag).
pub const WRAPPED_LEN: usize = KEY_LEN + TAG_LEN;
/// At most this many key slots.
pub const MAX_SLOTS: u8 = 4;
/// At most this many share sets in the header (active + pending).
pub const MAX_SETS: u8 = 2;
/// At most this many retired set ids remembered.
pub const MAX_RETIRED: u8 = 64;
/// Fixed part before the slots: magic 8, version 2, flags 2, id 16,
/// generation 8, kdf 12, salt 32.
pub const FIXED_LEN: usize = 8 + 2 + 2 + VAULT_ID_LEN + 8 + 12 + SALT_LEN;
/// Smallest possible header: fixed part, one slot, empty set and retired
/// lists, body length.
pub const MIN_HEADER_LEN: usize = FIXED_LEN + 1 + SLOT_LEN + 1 + 1 + 4;
const SLOT_LEN: usize = 1 + 8 + NONCE_LEN + WRAPPED_LEN;

/// Header flag: the vault was made with `--allow-weak-kdf`.
pub const FLAG_WEAK_KDF: u16 = 1;
const KNOWN_FLAGS: u16 = FLAG_WEAK_KDF;

/// Why a file is not a readable vault. Everything but
/// [`HeaderError::FutureVersion`] means damage or tampering.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HeaderError {
    /// Zero bytes.
    #[error("the vault file is empty: it is damaged; restore it from a backup copy")]
    Empty,
    /// Does not start with the magic.
    #[error("this file is not a kluis vault (wrong magic bytes): check the path")]
    BadMagic,
    /// Shorter than any vault.
    #[error("the vault file is truncated: it is damaged; restore it from a backup copy")]
    Truncated,
    /// Version 0 never existed.
    #[error("the vault file has format version 0, which does not exist: it is damaged")]
    VersionZero,
    /// Written by a newer kluis.
    #[error(
        "the vault has format version {0}, newer than this kluis reads ({FORMAT_VERSION}): upgrade kluis"
    )]
    FutureVersion(u16),
    /// Keyless checksum mismatch.
    #[error("the vault file is damaged (checksum mismatch): restore it from a backup copy")]
    Checksum,
    /// A flag this version does not know.
    #[error("the vault header has unknown flags {0:#06x}: it is damaged")]
    UnknownFlags(u16),
    /// A count or kind out of range.
    #[error("the vault header is malformed ({0}): it is damaged")]
    Field(&'static str),
    /// Body length does not match the file.
    #[error(
        "the vault header declares a body of {declared} bytes but the file holds {available}: it is damaged"
    )]
    BodyLength {
        /// Declared length.
        declared: u32,
        /// Bytes present.
        available: u64,
    },
}

/// What a key slot unlocks with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotKind {
    /// Argon2id of the PO passphrase.
    Passphrase = 1,
    /// The recovery key of a share set.
    Recovery = 2,
}

/// One wrapped copy of the master key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// Kind.
    pub kind: SlotKind,
    /// The share set a recovery slot belongs to; zero for the passphrase.
    pub set_id: SetId,
    /// Wrap nonce.
    pub nonce: [u8; NONCE_LEN],
    /// Master key encrypted under the slot key, with tag.
    pub wrapped: [u8; WRAPPED_LEN],
}

/// Whether a set in the header is in force or waiting for its sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetStatus {
    /// The set in force.
    Active = 1,
    /// Made by `shares rotate`, not yet committed.
    Pending = 2,
}

/// A share set as the header knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetHeader {
    /// Active or pending.
    pub status: SetStatus,
    /// Id, threshold, count and fingerprints.
    pub info: ShareSetInfo,
}

/// The parsed header. Invariant after [`Header::read`]: version is
/// [`FORMAT_VERSION`], flags are known, counts are within their maxima, each
/// set has `count` fingerprints and `1 <= threshold <= count <= MAX_SHARES`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// Flags ([`FLAG_WEAK_KDF`]).
    pub flags: u16,
    /// Random id of this vault, fixed at init.
    pub vault_id: [u8; VAULT_ID_LEN],
    /// Incremented on every save; used for rollback detection.
    pub generation: u64,
    /// Argon2id parameters of the passphrase slot.
    pub kdf: KdfParams,
    /// Argon2id salt.
    pub salt: [u8; SALT_LEN],
    /// Key slots.
    pub slots: Vec<Slot>,
    /// Active and pending share sets.
    pub sets: Vec<SetHeader>,
    /// Ids of retired share sets, newest last.
    pub retired: Vec<SetId>,
    /// Length of the body ciphertext including its tag.
    pub body_len: u32,
}

/// Checks magic and version on the first bytes of a file.
pub(crate) fn check_prefix(bytes: &[u8]) -> Result<(), HeaderError> {
    check_magic(bytes)?;
    check_version(bytes)
}

/// Checks the magic (and that the version field is present).
pub(crate) fn check_magic(bytes: &[u8]) -> Result<(), HeaderError> {
    if bytes.is_empty() {
        return Err(HeaderError::Empty);
    }
    let n = bytes.len().min(MAGIC.len());
    if bytes[..n] != MAGIC[..n] {
        return Err(HeaderError::BadMagic);
    }
    if bytes.len() < MAGIC.len() + 2 {
        return Err(HeaderError::Truncated);
    }
    Ok(())
}

/// Checks the version field; the caller has checked the magic.
pub(crate) fn check_version(bytes: &[u8]) -> Result<(), HeaderError> {
    match u16::from_le_bytes([bytes[8], bytes[9]]) {
        0 => Err(HeaderError::VersionZero),
        FORMAT_VERSION => Ok(()),
        v => Err(HeaderError::FutureVersion(v)),
    }
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], HeaderError> {
        let end = self.pos.checked_add(n).ok_or(HeaderError::Truncated)?;
        let s = self.buf.get(self.pos..end).ok_or(HeaderError::Truncated)?;
        self.pos = end;
        Ok(s)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], HeaderError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8, HeaderError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, HeaderError> {
        Ok(u16::from_le_bytes(self.array()?))
    }
    fn u32(&mut self) -> Result<u32, HeaderError> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    fn u64(&mut self) -> Result<u64, HeaderError> {
        Ok(u64::from_le_bytes(self.array()?))
    }
}

impl Header {
    /// Whether the vault was made with `--allow-weak-kdf`.
    pub fn weak_kdf(&self) -> bool {
        self.flags & FLAG_WEAK_KDF != 0
    }

    /// The set with this status, if any.
    pub fn set(&self, status: SetStatus) -> Option<&ShareSetInfo> {
        self.sets
            .iter()
            .find(|s| s.status == status)
            .map(|s| &s.info)
    }

    /// Parses a header from the start of `buf`; returns it and its length.
    ///
    /// # Errors
    /// [`HeaderError`] for the first field out of range.
    pub fn read(buf: &[u8]) -> Result<(Header, usize), HeaderError> {
        check_prefix(buf)?;
        let mut r = Reader { buf, pos: 10 };
        let flags = r.u16()?;
        if flags & !KNOWN_FLAGS != 0 {
            return Err(HeaderError::UnknownFlags(flags));
        }
        let vault_id = r.array()?;
        let generation = r.u64()?;
        let kdf = KdfParams {
            m_kib: r.u32()?,
            t: r.u32()?,
            p: r.u32()?,
        };
        let salt = r.array()?;

        let slot_count = r.u8()?;
        if slot_count == 0 || slot_count > MAX_SLOTS {
            return Err(HeaderError::Field("slot count"));
        }
        let mut slots = Vec::with_capacity(slot_count.into());
        for _ in 0..slot_count {
            let kind = match r.u8()? {
                1 => SlotKind::Passphrase,
                2 => SlotKind::Recovery,
                _ => return Err(HeaderError::Field("slot kind")),
            };
            slots.push(Slot {
                kind,
                set_id: r.array()?,
                nonce: r.array()?,
                wrapped: r.array()?,
            });
        }
        if slots
            .iter()
            .filter(|s| s.kind == SlotKind::Passphrase)
            .count()
            != 1
        {
            return Err(HeaderError::Field("passphrase slot count"));
        }

        let set_count = r.u8()?;
        if set_count > MAX_SETS {
            return Err(HeaderError::Field("share set count"));
        }
        let mut sets = Vec::with_capacity(set_count.into());
        for _ in 0..set_count {
            let status = match r.u8()? {
                1 => SetStatus::Active,
                2 => SetStatus::Pending,
                _ => return Err(HeaderError::Field("share set status")),
            };
            let set_id = r.array()?;
            let threshold = r.u8()?;
            let count = r.u8()?;
            if count == 0 || count > MAX_SHARES || threshold == 0 || threshold > count {
                return Err(HeaderError::Field("share set threshold or count"));
            }
            let mut fingerprints = Vec::with_capacity(count.into());
            for _ in 0..count {
                fingerprints.push(Fingerprint(r.array()?));
            }
            sets.push(SetHeader {
                status,
                info: ShareSetInfo {
                    set_id,
                    threshold,
                    count,
                    fingerprints,
                },
            });
        }
        if sets
            .iter()
            .filter(|s| s.status == SetStatus::Active)
            .count()
            > 1
            || sets
                .iter()
                .filter(|s| s.status == SetStatus::Pending)
                .count()
                > 1
        {
            return Err(HeaderError::Field("duplicate share set status"));
        }

        let retired_count = r.u8()?;
        if retired_count > MAX_RETIRED {
            return Err(HeaderError::Field("retired set count"));
        }
        let mut retired = Vec::with_capacity(retired_count.into());
        for _ in 0..retired_count {
            retired.push(r.array()?);
        }
        let body_len = r.u32()?;
        // The whole file is at most 64 MiB; a larger claim is refused here,
        // before anything is sized by it.
        if u64::from(body_len) > super::MAX_FILE_LEN {
            return Err(HeaderError::BodyLength {
                declared: body_len,
                available: (buf.len() - r.pos) as u64,
            });
        }
        let header = Header {
            flags,
            vault_id,
            generation,
            kdf,
            salt,
            slots,
            sets,
            retired,
            body_len,
        };
        Ok((header, r.pos))
    }

    /// Serialises the header. Inverse of [`Header::read`].
    pub fn write(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(256);
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&self.flags.to_le_bytes());
        out.extend_from_slice(&self.vault_id);
        out.extend_from_slice(&self.generation.to_le_bytes());
        for v in [self.kdf.m_kib, self.kdf.t, self.kdf.p] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&self.salt);
        out.push(self.slots.len() as u8);
        for s in &self.slots {
            out.push(s.kind as u8);
            out.extend_from_slice(&s.set_id);
            out.extend_from_slice(&s.nonce);
            out.extend_from_slice(&s.wrapped);
        }
        out.push(self.sets.len() as u8);
        for s in &self.sets {
            out.push(s.status as u8);
            out.extend_from_slice(&s.info.set_id);
            out.push(s.info.threshold);
            out.push(s.info.count);
            for f in &s.info.fingerprints {
                out.extend_from_slice(&f.0);
            }
        }
        out.push(self.retired.len() as u8);
        for id in &self.retired {
            out.extend_from_slice(id);
        }
        out.extend_from_slice(&self.body_len.to_le_bytes());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Header {
        Header {
            flags: FLAG_WEAK_KDF,
            vault_id: [1; 16],
            generation: 7,
            kdf: KdfParams {
                m_kib: 64,
                t: 1,
                p: 1,
            },
            salt: [2; 32],
            slots: vec![
                Slot {
                    kind: SlotKind::Passphrase,
                    set_id: [0; 8],
                    nonce: [3; 24],
                    wrapped: [4; 48],
                },
                Slot {
                    kind: SlotKind::Recovery,
                    set_id: [5; 8],
                    nonce: [6; 24],
                    wrapped: [7; 48],
                },
            ],
            sets: vec![SetHeader {
                status: SetStatus::Active,
                info: ShareSetInfo {
                    set_id: [5; 8],
                    threshold: 2,
                    count: 3,
                    fingerprints: vec![Fingerprint([9; 16]); 3],
                },
            }],
            retired: vec![[8; 8]],
            body_len: 100,
        }
    }

    #[test]
    fn round_trip() {
        let h = sample();
        let bytes = h.write();
        let (back, len) = Header::read(&bytes).expect("parses");
        assert_eq!(len, bytes.len());
        assert_eq!(back, h);
        assert_eq!(back.write(), bytes);
    }

    #[test]
    fn every_truncation_is_refused() {
        let bytes = sample().write();
        for n in 0..bytes.len() {
            assert!(Header::read(&bytes[..n]).is_err(), "length {n}");
        }
    }

    #[test]
    fn bounds_are_checked() {
        let mut h = sample();
        h.sets[0].info.count = 17;
        h.sets[0].info.fingerprints = vec![Fingerprint([9; 16]); 17];
        assert_eq!(
            Header::read(&h.write()),
            Err(HeaderError::Field("share set threshold or count"))
        );
        let mut h = sample();
        h.body_len = u32::MAX;
        assert!(matches!(
            Header::read(&h.write()),
            Err(HeaderError::BodyLength {
                declared: u32::MAX,
                ..
            })
        ));
        let mut bytes = sample().write();
        bytes[10] = 0x80;
        assert_eq!(Header::read(&bytes), Err(HeaderError::UnknownFlags(0x80)));
    }
}
