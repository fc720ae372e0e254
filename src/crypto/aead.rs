//! XChaCha20-Poly1305 with a fresh random 192-bit nonce per encryption.
//!
//! A 24-byte random nonce makes accidental reuse negligible even across
//! billions of saves, which is why the extended-nonce variant is used.

use chacha20poly1305::aead::{Aead, Payload};
use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce};

/// Nonce length in bytes.
pub const NONCE_LEN: usize = 24;
/// Authentication tag length in bytes.
pub const TAG_LEN: usize = 16;

/// Authentication failed: wrong key, or the ciphertext, nonce or associated
/// data were changed. Deliberately carries no detail.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("decryption failed")]
pub struct AeadError;

/// Encrypts `plaintext` under `key` with `nonce` and `aad`; returns
/// ciphertext || tag.
pub fn seal(key: &[u8; 32], nonce: &[u8; NONCE_LEN], aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let cipher = XChaCha20Poly1305::new(&(*key).into());
    cipher
        .encrypt(&XNonce::from(*nonce), Payload { msg: plaintext, aad })
        .expect("XChaCha20-Poly1305 accepts any message below 256 GiB; vault bodies are bounded to 64 MiB")
}

/// Decrypts and authenticates ciphertext || tag.
///
/// # Errors
/// [`AeadError`] if authentication fails.
pub fn open(
    key: &[u8; 32],
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
    ciphertext: &[u8],
) -> Result<zeroize::Zeroizing<Vec<u8>>, AeadError> {
    let cipher = XChaCha20Poly1305::new(&(*key).into());
    cipher
        .decrypt(
            &XNonce::from(*nonce),
            Payload {
                msg: ciphertext,
                aad,
            },
        )
        .map(zeroize::Zeroizing::new)
        .map_err(|_| AeadError)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_tamper() {
        let key = [7u8; 32];
        let nonce = [9u8; NONCE_LEN];
        let mut ct = seal(&key, &nonce, b"hdr", b"secret");
        assert_eq!(ct.len(), 6 + TAG_LEN);
        assert_eq!(
            open(&key, &nonce, b"hdr", &ct).expect("opens").as_slice(),
            b"secret"
        );
        assert_eq!(open(&key, &nonce, b"hdX", &ct), Err(AeadError));
        ct[0] ^= 1;
        assert_eq!(open(&key, &nonce, b"hdr", &ct), Err(AeadError));
    }
}
