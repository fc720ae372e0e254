//! The keys that act on what has focus: for the footer and the help. A
//! leaf beside the screens, so the help dialog and the footer read the
//! same list without an import cycle.

use crate::i18n::Msg;
use crate::tui::model::{Model, Popup, RecoveryStage, Screen, UnsealField};

/// The main keys of what has focus, for the footer and the help.
pub(crate) fn keys(m: &Model) -> Vec<(&'static str, Msg)> {
    offered(m, keys_of(m, m.popups.last()))
}

/// The keys of what is under the help overlay.
pub(crate) fn keys_below_help(m: &Model) -> Vec<(&'static str, Msg)> {
    let below = m.popups.iter().rev().find(|p| !matches!(p, Popup::Help));
    offered(m, keys_of(m, below))
}

/// Leaves out, in an emergency session, what only the PO may do
/// ([`crate::tui::update::po_only`]).
fn offered(m: &Model, mut keys: Vec<(&'static str, Msg)>) -> Vec<(&'static str, Msg)> {
    if m.emergency_left().is_some() && m.popups.is_empty() {
        keys.retain(|(_, what)| {
            !matches!(
                what,
                Msg::TuiKeyAddSecret
                    | Msg::TuiKeyNewVersion
                    | Msg::TuiKeyRemove
                    | Msg::TuiKeyAddPerson
                    | Msg::TuiKeyRemovePerson
                    | Msg::TuiKeySettings
                    | Msg::TuiKeyWriteSheets
                    | Msg::TuiKeyRotate
                    | Msg::TuiKeyCommit
                    | Msg::TuiKeyAck
                    | Msg::TuiKeyPasswd
                    | Msg::TuiKeyReport
            )
        });
    }
    keys
}

fn keys_of(m: &Model, top: Option<&Popup>) -> Vec<(&'static str, Msg)> {
    if m.busy.is_some() {
        // Only these act while the session is on the worker.
        return vec![("F1", Msg::TuiKeyHelp), ("Ctrl-C", Msg::TuiKeyQuit)];
    }
    match top {
        Some(Popup::Help) => return vec![("Esc", Msg::TuiKeyClose)],
        Some(Popup::Unseal(u)) if u.copied.is_some() => {
            return vec![("h", Msg::TuiKeyClearClipboard), ("Esc", Msg::TuiKeyClose)];
        }
        Some(Popup::Unseal(u)) if u.revealed.is_some() || u.hidden => {
            return vec![
                ("v", Msg::TuiKeyShow),
                ("h", Msg::TuiKeyHide),
                ("Esc", Msg::TuiKeyClose),
            ];
        }
        // Enter moves to the next field until the last, where it acts:
        // the footer says which.
        Some(Popup::Unseal(u)) => {
            let mut keys = if u.field == UnsealField::Pin {
                vec![("Tab", Msg::TuiKeyNextField), ("Enter", Msg::TuiKeyUnseal)]
            } else {
                vec![("Tab/Enter", Msg::TuiKeyNextField)]
            };
            if matches!(
                u.field,
                UnsealField::Category | UnsealField::Approver | UnsealField::Channel
            ) {
                keys.push(("←/→", Msg::TuiKeyChoose));
            }
            keys.push(("Esc", Msg::TuiKeyCancel));
            return keys;
        }
        Some(Popup::Verify(_)) => {
            return vec![("Enter", Msg::TuiKeyNextLine), ("Esc", Msg::TuiKeyClose)];
        }
        Some(Popup::Form(f)) => {
            let n = f.fields().len();
            let mut keys = if f.focus + 1 < n {
                vec![("Tab/Enter", Msg::TuiKeyNextField)]
            } else if n > 1 {
                vec![("Tab", Msg::TuiKeyNextField), ("Enter", Msg::TuiKeySubmit)]
            } else {
                vec![("Enter", Msg::TuiKeySubmit)]
            };
            if f.focused().is_some_and(|x| !x.takes_text()) {
                keys.push(("←/→", Msg::TuiKeyChoose));
            }
            keys.push(("Esc", Msg::TuiKeyCancel));
            return keys;
        }
        None => {}
    }
    match &m.screen {
        Screen::Unlock(u) if u.remote.as_ref().is_some_and(|r| r.1) => vec![
            ("r", Msg::TuiKeyKeepRemote),
            ("l", Msg::TuiKeyKeepLocal),
            ("Esc", Msg::TuiKeyCancel),
            ("q", Msg::TuiKeyQuit),
        ],
        Screen::Unlock(u) if u.remote.is_some() => vec![
            ("Enter", Msg::TuiKeySync),
            ("Esc", Msg::TuiKeyCancel),
            ("q", Msg::TuiKeyQuit),
        ],
        Screen::Clone(_) => vec![
            ("Enter", Msg::TuiKeyClone),
            ("Esc", Msg::TuiKeyBack),
            ("Ctrl-C", Msg::TuiKeyQuit),
        ],
        Screen::Unlock(u) if u.rolled_back.is_some() => vec![
            ("Enter", Msg::TuiKeyOpenAnyway),
            ("Esc", Msg::TuiKeyCancel),
            ("?", Msg::TuiKeyHelp),
            ("q", Msg::TuiKeyQuit),
        ],
        Screen::Unlock(u) if u.menu => vec![
            ("e", Msg::TuiKeyEmergency),
            ("Enter", Msg::TuiKeyBackToPassphrase),
            ("?", Msg::TuiKeyHelp),
            ("q", Msg::TuiKeyQuit),
        ],
        Screen::Unlock(_) => vec![
            ("Enter", Msg::TuiKeyUnlock),
            ("Ctrl-E", Msg::TuiKeyEmergency),
            ("Esc", Msg::TuiKeyMenu),
            ("F1", Msg::TuiKeyHelp),
        ],
        Screen::Recovery(r) if r.stage == RecoveryStage::Delegate => vec![
            ("Enter", Msg::TuiKeyOpen),
            ("Esc", Msg::TuiKeyBack),
            ("Ctrl-C", Msg::TuiKeyQuit),
        ],
        Screen::Recovery(_) => vec![
            ("Enter", Msg::TuiKeyNextLine),
            ("Esc", Msg::TuiKeyBack),
            ("Ctrl-C", Msg::TuiKeyQuit),
        ],
        Screen::Main(s) if s.searching => {
            vec![("Enter", Msg::TuiKeyDone), ("Esc", Msg::TuiKeyClear)]
        }
        Screen::Main(_) => {
            let mut k = vec![
                ("↑/↓", Msg::TuiKeyMove),
                ("u", Msg::TuiKeyUnseal),
                ("n", Msg::TuiKeyAddSecret),
                ("c", Msg::TuiKeyNewVersion),
                ("d", Msg::TuiKeyRemove),
                ("/", Msg::TuiKeySearch),
                ("a", Msg::TuiKeyAudit),
                ("s", Msg::TuiKeyShares),
                ("r", Msg::TuiKeyRoster),
                ("g", Msg::TuiKeySettings),
                ("l", Msg::TuiKeyLock),
                ("?", Msg::TuiKeyHelp),
                ("q", Msg::TuiKeyQuit),
            ];
            if m.has_unacknowledged() {
                k.insert(1, ("!", Msg::TuiKeyAck));
            }
            if !m.remotes.is_empty() {
                k.insert(1, ("y", Msg::TuiKeySync));
            }
            // Before the lock key: the passphrase change for the PO, the
            // takeover in an emergency session.
            let at = k.len() - 3;
            if m.emergency_left().is_some() {
                k.insert(at, ("T", Msg::TuiKeyTakeover));
            } else {
                k.insert(at, ("P", Msg::TuiKeyPasswd));
            }
            k
        }
        Screen::Wizard(w) if w.step == crate::tui::model::WizardStep::Creating => {
            vec![("Ctrl-C", Msg::TuiKeyQuit)]
        }
        // The vault exists from here on: Esc does not go back a step.
        Screen::Wizard(w) if w.step == crate::tui::model::WizardStep::Verify => vec![
            ("Enter", Msg::TuiKeyNextLine),
            ("Esc", Msg::TuiKeyClear),
            ("Ctrl-C", Msg::TuiKeyQuit),
        ],
        Screen::Wizard(w)
            if matches!(
                w.step,
                crate::tui::model::WizardStep::Delegate
                    | crate::tui::model::WizardStep::FirstSecret
            ) =>
        {
            vec![
                ("Enter", Msg::TuiKeyNextStep),
                ("Tab", Msg::TuiKeyNextField),
                ("Esc", Msg::TuiKeySkip),
                ("Ctrl-C", Msg::TuiKeyQuit),
            ]
        }
        Screen::Wizard(w) if w.step == crate::tui::model::WizardStep::Po => vec![
            ("Enter", Msg::TuiKeyNextStep),
            ("Tab", Msg::TuiKeyNextField),
            ("←/→", Msg::TuiKeyChoose),
            ("F2", Msg::TuiKeyClone),
            ("Esc", Msg::TuiKeyPrevStep),
            ("Ctrl-C", Msg::TuiKeyQuit),
        ],
        Screen::Wizard(_) => vec![
            ("Enter", Msg::TuiKeyNextStep),
            ("Tab", Msg::TuiKeyNextField),
            ("←/→", Msg::TuiKeyChoose),
            ("Esc", Msg::TuiKeyPrevStep),
            ("Ctrl-C", Msg::TuiKeyQuit),
        ],
        Screen::Roster(_) => vec![
            ("↑/↓", Msg::TuiKeyMove),
            ("n", Msg::TuiKeyAddPerson),
            ("d", Msg::TuiKeyRemovePerson),
            ("g", Msg::TuiKeySettings),
            ("Esc", Msg::TuiKeyBack),
            ("l", Msg::TuiKeyLock),
            ("?", Msg::TuiKeyHelp),
            ("q", Msg::TuiKeyQuit),
        ],
        Screen::Audit(a) if a.filtering => {
            vec![("Enter", Msg::TuiKeyDone), ("Esc", Msg::TuiKeyClear)]
        }
        Screen::Audit(_) => vec![
            ("↑/↓ PgUp/PgDn", Msg::TuiKeyScroll),
            ("/", Msg::TuiKeyFilter),
            ("x", Msg::TuiKeyExport),
            ("R", Msg::TuiKeyReport),
            ("Esc", Msg::TuiKeyBack),
            ("l", Msg::TuiKeyLock),
            ("?", Msg::TuiKeyHelp),
            ("q", Msg::TuiKeyQuit),
        ],
        Screen::Shares(_) => vec![
            ("v", Msg::TuiKeyVerify),
            ("w", Msg::TuiKeyWriteSheets),
            ("t", Msg::TuiKeyRotate),
            ("m", Msg::TuiKeyCommit),
            ("R", Msg::TuiKeyReport),
            ("a", Msg::TuiKeyAudit),
            ("Esc", Msg::TuiKeyBack),
            ("l", Msg::TuiKeyLock),
            ("?", Msg::TuiKeyHelp),
            ("q", Msg::TuiKeyQuit),
        ],
    }
}
