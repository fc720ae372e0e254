//! Dutch and English strings of the faces, in one place.
//!
//! Core error messages are English (they are also what the logs and tests
//! see); the faces translate their own labels and the words around errors.

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
        (Lang::Nl, SheetsWritten) => "bladen geschreven",
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
        (Lang::En, TuiActing) => "acting",
        (Lang::Nl, TuiActing) => "handelt",
        (Lang::En, TuiApprover) => "approver",
        (Lang::Nl, TuiApprover) => "goedkeurder",
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
            "Genoeg delen: ze openen de kluis. Kies de handelende gemachtigde (uit de lijst) met ←/→ of de eerste letter en druk Enter. Esc stopt; de poging wordt dan vastgelegd en de deelset moet vervangen worden."
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
        (Lang::Nl, TuiDemoPin) => "pincode goedkeurder",
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
            "De waarde is weer verborgen en uit het geheugen gewist. Ontzegel opnieuw om haar te zien (vastgelegd)."
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
        (Lang::Nl, TuiKeyUnseal) => "ontzegelen",
        (Lang::En, TuiKeyVerify) => "verify a sheet",
        (Lang::Nl, TuiKeyVerify) => "blad controleren",
        (Lang::En, TuiKind) => "kind",
        (Lang::Nl, TuiKind) => "soort",
        (Lang::En, TuiLastDrill) => "last drill",
        (Lang::Nl, TuiLastDrill) => "laatste oefening",
        (Lang::En, TuiLine) => "line",
        (Lang::Nl, TuiLine) => "regel",
        (Lang::En, TuiLockedIdle) => "locked after inactivity: unlock again",
        (Lang::Nl, TuiLockedIdle) => "vergrendeld na inactiviteit: ontgrendel opnieuw",
        (Lang::En, TuiNeedApprover) => {
            "an approver is required: the roster has no approver other than you; nothing was released"
        }
        (Lang::Nl, TuiNeedApprover) => {
            "een goedkeurder is nodig: de lijst heeft geen goedkeurder behalve u; er is niets vrijgegeven"
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
        (Lang::Nl, TuiNoApprovers) => "(geen goedkeurder in de lijst)",
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
            "Voer de papieren delen een voor een in: typ de zes regels van een blad, of het pad van een deel-txt-bestand of van een PNG/JPEG-foto van de QR-code; een met age versleuteld deel als PAD --identity SLEUTELBESTAND. Elk deel wordt tegen de kluis gecontroleerd."
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
        (Lang::Nl, TuiShares) => "deelsets",
        (Lang::En, TuiTooSmall) => "the terminal is too small for kluis: enlarge the window",
        (Lang::Nl, TuiTooSmall) => "het terminalvenster is te klein voor kluis: maak het groter",
        (Lang::En, TuiTotpExpired) => "the TOTP code has expired: unseal again for a new one",
        (Lang::Nl, TuiTotpExpired) => "de TOTP-code is verlopen: ontzegel opnieuw voor een nieuwe",
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
            "Tab wisselt van veld, ←/→ kiest; de goedkeurder typt de pincode; Enter op de pincode ontzegelt (vastgelegd)."
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
            "Typ de zes regels van het blad (Enter na elke regel), of het pad van een deel-txt-bestand of een PNG/JPEG van de QR-code. Er wordt niets onthuld; de oefening wordt vastgelegd."
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
            "gestopt: de poging is vastgelegd en de deelset moet vervangen worden"
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
        (Lang::Nl, TuiPrinted) => "bladen naar de printer gestuurd",
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
            "Goedkeurders kiezen een pincode van minstens 6 tekens, twee keer getypt; anderen mogen die leeg laten."
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
        (Lang::Nl, TuiDrillDays) => "oefeninterval (dagen)",
        (Lang::En, TuiLanguage) => "language",
        (Lang::Nl, TuiLanguage) => "taal",
        (Lang::En, TuiLanguageEnv) => "from the environment",
        (Lang::Nl, TuiLanguageEnv) => "uit de omgeving",
        (Lang::En, TuiPendingSet) => "the pending (new) share set",
        (Lang::Nl, TuiPendingSet) => "de nieuwe share-set (in afwachting)",
        (Lang::En, TuiActiveSet) => "the active share set",
        (Lang::Nl, TuiActiveSet) => "de actieve share-set",
        (Lang::En, TuiPrintHowTo) => {
            "The sheets are written as PDF files into the directory (made if missing); the print is recorded."
        }
        (Lang::Nl, TuiPrintHowTo) => {
            "De bladen worden als PDF in de map geschreven (die zo nodig wordt gemaakt); het afdrukken wordt vastgelegd."
        }
        (Lang::En, TuiDirectory) => "directory",
        (Lang::Nl, TuiDirectory) => "map",
        (Lang::En, TuiSendToPrinter) => "also send to printer (lp)",
        (Lang::Nl, TuiSendToPrinter) => "ook naar de printer (lp)",
        (Lang::En, TuiRotateHowTo) => {
            "A new set with a new recovery key: threshold k, and the holders as NAME@PLACE separated by semicolons (a place may hold commas). It replaces the active set only after every sheet is printed and verified (m)."
        }
        (Lang::Nl, TuiRotateHowTo) => {
            "Een nieuwe set met een nieuwe herstelsleutel: drempel k, en de houders als NAAM@PLAATS gescheiden door puntkomma's (een plaats mag komma's bevatten). Die vervangt de actieve set pas als elk blad is afgedrukt en gecontroleerd (m)."
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
        (Lang::Nl, TuiTypeDirectory) => "typ een map voor de bladen",
        (Lang::En, TuiPendingMade) => {
            "pending share set made: print it (w), verify each sheet (v), then make it active (m)."
        }
        (Lang::Nl, TuiPendingMade) => {
            "nieuwe share-set gemaakt: druk hem af (w), controleer elk blad (v) en maak hem dan actief (m)."
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
            "de nieuwe share-set is nu actief; de oude bladen openen de kluis niet meer: haal ze op en vernietig ze"
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
        (Lang::Nl, TuiKeyWriteSheets) => "bladen afdrukken",
        (Lang::En, TuiKeyRotate) => "new share set",
        (Lang::Nl, TuiKeyRotate) => "nieuwe share-set",
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
        (Lang::Nl, TuiStepApprovers) => "goedkeurders",
        (Lang::En, TuiStepHolders) => "share holders",
        (Lang::Nl, TuiStepHolders) => "houders van de delen",
        (Lang::En, TuiStepCreating) => "creating the vault",
        (Lang::Nl, TuiStepCreating) => "de kluis aanmaken",
        (Lang::En, TuiStepPrint) => "print the sheets",
        (Lang::Nl, TuiStepPrint) => "de bladen afdrukken",
        (Lang::En, TuiStepVerify) => "verify the sheets",
        (Lang::Nl, TuiStepVerify) => "de bladen controleren",
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
            "Goedkeurders bevestigen elke ontzegeling met hun pincode. Enter na de tweede pincode voegt er een toe; Enter bij een lege naam gaat verder."
        }
        (Lang::En, TuiWizardHoldersHowTo) => {
            "One holder per Enter, as NAME@PLACE (e.g. Office safe@Kluis, kantoor Utrecht); Backspace on an empty holder takes the last one back; Enter on an empty holder goes on to the threshold k: any k sheets recover the vault."
        }
        (Lang::Nl, TuiWizardHoldersHowTo) => {
            "Eén houder per Enter, als NAAM@PLAATS (bv. Kantoorkluis@Kluis, kantoor Utrecht); Backspace bij een lege houder haalt de laatste terug; Enter bij een lege houder gaat naar de drempel k: elke k bladen openen de kluis."
        }
        (Lang::En, TuiWarnThresholdOne) => {
            "k = 1: any single sheet opens the vault (the safe alone would suffice); allow it below only if you mean it"
        }
        (Lang::Nl, TuiWarnThresholdOne) => {
            "k = 1: elk blad alleen opent de kluis (de kluis in de kast alleen zou volstaan); sta het hieronder alleen toe als u dat wilt"
        }
        (Lang::En, TuiWarnThresholdAll) => "k = n: losing any one sheet makes recovery impossible",
        (Lang::Nl, TuiWarnThresholdAll) => "k = n: raakt één blad kwijt, dan is herstel onmogelijk",
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
            "De bladen worden als PDF in deze map geschreven; druk ze af en geef elke houder het zijne."
        }
        (Lang::En, TuiWizardVerifyHowTo) => {
            "Type each printed sheet back (six lines, Enter after each), to prove the paper is readable."
        }
        (Lang::Nl, TuiWizardVerifyHowTo) => {
            "Typ elk afgedrukt blad terug (zes regels, Enter na elke), om te bewijzen dat het papier leesbaar is."
        }
        (Lang::En, TuiVerified) => "verified",
        (Lang::Nl, TuiVerified) => "gecontroleerd",
        (Lang::En, TuiWizardDone) => {
            "The vault is ready. Keep the sheets apart, in the places named on them. Enter opens the vault."
        }
        (Lang::Nl, TuiWizardDone) => {
            "De kluis is klaar. Bewaar de bladen apart, op de plaatsen die erop staan. Enter opent de kluis."
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
            "OVERNAME: zet een nieuwe wachtwoordzin voor de PO en vervangt de hoofdsleutel. Vraagt een reden en de pincode van een goedkeurder; wordt vastgelegd en de PO ziet het."
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
            "Het bewaringsrapport als PDF: rooster, delen en hun houders, vrijgaven, noodgevallen, vernieuwingen, mislukte ontgrendelingen. Het bestand mag nog niet bestaan."
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
            "Kopieert de kluis van de git-server van kantoor of een USB-stick naar deze computer, voor de laptop van een gedelegeerde of een nieuwe laptop. Typ het adres dat de PO u gaf (een pad, file://, ssh:// of https://)."
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
            "een houder heeft een plaats nodig: typ NAAM@PLAATS, bv. Kantoorkluis@Kluis, kantoor Utrecht (de plaats komt op het blad)"
        }
        (Lang::En, TuiAddHolder) => {
            "add at least one holder first: type NAME@PLACE and press Enter"
        }
        (Lang::Nl, TuiAddHolder) => {
            "voeg eerst minstens één houder toe: typ NAAM@PLAATS en druk Enter"
        }
        (Lang::En, TuiStepDelegate) => "delegate",
        (Lang::Nl, TuiStepDelegate) => "gedelegeerde",
        (Lang::En, TuiStepFirstSecret) => "first secret",
        (Lang::Nl, TuiStepFirstSecret) => "eerste geheim",
        (Lang::En, TuiWizardDelegateHowTo) => {
            "The delegate acts for the PO in an emergency, with k sheets and an approver. Type their name, or press Enter on an empty name to skip."
        }
        (Lang::Nl, TuiWizardDelegateHowTo) => {
            "De gedelegeerde handelt in een noodgeval voor de PO, met k bladen en een goedkeurder. Typ de naam, of druk Enter bij een lege naam om over te slaan."
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
            "De inrichting van deze kluis is niet afgemaakt: nog niet elk blad is teruggetypt. Ga hier verder; Esc laat het tot de volgende start."
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
            "dat kan alleen de PO; in een noodsessie kan de gedelegeerde noodgeheimen vrijgeven, de audit lezen, bladen controleren en overnemen"
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
        (Lang::En, TuiHintRotate) => "rotate it on the shares screen (s, then t)",
        (Lang::Nl, TuiHintRotate) => "vervang het op het scherm delen (s, dan t)",
        (Lang::En, TuiHintVerifyCommit) => "verify each on the shares screen (v), then commit (m)",
        (Lang::Nl, TuiHintVerifyCommit) => {
            "controleer elk blad op het scherm delen (v) en leg daarna vast (m)"
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
    }
}
