//! The forms: what each one asks ([`open`]) and what submitting it does
//! ([`submit`]), through [`crate::ops`] exactly as the CLI commands do.
//!
//! # Security
//! Typed values and PINs stay in the forms' `Zeroizing` fields until they
//! are handed to ops as `Zeroizing` bytes or a [`Passphrase`]; a closed
//! form drops (and wipes) them.

use std::path::PathBuf;

use zeroize::Zeroizing;

use super::{edit, load_main, load_shares};
use crate::audit::export::ExportFormat;
use crate::format::body::{Role, SecretKind};
use crate::i18n::{Lang, Msg, t};
use crate::ops::{self, Generate, HolderSpec, NewValue, Session};
use crate::secret::Passphrase;
use crate::tui::message::Message;
use crate::tui::model::{Field, FieldKind, FormKind, FormState, Model, RosterState, Screen};

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

fn value_fields(lang: Lang) -> Vec<Field> {
    vec![
        Field::choice(
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
        Field::masked(Msg::TuiValue),
        Field::text(Msg::TuiUsername),
        Field::text(Msg::TuiUrl),
    ]
}

/// New passphrase, again, and "use a weak one anyway" (as the wizard).
fn new_passphrase_fields(lang: Lang) -> Vec<Field> {
    vec![
        Field::masked(Msg::NewPassphrase),
        Field::masked(Msg::TuiPassphraseAgain),
        Field::choice(Msg::TuiAcceptWeak, no_yes(lang), 0),
    ]
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
                .filter(|p| p.role == "approver" && p.name != me)
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

/// The new passphrase of the first three fields, once typed twice alike
/// and strong enough (or accepted weak).
fn new_passphrase(lang: Lang, f: &mut FormState, inputs: &[String]) -> Result<Passphrase, String> {
    use super::wizard::{MIN_SCORE, strength};
    if f.fields[0].text.is_empty() || *f.fields[0].text != *f.fields[1].text {
        f.fields[1].text.clear();
        f.focus = 1;
        return Err(t(lang, Msg::TuiPassphrasesDiffer).to_string());
    }
    let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    let (score, _) = strength(&f.fields[0].text, &inputs);
    if score < MIN_SCORE && f.fields[2].choice == 0 {
        f.focus = 2;
        return Err(format!("{} ({score}/4)", t(lang, Msg::TuiWeakPassphrase)));
    }
    Ok(Passphrase::new(f.fields[0].text.to_string()))
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
    let fields = match &kind {
        FormKind::AddSecret => {
            let mut f = vec![
                Field::text(Msg::TuiName),
                Field::choice(
                    Msg::TuiKind,
                    KINDS.iter().map(|k| k.as_str().to_string()).collect(),
                    0,
                ),
            ];
            f.extend(value_fields(lang));
            info.push(t(lang, Msg::TuiValueHowTo).to_string());
            f
        }
        FormKind::NewVersion(name) => {
            info.push(format!("{}: {name}", t(lang, Msg::TuiNewVersionOf)));
            info.push(t(lang, Msg::TuiValueHowTo).to_string());
            value_fields(lang)
        }
        FormKind::RemoveSecret(name) | FormKind::RemovePerson(name) => {
            info.push(format!("{}: {name}", t(lang, Msg::TuiTypeNameToRemove)));
            vec![Field::text(Msg::TuiName)]
        }
        FormKind::AddPerson => {
            info.push(t(lang, Msg::TuiPinHowTo).to_string());
            vec![
                Field::text(Msg::TuiName),
                Field::choice(
                    Msg::TuiRole,
                    ROLES.iter().map(|r| r.as_str().to_string()).collect(),
                    0,
                ),
                Field::masked(Msg::Pin),
                Field::masked(Msg::TuiPinAgain),
            ]
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
            vec![
                Field::text_with(Msg::TuiEmergencyMinutes, &s.emergency_minutes.to_string()),
                Field::text_with(Msg::TuiIdleMinutes, &s.idle_lock_minutes.to_string()),
                Field::text_with(Msg::TuiDrillDays, &s.drill_interval_days.to_string()),
                Field::choice(
                    Msg::TuiLanguage,
                    vec![
                        t(lang, Msg::TuiLanguageEnv).to_string(),
                        "nederlands (nl)".into(),
                        "english (en)".into(),
                    ],
                    lang_choice,
                ),
            ]
        }
        FormKind::PrintSheets { pending } => {
            let which = if *pending {
                Msg::TuiPendingSet
            } else {
                Msg::TuiActiveSet
            };
            info.push(t(lang, which).to_string());
            info.push(t(lang, Msg::TuiPrintHowTo).to_string());
            let mut f = vec![Field::text(Msg::TuiDirectory)];
            if m.lp {
                f.push(Field::choice(Msg::TuiSendToPrinter, no_yes(lang), 0));
            }
            f
        }
        FormKind::Rotate => {
            info.push(t(lang, Msg::TuiRotateHowTo).to_string());
            vec![
                Field::text(Msg::TuiThreshold),
                Field::text(Msg::TuiHolders),
                Field::choice(Msg::TuiAllowThresholdOne, no_yes(lang), 0),
            ]
        }
        FormKind::Export => vec![
            Field::choice(Msg::TuiFormat, vec!["jsonl".into(), "csv".into()], 0),
            Field::text(Msg::TuiFile),
        ],
        FormKind::ChangePassphrase => {
            info.push(t(lang, Msg::TuiPasswdHowTo).to_string());
            new_passphrase_fields(lang)
        }
        FormKind::Takeover => {
            info.push(t(lang, Msg::TuiTakeoverHowTo).to_string());
            let mut f = new_passphrase_fields(lang);
            let approvers = takeover_approvers(m);
            let approvers = if approvers.is_empty() {
                vec![t(lang, Msg::TuiNoApprovers).to_string()]
            } else {
                approvers
            };
            f.extend([
                Field::choice(
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
                Field::text(Msg::TuiReason),
                Field::choice(Msg::TuiApprover, approvers, 0),
                Field::masked(Msg::Pin),
            ]);
            f
        }
        FormKind::Report => {
            info.push(t(lang, Msg::TuiReportHowTo).to_string());
            vec![Field::text(Msg::TuiFile)]
        }
        FormKind::Acknowledge => {
            if let Some(s) = &m.session {
                info.extend(
                    s.unacknowledged()
                        .into_iter()
                        .map(|r| crate::text::for_terminal(&ops::describe_record(r)).into_owned()),
                );
            }
            info.push(String::new());
            info.push(t(lang, Msg::TuiAckHowTo).to_string());
            Vec::new()
        }
    };
    let mut f = FormState::new(kind, fields);
    f.info = info;
    f
}

/// Returns whether the form stays open.
pub fn form(m: &mut Model, f: &mut FormState, msg: Message) -> bool {
    let n = f.fields.len();
    match msg {
        Message::Back => return false,
        Message::Submit if f.focus + 1 < n => f.focus += 1,
        Message::Submit => match submit(m, f) {
            Ok(notice) => {
                m.notice = Some(notice);
                after(m, &f.kind);
                refresh(m);
                return false;
            }
            Err(e) => f.error = Some(e),
        },
        msg => navigate(&mut f.fields, &mut f.focus, &msg),
    }
    true
}

/// Moving between fields, cycling a choice, typing into a text field.
pub fn navigate(fields: &mut [Field], focus: &mut usize, msg: &Message) {
    let n = fields.len();
    match msg {
        Message::NextField | Message::Down if n > 0 => *focus = (*focus + 1) % n,
        Message::PrevField | Message::Up if n > 0 => *focus = (*focus + n - 1) % n,
        Message::Left | Message::Right => {
            if let Some(field) = fields.get_mut(*focus)
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
        Message::Input(_) | Message::Backspace => {
            if let Some(field) = fields.get_mut(*focus)
                && field.takes_text()
            {
                edit(&mut field.text, msg);
            }
        }
        _ => {}
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
fn refresh(m: &mut Model) {
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

/// The roster screen's data.
pub fn load_roster(m: &Model) -> RosterState {
    RosterState {
        people: m.session.as_ref().map(Session::roster).unwrap_or_default(),
        selected: 0,
    }
}

fn number(lang: Lang, f: &Field) -> Result<u32, String> {
    f.trimmed()
        .parse()
        .map_err(|_| format!("{}: {}", t(lang, f.label), t(lang, Msg::TuiNotANumber)))
}

/// Parses `LABEL@PLACE, LABEL@PLACE, ...`.
pub fn holders(text: &str) -> Result<Vec<HolderSpec>, String> {
    text.split(',')
        .filter(|h| !h.trim().is_empty())
        .map(str::parse)
        .collect()
}

fn new_value(f: &[Field], kind: Option<SecretKind>) -> Result<NewValue, String> {
    let [source, value, username, url] = f else {
        unreachable!("value_fields makes four fields");
    };
    match source.choice {
        1 => return Ok(NewValue::Generate(Generate::Key256)),
        2 => return Ok(NewValue::Generate(Generate::Passphrase)),
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
    Ok(NewValue::File { bytes, raw: false })
}

/// Does what the form asks; returns the notice, or the refusal worded.
fn submit(m: &mut Model, f: &mut FormState) -> Result<String, String> {
    let lang = m.lang;
    let fail = |e: ops::OpsError| format!("{}: {e}", t(lang, Msg::TuiRefused));
    let lp = m.lp;
    let env = m.env;
    let inputs = strength_inputs(m);
    let approvers = takeover_approvers(m);
    let Some(s) = m.session.as_mut() else {
        return Err(t(lang, Msg::TuiWorkerDied).to_string());
    };
    let done = |what: Msg, name: &str| format!("{name}: {}", t(lang, what));
    match &f.kind {
        FormKind::AddSecret => {
            let name = f.fields[0].trimmed().to_string();
            let kind = KINDS[f.fields[1].choice];
            let value = new_value(&f.fields[2..], Some(kind))?;
            s.add_secret(&name, kind, value, None).map_err(fail)?;
            Ok(done(Msg::SecretStored, &name))
        }
        FormKind::NewVersion(name) => {
            let kind = s
                .list_secrets()
                .into_iter()
                .find(|x| &x.name == name)
                .and_then(|x| KINDS.into_iter().find(|k| k.as_str() == x.kind));
            let value = new_value(&f.fields, kind)?;
            let summary = s.update_secret(name, value).map_err(fail)?;
            Ok(done(
                Msg::SecretStored,
                &format!("{name} v{}", summary.latest_version),
            ))
        }
        FormKind::RemoveSecret(name) | FormKind::RemovePerson(name) => {
            if f.fields[0].trimmed() != name {
                f.fields[0].text.clear();
                return Err(t(lang, Msg::TuiNameMismatch).to_string());
            }
            if matches!(f.kind, FormKind::RemoveSecret(_)) {
                s.remove_secret(name).map_err(fail)?;
                Ok(done(Msg::SecretRemoved, name))
            } else {
                s.roster_remove(name).map_err(fail)?;
                Ok(done(Msg::PersonRemoved, name))
            }
        }
        FormKind::AddPerson => {
            let name = f.fields[0].trimmed().to_string();
            let role = ROLES[f.fields[1].choice];
            let pin = Passphrase::new(std::mem::take(&mut *f.fields[2].text));
            let again = Passphrase::new(std::mem::take(&mut *f.fields[3].text));
            if pin.expose() != again.expose() {
                f.focus = 2;
                return Err(t(lang, Msg::TuiPinsDiffer).to_string());
            }
            let pin = (!pin.is_empty()).then_some(&pin);
            // The PIN is hashed with the vault's KDF: on a real vault this
            // takes about a second on the UI thread (the session cannot
            // leave it while the screen uses it).
            s.roster_add(&name, role, pin).map_err(|e| {
                f.focus = 2;
                fail(e)
            })?;
            Ok(done(Msg::PersonAdded, &name))
        }
        FormKind::Settings => {
            let em = number(lang, &f.fields[0])?;
            let idle = number(lang, &f.fields[1])?;
            let drill = number(lang, &f.fields[2])?;
            let language = ["", "nl", "en"][f.fields[3].choice];
            s.update_settings(Some(em), Some(idle), Some(drill), Some(language))
                .map_err(fail)?;
            Ok(t(lang, Msg::TuiSettingsSaved).to_string())
        }
        FormKind::PrintSheets { pending } => {
            let dir = PathBuf::from(f.fields[0].trimmed());
            if dir.as_os_str().is_empty() {
                return Err(t(lang, Msg::TuiTypeDirectory).to_string());
            }
            let to_printer = lp && f.fields.get(1).is_some_and(|x| x.choice == 1);
            let files = print_sheets(env, s, *pending, &dir, doc_lang(lang, s))
                .map_err(|e| format!("{e:#}"))?;
            if to_printer {
                for file in &files {
                    send_to_printer(file)?;
                }
            }
            Ok(format!(
                "{}: {} ({})",
                t(lang, Msg::SheetsWritten),
                files.len(),
                dir.display()
            ))
        }
        FormKind::Rotate => {
            let k: u8 = f.fields[0].trimmed().parse().map_err(|_| {
                format!(
                    "{}: {}",
                    t(lang, Msg::TuiThreshold),
                    t(lang, Msg::TuiNotANumber)
                )
            })?;
            let hs = holders(&f.fields[1].text)?;
            let warnings = s
                .shares_rotate(k, &hs, f.fields[2].choice == 1)
                .map_err(fail)?;
            let mut out = t(lang, Msg::TuiPendingMade).to_string();
            for w in warnings {
                out.push_str(&format!(" {}: {w}.", t(lang, Msg::Warning)));
            }
            Ok(out)
        }
        FormKind::Export => {
            let format = [ExportFormat::Jsonl, ExportFormat::Csv][f.fields[0].choice];
            let path = PathBuf::from(f.fields[1].trimmed());
            if path.as_os_str().is_empty() {
                return Err(t(lang, Msg::TuiTypeFile).to_string());
            }
            let n = s.audit_export(format, &path).map_err(fail)?;
            Ok(format!(
                "{}: {n} {} → {}",
                t(lang, Msg::TuiExported),
                t(lang, Msg::TuiRecords),
                path.display()
            ))
        }
        FormKind::ChangePassphrase => {
            let new = new_passphrase(lang, f, &inputs)?;
            // The KDF runs on the UI thread (about a second on a real
            // vault): the session cannot leave it while the screen uses it.
            s.change_passphrase(&new).map_err(fail)?;
            Ok(t(lang, Msg::PassphraseChanged).to_string())
        }
        FormKind::Takeover => {
            let new = new_passphrase(lang, f, &inputs)?;
            let reason = f.fields[4].trimmed().to_string();
            if reason.is_empty() {
                f.focus = 4;
                return Err(t(lang, Msg::TuiNeedReason).to_string());
            }
            let Some(approver) = approvers.get(f.fields[5].choice) else {
                f.focus = 5;
                return Err(t(lang, Msg::TuiNeedApprover).to_string());
            };
            let pin = Passphrase::new(std::mem::take(&mut *f.fields[6].text));
            let reason = crate::audit::Reason {
                category: crate::tui::model::CATEGORIES[f.fields[3].choice],
                text: reason,
            };
            // As for the passphrase change, the KDF runs here.
            s.takeover(&new, reason, approver, &pin).map_err(|e| {
                f.focus = 6;
                fail(e)
            })?;
            Ok(t(lang, Msg::TuiTakeoverDone).to_string())
        }
        FormKind::Report => {
            let path = PathBuf::from(f.fields[0].trimmed());
            if path.as_os_str().is_empty() {
                return Err(t(lang, Msg::TuiTypeReportFile).to_string());
            }
            let doc = doc_lang(lang, s);
            crate::face::report::write_report(env, s, &path, doc)
                .map_err(|e| format!("{}: {e:#}", t(lang, Msg::TuiRefused)))?;
            Ok(format!(
                "{}: {}",
                t(lang, Msg::TuiReportWritten),
                path.display()
            ))
        }
        FormKind::Acknowledge => {
            let n = s.acknowledge().map_err(fail)?;
            Ok(format!("{}: {n}", t(lang, Msg::TuiAcknowledged)))
        }
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
