//! The TUI's side of git remotes (issue 9): the choice offered when a
//! remote holds a newer or diverged copy, pushing pending saves from the
//! main screen, and cloning a vault when there is none yet.

use super::super::message::Message;
use super::super::model::{CloneState, Model, Screen, UnlockState};
use super::{edit, start_open};
use crate::i18n::{Msg, t};
use crate::ops::{self, OpsError, RemoteError, SyncKeep};
use crate::secret::Passphrase;

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

/// `y` on the main screen: push what is pending to every remote.
pub fn sync(m: &mut Model) {
    if let Some(s) = m.session.as_mut() {
        m.remotes = s.sync_remotes();
        m.warnings = s.warnings().iter().map(ToString::to_string).collect();
        m.notice = Some(t(m.lang, Msg::TuiSynced).to_string());
    }
}

/// The clone screen: type the address, Enter clones (then the unlock
/// screen), Esc goes back to the wizard.
///
/// The clone runs on the UI thread: it is one `git ls-remote` and one
/// fetch, each bounded by the remote fetch timeout, and no key is derived.
pub fn clone_screen(m: &mut Model, mut c: CloneState, msg: Message) -> Screen {
    match msg {
        Message::Input(_) | Message::Backspace => edit(&mut c.url, &msg),
        Message::Back => return Screen::Wizard(Box::default()),
        Message::Submit => {
            let url = c.url.trim().to_string();
            match ops::clone_vault(m.env, &url, &m.path) {
                Ok(head) => {
                    m.notice = Some(format!(
                        "{} (generation {}, {})",
                        t(m.lang, Msg::TuiCloned),
                        head.generation,
                        head.checkpoint
                    ));
                    return Screen::Unlock(UnlockState::default());
                }
                Err(e) => c.error = Some(format!("{}: {e}", t(m.lang, Msg::Error))),
            }
        }
        _ => {}
    }
    Screen::Clone(c)
}
