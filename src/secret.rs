//! Secret-bearing types.
//!
//! Every value that could open the vault or that the vault protects lives in
//! one of these types. Each one zeroizes on drop, has a redacted `Debug`, no
//! `Display`, and gives access only through an explicit `expose` call, so a
//! secret cannot reach a log line or an error message by accident.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::{Zeroize, Zeroizing};

/// Length of every symmetric key kluis makes (master, recovery, KEK).
pub const KEY_LEN: usize = 32;

macro_rules! key_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        pub struct $name(Zeroizing<[u8; KEY_LEN]>);

        impl $name {
            /// Wraps raw key bytes; the caller's copy should be zeroized.
            pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
                Self(Zeroizing::new(bytes))
            }

            /// Draws a fresh random key from `rng`.
            pub fn random(rng: &mut impl rand::CryptoRng) -> Self {
                let mut key = Zeroizing::new([0u8; KEY_LEN]);
                rng.fill_bytes(key.as_mut());
                Self(key)
            }

            /// The key bytes. Every call site is a place a reviewer must read.
            pub fn expose(&self) -> &[u8; KEY_LEN] {
                &self.0
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($name), "([redacted])"))
            }
        }
    };
}

key_type!(
    /// The random 256-bit key that encrypts the vault body.
    MasterKey
);
key_type!(
    /// The random 256-bit key of a recovery slot; split into Shamir shares.
    RecoveryKey
);
key_type!(
    /// A key-encryption key derived from a passphrase by Argon2id.
    Kek
);

impl Clone for RecoveryKey {
    fn clone(&self) -> Self {
        Self::from_bytes(*self.expose())
    }
}

/// A passphrase or PIN typed by a person. UTF-8, zeroized on drop.
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// Wraps a typed passphrase. Trailing `\r`/`\n` from a file are removed.
    pub fn new(mut s: String) -> Self {
        while s.ends_with('\n') || s.ends_with('\r') {
            s.pop();
        }
        Self(Zeroizing::new(s))
    }

    /// The passphrase text.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether nothing was typed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase([redacted])")
    }
}

/// Opaque secret bytes kept in the vault body (a key, a password, a seed).
///
/// # Security
/// `Serialize`/`Deserialize` are implemented on purpose: this type is written
/// only into the body plaintext, which is encrypted before it leaves memory.
/// `Clone` exists because the body is copied when a new version is made.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretBytes(Zeroizing<Vec<u8>>);

impl SecretBytes {
    /// Takes ownership of `bytes`.
    pub fn new(bytes: Vec<u8>) -> Self {
        Self(Zeroizing::new(bytes))
    }

    /// The bytes.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }

    /// Number of bytes (not secret).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the value is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for SecretBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretBytes([redacted; {} bytes])", self.0.len())
    }
}

impl Serialize for SecretBytes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for SecretBytes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = SecretBytes;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("bytes")
            }
            fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<SecretBytes, E> {
                Ok(SecretBytes::new(v.to_vec()))
            }
            fn visit_byte_buf<E: serde::de::Error>(self, mut v: Vec<u8>) -> Result<SecretBytes, E> {
                let out = SecretBytes::new(v.clone());
                // Clear intermediates
                v.zeroize();
                Ok(out)
            }
        }
        d.deserialize_bytes(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_every_secret_type() {
        let canary = [0x41u8; KEY_LEN];
        let shown = [
            format!("{:?}", MasterKey::from_bytes(canary)),
            format!("{:?}", RecoveryKey::from_bytes(canary)),
            format!("{:?}", Kek::from_bytes(canary)),
            format!("{:?}", Passphrase::new("AAAA-canary".into())),
            format!("{:?}", SecretBytes::new(b"AAAA-canary".to_vec())),
        ];
        for s in shown {
            assert!(s.contains("redacted"), "{s}");
            assert!(!s.contains("AAAA") && !s.contains("65, 65"), "{s}");
        }
    }

    #[test]
    fn passphrase_strips_line_end_only() {
        assert_eq!(Passphrase::new("a b \r\n".into()).expose(), "a b ");
    }

    #[test]
    fn secret_bytes_round_trip_postcard() {
        let v = SecretBytes::new(vec![1, 2, 3]);
        let enc = postcard::to_stdvec(&v).expect("serialize");
        let back: SecretBytes = postcard::from_bytes(&enc).expect("deserialize");
        assert_eq!(back.expose(), &[1, 2, 3]);
    }
}
