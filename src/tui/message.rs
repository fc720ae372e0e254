//! Everything that can happen to the UI, as one enum. Key presses become
//! messages only in [`super::keymap`]; the worker's result and the clock
//! arrive as messages too, so [`super::update`] is the one place state
//! changes.

use super::model::Opened;

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
    /// The worker finished opening the vault.
    Opened(Box<Opened>),
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
            Self::Opened(r) if r.is_ok() => "Opened(Ok)",
            Self::Opened(_) => "Opened(Err)",
        };
        f.write_str(name)
    }
}
