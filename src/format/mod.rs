//! The vault file format, version 1: a plaintext header, the encrypted body,
//! and a keyless checksum. Reading and writing of each structure sit side by
//! side; `docs/FORMAT.md` gives the byte layout and test vectors.
//!
//! ```text
//! file   = header || body_nonce (24) || body_ciphertext (body_len) || checksum (32)
//! AAD    = header                      (ARCHITECTURE.md invariant 1)
//! checksum = BLAKE2b-256("kluis file checksum v1\0" || everything before it)
//! ```

pub mod body;
pub mod header;

pub use header::{Header, HeaderError, SetHeader, SetStatus, Slot, SlotKind};

use crate::crypto::aead::NONCE_LEN;
use crate::crypto::hash::{self, FILE_CHECKSUM};

/// The largest vault file kluis reads: 64 MiB (checked before reading).
pub const MAX_FILE_LEN: u64 = 64 * 1024 * 1024;
/// Length of the trailing checksum.
pub const CHECKSUM_LEN: usize = 32;

/// A vault file split into its parts, with the header parsed and the
/// checksum verified. Invariant: `header_bytes` is exactly the bytes the
/// header was parsed from, and the body ciphertext length equals the header's
/// `body_len`. Nothing in it has been decrypted.
#[derive(Debug, Clone)]
pub struct VaultFile {
    /// The parsed header.
    pub header: Header,
    /// The header's bytes: the associated data of the body.
    pub header_bytes: Vec<u8>,
    /// Body nonce.
    pub body_nonce: [u8; NONCE_LEN],
    /// Body ciphertext with its tag.
    pub body_ciphertext: Vec<u8>,
}

impl VaultFile {
    /// Parses a whole vault file.
    ///
    /// Order of checks: magic, size, checksum, version, then the structure.
    /// The magic comes first so a file that is not a vault is named as such;
    /// the checksum comes before the version and any structure so accidental
    /// damage anywhere (a flipped version bit included) is reported as
    /// damage, never as a newer format or a wrong passphrase (invariant 6).
    ///
    /// # Errors
    /// [`HeaderError`] describing the first problem found.
    pub fn parse(bytes: &[u8]) -> Result<VaultFile, HeaderError> {
        header::check_magic(bytes)?;
        if bytes.len() < header::MIN_HEADER_LEN + NONCE_LEN + CHECKSUM_LEN {
            return Err(HeaderError::Truncated);
        }
        let (content, sum) = bytes.split_at(bytes.len() - CHECKSUM_LEN);
        if !hash::ct_eq(&hash::hash256_flat(FILE_CHECKSUM, content), sum) {
            return Err(HeaderError::Checksum);
        }
        header::check_version(bytes)?;
        let (header, header_len) = Header::read(content)?;
        let rest = &content[header_len..];
        let body_len = header.body_len as usize;
        if rest.len() != NONCE_LEN + body_len {
            return Err(HeaderError::BodyLength {
                declared: header.body_len,
                available: rest.len().saturating_sub(NONCE_LEN) as u64,
            });
        }
        let mut body_nonce = [0u8; NONCE_LEN];
        body_nonce.copy_from_slice(&rest[..NONCE_LEN]);
        Ok(VaultFile {
            header,
            header_bytes: content[..header_len].to_vec(),
            body_nonce,
            body_ciphertext: rest[NONCE_LEN..].to_vec(),
        })
    }

    /// Serialises header, nonce and ciphertext and appends the checksum.
    /// `header.body_len` must already equal the ciphertext length.
    pub fn write(
        header_bytes: &[u8],
        body_nonce: &[u8; NONCE_LEN],
        body_ciphertext: &[u8],
    ) -> Vec<u8> {
        let mut out = Vec::with_capacity(
            header_bytes.len() + NONCE_LEN + body_ciphertext.len() + CHECKSUM_LEN,
        );
        out.extend_from_slice(header_bytes);
        out.extend_from_slice(body_nonce);
        out.extend_from_slice(body_ciphertext);
        let sum = hash::hash256_flat(FILE_CHECKSUM, &out);
        out.extend_from_slice(&sum);
        out
    }
}

/// Recomputes the trailing checksum of a (possibly edited) file in place.
/// For tests and test-vector tools that build tampered files on purpose.
#[cfg(any(test, feature = "test-util"))]
pub fn fix_checksum(bytes: &mut [u8]) {
    if bytes.len() < CHECKSUM_LEN {
        return;
    }
    let n = bytes.len() - CHECKSUM_LEN;
    let sum = hash::hash256_flat(FILE_CHECKSUM, &bytes[..n]);
    bytes[n..].copy_from_slice(&sum);
}
