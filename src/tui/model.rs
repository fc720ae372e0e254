//! The TUI's state: one [`Screen`] plus a stack of [`Popup`]s, the open
//! [`Session`] (if any), and the clock and timeouts that drive auto-lock and
//! auto-hide. Nothing here draws or reads the terminal.
//!
//! # Security
//! Secret values live only in [`Revealed`] (zeroized on drop) and in the
//! passphrase/PIN fields (`Zeroizing<String>`). Locking drops the session
//! and every popup, so a lock clears everything shown.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender};

use zeroize::Zeroizing;

mod form;

pub use super::message::Opened;
use super::message::{Done, Effect};
use crate::face::release::ClipboardBackend;
use crate::i18n::{Lang, Msg};
use crate::ops::{self, Env, Session, SetStatusReport};
use crate::secret::Passphrase;
pub use form::*;

/// A clock in Unix seconds, injected so tests render fixed times.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

/// Opens the clipboard for a release to the clipboard: in the shipped
/// binary release.rs's choice (desktop clipboard, else OSC 52); tests put a
/// [`crate::face::release::FakeClipboard`] here.
pub type ClipboardOpener = Box<dyn Fn() -> anyhow::Result<Box<dyn ClipboardBackend>>>;

/// A value on the clipboard, waiting for its clear. Checked on each tick,
/// so the UI never blocks on the 20 s wait.
pub struct ClipHold {
    /// The clipboard the value went to (on X11 this process serves it).
    pub backend: Box<dyn ClipboardBackend>,
    /// Our value, to tell whether the clipboard still holds it.
    pub value: Zeroizing<String>,
    /// When to clear (Unix seconds).
    pub clear_at: i64,
}

/// Default idle time before the vault locks itself (docs/ARCHITECTURE.md, "Memory and terminal": 5 min).
pub const IDLE_SECS: i64 = 5 * 60;
/// Default time a shown value stays on screen.
pub const HIDE_SECS: i64 = 30;
/// Time a value stays on the clipboard (docs/ARCHITECTURE.md, "Custody flows": 20 s, as the CLI).
pub const CLIPBOARD_SECS: i64 = 20;
/// Wrong passphrases in a row after which the longer message shows.
pub const WRONG_TRIES_WARN: u32 = 3;

/// What the demo made, shown on the first screen.
#[derive(Debug, Clone)]
pub struct DemoInfo {
    /// The demo vault's passphrase (not a secret: it is a demo).
    pub passphrase: String,
    /// Bert Jansen's PIN.
    pub pin: String,
    /// The three share txt files.
    pub share_files: Vec<PathBuf>,
}

/// The whole UI state.
pub struct Model {
    /// Lives for the whole process (see [`super::leak_env`]).
    pub env: &'static Env,
    /// The vault file.
    pub path: PathBuf,
    /// How the path is shown (tests put a fixed label here).
    pub path_label: String,
    /// Language of every label.
    pub lang: Lang,
    /// False when `NO_COLOR` is set.
    pub color: bool,
    /// Unix seconds.
    pub clock: Clock,
    /// Idle seconds before auto-lock.
    pub idle_secs: i64,
    /// Seconds a shown value stays visible.
    pub hide_secs: i64,
    /// The current screen.
    pub screen: Screen,
    /// Dialogs over the screen, topmost last.
    pub popups: Vec<Popup>,
    /// The open vault, if unlocked.
    pub session: Option<Session<'static>>,
    /// Warnings of the session (weak KDF, emergency...).
    pub warnings: Vec<String>,
    /// Time of the last key press.
    pub last_activity: i64,
    /// Ticks since start (spinner).
    pub ticks: u64,
    /// Demo information, when run by `kluis demo`.
    pub demo: Option<DemoInfo>,
    /// A one-line notice (e.g. "locked after 5 min idle").
    pub notice: Option<String>,
    /// Set when the app should end.
    pub quit: bool,
    /// The pending job on the worker thread.
    pub worker: Option<Receiver<Done>>,
    /// Set while the session is on the worker thread for a KDF (see
    /// [`super::message::Job::Session`]); the screen shows it and keeps
    /// answering keys.
    pub busy: Option<Busy>,
    /// An open the user stopped waiting for (Esc): it still holds the
    /// vault's lock until it ends; its answer is dropped (closing its
    /// session) and a new open waits for it.
    pub abandoned: Option<Receiver<Done>>,
    /// Background jobs on their own threads ([`super::message::Job::Background`]).
    pub background: Vec<Receiver<Done>>,
    /// Effects `update` asked for, handed to the runner when it returns.
    pub effects: Vec<Effect>,
    /// `lp` is on `PATH`: sheets can also go to the printer.
    pub lp: bool,
    /// How the wizard derives the key: calibrated in the shipped binary;
    /// tests set a fixed weak choice and allow it.
    pub init_kdf: (ops::KdfChoice, bool),
    /// Opens the clipboard for an unseal to the clipboard.
    pub clipboard: ClipboardOpener,
    /// Seconds a value stays on the clipboard.
    pub clipboard_secs: i64,
    /// The value on the clipboard, until its clear.
    pub clip: Option<ClipHold>,
    /// The git remotes of the open vault and what is pending.
    pub remotes: Vec<ops::RemoteStatus>,
    /// A restore command whose release is recorded and whose value is
    /// loaded, waiting for the event loop to give it the terminal
    /// ([`crate::tui::run_restore_command`]).
    pub exec: Option<ExecJob>,
    /// Set on quit when the set-up wizard was left unfinished: why, for
    /// the process's exit (docs/CLI.md).
    pub setup_unfinished: Option<String>,
    /// The zone times are shown in: the system's; tests fix UTC.
    pub tz: jiff::tz::TimeZone,
}

/// The session is on the worker thread for a KDF.
#[derive(Debug, Clone)]
pub struct Busy {
    /// What it is doing, for the "working" line.
    pub what: Msg,
    /// The vault's name and the actor, for the title and status bar while
    /// the session is away.
    pub vault_name: String,
    /// The person acting.
    pub actor: String,
    /// A key was pressed that cannot act now: the view says why.
    pub refused_key: bool,
    /// Quit was asked for: done once the work ends (the save completes).
    pub quit: bool,
}

/// A release prepared before the unseal, waiting for its answer: the
/// clipboard opened, or the restore command checked and its in-memory file
/// made (docs/ARCHITECTURE.md: nothing is recorded before these work).
pub enum PendingRelease {
    /// To the clipboard.
    Clipboard(Box<dyn ClipboardBackend>),
    /// Into a restore command.
    Command(crate::face::exec::ExecCommand, crate::face::exec::ValueFile),
}

/// A release into a restore command, recorded, not yet run.
pub struct ExecJob {
    /// The command, checked.
    pub command: crate::face::exec::ExecCommand,
    /// The sealed in-memory file holding the value.
    pub value: crate::face::exec::ValueFile,
    /// The secret's name.
    pub name: String,
    /// The version released.
    pub version: u32,
}

/// The screens.
pub enum Screen {
    /// Passphrase entry.
    Unlock(UnlockState),
    /// Emergency recovery with shares.
    Recovery(RecoveryState),
    /// Secrets list and detail.
    Main(MainState),
    /// Audit chain.
    Audit(AuditState),
    /// Share sets.
    Shares(SharesState),
    /// The people: PO, approvers, delegates, holders.
    Roster(RosterState),
    /// Setting up a new vault (the vault file does not exist).
    Wizard(Box<WizardState>),
    /// Cloning a vault from a remote (the vault file does not exist).
    Clone(CloneState),
}

/// The steps of the set-up wizard, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WizardStep {
    /// The PO's name and the vault's name.
    Po,
    /// The passphrase twice, with its strength.
    Passphrase,
    /// Approvers: name and PIN twice, repeatable.
    Approvers,
    /// Share holders, places and the threshold.
    Holders,
    /// `ops::init` with KDF calibration on the worker thread.
    Creating,
    /// The sheets into a directory.
    Print,
    /// Each sheet typed back.
    Verify,
    /// A delegate for emergencies (skippable).
    Delegate,
    /// The first secret, the backup key (skippable).
    FirstSecret,
    /// Done.
    Done,
}

/// The set-up wizard's state.
///
/// # Security
/// The passphrase and the approvers' PINs are `Zeroizing` until they go to
/// the worker; they are dropped with the wizard.
pub struct WizardState {
    /// The current step.
    pub step: WizardStep,
    /// The fields of the step.
    pub fields: Vec<Field>,
    /// The focused field.
    pub focus: usize,
    /// The last refusal.
    pub error: Option<String>,
    /// The PO's name.
    pub po: String,
    /// The vault's name.
    pub vault_name: String,
    /// The chosen passphrase.
    pub passphrase: Zeroizing<String>,
    /// Approvers with their PINs.
    pub approvers: Vec<(String, Zeroizing<String>)>,
    /// The holders.
    pub holders: Vec<ops::HolderSpec>,
    /// k.
    pub threshold: u8,
    /// Where the sheets were written.
    pub printed_to: Option<PathBuf>,
    /// Indexes of the sheets typed back and found valid.
    pub verified: Vec<u8>,
    /// The sheet being typed.
    pub verify: VerifyState,
    /// Warnings from init (k = n, k = 1).
    pub notes: Vec<String>,
    /// The zxcvbn score and notes of the typed passphrase, computed by
    /// `update` when it changes (never per frame).
    pub strength: (u8, Vec<String>),
    /// Came back to an unfinished set-up after an unlock
    /// ([`crate::tui::update::wizard::resume`]).
    pub resumed: bool,
}

impl WizardState {
    /// Whether the focused field takes text (or the typed sheet does).
    pub fn takes_text(&self) -> bool {
        match self.step {
            WizardStep::Verify => true,
            WizardStep::Creating | WizardStep::Done => false,
            // A choice takes letters too: they pick the option they start
            // ([`Field::type_letter`]), rather than act as commands.
            _ => self.fields.get(self.focus).is_some(),
        }
    }
}

/// Roster screen state.
#[derive(Default)]
pub struct RosterState {
    /// Everyone on the roster.
    pub people: Vec<ops::PersonSummary>,
    /// Selected row.
    pub selected: usize,
}

/// Unlock screen state.
#[derive(Default)]
pub struct UnlockState {
    /// The typed passphrase.
    pub passphrase: Zeroizing<String>,
    /// Focus on the passphrase field (else on the menu).
    pub menu: bool,
    /// Last error, already worded.
    pub error: Option<String>,
    /// Wrong passphrases in a row.
    pub wrong: u32,
    /// The KDF runs.
    pub working: bool,
    /// The passphrase being tried, kept until the worker answers so a
    /// rolled-back vault can be opened anyway without typing it again.
    pub trying: Option<Passphrase>,
    /// Set when the open failed with a rollback: the passphrase, for
    /// "open anyway (recorded)" (Enter), dropped on Esc.
    pub rolled_back: Option<Passphrase>,
    /// Set when a remote holds a newer copy (`false`) or diverged (`true`):
    /// the passphrase, for the sync choice, dropped on Esc.
    pub remote: Option<(Passphrase, bool)>,
}

/// The clone screen's state (no vault yet, F2 from the wizard).
#[derive(Debug, Default)]
pub struct CloneState {
    /// The remote's address as typed.
    pub url: String,
    /// The clone runs (in the background).
    pub working: bool,
    /// Last error, already worded.
    pub error: Option<String>,
}

/// Stages of emergency recovery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecoveryStage {
    /// Entering shares.
    Shares,
    /// Naming the delegate.
    Delegate,
}

/// Emergency recovery state.
pub struct RecoveryState {
    /// Current stage.
    pub stage: RecoveryStage,
    /// Accepted shares and their verdicts.
    pub shares: crate::face::intake::ShareIntake,
    /// Lines of the share being typed.
    pub lines: Vec<Zeroizing<String>>,
    /// The line being typed (or a path).
    pub input: Zeroizing<String>,
    /// Verdicts, one per share tried.
    pub verdicts: Vec<(bool, String)>,
    /// The roster's delegates, once the quorum opened the vault (the
    /// worker asks which one acts: [`crate::ops::open_with_shares_choosing`]).
    pub delegates: Vec<String>,
    /// Index into `delegates`.
    pub delegate: usize,
    /// The worker's question: the delegates, when it has them.
    pub asking: Option<Receiver<Vec<String>>>,
    /// The answer to the worker: the delegate acting, or `None` to stop.
    pub reply: Option<Sender<Option<String>>>,
    /// The delegate stopped the open (Esc at the choice): recorded.
    pub stopped: bool,
    /// A letter typed on the choice matched no delegate.
    pub hint: bool,
    /// Last error.
    pub error: Option<String>,
    /// The open runs.
    pub working: bool,
}

impl Default for RecoveryState {
    fn default() -> Self {
        Self {
            stage: RecoveryStage::Shares,
            shares: crate::face::intake::ShareIntake::new(),
            lines: Vec::new(),
            input: Zeroizing::new(String::new()),
            verdicts: Vec::new(),
            delegates: Vec::new(),
            delegate: 0,
            asking: None,
            reply: None,
            stopped: false,
            hint: false,
            error: None,
            working: false,
        }
    }
}

impl RecoveryState {
    /// How many shares are needed, once one is known.
    pub fn threshold(&self) -> Option<u8> {
        self.shares.threshold()
    }

    /// The worker's question arrived: the delegates to choose from.
    pub fn offer(&mut self, delegates: Vec<String>) {
        self.delegates = delegates;
        self.delegate = 0;
        self.asking = None;
        self.working = false;
    }
}

/// Main screen state.
#[derive(Default)]
pub struct MainState {
    /// All secrets' metadata.
    pub secrets: Vec<ops::SecretSummary>,
    /// Selected row among the filtered ones.
    pub selected: usize,
    /// Search text.
    pub search: String,
    /// Typing into the search field.
    pub searching: bool,
}

impl MainState {
    /// The secrets matching the search, in order.
    pub fn filtered(&self) -> Vec<&ops::SecretSummary> {
        let q = self.search.to_lowercase();
        self.secrets
            .iter()
            .filter(|s| q.is_empty() || s.name.to_lowercase().contains(&q))
            .collect()
    }

    /// The selected secret.
    pub fn current(&self) -> Option<&ops::SecretSummary> {
        self.filtered().get(self.selected).copied()
    }
}

/// Audit screen state.
pub struct AuditState {
    /// One line per record.
    pub lines: Vec<String>,
    /// Filter text.
    pub filter: String,
    /// Typing into the filter.
    pub filtering: bool,
    /// First visible line among the filtered.
    pub scroll: usize,
    /// "chain intact: N records" or the error.
    pub chain: Result<u64, String>,
    /// The checkpoint text.
    pub checkpoint: String,
}

impl AuditState {
    /// Lines matching the filter.
    pub fn filtered(&self) -> Vec<&str> {
        let q = self.filter.to_lowercase();
        self.lines
            .iter()
            .filter(|l| q.is_empty() || l.to_lowercase().contains(&q))
            .map(String::as_str)
            .collect()
    }
}

/// Shares screen state.
#[derive(Default)]
pub struct SharesState {
    /// The sets.
    pub sets: Vec<SetStatusReport>,
}

/// Dialogs.
pub enum Popup {
    /// Key help.
    Help,
    /// Unseal a secret.
    Unseal(Box<UnsealState>),
    /// Verify a sheet.
    Verify(VerifyState),
    /// A form: add a secret, a person, settings, export...
    Form(Box<FormState>),
}

/// Fields of the unseal dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsealField {
    /// Reason category.
    Category,
    /// Reason text.
    Reason,
    /// Approver.
    Approver,
    /// Screen, clipboard or restore command.
    Channel,
    /// The restore command line (only with the restore-command channel).
    Command,
    /// Approver PIN.
    Pin,
}

impl UnsealField {
    /// The next field (Tab).
    pub fn next(self) -> Self {
        match self {
            Self::Category => Self::Reason,
            Self::Reason => Self::Approver,
            Self::Approver => Self::Channel,
            Self::Channel => Self::Command,
            Self::Command => Self::Pin,
            Self::Pin => Self::Category,
        }
    }

    /// The previous field (Shift-Tab).
    pub fn prev(self) -> Self {
        match self {
            Self::Category => Self::Pin,
            Self::Reason => Self::Category,
            Self::Approver => Self::Reason,
            Self::Channel => Self::Approver,
            Self::Command => Self::Channel,
            Self::Pin => Self::Command,
        }
    }
}

/// The reason categories, in cycling order.
pub const CATEGORIES: [crate::audit::ReasonCategory; 4] = [
    crate::audit::ReasonCategory::Restore,
    crate::audit::ReasonCategory::RestoreTest,
    crate::audit::ReasonCategory::Incident,
    crate::audit::ReasonCategory::Other,
];

/// The label of a reason category.
pub fn category_msg(c: crate::audit::ReasonCategory) -> Msg {
    use crate::audit::ReasonCategory as C;
    match c {
        C::Restore => Msg::TuiCatRestore,
        C::RestoreTest => Msg::TuiCatRestoreTest,
        C::Incident => Msg::TuiCatIncident,
        _ => Msg::TuiCatOther,
    }
}

/// The unseal dialog.
pub struct UnsealState {
    /// The secret.
    pub name: String,
    /// Focused field.
    pub field: UnsealField,
    /// Index into [`CATEGORIES`].
    pub category: usize,
    /// Reason text.
    pub reason: String,
    /// Roster approvers other than the actor.
    pub approvers: Vec<String>,
    /// Index into `approvers`.
    pub approver: usize,
    /// The approver's PIN.
    pub pin: Zeroizing<String>,
    /// Release to the clipboard (else to the screen).
    pub to_clipboard: bool,
    /// Release into a restore command (`--to exec`), typed in `command`.
    pub to_command: bool,
    /// The restore command line, split like sh; `{}` is the key's path.
    pub command: String,
    /// How the restore command ended, once it ran (worded, recorded).
    pub ran: Option<String>,
    /// The label ("name vN") of a value put on the clipboard.
    pub copied: Option<String>,
    /// The last refusal or error.
    pub error: Option<String>,
    /// The released value, once unsealed.
    pub revealed: Option<Revealed>,
    /// The value was hidden again (after the timeout or on request).
    pub hidden: bool,
    /// The clipboard or command made ready, while the PIN is checked on
    /// the worker.
    pub pending: Option<PendingRelease>,
    /// A letter typed on a choice matched no option (see [`Field::hint`]).
    pub hint: bool,
}

/// A released value on screen.
pub struct Revealed {
    /// "name vN".
    pub label: String,
    /// The value as text (UTF-8 or hex). Zeroized on drop.
    pub value: Zeroizing<String>,
    /// Shown in clear (after `v`).
    pub shown: bool,
    /// When it was released.
    pub released_at: i64,
    /// When it was shown in clear (auto-hide counts from here).
    pub shown_at: Option<i64>,
    /// For TOTP: seconds the code was valid at release.
    pub totp_valid: Option<u32>,
}

/// The verify-a-sheet dialog.
#[derive(Default)]
pub struct VerifyState {
    /// Lines entered so far.
    pub lines: Vec<Zeroizing<String>>,
    /// The line being typed.
    pub input: Zeroizing<String>,
    /// Verdict or error.
    pub result: Option<(bool, String)>,
}

/// The live ✓/✗ of the share line being typed as line `line_no`: `None`
/// while it has fewer than 13 symbols (or is a file path), else whether
/// its check symbol matches. A character that is no share symbol is a ✗
/// at once.
pub fn live_line_check(line_no: usize, input: &str) -> Option<bool> {
    let typed = input.trim();
    if typed.is_empty() || is_share_path(line_no, typed) {
        return None;
    }
    match crate::shares::check_line(line_no, typed) {
        Ok(()) => Some(true),
        Err(crate::shares::ParseShareError::LineLength { found, .. }) if found < 13 => None,
        Err(_) => Some(false),
    }
}

/// Whether `input` typed as the first line names a share file or image
/// (a path) rather than a share line.
pub fn is_share_path(line_no: usize, input: &str) -> bool {
    let typed = input.trim();
    line_no == 1 && (typed.starts_with('/') || typed.starts_with('.') || typed.starts_with('~'))
}

/// The share line being typed as it is read: upper case, `O` as `0`, `I`
/// and `L` as `1` (the share alphabet's own reading, src/shares/text.rs),
/// so the typist sees what will be checked. A path is shown as typed.
pub fn share_echo(line_no: usize, input: &str) -> String {
    if is_share_path(line_no, input) {
        return input.to_string();
    }
    crate::face::input::normalise_share_line(input)
}

impl Model {
    /// A model on the unlock screen.
    pub fn new(env: &'static Env, path: PathBuf, lang: Lang, clock: Clock) -> Self {
        let now = clock();
        // No vault file yet: set one up.
        let screen = if std::fs::symlink_metadata(&path).is_ok() {
            Screen::Unlock(UnlockState::default())
        } else {
            Screen::Wizard(Box::default())
        };
        Self {
            env,
            path_label: path.display().to_string(),
            path,
            lang,
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
            clock,
            idle_secs: IDLE_SECS,
            hide_secs: HIDE_SECS,
            screen,
            popups: Vec::new(),
            session: None,
            warnings: Vec::new(),
            last_activity: now,
            ticks: 0,
            demo: None,
            notice: None,
            quit: false,
            worker: None,
            busy: None,
            abandoned: None,
            background: Vec::new(),
            effects: Vec::new(),
            lp: false,
            init_kdf: (ops::KdfChoice::Calibrate, false),
            clipboard: Box::new(crate::face::release::open_clipboard),
            clipboard_secs: CLIPBOARD_SECS,
            clip: None,
            remotes: Vec::new(),
            exec: None,
            setup_unfinished: None,
            tz: jiff::tz::TimeZone::system(),
        }
    }

    /// Now, Unix seconds.
    pub fn now(&self) -> i64 {
        (self.clock)()
    }

    /// Whether key presses go into a text field (then letters are text,
    /// not commands).
    pub fn text_focus(&self) -> bool {
        if self.busy.is_some() {
            return false;
        }
        match self.popups.last() {
            Some(Popup::Help) => false,
            // Every field of a dialog takes letters: on a choice they pick
            // the option they start, so none becomes a command (`q` on a
            // choice used to quit).
            Some(Popup::Unseal(u)) => u.revealed.is_none() && u.copied.is_none() && !u.hidden,
            Some(Popup::Verify(_)) => true,
            Some(Popup::Form(f)) => f.focused().is_some(),
            None => match &self.screen {
                Screen::Unlock(u) => {
                    !u.menu && !u.working && u.rolled_back.is_none() && u.remote.is_none()
                }
                Screen::Clone(c) => !c.working,
                Screen::Recovery(r) => !r.working,
                Screen::Main(m) => m.searching,
                Screen::Audit(a) => a.filtering,
                Screen::Shares(_) | Screen::Roster(_) => false,
                Screen::Wizard(w) => w.takes_text(),
            },
        }
    }

    /// Seconds left before the idle lock, when unlocked.
    pub fn idle_left(&self) -> Option<i64> {
        self.session
            .as_ref()
            .map(|_| (self.last_activity + self.idle_secs - self.now()).max(0))
    }

    /// Emergency events the PO has not acknowledged yet.
    pub fn has_unacknowledged(&self) -> bool {
        self.session
            .as_ref()
            .is_some_and(|s| !s.unacknowledged().is_empty())
    }

    /// Seconds left in an emergency session.
    pub fn emergency_left(&self) -> Option<i64> {
        self.session
            .as_ref()
            .and_then(|s| s.expires_at())
            .map(|t| (t - self.now()).max(0))
    }
}

impl Default for WizardState {
    fn default() -> Self {
        Self {
            step: WizardStep::Po,
            fields: vec![
                Field::text(Msg::TuiPoName),
                Field::text_with(Msg::TuiVaultName, "kluis"),
            ],
            focus: 0,
            error: None,
            po: String::new(),
            vault_name: String::new(),
            passphrase: Zeroizing::new(String::new()),
            approvers: Vec::new(),
            holders: Vec::new(),
            threshold: 0,
            printed_to: None,
            verified: Vec::new(),
            verify: VerifyState::default(),
            notes: Vec::new(),
            strength: (0, Vec::new()),
            resumed: false,
        }
    }
}
