//! The kluis binary: process hardening first, then argument parsing,
//! dispatch, and a deliberate exit code (CLI.md, "Exit codes").

use std::process::ExitCode;

use clap::Parser;

/// Turns off core dumps and makes the process non-dumpable, so key material
/// cannot leave through a core file or a same-user ptrace/proc read.
///
/// # Errors
/// If either call fails: kluis then refuses to run (fail closed).
fn harden() -> std::io::Result<()> {
    use rustix::process::{DumpableBehavior, Resource, Rlimit, set_dumpable_behavior, setrlimit};
    setrlimit(
        Resource::Core,
        Rlimit {
            current: Some(0),
            maximum: Some(0),
        },
    )?;
    set_dumpable_behavior(DumpableBehavior::NotDumpable)?;
    Ok(())
}

fn main() -> ExitCode {
    if let Err(e) = harden() {
        eprintln!(
            "kluis: error: cannot turn off core dumps for this process ({e}): refusing to handle keys"
        );
        return ExitCode::from(1);
    }
    let cli = match kluis::cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match kluis::cli::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // A restore command's own status goes back to the caller as is.
            if let Some(status) = err.downcast_ref::<kluis::cli::CommandStatus>() {
                eprintln!("kluis: {err:#}");
                return ExitCode::from(status.code);
            }
            let class = kluis::cli::classify(&err);
            eprintln!("kluis: error: {err:#}");
            ExitCode::from(class.code())
        }
    }
}
