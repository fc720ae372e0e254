//! The set-up wizard (`kluis` on a missing vault): PO → passphrase with
//! its strength → approvers → holders (one per line) and threshold →
//! create (KDF calibration on the worker) → print the sheets → type each
//! back → a delegate (skippable) → the first secret, the backup key
//! (skippable) → done.
//!
//! `ops::init` needs the holders and threshold, so the vault is made (and
//! the KDF calibrated) after they are known, not right after the
//! passphrase; the approvers are enrolled on the same worker thread, since
//! each PIN costs one KDF run too.
//!
//! A set-up stopped after the vault was made (Ctrl-C, a crash) is found
//! again from the vault itself: its only share set has sheets not yet
//! typed back and it holds no secret. The next unlock then comes back here
//! ([`resume`]) instead of the secrets list, and quitting the wizard before
//! every sheet was typed back ends the process with an error
//! ([`unfinished`]), never exit 0.

use std::path::PathBuf;

use zeroize::Zeroizing;

use super::common::{LineOutcome, enter_share_line, spawn};
use super::forms::{navigate, print_sheets};
use crate::i18n::{Lang, Msg, t};
use crate::ops::{self, HolderSpec, InitRequest, NewValue, Role, SecretKind, Session};
use crate::secret::Passphrase;
use crate::tui::message::Message;
use crate::tui::model::{Field, Model, Opened, Screen, WizardState, WizardStep};

pub use crate::tui::check::{MIN_SCORE, strength};

fn no_yes(lang: Lang) -> Vec<String> {
    vec![t(lang, Msg::TuiNo).into(), t(lang, Msg::TuiYes).into()]
}

fn fields(step: WizardStep, lang: Lang) -> Vec<Field> {
    match step {
        WizardStep::Po => WizardState::default().fields,
        WizardStep::Passphrase => vec![
            Field::masked(Msg::NewPassphrase),
            Field::masked(Msg::TuiPassphraseAgain),
            Field::choice(Msg::TuiAcceptWeak, no_yes(lang), 0),
        ],
        WizardStep::Approvers => vec![
            Field::text(Msg::TuiName),
            Field::masked(Msg::Pin),
            Field::masked(Msg::TuiPinAgain),
        ],
        WizardStep::Holders => vec![
            Field::text(Msg::TuiHolderField),
            Field::text(Msg::TuiThreshold),
            Field::choice(Msg::TuiAllowThresholdOne, no_yes(lang), 0),
        ],
        WizardStep::Print => vec![Field::text(Msg::TuiDirectory)],
        WizardStep::Delegate => vec![Field::text(Msg::TuiName)],
        WizardStep::FirstSecret => vec![
            Field::text_with(Msg::TuiName, "backup-key"),
            Field::masked(Msg::TuiValue),
        ],
        WizardStep::Creating | WizardStep::Verify | WizardStep::Done => Vec::new(),
    }
}

fn go(w: &mut WizardState, step: WizardStep, lang: Lang) {
    w.step = step;
    w.fields = fields(step, lang);
    w.focus = 0;
    w.error = None;
}

/// One message on the wizard screen.
pub fn wizard(m: &mut Model, mut w: Box<WizardState>, msg: Message) -> Screen {
    let lang = m.lang;
    match w.step {
        WizardStep::Creating => {}
        WizardStep::Done => {
            if matches!(msg, Message::Submit) {
                return Screen::Main(super::common::load_main(m));
            }
        }
        WizardStep::Verify => verify(m, &mut w, msg),
        // The optional steps: Esc skips.
        WizardStep::Delegate if matches!(msg, Message::Back) => {
            go(&mut w, WizardStep::FirstSecret, lang);
        }
        WizardStep::FirstSecret if matches!(msg, Message::Back) => {
            go(&mut w, WizardStep::Done, lang);
        }
        // A resumed set-up: Esc leaves the sheets for later (the next
        // unlock asks again).
        WizardStep::Print if w.resumed && matches!(msg, Message::Back) => {
            return Screen::Main(super::common::load_main(m));
        }
        _ => match msg {
            Message::Back => {
                let prev = match w.step {
                    WizardStep::Passphrase => WizardStep::Po,
                    WizardStep::Approvers => WizardStep::Passphrase,
                    WizardStep::Holders => WizardStep::Approvers,
                    // The vault exists from Creating on: no way back.
                    s => s,
                };
                if prev != w.step {
                    go(&mut w, prev, lang);
                }
            }
            // Backspace on the empty holder field takes the last one back.
            Message::Backspace
                if w.step == WizardStep::Holders && w.focus == 0 && w.fields[0].text.is_empty() =>
            {
                w.holders.pop();
                w.error = None;
            }
            // One holder per Enter, never split: a place may hold commas
            // ("Office safe@Kluis, kantoor Utrecht" is one holder).
            Message::Submit if w.step == WizardStep::Holders && w.focus == 0 => {
                if let Err(e) = add_holder(&mut w, lang) {
                    w.error = Some(e);
                }
            }
            // An empty delegate or secret name skips the step.
            Message::Submit
                if matches!(w.step, WizardStep::Delegate | WizardStep::FirstSecret)
                    && w.focus == 0
                    && w.fields[0].trimmed().is_empty() =>
            {
                let next = if w.step == WizardStep::Delegate {
                    WizardStep::FirstSecret
                } else {
                    WizardStep::Done
                };
                go(&mut w, next, lang);
            }
            Message::Submit if w.focus + 1 < w.fields.len() => {
                // An empty approver name moves on: approvers are optional.
                if w.step == WizardStep::Approvers
                    && w.focus == 0
                    && w.fields[0].trimmed().is_empty()
                {
                    go(&mut w, WizardStep::Holders, lang);
                } else {
                    w.focus += 1;
                }
            }
            Message::Submit => {
                if let Err(e) = step_done(m, &mut w) {
                    w.error = Some(e);
                }
            }
            msg => {
                if matches!(msg, Message::Input(_) | Message::Backspace) {
                    w.error = None;
                }
                navigate(&mut w.fields, &mut w.focus, &msg);
            }
        },
    }
    Screen::Wizard(w)
}

/// One holder from the holder field: `NAME@PLACE`, taken whole. An empty
/// field goes on to the threshold once there is a holder.
fn add_holder(w: &mut WizardState, lang: Lang) -> Result<(), String> {
    let text = w.fields[0].trimmed().to_string();
    if text.is_empty() {
        if w.holders.is_empty() {
            return Err(t(lang, Msg::TuiAddHolder).into());
        }
        w.focus = 1;
        return Ok(());
    }
    let h = crate::tui::check::holder(&text, lang)?;
    if w.holders.iter().any(|o| o.label == h.label) {
        return Err(t(lang, Msg::TuiNameTaken).into());
    }
    w.holders.push(h);
    w.fields[0].text.clear();
    Ok(())
}

/// The step's fields are complete: check them and go on.
fn step_done(m: &mut Model, w: &mut WizardState) -> Result<(), String> {
    let lang = m.lang;
    match w.step {
        WizardStep::Po => {
            if w.fields[0].trimmed().is_empty() {
                w.focus = 0;
                return Err(t(lang, Msg::TuiTypePoName).into());
            }
            w.po = w.fields[0].trimmed().to_string();
            w.vault_name = w.fields[1].trimmed().to_string();
            go(w, WizardStep::Passphrase, lang);
        }
        WizardStep::Passphrase => {
            let (score, _) = strength(&w.fields[0].text, &[&w.po, &w.vault_name]);
            if w.fields[0].text.is_empty() || *w.fields[0].text != *w.fields[1].text {
                w.fields[1].text.clear();
                w.focus = 1;
                return Err(t(lang, Msg::TuiPassphrasesDiffer).into());
            }
            if score < MIN_SCORE && w.fields[2].choice == 0 {
                w.focus = 2;
                return Err(format!("{} ({score}/4)", t(lang, Msg::TuiWeakPassphrase)));
            }
            w.passphrase = Zeroizing::new(std::mem::take(&mut *w.fields[0].text));
            go(w, WizardStep::Approvers, lang);
        }
        WizardStep::Approvers => {
            let name = w.fields[0].trimmed().to_string();
            if *w.fields[1].text != *w.fields[2].text {
                w.fields[1].text.clear();
                w.fields[2].text.clear();
                w.focus = 1;
                return Err(t(lang, Msg::TuiPinsDiffer).into());
            }
            if w.fields[1].text.chars().count() < 6 {
                w.focus = 1;
                return Err(t(lang, Msg::TuiPinTooShort).into());
            }
            if name == w.po || w.approvers.iter().any(|(n, _)| *n == name) {
                w.focus = 0;
                return Err(t(lang, Msg::TuiNameTaken).into());
            }
            let pin = Zeroizing::new(std::mem::take(&mut *w.fields[1].text));
            w.approvers.push((name, pin));
            go(w, WizardStep::Approvers, lang);
        }
        WizardStep::Holders => {
            if w.holders.is_empty() {
                w.focus = 0;
                return Err(t(lang, Msg::TuiAddHolder).into());
            }
            let k: u8 = w.fields[1].trimmed().parse().map_err(|_| {
                format!(
                    "{}: {}",
                    t(lang, Msg::TuiThreshold),
                    t(lang, Msg::TuiNotANumber)
                )
            })?;
            w.threshold = k;
            create(m, w, w.fields[2].choice == 1);
        }
        WizardStep::Print => {
            let dir = PathBuf::from(w.fields[0].trimmed());
            if dir.as_os_str().is_empty() {
                return Err(t(lang, Msg::TuiTypeDirectory).into());
            }
            let env = m.env;
            let s = m
                .session
                .as_mut()
                .ok_or_else(|| t(lang, Msg::TuiWorkerDied).to_string())?;
            print_sheets(env, s, false, &dir, lang)
                .map_err(|e| crate::tui::words::chain(lang, &e))?;
            w.printed_to = Some(dir);
            go(w, WizardStep::Verify, lang);
        }
        WizardStep::Delegate => {
            let name = w.fields[0].trimmed().to_string();
            let s = m
                .session
                .as_mut()
                .ok_or_else(|| t(lang, Msg::TuiWorkerDied).to_string())?;
            s.roster_add(&name, Role::Delegate, None)
                .map_err(|e| refused(lang, &e))?;
            go(w, WizardStep::FirstSecret, lang);
        }
        WizardStep::FirstSecret => {
            let name = w.fields[0].trimmed().to_string();
            if w.fields[1].text.is_empty() {
                w.focus = 1;
                return Err(t(lang, Msg::TuiTypeValueOrSkip).into());
            }
            let value = NewValue::File {
                bytes: Zeroizing::new(w.fields[1].text.as_bytes().to_vec()),
                raw: false,
            };
            let s = m
                .session
                .as_mut()
                .ok_or_else(|| t(lang, Msg::TuiWorkerDied).to_string())?;
            s.add_secret(&name, SecretKind::BackupKey, value, None)
                .map_err(|e| refused(lang, &e))?;
            go(w, WizardStep::Done, lang);
        }
        WizardStep::Creating | WizardStep::Verify | WizardStep::Done => {}
    }
    Ok(())
}

/// "refused: " and the refusal in words.
fn refused(lang: Lang, e: &ops::OpsError) -> String {
    format!(
        "{}: {}",
        t(lang, Msg::TuiRefused),
        crate::tui::words::ops(lang, e)
    )
}

/// Starts `ops::init` (and the approvers' enrolment) on the worker.
fn create(m: &mut Model, w: &mut WizardState, allow_one: bool) {
    let (kdf, allow_weak) = m.init_kdf;
    let pass = Passphrase::new(w.passphrase.to_string());
    let again = Passphrase::new(w.passphrase.to_string());
    let req = InitRequest {
        po: w.po.clone(),
        name: w.vault_name.clone(),
        passphrase: pass,
        threshold: w.threshold,
        holders: w.holders.clone(),
        kdf,
        allow_weak_kdf: allow_weak,
        allow_threshold_one: allow_one,
    };
    let approvers: Vec<(String, Passphrase)> = w
        .approvers
        .iter()
        .map(|(n, p)| (n.clone(), Passphrase::new(p.to_string())))
        .collect();
    let path = m.path.clone();
    w.step = WizardStep::Creating;
    w.fields.clear();
    w.error = None;
    spawn(m, move |env| -> Opened {
        ops::init(env, &path, req)?;
        let mut s = ops::open_with_passphrase(env, &path, &again, ops::OpenOptions::default())?;
        for (name, pin) in &approvers {
            s.roster_add(name, Role::Approver, Some(pin))?;
        }
        Ok(s)
    });
}

/// The creation failed before the vault was made (the worker died): back
/// to the holders step, its fields restored, with `why`.
pub fn back_to_holders(w: &mut WizardState, lang: Lang, why: String) {
    go(w, WizardStep::Holders, lang);
    w.error = Some(why);
}

/// The worker's answer while creating.
pub fn created(m: &mut Model, w: &mut WizardState, r: Opened) {
    let lang = m.lang;
    match r {
        Ok(s) => {
            m.warnings = s
                .warnings()
                .iter()
                .map(|w| crate::tui::words::notice(lang, w))
                .collect();
            m.idle_secs = i64::from(s.settings().idle_lock_minutes) * 60;
            m.session = Some(s);
            m.last_activity = m.now();
            // The PINs and the passphrase are no longer needed.
            w.approvers.clear();
            w.passphrase = Zeroizing::new(String::new());
            go(w, WizardStep::Print, lang);
        }
        Err(e) => {
            let exists = std::fs::symlink_metadata(&m.path).is_ok();
            go(w, WizardStep::Holders, lang);
            w.error = Some(refused(lang, &e));
            if exists {
                // Made, but a later step failed: unlock it normally.
                m.notice = w.error.take();
                m.screen = Screen::Unlock(Default::default());
            }
        }
    }
}

fn verify(m: &mut Model, w: &mut WizardState, msg: Message) {
    let lang = m.lang;
    let v = &mut w.verify;
    match msg {
        Message::Input(_) | Message::Backspace => {
            super::common::clear_stale(&mut v.result, v.lines.is_empty() && v.input.is_empty());
            super::common::edit(&mut v.input, &msg);
        }
        Message::Back => {
            v.input.clear();
            v.lines.clear();
        }
        Message::Submit => match enter_share_line(lang, &mut v.lines, &mut v.input) {
            LineOutcome::More => {}
            LineOutcome::Error(e) => v.result = Some((false, e)),
            LineOutcome::Share(share) => {
                let Some(s) = m.session.as_mut() else {
                    return;
                };
                match s.verify_share(&share) {
                    Ok(c) => {
                        if !w.verified.contains(&c.index) {
                            w.verified.push(c.index);
                        }
                        v.result = Some((
                            true,
                            format!(
                                "{} {}: {}",
                                t(lang, Msg::TuiShare),
                                c.index,
                                t(lang, Msg::ShareValid)
                            ),
                        ));
                        if w.verified.len() == w.holders.len() {
                            go(w, WizardStep::Delegate, lang);
                        }
                    }
                    Err(e) => v.result = Some((false, crate::tui::words::ops(lang, &e))),
                }
            }
        },
        _ => {}
    }
}

/// The wizard again for an open vault whose set-up stopped before every
/// sheet was typed back (see the module docs), at the print step, or at
/// the type-back when every sheet was printed.
pub fn resume(s: &Session<'_>, lang: Lang) -> Option<Box<WizardState>> {
    // The PO's set-up only: a delegate in an emergency session goes on.
    if !matches!(s.mode(), ops::Mode::Po) {
        return None;
    }
    let sets = s.shares_status();
    let [set] = sets.as_slice() else {
        return None;
    };
    if set.state != ops::SetState::Active
        || set.shares.iter().all(|h| h.verified_at.is_some())
        || !s.list_secrets().is_empty()
    {
        return None;
    }
    let mut w = Box::<WizardState>::default();
    w.resumed = true;
    w.threshold = set.threshold;
    w.holders = set
        .shares
        .iter()
        .map(|h| HolderSpec {
            label: h.holder.clone(),
            place: h.place.clone(),
            // Shown only: the set exists with its recipients.
            recipient: None,
        })
        .collect();
    w.verified = set
        .shares
        .iter()
        .filter(|h| h.verified_at.is_some())
        .map(|h| h.index)
        .collect();
    let printed = set.shares.iter().all(|h| h.printed_at.is_some());
    let step = if printed {
        WizardStep::Verify
    } else {
        WizardStep::Print
    };
    go(&mut w, step, lang);
    Some(w)
}

/// Why quitting now leaves the set-up unfinished, worded in `lang`, or
/// `None` when it is done (every sheet typed back) or not a set-up.
pub fn unfinished(m: &Model) -> Option<String> {
    let Screen::Wizard(w) = &m.screen else {
        return None;
    };
    let lang = m.lang;
    match w.step {
        WizardStep::Delegate | WizardStep::FirstSecret | WizardStep::Done => None,
        _ if std::fs::symlink_metadata(&m.path).is_err() => {
            Some(t(lang, Msg::SetupCancelled).to_string())
        }
        _ => Some(format!(
            "{} ({} {}/{})",
            t(lang, Msg::SetupUnfinished),
            t(lang, Msg::TuiVerified),
            w.verified.len(),
            w.holders.len()
        )),
    }
}
