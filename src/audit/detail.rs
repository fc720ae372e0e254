//! The detail text of an audit record, typed.
//!
//! Every record carries a short `detail` text (its [`super::Event::detail`]).
//! It is part of the hashed record, and old vaults hold these texts, so the
//! stored bytes are English and never change. [`Detail`] names each form
//! the core writes, with its values as fields: the core builds a `Detail`
//! and stores its `to_string()` (the one place each form is spelled), and
//! [`Detail::parse`] reads a stored text back, old records included, so a
//! face can word it in the reader's language (docs/FORMAT.md, "Audit
//! record details").
//!
//! Text a person or the system supplied (names, paths, a command line, a
//! URL, the cause of a failure) stays a field of its variant, as stored,
//! and is never translated. A text that matches no form (a newer kluis, a
//! clipped text) parses to `None` and is shown as it is.

use std::fmt;

use super::EventKind;
use crate::format::body::{Role, SecretKind};

/// The cause a failed unlock with the passphrase is journalled with
/// ([`Detail::LockedFailure`] shows it after `passphrase: `).
pub const WRONG_PASSPHRASE: &str = "wrong passphrase";

/// A refusal recorded as a detail: an approval that could not be
/// attempted, a secret not for emergencies, or someone who may not act at
/// a recovery. The text equals the `Display` of the matching refusal in
/// `ops` (a unit test there checks every variant).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Refused {
    /// No reason given.
    NoReason,
    /// No approver named.
    NoApprover,
    /// The approver is the one acting.
    SelfApproval(String),
    /// The approver is not in the roster.
    NotInRoster(String),
    /// The person named as approver has another role.
    NotApprover {
        /// The name given.
        name: String,
        /// Their role.
        role: Role,
    },
    /// The approver has no PIN.
    NoPin(String),
    /// The approver is locked out.
    LockedOut {
        /// The approver.
        name: String,
        /// Wrong PINs that locked them out.
        failures: u32,
        /// Until when (RFC 3339, UTC).
        until: String,
    },
    /// The secret is not released in emergency sessions.
    NotForEmergency(String),
    /// The one acting at a recovery is not in the roster.
    ActorNotInRoster(String),
    /// The one acting at a recovery is no delegate.
    ActorNotDelegate {
        /// The name given.
        name: String,
        /// Their role.
        role: Role,
    },
}

/// The detail of an audit record, one variant per form the core writes.
///
/// # Invariant
/// `Detail::parse(kind, &d.to_string()) == Some(d)` for the kinds the
/// variant is written with (checked by the unit tests below).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Detail {
    /// `init`: the first share set and the key derivation.
    Created {
        /// Threshold k.
        threshold: u8,
        /// Shares n.
        count: usize,
        /// Set id, hex.
        set: String,
        /// The key derivation, as `KdfParams` shows it.
        kdf: String,
    },
    /// A rotation made a pending set.
    PendingSet {
        /// Set id, hex.
        set: String,
        /// Threshold k.
        threshold: u8,
        /// Shares n.
        count: usize,
    },
    /// A rotation committed: the old sets retired, a new master key.
    Committed {
        /// Retired set ids, hex.
        retired: Vec<String>,
    },
    /// A share checked in a session.
    SharePassed {
        /// Share number.
        index: u8,
    },
    /// Sheets printed.
    Printed {
        /// Share numbers printed.
        indices: Vec<u8>,
        /// File format word (`pdf`, `svg`, `txt`, `age`…).
        format: String,
    },
    /// A person added to the roster.
    RosterAdded {
        /// Their role.
        role: Role,
    },
    /// A person or a remote removed.
    Removed,
    /// A passphrase change: a new master key.
    NewMasterKey,
    /// Settings changed (the values after the change).
    Settings {
        /// Emergency session length, minutes.
        emergency_minutes: u32,
        /// Idle lock, minutes.
        idle_lock_minutes: u32,
        /// Drill interval, days.
        drill_interval_days: u32,
        /// Language code (`nl`, `en`, or empty for the default).
        language: String,
    },
    /// Syslog forwarding changed.
    Syslog {
        /// The target, `None` when off.
        target: Option<String>,
        /// Whether reasons are forwarded.
        reasons: bool,
    },
    /// A release or takeover refused before the PIN was asked.
    Refused(Refused),
    /// A wrong approver PIN.
    WrongPin,
    /// A wrong approver PIN that locked the approver out.
    WrongPinLockedOut {
        /// Lockout length, minutes.
        minutes: i64,
    },
    /// A value or TOTP code released, perhaps into a command.
    Released {
        /// A TOTP code rather than a value.
        totp: bool,
        /// The command it went into (`--to exec`).
        command: Option<String>,
    },
    /// A command a value went into exited.
    CommandExited {
        /// The command.
        command: String,
        /// Its exit status.
        status: i32,
    },
    /// A command a value went into was killed.
    CommandKilled {
        /// The command.
        command: String,
        /// The signal.
        signal: i32,
    },
    /// A command a value was for could not be started.
    CommandNotStarted {
        /// The command.
        command: String,
    },
    /// Emergency events acknowledged.
    Acknowledged {
        /// How many.
        count: usize,
    },
    /// The audit chain exported.
    Exported {
        /// `jsonl` or `csv`.
        format: String,
        /// Where to.
        path: String,
    },
    /// The custody report made.
    CustodyReport,
    /// An older copy kept although a remote holds another (rollback
    /// allowed).
    RollbackRemote {
        /// This copy's generation.
        ours: u64,
        /// This copy's checkpoint text.
        ours_checkpoint: String,
        /// The remote.
        remote: String,
        /// The remote's generation.
        theirs: u64,
        /// The remote's checkpoint text.
        theirs_checkpoint: String,
    },
    /// An older copy accepted against this machine's state.
    RollbackLocal {
        /// The file's generation.
        generation: u64,
        /// The generation this machine saw.
        seen: u64,
        /// When it saw it (RFC 3339).
        seen_at: String,
    },
    /// `sync` took a newer copy; this one is in its history.
    SyncTook {
        /// The remote's generation.
        theirs: u64,
        /// Its checkpoint text.
        theirs_checkpoint: String,
        /// The remote.
        remote: String,
        /// This copy's generation.
        ours: u64,
        /// Its checkpoint text.
        ours_checkpoint: String,
    },
    /// `sync` took the remote's copy; this one, diverged, kept as a file.
    SyncTookKept {
        /// The remote's generation.
        theirs: u64,
        /// Its checkpoint text.
        theirs_checkpoint: String,
        /// The remote.
        remote: String,
        /// This copy's generation.
        ours: u64,
        /// Its checkpoint text.
        ours_checkpoint: String,
        /// This copy's head hash, hex.
        head: String,
        /// Where it was kept.
        kept_as: String,
    },
    /// `sync --keep local`: the remote's copy kept as a file.
    SyncKeptLocal {
        /// This copy's generation.
        ours: u64,
        /// Its checkpoint text.
        ours_checkpoint: String,
        /// The remote.
        remote: String,
        /// The remote's generation.
        theirs: u64,
        /// Its checkpoint text.
        theirs_checkpoint: String,
        /// The remote's head hash, hex.
        head: String,
        /// Where it was kept.
        kept_as: String,
    },
    /// A remote added.
    RemoteAdded {
        /// Its URL, credentials redacted.
        url: String,
        /// Whether it is required.
        required: bool,
    },
    /// A required remote did not take the record of a release.
    RequiredRemoteRefused {
        /// The remote.
        remote: String,
        /// Why (git's or the system's text).
        why: String,
    },
    /// A secret added.
    SecretAdded {
        /// Its kind.
        kind: SecretKind,
        /// Released in emergency sessions.
        emergency: bool,
    },
    /// A secret added by an import.
    SecretImported {
        /// Its kind.
        kind: SecretKind,
        /// The source word (`csv`, `kdbx`, `bitwarden-json`).
        source: String,
    },
    /// A new version of a secret.
    NewVersion,
    /// A new version of a secret from an import.
    NewVersionImported {
        /// The source word.
        source: String,
    },
    /// A recovery kit written.
    KitWritten,
    /// An emergency session ran out.
    SessionExpired,
    /// An emergency session was closed.
    SessionClosed,
    /// A holder's recipient set.
    RecipientSet {
        /// Share number.
        index: u8,
        /// Holder label.
        holder: String,
        /// Recipient kind word.
        kind: String,
        /// Recipient fingerprint.
        fingerprint: String,
    },
    /// A holder's recipient cleared.
    RecipientCleared {
        /// Share number.
        index: u8,
        /// Holder label.
        holder: String,
    },
    /// A recovery: the share set is exposed.
    SetExposed,
    /// A recovery refused after the quorum opened the vault.
    RecoveryRefused(Refused),
    /// A delegate set a new PO passphrase.
    Takeover {
        /// The delegate.
        person: String,
    },
    /// Older records archived.
    Archived {
        /// Hash of the last archived record, hex.
        head: String,
        /// The archive file (clipped).
        file: String,
    },
    /// Journal reports beyond the merge limit, summed.
    JournalSummary {
        /// Reports not itemised.
        count: u32,
        /// Failed unlocks with the passphrase.
        passphrase: u32,
        /// Refused recoveries with shares.
        shares: u32,
        /// Drills.
        drills: u32,
    },
    /// A failed unlock reported while locked.
    LockedFailure {
        /// With shares (else the passphrase).
        shares: bool,
        /// Why, the core's text.
        why: String,
    },
    /// A drill while locked, proven with the share.
    DrillProven {
        /// Share number.
        index: u8,
    },
    /// A drill while locked whose claim is not proven.
    DrillNotProven {
        /// Share number.
        index: u8,
    },
    /// A drill while locked that failed.
    DrillFailed {
        /// Share number.
        index: u8,
        /// Why, the core's text.
        why: String,
    },
    /// The locked-time journal was moved aside unread.
    JournalQuarantined {
        /// What was wrong, the core's text.
        problem: String,
        /// Where it went.
        moved_to: String,
    },
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::text::with_article;
        match self {
            Self::NoReason => {
                f.write_str("a reason is required: give a reason category and a reason")
            }
            Self::NoApprover => {
                f.write_str("an approver is required: name an approver from the roster, not you")
            }
            Self::SelfApproval(n) => write!(
                f,
                "{n:?} is the one acting and cannot also approve: ask another approver"
            ),
            Self::NotInRoster(n) => write!(
                f,
                "{n:?} is not in the roster: the approver must be a roster approver"
            ),
            Self::NotApprover { name, role } => write!(
                f,
                "{name:?} is {}, not an approver",
                with_article(role.as_str())
            ),
            Self::NoPin(n) => write!(f, "approver {n:?} has no PIN enrolled"),
            Self::LockedOut {
                name,
                failures,
                until,
            } => write!(
                f,
                "approver {name:?} is locked out after {failures} wrong PINs until {until}"
            ),
            Self::NotForEmergency(n) => write!(
                f,
                "{n:?} is not released in emergency sessions: only the PO can unseal it"
            ),
            Self::ActorNotInRoster(n) => write!(
                f,
                "{n:?} is not in the roster: the one acting must be a delegate the PO designated"
            ),
            Self::ActorNotDelegate { name, role } => write!(
                f,
                "{name:?} is {} in the roster, not a delegate: the one acting must be a delegate",
                with_article(role.as_str())
            ),
        }
    }
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Created {
                threshold,
                count,
                set,
                kdf,
            } => write!(f, "threshold {threshold} of {count}, set {set}, {kdf}"),
            Self::PendingSet {
                set,
                threshold,
                count,
            } => write!(f, "pending set {set}, threshold {threshold} of {count}"),
            Self::Committed { retired } => write!(
                f,
                "committed; retired {}; new master key",
                retired.join(", ")
            ),
            Self::SharePassed { index } => write!(f, "share {index} passed"),
            Self::Printed { indices, format } => write!(f, "shares {indices:?} as {format}"),
            Self::RosterAdded { role } => write!(f, "added as {}", role.as_str()),
            Self::Removed => f.write_str("removed"),
            Self::NewMasterKey => f.write_str("new master key"),
            Self::Settings {
                emergency_minutes,
                idle_lock_minutes,
                drill_interval_days,
                language,
            } => write!(
                f,
                "emergency {emergency_minutes} min, idle lock {idle_lock_minutes} min, drills every {drill_interval_days} days, language {language:?}"
            ),
            Self::Syslog { target, reasons } => write!(
                f,
                "syslog {} (reasons {})",
                target.as_deref().unwrap_or("off"),
                on_off(*reasons)
            ),
            Self::Refused(r) => r.fmt(f),
            Self::WrongPin => f.write_str("wrong PIN"),
            Self::WrongPinLockedOut { minutes } => {
                write!(f, "wrong PIN; approver locked out for {minutes} minutes")
            }
            Self::Released { totp, command } => {
                f.write_str(if *totp { "TOTP code" } else { "value" })?;
                match command {
                    Some(c) => write!(f, " to command {c}"),
                    None => Ok(()),
                }
            }
            Self::CommandExited { command, status } => {
                write!(f, "command {command} exited with status {status}")
            }
            Self::CommandKilled { command, signal } => {
                write!(f, "command {command} was killed by signal {signal}")
            }
            Self::CommandNotStarted { command } => write!(
                f,
                "released-to-exec-failed: command {command} could not be started"
            ),
            Self::Acknowledged { count } => {
                write!(f, "{count} emergency event(s) acknowledged")
            }
            Self::Exported { format, path } => write!(f, "{format} to {path}"),
            Self::CustodyReport => f.write_str("custody report"),
            Self::RollbackRemote {
                ours,
                ours_checkpoint,
                remote,
                theirs,
                theirs_checkpoint,
            } => write!(
                f,
                "this copy generation {ours} ({ours_checkpoint}); remote {remote} generation {theirs} ({theirs_checkpoint})"
            ),
            Self::RollbackLocal {
                generation,
                seen,
                seen_at,
            } => write!(
                f,
                "the vault file is generation {generation}, but this machine saw generation {seen} on {seen_at}"
            ),
            Self::SyncTook {
                theirs,
                theirs_checkpoint,
                remote,
                ours,
                ours_checkpoint,
            } => write!(
                f,
                "took generation {theirs} ({theirs_checkpoint}) from remote {remote}; this copy was generation {ours} ({ours_checkpoint}), a record of it"
            ),
            Self::SyncTookKept {
                theirs,
                theirs_checkpoint,
                remote,
                ours,
                ours_checkpoint,
                head,
                kept_as,
            } => write!(
                f,
                "took generation {theirs} ({theirs_checkpoint}) from remote {remote}; this copy's generation {ours} ({ours_checkpoint}, head {head}) kept as {kept_as}"
            ),
            Self::SyncKeptLocal {
                ours,
                ours_checkpoint,
                remote,
                theirs,
                theirs_checkpoint,
                head,
                kept_as,
            } => write!(
                f,
                "kept this copy's generation {ours} ({ours_checkpoint}); remote {remote}'s generation {theirs} ({theirs_checkpoint}, head {head}) kept as {kept_as}"
            ),
            Self::RemoteAdded { url, required } => write!(
                f,
                "added {url}{}",
                if *required { " (required)" } else { "" }
            ),
            Self::RequiredRemoteRefused { remote, why } => write!(
                f,
                "required remote {remote} did not accept the record of this release ({why}); nothing released"
            ),
            Self::SecretAdded { kind, emergency } => {
                write!(f, "kind {}, emergency {emergency}", kind.as_str())
            }
            Self::SecretImported { kind, source } => {
                write!(f, "kind {}, imported from {source}", kind.as_str())
            }
            Self::NewVersion => f.write_str("new version"),
            Self::NewVersionImported { source } => {
                write!(f, "new version, imported from {source}")
            }
            Self::KitWritten => {
                f.write_str("encrypted vault, binary and emergency text; no shares")
            }
            Self::SessionExpired => f.write_str("expired"),
            Self::SessionClosed => f.write_str("closed"),
            Self::RecipientSet {
                index,
                holder,
                kind,
                fingerprint,
            } => write!(
                f,
                "share {index} ({holder}): recipient {kind} {fingerprint}"
            ),
            Self::RecipientCleared { index, holder } => {
                write!(f, "share {index} ({holder}): recipient cleared")
            }
            Self::SetExposed => f.write_str("share set marked exposed"),
            Self::RecoveryRefused(r) => write!(f, "refused, share set marked exposed: {r}"),
            Self::Takeover { person } => write!(
                f,
                "TAKEOVER: {person} set a new PO passphrase; new master key"
            ),
            Self::Archived { head, file } => write!(f, "head {head}, to {file}"),
            Self::JournalSummary {
                count,
                passphrase,
                shares,
                drills,
            } => write!(
                f,
                "{count} further reports not itemised: {passphrase} failed unlocks with the passphrase, {shares} refused recoveries with shares, {drills} drills"
            ),
            Self::LockedFailure { shares, why } => write!(
                f,
                "{}: {why}",
                if *shares { "shares" } else { "passphrase" }
            ),
            Self::DrillProven { index } => {
                write!(f, "share {index} passed (proven with the share)")
            }
            Self::DrillNotProven { index } => write!(
                f,
                "share {index} passed, claim not proven: the share was not dated"
            ),
            Self::DrillFailed { index, why } => write!(f, "share {index} failed: {why}"),
            Self::JournalQuarantined { problem, moved_to } => {
                write!(f, "{problem}; moved to {moved_to}")
            }
        }
    }
}

fn on_off(b: bool) -> &'static str {
    if b { "on" } else { "off" }
}

/// A number written by `Display` (digits, perhaps a leading minus); the
/// exact-text check in [`Detail::parse`] refuses anything else.
fn num<T: std::str::FromStr>(s: &str) -> Option<T> {
    s.parse().ok()
}

/// A `{:?}`-quoted string at the start of `s` and the text after it.
fn quoted(s: &str) -> Option<(String, &str)> {
    let mut chars = s.strip_prefix('"')?.char_indices();
    let mut out = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &s[i + 2..])),
            '\\' => {
                let (_, e) = chars.next()?;
                out.push(match e {
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    '0' => '\0',
                    '\\' | '"' | '\'' => e,
                    'u' => {
                        let mut hex = String::new();
                        chars.next().filter(|(_, c)| *c == '{')?;
                        loop {
                            let (_, h) = chars.next()?;
                            if h == '}' {
                                break;
                            }
                            hex.push(h);
                        }
                        char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?
                    }
                    _ => return None,
                });
            }
            c => out.push(c),
        }
    }
    None
}

/// "a po" / "an approver" back to the role.
fn role_with_article(s: &str) -> Option<Role> {
    let word = s.strip_prefix("an ").or_else(|| s.strip_prefix("a "))?;
    role(word)
}

fn role(word: &str) -> Option<Role> {
    [Role::Po, Role::Delegate, Role::Approver, Role::Holder]
        .into_iter()
        .find(|r| r.as_str() == word)
}

fn kind(word: &str) -> Option<SecretKind> {
    [
        SecretKind::BackupKey,
        SecretKind::Credential,
        SecretKind::Totp,
        SecretKind::Note,
    ]
    .into_iter()
    .find(|k| k.as_str() == word)
}

/// "N (CHECKPOINT)" at the start of `s`, and the rest.
fn generation(s: &str) -> Option<(u64, String, &str)> {
    let (g, rest) = s.split_once(" (")?;
    let (ck, rest) = rest.split_once(')')?;
    Some((num(g)?, ck.to_string(), rest))
}

/// "N (CHECKPOINT, head HEX) kept as PATH".
fn generation_head_kept(s: &str) -> Option<(u64, String, String, String)> {
    let (g, rest) = s.split_once(" (")?;
    let (ck, rest) = rest.split_once(", head ")?;
    let (head, kept) = rest.split_once(") kept as ")?;
    Some((num(g)?, ck.to_string(), head.to_string(), kept.to_string()))
}

impl Refused {
    /// Reads a refusal text back, today's or an older kluis's (whose
    /// texts named CLI flags, and wrote "a approver").
    pub fn parse(text: &str) -> Option<Self> {
        Self::parse_loose(text)
            .filter(|r| r.to_string() == text)
            .or_else(|| Self::parse_legacy(text))
    }

    /// The refusal texts of older versions, exactly as they were written.
    fn parse_legacy(text: &str) -> Option<Self> {
        match text {
            "a reason is required: give --reason-category and --reason" => {
                return Some(Self::NoReason);
            }
            "an approver is required: give --approver NAME (an approver from the roster, not you)" =>
            {
                return Some(Self::NoApprover);
            }
            _ => {}
        }
        let (name, rest) = quoted(text)?;
        // The name must print back as it was written.
        if format!("{name:?}{rest}") != text {
            return None;
        }
        if rest == " is not in the roster: --as must name a delegate the PO designated" {
            return Some(Self::ActorNotInRoster(name));
        }
        let rest = rest.strip_prefix(" is a ")?;
        if let Some(r) = rest.strip_suffix(", not an approver") {
            return Some(Self::NotApprover {
                name,
                role: role(r)?,
            });
        }
        let r = rest.strip_suffix(" in the roster, not a delegate: --as must name a delegate")?;
        Some(Self::ActorNotDelegate {
            name,
            role: role(r)?,
        })
    }

    fn parse_loose(text: &str) -> Option<Self> {
        if text.starts_with("a reason is required") {
            return Some(Self::NoReason);
        }
        if text.starts_with("an approver is required") {
            return Some(Self::NoApprover);
        }
        if let Some(rest) = text.strip_prefix("approver ") {
            let (name, rest) = quoted(rest)?;
            if rest == " has no PIN enrolled" {
                return Some(Self::NoPin(name));
            }
            let rest = rest.strip_prefix(" is locked out after ")?;
            let (failures, until) = rest.split_once(" wrong PINs until ")?;
            return Some(Self::LockedOut {
                name,
                failures: num(failures)?,
                until: until.to_string(),
            });
        }
        let (name, rest) = quoted(text)?;
        if rest.starts_with(" is the one acting") {
            return Some(Self::SelfApproval(name));
        }
        if rest.starts_with(" is not in the roster: the approver") {
            return Some(Self::NotInRoster(name));
        }
        if rest.starts_with(" is not in the roster: the one acting") {
            return Some(Self::ActorNotInRoster(name));
        }
        if rest.starts_with(" is not released in emergency sessions") {
            return Some(Self::NotForEmergency(name));
        }
        let rest = rest.strip_prefix(" is ")?;
        if let Some(role) = rest.strip_suffix(", not an approver") {
            return Some(Self::NotApprover {
                name,
                role: role_with_article(role)?,
            });
        }
        let (role, _) = rest.split_once(" in the roster, not a delegate")?;
        Some(Self::ActorNotDelegate {
            name,
            role: role_with_article(role)?,
        })
    }
}

impl Detail {
    /// Reads the stored detail `text` of a record of `kind` back; `None`
    /// for an empty text, a text of no known form (a newer kluis, a clipped
    /// text), or a form not written with `kind`.
    ///
    /// What it returns shows as exactly `text` again, except for the few
    /// older refusal texts it also reads (see `Refused::parse`).
    pub fn parse(kind: EventKind, text: &str) -> Option<Self> {
        Self::parse_loose(text)
            .filter(|d| d.to_string() == text)
            .or_else(|| Self::parse_legacy(text))
            .filter(|d| d.fits(kind))
    }

    /// The forms of older versions that read as one of today's (a refusal
    /// that named CLI flags); the face words them as today's.
    fn parse_legacy(text: &str) -> Option<Self> {
        match text.strip_prefix("refused, share set marked exposed: ") {
            Some(rest) => Refused::parse_legacy(rest).map(Self::RecoveryRefused),
            None => Refused::parse_legacy(text).map(Self::Refused),
        }
    }

    /// Whether this form is written with records of `kind`.
    fn fits(&self, kind: EventKind) -> bool {
        use EventKind as K;
        match self {
            Self::Created { .. } => kind == K::Init,
            Self::PendingSet { .. } | Self::Committed { .. } => kind == K::Rotation,
            Self::SharePassed { .. }
            | Self::DrillProven { .. }
            | Self::DrillNotProven { .. }
            | Self::DrillFailed { .. } => kind == K::Drill,
            Self::Printed { .. } => kind == K::SharePrint,
            Self::RosterAdded { .. } => kind == K::RosterChange,
            Self::Removed => matches!(kind, K::RosterChange | K::RemoteChange),
            Self::NewMasterKey => kind == K::PassphraseChange,
            Self::Settings { .. } | Self::Syslog { .. } => kind == K::SettingsChange,
            Self::Refused(_)
            | Self::WrongPin
            | Self::WrongPinLockedOut { .. }
            | Self::RequiredRemoteRefused { .. } => {
                matches!(kind, K::Unseal | K::UnsealDenied | K::Takeover)
            }
            Self::Released { .. } => kind == K::Unseal,
            Self::CommandExited { .. }
            | Self::CommandKilled { .. }
            | Self::CommandNotStarted { .. } => kind == K::CommandEnd,
            Self::Acknowledged { .. } => kind == K::Acknowledgement,
            Self::Exported { .. } | Self::CustodyReport => kind == K::Export,
            Self::RollbackRemote { .. } | Self::RollbackLocal { .. } => kind == K::RollbackAccepted,
            Self::SyncTook { .. } | Self::SyncTookKept { .. } | Self::SyncKeptLocal { .. } => {
                kind == K::Sync
            }
            Self::RemoteAdded { .. } => kind == K::RemoteChange,
            Self::SecretAdded { .. } | Self::SecretImported { .. } => kind == K::SecretAdd,
            Self::NewVersion | Self::NewVersionImported { .. } => kind == K::SecretEdit,
            Self::KitWritten => kind == K::KitWritten,
            Self::SessionExpired | Self::SessionClosed => kind == K::EmergencySessionEnd,
            Self::RecipientSet { .. } | Self::RecipientCleared { .. } => kind == K::RecipientChange,
            Self::SetExposed | Self::RecoveryRefused(_) => kind == K::Recovery,
            Self::Takeover { .. } => kind == K::Takeover,
            Self::Archived { .. } => kind == K::AuditArchived,
            Self::JournalSummary { .. } | Self::LockedFailure { .. } => {
                matches!(kind, K::UnlockFailure | K::Recovery)
            }
            Self::JournalQuarantined { .. } => kind == K::JournalQuarantined,
        }
    }

    /// The form `text` has, without the exact-text check.
    fn parse_loose(text: &str) -> Option<Self> {
        let fixed = [
            Self::Removed,
            Self::NewMasterKey,
            Self::WrongPin,
            Self::CustodyReport,
            Self::NewVersion,
            Self::KitWritten,
            Self::SessionExpired,
            Self::SessionClosed,
            Self::SetExposed,
            Self::Released {
                totp: false,
                command: None,
            },
            Self::Released {
                totp: true,
                command: None,
            },
        ];
        if let Some(d) = fixed.into_iter().find(|d| d.to_string() == text) {
            return Some(d);
        }
        if let Some(rest) = text.strip_prefix("threshold ") {
            let (k, rest) = rest.split_once(" of ")?;
            let (n, rest) = rest.split_once(", set ")?;
            let (set, kdf) = rest.split_once(", ")?;
            return Some(Self::Created {
                threshold: num(k)?,
                count: num(n)?,
                set: set.into(),
                kdf: kdf.into(),
            });
        }
        if let Some(rest) = text.strip_prefix("pending set ") {
            let (set, rest) = rest.split_once(", threshold ")?;
            let (k, n) = rest.split_once(" of ")?;
            return Some(Self::PendingSet {
                set: set.into(),
                threshold: num(k)?,
                count: num(n)?,
            });
        }
        if let Some(rest) = text.strip_prefix("committed; retired ") {
            let list = rest.strip_suffix("; new master key")?;
            let retired = if list.is_empty() {
                Vec::new()
            } else {
                list.split(", ").map(String::from).collect()
            };
            return Some(Self::Committed { retired });
        }
        if let Some(rest) = text.strip_prefix("shares [") {
            let (list, format) = rest.split_once("] as ")?;
            let indices = if list.is_empty() {
                Vec::new()
            } else {
                list.split(", ").map(num).collect::<Option<_>>()?
            };
            return Some(Self::Printed {
                indices,
                format: format.into(),
            });
        }
        if let Some(rest) = text.strip_prefix("share ") {
            let (index, rest) = rest.split_once(' ')?;
            let index: u8 = num(index)?;
            return Some(match rest {
                "passed" => Self::SharePassed { index },
                "passed (proven with the share)" => Self::DrillProven { index },
                "passed, claim not proven: the share was not dated" => {
                    Self::DrillNotProven { index }
                }
                _ => {
                    if let Some(why) = rest.strip_prefix("failed: ") {
                        Self::DrillFailed {
                            index,
                            why: why.into(),
                        }
                    } else {
                        let rest = rest.strip_prefix('(')?;
                        if let Some(holder) = rest.strip_suffix("): recipient cleared") {
                            Self::RecipientCleared {
                                index,
                                holder: holder.into(),
                            }
                        } else {
                            let (holder, rest) = rest.rsplit_once("): recipient ")?;
                            let (kind, fingerprint) = rest.rsplit_once(' ')?;
                            Self::RecipientSet {
                                index,
                                holder: holder.into(),
                                kind: kind.into(),
                                fingerprint: fingerprint.into(),
                            }
                        }
                    }
                }
            });
        }
        if let Some(rest) = text.strip_prefix("added as ") {
            return Some(Self::RosterAdded { role: role(rest)? });
        }
        if let Some(rest) = text.strip_prefix("emergency ") {
            let (e, rest) = rest.split_once(" min, idle lock ")?;
            let (i, rest) = rest.split_once(" min, drills every ")?;
            let (d, lang) = rest.split_once(" days, language ")?;
            let (language, tail) = quoted(lang)?;
            if !tail.is_empty() {
                return None;
            }
            return Some(Self::Settings {
                emergency_minutes: num(e)?,
                idle_lock_minutes: num(i)?,
                drill_interval_days: num(d)?,
                language,
            });
        }
        if let Some(rest) = text.strip_prefix("syslog ") {
            let (target, reasons) = rest.rsplit_once(" (reasons ")?;
            return Some(Self::Syslog {
                target: (target != "off").then(|| target.to_string()),
                reasons: match reasons {
                    "on)" => true,
                    "off)" => false,
                    _ => return None,
                },
            });
        }
        if let Some(rest) = text.strip_prefix("wrong PIN; approver locked out for ") {
            return Some(Self::WrongPinLockedOut {
                minutes: num(rest.strip_suffix(" minutes")?)?,
            });
        }
        for (prefix, totp) in [
            ("value to command ", false),
            ("TOTP code to command ", true),
        ] {
            if let Some(c) = text.strip_prefix(prefix) {
                return Some(Self::Released {
                    totp,
                    command: Some(c.into()),
                });
            }
        }
        if let Some(rest) = text.strip_prefix("released-to-exec-failed: command ") {
            return Some(Self::CommandNotStarted {
                command: rest.strip_suffix(" could not be started")?.into(),
            });
        }
        if let Some(rest) = text.strip_prefix("command ") {
            if let Some((command, status)) = rest.rsplit_once(" exited with status ") {
                return Some(Self::CommandExited {
                    command: command.into(),
                    status: num(status)?,
                });
            }
            let (command, signal) = rest.rsplit_once(" was killed by signal ")?;
            return Some(Self::CommandKilled {
                command: command.into(),
                signal: num(signal)?,
            });
        }
        if let Some(n) = text.strip_suffix(" emergency event(s) acknowledged") {
            return Some(Self::Acknowledged { count: num(n)? });
        }
        for format in ["jsonl", "csv"] {
            if let Some(path) = text
                .strip_prefix(format)
                .and_then(|r| r.strip_prefix(" to "))
            {
                return Some(Self::Exported {
                    format: format.into(),
                    path: path.into(),
                });
            }
        }
        if let Some(rest) = text.strip_prefix("this copy generation ") {
            let (ours, ours_checkpoint, rest) = generation(rest)?;
            let rest = rest.strip_prefix("; remote ")?;
            let (remote, rest) = rest.rsplit_once(" generation ")?;
            let (theirs, theirs_checkpoint, tail) = generation(rest)?;
            if !tail.is_empty() {
                return None;
            }
            return Some(Self::RollbackRemote {
                ours,
                ours_checkpoint,
                remote: remote.into(),
                theirs,
                theirs_checkpoint,
            });
        }
        if let Some(rest) = text.strip_prefix("the vault file is generation ") {
            let (generation, rest) = rest.split_once(", but this machine saw generation ")?;
            let (seen, seen_at) = rest.split_once(" on ")?;
            return Some(Self::RollbackLocal {
                generation: num(generation)?,
                seen: num(seen)?,
                seen_at: seen_at.into(),
            });
        }
        if let Some(rest) = text.strip_prefix("took generation ") {
            let (theirs, theirs_checkpoint, rest) = generation(rest)?;
            let rest = rest.strip_prefix(" from remote ")?;
            if let Some((remote, rest)) = rest.split_once("; this copy was generation ") {
                let (ours, ours_checkpoint, tail) = generation(rest)?;
                if tail != ", a record of it" {
                    return None;
                }
                return Some(Self::SyncTook {
                    theirs,
                    theirs_checkpoint,
                    remote: remote.into(),
                    ours,
                    ours_checkpoint,
                });
            }
            let (remote, rest) = rest.split_once("; this copy's generation ")?;
            let (ours, ours_checkpoint, head, kept_as) = generation_head_kept(rest)?;
            return Some(Self::SyncTookKept {
                theirs,
                theirs_checkpoint,
                remote: remote.into(),
                ours,
                ours_checkpoint,
                head,
                kept_as,
            });
        }
        if let Some(rest) = text.strip_prefix("kept this copy's generation ") {
            let (ours, ours_checkpoint, rest) = generation(rest)?;
            let rest = rest.strip_prefix("; remote ")?;
            let (remote, rest) = rest.split_once("'s generation ")?;
            let (theirs, theirs_checkpoint, head, kept_as) = generation_head_kept(rest)?;
            return Some(Self::SyncKeptLocal {
                ours,
                ours_checkpoint,
                remote: remote.into(),
                theirs,
                theirs_checkpoint,
                head,
                kept_as,
            });
        }
        if let Some(rest) = text.strip_prefix("added ") {
            return Some(match rest.strip_suffix(" (required)") {
                Some(url) => Self::RemoteAdded {
                    url: url.into(),
                    required: true,
                },
                None => Self::RemoteAdded {
                    url: rest.into(),
                    required: false,
                },
            });
        }
        if let Some(rest) = text.strip_prefix("required remote ") {
            let (remote, rest) = rest.split_once(" did not accept the record of this release (")?;
            let why = rest.strip_suffix("); nothing released")?;
            return Some(Self::RequiredRemoteRefused {
                remote: remote.into(),
                why: why.into(),
            });
        }
        if let Some(rest) = text.strip_prefix("kind ") {
            let (k, rest) = rest.split_once(", ")?;
            let kind = kind(k)?;
            if let Some(source) = rest.strip_prefix("imported from ") {
                return Some(Self::SecretImported {
                    kind,
                    source: source.into(),
                });
            }
            return Some(Self::SecretAdded {
                kind,
                emergency: num(rest.strip_prefix("emergency ")?)?,
            });
        }
        if let Some(source) = text.strip_prefix("new version, imported from ") {
            return Some(Self::NewVersionImported {
                source: source.into(),
            });
        }
        if let Some(rest) = text.strip_prefix("refused, share set marked exposed: ") {
            return Some(Self::RecoveryRefused(Refused::parse(rest)?));
        }
        if let Some(rest) = text.strip_prefix("TAKEOVER: ") {
            return Some(Self::Takeover {
                person: rest
                    .strip_suffix(" set a new PO passphrase; new master key")?
                    .into(),
            });
        }
        if let Some(rest) = text.strip_prefix("head ") {
            let (head, file) = rest.split_once(", to ")?;
            return Some(Self::Archived {
                head: head.into(),
                file: file.into(),
            });
        }
        if let Some((count, rest)) = text.split_once(" further reports not itemised: ") {
            let (p, rest) = rest.split_once(" failed unlocks with the passphrase, ")?;
            let (s, rest) = rest.split_once(" refused recoveries with shares, ")?;
            let d = rest.strip_suffix(" drills")?;
            return Some(Self::JournalSummary {
                count: num(count)?,
                passphrase: num(p)?,
                shares: num(s)?,
                drills: num(d)?,
            });
        }
        for (prefix, shares) in [("passphrase: ", false), ("shares: ", true)] {
            if let Some(why) = text.strip_prefix(prefix) {
                return Some(Self::LockedFailure {
                    shares,
                    why: why.into(),
                });
            }
        }
        if let Some(r) = Refused::parse(text) {
            return Some(Self::Refused(r));
        }
        let (problem, moved_to) = text.split_once("; moved to ")?;
        Some(Self::JournalQuarantined {
            problem: problem.into(),
            moved_to: moved_to.into(),
        })
    }
}

#[cfg(test)]
pub(crate) mod tests;
