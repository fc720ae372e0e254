//! The terminal UI (`kluis` with no command, and `kluis demo`), in the Elm
//! architecture (docs/ARCHITECTURE.md): [`model`] holds the state, [`keymap`] turns key
//! presses into [`message::Message`]s, [`update::update`] applies them
//! (calling [`crate::ops`] like the CLI does), and [`view::view`] draws.
//!
//! # Security
//! Values appear only inside the alternate screen, masked until `v`, and
//! are dropped (zeroized) on hide, lock, idle timeout, exit and panic: the
//! panic hook clears the alternate screen before leaving it, so nothing
//! lands in the normal screen or the scrollback. Ratatui's own cell buffers
//! hold copies of whatever was drawn until the next draw overwrites them;
//! they are not zeroized.

pub mod check;
pub mod keymap;
pub mod message;
pub mod model;
pub mod update;
pub mod view;
pub mod words;

mod demo;
#[cfg(test)]
mod tests;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{
    cursor, event, execute,
    terminal::{self, Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen},
};

pub use demo::demo;

use crate::i18n::{Lang, Msg, tf};
use crate::ops::Env;
use model::{Clock, DemoInfo, Model};

/// How often the clock ticks (spinner, countdowns, auto-lock, auto-hide).
const TICK: Duration = Duration::from_millis(250);

/// Gives the environment the `'static` lifetime a [`crate::ops::Session`]
/// needs to move back from the worker thread that ran the KDF. Called once
/// per TUI run; the few hundred bytes live until the process ends, which is
/// right after the TUI returns.
pub fn leak_env(env: Env) -> &'static Env {
    Box::leak(Box::new(env))
}

/// The system clock in Unix seconds.
pub fn system_clock() -> Clock {
    Arc::new(|| jiff::Timestamp::now().as_second())
}

/// Leaves the alternate screen after wiping it, and gives the terminal
/// back. Safe to call twice (from the panic hook and the normal exit).
fn restore_terminal() {
    let mut out = std::io::stdout();
    let _ = execute!(
        out,
        Clear(ClearType::All),
        Clear(ClearType::Purge),
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
}

/// Runs the TUI on the vault at `path` until the user quits.
///
/// # Errors
/// When standard output is not a terminal, or the terminal fails.
pub fn run(env: Env, path: PathBuf, lang: Lang, demo: Option<DemoInfo>) -> anyhow::Result<()> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        anyhow::bail!(
            "kluis without a command opens the terminal UI and needs a terminal: run it in one, or see `kluis --help` for the commands"
        );
    }
    let mut model = Model::new(leak_env(env), path, lang, system_clock());
    model.demo = demo;
    model.lp = update::forms::lp_available();

    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        prev(info);
    }));
    terminal::enable_raw_mode().context("cannot put the terminal in raw mode")?;
    execute!(std::io::stdout(), EnterAlternateScreen)
        .context("cannot open the alternate screen")?;
    let result = event_loop(&mut model);
    // Work still running ends first, so a save completes and a recovery
    // stopped by quitting is recorded (no answer to the worker is a stop).
    if let model::Screen::Recovery(r) = &mut model.screen {
        r.reply = None;
    }
    if let Some(rx) = model.worker.take()
        && let Ok(done) = rx.recv()
    {
        dispatch(&mut model, message::Message::Done(Box::new(done)));
    }
    let unfinished = model.setup_unfinished.take();
    // Drop the session and any value before the screen goes.
    update::lock(&mut model, None);
    restore_terminal();
    let _ = std::panic::take_hook();
    result?;
    // A set-up left half way never ends with exit 0 (docs/CLI.md).
    match unfinished {
        Some(why) => Err(anyhow::anyhow!(why)),
        None => Ok(()),
    }
}

fn event_loop(model: &mut Model) -> anyhow::Result<()> {
    let mut term = Terminal::new(CrosstermBackend::new(std::io::stdout()))?;
    term.clear()?;
    let mut last_tick = Instant::now();
    while !model.quit {
        term.draw(|f| view::view(model, f))?;
        let wait = TICK.saturating_sub(last_tick.elapsed());
        let mut msg = None;
        if event::poll(wait)? {
            msg = keymap::event(model, &event::read()?);
        }
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            dispatch(model, message::Message::Tick);
        }
        if let Some(m) = msg {
            dispatch(model, m);
        }
        if model.exec.is_some() {
            // The restore command gets the real terminal: leave the
            // alternate screen (wiped first) and raw mode, run it, wait for
            // Enter so its output can be read, then come back.
            restore_terminal();
            run_restore_command(model);
            eprint!("kluis: Enter ↵ ");
            let _ = std::io::stdin().read_line(&mut String::new());
            terminal::enable_raw_mode().context("cannot put the terminal in raw mode")?;
            execute!(std::io::stdout(), EnterAlternateScreen)
                .context("cannot open the alternate screen")?;
            term.clear()?;
        }
    }
    term.clear()?;
    Ok(())
}

/// Runs the restore command the unseal dialog left in `model.exec` (its
/// release already recorded; src/face/exec.rs), records how it ended, and
/// words that in the dialog. The caller gives the command the terminal.
pub fn run_restore_command(model: &mut Model) {
    use crate::ops::CommandEnd;
    let Some(job) = model.exec.take() else {
        return;
    };
    let program = job.command.name();
    eprintln!("kluis: {program} …");
    let (end, start_error) = match crate::face::exec::run(&job.command, job.value) {
        Ok(end) => (end, None),
        Err(e) => (CommandEnd::NotStarted, Some(e)),
    };
    let lang = model.lang;
    let p: &dyn std::fmt::Display = &program;
    let how = match (end, &start_error) {
        (_, Some(e)) => tf(
            lang,
            Msg::TuiCmdNotStarted,
            &[("program", p), ("why", &words::error(lang, e))],
        ),
        (CommandEnd::Exited(code), _) => {
            tf(lang, Msg::TuiCmdExited, &[("program", p), ("code", &code)])
        }
        (CommandEnd::Killed(sig), _) => {
            tf(lang, Msg::TuiCmdKilled, &[("program", p), ("sig", &sig)])
        }
        (CommandEnd::NotStarted, None) => tf(lang, Msg::TuiCmdNeverStarted, &[("program", p)]),
    };
    let recorded = match model.session.as_mut() {
        Some(s) => s
            .record_command_end(&job.name, job.version, &program, end)
            .map_err(|e| words::ops(lang, &e)),
        None => Err(crate::i18n::t(lang, Msg::TuiVaultLocked).to_string()),
    };
    let text = match recorded {
        Ok(()) => format!(
            "{}: {how} ({})",
            crate::i18n::t(model.lang, crate::i18n::Msg::TuiCommandRan),
            crate::i18n::t(model.lang, crate::i18n::Msg::TuiRecorded)
        ),
        Err(e) => format!(
            "{}: {how}; {}: {e}",
            crate::i18n::t(model.lang, crate::i18n::Msg::TuiCommandRan),
            crate::i18n::t(model.lang, crate::i18n::Msg::Error)
        ),
    };
    eprintln!("kluis: {text}");
    match model.popups.last_mut() {
        Some(model::Popup::Unseal(u)) => u.ran = Some(text),
        _ => model.notice = Some(text),
    }
}

/// The runner: feeds a message through [`update::update`] and performs
/// the effects it returns: follow-up messages in order, slow work on a
/// worker thread (one at a time; its answer comes back through
/// [`model::Model::worker`], polled on each tick).
pub fn dispatch(model: &mut Model, msg: message::Message) {
    let mut queue = std::collections::VecDeque::from([msg]);
    while let Some(m) = queue.pop_front() {
        for effect in update::update(model, m) {
            match effect {
                message::Effect::Then(next) => queue.push_back(next),
                message::Effect::Work(job) => spawn(model, job),
            }
        }
    }
}

/// Runs `job` on a worker thread. The slow KDF must not freeze the screen
/// (docs/ARCHITECTURE.md, habit 7).
fn spawn(model: &mut Model, job: message::Job) {
    use message::{Done, Job};
    let (tx, rx) = std::sync::mpsc::channel();
    let env = model.env;
    let background = matches!(job, Job::Background(_));
    std::thread::spawn(move || {
        let done = match job {
            Job::Open(open) => Done::Opened(Box::new(open(env))),
            Job::Session(mut session, work) => {
                let outcome = work(&mut session);
                Done::Session(session, outcome)
            }
            Job::Background(work) => Done::Background(work()),
        };
        // If the UI stopped waiting (Esc on an open), a session is dropped
        // here, which closes it.
        let _ = tx.send(done);
    });
    if background {
        model.background.push(rx);
    } else {
        model.worker = Some(rx);
    }
}
