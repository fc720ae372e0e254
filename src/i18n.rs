//! The message catalogue: every Dutch and English string of the faces
//! (CLI, TUI), the sheets and the report, in one place.
//!
//! A message is a [`Msg`] key; [`t`] gives its text in a language, [`tf`]
//! fills its named placeholders (`{name}`). The `match` in [`t`] has no
//! wildcard arm, so a key without either language does not compile, and the
//! unit tests at the bottom check that both languages of every key use the
//! same placeholders. The Dutch wording follows docs/GLOSSARY.md.
//!
//! # Adding a message
//!
//! 1. Add a variant at the end of [`Msg`] with a `///` line.
//! 2. Add two arms to the `match` in [`t`]: `(Lang::En, MyKey) => "...",`
//!    and `(Lang::Nl, MyKey) => "...",`. Values go in as `{name}`
//!    placeholders (the same names in both languages), filled with
//!    `tf(lang, Msg::MyKey, &[("name", &value)])`; word order may differ
//!    between the languages.
//! 3. `cargo test --lib i18n` checks both languages and the placeholders.
//!
//! Core errors are English values carrying their data; each face words them
//! through this catalogue (see `crate::face::words`).

/// A language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Nederlands.
    Nl,
    /// English.
    En,
}

impl Lang {
    /// From `LANG`/`LC_ALL`/`LC_MESSAGES`: Dutch for `nl*`, else English.
    pub fn from_env() -> Self {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(v) = std::env::var(var)
                && !v.is_empty()
            {
                return if v.to_ascii_lowercase().starts_with("nl") {
                    Lang::Nl
                } else {
                    Lang::En
                };
            }
        }
        Lang::En
    }
}

/// A message key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
#[non_exhaustive]
pub enum Msg {
    /// Prefix of an error line.
    Error,
    /// Prefix of a warning line.
    Warning,
    /// Passphrase prompt.
    Passphrase,
    /// New passphrase prompt.
    NewPassphrase,
    /// PIN prompt.
    Pin,
    /// Vault created.
    Created,
    /// No secrets.
    NoSecrets,
    /// Secret stored.
    SecretStored,
    /// Secret removed.
    SecretRemoved,
    /// Person added.
    PersonAdded,
    /// Person removed.
    PersonRemoved,
    /// Passphrase changed.
    PassphraseChanged,
    /// Share valid.
    ShareValid,
    /// Sheets written.
    SheetsWritten,
    /// Confirm removal prompt.
    ConfirmRemove,
    /// Emergency flag label.
    Emergency,
    /// Versions label.
    Versions,
    /// Never.
    Never,
    /// Overdue.
    Overdue,
    /// Exposed.
    Exposed,
    /// refused: a second PO.
    ErrSecondPo,
    /// refused: removing the PO.
    ErrRemovePo,
    /// refused: sheets not printed or verified.
    ErrSheetsNotVerified,
    /// one sheet not printed.
    ErrSheetNotPrinted,
    /// one sheet not verified.
    ErrSheetNotVerified,
    /// refused: commit outside a passphrase session.
    ErrCommitNeedsPo,
    /// refused: emergency session over.
    ErrSessionEnded,
    /// refused: PO only.
    ErrPoOnly,
    /// refused: unacknowledged emergency event.
    ErrUnacknowledged,
    /// refused: threshold 1.
    ErrThresholdOne,
    /// refused: takeover by the PO.
    ErrTakeoverNeedsShares,
    /// refused: secret not for emergencies.
    ErrNotForEmergency,
    /// refused: no reason.
    ErrNoReason,
    /// refused: no approver.
    ErrNoApprover,
    /// refused: self approval.
    ErrSelfApproval,
    /// refused: approver unknown.
    ErrApproverNotInRoster,
    /// refused: not an approver.
    ErrNotApprover,
    /// refused: approver without PIN.
    ErrNoPin,
    /// refused: approver locked out.
    ErrLockedOut,
    /// refused recovery: unknown name.
    ErrActorNotInRoster,
    /// refused recovery: not a delegate.
    ErrActorNotDelegate,
    /// no pending set.
    ErrNoPendingSet,
    /// no active set.
    ErrNoActiveSet,
    /// no such share.
    ErrNoSuchShare,
    /// approver without PIN.
    ErrApproverNeedsPin,
    /// empty passphrase.
    ErrEmptyPassphrase,
    /// setting out of range.
    ErrOutOfRange,
    /// setting: emergency session length.
    SettingEmergency,
    /// setting: idle lock.
    SettingIdleLock,
    /// setting: drill interval.
    SettingDrill,
    /// bad language.
    ErrLanguage,
    /// blank PIN.
    ErrPinBlank,
    /// PIN with spaces around.
    ErrPinSpaces,
    /// short PIN.
    ErrPinShort,
    /// no such version.
    ErrNoSuchVersion,
    /// archives out of order.
    ErrArchiveOrder,
    /// archives missing.
    ErrArchivesMissing,
    /// archive bound out of range.
    ErrArchiveBound,
    /// archive bound before the last archive.
    ErrArchiveBeforeMark,
    /// cannot write an archive.
    ErrWriteArchive,
    /// cannot write an export.
    ErrWriteExport,
    /// holder count.
    ErrHolderCount,
    /// threshold above holders.
    ErrThreshold,
    /// age key pair for another kind.
    ErrAgeNeedsBackupKey,
    /// empty value file.
    ErrEmptyValueFile,
    /// credential file not UTF-8.
    ErrCredentialNotUtf8,
    /// credential line.
    ErrCredentialLine,
    /// credential key.
    ErrCredentialKey,
    /// credential without password.
    ErrCredentialNoPassword,
    /// nothing to import.
    ErrImportEmpty,
    /// import name exists.
    ErrImportExists,
    /// import kind differs.
    ErrImportKind,
    /// text too long.
    ErrTooLong,
    /// the release channel.
    WhatChannel,
    /// secret exists.
    ErrSecretExists,
    /// no such secret.
    ErrNoSuchSecret,
    /// person exists.
    ErrPersonExists,
    /// no such person.
    ErrNoSuchPerson,
    /// rolled back.
    ErrRolledBack,
    /// wrong approver PIN.
    ErrWrongPin,
    /// wrong passphrase.
    ErrWrongPassphrase,
    /// no shares given.
    ErrNoShares,
    /// vault in use.
    ErrInUse,
    /// no vault.
    ErrNoVault,
    /// vault path is a directory.
    ErrIsDirectory,
    /// report period.
    LabelPeriodText,
    /// report unseal counts.
    LabelUnsealCounts,
    /// report chain intact.
    LabelChainIntact,
    /// report chain broken.
    LabelChainBroken,
    /// sheet: share i of n.
    LabelShareOf,
    /// Sheet and report label: Title of a share sheet.
    LabelSheetTitle,
    /// Sheet and report label: "Vault".
    LabelVault,
    /// Sheet and report label: "Vault id".
    LabelVaultId,
    /// Sheet and report label: "Share set".
    LabelSetId,
    /// Sheet and report label: "Holder".
    LabelHolder,
    /// Sheet and report label: "Place".
    LabelPlace,
    /// Sheet and report label: "Printed" (the date on a sheet).
    LabelPrinted,
    /// Sheet and report label: Heading of the text form.
    LabelTextForm,
    /// Sheet and report label: "Fingerprint".
    LabelFingerprint,
    /// Sheet and report label: "Audit checkpoint".
    LabelCheckpoint,
    /// Sheet and report label: Heading of the custody fields.
    LabelCustody,
    /// Sheet and report label: Heading of the small technical block at the bottom of a sheet.
    LabelTechnical,
    /// Sheet and report label: "Stored by".
    LabelStoredBy,
    /// Sheet and report label: "Where".
    LabelStoredWhere,
    /// Sheet and report label: "Signature".
    LabelSignature,
    /// Sheet and report label: "Date" (a field to write in).
    LabelDate,
    /// Sheet and report label: Title of the custody report.
    LabelReportTitle,
    /// Sheet and report label: "Generated".
    LabelGenerated,
    /// Sheet and report label: "Page".
    LabelPage,
    /// Sheet and report label: Roster heading.
    LabelRoster,
    /// Sheet and report label: Roster column "Name".
    LabelName,
    /// Sheet and report label: Roster column "Role".
    LabelRole,
    /// Sheet and report label: Custody table heading.
    LabelCustodyTable,
    /// Sheet and report label: Custody column "State".
    LabelState,
    /// Sheet and report label: "active".
    LabelActive,
    /// Sheet and report label: "pending".
    LabelPending,
    /// Sheet and report label: Custody column "Share".
    LabelShare,
    /// Sheet and report label: Custody column "Last drill".
    LabelLastDrill,
    /// Sheet and report label: Custody column "Flags".
    LabelFlags,
    /// Sheet and report label: "drill overdue".
    LabelOverdue,
    /// Sheet and report label: "exposed".
    LabelExposed,
    /// Sheet and report label: "never".
    LabelNever,
    /// Sheet and report label: Heading of the unseals table.
    LabelUnseals,
    /// Sheet and report label: Heading of the emergencies table.
    LabelEmergencies,
    /// Sheet and report label: Heading of the rotations table.
    LabelRotations,
    /// Sheet and report label: Shown instead of an empty table.
    LabelNone,
    /// Sheet and report label: Event column "Time".
    LabelTime,
    /// Sheet and report label: Event column "Actor".
    LabelActor,
    /// Sheet and report label: Event column "What".
    LabelWhat,
    /// Sheet and report label: Event column "Reason".
    LabelReason,
    /// Sheet and report label: Event column "Approver".
    LabelApprover,
    /// Sheet and report label: Event column "Outcome".
    LabelOutcome,
    /// Sheet and report label: Heading of the summary block.
    LabelSummary,
    /// Sheet and report label: Summary: "Period".
    LabelPeriod,
    /// Sheet and report label: Summary: "Time zone".
    LabelTimeZone,
    /// Sheet and report label: Summary: "Audit records".
    LabelRecords,
    /// Sheet and report label: Summary: "Unseals" (the counts).
    LabelUnsealCount,
    /// Sheet and report label: Summary: "Opened with shares".
    LabelRecoveries,
    /// Sheet and report label: Summary: emergency events not yet acknowledged.
    LabelOpenAcks,
    /// Sheet and report label: Summary: "Drills overdue".
    LabelOverdueDrills,
    /// Sheet and report label: Summary: "Audit chain".
    LabelChain,
    /// Sheet and report label: Heading of the failed attempts table.
    LabelFailedAttempts,
    /// Sheet and report label: Heading of the drills table.
    LabelDrills,
    /// Sheet and report label: Heading of the prints table.
    LabelPrints,
    /// Sheet and report label: Heading of the table of older copies accepted.
    LabelRollbacks,
    /// Sheet and report label: Role "po".
    LabelRolePo,
    /// Sheet and report label: Role "delegate".
    LabelRoleDelegate,
    /// Sheet and report label: Role "approver".
    LabelRoleApprover,
    /// Sheet and report label: Role "holder".
    LabelRoleHolder,
    /// Sheet and report label: Outcome "success".
    LabelDone,
    /// Sheet and report label: Outcome "denied".
    LabelRefused,
    /// Sheet and report label: Outcome "failure".
    LabelFailed,
    /// Sheet and report label: How an actor signed in: the PO passphrase.
    LabelByPassphrase,
    /// Sheet and report label: How an actor signed in: shares (followed by their numbers).
    LabelByShares,
    /// Sheet and report label: An approver whose PIN was checked.
    LabelByPin,
    /// Sheet and report label: An approver or record that was not authenticated.
    LabelNotAuthenticated,
    /// Sheet and report label: A record reported while the vault was locked (the journal).
    LabelReportedWhileLocked,
    /// Sheet and report label: Before the time such a record claims.
    LabelClaimed,
    /// Sheet and report label: The actor of a failed unlock, who proved nothing.
    LabelUnknownActor,
    /// Sheet and report label: The actor of a drill.
    LabelShareHolderActor,
    /// Sheet and report label: "to" before a release channel.
    LabelTo,
    /// Sheet and report label: Reason category "restore".
    LabelRestore,
    /// Sheet and report label: Reason category "restore test".
    LabelRestoreTest,
    /// Sheet and report label: Reason category "incident".
    LabelIncident,
    /// Sheet and report label: Reason category "other".
    LabelOther,
    /// Audit event kind Init, in words.
    EventInit,
    /// Audit event kind Unlock, in words.
    EventUnlock,
    /// Audit event kind UnlockFailure, in words.
    EventUnlockFailure,
    /// Audit event kind Unseal, in words.
    EventUnseal,
    /// Audit event kind UnsealDenied, in words.
    EventUnsealDenied,
    /// Audit event kind Recovery, in words.
    EventRecovery,
    /// Audit event kind EmergencySessionStart, in words.
    EventEmergencySessionStart,
    /// Audit event kind EmergencySessionEnd, in words.
    EventEmergencySessionEnd,
    /// Audit event kind Acknowledgement, in words.
    EventAcknowledgement,
    /// Audit event kind SharePrint, in words.
    EventSharePrint,
    /// Audit event kind Drill, in words.
    EventDrill,
    /// Audit event kind Rotation, in words.
    EventRotation,
    /// Audit event kind PassphraseChange, in words.
    EventPassphraseChange,
    /// Audit event kind RosterChange, in words.
    EventRosterChange,
    /// Audit event kind SecretAdd, in words.
    EventSecretAdd,
    /// Audit event kind SecretEdit, in words.
    EventSecretEdit,
    /// Audit event kind SecretDelete, in words.
    EventSecretDelete,
    /// Audit event kind Export, in words.
    EventExport,
    /// Audit event kind Takeover, in words.
    EventTakeover,
    /// Audit event kind SettingsChange, in words.
    EventSettingsChange,
    /// Audit event kind RollbackAccepted, in words.
    EventRollbackAccepted,
    /// Audit event kind JournalQuarantined, in words.
    EventJournalQuarantined,
    /// Audit event kind AuditArchived, in words.
    EventAuditArchived,
    /// Audit event kind RemoteChange, in words.
    EventRemoteChange,
    /// Audit event kind Sync, in words.
    EventSync,
    /// Audit event kind CommandEnd, in words.
    EventCommandEnd,
    /// Audit event kind KitWritten, in words.
    EventKitWritten,
    /// Event: a holder's recipient key changed.
    EventRecipientChange,
    /// refused: the vault would grow too large.
    ErrFull,
    /// the limit is for new content.
    ErrFullNewContent,
    /// yes.
    CliYes,
    /// no.
    CliNo,
    /// settings: emergency session.
    CliSetEmergency,
    /// settings: idle lock.
    CliSetIdleLock,
    /// settings: drill interval.
    CliSetDrill,
    /// settings: language.
    CliSetLanguage,
    /// settings: syslog.
    CliSetSyslog,
    /// language from the environment.
    CliFromEnv,
    /// off.
    CliOff,
    /// syslog with reasons.
    CliWithReasons,
    /// init: vault id.
    CliVaultId,
    /// init: share set.
    CliShareSet,
    /// init: kdf.
    CliKdf,
    /// init: next step.
    CliNextPrint,
    /// a secret in a list.
    CliSecretLine,
    /// a version of a secret.
    CliVersionLine,
    /// a version's user name.
    CliUser,
    /// kind: backup key.
    KindBackupKey,
    /// kind: credential.
    KindCredential,
    /// kind: TOTP.
    KindTotp,
    /// kind: note.
    KindNote,
    /// origin: file.
    OriginFile,
    /// origin: generated key.
    OriginKey256,
    /// origin: generated passphrase.
    OriginPassphrase,
    /// origin: generated age key.
    OriginAge,
    /// warning: kit out of date.
    CliKitChanged,
    /// shares status: no kit.
    CliKitNever,
    /// shares status: kit.
    CliKitWritten,
    /// kit is stale.
    CliKitStale,
    /// kit is fresh.
    CliKitFresh,
    /// shares status: a set.
    CliSetLine,
    /// set state: active.
    CliStateActive,
    /// set state: pending.
    CliStatePending,
    /// set state: retired.
    CliStateRetired,
    /// shares status: a share.
    CliShareLine,
    /// shares verify.
    CliShareValid,
    /// shares rotate.
    CliPendingMade,
    /// shares commit.
    CliCommitted,
    /// audit verify.
    CliChainIntact,
    /// audit verify: with checkpoint.
    CliWithCheckpoint,
    /// audit verify with archives.
    CliChainIntactArchives,
    /// audit verify against syslog.
    CliSyslogMatches,
    /// report written.
    CliReportWritten,
    /// checkpoint line.
    CliCheckpoint,
    /// ack.
    CliAcknowledged,
    /// audit export.
    CliExported,
    /// audit list: shares used.
    CliRecordShares,
    /// audit list: reason.
    CliRecordReason,
    /// audit list: approver.
    CliRecordApprover,
    /// audit list: channel.
    CliRecordTo,
    /// audit list: detail.
    CliRecordDetail,
    /// Only the PO: rotating shares.
    ActRotateShares,
    /// Only the PO: committing a share rotation.
    ActCommitRotation,
    /// Only the PO: printing sheets.
    ActPrintSheets,
    /// Only the PO: changing the roster.
    ActChangeRoster,
    /// Only the PO: changing the passphrase.
    ActChangePassphrase,
    /// Only the PO: changing settings.
    ActChangeSettings,
    /// Only the PO: acknowledging emergency events.
    ActAcknowledge,
    /// Only the PO: archiving audit records.
    ActArchive,
    /// Only the PO: printing the custody report.
    ActReport,
    /// Only the PO: adding a remote.
    ActAddRemote,
    /// Only the PO: removing a remote.
    ActRemoveRemote,
    /// Only the PO: adding a secret.
    ActAddSecret,
    /// Only the PO: updating a secret.
    ActUpdateSecret,
    /// Only the PO: removing a secret.
    ActRemoveSecret,
    /// Only the PO: importing secrets.
    ActImport,
    /// Only the PO: writing a recovery kit.
    ActWriteKit,
    /// PO action: changing a holder's recipient.
    ActChangeRecipient,
    /// refused: no delegate chosen and a roster name reads like the placeholder.
    ErrNoDelegateChosen,
    /// warning: weak KDF.
    WarnWeakKdf,
    /// warning: weak KDF made.
    WarnWeakKdfMade,
    /// warning: threshold 1.
    WarnThresholdOne,
    /// warning: k of k.
    WarnAllSheetsNeeded,
    /// warning: journal set aside.
    WarnJournalQuarantined,
    /// warning: failed unlocks.
    WarnFailedUnlocks,
    /// warning: refused recoveries.
    WarnRefusedRecoveries,
    /// warning: rollback accepted.
    WarnRollbackAccepted,
    /// warning: journal not moved.
    WarnJournalNotMoved,
    /// warning: open not recorded.
    WarnOpenNotRecorded,
    /// warning: unacknowledged events.
    WarnUnacknowledged,
    /// warning: exposed set.
    WarnExposed,
    /// warning: rollback state.
    WarnRollbackState,
    /// warning: emergency session.
    WarnEmergencySession,
    /// role: PO.
    RolePo,
    /// role: delegate.
    RoleDelegate,
    /// role: approver.
    RoleApprover,
    /// role: holder.
    RoleHolder,
    /// TUI: acting
    TuiActing,
    /// TUI: approver
    TuiApprover,
    /// TUI: audit chain
    TuiAudit,
    /// TUI: auto-lock in
    TuiAutoLock,
    /// TUI: incident
    TuiCatIncident,
    /// TUI: other
    TuiCatOther,
    /// TUI: restore
    TuiCatRestore,
    /// TUI: restore test
    TuiCatRestoreTest,
    /// TUI: the audit chain does not verify
    TuiChainBroken,
    /// TUI: audit chain intact
    TuiChainIntact,
    /// TUI: channel
    TuiChannel,
    /// TUI: screen
    TuiChannelScreen,
    /// TUI: clipboard
    TuiChannelClipboard,
    /// TUI: the restore-command channel
    TuiChannelCommand,
    /// TUI: the restore command line field
    TuiCommand,
    /// TUI: how to type the restore command
    TuiCommandHowTo,
    /// TUI: released into the restore command
    TuiCommandRan,
    /// TUI: (recorded)
    TuiRecorded,
    /// TUI: a backup key's key pair type
    TuiKeyPair,
    /// TUI: an age recipient
    TuiRecipient,
    /// TUI: a public key
    TuiPublicKey,
    /// TUI: an OpenPGP user id
    TuiUserId,
    /// TUI: the private part is protected by a passphrase
    TuiPassphraseProtected,
    /// TUI key: clear the clipboard now
    TuiKeyClearClipboard,
    /// TUI: this line does not match its check character
    TuiLineCheckFails,
    /// TUI: on the clipboard; cleared in
    TuiClipboardClearsIn,
    /// TUI: clipboard cleared
    TuiClipboardCleared,
    /// TUI: clipboard left alone: another program replaced the value
    TuiClipboardLeftAlone,
    /// TUI: the value is binary, not text: unseal it to the screen
    TuiClipboardBinary,
    /// TUI: checkpoint
    TuiCheckpoint,
    /// TUI: the vault file is damaged or tampered with
    TuiDamaged,
    /// TUI: delegate
    TuiDelegate,
    /// TUI: Enough shares. Type the name of the delegate acting (from the roster), then Enter:
    TuiDelegateHowTo,
    /// TUI: DEMO VAULT: not a real vault
    TuiDemoBanner,
    /// TUI: This is a throwaway demo vault with weak key derivation; it is deleted when you quit. Never keep real keys in it.
    TuiDemoNotReal,
    /// TUI: demo passphrase
    TuiDemoPassphrase,
    /// TUI: approver PIN
    TuiDemoPin,
    /// TUI: share files (2 of 3 needed for emergency recovery, delegate Dirk Smit)
    TuiDemoShares,
    /// TUI: detail
    TuiDetail,
    /// TUI: already entered
    TuiDuplicate,
    /// TUI: the emergency session ended and the vault is locked
    TuiEmergencyEnded,
    /// TUI: EMERGENCY SESSION ends in
    TuiEmergencyLeft,
    /// TUI: Emergency recovery
    TuiEmergencyRecovery,
    /// TUI: fingerprint
    TuiFingerprint,
    /// TUI: enter the first share
    TuiFirstShare,
    /// TUI: Keys
    TuiHelpTitle,
    /// TUI: While a field takes text, letters are typed: press Esc first for a command key.
    TuiHelpTyping,
    /// TUI: The value is hidden again and wiped from memory. Unseal again to see it (recorded).
    TuiHidden,
    /// TUI: hidden in
    TuiHidesIn,
    /// TUI: holder
    TuiHolder,
    /// TUI: the vault is in use
    TuiInUse,
    /// TUI: audit
    TuiKeyAudit,
    /// TUI: back
    TuiKeyBack,
    /// TUI: passphrase
    TuiKeyBackToPassphrase,
    /// TUI: cancel
    TuiKeyCancel,
    /// TUI: choose
    TuiKeyChoose,
    /// TUI: clear
    TuiKeyClear,
    /// TUI: close
    TuiKeyClose,
    /// TUI: done
    TuiKeyDone,
    /// TUI: emergency recovery
    TuiKeyEmergency,
    /// TUI: filter
    TuiKeyFilter,
    /// TUI: help
    TuiKeyHelp,
    /// TUI: hide
    TuiKeyHide,
    /// TUI: lock
    TuiKeyLock,
    /// TUI: menu
    TuiKeyMenu,
    /// TUI: move
    TuiKeyMove,
    /// TUI: next field
    TuiKeyNextField,
    /// TUI: next line
    TuiKeyNextLine,
    /// TUI: open
    TuiKeyOpen,
    /// TUI: quit
    TuiKeyQuit,
    /// TUI: scroll
    TuiKeyScroll,
    /// TUI: search
    TuiKeySearch,
    /// TUI: shares
    TuiKeyShares,
    /// TUI: show value
    TuiKeyShow,
    /// TUI: unlock
    TuiKeyUnlock,
    /// TUI: unseal
    TuiKeyUnseal,
    /// TUI: verify a sheet
    TuiKeyVerify,
    /// TUI: kind
    TuiKind,
    /// TUI: last drill
    TuiLastDrill,
    /// TUI: line
    TuiLine,
    /// TUI: locked after inactivity: unlock again
    TuiLockedIdle,
    /// TUI: an approver is required: the roster has no approver other than you; nothing was released
    TuiNeedApprover,
    /// TUI: need at least
    TuiNeedAtLeast,
    /// TUI: a reason is required: type why in the reason field; nothing was released
    TuiNeedReason,
    /// TUI: no
    TuiNo,
    /// TUI: (no approver in the roster)
    TuiNoApprovers,
    /// TUI: no secret matches the search
    TuiNoMatch,
    /// TUI: of
    TuiOf,
    /// TUI: origin
    TuiOrigin,
    /// TUI: belongs to another share set than the first share
    TuiOtherSet,
    /// TUI: place
    TuiPlace,
    /// TUI: press v to show the value
    TuiPressV,
    /// TUI: shares
    TuiProgress,
    /// TUI: reason
    TuiReason,
    /// TUI: reason category
    TuiReasonCategory,
    /// TUI: records
    TuiRecords,
    /// TUI: Enter the paper shares one at a time: type the six lines of a sheet, or the path of a share txt file. Each share is checked against the vault.
    TuiRecoveryIntro,
    /// TUI: refused
    TuiRefused,
    /// TUI: released
    TuiReleased,
    /// TUI: the vault was rolled back
    TuiRolledBack,
    /// TUI: secrets
    TuiSecrets,
    /// TUI: set
    TuiSet,
    /// TUI: share
    TuiShare,
    /// TUI: Type a line and press Enter (or a file path as the first line):
    TuiShareHowTo,
    /// TUI: share sets
    TuiShares,
    /// TUI: the terminal is too small for kluis: enlarge the window
    TuiTooSmall,
    /// TUI: the TOTP code has expired: unseal again for a new one
    TuiTotpExpired,
    /// TUI: TOTP code valid for
    TuiTotpValid,
    /// TUI: type the delegate's name
    TuiTypeDelegate,
    /// TUI: type the passphrase first
    TuiTypePassphrase,
    /// TUI: Unlock
    TuiUnlockTitle,
    /// TUI: vault:
    TuiUnlockVault,
    /// TUI: Tab moves between fields, ←/→ choose; the approver types their PIN; Enter on the PIN unseals (recorded).
    TuiUnsealHowTo,
    /// TUI: secret
    TuiUnsealing,
    /// TUI: username
    TuiUsername,
    /// TUI: value
    TuiValue,
    /// TUI: vault
    TuiVault,
    /// TUI: Type the six lines of the sheet (Enter after each). Nothing is revealed; the drill is recorded.
    TuiVerifyHowTo,
    /// TUI: the unlock stopped unexpectedly: try again
    TuiWorkerDied,
    /// TUI: working…
    TuiWorking,
    /// TUI: Esc while an open runs.
    TuiOpenCancelled,
    /// TUI: the KDF of a PIN runs on the worker.
    TuiWorkingPin,
    /// TUI: the KDF of a new passphrase runs on the worker.
    TuiWorkingPassphrase,
    /// TUI: a save runs on the worker.
    TuiWorkingSave,
    /// TUI: a key pressed while the session is on the worker.
    TuiBusyKeys,
    /// TUI: quit pressed while the session is on the worker.
    TuiBusyQuit,
    /// TUI: a letter typed on a choice matched no option.
    TuiChooseHint,
    /// TUI: the roster has no delegate to choose.
    TuiNoDelegates,
    /// TUI: the delegate stopped after the quorum opened the vault.
    TuiRecoveryStopped,
    /// TUI: the quorum is being checked and the roster read.
    TuiReadingRoster,
    /// TUI: Enter opens again with the shares entered.
    TuiRecoveryAgain,
    /// TUI: pending saves being pushed to the remotes.
    TuiWorkingSync,
    /// TUI: sheets on their way to `lp`.
    TuiPrinting,
    /// TUI: sheets sent to `lp` (a count follows).
    TuiPrinted,
    /// TUI: wrong passphrase: try again (the vault file itself is intact)
    TuiWrongPassphrase,
    /// TUI: wrong passphrase again. Check Caps Lock and the keyboard layout, and type slowly; every failed attempt is recorded and shown to the PO at the next unlock. If the passphrase is lost, use emergency recovery (e) with the paper shares
    TuiWrongPassphraseMany,
    /// TUI: yes
    TuiYes,
    /// Where a new value comes from.
    TuiSource,
    /// Typed value.
    TuiSourceTyped,
    /// Generated key.
    TuiSourceKey256,
    /// Generated passphrase.
    TuiSourcePassphrase,
    /// URL label.
    TuiUrl,
    /// Name label.
    TuiName,
    /// How to give a value.
    TuiValueHowTo,
    /// New version heading.
    TuiNewVersionOf,
    /// Remove confirmation.
    TuiTypeNameToRemove,
    /// How to enrol a PIN.
    TuiPinHowTo,
    /// Role label.
    TuiRole,
    /// PIN again label.
    TuiPinAgain,
    /// Setting label.
    TuiEmergencyMinutes,
    /// Setting label.
    TuiIdleMinutes,
    /// Setting label.
    TuiDrillDays,
    /// Setting label.
    TuiLanguage,
    /// Language from the environment.
    TuiLanguageEnv,
    /// Which set prints.
    TuiPendingSet,
    /// Which set prints.
    TuiActiveSet,
    /// How to print.
    TuiPrintHowTo,
    /// Directory label.
    TuiDirectory,
    /// Printer choice.
    TuiSendToPrinter,
    /// How to rotate.
    TuiRotateHowTo,
    /// Threshold label.
    TuiThreshold,
    /// Holders label.
    TuiHolders,
    /// k = 1 confirmation.
    TuiAllowThresholdOne,
    /// Format label.
    TuiFormat,
    /// File label.
    TuiFile,
    /// How to acknowledge.
    TuiAckHowTo,
    /// Not a number.
    TuiNotANumber,
    /// Name typed wrong.
    TuiNameMismatch,
    /// PINs differ.
    TuiPinsDiffer,
    /// Settings saved.
    TuiSettingsSaved,
    /// No directory.
    TuiTypeDirectory,
    /// Rotation done.
    TuiPendingMade,
    /// No file.
    TuiTypeFile,
    /// Export done.
    TuiExported,
    /// Ack done.
    TuiAcknowledged,
    /// Commit done.
    TuiCommitted,
    /// Key help.
    TuiKeyAddSecret,
    /// Key help.
    TuiKeyNewVersion,
    /// Key help.
    TuiKeyRemove,
    /// Key help.
    TuiKeyRoster,
    /// Key help.
    TuiKeySettings,
    /// Key help.
    TuiKeyAck,
    /// Key help.
    TuiKeyAddPerson,
    /// Key help.
    TuiKeyRemovePerson,
    /// Key help.
    TuiKeyWriteSheets,
    /// Key help.
    TuiKeyRotate,
    /// Key help.
    TuiKeyCommit,
    /// Key help.
    TuiKeyExport,
    /// Key help.
    TuiKeySubmit,
    /// Roster title.
    TuiRoster,
    /// Added column.
    TuiAddedAt,
    /// PIN column.
    TuiHasPin,
    /// Wizard label.
    TuiPoName,
    /// Wizard label.
    TuiVaultName,
    /// Wizard label.
    TuiPassphraseAgain,
    /// Wizard label.
    TuiAcceptWeak,
    /// Wizard error.
    TuiTypePoName,
    /// Wizard error.
    TuiPassphrasesDiffer,
    /// Wizard error.
    TuiWeakPassphrase,
    /// Wizard error.
    TuiPinTooShort,
    /// Wizard error.
    TuiNameTaken,
    /// Wizard label.
    TuiStrength,
    /// Wizard title.
    TuiWizardTitle,
    /// Wizard step.
    TuiStep,
    /// Step name.
    TuiStepPo,
    /// Step name.
    TuiStepPassphrase,
    /// Step name.
    TuiStepApprovers,
    /// Step name.
    TuiStepHolders,
    /// Step name.
    TuiStepCreating,
    /// Step name.
    TuiStepPrint,
    /// Step name.
    TuiStepVerify,
    /// Step name.
    TuiStepDone,
    /// Wizard help.
    TuiWizardPoHowTo,
    /// Wizard help.
    TuiWizardPassHowTo,
    /// Wizard help.
    TuiWizardApproversHowTo,
    /// Wizard help.
    TuiWizardHoldersHowTo,
    /// k = 1 warning.
    TuiWarnThresholdOne,
    /// k = n warning.
    TuiWarnThresholdAll,
    /// Creating.
    TuiCalibrating,
    /// Wizard help.
    TuiWizardPrintHowTo,
    /// Wizard help.
    TuiWizardVerifyHowTo,
    /// Verified list.
    TuiVerified,
    /// Wizard done.
    TuiWizardDone,
    /// Key help.
    TuiKeyPrevStep,
    /// Key help.
    TuiKeyPasswd,
    /// Key help.
    TuiKeyTakeover,
    /// Key help.
    TuiKeyReport,
    /// Key help (rolled-back vault).
    TuiKeyOpenAnyway,
    /// Change-passphrase form.
    TuiPasswdHowTo,
    /// Takeover form.
    TuiTakeoverHowTo,
    /// Takeover done (loud).
    TuiTakeoverDone,
    /// Report form.
    TuiReportHowTo,
    /// Report written.
    TuiReportWritten,
    /// Rolled-back vault on the unlock screen.
    TuiRolledBackHowTo,
    /// A remote holds a newer copy (unlock screen).
    TuiRemoteNewerHowTo,
    /// This copy and a remote diverged (unlock screen).
    TuiRemoteDivergedHowTo,
    /// Prefix of a remote refusal.
    TuiRemoteProblem,
    /// Key help: take the newer copy from the remote.
    TuiKeySync,
    /// Key help: keep the remote's copy.
    TuiKeyKeepRemote,
    /// Key help: keep this copy.
    TuiKeyKeepLocal,
    /// Label of the remotes line on the main screen.
    TuiRemotes,
    /// A remote holds everything.
    TuiRemoteUpToDate,
    /// Saves waiting for a remote.
    TuiRemotePending,
    /// A remote not reached (or empty).
    TuiRemoteNotReached,
    /// Key help: clone from a remote.
    TuiKeyClone,
    /// The clone screen's title.
    TuiCloneTitle,
    /// The clone screen's explanation.
    TuiCloneHowTo,
    /// The URL field.
    TuiCloneUrl,
    /// Cloned (notice on the unlock screen).
    TuiCloned,
    /// The wizard's hint to clone instead.
    TuiWizardOrClone,
    /// Pending saves pushed.
    TuiSynced,
    /// Type a path for the report.
    TuiTypeReportFile,
    /// Key help.
    TuiKeyNextStep,
    /// The wizard's holder field (one holder per Enter).
    TuiHolderField,
    /// A holder typed without its place.
    TuiHolderNeedsPlace,
    /// No holder yet.
    TuiAddHolder,
    /// Step name.
    TuiStepDelegate,
    /// Step name.
    TuiStepFirstSecret,
    /// Wizard help.
    TuiWizardDelegateHowTo,
    /// Wizard help.
    TuiWizardFirstSecretHowTo,
    /// A secret name without a value.
    TuiTypeValueOrSkip,
    /// Wizard help on a resumed set-up.
    TuiWizardResumed,
    /// Quit before every sheet was typed back (exit 1).
    SetupUnfinished,
    /// Quit before the vault was made (exit 1).
    SetupCancelled,
    /// After "in use (PID n)".
    TuiCloseOther,
    /// The vault file went away before the open.
    TuiNoVaultAt,
    /// A PO-only key pressed in an emergency session.
    TuiNotInEmergency,
    /// Help: what `!` after a secret's name means.
    TuiHelpEmergencyMark,
    /// Footer: a/s/r/g together.
    TuiKeyScreens,
    /// TUI advice in place of the CLI's (src/tui/words.rs).
    TuiHintReviewAck,
    /// TUI advice.
    TuiHintSeeAudit,
    /// TUI advice.
    TuiHintRotate,
    /// TUI: an exposed set is rotated on the shares screen.
    TuiHintExposedRotate,
    /// TUI advice.
    TuiHintVerifyCommit,
    /// TUI advice.
    TuiHintNewVersion,
    /// TUI advice.
    TuiHintWeakAllowed,
    /// TUI advice.
    TuiHintRollbackAccepted,
    /// TUI advice.
    TuiHintThresholdOne,
    /// TUI advice.
    TuiHintNoVault,
    /// Live ✗: after the quoted character.
    TuiNotAShareChar,
    /// Live ✗: more than 13 characters.
    TuiLineTooLong,
    /// Key help: skip an optional wizard step.
    TuiKeySkip,
    /// CLI: a remote of that name exists.
    ErrRemoteExists,
    /// CLI: no such remote.
    ErrNoSuchRemote,
    /// CLI: the remote holds another vault.
    ErrRemoteOtherVault,
    /// CLI: the remote holds a newer copy.
    ErrRemoteNewer,
    /// CLI: the copies diverged.
    ErrRemoteDiverged,
    /// CLI: a required remote did not take a release's record.
    ErrRemoteRequired,
    /// CLI: the clone target exists.
    ErrCloneTargetExists,
    /// CLI: the remote holds no vault.
    ErrRemoteEmpty,
    /// CLI: the vault path is a link.
    ErrVaultSymlink,
    /// CLI: KDF below the floor.
    ErrKdfBelowFloor,
    /// CLI: KDF below the floor, unmarked.
    ErrKdfBelowFloorUnmarked,
    /// CLI: no identity opens an age share.
    ErrAgeNoMatchingIdentity,
    /// CLI: wrong KDBX password or key file.
    ErrKdbxKey,
    /// CLI: the checkpoint names an archived record.
    ErrCheckpointArchived,
    /// CLI: a remote cannot be reached at the open.
    WarnRemoteUnreachable,
    /// CLI: a remote did not accept a save.
    WarnSavePending,
    /// `kit` output: where the kit was written.
    CliKitWrittenTo,
    /// `kit` output: the binary's hash.
    CliKitBinarySha,
    /// `kit` output: what the kit holds.
    CliKitApart,
    /// `secret import` summary.
    CliImported,
    /// `secret import --dry-run` summary.
    CliWouldImport,
    /// `secret import`: skipped entries.
    CliImportSkipped,
    /// `remote add` output.
    CliRemoteAdded,
    /// `remote add --required` output.
    CliRemoteAddedRequired,
    /// `remote list` with none.
    CliRemoteNone,
    /// `remote remove` output.
    CliRemoteRemoved,
    /// A remote line: required.
    CliRemoteRequired,
    /// A remote line: its generation.
    CliRemoteGeneration,
    /// A remote line: nothing there.
    CliRemoteEmpty,
    /// A remote line: nothing to push.
    CliRemoteUpToDate,
    /// A remote line: saves to push.
    CliRemotePending,
    /// `clone` output.
    CliCloned,
    /// `takeover` output.
    CliTakeoverDone,
    /// `secret remove` without a terminal.
    CliNoTerminalConfirm,
    /// `secret remove`: typed name differs.
    CliNameMismatch,
    /// `passwd`: both passphrases from stdin.
    CliOneStdin,
    /// `takeover` without a reason.
    CliTakeoverNeedsReason,
    /// `takeover` without an approver.
    CliTakeoverNeedsApprover,
    /// `takeover` by the PO.
    CliTakeoverNeedsShares,
    /// `kit` warning: no delegate on the roster.
    CliKitNoDelegate,
    /// `kit` warning: no approver on the roster.
    CliKitNoApprover,
    /// A share file is age-encrypted and no key was given.
    CliShareNeedsIdentity,
    /// Shares given without `--as`.
    CliSharesNeedAs,
    /// `init --kdf-memory` too large.
    CliKdfMemoryTooLarge,
    /// Neither or both of `--value-file` and `--generate`.
    CliOneValueSource,
    /// KeePass options without `--kdbx`.
    CliKdbxOnly,
    /// `secret import` without a source.
    CliImportSource,
    /// `shares verify` with not one share.
    CliVerifyOneShare,
    /// A command after `--` without `--to exec`.
    CliCommandOnlyExec,
    /// `--as` typed otherwise than the roster: the roster's name.
    CliActingAs,
    /// `--approver` typed otherwise than the roster: the roster's name.
    CliApproverIs,
    /// A share set's state on its own (TUI shares screen): active.
    StateActive,
    /// A share set's state on its own: pending (made, not yet committed).
    StatePending,
    /// Record detail: a vault made.
    DetailCreated,
    /// Record detail: a new share set in preparation.
    DetailPendingSet,
    /// Record detail: a rotation committed.
    DetailCommitted,
    /// Record detail: a share checked in a session.
    DetailSharePassed,
    /// Record detail: sheets printed.
    DetailPrinted,
    /// Record detail: a person added.
    DetailRosterAdded,
    /// Record detail: a person or remote removed.
    DetailRemoved,
    /// Record detail: a passphrase change.
    DetailNewMasterKey,
    /// Record detail: settings changed.
    DetailSettings,
    /// Record detail: syslog forwarding changed.
    DetailSyslog,
    /// Record detail: a setting on.
    DetailOn,
    /// Record detail: a setting off.
    DetailOff,
    /// Record detail: yes.
    DetailTrue,
    /// Record detail: no.
    DetailFalse,
    /// Record detail: a wrong PIN.
    DetailWrongPin,
    /// Record detail: a wrong PIN that locked the approver out.
    DetailWrongPinLockedOut,
    /// Record detail: a value released.
    DetailReleasedValue,
    /// Record detail: a TOTP code released.
    DetailReleasedTotp,
    /// Record detail: a value released into a command.
    DetailReleasedValueTo,
    /// Record detail: a TOTP code released into a command.
    DetailReleasedTotpTo,
    /// Record detail: a command ended.
    DetailCommandExited,
    /// Record detail: a command killed.
    DetailCommandKilled,
    /// Record detail: a command that did not start.
    DetailCommandNotStarted,
    /// Record detail: emergency events acknowledged.
    DetailAcknowledged,
    /// Record detail: the audit log exported.
    DetailExported,
    /// Record detail: the custody report made.
    DetailCustodyReport,
    /// Record detail: an older copy kept against a remote.
    DetailRollbackRemote,
    /// Record detail: an older copy accepted.
    DetailRollbackLocal,
    /// Record detail: sync took a newer copy.
    DetailSyncTook,
    /// Record detail: sync took the remote's copy and kept this one as a file.
    DetailSyncTookKept,
    /// Record detail: sync kept this copy and the remote's as a file.
    DetailSyncKeptLocal,
    /// Record detail: a remote added.
    DetailRemoteAdded,
    /// Record detail: a required remote added.
    DetailRemoteAddedRequired,
    /// Record detail: a required remote did not take a release's record.
    DetailRequiredRemoteRefused,
    /// Record detail: a secret added.
    DetailSecretAdded,
    /// Record detail: a secret imported.
    DetailSecretImported,
    /// Record detail: a new version.
    DetailNewVersion,
    /// Record detail: a new version imported.
    DetailNewVersionImported,
    /// Record detail: a recovery kit written.
    DetailKitWritten,
    /// Record detail: an emergency session ran out.
    DetailSessionExpired,
    /// Record detail: an emergency session closed.
    DetailSessionClosed,
    /// Record detail: a holder's recipient set.
    DetailRecipientSet,
    /// Record detail: a holder's recipient cleared.
    DetailRecipientCleared,
    /// Record detail: a recovery exposed the share set.
    DetailSetExposed,
    /// Record detail: a recovery refused.
    DetailRecoveryRefused,
    /// Record detail: a takeover.
    DetailTakeover,
    /// Record detail: records archived.
    DetailArchived,
    /// Record detail: journal reports summed.
    DetailJournalSummary,
    /// Record detail: a failed unlock with the passphrase while locked.
    DetailLockedFailurePassphrase,
    /// Record detail: a failed recovery with shares while locked.
    DetailLockedFailureShares,
    /// Record detail: a drill while locked, proven.
    DetailDrillProven,
    /// Record detail: a drill while locked, not proven.
    DetailDrillNotProven,
    /// Record detail: a failed drill while locked.
    DetailDrillFailed,
    /// Record detail: the journal moved aside.
    DetailJournalQuarantined,
    /// Record detail: refused, no reason.
    DetailNoReason,
    /// Record detail: refused, no approver.
    DetailNoApprover,
    /// Record detail: refused, the approver is the one acting.
    DetailSelfApproval,
    /// Record detail: refused, the approver is not in the roster.
    DetailNotInRoster,
    /// Record detail: refused, the person named has another role.
    DetailNotApprover,
    /// Record detail: refused, the approver has no PIN.
    DetailNoPin,
    /// Record detail: refused, the approver is locked out.
    DetailLockedOut,
    /// Record detail: refused, not released in emergency sessions.
    DetailNotForEmergency,
    /// Record detail: a recovery refused, the one acting is not in the roster.
    DetailActorNotInRoster,
    /// Record detail: a recovery refused, the one acting is no delegate.
    DetailActorNotDelegate,
    /// A record's detail in words in `audit list`.
    CliRecordDetailWorded,
    /// The subject of an archive record.
    DetailArchivedSubject,
    /// Record detail: a failed unlock with a wrong passphrase while locked.
    DetailLockedWrongPassphrase,
    /// clap: the title of a usage line.
    ClapUsage,
    /// clap: the options placeholder of a usage line.
    ClapOptions,
    /// clap: the last line of a usage error.
    ClapMoreInfo,
    /// clap: required arguments not given (the list follows).
    ClapMissingArgs,
    /// clap: a value not among the possible ones.
    ClapInvalidValue,
    /// clap: an option given without its value.
    ClapEmptyValue,
    /// clap: the list of possible values.
    ClapPossibleValues,
    /// clap: a value its parser refused, with the reason.
    ClapBadValue,
    /// clap: an argument no command knows.
    ClapUnknownArg,
    /// clap: a command that does not exist.
    ClapUnknownCommand,
    /// clap: a command needs a subcommand.
    ClapMissingCommand,
    /// clap: the list of subcommands.
    ClapCommands,
    /// clap: an option given twice.
    ClapTwice,
    /// clap: two arguments that exclude each other.
    ClapConflict,
    /// clap: an argument that excludes those listed after it.
    ClapConflictList,
    /// clap: an argument that excludes others given.
    ClapConflictAny,
    /// clap: a command that excludes an argument given.
    ClapCommandConflict,
    /// clap: a conflict without names.
    ClapConflictPlain,
    /// clap: an option whose value needs '='.
    ClapNoEquals,
    /// clap: a value where none was expected.
    ClapTooManyValues,
    /// clap: fewer values than needed.
    ClapTooFewValues,
    /// clap: another number of values than needed.
    ClapWrongValueCount,
    /// clap: an argument that is not UTF-8.
    ClapNotUtf8,
    /// clap: a command line clap refused for another reason.
    ClapOther,
    /// clap: a suggestion ('tip: …').
    ClapDidYouMean,
    /// clap: the last joint of a list of suggestions.
    ClapOr,
    /// clap: how to give a word that looks like an argument as a value.
    ClapAsValue,
    /// clap: the argument typed exists on a subcommand.
    ClapExists,
    /// clap: a subcommand typed after '--'.
    ClapDoubleDash,
    /// `--recipient` before any `--holder`.
    ClapRecipientFirst,
    /// two `--recipient` after one `--holder`.
    ClapRecipientTwice,
    /// A number option given something else.
    NumNotANumber,
    /// A number option given an empty text.
    NumEmpty,
    /// A number option given too large a number.
    NumTooLarge,
    /// A number option given too small a number.
    NumTooSmall,
    /// A number option out of its range.
    NumOutOfRange,
    /// Standard input cannot be read.
    InCannotReadStdin,
    /// Standard input is larger than a passphrase or value.
    InStdinTooLarge,
    /// A passphrase or PIN file that is not UTF-8.
    InNotUtf8,
    /// No terminal to ask a passphrase or PIN on.
    InNoTerminal,
    /// The prompt to type a passphrase again.
    InAgain,
    /// The two entries of a new passphrase or PIN differ.
    InEntriesDiffer,
    /// A share file cannot be read.
    InCannotReadShareFile,
    /// An identity file cannot be read.
    InCannotReadIdentity,
    /// An identity file that holds no identity (the reason follows).
    InIdentityFile,
    /// A typed share path of an age file without --identity.
    InShareAgeTyped,
    /// A share image cannot be read.
    InCannotReadShareImage,
    /// No share read from an image, with the reason.
    InShareImage,
    /// Scan: the image is too large.
    InScanTooLarge,
    /// Scan: not a readable PNG or JPEG.
    InScanUnreadable,
    /// Scan: no QR code found.
    InScanNoCode,
    /// Scan: more than one QR code.
    InScanSeveral,
    /// Scan: a QR code that cannot be read.
    InScanUndecodable,
    /// Scan: the QR code holds no share.
    InScanNotAShare,
    /// Typing a share: the instruction.
    InTypeShare,
    /// Typing a share: a line's label.
    InLine,
    /// Typing a share: the input cannot be read.
    InCannotReadTyped,
    /// Typing a share: the input ended early.
    InShareUnfinished,
    /// Scan: too many corner patterns, so several QR codes.
    InScanCorners,
    /// A value file cannot be read.
    CliCannotReadValueFile,
    /// `secret show`: a key pair's type.
    CliKeyPair,
    /// `secret show`: the private part has a passphrase.
    CliKeyProtected,
    /// `secret show`: an age key's recipient.
    CliKeyRecipient,
    /// `secret show`: a public key.
    CliKeyPublic,
    /// `secret show`: a key's fingerprint.
    CliKeyFingerprint,
    /// `secret show`: an OpenPGP key's user id.
    CliKeyUserId,
    /// `secret import`: the source cannot be read.
    CliCannotReadSource,
    /// `secret import`: the KeePass database.
    CliWhatKdbx,
    /// `secret import`: the KeePass key file.
    CliWhatKeyFile,
    /// `secret import`: the Bitwarden export.
    CliWhatBitwarden,
    /// `secret import`: the CSV file.
    CliWhatCsv,
    /// `secret import`: the KeePass password prompt.
    CliKdbxPassword,
    /// `shares recipient set` output.
    CliRecipientSet,
    /// `shares recipient clear` output.
    CliRecipientCleared,
    /// `shares print`: the active set's sheets cannot be written.
    CliCannotPrintActive,
    /// `shares print --pending`: the sheets cannot be written.
    CliCannotPrintPending,
    /// `shares print --encrypted`: an age file cannot be written.
    CliCannotWriteAgeFile,
    /// `unseal` without a reason.
    CliUnsealNeedsReason,
    /// `unseal` without an approver.
    CliUnsealNeedsApprover,
    /// `unseal` of a TOTP secret: the label of the code.
    CliTotpLabel,
    /// `unseal --to exec`: no in-memory file.
    CliNoMemoryFile,
    /// `unseal --to exec`: the command's end not recorded.
    CliCommandEndNotRecorded,
    /// `unseal --to exec`: the command did not start.
    CliCommandNotStarted,
    /// `unseal --to exec`: the command was killed.
    CliCommandKilled,
    /// `unseal --to exec`: the command failed.
    CliCommandExited,
    /// `audit verify --against-syslog`: the file cannot be read.
    CliCannotReadSyslog,
    /// `audit archive` output.
    CliArchived,
    /// `audit archive`: the archive's checkpoint.
    CliArchiveCheckpoint,
    /// `audit verify-export` output.
    CliExportIntact,
    /// `audit verify-export`: records after the checkpoint.
    CliExportBeyond,
    /// `--to file` without a path.
    ChanFileNoPath,
    /// `--to file=` with an empty path.
    ChanEmptyPath,
    /// `--to` with an unknown channel.
    ChanUnknown,
    /// `--holder` without a name.
    CliHolderNeedsLabel,
    /// Checkpoint shape: empty.
    CkEmpty,
    /// Checkpoint shape: no KC1.
    CkNoKc1,
    /// Checkpoint shape: no space after KC1.
    CkNoSpaceAfterKc1,
    /// Checkpoint shape: ends in the vault part.
    CkEndsInVaultPart,
    /// Checkpoint shape: the vault part.
    CkVaultPartNotHex,
    /// Checkpoint shape: no record number.
    CkEndsBeforeRecord,
    /// Checkpoint shape: the record number.
    CkRecordNotDecimal,
    /// Checkpoint shape: the record number too large.
    CkRecordTooLarge,
    /// Checkpoint shape: record number 0.
    CkRecordZero,
    /// Checkpoint shape: the head part.
    CkHeadPartNotHex,
    /// The choices of `--to`.
    ChanChoices,
    /// `remote add` with a bad name (the reason follows).
    CliRemoteName,
    /// A remote name's length.
    CliRemoteNameLength,
    /// A remote name's first character.
    CliRemoteNameStart,
    /// A remote name's characters.
    CliRemoteNameCharacters,
    /// `shares status`: the share goes out encrypted to a recipient.
    CliEncryptedTo,
    /// `shares status`: two holders share a recipient.
    CliSameRecipient,
    /// A share file (the reason it is refused follows).
    InShareFile,
    /// A share image (the reason it is refused follows).
    InShareImageOf,
    /// A share file that is not text.
    InNotAShareFile,
    /// No command (or `demo`) without a terminal.
    CliNeedsTerminal,
    /// The process cannot be hardened (before anything else).
    Hardening,
    /// `--to file=PATH` names a directory.
    RelFileIsDir,
    /// `--to file=PATH` names a file that exists.
    RelFileExists,
    /// `--to file=PATH` cannot be checked.
    RelFileUnchecked,
    /// `--to file=PATH`: the parent is no directory.
    RelParentNotDir,
    /// `--to file=PATH`: the parent does not exist.
    RelParentMissing,
    /// `--to screen/qr` without a terminal.
    RelNoTty,
    /// `--to clipboard` without a clipboard.
    RelNoClipboard,
    /// `--to stdout`: the write failed.
    RelCannotWriteStdout,
    /// `--to clipboard`: the value is on the clipboard.
    RelCopied,
    /// `--to clipboard`: cleared.
    RelClipboardCleared,
    /// `--to clipboard`: cleared through the terminal.
    RelClipboardUnverified,
    /// `--to clipboard`: another program replaced the value.
    RelClipboardLeftAlone,
    /// `--to clipboard`: a binary value.
    RelBinary,
    /// `--to file=PATH`: the file cannot be made.
    RelCannotCreate,
    /// `--to file=PATH`: the write failed (what became of the partial file follows).
    RelCannotWrite,
    /// `--to file=PATH`: the partial file was removed.
    RelPartialRemoved,
    /// `--to file=PATH`: the partial file could not be removed.
    RelPartialLeft,
    /// `--to file=PATH`: the directory was not synced.
    RelNotSynced,
    /// `--to screen/qr`: the line under the value.
    RelHiddenIn,
    /// `--to qr`: too long for a QR code.
    RelQrTooLong,
    /// `--to qr`: the terminal is too narrow.
    RelQrTooWide,
    /// ErrSecondPo without the command.
    TuiErrSecondPo,
    /// ErrSheetsNotVerified with the TUI's keys.
    TuiErrSheetsNotVerified,
    /// ErrUnacknowledged with the TUI's keys.
    TuiErrUnacknowledged,
    /// ErrThresholdOne with the TUI's choice.
    TuiErrThresholdOne,
    /// ErrTakeoverNeedsShares without the command.
    TuiErrTakeoverNeedsShares,
    /// ErrNoReason without the flags.
    TuiErrNoReason,
    /// ErrNoApprover without the flag.
    TuiErrNoApprover,
    /// ErrActorNotInRoster without the flag.
    TuiErrActorNotInRoster,
    /// ErrActorNotDelegate without the flag.
    TuiErrActorNotDelegate,
    /// ErrNoPendingSet with the TUI's keys.
    TuiErrNoPendingSet,
    /// ErrApproverNeedsPin without the flag.
    TuiErrApproverNeedsPin,
    /// ErrArchiveBound without the flag.
    TuiErrArchiveBound,
    /// ErrArchiveBeforeMark without the flag.
    TuiErrArchiveBeforeMark,
    /// ErrHolderCount without the flag.
    TuiErrHolderCount,
    /// ErrAgeNeedsBackupKey without the flags.
    TuiErrAgeNeedsBackupKey,
    /// ErrImportExists without the flag.
    TuiErrImportExists,
    /// ErrSecretExists with the TUI's key.
    TuiErrSecretExists,
    /// ErrNoSuchSecret without the command.
    TuiErrNoSuchSecret,
    /// ErrNoSuchPerson without the command.
    TuiErrNoSuchPerson,
    /// ErrRolledBack without the flag.
    TuiErrRolledBack,
    /// ErrNoShares without the flag.
    TuiErrNoShares,
    /// ErrInUse without the CLI's word.
    TuiErrInUse,
    /// ErrNoVault with the TUI's advice.
    TuiErrNoVault,
    /// ErrIsDirectory without the flag.
    TuiErrIsDirectory,
    /// ErrFull without the command.
    TuiErrFull,
    /// ErrRemoteExists without the command.
    TuiErrRemoteExists,
    /// ErrNoSuchRemote without the command.
    TuiErrNoSuchRemote,
    /// ErrRemoteOtherVault without the command.
    TuiErrRemoteOtherVault,
    /// ErrRemoteNewer without the command.
    TuiErrRemoteNewer,
    /// ErrRemoteDiverged without the commands.
    TuiErrRemoteDiverged,
    /// ErrRemoteRequired without the command.
    TuiErrRemoteRequired,
    /// ErrCloneTargetExists without the flag.
    TuiErrCloneTargetExists,
    /// ErrRemoteEmpty without the command.
    TuiErrRemoteEmpty,
    /// ErrVaultSymlink without the flag.
    TuiErrVaultSymlink,
    /// ErrKdfBelowFloor without the flag.
    TuiErrKdfBelowFloor,
    /// ErrKdfBelowFloorUnmarked without the flag.
    TuiErrKdfBelowFloorUnmarked,
    /// ErrAgeNoMatchingIdentity without the flag.
    TuiErrAgeNoMatchingIdentity,
    /// ErrKdbxKey without the flag.
    TuiErrKdbxKey,
    /// ErrCheckpointArchived without the commands.
    TuiErrCheckpointArchived,
    /// WarnWeakKdf without the flag.
    TuiWarnWeakKdf,
    /// WarnWeakKdfMade without the flag.
    TuiWarnWeakKdfMade,
    /// WarnFailedUnlocks with the TUI's key.
    TuiWarnFailedUnlocks,
    /// WarnRefusedRecoveries with the TUI's key.
    TuiWarnRefusedRecoveries,
    /// WarnRollbackAccepted without the flag.
    TuiWarnRollbackAccepted,
    /// WarnUnacknowledged with the TUI's keys.
    TuiWarnUnacknowledged,
    /// WarnExposed with the TUI's keys.
    TuiWarnExposed,
    /// WarnRemoteUnreachable without the command.
    TuiWarnRemoteUnreachable,
    /// WarnSavePending without the command.
    TuiWarnSavePending,
    /// A text check: nothing but white space.
    ErrTextEmpty,
    /// A text check: too long.
    ErrTextTooLong,
    /// A text check: a character that could hide what is shown.
    ErrTextForbidden,
    /// A text check: a name with a space around it.
    ErrTextPadded,
    /// A checked field.
    FieldPersonName,
    /// A checked field.
    FieldSecretName,
    /// A checked field.
    FieldPoName,
    /// A checked field.
    FieldApproverName,
    /// A checked field.
    FieldArchivePath,
    /// A checked field.
    FieldCommandName,
    /// A checked field.
    FieldExportPath,
    /// A checked field: a holder's name.
    FieldHolderLabel,
    /// A checked field: a holder's place.
    FieldHolderPlace,
    /// A checked field.
    FieldActorName,
    /// A checked field.
    FieldReason,
    /// A checked field.
    FieldChannel,
    /// A checked field.
    FieldRemoteUrl,
    /// A checked field.
    FieldCredentialUrl,
    /// A checked field.
    FieldCredentialUser,
    /// A checked field.
    FieldVaultName,
    /// A forbidden character class.
    CharControl,
    /// A forbidden character class.
    CharBidi,
    /// A forbidden character class.
    CharLineSeparator,
    /// A forbidden character class.
    CharInvisible,
    /// Share text too long.
    ErrShareTooLong,
    /// No share entered.
    ErrShareEmpty,
    /// A character that is no share symbol.
    ErrShareBadCharacter,
    /// A share line of the wrong length.
    ErrShareLineLength,
    /// A share of the wrong number of lines.
    ErrShareLineCount,
    /// A one-line share of the wrong length.
    ErrShareLength,
    /// A share line that fails its check character.
    ErrShareLineCheck,
    /// A share that fails its overall check.
    ErrShareChecksum,
    /// A share of an unknown format version.
    ErrShareVersion,
    /// A share whose fields are invalid.
    ErrShareMalformed,
    /// A share field.
    ErrShareThresholdZero,
    /// A share field.
    ErrShareCountZero,
    /// A share field.
    ErrShareCountTooLarge,
    /// A share field.
    ErrShareThresholdAboveCount,
    /// A share field.
    ErrShareIndexZero,
    /// A share field.
    ErrShareIndexOutOfRange,
    /// A share of another set.
    ErrShareWrongSet,
    /// A share whose threshold or count differ.
    ErrShareFieldMismatch,
    /// A share that fails its fingerprint.
    ErrShareBadFingerprint,
    /// A damaged share set description.
    ErrShareSetInfo,
    /// A share of a retired set.
    ErrShareRetired,
    /// A share of a set the vault does not know.
    ErrShareUnknownSet,
    /// An entered share of another set.
    ErrQuorumWrongSet,
    /// An entered share with another threshold or count.
    ErrQuorumFieldMismatch,
    /// An entered share with an index out of range.
    ErrQuorumIndexOutOfRange,
    /// A share entered twice.
    ErrQuorumDuplicate,
    /// An entered share that fails its fingerprint.
    ErrQuorumBadShare,
    /// Too few shares.
    ErrQuorumNotEnough,
    /// Valid shares that do not open the recovery slot.
    ErrRecoverySlot,
    /// An entered share of a retired set.
    ErrRetiredSetAt,
    /// An entered share of an unknown set.
    ErrUnknownSetAt,
    /// The body does not authenticate.
    ErrBodyAuth,
    /// Context: a share file.
    ErrShareFile,
    /// Context: a share image.
    ErrShareImage,
    /// Import: KDBX does not decrypt.
    ErrKdbxDecrypt,
    /// Import: KDBX asks too much work.
    ErrKdbxTooMuchWork,
    /// Import: KDBX damaged.
    ErrKdbxDamaged,
    /// Import: no such KDBX group.
    ErrKdbxNoGroup,
    /// Import: not a key file.
    ErrKdbxKeyFile,
    /// Import: encrypted Bitwarden export.
    ErrBitwardenEncrypted,
    /// Import: unknown Bitwarden item type.
    ErrBitwardenType,
    /// Import: not Bitwarden JSON.
    ErrBitwardenFormat,
    /// Import: a CSV column missing.
    ErrCsvMissingColumn,
    /// Import: a CSV row unreadable.
    ErrCsvRow,
    /// Import: a name twice.
    ErrImportDuplicate,
    /// Import: a field too long.
    ErrImportFieldTooLong,
    /// Import: a bad name.
    ErrImportBadName,
    /// Import: a TOTP field.
    ErrImportTotp,
    /// Import: where, a CSV row.
    ImportWhereRow,
    /// Import: where, a KeePass entry.
    ImportWhereEntry,
    /// A TOTP seed not base32.
    ErrTotpBase32,
    /// A TOTP seed too short.
    ErrTotpShort,
    /// An otpauth URI kluis does not support.
    ErrTotpUnsupported,
    /// Two holders with the same age recipient.
    WarnSameRecipient,
    /// An age plugin not installed.
    WarnPluginMissing,
    /// A remote could not be read.
    WarnRemoteUnreadable,
    /// This copy kept over a newer remote.
    WarnRollbackKeptNewer,
    /// This copy kept over a diverged remote.
    WarnRollbackKeptDiverged,
    /// A sync took the remote's copy.
    WarnTookRemote,
    /// A sync took the remote's copy and kept this one beside it.
    WarnTookRemoteKeptLocal,
    /// A sync kept this copy and the remote's beside it.
    WarnKeptLocal,
    /// Pending saves not pushed.
    WarnPushFailed,
    /// Records not forwarded to syslog.
    WarnSyslogFailed,
    /// A holder typed without a name.
    TuiHolderNeedsLabel,
    /// A vault path that is no plain file.
    ErrNotRegular,
    /// A file larger than any vault.
    ErrTooLarge,
    /// A symbolic link kluis would write through.
    ErrSymlink,
    /// A file with other hard links.
    ErrHardLinked,
    /// An input file over its limit.
    ErrInputTooLarge,
    /// A stream over its limit.
    ErrStreamTooLarge,
    /// A named pipe given as a file.
    ErrNamedPipe,
    /// A file that would be overwritten.
    ErrExists,
    /// A file that does not exist.
    ErrNoSuchFile,
    /// An I/O failure: what was being done, the path, the cause.
    ErrIo,
    /// I/O: what was being done.
    IoClearJournal,
    /// I/O: what was being done.
    IoTempBeside,
    /// I/O: what was being done.
    IoCreateDir,
    /// I/O: what was being done.
    IoCreate,
    /// I/O: what was being done.
    IoKeepBeside,
    /// I/O: what was being done.
    IoLock,
    /// I/O: what was being done.
    IoMoveJournal,
    /// I/O: what was being done.
    IoOpen,
    /// I/O: what was being done.
    IoParseState,
    /// I/O: what was being done.
    IoRead,
    /// I/O: what was being done.
    IoResetState,
    /// I/O: what was being done.
    IoPermissions,
    /// I/O: what was being done.
    IoWriteJournal,
    /// I/O: what was being done.
    IoWriteLock,
    /// I/O: what was being done.
    IoWriteVault,
    /// I/O: what was being done.
    IoFlush,
    /// An I/O cause.
    IoNotFound,
    /// An I/O cause.
    IoPermissionDenied,
    /// An I/O cause.
    IoAlreadyExists,
    /// An I/O cause.
    IoStorageFull,
    /// An I/O cause.
    IoReadOnly,
    /// A checkpoint of another vault.
    ErrCheckpointOtherVault,
    /// A chain shorter than its checkpoint.
    ErrCheckpointTruncated,
    /// A record that does not match its checkpoint.
    ErrCheckpointDiverged,
    /// A checkpoint text far too long.
    ErrCheckpointTooLong,
    /// A checkpoint version not known.
    ErrCheckpointVersion,
    /// Not a checkpoint.
    ErrCheckpointShape,
    /// An age recipient with a bad checksum.
    ErrAgeRecipientChecksum,
    /// Not a recipient kluis knows.
    ErrAgeRecipientUnknown,
    /// An SSH key not usable as a recipient.
    ErrAgeRecipientSsh,
    /// An age plugin not installed.
    ErrAgeMissingPlugin,
    /// An age plugin failed.
    ErrAgePlugin,
    /// Not an identity file.
    ErrAgeIdentityUnreadable,
    /// An SSH key age cannot use.
    ErrAgeIdentityUnsupported,
    /// A wrong identity passphrase.
    ErrAgeIdentityPassphrase,
    /// No terminal to ask an identity passphrase.
    ErrAgeIdentityNoPrompt,
    /// Not an age file.
    ErrAgeNotAge,
    /// A damaged age file.
    ErrAgeDamaged,
    /// A truncated or changed age file.
    ErrAgeTampered,
    /// An age file encrypted with a passphrase.
    ErrAgePassphraseFile,
    /// An age file that holds no share.
    ErrAgeNotShareText,
    /// The restore command could not start.
    TuiCmdNotStarted,
    /// The restore command ended.
    TuiCmdExited,
    /// The restore command was killed.
    TuiCmdKilled,
    /// The restore command never started.
    TuiCmdNeverStarted,
    /// The vault was locked meanwhile.
    TuiVaultLocked,
    /// A vault asking too much memory.
    ErrKdfMemory,
    /// A vault asking too many passes.
    ErrKdfPasses,
    /// A vault asking too many lanes.
    ErrKdfLanes,
    /// Invalid KDF parameters.
    ErrKdfInvalid,
    /// A bad remote name.
    ErrRemoteName,
    /// A URL that is no git repository.
    ErrRemoteNotRepo,
    /// A remote changed outside kluis.
    ErrRemoteTampered,
    /// A remote copy saved under another key.
    ErrRemoteRekeyed,
    /// A damaged vault file.
    ErrHeaderEmpty,
    /// Not a vault file.
    ErrHeaderMagic,
    /// A damaged vault file.
    ErrHeaderTruncated,
    /// A damaged vault file.
    ErrHeaderVersionZero,
    /// A vault newer than this kluis.
    ErrHeaderFuture,
    /// A damaged vault file.
    ErrHeaderChecksum,
    /// A damaged vault header.
    ErrHeaderFlags,
    /// A damaged vault header.
    ErrHeaderField,
    /// A damaged vault header.
    ErrHeaderBodyLength,
    /// A body newer than this kluis.
    ErrBodyVersion,
    /// A damaged vault body.
    ErrBodyMalformed,
    /// A forged or damaged vault body.
    ErrBodyNonCanonical,
    /// A forged or damaged vault body.
    ErrBodyInvariant,
    /// A broken audit record.
    ErrChain,
    /// An export problem on a line.
    ErrExportLine,
    /// An export line that is no record.
    ErrExportMalformed,
    /// An edited export record.
    ErrExportHash,
    /// Export records out of order.
    ErrExportOrder,
    /// A broken link in an export.
    ErrExportLink,
    /// An export of another vault.
    ErrExportOtherVault,
    /// An export of two vaults.
    ErrExportMixed,
    /// An edited CSV column.
    ErrExportColumn,
    /// An export shorter than its checkpoint.
    ErrExportTruncated,
    /// An export record that does not match its checkpoint.
    ErrExportCheckpoint,
    /// An empty export.
    ErrExportEmpty,
    /// An export too large.
    ErrExportTooLarge,
    /// An export with records cut from its start.
    ErrExportUnmarked,
    /// A checkpoint before an export's start.
    ErrExportBeforeStart,
    /// No restore command given.
    ErrExecNoCommand,
    /// No restore command typed.
    TuiErrExecNoCommand,
    /// An empty program name.
    ErrExecEmptyProgram,
    /// An empty program name.
    TuiErrExecEmptyProgram,
    /// The placeholder more than once.
    ErrExecPlaceholders,
    /// A new person's name that looks like one on the roster.
    ErrLookAlikePerson,
    /// A new secret's name that looks like an existing secret's.
    ErrLookAlikeSecret,
    /// A value file that starts like an age identity but is not one.
    ErrKeyNotAge,
    /// A value file that starts like a PEM key but is not one.
    ErrKeyNotPem,
    /// A value file that starts like an OpenPGP key but is not one.
    ErrKeyNotOpenPgp,
    /// A value file that starts like an OpenSSH key but is not one.
    ErrKeyNotSsh,
    /// A value file that holds only a public key.
    ErrKeyPublicOnly,
    /// A holder's age recipient that does not read.
    ErrHolderRecipient,
    /// A share that could not be encrypted to its recipient.
    ErrEncryptShare,
    /// The kit's folder is a file.
    ErrKitNotDir,
    /// The kit's folder has files in it.
    ErrKitNotEmpty,
    /// No git on PATH.
    ErrGitMissing,
    /// A value file that holds only a public key (TUI).
    TuiErrKeyPublicOnly,
    /// A journal record's claim: how often (with its separator).
    ClaimTimes,
    /// A journal record's claim: when.
    ClaimAt,
    /// A journal record's claim: between two times.
    ClaimBetween,
    /// The TUI clone's result: what was done, with the generation.
    TuiClonedAt,
    /// A syslog target that does not parse.
    ErrSyslogTarget,
}

/// The text of `msg` in `lang` with its `{name}` placeholders filled from
/// `args`; a placeholder without a value stays as it is (the unit tests
/// check that both languages use the same names).
pub fn tf(lang: Lang, msg: Msg, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    fill(t(lang, msg), args)
}

/// Fills the `{name}` placeholders of `text` from `args`.
pub fn fill(text: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) if !name.is_empty() => out.push_str(&v.to_string()),
                    _ => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders of a text (`{}` counts as an empty name), sorted,
/// each once (a language may use a value twice).
#[cfg(test)]
fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.push(&after[..close]);
        rest = &after[close + 1..];
    }
    names.sort_unstable();
    names.dedup();
    names
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    use Msg::*;
    match (lang, msg) {
        (Lang::En, Error) => "error",
        (Lang::Nl, Error) => "fout",
        (Lang::En, Warning) => "warning",
        (Lang::Nl, Warning) => "waarschuwing",
        (Lang::En, Passphrase) => "PO passphrase",
        (Lang::Nl, Passphrase) => "wachtwoordzin van de PO",
        (Lang::En, NewPassphrase) => "new PO passphrase",
        (Lang::Nl, NewPassphrase) => "nieuwe wachtwoordzin van de PO",
        (Lang::En, Pin) => "PIN",
        (Lang::Nl, Pin) => "pincode",
        (Lang::En, Created) => "vault created",
        (Lang::Nl, Created) => "kluis aangemaakt",
        (Lang::En, NoSecrets) => "no secrets yet: add one with `kluis secret add`",
        (Lang::Nl, NoSecrets) => "nog geen geheimen: voeg er een toe met `kluis secret add`",
        (Lang::En, SecretStored) => "stored",
        (Lang::Nl, SecretStored) => "opgeslagen",
        (Lang::En, SecretRemoved) => "removed",
        (Lang::Nl, SecretRemoved) => "verwijderd",
        (Lang::En, PersonAdded) => "added to the roster",
        (Lang::Nl, PersonAdded) => "toegevoegd aan de lijst",
        (Lang::En, PersonRemoved) => "removed from the roster",
        (Lang::Nl, PersonRemoved) => "verwijderd uit de lijst",
        (Lang::En, PassphraseChanged) => "passphrase changed",
        (Lang::Nl, PassphraseChanged) => "wachtwoordzin gewijzigd",
        (Lang::En, ShareValid) => "share is valid",
        (Lang::Nl, ShareValid) => "deel is geldig",
        (Lang::En, SheetsWritten) => "sheets written",
        (Lang::Nl, SheetsWritten) => "vellen geschreven",
        (Lang::En, ConfirmRemove) => {
            "type the name of the secret to remove it with all its versions"
        }
        (Lang::Nl, ConfirmRemove) => {
            "typ de naam van het geheim om het met alle versies te verwijderen"
        }
        (Lang::En, Emergency) => "emergency",
        (Lang::Nl, Emergency) => "noodgeval",
        (Lang::En, Versions) => "versions",
        (Lang::Nl, Versions) => "versies",
        (Lang::En, Never) => "never",
        (Lang::Nl, Never) => "nooit",
        (Lang::En, Overdue) => "overdue",
        (Lang::Nl, Overdue) => "achterstallig",
        (Lang::En, Exposed) => "EXPOSED: used in an emergency, rotate it",
        (Lang::Nl, Exposed) => "BLOOTGESTELD: gebruikt in een noodgeval, vervang de set",
        (Lang::En, ErrSecondPo) => {
            "the vault has one PO, set at init; a new PO takes over with `kluis takeover`"
        }
        (Lang::Nl, ErrSecondPo) => {
            "de kluis heeft één PO, vastgelegd bij het aanmaken; een nieuwe PO neemt het over met `kluis takeover`"
        }
        (Lang::En, ErrRemovePo) => "the PO cannot be removed from the roster",
        (Lang::Nl, ErrRemovePo) => "de PO kan niet uit de lijst van personen worden verwijderd",
        (Lang::En, ErrSheetsNotVerified) => {
            "{sheets}: print every sheet, verify each with `kluis shares verify`, then commit"
        }
        (Lang::Nl, ErrSheetsNotVerified) => {
            "{sheets}: druk elk vel af, controleer elk met `kluis shares verify` en leg de nieuwe set daarna vast"
        }
        (Lang::En, ErrSheetNotPrinted) => "share {index} ({holder}) is not printed",
        (Lang::Nl, ErrSheetNotPrinted) => "deel {index} ({holder}) is niet afgedrukt",
        (Lang::En, ErrSheetNotVerified) => "share {index} ({holder}) is printed but not verified",
        (Lang::Nl, ErrSheetNotVerified) => {
            "deel {index} ({holder}) is afgedrukt maar niet teruggelezen"
        }
        (Lang::En, ErrCommitNeedsPo) => {
            "only the PO, unlocked with the passphrase, can commit a rotation"
        }
        (Lang::Nl, ErrCommitNeedsPo) => {
            "alleen de PO, aangemeld met de wachtwoordzin, kan een nieuwe set vastleggen"
        }
        (Lang::En, ErrSessionEnded) => {
            "the emergency session ended at {time}: authenticate with the shares again"
        }
        (Lang::Nl, ErrSessionEnded) => {
            "de noodsessie is afgelopen om {time}: meld u opnieuw aan met de delen"
        }
        (Lang::En, ErrPoOnly) => {
            "{what} is not allowed in an emergency session: only the PO can do it"
        }
        (Lang::Nl, ErrPoOnly) => {
            "{what} is niet toegestaan in een noodsessie: alleen de PO kan dit doen"
        }
        (Lang::En, ErrUnacknowledged) => {
            "record {seq} is an emergency event you have not acknowledged: review it with `kluis audit list`, run `kluis ack`, then archive"
        }
        (Lang::Nl, ErrUnacknowledged) => {
            "record {seq} is een noodgebeurtenis die u nog niet als gezien hebt gemeld: bekijk hem met `kluis audit list`, voer `kluis ack` uit en archiveer daarna"
        }
        (Lang::En, ErrThresholdOne) => {
            "threshold 1 means any single sheet opens the vault (the safe alone would suffice): choose 2 or more, or pass --allow-threshold-one"
        }
        (Lang::Nl, ErrThresholdOne) => {
            "drempel 1 betekent dat één vel alleen de kluis opent (de brandkast alleen zou volstaan): kies 2 of meer, of geef --allow-threshold-one"
        }
        (Lang::En, ErrTakeoverNeedsShares) => {
            "takeover is for a delegate authenticated with shares; the PO changes the passphrase with `kluis passwd`"
        }
        (Lang::Nl, ErrTakeoverNeedsShares) => {
            "overname is voor een gemachtigde die zich met delen heeft aangemeld; de PO wijzigt de wachtwoordzin met `kluis passwd`"
        }
        (Lang::En, ErrNotForEmergency) => {
            "{name} is not released in emergency sessions: only the PO can unseal it"
        }
        (Lang::Nl, ErrNotForEmergency) => {
            "{name} wordt in een noodsessie niet vrijgegeven: alleen de PO kan het vrijgeven"
        }
        (Lang::En, ErrNoReason) => "a reason is required: give --reason-category and --reason",
        (Lang::Nl, ErrNoReason) => "een reden is verplicht: geef --reason-category en --reason",
        (Lang::En, ErrNoApprover) => {
            "an approver is required: give --approver NAME (an approver from the roster, not you)"
        }
        (Lang::Nl, ErrNoApprover) => {
            "een fiatteur is verplicht: geef --approver NAAM (een fiatteur uit de lijst van personen, niet uzelf)"
        }
        (Lang::En, ErrSelfApproval) => {
            "{name} is the one acting and cannot also approve: ask another approver"
        }
        (Lang::Nl, ErrSelfApproval) => {
            "{name} handelt zelf en kan niet ook fiatteren: vraag een andere fiatteur"
        }
        (Lang::En, ErrApproverNotInRoster) => {
            "{name} is not in the roster: the approver must be a roster approver"
        }
        (Lang::Nl, ErrApproverNotInRoster) => {
            "{name} staat niet in de lijst van personen: de fiatteur moet een fiatteur uit die lijst zijn"
        }
        (Lang::En, ErrNotApprover) => "{name} is {role}, not an approver",
        (Lang::Nl, ErrNotApprover) => "{name} is {role}, geen fiatteur",
        (Lang::En, ErrNoPin) => "approver {name} has no PIN enrolled",
        (Lang::Nl, ErrNoPin) => "fiatteur {name} heeft geen pincode ingesteld",
        (Lang::En, ErrLockedOut) => {
            "approver {name} is locked out after {failures} wrong PINs until {until}"
        }
        (Lang::Nl, ErrLockedOut) => {
            "fiatteur {name} is geblokkeerd na {failures} verkeerde pincodes, tot {until}"
        }
        (Lang::En, ErrActorNotInRoster) => {
            "{name} is not in the roster: --as must name a delegate the PO designated (the attempt is recorded and the share set must be rotated)"
        }
        (Lang::Nl, ErrActorNotInRoster) => {
            "{name} staat niet in de lijst van personen: --as moet een gemachtigde noemen die de PO heeft aangewezen (de poging is vastgelegd en de set delen moet worden vervangen)"
        }
        (Lang::En, ErrActorNotDelegate) => {
            "{name} is {role} in the roster, not a delegate: --as must name a delegate (the attempt is recorded and the share set must be rotated)"
        }
        (Lang::Nl, ErrActorNotDelegate) => {
            "{name} is {role} in de lijst van personen, geen gemachtigde: --as moet een gemachtigde noemen (de poging is vastgelegd en de set delen moet worden vervangen)"
        }
        (Lang::En, ErrNoPendingSet) => {
            "there is no pending share set: make one with `kluis shares rotate`"
        }
        (Lang::Nl, ErrNoPendingSet) => {
            "er is geen nieuwe set delen in voorbereiding: maak er een met `kluis shares rotate`"
        }
        (Lang::En, ErrNoActiveSet) => "there is no active share set",
        (Lang::Nl, ErrNoActiveSet) => "er is geen actieve set delen",
        (Lang::En, ErrNoSuchShare) => "the set has no share {index} (shares are 1 to {count})",
        (Lang::Nl, ErrNoSuchShare) => {
            "de set heeft geen deel {index} (de delen zijn 1 tot en met {count})"
        }
        (Lang::En, ErrApproverNeedsPin) => {
            "an approver must enrol a PIN: give --pin-file, or run on a terminal"
        }
        (Lang::Nl, ErrApproverNeedsPin) => {
            "een fiatteur moet een pincode instellen: geef --pin-file, of start kluis in een terminal"
        }
        (Lang::En, ErrEmptyPassphrase) => "the passphrase is empty: choose a long passphrase",
        (Lang::Nl, ErrEmptyPassphrase) => "de wachtwoordzin is leeg: kies een lange wachtwoordzin",
        (Lang::En, ErrOutOfRange) => "{setting} must be between {lo} and {hi}, got {got}",
        (Lang::Nl, ErrOutOfRange) => "{setting} moet tussen {lo} en {hi} liggen, niet {got}",
        (Lang::En, SettingEmergency) => "the emergency session length (minutes)",
        (Lang::Nl, SettingEmergency) => "de duur van een noodsessie (minuten)",
        (Lang::En, SettingIdleLock) => "the idle lock (minutes)",
        (Lang::Nl, SettingIdleLock) => "de automatische vergrendeling (minuten)",
        (Lang::En, SettingDrill) => "the drill interval (days)",
        (Lang::Nl, SettingDrill) => "de controletermijn (dagen)",
        (Lang::En, ErrLanguage) => "the language must be nl or en, got {got}",
        (Lang::Nl, ErrLanguage) => "de taal moet nl of en zijn, niet {got}",
        (Lang::En, ErrPinBlank) => {
            "the PIN is blank: choose at least 6 characters that are not spaces"
        }
        (Lang::Nl, ErrPinBlank) => {
            "de pincode is leeg: kies minstens 6 tekens die geen spaties zijn"
        }
        (Lang::En, ErrPinSpaces) => "the PIN starts or ends with white space: remove it",
        (Lang::Nl, ErrPinSpaces) => "de pincode begint of eindigt met een spatie: haal die weg",
        (Lang::En, ErrPinShort) => "a PIN must have at least 6 characters",
        (Lang::Nl, ErrPinShort) => "een pincode moet minstens 6 tekens hebben",
        (Lang::En, ErrNoSuchVersion) => "{name} has no version {version} (versions 1 to {count})",
        (Lang::Nl, ErrNoSuchVersion) => {
            "{name} heeft geen versie {version} (versies 1 tot en met {count})"
        }
        (Lang::En, ErrArchiveOrder) => {
            "the archive {path} holds records {first} to {last}, but record {expected} is due: give the archives in order, oldest first, none missing"
        }
        (Lang::Nl, ErrArchiveOrder) => {
            "het archief {path} bevat records {first} tot en met {last}, maar record {expected} is aan de beurt: geef de archieven op volgorde, oudste eerst, zonder er een over te slaan"
        }
        (Lang::En, ErrArchivesMissing) => {
            "the vault's records start at {first}, but the archives end before record {expected}: give every archive, oldest first"
        }
        (Lang::Nl, ErrArchivesMissing) => {
            "de records van de kluis beginnen bij {first}, maar de archieven houden op vóór record {expected}: geef elk archief, oudste eerst"
        }
        (Lang::En, ErrArchiveBound) => {
            "--before must be between {lo} and {hi}: the vault holds records {first} to {hi}, and at least one must be archived and one kept"
        }
        (Lang::Nl, ErrArchiveBound) => {
            "--before moet tussen {lo} en {hi} liggen: de kluis bevat records {first} tot en met {hi}, en er moet minstens één gearchiveerd en één bewaard worden"
        }
        (Lang::En, ErrArchiveBeforeMark) => {
            "--before must be after record {seq}, which records the previous archive"
        }
        (Lang::Nl, ErrArchiveBeforeMark) => {
            "--before moet na record {seq} liggen, dat het vorige archief vastlegt"
        }
        (Lang::En, ErrWriteArchive) => "cannot write the archive: {why}",
        (Lang::Nl, ErrWriteArchive) => "kan het archief niet schrijven: {why}",
        (Lang::En, ErrWriteExport) => "cannot write the export: {why}",
        (Lang::Nl, ErrWriteExport) => "kan de export niet schrijven: {why}",
        (Lang::En, ErrHolderCount) => "give between 1 and {max} --holder options (got {got})",
        (Lang::Nl, ErrHolderCount) => "geef 1 tot en met {max} keer --holder (nu {got})",
        (Lang::En, ErrThreshold) => {
            "the threshold must be between 1 and the number of holders ({n}), got {k}"
        }
        (Lang::Nl, ErrThreshold) => {
            "de drempel moet tussen 1 en het aantal houders ({n}) liggen, niet {k}"
        }
        (Lang::En, ErrAgeNeedsBackupKey) => {
            "--generate age makes a key pair for backups: use it with --kind backup-key, not {kind}"
        }
        (Lang::Nl, ErrAgeNeedsBackupKey) => {
            "--generate age maakt een sleutelpaar voor back-ups: gebruik het met --kind backup-key, niet {kind}"
        }
        (Lang::En, ErrEmptyValueFile) => "the value file is empty: nothing to store",
        (Lang::Nl, ErrEmptyValueFile) => {
            "het bestand met de waarde is leeg: er is niets op te slaan"
        }
        (Lang::En, ErrCredentialNotUtf8) => "a credential file must be UTF-8 text",
        (Lang::Nl, ErrCredentialNotUtf8) => "een bestand met inloggegevens moet UTF-8-tekst zijn",
        (Lang::En, ErrCredentialLine) => {
            "line {line} of the credential file is not `key: value` (keys: username, password, url, notes)"
        }
        (Lang::Nl, ErrCredentialLine) => {
            "regel {line} van het bestand met inloggegevens is niet `sleutel: waarde` (sleutels: username, password, url, notes)"
        }
        (Lang::En, ErrCredentialKey) => {
            "line {line} of the credential file has unknown key {key} (keys: username, password, url, notes)"
        }
        (Lang::Nl, ErrCredentialKey) => {
            "regel {line} van het bestand met inloggegevens heeft een onbekende sleutel {key} (sleutels: username, password, url, notes)"
        }
        (Lang::En, ErrCredentialNoPassword) => "the credential file has no `password:` line",
        (Lang::Nl, ErrCredentialNoPassword) => {
            "het bestand met inloggegevens heeft geen regel `password:`"
        }
        (Lang::En, ErrImportEmpty) => {
            "the {from} source holds nothing kluis can import ({skipped} entries skipped): nothing was imported"
        }
        (Lang::Nl, ErrImportEmpty) => {
            "de bron ({from}) bevat niets wat kluis kan importeren ({skipped} items overgeslagen): er is niets geïmporteerd"
        }
        (Lang::En, ErrImportExists) => {
            "a secret named {name} already exists: pass --as-new-version to add the imported value as a new version; nothing was imported"
        }
        (Lang::Nl, ErrImportExists) => {
            "er bestaat al een geheim met de naam {name}: geef --as-new-version om de geïmporteerde waarde als nieuwe versie toe te voegen; er is niets geïmporteerd"
        }
        (Lang::En, ErrImportKind) => {
            "{name} is {ours} in the vault but {theirs} in the import: rename one; nothing was imported"
        }
        (Lang::Nl, ErrImportKind) => {
            "{name} is een {ours} in de kluis maar een {theirs} in de import: geef er een een andere naam; er is niets geïmporteerd"
        }
        (Lang::En, ErrTooLong) => {
            "{what} is {len} bytes long; at most {max} are stored: shorten it"
        }
        (Lang::Nl, ErrTooLong) => {
            "{what} is {len} bytes lang; er worden er hoogstens {max} bewaard: maak het korter"
        }
        (Lang::En, WhatChannel) => "the release channel",
        (Lang::Nl, WhatChannel) => "het kanaal van de vrijgave",
        (Lang::En, ErrSecretExists) => {
            "a secret named {name} already exists: use `kluis secret update` to add a version"
        }
        (Lang::Nl, ErrSecretExists) => {
            "er bestaat al een geheim met de naam {name}: voeg een versie toe met `kluis secret update`"
        }
        (Lang::En, ErrNoSuchSecret) => "no secret named {name}: see `kluis secret list`",
        (Lang::Nl, ErrNoSuchSecret) => {
            "er is geen geheim met de naam {name}: zie `kluis secret list`"
        }
        (Lang::En, ErrPersonExists) => "{name} is already in the roster",
        (Lang::Nl, ErrPersonExists) => "{name} staat al in de lijst van personen",
        (Lang::En, ErrNoSuchPerson) => {
            "no person named {name} in the roster: see `kluis roster list`"
        }
        (Lang::Nl, ErrNoSuchPerson) => {
            "er staat niemand met de naam {name} in de lijst van personen: zie `kluis roster list`"
        }
        (Lang::En, ErrRolledBack) => {
            "the vault was rolled back: {what}. If you put back an older copy on purpose, pass --allow-rollback (recorded); otherwise treat it as tampering"
        }
        (Lang::Nl, ErrRolledBack) => {
            "de kluis is teruggezet: {what}. Hebt u bewust een oudere kopie teruggezet, geef dan --allow-rollback (wordt vastgelegd); anders is er met de kluis geknoeid"
        }
        (Lang::En, ErrWrongPin) => {
            "wrong PIN for approver {name}: nothing was released (the attempt is recorded)"
        }
        (Lang::Nl, ErrWrongPin) => {
            "verkeerde pincode voor fiatteur {name}: er is niets vrijgegeven (de poging is vastgelegd)"
        }
        (Lang::En, ErrWrongPassphrase) => {
            "wrong passphrase: try again (the vault file itself is intact)"
        }
        (Lang::Nl, ErrWrongPassphrase) => {
            "verkeerde wachtwoordzin: probeer het opnieuw (het kluisbestand zelf is in orde)"
        }
        (Lang::En, ErrNoShares) => {
            "no shares given: pass at least the threshold number of --share-file options"
        }
        (Lang::Nl, ErrNoShares) => {
            "geen delen gegeven: geef minstens zoveel keer --share-file als de drempel"
        }
        (Lang::En, ErrInUse) => {
            "the vault is in use by another kluis process (PID {pid}): close it first"
        }
        (Lang::Nl, ErrInUse) => {
            "de kluis is in gebruik door een ander kluis-proces (PID {pid}): sluit dat eerst"
        }
        (Lang::En, ErrNoVault) => {
            "no vault at {path}: create one with `kluis init`, or pass --vault PATH"
        }
        (Lang::Nl, ErrNoVault) => {
            "geen kluis op {path}: maak er een met `kluis init`, of geef --vault PAD"
        }
        (Lang::En, ErrIsDirectory) => {
            "{path} is a directory, not a vault file: pass the vault file itself with --vault"
        }
        (Lang::Nl, ErrIsDirectory) => {
            "{path} is een map, geen kluisbestand: geef het kluisbestand zelf met --vault"
        }
        (Lang::En, LabelPeriodText) => "{from} to {to}",
        (Lang::Nl, LabelPeriodText) => "{from} tot en met {to}",
        (Lang::En, LabelUnsealCounts) => "{released} released, {refused} refused",
        (Lang::Nl, LabelUnsealCounts) => "{released} vrijgegeven, {refused} geweigerd",
        (Lang::En, LabelChainIntact) => "intact up to checkpoint {checkpoint}",
        (Lang::Nl, LabelChainIntact) => "ongeschonden tot en met controlepunt {checkpoint}",
        (Lang::En, LabelChainBroken) => "NOT intact: run kluis audit verify",
        (Lang::Nl, LabelChainBroken) => "NIET ongeschonden: voer kluis audit verify uit",
        (Lang::En, LabelShareOf) => "share {index} of {count} — any {threshold} recover",
        (Lang::Nl, LabelShareOf) => {
            "deel {index} van {count} — {threshold} van de {count} vellen samen openen de kluis"
        }
        (Lang::En, LabelSheetTitle) => "kluis — recovery key share",
        (Lang::Nl, LabelSheetTitle) => "kluis — deel van de herstelsleutel",
        (Lang::En, LabelVault) => "Vault",
        (Lang::Nl, LabelVault) => "Kluis",
        (Lang::En, LabelVaultId) => "Vault id",
        (Lang::Nl, LabelVaultId) => "Kluis-id",
        (Lang::En, LabelSetId) => "Set",
        (Lang::Nl, LabelSetId) => "Set",
        (Lang::En, LabelHolder) => "Holder",
        (Lang::Nl, LabelHolder) => "Houder",
        (Lang::En, LabelPlace) => "Place",
        (Lang::Nl, LabelPlace) => "Plaats",
        (Lang::En, LabelPrinted) => "Printed",
        (Lang::Nl, LabelPrinted) => "Afgedrukt",
        (Lang::En, LabelTextForm) => {
            "Text form (type these six lines if the QR code does not scan)"
        }
        (Lang::Nl, LabelTextForm) => {
            "Tekstvorm (typ deze zes regels als de QR-code niet leesbaar is)"
        }
        (Lang::En, LabelFingerprint) => "Fingerprint",
        (Lang::Nl, LabelFingerprint) => "Vingerafdruk",
        (Lang::En, LabelCheckpoint) => "Audit checkpoint",
        (Lang::Nl, LabelCheckpoint) => "Audit-controlepunt",
        (Lang::En, LabelCustody) => "Custody",
        (Lang::Nl, LabelCustody) => "Bewaring",
        (Lang::En, LabelTechnical) => "Technical details (for the privacy officer)",
        (Lang::Nl, LabelTechnical) => "Technische gegevens (voor de privacy officer)",
        (Lang::En, LabelStoredBy) => "Stored by",
        (Lang::Nl, LabelStoredBy) => "Opgeborgen door",
        (Lang::En, LabelStoredWhere) => "Where",
        (Lang::Nl, LabelStoredWhere) => "Waar",
        (Lang::En, LabelSignature) => "Signature",
        (Lang::Nl, LabelSignature) => "Handtekening",
        (Lang::En, LabelDate) => "Date",
        (Lang::Nl, LabelDate) => "Datum",
        (Lang::En, LabelReportTitle) => "kluis — custody report",
        (Lang::Nl, LabelReportTitle) => "kluis — bewaringsrapport",
        (Lang::En, LabelGenerated) => "Generated",
        (Lang::Nl, LabelGenerated) => "Gemaakt",
        (Lang::En, LabelPage) => "page",
        (Lang::Nl, LabelPage) => "pagina",
        (Lang::En, LabelRoster) => "Roster",
        (Lang::Nl, LabelRoster) => "Personen",
        (Lang::En, LabelName) => "Name",
        (Lang::Nl, LabelName) => "Naam",
        (Lang::En, LabelRole) => "Role",
        (Lang::Nl, LabelRole) => "Rol",
        (Lang::En, LabelCustodyTable) => "Who holds which share",
        (Lang::Nl, LabelCustodyTable) => "Wie bewaart welk deel",
        (Lang::En, LabelState) => "State",
        (Lang::Nl, LabelState) => "Status",
        (Lang::En, LabelActive) => "active",
        (Lang::Nl, LabelActive) => "actief",
        (Lang::En, LabelPending) => "pending",
        (Lang::Nl, LabelPending) => "wachtend",
        (Lang::En, LabelShare) => "Share",
        (Lang::Nl, LabelShare) => "Deel",
        (Lang::En, LabelLastDrill) => "Last drill",
        (Lang::Nl, LabelLastDrill) => "Laatste controle",
        (Lang::En, LabelFlags) => "Attention",
        (Lang::Nl, LabelFlags) => "Let op",
        (Lang::En, LabelOverdue) => "drill overdue",
        (Lang::Nl, LabelOverdue) => "controle te laat",
        (Lang::En, LabelExposed) => "exposed",
        (Lang::Nl, LabelExposed) => "blootgesteld",
        (Lang::En, LabelNever) => "never",
        (Lang::Nl, LabelNever) => "nooit",
        (Lang::En, LabelUnseals) => "Unseals, with reason and approver",
        (Lang::Nl, LabelUnseals) => "Vrijgaven, met reden en fiatteur",
        (Lang::En, LabelEmergencies) => "Emergency use: opened with shares, sessions, takeover",
        (Lang::Nl, LabelEmergencies) => "Noodtoegang: geopend met delen, noodsessies, overname",
        (Lang::En, LabelRotations) => "Rotations (new share sets)",
        (Lang::Nl, LabelRotations) => "Vervangingen (nieuwe sets delen)",
        (Lang::En, LabelNone) => "none",
        (Lang::Nl, LabelNone) => "geen",
        (Lang::En, LabelTime) => "Time",
        (Lang::Nl, LabelTime) => "Tijd",
        (Lang::En, LabelActor) => "Actor",
        (Lang::Nl, LabelActor) => "Wie",
        (Lang::En, LabelWhat) => "What",
        (Lang::Nl, LabelWhat) => "Wat",
        (Lang::En, LabelReason) => "Reason",
        (Lang::Nl, LabelReason) => "Reden",
        (Lang::En, LabelApprover) => "Approver",
        (Lang::Nl, LabelApprover) => "Fiatteur",
        (Lang::En, LabelOutcome) => "Outcome",
        (Lang::Nl, LabelOutcome) => "Uitkomst",
        (Lang::En, LabelSummary) => "Summary",
        (Lang::Nl, LabelSummary) => "Samenvatting",
        (Lang::En, LabelPeriod) => "Period",
        (Lang::Nl, LabelPeriod) => "Periode",
        (Lang::En, LabelTimeZone) => "Time zone",
        (Lang::Nl, LabelTimeZone) => "Tijdzone",
        (Lang::En, LabelRecords) => "Records in the audit log",
        (Lang::Nl, LabelRecords) => "Regels in het auditlog",
        (Lang::En, LabelUnsealCount) => "Unseals",
        (Lang::Nl, LabelUnsealCount) => "Vrijgaven",
        (Lang::En, LabelRecoveries) => "Opened with shares",
        (Lang::Nl, LabelRecoveries) => "Geopend met delen",
        (Lang::En, LabelOpenAcks) => "Emergency events not yet seen by the privacy officer",
        (Lang::Nl, LabelOpenAcks) => "Noodgebeurtenissen nog niet gezien door de privacy officer",
        (Lang::En, LabelOverdueDrills) => "Shares with a drill overdue",
        (Lang::Nl, LabelOverdueDrills) => "Delen met een controle te laat",
        (Lang::En, LabelChain) => "Audit chain",
        (Lang::Nl, LabelChain) => "Auditketen",
        (Lang::En, LabelFailedAttempts) => "Failed attempts to open",
        (Lang::Nl, LabelFailedAttempts) => "Mislukte pogingen om te openen",
        (Lang::En, LabelDrills) => "Drills (shares checked)",
        (Lang::Nl, LabelDrills) => "Controles (delen gecontroleerd)",
        (Lang::En, LabelPrints) => "Sheets printed",
        (Lang::Nl, LabelPrints) => "Afgedrukte vellen",
        (Lang::En, LabelRollbacks) => "Older copy of the vault accepted",
        (Lang::Nl, LabelRollbacks) => "Oudere kopie van de kluis geaccepteerd",
        (Lang::En, LabelRolePo) => "privacy officer",
        (Lang::Nl, LabelRolePo) => "privacy officer",
        (Lang::En, LabelRoleDelegate) => "delegate",
        (Lang::Nl, LabelRoleDelegate) => "gemachtigde",
        (Lang::En, LabelRoleApprover) => "approver",
        (Lang::Nl, LabelRoleApprover) => "fiatteur",
        (Lang::En, LabelRoleHolder) => "holder",
        (Lang::Nl, LabelRoleHolder) => "houder",
        (Lang::En, LabelDone) => "done",
        (Lang::Nl, LabelDone) => "gelukt",
        (Lang::En, LabelRefused) => "refused",
        (Lang::Nl, LabelRefused) => "geweigerd",
        (Lang::En, LabelFailed) => "failed",
        (Lang::Nl, LabelFailed) => "mislukt",
        (Lang::En, LabelByPassphrase) => "passphrase",
        (Lang::Nl, LabelByPassphrase) => "wachtwoordzin",
        (Lang::En, LabelByShares) => "shares",
        (Lang::Nl, LabelByShares) => "delen",
        (Lang::En, LabelByPin) => "PIN",
        (Lang::Nl, LabelByPin) => "pincode",
        (Lang::En, LabelNotAuthenticated) => "not authenticated",
        (Lang::Nl, LabelNotAuthenticated) => "niet geverifieerd",
        (Lang::En, LabelReportedWhileLocked) => "reported while locked, not authenticated",
        (Lang::Nl, LabelReportedWhileLocked) => {
            "gemeld terwijl de kluis op slot was, niet geverifieerd"
        }
        (Lang::En, LabelClaimed) => "claimed",
        (Lang::Nl, LabelClaimed) => "volgens de melding",
        (Lang::En, LabelUnknownActor) => "(unknown)",
        (Lang::Nl, LabelUnknownActor) => "(onbekend)",
        (Lang::En, LabelShareHolderActor) => "(share holder)",
        (Lang::Nl, LabelShareHolderActor) => "(houder van een deel)",
        (Lang::En, LabelTo) => "to",
        (Lang::Nl, LabelTo) => "naar",
        (Lang::En, LabelRestore) => "restore",
        (Lang::Nl, LabelRestore) => "herstel",
        (Lang::En, LabelRestoreTest) => "restore test",
        (Lang::Nl, LabelRestoreTest) => "hersteltest",
        (Lang::En, LabelIncident) => "incident",
        (Lang::Nl, LabelIncident) => "incident",
        (Lang::En, LabelOther) => "other",
        (Lang::Nl, LabelOther) => "overig",
        (Lang::En, EventInit) => "vault made",
        (Lang::Nl, EventInit) => "kluis gemaakt",
        (Lang::En, EventUnlock) => "opened",
        (Lang::Nl, EventUnlock) => "geopend",
        (Lang::En, EventUnlockFailure) => "open failed",
        (Lang::Nl, EventUnlockFailure) => "openen mislukt",
        (Lang::En, EventUnseal) => "released",
        (Lang::Nl, EventUnseal) => "vrijgegeven",
        (Lang::En, EventUnsealDenied) => "release refused",
        (Lang::Nl, EventUnsealDenied) => "vrijgave geweigerd",
        (Lang::En, EventRecovery) => "opened with shares",
        (Lang::Nl, EventRecovery) => "geopend met delen",
        (Lang::En, EventEmergencySessionStart) => "emergency session began",
        (Lang::Nl, EventEmergencySessionStart) => "noodsessie begonnen",
        (Lang::En, EventEmergencySessionEnd) => "emergency session ended",
        (Lang::Nl, EventEmergencySessionEnd) => "noodsessie beëindigd",
        (Lang::En, EventAcknowledgement) => "seen by the privacy officer",
        (Lang::Nl, EventAcknowledgement) => "gezien door de privacy officer",
        (Lang::En, EventSharePrint) => "sheets printed",
        (Lang::Nl, EventSharePrint) => "vellen afgedrukt",
        (Lang::En, EventDrill) => "share checked",
        (Lang::Nl, EventDrill) => "deel gecontroleerd",
        (Lang::En, EventRotation) => "new share set",
        (Lang::Nl, EventRotation) => "nieuwe set delen",
        (Lang::En, EventPassphraseChange) => "passphrase changed",
        (Lang::Nl, EventPassphraseChange) => "wachtwoord gewijzigd",
        (Lang::En, EventRosterChange) => "roster changed",
        (Lang::Nl, EventRosterChange) => "personen gewijzigd",
        (Lang::En, EventSecretAdd) => "secret added",
        (Lang::Nl, EventSecretAdd) => "geheim toegevoegd",
        (Lang::En, EventSecretEdit) => "secret changed",
        (Lang::Nl, EventSecretEdit) => "geheim gewijzigd",
        (Lang::En, EventSecretDelete) => "secret removed",
        (Lang::Nl, EventSecretDelete) => "geheim verwijderd",
        (Lang::En, EventExport) => "audit log exported",
        (Lang::Nl, EventExport) => "auditlog uitgevoerd",
        (Lang::En, EventTakeover) => "takeover by a delegate",
        (Lang::Nl, EventTakeover) => "overname door gemachtigde",
        (Lang::En, EventSettingsChange) => "settings changed",
        (Lang::Nl, EventSettingsChange) => "instellingen gewijzigd",
        (Lang::En, EventRollbackAccepted) => "older copy accepted",
        (Lang::Nl, EventRollbackAccepted) => "oudere kopie geaccepteerd",
        (Lang::En, EventJournalQuarantined) => "journal set aside (tampered with)",
        (Lang::Nl, EventJournalQuarantined) => "journaal apart gezet (gemanipuleerd)",
        (Lang::En, EventAuditArchived) => "old records archived",
        (Lang::Nl, EventAuditArchived) => "oude records gearchiveerd",
        (Lang::En, EventRemoteChange) => "remote changed",
        (Lang::Nl, EventRemoteChange) => "remote gewijzigd",
        (Lang::En, EventSync) => "synchronised with a remote",
        (Lang::Nl, EventSync) => "gesynchroniseerd met een remote",
        (Lang::En, EventCommandEnd) => "restore command ended",
        (Lang::Nl, EventCommandEnd) => "herstelopdracht beëindigd",
        (Lang::En, EventKitWritten) => "recovery kit written",
        (Lang::Nl, EventKitWritten) => "noodpakket geschreven",
        (Lang::En, EventRecipientChange) => "a holder's recipient key changed",
        (Lang::Nl, EventRecipientChange) => "ontvangersleutel van een houder gewijzigd",
        (Lang::En, ErrFull) => {
            "the vault would grow to {size} MiB, over its {limit} MiB limit{extra}: remove secrets or old versions, or archive old audit records with `kluis audit archive`"
        }
        (Lang::Nl, ErrFull) => {
            "de kluis zou {size} MiB worden, boven de grens van {limit} MiB{extra}: verwijder geheimen of oude versies, of archiveer oude auditrecords met `kluis audit archive`"
        }
        (Lang::En, ErrFullNewContent) => " for new content",
        (Lang::Nl, ErrFullNewContent) => " voor nieuwe inhoud",
        (Lang::En, CliYes) => "yes",
        (Lang::Nl, CliYes) => "ja",
        (Lang::En, CliNo) => "no",
        (Lang::Nl, CliNo) => "nee",
        (Lang::En, CliSetEmergency) => "emergency session: {n} min",
        (Lang::Nl, CliSetEmergency) => "noodsessie:                 {n} min",
        (Lang::En, CliSetIdleLock) => "idle lock:         {n} min",
        (Lang::Nl, CliSetIdleLock) => "automatische vergrendeling: {n} min",
        (Lang::En, CliSetDrill) => "drill interval:    {n} days",
        (Lang::Nl, CliSetDrill) => "controletermijn:            {n} dagen",
        (Lang::En, CliSetLanguage) => "language:          {lang}",
        (Lang::Nl, CliSetLanguage) => "taal:                       {lang}",
        (Lang::En, CliSetSyslog) => "syslog:            {target}",
        (Lang::Nl, CliSetSyslog) => "systeemlog:                 {target}",
        (Lang::En, CliFromEnv) => "from the environment",
        (Lang::Nl, CliFromEnv) => "uit de omgeving",
        (Lang::En, CliOff) => "off",
        (Lang::Nl, CliOff) => "uit",
        (Lang::En, CliWithReasons) => " (with reasons)",
        (Lang::Nl, CliWithReasons) => " (met redenen)",
        (Lang::En, CliVaultId) => "  vault id:  {id}",
        (Lang::Nl, CliVaultId) => "  kluis-id:  {id}",
        (Lang::En, CliShareSet) => "  share set: {set} ({k} of {n})",
        (Lang::Nl, CliShareSet) => "  set delen: {set} ({k} van {n})",
        (Lang::En, CliKdf) => "  kdf:       {kdf}",
        (Lang::Nl, CliKdf) => "  sleutelafleiding: {kdf}",
        (Lang::En, CliNextPrint) => "next: print the sheets with `kluis shares print --out DIR`",
        (Lang::Nl, CliNextPrint) => {
            "volgende stap: druk de vellen af met `kluis shares print --out MAP`"
        }
        (Lang::En, CliSecretLine) => "{name}  {kind}  v{version}  emergency: {emergency}",
        (Lang::Nl, CliSecretLine) => "{name}  {kind}  v{version}  noodgeval: {emergency}",
        (Lang::En, CliVersionLine) => "  v{n}  {time}  {by}  {origin}  {len} bytes{account}",
        (Lang::Nl, CliVersionLine) => "  v{n}  {time}  {by}  {origin}  {len} bytes{account}",
        (Lang::En, CliUser) => "  user {user}",
        (Lang::Nl, CliUser) => "  gebruiker {user}",
        (Lang::En, KindBackupKey) => "backup-key",
        (Lang::Nl, KindBackupKey) => "back-upsleutel",
        (Lang::En, KindCredential) => "credential",
        (Lang::Nl, KindCredential) => "inloggegevens",
        (Lang::En, KindTotp) => "totp",
        (Lang::Nl, KindTotp) => "TOTP",
        (Lang::En, KindNote) => "note",
        (Lang::Nl, KindNote) => "notitie",
        (Lang::En, OriginFile) => "file",
        (Lang::Nl, OriginFile) => "uit een bestand",
        (Lang::En, OriginKey256) => "generated-key256",
        (Lang::Nl, OriginKey256) => "gemaakte sleutel",
        (Lang::En, OriginPassphrase) => "generated-passphrase",
        (Lang::Nl, OriginPassphrase) => "gemaakte wachtwoordzin",
        (Lang::En, OriginAge) => "generated-age",
        (Lang::Nl, OriginAge) => "gemaakt age-sleutelpaar",
        (Lang::En, CliKitChanged) => {
            "the vault changed since the recovery kit of {time} was written: write a new kit with `kluis kit --out DIR`"
        }
        (Lang::Nl, CliKitChanged) => {
            "de kluis is gewijzigd sinds het noodpakket van {time} is geschreven: schrijf een nieuw pakket met `kluis kit --out MAP`"
        }
        (Lang::En, CliKitNever) => "recovery kit: never written (`kluis kit --out DIR`)",
        (Lang::Nl, CliKitNever) => "noodpakket: nooit geschreven (`kluis kit --out MAP`)",
        (Lang::En, CliKitWritten) => "recovery kit: written {time} to {out}{state}",
        (Lang::Nl, CliKitWritten) => "noodpakket: geschreven op {time} naar {out}{state}",
        (Lang::En, CliKitStale) => " (the vault changed since: write a new one)",
        (Lang::Nl, CliKitStale) => " (de kluis is sindsdien gewijzigd: schrijf een nieuw pakket)",
        (Lang::En, CliKitFresh) => " (the vault has not changed since)",
        (Lang::Nl, CliKitFresh) => " (de kluis is sindsdien niet gewijzigd)",
        (Lang::En, CliSetLine) => "{state} set {set}  {k} of {n}  made {time}",
        (Lang::Nl, CliSetLine) => "{state} set {set}  {k} van {n}  gemaakt {time}",
        (Lang::En, CliStateActive) => "active",
        (Lang::Nl, CliStateActive) => "actieve",
        (Lang::En, CliStatePending) => "pending",
        (Lang::Nl, CliStatePending) => "nieuwe",
        (Lang::En, CliStateRetired) => "retired",
        (Lang::Nl, CliStateRetired) => "vervallen",
        (Lang::En, CliShareLine) => {
            "  {index}. {holder}{place}  [{fingerprint}]  printed {printed}  verified {verified}  drilled {drilled}{overdue}"
        }
        (Lang::Nl, CliShareLine) => {
            "  {index}. {holder}{place}  [{fingerprint}]  afgedrukt {printed}  teruggelezen {verified}  laatste controle {drilled}{overdue}"
        }
        (Lang::En, CliShareValid) => "share is valid: {index} of {count} ({state} set {set})",
        (Lang::Nl, CliShareValid) => "deel is geldig: deel {index} van {count} ({state} set {set})",
        (Lang::En, CliPendingMade) => {
            "pending share set made ({k} of {n}): print it with `kluis shares print --pending --out DIR`, verify each sheet with `kluis shares verify`, then `kluis shares commit`"
        }
        (Lang::Nl, CliPendingMade) => {
            "nieuwe set delen gemaakt ({k} van {n}): druk hem af met `kluis shares print --pending --out MAP`, controleer elk vel met `kluis shares verify` en leg hem vast met `kluis shares commit`"
        }
        (Lang::En, CliCommitted) => {
            "the pending share set is now active; the old sheets no longer open the vault: collect and destroy them"
        }
        (Lang::Nl, CliCommitted) => {
            "de nieuwe set delen is nu actief; de oude vellen openen de kluis niet meer: haal ze op en vernietig ze"
        }
        (Lang::En, CliChainIntact) => "audit chain intact: {n} records{cp}",
        (Lang::Nl, CliChainIntact) => "auditketen intact: {n} records{cp}",
        (Lang::En, CliWithCheckpoint) => ", consistent with the checkpoint",
        (Lang::Nl, CliWithCheckpoint) => ", in overeenstemming met het controlepunt",
        (Lang::En, CliChainIntactArchives) => {
            "audit chain intact from record 1: {n} records ({archived} in {archives} archive(s), {in_vault} in the vault){cp}"
        }
        (Lang::Nl, CliChainIntactArchives) => {
            "auditketen intact vanaf record 1: {n} records ({archived} in {archives} archief/archieven, {in_vault} in de kluis){cp}"
        }
        (Lang::En, CliSyslogMatches) => {
            "every record from #{from} to #{upto} is in the syslog, and the syslog holds no record the chain lacks"
        }
        (Lang::Nl, CliSyslogMatches) => {
            "elk record van #{from} tot en met #{upto} staat in de systeemlog, en de systeemlog bevat geen record dat de keten mist"
        }
        (Lang::En, CliReportWritten) => "custody report written: {path}",
        (Lang::Nl, CliReportWritten) => "bewaringsrapport geschreven: {path}",
        (Lang::En, CliCheckpoint) => "checkpoint: {cp}",
        (Lang::Nl, CliCheckpoint) => "controlepunt: {cp}",
        (Lang::En, CliAcknowledged) => "acknowledged {n} emergency event(s)",
        (Lang::Nl, CliAcknowledged) => "{n} noodgebeurtenis(sen) als gezien gemeld",
        (Lang::En, CliExported) => "exported {n} records to {path}",
        (Lang::Nl, CliExported) => "{n} records geëxporteerd naar {path}",
        (Lang::En, CliRecordShares) => " (shares {list})",
        (Lang::Nl, CliRecordShares) => " (delen {list})",
        (Lang::En, CliRecordReason) => "  reason {category}: {text}",
        (Lang::Nl, CliRecordReason) => "  reden {category}: {text}",
        (Lang::En, CliRecordApprover) => "  approver {name} ({how})",
        (Lang::Nl, CliRecordApprover) => "  fiatteur {name} ({how})",
        (Lang::En, CliRecordTo) => "  to {channel}",
        (Lang::Nl, CliRecordTo) => "  naar {channel}",
        (Lang::En, CliRecordDetail) => "  ({detail})",
        (Lang::Nl, CliRecordDetail) => "  (vastgelegd: «{detail}»)",
        (Lang::En, ActRotateShares) => "rotating shares",
        (Lang::Nl, ActRotateShares) => "een nieuwe set delen maken",
        (Lang::En, ActCommitRotation) => "committing a share rotation",
        (Lang::Nl, ActCommitRotation) => "een nieuwe set delen vastleggen",
        (Lang::En, ActPrintSheets) => "printing sheets",
        (Lang::Nl, ActPrintSheets) => "vellen afdrukken",
        (Lang::En, ActChangeRoster) => "changing the roster",
        (Lang::Nl, ActChangeRoster) => "de lijst van personen wijzigen",
        (Lang::En, ActChangePassphrase) => "changing the passphrase",
        (Lang::Nl, ActChangePassphrase) => "de wachtwoordzin wijzigen",
        (Lang::En, ActChangeSettings) => "changing settings",
        (Lang::Nl, ActChangeSettings) => "instellingen wijzigen",
        (Lang::En, ActAcknowledge) => "acknowledging emergency events",
        (Lang::Nl, ActAcknowledge) => "noodgebeurtenissen als gezien melden",
        (Lang::En, ActArchive) => "archiving audit records",
        (Lang::Nl, ActArchive) => "auditrecords archiveren",
        (Lang::En, ActReport) => "printing the custody report",
        (Lang::Nl, ActReport) => "het bewaringsrapport maken",
        (Lang::En, ActAddRemote) => "adding a remote",
        (Lang::Nl, ActAddRemote) => "een remote toevoegen",
        (Lang::En, ActRemoveRemote) => "removing a remote",
        (Lang::Nl, ActRemoveRemote) => "een remote verwijderen",
        (Lang::En, ActAddSecret) => "adding a secret",
        (Lang::Nl, ActAddSecret) => "een geheim toevoegen",
        (Lang::En, ActUpdateSecret) => "updating a secret",
        (Lang::Nl, ActUpdateSecret) => "een geheim bijwerken",
        (Lang::En, ActRemoveSecret) => "removing a secret",
        (Lang::Nl, ActRemoveSecret) => "een geheim verwijderen",
        (Lang::En, ActImport) => "importing secrets",
        (Lang::Nl, ActImport) => "geheimen importeren",
        (Lang::En, ActWriteKit) => "writing a recovery kit",
        (Lang::Nl, ActWriteKit) => "een noodpakket schrijven",
        (Lang::En, ActChangeRecipient) => "changing a holder's recipient",
        (Lang::Nl, ActChangeRecipient) => "de ontvangersleutel van een houder wijzigen",
        (Lang::En, ErrNoDelegateChosen) => {
            "no delegate was chosen, and a roster name reads like the placeholder for that"
        }
        (Lang::Nl, ErrNoDelegateChosen) => {
            "er is geen gemachtigde gekozen, en een naam op de lijst van personen lijkt op de aanduiding daarvoor"
        }
        (Lang::En, WarnWeakKdf) => {
            "this vault uses weak key derivation ({kdf}), allowed with --allow-weak-kdf when it was made"
        }
        (Lang::Nl, WarnWeakKdf) => {
            "deze kluis gebruikt een zwakke sleutelafleiding ({kdf}), bij het aanmaken toegestaan met --allow-weak-kdf"
        }
        (Lang::En, WarnWeakKdfMade) => {
            "weak key derivation ({kdf}) was allowed with --allow-weak-kdf; every open will say so"
        }
        (Lang::Nl, WarnWeakKdfMade) => {
            "zwakke sleutelafleiding ({kdf}) is toegestaan met --allow-weak-kdf; elke keer openen meldt dit"
        }
        (Lang::En, WarnThresholdOne) => "threshold 1: any single sheet opens the vault",
        (Lang::Nl, WarnThresholdOne) => "drempel 1: elk vel alleen opent de kluis",
        (Lang::En, WarnAllSheetsNeeded) => {
            "threshold {k} of {n}: losing any one sheet makes recovery impossible"
        }
        (Lang::Nl, WarnAllSheetsNeeded) => {
            "drempel {k} van {n}: raakt er één vel kwijt, dan is herstel onmogelijk"
        }
        (Lang::En, WarnJournalQuarantined) => {
            "the locked-time journal was tampered with or damaged: {problem}. Nothing in it was merged; it was moved to {to}"
        }
        (Lang::Nl, WarnJournalQuarantined) => {
            "het journaal van de vergrendelde tijd is gemanipuleerd of beschadigd: {problem}. Er is niets uit overgenomen; het is verplaatst naar {to}"
        }
        (Lang::En, WarnFailedUnlocks) => {
            "{n} failed unlock attempt(s) since the last unlock; see `kluis audit list`"
        }
        (Lang::Nl, WarnFailedUnlocks) => {
            "{n} mislukte poging(en) om te openen sinds de vorige keer; zie `kluis audit list`"
        }
        (Lang::En, WarnRefusedRecoveries) => {
            "{n} refused recovery attempt(s) with shares since the last unlock; see `kluis audit list`"
        }
        (Lang::Nl, WarnRefusedRecoveries) => {
            "{n} geweigerde herstelpoging(en) met delen sinds de vorige keer openen; zie `kluis audit list`"
        }
        (Lang::En, WarnRollbackAccepted) => "rollback accepted with --allow-rollback: {what}",
        (Lang::Nl, WarnRollbackAccepted) => {
            "oudere kopie geaccepteerd met --allow-rollback: {what}"
        }
        (Lang::En, WarnJournalNotMoved) => {
            "the tampered journal could not be moved aside ({why}): remove it by hand"
        }
        (Lang::Nl, WarnJournalNotMoved) => {
            "het gemanipuleerde journaal kon niet opzij worden gezet ({why}): verwijder het zelf"
        }
        (Lang::En, WarnOpenNotRecorded) => {
            "this open could not be recorded: {why}; the locked-time journal is kept until it can be"
        }
        (Lang::Nl, WarnOpenNotRecorded) => {
            "het openen kon niet worden vastgelegd: {why}; het journaal blijft bewaard tot dat wel kan"
        }
        (Lang::En, WarnUnacknowledged) => {
            "{n} emergency event(s) since your last acknowledgement: review them with `kluis audit list`, then run `kluis ack`"
        }
        (Lang::Nl, WarnUnacknowledged) => {
            "{n} noodgebeurtenis(sen) sinds u voor het laatst iets als gezien meldde: bekijk ze met `kluis audit list` en voer daarna `kluis ack` uit"
        }
        (Lang::En, WarnExposed) => {
            "share set {set} was used in an emergency and is exposed: rotate it with `kluis shares rotate`"
        }
        (Lang::Nl, WarnExposed) => {
            "set delen {set} is in een noodgeval gebruikt en is blootgesteld: vervang hem met `kluis shares rotate`"
        }
        (Lang::En, WarnRollbackState) => {
            "cannot update the rollback state ({why}); rollback detection on this machine is weakened"
        }
        (Lang::Nl, WarnRollbackState) => {
            "kan de terugzetcontrole niet bijwerken ({why}); terugzetten wordt op deze computer minder goed opgemerkt"
        }
        (Lang::En, WarnEmergencySession) => {
            "emergency session: only secrets marked for emergencies can be released"
        }
        (Lang::Nl, WarnEmergencySession) => {
            "noodsessie: alleen geheimen die voor noodgevallen zijn gemarkeerd kunnen worden vrijgegeven"
        }
        (Lang::En, RolePo) => "privacy officer",
        (Lang::Nl, RolePo) => "privacy officer",
        (Lang::En, RoleDelegate) => "delegate",
        (Lang::Nl, RoleDelegate) => "gemachtigde",
        (Lang::En, RoleApprover) => "approver",
        (Lang::Nl, RoleApprover) => "fiatteur",
        (Lang::En, RoleHolder) => "holder",
        (Lang::Nl, RoleHolder) => "houder",
        (Lang::En, TuiActing) => "acting as",
        (Lang::Nl, TuiActing) => "handelend als",
        (Lang::En, TuiApprover) => "approver",
        (Lang::Nl, TuiApprover) => "fiatteur",
        (Lang::En, TuiAudit) => "audit chain",
        (Lang::Nl, TuiAudit) => "auditketen",
        (Lang::En, TuiAutoLock) => "auto-lock in",
        (Lang::Nl, TuiAutoLock) => "vergrendelt over",
        (Lang::En, TuiCatIncident) => "incident",
        (Lang::Nl, TuiCatIncident) => "incident",
        (Lang::En, TuiCatOther) => "other",
        (Lang::Nl, TuiCatOther) => "anders",
        (Lang::En, TuiCatRestore) => "restore",
        (Lang::Nl, TuiCatRestore) => "herstel",
        (Lang::En, TuiCatRestoreTest) => "restore test",
        (Lang::Nl, TuiCatRestoreTest) => "hersteltest",
        (Lang::En, TuiChainBroken) => "the audit chain does not verify",
        (Lang::Nl, TuiChainBroken) => "de auditketen klopt niet",
        (Lang::En, TuiChainIntact) => "audit chain intact",
        (Lang::Nl, TuiChainIntact) => "auditketen intact",
        (Lang::En, TuiChannel) => "channel",
        (Lang::Nl, TuiChannel) => "kanaal",
        (Lang::En, TuiChannelScreen) => "screen",
        (Lang::Nl, TuiChannelScreen) => "scherm",
        (Lang::En, TuiChannelClipboard) => "clipboard",
        (Lang::Nl, TuiChannelClipboard) => "klembord",
        (Lang::En, TuiChannelCommand) => "restore command",
        (Lang::Nl, TuiChannelCommand) => "herstelcommando",
        (Lang::En, TuiCommand) => "command",
        (Lang::Nl, TuiCommand) => "commando",
        (Lang::En, TuiCommandHowTo) => {
            "{} is the key's path (/dev/fd/N, in memory); without {} the key is the command's input"
        }
        (Lang::Nl, TuiCommandHowTo) => {
            "{} is het pad van de sleutel (/dev/fd/N, in het geheugen); zonder {} is de sleutel de invoer van het commando"
        }
        (Lang::En, TuiCommandRan) => "released into the restore command",
        (Lang::Nl, TuiCommandRan) => "vrijgegeven aan het herstelcommando",
        (Lang::En, TuiRecorded) => "recorded",
        (Lang::Nl, TuiRecorded) => "vastgelegd",
        (Lang::En, TuiKeyPair) => "key pair",
        (Lang::Nl, TuiKeyPair) => "sleutelpaar",
        (Lang::En, TuiRecipient) => "recipient",
        (Lang::Nl, TuiRecipient) => "ontvanger",
        (Lang::En, TuiPublicKey) => "public key",
        (Lang::Nl, TuiPublicKey) => "publieke sleutel",
        (Lang::En, TuiUserId) => "user id",
        (Lang::Nl, TuiUserId) => "gebruikers-id",
        (Lang::En, TuiPassphraseProtected) => "private part protected by a passphrase",
        (Lang::Nl, TuiPassphraseProtected) => "privédeel beschermd met een wachtwoordzin",
        (Lang::En, TuiKeyClearClipboard) => "clear the clipboard now",
        (Lang::Nl, TuiKeyClearClipboard) => "klembord nu wissen",
        (Lang::En, TuiLineCheckFails) => "does not match the paper: retype this line",
        (Lang::Nl, TuiLineCheckFails) => "klopt niet met het papier: typ deze regel opnieuw",
        (Lang::En, TuiClipboardClearsIn) => "on the clipboard; cleared in",
        (Lang::Nl, TuiClipboardClearsIn) => "op het klembord; gewist over",
        (Lang::En, TuiClipboardCleared) => "clipboard cleared",
        (Lang::Nl, TuiClipboardCleared) => "klembord gewist",
        (Lang::En, TuiClipboardLeftAlone) => {
            "clipboard left alone: another program replaced the value"
        }
        (Lang::Nl, TuiClipboardLeftAlone) => {
            "klembord niet gewist: een ander programma verving de waarde"
        }
        (Lang::En, TuiClipboardBinary) => "the value is binary, not text: unseal it to the screen",
        (Lang::Nl, TuiClipboardBinary) => {
            "de waarde is binair, geen tekst: ontsluit naar het scherm"
        }
        (Lang::En, TuiCheckpoint) => "checkpoint",
        (Lang::Nl, TuiCheckpoint) => "controlepunt",
        (Lang::En, TuiDamaged) => "the vault file is damaged or tampered with",
        (Lang::Nl, TuiDamaged) => "het kluisbestand is beschadigd of gemanipuleerd",
        (Lang::En, TuiDelegate) => "delegate",
        (Lang::Nl, TuiDelegate) => "gemachtigde",
        (Lang::En, TuiDelegateHowTo) => {
            "Enough shares: they open the vault. Choose the delegate acting (from the roster) with ←/→ or the first letter, then Enter. Esc stops; the attempt is then recorded and the share set must be rotated."
        }
        (Lang::Nl, TuiDelegateHowTo) => {
            "Genoeg delen: ze openen de kluis. Kies de handelende gemachtigde (uit de lijst) met ←/→ of de eerste letter en druk Enter. Esc stopt; de poging wordt dan vastgelegd en de set delen moet vervangen worden."
        }
        (Lang::En, TuiDemoBanner) => "DEMO VAULT: not a real vault",
        (Lang::Nl, TuiDemoBanner) => "DEMOKLUIS: geen echte kluis",
        (Lang::En, TuiDemoNotReal) => {
            "This is a throwaway demo vault with weak key derivation; it is deleted when you quit. Never keep real keys in it."
        }
        (Lang::Nl, TuiDemoNotReal) => {
            "Dit is een wegwerp-demokluis met zwakke sleutelafleiding; hij wordt gewist als u stopt. Bewaar er nooit echte sleutels in."
        }
        (Lang::En, TuiDemoPassphrase) => "demo passphrase",
        (Lang::Nl, TuiDemoPassphrase) => "demo-wachtwoordzin",
        (Lang::En, TuiDemoPin) => "approver PIN",
        (Lang::Nl, TuiDemoPin) => "pincode fiatteur",
        (Lang::En, TuiDemoShares) => {
            "share files (2 of 3 needed for emergency recovery, delegate Dirk Smit)"
        }
        (Lang::Nl, TuiDemoShares) => {
            "deelbestanden (2 van 3 nodig voor noodherstel, gemachtigde Dirk Smit)"
        }
        (Lang::En, TuiDetail) => "detail",
        (Lang::Nl, TuiDetail) => "details",
        (Lang::En, TuiDuplicate) => "already entered",
        (Lang::Nl, TuiDuplicate) => "al ingevoerd",
        (Lang::En, TuiEmergencyEnded) => "the emergency session ended and the vault is locked",
        (Lang::Nl, TuiEmergencyEnded) => "de noodsessie is afgelopen en de kluis is vergrendeld",
        (Lang::En, TuiEmergencyLeft) => "EMERGENCY SESSION ends in",
        (Lang::Nl, TuiEmergencyLeft) => "NOODSESSIE eindigt over",
        (Lang::En, TuiEmergencyRecovery) => "Emergency recovery",
        (Lang::Nl, TuiEmergencyRecovery) => "Noodherstel",
        (Lang::En, TuiFingerprint) => "fingerprint",
        (Lang::Nl, TuiFingerprint) => "vingerafdruk",
        (Lang::En, TuiFirstShare) => "enter the first share",
        (Lang::Nl, TuiFirstShare) => "voer het eerste deel in",
        (Lang::En, TuiHelpTitle) => "Keys",
        (Lang::Nl, TuiHelpTitle) => "Toetsen",
        (Lang::En, TuiHelpTyping) => {
            "While a field takes text, letters are typed: press Esc first for a command key."
        }
        (Lang::Nl, TuiHelpTyping) => {
            "Zolang een veld tekst opneemt, worden letters getypt: druk eerst Esc voor een commandotoets."
        }
        (Lang::En, TuiHidden) => {
            "The value is hidden again and wiped from memory. Unseal again to see it (recorded)."
        }
        (Lang::Nl, TuiHidden) => {
            "De waarde is weer verborgen en uit het geheugen gewist. Geef haar opnieuw vrij om haar te zien (vastgelegd)."
        }
        (Lang::En, TuiHidesIn) => "hidden in",
        (Lang::Nl, TuiHidesIn) => "verborgen over",
        (Lang::En, TuiHolder) => "holder",
        (Lang::Nl, TuiHolder) => "houder",
        (Lang::En, TuiInUse) => "the vault is in use by another kluis process",
        (Lang::Nl, TuiInUse) => "de kluis is in gebruik door een ander kluis-proces",
        (Lang::En, TuiKeyAudit) => "audit",
        (Lang::Nl, TuiKeyAudit) => "audit",
        (Lang::En, TuiKeyBack) => "back",
        (Lang::Nl, TuiKeyBack) => "terug",
        (Lang::En, TuiKeyBackToPassphrase) => "passphrase",
        (Lang::Nl, TuiKeyBackToPassphrase) => "wachtwoordzin",
        (Lang::En, TuiKeyCancel) => "cancel",
        (Lang::Nl, TuiKeyCancel) => "annuleren",
        (Lang::En, TuiKeyChoose) => "choose",
        (Lang::Nl, TuiKeyChoose) => "kiezen",
        (Lang::En, TuiKeyClear) => "clear",
        (Lang::Nl, TuiKeyClear) => "wissen",
        (Lang::En, TuiKeyClose) => "close",
        (Lang::Nl, TuiKeyClose) => "sluiten",
        (Lang::En, TuiKeyDone) => "done",
        (Lang::Nl, TuiKeyDone) => "klaar",
        (Lang::En, TuiKeyEmergency) => "emergency recovery",
        (Lang::Nl, TuiKeyEmergency) => "noodherstel",
        (Lang::En, TuiKeyFilter) => "filter",
        (Lang::Nl, TuiKeyFilter) => "filter",
        (Lang::En, TuiKeyHelp) => "help",
        (Lang::Nl, TuiKeyHelp) => "hulp",
        (Lang::En, TuiKeyHide) => "hide",
        (Lang::Nl, TuiKeyHide) => "verbergen",
        (Lang::En, TuiKeyLock) => "lock",
        (Lang::Nl, TuiKeyLock) => "vergrendelen",
        (Lang::En, TuiKeyMenu) => "menu",
        (Lang::Nl, TuiKeyMenu) => "menu",
        (Lang::En, TuiKeyMove) => "move",
        (Lang::Nl, TuiKeyMove) => "bewegen",
        (Lang::En, TuiKeyNextField) => "next field",
        (Lang::Nl, TuiKeyNextField) => "volgend veld",
        (Lang::En, TuiKeyNextLine) => "next line",
        (Lang::Nl, TuiKeyNextLine) => "volgende regel",
        (Lang::En, TuiKeyOpen) => "open",
        (Lang::Nl, TuiKeyOpen) => "openen",
        (Lang::En, TuiKeyQuit) => "quit",
        (Lang::Nl, TuiKeyQuit) => "stoppen",
        (Lang::En, TuiKeyScroll) => "scroll",
        (Lang::Nl, TuiKeyScroll) => "scrollen",
        (Lang::En, TuiKeySearch) => "search",
        (Lang::Nl, TuiKeySearch) => "zoeken",
        (Lang::En, TuiKeyShares) => "shares",
        (Lang::Nl, TuiKeyShares) => "delen",
        (Lang::En, TuiKeyShow) => "show value",
        (Lang::Nl, TuiKeyShow) => "waarde tonen",
        (Lang::En, TuiKeyUnlock) => "unlock",
        (Lang::Nl, TuiKeyUnlock) => "ontgrendelen",
        (Lang::En, TuiKeyUnseal) => "unseal",
        (Lang::Nl, TuiKeyUnseal) => "vrijgeven",
        (Lang::En, TuiKeyVerify) => "verify a sheet",
        (Lang::Nl, TuiKeyVerify) => "vel controleren",
        (Lang::En, TuiKind) => "kind",
        (Lang::Nl, TuiKind) => "soort",
        (Lang::En, TuiLastDrill) => "last drill",
        (Lang::Nl, TuiLastDrill) => "laatste controle",
        (Lang::En, TuiLine) => "line",
        (Lang::Nl, TuiLine) => "regel",
        (Lang::En, TuiLockedIdle) => "locked after inactivity: unlock again",
        (Lang::Nl, TuiLockedIdle) => "vergrendeld na inactiviteit: ontgrendel opnieuw",
        (Lang::En, TuiNeedApprover) => {
            "an approver is required: the roster has no approver other than you; nothing was released"
        }
        (Lang::Nl, TuiNeedApprover) => {
            "een fiatteur is nodig: de lijst heeft geen fiatteur behalve u; er is niets vrijgegeven"
        }
        (Lang::En, TuiNeedAtLeast) => "need at least",
        (Lang::Nl, TuiNeedAtLeast) => "minstens nodig",
        (Lang::En, TuiNeedReason) => {
            "a reason is required: type why in the reason field; nothing was released"
        }
        (Lang::Nl, TuiNeedReason) => {
            "een reden is verplicht: typ waarom in het redenveld; er is niets vrijgegeven"
        }
        (Lang::En, TuiNo) => "no",
        (Lang::Nl, TuiNo) => "nee",
        (Lang::En, TuiNoApprovers) => "(no approver in the roster)",
        (Lang::Nl, TuiNoApprovers) => "(geen fiatteur in de lijst)",
        (Lang::En, TuiNoMatch) => "no secret matches the search",
        (Lang::Nl, TuiNoMatch) => "geen geheim past bij de zoekopdracht",
        (Lang::En, TuiOf) => "of",
        (Lang::Nl, TuiOf) => "van",
        (Lang::En, TuiOrigin) => "origin",
        (Lang::Nl, TuiOrigin) => "herkomst",
        (Lang::En, TuiOtherSet) => "belongs to another share set than the first share",
        (Lang::Nl, TuiOtherSet) => "hoort bij een andere set dan het eerste deel",
        (Lang::En, TuiPlace) => "place",
        (Lang::Nl, TuiPlace) => "plaats",
        (Lang::En, TuiPressV) => "press v to show the value",
        (Lang::Nl, TuiPressV) => "druk v om de waarde te tonen",
        (Lang::En, TuiProgress) => "shares",
        (Lang::Nl, TuiProgress) => "delen",
        (Lang::En, TuiReason) => "reason",
        (Lang::Nl, TuiReason) => "reden",
        (Lang::En, TuiReasonCategory) => "reason category",
        (Lang::Nl, TuiReasonCategory) => "soort reden",
        (Lang::En, TuiRecords) => "records",
        (Lang::Nl, TuiRecords) => "records",
        (Lang::En, TuiRecoveryIntro) => {
            "Enter the paper shares one at a time: type the six lines of a sheet, or the path of a share txt file or of a PNG/JPEG photo of its QR code; an age-encrypted share as PATH --identity KEYFILE. Each share is checked against the vault."
        }
        (Lang::Nl, TuiRecoveryIntro) => {
            "Voer de papieren delen een voor een in: typ de zes regels van een vel, of het pad van een deel-txt-bestand of van een PNG/JPEG-foto van de QR-code; een met age versleuteld deel als PAD --identity SLEUTELBESTAND. Elk deel wordt tegen de kluis gecontroleerd."
        }
        (Lang::En, TuiRefused) => "refused",
        (Lang::Nl, TuiRefused) => "geweigerd",
        (Lang::En, TuiReleased) => "released",
        (Lang::Nl, TuiReleased) => "vrijgegeven",
        (Lang::En, TuiRolledBack) => "the vault was rolled back",
        (Lang::Nl, TuiRolledBack) => "de kluis is teruggezet",
        (Lang::En, TuiSecrets) => "secrets",
        (Lang::Nl, TuiSecrets) => "geheimen",
        (Lang::En, TuiSet) => "set",
        (Lang::Nl, TuiSet) => "set",
        (Lang::En, TuiShare) => "share",
        (Lang::Nl, TuiShare) => "deel",
        (Lang::En, TuiShareHowTo) => {
            "Type a line and press Enter (or a file path as the first line):"
        }
        (Lang::Nl, TuiShareHowTo) => {
            "Typ een regel en druk Enter (of een bestandspad als eerste regel):"
        }
        (Lang::En, TuiShares) => "share sets",
        (Lang::Nl, TuiShares) => "sets delen",
        (Lang::En, TuiTooSmall) => "the terminal is too small for kluis: enlarge the window",
        (Lang::Nl, TuiTooSmall) => "het terminalvenster is te klein voor kluis: maak het groter",
        (Lang::En, TuiTotpExpired) => "the TOTP code has expired: unseal again for a new one",
        (Lang::Nl, TuiTotpExpired) => "de TOTP-code is verlopen: geef opnieuw vrij voor een nieuwe",
        (Lang::En, TuiTotpValid) => "TOTP code valid for",
        (Lang::Nl, TuiTotpValid) => "TOTP-code geldig voor",
        (Lang::En, TuiTypeDelegate) => "type the delegate's name",
        (Lang::Nl, TuiTypeDelegate) => "typ de naam van de gemachtigde",
        (Lang::En, TuiTypePassphrase) => "type the passphrase first",
        (Lang::Nl, TuiTypePassphrase) => "typ eerst de wachtwoordzin",
        (Lang::En, TuiUnlockTitle) => "Unlock",
        (Lang::Nl, TuiUnlockTitle) => "Ontgrendelen",
        (Lang::En, TuiUnlockVault) => "vault:",
        (Lang::Nl, TuiUnlockVault) => "kluis:",
        (Lang::En, TuiUnsealHowTo) => {
            "Tab moves between fields, ←/→ choose; the approver types their PIN; Enter on the PIN unseals (recorded)."
        }
        (Lang::Nl, TuiUnsealHowTo) => {
            "Tab wisselt van veld, ←/→ kiest; de fiatteur typt de pincode; Enter op de pincode geeft vrij (vastgelegd)."
        }
        (Lang::En, TuiUnsealing) => "secret",
        (Lang::Nl, TuiUnsealing) => "geheim",
        (Lang::En, TuiUsername) => "username",
        (Lang::Nl, TuiUsername) => "gebruikersnaam",
        (Lang::En, TuiValue) => "value",
        (Lang::Nl, TuiValue) => "waarde",
        (Lang::En, TuiVault) => "vault",
        (Lang::Nl, TuiVault) => "kluis",
        (Lang::En, TuiVerifyHowTo) => {
            "Type the six lines of the sheet (Enter after each), or the path of a share txt file or a PNG/JPEG of its QR code. Nothing is revealed; the drill is recorded."
        }
        (Lang::Nl, TuiVerifyHowTo) => {
            "Typ de zes regels van het vel (Enter na elke regel), of het pad van een deel-txt-bestand of een PNG/JPEG van de QR-code. Er wordt niets onthuld; de controle wordt vastgelegd."
        }
        (Lang::En, TuiWorkerDied) => "the unlock stopped unexpectedly: try again",
        (Lang::Nl, TuiWorkerDied) => "het ontgrendelen stopte onverwacht: probeer opnieuw",
        (Lang::En, TuiWorking) => "working…",
        (Lang::Nl, TuiWorking) => "bezig…",
        (Lang::En, TuiOpenCancelled) => {
            "stopped waiting: the open finishes in the background and closes itself; try again in a moment"
        }
        (Lang::Nl, TuiOpenCancelled) => {
            "wachten gestopt: het openen loopt op de achtergrond af en sluit zichzelf; probeer het zo opnieuw"
        }
        (Lang::En, TuiWorkingPin) => "working on the PIN (the key derivation takes a moment)…",
        (Lang::Nl, TuiWorkingPin) => "bezig met de pincode (de sleutelafleiding duurt even)…",
        (Lang::En, TuiWorkingPassphrase) => {
            "working on the new passphrase (the key derivation takes a moment)…"
        }
        (Lang::Nl, TuiWorkingPassphrase) => {
            "bezig met de nieuwe wachtwoordzin (de sleutelafleiding duurt even)…"
        }
        (Lang::En, TuiWorkingSave) => "saving…",
        (Lang::Nl, TuiWorkingSave) => "bezig met opslaan…",
        (Lang::En, TuiBusyKeys) => {
            "please wait: keys work again when this is done (Esc cannot stop it: the vault is being changed)"
        }
        (Lang::Nl, TuiBusyKeys) => {
            "even geduld: de toetsen werken weer zodra dit klaar is (Esc stopt het niet: de kluis wordt gewijzigd)"
        }
        (Lang::En, TuiBusyQuit) => "kluis quits when this is done",
        (Lang::Nl, TuiBusyQuit) => "kluis stopt zodra dit klaar is",
        (Lang::En, TuiChooseHint) => "choose with ← →, space or the first letter",
        (Lang::Nl, TuiChooseHint) => "kies met ← →, spatie of de eerste letter",
        (Lang::En, TuiNoDelegates) => {
            "the roster has no delegate: Esc stops (recorded); the PO adds delegates with the roster screen"
        }
        (Lang::Nl, TuiNoDelegates) => {
            "er staat geen gemachtigde in de lijst: Esc stopt (vastgelegd); de PO voegt gemachtigden toe in het personenscherm"
        }
        (Lang::En, TuiRecoveryStopped) => {
            "stopped: the attempt is recorded and the share set must be rotated"
        }
        (Lang::Nl, TuiRecoveryStopped) => {
            "gestopt: de poging is vastgelegd en de set delen moet vervangen worden"
        }
        (Lang::En, TuiReadingRoster) => "opening with the shares and reading the roster…",
        (Lang::Nl, TuiReadingRoster) => "bezig met openen met de delen en lezen van de lijst…",
        (Lang::En, TuiRecoveryAgain) => {
            "Enter: open with these shares again   Esc: back to the shares"
        }
        (Lang::Nl, TuiRecoveryAgain) => {
            "Enter: opnieuw openen met deze delen   Esc: terug naar de delen"
        }
        (Lang::En, TuiWorkingSync) => "pushing to the remotes…",
        (Lang::Nl, TuiWorkingSync) => "bezig met versturen naar de remotes…",
        (Lang::En, TuiPrinting) => "sending them to the printer…",
        (Lang::Nl, TuiPrinting) => "ze gaan naar de printer…",
        (Lang::En, TuiPrinted) => "sheets sent to the printer",
        (Lang::Nl, TuiPrinted) => "vellen naar de printer gestuurd",
        (Lang::En, TuiWrongPassphrase) => {
            "wrong passphrase: try again (the vault file itself is intact)"
        }
        (Lang::Nl, TuiWrongPassphrase) => {
            "verkeerde wachtwoordzin: probeer opnieuw (het kluisbestand zelf is intact)"
        }
        (Lang::En, TuiWrongPassphraseMany) => {
            "wrong passphrase again. Check Caps Lock and the keyboard layout, and type slowly; every failed attempt is recorded and shown to the PO at the next unlock. If the passphrase is lost, use emergency recovery (e) with the paper shares"
        }
        (Lang::Nl, TuiWrongPassphraseMany) => {
            "weer een verkeerde wachtwoordzin. Controleer Caps Lock en de toetsenbordindeling en typ rustig; elke mislukte poging wordt vastgelegd en bij de volgende ontgrendeling aan de PO getoond. Is de wachtwoordzin kwijt, gebruik dan noodherstel (e) met de papieren delen"
        }
        (Lang::En, TuiYes) => "yes",
        (Lang::Nl, TuiYes) => "ja",
        (Lang::En, TuiSource) => "value from",
        (Lang::Nl, TuiSource) => "waarde uit",
        (Lang::En, TuiSourceTyped) => "typed (masked)",
        (Lang::Nl, TuiSourceTyped) => "getypt (verborgen)",
        (Lang::En, TuiSourceKey256) => "generate a 256-bit key",
        (Lang::Nl, TuiSourceKey256) => "genereer een 256-bits sleutel",
        (Lang::En, TuiSourcePassphrase) => "generate a passphrase",
        (Lang::Nl, TuiSourcePassphrase) => "genereer een wachtwoordzin",
        (Lang::En, TuiUrl) => "url",
        (Lang::Nl, TuiUrl) => "url",
        (Lang::En, TuiName) => "name",
        (Lang::Nl, TuiName) => "naam",
        (Lang::En, TuiValueHowTo) => {
            "Type the value (it stays masked) or choose to generate one; username and url are for credentials."
        }
        (Lang::Nl, TuiValueHowTo) => {
            "Typ de waarde (die verborgen blijft) of laat er een genereren; gebruikersnaam en url zijn voor inloggegevens."
        }
        (Lang::En, TuiNewVersionOf) => "new version of",
        (Lang::Nl, TuiNewVersionOf) => "nieuwe versie van",
        (Lang::En, TuiTypeNameToRemove) => "type the name to remove it for good",
        (Lang::Nl, TuiTypeNameToRemove) => "typ de naam om het definitief te verwijderen",
        (Lang::En, TuiPinHowTo) => {
            "Approvers enrol a PIN of at least 6 characters, typed twice; others may leave it empty."
        }
        (Lang::Nl, TuiPinHowTo) => {
            "Fiatteurs kiezen een pincode van minstens 6 tekens, twee keer getypt; anderen mogen die leeg laten."
        }
        (Lang::En, TuiRole) => "role",
        (Lang::Nl, TuiRole) => "rol",
        (Lang::En, TuiPinAgain) => "PIN again",
        (Lang::Nl, TuiPinAgain) => "pincode nogmaals",
        (Lang::En, TuiEmergencyMinutes) => "emergency session (minutes)",
        (Lang::Nl, TuiEmergencyMinutes) => "noodsessie (minuten)",
        (Lang::En, TuiIdleMinutes) => "idle lock (minutes)",
        (Lang::Nl, TuiIdleMinutes) => "vergrendelen na inactiviteit (minuten)",
        (Lang::En, TuiDrillDays) => "drill interval (days)",
        (Lang::Nl, TuiDrillDays) => "controle elke (dagen)",
        (Lang::En, TuiLanguage) => "language",
        (Lang::Nl, TuiLanguage) => "taal",
        (Lang::En, TuiLanguageEnv) => "from the environment",
        (Lang::Nl, TuiLanguageEnv) => "uit de omgeving",
        (Lang::En, TuiPendingSet) => "the pending (new) share set",
        (Lang::Nl, TuiPendingSet) => "de nieuwe set delen (in afwachting)",
        (Lang::En, TuiActiveSet) => "the active share set",
        (Lang::Nl, TuiActiveSet) => "de actieve set delen",
        (Lang::En, TuiPrintHowTo) => {
            "The sheets are written as PDF files into the directory (made if missing); the print is recorded."
        }
        (Lang::Nl, TuiPrintHowTo) => {
            "De vellen worden als PDF in de map geschreven (die zo nodig wordt gemaakt); het afdrukken wordt vastgelegd."
        }
        (Lang::En, TuiDirectory) => "directory",
        (Lang::Nl, TuiDirectory) => "map",
        (Lang::En, TuiSendToPrinter) => "also send to printer (lp)",
        (Lang::Nl, TuiSendToPrinter) => "ook naar de printer (lp)",
        (Lang::En, TuiRotateHowTo) => {
            "A new set with a new recovery key: threshold k, and the holders as NAME@PLACE separated by semicolons (a place may hold commas). It replaces the active set only after every sheet is printed and verified (m)."
        }
        (Lang::Nl, TuiRotateHowTo) => {
            "Een nieuwe set met een nieuwe herstelsleutel: drempel k, en de houders als NAAM@PLAATS gescheiden door puntkomma's (een plaats mag komma's bevatten). Die vervangt de actieve set pas als elk vel is afgedrukt en teruggelezen (m)."
        }
        (Lang::En, TuiThreshold) => "threshold k",
        (Lang::Nl, TuiThreshold) => "drempel k",
        (Lang::En, TuiHolders) => "holders",
        (Lang::Nl, TuiHolders) => "houders",
        (Lang::En, TuiAllowThresholdOne) => "allow k = 1",
        (Lang::Nl, TuiAllowThresholdOne) => "k = 1 toestaan",
        (Lang::En, TuiFormat) => "format",
        (Lang::Nl, TuiFormat) => "formaat",
        (Lang::En, TuiFile) => "file",
        (Lang::Nl, TuiFile) => "bestand",
        (Lang::En, TuiAckHowTo) => {
            "Enter acknowledges these emergency events (recorded); Esc goes back."
        }
        (Lang::Nl, TuiAckHowTo) => {
            "Enter bevestigt deze noodgebeurtenissen (vastgelegd); Esc gaat terug."
        }
        (Lang::En, TuiNotANumber) => "type a whole number",
        (Lang::Nl, TuiNotANumber) => "typ een geheel getal",
        (Lang::En, TuiNameMismatch) => "the name does not match: type it exactly to confirm",
        (Lang::Nl, TuiNameMismatch) => "de naam klopt niet: typ hem precies om te bevestigen",
        (Lang::En, TuiPinsDiffer) => "the two PINs differ: type them again",
        (Lang::Nl, TuiPinsDiffer) => "de twee pincodes verschillen: typ ze opnieuw",
        (Lang::En, TuiSettingsSaved) => "settings saved",
        (Lang::Nl, TuiSettingsSaved) => "instellingen opgeslagen",
        (Lang::En, TuiTypeDirectory) => "type a directory for the sheets",
        (Lang::Nl, TuiTypeDirectory) => "typ een map voor de vellen",
        (Lang::En, TuiPendingMade) => {
            "pending share set made: print it (w), verify each sheet (v), then make it active (m)."
        }
        (Lang::Nl, TuiPendingMade) => {
            "nieuwe set delen gemaakt: druk hem af (w), controleer elk vel (v) en maak hem dan actief (m)."
        }
        (Lang::En, TuiTypeFile) => "type a path for the export",
        (Lang::Nl, TuiTypeFile) => "typ een pad voor de export",
        (Lang::En, TuiExported) => "exported",
        (Lang::Nl, TuiExported) => "geëxporteerd",
        (Lang::En, TuiAcknowledged) => "emergency events acknowledged",
        (Lang::Nl, TuiAcknowledged) => "noodgebeurtenissen bevestigd",
        (Lang::En, TuiCommitted) => {
            "the pending share set is now active; the old sheets no longer open the vault: collect and destroy them"
        }
        (Lang::Nl, TuiCommitted) => {
            "de nieuwe set delen is nu actief; de oude vellen openen de kluis niet meer: haal ze op en vernietig ze"
        }
        (Lang::En, TuiKeyAddSecret) => "add secret",
        (Lang::Nl, TuiKeyAddSecret) => "geheim toevoegen",
        (Lang::En, TuiKeyNewVersion) => "new version",
        (Lang::Nl, TuiKeyNewVersion) => "nieuwe versie",
        (Lang::En, TuiKeyRemove) => "remove",
        (Lang::Nl, TuiKeyRemove) => "verwijderen",
        (Lang::En, TuiKeyRoster) => "roster",
        (Lang::Nl, TuiKeyRoster) => "personen",
        (Lang::En, TuiKeySettings) => "settings",
        (Lang::Nl, TuiKeySettings) => "instellingen",
        (Lang::En, TuiKeyAck) => "acknowledge",
        (Lang::Nl, TuiKeyAck) => "bevestigen",
        (Lang::En, TuiKeyAddPerson) => "add person",
        (Lang::Nl, TuiKeyAddPerson) => "persoon toevoegen",
        (Lang::En, TuiKeyRemovePerson) => "remove person",
        (Lang::Nl, TuiKeyRemovePerson) => "persoon verwijderen",
        (Lang::En, TuiKeyWriteSheets) => "print sheets",
        (Lang::Nl, TuiKeyWriteSheets) => "vellen afdrukken",
        (Lang::En, TuiKeyRotate) => "new share set",
        (Lang::Nl, TuiKeyRotate) => "nieuwe set delen",
        (Lang::En, TuiKeyCommit) => "make active",
        (Lang::Nl, TuiKeyCommit) => "actief maken",
        (Lang::En, TuiKeyExport) => "export",
        (Lang::Nl, TuiKeyExport) => "exporteren",
        (Lang::En, TuiKeySubmit) => "next / save",
        (Lang::Nl, TuiKeySubmit) => "volgende / opslaan",
        (Lang::En, TuiRoster) => "roster",
        (Lang::Nl, TuiRoster) => "personen",
        (Lang::En, TuiAddedAt) => "added",
        (Lang::Nl, TuiAddedAt) => "toegevoegd",
        (Lang::En, TuiHasPin) => "PIN",
        (Lang::Nl, TuiHasPin) => "pincode",
        (Lang::En, TuiPoName) => "your name (the PO)",
        (Lang::Nl, TuiPoName) => "uw naam (de PO)",
        (Lang::En, TuiVaultName) => "vault name",
        (Lang::Nl, TuiVaultName) => "naam van de kluis",
        (Lang::En, TuiPassphraseAgain) => "passphrase again",
        (Lang::Nl, TuiPassphraseAgain) => "wachtwoordzin nogmaals",
        (Lang::En, TuiAcceptWeak) => "use a weak passphrase anyway",
        (Lang::Nl, TuiAcceptWeak) => "toch een zwakke wachtwoordzin gebruiken",
        (Lang::En, TuiTypePoName) => "type the PO's name",
        (Lang::Nl, TuiTypePoName) => "typ de naam van de PO",
        (Lang::En, TuiPassphrasesDiffer) => {
            "the two passphrases differ (or are empty): type them again"
        }
        (Lang::Nl, TuiPassphrasesDiffer) => {
            "de twee wachtwoordzinnen verschillen (of zijn leeg): typ ze opnieuw"
        }
        (Lang::En, TuiWeakPassphrase) => {
            "this passphrase is weak: choose a longer one, or confirm below that you accept it"
        }
        (Lang::Nl, TuiWeakPassphrase) => {
            "deze wachtwoordzin is zwak: kies een langere, of bevestig hieronder dat u hem accepteert"
        }
        (Lang::En, TuiPinTooShort) => "a PIN must have at least 6 characters",
        (Lang::Nl, TuiPinTooShort) => "een pincode moet minstens 6 tekens hebben",
        (Lang::En, TuiNameTaken) => "that name is already on the roster",
        (Lang::Nl, TuiNameTaken) => "die naam staat al op de lijst",
        (Lang::En, TuiStrength) => "strength",
        (Lang::Nl, TuiStrength) => "sterkte",
        (Lang::En, TuiWizardTitle) => "set up a new vault",
        (Lang::Nl, TuiWizardTitle) => "een nieuwe kluis inrichten",
        (Lang::En, TuiStep) => "step",
        (Lang::Nl, TuiStep) => "stap",
        (Lang::En, TuiStepPo) => "the PO",
        (Lang::Nl, TuiStepPo) => "de PO",
        (Lang::En, TuiStepPassphrase) => "passphrase",
        (Lang::Nl, TuiStepPassphrase) => "wachtwoordzin",
        (Lang::En, TuiStepApprovers) => "approvers",
        (Lang::Nl, TuiStepApprovers) => "fiatteurs",
        (Lang::En, TuiStepHolders) => "share holders",
        (Lang::Nl, TuiStepHolders) => "houders van de delen",
        (Lang::En, TuiStepCreating) => "creating the vault",
        (Lang::Nl, TuiStepCreating) => "de kluis aanmaken",
        (Lang::En, TuiStepPrint) => "print the sheets",
        (Lang::Nl, TuiStepPrint) => "de vellen afdrukken",
        (Lang::En, TuiStepVerify) => "verify the sheets",
        (Lang::Nl, TuiStepVerify) => "de vellen controleren",
        (Lang::En, TuiStepDone) => "done",
        (Lang::Nl, TuiStepDone) => "klaar",
        (Lang::En, TuiWizardPoHowTo) => {
            "No vault at this path yet. The PO (Privacy Officer) holds the passphrase and runs kluis."
        }
        (Lang::Nl, TuiWizardPoHowTo) => {
            "Op dit pad staat nog geen kluis. De PO (privacy officer) heeft de wachtwoordzin en beheert kluis."
        }
        (Lang::En, TuiWizardPassHowTo) => {
            "Choose a long passphrase (several words). It cannot be recovered; the paper shares are the way back in."
        }
        (Lang::Nl, TuiWizardPassHowTo) => {
            "Kies een lange wachtwoordzin (meerdere woorden). Die is niet te herstellen; de papieren delen zijn de weg terug."
        }
        (Lang::En, TuiWizardApproversHowTo) => {
            "Approvers confirm each unseal with their PIN. Enter after the second PIN adds one; Enter on an empty name goes on."
        }
        (Lang::Nl, TuiWizardApproversHowTo) => {
            "Fiatteurs bevestigen elke vrijgave met hun pincode. Enter na de tweede pincode voegt er een toe; Enter bij een lege naam gaat verder."
        }
        (Lang::En, TuiWizardHoldersHowTo) => {
            "One holder per Enter, as NAME@PLACE (e.g. Office safe@Kluis, kantoor Utrecht); Backspace on an empty holder takes the last one back; Enter on an empty holder goes on to the threshold k: any k sheets recover the vault."
        }
        (Lang::Nl, TuiWizardHoldersHowTo) => {
            "Eén houder per Enter, als NAAM@PLAATS (bv. Kantoorkluis@Kluis, kantoor Utrecht); Backspace bij een lege houder haalt de laatste terug; Enter bij een lege houder gaat naar de drempel k: elke k vellen openen de kluis."
        }
        (Lang::En, TuiWarnThresholdOne) => {
            "k = 1: any single sheet opens the vault (the safe alone would suffice); allow it below only if you mean it"
        }
        (Lang::Nl, TuiWarnThresholdOne) => {
            "k = 1: elk vel alleen opent de kluis (de kluis in de kast alleen zou volstaan); sta het hieronder alleen toe als u dat wilt"
        }
        (Lang::En, TuiWarnThresholdAll) => "k = n: losing any one sheet makes recovery impossible",
        (Lang::Nl, TuiWarnThresholdAll) => "k = n: raakt één vel kwijt, dan is herstel onmogelijk",
        (Lang::En, TuiCalibrating) => {
            "measuring this machine and deriving the key (about a second per step)…"
        }
        (Lang::Nl, TuiCalibrating) => {
            "deze machine meten en de sleutel afleiden (ongeveer een seconde per stap)…"
        }
        (Lang::En, TuiWizardPrintHowTo) => {
            "The sheets are written as PDF files into this directory; print them and give each holder theirs."
        }
        (Lang::Nl, TuiWizardPrintHowTo) => {
            "De vellen worden als PDF in deze map geschreven; druk ze af en geef elke houder het zijne."
        }
        (Lang::En, TuiWizardVerifyHowTo) => {
            "Type each printed sheet back (six lines, Enter after each), to prove the paper is readable."
        }
        (Lang::Nl, TuiWizardVerifyHowTo) => {
            "Typ elk afgedrukt vel terug (zes regels, Enter na elke), om te bewijzen dat het papier leesbaar is."
        }
        (Lang::En, TuiVerified) => "verified",
        (Lang::Nl, TuiVerified) => "teruggelezen",
        (Lang::En, TuiWizardDone) => {
            "The vault is ready. Keep the sheets apart, in the places named on them. Enter opens the vault."
        }
        (Lang::Nl, TuiWizardDone) => {
            "De kluis is klaar. Bewaar de vellen apart, op de plaatsen die erop staan. Enter opent de kluis."
        }
        (Lang::En, TuiKeyPrevStep) => "previous step",
        (Lang::Nl, TuiKeyPrevStep) => "vorige stap",
        (Lang::En, TuiKeyPasswd) => "change passphrase",
        (Lang::Nl, TuiKeyPasswd) => "wachtwoordzin wijzigen",
        (Lang::En, TuiKeyTakeover) => "takeover",
        (Lang::Nl, TuiKeyTakeover) => "overname",
        (Lang::En, TuiKeyReport) => "custody report",
        (Lang::Nl, TuiKeyReport) => "bewaringsrapport",
        (Lang::En, TuiKeyOpenAnyway) => "open anyway (recorded)",
        (Lang::Nl, TuiKeyOpenAnyway) => "toch openen (wordt vastgelegd)",
        (Lang::En, TuiPasswdHowTo) => {
            "A new PO passphrase and a new master key: an old copy of the file keeps opening with the old passphrase only."
        }
        (Lang::Nl, TuiPasswdHowTo) => {
            "Een nieuwe wachtwoordzin voor de PO en een nieuwe hoofdsleutel: een oude kopie van het bestand opent alleen met de oude wachtwoordzin."
        }
        (Lang::En, TuiTakeoverHowTo) => {
            "TAKEOVER: sets a new PO passphrase and replaces the master key. Needs a reason and an approver's PIN; it is recorded and the PO is told."
        }
        (Lang::Nl, TuiTakeoverHowTo) => {
            "OVERNAME: zet een nieuwe wachtwoordzin voor de PO en vervangt de hoofdsleutel. Vraagt een reden en de pincode van een fiatteur; wordt vastgelegd en de PO ziet het."
        }
        (Lang::En, TuiTakeoverDone) => {
            "TAKEOVER recorded: a new PO passphrase is set and the master key replaced. The PO (or the new PO) must rotate the shares."
        }
        (Lang::Nl, TuiTakeoverDone) => {
            "OVERNAME vastgelegd: een nieuwe wachtwoordzin voor de PO is gezet en de hoofdsleutel vervangen. De PO (of de nieuwe PO) moet de delen vernieuwen."
        }
        (Lang::En, TuiReportHowTo) => {
            "The custody report as a PDF: roster, shares and their holders, unseals, emergencies, rotations, failed unlocks. The file must not exist."
        }
        (Lang::Nl, TuiReportHowTo) => {
            "Het bewaringsrapport als PDF: personen, delen en hun houders, vrijgaven, noodgevallen, vernieuwingen, mislukte ontgrendelingen. Het bestand mag nog niet bestaan."
        }
        (Lang::En, TuiReportWritten) => "custody report written",
        (Lang::Nl, TuiReportWritten) => "bewaringsrapport geschreven",
        (Lang::En, TuiRolledBackHowTo) => {
            "This file is older than the copy this machine opened last: someone may have put an old copy back. Open it anyway only if you restored it on purpose; opening it is recorded and it becomes the new baseline."
        }
        (Lang::Nl, TuiRolledBackHowTo) => {
            "Dit bestand is ouder dan de kopie die deze machine het laatst opende: misschien is een oude kopie teruggezet. Open het alleen als u het bewust terugzette; het openen wordt vastgelegd en het wordt het nieuwe uitgangspunt."
        }
        (Lang::En, TuiRemoteNewerHowTo) => {
            "A remote holds a newer copy of this vault (someone saved on another machine, or this copy was put back). Nothing was changed. Enter takes the newer copy from the remote (recorded)."
        }
        (Lang::Nl, TuiRemoteNewerHowTo) => {
            "Een remote heeft een nieuwere kopie van deze kluis (iemand sloeg op een andere computer op, of deze kopie is teruggezet). Er is niets gewijzigd. Enter haalt de nieuwere kopie van de remote (vastgelegd)."
        }
        (Lang::En, TuiRemoteDivergedHowTo) => {
            "This copy and a remote were changed apart from each other. Nothing was changed. Choose which to keep; the other stays as a file beside the vault and both are recorded."
        }
        (Lang::Nl, TuiRemoteDivergedHowTo) => {
            "Deze kopie en een remote zijn los van elkaar gewijzigd. Er is niets gewijzigd. Kies welke u houdt; de andere blijft als bestand naast de kluis staan en beide worden vastgelegd."
        }
        (Lang::En, TuiRemoteProblem) => "remote",
        (Lang::Nl, TuiRemoteProblem) => "remote",
        (Lang::En, TuiKeySync) => "sync",
        (Lang::Nl, TuiKeySync) => "synchroniseren",
        (Lang::En, TuiKeyKeepRemote) => "keep the remote's copy",
        (Lang::Nl, TuiKeyKeepRemote) => "kopie van de remote houden",
        (Lang::En, TuiKeyKeepLocal) => "keep this copy",
        (Lang::Nl, TuiKeyKeepLocal) => "deze kopie houden",
        (Lang::En, TuiRemotes) => "remotes",
        (Lang::Nl, TuiRemotes) => "remotes",
        (Lang::En, TuiRemoteUpToDate) => "up to date",
        (Lang::Nl, TuiRemoteUpToDate) => "bijgewerkt",
        (Lang::En, TuiRemotePending) => "save(s) pending",
        (Lang::Nl, TuiRemotePending) => "opslag(en) wachtend",
        (Lang::En, TuiRemoteNotReached) => "not reached",
        (Lang::Nl, TuiRemoteNotReached) => "niet bereikt",
        (Lang::En, TuiKeyClone) => "clone from a remote",
        (Lang::Nl, TuiKeyClone) => "kloon van een remote",
        (Lang::En, TuiCloneTitle) => "Clone from a remote",
        (Lang::Nl, TuiCloneTitle) => "Kloon van een remote",
        (Lang::En, TuiCloneHowTo) => {
            "Copies the vault from the office git server or a USB stick onto this machine, for a delegate's or a new laptop. Type the address the PO gave you (a path, file://, ssh:// or https://)."
        }
        (Lang::Nl, TuiCloneHowTo) => {
            "Kopieert de kluis van de git-server van kantoor of een USB-stick naar deze computer, voor de laptop van een gemachtigde of een nieuwe laptop. Typ het adres dat de PO u gaf (een pad, file://, ssh:// of https://)."
        }
        (Lang::En, TuiCloneUrl) => "address",
        (Lang::Nl, TuiCloneUrl) => "adres",
        (Lang::En, TuiCloned) => "vault cloned from the remote",
        (Lang::Nl, TuiCloned) => "kluis gekloond van de remote",
        (Lang::En, TuiWizardOrClone) => {
            "Is there already a vault on a remote? Press F2 to clone it instead."
        }
        (Lang::Nl, TuiWizardOrClone) => {
            "Staat er al een kluis op een remote? Druk F2 om die te klonen."
        }
        (Lang::En, TuiSynced) => "pending saves pushed",
        (Lang::Nl, TuiSynced) => "wachtende opslagen verstuurd",
        (Lang::En, TuiTypeReportFile) => "type a path for the report",
        (Lang::Nl, TuiTypeReportFile) => "typ een pad voor het rapport",
        (Lang::En, TuiKeyNextStep) => "next",
        (Lang::Nl, TuiKeyNextStep) => "volgende",
        (Lang::En, TuiHolderField) => "holder (NAME@PLACE)",
        (Lang::Nl, TuiHolderField) => "houder (NAAM@PLAATS)",
        (Lang::En, TuiHolderNeedsPlace) => {
            "a holder needs a place: type NAME@PLACE, e.g. Office safe@Kluis, kantoor Utrecht (the place is printed on the sheet)"
        }
        (Lang::Nl, TuiHolderNeedsPlace) => {
            "een houder heeft een plaats nodig: typ NAAM@PLAATS, bv. Kantoorkluis@Kluis, kantoor Utrecht (de plaats komt op het vel)"
        }
        (Lang::En, TuiAddHolder) => {
            "add at least one holder first: type NAME@PLACE and press Enter"
        }
        (Lang::Nl, TuiAddHolder) => {
            "voeg eerst minstens één houder toe: typ NAAM@PLAATS en druk Enter"
        }
        (Lang::En, TuiStepDelegate) => "delegate",
        (Lang::Nl, TuiStepDelegate) => "gemachtigde",
        (Lang::En, TuiStepFirstSecret) => "first secret",
        (Lang::Nl, TuiStepFirstSecret) => "eerste geheim",
        (Lang::En, TuiWizardDelegateHowTo) => {
            "The delegate acts for the PO in an emergency, with k sheets and an approver. Type their name, or press Enter on an empty name to skip."
        }
        (Lang::Nl, TuiWizardDelegateHowTo) => {
            "De gemachtigde handelt in een noodgeval voor de PO, met k vellen en een fiatteur. Typ de naam, of druk Enter bij een lege naam om over te slaan."
        }
        (Lang::En, TuiWizardFirstSecretHowTo) => {
            "The first secret: the key or passphrase of your backups. Type its value, or clear the name and press Enter to skip."
        }
        (Lang::Nl, TuiWizardFirstSecretHowTo) => {
            "Het eerste geheim: de sleutel of wachtwoordzin van uw back-ups. Typ de waarde, of maak de naam leeg en druk Enter om over te slaan."
        }
        (Lang::En, TuiTypeValueOrSkip) => {
            "type the value, or clear the name and press Enter to skip"
        }
        (Lang::Nl, TuiTypeValueOrSkip) => {
            "typ de waarde, of maak de naam leeg en druk Enter om over te slaan"
        }
        (Lang::En, TuiWizardResumed) => {
            "The set-up of this vault was not finished: not every sheet has been typed back. Go on here; Esc leaves it for the next start."
        }
        (Lang::Nl, TuiWizardResumed) => {
            "De inrichting van deze kluis is niet afgemaakt: nog niet elk vel is teruggetypt. Ga hier verder; Esc laat het tot de volgende start."
        }
        (Lang::En, SetupUnfinished) => {
            "the set-up is not finished: start kluis again to go on where it stopped"
        }
        (Lang::Nl, SetupUnfinished) => {
            "de inrichting is niet af: start kluis opnieuw om verder te gaan waar het stopte"
        }
        (Lang::En, SetupCancelled) => "the set-up was stopped: no vault was made",
        (Lang::Nl, SetupCancelled) => "de inrichting is gestopt: er is geen kluis gemaakt",
        (Lang::En, TuiCloseOther) => "close it first, then try again",
        (Lang::Nl, TuiCloseOther) => "sluit dat eerst en probeer het opnieuw",
        (Lang::En, TuiNoVaultAt) => "there is no vault file any more at",
        (Lang::Nl, TuiNoVaultAt) => "er staat geen kluisbestand meer op",
        (Lang::En, TuiNotInEmergency) => {
            "only the PO can do that; in an emergency session the delegate can release emergency secrets, read the audit, verify sheets and take over"
        }
        (Lang::Nl, TuiNotInEmergency) => {
            "dat kan alleen de PO; in een noodsessie kan de gemachtigde noodgeheimen vrijgeven, de audit lezen, vellen controleren en overnemen"
        }
        (Lang::En, TuiHelpEmergencyMark) => {
            "! after a secret's name: it can also be released in an emergency"
        }
        (Lang::Nl, TuiHelpEmergencyMark) => {
            "! achter de naam van een geheim: het kan ook in een noodgeval worden vrijgegeven"
        }
        (Lang::En, TuiKeyScreens) => "screens",
        (Lang::Nl, TuiKeyScreens) => "schermen",
        (Lang::En, TuiHintReviewAck) => "review them in the audit (a), then acknowledge them (!)",
        (Lang::Nl, TuiHintReviewAck) => "bekijk ze in de audit (a) en bevestig ze daarna (!)",
        (Lang::En, TuiHintSeeAudit) => "see the audit (a)",
        (Lang::Nl, TuiHintSeeAudit) => "zie de audit (a)",
        (Lang::En, TuiHintExposedRotate) => {
            "is exposed: rotate it on the shares screen (s, then t)"
        }
        (Lang::Nl, TuiHintExposedRotate) => {
            "is blootgesteld: vervang het op het scherm delen (s, dan t)"
        }
        (Lang::En, TuiHintRotate) => "rotate it on the shares screen (s, then t)",
        (Lang::Nl, TuiHintRotate) => "vervang het op het scherm delen (s, dan t)",
        (Lang::En, TuiHintVerifyCommit) => "verify each on the shares screen (v), then commit (m)",
        (Lang::Nl, TuiHintVerifyCommit) => {
            "controleer elk vel op het scherm delen (v) en leg daarna vast (m)"
        }
        (Lang::En, TuiHintNewVersion) => "add a version with c (new version)",
        (Lang::Nl, TuiHintNewVersion) => "voeg een versie toe met c (nieuwe versie)",
        (Lang::En, TuiHintWeakAllowed) => "allowed on purpose when it was made",
        (Lang::Nl, TuiHintWeakAllowed) => "bewust toegestaan bij het aanmaken",
        (Lang::En, TuiHintRollbackAccepted) => "rollback accepted (opened anyway)",
        (Lang::Nl, TuiHintRollbackAccepted) => "terugzetting aanvaard (toch geopend)",
        (Lang::En, TuiHintThresholdOne) => "choose 2 or more, or allow k = 1 below",
        (Lang::Nl, TuiHintThresholdOne) => "kies 2 of meer, of sta k = 1 hieronder toe",
        (Lang::En, TuiNotAShareChar) => "is not a share character: compare with the paper",
        (Lang::Nl, TuiNotAShareChar) => "is geen teken van een deel: vergelijk met het papier",
        (Lang::En, TuiKeySkip) => "skip",
        (Lang::Nl, TuiKeySkip) => "overslaan",
        (Lang::En, TuiLineTooLong) => "too many characters: a line has 13",
        (Lang::Nl, TuiLineTooLong) => "te veel tekens: een regel heeft er 13",
        (Lang::En, TuiHintNoVault) => "quit and start kluis again to set one up",
        (Lang::Nl, TuiHintNoVault) => "sluit af en start kluis opnieuw om er een in te richten",
        (Lang::En, ErrRemoteExists) => {
            "a remote named {name} already exists: remove it first with `kluis remote remove`"
        }
        (Lang::Nl, ErrRemoteExists) => {
            "er bestaat al een remote met de naam {name}: verwijder die eerst met `kluis remote remove`"
        }
        (Lang::En, ErrNoSuchRemote) => "no remote named {name}: see `kluis remote list`",
        (Lang::Nl, ErrNoSuchRemote) => "geen remote met de naam {name}: zie `kluis remote list`",
        (Lang::En, ErrRemoteOtherVault) => {
            "remote {name} holds a different vault (id {theirs}), not this one (id {ours}): check its URL with `kluis remote list`"
        }
        (Lang::Nl, ErrRemoteOtherVault) => {
            "remote {name} bevat een andere kluis (id {theirs}), niet deze (id {ours}): controleer de URL met `kluis remote list`"
        }
        (Lang::En, ErrRemoteNewer) => {
            "remote {name} holds a newer vault (generation {theirs}, {theirs_ckpt}) than this copy (generation {ours}, {ours_ckpt}): run kluis sync"
        }
        (Lang::Nl, ErrRemoteNewer) => {
            "remote {name} bevat een nieuwere kluis (generatie {theirs}, {theirs_ckpt}) dan deze kopie (generatie {ours}, {ours_ckpt}): voer kluis sync uit"
        }
        (Lang::En, ErrRemoteDiverged) => {
            "this copy and remote {name} diverged: here generation {ours} ({ours_ckpt}), there generation {theirs} ({theirs_ckpt}); nothing was changed. Choose one with `kluis sync --keep remote` or `kluis sync --keep local` (the other is kept as a file beside the vault)"
        }
        (Lang::Nl, ErrRemoteDiverged) => {
            "deze kopie en remote {name} zijn uit elkaar gegroeid: hier generatie {ours} ({ours_ckpt}), daar generatie {theirs} ({theirs_ckpt}); er is niets veranderd. Kies er een met `kluis sync --keep remote` of `kluis sync --keep local` (de andere blijft als bestand naast de kluis)"
        }
        (Lang::En, ErrRemoteRequired) => {
            "nothing was released: required remote {name} did not accept the record of this release ({why}); the refusal is recorded. Run `kluis sync` when the remote is back"
        }
        (Lang::Nl, ErrRemoteRequired) => {
            "er is niets vrijgegeven: de verplichte remote {name} nam het verslag van deze vrijgave niet aan ({why}); de weigering is vastgelegd. Voer `kluis sync` uit als de remote terug is"
        }
        (Lang::En, ErrCloneTargetExists) => {
            "{path} already exists: choose another path with --vault"
        }
        (Lang::Nl, ErrCloneTargetExists) => "{path} bestaat al: kies een ander pad met --vault",
        (Lang::En, ErrRemoteEmpty) => {
            "remote {name} holds no vault yet: push one there first with `kluis remote add` on the PO's machine"
        }
        (Lang::Nl, ErrRemoteEmpty) => {
            "remote {name} bevat nog geen kluis: zet er eerst een op met `kluis remote add` op de machine van de PO"
        }
        (Lang::En, ErrVaultSymlink) => {
            "the vault path {path} is a symbolic link to {target}: kluis does not follow a link at the vault path (a save would replace the link with a file); pass the vault itself with --vault"
        }
        (Lang::Nl, ErrVaultSymlink) => {
            "het kluispad {path} is een symbolische koppeling naar {target}: kluis volgt geen koppeling op het kluispad (opslaan zou de koppeling door een bestand vervangen); geef de kluis zelf met --vault"
        }
        (Lang::En, ErrKdfBelowFloor) => {
            "key derivation {asked} is below the floor of m={floor_mib} MiB t={floor_t}: use at least that, or pass --allow-weak-kdf to accept a weak vault knowingly"
        }
        (Lang::Nl, ErrKdfBelowFloor) => {
            "sleutelafleiding {asked} ligt onder de ondergrens van m={floor_mib} MiB t={floor_t}: gebruik minstens dat, of geef --allow-weak-kdf om bewust een zwakke kluis te aanvaarden"
        }
        (Lang::En, ErrKdfBelowFloorUnmarked) => {
            "the vault asks for key derivation {asked}, below the floor of m={floor_mib} MiB t={floor_t}, but it was not made with --allow-weak-kdf (its header does not carry that mark): the vault file was altered; restore a backup copy"
        }
        (Lang::Nl, ErrKdfBelowFloorUnmarked) => {
            "de kluis vraagt sleutelafleiding {asked}, onder de ondergrens van m={floor_mib} MiB t={floor_t}, maar is niet gemaakt met --allow-weak-kdf (de kop draagt dat merk niet): het kluisbestand is gewijzigd; zet een reservekopie terug"
        }
        (Lang::En, ErrAgeNoMatchingIdentity) => {
            "it was encrypted to another recipient: none of the --identity files given opens it (is it the holder's own key?)"
        }
        (Lang::Nl, ErrAgeNoMatchingIdentity) => {
            "het is versleuteld voor een andere ontvanger: geen van de gegeven --identity-bestanden opent het (is het de eigen sleutel van de houder?)"
        }
        (Lang::En, ErrKdbxKey) => {
            "cannot open the KeePass database: wrong password or key file (a database protected with a key file needs --kdbx-key-file): nothing was imported"
        }
        (Lang::Nl, ErrKdbxKey) => {
            "kan de KeePass-database niet openen: verkeerd wachtwoord of sleutelbestand (een database met een sleutelbestand heeft --kdbx-key-file nodig): er is niets geïmporteerd"
        }
        (Lang::En, ErrCheckpointArchived) => {
            "the checkpoint names record {seq}, which was archived (the vault keeps records from {first} on): check the archive with `kluis audit verify-export`, or the vault with `kluis audit verify --archive`"
        }
        (Lang::Nl, ErrCheckpointArchived) => {
            "het controlepunt noemt record {seq}, dat gearchiveerd is (de kluis bewaart records vanaf {first}): controleer het archief met `kluis audit verify-export`, of de kluis met `kluis audit verify --archive`"
        }
        (Lang::En, WarnRemoteUnreachable) => {
            "remote {name} cannot be reached ({why}): this copy was not compared with it, and saves to it stay pending until `kluis sync`"
        }
        (Lang::Nl, WarnRemoteUnreachable) => {
            "remote {name} is niet bereikbaar ({why}): deze kopie is er niet mee vergeleken, en opslagen ernaartoe blijven wachten tot `kluis sync`"
        }
        (Lang::En, WarnSavePending) => {
            "remote {name} did not accept the save ({why}); {pending} save(s) pending, pushed again at the next command or `kluis sync`"
        }
        (Lang::Nl, WarnSavePending) => {
            "remote {name} nam de opslag niet aan ({why}); {pending} opslag(en) wachten, opnieuw verstuurd bij de volgende opdracht of `kluis sync`"
        }
        (Lang::En, CliKitWrittenTo) => "kit written to {out}:",
        (Lang::Nl, CliKitWrittenTo) => "noodpakket geschreven naar {out}:",
        (Lang::En, CliKitBinarySha) => "kluis binary SHA-256: {sha}",
        (Lang::Nl, CliKitBinarySha) => "SHA-256 van het programma kluis: {sha}",
        (Lang::En, CliKitApart) => {
            "the kit holds the encrypted vault, never shares: store it apart from the sheets"
        }
        (Lang::Nl, CliKitApart) => {
            "het noodpakket bevat de versleutelde kluis, nooit delen: bewaar het apart van de vellen"
        }
        (Lang::En, CliImported) => "imported {n} secret(s) from {source}",
        (Lang::Nl, CliImported) => "{n} geheim(en) ingelezen uit {source}",
        (Lang::En, CliWouldImport) => {
            "would import {n} secret(s) from {source} (dry run: nothing saved)"
        }
        (Lang::Nl, CliWouldImport) => {
            "zou {n} geheim(en) inlezen uit {source} (proefdraai: niets opgeslagen)"
        }
        (Lang::En, CliImportSkipped) => "skipped {n}:",
        (Lang::Nl, CliImportSkipped) => "overgeslagen ({n}):",
        (Lang::En, CliRemoteAdded) => "remote {name} added",
        (Lang::Nl, CliRemoteAdded) => "remote {name} toegevoegd",
        (Lang::En, CliRemoteAddedRequired) => "remote {name} added (required)",
        (Lang::Nl, CliRemoteAddedRequired) => "remote {name} toegevoegd (verplicht)",
        (Lang::En, CliRemoteNone) => "no remotes: add one with `kluis remote add NAME URL`",
        (Lang::Nl, CliRemoteNone) => {
            "geen remotes: voeg er een toe met `kluis remote add NAME URL`"
        }
        (Lang::En, CliRemoteRemoved) => "remote {name} removed (its repository is left as it is)",
        (Lang::Nl, CliRemoteRemoved) => {
            "remote {name} verwijderd (de repository zelf blijft zoals hij is)"
        }
        (Lang::En, CliRemoteRequired) => "(required)",
        (Lang::Nl, CliRemoteRequired) => "(verplicht)",
        (Lang::En, CliRemoteGeneration) => "remote generation {g}",
        (Lang::Nl, CliRemoteGeneration) => "generatie op de remote {g}",
        (Lang::En, CliRemoteEmpty) => "remote empty or not reached",
        (Lang::Nl, CliRemoteEmpty) => "remote leeg of niet bereikt",
        (Lang::En, CliRemoteUpToDate) => "up to date",
        (Lang::Nl, CliRemoteUpToDate) => "bijgewerkt",
        (Lang::En, CliRemotePending) => "{n} save(s) pending",
        (Lang::Nl, CliRemotePending) => "{n} opslag(en) wachtend",
        (Lang::En, CliCloned) => "cloned vault {id} generation {g} ({cp}) to {path}",
        (Lang::Nl, CliCloned) => "kluis {id} generatie {g} ({cp}) gekopieerd naar {path}",
        (Lang::En, CliTakeoverDone) => {
            "TAKEOVER recorded: a new PO passphrase is set and the master key replaced. The PO (or the new PO) must rotate the shares."
        }
        (Lang::Nl, CliTakeoverDone) => {
            "OVERNAME vastgelegd: een nieuwe wachtwoordzin voor de PO is ingesteld en de hoofdsleutel vervangen. De PO (of de nieuwe PO) moet de delen vervangen."
        }
        (Lang::En, CliNoTerminalConfirm) => {
            "no terminal to confirm on: pass --yes to remove without asking"
        }
        (Lang::Nl, CliNoTerminalConfirm) => {
            "geen terminal om te bevestigen: geef --yes om zonder vragen te verwijderen"
        }
        (Lang::En, CliNameMismatch) => "the name typed does not match: nothing was removed",
        (Lang::Nl, CliNameMismatch) => "de getypte naam klopt niet: er is niets verwijderd",
        (Lang::En, CliOneStdin) => {
            "only one of --passphrase-file and --new-passphrase-file can be standard input"
        }
        (Lang::Nl, CliOneStdin) => {
            "slechts een van --passphrase-file en --new-passphrase-file kan standaardinvoer zijn"
        }
        (Lang::En, CliTakeoverNeedsReason) => {
            "a takeover needs a reason: give --reason TEXT; nothing was changed"
        }
        (Lang::Nl, CliTakeoverNeedsReason) => {
            "een overname heeft een reden nodig: geef --reason TEKST; er is niets gewijzigd"
        }
        (Lang::En, CliTakeoverNeedsApprover) => {
            "a takeover needs an approver: give --approver NAME (a roster approver other than you); nothing was changed"
        }
        (Lang::Nl, CliTakeoverNeedsApprover) => {
            "een overname heeft een fiatteur nodig: geef --approver NAAM (een fiatteur op de lijst van personen, niet uzelf); er is niets gewijzigd"
        }
        (Lang::En, CliTakeoverNeedsShares) => {
            "takeover is for a delegate authenticated with shares (--share-file ... --as NAME); the PO uses `kluis passwd`"
        }
        (Lang::Nl, CliTakeoverNeedsShares) => {
            "overname is voor een gemachtigde die zich met delen aanmeldt, met --share-file ... --as NAAM; de PO gebruikt `kluis passwd`"
        }
        (Lang::En, CliKitNoDelegate) => {
            "the roster has no delegate: nobody can use this kit; add one with `kluis roster add NAME --role delegate` and write a new kit"
        }
        (Lang::Nl, CliKitNoDelegate) => {
            "de lijst van personen heeft geen gemachtigde: niemand kan dit noodpakket gebruiken; voeg er een toe met `kluis roster add NAME --role delegate` en schrijf een nieuw noodpakket"
        }
        (Lang::En, CliKitNoApprover) => {
            "the roster has no approver: an emergency unseal needs one; add one with `kluis roster add NAME --role approver` and write a new kit"
        }
        (Lang::Nl, CliKitNoApprover) => {
            "de lijst van personen heeft geen fiatteur: vrijgeven in een noodgeval vraagt er een; voeg er een toe met `kluis roster add NAME --role approver` en schrijf een nieuw noodpakket"
        }
        (Lang::En, CliShareNeedsIdentity) => {
            "share file {path} is age-encrypted: give the holder's key with --identity FILE"
        }
        (Lang::Nl, CliShareNeedsIdentity) => {
            "deelbestand {path} is met age versleuteld: geef de sleutel van de houder met --identity BESTAND"
        }
        (Lang::En, CliSharesNeedAs) => {
            "authenticating with shares needs --as NAME (the delegate acting)"
        }
        (Lang::Nl, CliSharesNeedAs) => {
            "aanmelden met delen vraagt --as NAAM (de gemachtigde die handelt)"
        }
        (Lang::En, CliKdfMemoryTooLarge) => "--kdf-memory {m} MiB is too large",
        (Lang::Nl, CliKdfMemoryTooLarge) => "--kdf-memory {m} MiB is te groot",
        (Lang::En, CliOneValueSource) => "give exactly one of --value-file PATH or --generate",
        (Lang::Nl, CliOneValueSource) => "geef precies een van --value-file PAD of --generate",
        (Lang::En, CliKdbxOnly) => {
            "--group, --kdbx-key-file and --kdbx-password-file go with --kdbx only"
        }
        (Lang::Nl, CliKdbxOnly) => {
            "--group, --kdbx-key-file en --kdbx-password-file horen alleen bij --kdbx"
        }
        (Lang::En, CliImportSource) => "give one of --kdbx, --bitwarden-json or --csv",
        (Lang::Nl, CliImportSource) => "geef een van --kdbx, --bitwarden-json of --csv",
        (Lang::En, CliVerifyOneShare) => "give exactly one --share-file or --share-image to verify",
        (Lang::Nl, CliVerifyOneShare) => {
            "geef precies een --share-file of --share-image om te controleren"
        }
        (Lang::En, CliCommandOnlyExec) => {
            "a command after -- is only for --to exec (not --to {to}): nothing was released"
        }
        (Lang::Nl, CliCommandOnlyExec) => {
            "een opdracht na -- hoort alleen bij --to exec (niet bij --to {to}): er is niets vrijgegeven"
        }
        (Lang::En, CliActingAs) => "acting as: {name}",
        (Lang::Nl, CliActingAs) => "handelend als: {name}",
        (Lang::En, CliApproverIs) => "approver: {name}",
        (Lang::Nl, CliApproverIs) => "fiatteur: {name}",
        (Lang::En, StateActive) => "active",
        (Lang::Nl, StateActive) => "actief",
        (Lang::En, StatePending) => "pending",
        (Lang::Nl, StatePending) => "in voorbereiding",
        (Lang::En, DetailCreated) => "threshold {threshold} of {count}, set {set}, {kdf}",
        (Lang::Nl, DetailCreated) => "drempel {threshold} van {count}, set {set}, {kdf}",
        (Lang::En, DetailPendingSet) => "pending set {set}, threshold {threshold} of {count}",
        (Lang::Nl, DetailPendingSet) => {
            "nieuwe set {set} in voorbereiding, drempel {threshold} van {count}"
        }
        (Lang::En, DetailCommitted) => "committed; retired {retired}; new master key",
        (Lang::Nl, DetailCommitted) => "vastgelegd; buiten gebruik: {retired}; nieuwe hoofdsleutel",
        (Lang::En, DetailSharePassed) => "share {index} passed",
        (Lang::Nl, DetailSharePassed) => "deel {index} is in orde",
        (Lang::En, DetailPrinted) => "shares {indices} as {format}",
        (Lang::Nl, DetailPrinted) => "delen {indices} als {format}",
        (Lang::En, DetailRosterAdded) => "added as {role}",
        (Lang::Nl, DetailRosterAdded) => "toegevoegd als {role}",
        (Lang::En, DetailRemoved) => "removed",
        (Lang::Nl, DetailRemoved) => "verwijderd",
        (Lang::En, DetailNewMasterKey) => "new master key",
        (Lang::Nl, DetailNewMasterKey) => "nieuwe hoofdsleutel",
        (Lang::En, DetailSettings) => {
            "emergency {emergency} min, idle lock {idle} min, drills every {drills} days, language {language}"
        }
        (Lang::Nl, DetailSettings) => {
            "noodsessie {emergency} min, automatische vergrendeling na {idle} min, controle elke {drills} dagen, taal {language}"
        }
        (Lang::En, DetailSyslog) => "syslog {target} (reasons {reasons})",
        (Lang::Nl, DetailSyslog) => "syslog {target} (redenen {reasons})",
        (Lang::En, DetailOn) => "on",
        (Lang::Nl, DetailOn) => "aan",
        (Lang::En, DetailOff) => "off",
        (Lang::Nl, DetailOff) => "uit",
        (Lang::En, DetailTrue) => "true",
        (Lang::Nl, DetailTrue) => "ja",
        (Lang::En, DetailFalse) => "false",
        (Lang::Nl, DetailFalse) => "nee",
        (Lang::En, DetailWrongPin) => "wrong PIN",
        (Lang::Nl, DetailWrongPin) => "verkeerde pincode",
        (Lang::En, DetailWrongPinLockedOut) => {
            "wrong PIN; approver locked out for {minutes} minutes"
        }
        (Lang::Nl, DetailWrongPinLockedOut) => {
            "verkeerde pincode; fiatteur {minutes} minuten geblokkeerd"
        }
        (Lang::En, DetailReleasedValue) => "value",
        (Lang::Nl, DetailReleasedValue) => "waarde",
        (Lang::En, DetailReleasedTotp) => "TOTP code",
        (Lang::Nl, DetailReleasedTotp) => "TOTP-code",
        (Lang::En, DetailReleasedValueTo) => "value to command {command}",
        (Lang::Nl, DetailReleasedValueTo) => "waarde aan opdracht «{command}»",
        (Lang::En, DetailReleasedTotpTo) => "TOTP code to command {command}",
        (Lang::Nl, DetailReleasedTotpTo) => "TOTP-code aan opdracht «{command}»",
        (Lang::En, DetailCommandExited) => "command {command} exited with status {status}",
        (Lang::Nl, DetailCommandExited) => "opdracht «{command}» eindigde met status {status}",
        (Lang::En, DetailCommandKilled) => "command {command} was killed by signal {signal}",
        (Lang::Nl, DetailCommandKilled) => {
            "opdracht «{command}» werd gestopt door signaal {signal}"
        }
        (Lang::En, DetailCommandNotStarted) => {
            "released-to-exec-failed: command {command} could not be started"
        }
        (Lang::Nl, DetailCommandNotStarted) => {
            "vrijgave aan opdracht mislukt: opdracht «{command}» kon niet starten"
        }
        (Lang::En, DetailAcknowledged) => "{count} emergency event(s) acknowledged",
        (Lang::Nl, DetailAcknowledged) => "{count} noodgebeurtenis(sen) als gezien gemeld",
        (Lang::En, DetailExported) => "{format} to {path}",
        (Lang::Nl, DetailExported) => "{format} naar «{path}»",
        (Lang::En, DetailCustodyReport) => "custody report",
        (Lang::Nl, DetailCustodyReport) => "bewaringsrapport",
        (Lang::En, DetailRollbackRemote) => {
            "this copy generation {ours} ({ours_checkpoint}); remote {remote} generation {theirs} ({theirs_checkpoint})"
        }
        (Lang::Nl, DetailRollbackRemote) => {
            "deze kopie generatie {ours} ({ours_checkpoint}); remote {remote} generatie {theirs} ({theirs_checkpoint})"
        }
        (Lang::En, DetailRollbackLocal) => {
            "the vault file is generation {generation}, but this machine saw generation {seen} on {seen_at}"
        }
        (Lang::Nl, DetailRollbackLocal) => {
            "het kluisbestand is generatie {generation}, maar deze computer zag generatie {seen} op {seen_at}"
        }
        (Lang::En, DetailSyncTook) => {
            "took generation {theirs} ({theirs_checkpoint}) from remote {remote}; this copy was generation {ours} ({ours_checkpoint}), a record of it"
        }
        (Lang::Nl, DetailSyncTook) => {
            "generatie {theirs} ({theirs_checkpoint}) overgenomen van remote {remote}; deze kopie was generatie {ours} ({ours_checkpoint}), die daarin is opgenomen"
        }
        (Lang::En, DetailSyncTookKept) => {
            "took generation {theirs} ({theirs_checkpoint}) from remote {remote}; this copy's generation {ours} ({ours_checkpoint}, head {head}) kept as {kept_as}"
        }
        (Lang::Nl, DetailSyncTookKept) => {
            "generatie {theirs} ({theirs_checkpoint}) overgenomen van remote {remote}; generatie {ours} ({ours_checkpoint}, kop {head}) van deze kopie bewaard als «{kept_as}»"
        }
        (Lang::En, DetailSyncKeptLocal) => {
            "kept this copy's generation {ours} ({ours_checkpoint}); remote {remote}'s generation {theirs} ({theirs_checkpoint}, head {head}) kept as {kept_as}"
        }
        (Lang::Nl, DetailSyncKeptLocal) => {
            "generatie {ours} ({ours_checkpoint}) van deze kopie behouden; generatie {theirs} ({theirs_checkpoint}, kop {head}) van remote {remote} bewaard als «{kept_as}»"
        }
        (Lang::En, DetailRemoteAdded) => "added {url}",
        (Lang::Nl, DetailRemoteAdded) => "toegevoegd: {url}",
        (Lang::En, DetailRemoteAddedRequired) => "added {url} (required)",
        (Lang::Nl, DetailRemoteAddedRequired) => "toegevoegd: {url} (verplicht)",
        (Lang::En, DetailRequiredRemoteRefused) => {
            "required remote {remote} did not accept the record of this release ({why}); nothing released"
        }
        (Lang::Nl, DetailRequiredRemoteRefused) => {
            "verplichte remote {remote} nam het record van deze vrijgave niet aan («{why}»); er is niets vrijgegeven"
        }
        (Lang::En, DetailSecretAdded) => "kind {kind}, emergency {emergency}",
        (Lang::Nl, DetailSecretAdded) => "soort {kind}, vrijgave in noodsessie {emergency}",
        (Lang::En, DetailSecretImported) => "kind {kind}, imported from {source}",
        (Lang::Nl, DetailSecretImported) => "soort {kind}, geïmporteerd uit {source}",
        (Lang::En, DetailNewVersion) => "new version",
        (Lang::Nl, DetailNewVersion) => "nieuwe versie",
        (Lang::En, DetailNewVersionImported) => "new version, imported from {source}",
        (Lang::Nl, DetailNewVersionImported) => "nieuwe versie, geïmporteerd uit {source}",
        (Lang::En, DetailKitWritten) => "encrypted vault, binary and emergency text; no shares",
        (Lang::Nl, DetailKitWritten) => "versleutelde kluis, programma en noodtekst; geen delen",
        (Lang::En, DetailSessionExpired) => "expired",
        (Lang::Nl, DetailSessionExpired) => "verlopen",
        (Lang::En, DetailSessionClosed) => "closed",
        (Lang::Nl, DetailSessionClosed) => "gesloten",
        (Lang::En, DetailRecipientSet) => {
            "share {index} ({holder}): recipient {kind} {fingerprint}"
        }
        (Lang::Nl, DetailRecipientSet) => "deel {index} ({holder}): ontvanger {kind} {fingerprint}",
        (Lang::En, DetailRecipientCleared) => "share {index} ({holder}): recipient cleared",
        (Lang::Nl, DetailRecipientCleared) => "deel {index} ({holder}): ontvanger verwijderd",
        (Lang::En, DetailSetExposed) => "share set marked exposed",
        (Lang::Nl, DetailSetExposed) => "set delen gemarkeerd als blootgesteld",
        (Lang::En, DetailRecoveryRefused) => "refused, share set marked exposed: {why}",
        (Lang::Nl, DetailRecoveryRefused) => {
            "geweigerd, set delen gemarkeerd als blootgesteld: {why}"
        }
        (Lang::En, DetailTakeover) => "TAKEOVER: {person} set a new PO passphrase; new master key",
        (Lang::Nl, DetailTakeover) => {
            "OVERNAME: {person} stelde een nieuwe wachtwoordzin van de PO in; nieuwe hoofdsleutel"
        }
        (Lang::En, DetailArchived) => "head {head}, to {file}",
        (Lang::Nl, DetailArchived) => "kop {head}, naar «{file}»",
        (Lang::En, DetailJournalSummary) => {
            "{count} further reports not itemised: {passphrase} failed unlocks with the passphrase, {shares} refused recoveries with shares, {drills} drills"
        }
        (Lang::Nl, DetailJournalSummary) => {
            "nog {count} meldingen niet apart vermeld: {passphrase} mislukte ontgrendelingen met de wachtwoordzin, {shares} geweigerde herstelpogingen met delen, {drills} controles"
        }
        (Lang::En, DetailLockedFailurePassphrase) => "passphrase: {why}",
        (Lang::Nl, DetailLockedFailurePassphrase) => "wachtwoordzin: «{why}»",
        (Lang::En, DetailLockedFailureShares) => "shares: {why}",
        (Lang::Nl, DetailLockedFailureShares) => "delen: «{why}»",
        (Lang::En, DetailDrillProven) => "share {index} passed (proven with the share)",
        (Lang::Nl, DetailDrillProven) => "deel {index} is in orde (aangetoond met het deel)",
        (Lang::En, DetailDrillNotProven) => {
            "share {index} passed, claim not proven: the share was not dated"
        }
        (Lang::Nl, DetailDrillNotProven) => {
            "deel {index} is in orde, niet aangetoond: het deel had geen datum"
        }
        (Lang::En, DetailDrillFailed) => "share {index} failed: {why}",
        (Lang::Nl, DetailDrillFailed) => "deel {index} afgekeurd: «{why}»",
        (Lang::En, DetailJournalQuarantined) => "{problem}; moved to {moved_to}",
        (Lang::Nl, DetailJournalQuarantined) => "«{problem}»; verplaatst naar «{moved_to}»",
        (Lang::En, DetailNoReason) => "a reason is required: give a reason category and a reason",
        (Lang::Nl, DetailNoReason) => "een reden is verplicht: geef een soort reden en een reden",
        (Lang::En, DetailNoApprover) => {
            "an approver is required: name an approver from the roster, not you"
        }
        (Lang::Nl, DetailNoApprover) => {
            "een fiatteur is verplicht: noem een fiatteur van de lijst van personen, niet uzelf"
        }
        (Lang::En, DetailSelfApproval) => {
            "{name} is the one acting and cannot also approve: ask another approver"
        }
        (Lang::Nl, DetailSelfApproval) => {
            "{name} handelt zelf en kan niet ook fiatteren: vraag een andere fiatteur"
        }
        (Lang::En, DetailNotInRoster) => {
            "{name} is not in the roster: the approver must be a roster approver"
        }
        (Lang::Nl, DetailNotInRoster) => {
            "{name} staat niet op de lijst van personen: de fiatteur moet een fiatteur van de lijst zijn"
        }
        (Lang::En, DetailNotApprover) => "{name} is {role}, not an approver",
        (Lang::Nl, DetailNotApprover) => "{name} is {role}, geen fiatteur",
        (Lang::En, DetailNoPin) => "approver {name} has no PIN enrolled",
        (Lang::Nl, DetailNoPin) => "fiatteur {name} heeft geen pincode ingesteld",
        (Lang::En, DetailLockedOut) => {
            "approver {name} is locked out after {failures} wrong PINs until {until}"
        }
        (Lang::Nl, DetailLockedOut) => {
            "fiatteur {name} is geblokkeerd na {failures} verkeerde pincodes, tot {until}"
        }
        (Lang::En, DetailNotForEmergency) => {
            "{name} is not released in emergency sessions: only the PO can unseal it"
        }
        (Lang::Nl, DetailNotForEmergency) => {
            "{name} wordt niet vrijgegeven in een noodsessie: alleen de PO kan het vrijgeven"
        }
        (Lang::En, DetailActorNotInRoster) => {
            "{name} is not in the roster: the one acting must be a delegate the PO designated"
        }
        (Lang::Nl, DetailActorNotInRoster) => {
            "{name} staat niet op de lijst van personen: wie handelt moet een gemachtigde van de PO zijn"
        }
        (Lang::En, DetailActorNotDelegate) => {
            "{name} is {role} in the roster, not a delegate: the one acting must be a delegate"
        }
        (Lang::Nl, DetailActorNotDelegate) => {
            "{name} is {role} op de lijst van personen, geen gemachtigde: wie handelt moet een gemachtigde zijn"
        }
        (Lang::En, CliRecordDetailWorded) => "  ({detail})",
        (Lang::Nl, CliRecordDetailWorded) => "  ({detail})",
        (Lang::En, DetailArchivedSubject) => "records before {seq}",
        (Lang::Nl, DetailArchivedSubject) => "records vóór {seq}",
        (Lang::En, DetailLockedWrongPassphrase) => "passphrase: wrong passphrase",
        (Lang::Nl, DetailLockedWrongPassphrase) => "wachtwoordzin: verkeerde wachtwoordzin",
        (Lang::En, ClapUsage) => "Usage:",
        (Lang::Nl, ClapUsage) => "Gebruik:",
        (Lang::En, ClapOptions) => "[OPTIONS]",
        (Lang::Nl, ClapOptions) => "[OPTIES]",
        (Lang::En, ClapMoreInfo) => "For more information, try '{help}'.",
        (Lang::Nl, ClapMoreInfo) => "Zie `{help}` voor meer uitleg.",
        (Lang::En, ClapMissingArgs) => "the following required arguments were not provided:",
        (Lang::Nl, ClapMissingArgs) => "deze verplichte argumenten ontbreken:",
        (Lang::En, ClapInvalidValue) => "invalid value '{value}' for '{arg}'",
        (Lang::Nl, ClapInvalidValue) => "ongeldige waarde `{value}` voor `{arg}`",
        (Lang::En, ClapEmptyValue) => "a value is required for '{arg}' but none was supplied",
        (Lang::Nl, ClapEmptyValue) => "`{arg}` vraagt een waarde, maar er is geen gegeven",
        (Lang::En, ClapPossibleValues) => "possible values",
        (Lang::Nl, ClapPossibleValues) => "mogelijke waarden",
        (Lang::En, ClapBadValue) => "invalid value '{value}' for '{arg}': {why}",
        (Lang::Nl, ClapBadValue) => "ongeldige waarde `{value}` voor `{arg}`: {why}",
        (Lang::En, ClapUnknownArg) => "unexpected argument '{arg}' found",
        (Lang::Nl, ClapUnknownArg) => "onverwacht argument `{arg}`",
        (Lang::En, ClapUnknownCommand) => "unrecognized subcommand '{command}'",
        (Lang::Nl, ClapUnknownCommand) => "onbekende opdracht `{command}`",
        (Lang::En, ClapMissingCommand) => {
            "'{command}' requires a subcommand but one was not provided"
        }
        (Lang::Nl, ClapMissingCommand) => {
            "`{command}` vraagt een opdracht, maar er is geen gegeven"
        }
        (Lang::En, ClapCommands) => "subcommands",
        (Lang::Nl, ClapCommands) => "opdrachten",
        (Lang::En, ClapTwice) => "the argument '{arg}' cannot be used multiple times",
        (Lang::Nl, ClapTwice) => "`{arg}` mag maar één keer gegeven worden",
        (Lang::En, ClapConflict) => "the argument '{arg}' cannot be used with '{other}'",
        (Lang::Nl, ClapConflict) => "`{arg}` kan niet samen met `{other}`",
        (Lang::En, ClapConflictList) => "the argument '{arg}' cannot be used with:",
        (Lang::Nl, ClapConflictList) => "`{arg}` kan niet samen met:",
        (Lang::En, ClapConflictAny) => {
            "the argument '{arg}' cannot be used with one or more of the other specified arguments"
        }
        (Lang::Nl, ClapConflictAny) => {
            "`{arg}` kan niet samen met een of meer van de andere gegeven argumenten"
        }
        (Lang::En, ClapCommandConflict) => {
            "the subcommand '{command}' cannot be used with '{other}'"
        }
        (Lang::Nl, ClapCommandConflict) => "de opdracht `{command}` kan niet samen met `{other}`",
        (Lang::En, ClapConflictPlain) => {
            "an argument cannot be used with one or more of the other specified arguments"
        }
        (Lang::Nl, ClapConflictPlain) => {
            "een argument kan niet samen met een of meer van de andere gegeven argumenten"
        }
        (Lang::En, ClapNoEquals) => "equal sign is needed when assigning values to '{arg}'",
        (Lang::Nl, ClapNoEquals) => "`{arg}` vraagt een `=` voor de waarde",
        (Lang::En, ClapTooManyValues) => {
            "unexpected value '{value}' for '{arg}' found; no more were expected"
        }
        (Lang::Nl, ClapTooManyValues) => {
            "onverwachte waarde `{value}` voor `{arg}`: daar hoort geen waarde meer bij"
        }
        (Lang::En, ClapTooFewValues) => "{min} values required by '{arg}'; only {got} provided",
        (Lang::Nl, ClapTooFewValues) => {
            "`{arg}` vraagt {min} waarden; er zijn er maar {got} gegeven"
        }
        (Lang::En, ClapWrongValueCount) => "{want} values required for '{arg}' but {got} provided",
        (Lang::Nl, ClapWrongValueCount) => {
            "`{arg}` vraagt {want} waarden, maar er zijn er {got} gegeven"
        }
        (Lang::En, ClapNotUtf8) => "invalid UTF-8 was detected in one or more arguments",
        (Lang::Nl, ClapNotUtf8) => "een argument is geen geldige UTF-8-tekst",
        (Lang::En, ClapOther) => "the command line cannot be read",
        (Lang::Nl, ClapOther) => "de opdrachtregel is niet te lezen",
        (Lang::En, ClapDidYouMean) => "did you mean {names}?",
        (Lang::Nl, ClapDidYouMean) => "bedoelt u {names}?",
        (Lang::En, ClapOr) => "or",
        (Lang::Nl, ClapOr) => "of",
        (Lang::En, ClapAsValue) => "to pass '{arg}' as a value, use '{use}'",
        (Lang::Nl, ClapAsValue) => "om `{arg}` als waarde te geven: `{use}`",
        (Lang::En, ClapExists) => "'{name}' exists",
        (Lang::Nl, ClapExists) => "`{name}` bestaat",
        (Lang::En, ClapDoubleDash) => {
            "subcommand '{command}' exists; to use it, remove the '--' before it"
        }
        (Lang::Nl, ClapDoubleDash) => {
            "de opdracht `{command}` bestaat; haal de `--` ervoor weg om die te gebruiken"
        }
        (Lang::En, ClapRecipientFirst) => {
            "--recipient belongs to the --holder just before it: give --holder first"
        }
        (Lang::Nl, ClapRecipientFirst) => {
            "--recipient hoort bij de --holder er direct voor: geef eerst --holder"
        }
        (Lang::En, ClapRecipientTwice) => {
            "holder {n} has two --recipient options: give one per holder"
        }
        (Lang::Nl, ClapRecipientTwice) => {
            "houder {n} heeft twee --recipient-opties: geef er een per houder"
        }
        (Lang::En, NumNotANumber) => "invalid digit found in string",
        (Lang::Nl, NumNotANumber) => "geen geheel getal",
        (Lang::En, NumEmpty) => "cannot parse integer from empty string",
        (Lang::Nl, NumEmpty) => "geen getal gegeven",
        (Lang::En, NumTooLarge) => "number too large to fit in target type",
        (Lang::Nl, NumTooLarge) => "het getal is te groot",
        (Lang::En, NumTooSmall) => "number too small to fit in target type",
        (Lang::Nl, NumTooSmall) => "het getal is te klein",
        (Lang::En, NumOutOfRange) => "{got} is not in {lo}..={hi}",
        (Lang::Nl, NumOutOfRange) => "kies een getal van {lo} tot en met {hi}, niet {got}",
        (Lang::En, InCannotReadStdin) => "cannot read standard input",
        (Lang::Nl, InCannotReadStdin) => "kan de standaardinvoer niet lezen",
        (Lang::En, InStdinTooLarge) => {
            "standard input holds more than {limit} bytes: that is not a passphrase or value"
        }
        (Lang::Nl, InStdinTooLarge) => {
            "de standaardinvoer bevat meer dan {limit} bytes: dat is geen wachtwoordzin of waarde"
        }
        (Lang::En, InNotUtf8) => "the {what} file is not UTF-8 text",
        (Lang::Nl, InNotUtf8) => "{what}: het bestand is geen UTF-8-tekst",
        (Lang::En, InNoTerminal) => {
            "no terminal to ask for the {what}: give it with a --*-file option"
        }
        (Lang::Nl, InNoTerminal) => {
            "{what}: geen terminal om dit te vragen; geef het met een --*-file-optie"
        }
        (Lang::En, InAgain) => "{what} (again)",
        (Lang::Nl, InAgain) => "{what} (nogmaals)",
        (Lang::En, InEntriesDiffer) => "the two entries differ: nothing was changed",
        (Lang::Nl, InEntriesDiffer) => "de twee invoeren verschillen: er is niets gewijzigd",
        (Lang::En, InCannotReadShareFile) => "cannot read share file {path}",
        (Lang::Nl, InCannotReadShareFile) => "kan deelbestand {path} niet lezen",
        (Lang::En, InCannotReadIdentity) => "cannot read identity file {path}",
        (Lang::Nl, InCannotReadIdentity) => "kan identiteitsbestand {path} niet lezen",
        (Lang::En, InIdentityFile) => "identity file {path}",
        (Lang::Nl, InIdentityFile) => "identiteitsbestand {path}",
        (Lang::En, InShareAgeTyped) => {
            "share file {path} is age-encrypted: type its path, then --identity and the path of the holder's key file"
        }
        (Lang::Nl, InShareAgeTyped) => {
            "deelbestand {path} is met age versleuteld: typ het pad, dan --identity en het pad van het sleutelbestand van de houder"
        }
        (Lang::En, InCannotReadShareImage) => "cannot read share image {path}",
        (Lang::Nl, InCannotReadShareImage) => "kan de afbeelding van een deel {path} niet lezen",
        (Lang::En, InShareImage) => "share image {path}: {why}",
        (Lang::Nl, InShareImage) => "afbeelding van een deel {path}: {why}",
        (Lang::En, InScanTooLarge) => {
            "the image is too large (at most 32 MiB, 10000 pixels a side and 24 megapixels): scan at a lower resolution or crop it"
        }
        (Lang::Nl, InScanTooLarge) => {
            "de afbeelding is te groot (hoogstens 32 MiB, 10000 pixels per zijde en 24 megapixels): scan met een lagere resolutie of snijd haar bij"
        }
        (Lang::En, InScanUnreadable) => {
            "the file is not a readable PNG or JPEG image: photograph or scan the sheet again"
        }
        (Lang::Nl, InScanUnreadable) => {
            "het bestand is geen leesbare PNG- of JPEG-afbeelding: fotografeer of scan het vel opnieuw"
        }
        (Lang::En, InScanNoCode) => {
            "no QR code found in the image: photograph the sheet's QR code flat and sharp"
        }
        (Lang::Nl, InScanNoCode) => {
            "geen QR-code gevonden in de afbeelding: fotografeer de QR-code van het vel recht en scherp"
        }
        (Lang::En, InScanSeveral) => {
            "the image holds more than one QR code: crop it to one sheet's code"
        }
        (Lang::Nl, InScanSeveral) => {
            "de afbeelding bevat meer dan één QR-code: snijd haar bij tot de code van één vel"
        }
        (Lang::En, InScanUndecodable) => {
            "a QR code was found but could not be read: photograph it flat, sharp and well lit, or type the six lines"
        }
        (Lang::Nl, InScanUndecodable) => {
            "er is een QR-code gevonden maar die is niet te lezen: fotografeer haar recht, scherp en goed verlicht, of typ de zes regels"
        }
        (Lang::En, InScanNotAShare) => "the QR code does not hold a kluis share",
        (Lang::Nl, InScanNotAShare) => "de QR-code bevat geen deel van kluis",
        (Lang::En, InTypeShare) => {
            "Type the six lines of the share, Enter after each (Ctrl-D stops):"
        }
        (Lang::Nl, InTypeShare) => {
            "Typ de zes regels van het deel, met Enter na elke regel (Ctrl-D stopt):"
        }
        (Lang::En, InLine) => "line {n}",
        (Lang::Nl, InLine) => "regel {n}",
        (Lang::En, InCannotReadTyped) => "cannot read the typed share",
        (Lang::Nl, InCannotReadTyped) => "kan het getypte deel niet lezen",
        (Lang::En, InShareUnfinished) => "the share was not finished: {n} of 6 lines typed",
        (Lang::Nl, InShareUnfinished) => "het deel is niet af: {n} van de 6 regels getypt",
        (Lang::En, InScanCorners) => {
            "the image holds more than 24 QR-code corner patterns, so more than one QR code: crop it to one sheet's code"
        }
        (Lang::Nl, InScanCorners) => {
            "de afbeelding bevat meer dan 24 hoekpatronen van QR-codes, dus meer dan één QR-code: snijd haar bij tot de code van één vel"
        }
        (Lang::En, CliCannotReadValueFile) => "cannot read value file {path}",
        (Lang::Nl, CliCannotReadValueFile) => "kan waardebestand {path} niet lezen",
        (Lang::En, CliKeyPair) => "key pair",
        (Lang::Nl, CliKeyPair) => "sleutelpaar",
        (Lang::En, CliKeyProtected) => " (private part protected by a passphrase)",
        (Lang::Nl, CliKeyProtected) => " (privédeel beschermd met een wachtwoordzin)",
        (Lang::En, CliKeyRecipient) => "recipient",
        (Lang::Nl, CliKeyRecipient) => "ontvanger",
        (Lang::En, CliKeyPublic) => "public key",
        (Lang::Nl, CliKeyPublic) => "publieke sleutel",
        (Lang::En, CliKeyFingerprint) => "fingerprint",
        (Lang::Nl, CliKeyFingerprint) => "vingerafdruk",
        (Lang::En, CliKeyUserId) => "user id",
        (Lang::Nl, CliKeyUserId) => "gebruikers-id",
        (Lang::En, CliCannotReadSource) => "cannot read the {what} {path}",
        (Lang::Nl, CliCannotReadSource) => "kan {what} {path} niet lezen",
        (Lang::En, CliWhatKdbx) => "KeePass database",
        (Lang::Nl, CliWhatKdbx) => "de KeePass-database",
        (Lang::En, CliWhatKeyFile) => "key file",
        (Lang::Nl, CliWhatKeyFile) => "het sleutelbestand",
        (Lang::En, CliWhatBitwarden) => "Bitwarden export",
        (Lang::Nl, CliWhatBitwarden) => "de Bitwarden-export",
        (Lang::En, CliWhatCsv) => "CSV file",
        (Lang::Nl, CliWhatCsv) => "het CSV-bestand",
        (Lang::En, CliKdbxPassword) => "KeePass database password",
        (Lang::Nl, CliKdbxPassword) => "wachtwoord van de KeePass-database",
        (Lang::En, CliRecipientSet) => {
            "share {index} has a recipient now: `kluis shares print --encrypted --out DIR{pending}` writes it as an age file"
        }
        (Lang::Nl, CliRecipientSet) => {
            "deel {index} heeft nu een ontvanger: `kluis shares print --encrypted --out MAP{pending}` schrijft het als age-bestand"
        }
        (Lang::En, CliRecipientCleared) => {
            "share {index} has no recipient now: it is printed as a sheet"
        }
        (Lang::Nl, CliRecipientCleared) => {
            "deel {index} heeft nu geen ontvanger: het wordt als vel afgedrukt"
        }
        (Lang::En, CliCannotPrintActive) => "cannot print the active set",
        (Lang::Nl, CliCannotPrintActive) => "kan de vellen van de actieve set niet afdrukken",
        (Lang::En, CliCannotPrintPending) => "cannot print the pending set",
        (Lang::Nl, CliCannotPrintPending) => "kan de vellen van de nieuwe set niet afdrukken",
        (Lang::En, CliCannotWriteAgeFile) => "cannot write the age file for share {index}",
        (Lang::Nl, CliCannotWriteAgeFile) => "kan het age-bestand van deel {index} niet schrijven",
        (Lang::En, CliUnsealNeedsReason) => {
            "a reason is required: give --reason-category and --reason TEXT; nothing was released"
        }
        (Lang::Nl, CliUnsealNeedsReason) => {
            "een reden is verplicht: geef --reason-category en --reason TEKST; er is niets vrijgegeven"
        }
        (Lang::En, CliUnsealNeedsApprover) => {
            "an approver is required: give --approver NAME (a roster approver other than you); nothing was released"
        }
        (Lang::Nl, CliUnsealNeedsApprover) => {
            "een fiatteur is verplicht: geef --approver NAAM (een fiatteur op de lijst van personen, niet uzelf); er is niets vrijgegeven"
        }
        (Lang::En, CliTotpLabel) => "{label} (TOTP code, valid {left} s)",
        (Lang::Nl, CliTotpLabel) => "{label} (TOTP-code, nog {left} s geldig)",
        (Lang::En, CliNoMemoryFile) => {
            "cannot make an in-memory file for the value: nothing was released"
        }
        (Lang::Nl, CliNoMemoryFile) => {
            "kan geen bestand in het geheugen maken voor de waarde: er is niets vrijgegeven"
        }
        (Lang::En, CliCommandEndNotRecorded) => {
            "the command {name} ended (kluis status {code}) but its end could not be recorded"
        }
        (Lang::Nl, CliCommandEndNotRecorded) => {
            "het commando {name} is geëindigd (status van kluis {code}), maar het einde kon niet worden vastgelegd"
        }
        (Lang::En, CliCommandNotStarted) => {
            "cannot start the command {name}: {why}; recorded as released-to-exec-failed, nothing was left behind"
        }
        (Lang::Nl, CliCommandNotStarted) => {
            "kan het commando {name} niet starten: {why}; vastgelegd als released-to-exec-failed, er is niets achtergebleven"
        }
        (Lang::En, CliCommandKilled) => "the command {name} was killed by signal {sig} (recorded)",
        (Lang::Nl, CliCommandKilled) => {
            "het commando {name} is gestopt door signaal {sig} (vastgelegd)"
        }
        (Lang::En, CliCommandExited) => "the command {name} exited with status {code} (recorded)",
        (Lang::Nl, CliCommandExited) => {
            "het commando {name} eindigde met status {code} (vastgelegd)"
        }
        (Lang::En, CliCannotReadSyslog) => "cannot read the syslog file {path}",
        (Lang::Nl, CliCannotReadSyslog) => "kan het systeemlogbestand {path} niet lezen",
        (Lang::En, CliArchived) => "archived records {first} to {last} to {path}",
        (Lang::Nl, CliArchived) => "records {first} tot en met {last} gearchiveerd in {path}",
        (Lang::En, CliArchiveCheckpoint) => "checkpoint of the archive: {cp}",
        (Lang::Nl, CliArchiveCheckpoint) => "controlepunt van het archief: {cp}",
        (Lang::En, CliExportIntact) => {
            "export intact: {n} records, {covered} covered by the checkpoint"
        }
        (Lang::Nl, CliExportIntact) => {
            "export intact: {n} records, {covered} gedekt door het controlepunt"
        }
        (Lang::En, CliExportBeyond) => {
            "{n} later records are consistent but not covered by this checkpoint: check them against a newer one"
        }
        (Lang::Nl, CliExportBeyond) => {
            "{n} latere records kloppen, maar vallen niet onder dit controlepunt: controleer ze tegen een nieuwer controlepunt"
        }
        (Lang::En, ChanFileNoPath) => "`file` needs a path: file=PATH (choices: {choices})",
        (Lang::Nl, ChanFileNoPath) => "`file` vraagt een pad: file=PAD (keuzes: {choices})",
        (Lang::En, ChanEmptyPath) => "`file=` needs a path: file=PATH (choices: {choices})",
        (Lang::Nl, ChanEmptyPath) => "`file=` vraagt een pad: file=PAD (keuzes: {choices})",
        (Lang::En, ChanUnknown) => "unknown channel `{channel}`: choose one of {choices}",
        (Lang::Nl, ChanUnknown) => "onbekend kanaal `{channel}`: kies een van {choices}",
        (Lang::En, CliHolderNeedsLabel) => "a holder needs a label, as LABEL or LABEL@PLACE",
        (Lang::Nl, CliHolderNeedsLabel) => {
            "een houder heeft een naam nodig, als NAAM of NAAM@PLAATS"
        }
        (Lang::En, CkEmpty) => "it is empty",
        (Lang::Nl, CkEmpty) => "de tekst is leeg",
        (Lang::En, CkNoKc1) => "it does not start with KC1",
        (Lang::Nl, CkNoKc1) => "de tekst begint niet met KC1",
        (Lang::En, CkNoSpaceAfterKc1) => "it does not start with KC1 and a space",
        (Lang::Nl, CkNoSpaceAfterKc1) => "de tekst begint niet met KC1 en een spatie",
        (Lang::En, CkEndsInVaultPart) => "it ends within the vault part",
        (Lang::Nl, CkEndsInVaultPart) => "de tekst houdt op in het kluisdeel",
        (Lang::En, CkVaultPartNotHex) => "the vault part is not 16 hex digits",
        (Lang::Nl, CkVaultPartNotHex) => "het kluisdeel is geen 16 hexadecimale cijfers",
        (Lang::En, CkEndsBeforeRecord) => "it ends before the record number",
        (Lang::Nl, CkEndsBeforeRecord) => "de tekst houdt op voor het recordnummer",
        (Lang::En, CkRecordNotDecimal) => "the record number after # is not a decimal number",
        (Lang::Nl, CkRecordNotDecimal) => "het recordnummer na # is geen decimaal getal",
        (Lang::En, CkRecordTooLarge) => "the record number is too large",
        (Lang::Nl, CkRecordTooLarge) => "het recordnummer is te groot",
        (Lang::En, CkRecordZero) => "the record number is 0; records count from 1",
        (Lang::Nl, CkRecordZero) => "het recordnummer is 0; records tellen vanaf 1",
        (Lang::En, CkHeadPartNotHex) => "the head part is not 24 hex digits",
        (Lang::Nl, CkHeadPartNotHex) => "het hashdeel is geen 24 hexadecimale cijfers",
        (Lang::En, ChanChoices) => "stdout, clipboard, screen, qr, file=PATH, exec",
        (Lang::Nl, ChanChoices) => "stdout, clipboard, screen, qr, file=PAD, exec",
        (Lang::En, CliRemoteName) => "invalid remote name {name}: {why}",
        (Lang::Nl, CliRemoteName) => "ongeldige naam voor een remote {name}: {why}",
        (Lang::En, CliRemoteNameLength) => "a remote name is 1 to 32 characters long",
        (Lang::Nl, CliRemoteNameLength) => "de naam van een remote is 1 tot en met 32 tekens lang",
        (Lang::En, CliRemoteNameStart) => "a remote name cannot start with '-' or '.'",
        (Lang::Nl, CliRemoteNameStart) => "de naam van een remote mag niet met '-' of '.' beginnen",
        (Lang::En, CliRemoteNameCharacters) => {
            "a remote name may hold only letters a-z, A-Z, digits, '-', '_' and '.'"
        }
        (Lang::Nl, CliRemoteNameCharacters) => {
            "de naam van een remote mag alleen letters a-z, A-Z, cijfers, '-', '_' en '.' bevatten"
        }
        (Lang::En, CliEncryptedTo) => "encrypted to {kind} {fingerprint}",
        (Lang::Nl, CliEncryptedTo) => "versleuteld voor {kind} {fingerprint}",
        (Lang::En, CliSameRecipient) => {
            "  (the same recipient as another holder: one person would hold two shares)"
        }
        (Lang::Nl, CliSameRecipient) => {
            "  (dezelfde ontvanger als een andere houder: één persoon zou twee delen hebben)"
        }
        (Lang::En, InShareFile) => "share file {path}",
        (Lang::Nl, InShareFile) => "deelbestand {path}",
        (Lang::En, InShareImageOf) => "share image {path}",
        (Lang::Nl, InShareImageOf) => "afbeelding van een deel {path}",
        (Lang::En, InNotAShareFile) => "{path} is not a share text file",
        (Lang::Nl, InNotAShareFile) => "{path} is geen tekstbestand met een deel",
        (Lang::En, CliNeedsTerminal) => {
            "kluis without a command opens the terminal UI and needs a terminal: run it in one, or see `kluis --help` for the commands"
        }
        (Lang::Nl, CliNeedsTerminal) => {
            "kluis zonder opdracht opent de terminalweergave en heeft een terminal nodig: start het in een terminal, of zie `kluis --help` voor de opdrachten"
        }
        (Lang::En, Hardening) => {
            "kluis: error: cannot turn off core dumps for this process ({why}): refusing to handle keys"
        }
        (Lang::Nl, Hardening) => {
            "kluis: fout: kan core dumps voor dit proces niet uitzetten ({why}): kluis weigert sleutels te verwerken"
        }
        (Lang::En, RelFileIsDir) => {
            "{path} is a directory: name a new file inside it, e.g. file={example}"
        }
        (Lang::Nl, RelFileIsDir) => {
            "{path} is een map: noem een nieuw bestand daarin, bijvoorbeeld file={example}"
        }
        (Lang::En, RelFileExists) => {
            "{path} already exists: kluis never overwrites, name a new file"
        }
        (Lang::Nl, RelFileExists) => {
            "{path} bestaat al: kluis overschrijft nooit, noem een nieuw bestand"
        }
        (Lang::En, RelFileUnchecked) => "cannot check {path}: name another file",
        (Lang::Nl, RelFileUnchecked) => "kan {path} niet controleren: noem een ander bestand",
        (Lang::En, RelParentNotDir) => {
            "{path} is not a directory: name a file in an existing directory"
        }
        (Lang::Nl, RelParentNotDir) => "{path} is geen map: noem een bestand in een bestaande map",
        (Lang::En, RelParentMissing) => {
            "directory {path} does not exist: create it first or name a file elsewhere"
        }
        (Lang::Nl, RelParentMissing) => {
            "map {path} bestaat niet: maak die eerst of noem een bestand elders"
        }
        (Lang::En, RelNoTty) => {
            "no terminal (/dev/tty) to show the value on: run kluis in a terminal, or use --to stdout or --to file=PATH"
        }
        (Lang::Nl, RelNoTty) => {
            "geen terminal (/dev/tty) om de waarde op te tonen: start kluis in een terminal, of gebruik --to stdout of --to file=PAD"
        }
        (Lang::En, RelNoClipboard) => {
            "no clipboard here (no X11/Wayland display and no terminal): use --to stdout or --to file=PATH"
        }
        (Lang::Nl, RelNoClipboard) => {
            "hier is geen klembord (geen X11/Wayland-scherm en geen terminal): gebruik --to stdout of --to file=PAD"
        }
        (Lang::En, RelCannotWriteStdout) => "cannot write the value to stdout",
        (Lang::Nl, RelCannotWriteStdout) => "kan de waarde niet naar de standaarduitvoer schrijven",
        (Lang::En, RelCopied) => {
            "copied to the clipboard; cleared in {secs} s if still there (keep kluis running)"
        }
        (Lang::Nl, RelCopied) => {
            "naar het klembord gekopieerd; over {secs} s gewist als de waarde er nog staat (laat kluis draaien)"
        }
        (Lang::En, RelClipboardCleared) => "clipboard cleared",
        (Lang::Nl, RelClipboardCleared) => "klembord gewist",
        (Lang::En, RelClipboardUnverified) => {
            "clipboard cleared (through the terminal, unverified)"
        }
        (Lang::Nl, RelClipboardUnverified) => {
            "klembord gewist (via de terminal, niet gecontroleerd)"
        }
        (Lang::En, RelClipboardLeftAlone) => {
            "clipboard left alone: another program replaced the value"
        }
        (Lang::Nl, RelClipboardLeftAlone) => {
            "klembord niet gewist: een ander programma heeft de waarde vervangen"
        }
        (Lang::En, RelBinary) => "the value is binary, not text: use --to file=PATH or --to stdout",
        (Lang::Nl, RelBinary) => {
            "de waarde is binair, geen tekst: gebruik --to file=PAD of --to stdout"
        }
        (Lang::En, RelCannotCreate) => {
            "cannot create {path}: name a new file in an existing directory"
        }
        (Lang::Nl, RelCannotCreate) => {
            "kan {path} niet maken: noem een nieuw bestand in een bestaande map"
        }
        (Lang::En, RelCannotWrite) => "cannot write {path}: {note}",
        (Lang::Nl, RelCannotWrite) => "kan {path} niet schrijven: {note}",
        (Lang::En, RelPartialRemoved) => "the partial file was removed",
        (Lang::Nl, RelPartialRemoved) => "het halve bestand is verwijderd",
        (Lang::En, RelPartialLeft) => "remove the partial file by hand",
        (Lang::Nl, RelPartialLeft) => "verwijder het halve bestand zelf",
        (Lang::En, RelNotSynced) => "wrote {path} but could not sync its directory",
        (Lang::Nl, RelNotSynced) => {
            "{path} is geschreven, maar de map kon niet worden vastgelegd op schijf"
        }
        (Lang::En, RelHiddenIn) => "hidden in {secs} s, or press Enter",
        (Lang::Nl, RelHiddenIn) => "verborgen over {secs} s, of druk op Enter",
        (Lang::En, RelQrTooLong) => {
            "the value is too long for a QR code: use --to file=PATH or --to screen"
        }
        (Lang::Nl, RelQrTooLong) => {
            "de waarde is te lang voor een QR-code: gebruik --to file=PAD of --to screen"
        }
        (Lang::En, RelQrTooWide) => {
            "the QR code needs {side} columns and the terminal has {width}: widen it (or use a smaller font) and unseal again"
        }
        (Lang::Nl, RelQrTooWide) => {
            "de QR-code heeft {side} kolommen nodig en de terminal heeft er {width}: maak die breder (of kies een kleiner lettertype) en geef opnieuw vrij"
        }
        (Lang::En, TuiErrSecondPo) => {
            "the vault has one PO, set at init; a new PO takes over through a delegate's takeover"
        }
        (Lang::Nl, TuiErrSecondPo) => {
            "de kluis heeft één PO, vastgelegd bij het aanmaken; een nieuwe PO neemt het over via een overname door een gemachtigde"
        }
        (Lang::En, TuiErrSheetsNotVerified) => {
            "{sheets}: print every sheet, verify each on the shares screen (v), then commit (m)"
        }
        (Lang::Nl, TuiErrSheetsNotVerified) => {
            "{sheets}: druk elk vel af, controleer elk vel op het scherm delen (v) en leg daarna vast (m)"
        }
        (Lang::En, TuiErrUnacknowledged) => {
            "record {seq} is an emergency event you have not acknowledged: review it in the audit (a), acknowledge it (!), then archive"
        }
        (Lang::Nl, TuiErrUnacknowledged) => {
            "record {seq} is een noodgebeurtenis die u nog niet als gezien hebt gemeld: bekijk hem in de audit (a), meld hem als gezien (!) en archiveer daarna"
        }
        (Lang::En, TuiErrThresholdOne) => {
            "threshold 1 means any single sheet opens the vault (the safe alone would suffice): choose 2 or more, or allow k = 1 below"
        }
        (Lang::Nl, TuiErrThresholdOne) => {
            "drempel 1 betekent dat één vel alleen de kluis opent (de brandkast alleen zou volstaan): kies 2 of meer, of sta k = 1 hieronder toe"
        }
        (Lang::En, TuiErrTakeoverNeedsShares) => {
            "takeover is for a delegate authenticated with shares; the PO changes the passphrase instead"
        }
        (Lang::Nl, TuiErrTakeoverNeedsShares) => {
            "overname is voor een gemachtigde die zich met delen heeft aangemeld; de PO wijzigt in plaats daarvan de wachtwoordzin"
        }
        (Lang::En, TuiErrNoReason) => {
            "a reason is required: choose a reason category and give a reason"
        }
        (Lang::Nl, TuiErrNoReason) => {
            "een reden is verplicht: kies een soort reden en geef een reden"
        }
        (Lang::En, TuiErrNoApprover) => {
            "an approver is required: name an approver from the roster, not you"
        }
        (Lang::Nl, TuiErrNoApprover) => {
            "een fiatteur is verplicht: noem een fiatteur uit de lijst van personen, niet uzelf"
        }
        (Lang::En, TuiErrActorNotInRoster) => {
            "{name} is not in the roster: the one acting must be a delegate the PO designated (the attempt is recorded and the share set must be rotated)"
        }
        (Lang::Nl, TuiErrActorNotInRoster) => {
            "{name} staat niet in de lijst van personen: wie handelt moet een gemachtigde zijn die de PO heeft aangewezen (de poging is vastgelegd en de set delen moet worden vervangen)"
        }
        (Lang::En, TuiErrActorNotDelegate) => {
            "{name} is {role} in the roster, not a delegate: the one acting must be a delegate (the attempt is recorded and the share set must be rotated)"
        }
        (Lang::Nl, TuiErrActorNotDelegate) => {
            "{name} is {role} in de lijst van personen, geen gemachtigde: wie handelt moet een gemachtigde zijn (de poging is vastgelegd en de set delen moet worden vervangen)"
        }
        (Lang::En, TuiErrNoPendingSet) => {
            "there is no pending share set: make one on the shares screen (s, then t)"
        }
        (Lang::Nl, TuiErrNoPendingSet) => {
            "er is geen nieuwe set delen in voorbereiding: maak er een op het scherm delen (s, dan t)"
        }
        (Lang::En, TuiErrApproverNeedsPin) => "an approver must enrol a PIN: fill in the PIN field",
        (Lang::Nl, TuiErrApproverNeedsPin) => {
            "een fiatteur moet een pincode instellen: vul het veld pincode in"
        }
        (Lang::En, TuiErrArchiveBound) => {
            "the archive bound must be between {lo} and {hi}: the vault holds records {first} to {hi}, and at least one must be archived and one kept"
        }
        (Lang::Nl, TuiErrArchiveBound) => {
            "de archiefgrens moet tussen {lo} en {hi} liggen: de kluis bevat records {first} tot en met {hi}, en er moet minstens één gearchiveerd en één bewaard worden"
        }
        (Lang::En, TuiErrArchiveBeforeMark) => {
            "the archive bound must be after record {seq}, which records the previous archive"
        }
        (Lang::Nl, TuiErrArchiveBeforeMark) => {
            "de archiefgrens moet na record {seq} liggen, dat het vorige archief vastlegt"
        }
        (Lang::En, TuiErrHolderCount) => "give between 1 and {max} holders (got {got})",
        (Lang::Nl, TuiErrHolderCount) => "geef 1 tot en met {max} houders (nu {got})",
        (Lang::En, TuiErrAgeNeedsBackupKey) => {
            "an age key pair is for backups: use it for a backup key, not {kind}"
        }
        (Lang::Nl, TuiErrAgeNeedsBackupKey) => {
            "een age-sleutelpaar is voor back-ups: gebruik het voor een back-upsleutel, niet voor {kind}"
        }
        (Lang::En, TuiErrImportExists) => {
            "a secret named {name} already exists: nothing was imported (it can be added as a new version)"
        }
        (Lang::Nl, TuiErrImportExists) => {
            "er bestaat al een geheim met de naam {name}: er is niets geïmporteerd (het kan als nieuwe versie worden toegevoegd)"
        }
        (Lang::En, TuiErrSecretExists) => {
            "a secret named {name} already exists: add a version with c (new version)"
        }
        (Lang::Nl, TuiErrSecretExists) => {
            "er bestaat al een geheim met de naam {name}: voeg een versie toe met c (nieuwe versie)"
        }
        (Lang::En, TuiErrNoSuchSecret) => "no secret named {name}",
        (Lang::Nl, TuiErrNoSuchSecret) => "er is geen geheim met de naam {name}",
        (Lang::En, TuiErrNoSuchPerson) => "no person named {name} in the roster",
        (Lang::Nl, TuiErrNoSuchPerson) => {
            "er staat niemand met de naam {name} in de lijst van personen"
        }
        (Lang::En, TuiErrRolledBack) => {
            "the vault was rolled back: {what}. If an older copy was put back on purpose, it can be accepted (recorded); otherwise treat it as tampering"
        }
        (Lang::Nl, TuiErrRolledBack) => {
            "de kluis is teruggezet: {what}. Is een oudere kopie bewust teruggezet, dan kan die worden aanvaard (wordt vastgelegd); anders is er met de kluis geknoeid"
        }
        (Lang::En, TuiErrNoShares) => {
            "no shares given: enter at least the threshold number of shares"
        }
        (Lang::Nl, TuiErrNoShares) => {
            "geen delen gegeven: voer minstens zoveel delen in als de drempel"
        }
        (Lang::En, TuiErrInUse) => {
            "the vault is in use by another kluis process (PID {pid}): close it first"
        }
        (Lang::Nl, TuiErrInUse) => {
            "de kluis is in gebruik door een ander kluis-proces (PID {pid}): sluit dat eerst"
        }
        (Lang::En, TuiErrNoVault) => "no vault at {path}: quit and start kluis again to set one up",
        (Lang::Nl, TuiErrNoVault) => {
            "geen kluis op {path}: sluit af en start kluis opnieuw om er een in te richten"
        }
        (Lang::En, TuiErrIsDirectory) => {
            "{path} is a directory, not a vault file: start kluis with the vault file itself"
        }
        (Lang::Nl, TuiErrIsDirectory) => {
            "{path} is een map, geen kluisbestand: start kluis met het kluisbestand zelf"
        }
        (Lang::En, TuiErrFull) => {
            "the vault would grow to {size} MiB, over its {limit} MiB limit{extra}: remove secrets or old versions, or archive old audit records"
        }
        (Lang::Nl, TuiErrFull) => {
            "de kluis zou {size} MiB worden, boven de grens van {limit} MiB{extra}: verwijder geheimen of oude versies, of archiveer oude auditrecords"
        }
        (Lang::En, TuiErrRemoteExists) => "a remote named {name} already exists: remove it first",
        (Lang::Nl, TuiErrRemoteExists) => {
            "er bestaat al een remote met de naam {name}: verwijder die eerst"
        }
        (Lang::En, TuiErrNoSuchRemote) => "no remote named {name}",
        (Lang::Nl, TuiErrNoSuchRemote) => "geen remote met de naam {name}",
        (Lang::En, TuiErrRemoteOtherVault) => {
            "remote {name} holds a different vault (id {theirs}), not this one (id {ours}): check its URL"
        }
        (Lang::Nl, TuiErrRemoteOtherVault) => {
            "remote {name} bevat een andere kluis (id {theirs}), niet deze (id {ours}): controleer de URL"
        }
        (Lang::En, TuiErrRemoteNewer) => {
            "remote {name} holds a newer vault (generation {theirs}, {theirs_ckpt}) than this copy (generation {ours}, {ours_ckpt}): sync first"
        }
        (Lang::Nl, TuiErrRemoteNewer) => {
            "remote {name} bevat een nieuwere kluis (generatie {theirs}, {theirs_ckpt}) dan deze kopie (generatie {ours}, {ours_ckpt}): synchroniseer eerst"
        }
        (Lang::En, TuiErrRemoteDiverged) => {
            "this copy and remote {name} diverged: here generation {ours} ({ours_ckpt}), there generation {theirs} ({theirs_ckpt}); nothing was changed. Choose which copy to keep (the other is kept as a file beside the vault)"
        }
        (Lang::Nl, TuiErrRemoteDiverged) => {
            "deze kopie en remote {name} zijn uit elkaar gegroeid: hier generatie {ours} ({ours_ckpt}), daar generatie {theirs} ({theirs_ckpt}); er is niets veranderd. Kies welke kopie u houdt (de andere blijft als bestand naast de kluis)"
        }
        (Lang::En, TuiErrRemoteRequired) => {
            "nothing was released: required remote {name} did not accept the record of this release ({why}); the refusal is recorded. Sync when the remote is back"
        }
        (Lang::Nl, TuiErrRemoteRequired) => {
            "er is niets vrijgegeven: de verplichte remote {name} nam het verslag van deze vrijgave niet aan ({why}); de weigering is vastgelegd. Synchroniseer als de remote terug is"
        }
        (Lang::En, TuiErrCloneTargetExists) => "{path} already exists: choose another path",
        (Lang::Nl, TuiErrCloneTargetExists) => "{path} bestaat al: kies een ander pad",
        (Lang::En, TuiErrRemoteEmpty) => {
            "remote {name} holds no vault yet: the PO adds it as a remote first"
        }
        (Lang::Nl, TuiErrRemoteEmpty) => {
            "remote {name} bevat nog geen kluis: de PO voegt hem eerst als remote toe"
        }
        (Lang::En, TuiErrVaultSymlink) => {
            "the vault path {path} is a symbolic link to {target}: kluis does not follow a link at the vault path (a save would replace the link with a file); start kluis with the vault itself"
        }
        (Lang::Nl, TuiErrVaultSymlink) => {
            "het kluispad {path} is een symbolische koppeling naar {target}: kluis volgt geen koppeling op het kluispad (opslaan zou de koppeling door een bestand vervangen); start kluis met de kluis zelf"
        }
        (Lang::En, TuiErrKdfBelowFloor) => {
            "key derivation {asked} is below the floor of m={floor_mib} MiB t={floor_t}: use at least that"
        }
        (Lang::Nl, TuiErrKdfBelowFloor) => {
            "sleutelafleiding {asked} ligt onder de ondergrens van m={floor_mib} MiB t={floor_t}: gebruik minstens dat"
        }
        (Lang::En, TuiErrKdfBelowFloorUnmarked) => {
            "the vault asks for key derivation {asked}, below the floor of m={floor_mib} MiB t={floor_t}, but it was not marked as weak on purpose when it was made: the vault file was altered; restore a backup copy"
        }
        (Lang::Nl, TuiErrKdfBelowFloorUnmarked) => {
            "de kluis vraagt sleutelafleiding {asked}, onder de ondergrens van m={floor_mib} MiB t={floor_t}, maar is bij het aanmaken niet bewust als zwak gemerkt: het kluisbestand is gewijzigd; zet een reservekopie terug"
        }
        (Lang::En, TuiErrAgeNoMatchingIdentity) => {
            "it was encrypted to another recipient: none of the key files given opens it (is it the holder's own key?)"
        }
        (Lang::Nl, TuiErrAgeNoMatchingIdentity) => {
            "het is versleuteld voor een andere ontvanger: geen van de gegeven sleutelbestanden opent het (is het de eigen sleutel van de houder?)"
        }
        (Lang::En, TuiErrKdbxKey) => {
            "cannot open the KeePass database: wrong password or key file: nothing was imported"
        }
        (Lang::Nl, TuiErrKdbxKey) => {
            "kan de KeePass-database niet openen: verkeerd wachtwoord of sleutelbestand: er is niets geïmporteerd"
        }
        (Lang::En, TuiErrCheckpointArchived) => {
            "the checkpoint names record {seq}, which was archived (the vault keeps records from {first} on): check it against the archive"
        }
        (Lang::Nl, TuiErrCheckpointArchived) => {
            "het controlepunt noemt record {seq}, dat gearchiveerd is (de kluis bewaart records vanaf {first}): controleer het met het archief"
        }
        (Lang::En, TuiWarnWeakKdf) => {
            "this vault uses weak key derivation ({kdf}), allowed on purpose when it was made"
        }
        (Lang::Nl, TuiWarnWeakKdf) => {
            "deze kluis gebruikt een zwakke sleutelafleiding ({kdf}), bewust toegestaan bij het aanmaken"
        }
        (Lang::En, TuiWarnWeakKdfMade) => {
            "weak key derivation ({kdf}) was allowed on purpose; every open will say so"
        }
        (Lang::Nl, TuiWarnWeakKdfMade) => {
            "zwakke sleutelafleiding ({kdf}) is bewust toegestaan; elke keer openen meldt dit"
        }
        (Lang::En, TuiWarnFailedUnlocks) => {
            "{n} failed unlock attempt(s) since the last unlock; see the audit (a)"
        }
        (Lang::Nl, TuiWarnFailedUnlocks) => {
            "{n} mislukte poging(en) om te openen sinds de vorige keer; zie de audit (a)"
        }
        (Lang::En, TuiWarnRefusedRecoveries) => {
            "{n} refused recovery attempt(s) with shares since the last unlock; see the audit (a)"
        }
        (Lang::Nl, TuiWarnRefusedRecoveries) => {
            "{n} geweigerde herstelpoging(en) met delen sinds de vorige keer openen; zie de audit (a)"
        }
        (Lang::En, TuiWarnRollbackAccepted) => "rollback accepted (opened anyway): {what}",
        (Lang::Nl, TuiWarnRollbackAccepted) => "terugzetting aanvaard (toch geopend): {what}",
        (Lang::En, TuiWarnUnacknowledged) => {
            "{n} emergency event(s) since your last acknowledgement: review them in the audit (a), then acknowledge them (!)"
        }
        (Lang::Nl, TuiWarnUnacknowledged) => {
            "{n} noodgebeurtenis(sen) sinds u voor het laatst iets als gezien meldde: bekijk ze in de audit (a) en meld ze daarna als gezien (!)"
        }
        (Lang::En, TuiWarnExposed) => {
            "share set {set} was used in an emergency and is exposed: rotate it on the shares screen (s, then t)"
        }
        (Lang::Nl, TuiWarnExposed) => {
            "set delen {set} is in een noodgeval gebruikt en is blootgesteld: vervang hem op het scherm delen (s, dan t)"
        }
        (Lang::En, TuiWarnRemoteUnreachable) => {
            "remote {name} cannot be reached ({why}): this copy was not compared with it, and saves to it stay pending until the next sync"
        }
        (Lang::Nl, TuiWarnRemoteUnreachable) => {
            "remote {name} is niet bereikbaar ({why}): deze kopie is er niet mee vergeleken, en opslagen ernaartoe blijven wachten tot de volgende synchronisatie"
        }
        (Lang::En, TuiWarnSavePending) => {
            "remote {name} did not accept the save ({why}); {pending} save(s) pending, pushed again at the next save or sync"
        }
        (Lang::Nl, TuiWarnSavePending) => {
            "remote {name} nam de opslag niet aan ({why}); {pending} opslag(en) wachten, opnieuw verstuurd bij de volgende opslag of synchronisatie"
        }
        (Lang::En, ErrTextEmpty) => "{what} is empty: give one",
        (Lang::Nl, ErrTextEmpty) => "{what} is leeg: vul het in",
        (Lang::En, ErrTextTooLong) => {
            "{what} is {len} characters long, over the limit of {max}: shorten it"
        }
        (Lang::Nl, ErrTextTooLong) => {
            "{what} is {len} tekens lang, meer dan de grens van {max}: maak het korter"
        }
        (Lang::En, ErrTextForbidden) => {
            "{what} holds {class} (U+{code}) at character {position}: remove it"
        }
        (Lang::Nl, ErrTextForbidden) => {
            "{what} bevat {class} (U+{code}) op teken {position}: verwijder het"
        }
        (Lang::En, ErrTextPadded) => "{what} starts or ends with a space: remove it",
        (Lang::Nl, ErrTextPadded) => "{what} begint of eindigt met een spatie: verwijder die",
        (Lang::En, FieldPersonName) => "a person's name",
        (Lang::Nl, FieldPersonName) => "de naam van een persoon",
        (Lang::En, FieldSecretName) => "a secret name",
        (Lang::Nl, FieldSecretName) => "de naam van een geheim",
        (Lang::En, FieldPoName) => "the PO name",
        (Lang::Nl, FieldPoName) => "de naam van de PO",
        (Lang::En, FieldApproverName) => "the approver's name",
        (Lang::Nl, FieldApproverName) => "de naam van de fiatteur",
        (Lang::En, FieldArchivePath) => "the archive path",
        (Lang::Nl, FieldArchivePath) => "het pad van het archief",
        (Lang::En, FieldCommandName) => "the command name",
        (Lang::Nl, FieldCommandName) => "de naam van de opdracht",
        (Lang::En, FieldExportPath) => "the export path",
        (Lang::Nl, FieldExportPath) => "het pad van de export",
        (Lang::En, FieldHolderLabel) => "the label of holder {n}",
        (Lang::Nl, FieldHolderLabel) => "de naam van houder {n}",
        (Lang::En, FieldHolderPlace) => "the place of holder {n}",
        (Lang::Nl, FieldHolderPlace) => "de plaats van houder {n}",
        (Lang::En, FieldActorName) => "the name of the one acting",
        (Lang::Nl, FieldActorName) => "de naam van wie handelt",
        (Lang::En, FieldReason) => "the reason",
        (Lang::Nl, FieldReason) => "de reden",
        (Lang::En, FieldChannel) => "the release channel",
        (Lang::Nl, FieldChannel) => "het kanaal van de vrijgave",
        (Lang::En, FieldRemoteUrl) => "the remote URL",
        (Lang::Nl, FieldRemoteUrl) => "de URL van de remote",
        (Lang::En, FieldCredentialUrl) => "the url in the credential file",
        (Lang::Nl, FieldCredentialUrl) => "de url in het bestand met inloggegevens",
        (Lang::En, FieldCredentialUser) => "the username in the credential file",
        (Lang::Nl, FieldCredentialUser) => "de gebruikersnaam in het bestand met inloggegevens",
        (Lang::En, FieldVaultName) => "the vault name",
        (Lang::Nl, FieldVaultName) => "de naam van de kluis",
        (Lang::En, CharControl) => "a control character",
        (Lang::Nl, CharControl) => "een stuurteken",
        (Lang::En, CharBidi) => "a bidirectional control",
        (Lang::Nl, CharBidi) => "een teken voor de schrijfrichting",
        (Lang::En, CharLineSeparator) => "a line separator",
        (Lang::Nl, CharLineSeparator) => "een regelscheidingsteken",
        (Lang::En, CharInvisible) => "an invisible or format character",
        (Lang::Nl, CharInvisible) => "een onzichtbaar teken of opmaakteken",
        (Lang::En, ErrShareTooLong) => {
            "the share text is too long ({len} bytes, at most {max}): enter only one share"
        }
        (Lang::Nl, ErrShareTooLong) => {
            "de tekst van het deel is te lang ({len} bytes, hoogstens {max}): voer maar één deel in"
        }
        (Lang::En, ErrShareEmpty) => "no share was entered: type the six lines of the share",
        (Lang::Nl, ErrShareEmpty) => "er is geen deel ingevoerd: typ de zes regels van het deel",
        (Lang::En, ErrShareBadCharacter) => {
            "line {line}, column {column}: {ch} is not a share character: compare with the paper and retype line {line}"
        }
        (Lang::Nl, ErrShareBadCharacter) => {
            "regel {line}, positie {column}: {ch} is geen teken van een deel: vergelijk met het papier en typ regel {line} opnieuw"
        }
        (Lang::En, ErrShareLineLength) => {
            "line {line} of the share has {found} characters, expected {expected}: retype line {line}"
        }
        (Lang::Nl, ErrShareLineLength) => {
            "regel {line} van het deel heeft {found} tekens, verwacht {expected}: typ regel {line} opnieuw"
        }
        (Lang::En, ErrShareLineCount) => {
            "the share has {found} lines, expected {expected}: enter each printed line on its own line"
        }
        (Lang::Nl, ErrShareLineCount) => {
            "het deel heeft {found} regels, verwacht {expected}: voer elke afgedrukte regel op een eigen regel in"
        }
        (Lang::En, ErrShareLength) => {
            "the share has {found} characters, expected {expected}: scan it again or type it line by line"
        }
        (Lang::Nl, ErrShareLength) => {
            "het deel heeft {found} tekens, verwacht {expected}: scan het opnieuw of typ het regel voor regel"
        }
        (Lang::En, ErrShareLineCheck) => {
            "line {line} of the share does not match its check character: retype line {line}"
        }
        (Lang::Nl, ErrShareLineCheck) => {
            "regel {line} van het deel klopt niet met zijn controleteken: typ regel {line} opnieuw"
        }
        (Lang::En, ErrShareChecksum) => {
            "the share does not pass its overall check although each line does: compare every line with the paper and retype the share"
        }
        (Lang::Nl, ErrShareChecksum) => {
            "het deel als geheel klopt niet met zijn controle, hoewel elke regel klopt: vergelijk elke regel met het papier en typ het deel opnieuw"
        }
        (Lang::En, ErrShareVersion) => {
            "share format version {version} is not supported (this software reads version 1): use a matching kluis version"
        }
        (Lang::Nl, ErrShareVersion) => {
            "versie {version} van het formaat van een deel wordt niet ondersteund (deze software leest versie 1): gebruik een passende versie van kluis"
        }
        (Lang::En, ErrShareMalformed) => "the share is malformed: {why}",
        (Lang::Nl, ErrShareMalformed) => "het deel is ongeldig: {why}",
        (Lang::En, ErrShareThresholdZero) => "the threshold is 0, it must be at least 1",
        (Lang::Nl, ErrShareThresholdZero) => "de drempel is 0, hij moet minstens 1 zijn",
        (Lang::En, ErrShareCountZero) => "the share count is 0, it must be at least 1",
        (Lang::Nl, ErrShareCountZero) => "het aantal delen is 0, het moet minstens 1 zijn",
        (Lang::En, ErrShareCountTooLarge) => {
            "the share count {count} is above the maximum of {max}"
        }
        (Lang::Nl, ErrShareCountTooLarge) => {
            "het aantal delen {count} is groter dan het maximum van {max}"
        }
        (Lang::En, ErrShareThresholdAboveCount) => {
            "the threshold {threshold} is above the share count {count}"
        }
        (Lang::Nl, ErrShareThresholdAboveCount) => {
            "de drempel {threshold} is groter dan het aantal delen {count}"
        }
        (Lang::En, ErrShareIndexZero) => "the share index is 0, it must be at least 1",
        (Lang::Nl, ErrShareIndexZero) => "het nummer van het deel is 0, het moet minstens 1 zijn",
        (Lang::En, ErrShareIndexOutOfRange) => {
            "the share index {index} is above the share count {count}"
        }
        (Lang::Nl, ErrShareIndexOutOfRange) => {
            "het nummer van het deel {index} is groter dan het aantal delen {count}"
        }
        (Lang::En, ErrShareWrongSet) => {
            "this share belongs to another share set (set {found}, expected {expected}): use a share of this vault"
        }
        (Lang::Nl, ErrShareWrongSet) => {
            "dit deel hoort bij een andere set delen (set {found}, verwacht {expected}): gebruik een deel van deze kluis"
        }
        (Lang::En, ErrShareFieldMismatch) => {
            "this share says {found_threshold} of {found_count} but the share set is {expected_threshold} of {expected_count}: the share is altered or mistyped"
        }
        (Lang::Nl, ErrShareFieldMismatch) => {
            "dit deel zegt {found_threshold} van {found_count}, maar de set delen is {expected_threshold} van {expected_count}: het deel is gewijzigd of verkeerd getypt"
        }
        (Lang::En, ErrShareBadFingerprint) => {
            "share {index} does not match its fingerprint in the vault: it was altered or mistyped; retype it from the paper"
        }
        (Lang::Nl, ErrShareBadFingerprint) => {
            "deel {index} klopt niet met zijn vingerafdruk in de kluis: het is gewijzigd of verkeerd getypt; typ het opnieuw over van het papier"
        }
        (Lang::En, ErrShareSetInfo) => {
            "the vault's description of this share set is inconsistent: the vault header is damaged"
        }
        (Lang::Nl, ErrShareSetInfo) => {
            "de beschrijving van deze set delen in de kluis klopt niet: de kop van de kluis is beschadigd"
        }
        (Lang::En, ErrShareRetired) => {
            "share belongs to a retired set (id {id}): it no longer opens this vault; hand it to the PO for destruction"
        }
        (Lang::Nl, ErrShareRetired) => {
            "het deel hoort bij een vervangen set (id {id}): het opent deze kluis niet meer; geef het aan de PO om te vernietigen"
        }
        (Lang::En, ErrShareUnknownSet) => {
            "share belongs to a share set this vault does not know (id {id}): is it from another vault?"
        }
        (Lang::Nl, ErrShareUnknownSet) => {
            "het deel hoort bij een set delen die deze kluis niet kent (id {id}): komt het van een andere kluis?"
        }
        (Lang::En, ErrQuorumWrongSet) => {
            "share {position} (index {index}) belongs to another share set (set {found}, expected {expected}): remove it"
        }
        (Lang::Nl, ErrQuorumWrongSet) => {
            "deel {position} (nummer {index}) hoort bij een andere set delen (set {found}, verwacht {expected}): haal het weg"
        }
        (Lang::En, ErrQuorumFieldMismatch) => {
            "share {position} has a different threshold or share count than this share set: it is altered or mistyped; retype it"
        }
        (Lang::Nl, ErrQuorumFieldMismatch) => {
            "deel {position} heeft een andere drempel of een ander aantal delen dan deze set: het is gewijzigd of verkeerd getypt; typ het opnieuw"
        }
        (Lang::En, ErrQuorumIndexOutOfRange) => {
            "share {position} has index {index}, which is not between 1 and {count}: it is altered or mistyped; retype it"
        }
        (Lang::Nl, ErrQuorumIndexOutOfRange) => {
            "deel {position} heeft nummer {index}, dat niet tussen 1 en {count} ligt: het is gewijzigd of verkeerd getypt; typ het opnieuw"
        }
        (Lang::En, ErrQuorumDuplicate) => {
            "share index {index} was entered twice (entry {first_position} and {position}): remove one"
        }
        (Lang::Nl, ErrQuorumDuplicate) => {
            "deel nummer {index} is twee keer ingevoerd (invoer {first_position} en {position}): haal er een weg"
        }
        (Lang::En, ErrQuorumBadShare) => {
            "share {position} (index {index}) does not match its fingerprint in the vault: it was altered or mistyped; retype it from the paper"
        }
        (Lang::Nl, ErrQuorumBadShare) => {
            "deel {position} (nummer {index}) klopt niet met zijn vingerafdruk in de kluis: het is gewijzigd of verkeerd getypt; typ het opnieuw over van het papier"
        }
        (Lang::En, ErrQuorumNotEnough) => "need {need} shares, have {have}",
        (Lang::Nl, ErrQuorumNotEnough) => "er zijn {need} delen nodig, er zijn er {have}",
        (Lang::En, ErrRecoverySlot) => {
            "the shares are valid but do not open this vault's recovery slot: the vault may have been tampered with"
        }
        (Lang::Nl, ErrRecoverySlot) => {
            "de delen zijn geldig maar openen de herstelsleutel van deze kluis niet: mogelijk is er met de kluis geknoeid"
        }
        (Lang::En, ErrRetiredSetAt) => {
            "share {position} belongs to a retired set (id {set}): use the sheets of the current set"
        }
        (Lang::Nl, ErrRetiredSetAt) => {
            "deel {position} hoort bij een vervangen set (id {set}): gebruik de vellen van de huidige set"
        }
        (Lang::En, ErrUnknownSetAt) => {
            "share {position} belongs to a share set this vault does not know (id {set}): is it from another vault?"
        }
        (Lang::Nl, ErrUnknownSetAt) => {
            "deel {position} hoort bij een set delen die deze kluis niet kent (id {set}): komt het van een andere kluis?"
        }
        (Lang::En, ErrBodyAuth) => {
            "the vault body fails authentication: the file is damaged or was tampered with; restore it from a backup copy"
        }
        (Lang::Nl, ErrBodyAuth) => {
            "de inhoud van de kluis is niet echt: het bestand is beschadigd of er is mee geknoeid; zet een reservekopie terug"
        }
        (Lang::En, ErrShareFile) => "share file {path}",
        (Lang::Nl, ErrShareFile) => "deelbestand {path}",
        (Lang::En, ErrShareImage) => "share image {path}",
        (Lang::Nl, ErrShareImage) => "foto van deel {path}",
        (Lang::En, ErrKdbxDecrypt) => {
            "cannot decrypt the KeePass database: wrong password or key file, or the file is damaged: nothing was imported"
        }
        (Lang::Nl, ErrKdbxDecrypt) => {
            "kan de KeePass-database niet ontsleutelen: verkeerd wachtwoord of sleutelbestand, of het bestand is beschadigd: er is niets geïmporteerd"
        }
        (Lang::En, ErrKdbxTooMuchWork) => {
            "the KeePass database asks for {asked} {what}, over the {allowed} kluis allows: it is damaged or hostile; nothing was imported"
        }
        (Lang::Nl, ErrKdbxTooMuchWork) => {
            "de KeePass-database vraagt {asked} {what}, meer dan de {allowed} die kluis toestaat: het bestand is beschadigd of vijandig; er is niets geïmporteerd"
        }
        (Lang::En, ErrKdbxDamaged) => {
            "the KeePass database is damaged or not a KDBX file ({why}): nothing was imported"
        }
        (Lang::Nl, ErrKdbxDamaged) => {
            "de KeePass-database is beschadigd of geen KDBX-bestand ({why}): er is niets geïmporteerd"
        }
        (Lang::En, ErrKdbxNoGroup) => {
            "the KeePass database has no group {name}: see `keepassxc-cli ls` for the group names"
        }
        (Lang::Nl, ErrKdbxNoGroup) => {
            "de KeePass-database heeft geen groep {name}: zie `keepassxc-cli ls` voor de namen van de groepen"
        }
        (Lang::En, ErrKdbxKeyFile) => {
            "the key file is not a KeePass key file: nothing was imported"
        }
        (Lang::Nl, ErrKdbxKeyFile) => {
            "het sleutelbestand is geen KeePass-sleutelbestand: er is niets geïmporteerd"
        }
        (Lang::En, ErrBitwardenEncrypted) => {
            "this Bitwarden export is encrypted ({how}): kluis reads only unencrypted JSON exports; nothing was imported"
        }
        (Lang::Nl, ErrBitwardenEncrypted) => {
            "deze Bitwarden-export is versleuteld ({how}): kluis leest alleen onversleutelde JSON-exports; er is niets geïmporteerd"
        }
        (Lang::En, ErrBitwardenType) => {
            "item {item} of the Bitwarden export has type {kind}, which kluis does not know (1 login, 2 secure note, 3 card, 4 identity, 5 SSH key): nothing was imported"
        }
        (Lang::Nl, ErrBitwardenType) => {
            "item {item} van de Bitwarden-export heeft type {kind}, dat kluis niet kent (1 login, 2 beveiligde notitie, 3 kaart, 4 identiteit, 5 SSH-sleutel): er is niets geïmporteerd"
        }
        (Lang::En, ErrBitwardenFormat) => {
            "not a Bitwarden JSON export (line {line}, column {column}: {what}): nothing was imported"
        }
        (Lang::Nl, ErrBitwardenFormat) => {
            "geen Bitwarden-JSON-export (regel {line}, kolom {column}: {what}): er is niets geïmporteerd"
        }
        (Lang::En, ErrCsvMissingColumn) => {
            "the CSV file has no {column} column (required: name or title, and password; optional: username, url, notes, totp, group): nothing was imported"
        }
        (Lang::Nl, ErrCsvMissingColumn) => {
            "het CSV-bestand heeft geen kolom {column} (verplicht: name of title, en password; optioneel: username, url, notes, totp, group): er is niets geïmporteerd"
        }
        (Lang::En, ErrCsvRow) => {
            "row {row} of the CSV file cannot be read (check quotes and field counts): nothing was imported"
        }
        (Lang::Nl, ErrCsvRow) => {
            "rij {row} van het CSV-bestand is niet te lezen (controleer de aanhalingstekens en het aantal velden): er is niets geïmporteerd"
        }
        (Lang::En, ErrImportDuplicate) => {
            "{where} has the name {name} twice: rename one in the source: nothing was imported"
        }
        (Lang::Nl, ErrImportDuplicate) => {
            "{where} heeft de naam {name} twee keer: geef er een in de bron een andere naam: er is niets geïmporteerd"
        }
        (Lang::En, ErrImportFieldTooLong) => {
            "{where}: the {field} field is over the {max}-byte limit: nothing was imported"
        }
        (Lang::Nl, ErrImportFieldTooLong) => {
            "{where}: het veld {field} is langer dan de grens van {max} bytes: er is niets geïmporteerd"
        }
        (Lang::En, ErrImportBadName) => {
            "{where}: the name must be 1 to {max} printable characters: nothing was imported"
        }
        (Lang::Nl, ErrImportBadName) => {
            "{where}: de naam moet 1 tot {max} afdrukbare tekens hebben: er is niets geïmporteerd"
        }
        (Lang::En, ErrImportTotp) => {
            "{where}: the TOTP field cannot be used ({why}): nothing was imported"
        }
        (Lang::Nl, ErrImportTotp) => {
            "{where}: het TOTP-veld is niet bruikbaar ({why}): er is niets geïmporteerd"
        }
        (Lang::En, ImportWhereRow) => "row {n}",
        (Lang::Nl, ImportWhereRow) => "rij {n}",
        (Lang::En, ImportWhereEntry) => "entry {name}",
        (Lang::Nl, ImportWhereEntry) => "item {name}",
        (Lang::En, ErrTotpBase32) => {
            "the TOTP seed is not valid base32 (letters A-Z and digits 2-7): check the value file"
        }
        (Lang::Nl, ErrTotpBase32) => {
            "de TOTP-sleutel is geen geldige base32 (letters A-Z en cijfers 2-7): controleer het waardebestand"
        }
        (Lang::En, ErrTotpShort) => "the TOTP seed is shorter than 10 bytes: check the value file",
        (Lang::Nl, ErrTotpShort) => {
            "de TOTP-sleutel is korter dan 10 bytes: controleer het waardebestand"
        }
        (Lang::En, ErrTotpUnsupported) => {
            "the otpauth URI asks for {what}, which kluis does not support (only SHA1, 6 or 8 digits)"
        }
        (Lang::Nl, ErrTotpUnsupported) => {
            "de otpauth-URI vraagt om {what}, wat kluis niet ondersteunt (alleen SHA1, 6 of 8 cijfers)"
        }
        (Lang::En, WarnSameRecipient) => {
            "holders {first} ({first_label}) and {second} ({second_label}) have the same recipient {fingerprint}: one person would hold two shares"
        }
        (Lang::Nl, WarnSameRecipient) => {
            "houders {first} ({first_label}) en {second} ({second_label}) hebben dezelfde ontvanger {fingerprint}: één persoon zou twee delen hebben"
        }
        (Lang::En, WarnPluginMissing) => {
            "holder {holder} ({label}) has a recipient of the age plugin {plugin}, which is not installed here: install it before printing encrypted share files"
        }
        (Lang::Nl, WarnPluginMissing) => {
            "houder {holder} ({label}) heeft een ontvanger van de age-plugin {plugin}, die hier niet geïnstalleerd is: installeer die voordat u versleutelde deelbestanden afdrukt"
        }
        (Lang::En, WarnRemoteUnreadable) => "remote {name} could not be read ({why})",
        (Lang::Nl, WarnRemoteUnreadable) => "remote {name} kon niet gelezen worden ({why})",
        (Lang::En, WarnRollbackKeptNewer) => {
            "kept this copy (rollback allowed) although remote {name} holds a newer vault (generation {theirs}, {theirs_ckpt}) than this copy (generation {ours}, {ours_ckpt}): sync with it first; it will not be pushed over the remote's history"
        }
        (Lang::Nl, WarnRollbackKeptNewer) => {
            "deze kopie is behouden (terugzetten toegestaan), hoewel remote {name} een nieuwere kluis bevat (generatie {theirs}, {theirs_ckpt}) dan deze kopie (generatie {ours}, {ours_ckpt}); ze wordt niet over de geschiedenis van de remote heen gezet"
        }
        (Lang::En, WarnRollbackKeptDiverged) => {
            "kept this copy (rollback allowed) although this copy and remote {name} diverged: here generation {ours} ({ours_ckpt}), there generation {theirs} ({theirs_ckpt}); nothing was changed. Choose which copy to keep with a sync (the other is kept as a file beside the vault); it will not be pushed over the remote's history"
        }
        (Lang::Nl, WarnRollbackKeptDiverged) => {
            "deze kopie is behouden (terugzetten toegestaan), hoewel deze kopie en remote {name} uit elkaar zijn gegroeid: hier generatie {ours} ({ours_ckpt}), daar generatie {theirs} ({theirs_ckpt}); ze wordt niet over de geschiedenis van de remote heen gezet"
        }
        (Lang::En, WarnTookRemote) => {
            "took generation {theirs} ({theirs_ckpt}) from remote {name}; this copy was generation {ours} ({ours_ckpt}), a record of it"
        }
        (Lang::Nl, WarnTookRemote) => {
            "generatie {theirs} ({theirs_ckpt}) van remote {name} overgenomen; deze kopie was generatie {ours} ({ours_ckpt}), daar vastgelegd"
        }
        (Lang::En, WarnTookRemoteKeptLocal) => {
            "took generation {theirs} ({theirs_ckpt}) from remote {name}; this copy's generation {ours} ({ours_ckpt}, head {head}) kept as {side}"
        }
        (Lang::Nl, WarnTookRemoteKeptLocal) => {
            "generatie {theirs} ({theirs_ckpt}) van remote {name} overgenomen; generatie {ours} van deze kopie ({ours_ckpt}, kop {head}) bewaard als {side}"
        }
        (Lang::En, WarnKeptLocal) => {
            "kept this copy's generation {ours} ({ours_ckpt}); remote {name}'s generation {theirs} ({theirs_ckpt}, head {head}) kept as {side}"
        }
        (Lang::Nl, WarnKeptLocal) => {
            "generatie {ours} van deze kopie ({ours_ckpt}) behouden; generatie {theirs} van remote {name} ({theirs_ckpt}, kop {head}) bewaard als {side}"
        }
        (Lang::En, WarnPushFailed) => "remote {name} did not accept the pending saves ({why})",
        (Lang::Nl, WarnPushFailed) => "remote {name} nam de wachtende opslagen niet aan ({why})",
        (Lang::En, WarnSyslogFailed) => {
            "cannot forward {count} audit record(s) to syslog {target} ({why}); the chain in the vault is unaffected"
        }
        (Lang::Nl, WarnSyslogFailed) => {
            "kan {count} auditrecord(s) niet doorsturen naar syslog {target} ({why}); de auditketen in de kluis blijft intact"
        }
        (Lang::En, TuiHolderNeedsLabel) => {
            "a holder needs a name: type NAME@PLACE, e.g. Office safe@Kluis, kantoor Utrecht"
        }
        (Lang::Nl, TuiHolderNeedsLabel) => {
            "een houder heeft een naam nodig: typ NAAM@PLAATS, bv. Kantoorkluis@Kluis, kantoor Utrecht"
        }
        (Lang::En, ErrNotRegular) => "{path} is not a regular file: a vault is a plain file",
        (Lang::Nl, ErrNotRegular) => {
            "{path} is geen gewoon bestand: een kluis is een gewoon bestand"
        }
        (Lang::En, ErrTooLarge) => {
            "{path} is {size_mib} MiB, larger than any vault (limit 64 MiB): check the path"
        }
        (Lang::Nl, ErrTooLarge) => {
            "{path} is {size_mib} MiB, groter dan welke kluis ook (grens 64 MiB): controleer het pad"
        }
        (Lang::En, ErrSymlink) => {
            "{path} is a symbolic link: kluis does not write through links; remove the link, or name a new file"
        }
        (Lang::Nl, ErrSymlink) => {
            "{path} is een symbolische koppeling: kluis schrijft niet via koppelingen; verwijder de koppeling, of noem een nieuw bestand"
        }
        (Lang::En, ErrHardLinked) => {
            "{path} has other hard links: kluis does not write to a file that has other names; remove it"
        }
        (Lang::Nl, ErrHardLinked) => {
            "{path} heeft andere harde koppelingen: kluis schrijft niet naar een bestand dat nog andere namen heeft; verwijder het"
        }
        (Lang::En, ErrInputTooLarge) => {
            "{path} is {size} bytes, over the limit of {limit} bytes for this input: check the path"
        }
        (Lang::Nl, ErrInputTooLarge) => {
            "{path} is {size} bytes, boven de grens van {limit} bytes voor deze invoer: controleer het pad"
        }
        (Lang::En, ErrStreamTooLarge) => {
            "{path} is not a regular file and gave more than {limit} bytes, the limit for this input: check the path"
        }
        (Lang::Nl, ErrStreamTooLarge) => {
            "{path} is geen gewoon bestand en gaf meer dan {limit} bytes, de grens voor deze invoer: controleer het pad"
        }
        (Lang::En, ErrNamedPipe) => {
            "{path} is a named pipe (FIFO), which could keep kluis waiting forever: give a regular file, - for standard input, or a shell pipe such as <(command)"
        }
        (Lang::Nl, ErrNamedPipe) => {
            "{path} is een named pipe (FIFO), waarop kluis eindeloos zou kunnen wachten: geef een gewoon bestand, - voor standaardinvoer, of een shell-pijp zoals <(opdracht)"
        }
        (Lang::En, ErrExists) => {
            "{path} already exists: refusing to overwrite it; choose another path"
        }
        (Lang::Nl, ErrExists) => {
            "{path} bestaat al: kluis overschrijft het niet; kies een ander pad"
        }
        (Lang::En, ErrNoSuchFile) => "no such file {path}: check the path",
        (Lang::Nl, ErrNoSuchFile) => "bestand {path} bestaat niet: controleer het pad",
        (Lang::En, ErrIo) => "{what} {path}: {cause}",
        (Lang::Nl, ErrIo) => "{what} {path}: {cause}",
        (Lang::En, IoClearJournal) => "cannot clear the journal",
        (Lang::Nl, IoClearJournal) => "kan het journaal niet leegmaken",
        (Lang::En, IoTempBeside) => "cannot create a temporary file beside",
        (Lang::Nl, IoTempBeside) => "kan geen tijdelijk bestand maken naast",
        (Lang::En, IoCreateDir) => "cannot create directory",
        (Lang::Nl, IoCreateDir) => "kan de map niet maken",
        (Lang::En, IoCreate) => "cannot create",
        (Lang::Nl, IoCreate) => "kan niet maken:",
        (Lang::En, IoKeepBeside) => "cannot keep this copy beside the vault",
        (Lang::Nl, IoKeepBeside) => "kan deze kopie niet naast de kluis bewaren",
        (Lang::En, IoLock) => "cannot lock",
        (Lang::Nl, IoLock) => "kan niet vergrendelen:",
        (Lang::En, IoMoveJournal) => "cannot move the damaged journal aside",
        (Lang::Nl, IoMoveJournal) => "kan het beschadigde journaal niet opzijzetten",
        (Lang::En, IoOpen) => "cannot open",
        (Lang::Nl, IoOpen) => "kan niet openen:",
        (Lang::En, IoParseState) => "cannot parse the rollback state file",
        (Lang::Nl, IoParseState) => "kan het bestand met de terugzetstatus niet lezen",
        (Lang::En, IoRead) => "cannot read",
        (Lang::Nl, IoRead) => "kan niet lezen:",
        (Lang::En, IoResetState) => "cannot reset the rollback state",
        (Lang::Nl, IoResetState) => "kan de terugzetstatus niet herstellen",
        (Lang::En, IoPermissions) => "cannot set permissions on",
        (Lang::Nl, IoPermissions) => "kan de rechten niet instellen van",
        (Lang::En, IoWriteJournal) => "cannot write the journal",
        (Lang::Nl, IoWriteJournal) => "kan het journaal niet schrijven",
        (Lang::En, IoWriteLock) => "cannot write the lock file",
        (Lang::Nl, IoWriteLock) => "kan het vergrendelbestand niet schrijven",
        (Lang::En, IoWriteVault) => "cannot write the vault; it was not changed:",
        (Lang::Nl, IoWriteVault) => "kan de kluis niet schrijven; ze is niet gewijzigd:",
        (Lang::En, IoFlush) => {
            "the vault was written but its directory could not be flushed; check the disk, then verify the audit chain:"
        }
        (Lang::Nl, IoFlush) => {
            "de kluis is geschreven, maar de map kon niet worden weggeschreven; controleer de schijf en controleer daarna de auditketen:"
        }
        (Lang::En, IoNotFound) => "not found",
        (Lang::Nl, IoNotFound) => "bestaat niet",
        (Lang::En, IoPermissionDenied) => "permission denied",
        (Lang::Nl, IoPermissionDenied) => "geen toestemming",
        (Lang::En, IoAlreadyExists) => "already exists",
        (Lang::Nl, IoAlreadyExists) => "bestaat al",
        (Lang::En, IoStorageFull) => "no space left on the disk",
        (Lang::Nl, IoStorageFull) => "de schijf is vol",
        (Lang::En, IoReadOnly) => "read-only file system",
        (Lang::Nl, IoReadOnly) => "alleen-lezen bestandssysteem",
        (Lang::En, ErrCheckpointOtherVault) => {
            "this checkpoint is of another vault ({checkpoint}), not of this one ({vault}): check it against the vault it was printed for"
        }
        (Lang::Nl, ErrCheckpointOtherVault) => {
            "dit controlepunt hoort bij een andere kluis ({checkpoint}), niet bij deze ({vault}): controleer het met de kluis waarvoor het is afgedrukt"
        }
        (Lang::En, ErrCheckpointTruncated) => {
            "the audit chain ends at record {len} but the checkpoint names record {seq}: records were removed or an older copy of the vault was put back"
        }
        (Lang::Nl, ErrCheckpointTruncated) => {
            "de auditketen eindigt bij record {len}, maar het controlepunt noemt record {seq}: er zijn records verwijderd of er is een oudere kopie van de kluis teruggezet"
        }
        (Lang::En, ErrCheckpointDiverged) => {
            "record {seq} does not match the checkpoint: the history was rewritten or an older copy of the vault was put back"
        }
        (Lang::Nl, ErrCheckpointDiverged) => {
            "record {seq} klopt niet met het controlepunt: de geschiedenis is herschreven of er is een oudere kopie van de kluis teruggezet"
        }
        (Lang::En, ErrCheckpointTooLong) => {
            "the checkpoint text is {len} bytes, far longer than a checkpoint: copy only the line that starts with KC1 ({shape})"
        }
        (Lang::Nl, ErrCheckpointTooLong) => {
            "de tekst van het controlepunt is {len} bytes, veel langer dan een controlepunt: kopieer alleen de regel die met KC1 begint ({shape})"
        }
        (Lang::En, ErrCheckpointVersion) => {
            "checkpoint version {version} is not known to this kluis: check it with a newer kluis, or check for a typo ({shape})"
        }
        (Lang::Nl, ErrCheckpointVersion) => {
            "versie {version} van het controlepunt kent deze kluis niet: controleer het met een nieuwere kluis, of kijk of er een tikfout in zit ({shape})"
        }
        (Lang::En, ErrCheckpointShape) => {
            "this is not a checkpoint ({why}): expected {shape}, as printed"
        }
        (Lang::Nl, ErrCheckpointShape) => {
            "dit is geen controlepunt ({why}): verwacht {shape}, zoals afgedrukt"
        }
        (Lang::En, ErrAgeRecipientChecksum) => {
            "the recipient {recipient} does not pass its checksum (a typing error?): copy it again from the holder's age-keygen output"
        }
        (Lang::Nl, ErrAgeRecipientChecksum) => {
            "de ontvanger {recipient} klopt niet met zijn controlesom (een tikfout?): kopieer hem opnieuw uit de uitvoer van age-keygen van de houder"
        }
        (Lang::En, ErrAgeRecipientUnknown) => {
            "{recipient} is not a recipient kluis can encrypt to: give an age recipient (age1…), an ssh-ed25519 or ssh-rsa public key, or an age plugin recipient (age1NAME1…)"
        }
        (Lang::Nl, ErrAgeRecipientUnknown) => {
            "{recipient} is geen ontvanger waarvoor kluis kan versleutelen: geef een age-ontvanger (age1…), een publieke ssh-ed25519- of ssh-rsa-sleutel, of een ontvanger van een age-plugin (age1NAAM1…)"
        }
        (Lang::En, ErrAgeRecipientSsh) => {
            "the SSH public key is not usable as a recipient ({why}): use ssh-ed25519 or ssh-rsa"
        }
        (Lang::Nl, ErrAgeRecipientSsh) => {
            "de publieke SSH-sleutel is niet bruikbaar als ontvanger ({why}): gebruik ssh-ed25519 of ssh-rsa"
        }
        (Lang::En, ErrAgeMissingPlugin) => {
            "the age plugin {binary} is not installed (not found on PATH): install it on this machine, or use another key"
        }
        (Lang::Nl, ErrAgeMissingPlugin) => {
            "de age-plugin {binary} is niet geïnstalleerd (niet gevonden op PATH): installeer hem op deze machine, of gebruik een andere sleutel"
        }
        (Lang::En, ErrAgePlugin) => "the age plugin failed: {why}",
        (Lang::Nl, ErrAgePlugin) => "de age-plugin is mislukt: {why}",
        (Lang::En, ErrAgeIdentityUnreadable) => {
            "it is not an age identity file or SSH private key ({why}): give the file age-keygen wrote, or your SSH private key"
        }
        (Lang::Nl, ErrAgeIdentityUnreadable) => {
            "het is geen age-identiteitsbestand of private SSH-sleutel ({why}): geef het bestand dat age-keygen schreef, of uw private SSH-sleutel"
        }
        (Lang::En, ErrAgeIdentityUnsupported) => {
            "it holds an SSH key age cannot decrypt with: use an ssh-ed25519 or ssh-rsa key"
        }
        (Lang::Nl, ErrAgeIdentityUnsupported) => {
            "het bevat een SSH-sleutel waarmee age niet kan ontsleutelen: gebruik een ssh-ed25519- of ssh-rsa-sleutel"
        }
        (Lang::En, ErrAgeIdentityPassphrase) => {
            "the passphrase of the identity file is wrong: nothing was opened"
        }
        (Lang::Nl, ErrAgeIdentityPassphrase) => {
            "de wachtwoordzin van het identiteitsbestand is onjuist: er is niets geopend"
        }
        (Lang::En, ErrAgeIdentityNoPrompt) => {
            "the identity file is protected by a passphrase and there is no terminal to ask for it: run kluis in a terminal"
        }
        (Lang::Nl, ErrAgeIdentityNoPrompt) => {
            "het identiteitsbestand is met een wachtwoordzin beveiligd en er is geen terminal om ernaar te vragen: start kluis in een terminal"
        }
        (Lang::En, ErrAgeNotAge) => "it is not an age-encrypted file",
        (Lang::Nl, ErrAgeNotAge) => "het is geen met age versleuteld bestand",
        (Lang::En, ErrAgeDamaged) => {
            "it is a damaged age file (its header or armor does not parse): ask the holder for the file again"
        }
        (Lang::Nl, ErrAgeDamaged) => {
            "het is een beschadigd age-bestand (de kop of de omhulling is niet te lezen): vraag de houder opnieuw om het bestand"
        }
        (Lang::En, ErrAgeTampered) => {
            "it is truncated or was changed after it was encrypted: ask the holder for the file again"
        }
        (Lang::Nl, ErrAgeTampered) => {
            "het is afgekapt of na het versleutelen gewijzigd: vraag de houder opnieuw om het bestand"
        }
        (Lang::En, ErrAgePassphraseFile) => {
            "it is encrypted with a passphrase, not to a key: kluis reads share files encrypted to the holder's recipient"
        }
        (Lang::Nl, ErrAgePassphraseFile) => {
            "het is versleuteld met een wachtwoordzin, niet voor een sleutel: kluis leest deelbestanden die voor de ontvanger van de houder zijn versleuteld"
        }
        (Lang::En, ErrAgeNotShareText) => {
            "it decrypts to something that is not a share's text form"
        }
        (Lang::Nl, ErrAgeNotShareText) => "het ontsleutelt tot iets wat geen deel in tekstvorm is",
        (Lang::En, TuiCmdNotStarted) => {
            "cannot start the command {program}: {why}; recorded as released-to-exec-failed, nothing was left behind"
        }
        (Lang::Nl, TuiCmdNotStarted) => {
            "kan de opdracht {program} niet starten: {why}; vastgelegd als released-to-exec-failed, er is niets achtergebleven"
        }
        (Lang::En, TuiCmdExited) => "{program} exited with status {code}",
        (Lang::Nl, TuiCmdExited) => "{program} is gestopt met status {code}",
        (Lang::En, TuiCmdKilled) => "{program} was killed by signal {sig}",
        (Lang::Nl, TuiCmdKilled) => "{program} is gestopt door signaal {sig}",
        (Lang::En, TuiCmdNeverStarted) => "{program} could not be started",
        (Lang::Nl, TuiCmdNeverStarted) => "{program} kon niet worden gestart",
        (Lang::En, TuiVaultLocked) => "the vault is locked",
        (Lang::Nl, TuiVaultLocked) => "de kluis is vergrendeld",
        (Lang::En, ErrKdfMemory) => {
            "the vault asks for {asked_mib} MiB of memory for its key derivation; the limit here is {allowed_mib} MiB: refusing before any work (is this file really your vault?)"
        }
        (Lang::Nl, ErrKdfMemory) => {
            "de kluis vraagt {asked_mib} MiB geheugen voor de sleutelafleiding; de grens hier is {allowed_mib} MiB: geweigerd voordat er iets is gedaan (is dit bestand echt uw kluis?)"
        }
        (Lang::En, ErrKdfPasses) => {
            "the vault asks for {asked} Argon2id passes; at most {allowed} are allowed: refusing before any work"
        }
        (Lang::Nl, ErrKdfPasses) => {
            "de kluis vraagt {asked} Argon2id-rondes; hoogstens {allowed} zijn toegestaan: geweigerd voordat er iets is gedaan"
        }
        (Lang::En, ErrKdfLanes) => {
            "the vault asks for {asked} Argon2id lanes; at most {allowed} are allowed: refusing before any work"
        }
        (Lang::Nl, ErrKdfLanes) => {
            "de kluis vraagt {asked} Argon2id-banen; hoogstens {allowed} zijn toegestaan: geweigerd voordat er iets is gedaan"
        }
        (Lang::En, ErrKdfInvalid) => {
            "key derivation {asked} is invalid: Argon2id needs t >= 1, p >= 1 and at least 8 KiB of memory per lane"
        }
        (Lang::Nl, ErrKdfInvalid) => {
            "sleutelafleiding {asked} is ongeldig: Argon2id heeft t >= 1, p >= 1 en minstens 8 KiB geheugen per baan nodig"
        }
        (Lang::En, ErrRemoteName) => "invalid remote name {name}: {why}",
        (Lang::Nl, ErrRemoteName) => "ongeldige naam voor een remote {name}: {why}",
        (Lang::En, ErrRemoteNotRepo) => {
            "{url} is not a git repository kluis can reach ({why}): make one with `git init --bare` or check the URL"
        }
        (Lang::Nl, ErrRemoteNotRepo) => {
            "{url} is geen git-repository die kluis kan bereiken ({why}): maak er een met `git init --bare` of controleer de URL"
        }
        (Lang::En, ErrRemoteTampered) => {
            "remote {name} was changed outside kluis: {why}; nothing was changed here. Ask the server's administrator what happened"
        }
        (Lang::Nl, ErrRemoteTampered) => {
            "remote {name} is buiten kluis om gewijzigd: {why}; hier is niets veranderd. Vraag de beheerder van de server wat er is gebeurd"
        }
        (Lang::En, ErrRemoteRekeyed) => {
            "the copy from remote {name} is now in place, but it was saved under another key there (shares rotated or the passphrase taken over): open it again with its passphrase or shares"
        }
        (Lang::Nl, ErrRemoteRekeyed) => {
            "de kopie van remote {name} staat nu op zijn plaats, maar is daar onder een andere sleutel opgeslagen (delen vervangen of de wachtwoordzin overgenomen): open haar opnieuw met haar wachtwoordzin of delen"
        }
        (Lang::En, ErrHeaderEmpty) => {
            "the vault file is empty: it is damaged; restore it from a backup copy"
        }
        (Lang::Nl, ErrHeaderEmpty) => {
            "het kluisbestand is leeg: het is beschadigd; zet een reservekopie terug"
        }
        (Lang::En, ErrHeaderMagic) => {
            "this file is not a kluis vault (wrong magic bytes): check the path"
        }
        (Lang::Nl, ErrHeaderMagic) => {
            "dit bestand is geen kluis (verkeerde beginbytes): controleer het pad"
        }
        (Lang::En, ErrHeaderTruncated) => {
            "the vault file is truncated: it is damaged; restore it from a backup copy"
        }
        (Lang::Nl, ErrHeaderTruncated) => {
            "het kluisbestand is afgekapt: het is beschadigd; zet een reservekopie terug"
        }
        (Lang::En, ErrHeaderVersionZero) => {
            "the vault file has format version 0, which does not exist: it is damaged"
        }
        (Lang::Nl, ErrHeaderVersionZero) => {
            "het kluisbestand heeft formaatversie 0, die niet bestaat: het is beschadigd"
        }
        (Lang::En, ErrHeaderFuture) => {
            "the vault has format version {version}, newer than this kluis reads ({ours}): upgrade kluis"
        }
        (Lang::Nl, ErrHeaderFuture) => {
            "de kluis heeft formaatversie {version}, nieuwer dan deze kluis leest ({ours}): werk kluis bij"
        }
        (Lang::En, ErrHeaderChecksum) => {
            "the vault file is damaged (checksum mismatch): restore it from a backup copy"
        }
        (Lang::Nl, ErrHeaderChecksum) => {
            "het kluisbestand is beschadigd (controlesom klopt niet): zet een reservekopie terug"
        }
        (Lang::En, ErrHeaderFlags) => "the vault header has unknown flags {flags}: it is damaged",
        (Lang::Nl, ErrHeaderFlags) => {
            "de kop van de kluis heeft onbekende vlaggen {flags}: ze is beschadigd"
        }
        (Lang::En, ErrHeaderField) => "the vault header is malformed ({why}): it is damaged",
        (Lang::Nl, ErrHeaderField) => "de kop van de kluis is ongeldig ({why}): ze is beschadigd",
        (Lang::En, ErrHeaderBodyLength) => {
            "the vault header declares a body of {declared} bytes but the file holds {available}: it is damaged"
        }
        (Lang::Nl, ErrHeaderBodyLength) => {
            "de kop van de kluis noemt een inhoud van {declared} bytes, maar het bestand bevat er {available}: het is beschadigd"
        }
        (Lang::En, ErrBodyVersion) => {
            "the vault body has version {version}, which this kluis does not read: upgrade kluis"
        }
        (Lang::Nl, ErrBodyVersion) => {
            "de inhoud van de kluis heeft versie {version}, die deze kluis niet leest: werk kluis bij"
        }
        (Lang::En, ErrBodyMalformed) => "the vault body is malformed: it is damaged",
        (Lang::Nl, ErrBodyMalformed) => "de inhoud van de kluis is ongeldig: ze is beschadigd",
        (Lang::En, ErrBodyNonCanonical) => {
            "the vault body is not in canonical form: it is damaged or was forged"
        }
        (Lang::Nl, ErrBodyNonCanonical) => {
            "de inhoud van de kluis staat niet in de vaste vorm: ze is beschadigd of vervalst"
        }
        (Lang::En, ErrBodyInvariant) => {
            "the vault body breaks its own rules ({why}): it is damaged or was forged"
        }
        (Lang::Nl, ErrBodyInvariant) => {
            "de inhoud van de kluis breekt haar eigen regels ({why}): ze is beschadigd of vervalst"
        }
        (Lang::En, ErrChain) => "audit record {seq} is broken ({why}): the audit chain was altered",
        (Lang::Nl, ErrChain) => "auditrecord {seq} is gebroken ({why}): de auditketen is gewijzigd",
        (Lang::En, ErrExportLine) => "line {line}: {why}",
        (Lang::Nl, ErrExportLine) => "regel {line}: {why}",
        (Lang::En, ErrExportMalformed) => {
            "this is not an audit record as kluis writes it ({why}): the line was damaged or added"
        }
        (Lang::Nl, ErrExportMalformed) => {
            "dit is geen auditrecord zoals kluis het schrijft ({why}): de regel is beschadigd of toegevoegd"
        }
        (Lang::En, ErrExportHash) => "record {seq} does not match its hash (a field was edited)",
        (Lang::Nl, ErrExportHash) => {
            "record {seq} klopt niet met zijn hash (er is een veld gewijzigd)"
        }
        (Lang::En, ErrExportOrder) => {
            "expected record {expected} but found record {found}: a line was deleted, swapped or duplicated"
        }
        (Lang::Nl, ErrExportOrder) => {
            "record {expected} verwacht maar record {found} gevonden: er is een regel verwijderd, verwisseld of verdubbeld"
        }
        (Lang::En, ErrExportLink) => {
            "record {seq} does not follow the record before it: the chain was cut or spliced from another copy"
        }
        (Lang::Nl, ErrExportLink) => {
            "record {seq} sluit niet aan op het record ervoor: de keten is doorgeknipt of met een andere kopie aan elkaar gezet"
        }
        (Lang::En, ErrExportOtherVault) => {
            "this export is of vault {export}, but the checkpoint is of vault {checkpoint}: check the export against a checkpoint of its own vault"
        }
        (Lang::Nl, ErrExportOtherVault) => {
            "deze export is van kluis {export}, maar het controlepunt is van kluis {checkpoint}: controleer de export met een controlepunt van haar eigen kluis"
        }
        (Lang::En, ErrExportMixed) => {
            "record {seq} belongs to another vault than record 1: the export was assembled from two vaults"
        }
        (Lang::Nl, ErrExportMixed) => {
            "record {seq} hoort bij een andere kluis dan record 1: de export is uit twee kluizen samengesteld"
        }
        (Lang::En, ErrExportColumn) => {
            "the {column} column of record {seq} does not match the record's JSON (the visible field was edited)"
        }
        (Lang::Nl, ErrExportColumn) => {
            "de kolom {column} van record {seq} klopt niet met de JSON van het record (het zichtbare veld is gewijzigd)"
        }
        (Lang::En, ErrExportTruncated) => {
            "the export ends at record {last} but the checkpoint names record {seq}: records were removed from the end, or the export is older than the checkpoint"
        }
        (Lang::Nl, ErrExportTruncated) => {
            "de export eindigt bij record {last}, maar het controlepunt noemt record {seq}: er zijn records aan het eind verwijderd, of de export is ouder dan het controlepunt"
        }
        (Lang::En, ErrExportCheckpoint) => {
            "record {seq} does not match the checkpoint: the history was rewritten, or the checkpoint is of another copy of the vault"
        }
        (Lang::Nl, ErrExportCheckpoint) => {
            "record {seq} klopt niet met het controlepunt: de geschiedenis is herschreven, of het controlepunt is van een andere kopie van de kluis"
        }
        (Lang::En, ErrExportEmpty) => {
            "the export holds no audit records: check that the whole file was copied"
        }
        (Lang::Nl, ErrExportEmpty) => {
            "de export bevat geen auditrecords: controleer of het hele bestand is gekopieerd"
        }
        (Lang::En, ErrExportTooLarge) => {
            "more than {limit} bytes: this is not an audit export kluis wrote"
        }
        (Lang::Nl, ErrExportTooLarge) => {
            "meer dan {limit} bytes: dit is geen auditexport die kluis schreef"
        }
        (Lang::En, ErrExportUnmarked) => {
            "the export starts at record {seq}, but none of its records says the records before were archived: records were removed from the start"
        }
        (Lang::Nl, ErrExportUnmarked) => {
            "de export begint bij record {seq}, maar geen van haar records zegt dat de records ervoor zijn gearchiveerd: er zijn records aan het begin verwijderd"
        }
        (Lang::En, ErrExportBeforeStart) => {
            "the checkpoint names record {seq}, but this export starts at record {first}: check the archive that holds record {seq}"
        }
        (Lang::Nl, ErrExportBeforeStart) => {
            "het controlepunt noemt record {seq}, maar deze export begint bij record {first}: controleer het archief dat record {seq} bevat"
        }
        (Lang::En, ErrExecNoCommand) => {
            "--to exec needs a command after --, e.g. `--to exec -- age -d -i {} -o out.tar backup.tar.age`; nothing was released"
        }
        (Lang::Nl, ErrExecNoCommand) => {
            "--to exec vraagt een commando na --, bijvoorbeeld `--to exec -- age -d -i {} -o out.tar backup.tar.age`; er is niets vrijgegeven"
        }
        (Lang::En, TuiErrExecNoCommand) => {
            "type a restore command, e.g. age -d -i {} -o out.tar backup.tar.age; nothing was released"
        }
        (Lang::Nl, TuiErrExecNoCommand) => {
            "typ een herstelcommando, bv. age -d -i {} -o out.tar backup.tar.age; er is niets vrijgegeven"
        }
        (Lang::En, ErrExecEmptyProgram) => {
            "the command after -- is empty: name a program; nothing was released"
        }
        (Lang::Nl, ErrExecEmptyProgram) => {
            "het commando na -- is leeg: noem een programma; er is niets vrijgegeven"
        }
        (Lang::En, TuiErrExecEmptyProgram) => {
            "the command is empty: name a program; nothing was released"
        }
        (Lang::Nl, TuiErrExecEmptyProgram) => {
            "het commando is leeg: noem een programma; er is niets vrijgegeven"
        }
        (Lang::En, ErrExecPlaceholders) => {
            "{} appears {count} times in the command: give it once (the value's path) or not at all (the value on standard input); nothing was released"
        }
        (Lang::Nl, ErrExecPlaceholders) => {
            "{} staat {count} keer in het commando: geef het één keer (het pad van de waarde) of niet (de waarde op de standaardinvoer); er is niets vrijgegeven"
        }
        (Lang::En, ErrLookAlikePerson) => {
            "{new} looks like {existing}, already in the roster: two names that look alike could pass for each other in the audit trail; choose a clearly different name"
        }
        (Lang::Nl, ErrLookAlikePerson) => {
            "{new} lijkt op {existing}, dat al in de lijst van personen staat: twee namen die op elkaar lijken kunnen in het auditlog voor elkaar doorgaan; kies een duidelijk andere naam"
        }
        (Lang::En, ErrLookAlikeSecret) => {
            "{new} looks like {existing}, already a secret: two names that look alike could pass for each other in the audit trail; choose a clearly different name"
        }
        (Lang::Nl, ErrLookAlikeSecret) => {
            "{new} lijkt op {existing}, al de naam van een geheim: twee namen die op elkaar lijken kunnen in het auditlog voor elkaar doorgaan; kies een duidelijk andere naam"
        }
        (Lang::En, ErrKeyNotAge) => {
            "the value file starts like an age identity (AGE-SECRET-KEY-1…) but line {line} is not one: give the whole file age-keygen wrote; nothing was stored"
        }
        (Lang::Nl, ErrKeyNotAge) => {
            "het waardebestand begint als een age-identiteit (AGE-SECRET-KEY-1…), maar regel {line} is er geen: geef het hele bestand dat age-keygen schreef; er is niets opgeslagen"
        }
        (Lang::En, ErrKeyNotPem) => {
            "the value file starts like a PEM key (-----BEGIN {label}-----) but is not one ({why}): give the whole key file; nothing was stored"
        }
        (Lang::Nl, ErrKeyNotPem) => {
            "het waardebestand begint als een PEM-sleutel («-----BEGIN {label}-----»), maar is er geen («{why}»): geef het hele sleutelbestand; er is niets opgeslagen"
        }
        (Lang::En, ErrKeyNotOpenPgp) => {
            "the value file starts like an OpenPGP secret key but is not one ({why}): export it again with `gpg --export-secret-keys`; nothing was stored"
        }
        (Lang::Nl, ErrKeyNotOpenPgp) => {
            "het waardebestand begint als een geheime OpenPGP-sleutel, maar is er geen («{why}»): exporteer hem opnieuw met `gpg --export-secret-keys`; er is niets opgeslagen"
        }
        (Lang::En, ErrKeyNotSsh) => {
            "the value file starts like an OpenSSH private key but is not one ({why}): give the whole key file ssh-keygen wrote; nothing was stored"
        }
        (Lang::Nl, ErrKeyNotSsh) => {
            "het waardebestand begint als een private OpenSSH-sleutel, maar is er geen («{why}»): geef het hele sleutelbestand dat ssh-keygen schreef; er is niets opgeslagen"
        }
        (Lang::En, ErrKeyPublicOnly) => {
            "the value file holds {what}, which is public: store the private key (kluis secret show gives its public half); nothing was stored"
        }
        (Lang::Nl, ErrKeyPublicOnly) => {
            "het waardebestand bevat {what}, en die is openbaar: bewaar de privésleutel (kluis toont zelf de openbare helft); er is niets opgeslagen"
        }
        (Lang::En, ErrHolderRecipient) => "the recipient of holder {holder}: {why}",
        (Lang::Nl, ErrHolderRecipient) => "de ontvanger van houder {holder}: {why}",
        (Lang::En, ErrEncryptShare) => "share {index} ({label}): {why}; nothing was printed",
        (Lang::Nl, ErrEncryptShare) => "deel {index} ({label}): {why}; er is niets afgedrukt",
        (Lang::En, ErrKitNotDir) => {
            "{path} exists and is not a directory: give a new or empty directory for the kit"
        }
        (Lang::Nl, ErrKitNotDir) => {
            "{path} bestaat al en is geen map: geef een nieuwe of lege map voor het noodpakket"
        }
        (Lang::En, ErrKitNotEmpty) => {
            "{path} is not empty: give a new or empty directory for the kit (nothing was written)"
        }
        (Lang::Nl, ErrKitNotEmpty) => {
            "{path} is niet leeg: geef een nieuwe of lege map voor het noodpakket (er is niets geschreven)"
        }
        (Lang::En, ErrGitMissing) => {
            "git is not installed or not on PATH: kluis uses the system git to reach remotes"
        }
        (Lang::Nl, ErrGitMissing) => {
            "git is niet geïnstalleerd of niet te vinden op PATH: kluis gebruikt de git van de computer om remotes te bereiken"
        }
        (Lang::En, TuiErrKeyPublicOnly) => {
            "the value file holds {what}, which is public: store the private key (kluis shows its public half itself); nothing was stored"
        }
        (Lang::Nl, TuiErrKeyPublicOnly) => {
            "het waardebestand bevat {what}, en die is openbaar: bewaar de privésleutel (kluis toont zelf de openbare helft); er is niets opgeslagen"
        }
        (Lang::En, ClaimTimes) => "{count} times, ",
        (Lang::Nl, ClaimTimes) => "{count} keer, ",
        (Lang::En, ClaimAt) => "claimed {when}",
        (Lang::Nl, ClaimAt) => "volgens de melding op {when}",
        (Lang::En, ClaimBetween) => "claimed between {first} and {last}",
        (Lang::Nl, ClaimBetween) => "volgens de melding tussen {first} en {last}",
        (Lang::En, TuiClonedAt) => "{done} (generation {generation}, {checkpoint})",
        (Lang::Nl, TuiClonedAt) => "{done} (generatie {generation}, {checkpoint})",
        (Lang::En, ErrSyslogTarget) => {
            "{target} is not a syslog target: give unix, udp://HOST:PORT or tcp://HOST:PORT"
        }
        (Lang::Nl, ErrSyslogTarget) => {
            "{target} is geen syslog-bestemming: geef unix, udp://HOST:POORT of tcp://HOST:POORT"
        }
    }
}

/// Words docs/GLOSSARY.md chose against, as whole Dutch words (or
/// the start of one): none may come back into a Dutch text. The tests
/// check the catalogue, the handbook's Dutch half and the recovery kit.
pub const REJECTED_NL: &[&str] = &[
    "ontzegel",
    "goedkeurder",
    "gedelegeerde",
    "rooster",
    "deelset",
    "oefen",
    "rotatie",
    "blad",
    "bladen",
    "elke 2 samen",
];

/// The rejected words in `text` (lower case, word starts only).
pub fn rejected_in(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    REJECTED_NL
        .iter()
        .copied()
        .filter(|w| {
            lower.match_indices(w).any(|(i, _)| {
                let starts = lower[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphabetic());
                // "blad" is rejected as a word of its own, not inside
                // "bladzijde".
                let ends = *w != "blad"
                    || lower[i + w.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphabetic());
                starts && ends
            })
        })
        .collect()
}

/// English words that have no place in a Dutch line, for the tests that
/// scan Dutch output (the TUI's unit tests and tests/it/dutch.rs). Words
/// that are Dutch too ("is", "of", "set", "records", "PO") are not listed.
#[cfg(any(test, feature = "test-util"))]
pub mod english {
    /// The words, lower case.
    pub const WORDS: &[&str] = &[
        "the",
        "with",
        "and",
        "from",
        "to",
        "never",
        "yes",
        "no",
        "error",
        "warning",
        "secret",
        "secrets",
        "share",
        "shares",
        "sheet",
        "sheets",
        "vault",
        "passphrase",
        "printed",
        "verified",
        "drilled",
        "overdue",
        "created",
        "written",
        "stored",
        "removed",
        "roster",
        "approver",
        "delegate",
        "emergency",
        "released",
        "chain",
        "valid",
        "active",
        "pending",
        "made",
        "next",
        "days",
        "language",
        "idle",
        "lock",
        "off",
        "environment",
        "wrong",
        "try",
        "again",
        "threshold",
        "choose",
        "must",
        "between",
        "got",
        "named",
        "see",
        "recovery",
        "kit",
        "checkpoint",
        "report",
        "custody",
        "user",
        "file",
        "generated",
        "key",
        "note",
        "credential",
        "not",
        "allowed",
        "only",
        "can",
        "weak",
        "derivation",
        "when",
        "it",
        "was",
        "every",
        "will",
        "say",
        "so",
        "reason",
        "required",
        "failed",
        "unlock",
        "attempt",
        "since",
        "last",
        "refused",
        "sessions",
        "give",
        "category",
    ];
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    /// Every key has a text in both languages (the exhaustive `match`
    /// makes a missing arm a compile error; this catches an empty one) and
    /// both use the same placeholders.
    #[test]
    fn every_key_has_both_languages_with_the_same_placeholders() {
        let mut bad = Vec::new();
        for msg in Msg::iter() {
            let (nl, en) = (t(Lang::Nl, msg), t(Lang::En, msg));
            if nl.trim().is_empty() || en.trim().is_empty() {
                bad.push(format!("{msg:?}: an empty text"));
            }
            if placeholders(nl) != placeholders(en) {
                bad.push(format!(
                    "{msg:?}: placeholders differ: nl {:?}, en {:?}",
                    placeholders(nl),
                    placeholders(en)
                ));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn the_glossary_rejects_are_found_and_plain_words_pass() {
        assert_eq!(rejected_in("Ontzegel opnieuw"), vec!["ontzegel"]);
        assert_eq!(rejected_in("de deelsets"), vec!["deelset"]);
        assert_eq!(rejected_in("op het blad."), vec!["blad"]);
        assert!(rejected_in("zie bladzijde 3; de fiatteur; het vel").is_empty());
    }

    /// Every Dutch text uses the glossary's words (docs/GLOSSARY.md).
    #[test]
    fn dutch_texts_keep_to_the_glossary() {
        let bad: Vec<String> = Msg::iter()
            .filter_map(|m| {
                let found = rejected_in(t(Lang::Nl, m));
                (!found.is_empty()).then(|| format!("{m:?}: {found:?}"))
            })
            .collect();
        assert!(
            bad.is_empty(),
            "words the glossary rejects:\n{}",
            bad.join("\n")
        );
    }

    #[test]
    fn fill_puts_values_in_by_name_and_keeps_unknown_ones() {
        assert_eq!(
            fill("{b} na {a}", &[("a", &1), ("b", &"twee")]),
            "twee na 1"
        );
        assert_eq!(fill("{x} {} {", &[]), "{x} {} {");
    }

    #[test]
    fn placeholders_are_listed_sorted() {
        assert_eq!(placeholders("{b} {a} {} {a}"), vec!["", "a", "b"]);
    }
}
