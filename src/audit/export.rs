//! Audit exports: the chain as JSON lines or CSV, and their verification.
//!
//! An export lets anyone check the vault's history without the vault
//! (docs/ARCHITECTURE.md, "Audit"): [`verify_export`] recomputes every record's hash,
//! follows the chain from its first record, and compares the record a printed
//! [`Checkpoint`] names with that checkpoint.
//!
//! Two formats, both holding every record in full:
//!
//! - **JSON lines**: one record per line, as a JSON object whose byte arrays
//!   (`vault_id`, `prev`, `hash`) are lowercase hex strings. Only the export
//!   writes hex: the records themselves are unchanged, so the postcard
//!   encoding their hashes cover stays byte-identical.
//! - **CSV**: a header row, then per record the human columns (time in
//!   RFC 3339 UTC, kinds and outcomes as words, hashes in hex) and a last
//!   `record` column holding that record's JSON line. The JSON is what the
//!   hashes cover; verification also checks that every human column says
//!   what the JSON says, so a field edited in a spreadsheet is caught.
//!
//! # Security
//!
//! Hashes use no key: anyone can build a consistent chain. What an export
//! proves comes from the checkpoint: the records up to the checkpoint's
//! position are the vault's history as it was when the checkpoint was
//! printed (a forgery needs a 96-bit second preimage, see
//! [`super::checkpoint`]). Records after that position are reported as
//! `beyond`: they follow the chain, but nothing vouches for them.
//!
//! Free text in CSV cells that a spreadsheet would run as a formula (starting
//! with `=`, `+`, `-`, `@`, tab or carriage return) is written with a leading
//! `'`, the usual guard against CSV injection; the `record` column keeps the
//! exact text.
//!
//! The human columns are part of the v1 CSV format: rendering them
//! differently would make older exports fail verification, so a change
//! needs a new header.

use std::io::Write;

use data_encoding::HEXLOWER;
use serde::{Deserialize, Serialize};

use super::checkpoint::{Checkpoint, grouped_hex};
use super::{AuditRecord, AuthMethod, Event, EventKind, GENESIS, Origin, Outcome, ReasonCategory};
use crate::crypto::hash;

/// Largest export [`verify_export`] reads: 256 MiB.
pub const MAX_EXPORT_LEN: usize = 256 << 20;

/// Longest line [`verify_export`] reads: 1 MiB.
pub const MAX_LINE_LEN: usize = 1 << 20;

/// The CSV header: the human columns, then the record's JSON.
pub const CSV_COLUMNS: [&str; 21] = [
    "seq",
    "time",
    "kind",
    "actor",
    "auth",
    "subject",
    "version",
    "reason_category",
    "reason",
    "approver",
    "approver_authenticated",
    "outcome",
    "channel",
    "detail",
    "host",
    "os_user",
    "tool_version",
    "vault_id",
    "prev",
    "hash",
    "record",
];

/// Number of human columns (all but `record`).
const HUMAN_COLUMNS: usize = CSV_COLUMNS.len() - 1;

/// How an export is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One JSON object per line.
    Jsonl,
    /// A header row, human columns and the record's JSON per row.
    Csv,
}

/// What a successful [`verify_export`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportReport {
    /// Records in the export.
    pub records: u64,
    /// Records up to and including the checkpoint's: vouched for by it.
    pub covered: u64,
    /// Records after the checkpoint's: consistent with the chain, but not
    /// vouched for by the checkpoint.
    pub beyond: u64,
    /// The format the export was in.
    pub format: ExportFormat,
}

/// Where an export fails, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportError {
    /// 1-based line in the file (a CSV header is line 1); 0 when the problem
    /// is with the input as a whole.
    pub line: usize,
    /// What is wrong there.
    pub why: ExportProblem,
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.why)
        } else {
            write!(f, "line {}: {}", self.line, self.why)
        }
    }
}

impl std::error::Error for ExportError {}

/// What is wrong with an export.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ExportProblem {
    /// Not a record kluis writes: not JSON, not CSV, wrong columns.
    #[error(
        "this is not an audit record as kluis writes it ({why}): the line was damaged or added"
    )]
    Malformed {
        /// What is wrong.
        why: String,
    },
    /// The record's content does not give its hash.
    #[error("record {seq} does not match its hash (a field was edited)")]
    HashMismatch {
        /// Position of the record (1-based).
        seq: u64,
    },
    /// The record is not the next one.
    #[error(
        "expected record {expected} but found record {found}: \
         a line was deleted, swapped or duplicated"
    )]
    OutOfOrder {
        /// The sequence number due here.
        expected: u64,
        /// The sequence number found.
        found: u64,
    },
    /// The record does not name the previous record's hash.
    #[error(
        "record {seq} does not follow the record before it: \
         the chain was cut or spliced from another copy"
    )]
    BrokenLink {
        /// The record's sequence number.
        seq: u64,
    },
    /// The export is of another vault than the checkpoint.
    #[error(
        "this export is of vault {export}, but the checkpoint is of vault {checkpoint}: \
         check the export against a checkpoint of its own vault"
    )]
    OtherVault {
        /// The export's vault prefix, grouped hex.
        export: String,
        /// The checkpoint's vault prefix, grouped hex.
        checkpoint: String,
    },
    /// A record of another vault than the first record's.
    #[error(
        "record {seq} belongs to another vault than record 1: the export was assembled from two vaults"
    )]
    MixedVaults {
        /// The record's sequence number.
        seq: u64,
    },
    /// A CSV human column says something else than the record's JSON.
    #[error(
        "the {column} column of record {seq} does not match the record's JSON \
         (the visible field was edited)"
    )]
    ColumnMismatch {
        /// The record's sequence number.
        seq: u64,
        /// The column's name.
        column: &'static str,
    },
    /// The export ends before the checkpoint's record.
    #[error(
        "the export ends at record {last} but the checkpoint names record {seq}: \
         records were removed from the end, or the export is older than the checkpoint"
    )]
    Truncated {
        /// The checkpoint's sequence number.
        seq: u64,
        /// The last record in the export (0 if none).
        last: u64,
    },
    /// The record at the checkpoint's position has another hash.
    #[error(
        "record {seq} does not match the checkpoint: \
         the history was rewritten, or the checkpoint is of another copy of the vault"
    )]
    CheckpointMismatch {
        /// The checkpoint's sequence number.
        seq: u64,
    },
    /// No records at all.
    #[error("the export holds no audit records: check that the whole file was copied")]
    Empty,
    /// Over a size bound.
    #[error("more than {limit} bytes: this is not an audit export kluis wrote")]
    TooLarge {
        /// The bound, in bytes.
        limit: usize,
    },
    /// The export starts after record 1 and holds no archive record for
    /// that start.
    #[error(
        "the export starts at record {seq}, but none of its records says the records before were archived: \
         records were removed from the start"
    )]
    UnmarkedStart {
        /// The first record's sequence number.
        seq: u64,
    },
    /// The checkpoint names a record before the export's first.
    #[error(
        "the checkpoint names record {seq}, but this export starts at record {first}: \
         check the archive that holds record {seq}"
    )]
    BeforeStart {
        /// The checkpoint's sequence number.
        seq: u64,
        /// The export's first record.
        first: u64,
    },
}

/// Writes `chain` to `out` in `format`.
///
/// The chain should have passed [`super::verify`]; the export carries it as
/// it is.
///
/// # Errors
/// Any error of `out`.
pub fn export(
    chain: &[AuditRecord],
    format: ExportFormat,
    out: &mut impl Write,
) -> std::io::Result<()> {
    match format {
        ExportFormat::Jsonl => {
            for rec in chain {
                out.write_all(record_to_json(rec).as_bytes())?;
                out.write_all(b"\n")?;
            }
            out.flush()
        }
        ExportFormat::Csv => {
            let mut w = csv::WriterBuilder::new()
                .terminator(csv::Terminator::Any(b'\n'))
                .from_writer(&mut *out);
            w.write_record(CSV_COLUMNS)?;
            for rec in chain {
                let json = record_to_json(rec);
                let human = human_columns(rec);
                w.write_record(human.iter().map(String::as_str).chain([json.as_str()]))?;
            }
            w.flush()
        }
    }
}

/// Verifies an export against `checkpoint`, without the vault.
///
/// Every record's hash is recomputed; records must run 1, 2, 3… each naming
/// its predecessor's hash ([`GENESIS`] for the first), all of one vault, the
/// vault of the checkpoint; the record at the checkpoint's position must have
/// the checkpoint's head. An export of a vault whose older records were
/// archived (or an archive after the first) starts later, and must then
/// hold the archive record naming its start ([`super::archive`]). The format is told by the first byte that is not
/// whitespace: `{` for JSON lines, anything else must be the CSV header.
///
/// # Errors
/// [`ExportError`] naming the first bad line: see [`ExportProblem`]. Input
/// over [`MAX_EXPORT_LEN`] bytes, or with a line over [`MAX_LINE_LEN`], is
/// refused before it is parsed.
pub fn verify_export(input: &[u8], checkpoint: &Checkpoint) -> Result<ExportReport, ExportError> {
    if checkpoint.seq == 0 {
        // A checkpoint built by hand with no record to name would otherwise
        // vouch for any export.
        return Err(ExportError {
            line: 0,
            why: ExportProblem::CheckpointMismatch { seq: 0 },
        });
    }
    let mut v = Verifier::new(Some(checkpoint), false);
    let format = walk(input, &mut v)?;
    // The line after the end of the file, where a missing record would be.
    let lines =
        input.iter().filter(|&&b| b == b'\n').count() + usize::from(!input.ends_with(b"\n"));
    v.finish(lines + 1, format).map(|(report, _)| report)
}

/// Reads an export (an archive, typically) into its records, checking
/// everything [`verify_export`] checks but the checkpoint.
///
/// # Errors
/// As [`verify_export`].
pub fn read_export(input: &[u8]) -> Result<Vec<AuditRecord>, ExportError> {
    let mut v = Verifier::new(None, true);
    let format = walk(input, &mut v)?;
    v.finish(0, format).map(|(_, records)| records)
}

/// Checks the size bounds, tells the format, and feeds every record to `v`.
fn walk(input: &[u8], v: &mut Verifier<'_>) -> Result<ExportFormat, ExportError> {
    if input.len() > MAX_EXPORT_LEN {
        return Err(ExportError {
            line: 0,
            why: ExportProblem::TooLarge {
                limit: MAX_EXPORT_LEN,
            },
        });
    }
    if let Some(i) = input
        .split(|&b| b == b'\n')
        .position(|l| l.len() > MAX_LINE_LEN)
    {
        return Err(ExportError {
            line: i + 1,
            why: ExportProblem::TooLarge {
                limit: MAX_LINE_LEN,
            },
        });
    }
    // A spreadsheet may have added a byte-order mark.
    let input = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
    let format = match input.iter().find(|b| !b.is_ascii_whitespace()) {
        None => {
            return Err(ExportError {
                line: 0,
                why: ExportProblem::Empty,
            });
        }
        Some(b'{') => ExportFormat::Jsonl,
        Some(_) => ExportFormat::Csv,
    };
    match format {
        ExportFormat::Jsonl => verify_jsonl(input, v)?,
        ExportFormat::Csv => verify_csv(input, v)?,
    }
    Ok(format)
}

fn verify_jsonl(input: &[u8], v: &mut Verifier<'_>) -> Result<(), ExportError> {
    for (i, raw) in input.split(|&b| b == b'\n').enumerate() {
        let line = i + 1;
        let malformed = |why: &str| ExportError {
            line,
            why: ExportProblem::Malformed { why: why.into() },
        };
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            // Blank lines hold no record; the final newline leaves one.
            continue;
        }
        let text = std::str::from_utf8(raw).map_err(|_| malformed("not UTF-8 text"))?;
        let rec = record_from_json(text).map_err(|why| malformed(&why))?;
        v.push(line, &rec)?;
    }
    Ok(())
}

fn verify_csv(input: &[u8], v: &mut Verifier<'_>) -> Result<(), ExportError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    let mut row = csv::StringRecord::new();
    let mut header_seen = false;
    loop {
        let line_before = usize::try_from(reader.position().line()).unwrap_or(usize::MAX);
        let more = reader.read_record(&mut row).map_err(|e| {
            let line = e
                .position()
                .and_then(|p| usize::try_from(p.line()).ok())
                .unwrap_or(line_before);
            ExportError {
                line,
                why: ExportProblem::Malformed {
                    why: if header_seen {
                        "not a CSV row".into()
                    } else {
                        "neither JSON lines nor kluis's CSV".into()
                    },
                },
            }
        })?;
        if !more {
            return Ok(());
        }
        let line = row
            .position()
            .and_then(|p| usize::try_from(p.line()).ok())
            .unwrap_or(line_before);
        let malformed = |why: String| ExportError {
            line,
            why: ExportProblem::Malformed { why },
        };
        if !header_seen {
            if row.iter().ne(CSV_COLUMNS) {
                return Err(malformed(
                    "neither JSON lines nor CSV with kluis's audit header".into(),
                ));
            }
            header_seen = true;
            continue;
        }
        if row.len() != CSV_COLUMNS.len() {
            return Err(malformed(format!(
                "{} columns where the header has {}",
                row.len(),
                CSV_COLUMNS.len()
            )));
        }
        let json = row.get(HUMAN_COLUMNS).unwrap_or_default();
        let rec =
            record_from_json(json).map_err(|why| malformed(format!("record column: {why}")))?;
        // The JSON first: an edited record is a hash mismatch, whatever the
        // human columns say.
        v.push(line, &rec)?;
        let human = human_columns(&rec);
        for (i, want) in human.iter().enumerate() {
            if row.get(i) != Some(want.as_str()) {
                return Err(ExportError {
                    line,
                    why: ExportProblem::ColumnMismatch {
                        seq: rec.seq,
                        column: CSV_COLUMNS[i],
                    },
                });
            }
        }
    }
}

/// Walks the chain record by record; holds no record unless asked to.
struct Verifier<'a> {
    checkpoint: Option<&'a Checkpoint>,
    vault_id: Option<[u8; 16]>,
    prev: [u8; 32],
    /// The first record's sequence number (1 unless archived before).
    first: u64,
    records: u64,
    /// A start after record 1 that no archive record has named yet.
    unmarked: Option<(u64, [u8; 32])>,
    kept: Option<Vec<AuditRecord>>,
}

impl<'a> Verifier<'a> {
    fn new(checkpoint: Option<&'a Checkpoint>, keep: bool) -> Self {
        Self {
            checkpoint,
            vault_id: None,
            prev: GENESIS,
            first: 1,
            records: 0,
            unmarked: None,
            kept: keep.then(Vec::new),
        }
    }

    fn push(&mut self, line: usize, rec: &AuditRecord) -> Result<(), ExportError> {
        let fail = |why| Err(ExportError { line, why });
        if self.records == 0 && rec.seq > 1 {
            // A later start must be named by an archive record (checked
            // at the end: the mark comes after the records it follows).
            self.first = rec.seq;
            self.prev = rec.prev;
            self.unmarked = Some((rec.seq, rec.prev));
        }
        let expected = self.first + self.records;
        if !hash::ct_eq(&rec.compute_hash(), &rec.hash) {
            // Named by position: the edited field may be `seq` itself.
            return fail(ExportProblem::HashMismatch { seq: expected });
        }
        if rec.seq != expected {
            return fail(ExportProblem::OutOfOrder {
                expected,
                found: rec.seq,
            });
        }
        if rec.prev != self.prev {
            return fail(ExportProblem::BrokenLink { seq: rec.seq });
        }
        match (self.vault_id, self.checkpoint) {
            (None, Some(cp)) if !cp.matches_vault(&rec.vault_id) => {
                return fail(ExportProblem::OtherVault {
                    export: grouped_hex(&rec.vault_id[..8]),
                    checkpoint: grouped_hex(&cp.vault_prefix),
                });
            }
            (None, _) => self.vault_id = Some(rec.vault_id),
            (Some(id), _) if id != rec.vault_id => {
                return fail(ExportProblem::MixedVaults { seq: rec.seq });
            }
            (Some(_), _) => {}
        }
        if let Some(cp) = self.checkpoint
            && rec.seq == cp.seq
            && !cp.matches_head(&rec.hash)
        {
            return fail(ExportProblem::CheckpointMismatch { seq: rec.seq });
        }
        if let (Some((seq, head)), Some(m)) = (self.unmarked, super::archive::Mark::of(&rec.event))
            && m.before == seq
            && hash::ct_eq(&m.head, &head)
        {
            self.unmarked = None;
        }
        self.prev = rec.hash;
        self.records += 1;
        if let Some(kept) = &mut self.kept {
            kept.push(rec.clone());
        }
        Ok(())
    }

    fn finish(
        self,
        end_line: usize,
        format: ExportFormat,
    ) -> Result<(ExportReport, Vec<AuditRecord>), ExportError> {
        if self.records == 0 {
            return Err(ExportError {
                line: 0,
                why: ExportProblem::Empty,
            });
        }
        if let Some((seq, _)) = self.unmarked {
            return Err(ExportError {
                line: 0,
                why: ExportProblem::UnmarkedStart { seq },
            });
        }
        let last = self.first + self.records - 1;
        let cp_seq = self.checkpoint.map_or(last, |cp| cp.seq);
        if last < cp_seq {
            return Err(ExportError {
                line: end_line,
                why: ExportProblem::Truncated { seq: cp_seq, last },
            });
        }
        if cp_seq < self.first {
            return Err(ExportError {
                line: 0,
                why: ExportProblem::BeforeStart {
                    seq: cp_seq,
                    first: self.first,
                },
            });
        }
        Ok((
            ExportReport {
                records: self.records,
                covered: cp_seq - self.first + 1,
                beyond: last - cp_seq,
                format,
            },
            self.kept.unwrap_or_default(),
        ))
    }
}

/// A record as exported: [`AuditRecord`] with its byte arrays as hex.
///
/// Field order and names are those of [`AuditRecord`].
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportRecord {
    seq: u64,
    time: i64,
    vault_id: String,
    origin: Origin,
    event: Event,
    prev: String,
    hash: String,
}

impl From<&AuditRecord> for ExportRecord {
    fn from(r: &AuditRecord) -> Self {
        Self {
            seq: r.seq,
            time: r.time,
            vault_id: HEXLOWER.encode(&r.vault_id),
            origin: r.origin.clone(),
            event: r.event.clone(),
            prev: HEXLOWER.encode(&r.prev),
            hash: HEXLOWER.encode(&r.hash),
        }
    }
}

impl ExportRecord {
    fn into_record(self) -> Result<AuditRecord, String> {
        Ok(AuditRecord {
            seq: self.seq,
            time: self.time,
            vault_id: hex_array(&self.vault_id).ok_or("vault_id is not 32 lowercase hex digits")?,
            origin: self.origin,
            event: self.event,
            prev: hex_array(&self.prev).ok_or("prev is not 64 lowercase hex digits")?,
            hash: hex_array(&self.hash).ok_or("hash is not 64 lowercase hex digits")?,
        })
    }
}

/// The JSON line of `rec`, without the newline. Written through
/// [`crate::text::JsonFormatter`], so DEL, C1, bidirectional and invisible
/// characters a record may hold (from a vault made by older code) are
/// `\uXXXX` escapes, not raw bytes that reach a terminal.
fn record_to_json(rec: &AuditRecord) -> String {
    crate::text::to_json(&ExportRecord::from(rec))
        .expect("audit records hold only strings, numbers and plain enums")
}

/// The JSON line of `rec` as exports before issue 10 spelled it (plain
/// `serde_json`), still accepted so those exports keep verifying.
fn legacy_record_to_json(rec: &AuditRecord) -> String {
    serde_json::to_string(&ExportRecord::from(rec))
        .expect("audit records hold only strings, numbers and plain enums")
}

/// Reads one record's JSON, refusing anything but the exact text
/// [`record_to_json`] writes: an export is checked byte for byte, so
/// re-formatting, reordering keys or adding fields shows too.
fn record_from_json(text: &str) -> Result<AuditRecord, String> {
    let rec = serde_json::from_str::<ExportRecord>(text)
        .map_err(|e| {
            // serde_json may quote the offending value: keep messages short.
            let e: String = e.to_string().chars().take(160).collect();
            format!("not a JSON audit record: {e}")
        })?
        .into_record()?;
    if record_to_json(&rec) != text && legacy_record_to_json(&rec) != text {
        return Err("the JSON is not in the exact form kluis writes".into());
    }
    Ok(rec)
}

fn hex_array<const N: usize>(s: &str) -> Option<[u8; N]> {
    let mut out = [0u8; N];
    if s.len() != 2 * N {
        return None;
    }
    HEXLOWER.decode_mut(s.as_bytes(), &mut out).ok()?;
    Some(out)
}

/// The human CSV columns of `rec`, in [`CSV_COLUMNS`] order.
fn human_columns(rec: &AuditRecord) -> [String; HUMAN_COLUMNS] {
    let e = &rec.event;
    let time = jiff::Timestamp::from_second(rec.time).map_or_else(
        |_| format!("{} (unix seconds)", rec.time),
        |t| t.to_string(),
    );
    let auth = match &e.actor.auth {
        AuthMethod::Passphrase => "passphrase".to_string(),
        AuthMethod::None => "none".to_string(),
        AuthMethod::ReportedWhileLocked { first, last, count } => {
            super::journal::describe_claim(*first, *last, *count, |t| {
                jiff::Timestamp::from_second(t)
                    .map_or_else(|_| format!("{t} (unix seconds)"), |t| t.to_string())
            })
        }
        AuthMethod::Quorum { indices, holders } => {
            let indices: Vec<String> = indices.iter().map(u8::to_string).collect();
            if holders.is_empty() {
                format!("quorum {}", indices.join(","))
            } else {
                format!("quorum {} ({})", indices.join(","), holders.join(", "))
            }
        }
    };
    let opt = |s: &Option<String>| cell(s.as_deref().unwrap_or(""));
    [
        rec.seq.to_string(),
        time,
        kind_word(e.kind).to_string(),
        cell(&e.actor.person),
        cell(&auth),
        opt(&e.subject),
        e.version.map(|v| v.to_string()).unwrap_or_default(),
        e.reason
            .as_ref()
            .map(|r| category_word(r.category).to_string())
            .unwrap_or_default(),
        e.reason.as_ref().map(|r| cell(&r.text)).unwrap_or_default(),
        e.approver
            .as_ref()
            .map(|a| cell(&a.person))
            .unwrap_or_default(),
        e.approver
            .as_ref()
            .map(|a| if a.authenticated { "yes" } else { "no" }.to_string())
            .unwrap_or_default(),
        outcome_word(e.outcome).to_string(),
        opt(&e.channel),
        cell(&e.detail),
        cell(&rec.origin.host),
        cell(&rec.origin.os_user),
        cell(&rec.origin.tool_version),
        HEXLOWER.encode(&rec.vault_id),
        HEXLOWER.encode(&rec.prev),
        HEXLOWER.encode(&rec.hash),
    ]
}

/// Free text for a CSV cell: [`crate::text::for_csv`] (control and
/// invisible characters escaped, a leading `'` keeps a spreadsheet from
/// running it as a formula).
fn cell(text: &str) -> String {
    crate::text::for_csv(text).into_owned()
}

/// The export's word for a record kind (also used in remote commit
/// messages and syslog lines).
pub fn kind_word(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Init => "init",
        EventKind::Unlock => "unlock",
        EventKind::UnlockFailure => "unlock-failure",
        EventKind::Unseal => "unseal",
        EventKind::UnsealDenied => "unseal-denied",
        EventKind::Recovery => "recovery",
        EventKind::EmergencySessionStart => "emergency-session-start",
        EventKind::EmergencySessionEnd => "emergency-session-end",
        EventKind::Acknowledgement => "acknowledgement",
        EventKind::SharePrint => "share-print",
        EventKind::Drill => "drill",
        EventKind::Rotation => "rotation",
        EventKind::PassphraseChange => "passphrase-change",
        EventKind::RosterChange => "roster-change",
        EventKind::SecretAdd => "secret-add",
        EventKind::SecretEdit => "secret-edit",
        EventKind::SecretDelete => "secret-delete",
        EventKind::Export => "export",
        EventKind::Takeover => "takeover",
        EventKind::SettingsChange => "settings-change",
        EventKind::RollbackAccepted => "rollback-accepted",
        EventKind::JournalQuarantined => "journal-quarantined",
        EventKind::AuditArchived => "audit-archived",
        EventKind::RemoteChange => "remote-change",
        EventKind::Sync => "sync",
        EventKind::CommandEnd => "command-end",
        EventKind::KitWritten => "kit-written",
        EventKind::RecipientChange => "recipient-change",
    }
}

fn category_word(c: ReasonCategory) -> &'static str {
    match c {
        ReasonCategory::Restore => "restore",
        ReasonCategory::RestoreTest => "restore-test",
        ReasonCategory::Incident => "incident",
        ReasonCategory::Other => "other",
    }
}

fn outcome_word(o: Outcome) -> &'static str {
    match o {
        Outcome::Success => "success",
        Outcome::Denied => "denied",
        Outcome::Failure => "failure",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::tests::varied_chain;

    const VAULT: [u8; 16] = [7; 16];
    const N: usize = 20;

    fn chain() -> Vec<AuditRecord> {
        varied_chain(VAULT, N)
    }

    fn exported(chain: &[AuditRecord], format: ExportFormat) -> String {
        let mut out = Vec::new();
        export(chain, format, &mut out).expect("export to memory");
        String::from_utf8(out).expect("exports are UTF-8")
    }

    /// The head checkpoint of the sample chain.
    fn head() -> Checkpoint {
        Checkpoint::of_chain(&chain()).expect("non-empty")
    }

    /// Line of record `seq` in a file of `format` (CSV rows may span lines).
    fn line_of(text: &str, format: ExportFormat, seq: u64) -> usize {
        let needle = match format {
            ExportFormat::Jsonl => format!("\n{{\"seq\":{seq},"),
            ExportFormat::Csv => format!("\n{seq},"),
        };
        let at = format!("\n{text}").find(&needle).expect("record in export");
        text[..at].matches('\n').count() + 1
    }

    /// Splits an export into its records' texts, keeping a CSV header apart.
    fn rows(text: &str, format: ExportFormat) -> (String, Vec<String>) {
        match format {
            ExportFormat::Jsonl => (
                String::new(),
                text.lines().map(|l| format!("{l}\n")).collect(),
            ),
            ExportFormat::Csv => {
                let (header, mut rest) = text.split_once('\n').expect("header");
                let mut rows = Vec::new();
                for seq in 2..=N as u64 {
                    let next = rest.find(&format!("\n{seq},")).expect("row start") + 1;
                    rows.push(rest[..next].to_string());
                    rest = &rest[next..];
                }
                rows.push(rest.to_string());
                (format!("{header}\n"), rows)
            }
        }
    }

    fn join(header: &str, rows: &[String]) -> String {
        let mut s = header.to_string();
        for r in rows {
            s.push_str(r);
        }
        s
    }

    fn verify(text: &str, cp: &Checkpoint) -> Result<ExportReport, ExportError> {
        verify_export(text.as_bytes(), cp)
    }

    const BOTH: [ExportFormat; 2] = [ExportFormat::Jsonl, ExportFormat::Csv];

    /// A chain as a vault made before issue 10 may hold it: raw control,
    /// C1, bidirectional and invisible characters in names and reasons.
    fn hostile_chain() -> Vec<AuditRecord> {
        let mut c = Vec::new();
        let origin = Origin {
            host: "h\u{9b}2J".into(),
            os_user: "u".into(),
            tool_version: "0.1.0".into(),
        };
        let actor = crate::audit::Actor {
            person: "Dirk\r\u{1b}[2K\u{1b}[1A".into(),
            auth: AuthMethod::Passphrase,
        };
        let mut ev = Event::new(EventKind::Unseal, actor).subject("bk\u{202e}");
        ev.reason = Some(crate::audit::Reason {
            category: ReasonCategory::Other,
            text: "=x \u{1b}]52;c;aGk=\u{7} \u{7f}\u{200b}".into(),
        });
        crate::audit::append(&mut c, VAULT, 1_700_000_000, &origin, ev);
        c
    }

    #[test]
    fn raw_controls_of_old_vaults_leave_escaped_and_still_verify() {
        let c = hostile_chain();
        let cp = Checkpoint::of_chain(&c).expect("non-empty");
        for format in BOTH {
            let text = exported(&c, format);
            assert!(
                !text
                    .chars()
                    .any(|ch| ch != '\n' && crate::text::forbidden_class(ch).is_some()),
                "{format:?}: {text:?}"
            );
            assert_eq!(verify(&text, &cp).map(|r| r.records), Ok(1), "{format:?}");
        }
        let csv = exported(&c, ExportFormat::Csv);
        assert!(csv.contains("'=x \\u{1b}]52;c;aGk=\\u{7}"), "{csv}");
        // An export written before the escaping JSON formatter (plain
        // serde_json, raw DEL and bidirectional characters) still verifies.
        let legacy = format!("{}\n", legacy_record_to_json(&c[0]));
        assert!(legacy.contains('\u{7f}') && legacy.contains('\u{202e}'));
        assert_eq!(verify(&legacy, &cp).map(|r| r.records), Ok(1));
    }

    #[test]
    fn round_trip() {
        let c = chain();
        for format in BOTH {
            let text = exported(&c, format);
            assert_eq!(
                verify(&text, &head()),
                Ok(ExportReport {
                    records: N as u64,
                    covered: N as u64,
                    beyond: 0,
                    format,
                }),
                "{format:?}"
            );
            let earlier = Checkpoint::of_chain(&c[..12]).expect("non-empty");
            assert_eq!(
                verify(&text, &earlier),
                Ok(ExportReport {
                    records: N as u64,
                    covered: 12,
                    beyond: 8,
                    format,
                })
            );
            // A byte-order mark changes nothing.
            let bom = format!("\u{feff}{text}");
            assert_eq!(verify(&bom, &head()).map(|r| r.records), Ok(N as u64));
        }
    }

    #[test]
    fn jsonl_with_windows_line_ends() {
        let text = exported(&chain(), ExportFormat::Jsonl).replace('\n', "\r\n");
        assert_eq!(verify(&text, &head()).map(|r| r.records), Ok(N as u64));
    }

    #[test]
    fn jsonl_is_one_line_per_record_and_reads_back() {
        let c = chain();
        let text = exported(&c[2..3], ExportFormat::Jsonl);
        assert!(text.ends_with('\n'));
        assert_eq!(text.matches('\n').count(), 1, "{text}");
        let line = text.trim_end_matches('\n');
        assert_eq!(record_from_json(line), Ok(c[2].clone()));
        assert!(line.contains(&format!("\"hash\":\"{}\"", HEXLOWER.encode(&c[2].hash))));
        // Every record of the whole export reads back equal.
        let all = exported(&c, ExportFormat::Jsonl);
        let back: Vec<AuditRecord> = all
            .lines()
            .map(|l| record_from_json(l).expect("record"))
            .collect();
        assert_eq!(back, c);
    }

    #[test]
    fn csv_columns_read_as_expected() {
        let c = chain();
        let text = exported(&c, ExportFormat::Csv);
        let mut r = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(
            r.headers().expect("header").iter().collect::<Vec<_>>(),
            CSV_COLUMNS
        );
        let rows: Vec<csv::StringRecord> = r.records().map(|r| r.expect("row")).collect();
        assert_eq!(rows.len(), N);
        let unseal = &rows[1];
        assert_eq!(&unseal[0], "2");
        assert_eq!(&unseal[1], "2024-04-25T00:06:40Z");
        assert_eq!(&unseal[2], "unseal");
        assert_eq!(&unseal[4], "passphrase");
        assert_eq!(&unseal[5], "backup-key");
        assert_eq!(&unseal[6], "3");
        assert_eq!(&unseal[7], "restore");
        assert_eq!(&unseal[9], "Anna");
        assert_eq!(&unseal[10], "yes");
        assert_eq!(&unseal[12], "stdout");
        assert_eq!(&unseal[20], record_to_json(&c[1]));
        let recovery = &rows[2];
        assert_eq!(&recovery[3], "Dirk, delegate");
        assert_eq!(&recovery[4], "quorum 1,3 (Office safe, IT admin)");
        assert_eq!(&recovery[11], "failure");
        assert_eq!(&recovery[13], "line one\nline two, with \"quotes\"");
        // Formula-like text is defused in human columns, kept in the JSON.
        assert_eq!(&rows[3][13], "'=HYPERLINK(\"http://example.invalid\")");
        assert_eq!(&rows[5][13], "'+rotated; -old kept");
        assert_eq!(
            record_from_json(&rows[3][20]).map(|r| r.event.detail),
            Ok("=HYPERLINK(\"http://example.invalid\")".to_string())
        );
    }

    #[test]
    fn edited_field_names_its_line() {
        for format in BOTH {
            // Record 6's subject changed, its hash left as it was.
            let mut c = chain();
            c[5].event.subject = Some("another-key".into());
            let text = exported(&c, format);
            let e = verify(&text, &head()).expect_err("edited");
            assert_eq!(
                e,
                ExportError {
                    line: line_of(&text, format, 6),
                    why: ExportProblem::HashMismatch { seq: 6 },
                },
                "{format:?}"
            );
            assert_eq!(
                e.to_string(),
                format!(
                    "line {}: record 6 does not match its hash (a field was edited)",
                    e.line
                )
            );
        }
        // And by hand in the text: record 7's time, a second later.
        let text = exported(&chain(), ExportFormat::Jsonl);
        let time = chain()[6].time;
        let edited = text.replacen(
            &format!("\"time\":{time},"),
            &format!("\"time\":{},", time + 1),
            1,
        );
        assert_ne!(edited, text);
        assert_eq!(
            verify(&edited, &head()),
            Err(ExportError {
                line: 7,
                why: ExportProblem::HashMismatch { seq: 7 },
            })
        );
        // An edited seq is named by position.
        let edited = text.replacen("{\"seq\":7,", "{\"seq\":8,", 1);
        assert_eq!(
            verify(&edited, &head()).map_err(|e| (e.line, e.why)),
            Err((7, ExportProblem::HashMismatch { seq: 7 }))
        );
    }

    #[test]
    fn deleted_swapped_duplicated_lines() {
        for format in BOTH {
            let (header, rows) = rows(&exported(&chain(), format), format);
            let line = |text: &str, seq| line_of(text, format, seq);

            let mut deleted = rows.clone();
            deleted.remove(6);
            let text = join(&header, &deleted);
            assert_eq!(
                verify(&text, &head()),
                Err(ExportError {
                    line: line(&text, 8),
                    why: ExportProblem::OutOfOrder {
                        expected: 7,
                        found: 8
                    },
                }),
                "{format:?}"
            );

            let mut swapped = rows.clone();
            swapped.swap(9, 10);
            let text = join(&header, &swapped);
            assert_eq!(
                verify(&text, &head()),
                Err(ExportError {
                    line: line(&text, 11),
                    why: ExportProblem::OutOfOrder {
                        expected: 10,
                        found: 11
                    },
                })
            );

            // A copy of record 4 appended after the last.
            let mut appended = rows.clone();
            appended.push(rows[3].clone());
            let text = join(&header, &appended);
            let last_line = join(&header, &rows).matches('\n').count() + 1;
            assert_eq!(
                verify(&text, &head()),
                Err(ExportError {
                    line: last_line,
                    why: ExportProblem::OutOfOrder {
                        expected: N as u64 + 1,
                        found: 4
                    },
                })
            );

            let mut garbage = rows.clone();
            garbage.push("not a record, at all\n".into());
            let err = verify(&join(&header, &garbage), &head()).expect_err("garbage");
            assert_eq!(err.line, last_line, "{format:?}");
            assert!(matches!(err.why, ExportProblem::Malformed { .. }), "{err}");
        }
    }

    #[test]
    fn truncated_before_the_checkpoint() {
        for format in BOTH {
            let (header, rows) = rows(&exported(&chain(), format), format);
            let text = join(&header, &rows[..15]);
            let err = verify(&text, &head()).expect_err("truncated");
            assert_eq!(
                err,
                ExportError {
                    line: text.matches('\n').count() + 1,
                    why: ExportProblem::Truncated {
                        seq: N as u64,
                        last: 15
                    },
                },
                "{format:?}"
            );
            // Still fine against a checkpoint it covers.
            let earlier = Checkpoint::of_chain(&chain()[..15]).expect("non-empty");
            assert_eq!(verify(&text, &earlier).map(|r| r.beyond), Ok(0));
        }
    }

    #[test]
    fn checkpoint_of_another_vault_or_head() {
        for format in BOTH {
            let text = exported(&chain(), format);
            let other = Checkpoint::of_chain(&varied_chain([8; 16], N)).expect("non-empty");
            let err = verify(&text, &other).expect_err("other vault");
            assert_eq!(
                err,
                ExportError {
                    line: line_of(&text, format, 1),
                    why: ExportProblem::OtherVault {
                        export: "0707-0707-0707-0707".into(),
                        checkpoint: "0808-0808-0808-0808".into(),
                    },
                },
                "{format:?}"
            );

            let mut wrong_head = Checkpoint::of_chain(&chain()[..9]).expect("non-empty");
            wrong_head.head_prefix[0] ^= 1;
            assert_eq!(
                verify(&text, &wrong_head),
                Err(ExportError {
                    line: line_of(&text, format, 9),
                    why: ExportProblem::CheckpointMismatch { seq: 9 },
                })
            );
            let zero = Checkpoint { seq: 0, ..head() };
            assert_eq!(
                verify(&text, &zero).map_err(|e| e.why),
                Err(ExportProblem::CheckpointMismatch { seq: 0 })
            );
        }
    }

    #[test]
    fn rewritten_history_fails_the_checkpoint() {
        // A fully consistent chain, rebuilt from record 5 on: only the
        // checkpoint can tell.
        let c = chain();
        let mut forged = c[..4].to_vec();
        for r in &c[4..] {
            let mut event = r.event.clone();
            event.detail = "nothing happened".into();
            crate::audit::append(&mut forged, VAULT, r.time, &r.origin, event);
        }
        assert!(crate::audit::verify(&forged, &VAULT).is_ok());
        for format in BOTH {
            let text = exported(&forged, format);
            assert_eq!(
                verify(&text, &head()),
                Err(ExportError {
                    line: line_of(&text, format, N as u64),
                    why: ExportProblem::CheckpointMismatch { seq: N as u64 },
                })
            );
            let before = Checkpoint::of_chain(&c[..4]).expect("non-empty");
            assert_eq!(
                verify(&text, &before).map(|r| (r.covered, r.beyond)),
                Ok((4, N as u64 - 4))
            );
        }
    }

    #[test]
    fn spliced_chain_breaks_a_link() {
        // Records 1-5 of the real chain, then 6-20 of a consistent rewrite
        // that changed record 5: each record alone is fine.
        let c = chain();
        let mut forged = c[..4].to_vec();
        for r in &c[4..] {
            let mut event = r.event.clone();
            event.detail = "nothing happened".into();
            crate::audit::append(&mut forged, VAULT, r.time, &r.origin, event);
        }
        let spliced: Vec<AuditRecord> = c[..5].iter().chain(&forged[5..]).cloned().collect();
        for format in BOTH {
            let text = exported(&spliced, format);
            assert_eq!(
                verify(&text, &head()),
                Err(ExportError {
                    line: line_of(&text, format, 6),
                    why: ExportProblem::BrokenLink { seq: 6 },
                }),
                "{format:?}"
            );
        }
    }

    #[test]
    fn mixed_vaults() {
        let c = chain();
        let mut mixed = c[..3].to_vec();
        let other = varied_chain([8; 16], 4);
        // Record 4 of another vault, relinked to ours.
        let mut r = other[3].clone();
        r.prev = mixed[2].hash;
        r.hash = r.compute_hash();
        mixed.push(r);
        let text = exported(&mixed, ExportFormat::Jsonl);
        let cp = Checkpoint::of_chain(&c[..2]).expect("non-empty");
        assert_eq!(
            verify(&text, &cp),
            Err(ExportError {
                line: 4,
                why: ExportProblem::MixedVaults { seq: 4 },
            })
        );
    }

    #[test]
    fn csv_human_column_edited() {
        let c = chain();
        let text = exported(&c, ExportFormat::Csv);
        let line = line_of(&text, ExportFormat::Csv, 2);
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        let mut rows: Vec<csv::StringRecord> = r.records().map(|r| r.expect("row")).collect();
        for (column, value) in [
            (9, "Mallory"),
            (10, "no"),
            (1, "2024-04-25T00:06:41Z"),
            (19, "00"),
        ] {
            let mut edited = rows.clone();
            let mut fields: Vec<String> = edited[2].iter().map(str::to_string).collect();
            fields[column] = value.to_string();
            edited[2] = csv::StringRecord::from(fields);
            let mut w = csv::WriterBuilder::new()
                .terminator(csv::Terminator::Any(b'\n'))
                .from_writer(Vec::new());
            for row in &edited {
                w.write_record(row).expect("write");
            }
            let out = w.into_inner().expect("flush");
            assert_eq!(
                verify_export(&out, &head()),
                Err(ExportError {
                    line,
                    why: ExportProblem::ColumnMismatch {
                        seq: 2,
                        column: CSV_COLUMNS[column],
                    },
                }),
                "{column}"
            );
        }
        // The untouched rows, written the same way, verify.
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        for row in rows.drain(..) {
            w.write_record(&row).expect("write");
        }
        let out = w.into_inner().expect("flush");
        assert_eq!(out, text.as_bytes());
    }

    #[test]
    fn csv_wrong_header_or_columns() {
        let text = exported(&chain(), ExportFormat::Csv);
        let renamed = text.replacen("seq,time", "seq,date", 1);
        let err = verify(&renamed, &head()).expect_err("header");
        assert_eq!(err.line, 1);
        assert!(matches!(err.why, ExportProblem::Malformed { .. }));
        // An extra column at the end of row 3 (which spans two lines).
        let line = line_of(&text, ExportFormat::Csv, 3);
        let extra = text.replacen("\n4,", ",extra\n4,", 1);
        let err = verify(&extra, &head()).expect_err("columns");
        assert!(matches!(err.why, ExportProblem::Malformed { .. }), "{err}");
        assert_eq!(err.line, line);
    }

    #[test]
    fn non_canonical_json_is_refused() {
        let text = exported(&chain()[..1], ExportFormat::Jsonl);
        let cp = Checkpoint::of_chain(&chain()[..1]).expect("non-empty");
        assert!(verify(&text, &cp).is_ok());
        for bad in [
            text.replacen("{\"seq\":1,", "{ \"seq\":1,", 1),
            text.replacen("{\"seq\":1,", "{\"seq\":1,\"x\":0,", 1),
            text.to_uppercase().replacen("{\"SEQ\"", "{\"seq\"", 1),
        ] {
            let err = verify(&bad, &cp).expect_err("non-canonical");
            assert_eq!(err.line, 1);
            assert!(matches!(err.why, ExportProblem::Malformed { .. }), "{err}");
        }
    }

    #[test]
    fn empty_and_too_large() {
        for empty in ["", "\n\n  \n", "\u{feff}"] {
            assert_eq!(
                verify(empty, &head()),
                Err(ExportError {
                    line: 0,
                    why: ExportProblem::Empty
                })
            );
        }
        let header_only = format!("{}\n", CSV_COLUMNS.join(","));
        assert_eq!(
            verify(&header_only, &head()).map_err(|e| e.why),
            Err(ExportProblem::Empty)
        );
        let mut text = exported(&chain(), ExportFormat::Jsonl);
        text.push_str(&"x".repeat(MAX_LINE_LEN + 1));
        assert_eq!(
            verify(&text, &head()),
            Err(ExportError {
                line: N + 1,
                why: ExportProblem::TooLarge {
                    limit: MAX_LINE_LEN
                },
            })
        );
        let huge = vec![b'\n'; MAX_EXPORT_LEN + 1];
        let err = verify_export(&huge, &head()).expect_err("too large");
        assert_eq!(
            err.why,
            ExportProblem::TooLarge {
                limit: MAX_EXPORT_LEN
            }
        );
        assert_eq!(err.line, 0);
        assert!(!err.to_string().starts_with("line"));
    }
}
