//! How the command line words a core error: in the user's language, with
//! the CLI's own hint (a flag or a command). The core's errors are typed
//! values whose English `Display` names no flag ([`crate::ops::Refusal`],
//! [`crate::ops::Invalid`]); the TUI words the same values its own way.
//! Every text comes from the catalogue in [`crate::i18n`].

use crate::i18n::{Lang, Msg, t, tf};
use crate::ops::{
    ActorRefusal, ApprovalRefusal, Invalid, KdfRefused, Notice, OpsError, PoAction, Refusal,
    RemoteError, Role, Setting,
};
use crate::store::StoreError;
use crate::vault::UnlockError;

/// A role in words.
pub fn role(lang: Lang, role: Role) -> &'static str {
    t(
        lang,
        match role {
            Role::Po => Msg::RolePo,
            Role::Delegate => Msg::RoleDelegate,
            Role::Approver => Msg::RoleApprover,
            Role::Holder => Msg::RoleHolder,
        },
    )
}

/// A role in words as it stands after "is": with its article in English
/// ("an approver"), bare in Dutch ("is fiatteur").
fn role_after_is(lang: Lang, r: Role) -> String {
    match lang {
        Lang::En => crate::text::with_article(role(lang, r)),
        Lang::Nl => role(lang, r).to_string(),
    }
}

/// A secret kind after "is" in the import refusal: with its article in
/// English; the Dutch text has its own "een".
fn kind_after_is(lang: Lang, k: crate::ops::SecretKind) -> String {
    match lang {
        Lang::En => crate::text::with_article(k.as_str()),
        Lang::Nl => k.as_str().to_string(),
    }
}

/// What only the PO may do, in words.
pub fn po_action(lang: Lang, a: PoAction) -> &'static str {
    t(
        lang,
        match a {
            PoAction::RotateShares => Msg::ActRotateShares,
            PoAction::CommitRotation => Msg::ActCommitRotation,
            PoAction::PrintSheets => Msg::ActPrintSheets,
            PoAction::ChangeRoster => Msg::ActChangeRoster,
            PoAction::ChangePassphrase => Msg::ActChangePassphrase,
            PoAction::ChangeSettings => Msg::ActChangeSettings,
            PoAction::Acknowledge => Msg::ActAcknowledge,
            PoAction::Archive => Msg::ActArchive,
            PoAction::Report => Msg::ActReport,
            PoAction::AddRemote => Msg::ActAddRemote,
            PoAction::RemoveRemote => Msg::ActRemoveRemote,
            PoAction::AddSecret => Msg::ActAddSecret,
            PoAction::UpdateSecret => Msg::ActUpdateSecret,
            PoAction::RemoveSecret => Msg::ActRemoveSecret,
            PoAction::Import => Msg::ActImport,
            PoAction::WriteKit => Msg::ActWriteKit,
            PoAction::ChangeRecipient => Msg::ActChangeRecipient,
        },
    )
}

/// An error chain as the CLI prints it after "kluis: error: ": each
/// cause the CLI words itself in `lang`, the others as they say.
pub fn error_chain(lang: Lang, err: &anyhow::Error) -> String {
    let mut parts = Vec::new();
    for cause in err.chain() {
        if let Some(text) = worded(lang, cause) {
            parts.push(text);
            break;
        }
        parts.push(cause.to_string());
    }
    // anyhow's `{:#}` joins a cause that repeats its source's text; keep
    // that form: "context: cause".
    parts.join(": ")
}

/// One cause of an error chain, if the CLI words it itself (with its
/// hints: the core's own texts name no flag or command).
fn worded(lang: Lang, cause: &(dyn std::error::Error + 'static)) -> Option<String> {
    if let Some(e) = cause.downcast_ref::<OpsError>() {
        return ops_error(lang, e);
    }
    if let Some(e) = cause.downcast_ref::<StoreError>() {
        return store_error(lang, e);
    }
    if let Some(e) = cause.downcast_ref::<UnlockError>() {
        return unlock_error(lang, e);
    }
    if let Some(e) = cause.downcast_ref::<RemoteError>() {
        return remote_error(lang, e);
    }
    if let Some(e) = cause.downcast_ref::<KdfRefused>() {
        return kdf_refused(lang, e);
    }
    if let Some(e) = cause.downcast_ref::<crate::import::ImportError>() {
        return import_error(lang, e);
    }
    if let Some(e) = cause.downcast_ref::<crate::shares::age::AgeShareError>() {
        return age_error(lang, e);
    }
    if let Some(e) = cause.downcast_ref::<crate::audit::checkpoint::CheckpointMismatch>() {
        return checkpoint_error(lang, e);
    }
    None
}

fn remote_error(lang: Lang, e: &RemoteError) -> Option<String> {
    let q = |s: &str| format!("{s:?}");
    Some(match e {
        RemoteError::Exists(n) => tf(lang, Msg::ErrRemoteExists, &[("name", &q(n))]),
        RemoteError::NoSuch(n) => tf(lang, Msg::ErrNoSuchRemote, &[("name", &q(n))]),
        RemoteError::OtherVault { name, theirs, ours } => tf(
            lang,
            Msg::ErrRemoteOtherVault,
            &[("name", name), ("theirs", theirs), ("ours", ours)],
        ),
        RemoteError::Newer {
            name,
            theirs,
            theirs_ckpt,
            ours,
            ours_ckpt,
        } => tf(
            lang,
            Msg::ErrRemoteNewer,
            &[
                ("name", name),
                ("theirs", theirs),
                ("theirs_ckpt", theirs_ckpt),
                ("ours", ours),
                ("ours_ckpt", ours_ckpt),
            ],
        ),
        RemoteError::Diverged {
            name,
            theirs,
            theirs_ckpt,
            ours,
            ours_ckpt,
        } => tf(
            lang,
            Msg::ErrRemoteDiverged,
            &[
                ("name", name),
                ("theirs", theirs),
                ("theirs_ckpt", theirs_ckpt),
                ("ours", ours),
                ("ours_ckpt", ours_ckpt),
            ],
        ),
        RemoteError::Required { name, why } => tf(
            lang,
            Msg::ErrRemoteRequired,
            &[("name", name), ("why", why)],
        ),
        RemoteError::CloneTargetExists(p) => {
            tf(lang, Msg::ErrCloneTargetExists, &[("path", &p.display())])
        }
        RemoteError::Empty(n) => tf(lang, Msg::ErrRemoteEmpty, &[("name", n)]),
        _ => return None,
    })
}

fn kdf_refused(lang: Lang, e: &KdfRefused) -> Option<String> {
    let (msg, asked, floor_mib, floor_t) = match e {
        KdfRefused::BelowFloor {
            asked,
            floor_mib,
            floor_t,
        } => (Msg::ErrKdfBelowFloor, asked, floor_mib, floor_t),
        KdfRefused::BelowFloorUnmarked {
            asked,
            floor_mib,
            floor_t,
        } => (Msg::ErrKdfBelowFloorUnmarked, asked, floor_mib, floor_t),
        _ => return None,
    };
    Some(tf(
        lang,
        msg,
        &[
            ("asked", asked),
            ("floor_mib", floor_mib),
            ("floor_t", floor_t),
        ],
    ))
}

fn import_error(lang: Lang, e: &crate::import::ImportError) -> Option<String> {
    match e {
        crate::import::ImportError::KdbxKey => Some(t(lang, Msg::ErrKdbxKey).to_string()),
        _ => None,
    }
}

fn age_error(lang: Lang, e: &crate::shares::age::AgeShareError) -> Option<String> {
    match e {
        crate::shares::age::AgeShareError::NoMatchingIdentity => {
            Some(t(lang, Msg::ErrAgeNoMatchingIdentity).to_string())
        }
        _ => None,
    }
}

fn checkpoint_error(
    lang: Lang,
    e: &crate::audit::checkpoint::CheckpointMismatch,
) -> Option<String> {
    match e {
        crate::audit::checkpoint::CheckpointMismatch::Archived { seq, first } => Some(tf(
            lang,
            Msg::ErrCheckpointArchived,
            &[("seq", seq), ("first", first)],
        )),
        _ => None,
    }
}

fn store_error(lang: Lang, e: &StoreError) -> Option<String> {
    Some(match e {
        StoreError::InUse { pid } => tf(lang, Msg::ErrInUse, &[("pid", pid)]),
        StoreError::NotFound(p) => tf(lang, Msg::ErrNoVault, &[("path", &p.display())]),
        StoreError::IsDirectory(p) => tf(lang, Msg::ErrIsDirectory, &[("path", &p.display())]),
        StoreError::VaultSymlink { path, target } => tf(
            lang,
            Msg::ErrVaultSymlink,
            &[("path", &path.display()), ("target", &target.display())],
        ),
        _ => return None,
    })
}

fn unlock_error(lang: Lang, e: &UnlockError) -> Option<String> {
    Some(match e {
        UnlockError::WrongPassphrase => t(lang, Msg::ErrWrongPassphrase).to_string(),
        UnlockError::NoShares => t(lang, Msg::ErrNoShares).to_string(),
        UnlockError::Kdf(k) => kdf_refused(lang, k)?,
        _ => return None,
    })
}

/// A warning from `ops` in words, with the CLI's hint.
pub fn notice(lang: Lang, n: &Notice) -> String {
    match n {
        Notice::WeakKdf(kdf) => tf(lang, Msg::WarnWeakKdf, &[("kdf", kdf)]),
        Notice::WeakKdfMade(kdf) => tf(lang, Msg::WarnWeakKdfMade, &[("kdf", kdf)]),
        Notice::ThresholdOne => t(lang, Msg::WarnThresholdOne).to_string(),
        Notice::AllSheetsNeeded { k, n } => {
            tf(lang, Msg::WarnAllSheetsNeeded, &[("k", k), ("n", n)])
        }
        Notice::JournalQuarantined { problem, to } => tf(
            lang,
            Msg::WarnJournalQuarantined,
            &[("problem", problem), ("to", to)],
        ),
        Notice::FailedUnlocks(n) => tf(lang, Msg::WarnFailedUnlocks, &[("n", n)]),
        Notice::RefusedRecoveries(n) => tf(lang, Msg::WarnRefusedRecoveries, &[("n", n)]),
        Notice::RollbackAccepted(what) => tf(lang, Msg::WarnRollbackAccepted, &[("what", what)]),
        Notice::JournalNotMoved(why) => tf(lang, Msg::WarnJournalNotMoved, &[("why", why)]),
        Notice::OpenNotRecorded(why) => tf(lang, Msg::WarnOpenNotRecorded, &[("why", why)]),
        Notice::Unacknowledged(n) => tf(lang, Msg::WarnUnacknowledged, &[("n", n)]),
        Notice::Exposed(set) => tf(lang, Msg::WarnExposed, &[("set", set)]),
        Notice::RollbackState(why) => tf(lang, Msg::WarnRollbackState, &[("why", why)]),
        Notice::EmergencySession => t(lang, Msg::WarnEmergencySession).to_string(),
        Notice::Other(text) => text.clone(),
        Notice::RemoteUnreachable { name, why } => tf(
            lang,
            Msg::WarnRemoteUnreachable,
            &[("name", name), ("why", why)],
        ),
        Notice::SavePending { name, why, pending } => tf(
            lang,
            Msg::WarnSavePending,
            &[("name", name), ("why", why), ("pending", pending)],
        ),
    }
}

/// The CLI's wording of an [`OpsError`], or `None` to print its own text.
pub fn ops_error(lang: Lang, e: &OpsError) -> Option<String> {
    let q = |s: &str| format!("{s:?}");
    Some(match e {
        OpsError::Policy(r) => refusal(lang, r),
        OpsError::Invalid(i) => invalid(lang, i)?,
        OpsError::Unlock(u) => unlock_error(lang, u)?,
        OpsError::Store(s) => store_error(lang, s)?,
        OpsError::Kdf(k) => kdf_refused(lang, k)?,
        OpsError::Remote(r) => remote_error(lang, r)?,
        OpsError::Checkpoint(c) => checkpoint_error(lang, c)?,
        OpsError::SecretExists(n) => tf(lang, Msg::ErrSecretExists, &[("name", &q(n))]),
        OpsError::NoSuchSecret(n) => tf(lang, Msg::ErrNoSuchSecret, &[("name", &q(n))]),
        OpsError::PersonExists(n) => tf(lang, Msg::ErrPersonExists, &[("name", &q(n))]),
        OpsError::NoSuchPerson(n) => tf(lang, Msg::ErrNoSuchPerson, &[("name", &q(n))]),
        OpsError::RolledBack(what) => tf(lang, Msg::ErrRolledBack, &[("what", what)]),
        OpsError::WrongPin(n) => tf(lang, Msg::ErrWrongPin, &[("name", &q(n))]),
        OpsError::Full(f) => tf(
            lang,
            Msg::ErrFull,
            &[
                ("size", &format!("{:.1}", f.size as f64 / 1048576.0)),
                ("limit", &(f.limit >> 20)),
                (
                    "extra",
                    &if f.for_new_content() {
                        t(lang, Msg::ErrFullNewContent)
                    } else {
                        ""
                    },
                ),
            ],
        ),
        _ => return None,
    })
}

/// A policy refusal in words, with the CLI's hint.
pub fn refusal(lang: Lang, r: &Refusal) -> String {
    let q = |s: &str| format!("{s:?}");
    match r {
        Refusal::SecondPo => t(lang, Msg::ErrSecondPo).to_string(),
        Refusal::RemovePo => t(lang, Msg::ErrRemovePo).to_string(),
        Refusal::SheetsNotVerified(sheets) => {
            let list: Vec<String> = sheets
                .iter()
                .map(|s| {
                    let msg = if s.printed {
                        Msg::ErrSheetNotVerified
                    } else {
                        Msg::ErrSheetNotPrinted
                    };
                    tf(lang, msg, &[("index", &s.index), ("holder", &s.holder)])
                })
                .collect();
            tf(
                lang,
                Msg::ErrSheetsNotVerified,
                &[("sheets", &list.join("; "))],
            )
        }
        Refusal::CommitNeedsPo => t(lang, Msg::ErrCommitNeedsPo).to_string(),
        Refusal::SessionEnded(time) => tf(lang, Msg::ErrSessionEnded, &[("time", time)]),
        Refusal::PoOnly(a) => tf(lang, Msg::ErrPoOnly, &[("what", &po_action(lang, *a))]),
        Refusal::Unacknowledged(seq) => tf(lang, Msg::ErrUnacknowledged, &[("seq", seq)]),
        Refusal::ThresholdOne => t(lang, Msg::ErrThresholdOne).to_string(),
        Refusal::TakeoverNeedsShares => t(lang, Msg::ErrTakeoverNeedsShares).to_string(),
        Refusal::NoDelegateChosen => t(lang, Msg::ErrNoDelegateChosen).to_string(),
        Refusal::NotForEmergency(n) => tf(lang, Msg::ErrNotForEmergency, &[("name", &q(n))]),
        Refusal::Approval(a) => match a {
            ApprovalRefusal::NoReason => t(lang, Msg::ErrNoReason).to_string(),
            ApprovalRefusal::NoApprover => t(lang, Msg::ErrNoApprover).to_string(),
            ApprovalRefusal::SelfApproval(n) => tf(lang, Msg::ErrSelfApproval, &[("name", &q(n))]),
            ApprovalRefusal::NotInRoster(n) => {
                tf(lang, Msg::ErrApproverNotInRoster, &[("name", &q(n))])
            }
            ApprovalRefusal::NotApprover { name, role: r } => tf(
                lang,
                Msg::ErrNotApprover,
                &[("name", &q(name)), ("role", &role_after_is(lang, *r))],
            ),
            ApprovalRefusal::NoPin(n) => tf(lang, Msg::ErrNoPin, &[("name", &q(n))]),
            ApprovalRefusal::LockedOut {
                name,
                failures,
                until,
            } => tf(
                lang,
                Msg::ErrLockedOut,
                &[("name", &q(name)), ("failures", failures), ("until", until)],
            ),
        },
        Refusal::Recovery(a) => match a {
            ActorRefusal::NotInRoster(n) => tf(lang, Msg::ErrActorNotInRoster, &[("name", &q(n))]),
            ActorRefusal::NotDelegate { name, role: r } => tf(
                lang,
                Msg::ErrActorNotDelegate,
                &[("name", &q(name)), ("role", &role_after_is(lang, *r))],
            ),
        },
    }
}

/// Input refused, in words with the CLI's hint; `None` for a text that
/// came from elsewhere as it is.
pub fn invalid(lang: Lang, i: &Invalid) -> Option<String> {
    let q = |s: &str| format!("{s:?}");
    Some(match i {
        Invalid::NoPendingSet => t(lang, Msg::ErrNoPendingSet).to_string(),
        Invalid::NoActiveSet => t(lang, Msg::ErrNoActiveSet).to_string(),
        Invalid::NoSuchShare { index, count } => tf(
            lang,
            Msg::ErrNoSuchShare,
            &[("index", index), ("count", count)],
        ),
        Invalid::ApproverNeedsPin => t(lang, Msg::ErrApproverNeedsPin).to_string(),
        Invalid::EmptyPassphrase => t(lang, Msg::ErrEmptyPassphrase).to_string(),
        Invalid::OutOfRange {
            setting,
            lo,
            hi,
            got,
        } => {
            let s = t(
                lang,
                match setting {
                    Setting::EmergencyMinutes => Msg::SettingEmergency,
                    Setting::IdleLockMinutes => Msg::SettingIdleLock,
                    Setting::DrillIntervalDays => Msg::SettingDrill,
                },
            );
            tf(
                lang,
                Msg::ErrOutOfRange,
                &[("setting", &s), ("lo", lo), ("hi", hi), ("got", got)],
            )
        }
        Invalid::Language(l) => tf(lang, Msg::ErrLanguage, &[("got", &q(l))]),
        Invalid::PinBlank => t(lang, Msg::ErrPinBlank).to_string(),
        Invalid::PinSpaces => t(lang, Msg::ErrPinSpaces).to_string(),
        Invalid::PinShort => t(lang, Msg::ErrPinShort).to_string(),
        Invalid::NoSuchVersion {
            name,
            version,
            count,
        } => tf(
            lang,
            Msg::ErrNoSuchVersion,
            &[("name", &q(name)), ("version", version), ("count", count)],
        ),
        Invalid::ArchiveOrder {
            path,
            first,
            last,
            expected,
        } => tf(
            lang,
            Msg::ErrArchiveOrder,
            &[
                ("path", path),
                ("first", first),
                ("last", last),
                ("expected", expected),
            ],
        ),
        Invalid::ArchivesMissing { first, expected } => tf(
            lang,
            Msg::ErrArchivesMissing,
            &[("first", first), ("expected", expected)],
        ),
        Invalid::ArchiveBound { lo, hi, first } => tf(
            lang,
            Msg::ErrArchiveBound,
            &[("lo", lo), ("hi", hi), ("first", first)],
        ),
        Invalid::ArchiveBeforeMark(seq) => tf(lang, Msg::ErrArchiveBeforeMark, &[("seq", seq)]),
        Invalid::Write { what, why } => {
            let msg = if *what == "archive" {
                Msg::ErrWriteArchive
            } else {
                Msg::ErrWriteExport
            };
            tf(lang, msg, &[("why", why)])
        }
        Invalid::HolderCount { max, got } => {
            tf(lang, Msg::ErrHolderCount, &[("max", max), ("got", got)])
        }
        Invalid::Threshold { n, k } => tf(lang, Msg::ErrThreshold, &[("n", n), ("k", k)]),
        Invalid::AgeNeedsBackupKey(kind) => {
            tf(lang, Msg::ErrAgeNeedsBackupKey, &[("kind", &kind.as_str())])
        }
        Invalid::EmptyValueFile => t(lang, Msg::ErrEmptyValueFile).to_string(),
        Invalid::CredentialNotUtf8 => t(lang, Msg::ErrCredentialNotUtf8).to_string(),
        Invalid::CredentialLine(line) => tf(lang, Msg::ErrCredentialLine, &[("line", line)]),
        Invalid::CredentialKey { line, key } => tf(
            lang,
            Msg::ErrCredentialKey,
            &[("line", line), ("key", &q(key))],
        ),
        Invalid::CredentialNoPassword => t(lang, Msg::ErrCredentialNoPassword).to_string(),
        Invalid::ImportEmpty { from, skipped } => tf(
            lang,
            Msg::ErrImportEmpty,
            &[("from", from), ("skipped", skipped)],
        ),
        Invalid::ImportExists(n) => tf(lang, Msg::ErrImportExists, &[("name", &q(n))]),
        Invalid::ImportKind { name, ours, theirs } => tf(
            lang,
            Msg::ErrImportKind,
            &[
                ("name", &q(name)),
                ("ours", &kind_after_is(lang, *ours)),
                ("theirs", &kind_after_is(lang, *theirs)),
            ],
        ),
        Invalid::TooLong { what, len, max } => {
            let what = if *what == "the release channel" {
                t(lang, Msg::WhatChannel)
            } else {
                what
            };
            tf(
                lang,
                Msg::ErrTooLong,
                &[("what", &what), ("len", len), ("max", max)],
            )
        }
        Invalid::Split(_) | Invalid::Syslog(_) | Invalid::Value(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English wording keeps the CLI's hints; the Dutch one has them
    /// too, in Dutch words.
    #[test]
    fn the_cli_adds_its_flag_hints_in_both_languages() {
        let e = OpsError::Policy(Refusal::ThresholdOne);
        assert!(e.to_string().contains("choose 2 or more"));
        assert!(!e.to_string().contains("--"));
        for lang in [Lang::En, Lang::Nl] {
            assert!(ops_error(lang, &e).is_some_and(|s| s.contains("--allow-threshold-one")));
        }
        let nl = ops_error(Lang::Nl, &e).expect("worded");
        assert!(nl.starts_with("drempel 1"), "{nl}");
    }

    #[test]
    fn a_role_is_worded() {
        let r = Refusal::Approval(ApprovalRefusal::NotApprover {
            name: "Dirk".into(),
            role: Role::Delegate,
        });
        assert_eq!(
            refusal(Lang::Nl, &r),
            "\"Dirk\" is gemachtigde, geen fiatteur"
        );
        assert_eq!(
            refusal(Lang::En, &r),
            "\"Dirk\" is a delegate, not an approver"
        );
    }
}
