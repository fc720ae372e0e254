//! The kluis binary: process hardening first, then argument parsing,
//! dispatch, and a deliberate exit code (docs/CLI.md, "Exit codes").

use std::process::ExitCode;

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
    // The language is known before clap parses, so `--help` comes in it
    // (reading the arguments and the locale handles no key).
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = kluis::cli::help::lang_from_args(&args);
    if let Err(e) = harden() {
        eprintln!(
            "{}",
            kluis::i18n::tf(lang, kluis::i18n::Msg::Hardening, &[("why", &e)])
        );
        return ExitCode::from(1);
    }
    let matches = kluis::cli::help::command(lang).try_get_matches_from(&args);
    if let Some(help) = matches
        .as_ref()
        .ok()
        .and_then(|m| kluis::cli::help::help_asked(lang, m))
    {
        print!("{}", kluis::cli::clap_nl::help_text(lang, &help));
        return ExitCode::from(0);
    }
    let parsed = matches.and_then(|m| kluis::cli::Cli::from_matches_paired_in(lang, &m));
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            if !e.use_stderr() {
                // Help and version: kluis's own text (clap's, in English).
                match lang {
                    kluis::i18n::Lang::En => {
                        let _ = e.print();
                    }
                    kluis::i18n::Lang::Nl => print!("{}", kluis::cli::clap_nl::render(lang, &e)),
                }
                return ExitCode::from(0);
            }
            // A usage error may quote an argument as typed: escape it.
            eprint!(
                "{}",
                kluis::text::for_terminal_lines(&kluis::cli::clap_nl::render(lang, &e))
            );
            return ExitCode::from(2);
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
            let lang = kluis::cli::lang_of(&cli);
            // Errors quote names, paths and file contents: escape them
            // (issue 10, finding 2).
            eprintln!(
                "kluis: {}: {}",
                kluis::i18n::t(lang, kluis::i18n::Msg::Error),
                kluis::text::for_terminal_lines(&kluis::face::words::error_chain(
                    kluis::face::words::W::cli(lang),
                    &err
                ))
            );
            ExitCode::from(class.code())
        }
    }
}
