//! Archiving: older records move out of the vault into an export file, and
//! the chain keeps a record saying so.
//!
//! `kluis audit archive --before SEQ` writes records up to `SEQ - 1` as JSON
//! lines (the export format, checked by `verify-export`), then removes them
//! from the vault and appends an [`EventKind::AuditArchived`] record naming
//! the position and hash of the last archived record ([`Mark`]). From then
//! on the vault's chain starts at `SEQ`, and its first record names that
//! hash as its predecessor.
//!
//! # Security
//!
//! A chain that does not start at record 1 is accepted only when one of its
//! own records is the mark for exactly that start ([`super::verify`]): a
//! chain cut at the front without `audit archive` still fails. The mark is
//! inside the chain, so it is as trustworthy as the records after it; the
//! archive itself is checked like any export, and `audit verify --archive`
//! checks that archives and vault together form one chain from record 1.

use super::{Actor, AuditRecord, Event, EventKind};

/// What an [`EventKind::AuditArchived`] record says: the records before
/// `before` were archived, and the last of them had hash `head`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// The first record kept in the vault.
    pub before: u64,
    /// Hash of record `before - 1`.
    pub head: [u8; 32],
}

const SUBJECT: &str = "records before ";
const HEAD: &str = "head ";

impl Mark {
    /// The record that says so; `file` is where the archive was written
    /// (for the reader only, at most 200 bytes are kept).
    pub fn event(&self, actor: Actor, file: &str) -> Event {
        Event::new(EventKind::AuditArchived, actor)
            .subject(format!("{SUBJECT}{}", self.before))
            .detail(
                super::Detail::Archived {
                    head: data_encoding::HEXLOWER.encode(&self.head),
                    file: super::journal::clip(file, 200),
                }
                .to_string(),
            )
    }

    /// The mark an archive record holds; `None` for any other record.
    pub fn of(event: &Event) -> Option<Mark> {
        if event.kind != EventKind::AuditArchived {
            return None;
        }
        let before = event
            .subject
            .as_deref()?
            .strip_prefix(SUBJECT)?
            .parse()
            .ok()?;
        let hex = event.detail.strip_prefix(HEAD)?.get(..64)?;
        let mut head = [0u8; 32];
        data_encoding::HEXLOWER
            .decode_mut(hex.as_bytes(), &mut head)
            .ok()?;
        Some(Mark { before, head })
    }
}

/// Whether `chain` may start where it does: at record 1 after
/// [`super::GENESIS`], or right after an archive one of its records names.
pub fn start_is_marked(chain: &[AuditRecord]) -> bool {
    let Some(first) = chain.first() else {
        return true;
    };
    if first.seq == 1 {
        return first.prev == super::GENESIS;
    }
    chain
        .iter()
        .filter_map(|r| Mark::of(&r.event))
        .any(|m| m.before == first.seq && super::hash::ct_eq(&m.head, &first.prev))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{AuthMethod, tests::varied_chain, verify};

    #[test]
    fn a_cut_chain_verifies_only_with_its_mark() {
        let id = [4; 16];
        let full = varied_chain(id, 10);
        assert!(verify(&full, &id).is_ok());
        let mut kept = full[6..].to_vec();
        assert_eq!(verify(&kept, &id).expect_err("cut").seq, 7);
        let po = Actor {
            person: "po".into(),
            auth: AuthMethod::Passphrase,
        };
        let mark = Mark {
            before: 7,
            head: full[5].hash,
        };
        let ev = mark.event(po.clone(), "/tmp/a.jsonl");
        assert_eq!(Mark::of(&ev), Some(mark));
        crate::audit::append(&mut kept, id, 1, &Default::default(), ev);
        assert_eq!(kept.last().map(|r| r.seq), Some(11));
        assert!(verify(&kept, &id).is_ok());
        // A mark for another position, or another head, does not do.
        let mut wrong = full[6..].to_vec();
        let other = Mark {
            before: 6,
            head: full[5].hash,
        };
        crate::audit::append(&mut wrong, id, 1, &Default::default(), other.event(po, "x"));
        assert!(verify(&wrong, &id).is_err());
    }
}
