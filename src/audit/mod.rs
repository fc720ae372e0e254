//! The audit chain: one record per event, each hashing its predecessor.
//!
//! Records live in the encrypted body, so editing, deleting, reordering or
//! truncating them breaks either the body's AEAD or the chain (docs/ARCHITECTURE.md,
//! "Audit"). A record never holds a secret value: subjects are names and
//! version numbers only.
//!
//! The submodules work on a chain this module has verified:
//!
//! - [`checkpoint`]: the short text naming the chain's position and head
//!   hash, printed on sheets and reports so history can be checked against
//!   paper;
//! - [`export`]: the chain as JSON lines or CSV for anyone outside the vault,
//!   and the check of such an export against a checkpoint, without the vault;
//! - [`detail`]: the forms of a record's detail text, typed, so a face can
//!   word a stored English detail in the reader's language.

pub mod archive;
pub mod checkpoint;
pub mod detail;
pub mod export;
pub mod journal;
pub mod syslog;

pub use checkpoint::Checkpoint;
pub use detail::Detail;

use serde::{Deserialize, Serialize};

use crate::crypto::hash::{self, AUDIT_RECORD};

/// Hash of the record before the first one.
pub const GENESIS: [u8; 32] = [0u8; 32];

/// What happened.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[non_exhaustive]
pub enum EventKind {
    /// Vault created.
    Init,
    /// Vault opened.
    Unlock,
    /// A failed unlock (journalled while locked).
    UnlockFailure,
    /// A value released.
    Unseal,
    /// An unseal refused.
    UnsealDenied,
    /// Opened with a quorum of shares.
    Recovery,
    /// Emergency session began.
    EmergencySessionStart,
    /// Emergency session ended.
    EmergencySessionEnd,
    /// PO acknowledged emergency events.
    Acknowledgement,
    /// Sheets printed.
    SharePrint,
    /// A share checked against the vault.
    Drill,
    /// Share sets rotated or committed.
    Rotation,
    /// PO passphrase changed.
    PassphraseChange,
    /// Roster changed.
    RosterChange,
    /// Secret added.
    SecretAdd,
    /// Secret got a new version or metadata change.
    SecretEdit,
    /// Secret removed.
    SecretDelete,
    /// Audit exported.
    Export,
    /// A new PO passphrase set by a delegate.
    Takeover,
    /// Settings changed.
    SettingsChange,
    /// An older copy of the vault was accepted with `--allow-rollback`.
    RollbackAccepted,
    /// The locked-time journal broke its rules and was moved aside unread
    /// (see [`journal`]).
    JournalQuarantined,
    /// Older records were moved to an archive file (see [`archive`]).
    AuditArchived,
    /// A git remote added or removed (`kluis remote`).
    RemoteChange,
    /// `kluis sync` took a newer copy from a remote or resolved two
    /// diverged copies; the detail names both heads.
    Sync,
    /// A command a value was released into (`--to exec`) ended, or could
    /// not be started. Appended
    /// last so earlier kinds keep their encoding.
    CommandEnd,
    /// A recovery kit was written (`kluis kit`): the encrypted vault, the
    /// binary and the emergency text, never shares.
    KitWritten,
    /// A share holder's age recipient set or cleared
    /// (`kluis shares recipient`). Appended last so earlier kinds keep
    /// their encoding.
    RecipientChange,
}

/// How the actor proved who they are.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub enum AuthMethod {
    /// The PO passphrase.
    Passphrase,
    /// A quorum of shares.
    Quorum {
        /// Share indices used.
        indices: Vec<u8>,
        /// Their holders' labels.
        holders: Vec<String>,
    },
    /// No authentication (events recorded while locked, such as drills).
    None,
    /// Reported in the locked-time journal and merged at an open: not
    /// authenticated. The times are the ones the report claims (the record's
    /// own time is when it was merged); `count` reports were coalesced.
    ReportedWhileLocked {
        /// First claimed time (Unix seconds).
        first: i64,
        /// Last claimed time (Unix seconds).
        last: i64,
        /// How many reports.
        count: u32,
    },
}

/// Who acted.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Actor {
    /// Person's name.
    pub person: String,
    /// How authenticated.
    pub auth: AuthMethod,
}

/// Why a secret was released.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum ReasonCategory {
    /// A real restore.
    Restore,
    /// A restore test.
    RestoreTest,
    /// An incident.
    Incident,
    /// Anything else.
    Other,
}

/// The reason given.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Reason {
    /// Category.
    pub category: ReasonCategory,
    /// Free text.
    pub text: String,
}

/// Who approved.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Approver {
    /// Person's name.
    pub person: String,
    /// Whether their PIN was checked.
    pub authenticated: bool,
}

/// Outcome of the event.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum Outcome {
    /// Done.
    Success,
    /// Refused.
    Denied,
    /// Failed.
    Failure,
}

/// Where the process ran.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct Origin {
    /// Host name.
    pub host: String,
    /// OS user.
    pub os_user: String,
    /// kluis version.
    pub tool_version: String,
}

impl Origin {
    /// Reads the host name and the OS user of this process.
    pub fn here() -> Self {
        let host = rustix::system::uname()
            .nodename()
            .to_string_lossy()
            .into_owned();
        let uid = rustix::process::getuid().as_raw();
        let os_user = passwd_name(uid).unwrap_or_else(|| format!("uid {uid}"));
        // Read from the system, not typed: it cannot be refused, so it is
        // stored escaped and bounded (issue 10, finding 2).
        Self {
            host: crate::text::from_system(&host, 255),
            os_user: crate::text::from_system(&os_user, 255),
            tool_version: env!("CARGO_PKG_VERSION").to_string(),
        }
    }
}

/// Looks up a user name in /etc/passwd (no libc call needed, and no unsafe).
fn passwd_name(uid: u32) -> Option<String> {
    let text = std::fs::read_to_string("/etc/passwd").ok()?;
    text.lines().find_map(|l| {
        let mut f = l.split(':');
        let name = f.next()?;
        let id: u32 = f.nth(1)?.parse().ok()?;
        (id == uid).then(|| name.to_string())
    })
}

/// What a new record says; the chain adds sequence, time, origin and hashes.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Event {
    /// Kind.
    pub kind: EventKind,
    /// Actor.
    pub actor: Actor,
    /// Secret name, person, set id... never a value.
    pub subject: Option<String>,
    /// Secret version concerned.
    pub version: Option<u32>,
    /// Reason.
    pub reason: Option<Reason>,
    /// Approver.
    pub approver: Option<Approver>,
    /// Outcome.
    pub outcome: Outcome,
    /// Release channel (stdout, clipboard, ...).
    pub channel: Option<String>,
    /// Short free text for details.
    pub detail: String,
}

impl Event {
    /// A successful event of `kind` by `actor` with no other fields.
    pub fn new(kind: EventKind, actor: Actor) -> Self {
        Self {
            kind,
            actor,
            subject: None,
            version: None,
            reason: None,
            approver: None,
            outcome: Outcome::Success,
            channel: None,
            detail: String::new(),
        }
    }

    /// Sets the subject.
    pub fn subject(mut self, s: impl Into<String>) -> Self {
        self.subject = Some(s.into());
        self
    }

    /// Sets the detail text.
    pub fn detail(mut self, d: impl Into<String>) -> Self {
        self.detail = d.into();
        self
    }

    /// Sets the outcome.
    pub fn outcome(mut self, o: Outcome) -> Self {
        self.outcome = o;
        self
    }
}

/// One link of the chain.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct AuditRecord {
    /// 1-based sequence number.
    pub seq: u64,
    /// Unix seconds, UTC.
    pub time: i64,
    /// Vault id.
    pub vault_id: [u8; 16],
    /// Where.
    pub origin: Origin,
    /// What.
    pub event: Event,
    /// Hash of the previous record ([`GENESIS`] for the first).
    pub prev: [u8; 32],
    /// This record's hash.
    pub hash: [u8; 32],
}

impl AuditRecord {
    /// The hash this record should have: BLAKE2b-256 over the domain label
    /// and the postcard encoding of every field but `hash`.
    pub fn compute_hash(&self) -> [u8; 32] {
        self.compute_hash_with(&mut Vec::new())
    }

    /// [`AuditRecord::compute_hash`] with a scratch buffer the caller
    /// reuses, so verifying a long chain does not allocate per record.
    pub fn compute_hash_with(&self, buf: &mut Vec<u8>) -> [u8; 32] {
        let fields = (
            self.seq,
            self.time,
            &self.vault_id,
            &self.origin,
            &self.event,
            &self.prev,
        );
        buf.clear();
        let enc = postcard::to_extend(&fields, std::mem::take(buf))
            .expect("postcard serialises audit fields");
        let h = hash::hash256(AUDIT_RECORD, &[&enc]);
        *buf = enc;
        h
    }
}

/// The first record that does not hold.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("audit record {seq} is broken ({why}): the audit chain was altered")]
pub struct ChainError {
    /// Sequence number (position, 1-based) of the first bad record.
    pub seq: u64,
    /// What is wrong with it.
    pub why: &'static str,
}

/// Appends `event` to `chain`.
pub fn append(
    chain: &mut Vec<AuditRecord>,
    vault_id: [u8; 16],
    time: i64,
    origin: &Origin,
    event: Event,
) {
    let prev = chain.last().map_or(GENESIS, |r| r.hash);
    let mut rec = AuditRecord {
        seq: chain.last().map_or(1, |r| r.seq + 1),
        time,
        vault_id,
        origin: origin.clone(),
        event,
        prev,
        hash: [0; 32],
    };
    rec.hash = rec.compute_hash();
    chain.push(rec);
}

/// Verifies a whole chain and returns its head hash.
///
/// The chain starts at record 1, or, after `audit archive`, right after the
/// archived records, which one of its own records must name
/// ([`archive::start_is_marked`]).
///
/// # Errors
/// [`ChainError`] naming the first bad record.
pub fn verify(chain: &[AuditRecord], vault_id: &[u8; 16]) -> Result<[u8; 32], ChainError> {
    let mut buf = Vec::with_capacity(256);
    let first = chain.first().map_or(1, |r| r.seq);
    if first == 0 || !archive::start_is_marked(chain) {
        return Err(ChainError {
            seq: first,
            why: if first > 1 {
                "the chain starts after record 1 but no archive record says so"
            } else {
                "does not follow its predecessor"
            },
        });
    }
    let mut prev = chain.first().map_or(GENESIS, |r| r.prev);
    for (i, rec) in chain.iter().enumerate() {
        let seq = first + i as u64;
        if rec.seq != seq {
            return Err(ChainError {
                seq,
                why: "sequence number out of order",
            });
        }
        if rec.prev != prev {
            return Err(ChainError {
                seq,
                why: "does not follow its predecessor",
            });
        }
        if &rec.vault_id != vault_id {
            return Err(ChainError {
                seq,
                why: "belongs to another vault",
            });
        }
        if !hash::ct_eq(&rec.compute_hash_with(&mut buf), &rec.hash) {
            return Err(ChainError {
                seq,
                why: "content does not match its hash",
            });
        }
        prev = rec.hash;
    }
    Ok(prev)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A chain of `n` records of varied kinds, actors and fields, with free
    /// text that is awkward for CSV and JSON (commas, quotes, newlines, a
    /// leading `=`, non-ASCII).
    pub(crate) fn varied_chain(vault_id: [u8; 16], n: usize) -> Vec<AuditRecord> {
        let po = Actor {
            person: "Petra (PO)".into(),
            auth: AuthMethod::Passphrase,
        };
        let delegate = Actor {
            person: "Dirk, delegate".into(),
            auth: AuthMethod::Quorum {
                indices: vec![1, 3],
                holders: vec!["Office safe".into(), "IT admin".into()],
            },
        };
        let nobody = Actor {
            person: "holder \"Jan\"".into(),
            auth: AuthMethod::None,
        };
        let origin = Origin {
            host: "kantoor-01".into(),
            os_user: "petra".into(),
            tool_version: "0.1.0".into(),
        };
        let mut c = Vec::new();
        for i in 0..n {
            let event = match i % 7 {
                0 => Event::new(EventKind::Unlock, po.clone()),
                1 => Event {
                    version: Some(3),
                    reason: Some(Reason {
                        category: ReasonCategory::Restore,
                        text: "server crashed, restore of 2024-05-01".into(),
                    }),
                    approver: Some(Approver {
                        person: "Anna".into(),
                        authenticated: true,
                    }),
                    channel: Some("stdout".into()),
                    ..Event::new(EventKind::Unseal, po.clone()).subject("backup-key")
                },
                2 => Event::new(EventKind::Recovery, delegate.clone())
                    .detail("line one\nline two, with \"quotes\"")
                    .outcome(Outcome::Failure),
                3 => Event::new(EventKind::Drill, nobody.clone())
                    .subject("share 2")
                    .detail("=HYPERLINK(\"http://example.invalid\")"),
                4 => Event {
                    reason: Some(Reason {
                        category: ReasonCategory::RestoreTest,
                        text: "kwartaaltest — één".into(),
                    }),
                    approver: Some(Approver {
                        person: "Bert".into(),
                        authenticated: false,
                    }),
                    ..Event::new(EventKind::UnsealDenied, delegate.clone())
                        .subject("nas-credential")
                        .outcome(Outcome::Denied)
                },
                5 => Event::new(EventKind::SecretEdit, po.clone())
                    .subject("backup-key")
                    .detail("+rotated; -old kept"),
                _ => Event::new(EventKind::Export, po.clone()).detail("@csv\t\r"),
            };
            append(
                &mut c,
                vault_id,
                1_714_000_000 + 3_600 * i as i64,
                &origin,
                event,
            );
        }
        c
    }

    fn chain(n: usize) -> Vec<AuditRecord> {
        let mut c = Vec::new();
        let actor = Actor {
            person: "po".into(),
            auth: AuthMethod::Passphrase,
        };
        for i in 0..n {
            append(
                &mut c,
                [1; 16],
                i as i64,
                &Origin::default(),
                Event::new(EventKind::Unlock, actor.clone()),
            );
        }
        c
    }

    #[test]
    fn verify_names_first_bad_record() {
        let c = chain(5);
        assert!(verify(&c, &[1; 16]).is_ok());
        let mut edited = c.clone();
        edited[2].event.detail = "x".into();
        assert_eq!(verify(&edited, &[1; 16]).expect_err("edit").seq, 3);
        let mut deleted = c.clone();
        deleted.remove(1);
        assert_eq!(verify(&deleted, &[1; 16]).expect_err("delete").seq, 2);
        let mut swapped = c.clone();
        swapped.swap(1, 2);
        assert_eq!(verify(&swapped, &[1; 16]).expect_err("swap").seq, 2);
        assert_eq!(verify(&c, &[2; 16]).expect_err("vault").seq, 1);
    }
}
