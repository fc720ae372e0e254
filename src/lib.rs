//! kluis — a terminal key-custody vault.
//!
//! One encrypted file holds the firm's backup decryption key and emergency
//! credentials. A random master key encrypts the body with
//! XChaCha20-Poly1305; it is wrapped in a passphrase slot (Argon2id) and a
//! recovery slot whose key is split into Shamir shares printed on paper. Every
//! change is an audit record in a hash chain inside the encrypted body.
//!
//! The crate is a core (`secret`, `crypto`, `format`, `keys`, `store`, `vault`,
//! `shares`, `audit`, `remote`, `ops`, `text`, `import`) under thin faces (`cli`, `tui`, `i18n`, `print`, `scan`, `kit`). The core never
//! imports a face; the faces call [`ops`], never `crypto` or `format`.
//! See `docs/FORMAT.md` for the byte layout and `docs/THREAT-MODEL.md` for
//! what this protects against.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod audit;
pub mod crypto;
pub mod error;
pub mod format;
pub mod import;
pub mod keys;
pub mod ops;
pub mod remote;
pub mod secret;
pub mod shares;
pub mod state;
pub mod store;
pub mod text;
pub mod totp;
pub mod vault;

pub mod cli;
pub mod face;
pub mod i18n;
pub mod kit;
pub mod print;
pub mod scan;
pub mod tui;
