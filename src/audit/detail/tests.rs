//! Unit tests of [`super`]: every form round-trips, today's and older
//! stored texts parse, and unknown texts do not.

use super::*;
use EventKind as K;

/// One of every variant with the kind it is written with, with values
/// that are awkward for the parser (separators inside free text).
pub(crate) fn every() -> Vec<(EventKind, Detail)> {
    let refusals = vec![
        Refused::NoReason,
        Refused::NoApprover,
        Refused::SelfApproval("Anna \"PO\"".into()),
        Refused::NotInRoster("Zoë".into()),
        Refused::NotApprover {
            name: "Dirk".into(),
            role: Role::Approver,
        },
        Refused::NotApprover {
            name: "Dirk".into(),
            role: Role::Delegate,
        },
        Refused::NoPin("Bert".into()),
        Refused::LockedOut {
            name: "Bert".into(),
            failures: 3,
            until: "2026-11-30T12:15:00Z".into(),
        },
        Refused::NotForEmergency("nas, oud".into()),
        Refused::ActorNotInRoster("Onbekend\\".into()),
        Refused::ActorNotDelegate {
            name: "Bert".into(),
            role: Role::Holder,
        },
    ];
    let mut v: Vec<(EventKind, Detail)> = vec![
        (
            K::Init,
            Detail::Created {
                threshold: 2,
                count: 3,
                set: "9d7a0b1c2d3e4f50".into(),
                kdf: "Argon2id m=64 MiB t=3 p=1".into(),
            },
        ),
        (
            K::Rotation,
            Detail::PendingSet {
                set: "0011".into(),
                threshold: 3,
                count: 5,
            },
        ),
        (
            K::Rotation,
            Detail::Committed {
                retired: vec!["aa".into(), "bb".into()],
            },
        ),
        (K::Rotation, Detail::Committed { retired: vec![] }),
        (K::Drill, Detail::SharePassed { index: 3 }),
        (
            K::SharePrint,
            Detail::Printed {
                indices: vec![1, 2, 3],
                format: "txt".into(),
            },
        ),
        (
            K::RosterChange,
            Detail::RosterAdded {
                role: Role::Approver,
            },
        ),
        (K::RosterChange, Detail::Removed),
        (K::RemoteChange, Detail::Removed),
        (K::PassphraseChange, Detail::NewMasterKey),
        (
            K::SettingsChange,
            Detail::Settings {
                emergency_minutes: 30,
                idle_lock_minutes: 5,
                drill_interval_days: 182,
                language: "nl".into(),
            },
        ),
        (
            K::SettingsChange,
            Detail::Settings {
                emergency_minutes: 1,
                idle_lock_minutes: 120,
                drill_interval_days: 7,
                language: String::new(),
            },
        ),
        (
            K::SettingsChange,
            Detail::Syslog {
                target: Some("udp://log (1):514".into()),
                reasons: true,
            },
        ),
        (
            K::SettingsChange,
            Detail::Syslog {
                target: None,
                reasons: false,
            },
        ),
        (K::UnsealDenied, Detail::WrongPin),
        (K::Takeover, Detail::WrongPinLockedOut { minutes: 15 }),
        (
            K::Unseal,
            Detail::Released {
                totp: false,
                command: None,
            },
        ),
        (
            K::Unseal,
            Detail::Released {
                totp: true,
                command: None,
            },
        ),
        (
            K::Unseal,
            Detail::Released {
                totp: false,
                command: Some("restic backup --to x".into()),
            },
        ),
        (
            K::Unseal,
            Detail::Released {
                totp: true,
                command: Some("sh".into()),
            },
        ),
        (
            K::CommandEnd,
            Detail::CommandExited {
                command: "sh -c 'exit with status 1'".into(),
                status: -1,
            },
        ),
        (
            K::CommandEnd,
            Detail::CommandKilled {
                command: "sleep".into(),
                signal: 9,
            },
        ),
        (
            K::CommandEnd,
            Detail::CommandNotStarted {
                command: "/nope".into(),
            },
        ),
        (K::Acknowledgement, Detail::Acknowledged { count: 2 }),
        (
            K::Export,
            Detail::Exported {
                format: "csv".into(),
                path: "/tmp/to do/a.csv".into(),
            },
        ),
        (K::Export, Detail::CustodyReport),
        (
            K::RollbackAccepted,
            Detail::RollbackRemote {
                ours: 4,
                ours_checkpoint: "KC1-4-ab".into(),
                remote: "nas".into(),
                theirs: 7,
                theirs_checkpoint: "no audit records".into(),
            },
        ),
        (
            K::RollbackAccepted,
            Detail::RollbackLocal {
                generation: 3,
                seen: 5,
                seen_at: "2026-11-30T10:00:00Z".into(),
            },
        ),
        (
            K::Sync,
            Detail::SyncTook {
                theirs: 9,
                theirs_checkpoint: "KC1-9".into(),
                remote: "kantoor".into(),
                ours: 8,
                ours_checkpoint: "KC1-8".into(),
            },
        ),
        (
            K::Sync,
            Detail::SyncTookKept {
                theirs: 9,
                theirs_checkpoint: "KC1-9".into(),
                remote: "kantoor".into(),
                ours: 8,
                ours_checkpoint: "KC1-8".into(),
                head: "00ff".into(),
                kept_as: "/v/vault.kluis.local-g8".into(),
            },
        ),
        (
            K::Sync,
            Detail::SyncKeptLocal {
                ours: 8,
                ours_checkpoint: "KC1-8".into(),
                remote: "kantoor".into(),
                theirs: 9,
                theirs_checkpoint: "KC1-9".into(),
                head: "00ff".into(),
                kept_as: "/v/vault.kluis.kantoor-g9".into(),
            },
        ),
        (
            K::RemoteChange,
            Detail::RemoteAdded {
                url: "ssh://nas/kluis.git".into(),
                required: true,
            },
        ),
        (
            K::RemoteChange,
            Detail::RemoteAdded {
                url: "/srv/kluis.git".into(),
                required: false,
            },
        ),
        (
            K::UnsealDenied,
            Detail::RequiredRemoteRefused {
                remote: "nas".into(),
                why: "git push failed (exit 128)".into(),
            },
        ),
        (
            K::SecretAdd,
            Detail::SecretAdded {
                kind: SecretKind::BackupKey,
                emergency: true,
            },
        ),
        (
            K::SecretAdd,
            Detail::SecretImported {
                kind: SecretKind::Credential,
                source: "csv".into(),
            },
        ),
        (K::SecretEdit, Detail::NewVersion),
        (
            K::SecretEdit,
            Detail::NewVersionImported {
                source: "kdbx".into(),
            },
        ),
        (K::KitWritten, Detail::KitWritten),
        (K::EmergencySessionEnd, Detail::SessionExpired),
        (K::EmergencySessionEnd, Detail::SessionClosed),
        (
            K::RecipientChange,
            Detail::RecipientSet {
                index: 2,
                holder: "Kluis (kantoor)".into(),
                kind: "ssh-ed25519".into(),
                fingerprint: "SHA256:abc".into(),
            },
        ),
        (
            K::RecipientChange,
            Detail::RecipientCleared {
                index: 1,
                holder: "Anna".into(),
            },
        ),
        (K::Recovery, Detail::SetExposed),
        (
            K::Takeover,
            Detail::Takeover {
                person: "Dirk".into(),
            },
        ),
        (
            K::AuditArchived,
            Detail::Archived {
                head: "ab".repeat(32),
                file: "/a, to b".into(),
            },
        ),
        (
            K::Recovery,
            Detail::JournalSummary {
                count: 12,
                passphrase: 5,
                shares: 4,
                drills: 3,
            },
        ),
        (
            K::UnlockFailure,
            Detail::LockedFailure {
                shares: false,
                why: "wrong passphrase".into(),
            },
        ),
        (
            K::Recovery,
            Detail::LockedFailure {
                shares: true,
                why: "share 2: check fails".into(),
            },
        ),
        (K::Drill, Detail::DrillProven { index: 1 }),
        (K::Drill, Detail::DrillNotProven { index: 2 }),
        (
            K::Drill,
            Detail::DrillFailed {
                index: 3,
                why: "not of this vault".into(),
            },
        ),
        (
            K::JournalQuarantined,
            Detail::JournalQuarantined {
                problem: "line 2: bad field".into(),
                moved_to: "/s/j; moved to x".into(),
            },
        ),
    ];
    for r in refusals {
        v.push((K::UnsealDenied, Detail::Refused(r.clone())));
        v.push((K::Recovery, Detail::RecoveryRefused(r)));
    }
    v
}

#[test]
fn every_variant_round_trips() {
    for (kind, d) in every() {
        let text = d.to_string();
        assert_eq!(Detail::parse(kind, &text), Some(d), "{kind:?}: {text:?}");
    }
}

/// The exact texts today's core stores (copied from records written by
/// the binary), old records included.
#[test]
fn stored_texts_parse() {
    let cases: &[(EventKind, &str, Detail)] = &[
        (
            K::Init,
            "threshold 2 of 3, set 9d7a5c2e81f04b36, Argon2id m=8 MiB t=1 p=1",
            Detail::Created {
                threshold: 2,
                count: 3,
                set: "9d7a5c2e81f04b36".into(),
                kdf: "Argon2id m=8 MiB t=1 p=1".into(),
            },
        ),
        (K::Drill, "share 3 passed", Detail::SharePassed { index: 3 }),
        (
            K::SharePrint,
            "shares [1, 2] as txt",
            Detail::Printed {
                indices: vec![1, 2],
                format: "txt".into(),
            },
        ),
        (
            K::SecretAdd,
            "kind note, emergency true",
            Detail::SecretAdded {
                kind: SecretKind::Note,
                emergency: true,
            },
        ),
        (K::SecretEdit, "new version", Detail::NewVersion),
        (
            K::RosterChange,
            "added as approver",
            Detail::RosterAdded {
                role: Role::Approver,
            },
        ),
        (K::EmergencySessionEnd, "expired", Detail::SessionExpired),
        (K::EmergencySessionEnd, "closed", Detail::SessionClosed),
        (
            K::Unseal,
            "value to command sh",
            Detail::Released {
                totp: false,
                command: Some("sh".into()),
            },
        ),
        (
            K::CommandEnd,
            "command sh exited with status 0",
            Detail::CommandExited {
                command: "sh".into(),
                status: 0,
            },
        ),
        (
            K::Acknowledgement,
            "1 emergency event(s) acknowledged",
            Detail::Acknowledged { count: 1 },
        ),
        (
            K::SettingsChange,
            "emergency 30 min, idle lock 5 min, drills every 182 days, language \"nl\"",
            Detail::Settings {
                emergency_minutes: 30,
                idle_lock_minutes: 5,
                drill_interval_days: 182,
                language: "nl".into(),
            },
        ),
        (
            K::SettingsChange,
            "syslog udp://127.0.0.1:5514 (reasons off)",
            Detail::Syslog {
                target: Some("udp://127.0.0.1:5514".into()),
                reasons: false,
            },
        ),
        (
            K::Rotation,
            "pending set 0a1b2c3d4e5f6071, threshold 2 of 3",
            Detail::PendingSet {
                set: "0a1b2c3d4e5f6071".into(),
                threshold: 2,
                count: 3,
            },
        ),
        (
            K::Rotation,
            "committed; retired 9d7a5c2e81f04b36; new master key",
            Detail::Committed {
                retired: vec!["9d7a5c2e81f04b36".into()],
            },
        ),
        (
            K::UnsealDenied,
            "\"Bert\" is a holder, not an approver",
            Detail::Refused(Refused::NotApprover {
                name: "Bert".into(),
                role: Role::Holder,
            }),
        ),
        (
            K::UnsealDenied,
            "wrong PIN; approver locked out for 15 minutes",
            Detail::WrongPinLockedOut { minutes: 15 },
        ),
        (
            K::Recovery,
            "refused, share set marked exposed: \"Eve\" is not in the roster: the one acting must be a delegate the PO designated",
            Detail::RecoveryRefused(Refused::ActorNotInRoster("Eve".into())),
        ),
        (
            K::Drill,
            "share 1 passed (proven with the share)",
            Detail::DrillProven { index: 1 },
        ),
        (
            K::Takeover,
            "TAKEOVER: Dirk set a new PO passphrase; new master key",
            Detail::Takeover {
                person: "Dirk".into(),
            },
        ),
    ];
    for (kind, text, want) in cases {
        assert_eq!(
            Detail::parse(*kind, text).as_ref(),
            Some(want),
            "{kind:?} {text:?}"
        );
    }
}

/// Refusal texts older versions wrote (they named CLI flags, and said
/// "a approver") read as today's refusals.
#[test]
fn older_refusal_texts_parse() {
    let cases: &[(EventKind, &str, Detail)] = &[
        (
            K::UnsealDenied,
            "a reason is required: give --reason-category and --reason",
            Detail::Refused(Refused::NoReason),
        ),
        (
            K::Takeover,
            "an approver is required: give --approver NAME (an approver from the roster, not you)",
            Detail::Refused(Refused::NoApprover),
        ),
        (
            K::UnsealDenied,
            "\"Dirk\" is a delegate, not an approver",
            Detail::Refused(Refused::NotApprover {
                name: "Dirk".into(),
                role: Role::Delegate,
            }),
        ),
        (
            K::UnsealDenied,
            "\"Anna\" is a po, not an approver",
            Detail::Refused(Refused::NotApprover {
                name: "Anna".into(),
                role: Role::Po,
            }),
        ),
        (
            K::Recovery,
            "refused, share set marked exposed: \"Eve\" is not in the roster: --as must name a delegate the PO designated",
            Detail::RecoveryRefused(Refused::ActorNotInRoster("Eve".into())),
        ),
        (
            K::Recovery,
            "refused, share set marked exposed: \"Bert\" is a approver in the roster, not a delegate: --as must name a delegate",
            Detail::RecoveryRefused(Refused::ActorNotDelegate {
                name: "Bert".into(),
                role: Role::Approver,
            }),
        ),
    ];
    for (kind, text, want) in cases {
        assert_eq!(
            Detail::parse(*kind, text).as_ref(),
            Some(want),
            "{kind:?} {text:?}"
        );
    }
    // Not under another kind, and not with a name that would not print
    // back the same.
    assert_eq!(
        Detail::parse(K::Drill, "\"Dirk\" is a delegate, not an approver"),
        None
    );
    assert_eq!(
        Detail::parse(
            K::UnsealDenied,
            "\"Di\\u{72}k\" is a delegate, not an approver"
        ),
        None
    );
}

/// Every kind, for the property tests.
const KINDS: &[EventKind] = &[
    K::Init,
    K::Unlock,
    K::UnlockFailure,
    K::Unseal,
    K::UnsealDenied,
    K::Recovery,
    K::EmergencySessionStart,
    K::EmergencySessionEnd,
    K::Acknowledgement,
    K::SharePrint,
    K::Drill,
    K::Rotation,
    K::PassphraseChange,
    K::RosterChange,
    K::SecretAdd,
    K::SecretEdit,
    K::SecretDelete,
    K::Export,
    K::Takeover,
    K::SettingsChange,
    K::RollbackAccepted,
    K::JournalQuarantined,
    K::AuditArchived,
    K::RemoteChange,
    K::Sync,
    K::CommandEnd,
    K::KitWritten,
    K::RecipientChange,
];

proptest::proptest! {
    /// Any text: no panic, and what parses prints back to a text that
    /// parses the same.
    #[test]
    fn any_text_parses_or_not_without_panic(text in "\\PC*", tail in proptest::sample::select(vec![
        "", "share 1 passed", "kind note, emergency true", "value to command x",
        "\"a\" is a holder, not an approver", "; moved to /x", " further reports not itemised: ",
    ])) {
        for text in [text.clone(), format!("{tail}{text}"), format!("{text}{tail}")] {
            for kind in KINDS {
                if let Some(d) = Detail::parse(*kind, &text) {
                    proptest::prop_assert_eq!(Detail::parse(*kind, &d.to_string()), Some(d));
                }
            }
        }
    }

    /// Free text of any kind inside a form round-trips, the separators
    /// of the form included.
    #[test]
    fn free_text_round_trips(
        name in proptest::prelude::any::<String>(),
        text in "\\PC*",
        n in proptest::prelude::any::<i32>(),
    ) {
        let cases = [
            (K::Unseal, Detail::Released { totp: n % 2 == 0, command: Some(text.clone()) }),
            (K::CommandEnd, Detail::CommandExited { command: text.clone(), status: n }),
            (K::CommandEnd, Detail::CommandKilled { command: text.clone(), signal: n }),
            (K::CommandEnd, Detail::CommandNotStarted { command: text.clone() }),
            (K::Takeover, Detail::Takeover { person: text.clone() }),
            (K::Export, Detail::Exported { format: "csv".into(), path: text.clone() }),
            (K::Drill, Detail::DrillFailed { index: 2, why: text.clone() }),
            (K::UnlockFailure, Detail::LockedFailure { shares: n % 2 == 0, why: text.clone() }),
            (K::SecretEdit, Detail::NewVersionImported { source: text.clone() }),
            (K::RecipientChange, Detail::RecipientCleared { index: 1, holder: text.clone() }),
            (K::RecipientChange, Detail::RecipientSet {
                index: 1,
                holder: text.clone(),
                kind: "age".into(),
                fingerprint: "ABCD-EFGH".into(),
            }),
            (K::UnsealDenied, Detail::Refused(Refused::SelfApproval(name.clone()))),
            (K::UnsealDenied, Detail::Refused(Refused::NotForEmergency(name.clone()))),
            (K::UnsealDenied, Detail::Refused(Refused::LockedOut {
                name: name.clone(),
                failures: 3,
                until: text.clone(),
            })),
            (K::Recovery, Detail::RecoveryRefused(Refused::ActorNotDelegate {
                name: name.clone(),
                role: Role::Holder,
            })),
        ];
        for (kind, d) in cases {
            let stored = d.to_string();
            proptest::prop_assert_eq!(Detail::parse(kind, &stored), Some(d), "{:?}", stored);
        }
    }
}

#[test]
fn unknown_clipped_and_misfiled_texts_do_not_parse() {
    assert_eq!(Detail::parse(K::Unlock, ""), None);
    assert_eq!(Detail::parse(K::Export, "line one\nline two"), None);
    // A form under another kind.
    assert_eq!(Detail::parse(K::Unseal, "share 3 passed"), None);
    // Clipped by the journal's bound.
    assert_eq!(
        Detail::parse(
            K::Recovery,
            "refused, share set marked exposed: \"Eve\" is not in the ro…"
        ),
        None
    );
    // Numbers that would not print back the same.
    assert_eq!(Detail::parse(K::Drill, "share 03 passed"), None);
    assert_eq!(Detail::parse(K::Drill, "share 300 passed"), None);
    assert_eq!(
        Detail::parse(K::SecretAdd, "kind note, emergency maybe"),
        None
    );
}
