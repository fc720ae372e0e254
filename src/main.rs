//! The kluis binary: process hardening first, then argument parsing,
//! dispatch, and a deliberate exit code (CLI.md, "Exit codes").

use std::process::ExitCode;

use clap::Parser;

/// Turns off core dumps and makes the process non-dumpable, so key material
/// cannot leave through a core file or a same-user ptrace/proc read.
fn harden() {
    let _ = rustix::process::setrlimit(
        rustix::process::Resource::Core,
        rustix::process::Rlimit {
            current: Some(0),
            maximum: Some(0),
        },
    );
    let _ = rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable);
}

fn main() -> ExitCode {
    harden();
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
            let class = kluis::cli::classify(&err);
            eprintln!("kluis: error: {err:#}");
            ExitCode::from(class.code())
        }
    }
}
