//! The command line: clap arguments (raw), their validation, and one
//! function per command that calls [`crate::ops`]. docs/CLI.md is the contract;
//! the names here match it exactly.

mod args;
pub mod clap_nl;
mod commands;
pub mod help;

// Face code both faces use lives below them in `crate::face`; the CLI
// keeps its old paths through these re-exports.
pub use crate::face::{AuthInputError, UsageError, exec, input, release, report};

pub use args::Cli;
pub use commands::{lang_of, run};

use crate::error::{Classify, ExitClass};

/// Finds the exit class of an error by walking its chain for a core error.
pub fn classify(err: &anyhow::Error) -> ExitClass {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<crate::ops::OpsError>() {
            return e.class();
        }
        if let Some(e) = cause.downcast_ref::<crate::vault::UnlockError>() {
            return e.class();
        }
        if let Some(e) = cause.downcast_ref::<crate::store::StoreError>() {
            return e.class();
        }
        if let Some(e) = cause.downcast_ref::<crate::text::TextError>() {
            return e.class();
        }
        if let Some(e) = cause.downcast_ref::<crate::import::ImportError>() {
            return e.class();
        }
        if let Some(e) = cause.downcast_ref::<crate::shares::age::AgeShareError>() {
            return e.class();
        }
        if let Some(e) = cause.downcast_ref::<UsageError>() {
            let _ = e;
            return ExitClass::Usage;
        }
        if cause.downcast_ref::<PolicyError>().is_some() {
            return ExitClass::Policy;
        }
        if let Some(e) = cause.downcast_ref::<AuthInputError>() {
            let _ = e;
            return ExitClass::Auth;
        }
    }
    ExitClass::Other
}

/// The command a value was released into (`--to exec`) did not succeed:
/// kluis exits with `code` (its status, or 126/127/128+signal, see
/// [`exec::exit_code`]) after its end was recorded.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct CommandStatus {
    /// The exit code kluis passes on.
    pub code: u8,
    /// What happened, for stderr.
    pub message: String,
}

/// A request refused by policy before the vault is opened.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct PolicyError(pub String);
