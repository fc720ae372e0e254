//! Git remotes as seen by the operations (issue 9): adding and removing
//! them, pushing every save, comparing the vault with each remote at open,
//! `sync` and `clone`. The git plumbing is in [`crate::remote`].
//!
//! # Security
//! A protected remote (one that refuses non-fast-forward pushes and branch
//! deletion) is a witness the PO cannot rewrite alone. At every open the
//! remote's last head must be a record of this copy's audit chain (or one
//! that a recorded `sync` set aside); otherwise the copy is older than what
//! the remote saw, or the two diverged, and nothing may change — even when
//! the local state directory, the other rollback witness, was deleted.

use std::path::{Path, PathBuf};

use super::{Env, OpenOptions, OpsError, PoAction, Result, Session, rfc3339};
use crate::audit::{self, Actor, AuditRecord, Event, EventKind};
use crate::error::{Classify, ExitClass};
use crate::format::body::{RemoteEntry, check_remote_name};
use crate::remote::{self, GitError, HeadFile, Replica, git::redact};
use crate::store;
use crate::vault::{EncryptedVault, Vault};

/// A remote's refusal or failure.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RemoteError {
    /// Bad remote name.
    #[error("invalid remote name {name:?}: {why}")]
    Name {
        /// The name given.
        name: String,
        /// Why.
        why: String,
    },
    /// A remote of that name exists.
    #[error("a remote named {0:?} already exists: remove it first")]
    Exists(String),
    /// No such remote.
    #[error("no remote named {0:?}: list the remotes to see their names")]
    NoSuch(String),
    /// The URL is not a reachable repository.
    #[error(
        "{url} is not a git repository kluis can reach ({why}): make one with `git init --bare` or check the URL"
    )]
    NotARepository {
        /// The URL, with any credential blanked.
        url: String,
        /// What git said.
        why: String,
    },
    /// Git is missing.
    #[error(transparent)]
    Git(#[from] GitError),
    /// The remote holds another vault.
    #[error(
        "remote {name} holds a different vault (id {theirs}), not this one (id {ours}): check its URL"
    )]
    OtherVault {
        /// Remote name.
        name: String,
        /// Its vault id.
        theirs: String,
        /// Ours.
        ours: String,
    },
    /// The remote's last commit was not written by kluis as it is.
    #[error(
        "remote {name} was changed outside kluis: {why}; nothing was changed here. Ask the server's administrator what happened"
    )]
    Tampered {
        /// Remote name.
        name: String,
        /// What is wrong.
        why: String,
    },
    /// The remote holds a newer copy.
    #[error(
        "remote {name} holds a newer vault (generation {theirs}, {theirs_ckpt}) than this copy (generation {ours}, {ours_ckpt}): sync with it first"
    )]
    Newer {
        /// Remote name.
        name: String,
        /// Its generation.
        theirs: u64,
        /// Its checkpoint.
        theirs_ckpt: String,
        /// Ours.
        ours: u64,
        /// Our checkpoint.
        ours_ckpt: String,
    },
    /// The two copies diverged.
    #[error(
        "this copy and remote {name} diverged: here generation {ours} ({ours_ckpt}), there generation {theirs} ({theirs_ckpt}); nothing was changed. Choose which copy to keep with a sync (the other is kept as a file beside the vault)"
    )]
    Diverged {
        /// Remote name.
        name: String,
        /// Its generation.
        theirs: u64,
        /// Its checkpoint.
        theirs_ckpt: String,
        /// Ours.
        ours: u64,
        /// Our checkpoint.
        ours_ckpt: String,
    },
    /// A required remote did not accept the record of a release.
    #[error(
        "nothing was released: required remote {name} did not accept the record of this release ({why}); the refusal is recorded. Sync with it when the remote is back"
    )]
    Required {
        /// Remote name.
        name: String,
        /// Why.
        why: String,
    },
    /// The copy taken from a remote is under another key.
    #[error(
        "the copy from remote {0} is now in place, but it was saved under another key there (shares rotated or the passphrase taken over): open it again with its passphrase or shares"
    )]
    Rekeyed(String),
    /// A collected system log and the chain disagree.
    #[error("{0}")]
    Syslog(String),
    /// Clone target exists.
    #[error("{0} already exists: choose another path for the vault")]
    CloneTargetExists(PathBuf),
    /// Clone from an empty remote.
    #[error(
        "remote {0} holds no vault yet: push one there first by adding this remote on the PO's machine"
    )]
    Empty(String),
}

impl Classify for RemoteError {
    fn class(&self) -> ExitClass {
        match self {
            Self::Name { .. } | Self::NotARepository { .. } => ExitClass::Usage,
            Self::Exists(_) | Self::NoSuch(_) | Self::Git(_) | Self::Rekeyed(_) => ExitClass::Other,
            Self::CloneTargetExists(_) | Self::Empty(_) => ExitClass::Other,
            Self::OtherVault { .. }
            | Self::Tampered { .. }
            | Self::Newer { .. }
            | Self::Diverged { .. }
            | Self::Syslog(_) => ExitClass::Damaged,
            Self::Required { .. } => ExitClass::Policy,
        }
    }
}

/// Which copy `kluis sync` keeps when the vault and a remote diverged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SyncKeep {
    /// Plain `kluis sync`: take a newer remote copy; refuse if diverged.
    #[default]
    Newer,
    /// `--keep remote`.
    Remote,
    /// `--keep local`.
    Local,
}

/// The remote side of a session: pushes that failed, merges to make.
#[derive(Debug, Default)]
pub(super) struct SessionRemotes {
    /// Required remotes that did not accept the last save, with why.
    failed_required: Vec<(String, String)>,
    /// Remote commits to merge into the next commit (after
    /// `sync --keep local`), by remote name.
    merges: Vec<(String, String)>,
    /// The sequence number of the last record already committed to the
    /// local replicas (the next commit message names the records after it).
    committed_seq: u64,
    /// The last record before this session's open.
    pub(super) seq_at_open: u64,
    /// The last record forwarded to the system log.
    pub(super) syslog_seq: u64,
}

/// One remote's state, for `kluis remote list` and the TUI.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RemoteStatus {
    /// Name.
    pub name: String,
    /// URL as given.
    pub url: String,
    /// Whether releases wait for it.
    pub required: bool,
    /// Saves committed here but not yet accepted by the remote.
    pub pending: u64,
    /// Generation the remote holds, as far as this machine knows.
    pub remote_generation: Option<u64>,
    /// When the remote's last commit was made (RFC 3339), if known.
    pub last_push: Option<String>,
}

fn ck_text(h: &HeadFile) -> String {
    if h.checkpoint == "none" {
        "no audit records".to_string()
    } else {
        h.checkpoint.clone()
    }
}

/// Whether the record `seq` of `chain` has hash `head`.
fn in_chain(chain: &[AuditRecord], seq: u64, head: &[u8; 32]) -> bool {
    if seq == 0 {
        return *head == audit::GENESIS;
    }
    // After `audit archive` the chain starts later than record 1: find the
    // record by its offset from the first one kept (indexing by `seq - 1`
    // made every archived vault look older than its own remote).
    let first = chain.first().map_or(1, |r| r.seq);
    if seq < first {
        // An archived record: only the last one is still known, by the
        // hash the archive mark names (and the first kept record links to).
        return seq + 1 == first
            && chain
                .iter()
                .filter_map(|r| audit::archive::Mark::of(&r.event))
                .any(|m| m.before == first && m.head == *head);
    }
    usize::try_from(seq - first)
        .ok()
        .and_then(|i| chain.get(i))
        .is_some_and(|r| r.seq == seq && r.hash == *head)
}

/// Whether a recorded `sync` set this remote head aside.
fn set_aside(chain: &[AuditRecord], head: &[u8; 32]) -> bool {
    let hex = data_encoding::HEXLOWER.encode(head);
    chain
        .iter()
        .any(|r| r.event.kind == EventKind::Sync && r.event.detail.contains(&hex))
}

/// A free file name beside the vault: `<vault>.<label>`, numbered if taken.
fn beside(path: &Path, label: &str) -> PathBuf {
    let base = path.as_os_str().to_string_lossy().into_owned();
    let mut p = PathBuf::from(format!("{base}.{label}"));
    let mut n = 2;
    while std::fs::symlink_metadata(&p).is_ok() {
        p = PathBuf::from(format!("{base}.{label}.{n}"));
        n += 1;
    }
    p
}

/// What the open check found: warnings to show and records to append.
#[derive(Default)]
pub(super) struct OpenCheck {
    pub warnings: Vec<super::Notice>,
    pub events: Vec<Event>,
    pub remotes: SessionRemotes,
}

/// Compares the vault with every remote (fetching each with a short
/// timeout) and, for `kluis sync`, resolves what it may. On a newer or
/// kept remote copy, `vault` is replaced by it and the file on disk too.
///
/// # Errors
/// [`RemoteError`] (as [`OpsError::Remote`]) for a remote newer, diverged,
/// another vault's or changed outside kluis.
pub(super) fn check_on_open(
    env: &Env,
    path: &Path,
    vault: &mut Vault,
    actor: &Actor,
    opts: OpenOptions,
) -> Result<OpenCheck> {
    let mut out = OpenCheck::default();
    let id = vault.id();
    for r in vault.body.remotes.clone() {
        let rep = Replica::new(env.state.dir(), &id, &r.name);
        if let Err(e) = rep
            .ensure(&r.url)
            .and_then(|()| rep.fetch(remote::FETCH_TIMEOUT))
        {
            out.warnings.push(super::Notice::RemoteUnreachable {
                name: r.name.clone(),
                why: e.to_string(),
            });
            continue;
        }
        let tip = match rep.tip() {
            Ok(None) => continue,
            Ok(Some(t)) => t,
            Err(remote::TipError::Git(e)) => {
                out.warnings.push(super::Notice::RemoteUnreadable {
                    name: r.name.clone(),
                    why: e.to_string(),
                });
                continue;
            }
            Err(e) => {
                return Err(RemoteError::Tampered {
                    name: r.name.clone(),
                    why: e.to_string(),
                }
                .into());
            }
        };
        if tip.head.vault_id != id {
            return Err(RemoteError::OtherVault {
                name: r.name.clone(),
                theirs: data_encoding::HEXLOWER.encode(&tip.head.vault_id),
                ours: data_encoding::HEXLOWER.encode(&id),
            }
            .into());
        }
        let ours = HeadFile::of(id, vault.header().generation, &vault.body.audit);
        if in_chain(&vault.body.audit, tip.head.seq, &tip.head.head)
            || set_aside(&vault.body.audit, &tip.head.head)
        {
            // The remote is this copy or older: build the next commit on
            // what it holds, so the push is a fast-forward.
            if !rep.contains(&tip.commit).map_err(RemoteError::from)? {
                if rep.local_tip().map_err(RemoteError::from)?.is_some()
                    && set_aside(&vault.body.audit, &tip.head.head)
                {
                    out.remotes
                        .merges
                        .push((r.name.clone(), tip.commit.clone()));
                } else {
                    rep.adopt_tip(&tip.commit).map_err(RemoteError::from)?;
                }
            }
            continue;
        }
        let newer = rep
            .history_heads()
            .map_err(RemoteError::from)?
            .contains(&ours.head);
        let (theirs_ckpt, ours_ckpt) = (ck_text(&tip.head), ck_text(&ours));
        let newer_err = || RemoteError::Newer {
            name: r.name.clone(),
            theirs: tip.head.generation,
            theirs_ckpt: theirs_ckpt.clone(),
            ours: ours.generation,
            ours_ckpt: ours_ckpt.clone(),
        };
        let diverged_err = || RemoteError::Diverged {
            name: r.name.clone(),
            theirs: tip.head.generation,
            theirs_ckpt: theirs_ckpt.clone(),
            ours: ours.generation,
            ours_ckpt: ours_ckpt.clone(),
        };
        match (opts.sync, newer) {
            (None, _) if opts.allow_rollback => {
                out.warnings.push(super::Notice::RollbackKept {
                    name: r.name.clone(),
                    newer,
                    theirs: tip.head.generation,
                    theirs_ckpt: theirs_ckpt.clone(),
                    ours: ours.generation,
                    ours_ckpt: ours_ckpt.clone(),
                });
                out.events.push(
                    Event::new(EventKind::RollbackAccepted, actor.clone())
                        .subject(format!("remote {}", r.name))
                        .detail(
                            audit::Detail::RollbackRemote {
                                ours: ours.generation,
                                ours_checkpoint: ours_ckpt.clone(),
                                remote: r.name.clone(),
                                theirs: tip.head.generation,
                                theirs_checkpoint: theirs_ckpt.clone(),
                            }
                            .to_string(),
                        ),
                );
            }
            (None, true) => return Err(newer_err().into()),
            (None, false) | (Some(SyncKeep::Newer), false) => return Err(diverged_err().into()),
            (Some(SyncKeep::Newer | SyncKeep::Remote), _) => {
                let kept = if newer {
                    None
                } else {
                    let side = beside(path, &format!("local-g{}", ours.generation));
                    std::fs::copy(path, &side).map_err(|source| store::StoreError::Io {
                        what: "cannot keep this copy beside the vault",
                        path: side.clone(),
                        cause: source,
                    })?;
                    Some(side)
                };
                let enc = EncryptedVault::parse(&tip.vault).map_err(|e| RemoteError::Tampered {
                    name: r.name.clone(),
                    why: e.to_string(),
                })?;
                store::save_atomic(path, &tip.vault, env.io.as_ref())?;
                env.state.forget(&id)?;
                env.state.remember(
                    &id,
                    crate::state::Seen {
                        generation: tip.head.generation,
                        head: tip.head.head,
                        seen_at: (env.now)(),
                    },
                )?;
                rep.adopt_tip(&tip.commit).map_err(RemoteError::from)?;
                let taken = enc
                    .unlock_with_key_of(vault)
                    .map_err(|_| RemoteError::Rekeyed(r.name.clone()))?;
                *vault = taken;
                let detail = match &kept {
                    None => audit::Detail::SyncTook {
                        theirs: tip.head.generation,
                        theirs_checkpoint: theirs_ckpt.clone(),
                        remote: r.name.clone(),
                        ours: ours.generation,
                        ours_checkpoint: ours_ckpt.clone(),
                    },
                    Some(side) => audit::Detail::SyncTookKept {
                        theirs: tip.head.generation,
                        theirs_checkpoint: theirs_ckpt.clone(),
                        remote: r.name.clone(),
                        ours: ours.generation,
                        ours_checkpoint: ours_ckpt.clone(),
                        head: data_encoding::HEXLOWER.encode(&ours.head),
                        kept_as: side.display().to_string(),
                    },
                }
                .to_string();
                out.warnings.push(match &kept {
                    None => super::Notice::TookRemote {
                        name: r.name.clone(),
                        theirs: tip.head.generation,
                        theirs_ckpt: theirs_ckpt.clone(),
                        ours: ours.generation,
                        ours_ckpt: ours_ckpt.clone(),
                    },
                    Some(side) => super::Notice::TookRemoteKeptLocal {
                        name: r.name.clone(),
                        theirs: tip.head.generation,
                        theirs_ckpt: theirs_ckpt.clone(),
                        ours: ours.generation,
                        ours_ckpt: ours_ckpt.clone(),
                        head: data_encoding::HEXLOWER.encode(&ours.head),
                        side: side.display().to_string(),
                    },
                });
                out.events.push(
                    Event::new(EventKind::Sync, actor.clone())
                        .subject(format!("remote {}", r.name))
                        .detail(detail),
                );
            }
            (Some(SyncKeep::Local), _) => {
                let side = beside(path, &format!("{}-g{}", r.name, tip.head.generation));
                store::create_new_atomic(&side, &tip.vault, env.io.as_ref())?;
                let detail = audit::Detail::SyncKeptLocal {
                    ours: ours.generation,
                    ours_checkpoint: ours_ckpt.clone(),
                    remote: r.name.clone(),
                    theirs: tip.head.generation,
                    theirs_checkpoint: theirs_ckpt.clone(),
                    head: data_encoding::HEXLOWER.encode(&tip.head.head),
                    kept_as: side.display().to_string(),
                }
                .to_string();
                out.warnings.push(super::Notice::KeptLocal {
                    name: r.name.clone(),
                    ours: ours.generation,
                    ours_ckpt: ours_ckpt.clone(),
                    theirs: tip.head.generation,
                    theirs_ckpt: theirs_ckpt.clone(),
                    head: data_encoding::HEXLOWER.encode(&tip.head.head),
                    side: side.display().to_string(),
                });
                out.events.push(
                    Event::new(EventKind::Sync, actor.clone())
                        .subject(format!("remote {}", r.name))
                        .detail(detail),
                );
                if rep.local_tip().map_err(RemoteError::from)?.is_some() {
                    out.remotes
                        .merges
                        .push((r.name.clone(), tip.commit.clone()));
                } else {
                    rep.adopt_tip(&tip.commit).map_err(RemoteError::from)?;
                }
            }
        }
    }
    let last = vault.body.audit.last().map_or(0, |r| r.seq);
    out.remotes.committed_seq = last;
    out.remotes.seq_at_open = last;
    out.remotes.syslog_seq = last;
    Ok(out)
}

/// The commit message of a save: the kinds and sequence numbers of the
/// records it added, nothing else.
fn message(generation: u64, records: &[AuditRecord]) -> String {
    let kinds: Vec<String> = records
        .iter()
        .map(|r| format!("#{} {}", r.seq, audit::export::kind_word(r.event.kind)))
        .collect();
    if kinds.is_empty() {
        format!("kluis generation {generation}")
    } else {
        format!("kluis generation {generation}: {}", kinds.join(", "))
    }
}

/// Checks that `url` is a git repository kluis can reach (before anything
/// is opened), and says whether it already holds a kluis branch.
///
/// # Errors
/// [`RemoteError::NotARepository`], [`RemoteError::Git`] (git missing,
/// timeout).
pub fn probe_url(url: &str) -> Result<bool> {
    if url.is_empty() || url.starts_with('-') || url.chars().any(char::is_control) {
        return Err(RemoteError::NotARepository {
            url: redact(url),
            why: "not a URL".into(),
        }
        .into());
    }
    remote::probe(url, remote::FETCH_TIMEOUT).map_err(|e| {
        match e {
            GitError::Failed { stderr } => RemoteError::NotARepository {
                url: redact(url),
                why: stderr,
            },
            e => RemoteError::Git(e),
        }
        .into()
    })
}

/// Clones a vault from a remote onto this machine: writes the vault file
/// (which must not exist) and sets this machine's rollback baseline from
/// the remote's head. Nothing is unlocked.
///
/// # Errors
/// [`RemoteError`]: not a repository, empty, changed outside kluis; the
/// rollback error if this machine already saw a newer copy.
pub fn clone_vault(env: &Env, url: &str, path: &Path) -> Result<HeadFile> {
    if std::fs::symlink_metadata(path).is_ok() {
        return Err(RemoteError::CloneTargetExists(path.to_path_buf()).into());
    }
    let shown = redact(url);
    if !probe_url(url)? {
        return Err(RemoteError::Empty(shown).into());
    }
    let tmp = env
        .state
        .dir()
        .join("remotes")
        .join(format!(".clone-{}", std::process::id()));
    let rep = Replica::at(tmp);
    rep.remove();
    let result = clone_from(env, &rep, url, &shown, path);
    rep.remove();
    result
}

fn clone_from(env: &Env, rep: &Replica, url: &str, shown: &str, path: &Path) -> Result<HeadFile> {
    let shown = shown.to_string();
    rep.ensure(url).map_err(RemoteError::from)?;
    rep.fetch(remote::FETCH_TIMEOUT)
        .map_err(RemoteError::from)?;
    let tip = rep
        .tip()
        .map_err(|e| RemoteError::Tampered {
            name: shown.clone(),
            why: e.to_string(),
        })?
        .ok_or_else(|| RemoteError::Empty(shown.clone()))?;
    if let Some(seen) = env.state.seen(&tip.head.vault_id)?
        && seen.generation > tip.head.generation
    {
        return Err(OpsError::RolledBack(format!(
            "the remote holds generation {}, but this machine saw generation {} on {}",
            tip.head.generation,
            seen.generation,
            rfc3339(seen.seen_at)
        )));
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        store::ensure_dir(parent)?;
    }
    store::create_new_atomic(path, &tip.vault, env.io.as_ref())?;
    env.state.remember(
        &tip.head.vault_id,
        crate::state::Seen {
            generation: tip.head.generation,
            head: tip.head.head,
            seen_at: (env.now)(),
        },
    )?;
    Ok(tip.head)
}

impl Session<'_> {
    /// The remotes and what this machine knows of each (no network).
    pub fn remotes(&self) -> Vec<RemoteStatus> {
        let id = self.vault.id();
        self.vault
            .body
            .remotes
            .iter()
            .map(|r| {
                let rep = Replica::new(self.env.state.dir(), &id, &r.name);
                let tip = rep.tip().ok().flatten();
                RemoteStatus {
                    name: r.name.clone(),
                    url: r.url.clone(),
                    required: r.required,
                    pending: rep.pending().unwrap_or(0),
                    remote_generation: tip.map(|t| t.head.generation),
                    last_push: rep.tip_time().ok().flatten().map(rfc3339),
                }
            })
            .collect()
    }

    /// Pushes what is pending to every remote (no new record) and returns
    /// their state; a remote that does not accept it gives a warning.
    pub fn sync_remotes(&mut self) -> Vec<RemoteStatus> {
        let id = self.vault.id();
        let mut warnings = Vec::new();
        for r in &self.vault.body.remotes {
            let rep = Replica::new(self.env.state.dir(), &id, &r.name);
            if !rep.has_local_branch() {
                continue;
            }
            if let Err(e) = rep
                .ensure(&r.url)
                .and_then(|()| rep.push(remote::PUSH_TIMEOUT))
            {
                warnings.push(super::Notice::PushFailed {
                    name: r.name.clone(),
                    why: e.to_string(),
                });
            }
        }
        for w in warnings {
            self.warn(w);
        }
        self.remotes()
    }

    /// Adds a remote (PO only), checks that `url` is a repository, records
    /// the change and pushes the vault there.
    ///
    /// # Errors
    /// [`RemoteError`]: a bad name, a name in use, a URL that is not a
    /// repository, git missing; policy outside a PO session.
    pub fn remote_add(&mut self, name: &str, url: &str, required: bool) -> Result<()> {
        self.require_po(PoAction::AddRemote)?;
        check_remote_name(name).map_err(|why| RemoteError::Name {
            name: name.to_string(),
            why: why.to_string(),
        })?;
        if self.vault.body.remotes.iter().any(|r| r.name == name) {
            return Err(RemoteError::Exists(name.to_string()).into());
        }
        let has_branch = probe_url(url)?;
        let id = self.vault.id();
        let rep = Replica::new(self.env.state.dir(), &id, name);
        rep.remove();
        rep.ensure(url).map_err(RemoteError::from)?;
        if has_branch {
            // A remote that already holds a vault must hold this one, and
            // not a newer or diverged copy of it.
            rep.fetch(remote::FETCH_TIMEOUT)
                .map_err(RemoteError::from)?;
            let check = (|| -> Result<()> {
                let tip = rep
                    .tip()
                    .map_err(|e| RemoteError::Tampered {
                        name: name.to_string(),
                        why: e.to_string(),
                    })?
                    .expect("the branch exists");
                if tip.head.vault_id != id {
                    return Err(RemoteError::OtherVault {
                        name: name.to_string(),
                        theirs: data_encoding::HEXLOWER.encode(&tip.head.vault_id),
                        ours: data_encoding::HEXLOWER.encode(&id),
                    }
                    .into());
                }
                if !in_chain(&self.vault.body.audit, tip.head.seq, &tip.head.head) {
                    let ours =
                        HeadFile::of(id, self.vault.header().generation, &self.vault.body.audit);
                    return Err(RemoteError::Diverged {
                        name: name.to_string(),
                        theirs: tip.head.generation,
                        theirs_ckpt: ck_text(&tip.head),
                        ours: ours.generation,
                        ours_ckpt: ck_text(&ours),
                    }
                    .into());
                }
                rep.adopt_tip(&tip.commit).map_err(RemoteError::from)?;
                Ok(())
            })();
            if let Err(e) = check {
                rep.remove();
                return Err(e);
            }
        }
        let entry = RemoteEntry {
            name: name.to_string(),
            url: url.to_string(),
            required,
            added_at: (self.env.now)(),
        };
        let ev = Event::new(EventKind::RemoteChange, self.actor.clone())
            .subject(format!("remote {name}"))
            .detail(
                audit::Detail::RemoteAdded {
                    url: redact(url).to_string(),
                    required,
                }
                .to_string(),
            );
        self.commit(ev, |b| {
            b.remotes.push(entry);
            Ok(())
        })
    }

    /// Removes a remote (PO only) and its local replica. The remote's
    /// repository itself is left alone.
    ///
    /// # Errors
    /// [`RemoteError::NoSuch`]; policy outside a PO session.
    pub fn remote_remove(&mut self, name: &str) -> Result<()> {
        self.require_po(PoAction::RemoveRemote)?;
        if !self.vault.body.remotes.iter().any(|r| r.name == name) {
            return Err(RemoteError::NoSuch(name.to_string()).into());
        }
        let ev = Event::new(EventKind::RemoteChange, self.actor.clone())
            .subject(format!("remote {name}"))
            .detail(audit::Detail::Removed.to_string());
        let owned = name.to_string();
        self.commit(ev, |b| {
            b.remotes.retain(|r| r.name != owned);
            Ok(())
        })?;
        Replica::new(self.env.state.dir(), &self.vault.id(), name).remove();
        Ok(())
    }

    /// Commits the save just written to every remote's replica and pushes
    /// it. A remote that does not accept it keeps the commit pending; a
    /// required one is remembered for [`Session::required_refusal`].
    pub(super) fn push_remotes(&mut self, bytes: &[u8]) {
        self.remote.failed_required.clear();
        if self.vault.body.remotes.is_empty() {
            return;
        }
        let id = self.vault.id();
        let generation = self.vault.header().generation;
        let chain = &self.vault.body.audit;
        let head = HeadFile::of(id, generation, chain);
        // The records since the last commit, found by their numbers (after
        // `audit archive` the chain no longer starts at record 1).
        let committed = self.remote.committed_seq;
        let from = chain.partition_point(|r| r.seq <= committed);
        let msg = message(generation, &chain[from..]);
        let now = (self.env.now)();
        let mut warnings = Vec::new();
        for r in &self.vault.body.remotes {
            let rep = Replica::new(self.env.state.dir(), &id, &r.name);
            let merge = self
                .remote
                .merges
                .iter()
                .find(|(n, _)| *n == r.name)
                .map(|(_, c)| c.clone());
            let result = rep
                .ensure(&r.url)
                .and_then(|()| rep.commit(bytes, &head, &msg, now, merge.as_deref()))
                .and_then(|()| {
                    self.remote.merges.retain(|(n, _)| *n != r.name);
                    rep.push(remote::PUSH_TIMEOUT)
                });
            if let Err(e) = result {
                let pending = rep.pending().unwrap_or(1);
                warnings.push(super::Notice::SavePending {
                    name: r.name.clone(),
                    why: e.to_string(),
                    pending,
                });
                if r.required {
                    self.remote
                        .failed_required
                        .push((r.name.clone(), e.to_string()));
                }
            }
        }
        self.remote.committed_seq = chain.last().map_or(0, |r| r.seq);
        for w in warnings {
            self.warn(w);
        }
    }

    /// After a release was recorded: if a required remote did not accept
    /// that record, records the refusal and returns the error to give
    /// instead of the value.
    pub(super) fn required_refusal(&mut self, refusal: Event) -> Option<OpsError> {
        let (name, why) = self.remote.failed_required.first().cloned()?;
        let ev = refusal.detail(
            audit::Detail::RequiredRemoteRefused {
                remote: name.clone(),
                why: why.clone(),
            }
            .to_string(),
        );
        let err = RemoteError::Required { name, why };
        // The refusal is recorded locally even if the remote stays away;
        // it goes out with the next push.
        let _ = self.commit(ev, |_| Ok(()));
        Some(err.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_only_kinds_and_numbers() {
        assert_eq!(message(3, &[]), "kluis generation 3");
    }

    /// A chain as `audit archive` leaves it: records from `first` on, with
    /// the archive mark naming the record before.
    #[test]
    fn in_chain_finds_records_after_an_archive() {
        let chain = crate::audit::tests::varied_chain([7; 16], 8);
        assert!(in_chain(&chain, 3, &chain[2].hash));
        let before = chain[3].seq;
        let mark = crate::audit::archive::Mark {
            before,
            head: chain[2].hash,
        };
        let mut kept: Vec<AuditRecord> = chain[3..].to_vec();
        let mut marked = kept[0].clone();
        marked.seq = kept.last().expect("records").seq + 1;
        marked.event = mark.event(marked.event.actor.clone(), "archief.jsonl");
        kept.push(marked);
        let last = kept.last().expect("records");
        assert!(in_chain(&kept, last.seq, &last.hash));
        assert!(in_chain(&kept, before, &kept[0].hash));
        // The last archived record, by the mark's hash; older ones cannot
        // be told apart from a stranger's and are not claimed.
        assert!(in_chain(&kept, before - 1, &chain[2].hash));
        assert!(!in_chain(&kept, before - 2, &chain[1].hash));
        assert!(!in_chain(&kept, last.seq, &chain[0].hash));
        assert!(!in_chain(&kept, last.seq + 1, &last.hash));
    }

    #[test]
    fn beside_never_overwrites() {
        let d = tempfile::tempdir().expect("tempdir");
        let v = d.path().join("vault.kluis");
        let a = beside(&v, "local-g3");
        assert_eq!(a, d.path().join("vault.kluis.local-g3"));
        std::fs::write(&a, b"x").expect("write");
        assert_eq!(
            beside(&v, "local-g3"),
            d.path().join("vault.kluis.local-g3.2")
        );
    }
}
