//! Release into a command (`--to exec -- CMD ARGS…`): the value goes to
//! one restore command for its lifetime and leaves no key file behind, as
//! `sops exec-file` does.
//!
//! The value is written into a sealed memfd — an anonymous file in memory,
//! never on a disk or in `/dev/shm`, gone when the last descriptor closes:
//!
//! - with `{}` in ARGS, the memfd is inherited by the child as descriptor
//!   N and `{}` becomes `/dev/fd/N`: a tool that wants a key *file* (`age
//!   -i`, `gpg --import`) opens that path. A memfd rather than a pipe,
//!   because it holds a value of any size without a writer thread, and a
//!   tool may open, stat or seek the path like a file;
//! - without `{}`, the memfd is the child's standard input.
//!
//! Never an environment variable, never argv. The fd is created without
//! close-on-exec only in the `{}` case, and closed in kluis as soon as the
//! child is started, so only the child (and what it starts) holds it.
//!
//! kluis waits for the child, survives the Ctrl-C the terminal sends to
//! both (so it can record how the command ended), and passes SIGTERM and
//! SIGHUP sent to kluis alone on to the child.
//!
//! # Security
//!
//! The memfd is sealed (no write, grow or shrink) before the child starts,
//! so the child cannot change what a second reader sees. The command's
//! arguments are not recorded (they may hold private paths); `argv[0]` is.

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{self, Seek, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};

use rustix::fs::{MemfdFlags, SealFlags};

use crate::ops::CommandEnd;

/// The placeholder in ARGS that becomes the value's path.
pub const PLACEHOLDER: &str = "{}";

/// A restore command as given after `--`, checked: a program, and `{}` at
/// most once in its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExecCommand {
    program: OsString,
    args: Vec<OsString>,
    placeholder: bool,
}

/// Why the words after `--` are no restore command; each face words it
/// (`crate::face::words`), the English here is the CLI's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExecParseError {
    /// Nothing after `--`.
    #[error(
        "--to exec needs a command after --, e.g. `--to exec -- age -d -i {{}} -o out.tar backup.tar.age`; nothing was released"
    )]
    NoCommand,
    /// An empty program name.
    #[error("the command after -- is empty: name a program; nothing was released")]
    EmptyProgram,
    /// The placeholder more than once.
    #[error(
        "{{}} appears {count} times in the command: give it once (the value's path) or not at all (the value on standard input); nothing was released"
    )]
    Placeholders {
        /// How many times.
        count: usize,
    },
}

impl ExecCommand {
    /// Checks the words after `--`.
    ///
    /// # Errors
    /// A usage message when there is no command or `{}` appears more than
    /// once.
    pub fn parse(argv: &[OsString]) -> Result<Self, ExecParseError> {
        let Some((program, args)) = argv.split_first() else {
            return Err(ExecParseError::NoCommand);
        };
        if program.is_empty() {
            return Err(ExecParseError::EmptyProgram);
        }
        let count: usize = args.iter().map(|a| occurrences(a)).sum();
        if count > 1 {
            return Err(ExecParseError::Placeholders { count });
        }
        Ok(Self {
            program: program.clone(),
            args: args.to_vec(),
            placeholder: count == 1,
        })
    }

    /// `argv[0]` as recorded: as given, control characters replaced by `?`.
    pub fn name(&self) -> String {
        self.program
            .to_string_lossy()
            .chars()
            .map(|c| if c.is_control() { '?' } else { c })
            .collect()
    }

    /// Whether the value goes to a path (`{}`) rather than standard input.
    pub fn uses_path(&self) -> bool {
        self.placeholder
    }
}

fn occurrences(arg: &OsStr) -> usize {
    arg.as_bytes()
        .windows(PLACEHOLDER.len())
        .filter(|w| *w == PLACEHOLDER.as_bytes())
        .count()
}

fn replace(arg: &OsStr, path: &str) -> OsString {
    let bytes = arg.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() + path.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(PLACEHOLDER.as_bytes()) {
            out.extend_from_slice(path.as_bytes());
            i += PLACEHOLDER.len();
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    OsString::from_vec(out)
}

/// An empty in-memory file for the value, made before the unseal is
/// recorded so that a system without memfd refuses before anything is
/// released.
pub struct ValueFile {
    fd: OwnedFd,
}

impl ValueFile {
    /// Makes the memfd: inheritable when the command takes a path (`{}`),
    /// close-on-exec when it becomes standard input (std then duplicates it
    /// onto descriptor 0 only).
    ///
    /// # Errors
    /// When the kernel refuses a memfd.
    pub fn new(cmd: &ExecCommand) -> io::Result<Self> {
        let mut flags = MemfdFlags::ALLOW_SEALING;
        if !cmd.placeholder {
            flags |= MemfdFlags::CLOEXEC;
        }
        Ok(Self {
            fd: rustix::fs::memfd_create("kluis-value", flags)?,
        })
    }

    /// Writes the value, seals the file and rewinds it.
    ///
    /// # Errors
    /// When a write, seal or seek fails.
    pub fn load(self, value: &[u8]) -> io::Result<Self> {
        let mut file = File::from(self.fd);
        file.write_all(value)?;
        rustix::fs::fcntl_add_seals(
            &file,
            SealFlags::SHRINK | SealFlags::GROW | SealFlags::WRITE | SealFlags::SEAL,
        )?;
        file.rewind()?;
        Ok(Self {
            fd: OwnedFd::from(file),
        })
    }
}

/// Starts the command with the loaded value, waits for it and says how it
/// ended. The value's descriptor is closed in kluis once the child runs.
///
/// SIGINT and SIGQUIT (sent by the terminal to kluis and the child alike)
/// do not end kluis; SIGTERM and SIGHUP are passed on to the child.
///
/// # Errors
/// The [`io::Error`] of a command that could not be started, with
/// [`CommandEnd::NotStarted`] to record.
pub fn run(cmd: &ExecCommand, value: ValueFile) -> Result<CommandEnd, io::Error> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};

    let mut command = Command::new(&cmd.program);
    if cmd.placeholder {
        let path = format!("/dev/fd/{}", value.fd.as_raw_fd());
        command.args(cmd.args.iter().map(|a| replace(a, &path)));
    } else {
        command.args(&cmd.args);
    }
    // Registered before the child starts, so a Ctrl-C at any moment of its
    // run leaves kluis alive to record the end. The child gets the default
    // dispositions back at exec.
    lift_default_ends();
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGQUIT, SIGTERM, SIGHUP])?;
    let handle = signals.handle();
    let fd = value.fd;
    let spawned = if cmd.placeholder {
        let child = command.spawn();
        drop(fd);
        child
    } else {
        command.stdin(Stdio::from(fd)).spawn()
    };
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => {
            handle.close();
            return Err(e);
        }
    };
    let pid = rustix::process::Pid::from_child(&child);
    let forwarder = std::thread::spawn(move || {
        for sig in signals.forever() {
            let forward = match sig {
                SIGTERM => Some(rustix::process::Signal::TERM),
                SIGHUP => Some(rustix::process::Signal::HUP),
                _ => None,
            };
            if let Some(s) = forward {
                // The child may have ended already; nothing to do then.
                let _ = rustix::process::kill_process(pid, s);
            }
        }
    });
    let status = child.wait();
    handle.close();
    let _ = forwarder.join();
    // Failing to re-arm them must not lose the command's status.
    let _ = restore_default_ends();
    let status = status?;
    Ok(match (status.code(), status.signal()) {
        (Some(code), _) => CommandEnd::Exited(code),
        (None, Some(sig)) => CommandEnd::Killed(sig),
        (None, None) => CommandEnd::Exited(-1),
    })
}

/// The registrations that make SIGTERM and SIGHUP end kluis again after a
/// command ran (see [`restore_default_ends`]).
static DEFAULT_ENDS: std::sync::Mutex<Vec<signal_hook::SigId>> = std::sync::Mutex::new(Vec::new());

/// signal-hook cannot put a signal's default action back once it handled
/// it: with no action left, the signal would be ignored. So after a
/// command, SIGTERM and SIGHUP get an action that ends kluis as the default
/// would (the TUI keeps running after a restore command and must still stop
/// on them); before the next command those actions are lifted again, so
/// that a SIGTERM then goes to the child instead.
fn restore_default_ends() -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let always = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    let mut ids = DEFAULT_ENDS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for sig in [SIGTERM, SIGHUP] {
        ids.push(signal_hook::flag::register_conditional_default(
            sig,
            always.clone(),
        )?);
    }
    Ok(())
}

fn lift_default_ends() {
    let mut ids = DEFAULT_ENDS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for id in ids.drain(..) {
        signal_hook::low_level::unregister(id);
    }
}

/// kluis's exit status for how the command ended: its own status, 128 +
/// the signal when killed (as a shell reports it), 127 when it was not
/// found and 126 when it could not be run (as `sh` and `env` do).
pub fn exit_code(end: CommandEnd, start_error: Option<&io::Error>) -> u8 {
    match end {
        CommandEnd::Exited(code) => u8::try_from(code).unwrap_or(1),
        CommandEnd::Killed(sig) => u8::try_from(128 + sig).unwrap_or(255),
        CommandEnd::NotStarted => match start_error.map(io::Error::kind) {
            Some(io::ErrorKind::NotFound) => 127,
            _ => 126,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn argv(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    #[test]
    fn parse_needs_a_command() {
        let err = ExecCommand::parse(&[]).expect_err("empty");
        assert!(
            err.to_string().starts_with(
                "--to exec needs a command after --, e.g. `--to exec -- age -d -i {} -o"
            ),
            "{err}"
        );
        let nl = crate::face::words::exec_parse(crate::face::words::W::cli(Lang::Nl), &err);
        assert!(
            nl.starts_with("--to exec vraagt een commando na --"),
            "{nl}"
        );
    }

    /// The CLI words every refusal through the catalogue: in English it
    /// is the error's own text.
    #[test]
    fn the_english_wording_is_the_text() {
        for e in [
            ExecParseError::NoCommand,
            ExecParseError::EmptyProgram,
            ExecParseError::Placeholders { count: 3 },
        ] {
            let cli = |lang| crate::face::words::exec_parse(crate::face::words::W::cli(lang), &e);
            assert_eq!(cli(Lang::En), e.to_string());
            assert_ne!(cli(Lang::Nl), e.to_string());
        }
    }

    #[test]
    fn placeholder_at_most_once() {
        let c = ExecCommand::parse(&argv(&["age", "-d", "-i", "{}", "x"])).expect("ok");
        assert!(c.uses_path());
        assert_eq!(c.name(), "age");
        let c = ExecCommand::parse(&argv(&["gpg", "--import"])).expect("ok");
        assert!(!c.uses_path());
        let err = ExecCommand::parse(&argv(&["cmp", "{}", "{}"])).expect_err("twice");
        assert!(
            err.to_string()
                .starts_with("{} appears 2 times in the command"),
            "{err}"
        );
        let err = ExecCommand::parse(&argv(&["x", "--a={}{}"])).expect_err("twice in one");
        assert!(err.to_string().starts_with("{} appears 2 times"), "{err}");
        // argv[0] is not searched: it is the program's name.
        assert!(!ExecCommand::parse(&argv(&["{}"])).expect("ok").uses_path());
    }

    #[test]
    fn replace_inside_an_argument() {
        assert_eq!(
            replace(OsStr::new("--identity={}"), "/dev/fd/5"),
            "--identity=/dev/fd/5"
        );
        assert_eq!(replace(OsStr::new("{}"), "/dev/fd/5"), "/dev/fd/5");
        assert_eq!(replace(OsStr::new("{x}"), "/dev/fd/5"), "{x}");
    }

    #[test]
    fn name_hides_control_characters() {
        let c = ExecCommand::parse(&argv(&["a\x1b[2Jb"])).expect("ok");
        assert_eq!(c.name(), "a?[2Jb");
    }

    #[test]
    fn exit_codes_follow_the_shell() {
        assert_eq!(exit_code(CommandEnd::Exited(0), None), 0);
        assert_eq!(exit_code(CommandEnd::Exited(3), None), 3);
        assert_eq!(exit_code(CommandEnd::Killed(2), None), 130);
        let nf = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(exit_code(CommandEnd::NotStarted, Some(&nf)), 127);
        let pd = io::Error::from(io::ErrorKind::PermissionDenied);
        assert_eq!(exit_code(CommandEnd::NotStarted, Some(&pd)), 126);
    }

    #[test]
    fn value_larger_than_a_pipe_reaches_the_child_by_path_and_stdin() {
        let value: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
        for words in [
            &["cmp", "-s", "{}", "EXPECTED"][..],
            &["cmp", "-s", "-", "EXPECTED"][..],
        ] {
            let dir = tempfile::tempdir().expect("tempdir");
            let expected = dir.path().join("expected");
            std::fs::write(&expected, &value).expect("write");
            let words: Vec<OsString> = words
                .iter()
                .map(|w| {
                    if *w == "EXPECTED" {
                        expected.clone().into_os_string()
                    } else {
                        OsString::from(w)
                    }
                })
                .collect();
            let cmd = ExecCommand::parse(&words).expect("ok");
            let file = ValueFile::new(&cmd)
                .expect("memfd")
                .load(&value)
                .expect("load");
            assert_eq!(
                run(&cmd, file).expect("run"),
                CommandEnd::Exited(0),
                "{words:?}"
            );
        }
    }

    #[test]
    fn the_child_cannot_write_the_sealed_value() {
        let cmd = ExecCommand::parse(&argv(&["sh", "-c", "echo x >> \"$0\"", "{}"])).expect("ok");
        let file = ValueFile::new(&cmd)
            .expect("memfd")
            .load(b"v")
            .expect("load");
        assert_ne!(run(&cmd, file).expect("run"), CommandEnd::Exited(0));
    }

    #[test]
    fn a_missing_command_is_an_error_to_record() {
        let cmd = ExecCommand::parse(&argv(&["/nonexistent/kluis-no-such-command"])).expect("ok");
        let file = ValueFile::new(&cmd)
            .expect("memfd")
            .load(b"v")
            .expect("load");
        let err = run(&cmd, file).expect_err("not found");
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
    }
}
