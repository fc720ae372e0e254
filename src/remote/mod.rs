//! Git replicas of the vault (issue 9): what one remote holds and how a
//! save reaches it. The policy — when a remote's state refuses an open, when
//! a release waits for a remote — lives in `ops::remotes`; this module only
//! moves files and reads them back.
//!
//! A remote holds one branch, [`BRANCH`], with one commit per save. Each
//! commit's tree has two files:
//!
//! - [`VAULT_FILE`]: the encrypted vault file, byte for byte;
//! - [`HEAD_FILE`]: a plain-text head (see [`HeadFile`]): vault id,
//!   generation, the audit checkpoint in the KC1 form and the full hash of
//!   the last audit record. Nothing secret: no names of secrets, no reasons.
//!
//! Locally, each remote of each vault has a bare repository under the state
//! directory (`remotes/<vault id>/<name>.git`); a save becomes a commit
//! there first and is then pushed, so a save that could not be pushed stays
//! as a pending commit and goes out with the next push.

pub mod git;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use git::GitError;
use git::{IDENTITY, LOCAL, Repo};

/// The one branch kluis writes.
pub const BRANCH: &str = "kluis";
/// The vault file's name in a commit.
pub const VAULT_FILE: &str = "vault.kluis";
/// The head file's name in a commit.
pub const HEAD_FILE: &str = "vault.head";
/// Local ref of what the remote last held.
const TRACKING: &str = "refs/remotes/origin/kluis";
/// Local branch: what was committed here, pushed or pending.
const LOCAL_BRANCH: &str = "refs/heads/kluis";

/// How long a fetch at open may take before the remote counts as
/// unreachable: short, since every open waits for it.
pub const FETCH_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a push may take.
pub const PUSH_TIMEOUT: Duration = Duration::from_secs(30);

/// The plain-text head file of a commit:
///
/// ```text
/// kluis-head 1
/// vault 0123456789abcdef0123456789abcdef
/// generation 12
/// checkpoint KC1 0123-4567-89ab-cdef #42 dead-beef-0011-2233-4455-6677
/// head <64 hex digits: the hash of audit record 42>
/// ```
///
/// An empty chain has `checkpoint none` and a head of 64 zeros.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadFile {
    /// Vault id.
    pub vault_id: [u8; 16],
    /// Generation of the vault file in the same commit.
    pub generation: u64,
    /// Number of audit records (the sequence number of the last).
    pub seq: u64,
    /// Hash of the last audit record.
    pub head: [u8; 32],
    /// The KC1 text of the checkpoint (as written; parsed by `parse`).
    pub checkpoint: String,
}

/// Why a head file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct HeadError(pub &'static str);

impl HeadFile {
    /// The text form.
    pub fn to_text(&self) -> String {
        format!(
            "kluis-head 1\nvault {}\ngeneration {}\ncheckpoint {}\nhead {}\n",
            data_encoding::HEXLOWER.encode(&self.vault_id),
            self.generation,
            self.checkpoint,
            data_encoding::HEXLOWER.encode(&self.head)
        )
    }

    /// Parses the text form, strictly: the exact lines in order. The KC1
    /// checkpoint must agree with the vault id, the sequence number and
    /// the head hash on the other lines.
    ///
    /// # Errors
    /// [`HeadError`] naming the first problem.
    pub fn parse(bytes: &[u8]) -> Result<HeadFile, HeadError> {
        if bytes.len() > 1024 {
            return Err(HeadError("it is too long"));
        }
        let text = std::str::from_utf8(bytes).map_err(|_| HeadError("it is not text"))?;
        let mut lines = text.lines();
        let mut field = |key: &str| -> Result<String, HeadError> {
            lines
                .next()
                .and_then(|l| l.strip_prefix(key))
                .and_then(|l| l.strip_prefix(' '))
                .map(str::to_string)
                .ok_or(HeadError("a line is missing or out of order"))
        };
        if field("kluis-head")? != "1" {
            return Err(HeadError("unknown head file version"));
        }
        let hex = |s: &str| data_encoding::HEXLOWER.decode(s.as_bytes()).ok();
        let vault_id: [u8; 16] = hex(&field("vault")?)
            .and_then(|v| v.try_into().ok())
            .ok_or(HeadError("the vault id is not 32 hex digits"))?;
        let generation: u64 = field("generation")?
            .parse()
            .map_err(|_| HeadError("the generation is not a number"))?;
        let checkpoint = field("checkpoint")?;
        let head: [u8; 32] = hex(&field("head")?)
            .and_then(|v| v.try_into().ok())
            .ok_or(HeadError("the head is not 64 hex digits"))?;
        let seq = if checkpoint == "none" {
            if head != crate::audit::GENESIS {
                return Err(HeadError("an empty chain with a head hash"));
            }
            0
        } else {
            let c = crate::audit::Checkpoint::parse(&checkpoint)
                .map_err(|_| HeadError("the checkpoint is not a KC1 checkpoint"))?;
            if !c.matches_vault(&vault_id) || !c.matches_head(&head) {
                return Err(HeadError(
                    "the checkpoint disagrees with the vault id or head",
                ));
            }
            c.seq
        };
        Ok(HeadFile {
            vault_id,
            generation,
            seq,
            head,
            checkpoint,
        })
    }

    /// The head of a chain at a generation.
    pub fn of(vault_id: [u8; 16], generation: u64, chain: &[crate::audit::AuditRecord]) -> Self {
        let checkpoint = crate::audit::Checkpoint::of_chain(chain)
            .map_or_else(|| "none".to_string(), |c| c.to_text());
        HeadFile {
            vault_id,
            generation,
            seq: chain.last().map_or(0, |r| r.seq),
            head: chain.last().map_or(crate::audit::GENESIS, |r| r.hash),
            checkpoint,
        }
    }
}

/// What the remote's branch holds, read from the last fetch.
#[derive(Debug, Clone)]
pub struct RemoteTip {
    /// Its commit.
    pub commit: String,
    /// The vault file.
    pub vault: Vec<u8>,
    /// The head file, parsed.
    pub head: HeadFile,
}

/// Why a remote's commit cannot be trusted as written by kluis.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TipError {
    /// Git failed.
    #[error(transparent)]
    Git(#[from] GitError),
    /// The commit lacks a file.
    #[error("its last commit has no {0}")]
    Missing(&'static str),
    /// The head file does not parse.
    #[error("its head file is not valid ({0})")]
    Head(HeadError),
    /// The vault file does not parse.
    #[error("its vault file is not a valid vault ({0})")]
    Vault(String),
    /// Head file and vault file disagree.
    #[error("its head file does not match its vault file ({0})")]
    Mismatch(&'static str),
}

/// The local side of one remote of one vault.
#[derive(Debug, Clone)]
pub struct Replica {
    repo: Repo,
}

impl Replica {
    /// The replica for remote `name` of the vault `vault_id` under the
    /// state directory `state_dir`.
    pub fn new(state_dir: &Path, vault_id: &[u8; 16], name: &str) -> Replica {
        Replica {
            repo: Repo::at(dir_of(state_dir, vault_id, name)),
        }
    }

    /// A replica in an arbitrary directory (for `clone`).
    pub fn at(dir: PathBuf) -> Replica {
        Replica {
            repo: Repo::at(dir),
        }
    }

    /// Makes the local repository if needed, pointing at `url`.
    ///
    /// # Errors
    /// [`GitError`].
    pub fn ensure(&self, url: &str) -> Result<(), GitError> {
        self.repo.ensure(url)
    }

    /// Deletes the local repository (after `remote remove`).
    pub fn remove(&self) {
        let _ = std::fs::remove_dir_all(self.repo.dir());
    }

    /// Fetches the remote's branch. An empty repository (no branch yet) is
    /// not an error.
    ///
    /// # Errors
    /// [`GitError`]: unreachable, not a repository, timeout.
    pub fn fetch(&self, timeout: Duration) -> Result<(), GitError> {
        self.repo
            .run(&["fetch", "--quiet", "--no-tags", "origin"], None, timeout)?;
        Ok(())
    }

    /// What the remote held at the last fetch or push, if anything.
    ///
    /// # Errors
    /// [`TipError`] if its last commit is not one kluis could have written.
    pub fn tip(&self) -> Result<Option<RemoteTip>, TipError> {
        let Some(commit) = self.repo.rev(TRACKING)? else {
            return Ok(None);
        };
        let head = self
            .repo
            .file(&commit, HEAD_FILE)?
            .ok_or(TipError::Missing("head file"))?;
        let vault = self
            .repo
            .file(&commit, VAULT_FILE)?
            .ok_or(TipError::Missing("vault file"))?;
        let head = HeadFile::parse(&head).map_err(TipError::Head)?;
        let file =
            crate::format::VaultFile::parse(&vault).map_err(|e| TipError::Vault(e.to_string()))?;
        if file.header.vault_id != head.vault_id {
            return Err(TipError::Mismatch("vault id"));
        }
        if file.header.generation != head.generation {
            return Err(TipError::Mismatch("generation"));
        }
        Ok(Some(RemoteTip {
            commit,
            vault,
            head,
        }))
    }

    /// Every audit head hash the remote's branch ever recorded, from the
    /// head files of its history (to tell "the remote is newer" from "the
    /// two copies diverged").
    ///
    /// # Errors
    /// [`GitError`].
    pub fn history_heads(&self) -> Result<Vec<[u8; 32]>, GitError> {
        let out = self.repo.run(
            &[
                "log",
                "--format=",
                "--patch",
                "--no-color",
                "--no-ext-diff",
                TRACKING,
                "--",
                HEAD_FILE,
            ],
            None,
            LOCAL,
        )?;
        let text = String::from_utf8_lossy(&out);
        Ok(text
            .lines()
            .filter_map(|l| l.strip_prefix("+head "))
            .filter_map(|h| data_encoding::HEXLOWER.decode(h.trim().as_bytes()).ok())
            .filter_map(|v| v.try_into().ok())
            .collect())
    }

    /// Whether the local branch exists, without running git: its loose ref
    /// file, or a line in `packed-refs`.
    pub fn has_local_branch(&self) -> bool {
        let dir = self.repo.dir();
        dir.join(LOCAL_BRANCH).is_file()
            || std::fs::read_to_string(dir.join("packed-refs"))
                .is_ok_and(|p| p.lines().any(|l| l.ends_with(&format!(" {LOCAL_BRANCH}"))))
    }

    /// The local branch's commit, if any.
    ///
    /// # Errors
    /// [`GitError`].
    pub fn local_tip(&self) -> Result<Option<String>, GitError> {
        self.repo.rev(LOCAL_BRANCH)
    }

    /// Commits not yet on the remote (as far as the last fetch or push
    /// knows).
    ///
    /// # Errors
    /// [`GitError`].
    pub fn pending(&self) -> Result<u64, GitError> {
        let Some(local) = self.local_tip()? else {
            return Ok(0);
        };
        let range = match self.repo.rev(TRACKING)? {
            Some(t) => format!("{t}..{local}"),
            None => local,
        };
        let out = self
            .repo
            .run(&["rev-list", "--count", &range], None, LOCAL)?;
        Ok(String::from_utf8_lossy(&out).trim().parse().unwrap_or(0))
    }

    /// The committer time of the remote's last commit (Unix seconds).
    ///
    /// # Errors
    /// [`GitError`].
    pub fn tip_time(&self) -> Result<Option<i64>, GitError> {
        let Some(t) = self.repo.rev(TRACKING)? else {
            return Ok(None);
        };
        let out = self
            .repo
            .run(&["show", "-s", "--format=%ct", &t], None, LOCAL)?;
        Ok(String::from_utf8_lossy(&out).trim().parse().ok())
    }

    /// Points the local branch at what the remote holds (when the remote's
    /// head is a record of this copy's chain, so building on it loses
    /// nothing).
    ///
    /// # Errors
    /// [`GitError`].
    pub fn adopt_tip(&self, commit: &str) -> Result<(), GitError> {
        self.repo
            .run(&["update-ref", LOCAL_BRANCH, commit], None, LOCAL)
            .map(drop)
    }

    /// Whether the local branch already contains `commit`.
    ///
    /// # Errors
    /// [`GitError`].
    pub fn contains(&self, commit: &str) -> Result<bool, GitError> {
        match self.local_tip()? {
            Some(l) => self.repo.is_ancestor(commit, &l),
            None => Ok(false),
        }
    }

    /// Commits one save on the local branch: the vault file, its head
    /// file, and a message that names only record kinds and sequence
    /// numbers. `merge` adds the remote's commit as a second parent (after
    /// `kluis sync --keep local`, so the push is a fast-forward that keeps
    /// the remote's history).
    ///
    /// # Errors
    /// [`GitError`].
    pub fn commit(
        &self,
        vault: &[u8],
        head: &HeadFile,
        message: &str,
        time: i64,
        merge: Option<&str>,
    ) -> Result<(), GitError> {
        // One `git fast-import` writes both blobs, the tree, the commit and
        // moves the branch: one process per save instead of six.
        let head_text = head.to_text();
        let mut s: Vec<u8> = Vec::with_capacity(vault.len() + 512);
        s.extend_from_slice(format!("commit {LOCAL_BRANCH}\n").as_bytes());
        s.extend_from_slice(format!("committer {IDENTITY} {time} +0000\n").as_bytes());
        s.extend_from_slice(format!("data {}\n{message}\n", message.len()).as_bytes());
        // fast-import does not continue an existing branch by itself;
        // `from <branch>^0` is its idiom for "on top of the current tip".
        // A new branch gets a root commit.
        if self.has_local_branch() {
            s.extend_from_slice(format!("from {LOCAL_BRANCH}^0\n").as_bytes());
        }
        if let Some(m) = merge {
            s.extend_from_slice(format!("merge {m}\n").as_bytes());
        }
        s.extend_from_slice(b"deleteall\n");
        s.extend_from_slice(
            format!("M 100644 inline {VAULT_FILE}\ndata {}\n", vault.len()).as_bytes(),
        );
        s.extend_from_slice(vault);
        s.push(b'\n');
        s.extend_from_slice(
            format!(
                "M 100644 inline {HEAD_FILE}\ndata {}\n{head_text}\n",
                head_text.len()
            )
            .as_bytes(),
        );
        s.extend_from_slice(b"done\n");
        self.repo
            .run(&["fast-import", "--quiet", "--done"], Some(&s), LOCAL)
            .map(drop)
    }

    /// Pushes the local branch. Never forced: a remote that holds history
    /// this branch lacks refuses it, and so does a protected remote.
    ///
    /// # Errors
    /// [`GitError`] with git's words (rejected, hook declined, unreachable).
    pub fn push(&self, timeout: Duration) -> Result<(), GitError> {
        // A successful push also moves the tracking ref (the fetch refspec
        // maps it), so what the remote holds is known without a fetch.
        self.repo
            .run(
                &[
                    "push",
                    "--quiet",
                    "--no-verify",
                    "origin",
                    &format!("{LOCAL_BRANCH}:refs/heads/{BRANCH}"),
                ],
                None,
                timeout,
            )
            .map(drop)
    }
}

/// `state/remotes/<vault id>/<name>.git`.
fn dir_of(state_dir: &Path, vault_id: &[u8; 16], name: &str) -> PathBuf {
    state_dir
        .join("remotes")
        .join(data_encoding::HEXLOWER.encode(vault_id))
        .join(format!("{name}.git"))
}

/// Checks that `url` is a git repository kluis can reach, and returns
/// whether it already has the kluis branch.
///
/// # Errors
/// [`GitError`].
pub fn probe(url: &str, timeout: Duration) -> Result<bool, GitError> {
    let out = git::run_git(None, &["ls-remote", "--heads", url, BRANCH], None, timeout)?;
    Ok(!out.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head() -> HeadFile {
        HeadFile {
            vault_id: [7; 16],
            generation: 12,
            seq: 42,
            head: [9; 32],
            checkpoint: "KC1 0707-0707-0707-0707 #42 0909-0909-0909-0909-0909-0909".into(),
        }
    }

    #[test]
    fn head_file_round_trips() {
        let h = head();
        assert_eq!(HeadFile::parse(h.to_text().as_bytes()), Ok(h));
        let empty = HeadFile::of([1; 16], 1, &[]);
        assert_eq!(HeadFile::parse(empty.to_text().as_bytes()), Ok(empty));
    }

    #[test]
    fn head_file_refuses_edits() {
        let text = head().to_text();
        for (from, to) in [
            ("head 0909", "head 0808"),
            ("vault 07", "vault 08"),
            ("generation 12", "generation x"),
            ("kluis-head 1", "kluis-head 2"),
            ("checkpoint KC1", "checkpoint KC2"),
        ] {
            let bad = text.replacen(from, to, 1);
            assert!(HeadFile::parse(bad.as_bytes()).is_err(), "{from} -> {to}");
        }
        assert!(HeadFile::parse(b"").is_err());
        assert!(HeadFile::parse(&[0xff; 10]).is_err());
    }
}
