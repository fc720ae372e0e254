//! What every part of `update` uses: editing a field, loading a
//! screen's data, asking the runner for work, taking a typed share line.
//! It imports nothing from `update` or its other children, so the screens
//! ([`super`]) and the forms, wizard and remotes beside it use it without
//! an import cycle.

use zeroize::Zeroizing;

use crate::i18n::Msg;
use crate::ops::{self, Env, Session};
use crate::secret::Passphrase;
use crate::shares::{ParseShareError, Share};
use crate::tui::message::{Effect, Job, Message, Outcome};
use crate::tui::model::{Busy, MainState, Model, Opened, RosterState, SharesState, UnlockState};

/// Asks the runner to open the vault with `job` on the worker thread; the
/// answer comes back as [`Done::Opened`] on a later tick. The slow KDF must
/// not freeze the screen (docs/ARCHITECTURE.md, habit 7).
pub(super) fn spawn(m: &mut Model, job: impl FnOnce(&'static Env) -> Opened + Send + 'static) {
    m.effects.push(Effect::Work(Job::Open(Box::new(job))));
}

/// Asks the runner to run `job` on the session on the worker thread (a
/// PIN or passphrase KDF). The session goes with it; until it is back the
/// model is [`Busy`] with `what`. False when no session is open.
pub(super) fn spawn_on_session(
    m: &mut Model,
    what: Msg,
    job: impl FnOnce(&mut ops::Session<'static>) -> Outcome + Send + 'static,
) -> bool {
    let Some(s) = m.session.take() else {
        return false;
    };
    m.busy = Some(Busy {
        what,
        vault_name: s.vault_name().to_string(),
        actor: s.actor().person.clone(),
        refused_key: false,
        quit: false,
    });
    m.effects
        .push(Effect::Work(Job::Session(Box::new(s), Box::new(job))));
    true
}

pub(super) fn load_main(m: &Model) -> MainState {
    MainState {
        secrets: m
            .session
            .as_ref()
            .map(|s| s.list_secrets())
            .unwrap_or_default(),
        ..MainState::default()
    }
}

pub(super) fn edit(field: &mut String, msg: &Message) {
    match msg {
        Message::Input(c) => field.push(*c),
        Message::Backspace => {
            field.pop();
        }
        _ => {}
    }
}

/// Opens with `pass` on the worker; a copy stays in `u.trying` until the
/// answer, for "open anyway" after a rollback or the sync choice.
pub(super) fn start_open(
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
pub(super) enum LineOutcome {
    More,
    Share(Box<Share>),
    Error(String),
}

/// Takes the typed line: a path to a share txt file or a PNG/JPEG of the
/// sheet's QR code (as the first line), or one of the six lines. Each line
/// is checked against its own check symbol when Enter completes it: a wrong
/// line stays in `input` (to correct in place) with the reason, and the
/// lines before it are kept. Only a share whose lines all pass but whose
/// overall check fails is dropped as a whole (no line can be blamed).
pub(super) fn enter_share_line(
    lang: crate::i18n::Lang,
    lines: &mut Vec<Zeroizing<String>>,
    input: &mut Zeroizing<String>,
) -> LineOutcome {
    let line = Zeroizing::new(input.trim().to_string());
    if line.is_empty() || line.eq_ignore_ascii_case("KLUIS") {
        input.clear();
        return LineOutcome::More;
    }
    if crate::tui::model::is_share_path(lines.len() + 1, &line) {
        input.clear();
        // A share file (`PATH --identity KEYFILE` for an age file) or a
        // photo of the sheet: the one share intake (src/face/intake.rs).
        return match crate::face::intake::read_typed_path(lang, &line) {
            Ok(s) => LineOutcome::Share(Box::new(s)),
            Err(e) => LineOutcome::Error(crate::tui::words::chain(lang, &e)),
        };
    }
    // The whole share on one line (a pasted QR text) is read as it is.
    let whole = lines.is_empty() && Share::parse(&line).is_ok();
    if !whole && let Err(e) = crate::shares::check_line(lines.len() + 1, &line) {
        // Kept as typed: the typist corrects this line, not the share.
        return LineOutcome::Error(crate::tui::words::error(lang, &e));
    }
    input.clear();
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
        Err(e) => {
            lines.clear();
            LineOutcome::Error(crate::tui::words::error(lang, &e))
        }
    }
}

/// Drops a verdict once the typist edits again: a refusal at once (it was
/// about the line being corrected), a success when a new share begins.
pub(super) fn clear_stale(result: &mut Option<(bool, String)>, new_share: bool) {
    if new_share || result.as_ref().is_some_and(|(ok, _)| !ok) {
        *result = None;
    }
}

pub(super) fn load_shares(m: &Model) -> SharesState {
    SharesState {
        sets: m
            .session
            .as_ref()
            .map(|s| s.shares_status())
            .unwrap_or_default(),
    }
}

/// The roster screen's data.
pub(super) fn load_roster(m: &Model) -> RosterState {
    RosterState {
        people: m.session.as_ref().map(Session::roster).unwrap_or_default(),
        selected: 0,
    }
}
