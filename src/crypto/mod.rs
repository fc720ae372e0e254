//! Cryptographic primitives, wrapped so the rest of kluis cannot misuse them:
//! Argon2id with hard limits ([`kdf`]), XChaCha20-Poly1305 ([`aead`]) and
//! domain-separated BLAKE2b hashes ([`hash`]).

pub mod aead;
pub mod hash;
pub mod kdf;
