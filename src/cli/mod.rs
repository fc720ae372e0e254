//! The command line: clap arguments (raw), their validation, and one
//! function per command that calls [`crate::ops`]. CLI.md is the contract;
//! the names here match it exactly.

mod args;
mod commands;
pub(crate) mod input;
pub mod release;
pub(crate) mod report;

pub use args::Cli;
pub use commands::run;

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
        if let Some(e) = cause.downcast_ref::<crate::import::ImportError>() {
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

/// A usage problem found after clap parsed the arguments.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// A share or passphrase input that cannot authenticate.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct AuthInputError(pub String);

/// A request refused by policy before the vault is opened.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct PolicyError(pub String);
