//! Face code that both faces (the CLI and the TUI) need but that is not a
//! vault operation: release channels ([`release`], [`exec`]), reading a
//! secret from a file or the terminal ([`input`]), the one share intake
//! (text, file or image, gathered into a recovery: [`intake`]), wording the custody
//! report ([`report`]), the vault's own terms ([`terms`]), and wording
//! audit records and their details ([`detail`]). It sits below both faces, so neither face imports
//! the other (docs/ARCHITECTURE.md, section 2).

pub mod detail;
pub mod exec;
pub mod input;
pub mod intake;
pub mod release;
pub mod report;
pub mod terms;
pub mod time;
pub mod words;

/// A usage problem found after the arguments were parsed (exit 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// A share or passphrase input that cannot authenticate (exit 3).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct AuthInputError(pub String);
