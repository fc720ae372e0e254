//! `update(&mut Model, Message) -> Option<Message>`: the one place state
//! changes. It calls [`crate::ops`] exactly as the CLI does and never
//! touches the terminal. A returned message is fed back in by the caller.

pub mod forms;
pub mod remotes;
pub mod wizard;

use std::sync::mpsc;

use zeroize::Zeroizing;

use super::message::Message;
use super::model::{
    AuditState, CATEGORIES, FormKind, MainState, Model, Opened, Popup, RecoveryStage,
    RecoveryState, Revealed, RosterState, Screen, SharesState, UnlockState, UnsealField,
    UnsealState, VerifyState, WRONG_TRIES_WARN, WizardStep,
};
use crate::error::{Classify, ExitClass};
use crate::i18n::{Msg, t};
use crate::ops::{self, Env, OpsError};
use crate::secret::Passphrase;
use crate::shares::{ParseShareError, Share};
use crate::store::StoreError;
use crate::vault::UnlockError;

/// Applies `msg` to the model; returns a follow-up message, if any.
pub fn update(m: &mut Model, msg: Message) -> Option<Message> {
    let now = m.now();
    match msg {
        Message::Tick => return tick(m, now),
        Message::Resize => return None,
        Message::Opened(r) => {
            opened(m, *r, now);
            return None;
        }
        _ => {}
    }
    m.last_activity = now;
    match msg {
        Message::Quit => {
            lock(m, None);
            m.quit = true;
            return None;
        }
        Message::Help => {
            if matches!(m.popups.last(), Some(Popup::Help)) {
                m.popups.pop();
            } else {
                m.popups.push(Popup::Help);
            }
            return None;
        }
        _ => {}
    }
    if let Some(popup) = m.popups.pop() {
        let keep = match popup {
            Popup::Help => help(msg),
            Popup::Unseal(mut u) => unseal(m, &mut u, msg, now).then_some(Popup::Unseal(u)),
            Popup::Verify(mut v) => verify(m, &mut v, msg).then_some(Popup::Verify(v)),
            Popup::Form(mut f) => forms::form(m, &mut f, msg).then_some(Popup::Form(f)),
        };
        if let Some(p) = keep {
            m.popups.push(p);
        }
        return None;
    }
    let screen = std::mem::replace(&mut m.screen, Screen::Unlock(UnlockState::default()));
    m.screen = match screen {
        Screen::Unlock(u) => unlock(m, u, msg),
        Screen::Recovery(r) => recovery(m, r, msg),
        Screen::Main(s) => main_screen(m, s, msg),
        Screen::Audit(a) => audit(m, a, msg),
        Screen::Shares(s) => shares(m, s, msg),
        Screen::Roster(r) => roster(m, r, msg),
        Screen::Wizard(w) if matches!(msg, Message::Clone) && w.step == WizardStep::Po => {
            Screen::Clone(super::model::CloneState::default())
        }
        Screen::Wizard(w) => wizard::wizard(m, w, msg),
        Screen::Clone(c) => remotes::clone_screen(m, c, msg),
    };
    None
}

/// Runs `job` on a worker thread; its result comes back as
/// [`Message::Opened`] on a later tick. The slow KDF must not freeze the
/// screen (docs/ARCHITECTURE.md, habit 7).
fn spawn(m: &mut Model, job: impl FnOnce(&'static Env) -> Opened + Send + 'static) {
    let (tx, rx) = mpsc::channel();
    let env = m.env;
    std::thread::spawn(move || {
        // If the UI quit meanwhile, the session is dropped here (unlocked).
        let _ = tx.send(job(env));
    });
    m.worker = Some(rx);
}

fn tick(m: &mut Model, now: i64) -> Option<Message> {
    m.ticks = m.ticks.wrapping_add(1);
    if let Some(rx) = &m.worker {
        match rx.try_recv() {
            Ok(r) => {
                m.worker = None;
                return Some(Message::Opened(Box::new(r)));
            }
            Err(mpsc::TryRecvError::Empty) => {}
            Err(mpsc::TryRecvError::Disconnected) => {
                m.worker = None;
                let why = t(m.lang, Msg::TuiWorkerDied).to_string();
                set_error(m, why);
            }
        }
    }
    if m.session.is_some() {
        if now - m.last_activity >= m.idle_secs {
            lock(m, Some(t(m.lang, Msg::TuiLockedIdle).to_string()));
            return None;
        }
        if m.emergency_left() == Some(0) {
            lock(m, Some(t(m.lang, Msg::TuiEmergencyEnded).to_string()));
            return None;
        }
    }
    if m.clip.as_ref().is_some_and(|c| now >= c.clear_at) {
        clear_clipboard(m);
    }
    let hide = m.hide_secs;
    for p in &mut m.popups {
        if let Popup::Unseal(u) = p
            && let Some(r) = &u.revealed
            && now - r.shown_at.unwrap_or(r.released_at) >= hide
        {
            u.revealed = None;
            u.hidden = true;
        }
    }
    None
}

fn set_error(m: &mut Model, why: String) {
    match &mut m.screen {
        Screen::Unlock(u) => {
            u.working = false;
            u.trying = None;
            u.error = Some(why);
        }
        Screen::Recovery(r) => {
            r.working = false;
            r.error = Some(why);
        }
        Screen::Wizard(w) => {
            w.step = super::model::WizardStep::Holders;
            w.error = Some(why);
        }
        _ => m.notice = Some(why),
    }
}

/// Drops the session and everything shown, and goes back to the unlock
/// screen. Dropping the popups zeroizes any released value.
pub fn lock(m: &mut Model, notice: Option<String>) {
    m.popups.clear();
    // A value still on the clipboard goes too (if it is still ours).
    clear_clipboard(m);
    if let Some(s) = m.session.take()
        && let Err(e) = s.close()
    {
        m.notice = Some(e.to_string());
    }
    m.warnings.clear();
    m.remotes.clear();
    m.screen = Screen::Unlock(UnlockState::default());
    if notice.is_some() {
        m.notice = notice;
    }
}

/// Ends the clipboard hold: clears the clipboard if it still holds our
/// value (or unconditionally when the backend cannot read back), and says
/// what happened in the notice.
fn clear_clipboard(m: &mut Model) {
    let Some(mut hold) = m.clip.take() else {
        return;
    };
    use crate::face::release::{ClipboardOutcome, clear_if_ours};
    m.notice = Some(match clear_if_ours(hold.backend.as_mut(), &hold.value) {
        Ok(ClipboardOutcome::Cleared | ClipboardOutcome::ClearedUnverified) => {
            t(m.lang, Msg::TuiClipboardCleared).to_string()
        }
        Ok(ClipboardOutcome::LeftAlone) => t(m.lang, Msg::TuiClipboardLeftAlone).to_string(),
        Err(e) => format!("{}: {e:#}", t(m.lang, Msg::Error)),
    });
}

fn opened(m: &mut Model, r: Opened, now: i64) {
    if let Screen::Wizard(w) = &mut m.screen {
        let mut w = std::mem::take(w);
        wizard::created(m, &mut w, r);
        if matches!(m.screen, Screen::Wizard(_)) {
            m.screen = Screen::Wizard(w);
        }
        return;
    }
    match r {
        Ok(s) => {
            m.warnings = s.warnings().iter().map(ToString::to_string).collect();
            m.idle_secs = i64::from(s.settings().idle_lock_minutes) * 60;
            m.remotes = s.remotes();
            m.session = Some(s);
            m.last_activity = now;
            m.notice = None;
            m.screen = Screen::Main(load_main(m));
        }
        Err(e) => {
            let lang = m.lang;
            match &mut m.screen {
                Screen::Unlock(u) => {
                    u.working = false;
                    let tried = u.trying.take();
                    if matches!(e, OpsError::RolledBack(_)) {
                        u.rolled_back = tried;
                    } else if let Some(diverged) = remotes::remote_choice(&e) {
                        u.remote = tried.map(|p| (p, diverged));
                    }
                    if matches!(e, OpsError::Unlock(UnlockError::WrongPassphrase)) {
                        u.wrong += 1;
                    } else {
                        u.wrong = 0;
                    }
                    u.error = Some(word_open_error(lang, &e, u.wrong));
                }
                Screen::Recovery(r) => {
                    r.working = false;
                    r.error = Some(word_open_error(lang, &e, 0));
                }
                _ => m.notice = Some(e.to_string()),
            }
        }
    }
}

/// A clear sentence for a failed open: the kind of failure in the user's
/// language, then the core's own message (which says what to do next).
pub fn word_open_error(lang: crate::i18n::Lang, e: &OpsError, wrong: u32) -> String {
    let head = match e {
        OpsError::Unlock(UnlockError::WrongPassphrase) if wrong >= WRONG_TRIES_WARN => {
            return format!("{} ({wrong})", t(lang, Msg::TuiWrongPassphraseMany));
        }
        OpsError::Unlock(UnlockError::WrongPassphrase) => {
            return t(lang, Msg::TuiWrongPassphrase).to_string();
        }
        OpsError::Store(StoreError::InUse { .. }) => Msg::TuiInUse,
        // The core's text advises the CLI flag; the unlock screen offers
        // "open anyway" itself (TuiRolledBackHowTo), so only the facts.
        OpsError::RolledBack(what) => {
            return format!("{}: {what}", t(lang, Msg::TuiRolledBack));
        }
        OpsError::Remote(_) => Msg::TuiRemoteProblem,
        e if e.class() == ExitClass::Damaged => Msg::TuiDamaged,
        _ => Msg::Error,
    };
    format!("{}: {e}", t(lang, head))
}

fn load_main(m: &Model) -> MainState {
    MainState {
        secrets: m
            .session
            .as_ref()
            .map(|s| s.list_secrets())
            .unwrap_or_default(),
        ..MainState::default()
    }
}

fn help(msg: Message) -> Option<Popup> {
    match msg {
        Message::Back | Message::Submit => None,
        _ => Some(Popup::Help),
    }
}

fn edit(field: &mut String, msg: &Message) {
    match msg {
        Message::Input(c) => field.push(*c),
        Message::Backspace => {
            field.pop();
        }
        _ => {}
    }
}

fn unlock(m: &mut Model, mut u: UnlockState, msg: Message) -> Screen {
    if u.working {
        return Screen::Unlock(u);
    }
    if matches!(msg, Message::Emergency) {
        return Screen::Recovery(RecoveryState::default());
    }
    // A rolled-back vault: Enter opens it anyway (ops records it), Esc
    // drops the passphrase and goes back to typing.
    if let Some(pass) = u.rolled_back.take() {
        match msg {
            Message::Submit => start_open(m, &mut u, pass, true, None),
            Message::Back => u.error = None,
            _ => u.rolled_back = Some(pass),
        }
        return Screen::Unlock(u);
    }
    if let Some((pass, diverged)) = u.remote.take() {
        remotes::unlock_choice(m, &mut u, pass, diverged, msg);
        return Screen::Unlock(u);
    }
    if u.menu {
        match msg {
            Message::Submit | Message::NextField | Message::Back | Message::PrevField => {
                u.menu = false;
            }
            _ => {}
        }
        return Screen::Unlock(u);
    }
    match msg {
        Message::Input(_) | Message::Backspace => edit(&mut u.passphrase, &msg),
        Message::Back | Message::NextField | Message::PrevField => u.menu = true,
        Message::Submit => {
            if u.passphrase.is_empty() {
                u.error = Some(t(m.lang, Msg::TuiTypePassphrase).to_string());
            } else {
                let pass = Passphrase::new(std::mem::take(&mut *u.passphrase));
                start_open(m, &mut u, pass, false, None);
            }
        }
        _ => {}
    }
    Screen::Unlock(u)
}

/// Opens with `pass` on the worker; a copy stays in `u.trying` until the
/// answer, for "open anyway" after a rollback or the sync choice.
fn start_open(
    m: &mut Model,
    u: &mut UnlockState,
    pass: Passphrase,
    allow_rollback: bool,
    sync: Option<ops::SyncKeep>,
) {
    u.trying = Some(Passphrase::new(pass.expose().to_string()));
    let path = m.path.clone();
    u.working = true;
    u.error = None;
    m.notice = None;
    spawn(m, move |env| {
        ops::open_with_passphrase(
            env,
            &path,
            &pass,
            ops::OpenOptions {
                allow_rollback,
                sync,
            },
        )
    });
}

/// What one entered share line led to.
enum LineOutcome {
    More,
    Share(Box<Share>),
    Error(String),
}

/// Largest share file read from a typed path.
const SHARE_FILE_LIMIT: u64 = 64 * 1024;

/// Whether a typed path names a PNG or JPEG (by its extension).
fn is_image(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["png", "jpg", "jpeg"].contains(&e.to_ascii_lowercase().as_str()))
}

/// Takes the typed line: a path to a share txt file or a PNG/JPEG of the
/// sheet's QR code (as the first line), or
/// one of the six lines. Each line is checked as it comes, so an error names
/// the line to retype and the lines from it on are dropped.
fn enter_share_line(
    lines: &mut Vec<Zeroizing<String>>,
    input: &mut Zeroizing<String>,
) -> LineOutcome {
    let line = Zeroizing::new(input.trim().to_string());
    input.clear();
    if line.is_empty() || line.eq_ignore_ascii_case("KLUIS") {
        return LineOutcome::More;
    }
    if lines.is_empty() && (line.starts_with('/') || line.starts_with('.') || line.starts_with('~'))
    {
        let path = match line.strip_prefix("~/") {
            Some(rest) => std::env::var_os("HOME")
                .map(std::path::PathBuf::from)
                .unwrap_or_default()
                .join(rest),
            None => std::path::PathBuf::from(&*line),
        };
        let text = if is_image(&path) {
            // A photo or scan of the sheet: its QR code holds the share.
            match crate::face::input::share_image_text(&path) {
                Ok(t) => t,
                Err(e) => return LineOutcome::Error(format!("{e:#}")),
            }
        } else {
            match crate::store::read_bounded(&path, SHARE_FILE_LIMIT) {
                Ok(b) => Zeroizing::new(String::from_utf8_lossy(&b).into_owned()),
                Err(e) => return LineOutcome::Error(e.to_string()),
            }
        };
        return match Share::parse(&text) {
            Ok(s) => LineOutcome::Share(Box::new(s)),
            Err(e) => LineOutcome::Error(format!("{}: {e}", path.display())),
        };
    }
    lines.push(line);
    let mut joined = Zeroizing::new(String::new());
    for l in lines.iter() {
        joined.push_str(l);
        joined.push('\n');
    }
    match Share::parse(&joined) {
        Ok(s) => {
            lines.clear();
            LineOutcome::Share(Box::new(s))
        }
        Err(ParseShareError::LineCount { .. } | ParseShareError::Length { .. })
            if lines.len() < 6 =>
        {
            LineOutcome::More
        }
        Err(
            e @ (ParseShareError::BadCharacter { line, .. }
            | ParseShareError::LineLength { line, .. }
            | ParseShareError::LineCheck { line }),
        ) => {
            lines.truncate((line.saturating_sub(1)).min(lines.len().saturating_sub(1)));
            LineOutcome::Error(e.to_string())
        }
        Err(e) => {
            lines.clear();
            LineOutcome::Error(e.to_string())
        }
    }
}

fn recovery(m: &mut Model, mut r: RecoveryState, msg: Message) -> Screen {
    if r.working {
        return Screen::Recovery(r);
    }
    match r.stage {
        RecoveryStage::Shares => match msg {
            Message::Input(_) | Message::Backspace => edit(&mut r.input, &msg),
            Message::Back => {
                if r.input.is_empty() && r.lines.is_empty() {
                    return Screen::Unlock(UnlockState::default());
                }
                r.input.clear();
                r.lines.clear();
            }
            Message::Submit => {
                r.error = None;
                match enter_share_line(&mut r.lines, &mut r.input) {
                    LineOutcome::More => {}
                    LineOutcome::Error(e) => r.error = Some(e),
                    LineOutcome::Share(s) => accept_share(m, &mut r, *s),
                }
            }
            _ => {}
        },
        RecoveryStage::Delegate => match msg {
            Message::Input(_) | Message::Backspace => edit(&mut r.delegate, &msg),
            Message::Back => r.stage = RecoveryStage::Shares,
            Message::Submit => {
                let who = r.delegate.trim().to_string();
                if who.is_empty() {
                    r.error = Some(t(m.lang, Msg::TuiTypeDelegate).to_string());
                } else {
                    let shares: Vec<Share> = r.shares.iter().map(|(s, _)| s.clone()).collect();
                    let path = m.path.clone();
                    r.working = true;
                    r.error = None;
                    spawn(m, move |env| {
                        ops::open_with_shares(env, &path, shares, &who, ops::OpenOptions::default())
                    });
                }
            }
            _ => {}
        },
    }
    Screen::Recovery(r)
}

fn accept_share(m: &Model, r: &mut RecoveryState, s: Share) {
    let lang = m.lang;
    match ops::verify_share(m.env, &m.path, &s) {
        Ok(check) => {
            let other_set = r
                .shares
                .first()
                .is_some_and(|(_, first)| first.set_id != check.set_id);
            let duplicate = r.shares.iter().any(|(_, c)| c.index == check.index);
            let refusal = if other_set {
                Some(Msg::TuiOtherSet)
            } else if duplicate {
                Some(Msg::TuiDuplicate)
            } else {
                None
            };
            if let Some(why) = refusal {
                let verdict = format!(
                    "{} {}: {}",
                    t(lang, Msg::TuiShare),
                    check.index,
                    t(lang, why)
                );
                r.verdicts.push((false, verdict));
                return;
            }
            r.verdicts.push((
                true,
                format!(
                    "{} {} ({} {}): {}",
                    t(lang, Msg::TuiShare),
                    check.index,
                    t(lang, Msg::TuiSet),
                    check.set_id,
                    t(lang, Msg::ShareValid)
                ),
            ));
            let need = check.threshold;
            r.shares.push((s, check));
            if r.shares.len() >= usize::from(need) {
                r.stage = RecoveryStage::Delegate;
            }
        }
        Err(e) => r.verdicts.push((
            false,
            format!("{} {}: {e}", t(lang, Msg::TuiShare), s.index()),
        )),
    }
}

fn main_screen(m: &mut Model, mut s: MainState, msg: Message) -> Screen {
    if s.searching {
        match msg {
            Message::Input(_) | Message::Backspace => {
                edit(&mut s.search, &msg);
                s.selected = 0;
            }
            Message::Submit => s.searching = false,
            Message::Back => {
                s.searching = false;
                s.search.clear();
            }
            Message::Up => s.selected = s.selected.saturating_sub(1),
            Message::Down => {
                s.selected = (s.selected + 1).min(s.filtered().len().saturating_sub(1))
            }
            _ => {}
        }
        return Screen::Main(s);
    }
    match msg {
        Message::Up => s.selected = s.selected.saturating_sub(1),
        Message::Down => s.selected = (s.selected + 1).min(s.filtered().len().saturating_sub(1)),
        Message::Search => s.searching = true,
        Message::Back => s.search.clear(),
        Message::Sync => remotes::sync(m),
        Message::Lock => {
            lock(m, None);
            return std::mem::replace(&mut m.screen, Screen::Unlock(UnlockState::default()));
        }
        Message::Audit => return Screen::Audit(load_audit(m)),
        Message::Shares => return Screen::Shares(load_shares(m)),
        Message::Roster => return Screen::Roster(forms::load_roster(m)),
        Message::New => open_form(m, FormKind::AddSecret),
        Message::Settings => open_form(m, FormKind::Settings),
        Message::Change | Message::Delete => {
            if let Some(cur) = s.current() {
                let name = cur.name.clone();
                let kind = if matches!(msg, Message::Change) {
                    FormKind::NewVersion(name)
                } else {
                    FormKind::RemoveSecret(name)
                };
                open_form(m, kind);
            }
        }
        Message::Acknowledge if has_unacknowledged(m) => open_form(m, FormKind::Acknowledge),
        Message::Passwd if m.emergency_left().is_none() => {
            open_form(m, FormKind::ChangePassphrase);
        }
        Message::Takeover if m.emergency_left().is_some() => open_form(m, FormKind::Takeover),
        Message::Unseal | Message::Submit => {
            if let Some(cur) = s.current() {
                let name = cur.name.clone();
                m.popups.push(Popup::Unseal(Box::new(new_unseal(m, name))));
            }
        }
        _ => {}
    }
    Screen::Main(s)
}

fn open_form(m: &mut Model, kind: FormKind) {
    m.notice = None;
    let f = forms::open(m, kind);
    m.popups.push(Popup::Form(Box::new(f)));
}

/// Emergency events the PO has not acknowledged yet.
pub fn has_unacknowledged(m: &Model) -> bool {
    m.session
        .as_ref()
        .is_some_and(|s| !s.unacknowledged().is_empty())
}

fn roster(m: &mut Model, mut r: RosterState, msg: Message) -> Screen {
    match msg {
        Message::Up => r.selected = r.selected.saturating_sub(1),
        Message::Down => r.selected = (r.selected + 1).min(r.people.len().saturating_sub(1)),
        Message::New => open_form(m, FormKind::AddPerson),
        Message::Settings => open_form(m, FormKind::Settings),
        Message::Delete => {
            if let Some(p) = r.people.get(r.selected) {
                let name = p.name.clone();
                open_form(m, FormKind::RemovePerson(name));
            }
        }
        Message::Back => return Screen::Main(load_main(m)),
        Message::Audit => return Screen::Audit(load_audit(m)),
        Message::Shares => return Screen::Shares(load_shares(m)),
        Message::Lock => {
            lock(m, None);
            return std::mem::replace(&mut m.screen, Screen::Unlock(UnlockState::default()));
        }
        _ => {}
    }
    Screen::Roster(r)
}

fn new_unseal(m: &Model, name: String) -> UnsealState {
    let approvers = m
        .session
        .as_ref()
        .map(|s| {
            let me = s.actor().person.clone();
            s.roster()
                .into_iter()
                .filter(|p| p.role == "approver" && p.name != me)
                .map(|p| p.name)
                .collect()
        })
        .unwrap_or_default();
    UnsealState {
        name,
        field: UnsealField::Category,
        category: 0,
        reason: String::new(),
        approvers,
        approver: 0,
        pin: Zeroizing::new(String::new()),
        to_clipboard: false,
        to_command: false,
        command: String::new(),
        ran: None,
        copied: None,
        error: None,
        revealed: None,
        hidden: false,
    }
}

/// The dialog's approver choice; `None` when the roster has none.
fn chosen_approver(u: &UnsealState) -> Option<&str> {
    u.approvers.get(u.approver).map(String::as_str)
}

/// Returns whether the dialog stays open.
fn unseal(m: &mut Model, u: &mut UnsealState, msg: Message, now: i64) -> bool {
    if u.ran.is_some() {
        return !matches!(msg, Message::Back | Message::Submit);
    }
    if u.copied.is_some() {
        match msg {
            // Clear the clipboard now rather than at the timeout.
            Message::Hide => clear_clipboard(m),
            Message::Back | Message::Submit => return false,
            _ => {}
        }
        return true;
    }
    if u.revealed.is_some() || u.hidden {
        match msg {
            Message::Reveal => {
                if let Some(r) = &mut u.revealed {
                    r.shown = true;
                    r.shown_at = Some(now);
                }
            }
            Message::Hide => {
                u.revealed = None;
                u.hidden = true;
            }
            Message::Back | Message::Submit => return false,
            _ => {}
        }
        return true;
    }
    match msg {
        Message::Back => return false,
        Message::NextField | Message::Down => {
            u.field = u.field.next();
            if u.field == UnsealField::Command && !u.to_command {
                u.field = u.field.next();
            }
        }
        Message::PrevField | Message::Up => {
            u.field = u.field.prev();
            if u.field == UnsealField::Command && !u.to_command {
                u.field = u.field.prev();
            }
        }
        Message::Left | Message::Right => {
            let fwd = matches!(msg, Message::Right);
            match u.field {
                UnsealField::Category => u.category = cycle(u.category, CATEGORIES.len(), fwd),
                UnsealField::Approver if !u.approvers.is_empty() => {
                    u.approver = cycle(u.approver, u.approvers.len(), fwd);
                }
                // screen → clipboard → restore command → screen
                UnsealField::Channel => {
                    let i = usize::from(u.to_clipboard) + 2 * usize::from(u.to_command);
                    let i = cycle(i, 3, fwd);
                    u.to_clipboard = i == 1;
                    u.to_command = i == 2;
                }
                _ => {}
            }
        }
        Message::Input(_) | Message::Backspace => match u.field {
            UnsealField::Reason => edit(&mut u.reason, &msg),
            UnsealField::Pin => edit(&mut u.pin, &msg),
            UnsealField::Command => edit(&mut u.command, &msg),
            _ => {}
        },
        Message::Submit if u.field != UnsealField::Pin => {
            u.field = u.field.next();
            if u.field == UnsealField::Command && !u.to_command {
                u.field = u.field.next();
            }
        }
        Message::Submit => do_unseal(m, u, now),
        _ => {}
    }
    true
}

fn cycle(i: usize, n: usize, fwd: bool) -> usize {
    if fwd { (i + 1) % n } else { (i + n - 1) % n }
}

/// The TUI's `kluis unseal --to screen|clipboard`: the same local checks
/// as the CLI (the clipboard is opened before anything is recorded), then
/// `unseal_check`, then `unseal` with the PIN (ops records each step), then
/// the value on the screen or on the clipboard until [`tick`] clears it.
fn do_unseal(m: &mut Model, u: &mut UnsealState, now: i64) {
    let lang = m.lang;
    let pin = Passphrase::new(std::mem::take(&mut *u.pin));
    if u.reason.trim().is_empty() {
        u.error = Some(t(lang, Msg::TuiNeedReason).to_string());
        u.field = UnsealField::Reason;
        return;
    }
    let Some(approver) = chosen_approver(u).map(str::to_string) else {
        u.error = Some(t(lang, Msg::TuiNeedApprover).to_string());
        return;
    };
    if u.to_command {
        return unseal_to_command(m, u, &approver, &pin);
    }
    // Like the CLI's preflight: no clipboard, no unseal.
    let mut backend = None;
    if u.to_clipboard {
        match (m.clipboard)() {
            Ok(b) => backend = Some(b),
            Err(e) => {
                u.error = Some(format!("{}: {e:#}", t(lang, Msg::Error)));
                u.field = UnsealField::Channel;
                return;
            }
        }
    }
    let Some(s) = m.session.as_mut() else {
        return;
    };
    let req = ops::UnsealRequest {
        name: &u.name,
        version: None,
        reason: crate::audit::Reason {
            category: CATEGORIES[u.category],
            text: u.reason.trim().to_string(),
        },
        approver: &approver,
        channel: if u.to_clipboard {
            "clipboard"
        } else {
            "screen"
        },
    };
    let result = s.unseal_check(&req).and_then(|()| s.unseal(&req, &pin));
    match result {
        Ok(out) if backend.is_some() => {
            let Ok(text) = std::str::from_utf8(&out.value) else {
                u.error = Some(t(lang, Msg::TuiClipboardBinary).to_string());
                return;
            };
            let mut b = backend.take().expect("checked");
            let value = Zeroizing::new(text.to_string());
            // A previous value still held is replaced by this one.
            m.clip = None;
            match b.set(&value) {
                Ok(()) => {
                    u.error = None;
                    u.copied = Some(out.label.clone());
                    m.clip = Some(super::model::ClipHold {
                        backend: b,
                        value,
                        clear_at: now + m.clipboard_secs,
                    });
                }
                Err(e) => u.error = Some(format!("{}: {e:#}", t(lang, Msg::Error))),
            }
        }
        Ok(out) => {
            let value = match std::str::from_utf8(&out.value) {
                Ok(text) => Zeroizing::new(text.to_string()),
                Err(_) => Zeroizing::new(data_encoding::HEXLOWER.encode(&out.value)),
            };
            u.error = None;
            u.revealed = Some(Revealed {
                label: out.label.clone(),
                value,
                shown: false,
                released_at: now,
                shown_at: None,
                totp_valid: out.totp_valid,
            });
        }
        Err(e) => {
            u.error = Some(format!("{}: {e}", t(lang, Msg::TuiRefused)));
            u.field = UnsealField::Pin;
        }
    }
}

/// The TUI's `kluis unseal --to exec -- CMD ARGS…`: the command line is
/// split like sh and checked, and the in-memory file made, before anything
/// is recorded; then `unseal_check` and `unseal_to_command` (recorded), the
/// value loaded into the sealed file, and the job left for the event loop,
/// which gives the command the terminal ([`crate::tui::run_restore_command`]).
fn unseal_to_command(m: &mut Model, u: &mut UnsealState, approver: &str, pin: &Passphrase) {
    use crate::face::exec::{ExecCommand, ValueFile};
    let lang = m.lang;
    let words = shell_words::split(&u.command)
        .map_err(|e| format!("{}: {e}", t(lang, Msg::Error)))
        .and_then(|w| {
            let w: Vec<std::ffi::OsString> = w.into_iter().map(Into::into).collect();
            ExecCommand::parse(&w).map_err(|e| format!("{}: {e}", t(lang, Msg::Error)))
        });
    let command = match words {
        Ok(c) => c,
        Err(e) => {
            u.error = Some(e);
            u.field = UnsealField::Command;
            return;
        }
    };
    let file = match ValueFile::new(&command) {
        Ok(f) => f,
        Err(e) => {
            u.error = Some(format!("{}: {e}", t(lang, Msg::Error)));
            return;
        }
    };
    let Some(s) = m.session.as_mut() else {
        return;
    };
    let program = command.name();
    let req = ops::UnsealRequest {
        name: &u.name,
        version: None,
        reason: crate::audit::Reason {
            category: CATEGORIES[u.category],
            text: u.reason.trim().to_string(),
        },
        approver,
        channel: "exec",
    };
    let out = match s
        .unseal_check(&req)
        .and_then(|()| s.unseal_to_command(&req, pin, &program))
    {
        Ok(out) => out,
        Err(e) => {
            u.error = Some(format!("{}: {e}", t(lang, Msg::TuiRefused)));
            u.field = UnsealField::Pin;
            return;
        }
    };
    let version = out.version;
    match file.load(&out.value) {
        Ok(value) => {
            u.error = None;
            m.exec = Some(super::model::ExecJob {
                command,
                value,
                name: u.name.clone(),
                version,
            });
        }
        Err(e) => {
            // Recorded as released; it reached nobody.
            let _ = s.record_command_end(&u.name, version, &program, ops::CommandEnd::NotStarted);
            u.error = Some(format!("{}: {e}", t(lang, Msg::Error)));
        }
    }
}

fn load_audit(m: &Model) -> AuditState {
    let Some(s) = m.session.as_ref() else {
        return AuditState {
            lines: Vec::new(),
            filter: String::new(),
            filtering: false,
            scroll: 0,
            chain: Ok(0),
            checkpoint: String::new(),
        };
    };
    AuditState {
        // Escaped once here for the screen (issue 10, finding 2).
        lines: s
            .audit_records()
            .iter()
            .map(|r| crate::text::for_terminal(&ops::describe_record(r)).into_owned())
            .collect(),
        filter: String::new(),
        filtering: false,
        scroll: 0,
        chain: s.audit_verify(None).map_err(|e| e.to_string()),
        checkpoint: s.checkpoint().to_string(),
    }
}

fn audit(m: &mut Model, mut a: AuditState, msg: Message) -> Screen {
    let page = 10;
    match msg {
        Message::Input(_) | Message::Backspace if a.filtering => {
            edit(&mut a.filter, &msg);
            a.scroll = 0;
        }
        Message::Submit if a.filtering => a.filtering = false,
        Message::Back if a.filtering => {
            a.filtering = false;
            a.filter.clear();
        }
        Message::Search => a.filtering = true,
        Message::Export => open_form(m, FormKind::Export),
        Message::Report => open_form(m, FormKind::Report),
        Message::Up => a.scroll = a.scroll.saturating_sub(1),
        Message::Down => a.scroll = (a.scroll + 1).min(a.filtered().len().saturating_sub(1)),
        Message::PageUp => a.scroll = a.scroll.saturating_sub(page),
        Message::PageDown => a.scroll = (a.scroll + page).min(a.filtered().len().saturating_sub(1)),
        Message::Back => return Screen::Main(load_main(m)),
        Message::Shares => return Screen::Shares(load_shares(m)),
        Message::Lock => {
            lock(m, None);
            return std::mem::replace(&mut m.screen, Screen::Unlock(UnlockState::default()));
        }
        _ => {}
    }
    Screen::Audit(a)
}

fn load_shares(m: &Model) -> SharesState {
    SharesState {
        sets: m
            .session
            .as_ref()
            .map(|s| s.shares_status())
            .unwrap_or_default(),
    }
}

fn shares(m: &mut Model, s: SharesState, msg: Message) -> Screen {
    match msg {
        Message::Reveal => m.popups.push(Popup::Verify(VerifyState::default())),
        Message::WriteSheets => {
            let pending = s.sets.iter().any(|x| x.state == "pending");
            open_form(m, FormKind::PrintSheets { pending });
        }
        Message::Rotate => open_form(m, FormKind::Rotate),
        Message::Report => open_form(m, FormKind::Report),
        Message::CommitShares => {
            let lang = m.lang;
            if let Some(session) = m.session.as_mut() {
                m.notice = Some(match session.shares_commit() {
                    Ok(()) => t(lang, Msg::TuiCommitted).to_string(),
                    Err(e) => format!("{}: {e}", t(lang, Msg::TuiRefused)),
                });
            }
            return Screen::Shares(load_shares(m));
        }
        Message::Back => return Screen::Main(load_main(m)),
        Message::Audit => return Screen::Audit(load_audit(m)),
        Message::Lock => {
            lock(m, None);
            return std::mem::replace(&mut m.screen, Screen::Unlock(UnlockState::default()));
        }
        _ => {}
    }
    Screen::Shares(s)
}

/// Returns whether the dialog stays open.
fn verify(m: &mut Model, v: &mut VerifyState, msg: Message) -> bool {
    match msg {
        Message::Back => return false,
        Message::Input(_) | Message::Backspace => {
            if v.lines.is_empty() && v.input.is_empty() {
                v.result = None;
            }
            edit(&mut v.input, &msg);
        }
        Message::Submit => match enter_share_line(&mut v.lines, &mut v.input) {
            LineOutcome::More => {}
            LineOutcome::Error(e) => v.result = Some((false, e)),
            LineOutcome::Share(share) => {
                let lang = m.lang;
                let r = match m.session.as_mut().map(|s| s.verify_share(&share)) {
                    Some(Ok(c)) => (
                        true,
                        format!(
                            "{} {} ({} {}): {}",
                            t(lang, Msg::TuiShare),
                            c.index,
                            t(lang, Msg::TuiSet),
                            c.set_id,
                            t(lang, Msg::ShareValid)
                        ),
                    ),
                    Some(Err(e)) => (false, e.to_string()),
                    None => return false,
                };
                v.result = Some(r);
                let fresh = load_shares(m);
                if let Screen::Shares(st) = &mut m.screen {
                    *st = fresh;
                }
            }
        },
        _ => {}
    }
    true
}
