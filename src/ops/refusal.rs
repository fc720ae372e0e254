//! Typed refusals: why an operation was refused by policy
//! ([`Refusal`], exit 6) or for its input ([`Invalid`], exit 2), as values
//! carrying their data (issue 11, item 4).
//!
//! The English `Display` here names no CLI flag and no command: it is what
//! the audit chain records and what a log sees. Each face words a refusal
//! for its user, in the user's language and with its own hint, in
//! `crate::face::words` (the CLI names its flags, the TUI its keys).

use crate::format::body::{Role, SecretKind};

/// A setting with bounds ([`Invalid::OutOfRange`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Setting {
    /// The emergency session length, in minutes.
    EmergencyMinutes,
    /// The idle lock, in minutes.
    IdleLockMinutes,
    /// The drill interval, in days.
    DrillIntervalDays,
}

impl Setting {
    /// English words for the setting, with its unit.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::EmergencyMinutes => "the emergency session length (minutes)",
            Self::IdleLockMinutes => "the idle lock (minutes)",
            Self::DrillIntervalDays => "the drill interval (days)",
        }
    }
}

/// What only the PO may do ([`Refusal::PoOnly`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
#[non_exhaustive]
pub enum PoAction {
    /// rotating shares.
    RotateShares,
    /// committing a share rotation.
    CommitRotation,
    /// printing sheets.
    PrintSheets,
    /// changing the roster.
    ChangeRoster,
    /// changing the passphrase.
    ChangePassphrase,
    /// changing settings.
    ChangeSettings,
    /// acknowledging emergency events.
    Acknowledge,
    /// archiving audit records.
    Archive,
    /// printing the custody report.
    Report,
    /// adding a remote.
    AddRemote,
    /// removing a remote.
    RemoveRemote,
    /// adding a secret.
    AddSecret,
    /// updating a secret.
    UpdateSecret,
    /// removing a secret.
    RemoveSecret,
    /// importing secrets.
    Import,
    /// writing a recovery kit.
    WriteKit,
    /// changing a holder's recipient.
    ChangeRecipient,
}

impl PoAction {
    /// English words for the action.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::RotateShares => "rotating shares",
            Self::CommitRotation => "committing a share rotation",
            Self::PrintSheets => "printing sheets",
            Self::ChangeRoster => "changing the roster",
            Self::ChangePassphrase => "changing the passphrase",
            Self::ChangeSettings => "changing settings",
            Self::Acknowledge => "acknowledging emergency events",
            Self::Archive => "archiving audit records",
            Self::Report => "printing the custody report",
            Self::ChangeRecipient => "changing a holder's recipient",
            Self::AddRemote => "adding a remote",
            Self::RemoveRemote => "removing a remote",
            Self::AddSecret => "adding a secret",
            Self::UpdateSecret => "updating a secret",
            Self::RemoveSecret => "removing a secret",
            Self::Import => "importing secrets",
            Self::WriteKit => "writing a recovery kit",
        }
    }
}

/// Why an approval cannot be attempted ([`Refusal::Approval`]); recorded
/// in the chain with the English text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ApprovalRefusal {
    /// No reason given.
    #[error("a reason is required: give a reason category and a reason")]
    NoReason,
    /// No approver named.
    #[error("an approver is required: name an approver from the roster, not you")]
    NoApprover,
    /// The approver is the one acting.
    #[error("{0:?} is the one acting and cannot also approve: ask another approver")]
    SelfApproval(String),
    /// The approver is not in the roster.
    #[error("{0:?} is not in the roster: the approver must be a roster approver")]
    NotInRoster(String),
    /// The person named has another role.
    #[error("{name:?} is {}, not an approver", crate::text::with_article(role.as_str()))]
    NotApprover {
        /// The name given.
        name: String,
        /// Their role.
        role: Role,
    },
    /// The approver has no PIN.
    #[error("approver {0:?} has no PIN enrolled")]
    NoPin(String),
    /// Too many wrong PINs.
    #[error("approver {name:?} is locked out after {failures} wrong PINs until {until}")]
    LockedOut {
        /// The approver.
        name: String,
        /// Wrong PINs that lock an approver out.
        failures: u32,
        /// Until when (RFC 3339, UTC).
        until: String,
    },
}

/// Why a share holder's claim to act was refused at a recovery.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ActorRefusal {
    /// The name is not in the roster.
    #[error("{0:?} is not in the roster: the one acting must be a delegate the PO designated")]
    NotInRoster(String),
    /// The person is not a delegate.
    #[error("{name:?} is {} in the roster, not a delegate: the one acting must be a delegate", crate::text::with_article(role.as_str()))]
    NotDelegate {
        /// The name given.
        name: String,
        /// Their role.
        role: Role,
    },
}

/// A sheet of a pending set that is not printed, or printed but not
/// verified since ([`Refusal::SheetsNotVerified`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadySheet {
    /// The share's number.
    pub index: u8,
    /// Its holder's label.
    pub holder: String,
    /// Printed (but not verified since) or not printed at all.
    pub printed: bool,
}

impl std::fmt::Display for UnreadySheet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = if self.printed {
            "is printed but not verified"
        } else {
            "is not printed"
        };
        write!(f, "share {} ({}) {state}", self.index, self.holder)
    }
}

/// A request the vault's policy refuses (exit 6).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Refusal {
    /// A second PO.
    #[error("the vault has one PO, set at init; a new PO takes over through a delegate's takeover")]
    SecondPo,
    /// Removing the PO.
    #[error("the PO cannot be removed from the roster")]
    RemovePo,
    /// Sheets of a pending set not yet printed or verified.
    #[error("{}: print every sheet and verify each, then commit", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    SheetsNotVerified(Vec<UnreadySheet>),
    /// Committing a rotation outside a passphrase session.
    #[error("only the PO, unlocked with the passphrase, can commit a rotation")]
    CommitNeedsPo,
    /// The emergency session ran out.
    #[error("the emergency session ended at {0}: authenticate with the shares again")]
    SessionEnded(String),
    /// Only the PO may do this; this is an emergency session.
    #[error("{} is not allowed in an emergency session: only the PO can do it", .0.as_str())]
    PoOnly(PoAction),
    /// Records before this one hold an unacknowledged emergency event.
    #[error(
        "record {0} is an emergency event that is not acknowledged yet: review it and acknowledge it, then archive"
    )]
    Unacknowledged(u64),
    /// Threshold 1 without saying so.
    #[error(
        "threshold 1 means any single sheet opens the vault (the safe alone would suffice): choose 2 or more"
    )]
    ThresholdOne,
    /// A takeover outside an emergency session.
    #[error(
        "takeover is for a delegate authenticated with shares; the PO changes the passphrase instead"
    )]
    TakeoverNeedsShares,
    /// An approval that cannot be attempted (recorded).
    #[error(transparent)]
    Approval(ApprovalRefusal),
    /// A secret not marked for release in emergency sessions.
    #[error("no delegate was chosen, and a roster name reads like the placeholder for that")]
    NoDelegateChosen,
    /// Refused
    #[error("{0:?} is not released in emergency sessions: only the PO can unseal it")]
    NotForEmergency(String),
    /// A recovery by someone who may not act (recorded; the set is exposed).
    #[error("{0} (the attempt is recorded and the share set must be rotated)")]
    Recovery(ActorRefusal),
}

/// Input refused before anything changed (exit 2).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Invalid {
    /// No pending share set.
    #[error("there is no pending share set: make one with a rotation")]
    NoPendingSet,
    /// No active share set.
    #[error("there is no active share set")]
    NoActiveSet,
    /// A share number outside the set.
    #[error("the set has no share {index} (shares are 1 to {count})")]
    NoSuchShare {
        /// The number asked for.
        index: u8,
        /// Shares in the set.
        count: usize,
    },
    /// An approver without a PIN.
    #[error("an approver must enrol a PIN")]
    ApproverNeedsPin,
    /// An empty passphrase.
    #[error("the passphrase is empty: choose a long passphrase")]
    EmptyPassphrase,
    /// A setting out of its bounds.
    #[error("{} must be between {lo} and {hi}, got {got}", setting.as_str())]
    OutOfRange {
        /// Which setting.
        setting: Setting,
        /// Lowest allowed.
        lo: u32,
        /// Highest allowed.
        hi: u32,
        /// The value given.
        got: u32,
    },
    /// A language other than nl or en.
    #[error("the language must be nl or en, got {0:?}")]
    Language(String),
    /// A blank PIN.
    #[error("the PIN is blank: choose at least 6 characters that are not spaces")]
    PinBlank,
    /// A PIN with white space around it.
    #[error("the PIN starts or ends with white space: remove it")]
    PinSpaces,
    /// A short PIN.
    #[error("a PIN must have at least 6 characters")]
    PinShort,
    /// A version the secret does not have.
    #[error("{name:?} has no version {version} (versions 1 to {count})")]
    NoSuchVersion {
        /// The secret.
        name: String,
        /// The version asked for.
        version: u32,
        /// Versions it has.
        count: usize,
    },
    /// Archives out of order.
    #[error(
        "the archive {path} holds records {first} to {last}, but record {expected} is due: give the archives in order, oldest first, none missing"
    )]
    ArchiveOrder {
        /// The archive.
        path: String,
        /// Its first record.
        first: u64,
        /// Its last record.
        last: u64,
        /// The record due.
        expected: u64,
    },
    /// Archives missing before the vault's records.
    #[error(
        "the vault's records start at {first}, but the archives end before record {expected}: give every archive, oldest first"
    )]
    ArchivesMissing {
        /// The vault's first record.
        first: u64,
        /// The record the archives reach.
        expected: u64,
    },
    /// An archive bound outside the records.
    #[error(
        "the archive bound must be between {lo} and {hi}: the vault holds records {first} to {hi}, and at least one must be archived and one kept"
    )]
    ArchiveBound {
        /// Lowest bound.
        lo: u64,
        /// Highest bound (the last record).
        hi: u64,
        /// The first record.
        first: u64,
    },
    /// An archive bound before the previous archive's mark.
    #[error("the archive bound must be after record {0}, which records the previous archive")]
    ArchiveBeforeMark(u64),
    /// Writing an archive or export failed.
    #[error("cannot write the {what}: {why}")]
    Write {
        /// "archive", "export".
        what: &'static str,
        /// The cause.
        why: String,
    },
    /// Too few or too many holders.
    #[error("give between 1 and {max} holders (got {got})")]
    HolderCount {
        /// Most holders.
        max: u8,
        /// Holders given.
        got: usize,
    },
    /// A threshold above the holders.
    #[error("the threshold must be between 1 and the number of holders ({n}), got {k}")]
    Threshold {
        /// Holders.
        n: usize,
        /// Threshold given.
        k: u8,
    },
    /// Splitting failed.
    #[error("{0}")]
    Split(String),
    /// A syslog target that does not parse (the text as typed).
    #[error("{0:?} is not a syslog target: give unix, udp://HOST:PORT or tcp://HOST:PORT")]
    Syslog(String),
    /// A generated age key pair for a kind other than a backup key.
    #[error("an age key pair is for backups: use it for a backup key, not a {}", .0.as_str())]
    AgeNeedsBackupKey(SecretKind),
    /// A backup key's value file that claims a key form but is not one.
    #[error(transparent)]
    KeyFile(crate::keys::KeyFileError),
    /// A TOTP seed that does not read.
    #[error(transparent)]
    TotpSeed(crate::totp::TotpSeedError),
    /// An age recipient that does not read.
    #[error(transparent)]
    Recipient(crate::shares::age::AgeShareError),
    /// A holder's age recipient (given at init or rotation) that does not
    /// read.
    #[error("the recipient of holder {holder}: {source}")]
    HolderRecipient {
        /// 1-based holder number.
        holder: usize,
        /// Why.
        source: crate::shares::age::AgeShareError,
    },
    /// A share that could not be encrypted to its holder's recipient.
    #[error("share {index} ({label}): {source}; nothing was printed")]
    Encrypt {
        /// Share index.
        index: u8,
        /// The holder's label.
        label: String,
        /// Why.
        source: crate::shares::age::AgeShareError,
    },
    /// An empty value file.
    #[error("the value file is empty: nothing to store")]
    EmptyValueFile,
    /// A credential file that is not UTF-8.
    #[error("a credential file must be UTF-8 text")]
    CredentialNotUtf8,
    /// A credential line without `key: value`.
    #[error(
        "line {0} of the credential file is not `key: value` (keys: username, password, url, notes)"
    )]
    CredentialLine(usize),
    /// A credential line with an unknown key.
    #[error(
        "line {line} of the credential file has unknown key {key:?} (keys: username, password, url, notes)"
    )]
    CredentialKey {
        /// Line number.
        line: usize,
        /// The key.
        key: String,
    },
    /// A credential file without a password.
    #[error("the credential file has no `password:` line")]
    CredentialNoPassword,
    /// An import source with nothing to import.
    #[error(
        "the {from} source holds nothing kluis can import ({skipped} entries skipped): nothing was imported"
    )]
    ImportEmpty {
        /// The source kind.
        from: String,
        /// Entries skipped.
        skipped: usize,
    },
    /// An imported name already in the vault.
    #[error(
        "a secret named {0:?} already exists: nothing was imported (it can be added as a new version)"
    )]
    ImportExists(String),
    /// An imported name of another kind.
    #[error("{name:?} is {} in the vault but {} in the import: rename one; nothing was imported", crate::text::with_article(ours.as_str()), crate::text::with_article(theirs.as_str()))]
    ImportKind {
        /// The name.
        name: String,
        /// Its kind in the vault.
        ours: SecretKind,
        /// Its kind in the import.
        theirs: SecretKind,
    },
    /// Text over the length stored in the chain.
    #[error("{what} is {len} bytes long; at most {max} are stored: shorten it")]
    TooLong {
        /// What it is.
        what: &'static str,
        /// Its length.
        len: usize,
        /// The most stored.
        max: usize,
    },
}

/// The refusals an audit record's detail holds, as
/// [`crate::audit::detail::Refused`]: its text is this refusal's `Display`
/// (the unit test `refusal_details_read_as_the_refusals` checks each).
impl ApprovalRefusal {
    /// This refusal as a record detail.
    pub fn detail(&self) -> crate::audit::detail::Refused {
        use crate::audit::detail::Refused as R;
        match self {
            Self::NoReason => R::NoReason,
            Self::NoApprover => R::NoApprover,
            Self::SelfApproval(n) => R::SelfApproval(n.clone()),
            Self::NotInRoster(n) => R::NotInRoster(n.clone()),
            Self::NotApprover { name, role } => R::NotApprover {
                name: name.clone(),
                role: *role,
            },
            Self::NoPin(n) => R::NoPin(n.clone()),
            Self::LockedOut {
                name,
                failures,
                until,
            } => R::LockedOut {
                name: name.clone(),
                failures: *failures,
                until: until.clone(),
            },
        }
    }
}

impl ActorRefusal {
    /// This refusal as a record detail.
    pub fn detail(&self) -> crate::audit::detail::Refused {
        use crate::audit::detail::Refused as R;
        match self {
            Self::NotInRoster(n) => R::ActorNotInRoster(n.clone()),
            Self::NotDelegate { name, role } => R::ActorNotDelegate {
                name: name.clone(),
                role: *role,
            },
        }
    }
}

impl Refusal {
    /// This refusal as the detail of a refused release (an approval, a
    /// secret not for emergencies); a refused recovery is recorded through
    /// [`ActorRefusal::detail`].
    pub fn detail(&self) -> Option<crate::audit::detail::Refused> {
        match self {
            Self::Approval(a) => Some(a.detail()),
            Self::NotForEmergency(n) => {
                Some(crate::audit::detail::Refused::NotForEmergency(n.clone()))
            }
            _ => None,
        }
    }

    /// The text an audit record holds for this refusal.
    pub fn record_text(&self) -> String {
        self.detail().map_or_else(
            || self.to_string(),
            |r| crate::audit::Detail::Refused(r).to_string(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::OpsError;
    use super::*;

    /// Names a CLI flag or a kluis command.
    fn names_the_cli(text: &str) -> bool {
        let flag = text
            .split(|c: char| c.is_whitespace() || c == '`' || c == '(')
            .any(|w| w.starts_with("--") && w[2..].starts_with(|c: char| c.is_ascii_lowercase()));
        flag || text.contains("`kluis ") || text.contains("run kluis ")
    }

    /// The core's other errors that once named a kluis flag or command
    /// (issue 11, item 4): remotes, the KDF floor, the vault path, age
    /// share files, KeePass key files, archived checkpoints. Each face
    /// adds its own hint.
    #[test]
    fn no_core_error_names_a_cli_flag_or_command() {
        use crate::audit::checkpoint::CheckpointMismatch;
        use crate::crypto::kdf::{KdfParams, KdfRefused};
        use crate::ops::RemoteError;
        let s = || "x".to_string();
        let asked = KdfParams {
            m_kib: 1024,
            t: 1,
            p: 1,
        };
        let remote = vec![
            RemoteError::Exists(s()),
            RemoteError::NoSuch(s()),
            RemoteError::OtherVault {
                name: s(),
                theirs: s(),
                ours: s(),
            },
            RemoteError::Newer {
                name: s(),
                theirs: 2,
                theirs_ckpt: s(),
                ours: 1,
                ours_ckpt: s(),
            },
            RemoteError::Diverged {
                name: s(),
                theirs: 2,
                theirs_ckpt: s(),
                ours: 1,
                ours_ckpt: s(),
            },
            RemoteError::Required {
                name: s(),
                why: s(),
            },
            RemoteError::Rekeyed(s()),
            RemoteError::CloneTargetExists("v.kluis".into()),
            RemoteError::Empty(s()),
        ];
        let mut texts: Vec<String> = remote.iter().map(ToString::to_string).collect();
        texts.extend(
            [
                KdfRefused::BelowFloor {
                    asked,
                    floor_mib: 64,
                    floor_t: 3,
                },
                KdfRefused::BelowFloorUnmarked {
                    asked,
                    floor_mib: 64,
                    floor_t: 3,
                },
            ]
            .iter()
            .map(ToString::to_string),
        );
        texts.push(
            crate::store::StoreError::VaultSymlink {
                path: "v.kluis".into(),
                target: "w.kluis".into(),
            }
            .to_string(),
        );
        texts.push(crate::shares::age::AgeShareError::NoMatchingIdentity.to_string());
        texts.push(crate::import::ImportError::KdbxKey.to_string());
        texts.push(CheckpointMismatch::Archived { seq: 1, first: 2 }.to_string());
        texts.push(
            crate::ops::Notice::RemoteUnreachable {
                name: s(),
                why: s(),
            }
            .to_string(),
        );
        texts.push(
            crate::ops::Notice::SavePending {
                name: s(),
                why: s(),
                pending: 2,
            }
            .to_string(),
        );
        let named: Vec<&String> = texts.iter().filter(|t| names_the_cli(t)).collect();
        assert!(named.is_empty(), "{named:#?}");
    }

    /// One value of every refusal and of the other ops errors that once
    /// named a flag or a command (issue 11, item 4): their English text
    /// names neither, since each face adds its own hint.
    #[test]
    fn no_core_refusal_names_a_cli_flag_or_command() {
        let s = || "x".to_string();
        let mut all: Vec<OpsError> = vec![
            OpsError::SecretExists(s()),
            OpsError::NoSuchSecret(s()),
            OpsError::PersonExists(s()),
            OpsError::NoSuchPerson(s()),
            OpsError::RolledBack(s()),
            OpsError::WrongPin(s()),
            OpsError::Full(super::super::SizeRefusal {
                size: 1 << 30,
                limit: 1 << 26,
            }),
            OpsError::Unlock(crate::vault::UnlockError::NoShares),
            OpsError::Unlock(crate::vault::UnlockError::WrongPassphrase),
        ];
        let refusals = vec![
            Refusal::SecondPo,
            Refusal::RemovePo,
            Refusal::SheetsNotVerified(vec![UnreadySheet {
                index: 1,
                holder: s(),
                printed: true,
            }]),
            Refusal::CommitNeedsPo,
            Refusal::SessionEnded(s()),
            Refusal::PoOnly(PoAction::ChangeRoster),
            Refusal::Unacknowledged(3),
            Refusal::ThresholdOne,
            Refusal::TakeoverNeedsShares,
            Refusal::NotForEmergency(s()),
            Refusal::Approval(ApprovalRefusal::NoReason),
            Refusal::Approval(ApprovalRefusal::NoApprover),
            Refusal::Approval(ApprovalRefusal::SelfApproval(s())),
            Refusal::Approval(ApprovalRefusal::NotInRoster(s())),
            Refusal::Approval(ApprovalRefusal::NotApprover {
                name: s(),
                role: Role::Holder,
            }),
            Refusal::Approval(ApprovalRefusal::NoPin(s())),
            Refusal::Approval(ApprovalRefusal::LockedOut {
                name: s(),
                failures: 5,
                until: s(),
            }),
            Refusal::Recovery(ActorRefusal::NotInRoster(s())),
            Refusal::Recovery(ActorRefusal::NotDelegate {
                name: s(),
                role: Role::Approver,
            }),
        ];
        all.extend(refusals.into_iter().map(OpsError::Policy));
        let invalid = vec![
            Invalid::NoPendingSet,
            Invalid::NoActiveSet,
            Invalid::NoSuchShare { index: 4, count: 3 },
            Invalid::ApproverNeedsPin,
            Invalid::EmptyPassphrase,
            Invalid::OutOfRange {
                setting: Setting::IdleLockMinutes,
                lo: 1,
                hi: 2,
                got: 3,
            },
            Invalid::Language(s()),
            Invalid::PinBlank,
            Invalid::PinSpaces,
            Invalid::PinShort,
            Invalid::NoSuchVersion {
                name: s(),
                version: 2,
                count: 1,
            },
            Invalid::ArchiveOrder {
                path: s(),
                first: 1,
                last: 2,
                expected: 3,
            },
            Invalid::ArchivesMissing {
                first: 1,
                expected: 2,
            },
            Invalid::ArchiveBound {
                lo: 1,
                hi: 2,
                first: 0,
            },
            Invalid::ArchiveBeforeMark(2),
            Invalid::HolderCount { max: 9, got: 0 },
            Invalid::Threshold { n: 2, k: 3 },
            Invalid::AgeNeedsBackupKey(SecretKind::Note),
            Invalid::EmptyValueFile,
            Invalid::CredentialNotUtf8,
            Invalid::CredentialLine(2),
            Invalid::CredentialKey { line: 2, key: s() },
            Invalid::CredentialNoPassword,
            Invalid::ImportEmpty {
                from: s(),
                skipped: 1,
            },
            Invalid::ImportExists(s()),
            Invalid::ImportKind {
                name: s(),
                ours: SecretKind::Note,
                theirs: SecretKind::Totp,
            },
            Invalid::TooLong {
                what: "the release channel",
                len: 2,
                max: 1,
            },
        ];
        all.extend(invalid.into_iter().map(OpsError::Invalid));
        let named: Vec<String> = all
            .iter()
            .map(ToString::to_string)
            .filter(|t| names_the_cli(t))
            .collect();
        assert!(named.is_empty(), "core errors naming the CLI: {named:#?}");
    }

    #[test]
    fn the_scan_finds_a_flag_and_a_command() {
        assert!(names_the_cli("give --reason"));
        assert!(names_the_cli("see `kluis audit list`"));
        assert!(!names_the_cli("a -- b, --7"));
    }

    /// A recorded refusal's detail reads exactly as the refusal did before
    /// details were typed (the stored English must not change).
    #[test]
    fn refusal_details_read_as_the_refusals() {
        let name = || "Bert \"B\"".to_string();
        let approvals = [
            ApprovalRefusal::NoReason,
            ApprovalRefusal::NoApprover,
            ApprovalRefusal::SelfApproval(name()),
            ApprovalRefusal::NotInRoster(name()),
            ApprovalRefusal::NotApprover {
                name: name(),
                role: Role::Approver,
            },
            ApprovalRefusal::NotApprover {
                name: name(),
                role: Role::Holder,
            },
            ApprovalRefusal::NoPin(name()),
            ApprovalRefusal::LockedOut {
                name: name(),
                failures: 3,
                until: "2026-11-30T12:00:00Z".into(),
            },
        ];
        let mut refusals: Vec<Refusal> = approvals.into_iter().map(Refusal::Approval).collect();
        refusals.push(Refusal::NotForEmergency(name()));
        for r in refusals {
            let d = r.detail().expect("a recorded refusal");
            let inner = match &r {
                Refusal::Approval(a) => a.to_string(),
                other => other.to_string(),
            };
            assert_eq!(d.to_string(), inner, "{r:?}");
            assert_eq!(r.record_text(), inner, "{r:?}");
        }
        for a in [
            ActorRefusal::NotInRoster(name()),
            ActorRefusal::NotDelegate {
                name: name(),
                role: Role::Po,
            },
        ] {
            assert_eq!(a.detail().to_string(), a.to_string(), "{a:?}");
        }
        assert_eq!(Refusal::SecondPo.detail(), None);
    }
}
