//! The TUI's side of git remotes (issue 9): the choice offered when a
//! remote holds a newer or diverged copy, pushing pending saves from the
//! main screen, and cloning a vault when there is none yet.

use super::super::message::Message;
use super::super::model::{CloneState, Model, Screen, UnlockState};
use super::common::{edit, spawn_on_session, start_open};
use crate::i18n::{Msg, t};
use crate::ops::{self, OpsError, RemoteError, SyncKeep};
use crate::secret::Passphrase;
use crate::tui::message::{Effect, Job, Outcome};

/// Whether an open failed because of a remote that holds a newer copy
/// (`Some(false)`) or one that diverged (`Some(true)`).
pub fn remote_choice(e: &OpsError) -> Option<bool> {
    match e {
        OpsError::Remote(RemoteError::Newer { .. }) => Some(false),
        OpsError::Remote(RemoteError::Diverged { .. }) => Some(true),
        _ => None,
    }
}

/// The unlock screen while the sync choice is shown: Enter takes a newer
/// copy; `r` / `l` keep the remote's or this copy of a divergence; Esc
/// drops the passphrase.
pub fn unlock_choice(
    m: &mut Model,
    u: &mut UnlockState,
    pass: Passphrase,
    diverged: bool,
    msg: Message,
) {
    let keep = match (msg, diverged) {
        (Message::Submit, false) => Some(SyncKeep::Newer),
        (Message::Roster, true) => Some(SyncKeep::Remote),
        (Message::Lock, true) => Some(SyncKeep::Local),
        (Message::Back, _) => {
            u.error = None;
            return;
        }
        _ => None,
    };
    match keep {
        Some(k) => start_open(m, u, pass, false, Some(k)),
        None => u.remote = Some((pass, diverged)),
    }
}

/// `y` on the main screen: push what is pending to every remote, on the
/// worker with the session (the network may be slow); the answer comes to
/// [`synced`].
pub fn sync(m: &mut Model) {
    spawn_on_session(m, Msg::TuiWorkingSync, |s| {
        Outcome::Synced(s.sync_remotes())
    });
}

/// The push's answer: the remotes' state and the session's warnings.
pub fn synced(m: &mut Model, remotes: Vec<ops::RemoteStatus>) {
    m.remotes = remotes;
    if let Some(s) = m.session.as_ref() {
        let lang = m.lang;
        m.warnings = s
            .warnings()
            .iter()
            .map(|w| crate::tui::words::notice(lang, w))
            .collect();
    }
    m.notice = Some(t(m.lang, Msg::TuiSynced).to_string());
}

/// The clone screen: type the address, Enter clones (then the unlock
/// screen), Esc goes back to the wizard.
///
/// The clone (one `git ls-remote` and one fetch, each bounded by the
/// remote fetch timeout) runs in the background; the answer comes to
/// [`cloned`]. Keys other than Ctrl-C wait for it.
pub fn clone_screen(m: &mut Model, mut c: CloneState, msg: Message) -> Screen {
    if c.working {
        return Screen::Clone(c);
    }
    match msg {
        Message::Input(_) | Message::Backspace => edit(&mut c.url, &msg),
        Message::Back => return Screen::Wizard(Box::default()),
        Message::Submit => {
            let url = c.url.trim().to_string();
            let (env, path, lang) = (m.env, m.path.clone(), m.lang);
            c.working = true;
            c.error = None;
            m.effects
                .push(Effect::Work(Job::Background(Box::new(move || {
                    Outcome::Cloned(
                        ops::clone_vault(env, &url, &path)
                            .map(|head| {
                                crate::i18n::tf(
                                    lang,
                                    Msg::TuiClonedAt,
                                    &[
                                        ("done", &t(lang, Msg::TuiCloned)),
                                        ("generation", &head.generation),
                                        ("checkpoint", &head.checkpoint),
                                    ],
                                )
                            })
                            .map_err(|e| {
                                format!(
                                    "{}: {}",
                                    t(lang, Msg::Error),
                                    crate::tui::words::error(lang, &e)
                                )
                            }),
                    )
                }))));
        }
        _ => {}
    }
    Screen::Clone(c)
}

/// The clone's answer: the unlock screen with the notice, or the error on
/// the clone screen.
pub fn cloned(m: &mut Model, r: Result<String, String>) {
    let Screen::Clone(c) = &mut m.screen else {
        return;
    };
    c.working = false;
    match r {
        Ok(notice) => {
            m.notice = Some(notice);
            m.screen = Screen::Unlock(UnlockState::default());
        }
        Err(e) => c.error = Some(e),
    }
}
