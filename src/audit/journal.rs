//! The locked-time journal: what kluis records while the vault is locked
//! (failed unlocks, refused recoveries with bad shares, drills), and how it
//! becomes audit records at the next open.
//!
//! # Security
//!
//! The journal is a plain file in the state directory: whoever can write the
//! PO's home directory can write it. So it carries only a closed set of
//! fixed-field reports ([`Report`]), never an [`Event`] of any kind; each
//! line is parsed strictly (no unknown kinds or fields, bounded text and
//! numbers, see [`JournalEntry::check`]). A file that breaks any rule is not
//! merged at all: the caller moves it aside and records the tampering.
//!
//! A merged record is marked [`AuthMethod::ReportedWhileLocked`]: the claim
//! is not authenticated, its own times are the ones it claims, and the
//! record's time is when it was merged. Repeated reports are coalesced
//! ("3 failed unlocks between T1 and T2") and at most [`MERGE_MAX`] records
//! are merged per open, so the journal cannot grow the vault without bound.
//!
//! A passed drill carries a proof: a hash of the share's value bound to the
//! vault, set, index and time ([`drill_proof`]). The vault holds every share
//! value, so at the merge it can tell a drill by a real sheet from a forged
//! line; only a proven drill dates the share.

use serde::{Deserialize, Serialize};

use super::{Actor, AuthMethod, Event, EventKind, Outcome};
use crate::crypto::hash;

/// Longest journal file kluis writes or reads: 256 KiB. A longer file was
/// not written by kluis.
pub const JOURNAL_LIMIT: u64 = 256 * 1024;
/// Longest name a report may hold (as the roster's names), in bytes.
pub const NAME_MAX: usize = 128;
/// Longest reason a report may hold, in bytes.
pub const WHY_MAX: usize = 200;
/// Most records one open merges; further reports are summed up in one.
pub const MERGE_MAX: usize = 32;
/// Latest time a report may claim (9999-12-31T23:59:59Z).
const TIME_MAX: i64 = 253_402_300_799;

/// Domain label of a drill proof.
const DRILL_PROOF: &[u8] = b"kluis drill proof v1\0";

/// How a failed unlock was tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// The PO passphrase.
    Passphrase,
    /// A quorum of shares (a recovery attempt).
    Shares,
}

/// What kluis reports while the vault is locked. Closed: nothing else can
/// be journalled.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub enum Report {
    /// An unlock that failed: a wrong passphrase, or shares that did not
    /// open the vault (a refused recovery attempt).
    UnlockFailure {
        /// How it was tried.
        method: Method,
        /// The name given with `--as`, if any (not checked: the vault was
        /// locked).
        claimed_as: Option<String>,
        /// Why it failed.
        why: String,
    },
    /// A share checked against the locked vault.
    Drill {
        /// The share's set.
        set_id: [u8; 8],
        /// The share's index (1-based).
        index: u8,
        /// Whether it passed.
        passed: bool,
        /// Why it failed (empty when it passed).
        why: String,
        /// For a passed drill: [`drill_proof`] as lowercase hex.
        proof: Option<String>,
    },
}

/// One line of the journal: a report, how often it happened and when (as
/// claimed: the journal is not authenticated).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JournalEntry {
    /// First time (Unix seconds).
    pub first: i64,
    /// Last time (Unix seconds).
    pub last: i64,
    /// How many times (at least 1).
    pub count: u32,
    /// What happened.
    pub report: Report,
}

/// Why a journal is not merged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JournalProblem {
    /// Over [`JOURNAL_LIMIT`].
    #[error("it is larger than {limit} bytes, which kluis never writes", limit = JOURNAL_LIMIT)]
    TooLarge,
    /// It could not be read at all.
    #[error("it cannot be read ({0})")]
    Unreadable(String),
    /// A line that kluis does not write.
    #[error("line {line} is not a report kluis writes ({why})")]
    BadLine {
        /// 1-based line.
        line: usize,
        /// What is wrong.
        why: String,
    },
}

impl JournalEntry {
    /// One occurrence at `time`.
    pub fn once(time: i64, report: Report) -> Self {
        Self {
            first: time,
            last: time,
            count: 1,
            report,
        }
    }

    /// Checks the rules kluis's own writer keeps.
    ///
    /// # Errors
    /// What is wrong, for the tampering report.
    pub fn check(&self) -> Result<(), String> {
        if !(0..=TIME_MAX).contains(&self.first) || !(0..=TIME_MAX).contains(&self.last) {
            return Err("a time out of range".into());
        }
        if self.first > self.last {
            return Err("first time after last time".into());
        }
        if self.count == 0 {
            return Err("a count of 0".into());
        }
        match &self.report {
            Report::UnlockFailure {
                claimed_as, why, ..
            } => {
                if let Some(name) = claimed_as {
                    check_text("claimed_as", name, NAME_MAX)?;
                }
                check_text("why", why, WHY_MAX)?;
                if why.is_empty() {
                    return Err("an empty why".into());
                }
            }
            Report::Drill {
                index,
                passed,
                why,
                proof,
                ..
            } => {
                if *index == 0 {
                    return Err("share index 0".into());
                }
                check_text("why", why, WHY_MAX)?;
                if *passed != why.is_empty() {
                    return Err("a why that does not fit the verdict".into());
                }
                match proof {
                    Some(p) if !*passed => {
                        return Err(format!("a proof on a failed drill ({p:.16})"));
                    }
                    Some(p)
                        if p.len() != 64
                            || data_encoding::HEXLOWER.decode(p.as_bytes()).is_err() =>
                    {
                        return Err("a proof that is not 64 lowercase hex digits".into());
                    }
                    _ => {}
                }
            }
        }
        Ok(())
    }

    /// The entry's JSON line (with the newline).
    pub fn to_line(&self) -> Vec<u8> {
        let mut line = serde_json::to_vec(self).expect("journal entries serialise");
        line.push(b'\n');
        line
    }
}

fn check_text(field: &str, text: &str, max: usize) -> Result<(), String> {
    if text.len() > max {
        return Err(format!("{field} is longer than {max} bytes"));
    }
    if text.chars().any(char::is_control) {
        return Err(format!("{field} holds a control character"));
    }
    Ok(())
}

/// Cuts `text` to at most `max` bytes on a character boundary, ending with
/// `…` when cut, and replaces control characters, so a writer never makes
/// an entry its reader refuses.
pub fn clip(text: &str, max: usize) -> String {
    let clean: String = text
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    if clean.len() <= max {
        return clean;
    }
    let mut end = max - '…'.len_utf8();
    while !clean.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &clean[..end])
}

/// Parses a whole journal, refusing it if any line breaks the rules.
///
/// # Errors
/// [`JournalProblem`] naming the first bad line.
pub fn parse(bytes: &[u8]) -> Result<Vec<JournalEntry>, JournalProblem> {
    if bytes.len() as u64 > JOURNAL_LIMIT {
        return Err(JournalProblem::TooLarge);
    }
    let mut entries = Vec::new();
    for (i, line) in bytes.split(|b| *b == b'\n').enumerate() {
        if line.is_empty() {
            continue;
        }
        let bad = |why: String| JournalProblem::BadLine { line: i + 1, why };
        let entry: JournalEntry = serde_json::from_slice(line).map_err(|e| {
            // serde_json may quote the offending value, which the writer of
            // the file chose: keep it short, and escape it before it goes
            // into the chain (no control or bidi character is stored).
            let short: String = e.to_string().chars().take(120).collect();
            bad(crate::text::for_terminal(&short).into_owned())
        })?;
        entry.check().map_err(bad)?;
        entries.push(entry);
    }
    Ok(entries)
}

/// Sums up entries with the same report (keeping the order of first
/// appearance): counts add, the time span widens. A passed drill keeps its
/// latest proof.
pub fn coalesce(entries: Vec<JournalEntry>) -> Vec<JournalEntry> {
    let mut out: Vec<JournalEntry> = Vec::new();
    for e in entries {
        match out.iter_mut().find(|o| same(&o.report, &e.report)) {
            Some(o) => {
                if e.last >= o.last
                    && let (Report::Drill { proof: a, .. }, Report::Drill { proof: b, .. }) =
                        (&mut o.report, &e.report)
                {
                    a.clone_from(b);
                }
                o.first = o.first.min(e.first);
                o.last = o.last.max(e.last);
                o.count = o.count.saturating_add(e.count);
            }
            None => out.push(e),
        }
    }
    out
}

/// Equal reports; of a drill's proof only whether there is one counts.
fn same(a: &Report, b: &Report) -> bool {
    match (a, b) {
        (
            Report::Drill {
                set_id: s1,
                index: i1,
                passed: p1,
                why: w1,
                proof: f1,
            },
            Report::Drill {
                set_id: s2,
                index: i2,
                passed: p2,
                why: w2,
                proof: f2,
            },
        ) => s1 == s2 && i1 == i2 && p1 == p2 && w1 == w2 && f1.is_some() == f2.is_some(),
        _ => a == b,
    }
}

/// The proof a passed drill journals: BLAKE2b over the share's value, the
/// vault id, set, index and time. Only someone holding the share can make
/// it; the vault, holding every share value, checks it at the merge.
pub fn drill_proof(
    share_value: &[u8],
    vault_id: &[u8; 16],
    set_id: &[u8; 8],
    index: u8,
    time: i64,
) -> String {
    data_encoding::HEXLOWER.encode(&hash::hash256(
        DRILL_PROOF,
        &[share_value, vault_id, set_id, &[index], &time.to_be_bytes()],
    ))
}

/// A report turned into a record: the event, and for a proven drill the
/// share to date and when.
#[derive(Debug)]
pub struct Merged {
    /// The record's event.
    pub event: Event,
    /// A proven drill: set, index, time.
    pub drill: Option<([u8; 8], u8, i64)>,
}

/// Turns a parsed journal into records: coalesced, at most [`MERGE_MAX`],
/// each marked [`AuthMethod::ReportedWhileLocked`]. `share_value` looks up
/// the value of a share of this vault, to check drill proofs.
pub fn merge<'v>(
    entries: Vec<JournalEntry>,
    vault_id: &[u8; 16],
    share_value: impl Fn(&[u8; 8], u8) -> Option<&'v [u8]>,
) -> Vec<Merged> {
    // Check proofs per line first, so one forged line cannot hide behind a
    // real drill of the same share.
    let entries = entries
        .into_iter()
        .map(|mut e| {
            if let Report::Drill {
                set_id,
                index,
                proof,
                ..
            } = &mut e.report
            {
                let ok = proof.as_deref().is_some_and(|p| {
                    share_value(set_id, *index).is_some_and(|v| {
                        hash::ct_eq(
                            p.as_bytes(),
                            drill_proof(v, vault_id, set_id, *index, e.last).as_bytes(),
                        )
                    })
                });
                // From here `proof` only says whether it held.
                *proof = ok.then(String::new);
            }
            e
        })
        .collect();
    let mut groups = coalesce(entries);
    let rest = if groups.len() > MERGE_MAX {
        groups.split_off(MERGE_MAX - 1)
    } else {
        Vec::new()
    };
    let mut out: Vec<Merged> = groups.into_iter().map(to_record).collect();
    if !rest.is_empty() {
        let first = rest.iter().map(|e| e.first).min().unwrap_or(0);
        let last = rest.iter().map(|e| e.last).max().unwrap_or(0);
        let count = rest.iter().fold(0u32, |n, e| n.saturating_add(e.count));
        let sum = |method| {
            rest.iter()
                .filter(|e| matches!(&e.report, Report::UnlockFailure { method: m, .. } if *m == method))
                .fold(0u32, |n, e| n.saturating_add(e.count))
        };
        let (passphrase, shares) = (sum(Method::Passphrase), sum(Method::Shares));
        out.push(Merged {
            event: Event::new(
                // Refused recoveries among them make it an emergency event.
                if shares > 0 {
                    EventKind::Recovery
                } else {
                    EventKind::UnlockFailure
                },
                Actor {
                    person: "(various)".into(),
                    auth: AuthMethod::ReportedWhileLocked { first, last, count },
                },
            )
            .outcome(Outcome::Failure)
            .detail(
                super::Detail::JournalSummary {
                    count,
                    passphrase,
                    shares,
                    drills: count - passphrase - shares,
                }
                .to_string(),
            ),
            drill: None,
        });
    }
    out
}

fn to_record(e: JournalEntry) -> Merged {
    let auth = AuthMethod::ReportedWhileLocked {
        first: e.first,
        last: e.last,
        count: e.count,
    };
    match e.report {
        Report::UnlockFailure {
            method,
            claimed_as,
            why,
        } => {
            let person = claimed_as.unwrap_or_else(|| "(unknown)".into());
            // A refused recovery is an emergency event the PO must see.
            let kind = match method {
                Method::Passphrase => EventKind::UnlockFailure,
                Method::Shares => EventKind::Recovery,
            };

            Merged {
                event: Event::new(kind, Actor { person, auth })
                    .outcome(Outcome::Failure)
                    .detail(
                        super::Detail::LockedFailure {
                            shares: method == Method::Shares,
                            why,
                        }
                        .to_string(),
                    ),
                drill: None,
            }
        }
        Report::Drill {
            set_id,
            index,
            passed,
            why,
            proof,
        } => {
            let proven = proof.is_some();
            let detail = match (passed, proven) {
                (true, true) => super::Detail::DrillProven { index },
                (true, false) => super::Detail::DrillNotProven { index },
                (false, _) => super::Detail::DrillFailed { index, why },
            }
            .to_string();
            let mut event = Event::new(
                EventKind::Drill,
                Actor {
                    person: "(share holder)".into(),
                    auth,
                },
            )
            .subject(format!("set {}", data_encoding::HEXLOWER.encode(&set_id)))
            .detail(detail);
            if !(passed && proven) {
                event = event.outcome(Outcome::Failure);
            }
            Merged {
                event,
                drill: (passed && proven).then_some((set_id, index, e.last)),
            }
        }
    }
}

/// How a record marked [`AuthMethod::ReportedWhileLocked`] reads: what the
/// claim is and that nothing vouches for it. `rfc3339` formats a time.
pub fn describe_claim(
    first: i64,
    last: i64,
    count: u32,
    rfc3339: impl Fn(i64) -> String,
) -> String {
    let when = if first == last {
        format!("claimed {}", rfc3339(first))
    } else {
        format!("claimed between {} and {}", rfc3339(first), rfc3339(last))
    };
    let times = if count == 1 {
        String::new()
    } else {
        format!("{count} times, ")
    };
    format!("reported while locked, not authenticated: {times}{when}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(time: i64, who: &str) -> JournalEntry {
        JournalEntry::once(
            time,
            Report::UnlockFailure {
                method: Method::Passphrase,
                claimed_as: Some(who.into()),
                why: "wrong passphrase".into(),
            },
        )
    }

    #[test]
    fn round_trip_and_strict_parse() {
        let e = failure(5, "x");
        let line = e.to_line();
        assert_eq!(parse(&line).expect("parse"), vec![e]);
        for bad in [
            br#"{"time":1,"event":{"kind":"Unseal"}}"#.as_slice(),
            br#"{"first":1,"last":1,"count":1,"report":{"unseal":{}}}"#,
            br#"{"first":1,"last":1,"count":1,"extra":2,"report":{"unlock-failure":{"method":"passphrase","claimed_as":null,"why":"x"}}}"#,
            br#"{"first":2,"last":1,"count":1,"report":{"unlock-failure":{"method":"passphrase","claimed_as":null,"why":"x"}}}"#,
            br#"{"first":1,"last":1,"count":0,"report":{"unlock-failure":{"method":"passphrase","claimed_as":null,"why":"x"}}}"#,
            br#"{"first":1,"last":1,"count":1,"report":{"drill":{"set_id":[1,2,3,4,5,6,7,8],"index":0,"passed":true,"why":"","proof":null}}}"#,
            br#"{"first":1,"last":1,"count":1,"report":{"drill":{"set_id":[1,2,3,4,5,6,7,8],"index":1,"passed":false,"why":"x","proof":"00"}}}"#,
        ] {
            assert!(
                matches!(parse(bad), Err(JournalProblem::BadLine { line: 1, .. })),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
        let long = failure(1, &"a".repeat(NAME_MAX + 1)).to_line();
        assert!(parse(&long).is_err());
        let ctl = failure(1, "a\u{1b}[2K").to_line();
        assert!(parse(&ctl).is_err());
        assert_eq!(
            parse(&vec![b'\n'; JOURNAL_LIMIT as usize + 1]),
            Err(JournalProblem::TooLarge)
        );
    }

    #[test]
    fn a_bad_line_quoted_in_the_problem_holds_no_raw_control() {
        let line = "{\"first\":1,\"last\":1,\"count\":1,\"report\":{\"\\u001b[2J\\u202e\":{}}}\n";
        let e = parse(line.as_bytes()).expect_err("not a report kluis writes");
        let text = e.to_string();
        assert!(
            text.contains("line 1 is not a report kluis writes"),
            "{text}"
        );
        assert!(
            !text
                .chars()
                .any(|c| crate::text::forbidden_class(c).is_some()),
            "{text:?}"
        );
    }

    #[test]
    fn clip_keeps_the_reader_happy() {
        let long = "é\u{7}".repeat(300);
        let c = clip(&long, WHY_MAX);
        assert!(c.len() <= WHY_MAX && c.ends_with('…'));
        assert!(check_text("why", &c, WHY_MAX).is_ok());
        assert_eq!(clip("short", WHY_MAX), "short");
    }

    #[test]
    fn coalesce_sums_and_merge_is_bounded() {
        let many: Vec<_> = (0..100).map(|t| failure(t, "x")).collect();
        let merged = merge(many, &[0; 16], |_, _| None);
        assert_eq!(merged.len(), 1);
        assert_eq!(
            merged[0].event.actor.auth,
            AuthMethod::ReportedWhileLocked {
                first: 0,
                last: 99,
                count: 100
            }
        );
        let distinct: Vec<_> = (0..100).map(|t| failure(t, &format!("p{t}"))).collect();
        let merged = merge(distinct, &[0; 16], |_, _| None);
        assert_eq!(merged.len(), MERGE_MAX);
        assert!(
            merged[MERGE_MAX - 1]
                .event
                .detail
                .starts_with("69 further reports"),
            "{}",
            merged[MERGE_MAX - 1].event.detail
        );
    }

    #[test]
    fn only_a_proven_drill_dates_the_share() {
        let value = [9u8; 32];
        let id = [1; 16];
        let set = [2; 8];
        let drill = |time, proof: Option<String>| {
            JournalEntry::once(
                time,
                Report::Drill {
                    set_id: set,
                    index: 1,
                    passed: true,
                    why: String::new(),
                    proof,
                },
            )
        };
        let good = drill(10, Some(drill_proof(&value, &id, &set, 1, 10)));
        let forged = drill(20, Some("ab".repeat(32)));
        let merged = merge(vec![good, forged], &id, |s, i| {
            (s == &set && i == 1).then_some(value.as_slice())
        });
        assert_eq!(merged.len(), 2);
        assert_eq!(merged[0].drill, Some((set, 1, 10)));
        assert_eq!(merged[1].drill, None);
        assert!(merged[1].event.detail.contains("not proven"));
    }
}
