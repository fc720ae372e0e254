//! Local state outside the vault, in `$XDG_STATE_HOME/kluis/`
//! (default `~/.local/state/kluis/`):
//!
//! - `<vault id>.seen`: the highest generation and audit head this machine
//!   has seen for a vault, to catch a rollback (an older copy of the whole
//!   vault put back; docs/ARCHITECTURE.md, "Audit");
//! - `<vault id>.journal`: what happened while the vault was locked
//!   (failed unlocks, refused recoveries, drills), as the closed set of
//!   reports of [`crate::audit::journal`], merged into the audit chain at
//!   the next unlock and marked there as not authenticated. A journal kluis
//!   did not write is moved aside to `<vault id>.journal.quarantined-<time>`
//!   and the tampering recorded.
//!
//! # Security
//! This state is not secret and not authenticated: someone who can write
//! these files can delete them, which hides a rollback from this machine
//! and drops journal entries, and can write reports that look like kluis's
//! own (a failed unlock that never happened); what they cannot do is put
//! any other kind of record into the chain. Printed checkpoints remain the independent
//! check (see docs/THREAT-MODEL.md).

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::audit::journal::{self, Report};
pub use crate::audit::journal::{JOURNAL_LIMIT, JournalEntry, JournalProblem};
use crate::store::{self, OsIo, StoreError};

/// Largest state file read.
const STATE_LIMIT: u64 = 1024 * 1024;

/// What this machine last saw of a vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    /// Generation counter of the vault file.
    pub generation: u64,
    /// Audit head hash at that generation.
    #[serde(with = "hex32")]
    pub head: [u8; 32],
    /// When seen (Unix seconds).
    pub seen_at: i64,
}

/// What [`LocalState::read_journal`] found.
#[derive(Debug)]
pub enum JournalRead {
    /// The reports (none if there is no journal).
    Entries(Vec<JournalEntry>),
    /// A journal kluis did not write, or could not read: not merged.
    Refused(JournalProblem),
}

mod hex32 {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&data_encoding::HEXLOWER.encode(v))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
        let s = String::deserialize(d)?;
        let v = data_encoding::HEXLOWER
            .decode(s.as_bytes())
            .map_err(serde::de::Error::custom)?;
        v.try_into()
            .map_err(|_| serde::de::Error::custom("expected 32 bytes"))
    }
}

/// The state directory.
#[derive(Debug, Clone)]
pub struct LocalState {
    dir: PathBuf,
}

impl LocalState {
    /// State in `dir`.
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// `$XDG_STATE_HOME/kluis`, else `~/.local/state/kluis`.
    pub fn default_dir() -> PathBuf {
        std::env::var_os("XDG_STATE_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))
            .unwrap_or_else(|| PathBuf::from("."))
            .join("kluis")
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, vault_id: &[u8; 16], ext: &str) -> PathBuf {
        self.dir.join(format!(
            "{}.{ext}",
            data_encoding::HEXLOWER.encode(vault_id)
        ))
    }

    /// What was last seen of this vault, if anything. A damaged state file
    /// is reported, not ignored.
    ///
    /// # Errors
    /// [`StoreError`] if the file exists but cannot be read or parsed.
    pub fn seen(&self, vault_id: &[u8; 16]) -> Result<Option<Seen>, StoreError> {
        let path = self.path(vault_id, "seen");
        match store::read_own(&path, STATE_LIMIT) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| StoreError::Io {
                    what: "cannot parse the rollback state file",
                    path,
                    cause: std::io::Error::other(e),
                }),
            Err(StoreError::NotFound(_)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Remembers `seen` unless a higher generation is already remembered.
    ///
    /// # Errors
    /// [`StoreError`].
    pub fn remember(&self, vault_id: &[u8; 16], seen: Seen) -> Result<(), StoreError> {
        if let Some(old) = self.seen(vault_id)?
            && old.generation > seen.generation
        {
            return Ok(());
        }
        store::ensure_dir(&self.dir)?;
        let json = serde_json::to_vec(&seen).expect("Seen serialises");
        store::save_atomic(&self.path(vault_id, "seen"), &json, &OsIo)
    }

    /// Forgets what was seen of a vault, so an accepted rollback becomes the
    /// new baseline (the next save remembers the older generation).
    ///
    /// # Errors
    /// [`StoreError`].
    pub fn forget(&self, vault_id: &[u8; 16]) -> Result<(), StoreError> {
        let path = self.path(vault_id, "seen");
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(StoreError::Io {
                what: "cannot reset the rollback state",
                path,
                cause: source,
            }),
        }
    }

    /// Adds a report to the journal of a locked vault. The caller holds the
    /// vault's lock, so the read-and-rewrite cannot race another kluis.
    ///
    /// A report equal to the last one only widens its count and time span,
    /// and a journal that would pass [`JOURNAL_LIMIT`] is summed up, so a
    /// script of failed attempts cannot grow it without bound. A journal
    /// that kluis did not write (see [`crate::audit::journal::parse`]) is
    /// left as it is for the next open to quarantine, with the report
    /// appended if it still fits.
    ///
    /// # Errors
    /// [`StoreError`].
    pub fn journal(&self, vault_id: &[u8; 16], entry: JournalEntry) -> Result<(), StoreError> {
        store::ensure_dir(&self.dir)?;
        let path = self.path(vault_id, "journal");
        let existing = match store::read_own(&path, JOURNAL_LIMIT) {
            Ok(bytes) => bytes,
            Err(StoreError::NotFound(_)) => Vec::new(),
            // Not a journal kluis wrote: the next open quarantines it and
            // reports the tampering; this report cannot be added to it.
            Err(
                StoreError::TooLarge { .. }
                | StoreError::InputTooLarge { .. }
                | StoreError::Symlink { .. }
                | StoreError::IsDirectory(_)
                | StoreError::NotRegular(_),
            ) => return Ok(()),
            Err(e) => return Err(e),
        };
        let mut entries = match journal::parse(&existing) {
            Ok(entries) => entries,
            Err(_) => {
                let line = entry.to_line();
                if (existing.len() + line.len()) as u64 > JOURNAL_LIMIT {
                    return Ok(());
                }
                return append(&path, &line);
            }
        };
        match entries.last_mut() {
            Some(last) if last.report == entry.report => {
                last.first = last.first.min(entry.first);
                last.last = last.last.max(entry.last);
                last.count = last.count.saturating_add(entry.count);
            }
            _ => entries.push(entry),
        }
        let bytes = encode_within_limit(entries);
        store::save_atomic(&path, &bytes, &OsIo)
    }

    /// The journal as kluis wrote it, or why it must not be merged.
    pub fn read_journal(&self, vault_id: &[u8; 16]) -> JournalRead {
        let path = self.path(vault_id, "journal");
        let bytes = match store::read_own(&path, JOURNAL_LIMIT) {
            Ok(b) => b,
            Err(StoreError::NotFound(_)) => return JournalRead::Entries(Vec::new()),
            Err(StoreError::TooLarge { .. } | StoreError::InputTooLarge { .. }) => {
                return JournalRead::Refused(JournalProblem::TooLarge);
            }
            Err(e) => return JournalRead::Refused(JournalProblem::Unreadable(e.to_string())),
        };
        match journal::parse(&bytes) {
            Ok(entries) => JournalRead::Entries(entries),
            Err(p) => JournalRead::Refused(p),
        }
    }

    /// Where a journal that must not be merged goes:
    /// `<vault id>.journal.quarantined-<time>`, a name not taken yet.
    pub fn quarantine_path(&self, vault_id: &[u8; 16], now: i64) -> PathBuf {
        let mut n = 0;
        loop {
            let ext = if n == 0 {
                format!("journal.quarantined-{now}")
            } else {
                format!("journal.quarantined-{now}-{n}")
            };
            let to = self.path(vault_id, &ext);
            if std::fs::symlink_metadata(&to).is_err() {
                return to;
            }
            n += 1;
        }
    }

    /// Moves the journal to `to` (see [`LocalState::quarantine_path`]).
    /// Nothing is deleted: the PO can look at it.
    ///
    /// # Errors
    /// [`StoreError`] if it cannot be renamed.
    pub fn quarantine_journal(&self, vault_id: &[u8; 16], to: &Path) -> Result<(), StoreError> {
        let path = self.path(vault_id, "journal");
        std::fs::rename(&path, to).map_err(|source| StoreError::Io {
            what: "cannot move the damaged journal aside",
            path,
            cause: source,
        })
    }

    /// Empties the journal after its entries were saved in the chain.
    ///
    /// # Errors
    /// [`StoreError`].
    pub fn clear_journal(&self, vault_id: &[u8; 16]) -> Result<(), StoreError> {
        let path = self.path(vault_id, "journal");
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(StoreError::Io {
                what: "cannot clear the journal",
                path,
                cause: source,
            }),
        }
    }
}

/// Appends one line to a journal kluis did not write, leaving the rest.
fn append(path: &Path, line: &[u8]) -> Result<(), StoreError> {
    // Never through a link, never a file with other names.
    let mut f = store::open_append(path)?;
    f.write_all(line)
        .and_then(|()| f.sync_all())
        .map_err(|source| StoreError::Io {
            what: "cannot write the journal",
            path: path.to_path_buf(),
            cause: source,
        })
}

/// The journal's bytes, summed up until they fit [`JOURNAL_LIMIT`]: equal
/// reports first, then failed unlocks and drills without their differing
/// text, then the oldest lines go.
fn encode_within_limit(mut entries: Vec<JournalEntry>) -> Vec<u8> {
    let encode = |entries: &[JournalEntry]| -> Vec<u8> {
        entries.iter().flat_map(JournalEntry::to_line).collect()
    };
    let mut bytes = encode(&entries);
    if bytes.len() as u64 <= JOURNAL_LIMIT {
        return bytes;
    }
    entries = journal::coalesce(entries);
    bytes = encode(&entries);
    if bytes.len() as u64 <= JOURNAL_LIMIT {
        return bytes;
    }
    for e in &mut entries {
        match &mut e.report {
            Report::UnlockFailure {
                claimed_as, why, ..
            } => {
                *claimed_as = None;
                *why = "various reasons".into();
            }
            Report::Drill {
                passed: false, why, ..
            } => *why = "various reasons".into(),
            Report::Drill { .. } => {}
        }
    }
    entries = journal::coalesce(entries);
    loop {
        bytes = encode(&entries);
        if bytes.len() as u64 <= JOURNAL_LIMIT || entries.is_empty() {
            return bytes;
        }
        entries.remove(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seen_only_grows() {
        let dir = tempfile::tempdir().expect("tmp");
        let st = LocalState::new(dir.path().join("kluis"));
        let id = [7; 16];
        assert_eq!(st.seen(&id).expect("none"), None);
        st.remember(
            &id,
            Seen {
                generation: 5,
                head: [1; 32],
                seen_at: 0,
            },
        )
        .expect("save");
        st.remember(
            &id,
            Seen {
                generation: 3,
                head: [2; 32],
                seen_at: 0,
            },
        )
        .expect("save");
        assert_eq!(st.seen(&id).expect("read").map(|s| s.generation), Some(5));
    }

    fn failure(time: i64, who: &str) -> JournalEntry {
        JournalEntry::once(
            time,
            Report::UnlockFailure {
                method: journal::Method::Shares,
                claimed_as: Some(who.into()),
                why: "the shares do not open this vault".into(),
            },
        )
    }

    fn entries(st: &LocalState, id: &[u8; 16]) -> Vec<JournalEntry> {
        match st.read_journal(id) {
            JournalRead::Entries(e) => e,
            JournalRead::Refused(p) => panic!("refused: {p}"),
        }
    }

    #[test]
    fn journal_coalesces_repeats_and_clears() {
        let dir = tempfile::tempdir().expect("tmp");
        let st = LocalState::new(dir.path().to_path_buf());
        let id = [3; 16];
        for t in 1..=5 {
            st.journal(&id, failure(t, "Dirk")).expect("j");
        }
        st.journal(&id, failure(9, "Eve")).expect("j");
        let e = entries(&st, &id);
        assert_eq!(e.len(), 2);
        assert_eq!((e[0].first, e[0].last, e[0].count), (1, 5, 5));
        assert_eq!(e[1].count, 1);
        st.clear_journal(&id).expect("clear");
        assert!(entries(&st, &id).is_empty());
    }

    #[test]
    fn journal_stays_within_its_limit() {
        let dir = tempfile::tempdir().expect("tmp");
        let st = LocalState::new(dir.path().to_path_buf());
        let id = [4; 16];
        let path = dir
            .path()
            .join(format!("{}.journal", data_encoding::HEXLOWER.encode(&id)));
        // A journal just under the limit, of distinct reports.
        let mut bytes = Vec::new();
        let mut n = 0;
        loop {
            let line = failure(n, &format!("name {n}")).to_line();
            if (bytes.len() + line.len()) as u64 > JOURNAL_LIMIT {
                break;
            }
            bytes.extend(line);
            n += 1;
        }
        std::fs::write(&path, &bytes).expect("write");
        for t in 0..20 {
            st.journal(&id, failure(n + t, &format!("other {t}")))
                .expect("j");
        }
        let len = std::fs::metadata(&path).expect("meta").len();
        assert!(len <= JOURNAL_LIMIT / 2, "summed up: {len}");
        let total: i64 = entries(&st, &id).iter().map(|e| i64::from(e.count)).sum();
        assert_eq!(total, n + 20, "counted, not dropped");
    }

    #[test]
    fn a_foreign_journal_is_refused_and_quarantined() {
        let dir = tempfile::tempdir().expect("tmp");
        let st = LocalState::new(dir.path().to_path_buf());
        let id = [5; 16];
        let path = dir
            .path()
            .join(format!("{}.journal", data_encoding::HEXLOWER.encode(&id)));
        std::fs::write(&path, b"{\"time\":1,\"event\":{}}\n").expect("write");
        assert!(matches!(
            st.read_journal(&id),
            JournalRead::Refused(JournalProblem::BadLine { line: 1, .. })
        ));
        // The writer leaves it for the open to report.
        st.journal(&id, failure(2, "x")).expect("append");
        assert!(matches!(st.read_journal(&id), JournalRead::Refused(_)));
        let to = st.quarantine_path(&id, 7);
        st.quarantine_journal(&id, &to).expect("move");
        assert!(to.to_string_lossy().ends_with(".journal.quarantined-7"));
        assert!(std::fs::read(&to).expect("kept").starts_with(b"{\"time\""));
        assert!(entries(&st, &id).is_empty());
    }
}
