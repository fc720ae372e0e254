//! The classes of failure that the command line turns into exit codes
//! (docs/CLI.md, "Exit codes"). Every core error type says which class it is in,
//! so the faces never guess from message text.

/// A class of failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitClass {
    /// Anything else (exit 1).
    Other,
    /// Usage error (exit 2).
    Usage,
    /// Wrong passphrase, PIN or shares (exit 3).
    Auth,
    /// Vault damaged or tampered (exit 4).
    Damaged,
    /// Vault in use by another process (exit 5).
    InUse,
    /// Refused by policy (exit 6).
    Policy,
}

impl ExitClass {
    /// The process exit code of docs/CLI.md.
    pub fn code(self) -> u8 {
        match self {
            Self::Other => 1,
            Self::Usage => 2,
            Self::Auth => 3,
            Self::Damaged => 4,
            Self::InUse => 5,
            Self::Policy => 6,
        }
    }
}

/// Implemented by every error type of the core.
pub trait Classify {
    /// Which exit class this error belongs to.
    fn class(&self) -> ExitClass;
}

impl Classify for crate::format::HeaderError {
    fn class(&self) -> ExitClass {
        match self {
            Self::FutureVersion(_) => ExitClass::Other,
            _ => ExitClass::Damaged,
        }
    }
}

impl Classify for crate::shares::age::AgeShareError {
    fn class(&self) -> ExitClass {
        use crate::shares::age::AgeShareError as E;
        match self {
            // A share file that does not open is a bad share, as a
            // mistyped sheet is (exit 3).
            E::NotAge
            | E::Damaged
            | E::Tampered
            | E::NoMatchingIdentity
            | E::PassphraseFile
            | E::NotShareText
            | E::IdentityPassphrase => ExitClass::Auth,
            E::Plugin(_) => ExitClass::Other,
            _ => ExitClass::Usage,
        }
    }
}

impl Classify for crate::text::TextError {
    fn class(&self) -> ExitClass {
        ExitClass::Usage
    }
}

impl Classify for crate::crypto::kdf::KdfRefused {
    fn class(&self) -> ExitClass {
        ExitClass::Policy
    }
}

impl Classify for crate::store::StoreError {
    fn class(&self) -> ExitClass {
        match self {
            Self::InUse { .. } => ExitClass::InUse,
            Self::TooLarge { .. } => ExitClass::Damaged,
            // Inputs the user pointed kluis at: a usage error.
            Self::InputTooLarge { .. } | Self::StreamTooLarge { .. } | Self::NamedPipe(_) => {
                ExitClass::Usage
            }
            _ => ExitClass::Other,
        }
    }
}
