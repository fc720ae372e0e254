//! Everything that can happen to the UI, as one enum, and everything the
//! UI asks to have done, as another. Key presses become messages only in
//! [`super::keymap`]; the worker's result and the clock arrive as messages
//! too, so [`super::update`] is the one place state changes. What takes
//! time (the KDF of a passphrase or PIN) is not done in `update`: it
//! returns an [`Effect`] that the runner ([`super::dispatch`]) performs on
//! a worker thread, and the answer comes back as [`Message::Done`]. (The
//! shape follows gitui's typed internal events, `src/queue.rs`.)
//!
//! This module imports nothing from the rest of `tui`, so `model` can use
//! it without a cycle.

use crate::ops::{Env, OpsError, Session, Unsealed};

/// What an open on the worker sends back: an open session or why not.
pub type Opened = Result<Session<'static>, OpsError>;

/// Work for the runner. Returned by [`super::update::update`].
pub enum Effect {
    /// Feed this message back into `update`.
    Then(Message),
    /// Run this on the worker thread; its answer comes back as
    /// [`Message::Done`] on a later tick.
    Work(Job),
}

/// Slow work, run on the worker thread.
pub enum Job {
    /// Open (or create) the vault: the KDF of the passphrase or the
    /// shares. The screen shows its own "working" line.
    Open(Box<dyn FnOnce(&'static Env) -> Opened + Send>),
    /// A KDF on the open session (a PIN hashed for a new approver or
    /// checked for an unseal, a new passphrase). The session moves to the
    /// worker and comes back with the outcome; meanwhile the model is busy
    /// ([`super::model::Busy`]).
    Session(
        Box<Session<'static>>,
        Box<dyn FnOnce(&mut Session<'static>) -> Outcome + Send>,
    ),
    /// Work that needs no session and may take its time (sending sheets
    /// to `lp`). Runs beside the others; the screen stays usable.
    Background(Box<dyn FnOnce() -> Outcome + Send>),
}

/// What the worker sends back.
pub enum Done {
    /// The answer of a [`Job::Open`].
    Opened(Box<Opened>),
    /// The session of a [`Job::Session`], back, with what came of it.
    Session(Box<Session<'static>>, Outcome),
    /// What came of a [`Job::Background`].
    Background(Outcome),
}

/// What came of a [`Job::Session`].
pub enum Outcome {
    /// A form's submit: the notice, or the refusal worded and the field
    /// to put the focus on.
    Form(Result<String, (String, Option<usize>)>),
    /// An unseal: the released value, or why not.
    Unseal(Result<Unsealed, OpsError>),
    /// Sheets written: the notice and the files to send to `lp` (none
    /// unless asked for), or why not (worded).
    Sheets(Result<(String, Vec<std::path::PathBuf>), String>),
    /// A change without a form (making the pending set active): the
    /// notice, worded; the screen under reloads.
    Notice(String),
    /// Pending saves pushed: the remotes' state after.
    Synced(Vec<crate::ops::RemoteStatus>),
    /// A vault cloned from a remote: the notice, or why not (worded).
    Cloned(Result<String, String>),
    /// Sheets sent to the printer: how many, or why not (worded).
    Printed(Result<usize, String>),
}

/// A thing that happened.
pub enum Message {
    /// Clone a vault from a remote (F2, from the set-up wizard).
    Clone,
    /// Push pending saves to the remotes (`y`).
    Sync,
    /// The clock ticked (about 4 times a second).
    Tick,
    /// The terminal was resized (the view adapts on the next draw).
    Resize,
    /// Leave kluis (drops the session; nothing stays on screen).
    Quit,
    /// Toggle the key help.
    Help,
    /// Esc: close the top dialog, stop typing, or go back.
    Back,
    /// A typed character for the focused field.
    Input(char),
    /// Delete the last character of the focused field.
    Backspace,
    /// Enter.
    Submit,
    /// Tab.
    NextField,
    /// Shift-Tab.
    PrevField,
    /// Up / k.
    Up,
    /// Down / j.
    Down,
    /// Page up.
    PageUp,
    /// Page down.
    PageDown,
    /// Left.
    Left,
    /// Right / space on a choice.
    Right,
    /// `/`: search or filter.
    Search,
    /// `u`: unseal the selected secret.
    Unseal,
    /// `a`: the audit view.
    Audit,
    /// `s`: the shares view.
    Shares,
    /// `l`: lock now.
    Lock,
    /// `e`: emergency recovery.
    Emergency,
    /// `v`: show the released value / verify a sheet.
    Reveal,
    /// `h`: hide the released value now.
    Hide,
    /// `n`: add a secret, or a person on the roster.
    New,
    /// `c`: a new version of the selected secret.
    Change,
    /// `d`: remove the selected secret or person.
    Delete,
    /// `r`: the roster screen.
    Roster,
    /// `g`: the settings dialog.
    Settings,
    /// `w`: write the sheets to a directory.
    WriteSheets,
    /// `t`: make a new (pending) share set.
    Rotate,
    /// `m`: make the pending share set active.
    CommitShares,
    /// `x`: export the audit chain.
    Export,
    /// `!`: acknowledge the emergency events.
    Acknowledge,
    /// `P`: change the PO passphrase.
    Passwd,
    /// `T`: takeover (emergency session only).
    Takeover,
    /// `R`: write the custody report.
    Report,
    /// The worker finished its job.
    Done(Box<Done>),
}

impl std::fmt::Debug for Message {
    // Redacted: `Input` carries typed passphrase characters.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = match self {
            Self::Tick => "Tick",
            Self::Resize => "Resize",
            Self::Quit => "Quit",
            Self::Help => "Help",
            Self::Back => "Back",
            Self::Input(_) => "Input(..)",
            Self::Backspace => "Backspace",
            Self::Submit => "Submit",
            Self::NextField => "NextField",
            Self::PrevField => "PrevField",
            Self::Up => "Up",
            Self::Down => "Down",
            Self::PageUp => "PageUp",
            Self::PageDown => "PageDown",
            Self::Left => "Left",
            Self::Right => "Right",
            Self::Search => "Search",
            Self::Unseal => "Unseal",
            Self::Audit => "Audit",
            Self::Shares => "Shares",
            Self::Lock => "Lock",
            Self::Emergency => "Emergency",
            Self::Reveal => "Reveal",
            Self::Hide => "Hide",
            Self::New => "New",
            Self::Change => "Change",
            Self::Delete => "Delete",
            Self::Roster => "Roster",
            Self::Settings => "Settings",
            Self::WriteSheets => "WriteSheets",
            Self::Rotate => "Rotate",
            Self::CommitShares => "CommitShares",
            Self::Export => "Export",
            Self::Acknowledge => "Acknowledge",
            Self::Passwd => "Passwd",
            Self::Takeover => "Takeover",
            Self::Report => "Report",
            Self::Clone => "Clone",
            Self::Sync => "Sync",
            Self::Done(d) => match **d {
                Done::Opened(ref r) if r.is_ok() => "Done(Opened(Ok))",
                Done::Opened(_) => "Done(Opened(Err))",
                Done::Session(..) => "Done(Session)",
                Done::Background(_) => "Done(Background)",
            },
        };
        f.write_str(name)
    }
}
