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
use crate::crypto::kdf::{self, KdfLimits, KdfParams, KdfRefused};
use crate::error::{Classify, ExitClass};
use crate::format::body::{
    Body, Holder, Person, PinHash, Role, SecretEntry, SecretKind, SecretValue, SecretVersion,
    SetState, Settings, ShareSetRecord, ValueOrigin,
};
use crate::secret::{Passphrase, RecoveryKey, SecretBytes};
use crate::shares::{self, MAX_SHARES, Share};
use crate::store::{self, OsIo, SaveIo, StoreError, VaultLock};
use crate::text;
use crate::vault::{self, EncryptedVault, NewVault, ShareSetRole, UnlockError, Vault};

mod remotes;
mod syslog;
pub use crate::format::body::check_remote_name;
pub use remotes::{RemoteError, RemoteStatus, SyncKeep, clone_vault, probe_url};
pub use syslog::{SyslogReport, check_syslog_target};

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
    #[error("a secret named {0:?} already exists: use `kluis secret update` to add a version")]
    SecretExists(String),
    /// No such secret.
    #[error("no secret named {0:?}: see `kluis secret list`")]
    NoSuchSecret(String),
    /// Person exists.
    #[error("{0:?} is already in the roster")]
    PersonExists(String),
    /// No such person.
    #[error("no person named {0:?} in the roster: see `kluis roster list`")]
    NoSuchPerson(String),
    /// Invalid input.
    #[error("{0}")]
    Invalid(String),
    /// Refused by policy.
    #[error("{0}")]
    Policy(String),
    /// The vault is older than this machine last saw.
    #[error(
        "the vault was rolled back: {0}. If you put back an older copy on purpose, pass --allow-rollback (recorded); otherwise treat it as tampering"
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
        /// "in the roster", "a secret".
        what: &'static str,
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

/// A share holder as given on the command line: `LABEL[@PLACE]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolderSpec {
    /// Who holds it.
    pub label: String,
    /// Where it is kept.
    pub place: String,
}

impl std::str::FromStr for HolderSpec {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let (label, place) = s.split_once('@').unwrap_or((s, ""));
        let label = label.trim();
        if label.is_empty() {
            return Err("a holder needs a label, as LABEL or LABEL@PLACE".into());
        }
        Ok(HolderSpec {
            label: label.to_string(),
            place: place.trim().to_string(),
        })
    }
}

/// How to choose KDF parameters at init.
#[derive(Debug, Clone, Copy)]
pub enum KdfChoice {
    /// Measure this machine and aim at about one second.
    Calibrate,
    /// Use these.
    Fixed(KdfParams),
}

/// Everything `init` needs.
pub struct InitRequest {
    /// The PO's name.
    pub po: String,
    /// Vault display name.
    pub name: String,
    /// The PO passphrase.
    pub passphrase: Passphrase,
    /// k.
    pub threshold: u8,
    /// The n holders.
    pub holders: Vec<HolderSpec>,
    /// KDF choice.
    pub kdf: KdfChoice,
    /// Accept parameters below the floor.
    pub allow_weak_kdf: bool,
    /// Accept k = 1 (one sheet alone opens the vault).
    pub allow_threshold_one: bool,
}

/// What init did.
#[derive(Debug, Clone)]
pub struct InitReport {
    /// Vault id, hex.
    pub vault_id: String,
    /// Parameters used.
    pub kdf: KdfParams,
    /// Set id, hex.
    pub set_id: String,
    /// Warnings to show.
    pub warnings: Vec<String>,
}

/// Checks k and n for a new set; returns warnings.
fn check_threshold(k: u8, n: usize, allow_one: bool) -> Result<Vec<String>> {
    if n == 0 || n > MAX_SHARES as usize {
        return Err(OpsError::Invalid(format!(
            "give between 1 and {MAX_SHARES} --holder options (got {n})"
        )));
    }
    if k == 0 || k as usize > n {
        return Err(OpsError::Invalid(format!(
            "the threshold must be between 1 and the number of holders ({n}), got {k}"
        )));
    }
    let mut warnings = Vec::new();
    if k == 1 {
        if !allow_one {
            return Err(OpsError::Policy(
                "threshold 1 means any single sheet opens the vault (the safe alone would suffice): choose 2 or more, or pass --allow-threshold-one".into(),
            ));
        }
        warnings.push("threshold 1: any single sheet opens the vault".to_string());
    }
    if k as usize == n && n > 1 {
        warnings.push(format!(
            "threshold {k} of {n}: losing any one sheet makes recovery impossible"
        ));
    }
    Ok(warnings)
}

fn new_set(
    recovery: &RecoveryKey,
    k: u8,
    holders: &[HolderSpec],
    now: i64,
    state: SetState,
) -> Result<ShareSetRecord> {
    let mut rng = rand::rng();
    let mut set_id = [0u8; 8];
    rng.fill_bytes(&mut set_id);
    let (parts, _info) = shares::split(recovery.expose(), set_id, k, holders.len() as u8, &mut rng)
        .map_err(|e| OpsError::Invalid(e.to_string()))?;
    Ok(ShareSetRecord {
        set_id,
        threshold: k,
        state,
        created_at: now,
        recovery_key: SecretBytes::new(recovery.expose().to_vec()),
        exposed: false,
        holders: parts
            .iter()
            .zip(holders)
            .map(|(s, h)| Holder {
                index: s.index(),
                label: h.label.clone(),
                place: h.place.clone(),
                share: SecretBytes::new(s.expose_value().to_vec()),
                printed_at: None,
                verified_at: None,
                drilled_at: None,
            })
            .collect(),
    })
}

/// Checks the holders of a new set where they enter (labels are names,
/// places free text) and returns them in the stored form. `init` and
/// `shares_rotate` call it; a face may call it first, to refuse before the
/// vault is opened.
///
/// # Errors
/// [`OpsError::Text`] naming the holder.
pub fn check_holders(holders: &[HolderSpec]) -> Result<Vec<HolderSpec>> {
    holders
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let label = text::check_name(&format!("the label of holder {}", i + 1), &h.label)?;
            text::check(
                &format!("the place of holder {}", i + 1),
                &h.place,
                text::LABEL_MAX,
            )?;
            Ok(HolderSpec {
                label,
                place: h.place.clone(),
            })
        })
        .collect()
}

/// The roster person `name` names: the exact name, else the one name that
/// looks like it ([`text::same_name`]). A vault written by older code may
/// hold two look-alike names; then only the exact one is found.
fn find_person<'b>(roster: &'b [Person], name: &str) -> Option<&'b Person> {
    roster.iter().find(|p| p.name == name).or_else(|| {
        let mut alike = roster.iter().filter(|p| text::same_name(&p.name, name));
        match (alike.next(), alike.next()) {
            (Some(p), None) => Some(p),
            _ => None,
        }
    })
}

/// Creates a new vault at `path`.
///
/// # Errors
/// [`OpsError`]: a vault already there, bad threshold, KDF refused, I/O.
pub fn init(env: &Env, path: &Path, mut req: InitRequest) -> Result<InitReport> {
    req.po = text::check_name("the PO name", &req.po)?;
    req.name = text::check_name("the vault name", &req.name)?;
    req.holders = check_holders(&req.holders)?;
    let mut warnings = check_threshold(req.threshold, req.holders.len(), req.allow_threshold_one)?;
    if req.passphrase.is_empty() {
        return Err(OpsError::Invalid(
            "the passphrase is empty: choose a long passphrase".into(),
        ));
    }
    if let Some(dir) = path.parent() {
        store::ensure_dir(dir)?;
    }
    let _lock = VaultLock::acquire(path)?;
    if std::fs::symlink_metadata(path).is_ok() {
        return Err(StoreError::Exists(path.to_path_buf()).into());
    }
    let kdf = match req.kdf {
        KdfChoice::Fixed(p) => p,
        KdfChoice::Calibrate => kdf::calibrate(std::time::Duration::from_secs(1), &env.limits),
    };
    kdf.check(&env.limits, req.allow_weak_kdf)?;
    if kdf.is_weak() {
        warnings.push(format!(
            "weak key derivation ({kdf}) was allowed with --allow-weak-kdf; every open will say so"
        ));
    }
    let now = (env.now)();
    let mut rng = rand::rng();
    let recovery = RecoveryKey::random(&mut rng);
    let set = new_set(
        &recovery,
        req.threshold,
        &req.holders,
        now,
        SetState::Active,
    )?;
    let set_id = vault::set_hex(&set.set_id);
    let body = Body {
        name: req.name,
        created_at: now,
        settings: Settings::default(),
        secrets: Vec::new(),
        roster: vec![Person {
            name: req.po.clone(),
            role: Role::Po,
            pin: None,
            pin_failures: 0,
            locked_until: None,
            added_at: now,
        }],
        sets: vec![set],
        audit: Vec::new(),
        acknowledged_seq: 0,
        remotes: Vec::new(),
        syslog: Default::default(),
    };
    let mut vault = Vault::create(
        NewVault {
            name: body.name.clone(),
            passphrase: req.passphrase,
            kdf,
            allow_weak_kdf: req.allow_weak_kdf,
            body,
        },
        &env.limits,
        &mut rng,
    )?;
    let actor = Actor {
        person: req.po,
        auth: AuthMethod::Passphrase,
    };
    let detail = format!(
        "threshold {} of {}, set {set_id}, {kdf}",
        req.threshold,
        req.holders.len()
    );
    let vault_id = vault.id();
    audit::append(
        &mut vault.body.audit,
        vault_id,
        now,
        &env.origin,
        Event::new(EventKind::Init, actor).detail(detail),
    );
    let (bytes, header) = vault.seal(&mut rng);
    store::create_new_atomic(path, &bytes, env.io.as_ref())?;
    vault.commit_saved(header);
    Ok(InitReport {
        vault_id: data_encoding::HEXLOWER.encode(&vault.id()),
        kdf,
        set_id,
        warnings,
    })
}

/// Reads and parses the vault under the lock, without unlocking.
fn read_locked(path: &Path) -> Result<(VaultLock, EncryptedVault)> {
    // Stat first so "no vault here" is not masked by creating a lock file.
    if std::fs::symlink_metadata(path).is_err() {
        return Err(StoreError::NotFound(path.to_path_buf()).into());
    }
    // Before the lock, so a link leaves no lock file beside it.
    store::refuse_vault_symlink(path)?;
    let lock = VaultLock::acquire(path)?;
    // Under the lock no save is in flight: a temp file now is a killed save's.
    store::remove_stale_temps(path);
    let bytes = store::read_vault(path)?;
    let enc = EncryptedVault::parse(&bytes).map_err(UnlockError::from)?;
    Ok((lock, enc))
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
pub type WarningSink<'e> = Box<dyn Fn(&str) + Send + Sync + 'e>;

/// An open vault, locked for this process. Dropping it releases the lock.
pub struct Session<'e> {
    env: &'e Env,
    path: PathBuf,
    _lock: VaultLock,
    vault: Vault,
    actor: Actor,
    mode: Mode,
    warnings: Vec<String>,
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

fn weak_warning(h: &crate::format::Header) -> Option<String> {
    h.weak_kdf().then(|| format!("this vault uses weak key derivation ({}), allowed with --allow-weak-kdf when it was made", h.kdf))
}

/// Records a passed drill on the share's holder: the drill date, and the
/// verification of a printed sheet.
fn apply_drill(body: &mut Body, (set_id, index, time): ([u8; 8], u8, i64)) {
    let Some(set) = body.sets.iter_mut().find(|s| s.set_id == set_id) else {
        return;
    };
    let Some(h) = set.holders.iter_mut().find(|h| h.index == index) else {
        return;
    };
    h.drilled_at = Some(h.drilled_at.map_or(time, |d| d.max(time)));
    if h.printed_at.is_some_and(|p| p <= time) {
        h.verified_at = Some(h.verified_at.map_or(time, |v| v.max(time)));
    }
}

/// Options of an open.
#[derive(Debug, Clone, Copy, Default)]
pub struct OpenOptions {
    /// Accept a vault older than the one this machine last saw (recorded).
    pub allow_rollback: bool,
    /// `kluis sync`: take a newer remote copy, or resolve a divergence.
    pub sync: Option<SyncKeep>,
}

/// Records a failed unlock in the journal of a locked vault. A journal
/// failure must not hide the authentication failure, so it is not reported.
fn journal_failure(
    env: &Env,
    enc: &EncryptedVault,
    method: journal::Method,
    claimed_as: Option<&str>,
    why: &str,
) {
    let report = journal::Report::UnlockFailure {
        method,
        claimed_as: claimed_as.map(|n| journal::clip(n, journal::NAME_MAX)),
        why: journal::clip(why, journal::WHY_MAX),
    };
    let _ = env.state.journal(
        &enc.header().vault_id,
        journal::JournalEntry::once((env.now)(), report),
    );
}

/// What the journal gives an open: records to append, and where to move a
/// journal that must not be merged once they are saved.
struct JournalMerge {
    merged: Vec<journal::Merged>,
    quarantine: Option<PathBuf>,
}

/// The journal's reports as records, or the record of its quarantine.
/// Never fails the open: a journal is not authenticated, so the worst it
/// can do is be wrong, and that is what the records say.
fn merge_journal(
    env: &Env,
    vault: &Vault,
    actor: &Actor,
    warnings: &mut Vec<String>,
) -> JournalMerge {
    let id = vault.id();
    let entries = match env.state.read_journal(&id) {
        crate::state::JournalRead::Entries(e) => e,
        crate::state::JournalRead::Refused(problem) => {
            // Moved only after the record of it is saved, so a failed save
            // leaves it in place to be reported again.
            let to = env.state.quarantine_path(&id, (env.now)());
            warnings.push(format!(
                "the locked-time journal was tampered with or damaged: {problem}. Nothing in it was merged; it was moved to {}",
                to.display()
            ));
            let detail = format!("{problem}; moved to {}", to.display());
            return JournalMerge {
                merged: vec![journal::Merged {
                    event: Event::new(EventKind::JournalQuarantined, actor.clone())
                        .outcome(audit::Outcome::Failure)
                        .detail(journal::clip(&detail, 2 * journal::WHY_MAX)),
                    drill: None,
                }],
                quarantine: Some(to),
            };
        }
    };
    if entries.is_empty() {
        return JournalMerge {
            merged: Vec::new(),
            quarantine: None,
        };
    }
    let count = |method| {
        entries
            .iter()
            .filter(|e| matches!(&e.report, journal::Report::UnlockFailure { method: m, .. } if *m == method))
            .fold(0u32, |n, e| n.saturating_add(e.count))
    };
    let failures = count(journal::Method::Passphrase);
    if failures > 0 {
        warnings.push(format!(
            "{failures} failed unlock attempt(s) since the last unlock; see `kluis audit list`"
        ));
    }
    let recoveries = count(journal::Method::Shares);
    if recoveries > 0 {
        warnings.push(format!(
            "{recoveries} refused recovery attempt(s) with shares since the last unlock; see `kluis audit list`"
        ));
    }
    let merged = journal::merge(entries, &id, |set_id, index| {
        vault
            .body
            .sets
            .iter()
            .find(|s| &s.set_id == set_id)
            .and_then(|s| s.holders.iter().find(|h| h.index == index))
            .map(|h| h.share.expose())
    });
    JournalMerge {
        merged,
        quarantine: None,
    }
}

/// A vault unlocked under its lock, and who opened it how.
struct Opened {
    lock: VaultLock,
    vault: Vault,
    actor: Actor,
    mode: Mode,
}

/// What every open does after the keys check out: the rollback check, the
/// journal merge, the first record, and the local state update.
fn finish_open<'e>(
    env: &'e Env,
    path: &Path,
    opened: Opened,
    opts: OpenOptions,
    event: Event,
) -> Result<Session<'e>> {
    let Opened {
        lock,
        mut vault,
        actor,
        mode,
    } = opened;
    let mut warnings: Vec<String> = weak_warning(vault.header()).into_iter().collect();
    // The remotes first: `kluis sync` may replace the copy with a newer one,
    // which the local rollback check below must then judge.
    let check = remotes::check_on_open(env, path, &mut vault, &actor, opts)?;
    warnings.extend(check.warnings);
    let mut events = check.events;
    let id = vault.id();
    let generation = vault.header().generation;
    let head = vault.body.audit.last().map_or(audit::GENESIS, |r| r.hash);
    if let Some(seen) = env.state.seen(&id)? {
        let rolled_back =
            generation < seen.generation || (generation == seen.generation && head != seen.head);
        if rolled_back {
            let what = format!(
                "the vault file is generation {generation}, but this machine saw generation {} on {}",
                seen.generation,
                rfc3339(seen.seen_at)
            );
            if !opts.allow_rollback {
                return Err(OpsError::RolledBack(what));
            }
            warnings.push(format!("rollback accepted with --allow-rollback: {what}"));
            events.push(Event::new(EventKind::RollbackAccepted, actor.clone()).detail(what));
            // The accepted copy is the new baseline: the save below records
            // its (older) generation.
            env.state.forget(&id)?;
        }
    }
    let JournalMerge { merged, quarantine } = merge_journal(env, &vault, &actor, &mut warnings);
    let drills: Vec<_> = merged.iter().filter_map(|m| m.drill).collect();
    let expires_at = matches!(mode, Mode::Emergency { .. })
        .then(|| (env.now)() + i64::from(vault.body.settings.emergency_minutes) * 60);
    let mut s = Session {
        env,
        path: path.to_path_buf(),
        _lock: lock,
        vault,
        actor,
        mode,
        warnings,
        passphrase: None,
        expires_at,
        remote: check.remotes,
        warning_sink: None,
    };
    // Merged records carry the merge time; the times they claim are in
    // their `ReportedWhileLocked` marker.
    let records = merged
        .into_iter()
        .map(|m| (0, m.event))
        .chain(events.into_iter().map(|e| (0, e)))
        .chain([(0, event)])
        .collect();
    let recorded = s.commit_many(records, |b| {
        for d in drills {
            apply_drill(b, d);
        }
        Ok(())
    });
    match recorded {
        Ok(()) => match quarantine {
            None => {
                let _ = env.state.clear_journal(&id);
            }
            Some(to) => {
                if let Err(e) = env.state.quarantine_journal(&id, &to) {
                    s.warnings.push(format!(
                        "the tampered journal could not be moved aside ({e}): remove it by hand"
                    ));
                }
            }
        },
        // A vault at its limit must still open for the PO, who alone can
        // make room; the journal stays for the next open.
        Err(OpsError::Full(e)) if s.mode == Mode::Po => s.warnings.push(format!(
            "this open could not be recorded: {e}; the locked-time journal is kept until it can be"
        )),
        Err(e) => return Err(e),
    }
    Ok(s)
}

/// Opens the vault with the PO passphrase and records the unlock. A wrong
/// passphrase is journalled and shown at the next unlock.
///
/// # Errors
/// [`OpsError`]: in use, damaged, KDF refused, wrong passphrase, rolled back.
pub fn open_with_passphrase<'e>(
    env: &'e Env,
    path: &Path,
    passphrase: &Passphrase,
    opts: OpenOptions,
) -> Result<Session<'e>> {
    let (lock, enc) = read_locked(path)?;
    let vault = match enc.unlock_with_passphrase(passphrase, &env.limits) {
        Ok(v) => v,
        Err(e @ UnlockError::WrongPassphrase) => {
            journal_failure(
                env,
                &enc,
                journal::Method::Passphrase,
                None,
                "wrong passphrase",
            );
            return Err(e.into());
        }
        Err(e) => return Err(e.into()),
    };
    let po = vault
        .body
        .roster
        .iter()
        .find(|p| p.role == Role::Po)
        .map_or_else(|| "po".to_string(), |p| p.name.clone());
    let actor = Actor {
        person: po,
        auth: AuthMethod::Passphrase,
    };
    let ev = Event::new(EventKind::Unlock, actor.clone());
    let opened = Opened {
        lock,
        vault,
        actor,
        mode: Mode::Po,
    };
    let mut s = finish_open(env, path, opened, opts, ev)?;
    s.passphrase = Some(Passphrase::new(passphrase.expose().to_string()));
    let pending = s.unacknowledged().len();
    if pending > 0 {
        s.warnings.push(format!("{pending} emergency event(s) since your last acknowledgement: review them with `kluis audit list`, then run `kluis ack`"));
    }
    for set in s.vault.body.sets.iter().filter(|x| x.exposed) {
        s.warnings.push(format!("share set {} was used in an emergency and is exposed: rotate it with `kluis shares rotate`", vault::set_hex(&set.set_id)));
    }
    Ok(s)
}

/// Opens the vault with a quorum of shares for a roster delegate, records
/// the recovery, and marks the share set exposed (it must be rotated).
///
/// # Errors
/// [`OpsError`]: the shares (named), not a delegate, in use, damaged.
pub fn open_with_shares<'e>(
    env: &'e Env,
    path: &Path,
    shares: Vec<Share>,
    as_name: &str,
    opts: OpenOptions,
) -> Result<Session<'e>> {
    // Before anything is read or journalled: this name reaches the journal
    // even when the shares are bad.
    let as_name = text::check_name("the name given with --as", as_name)?;
    let as_name = as_name.as_str();
    let (lock, enc) = read_locked(path)?;
    let (vault, quorum, role) = match enc.unlock_with_quorum(shares) {
        Ok(v) => v,
        Err(e) => {
            if e.class() == ExitClass::Auth {
                journal_failure(
                    env,
                    &enc,
                    journal::Method::Shares,
                    Some(as_name),
                    &e.to_string(),
                );
            }
            return Err(e.into());
        }
    };
    // The quorum opened the vault, so this attempt can be recorded in the
    // chain itself (below), not only in the journal. Look-alike spellings
    // of a roster name find that person (text::same_name).
    let person = find_person(&vault.body.roster, as_name).map(|p| (p.name.clone(), p.role));
    let refusal = match &person {
        None => Some(format!(
            "{as_name:?} is not in the roster: --as must name a delegate the PO designated"
        )),
        Some((_, role)) if *role != Role::Delegate => Some(format!(
            "{as_name:?} is a {} in the roster, not a delegate: --as must name a delegate",
            role.as_str()
        )),
        Some(_) => None,
    };
    let indices = quorum.indices();
    let set_id = quorum.set_id();
    let set = vault
        .body
        .sets
        .iter()
        .find(|s| s.set_id == set_id)
        .expect("the quorum validated against a set of this vault");
    let holders = indices
        .iter()
        .filter_map(|i| {
            set.holders
                .iter()
                .find(|h| h.index == *i)
                .map(|h| h.label.clone())
        })
        .collect();
    // The roster's spelling, whatever look-alike was typed.
    let actor = Actor {
        person: person
            .as_ref()
            .map(|(name, _)| name.clone())
            .unwrap_or_else(|| journal::clip(as_name, journal::NAME_MAX)),
        auth: AuthMethod::Quorum {
            indices: indices.clone(),
            holders,
        },
    };
    let mode = Mode::Emergency {
        indices,
        pending: role == ShareSetRole::Pending,
    };
    if let Some(why) = refusal {
        return Err(refuse_recovery(
            env,
            path,
            Opened {
                lock,
                vault,
                actor,
                mode,
            },
            opts,
            set_id,
            why,
        ));
    }
    let ev = Event::new(EventKind::Recovery, actor.clone())
        .subject(format!("set {}", vault::set_hex(&set_id)))
        .detail("share set marked exposed");
    let mut s = finish_open(
        env,
        path,
        Opened {
            lock,
            vault,
            actor,
            mode,
        },
        opts,
        ev,
    )?;
    s.warnings
        .push("emergency session: only secrets marked for emergencies can be released".into());
    // The exposure is part of the recovery: save it now.
    s.commit(
        Event::new(EventKind::EmergencySessionStart, s.actor.clone()),
        |b| {
            if let Some(set) = b.sets.iter_mut().find(|x| x.set_id == set_id) {
                set.exposed = true;
            }
            Ok(())
        },
    )?;
    Ok(s)
}

/// Records a recovery refused after the quorum opened the vault (`--as`
/// names no delegate): someone holding k sheets tried to get in, so the PO
/// must learn of it. The attempt goes into the chain as a denied recovery
/// (an emergency event, shown until acknowledged) and the share set is
/// marked exposed, since its recovery key was rebuilt. Returns the refusal.
fn refuse_recovery(
    env: &Env,
    path: &Path,
    opened: Opened,
    opts: OpenOptions,
    set_id: shares::SetId,
    why: String,
) -> OpsError {
    let ev = Event::new(EventKind::Recovery, opened.actor.clone())
        .subject(format!("set {}", vault::set_hex(&set_id)))
        .outcome(audit::Outcome::Denied)
        .detail(journal::clip(
            &format!("refused, share set marked exposed: {why}"),
            2 * journal::WHY_MAX,
        ));
    let recorded = finish_open(env, path, opened, opts, ev).and_then(|mut s| {
        // No session was granted: nothing to end on drop.
        s.expires_at = None;
        s.commit_many(Vec::new(), |b| {
            if let Some(set) = b.sets.iter_mut().find(|x| x.set_id == set_id) {
                set.exposed = true;
            }
            Ok(())
        })
    });
    match recorded {
        Ok(()) => OpsError::Policy(format!(
            "{why} (the attempt is recorded and the share set must be rotated)"
        )),
        Err(e) => e,
    }
}

/// Checks one share against the vault without unlocking it (a drill): no
/// passphrase, nothing revealed. The result, pass or fail, is journalled and
/// merged into the audit chain at the next unlock, which also records the
/// share's drill date.
///
/// # Errors
/// [`OpsError`] with the verdict.
pub fn verify_share(env: &Env, path: &Path, share: &Share) -> Result<ShareCheck> {
    let (_lock, enc) = read_locked(path)?;
    let result = enc.check_share(share);
    let set = vault::set_hex(&share.set_id());
    let now = (env.now)();
    let vault_id = enc.header().vault_id;
    let report = journal::Report::Drill {
        set_id: share.set_id(),
        index: share.index(),
        passed: result.is_ok(),
        why: match &result {
            Ok(_) => String::new(),
            Err(e) => journal::clip(&e.to_string(), journal::WHY_MAX),
        },
        // Only the holder of the share can make this, so the merge can
        // tell a real drill from a written line.
        proof: result.is_ok().then(|| {
            journal::drill_proof(
                share.expose_value(),
                &vault_id,
                &share.set_id(),
                share.index(),
                now,
            )
        }),
    };
    let journalled = env
        .state
        .journal(&vault_id, journal::JournalEntry::once(now, report));
    let role = result?;
    journalled?;
    Ok(ShareCheck {
        index: share.index(),
        threshold: share.threshold(),
        count: share.count(),
        pending: role == ShareSetRole::Pending,
        set_id: set,
    })
}

/// The verdict of a drill.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ShareCheck {
    /// Index.
    pub index: u8,
    /// k.
    pub threshold: u8,
    /// n.
    pub count: u8,
    /// Of the pending set.
    pub pending: bool,
    /// Set id, hex.
    pub set_id: String,
}

/// Parses a share's text form.
///
/// # Errors
/// [`OpsError::ShareText`] naming the line.
pub fn parse_share(text: &str) -> Result<Share> {
    Ok(Share::parse(text)?)
}

/// Metadata of a secret; never its value.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SecretSummary {
    /// Name.
    pub name: String,
    /// Kind (CLI name).
    pub kind: &'static str,
    /// Released in emergencies.
    pub emergency: bool,
    /// Newest version number.
    pub latest_version: u32,
    /// All versions.
    pub versions: Vec<VersionSummary>,
}

/// Metadata of one version.
#[derive(Debug, Clone, serde::Serialize)]
pub struct VersionSummary {
    /// Number.
    pub number: u32,
    /// When made (RFC 3339).
    pub created_at: String,
    /// By whom.
    pub created_by: String,
    /// file, generated-key256, generated-passphrase.
    pub origin: &'static str,
    /// Value size in bytes (not secret: the kind of key reveals it anyway).
    pub length: usize,
    /// For credentials: the account name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// For credentials: the URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// For a backup key that is a key pair: its public half, derived from
    /// the value when shown (never the private part).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_pair: Option<crate::keys::KeyPair>,
}

/// RFC 3339 UTC for a Unix time.
pub fn rfc3339(t: i64) -> String {
    jiff::Timestamp::from_second(t)
        .map(|ts| ts.to_string())
        .unwrap_or_else(|_| t.to_string())
}

fn summarize(e: &SecretEntry) -> SecretSummary {
    SecretSummary {
        name: e.name.clone(),
        kind: e.kind.as_str(),
        emergency: e.emergency,
        latest_version: e.versions.last().map_or(0, |v| v.number),
        versions: e
            .versions
            .iter()
            .map(|v| {
                let (length, username, url) = match &v.value {
                    SecretValue::Opaque(b) => (b.len(), None, None),
                    SecretValue::Credential {
                        username,
                        password,
                        url,
                        ..
                    } => (password.len(), Some(username.clone()), Some(url.clone())),
                    SecretValue::Totp { seed, .. } => (seed.len(), None, None),
                };
                VersionSummary {
                    number: v.number,
                    created_at: rfc3339(v.created_at),
                    created_by: v.created_by.clone(),
                    origin: match v.origin {
                        ValueOrigin::File => "file",
                        ValueOrigin::GeneratedKey256 => "generated-key256",
                        ValueOrigin::GeneratedPassphrase => "generated-passphrase",
                        ValueOrigin::GeneratedAge => "generated-age",
                    },
                    length,
                    username,
                    url,
                    key_pair: match (&v.value, e.kind) {
                        (SecretValue::Opaque(b), SecretKind::BackupKey) => {
                            crate::keys::describe(b.expose())
                        }
                        _ => None,
                    },
                }
            })
            .collect(),
    }
}

/// What an import did (or, with `dry_run`, would do).
#[derive(Debug, Clone, serde::Serialize)]
pub struct ImportReport {
    /// The secrets imported, in source order.
    pub imported: Vec<ImportRow>,
    /// What the source held that kluis left out.
    pub skipped: Vec<crate::import::Skipped>,
    /// Nothing was saved.
    pub dry_run: bool,
}

/// One imported secret.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ImportRow {
    /// Name.
    pub name: String,
    /// Kind (CLI name).
    pub kind: &'static str,
    /// The version it got (1 when new).
    pub version: u32,
}

/// What a recovery kit's emergency text says about the vault.
#[derive(Debug, Clone)]
pub struct KitFacts {
    /// Display name.
    pub vault_name: String,
    /// Vault id, hex.
    pub vault_id: String,
    /// The PO who wrote the kit.
    pub po: String,
    /// Roster delegates.
    pub delegates: Vec<String>,
    /// Roster approvers.
    pub approvers: Vec<String>,
    /// k of the active share set (0 without one).
    pub threshold: u8,
    /// The active set's sheets: index, holder, place.
    pub holders: Vec<(u8, String, String)>,
    /// Secrets released in emergency sessions.
    pub emergency_secrets: Vec<String>,
    /// When (RFC 3339).
    pub written_at: String,
}

/// The last recovery kit, derived from the audit chain.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct KitStatus {
    /// When it was written (RFC 3339).
    pub written_at: String,
    /// Where.
    pub out: String,
    /// Secrets, roster, share sets, passphrase or settings changed since:
    /// the kit's copy of the vault lacks that change.
    pub changed_since: bool,
}

/// The last `KitWritten` record of `chain`, and whether a record after it
/// changed what the kit's copy holds. Unlocks, unseals, drills and exports
/// only add audit records, which the kit does not need to recover.
pub fn kit_status(chain: &[audit::AuditRecord]) -> Option<KitStatus> {
    let at = chain
        .iter()
        .rposition(|r| r.event.kind == EventKind::KitWritten)?;
    let kit = &chain[at];
    let changed_since = chain[at + 1..].iter().any(|r| {
        matches!(
            r.event.kind,
            EventKind::SecretAdd
                | EventKind::SecretEdit
                | EventKind::SecretDelete
                | EventKind::RosterChange
                | EventKind::Rotation
                | EventKind::PassphraseChange
                | EventKind::Takeover
                | EventKind::SettingsChange
        )
    });
    Some(KitStatus {
        written_at: rfc3339(kit.time),
        out: kit.event.subject.clone().unwrap_or_default(),
        changed_since,
    })
}

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generate {
    /// 32 random bytes.
    Key256,
    /// Six words from the EFF large list (6 x 12.9 = 77.5 bits).
    Passphrase,
    /// An age X25519 identity (backup keys only): the backup servers
    /// encrypt to its recipient, only the vault can decrypt.
    Age,
}

/// Where a new value comes from.
pub enum NewValue {
    /// The bytes of a `--value-file`. `raw` keeps a trailing newline.
    File {
        /// Contents.
        bytes: Zeroizing<Vec<u8>>,
        /// Keep the bytes exactly.
        raw: bool,
    },
    /// Generated by kluis.
    Generate(Generate),
}

/// Words in a generated passphrase: 6 x log2(7776) = 77.5 bits.
pub const PASSPHRASE_WORDS: usize = 6;

/// A random passphrase of [`PASSPHRASE_WORDS`] words from the EFF large
/// wordlist shipped in the binary, joined by dashes.
pub fn generate_passphrase(rng: &mut impl rand::CryptoRng) -> Zeroizing<String> {
    let list = eff_wordlist::large::LIST;
    let mut out = Zeroizing::new(String::new());
    for i in 0..PASSPHRASE_WORDS {
        if i > 0 {
            out.push('-');
        }
        out.push_str(list[rng.random_range(0..list.len())].1);
    }
    out
}

/// Strips one trailing newline from text (editors add one); binary content
/// and `raw` content are kept exactly.
fn trim_value(mut bytes: Zeroizing<Vec<u8>>, raw: bool) -> Zeroizing<Vec<u8>> {
    if !raw && std::str::from_utf8(&bytes).is_ok() {
        let len = bytes.len();
        if bytes.ends_with(b"\r\n") {
            bytes.truncate(len - 2);
        } else if bytes.ends_with(b"\n") {
            bytes.truncate(len - 1);
        }
    }
    bytes
}

/// The checks of a new value that need no vault: `--generate age` only for
/// backup keys, and a backup-key file that claims a key form must be one
/// (src/keys.rs). The CLI runs them before it opens the vault, so a refused
/// value leaves the file untouched; adding and updating run them again.
///
/// # Errors
/// [`OpsError::Invalid`] with the exact reason.
pub fn check_new_value(kind: SecretKind, value: &NewValue) -> Result<()> {
    match value {
        NewValue::Generate(Generate::Age) if kind != SecretKind::BackupKey => {
            Err(OpsError::Invalid(format!(
                "--generate age makes a key pair for backups: use it with --kind backup-key, not {}",
                kind.as_str()
            )))
        }
        NewValue::File { bytes, .. } if kind == SecretKind::BackupKey => {
            crate::keys::recognise(bytes)
                .map(drop)
                .map_err(|e| OpsError::Invalid(e.to_string()))
        }
        _ => Ok(()),
    }
}

fn make_value(kind: SecretKind, value: NewValue) -> Result<(SecretValue, ValueOrigin)> {
    let mut rng = rand::rng();
    match value {
        // A private key file is kept byte for byte (no newline trimmed), so
        // a restore gets exactly the file the key's tool wrote. A file that
        // claims a key form but does not parse is refused here, not at the
        // restore (src/keys.rs).
        NewValue::File { bytes, .. }
            if kind == SecretKind::BackupKey
                && crate::keys::recognise(&bytes)
                    .map_err(|e| OpsError::Invalid(e.to_string()))?
                    .is_some() =>
        {
            Ok((
                SecretValue::Opaque(SecretBytes::new(bytes.to_vec())),
                ValueOrigin::File,
            ))
        }
        NewValue::Generate(g) => {
            let (bytes, origin) = match g {
                Generate::Key256 => {
                    let mut k = vec![0u8; 32];
                    rng.fill_bytes(&mut k);
                    (SecretBytes::new(k), ValueOrigin::GeneratedKey256)
                }
                Generate::Passphrase => (
                    SecretBytes::new(generate_passphrase(&mut rng).as_bytes().to_vec()),
                    ValueOrigin::GeneratedPassphrase,
                ),
                Generate::Age => {
                    check_new_value(kind, &NewValue::Generate(g))?;
                    let id = crate::keys::generate_age();
                    return Ok((
                        SecretValue::Opaque(SecretBytes::new(id.to_vec())),
                        ValueOrigin::GeneratedAge,
                    ));
                }
            };
            let v = match kind {
                SecretKind::BackupKey | SecretKind::Note => SecretValue::Opaque(bytes),
                SecretKind::Credential => SecretValue::Credential {
                    username: String::new(),
                    password: bytes,
                    url: String::new(),
                    notes: SecretBytes::new(Vec::new()),
                },
                SecretKind::Totp => {
                    let mut seed = vec![0u8; 20];
                    rng.fill_bytes(&mut seed);
                    SecretValue::Totp {
                        seed: SecretBytes::new(seed),
                        digits: 6,
                        period: 30,
                    }
                }
            };
            Ok((v, origin))
        }
        NewValue::File { bytes, raw } => {
            let bytes = trim_value(bytes, raw);
            if bytes.is_empty() {
                return Err(OpsError::Invalid(
                    "the value file is empty: nothing to store".into(),
                ));
            }
            let v = match kind {
                SecretKind::BackupKey | SecretKind::Note => {
                    SecretValue::Opaque(SecretBytes::new(bytes.to_vec()))
                }
                SecretKind::Credential => parse_credential(&bytes)?,
                SecretKind::Totp => {
                    crate::totp::parse_seed(&bytes).map_err(|e| OpsError::Invalid(e.to_string()))?
                }
            };
            Ok((v, ValueOrigin::File))
        }
    }
}

/// A credential file: `key: value` lines with keys `username`, `password`
/// (required), `url`, `notes`.
fn parse_credential(bytes: &[u8]) -> Result<SecretValue> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| OpsError::Invalid("a credential file must be UTF-8 text".into()))?;
    let (mut username, mut password, mut url, mut notes) =
        (String::new(), None, String::new(), String::new());
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let Some((k, v)) = line.split_once(':') else {
            return Err(OpsError::Invalid(format!(
                "line {} of the credential file is not `key: value` (keys: username, password, url, notes)",
                n + 1
            )));
        };
        let v = v.strip_prefix(' ').unwrap_or(v);
        match k.trim() {
            "username" => username = v.to_string(),
            "password" => password = Some(SecretBytes::new(v.as_bytes().to_vec())),
            "url" => url = v.to_string(),
            "notes" => {
                if !notes.is_empty() {
                    notes.push('\n');
                }
                notes.push_str(v);
            }
            other => {
                return Err(OpsError::Invalid(format!(
                    "line {} of the credential file has unknown key {other:?} (keys: username, password, url, notes)",
                    n + 1
                )));
            }
        }
    }
    let password = password
        .ok_or_else(|| OpsError::Invalid("the credential file has no `password:` line".into()))?;
    // Username and URL are shown by `secret show`: check them like names.
    text::check(
        "the username in the credential file",
        &username,
        text::FIELD_MAX,
    )?;
    text::check("the url in the credential file", &url, text::FIELD_MAX)?;
    Ok(SecretValue::Credential {
        username,
        password,
        url,
        notes: SecretBytes::new(notes.into_bytes()),
    })
}

/// Checks an audit export against a checkpoint, without the vault.
///
/// # Errors
/// The first bad line, or an unreadable file.
pub fn verify_export(path: &Path, checkpoint: &Checkpoint) -> Result<audit::export::ExportReport> {
    let bytes = store::read_bounded(path, 256 * 1024 * 1024)?;
    Ok(audit::export::verify_export(&bytes, checkpoint)?)
}

/// One line describing a record, for `audit list`.
pub fn describe_record(r: &audit::AuditRecord) -> String {
    let e = &r.event;
    let mut line = format!(
        "{:>5}  {}  {:?}  {}",
        r.seq,
        rfc3339(r.time),
        e.kind,
        e.actor.person
    );
    match &e.actor.auth {
        AuthMethod::Quorum { indices, .. } => line.push_str(&format!(" (shares {indices:?})")),
        AuthMethod::ReportedWhileLocked { first, last, count } => line.push_str(&format!(
            " [{}]",
            journal::describe_claim(*first, *last, *count, rfc3339)
        )),
        _ => {}
    }
    if let Some(s) = &e.subject {
        line.push_str(&format!("  {s}"));
    }
    if let Some(v) = e.version {
        line.push_str(&format!(" v{v}"));
    }
    if let Some(reason) = &e.reason {
        line.push_str(&format!("  reason {:?}: {}", reason.category, reason.text));
    }
    if let Some(a) = &e.approver {
        line.push_str(&format!(
            "  approver {}{}",
            a.person,
            if a.authenticated {
                " (PIN)"
            } else {
                " (not authenticated)"
            }
        ));
    }
    if let Some(c) = &e.channel {
        line.push_str(&format!("  to {c}"));
    }
    if e.outcome != audit::Outcome::Success {
        line.push_str(&format!("  {:?}", e.outcome));
    }
    if !e.detail.is_empty() {
        line.push_str(&format!("  ({})", e.detail));
    }
    line
}

/// Checks a PIN where it is set: at least 6 characters, not blank, no
/// space at either end (a PIN of six spaces, or one with a stray space
/// pasted in, is a mistake, not a PIN).
fn check_pin(pin: &Passphrase) -> Result<()> {
    let p = pin.expose();
    if p.trim().is_empty() {
        return Err(OpsError::Invalid(
            "the PIN is blank: choose at least 6 characters that are not spaces".into(),
        ));
    }
    if p.trim() != p {
        return Err(OpsError::Invalid(
            "the PIN starts or ends with white space: remove it".into(),
        ));
    }
    if p.chars().count() < 6 {
        return Err(OpsError::Invalid(
            "a PIN must have at least 6 characters".into(),
        ));
    }
    Ok(())
}

/// Checks the text of a request that is recorded even when refused: the
/// reason and the approver's name. The unseal and takeover operations call
/// it; a face may call it first, to refuse before the vault is opened (and
/// the open recorded).
///
/// # Errors
/// [`OpsError::Text`].
pub fn check_request_text(reason: &audit::Reason, approver: &str) -> Result<()> {
    text::check("the reason", &reason.text, text::REASON_MAX)?;
    text::check("the approver's name", approver, text::NAME_MAX)?;
    Ok(())
}

/// An act that needs a second person: what is recorded either way.
struct Approval {
    granted: EventKind,
    denied: EventKind,
    subject: String,
    version: Option<u32>,
    reason: audit::Reason,
    approver: String,
    channel: Option<String>,
}

impl Approval {
    fn event(&self, s: &Session<'_>, granted: bool, authenticated: bool) -> Event {
        let mut ev = Event::new(
            if granted { self.granted } else { self.denied },
            s.actor.clone(),
        )
        .subject(self.subject.clone());
        if !granted {
            ev = ev.outcome(audit::Outcome::Denied);
        }
        ev.version = self.version;
        ev.reason = Some(self.reason.clone());
        ev.approver = Some(audit::Approver {
            person: self.approver.clone(),
            authenticated,
        });
        ev.channel = self.channel.clone();
        ev
    }
}

fn reset_pin_failures(b: &mut Body, approver: &str) {
    if let Some(p) = b.roster.iter_mut().find(|p| p.name == approver) {
        p.pin_failures = 0;
        p.locked_until = None;
    }
}

/// The custody report's content, as plain data: the faces word it in the
/// report's language and lay it out (`print`). One list per article the
/// report serves: who holds what (`roster`, `sets`), unseals with reason and
/// approver, emergency use, failed attempts, drills, rotations, prints, and
/// older copies accepted.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CustodyReport {
    /// Vault name.
    pub vault_name: String,
    /// Vault id, hex.
    pub vault_id: String,
    /// When made, Unix seconds (UTC).
    pub generated_at: i64,
    /// The checkpoint after recording the report.
    pub checkpoint: String,
    /// The numbers an auditor reads first.
    pub summary: ReportSummary,
    /// The roster.
    pub roster: Vec<PersonSummary>,
    /// Share sets with the custody register.
    pub sets: Vec<SetStatusReport>,
    /// Unseals, released and refused.
    pub unseals: Vec<ReportRow>,
    /// Emergency use: recoveries with shares, emergency sessions, takeovers,
    /// and the PO's acknowledgements of them.
    pub emergencies: Vec<ReportRow>,
    /// Failed unlocks.
    pub failed_attempts: Vec<ReportRow>,
    /// Shares checked against the vault.
    pub drills: Vec<ReportRow>,
    /// Share sets rotated or committed.
    pub rotations: Vec<ReportRow>,
    /// Sheets printed.
    pub prints: Vec<ReportRow>,
    /// Older copies of the vault accepted with `--allow-rollback`.
    pub rollbacks: Vec<ReportRow>,
}

/// The summary block at the top of the custody report.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ReportSummary {
    /// The first audit record's time (Unix seconds): the report covers
    /// from there to `generated_at`.
    pub period_start: Option<i64>,
    /// Audit records in the chain, the report's own included.
    pub records: u64,
    /// Values released.
    pub unseals: usize,
    /// Unseals refused.
    pub unseals_refused: usize,
    /// Times the vault was opened with shares.
    pub recoveries: usize,
    /// Emergency events the PO has not acknowledged yet.
    pub open_acknowledgements: usize,
    /// Shares never drilled or drilled longer ago than the interval.
    pub overdue_drills: usize,
    /// Failed unlocks.
    pub failed_attempts: usize,
    /// The chain verified from its first record to the checkpoint.
    pub chain_intact: bool,
}

/// One audit record as a report row: the event as recorded, for the face
/// to word in the report's language.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ReportRow {
    /// Sequence number.
    pub seq: u64,
    /// When, Unix seconds (UTC).
    pub time: i64,
    /// The event.
    pub event: audit::Event,
}

fn report_row(r: &audit::AuditRecord) -> ReportRow {
    ReportRow {
        seq: r.seq,
        time: r.time,
        event: r.event.clone(),
    }
}

/// What `audit verify --archive` found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArchiveVerification {
    /// Records in the archives.
    pub archived: u64,
    /// Records in the vault.
    pub in_vault: u64,
}

/// What `audit archive` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveReport {
    /// First archived record.
    pub first: u64,
    /// Last archived record.
    pub last: u64,
    /// The checkpoint of the last archived record: `verify-export` checks
    /// the archive against it.
    pub archive_checkpoint: Checkpoint,
}

/// Longest release channel (a `file=` path) stored in an audit record.
pub const CHANNEL_MAX: usize = 300;

/// Refuses text that would be stored in the chain over its bound: every
/// record stays small, so no one can grow the vault with one command.
fn check_stored_text(what: &str, text: &str, max: usize) -> Result<()> {
    if text.len() > max {
        return Err(OpsError::Invalid(format!(
            "{what} is {} bytes long; at most {max} are stored: shorten it",
            text.len()
        )));
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
    "the vault would grow to {:.1} MiB, over its {} MiB limit{}: remove secrets or old versions, or archive old audit records with `kluis audit archive`",
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

/// Wrong PINs in a row before an approver is locked out.
pub const MAX_PIN_FAILURES: u32 = 3;
/// How long a lockout lasts.
pub const PIN_LOCKOUT_SECS: i64 = 15 * 60;

/// An unseal request.
#[derive(Debug, Clone)]
pub struct UnsealRequest<'a> {
    /// Secret name.
    pub name: &'a str,
    /// Version; latest when `None`.
    pub version: Option<u32>,
    /// Why.
    pub reason: audit::Reason,
    /// Who approves.
    pub approver: &'a str,
    /// Release channel, as recorded.
    pub channel: &'a str,
}

/// How a command that received a value ended (`--to exec`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommandEnd {
    /// It exited with this status.
    Exited(i32),
    /// A signal ended it.
    Killed(i32),
    /// It could not be started (not found, not executable): the value was
    /// released to nobody, recorded as `released-to-exec-failed`.
    NotStarted,
}

/// A released value. Zeroized on drop.
pub struct Unsealed {
    /// "name vN".
    pub label: String,
    /// Kind of the secret.
    pub kind: SecretKind,
    /// Version released.
    pub version: u32,
    /// The value (for TOTP: the current code, never the seed).
    pub value: Zeroizing<Vec<u8>>,
    /// For TOTP: seconds the code stays valid.
    pub totp_valid: Option<u32>,
}

impl std::fmt::Debug for Unsealed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Unsealed")
            .field("label", &self.label)
            .field("value", &"[redacted]")
            .finish_non_exhaustive()
    }
}

/// A person, without the PIN hash.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PersonSummary {
    /// Name.
    pub name: String,
    /// Role.
    pub role: &'static str,
    /// Whether a PIN is enrolled.
    pub has_pin: bool,
    /// Added (RFC 3339).
    pub added_at: String,
}

/// A share set's status.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SetStatusReport {
    /// Id, hex.
    pub set_id: String,
    /// active or pending.
    pub state: &'static str,
    /// k.
    pub threshold: u8,
    /// n.
    pub count: u8,
    /// Made (RFC 3339).
    pub created_at: String,
    /// Used in an emergency.
    pub exposed: bool,
    /// Per share.
    pub shares: Vec<ShareStatus>,
}

/// One share's status.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ShareStatus {
    /// Index.
    pub index: u8,
    /// Holder.
    pub holder: String,
    /// Place.
    pub place: String,
    /// Short fingerprint.
    pub fingerprint: String,
    /// Printed.
    pub printed_at: Option<String>,
    /// Verified.
    pub verified_at: Option<String>,
    /// Drilled.
    pub drilled_at: Option<String>,
    /// Never drilled, or the last drill is older than the interval.
    pub drill_overdue: bool,
}

/// One share ready to print.
pub struct PrintableShare {
    /// The share.
    pub share: Share,
    /// Holder.
    pub holder: String,
    /// Place.
    pub place: String,
}

/// The actor recorded for a failed unlock: nobody proved who they are.
pub const UNKNOWN_ACTOR: &str = "(unknown)";
/// The actor recorded for a drill: whoever holds the share checked.
pub const SHARE_HOLDER_ACTOR: &str = "(share holder)";

/// Whom a sheet tells its holder to call, by name from the roster.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetContacts {
    /// The privacy officer(s).
    pub po: Vec<String>,
    /// The delegates.
    pub delegates: Vec<String>,
}

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
                    self.warnings.push(format!("cannot update the rollback state ({e}); rollback detection on this machine is weakened"));
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
            return Err(OpsError::Policy(format!(
                "the emergency session ended at {}: authenticate with the shares again",
                rfc3339(t)
            )));
        }
        Ok(())
    }

    /// Sends every warning that arises from now on (a remote that did not
    /// accept a save, say) to `sink` as well as to [`Session::warnings`].
    pub fn set_warning_sink(&mut self, sink: WarningSink<'e>) {
        self.warning_sink = Some(sink);
    }

    fn warn(&mut self, text: String) {
        if let Some(sink) = &self.warning_sink {
            sink(&text);
        }
        self.warnings.push(text);
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
            let ev = Event::new(EventKind::EmergencySessionEnd, self.actor.clone())
                .detail(if expired { "expired" } else { "closed" });
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

    /// Emergency events after the PO's last acknowledgement.
    pub fn unacknowledged(&self) -> Vec<&audit::AuditRecord> {
        let ack = self.vault.body.acknowledged_seq;
        self.vault
            .body
            .audit
            .iter()
            .filter(|r| r.seq > ack)
            .filter(|r| {
                matches!(
                    r.event.kind,
                    EventKind::Recovery
                        | EventKind::EmergencySessionStart
                        | EventKind::EmergencySessionEnd
                        | EventKind::Takeover
                        | EventKind::RollbackAccepted
                ) || matches!(r.event.actor.auth, AuthMethod::Quorum { .. })
            })
            .collect()
    }

    /// The PO acknowledges the emergency events so far (`kluis ack`).
    /// Returns how many were acknowledged.
    ///
    /// # Errors
    /// Only the PO; storage errors.
    pub fn acknowledge(&mut self) -> Result<usize> {
        self.require_po("acknowledging emergency events")?;
        let n = self.unacknowledged().len();
        let last = self.vault.body.audit.last().map_or(0, |r| r.seq) + 1;
        self.commit(
            Event::new(EventKind::Acknowledgement, self.actor.clone())
                .detail(format!("{n} emergency event(s) acknowledged")),
            |b| {
                b.acknowledged_seq = last;
                Ok(())
            },
        )?;
        Ok(n)
    }

    /// Makes a pending share set with a new recovery key (never a re-split
    /// of the old one). It replaces the active set only at
    /// [`Session::shares_commit`], once every sheet was printed and
    /// verified. A previous pending set is discarded (its ids retired).
    ///
    /// # Errors
    /// [`OpsError`].
    pub fn shares_rotate(
        &mut self,
        threshold: u8,
        holders: &[HolderSpec],
        allow_threshold_one: bool,
    ) -> Result<Vec<String>> {
        self.require_po("rotating shares")?;
        let holders = &check_holders(holders)?;
        let warnings = check_threshold(threshold, holders.len(), allow_threshold_one)?;
        let recovery = RecoveryKey::random(&mut rand::rng());
        let set = new_set(
            &recovery,
            threshold,
            holders,
            (self.env.now)(),
            SetState::Pending,
        )?;
        let detail = format!(
            "pending set {}, threshold {threshold} of {}",
            vault::set_hex(&set.set_id),
            holders.len()
        );
        self.commit(
            Event::new(EventKind::Rotation, self.actor.clone()).detail(detail),
            |b| {
                b.sets.retain(|x| x.state != SetState::Pending);
                b.sets.push(set);
                Ok(())
            },
        )?;
        Ok(warnings)
    }

    /// Replaces the active set by the pending one, once every pending sheet
    /// was printed and then verified. The master key is replaced too, so old
    /// paper opens neither this vault nor any later copy of it.
    ///
    /// # Errors
    /// [`OpsError::Policy`] naming the sheets still to print or verify.
    pub fn shares_commit(&mut self) -> Result<()> {
        self.require_po("committing a share rotation")?;
        let pending = self
            .vault
            .body
            .sets
            .iter()
            .find(|x| x.state == SetState::Pending)
            .ok_or_else(|| {
                OpsError::Invalid(
                    "there is no pending share set: make one with `kluis shares rotate`".into(),
                )
            })?;
        let mut missing = Vec::new();
        for h in &pending.holders {
            match (h.printed_at, h.verified_at) {
                (None, _) => {
                    missing.push(format!("share {} ({}) is not printed", h.index, h.label))
                }
                (Some(p), v) if v.is_none_or(|v| v < p) => missing.push(format!(
                    "share {} ({}) is printed but not verified",
                    h.index, h.label
                )),
                _ => {}
            }
        }
        if !missing.is_empty() {
            return Err(OpsError::Policy(format!(
                "{}: print every sheet, verify each with `kluis shares verify`, then commit",
                missing.join("; ")
            )));
        }
        let new_id = pending.set_id;
        let passphrase = Passphrase::new(
            self.passphrase
                .as_ref()
                .map(|p| p.expose().to_string())
                .ok_or_else(|| {
                    OpsError::Policy(
                        "only the PO, unlocked with the passphrase, can commit a rotation".into(),
                    )
                })?,
        );
        let kdf = self.vault.header().kdf;
        let undo = self
            .vault
            .rekey(&passphrase, kdf, &self.env.limits, &mut rand::rng())?;
        let old: Vec<String> = self
            .vault
            .body
            .sets
            .iter()
            .filter(|x| x.state == SetState::Active)
            .map(|x| vault::set_hex(&x.set_id))
            .collect();
        let ev = Event::new(EventKind::Rotation, self.actor.clone())
            .subject(format!("set {}", vault::set_hex(&new_id)))
            .detail(format!(
                "committed; retired {}; new master key",
                old.join(", ")
            ));
        let r = self.commit(ev, |b| {
            b.sets.retain(|x| x.state != SetState::Active);
            for x in b.sets.iter_mut() {
                x.state = SetState::Active;
            }
            Ok(())
        });
        if r.is_err() {
            self.vault.undo_rekey(undo);
        }
        r
    }

    /// Checks one share inside an open session and records the drill at
    /// once (the TUI's "verify a sheet").
    ///
    /// # Errors
    /// The share's verdict.
    pub fn verify_share(&mut self, share: &Share) -> Result<ShareCheck> {
        self.check_session()?;
        let role = self.vault.check_share(share)?;
        let now = (self.env.now)();
        let mark = (share.set_id(), share.index(), now);
        let ev = Event::new(EventKind::Drill, self.actor.clone())
            .subject(format!("set {}", vault::set_hex(&share.set_id())))
            .detail(format!("share {} passed", share.index()));
        self.commit(ev, |b| {
            apply_drill(b, mark);
            Ok(())
        })?;
        Ok(ShareCheck {
            index: share.index(),
            threshold: share.threshold(),
            count: share.count(),
            pending: role == ShareSetRole::Pending,
            set_id: vault::set_hex(&share.set_id()),
        })
    }

    fn require_po(&self, what: &str) -> Result<()> {
        self.check_session()?;
        match self.mode {
            Mode::Po => Ok(()),
            Mode::Emergency { .. } => Err(OpsError::Policy(format!(
                "{what} is not allowed in an emergency session: only the PO can do it"
            ))),
        }
    }

    /// Warnings to show (weak KDF, emergency session).
    pub fn warnings(&self) -> &[String] {
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

    /// All secrets' metadata.
    pub fn list_secrets(&self) -> Vec<SecretSummary> {
        self.vault.body.secrets.iter().map(summarize).collect()
    }

    /// One secret's metadata.
    ///
    /// # Errors
    /// [`OpsError::NoSuchSecret`].
    pub fn show_secret(&self, name: &str) -> Result<SecretSummary> {
        self.vault
            .body
            .secrets
            .iter()
            .find(|s| s.name == name)
            .map(summarize)
            .ok_or_else(|| OpsError::NoSuchSecret(name.into()))
    }

    /// Adds a secret. `emergency` defaults to on for backup keys and
    /// credentials.
    ///
    /// # Errors
    /// [`OpsError`].
    pub fn add_secret(
        &mut self,
        name: &str,
        kind: SecretKind,
        value: NewValue,
        emergency: Option<bool>,
    ) -> Result<SecretSummary> {
        self.require_po("adding a secret")?;
        let name = &text::check_name("a secret name", name)?;
        if self.vault.body.secrets.iter().any(|s| &s.name == name) {
            return Err(OpsError::SecretExists(name.clone()));
        }
        if let Some(s) = self
            .vault
            .body
            .secrets
            .iter()
            .find(|s| text::same_name(&s.name, name))
        {
            return Err(OpsError::LookAlike {
                what: "a secret",
                new: name.clone(),
                existing: s.name.clone(),
            });
        }
        let (value, origin) = make_value(kind, value)?;
        let emergency = emergency.unwrap_or(matches!(
            kind,
            SecretKind::BackupKey | SecretKind::Credential
        ));
        let now = (self.env.now)();
        let entry = SecretEntry {
            name: name.into(),
            kind,
            emergency,
            versions: vec![SecretVersion {
                number: 1,
                created_at: now,
                created_by: self.actor.person.clone(),
                origin,
                value,
            }],
        };
        let mut ev = Event::new(EventKind::SecretAdd, self.actor.clone())
            .subject(name)
            .detail(format!("kind {}, emergency {emergency}", kind.as_str()));
        ev.version = Some(1);
        self.commit(ev, |b| {
            b.secrets.push(entry);
            Ok(())
        })?;
        self.show_secret(name)
    }

    /// Adds a new version; earlier versions stay (policy article 4.5).
    ///
    /// # Errors
    /// [`OpsError`].
    pub fn update_secret(&mut self, name: &str, value: NewValue) -> Result<SecretSummary> {
        self.require_po("updating a secret")?;
        let entry = self
            .vault
            .body
            .secrets
            .iter()
            .find(|s| s.name == name)
            .ok_or_else(|| OpsError::NoSuchSecret(name.into()))?;
        let (value, origin) = make_value(entry.kind, value)?;
        let number = entry.versions.last().map_or(1, |v| v.number + 1);
        let version = SecretVersion {
            number,
            created_at: (self.env.now)(),
            created_by: self.actor.person.clone(),
            origin,
            value,
        };
        let mut ev = Event::new(EventKind::SecretEdit, self.actor.clone())
            .subject(name)
            .detail("new version");
        ev.version = Some(number);
        self.commit(ev, |b| {
            let e = b
                .secrets
                .iter_mut()
                .find(|s| s.name == name)
                .expect("checked above");
            e.versions.push(version);
            Ok(())
        })?;
        self.show_secret(name)
    }

    /// Removes a secret with all its versions.
    ///
    /// # Errors
    /// [`OpsError`].
    pub fn remove_secret(&mut self, name: &str) -> Result<()> {
        self.require_po("removing a secret")?;
        if !self.vault.body.secrets.iter().any(|s| s.name == name) {
            return Err(OpsError::NoSuchSecret(name.into()));
        }
        self.commit(
            Event::new(EventKind::SecretDelete, self.actor.clone()).subject(name),
            |b| {
                b.secrets.retain(|s| s.name != name);
                Ok(())
            },
        )
    }

    /// Imports a set read from another password manager (see
    /// [`crate::import`]): every secret is added (or, with
    /// `as_new_version`, gets a new version) with one audit record each, in
    /// one atomic save — all or nothing. A name already in the vault is
    /// refused unless `as_new_version`, and then only for the same kind.
    /// With `dry_run` nothing is saved; the report says what would happen.
    ///
    /// # Errors
    /// [`OpsError::SecretExists`], [`OpsError::Invalid`] (an empty set, a
    /// kind mismatch), storage errors.
    pub fn import_secrets(
        &mut self,
        set: crate::import::ImportSet,
        source: &str,
        as_new_version: bool,
        dry_run: bool,
    ) -> Result<ImportReport> {
        self.require_po("importing secrets")?;
        if set.secrets.is_empty() {
            return Err(OpsError::Invalid(format!(
                "the {source} source holds nothing kluis can import ({} entries skipped): nothing was imported",
                set.skipped.len()
            )));
        }
        let now = (self.env.now)();
        let mut events = Vec::new();
        let mut added = Vec::new();
        let mut versions = Vec::new();
        let mut rows = Vec::new();
        for mut s in set.secrets {
            // Names come from a file: checked and compared like typed ones.
            s.name = text::check_name("a secret name", &s.name)?;
            if let Some(e) = self
                .vault
                .body
                .secrets
                .iter()
                .find(|e| e.name != s.name && text::same_name(&e.name, &s.name))
            {
                return Err(OpsError::LookAlike {
                    what: "a secret",
                    new: s.name.clone(),
                    existing: e.name.clone(),
                });
            }
            let existing = self.vault.body.secrets.iter().find(|e| e.name == s.name);
            let number = match existing {
                None => 1,
                Some(_) if !as_new_version => {
                    return Err(OpsError::Invalid(format!(
                        "a secret named {:?} already exists: pass --as-new-version to add the imported value as a new version; nothing was imported",
                        s.name
                    )));
                }
                Some(e) if e.kind != s.kind => {
                    return Err(OpsError::Invalid(format!(
                        "{:?} is a {} in the vault but a {} in the import: rename one; nothing was imported",
                        s.name,
                        e.kind.as_str(),
                        s.kind.as_str()
                    )));
                }
                Some(e) => e.versions.last().map_or(1, |v| v.number + 1),
            };
            let version = SecretVersion {
                number,
                created_at: now,
                created_by: self.actor.person.clone(),
                origin: ValueOrigin::File,
                value: s.value,
            };
            let mut ev = if number == 1 {
                Event::new(EventKind::SecretAdd, self.actor.clone())
                    .detail(format!("kind {}, imported from {source}", s.kind.as_str()))
            } else {
                Event::new(EventKind::SecretEdit, self.actor.clone())
                    .detail(format!("new version, imported from {source}"))
            }
            .subject(s.name.clone());
            ev.version = Some(number);
            events.push((0, ev));
            rows.push(ImportRow {
                name: s.name.clone(),
                kind: s.kind.as_str(),
                version: number,
            });
            if number == 1 {
                let emergency = matches!(s.kind, SecretKind::BackupKey | SecretKind::Credential);
                added.push(SecretEntry {
                    name: s.name,
                    kind: s.kind,
                    emergency,
                    versions: vec![version],
                });
            } else {
                versions.push((s.name, version));
            }
        }
        let report = ImportReport {
            imported: rows,
            skipped: set.skipped,
            dry_run,
        };
        if dry_run {
            return Ok(report);
        }
        self.commit_many(events, |b| {
            b.secrets.extend(added);
            for (name, v) in versions {
                b.secrets
                    .iter_mut()
                    .find(|e| e.name == name)
                    .expect("checked above")
                    .versions
                    .push(v);
            }
            Ok(())
        })?;
        Ok(report)
    }

    /// Records that a recovery kit is being written to `out`, and returns
    /// what its emergency text needs. Recorded *before* the files are
    /// written, like a sheet print.
    ///
    /// # Errors
    /// Not the PO; storage errors.
    pub fn record_kit(&mut self, out: &Path) -> Result<KitFacts> {
        self.require_po("writing a recovery kit")?;
        self.commit(
            Event::new(EventKind::KitWritten, self.actor.clone())
                .subject(out.display().to_string())
                .detail("encrypted vault, binary and emergency text; no shares"),
            |_| Ok(()),
        )?;
        let b = &self.vault.body;
        let named = |role: Role| -> Vec<String> {
            b.roster
                .iter()
                .filter(|p| p.role == role)
                .map(|p| p.name.clone())
                .collect()
        };
        let active = b.sets.iter().find(|s| s.state == SetState::Active);
        Ok(KitFacts {
            vault_name: b.name.clone(),
            vault_id: self.vault_id(),
            po: self.actor.person.clone(),
            delegates: named(Role::Delegate),
            approvers: named(Role::Approver),
            threshold: active.map_or(0, |s| s.threshold),
            holders: active.map_or_else(Vec::new, |s| {
                s.holders
                    .iter()
                    .map(|h| (h.index, h.label.clone(), h.place.clone()))
                    .collect()
            }),
            emergency_secrets: b
                .secrets
                .iter()
                .filter(|s| s.emergency)
                .map(|s| s.name.clone())
                .collect(),
            written_at: rfc3339((self.env.now)()),
        })
    }

    /// When the last recovery kit was written, and whether the vault changed
    /// since in a way the kit's copy lacks (see [`kit_status`]).
    pub fn kit_status(&self) -> Option<KitStatus> {
        kit_status(&self.vault.body.audit)
    }

    /// The roster.
    pub fn roster(&self) -> Vec<PersonSummary> {
        self.vault
            .body
            .roster
            .iter()
            .map(|p| PersonSummary {
                name: p.name.clone(),
                role: p.role.as_str(),
                has_pin: p.pin.is_some(),
                added_at: rfc3339(p.added_at),
            })
            .collect()
    }

    /// Adds a person; approvers must enrol a PIN (at least 6 characters).
    ///
    /// # Errors
    /// [`OpsError`].
    pub fn roster_add(&mut self, name: &str, role: Role, pin: Option<&Passphrase>) -> Result<()> {
        self.require_po("changing the roster")?;
        let name = &text::check_name("a person's name", name)?;
        if self.vault.body.roster.iter().any(|p| &p.name == name) {
            return Err(OpsError::PersonExists(name.clone()));
        }
        // A look-alike of someone already there could approve as them in
        // the audit trail (issue 10, finding 3).
        if let Some(p) = self
            .vault
            .body
            .roster
            .iter()
            .find(|p| text::same_name(&p.name, name))
        {
            return Err(OpsError::LookAlike {
                what: "in the roster",
                new: name.clone(),
                existing: p.name.clone(),
            });
        }
        if role == Role::Po {
            return Err(OpsError::Policy(
                "the vault has one PO, set at init; a new PO takes over with `kluis takeover`"
                    .into(),
            ));
        }
        let pin = match (role, pin) {
            (Role::Approver, None) => {
                return Err(OpsError::Invalid(
                    "an approver must enrol a PIN: give --pin-file, or run on a terminal".into(),
                ));
            }
            (_, Some(p)) => {
                check_pin(p)?;
                Some(self.hash_pin(p)?)
            }
            (_, None) => None,
        };
        let person = Person {
            name: name.into(),
            role,
            pin,
            pin_failures: 0,
            locked_until: None,
            added_at: (self.env.now)(),
        };
        let ev = Event::new(EventKind::RosterChange, self.actor.clone())
            .subject(name)
            .detail(format!("added as {}", role.as_str()));
        self.commit(ev, |b| {
            b.roster.push(person);
            Ok(())
        })
    }

    fn hash_pin(&self, pin: &Passphrase) -> Result<PinHash> {
        let mut salt = [0u8; 16];
        rand::rng().fill_bytes(&mut salt);
        // PINs are hashed with the vault's own parameters, so a weak test
        // vault stays fast and a real one gets the full cost.
        let kdf = self.vault.header().kdf;
        kdf.check(&self.env.limits, self.vault.header().weak_kdf())?;
        let hash = kdf.derive_pin(pin, &salt);
        Ok(PinHash {
            salt,
            kdf,
            hash: SecretBytes::new(hash.to_vec()),
        })
    }

    /// Removes a person (never the PO).
    ///
    /// # Errors
    /// [`OpsError`].
    pub fn roster_remove(&mut self, name: &str) -> Result<()> {
        self.require_po("changing the roster")?;
        let p = self
            .vault
            .body
            .roster
            .iter()
            .find(|p| p.name == name)
            .ok_or_else(|| OpsError::NoSuchPerson(name.into()))?;
        if p.role == Role::Po {
            return Err(OpsError::Policy(
                "the PO cannot be removed from the roster".into(),
            ));
        }
        self.commit(
            Event::new(EventKind::RosterChange, self.actor.clone())
                .subject(name)
                .detail("removed"),
            |b| {
                b.roster.retain(|p| p.name != name);
                Ok(())
            },
        )
    }

    /// Changes the PO passphrase (same KDF parameters, new salt).
    ///
    /// # Errors
    /// [`OpsError`].
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<()> {
        self.require_po("changing the passphrase")?;
        if new.is_empty() {
            return Err(OpsError::Invalid("the new passphrase is empty".into()));
        }
        let kdf = self.vault.header().kdf;
        // A new master key, so an old copy of the file opened with the old
        // passphrase does not give the key of the current file.
        let undo = self
            .vault
            .rekey(new, kdf, &self.env.limits, &mut rand::rng())?;
        let r = self.commit(
            Event::new(EventKind::PassphraseChange, self.actor.clone()).detail("new master key"),
            |_| Ok(()),
        );
        if r.is_err() {
            self.vault.undo_rekey(undo);
        }
        r
    }

    /// Checks an unseal request against policy, everything but the
    /// approver's PIN. A refusal is recorded before it is returned.
    ///
    /// # Errors
    /// [`OpsError::Policy`] (recorded), [`OpsError::NoSuchSecret`].
    pub fn unseal_check(&mut self, req: &UnsealRequest<'_>) -> Result<()> {
        self.check_session()?;
        // The request's text is recorded even when refused: check it first.
        check_request_text(&req.reason, req.approver)?;
        text::check("the release channel", req.channel, text::PATH_MAX)?;
        check_stored_text("the release channel", req.channel, CHANNEL_MAX)?;
        let entry = self
            .vault
            .body
            .secrets
            .iter()
            .find(|s| s.name == req.name)
            .ok_or_else(|| OpsError::NoSuchSecret(req.name.into()))?;
        if let Some(v) = req.version
            && !entry.versions.iter().any(|x| x.number == v)
        {
            return Err(OpsError::Invalid(format!(
                "{:?} has no version {v} (versions 1 to {})",
                req.name,
                entry.versions.len()
            )));
        }
        let approval = self.unseal_approval(req);
        let refusal = if matches!(self.mode, Mode::Emergency { .. }) && !entry.emergency {
            Some(format!(
                "{:?} is not released in emergency sessions: only the PO can unseal it",
                req.name
            ))
        } else {
            self.approval_refusal(&approval)
        };
        if let Some(why) = refusal {
            self.commit(
                approval.event(self, false, false).detail(why.clone()),
                |_| Ok(()),
            )?;
            return Err(OpsError::Policy(why));
        }
        Ok(())
    }

    fn unseal_approval(&self, req: &UnsealRequest<'_>) -> Approval {
        let version = req.version.or_else(|| {
            self.vault
                .body
                .secrets
                .iter()
                .find(|s| s.name == req.name)
                .and_then(|s| s.versions.last())
                .map(|v| v.number)
        });
        Approval {
            granted: EventKind::Unseal,
            denied: EventKind::UnsealDenied,
            subject: req.name.to_string(),
            version,
            reason: req.reason.clone(),
            approver: self.approver_name(req.approver),
            channel: Some(req.channel.to_string()),
        }
    }

    /// The roster's spelling of the approver named, if one looks like it;
    /// else the name as given.
    fn approver_name(&self, given: &str) -> String {
        find_person(&self.vault.body.roster, given)
            .map_or_else(|| given.to_string(), |p| p.name.clone())
    }

    /// Why an approval cannot even be attempted, if it cannot.
    fn approval_refusal(&self, a: &Approval) -> Option<String> {
        if a.reason.text.trim().is_empty() {
            return Some("a reason is required: give --reason-category and --reason".into());
        }
        if a.approver.trim().is_empty() {
            return Some("an approver is required: give --approver NAME (an approver from the roster, not you)".into());
        }
        // Compared on the confusable skeleton: "Petra \u{3a1}O" (a Greek
        // Rho) is the PO "Petra PO" (issue 10, finding 3).
        if text::same_name(&a.approver, &self.actor.person) {
            return Some(format!(
                "{:?} is the one acting and cannot also approve: ask another approver",
                a.approver
            ));
        }
        match find_person(&self.vault.body.roster, &a.approver) {
            None => Some(format!(
                "{:?} is not in the roster: the approver must be a roster approver",
                a.approver
            )),
            Some(p) if p.role != Role::Approver => Some(format!(
                "{:?} is a {}, not an approver",
                a.approver,
                p.role.as_str()
            )),
            Some(p) if p.pin.is_none() => {
                Some(format!("approver {:?} has no PIN enrolled", a.approver))
            }
            Some(p) => p.locked_until.filter(|t| *t > (self.env.now)()).map(|t| {
                format!(
                    "approver {:?} is locked out after {MAX_PIN_FAILURES} wrong PINs until {}",
                    a.approver,
                    rfc3339(t)
                )
            }),
        }
    }

    /// Checks the approver's PIN. A refusal or a wrong PIN is recorded (and
    /// counts towards the lockout) before the error is returned. On success
    /// nothing is saved yet: the caller's own record resets the counter
    /// through [`reset_pin_failures`].
    fn approve(&mut self, a: &Approval, pin: &Passphrase) -> Result<()> {
        if let Some(why) = self.approval_refusal(a) {
            self.commit(a.event(self, false, false).detail(why.clone()), |_| Ok(()))?;
            return Err(OpsError::Policy(why));
        }
        let person = find_person(&self.vault.body.roster, &a.approver)
            .expect("approval_refusal found the approver");
        let hash = person.pin.as_ref().expect("approval_refusal found a PIN");
        hash.kdf.check(&self.env.limits, true)?;
        let ok = crate::crypto::hash::ct_eq(
            hash.kdf.derive_pin(pin, &hash.salt).as_slice(),
            hash.hash.expose(),
        );
        if ok {
            return Ok(());
        }
        let now = (self.env.now)();
        let failures = person.pin_failures + 1;
        let lock = failures >= MAX_PIN_FAILURES;
        let why = if lock {
            format!(
                "wrong PIN; approver locked out for {} minutes",
                PIN_LOCKOUT_SECS / 60
            )
        } else {
            "wrong PIN".to_string()
        };
        let approver = a.approver.clone();
        self.commit(a.event(self, false, false).detail(why), |b| {
            let p = b
                .roster
                .iter_mut()
                .find(|p| p.name == approver)
                .expect("present");
            p.pin_failures = if lock { 0 } else { failures };
            p.locked_until = lock.then_some(now + PIN_LOCKOUT_SECS);
            Ok(())
        })?;
        Err(OpsError::WrongPin(a.approver.clone()))
    }

    /// Releases a secret's value: checks policy, verifies the approver's
    /// PIN, and saves the unseal record durably *before* returning the value
    /// (fail closed: if the save fails, nothing is returned). A wrong PIN is
    /// recorded; [`MAX_PIN_FAILURES`] in a row lock the approver out for
    /// [`PIN_LOCKOUT_SECS`] seconds.
    ///
    /// # Errors
    /// [`OpsError::Policy`], [`OpsError::WrongPin`], storage errors.
    pub fn unseal(&mut self, req: &UnsealRequest<'_>, pin: &Passphrase) -> Result<Unsealed> {
        self.unseal_into(req, pin, None)
    }

    /// [`Session::unseal`] for a release into a command (`--to exec`): the
    /// record also names the command — `argv[0]` only, since its arguments
    /// may hold paths a PO considers private. After the command ends, the
    /// face records how with [`Session::record_command_end`].
    ///
    /// # Errors
    /// As [`Session::unseal`].
    pub fn unseal_to_command(
        &mut self,
        req: &UnsealRequest<'_>,
        pin: &Passphrase,
        command: &str,
    ) -> Result<Unsealed> {
        self.unseal_into(req, pin, Some(command))
    }

    /// Records how a command that received a value ended (an audit record of
    /// kind [`EventKind::CommandEnd`], channel `exec`). Recorded even after an
    /// emergency session expired: it closes a release that was granted.
    ///
    /// # Errors
    /// Storage errors.
    pub fn record_command_end(
        &mut self,
        name: &str,
        version: u32,
        command: &str,
        end: CommandEnd,
    ) -> Result<()> {
        let (detail, outcome) = match end {
            CommandEnd::Exited(0) => (
                format!("command {command} exited with status 0"),
                audit::Outcome::Success,
            ),
            CommandEnd::Exited(code) => (
                format!("command {command} exited with status {code}"),
                audit::Outcome::Failure,
            ),
            CommandEnd::Killed(signal) => (
                format!("command {command} was killed by signal {signal}"),
                audit::Outcome::Failure,
            ),
            CommandEnd::NotStarted => (
                format!("released-to-exec-failed: command {command} could not be started"),
                audit::Outcome::Failure,
            ),
        };
        let mut ev = Event::new(EventKind::CommandEnd, self.actor.clone())
            .subject(name)
            .detail(detail)
            .outcome(outcome);
        ev.version = Some(version);
        ev.channel = Some("exec".into());
        self.commit(ev, |_| Ok(()))
    }

    fn unseal_into(
        &mut self,
        req: &UnsealRequest<'_>,
        pin: &Passphrase,
        command: Option<&str>,
    ) -> Result<Unsealed> {
        self.unseal_check(req)?;
        let approval = self.unseal_approval(req);
        self.approve(&approval, pin)?;
        let now = (self.env.now)();
        let entry = self
            .vault
            .body
            .secrets
            .iter()
            .find(|s| s.name == req.name)
            .expect("unseal_check found the secret");
        let version = match req.version {
            Some(n) => entry
                .versions
                .iter()
                .find(|v| v.number == n)
                .expect("unseal_check found the version"),
            None => entry
                .versions
                .last()
                .expect("a secret has at least one version"),
        };
        let (value, totp_valid) = match &version.value {
            SecretValue::Opaque(b) => (Zeroizing::new(b.expose().to_vec()), None),
            SecretValue::Credential { password, .. } => {
                (Zeroizing::new(password.expose().to_vec()), None)
            }
            SecretValue::Totp {
                seed,
                digits,
                period,
            } => {
                let (code, left) = crate::totp::code(seed, *digits, *period, now);
                (Zeroizing::new(code.into_bytes()), Some(left))
            }
        };
        let out = Unsealed {
            label: format!("{} v{}", entry.name, version.number),
            kind: entry.kind,
            version: version.number,
            value,
            totp_valid,
        };
        let ev = approval
            .event(self, true, true)
            .detail(match (totp_valid, command) {
                (Some(_), None) => "TOTP code".to_string(),
                (Some(_), Some(c)) => format!("TOTP code to command {c}"),
                (None, None) => "value".to_string(),
                (None, Some(c)) => format!("value to command {c}"),
            });
        let approver = approval.approver.clone();
        // Fail closed: the record is on disk before the value leaves, and
        // on every required remote.
        self.commit(ev, |b| {
            reset_pin_failures(b, &approver);
            Ok(())
        })?;
        if let Some(e) = self.required_refusal(approval.event(self, false, true)) {
            return Err(e);
        }
        Ok(out)
    }

    /// A delegate in an emergency session sets a new PO passphrase when the
    /// PO is gone (docs/ARCHITECTURE.md, "Custody flows"). Needs a reason and an
    /// approver's PIN; loudly recorded; the master key is replaced.
    ///
    /// # Errors
    /// [`OpsError::Policy`] outside an emergency session or without reason
    /// or approver; [`OpsError::WrongPin`].
    pub fn takeover(
        &mut self,
        new: &Passphrase,
        reason: audit::Reason,
        approver: &str,
        pin: &Passphrase,
    ) -> Result<()> {
        self.check_session()?;
        if !matches!(self.mode, Mode::Emergency { .. }) {
            return Err(OpsError::Policy("takeover is for a delegate authenticated with shares; the PO changes the passphrase with `kluis passwd`".into()));
        }
        if new.is_empty() {
            return Err(OpsError::Invalid("the new passphrase is empty".into()));
        }
        check_request_text(&reason, approver)?;
        let a = Approval {
            granted: EventKind::Takeover,
            denied: EventKind::Takeover,
            subject: "PO passphrase".into(),
            version: None,
            reason,
            approver: self.approver_name(approver),
            channel: None,
        };
        self.approve(&a, pin)?;
        let kdf = self.vault.header().kdf;
        let undo = self
            .vault
            .rekey(new, kdf, &self.env.limits, &mut rand::rng())?;
        let ev = a.event(self, true, true).detail(format!(
            "TAKEOVER: {} set a new PO passphrase; new master key",
            self.actor.person
        ));
        let name = a.approver.clone();
        let r = self.commit(ev, |b| {
            reset_pin_failures(b, &name);
            Ok(())
        });
        if r.is_err() {
            self.vault.undo_rekey(undo);
        }
        r
    }

    /// The audit chain (verified when the vault was opened).
    pub fn audit_records(&self) -> &[audit::AuditRecord] {
        &self.vault.body.audit
    }

    /// Verifies the chain again and, if given, against a checkpoint.
    /// Returns the number of records.
    ///
    /// # Errors
    /// The first bad record, or the checkpoint mismatch.
    pub fn audit_verify(&self, checkpoint: Option<&Checkpoint>) -> Result<u64> {
        let chain = &self.vault.body.audit;
        audit::verify(chain, &self.vault.id()).map_err(UnlockError::from)?;
        if let Some(cp) = checkpoint {
            cp.check(chain, &self.vault.id())?;
        }
        Ok(chain.len() as u64)
    }

    /// Verifies that `archives` (oldest first) and the vault's chain are one
    /// chain from record 1: each archive is checked as an export, each
    /// starts where the one before ended, and the vault starts where the
    /// last one ends. A checkpoint may name a record anywhere in it.
    ///
    /// # Errors
    /// An unreadable or broken archive (named), a gap between the parts, or
    /// the checkpoint mismatch.
    pub fn audit_verify_with_archives(
        &self,
        archives: &[PathBuf],
        checkpoint: Option<&Checkpoint>,
    ) -> Result<ArchiveVerification> {
        let mut whole: Vec<audit::AuditRecord> = Vec::new();
        for path in archives {
            let bytes = store::read_bounded(path, audit::export::MAX_EXPORT_LEN as u64)?;
            let records = audit::export::read_export(&bytes).map_err(|e| {
                OpsError::ArchiveBroken(format!(
                    "the archive {} does not verify: {e}",
                    path.display()
                ))
            })?;
            let (first, last) = (records[0].seq, records[records.len() - 1].seq);
            let expected = whole.last().map_or(1, |r| r.seq + 1);
            if first != expected {
                return Err(OpsError::Invalid(format!(
                    "the archive {} holds records {first} to {last}, but record {expected} is due: give the archives in order, oldest first, none missing",
                    path.display()
                )));
            }
            whole.extend(records);
        }
        let chain = &self.vault.body.audit;
        let archived = whole.len() as u64;
        let first = chain.first().map_or(1, |r| r.seq);
        let expected = whole.last().map_or(1, |r| r.seq + 1);
        if first != expected {
            return Err(OpsError::Invalid(format!(
                "the vault's records start at {first}, but the archives end before record {expected}: give every archive, oldest first"
            )));
        }
        whole.extend(chain.iter().cloned());
        audit::verify(&whole, &self.vault.id()).map_err(|e| {
            OpsError::ArchiveBroken(format!(
                "the archives and the vault do not form one chain: {e}"
            ))
        })?;
        if let Some(cp) = checkpoint {
            cp.check(&whole, &self.vault.id())?;
        }
        Ok(ArchiveVerification {
            archived,
            in_vault: chain.len() as u64,
        })
    }

    /// Moves the records before `before` out of the vault into `out` (JSON
    /// lines, the export format; `out` must not exist), leaving an
    /// [`EventKind::AuditArchived`] record that names the last archived
    /// record and its hash. The archive is written before the vault
    /// changes: if the save fails, the vault still holds every record.
    ///
    /// # Errors
    /// Only the PO; `before` out of range; unacknowledged emergency events
    /// among the records; `out` exists; storage errors.
    pub fn audit_archive(&mut self, before: u64, out: &Path) -> Result<ArchiveReport> {
        self.require_po("archiving audit records")?;
        let chain = &self.vault.body.audit;
        let first = chain.first().map_or(1, |r| r.seq);
        let last = chain.last().map_or(0, |r| r.seq);
        if before <= first || before > last {
            return Err(OpsError::Invalid(format!(
                "--before must be between {} and {last}: the vault holds records {first} to {last}, and at least one must be archived and one kept",
                first + 1
            )));
        }
        // An archive after the first must hold the record of the one
        // before, or it could not be checked on its own.
        if let Some(m) = chain
            .iter()
            .find(|r| audit::archive::Mark::of(&r.event).is_some_and(|m| m.before == first))
            .filter(|m| before <= m.seq)
        {
            return Err(OpsError::Invalid(format!(
                "--before must be after record {}, which records the previous archive",
                m.seq
            )));
        }
        if let Some(r) = self.unacknowledged().into_iter().find(|r| r.seq < before) {
            return Err(OpsError::Policy(format!(
                "record {} is an emergency event you have not acknowledged: review it with `kluis audit list`, run `kluis ack`, then archive",
                r.seq
            )));
        }
        if std::fs::symlink_metadata(out).is_ok() {
            return Err(StoreError::Exists(out.to_path_buf()).into());
        }
        let n = usize::try_from(before - first).expect("fewer records than memory");
        let mark = audit::archive::Mark {
            before,
            head: chain[n - 1].hash,
        };
        let mut buf = Vec::new();
        audit::export::export(&chain[..n], ExportFormat::Jsonl, &mut buf)
            .map_err(|e| OpsError::Invalid(format!("cannot write the archive: {e}")))?;
        let archive_checkpoint = Checkpoint::of_record(&chain[n - 1]);
        store::create_new_atomic(out, &buf, self.env.io.as_ref())?;
        let ev = mark.event(self.actor.clone(), &out.display().to_string());
        self.commit(ev, |b| {
            b.audit.drain(..n);
            Ok(())
        })?;
        Ok(ArchiveReport {
            first,
            last: before - 1,
            archive_checkpoint,
        })
    }

    /// The checkpoint of the current head.
    pub fn checkpoint(&self) -> Checkpoint {
        Checkpoint::of_chain(&self.vault.body.audit)
            .expect("an open vault has at least its init and unlock records")
    }

    /// Writes the chain to `out` (which must not exist), after recording the
    /// export itself, so the export ends with its own record.
    ///
    /// # Errors
    /// [`OpsError`]; nothing is written if recording fails.
    pub fn audit_export(&mut self, format: ExportFormat, out: &Path) -> Result<u64> {
        // The path is recorded: check it like any other text.
        text::check("the export path", &out.to_string_lossy(), text::PATH_MAX)?;
        store::check_new_path(out)?;
        let name = match format {
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Csv => "csv",
        };
        self.commit(
            Event::new(EventKind::Export, self.actor.clone())
                .detail(format!("{name} to {}", out.display())),
            |_| Ok(()),
        )?;
        let mut buf = Vec::new();
        audit::export::export(&self.vault.body.audit, format, &mut buf)
            .map_err(|e| OpsError::Invalid(format!("cannot write the export: {e}")))?;
        store::create_new_atomic(out, &buf, self.env.io.as_ref())?;
        Ok(self.vault.body.audit.len() as u64)
    }

    /// Everything the custody report shows, as plain data (the print face
    /// lays it out). The report itself is recorded as an export.
    ///
    /// # Errors
    /// Only the PO; storage errors.
    pub fn custody_report(&mut self) -> Result<CustodyReport> {
        self.require_po("printing the custody report")?;
        self.commit(
            Event::new(EventKind::Export, self.actor.clone()).detail("custody report"),
            |_| Ok(()),
        )?;
        let chain_intact = self.audit_verify(None).is_ok();
        let open_acknowledgements = self.unacknowledged().len();
        let sets = self.shares_status();
        let b = &self.vault.body;
        let rows = |kinds: &[EventKind]| {
            b.audit
                .iter()
                .filter(|r| kinds.contains(&r.event.kind))
                .map(report_row)
                .collect::<Vec<_>>()
        };
        let unseals = rows(&[EventKind::Unseal, EventKind::UnsealDenied]);
        let emergencies = rows(&[
            EventKind::Recovery,
            EventKind::EmergencySessionStart,
            EventKind::EmergencySessionEnd,
            EventKind::Takeover,
            EventKind::Acknowledgement,
        ]);
        let failed_attempts = rows(&[EventKind::UnlockFailure]);
        let count =
            |v: &[ReportRow], kind: EventKind| v.iter().filter(|r| r.event.kind == kind).count();
        let summary = ReportSummary {
            period_start: b.audit.first().map(|r| r.time),
            records: b.audit.len() as u64,
            unseals: count(&unseals, EventKind::Unseal),
            unseals_refused: count(&unseals, EventKind::UnsealDenied),
            recoveries: count(&emergencies, EventKind::Recovery),
            open_acknowledgements,
            overdue_drills: sets
                .iter()
                .filter(|s| s.state == "active")
                .flat_map(|s| &s.shares)
                .filter(|sh| sh.drill_overdue)
                .count(),
            failed_attempts: failed_attempts.len(),
            chain_intact,
        };
        Ok(CustodyReport {
            vault_name: b.name.clone(),
            vault_id: self.vault_id(),
            generated_at: (self.env.now)(),
            checkpoint: self.checkpoint().to_text(),
            summary,
            roster: self.roster(),
            sets,
            unseals,
            emergencies,
            failed_attempts,
            drills: rows(&[EventKind::Drill]),
            rotations: rows(&[EventKind::Rotation]),
            prints: rows(&[EventKind::SharePrint]),
            rollbacks: rows(&[EventKind::RollbackAccepted]),
        })
    }

    /// The PO's settings.
    pub fn settings(&self) -> &crate::format::body::Settings {
        &self.vault.body.settings
    }

    /// Changes settings; each `Some` replaces a value. Bounds: emergency
    /// session 1 to 1440 minutes, idle lock 1 to 120 minutes, drill interval
    /// 7 to 1096 days, language "nl", "en" or "" (from the environment).
    ///
    /// # Errors
    /// Only the PO; a value out of bounds.
    pub fn update_settings(
        &mut self,
        emergency_minutes: Option<u32>,
        idle_lock_minutes: Option<u32>,
        drill_interval_days: Option<u32>,
        language: Option<&str>,
    ) -> Result<()> {
        self.require_po("changing settings")?;
        let check = |what: &str, v: Option<u32>, lo: u32, hi: u32| -> Result<()> {
            match v {
                Some(x) if !(lo..=hi).contains(&x) => Err(OpsError::Invalid(format!(
                    "{what} must be between {lo} and {hi}, got {x}"
                ))),
                _ => Ok(()),
            }
        };
        check(
            "the emergency session length (minutes)",
            emergency_minutes,
            1,
            1440,
        )?;
        check("the idle lock (minutes)", idle_lock_minutes, 1, 120)?;
        check("the drill interval (days)", drill_interval_days, 7, 1096)?;
        if let Some(l) = language
            && !matches!(l, "nl" | "en" | "")
        {
            return Err(OpsError::Invalid(format!(
                "the language must be nl or en, got {l:?}"
            )));
        }
        let old = self.vault.body.settings.clone();
        let mut new = old.clone();
        if let Some(v) = emergency_minutes {
            new.emergency_minutes = v;
        }
        if let Some(v) = idle_lock_minutes {
            new.idle_lock_minutes = v;
        }
        if let Some(v) = drill_interval_days {
            new.drill_interval_days = v;
        }
        if let Some(l) = language {
            new.language = l.to_string();
        }
        let detail = format!(
            "emergency {} min, idle lock {} min, drills every {} days, language {:?}",
            new.emergency_minutes, new.idle_lock_minutes, new.drill_interval_days, new.language
        );
        self.commit(
            Event::new(EventKind::SettingsChange, self.actor.clone()).detail(detail),
            |b| {
                b.settings = new;
                Ok(())
            },
        )
    }

    /// Status of the active and pending sets.
    pub fn shares_status(&self) -> Vec<SetStatusReport> {
        let now = (self.env.now)();
        let interval = i64::from(self.vault.body.settings.drill_interval_days) * 86_400;
        self.vault
            .body
            .sets
            .iter()
            .map(|set| {
                let shares = vault::share_values(set);
                SetStatusReport {
                    set_id: vault::set_hex(&set.set_id),
                    state: match set.state {
                        SetState::Active => "active",
                        SetState::Pending => "pending",
                    },
                    threshold: set.threshold,
                    count: set.holders.len() as u8,
                    created_at: rfc3339(set.created_at),
                    exposed: set.exposed,
                    shares: set
                        .holders
                        .iter()
                        .zip(&shares)
                        .map(|(h, s)| ShareStatus {
                            index: h.index,
                            holder: h.label.clone(),
                            place: h.place.clone(),
                            fingerprint: s.fingerprint().short(),
                            printed_at: h.printed_at.map(rfc3339),
                            verified_at: h.verified_at.map(rfc3339),
                            drilled_at: h.drilled_at.map(rfc3339),
                            drill_overdue: h.drilled_at.is_none_or(|d| now - d > interval),
                        })
                        .collect(),
                }
            })
            .collect()
    }

    /// The people a sheet names as whom to call: the PO(s) and the
    /// delegates, in roster order. Both faces pass them to the sheets.
    pub fn sheet_contacts(&self) -> SheetContacts {
        let named = |role: Role| {
            self.vault
                .body
                .roster
                .iter()
                .filter(|p| p.role == role)
                .map(|p| p.name.clone())
                .collect()
        };
        SheetContacts {
            po: named(Role::Po),
            delegates: named(Role::Delegate),
        }
    }

    /// The shares of the active (or pending) set for printing, all or one.
    /// The print is recorded *before* the shares are returned.
    ///
    /// # Errors
    /// [`OpsError`].
    pub fn shares_for_print(
        &mut self,
        pending: bool,
        index: Option<u8>,
        format: &str,
    ) -> Result<Vec<PrintableShare>> {
        self.require_po("printing sheets")?;
        let state = if pending {
            SetState::Pending
        } else {
            SetState::Active
        };
        let set = self
            .vault
            .body
            .sets
            .iter()
            .find(|s| s.state == state)
            .ok_or_else(|| {
                OpsError::Invalid(if pending {
                    "there is no pending share set: make one with `kluis shares rotate`".into()
                } else {
                    "there is no active share set".into()
                })
            })?;
        if let Some(i) = index
            && !set.holders.iter().any(|h| h.index == i)
        {
            return Err(OpsError::Invalid(format!(
                "the set has no share {i} (shares are 1 to {})",
                set.holders.len()
            )));
        }
        let set_id = set.set_id;
        let out: Vec<PrintableShare> = set
            .holders
            .iter()
            .zip(vault::share_values(set))
            .filter(|(h, _)| index.is_none_or(|i| i == h.index))
            .map(|(h, share)| PrintableShare {
                share,
                holder: h.label.clone(),
                place: h.place.clone(),
            })
            .collect();
        let printed: Vec<u8> = out.iter().map(|p| p.share.index()).collect();
        let now = (self.env.now)();
        let ev = Event::new(EventKind::SharePrint, self.actor.clone())
            .subject(format!("set {}", vault::set_hex(&set_id)))
            .detail(format!("shares {printed:?} as {format}"));
        self.commit(ev, |b| {
            let set = b
                .sets
                .iter_mut()
                .find(|s| s.set_id == set_id)
                .expect("found above");
            for h in set
                .holders
                .iter_mut()
                .filter(|h| printed.contains(&h.index))
            {
                h.printed_at = Some(now);
            }
            Ok(())
        })?;
        Ok(out)
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
