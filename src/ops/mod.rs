//! Every operation the faces offer. One function changes the vault and
//! appends its audit event, and both reach the disk in one atomic save — or
//! neither does (docs/ARCHITECTURE.md, section 2, rule 3).
//!
//! The faces (CLI, TUI) call only this module; they never touch `crypto` or
//! `format`. Input that needs interpreting (a value file, a holder spec) is
//! parsed here too, so both faces behave alike.

use std::path::{Path, PathBuf};

use rand::{Rng, RngExt};
use zeroize::Zeroizing;

use crate::audit::checkpoint::Checkpoint;
use crate::audit::export::ExportFormat;
use crate::audit::{self, Actor, AuthMethod, Event, EventKind, Origin, journal};
use crate::crypto::kdf;
use crate::error::{Classify, ExitClass};
use crate::format::body::{
    Body, Holder, Person, PinHash, SecretEntry, SecretValue, SecretVersion, Settings,
    ShareSetRecord, ValueOrigin,
};
use crate::secret::{Passphrase, RecoveryKey, SecretBytes};
use crate::shares::{self, MAX_SHARES, Share};
use crate::store::{self, OsIo, SaveIo, StoreError, VaultLock};
use crate::text;
use crate::vault::{self, EncryptedVault, NewVault, ShareSetRole, UnlockError, Vault};

mod custody;
mod emergency;
mod init;
mod notice;
mod open;
mod recipients;
mod refusal;
mod remotes;
mod roster;
mod secrets;
mod sets;
mod syslog;
mod unseal;
// What the faces need of the core's types, so they never import `format`
// or `crypto` (the layering rule in src/lib.rs, checked by the `layering`
// integration test).
pub use crate::crypto::kdf::{KdfLimits, KdfParams, KdfRefused};
pub use crate::format::body::{RemoteNameError, check_remote_name};
pub use crate::format::body::{Role, SecretKind, SetState};
/// The errors of a damaged vault file, for the faces to word.
pub use crate::format::{HeaderError, body::BodyError, header::FORMAT_VERSION};
pub use custody::*;
pub use emergency::*;
pub use init::*;
pub use notice::Notice;
pub use open::*;
pub use recipients::*;
pub use refusal::{
    ActorRefusal, ApprovalRefusal, Invalid, PoAction, Refusal, Setting, UnreadySheet,
};
pub use remotes::{RemoteError, RemoteStatus, SyncKeep, clone_vault, probe_url};
pub use roster::*;
pub use secrets::*;
pub use sets::*;
pub use syslog::{SyslogReport, check_syslog_target};
pub use unseal::*;

/// How the faces' views (summaries, reports) name roles, secret kinds and
/// set states in JSON: by their CLI names, the contract of docs/CLI.md. The
/// views hold the enums, so the faces compare variants, not strings; the
/// body's own encoding (postcard, by variant) is not affected.
pub(crate) mod names {
    use super::{Role, SecretKind, SetState};

    pub(crate) fn role<S: serde::Serializer>(r: &Role, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(r.as_str())
    }

    pub(crate) fn kind<S: serde::Serializer>(k: &SecretKind, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(k.as_str())
    }

    pub(crate) fn set_state<S: serde::Serializer>(st: &SetState, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(super::set_state_name(*st))
    }
}

/// A set state's name: "active" or "pending".
pub fn set_state_name(state: SetState) -> &'static str {
    match state {
        SetState::Active => "active",
        SetState::Pending => "pending",
    }
}

/// Errors of an operation. Messages say what to do next and never hold a
/// secret.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OpsError {
    /// Storage.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Opening.
    #[error(transparent)]
    Unlock(#[from] UnlockError),
    /// KDF parameters.
    #[error(transparent)]
    Kdf(#[from] KdfRefused),
    /// A share that does not fit this vault.
    #[error(transparent)]
    Share(#[from] vault::ShareVerdictError),
    /// Bad share text.
    #[error(transparent)]
    ShareText(#[from] shares::ParseShareError),
    /// Secret already exists.
    #[error("a secret named {0:?} already exists: update it to add a version")]
    SecretExists(String),
    /// No such secret.
    #[error("no secret named {0:?}")]
    NoSuchSecret(String),
    /// Person exists.
    #[error("{0:?} is already in the roster")]
    PersonExists(String),
    /// No such person.
    #[error("no person named {0:?} in the roster")]
    NoSuchPerson(String),
    /// Invalid input.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// Refused by policy.
    #[error(transparent)]
    Policy(#[from] Refusal),
    /// The vault is older than this machine last saw.
    #[error(
        "the vault was rolled back: {0}. If an older copy was put back on purpose, it can be accepted (recorded); otherwise treat it as tampering"
    )]
    RolledBack(String),
    /// The chain does not match a checkpoint.
    #[error(transparent)]
    Checkpoint(#[from] audit::checkpoint::CheckpointMismatch),
    /// An export does not verify.
    #[error(transparent)]
    Export(#[from] audit::export::ExportError),
    /// Wrong approver PIN (recorded).
    #[error("wrong PIN for approver {0:?}: nothing was released (the attempt is recorded)")]
    WrongPin(String),
    /// Text refused where it enters (control, bidirectional or invisible
    /// characters, or too long): see [`crate::text`].
    #[error(transparent)]
    Text(#[from] crate::text::TextError),
    /// A new name that looks like one already there (same confusable
    /// skeleton, [`crate::text::same_name`]).
    #[error(
        "{new:?} looks like {existing:?}, already {what}: two names that look alike could pass for each other in the audit trail; choose a clearly different name"
    )]
    LookAlike {
        /// Whose names it was compared with.
        what: NameOf,
        /// The name refused.
        new: String,
        /// The name already there.
        existing: String,
    },
    /// A save would pass a size limit.
    #[error(transparent)]
    Full(#[from] SizeRefusal),
    /// An archive does not verify, or does not join the vault's chain.
    #[error("{0}")]
    ArchiveBroken(String),
    /// A git remote refused, or is ahead of or diverged from this copy.
    #[error(transparent)]
    Remote(#[from] RemoteError),
}

impl Classify for OpsError {
    fn class(&self) -> ExitClass {
        match self {
            Self::Store(e) => e.class(),
            Self::Unlock(e) => e.class(),
            Self::Kdf(e) => e.class(),
            Self::Share(e) => e.class(),
            Self::ShareText(_) => ExitClass::Auth,
            Self::Invalid(_) | Self::Text(_) | Self::LookAlike { .. } => ExitClass::Usage,
            Self::RolledBack(_)
            | Self::Checkpoint(_)
            | Self::Export(_)
            | Self::ArchiveBroken(_) => ExitClass::Damaged,
            Self::WrongPin(_) => ExitClass::Auth,
            Self::Remote(e) => e.class(),
            Self::Policy(_) | Self::Full(_) => ExitClass::Policy,
            Self::SecretExists(_)
            | Self::NoSuchSecret(_)
            | Self::PersonExists(_)
            | Self::NoSuchPerson(_) => ExitClass::Other,
        }
    }
}

type Result<T, E = OpsError> = std::result::Result<T, E>;

/// What the operations need from the outside world, injected so tests are
/// deterministic and can inject storage faults.
pub struct Env {
    /// KDF limits of this machine.
    pub limits: KdfLimits,
    /// Current time, Unix seconds UTC.
    pub now: Box<dyn Fn() -> i64 + Send + Sync>,
    /// Host, user, version for audit records.
    pub origin: Origin,
    /// File operations of a save.
    pub io: Box<dyn SaveIo + Send + Sync>,
    /// Rollback state and the locked-vault journal.
    pub state: crate::state::LocalState,
}

impl Env {
    /// The real machine.
    pub fn system() -> Self {
        Self {
            limits: KdfLimits::for_this_machine(),
            now: Box::new(|| jiff::Timestamp::now().as_second()),
            origin: Origin::here(),
            io: Box::new(OsIo),
            state: crate::state::LocalState::new(crate::state::LocalState::default_dir()),
        }
    }
}

/// The default vault path: `$XDG_DATA_HOME/kluis/vault.kluis`, else
/// `~/.local/share/kluis/vault.kluis`.
pub fn default_vault_path() -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("kluis").join("vault.kluis")
}

/// How the current session was opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// The PO, with the passphrase.
    Po,
    /// A delegate, with a quorum of shares.
    Emergency {
        /// Share indices used.
        indices: Vec<u8>,
        /// Whether the pending set was used.
        pending: bool,
    },
}

/// Where a face wants warnings that arise after the open.
pub type WarningSink<'e> = Box<dyn Fn(&Notice) + Send + Sync + 'e>;

/// An open vault, locked for this process. Dropping it releases the lock.
pub struct Session<'e> {
    env: &'e Env,
    path: PathBuf,
    _lock: VaultLock,
    vault: Vault,
    actor: Actor,
    mode: Mode,
    warnings: Vec<Notice>,
    /// The PO passphrase of this session, kept to re-wrap a new master key
    /// at `shares commit`. `None` in emergency sessions.
    passphrase: Option<Passphrase>,
    /// When an emergency session ends by itself (Unix seconds).
    expires_at: Option<i64>,
    /// Git remotes: failed required pushes, pending merges.
    remote: remotes::SessionRemotes,
    /// Where warnings that arise after the open go (a face sets it).
    warning_sink: Option<WarningSink<'e>>,
}

/// RFC 3339 UTC for a Unix time.
pub fn rfc3339(t: i64) -> String {
    jiff::Timestamp::from_second(t)
        .map(|ts| ts.to_string())
        .unwrap_or_else(|_| t.to_string())
}

/// Refuses `new` when it looks like one of `names` without being it (same
/// confusable skeleton, [`text::same_name`]): two such names could pass for
/// each other in the audit trail (issue 10, finding 3). The one check for
/// roster names, secret names and imported names.
pub(super) fn refuse_look_alike<'n>(
    what: NameOf,
    new: &str,
    mut names: impl Iterator<Item = &'n str>,
) -> Result<()> {
    match names.find(|e| *e != new && text::same_name(e, new)) {
        Some(existing) => Err(OpsError::LookAlike {
            what,
            new: new.to_owned(),
            existing: existing.to_owned(),
        }),
        None => Ok(()),
    }
}

/// Whose names a new name is compared with ([`OpsError::LookAlike`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameOf {
    /// The people on the roster.
    Person,
    /// The vault's secrets.
    Secret,
}

impl std::fmt::Display for NameOf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NameOf::Person => "in the roster",
            NameOf::Secret => "a secret",
        })
    }
}

/// Longest release channel (a `file=` path) stored in an audit record.
pub const CHANNEL_MAX: usize = 300;

/// Refuses text that would be stored in the chain over its bound: every
/// record stays small, so no one can grow the vault with one command.
fn check_stored_text(what: &'static str, text: &str, max: usize) -> Result<()> {
    if text.len() > max {
        return Err(OpsError::Invalid(Invalid::TooLong {
            what,
            len: text.len(),
            max,
        }));
    }
    Ok(())
}

/// Largest vault a change that adds content may make: 60 MiB. The last
/// 4 MiB up to [`crate::format::MAX_FILE_LEN`] are kept for audit records,
/// so a full vault still opens, records the open, and lets the PO remove
/// secrets or archive old records.
pub const GROWTH_LIMIT: u64 = crate::format::MAX_FILE_LEN - 4 * 1024 * 1024;

/// A save refused for its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "the vault would grow to {:.1} MiB, over its {} MiB limit{}: remove secrets or old versions, or archive old audit records",
    *size as f64 / 1048576.0,
    limit >> 20,
    if *limit < crate::format::MAX_FILE_LEN { " for new content" } else { "" }
)]
pub struct SizeRefusal {
    /// The size the save would have, in bytes.
    pub size: u64,
    /// The limit it passes, in bytes.
    pub limit: u64,
}

impl SizeRefusal {
    /// The limit passed is the one for new content ([`GROWTH_LIMIT`]), not
    /// the largest file kluis reads.
    pub fn for_new_content(&self) -> bool {
        self.limit < crate::format::MAX_FILE_LEN
    }
}

/// Checks the size of a save: at most [`crate::format::MAX_FILE_LEN`]
/// (what kluis reads), and at most [`GROWTH_LIMIT`] for a change that adds
/// content.
fn size_verdict(len: u64, content_grew: bool) -> Result<(), SizeRefusal> {
    let limit = if content_grew {
        GROWTH_LIMIT
    } else {
        crate::format::MAX_FILE_LEN
    };
    if len > limit {
        return Err(SizeRefusal { size: len, limit });
    }
    Ok(())
}

/// The actor recorded for a failed unlock: nobody proved who they are.
pub const UNKNOWN_ACTOR: &str = "(unknown)";
/// The actor recorded for a drill: whoever holds the share checked.
pub const SHARE_HOLDER_ACTOR: &str = "(share holder)";

impl<'e> Session<'e> {
    /// Applies `change` to a copy of the body, appends `event`, saves, and
    /// only then replaces the in-memory body. On any error the vault on disk
    /// and in memory are as before.
    fn commit(&mut self, event: Event, change: impl FnOnce(&mut Body) -> Result<()>) -> Result<()> {
        self.commit_many(vec![(0, event)], change)
    }

    /// Like [`Session::commit`] with several events; a time of 0 means now.
    fn commit_many(
        &mut self,
        events: Vec<(i64, Event)>,
        change: impl FnOnce(&mut Body) -> Result<()>,
    ) -> Result<()> {
        let mut body = self.vault.body.clone();
        change(&mut body)?;
        let records_after_change = body.audit.len();
        let now = (self.env.now)();
        for (time, event) in events {
            audit::append(
                &mut body.audit,
                self.vault.id(),
                if time == 0 { now } else { time },
                &self.env.origin,
                event,
            );
        }
        let old = std::mem::replace(&mut self.vault.body, body);
        let old_header = self.vault.header().clone();
        let mut rng = rand::rng();
        self.vault.sync_recovery_slots(&mut rng);
        let (bytes, header) = self.vault.seal(&mut rng);
        let len = bytes.len() as u64;
        let verdict = if len > GROWTH_LIMIT {
            // Near the limit, only audit records may use the reserve: a
            // change that adds content is refused, one that removes
            // content (or archives records) passes.
            let mut content = self.vault.body.clone();
            content.audit.truncate(records_after_change);
            let grew = content.encode().len() > old.encode().len();
            size_verdict(len, grew)
        } else {
            Ok(())
        };
        if let Err(e) = verdict {
            self.vault.body = old;
            self.vault.commit_saved(old_header);
            return Err(e.into());
        }
        match store::save_atomic(&self.path, &bytes, self.env.io.as_ref()) {
            Ok(()) => {
                let seen = crate::state::Seen {
                    generation: header.generation,
                    head: self
                        .vault
                        .body
                        .audit
                        .last()
                        .map_or(audit::GENESIS, |r| r.hash),
                    seen_at: now,
                };
                self.vault.commit_saved(header);
                if let Err(e) = self.env.state.remember(&self.vault.id(), seen) {
                    self.warnings.push(Notice::RollbackState(e.to_string()));
                }
                self.push_remotes(&bytes);
                self.forward_syslog();
                Ok(())
            }
            Err(e) => {
                self.vault.body = old;
                self.vault.commit_saved(old_header);
                Err(e.into())
            }
        }
    }

    /// Refuses everything once an emergency session has run out.
    fn check_session(&self) -> Result<()> {
        if let Some(t) = self.expires_at
            && (self.env.now)() >= t
        {
            return Err(OpsError::Policy(Refusal::SessionEnded(rfc3339(t))));
        }
        Ok(())
    }

    /// Sends every warning that arises from now on (a remote that did not
    /// accept a save, say) to `sink` as well as to [`Session::warnings`].
    pub fn set_warning_sink(&mut self, sink: WarningSink<'e>) {
        self.warning_sink = Some(sink);
    }

    fn warn(&mut self, notice: Notice) {
        if let Some(sink) = &self.warning_sink {
            sink(&notice);
        }
        self.warnings.push(notice);
    }

    /// When an emergency session ends by itself.
    pub fn expires_at(&self) -> Option<i64> {
        self.expires_at
    }

    /// Ends the session, recording the end of an emergency session. A
    /// session dropped without `close` records its end on a best-effort
    /// basis (see the `Drop` impl).
    ///
    /// # Errors
    /// Storage errors.
    pub fn close(mut self) -> Result<()> {
        self.record_end()
    }

    fn record_end(&mut self) -> Result<()> {
        if matches!(self.mode, Mode::Emergency { .. }) && self.expires_at.is_some() {
            let expired = self.expires_at.is_some_and(|t| (self.env.now)() >= t);
            let ev = Event::new(EventKind::EmergencySessionEnd, self.actor.clone()).detail(
                if expired {
                    audit::Detail::SessionExpired
                } else {
                    audit::Detail::SessionClosed
                }
                .to_string(),
            );
            // Mark ended first so a failing save is not retried from Drop.
            let expires = self.expires_at.take();
            let r = self.commit(ev, |_| Ok(()));
            if r.is_err() {
                self.expires_at = expires;
                self.expires_at = None;
            }
            r?;
        }
        Ok(())
    }

    fn require_po(&self, what: PoAction) -> Result<()> {
        self.check_session()?;
        match self.mode {
            Mode::Po => Ok(()),
            Mode::Emergency { .. } => Err(OpsError::Policy(Refusal::PoOnly(what))),
        }
    }

    /// Warnings to show (weak KDF, emergency session).
    pub fn warnings(&self) -> &[Notice] {
        &self.warnings
    }

    /// Who is acting.
    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// How the session was opened.
    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// The vault id, hex.
    pub fn vault_id(&self) -> String {
        data_encoding::HEXLOWER.encode(&self.vault.id())
    }

    /// The vault's display name.
    pub fn vault_name(&self) -> &str {
        &self.vault.body.name
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        // Best effort: an emergency session's end is recorded even when the
        // face forgot to close it or returned early with an error.
        let _ = self.record_end();
    }
}

impl std::fmt::Debug for Session<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("path", &self.path)
            .field("actor", &self.actor)
            .field("mode", &self.mode)
            .finish_non_exhaustive()
    }
}

/// A vault for the unit tests of `ops`: made through [`init`] on the
/// explicit weak-KDF path, with approver Bert (PIN [`fixture::PIN`]),
/// delegate Dirk and the backup key `k`; its three shares in index order.
#[cfg(test)]
pub(crate) mod fixture {
    use super::*;

    pub(crate) const PASS: &str = "correct horse battery staple";
    pub(crate) const PIN: &str = "246810";
    pub(crate) const VALUE: &[u8] = b"CANARY-ops-unit-value";
    /// 2025-06-15T12:00:00Z.
    pub(crate) const T0: i64 = 1_749_988_800;

    pub(crate) struct Fx {
        /// Kept so the directory lives as long as the vault in it.
        _dir: tempfile::TempDir,
        pub(crate) path: PathBuf,
        pub(crate) env: &'static Env,
        pub(crate) shares: Vec<Share>,
    }

    pub(crate) fn vault() -> Fx {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("vault.kluis");
        // Leaked: a session borrows its Env, and a test is short-lived.
        let env: &'static Env = Box::leak(Box::new(Env {
            limits: KdfLimits::for_this_machine(),
            now: Box::new(|| T0),
            origin: Origin::here(),
            io: Box::new(OsIo),
            state: crate::state::LocalState::new(dir.path().join("state")),
        }));
        let holders = ["Office safe@Safe", "IT admin@Home", "Anna"]
            .iter()
            .map(|h| h.parse::<HolderSpec>().expect("holder"))
            .collect();
        init(
            env,
            &path,
            InitRequest {
                po: "Anna".into(),
                name: "firm".into(),
                passphrase: Passphrase::new(PASS.into()),
                threshold: 2,
                holders,
                kdf: KdfChoice::Fixed(KdfParams {
                    m_kib: 1024,
                    t: 1,
                    p: 1,
                }),
                allow_weak_kdf: true,
                allow_threshold_one: false,
            },
        )
        .expect("init");
        let mut fx = Fx {
            _dir: dir,
            path,
            env,
            shares: Vec::new(),
        };
        let mut s = fx.open();
        s.roster_add("Bert", Role::Approver, Some(&Passphrase::new(PIN.into())))
            .expect("approver");
        s.roster_add("Dirk", Role::Delegate, None)
            .expect("delegate");
        s.add_secret(
            "k",
            SecretKind::BackupKey,
            NewValue::File {
                bytes: VALUE.to_vec().into(),
                raw: false,
            },
            None,
        )
        .expect("secret");
        let shares = s
            .shares_for_print(false, None, "txt")
            .expect("shares")
            .into_iter()
            .map(|p| p.share)
            .collect();
        s.close().expect("close");
        fx.shares = shares;
        fx
    }

    impl Fx {
        /// A PO session.
        pub(crate) fn open(&self) -> Session<'static> {
            open_with_passphrase(
                self.env,
                &self.path,
                &Passphrase::new(PASS.into()),
                OpenOptions::default(),
            )
            .expect("open")
        }

        /// The kinds of the audit records, through a fresh PO session.
        pub(crate) fn kinds(&self) -> Vec<EventKind> {
            let s = self.open();
            s.audit_records().iter().map(|r| r.event.kind).collect()
        }

        /// How many reports the locked-time journal holds.
        pub(crate) fn journalled(&self) -> usize {
            let id = crate::vault::EncryptedVault::parse(&std::fs::read(&self.path).expect("read"))
                .expect("parse")
                .header()
                .vault_id;
            match self.env.state.read_journal(&id) {
                crate::state::JournalRead::Entries(e) => e.len(),
                crate::state::JournalRead::Refused(p) => panic!("journal refused: {p}"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_verdict_keeps_a_reserve_for_records() {
        let max = crate::format::MAX_FILE_LEN;
        assert!(size_verdict(GROWTH_LIMIT, true).is_ok());
        let e = size_verdict(GROWTH_LIMIT + 1, true).expect_err("content over 60 MiB");
        assert_eq!(e.limit, GROWTH_LIMIT);
        assert!(
            e.to_string().starts_with(
                "the vault would grow to 60.0 MiB, over its 60 MiB limit for new content: "
            ),
            "{e}"
        );
        // Records and shrinking changes may use the reserve...
        assert!(size_verdict(max, false).is_ok());
        // ...but nothing passes what kluis reads.
        let e = size_verdict(max + 1, false).expect_err("over 64 MiB");
        assert!(e.to_string().contains("over its 64 MiB limit: "), "{e}");
    }

    #[test]
    fn look_alikes_are_refused_with_both_names() {
        let names = ["Petra", "Bas"];
        // The same name is not a look-alike of itself (callers check
        // exact duplicates first, with their own error).
        assert!(refuse_look_alike(NameOf::Person, "Petra", names.into_iter()).is_ok());
        assert!(refuse_look_alike(NameOf::Person, "Anna", names.into_iter()).is_ok());
        // A Greek capital Rho for the P.
        let e = refuse_look_alike(NameOf::Person, "\u{3a1}etra", names.into_iter())
            .expect_err("look-alike");
        assert!(
            matches!(&e, OpsError::LookAlike { what: NameOf::Person, existing, .. } if existing == "Petra"),
            "{e:?}"
        );
        // Case and I/l are folded too.
        assert!(refuse_look_alike(NameOf::Secret, "bas", names.into_iter()).is_err());
    }

    #[test]
    fn views_name_roles_kinds_and_states_as_the_cli_does() {
        let p = PersonSummary {
            name: "Bert".into(),
            role: Role::Approver,
            has_pin: true,
            added_at: rfc3339(0),
        };
        let j = serde_json::to_value(&p).expect("json");
        assert_eq!(j["role"], "approver");
        for (kind, name) in [
            (SecretKind::BackupKey, "backup-key"),
            (SecretKind::Credential, "credential"),
            (SecretKind::Totp, "totp"),
            (SecretKind::Note, "note"),
        ] {
            let mut out = serde_json::Serializer::new(Vec::new());
            names::kind(&kind, &mut out).expect("json");
            assert_eq!(out.into_inner(), format!("\"{name}\"").into_bytes());
        }
        for (state, name) in [(SetState::Active, "active"), (SetState::Pending, "pending")] {
            let mut out = serde_json::Serializer::new(Vec::new());
            names::set_state(&state, &mut out).expect("json");
            assert_eq!(out.into_inner(), format!("\"{name}\"").into_bytes());
        }
    }

    #[test]
    fn stored_text_bound_is_in_the_message() {
        let ch = "the release channel";
        assert!(check_stored_text(ch, &"x".repeat(CHANNEL_MAX), CHANNEL_MAX).is_ok());
        let e =
            check_stored_text(ch, &"x".repeat(CHANNEL_MAX + 1), CHANNEL_MAX).expect_err("too long");
        assert_eq!(
            e.to_string(),
            "the release channel is 301 bytes long; at most 300 are stored: shorten it"
        );
    }
}
