//! Local state outside the vault, in `$XDG_STATE_HOME/kluis/`
//! (default `~/.local/state/kluis/`):
//!
//! - `<vault id>.seen`: the highest generation and audit head this machine
//!   has seen for a vault, to catch a rollback (an older copy of the whole
//!   vault put back; DESIGN.md, "Audit");
//! - `<vault id>.journal`: events that happened while the vault was locked
//!   (failed unlocks, drills), merged into the audit chain at the next
//!   unlock.
//!
//! # Security
//! This state is not secret and not authenticated: someone who can write
//! these files can delete them, which hides a rollback from this machine
//! and drops journal entries. Printed checkpoints remain the independent
//! check (see docs/THREAT-MODEL.md).

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::audit::Event;
use crate::store::{self, OsIo, StoreError};

/// Largest state file read.
const STATE_LIMIT: u64 = 1024 * 1024;
/// Journal entries kept; older ones are dropped and counted.
pub const JOURNAL_MAX: usize = 1000;

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

/// One event that happened while the vault was locked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    /// When it happened (Unix seconds).
    pub time: i64,
    /// What happened.
    pub event: Event,
    /// For a successful drill: which share passed, applied at merge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drill: Option<DrillMark>,
}

/// A share that passed a drill while the vault was locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrillMark {
    /// Set id.
    pub set_id: [u8; 8],
    /// Share index.
    pub index: u8,
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
                    source: std::io::Error::other(e),
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
                source,
            }),
        }
    }

    /// Appends an event to the journal of a locked vault.
    ///
    /// # Errors
    /// [`StoreError`].
    pub fn journal(&self, vault_id: &[u8; 16], entry: &JournalEntry) -> Result<(), StoreError> {
        store::ensure_dir(&self.dir)?;
        let path = self.path(vault_id, "journal");
        let mut line = serde_json::to_vec(entry).expect("JournalEntry serialises");
        line.push(b'\n');
        // Never through a link, never a file with other names.
        let mut f = store::open_append(&path)?;
        f.write_all(&line)
            .and_then(|()| f.sync_all())
            .map_err(|source| StoreError::Io {
                what: "cannot write the journal",
                path,
                source,
            })
    }

    /// The journal's entries (at most [`JOURNAL_MAX`], newest kept) and how
    /// many older or unreadable lines were dropped.
    ///
    /// # Errors
    /// [`StoreError`].
    pub fn journal_entries(
        &self,
        vault_id: &[u8; 16],
    ) -> Result<(Vec<JournalEntry>, usize), StoreError> {
        let bytes = match store::read_bounded(&self.path(vault_id, "journal"), 16 * STATE_LIMIT) {
            Ok(b) => b,
            Err(StoreError::NotFound(_)) => return Ok((Vec::new(), 0)),
            Err(e) => return Err(e),
        };
        let mut dropped = 0;
        let mut entries = Vec::new();
        for line in bytes.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
            match serde_json::from_slice(line) {
                Ok(e) => entries.push(e),
                Err(_) => dropped += 1,
            }
        }
        if entries.len() > JOURNAL_MAX {
            dropped += entries.len() - JOURNAL_MAX;
            entries.drain(..entries.len() - JOURNAL_MAX);
        }
        Ok((entries, dropped))
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
                source,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{Actor, AuthMethod, EventKind};

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

    #[test]
    fn journal_round_trip_and_clear() {
        let dir = tempfile::tempdir().expect("tmp");
        let st = LocalState::new(dir.path().to_path_buf());
        let id = [3; 16];
        let ev = Event::new(
            EventKind::UnlockFailure,
            Actor {
                person: "?".into(),
                auth: AuthMethod::Passphrase,
            },
        );
        st.journal(
            &id,
            &JournalEntry {
                time: 1,
                event: ev.clone(),
                drill: None,
            },
        )
        .expect("j");
        st.journal(
            &id,
            &JournalEntry {
                time: 2,
                event: ev,
                drill: Some(DrillMark {
                    set_id: [1; 8],
                    index: 2,
                }),
            },
        )
        .expect("j");
        std::fs::OpenOptions::new()
            .append(true)
            .open(
                dir.path()
                    .join(format!("{}.journal", data_encoding::HEXLOWER.encode(&id))),
            )
            .and_then(|mut f| f.write_all(b"garbage\n"))
            .expect("append garbage");
        let (entries, dropped) = st.journal_entries(&id).expect("read");
        assert_eq!(
            entries.iter().map(|e| e.time).collect::<Vec<_>>(),
            vec![1, 2]
        );
        assert_eq!(dropped, 1);
        st.clear_journal(&id).expect("clear");
        assert!(st.journal_entries(&id).expect("read").0.is_empty());
    }
}
