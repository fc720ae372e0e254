//! `update(&mut Model, Message) -> Vec<Effect>`: the one place state
//! changes. It calls [`crate::ops`] exactly as the CLI does and never
//! touches the terminal. What takes time (a KDF) it does not run: it
//! returns it as an [`Effect`] for the runner ([`crate::tui::dispatch`]),
//! which runs it on the worker thread; the answer comes back as
//! [`Message::Done`]. Meanwhile keys keep working ([`busy`]).

mod common;
pub mod forms;
pub mod remotes;
pub mod wizard;

use std::sync::mpsc;

use zeroize::Zeroizing;

use common::{
    LineOutcome, edit, enter_share_line, load_main, load_roster, load_shares, spawn,
    spawn_on_session, start_open,
};

use super::message::{Done, Effect, Message, Outcome};
use super::model::{
    AuditState, CATEGORIES, FormBody, FormKind, MainState, Model, Opened, PendingRelease, Popup,
    RecoveryStage, RecoveryState, Revealed, RosterState, Screen, SharesState, UnlockState,
    UnsealField, UnsealState, VerifyState, WRONG_TRIES_WARN, WizardStep,
};
use crate::error::{Classify, ExitClass};
use crate::face::intake;
use crate::i18n::{Msg, t};
use crate::ops::{self, OpsError};
use crate::secret::Passphrase;
use crate::shares::Share;
use crate::store::StoreError;
use crate::vault::UnlockError;

/// Applies `msg` to the model; returns what the runner is to do next.
pub fn update(m: &mut Model, msg: Message) -> Vec<Effect> {
    let typed = matches!(
        msg,
        Message::Input(_) | Message::Backspace | Message::Submit
    );
    if let Some(next) = apply(m, msg) {
        m.effects.push(Effect::Then(next));
    }
    if typed {
        strengths(m);
    }
    std::mem::take(&mut m.effects)
}

/// The strength of a new passphrase being typed, computed once per key
/// (zxcvbn is too slow to run on every frame) and kept for the view.
fn strengths(m: &mut Model) {
    use crate::tui::check::strength;
    let inputs = forms::strength_inputs(m);
    if let Some(Popup::Form(f)) = m.popups.last_mut() {
        let pass = match &f.body {
            FormBody::Passphrase(p) => &p.new.text,
            FormBody::Takeover(p) => &p.new.text,
            _ => return,
        };
        let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
        f.strength = strength(pass, &inputs);
    }
    if let Screen::Wizard(w) = &mut m.screen
        && w.step == WizardStep::Passphrase
    {
        let pass = w.fields.first().map_or("", |x| x.text.as_str());
        w.strength = strength(pass, &[&w.po, &w.vault_name]);
    }
}

fn apply(m: &mut Model, msg: Message) -> Option<Message> {
    let now = m.now();
    match msg {
        Message::Tick => return tick(m, now),
        Message::Resize => return None,
        Message::Done(d) => {
            match *d {
                Done::Opened(r) => opened(m, *r, now),
                Done::Session(s, outcome) => session_back(m, *s, outcome, now),
                Done::Background(outcome) => background_done(m, outcome),
            }
            return None;
        }
        _ => {}
    }
    m.last_activity = now;
    if m.busy.is_some() {
        busy(m, msg);
        return None;
    }
    if m.popups.is_empty() && m.emergency_left().is_some() && po_only(&msg) {
        // Not offered in an emergency session (the footer and the help
        // leave these keys out); the core would refuse them anyway.
        m.notice = Some(t(m.lang, Msg::TuiNotInEmergency).to_string());
        return None;
    }
    match msg {
        Message::Quit => {
            // Asked before the lock leaves the wizard's screen.
            m.setup_unfinished = wizard::unfinished(m);
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

/// Commands only the PO may give: refused by the core in an emergency
/// session (`Session::require_po`), so the TUI does not offer them there.
pub fn po_only(msg: &Message) -> bool {
    matches!(
        msg,
        Message::New
            | Message::Change
            | Message::Delete
            | Message::Settings
            | Message::WriteSheets
            | Message::Rotate
            | Message::CommitShares
            | Message::Acknowledge
            | Message::Passwd
            | Message::Report
    )
}

/// Keys while the session is on the worker: the help opens and closes,
/// quit waits for the work to end (its save must complete), and any other
/// key is answered with why it cannot act now. Nothing reaches the form
/// or dialog under the work, so nothing typed can change what it does.
fn busy(m: &mut Model, msg: Message) {
    let Some(b) = m.busy.as_mut() else {
        return;
    };
    match msg {
        Message::Help => {
            if matches!(m.popups.last(), Some(Popup::Help)) {
                m.popups.pop();
            } else {
                m.popups.push(Popup::Help);
            }
        }
        Message::Back | Message::Submit if matches!(m.popups.last(), Some(Popup::Help)) => {
            m.popups.pop();
        }
        Message::Quit => b.quit = true,
        _ => b.refused_key = true,
    }
}

/// A background job ended: say how.
fn background_done(m: &mut Model, outcome: Outcome) {
    match outcome {
        Outcome::Printed(r) => {
            m.notice = Some(match r {
                Ok(n) => format!("{}: {n}", t(m.lang, Msg::TuiPrinted)),
                Err(e) => format!("{}: {e}", t(m.lang, Msg::Error)),
            });
        }
        Outcome::Cloned(r) => remotes::cloned(m, r),
        _ => {}
    }
}

/// The session is back from the worker: put it back and apply the outcome
/// to the form or dialog that asked for it.
fn session_back(m: &mut Model, s: ops::Session<'static>, outcome: Outcome, now: i64) {
    let quit = m.busy.take().is_some_and(|b| b.quit);
    m.session = Some(s);
    m.last_activity = now;
    // The help may have been opened meanwhile; it closes with the work.
    m.popups.retain(|p| !matches!(p, Popup::Help));
    match outcome {
        Outcome::Form(r) => forms::finished(m, r),
        Outcome::Sheets(r) => forms::sheets_written(m, r),
        Outcome::Synced(r) => remotes::synced(m, r),
        Outcome::Notice(n) => {
            m.notice = Some(n);
            forms::refresh(m);
        }
        Outcome::Printed(_) | Outcome::Cloned(_) => background_done(m, outcome),
        Outcome::Unseal(r) => {
            if let Some(Popup::Unseal(mut u)) = m.popups.pop() {
                unsealed(m, &mut u, r, now);
                m.popups.push(Popup::Unseal(u));
            }
        }
    }
    if quit {
        lock(m, None);
        m.quit = true;
    }
}

fn tick(m: &mut Model, now: i64) -> Option<Message> {
    m.ticks = m.ticks.wrapping_add(1);
    // A stopped open ended: its session (if any) is dropped, which closes it.
    if let Some(rx) = &m.abandoned
        && !matches!(rx.try_recv(), Err(mpsc::TryRecvError::Empty))
    {
        m.abandoned = None;
    }
    // The recovery's worker asks which delegate acts.
    if let Screen::Recovery(r) = &mut m.screen
        && let Some(rx) = &r.asking
    {
        match rx.try_recv() {
            Ok(names) => r.offer(names),
            Err(mpsc::TryRecvError::Empty) => {}
            // The open ended before it asked (its answer follows).
            Err(mpsc::TryRecvError::Disconnected) => r.asking = None,
        }
    }
    // Background jobs: one answer per tick, the rest on the next ones.
    let mut answer = None;
    m.background.retain(|rx| {
        if answer.is_some() {
            return true;
        }
        match rx.try_recv() {
            Ok(done) => {
                answer = Some(done);
                false
            }
            Err(mpsc::TryRecvError::Empty) => true,
            Err(mpsc::TryRecvError::Disconnected) => false,
        }
    });
    if let Some(done) = answer {
        m.effects.push(Effect::Then(Message::Done(Box::new(done))));
    }
    if let Some(rx) = &m.worker {
        match rx.try_recv() {
            Ok(r) => {
                m.worker = None;
                return Some(Message::Done(Box::new(r)));
            }
            Err(mpsc::TryRecvError::Empty) => {}
            Err(mpsc::TryRecvError::Disconnected) => {
                // The session went down with the worker: locked.
                m.worker = None;
                let why = t(m.lang, Msg::TuiWorkerDied).to_string();
                if m.busy.take().is_some() {
                    lock(m, Some(why));
                } else {
                    set_error(m, why);
                }
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
            // Back to the holders with their fields (Creating has none).
            wizard::back_to_holders(w, m.lang, why);
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
        m.notice = Some(super::words::ops(m.lang, &e));
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
        Err(e) => format!(
            "{}: {}",
            t(m.lang, Msg::Error),
            super::words::chain(m.lang, &e)
        ),
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
            m.warnings = s
                .warnings()
                .iter()
                .map(|w| super::words::notice(m.lang, w))
                .collect();
            m.idle_secs = i64::from(s.settings().idle_lock_minutes) * 60;
            m.remotes = s.remotes();
            m.session = Some(s);
            m.last_activity = now;
            m.notice = None;
            m.screen = match m.session.as_ref().and_then(|s| wizard::resume(s, m.lang)) {
                Some(w) => Screen::Wizard(w),
                None => Screen::Main(load_main(m)),
            };
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
                    r.asking = None;
                    r.reply = None;
                    r.error = Some(if std::mem::take(&mut r.stopped) {
                        t(lang, Msg::TuiRecoveryStopped).to_string()
                    } else {
                        word_open_error(lang, &e, 0)
                    });
                }
                _ => m.notice = Some(super::words::ops(lang, &e)),
            }
        }
    }
}

/// A clear sentence for a failed open: the kind of failure in the user's
/// language, then the core's own message (which says what to do next).
/// The screen puts "error:" before it, so no head says "error" again, and
/// "in use" is said once (issue 12 item 5).
pub fn word_open_error(lang: crate::i18n::Lang, e: &OpsError, wrong: u32) -> String {
    let head = match e {
        OpsError::Unlock(UnlockError::WrongPassphrase) if wrong >= WRONG_TRIES_WARN => {
            return format!("{} ({wrong})", t(lang, Msg::TuiWrongPassphraseMany));
        }
        OpsError::Unlock(UnlockError::WrongPassphrase) => {
            return t(lang, Msg::TuiWrongPassphrase).to_string();
        }
        // The core's text names `kluis init` and --vault: CLI words.
        OpsError::Store(StoreError::NotFound(p)) => {
            return format!("{} {}", t(lang, Msg::TuiNoVaultAt), p.display());
        }
        OpsError::Store(StoreError::InUse { pid }) => {
            return format!(
                "{} (PID {pid}): {}",
                t(lang, Msg::TuiInUse),
                t(lang, Msg::TuiCloseOther)
            );
        }
        // The core's text advises the CLI flag; the unlock screen offers
        // "open anyway" itself (TuiRolledBackHowTo), so only the facts.
        OpsError::RolledBack(what) => {
            return format!("{}: {what}", t(lang, Msg::TuiRolledBack));
        }
        OpsError::Remote(_) => Msg::TuiRemoteProblem,
        e if e.class() == ExitClass::Damaged => Msg::TuiDamaged,
        _ => return super::words::ops(lang, e),
    };
    format!("{}: {}", t(lang, head), super::words::ops(lang, e))
}

fn help(msg: Message) -> Option<Popup> {
    match msg {
        Message::Back | Message::Submit => None,
        _ => Some(Popup::Help),
    }
}

fn unlock(m: &mut Model, mut u: UnlockState, msg: Message) -> Screen {
    if u.working {
        // Esc stops waiting: the open goes on alone and its session, if
        // any, is closed when it ends (nothing it does is lost).
        if matches!(msg, Message::Back) {
            m.abandoned = m.worker.take();
            u.working = false;
            u.trying = None;
            u.error = Some(t(m.lang, Msg::TuiOpenCancelled).to_string());
        }
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
            } else if m.abandoned.is_some() {
                // The stopped open still holds the lock: not "in use by
                // another process", only not done yet.
                u.error = Some(t(m.lang, Msg::TuiOpenCancelled).to_string());
            } else {
                let pass = Passphrase::new(std::mem::take(&mut *u.passphrase));
                start_open(m, &mut u, pass, false, None);
            }
        }
        _ => {}
    }
    Screen::Unlock(u)
}

fn recovery(m: &mut Model, mut r: RecoveryState, msg: Message) -> Screen {
    if r.working {
        // Waiting for the worker (the delegates, or the open): nothing to
        // stop safely once the quorum is in.
        return Screen::Recovery(r);
    }
    match r.stage {
        RecoveryStage::Shares => match msg {
            Message::Input(_) | Message::Backspace => {
                // The refusal was about the line now being corrected.
                r.error = None;
                edit(&mut r.input, &msg);
            }
            Message::Back => {
                if r.input.is_empty() && r.lines.is_empty() {
                    return Screen::Unlock(UnlockState::default());
                }
                r.input.clear();
                r.lines.clear();
            }
            Message::Submit => {
                r.error = None;
                match enter_share_line(m.lang, &mut r.lines, &mut r.input) {
                    LineOutcome::More => {}
                    LineOutcome::Error(e) => r.error = Some(e),
                    LineOutcome::Share(s) => {
                        accept_share(m, &mut r, *s);
                        if r.stage == RecoveryStage::Delegate {
                            open_choosing(m, &mut r);
                        }
                    }
                }
            }
            _ => {}
        },
        // The open stopped (an error): Enter tries again, Esc goes back
        // to the shares. Nothing waits on the worker.
        RecoveryStage::Delegate if r.reply.is_none() => match msg {
            Message::Submit => open_choosing(m, &mut r),
            Message::Back => r.stage = RecoveryStage::Shares,
            _ => {}
        },
        RecoveryStage::Delegate => {
            if !matches!(msg, Message::Input(_)) {
                r.hint = false;
            }
            let n = r.delegates.len();
            match msg {
                Message::Left | Message::Up if n > 0 => r.delegate = cycle(r.delegate, n, false),
                Message::Right | Message::Down | Message::NextField if n > 0 => {
                    r.delegate = cycle(r.delegate, n, true);
                }
                Message::Input(c) => {
                    let (i, hint) =
                        crate::tui::model::choose_by_letter(&r.delegates, r.delegate, c);
                    r.delegate = i;
                    r.hint = hint;
                }
                Message::Submit => match r.delegates.get(r.delegate).cloned() {
                    Some(name) => answer(&mut r, Some(name)),
                    None => r.error = Some(t(m.lang, Msg::TuiNoDelegates).to_string()),
                },
                // Stopping after the quorum opened the vault is recorded
                // (the screen says so before).
                Message::Back => {
                    r.stopped = true;
                    answer(&mut r, None);
                }
                _ => {}
            }
        }
    }
    Screen::Recovery(r)
}

/// Opens with the quorum on the worker; once the quorum opens the vault
/// the worker asks which roster delegate acts ([`RecoveryState::offer`],
/// polled on each tick) and waits for [`answer`].
fn open_choosing(m: &mut Model, r: &mut RecoveryState) {
    let shares: Vec<Share> = r.shares.shares();
    let path = m.path.clone();
    let (ask, asking) = mpsc::channel();
    let (reply, replies) = mpsc::channel::<Option<String>>();
    r.asking = Some(asking);
    r.reply = Some(reply);
    r.delegates.clear();
    r.stopped = false;
    r.working = true;
    r.error = None;
    spawn(m, move |env| {
        ops::open_with_shares_choosing(
            env,
            &path,
            shares,
            |names| {
                let _ = ask.send(names.to_vec());
                // No answer (kluis quit) stops, like Esc.
                replies.recv().ok().flatten()
            },
            ops::OpenOptions::default(),
        )
    });
}

/// The delegate's choice (or `None`: stop) to the waiting worker.
fn answer(r: &mut RecoveryState, choice: Option<String>) {
    if let Some(reply) = r.reply.take() {
        let _ = reply.send(choice);
    }
    r.working = true;
    r.error = None;
}

/// Offers a share to the recovery's intake: checked against the vault, not
/// drilled (issue 11, item 1).
fn accept_share(m: &Model, r: &mut RecoveryState, s: Share) {
    let lang = m.lang;
    let index = s.index();
    let (check, refusal) = match r.shares.offer(m.env, &m.path, s) {
        Ok(intake::Offer::Accepted { check, complete }) => {
            if complete {
                r.stage = RecoveryStage::Delegate;
            }
            (check, None)
        }
        Ok(intake::Offer::OtherSet(check)) => (check, Some(Msg::TuiOtherSet)),
        Ok(intake::Offer::Duplicate(check)) => (check, Some(Msg::TuiDuplicate)),
        Err(e) => {
            r.verdicts.push((
                false,
                format!(
                    "{} {index}: {}",
                    t(lang, Msg::TuiShare),
                    super::words::ops(lang, &e)
                ),
            ));
            return;
        }
    };
    let verdict = match refusal {
        Some(why) => format!(
            "{} {}: {}",
            t(lang, Msg::TuiShare),
            check.index,
            t(lang, why)
        ),
        None => format!(
            "{} {} ({} {}): {}",
            t(lang, Msg::TuiShare),
            check.index,
            t(lang, Msg::TuiSet),
            check.set_id,
            t(lang, Msg::ShareValid)
        ),
    };
    r.verdicts.push((refusal.is_none(), verdict));
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
        Message::Roster => return Screen::Roster(load_roster(m)),
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
        Message::Acknowledge if m.has_unacknowledged() => open_form(m, FormKind::Acknowledge),
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
                .filter(|p| p.role == ops::Role::Approver && p.name != me)
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
        pending: None,
        hint: false,
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
    if !matches!(msg, Message::Input(_)) {
        u.hint = false;
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
        Message::Input(c)
            if matches!(
                u.field,
                UnsealField::Category | UnsealField::Approver | UnsealField::Channel
            ) =>
        {
            type_on_choice(m.lang, u, c);
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

/// A letter typed on one of the dialog's choices picks the option it
/// starts (as [`crate::tui::model::Field::type_letter`]), or sets the hint.
fn type_on_choice(lang: crate::i18n::Lang, u: &mut UnsealState, c: char) {
    use crate::tui::model::{category_msg, choose_by_letter};
    let (picked, hint) = match u.field {
        UnsealField::Category => {
            let names: Vec<&str> = CATEGORIES
                .iter()
                .map(|c| t(lang, category_msg(*c)))
                .collect();
            let (i, hint) = choose_by_letter(&names, u.category, c);
            u.category = i;
            (true, hint)
        }
        UnsealField::Approver => {
            let (i, hint) = choose_by_letter(&u.approvers, u.approver, c);
            u.approver = i;
            (true, hint)
        }
        UnsealField::Channel => {
            let names = [
                t(lang, Msg::TuiChannelScreen),
                t(lang, Msg::TuiChannelClipboard),
                t(lang, Msg::TuiChannelCommand),
            ];
            let now = usize::from(u.to_clipboard) + 2 * usize::from(u.to_command);
            let (i, hint) = choose_by_letter(&names, now, c);
            u.to_clipboard = i == 1;
            u.to_command = i == 2;
            (true, hint)
        }
        _ => (false, false),
    };
    u.hint = picked && hint;
}

fn cycle(i: usize, n: usize, fwd: bool) -> usize {
    if fwd { (i + 1) % n } else { (i + n - 1) % n }
}

/// The TUI's `kluis unseal --to screen|clipboard|exec`: the same local
/// checks as the CLI (the clipboard is opened, or the command line checked
/// and its in-memory file made, before anything is recorded), then
/// `unseal_check` and `unseal` with the PIN on the worker (ops records each
/// step; the PIN's KDF takes about a second on a real vault), then
/// [`unsealed`] puts the value where it was asked for.
fn do_unseal(m: &mut Model, u: &mut UnsealState, _now: i64) {
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
    let (pending, channel, program) = if u.to_command {
        match prepare_command(lang, &u.command) {
            Ok((command, file)) => {
                let program = command.name();
                (
                    Some(PendingRelease::Command(command, file)),
                    "exec",
                    Some(program),
                )
            }
            Err((e, field)) => {
                u.error = Some(e);
                if let Some(f) = field {
                    u.field = f;
                }
                return;
            }
        }
    } else if u.to_clipboard {
        // Like the CLI's preflight: no clipboard, no unseal.
        match (m.clipboard)() {
            Ok(b) => (Some(PendingRelease::Clipboard(b)), "clipboard", None),
            Err(e) => {
                u.error = Some(format!(
                    "{}: {}",
                    t(lang, Msg::Error),
                    super::words::chain(lang, &e)
                ));
                u.field = UnsealField::Channel;
                return;
            }
        }
    } else {
        (None, "screen", None)
    };
    let name = u.name.clone();
    let reason = crate::audit::Reason {
        category: CATEGORIES[u.category],
        text: u.reason.trim().to_string(),
    };
    let started = spawn_on_session(m, Msg::TuiWorkingPin, move |s| {
        let req = ops::UnsealRequest {
            name: &name,
            version: None,
            reason,
            approver: &approver,
            channel,
        };
        // Checked once: the plan the check returns is what is released.
        Outcome::Unseal(s.unseal_check(&req).and_then(|plan| match &program {
            Some(p) => s.release_to_command(plan, &pin, p),
            None => s.release(plan, &pin),
        }))
    });
    if started {
        u.error = None;
        u.pending = pending;
    }
}

/// The restore command line split like sh and checked, and its sealed
/// in-memory file made; or the refusal and the field to fix.
fn prepare_command(
    lang: crate::i18n::Lang,
    line: &str,
) -> Result<
    (crate::face::exec::ExecCommand, crate::face::exec::ValueFile),
    (String, Option<UnsealField>),
> {
    use crate::face::exec::{ExecCommand, ValueFile};
    let command = shell_words::split(line)
        .map_err(|e| format!("{}: {e}", t(lang, Msg::Error)))
        .and_then(|w| {
            let w: Vec<std::ffi::OsString> = w.into_iter().map(Into::into).collect();
            ExecCommand::parse(&w).map_err(|e| {
                format!(
                    "{}: {}",
                    t(lang, Msg::Error),
                    crate::tui::words::error(lang, &e)
                )
            })
        })
        .map_err(|e| (e, Some(UnsealField::Command)))?;
    let file =
        ValueFile::new(&command).map_err(|e| (format!("{}: {e}", t(lang, Msg::Error)), None))?;
    Ok((command, file))
}

/// The unseal's answer from the worker: the value on the screen, on the
/// clipboard until [`tick`] clears it, or loaded into the restore
/// command's file and the job left for the event loop, which gives the
/// command the terminal ([`crate::tui::run_restore_command`]).
fn unsealed(m: &mut Model, u: &mut UnsealState, r: Result<ops::Unsealed, OpsError>, now: i64) {
    let lang = m.lang;
    let pending = u.pending.take();
    let out = match r {
        Ok(out) => out,
        Err(e) => {
            u.error = Some(format!(
                "{}: {}",
                t(lang, Msg::TuiRefused),
                super::words::ops(lang, &e)
            ));
            u.field = UnsealField::Pin;
            return;
        }
    };
    match pending {
        Some(PendingRelease::Clipboard(mut b)) => {
            let Ok(text) = std::str::from_utf8(&out.value) else {
                u.error = Some(t(lang, Msg::TuiClipboardBinary).to_string());
                return;
            };
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
                Err(e) => {
                    u.error = Some(format!(
                        "{}: {}",
                        t(lang, Msg::Error),
                        super::words::chain(lang, &e)
                    ));
                }
            }
        }
        Some(PendingRelease::Command(command, file)) => {
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
                    if let Some(s) = m.session.as_mut() {
                        let _ = s.record_command_end(
                            &u.name,
                            version,
                            &command.name(),
                            ops::CommandEnd::NotStarted,
                        );
                    }
                    u.error = Some(format!("{}: {e}", t(lang, Msg::Error)));
                }
            }
        }
        None => {
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
            .map(|r| {
                let line = crate::face::time::localize_in(
                    &crate::face::detail::describe_record(m.lang, r),
                    &m.tz,
                );
                crate::text::for_terminal(&line).into_owned()
            })
            .collect(),
        filter: String::new(),
        filtering: false,
        scroll: 0,
        chain: s
            .audit_verify(None)
            .map_err(|e| super::words::ops(m.lang, &e)),
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

fn shares(m: &mut Model, s: SharesState, msg: Message) -> Screen {
    match msg {
        Message::Reveal => m.popups.push(Popup::Verify(VerifyState::default())),
        Message::WriteSheets => {
            let pending = s.sets.iter().any(|x| x.state == ops::SetState::Pending);
            open_form(m, FormKind::PrintSheets { pending });
        }
        Message::Rotate => open_form(m, FormKind::Rotate),
        Message::Report => open_form(m, FormKind::Report),
        Message::CommitShares => {
            let lang = m.lang;
            spawn_on_session(m, Msg::TuiWorkingSave, move |session| {
                Outcome::Notice(match session.shares_commit() {
                    Ok(()) => t(lang, Msg::TuiCommitted).to_string(),
                    Err(e) => format!(
                        "{}: {}",
                        t(lang, Msg::TuiRefused),
                        super::words::ops(lang, &e)
                    ),
                })
            });
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
            common::clear_stale(&mut v.result, v.lines.is_empty() && v.input.is_empty());
            edit(&mut v.input, &msg);
        }
        Message::Submit => match enter_share_line(m.lang, &mut v.lines, &mut v.input) {
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
                    Some(Err(e)) => (false, super::words::ops(lang, &e)),
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
