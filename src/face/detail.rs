//! Audit records in words, for both faces: the detail text of a record
//! ([`crate::audit::Detail`]) worded in the reader's language from the
//! message catalogue, and one record as a line of `audit list` and of the
//! TUI's audit screen.
//!
//! The stored detail stays English and unchanged (it is hashed into the
//! chain); this is only how it reads. The English wording is the stored
//! text itself (a unit test checks every form). A detail that matches no
//! known form is shown as the record's own text, quoted.

use crate::audit::detail::Refused;
use crate::audit::{AuditRecord, AuthMethod, Detail, EventKind, Outcome, ReasonCategory};
use crate::i18n::{Lang, Msg, t, tf};
use crate::ops::{self, Role, SecretKind};

/// A role as the detail names it: the CLI word in English (as stored),
/// the glossary's word in Dutch.
fn role(lang: Lang, r: Role) -> String {
    match lang {
        Lang::En => r.as_str().to_string(),
        Lang::Nl => {
            let l = crate::print::labels(lang);
            match r {
                Role::Po => l.role_po,
                Role::Delegate => l.role_delegate,
                Role::Approver => l.role_approver,
                Role::Holder => l.role_holder,
            }
            .to_string()
        }
    }
}

/// A role after "is": "an approver" in English, "fiatteur" in Dutch.
fn role_after_is(lang: Lang, r: Role) -> String {
    match lang {
        Lang::En => crate::text::with_article(r.as_str()),
        Lang::Nl => role(lang, r),
    }
}

/// A secret kind: the CLI word in English, the catalogue's in Dutch.
fn kind(lang: Lang, k: SecretKind) -> String {
    match lang {
        Lang::En => k.as_str().to_string(),
        Lang::Nl => t(
            lang,
            match k {
                SecretKind::BackupKey => Msg::KindBackupKey,
                SecretKind::Credential => Msg::KindCredential,
                SecretKind::Totp => Msg::KindTotp,
                SecretKind::Note => Msg::KindNote,
            },
        )
        .to_string(),
    }
}

fn yes_no(lang: Lang, b: bool) -> &'static str {
    t(lang, if b { Msg::DetailTrue } else { Msg::DetailFalse })
}

fn on_off(lang: Lang, b: bool) -> &'static str {
    t(lang, if b { Msg::DetailOn } else { Msg::DetailOff })
}

/// A refusal recorded as a detail, in `lang`. Names are quoted as stored.
pub fn refused(lang: Lang, r: &Refused) -> String {
    let q = |s: &str| format!("{s:?}");
    match r {
        Refused::NoReason => t(lang, Msg::DetailNoReason).to_string(),
        Refused::NoApprover => t(lang, Msg::DetailNoApprover).to_string(),
        Refused::SelfApproval(n) => tf(lang, Msg::DetailSelfApproval, &[("name", &q(n))]),
        Refused::NotInRoster(n) => tf(lang, Msg::DetailNotInRoster, &[("name", &q(n))]),
        Refused::NotApprover { name, role } => tf(
            lang,
            Msg::DetailNotApprover,
            &[("name", &q(name)), ("role", &role_after_is(lang, *role))],
        ),
        Refused::NoPin(n) => tf(lang, Msg::DetailNoPin, &[("name", &q(n))]),
        Refused::LockedOut {
            name,
            failures,
            until,
        } => tf(
            lang,
            Msg::DetailLockedOut,
            &[("name", &q(name)), ("failures", failures), ("until", until)],
        ),
        Refused::NotForEmergency(n) => tf(lang, Msg::DetailNotForEmergency, &[("name", &q(n))]),
        Refused::ActorNotInRoster(n) => tf(lang, Msg::DetailActorNotInRoster, &[("name", &q(n))]),
        Refused::ActorNotDelegate { name, role } => tf(
            lang,
            Msg::DetailActorNotDelegate,
            &[("name", &q(name)), ("role", &role_after_is(lang, *role))],
        ),
        // A refusal form added later: its stored English.
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// A detail in `lang`. Free text (names, paths, commands, URLs, causes)
/// stays as stored; the Dutch wording quotes paths, commands and causes
/// with «».
pub fn word(lang: Lang, d: &Detail) -> String {
    match d {
        Detail::Created {
            threshold,
            count,
            set,
            kdf,
        } => tf(
            lang,
            Msg::DetailCreated,
            &[
                ("threshold", threshold),
                ("count", count),
                ("set", set),
                ("kdf", kdf),
            ],
        ),
        Detail::PendingSet {
            set,
            threshold,
            count,
        } => tf(
            lang,
            Msg::DetailPendingSet,
            &[("set", set), ("threshold", threshold), ("count", count)],
        ),
        Detail::Committed { retired } => tf(
            lang,
            Msg::DetailCommitted,
            &[("retired", &retired.join(", "))],
        ),
        Detail::SharePassed { index } => tf(lang, Msg::DetailSharePassed, &[("index", index)]),
        Detail::Printed { indices, format } => {
            let list = match lang {
                Lang::En => format!("{indices:?}"),
                Lang::Nl => indices
                    .iter()
                    .map(u8::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            tf(
                lang,
                Msg::DetailPrinted,
                &[("indices", &list), ("format", format)],
            )
        }
        Detail::RosterAdded { role: r } => {
            tf(lang, Msg::DetailRosterAdded, &[("role", &role(lang, *r))])
        }
        Detail::Removed => t(lang, Msg::DetailRemoved).to_string(),
        Detail::NewMasterKey => t(lang, Msg::DetailNewMasterKey).to_string(),
        Detail::Settings {
            emergency_minutes,
            idle_lock_minutes,
            drill_interval_days,
            language,
        } => tf(
            lang,
            Msg::DetailSettings,
            &[
                ("emergency", emergency_minutes),
                ("idle", idle_lock_minutes),
                ("drills", drill_interval_days),
                ("language", &format!("{language:?}")),
            ],
        ),
        Detail::Syslog { target, reasons } => {
            let off = on_off(lang, false);
            tf(
                lang,
                Msg::DetailSyslog,
                &[
                    ("target", &target.as_deref().unwrap_or(off)),
                    ("reasons", &on_off(lang, *reasons)),
                ],
            )
        }
        Detail::Refused(r) => refused(lang, r),
        Detail::WrongPin => t(lang, Msg::DetailWrongPin).to_string(),
        Detail::WrongPinLockedOut { minutes } => {
            tf(lang, Msg::DetailWrongPinLockedOut, &[("minutes", minutes)])
        }
        Detail::Released { totp, command } => match command {
            None => t(
                lang,
                if *totp {
                    Msg::DetailReleasedTotp
                } else {
                    Msg::DetailReleasedValue
                },
            )
            .to_string(),
            Some(c) => tf(
                lang,
                if *totp {
                    Msg::DetailReleasedTotpTo
                } else {
                    Msg::DetailReleasedValueTo
                },
                &[("command", c)],
            ),
        },
        Detail::CommandExited { command, status } => tf(
            lang,
            Msg::DetailCommandExited,
            &[("command", command), ("status", status)],
        ),
        Detail::CommandKilled { command, signal } => tf(
            lang,
            Msg::DetailCommandKilled,
            &[("command", command), ("signal", signal)],
        ),
        Detail::CommandNotStarted { command } => {
            tf(lang, Msg::DetailCommandNotStarted, &[("command", command)])
        }
        Detail::Acknowledged { count } => tf(lang, Msg::DetailAcknowledged, &[("count", count)]),
        Detail::Exported { format, path } => tf(
            lang,
            Msg::DetailExported,
            &[("format", format), ("path", path)],
        ),
        Detail::CustodyReport => t(lang, Msg::DetailCustodyReport).to_string(),
        Detail::RollbackRemote {
            ours,
            ours_checkpoint,
            remote,
            theirs,
            theirs_checkpoint,
        } => tf(
            lang,
            Msg::DetailRollbackRemote,
            &[
                ("ours", ours),
                ("ours_checkpoint", ours_checkpoint),
                ("remote", remote),
                ("theirs", theirs),
                ("theirs_checkpoint", theirs_checkpoint),
            ],
        ),
        Detail::RollbackLocal {
            generation,
            seen,
            seen_at,
        } => tf(
            lang,
            Msg::DetailRollbackLocal,
            &[
                ("generation", generation),
                ("seen", seen),
                ("seen_at", seen_at),
            ],
        ),
        Detail::SyncTook {
            theirs,
            theirs_checkpoint,
            remote,
            ours,
            ours_checkpoint,
        } => tf(
            lang,
            Msg::DetailSyncTook,
            &[
                ("theirs", theirs),
                ("theirs_checkpoint", theirs_checkpoint),
                ("remote", remote),
                ("ours", ours),
                ("ours_checkpoint", ours_checkpoint),
            ],
        ),
        Detail::SyncTookKept {
            theirs,
            theirs_checkpoint,
            remote,
            ours,
            ours_checkpoint,
            head,
            kept_as,
        } => tf(
            lang,
            Msg::DetailSyncTookKept,
            &[
                ("theirs", theirs),
                ("theirs_checkpoint", theirs_checkpoint),
                ("remote", remote),
                ("ours", ours),
                ("ours_checkpoint", ours_checkpoint),
                ("head", head),
                ("kept_as", kept_as),
            ],
        ),
        Detail::SyncKeptLocal {
            ours,
            ours_checkpoint,
            remote,
            theirs,
            theirs_checkpoint,
            head,
            kept_as,
        } => tf(
            lang,
            Msg::DetailSyncKeptLocal,
            &[
                ("ours", ours),
                ("ours_checkpoint", ours_checkpoint),
                ("remote", remote),
                ("theirs", theirs),
                ("theirs_checkpoint", theirs_checkpoint),
                ("head", head),
                ("kept_as", kept_as),
            ],
        ),
        Detail::RemoteAdded { url, required } => tf(
            lang,
            if *required {
                Msg::DetailRemoteAddedRequired
            } else {
                Msg::DetailRemoteAdded
            },
            &[("url", url)],
        ),
        Detail::RequiredRemoteRefused { remote, why } => tf(
            lang,
            Msg::DetailRequiredRemoteRefused,
            &[("remote", remote), ("why", why)],
        ),
        Detail::SecretAdded { kind: k, emergency } => tf(
            lang,
            Msg::DetailSecretAdded,
            &[
                ("kind", &kind(lang, *k)),
                ("emergency", &yes_no(lang, *emergency)),
            ],
        ),
        Detail::SecretImported { kind: k, source } => tf(
            lang,
            Msg::DetailSecretImported,
            &[("kind", &kind(lang, *k)), ("source", source)],
        ),
        Detail::NewVersion => t(lang, Msg::DetailNewVersion).to_string(),
        Detail::NewVersionImported { source } => {
            tf(lang, Msg::DetailNewVersionImported, &[("source", source)])
        }
        Detail::KitWritten => t(lang, Msg::DetailKitWritten).to_string(),
        Detail::SessionExpired => t(lang, Msg::DetailSessionExpired).to_string(),
        Detail::SessionClosed => t(lang, Msg::DetailSessionClosed).to_string(),
        Detail::RecipientSet {
            index,
            holder,
            kind: k,
            fingerprint,
        } => tf(
            lang,
            Msg::DetailRecipientSet,
            &[
                ("index", index),
                ("holder", holder),
                ("kind", k),
                ("fingerprint", fingerprint),
            ],
        ),
        Detail::RecipientCleared { index, holder } => tf(
            lang,
            Msg::DetailRecipientCleared,
            &[("index", index), ("holder", holder)],
        ),
        Detail::SetExposed => t(lang, Msg::DetailSetExposed).to_string(),
        Detail::RecoveryRefused(r) => tf(
            lang,
            Msg::DetailRecoveryRefused,
            &[("why", &refused(lang, r))],
        ),
        Detail::Takeover { person } => tf(lang, Msg::DetailTakeover, &[("person", person)]),
        Detail::Archived { head, file } => {
            tf(lang, Msg::DetailArchived, &[("head", head), ("file", file)])
        }
        Detail::JournalSummary {
            count,
            passphrase,
            shares,
            drills,
        } => tf(
            lang,
            Msg::DetailJournalSummary,
            &[
                ("count", count),
                ("passphrase", passphrase),
                ("shares", shares),
                ("drills", drills),
            ],
        ),
        Detail::LockedFailure { shares: false, why }
            if why == crate::audit::detail::WRONG_PASSPHRASE =>
        {
            t(lang, Msg::DetailLockedWrongPassphrase).to_string()
        }
        Detail::LockedFailure { shares, why } => tf(
            lang,
            if *shares {
                Msg::DetailLockedFailureShares
            } else {
                Msg::DetailLockedFailurePassphrase
            },
            &[("why", why)],
        ),
        Detail::DrillProven { index } => tf(lang, Msg::DetailDrillProven, &[("index", index)]),
        Detail::DrillNotProven { index } => {
            tf(lang, Msg::DetailDrillNotProven, &[("index", index)])
        }
        Detail::DrillFailed { index, why } => tf(
            lang,
            Msg::DetailDrillFailed,
            &[("index", index), ("why", why)],
        ),
        Detail::JournalQuarantined { problem, moved_to } => tf(
            lang,
            Msg::DetailJournalQuarantined,
            &[("problem", problem), ("moved_to", moved_to)],
        ),
        // A form added later: its stored English.
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// A record's subject in `lang`: the two subjects the core writes in
/// words ("PO passphrase" of a takeover, "records before N" of an archive)
/// in the catalogue's; names, set ids and remotes as stored.
pub fn subject(lang: Lang, kind: EventKind, text: &str) -> String {
    match kind {
        EventKind::Takeover if text == "PO passphrase" => t(lang, Msg::Passphrase).to_string(),
        EventKind::AuditArchived => match text
            .strip_prefix("records before ")
            .and_then(|n| n.parse::<u64>().ok())
            .filter(|n| format!("records before {n}") == text)
        {
            Some(seq) => tf(lang, Msg::DetailArchivedSubject, &[("seq", &seq)]),
            None => text.to_string(),
        },
        _ => text.to_string(),
    }
}

/// The stored detail `text` of a record of `kind` in `lang`, or `None`
/// when it has no known form (the caller shows the text as it is).
/// In English the stored text itself (an older refusal text included).
pub fn worded(lang: Lang, kind: EventKind, text: &str) -> Option<String> {
    let d = Detail::parse(kind, text)?;
    Some(match lang {
        Lang::En => text.to_string(),
        Lang::Nl => word(lang, &d),
    })
}

/// One audit record as a line of `audit list` and of the TUI's audit
/// screen, in `lang`. The English line is `ops::describe_record`'s,
/// unchanged (scripts and tests read it). In Dutch the event kind, the
/// outcome, the words around the values and the detail are worded; the
/// values a person gave (names, subjects, reasons) are the record's own
/// text, and a detail of no known form is quoted as recorded.
pub fn describe_record(lang: Lang, r: &AuditRecord) -> String {
    if lang == Lang::En {
        return ops::describe_record(r);
    }
    let labels = crate::print::labels(lang);
    let e = &r.event;
    // The journal's stand-ins for a person nobody proved, as the report
    // words them.
    let person = match e.actor.person.as_str() {
        ops::UNKNOWN_ACTOR => labels.unknown_actor,
        ops::SHARE_HOLDER_ACTOR => labels.share_holder_actor,
        name => name,
    };
    let mut line = format!(
        "{:>5}  {}  {}  {person}",
        r.seq,
        ops::rfc3339(r.time),
        labels.event_kind(e.kind),
    );
    if let AuthMethod::Quorum { indices, .. } = &e.actor.auth {
        line.push_str(&tf(
            lang,
            Msg::CliRecordShares,
            &[("list", &format!("{indices:?}"))],
        ));
    } else if let AuthMethod::ReportedWhileLocked { first, last, count } = e.actor.auth {
        // What the journal claims, in full: how often and when (the
        // English line says it through `audit::journal::describe_claim`).
        let times = if count == 1 {
            String::new()
        } else {
            tf(lang, Msg::ClaimTimes, &[("count", &count)])
        };
        let when = if first == last {
            tf(lang, Msg::ClaimAt, &[("when", &ops::rfc3339(first))])
        } else {
            tf(
                lang,
                Msg::ClaimBetween,
                &[
                    ("first", &ops::rfc3339(first)),
                    ("last", &ops::rfc3339(last)),
                ],
            )
        };
        line.push_str(&format!(
            " [{}: {times}{when}]",
            labels.reported_while_locked
        ));
    }
    if let Some(s) = &e.subject {
        line.push_str(&format!("  {}", subject(lang, e.kind, s)));
    }
    if let Some(v) = e.version {
        line.push_str(&format!(" v{v}"));
    }
    if let Some(reason) = &e.reason {
        let category = match reason.category {
            ReasonCategory::Restore => labels.restore,
            ReasonCategory::RestoreTest => labels.restore_test,
            ReasonCategory::Incident => labels.incident,
            ReasonCategory::Other => labels.other,
        };
        line.push_str(&tf(
            lang,
            Msg::CliRecordReason,
            &[("category", &category), ("text", &reason.text)],
        ));
    }
    if let Some(a) = &e.approver {
        let how = if a.authenticated {
            labels.by_pin
        } else {
            labels.not_authenticated
        };
        line.push_str(&tf(
            lang,
            Msg::CliRecordApprover,
            &[("name", &a.person), ("how", &how)],
        ));
    }
    if let Some(c) = &e.channel {
        line.push_str(&tf(lang, Msg::CliRecordTo, &[("channel", c)]));
    }
    match e.outcome {
        Outcome::Success => {}
        Outcome::Denied => line.push_str(&format!("  {}", labels.refused)),
        _ => line.push_str(&format!("  {}", labels.failed)),
    }
    if !e.detail.is_empty() {
        match worded(lang, e.kind, &e.detail) {
            Some(w) => line.push_str(&tf(lang, Msg::CliRecordDetailWorded, &[("detail", &w)])),
            None => line.push_str(&tf(lang, Msg::CliRecordDetail, &[("detail", &e.detail)])),
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English wording of every form is the stored text itself, and
    /// every form has Dutch words of its own.
    #[test]
    fn english_is_the_stored_text_and_dutch_differs() {
        for (kind, d) in crate::audit::detail::tests::every() {
            let stored = d.to_string();
            assert_eq!(word(Lang::En, &d), stored, "{kind:?}");
            assert_eq!(worded(Lang::En, kind, &stored).as_deref(), Some(&*stored));
            let nl = word(Lang::Nl, &d);
            assert_ne!(nl, stored, "{kind:?}: not worded in Dutch");
        }
    }

    /// A journal record's claim reads in full in Dutch: how often and
    /// between which times, as the English line says it.
    #[test]
    fn a_journal_claim_keeps_its_count_and_times() {
        let mut r = crate::audit::tests::varied_chain([3; 16], 1).remove(0);
        r.event.actor.auth = AuthMethod::ReportedWhileLocked {
            first: 1_700_000_000,
            last: 1_700_000_600,
            count: 3,
        };
        let nl = describe_record(Lang::Nl, &r);
        assert!(
            nl.contains(
                "niet geverifieerd: 3 keer, volgens de melding tussen 2023-11-14T22:13:20Z en 2023-11-14T22:23:20Z]"
            ),
            "{nl}"
        );
        r.event.actor.auth = AuthMethod::ReportedWhileLocked {
            first: 1_700_000_000,
            last: 1_700_000_000,
            count: 1,
        };
        let nl = describe_record(Lang::Nl, &r);
        assert!(
            nl.contains("niet geverifieerd: volgens de melding op 2023-11-14T22:13:20Z]"),
            "{nl}"
        );
    }

    #[test]
    fn subjects_the_core_words_read_in_the_language() {
        assert_eq!(
            subject(Lang::Nl, EventKind::Takeover, "PO passphrase"),
            "wachtwoordzin van de PO"
        );
        assert_eq!(
            subject(Lang::En, EventKind::Takeover, "PO passphrase"),
            "PO passphrase"
        );
        assert_eq!(
            subject(Lang::Nl, EventKind::AuditArchived, "records before 41"),
            "records vóór 41"
        );
        assert_eq!(
            subject(Lang::En, EventKind::AuditArchived, "records before 41"),
            "records before 41"
        );
        assert_eq!(
            subject(Lang::Nl, EventKind::Unseal, "PO passphrase"),
            "PO passphrase"
        );
        assert_eq!(subject(Lang::Nl, EventKind::Drill, "set 0a1b"), "set 0a1b");
    }

    #[test]
    fn dutch_words_of_a_few_forms() {
        let nl = |kind, text| worded(Lang::Nl, kind, text);
        assert_eq!(
            nl(
                EventKind::Init,
                "threshold 2 of 3, set 9d7a5c2e81f04b36, Argon2id m=8 MiB t=1 p=1"
            )
            .as_deref(),
            Some("drempel 2 van 3, set 9d7a5c2e81f04b36, Argon2id m=8 MiB t=1 p=1")
        );
        assert_eq!(
            nl(EventKind::SharePrint, "shares [1, 2] as txt").as_deref(),
            Some("delen 1, 2 als txt")
        );
        assert_eq!(
            nl(EventKind::SecretAdd, "kind note, emergency true").as_deref(),
            Some("soort notitie, vrijgave in noodsessie ja")
        );
        assert_eq!(
            nl(EventKind::CommandEnd, "command sh exited with status 0").as_deref(),
            Some("opdracht «sh» eindigde met status 0")
        );
        assert_eq!(
            nl(
                EventKind::UnsealDenied,
                "\"Bert\" is a holder, not an approver"
            )
            .as_deref(),
            Some("\"Bert\" is houder, geen fiatteur")
        );
        assert_eq!(
            nl(EventKind::UnlockFailure, "passphrase: wrong passphrase").as_deref(),
            Some("wachtwoordzin: verkeerde wachtwoordzin")
        );
        assert_eq!(
            worded(
                Lang::En,
                EventKind::UnlockFailure,
                "passphrase: wrong passphrase"
            )
            .as_deref(),
            Some("passphrase: wrong passphrase")
        );
        // An older kluis's refusal: today's Dutch, the stored English.
        let old = "a reason is required: give --reason-category and --reason";
        assert_eq!(
            nl(EventKind::UnsealDenied, old).as_deref(),
            Some("een reden is verplicht: geef een soort reden en een reden")
        );
        assert_eq!(
            worded(Lang::En, EventKind::UnsealDenied, old).as_deref(),
            Some(old)
        );
        assert_eq!(nl(EventKind::Export, "something new"), None);
    }
}
