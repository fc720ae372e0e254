//! The terminal UI (`kluis` with no command, and `kluis demo`), in the Elm
//! architecture of STYLE.md: [`model`] holds the state, [`keymap`] turns key
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

pub mod keymap;
pub mod message;
pub mod model;
pub mod update;
pub mod view;

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

use crate::i18n::Lang;
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
    // Drop the session and any value before the screen goes.
    update::lock(&mut model, None);
    restore_terminal();
    let _ = std::panic::take_hook();
    result
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
    }
    term.clear()?;
    Ok(())
}

/// Feeds a message and its follow-ups through [`update::update`].
pub fn dispatch(model: &mut Model, msg: message::Message) {
    let mut next = Some(msg);
    while let Some(m) = next {
        next = update::update(model, m);
    }
}
