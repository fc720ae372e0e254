//! The forms: what each one asks ([`open`]) and what submitting it does
//! ([`submit`]), through [`crate::ops`] exactly as the CLI commands do.
//!
//! # Security
//! Typed values and PINs stay in the forms' `Zeroizing` fields until they
//! are handed to ops as `Zeroizing` bytes or a [`Passphrase`]; a closed
//! form drops (and wipes) them.

use std::borrow::BorrowMut;
use std::path::PathBuf;

use zeroize::Zeroizing;

use super::common::{edit, load_main, load_roster, load_shares, spawn_on_session};
use crate::audit::export::ExportFormat;
use crate::i18n::{Lang, Msg, t};
use crate::ops::{self, Generate, NewValue, Role, SecretKind, Session};
use crate::secret::Passphrase;
use crate::tui::message::{Effect, Job, Message, Outcome};
use crate::tui::model::{
    AddPersonFocus, AddPersonForm, AddSecretForm, ConfirmForm, ExportForm, Field, FieldKind,
    FileForm, FormBody, FormKind, FormState, Model, PassphraseFocus, PassphraseForm, PrintForm,
    PrintLpForm, RotateForm, Screen, SettingsForm, TakeoverFocus, TakeoverForm, ValueFields,
};

/// The kinds offered, in the order of the choice.
const KINDS: [SecretKind; 4] = [
    SecretKind::BackupKey,
    SecretKind::Credential,
    SecretKind::Totp,
    SecretKind::Note,
];
/// The roles a person can get (the PO is set at init).
const ROLES: [Role; 3] = [Role::Approver, Role::Delegate, Role::Holder];

fn words(lang: Lang, msgs: &[Msg]) -> Vec<String> {
    msgs.iter().map(|m| t(lang, *m).to_string()).collect()
}

fn no_yes(lang: Lang) -> Vec<String> {
    words(lang, &[Msg::TuiNo, Msg::TuiYes])
}

fn value_fields(lang: Lang) -> ValueFields {
    ValueFields {
        source: Field::choice(
            Msg::TuiSource,
            words(
                lang,
                &[
                    Msg::TuiSourceTyped,
                    Msg::TuiSourceKey256,
                    Msg::TuiSourcePassphrase,
                ],
            ),
            0,
        ),
        value: Field::masked(Msg::TuiValue),
        username: Field::text(Msg::TuiUsername),
        url: Field::text(Msg::TuiUrl),
    }
}

/// New passphrase, again, and "use a weak one anyway" (as the wizard).
fn passphrase_form(lang: Lang) -> PassphraseForm {
    PassphraseForm {
        new: Field::masked(Msg::NewPassphrase),
        again: Field::masked(Msg::TuiPassphraseAgain),
        accept_weak: Field::choice(Msg::TuiAcceptWeak, no_yes(lang), 0),
    }
}

/// Roster approvers other than the actor (who may not approve their own
/// takeover), in roster order.
fn takeover_approvers(m: &Model) -> Vec<String> {
    m.session
        .as_ref()
        .map(|s| {
            let me = s.actor().person.clone();
            s.roster()
                .into_iter()
                .filter(|p| p.role == Role::Approver && p.name != me)
                .map(|p| p.name)
                .collect()
        })
        .unwrap_or_default()
}

/// What the strength of a new passphrase is measured against.
pub fn strength_inputs(m: &Model) -> Vec<String> {
    m.session
        .as_ref()
        .map(|s| vec![s.vault_name().to_string(), s.actor().person.clone()])
        .unwrap_or_default()
}

/// The new passphrase, once typed twice alike and strong enough (or
/// accepted weak); else the refusal and the field to fix (its place in
/// the form, the same for [`PassphraseForm`] and [`TakeoverForm`]).
fn new_passphrase(
    lang: Lang,
    new: &Field,
    again: &mut Field,
    accept_weak: &Field,
    inputs: &[String],
) -> Result<Passphrase, (String, PassphraseFocus)> {
    use crate::tui::check::{MIN_SCORE, strength};
    if new.text.is_empty() || *new.text != *again.text {
        again.text.clear();
        return Err((
            t(lang, Msg::TuiPassphrasesDiffer).to_string(),
            PassphraseFocus::Again,
        ));
    }
    let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    let (score, _) = strength(&new.text, &inputs);
    if score < MIN_SCORE && accept_weak.choice == 0 {
        return Err((
            format!("{} ({score}/4)", t(lang, Msg::TuiWeakPassphrase)),
            PassphraseFocus::AcceptWeak,
        ));
    }
    Ok(Passphrase::new(new.text.to_string()))
}

/// Whether `lp` is on `PATH` (then sheets can also go to the printer).
pub fn lp_available() -> bool {
    std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("lp").is_file()))
}

/// The form of `kind`, filled from the session where it edits something.
pub fn open(m: &Model, kind: FormKind) -> FormState {
    let lang = m.lang;
    let mut info = Vec::new();
    let body = match &kind {
        FormKind::AddSecret => {
            info.push(t(lang, Msg::TuiValueHowTo).to_string());
            let v = value_fields(lang);
            FormBody::AddSecret(AddSecretForm {
                name: Field::text(Msg::TuiName),
                kind: Field::choice(
                    Msg::TuiKind,
                    KINDS.iter().map(|k| k.as_str().to_string()).collect(),
                    0,
                ),
                source: v.source,
                value: v.value,
                username: v.username,
                url: v.url,
            })
        }
        FormKind::NewVersion(name) => {
            info.push(format!("{}: {name}", t(lang, Msg::TuiNewVersionOf)));
            info.push(t(lang, Msg::TuiValueHowTo).to_string());
            FormBody::NewVersion(value_fields(lang))
        }
        FormKind::RemoveSecret(name) | FormKind::RemovePerson(name) => {
            info.push(format!("{}: {name}", t(lang, Msg::TuiTypeNameToRemove)));
            FormBody::Confirm(ConfirmForm {
                typed: Field::text(Msg::TuiName),
            })
        }
        FormKind::AddPerson => {
            info.push(t(lang, Msg::TuiPinHowTo).to_string());
            FormBody::AddPerson(AddPersonForm {
                name: Field::text(Msg::TuiName),
                role: Field::choice(
                    Msg::TuiRole,
                    ROLES
                        .iter()
                        .map(|r| crate::face::terms::role(lang, *r).to_string())
                        .collect(),
                    0,
                ),
                pin: Field::masked(Msg::Pin),
                pin_again: Field::masked(Msg::TuiPinAgain),
            })
        }
        FormKind::Settings => {
            let s = m
                .session
                .as_ref()
                .map(|s| s.settings().clone())
                .unwrap_or_default();
            let lang_choice = match s.language.as_str() {
                "nl" => 1,
                "en" => 2,
                _ => 0,
            };
            FormBody::Settings(SettingsForm {
                emergency_minutes: Field::text_with(
                    Msg::TuiEmergencyMinutes,
                    &s.emergency_minutes.to_string(),
                ),
                idle_minutes: Field::text_with(
                    Msg::TuiIdleMinutes,
                    &s.idle_lock_minutes.to_string(),
                ),
                drill_days: Field::text_with(Msg::TuiDrillDays, &s.drill_interval_days.to_string()),
                language: Field::choice(
                    Msg::TuiLanguage,
                    vec![
                        t(lang, Msg::TuiLanguageEnv).to_string(),
                        "nederlands (nl)".into(),
                        "english (en)".into(),
                    ],
                    lang_choice,
                ),
            })
        }
        FormKind::PrintSheets { pending } => {
            let which = if *pending {
                Msg::TuiPendingSet
            } else {
                Msg::TuiActiveSet
            };
            info.push(t(lang, which).to_string());
            info.push(t(lang, Msg::TuiPrintHowTo).to_string());
            let dir = Field::text(Msg::TuiDirectory);
            if m.lp {
                FormBody::PrintLp(PrintLpForm {
                    dir,
                    printer: Field::choice(Msg::TuiSendToPrinter, no_yes(lang), 0),
                })
            } else {
                FormBody::Print(PrintForm { dir })
            }
        }
        FormKind::Rotate => {
            info.push(t(lang, Msg::TuiRotateHowTo).to_string());
            FormBody::Rotate(RotateForm {
                threshold: Field::text(Msg::TuiThreshold),
                holders: Field::text(Msg::TuiHolders),
                allow_one: Field::choice(Msg::TuiAllowThresholdOne, no_yes(lang), 0),
            })
        }
        FormKind::Export => FormBody::Export(ExportForm {
            format: Field::choice(Msg::TuiFormat, vec!["jsonl".into(), "csv".into()], 0),
            file: Field::text(Msg::TuiFile),
        }),
        FormKind::ChangePassphrase => {
            info.push(t(lang, Msg::TuiPasswdHowTo).to_string());
            FormBody::Passphrase(passphrase_form(lang))
        }
        FormKind::Takeover => {
            info.push(t(lang, Msg::TuiTakeoverHowTo).to_string());
            let p = passphrase_form(lang);
            let approvers = takeover_approvers(m);
            let approvers = if approvers.is_empty() {
                vec![t(lang, Msg::TuiNoApprovers).to_string()]
            } else {
                approvers
            };
            FormBody::Takeover(TakeoverForm {
                new: p.new,
                again: p.again,
                accept_weak: p.accept_weak,
                category: Field::choice(
                    Msg::TuiReasonCategory,
                    words(
                        lang,
                        &[
                            Msg::TuiCatRestore,
                            Msg::TuiCatRestoreTest,
                            Msg::TuiCatIncident,
                            Msg::TuiCatOther,
                        ],
                    ),
                    0,
                ),
                reason: Field::text(Msg::TuiReason),
                approver: Field::choice(Msg::TuiApprover, approvers, 0),
                pin: Field::masked(Msg::Pin),
            })
        }
        FormKind::Report => {
            info.push(t(lang, Msg::TuiReportHowTo).to_string());
            FormBody::File(FileForm {
                file: Field::text(Msg::TuiFile),
            })
        }
        FormKind::Acknowledge => {
            if let Some(s) = &m.session {
                info.extend(s.unacknowledged().into_iter().map(|r| {
                    crate::text::for_terminal(&crate::face::detail::describe_record(lang, r))
                        .into_owned()
                }));
            }
            info.push(String::new());
            info.push(t(lang, Msg::TuiAckHowTo).to_string());
            FormBody::Nothing
        }
    };
    let mut f = FormState::new(kind, body);
    f.info = info;
    f
}

/// Returns whether the form stays open.
pub fn form(m: &mut Model, f: &mut FormState, msg: Message) -> bool {
    let n = f.fields().len();
    match msg {
        Message::Back => return false,
        Message::Submit if f.focus + 1 < n => f.focus += 1,
        Message::Submit => match slow_submit(m, f) {
            Some(Ok(())) => f.error = None,
            Some(Err(e)) => f.error = Some(e),
            None => match submit(m, f) {
                Ok(()) => f.error = None,
                Err(e) => f.error = Some(e),
            },
        },
        msg => navigate(&mut f.body.fields_mut(), &mut f.focus, &msg),
    }
    true
}

/// Moving between fields, cycling a choice, typing into a text field.
pub fn navigate<F: BorrowMut<Field>>(fields: &mut [F], focus: &mut usize, msg: &Message) {
    let n = fields.len();
    if !matches!(msg, Message::Input(_)) {
        for f in fields.iter_mut() {
            f.borrow_mut().hint = false;
        }
    }
    let field = fields.get_mut(*focus).map(BorrowMut::borrow_mut);
    match msg {
        Message::NextField | Message::Down if n > 0 => *focus = (*focus + 1) % n,
        Message::PrevField | Message::Up if n > 0 => *focus = (*focus + n - 1) % n,
        Message::Left | Message::Right => {
            if let Some(field) = field
                && let FieldKind::Choice(opts) = &field.kind
            {
                let k = opts.len();
                field.choice = if matches!(msg, Message::Right) {
                    (field.choice + 1) % k
                } else {
                    (field.choice + k - 1) % k
                };
            }
        }
        Message::Input(c) => {
            if let Some(field) = field
                && !field.type_letter(*c)
            {
                edit(&mut field.text, msg);
            }
        }
        Message::Backspace => {
            if let Some(field) = field
                && field.takes_text()
            {
                edit(&mut field.text, msg);
            }
        }
        _ => {}
    }
}

/// Sheets written by a form's work: the notice, and the files for `lp`
/// (sent by a background job, without the session), if asked for.
pub fn sheets_written(m: &mut Model, r: Result<(String, Vec<PathBuf>), String>) {
    let lang = m.lang;
    let r = r.map(|(mut notice, files)| {
        if !files.is_empty() {
            // `lp` may wait on the print system: off the UI thread.
            notice.push_str(&format!("; {}", t(lang, Msg::TuiPrinting)));
            m.effects
                .push(Effect::Work(Job::Background(Box::new(move || {
                    Outcome::Printed(
                        files
                            .iter()
                            .try_for_each(|f| send_to_printer(f))
                            .map(|()| files.len()),
                    )
                }))));
        }
        notice
    });
    finished(m, r.map_err(|e| (e, None)));
}

/// The answer of a form's work on the worker ([`slow_submit`], [`submit`]):
/// on success the form closes and the notice shows; else the refusal shows
/// in it.
pub fn finished(m: &mut Model, r: Result<String, (String, Option<usize>)>) {
    let Some(at) = m
        .popups
        .iter()
        .rposition(|p| matches!(p, crate::tui::model::Popup::Form(_)))
    else {
        return;
    };
    match r {
        Ok(notice) => {
            let crate::tui::model::Popup::Form(f) = m.popups.remove(at) else {
                return;
            };
            m.notice = Some(notice);
            after(m, &f.kind);
            refresh(m);
        }
        Err((e, focus)) => {
            if let crate::tui::model::Popup::Form(f) = &mut m.popups[at] {
                f.error = Some(e);
                if let Some(i) = focus {
                    f.focus = i;
                }
            }
        }
    }
}

/// What a change means for the model beyond the screen.
fn after(m: &mut Model, kind: &FormKind) {
    match kind {
        FormKind::Settings => {
            if let Some(s) = &m.session {
                m.idle_secs = i64::from(s.settings().idle_lock_minutes) * 60;
            }
        }
        // The warning came from the open (ops::Notice::Unacknowledged);
        // the events are now acknowledged.
        FormKind::Acknowledge => m
            .warnings
            .retain(|w| !w.contains("since your last acknowledgement")),
        // Loud: a warning, for the rest of the session.
        FormKind::Takeover => m.warnings.extend(m.notice.take()),
        _ => {}
    }
}

/// Reloads the screen under the form after a change.
pub(super) fn refresh(m: &mut Model) {
    let selected_name = match &m.screen {
        Screen::Main(s) => s.current().map(|c| c.name.clone()),
        _ => None,
    };
    let fresh = match &m.screen {
        Screen::Main(_) => {
            let mut s = load_main(m);
            if let Some(name) = selected_name {
                s.selected = s
                    .filtered()
                    .iter()
                    .position(|c| c.name == name)
                    .unwrap_or(0);
            }
            Screen::Main(s)
        }
        Screen::Roster(_) => Screen::Roster(load_roster(m)),
        Screen::Shares(_) => Screen::Shares(load_shares(m)),
        _ => return,
    };
    m.screen = fresh;
}

fn number(lang: Lang, f: &Field) -> Result<u32, String> {
    f.trimmed()
        .parse()
        .map_err(|_| format!("{}: {}", t(lang, f.label), t(lang, Msg::TuiNotANumber)))
}

fn new_value(f: [&Field; 4], kind: Option<SecretKind>) -> NewValue {
    let [source, value, username, url] = f;
    match source.choice {
        1 => return NewValue::Generate(Generate::Key256),
        2 => return NewValue::Generate(Generate::Passphrase),
        _ => {}
    }
    // A typed credential becomes the `key: value` text the CLI reads from
    // a file; the other kinds take the typed text as it is.
    let bytes = if kind == Some(SecretKind::Credential) {
        let mut text = Zeroizing::new(String::new());
        if !username.trimmed().is_empty() {
            text.push_str(&format!("username: {}\n", username.trimmed()));
        }
        text.push_str("password: ");
        text.push_str(&value.text);
        text.push('\n');
        if !url.trimmed().is_empty() {
            text.push_str(&format!("url: {}\n", url.trimmed()));
        }
        Zeroizing::new(text.as_bytes().to_vec())
    } else {
        Zeroizing::new(value.text.as_bytes().to_vec())
    };
    NewValue::File { bytes, raw: false }
}

/// The forms whose work hashes with the vault's KDF (about a second on a
/// real vault): checked here, then run on the worker with the session
/// ([`super::spawn_on_session`]); the answer comes to [`finished`]. `None`
/// for the other forms; `Some(Err)` for a refusal before any work.
fn slow_submit(m: &mut Model, f: &mut FormState) -> Option<Result<(), String>> {
    let lang = m.lang;
    let fail = move |e: ops::OpsError| {
        format!(
            "{}: {}",
            t(lang, Msg::TuiRefused),
            crate::tui::words::ops(lang, &e)
        )
    };
    let done = move |what: Msg, name: &str| format!("{name}: {}", t(lang, what));
    let inputs = strength_inputs(m);
    let approvers = takeover_approvers(m);
    let started = match &mut f.body {
        FormBody::AddPerson(p) => {
            let name = p.name.trimmed().to_string();
            let role = ROLES[p.role.choice];
            let pin = Passphrase::new(std::mem::take(&mut *p.pin.text));
            let again = Passphrase::new(std::mem::take(&mut *p.pin_again.text));
            if pin.expose() != again.expose() {
                f.focus_on(AddPersonFocus::Pin);
                return Some(Err(t(lang, Msg::TuiPinsDiffer).to_string()));
            }
            let what = if pin.is_empty() {
                Msg::TuiWorkingSave
            } else {
                Msg::TuiWorkingPin
            };
            let pin_focus = usize::from(AddPersonFocus::Pin);
            spawn_on_session(m, what, move |s| {
                let pin = (!pin.is_empty()).then_some(&pin);
                Outcome::Form(
                    s.roster_add(&name, role, pin)
                        .map(|()| done(Msg::PersonAdded, &name))
                        .map_err(|e| (fail(e), Some(pin_focus))),
                )
            })
        }
        FormBody::Passphrase(p) => {
            let new = match new_passphrase(lang, &p.new, &mut p.again, &p.accept_weak, &inputs) {
                Ok(x) => x,
                Err((e, at)) => {
                    f.focus_on(at);
                    return Some(Err(e));
                }
            };
            spawn_on_session(m, Msg::TuiWorkingPassphrase, move |s| {
                Outcome::Form(
                    s.change_passphrase(&new)
                        .map(|()| t(lang, Msg::PassphraseChanged).to_string())
                        .map_err(|e| (fail(e), None)),
                )
            })
        }
        FormBody::Takeover(p) => {
            let new = match new_passphrase(lang, &p.new, &mut p.again, &p.accept_weak, &inputs) {
                Ok(x) => x,
                // The passphrase fields come first in both forms.
                Err((e, at)) => {
                    f.focus_on(at);
                    return Some(Err(e));
                }
            };
            let reason = p.reason.trimmed().to_string();
            if reason.is_empty() {
                f.focus_on(TakeoverFocus::Reason);
                return Some(Err(t(lang, Msg::TuiNeedReason).to_string()));
            }
            let Some(approver) = approvers.get(p.approver.choice).cloned() else {
                f.focus_on(TakeoverFocus::Approver);
                return Some(Err(t(lang, Msg::TuiNeedApprover).to_string()));
            };
            let pin = Passphrase::new(std::mem::take(&mut *p.pin.text));
            let reason = crate::audit::Reason {
                category: crate::tui::model::CATEGORIES[p.category.choice],
                text: reason,
            };
            let pin_focus = usize::from(TakeoverFocus::Pin);
            spawn_on_session(m, Msg::TuiWorkingPassphrase, move |s| {
                Outcome::Form(
                    s.takeover(&new, reason, &approver, &pin)
                        .map(|()| t(lang, Msg::TuiTakeoverDone).to_string())
                        .map_err(|e| (fail(e), Some(pin_focus))),
                )
            })
        }
        _ => return None,
    };
    Some(if started {
        Ok(())
    } else {
        Err(t(lang, Msg::TuiWorkerDied).to_string())
    })
}

/// The work of a form on the session: the notice, or the refusal worded.
type FormJob = Box<dyn FnOnce(&mut Session<'static>) -> Result<String, String> + Send>;

/// Does what the form asks. The checks that need no vault run here and
/// refuse at once (the form keeps its focus); the change itself, which
/// saves the vault (and pushes to its remotes, if any), runs on the worker
/// with the session, and the answer comes to [`finished`]. Sheets to print
/// come back with [`Outcome::Sheets`], so `lp` runs after, without the
/// session.
fn submit(m: &mut Model, f: &mut FormState) -> Result<(), String> {
    let lang = m.lang;
    let fail = move |e: ops::OpsError| {
        format!(
            "{}: {}",
            t(lang, Msg::TuiRefused),
            crate::tui::words::ops(lang, &e)
        )
    };
    let done = move |what: Msg, name: &str| format!("{name}: {}", t(lang, what));
    let lp = m.lp;
    let env = m.env;
    let job: FormJob = match (&f.kind, &mut f.body) {
        (FormKind::AddSecret, FormBody::AddSecret(a)) => {
            let name = a.name.trimmed().to_string();
            let kind = KINDS[a.kind.choice];
            let value = new_value(a.value_fields(), Some(kind));
            Box::new(move |s| {
                s.add_secret(&name, kind, value, None).map_err(fail)?;
                Ok(done(Msg::SecretStored, &name))
            })
        }
        (FormKind::NewVersion(name), FormBody::NewVersion(v)) => {
            let name = name.clone();
            // The kind decides how the typed value is read: a credential
            // becomes `key: value` text.
            let kind = m.session.as_ref().and_then(|s| {
                s.list_secrets()
                    .into_iter()
                    .find(|x| x.name == name)
                    .and_then(|x| KINDS.into_iter().find(|k| *k == x.kind))
            });
            let value = new_value(v.value_fields(), kind);
            Box::new(move |s| {
                let summary = s.update_secret(&name, value).map_err(fail)?;
                Ok(done(
                    Msg::SecretStored,
                    &format!("{name} v{}", summary.latest_version),
                ))
            })
        }
        (FormKind::RemoveSecret(name) | FormKind::RemovePerson(name), FormBody::Confirm(c)) => {
            if c.typed.trimmed() != name {
                c.typed.text.clear();
                return Err(t(lang, Msg::TuiNameMismatch).to_string());
            }
            let name = name.clone();
            if matches!(f.kind, FormKind::RemoveSecret(_)) {
                Box::new(move |s| {
                    s.remove_secret(&name).map_err(fail)?;
                    Ok(done(Msg::SecretRemoved, &name))
                })
            } else {
                Box::new(move |s| {
                    s.roster_remove(&name).map_err(fail)?;
                    Ok(done(Msg::PersonRemoved, &name))
                })
            }
        }
        (FormKind::Settings, FormBody::Settings(x)) => {
            let em = number(lang, &x.emergency_minutes)?;
            let idle = number(lang, &x.idle_minutes)?;
            let drill = number(lang, &x.drill_days)?;
            let language = ["", "nl", "en"][x.language.choice];
            Box::new(move |s| {
                s.update_settings(Some(em), Some(idle), Some(drill), Some(language))
                    .map_err(fail)?;
                Ok(t(lang, Msg::TuiSettingsSaved).to_string())
            })
        }
        (FormKind::PrintSheets { pending }, body @ (FormBody::Print(_) | FormBody::PrintLp(_))) => {
            let (dir, to_printer) = match body {
                FormBody::PrintLp(p) => (p.dir.trimmed(), lp && p.printer.choice == 1),
                FormBody::Print(p) => (p.dir.trimmed(), false),
                _ => return Err(t(lang, Msg::TuiTypeDirectory).to_string()),
            };
            let dir = PathBuf::from(dir);
            if dir.as_os_str().is_empty() {
                return Err(t(lang, Msg::TuiTypeDirectory).to_string());
            }
            let pending = *pending;
            let started = spawn_on_session(m, Msg::TuiWorkingSave, move |s| {
                Outcome::Sheets(
                    print_sheets(env, s, pending, &dir, doc_lang(lang, s))
                        .map(|files| {
                            let notice = format!(
                                "{}: {} ({})",
                                t(lang, Msg::SheetsWritten),
                                files.len(),
                                dir.display()
                            );
                            (notice, if to_printer { files } else { Vec::new() })
                        })
                        .map_err(|e| crate::tui::words::chain(lang, &e)),
                )
            });
            return if started {
                Ok(())
            } else {
                Err(t(lang, Msg::TuiWorkerDied).to_string())
            };
        }
        (FormKind::Rotate, FormBody::Rotate(r)) => {
            let k: u8 = r.threshold.trimmed().parse().map_err(|_| {
                format!(
                    "{}: {}",
                    t(lang, Msg::TuiThreshold),
                    t(lang, Msg::TuiNotANumber)
                )
            })?;
            let hs = crate::tui::check::holders(&r.holders.text, lang)?;
            let allow_one = r.allow_one.choice == 1;
            Box::new(move |s| {
                let warnings = s.shares_rotate(k, &hs, allow_one).map_err(fail)?;
                let mut out = t(lang, Msg::TuiPendingMade).to_string();
                for w in warnings {
                    let w = crate::tui::words::notice(lang, &w);
                    out.push_str(&format!(" {}: {w}.", t(lang, Msg::Warning)));
                }
                Ok(out)
            })
        }
        (FormKind::Export, FormBody::Export(x)) => {
            let format = [ExportFormat::Jsonl, ExportFormat::Csv][x.format.choice];
            let path = PathBuf::from(x.file.trimmed());
            if path.as_os_str().is_empty() {
                return Err(t(lang, Msg::TuiTypeFile).to_string());
            }
            Box::new(move |s| {
                let n = s.audit_export(format, &path).map_err(fail)?;
                Ok(format!(
                    "{}: {n} {} → {}",
                    t(lang, Msg::TuiExported),
                    t(lang, Msg::TuiRecords),
                    path.display()
                ))
            })
        }
        (FormKind::Report, FormBody::File(x)) => {
            let path = PathBuf::from(x.file.trimmed());
            if path.as_os_str().is_empty() {
                return Err(t(lang, Msg::TuiTypeReportFile).to_string());
            }
            Box::new(move |s| {
                let doc = doc_lang(lang, s);
                crate::face::report::write_report(env, s, &path, doc).map_err(|e| {
                    format!(
                        "{}: {}",
                        t(lang, Msg::TuiRefused),
                        crate::tui::words::chain(lang, &e)
                    )
                })?;
                Ok(format!(
                    "{}: {}",
                    t(lang, Msg::TuiReportWritten),
                    path.display()
                ))
            })
        }
        (FormKind::Acknowledge, FormBody::Nothing) => Box::new(move |s| {
            let n = s.acknowledge().map_err(fail)?;
            Ok(format!("{}: {n}", t(lang, Msg::TuiAcknowledged)))
        }),
        // The KDF forms go through slow_submit; a kind with the body of
        // another is not made by `open`.
        _ => return Err(t(lang, Msg::TuiWorkerDied).to_string()),
    };
    if spawn_on_session(m, Msg::TuiWorkingSave, move |s| {
        Outcome::Form(job(s).map_err(|e| (e, None)))
    }) {
        Ok(())
    } else {
        Err(t(lang, Msg::TuiWorkerDied).to_string())
    }
}

/// The language of printed sheets: the vault's setting, else the UI's.
fn doc_lang(ui: Lang, s: &Session<'_>) -> Lang {
    match s.settings().language.as_str() {
        "nl" => Lang::Nl,
        "en" => Lang::En,
        _ => ui,
    }
}

/// `kluis shares print --out DIR [--pending]` as PDF.
///
/// # Errors
/// From ops (recorded before the sheets are made) or from writing.
pub fn print_sheets(
    env: &ops::Env,
    s: &mut Session<'_>,
    pending: bool,
    dir: &std::path::Path,
    lang: Lang,
) -> anyhow::Result<Vec<PathBuf>> {
    use crate::print::{SheetContext, SheetFormat, SheetOf, write_sheets};
    let format = SheetFormat::Pdf;
    let sheets = s.shares_for_print(pending, None, format.ext())?;
    let contacts = s.sheet_contacts();
    let cx = SheetContext {
        vault_name: s.vault_name().to_string(),
        vault_id: s.vault_id(),
        date: ops::rfc3339((env.now)()).chars().take(10).collect(),
        checkpoint: s.checkpoint().to_text(),
        po: contacts.po,
        delegates: contacts.delegates,
        lang,
    };
    let of: Vec<_> = sheets
        .iter()
        .map(|p| SheetOf {
            share: &p.share,
            holder: &p.holder,
            place: &p.place,
        })
        .collect();
    write_sheets(dir, &of, &cx, format, env.io.as_ref())
}

/// `lp FILE`, its output kept off the terminal the TUI draws on.
fn send_to_printer(file: &std::path::Path) -> Result<(), String> {
    let out = std::process::Command::new("lp")
        .arg(file)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| format!("lp: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "lp {}: {}",
            file.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}
