//! The audit chain as operations: acknowledgement, verification,
//! archive, export and the custody report.

use super::*;

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

pub(super) fn report_row(r: &audit::AuditRecord) -> ReportRow {
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

impl<'e> Session<'e> {
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
        self.require_po(PoAction::Acknowledge)?;
        let n = self.unacknowledged().len();
        let last = self.vault.body.audit.last().map_or(0, |r| r.seq) + 1;
        self.commit(
            Event::new(EventKind::Acknowledgement, self.actor.clone())
                .detail(audit::Detail::Acknowledged { count: n }.to_string()),
            |b| {
                b.acknowledged_seq = last;
                Ok(())
            },
        )?;
        Ok(n)
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
                return Err(OpsError::Invalid(Invalid::ArchiveOrder {
                    path: path.display().to_string(),
                    first,
                    last,
                    expected,
                }));
            }
            whole.extend(records);
        }
        let chain = &self.vault.body.audit;
        let archived = whole.len() as u64;
        let first = chain.first().map_or(1, |r| r.seq);
        let expected = whole.last().map_or(1, |r| r.seq + 1);
        if first != expected {
            return Err(OpsError::Invalid(Invalid::ArchivesMissing {
                first,
                expected,
            }));
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
        self.require_po(PoAction::Archive)?;
        let chain = &self.vault.body.audit;
        let first = chain.first().map_or(1, |r| r.seq);
        let last = chain.last().map_or(0, |r| r.seq);
        if before <= first || before > last {
            return Err(OpsError::Invalid(Invalid::ArchiveBound {
                lo: first + 1,
                hi: last,
                first,
            }));
        }
        // An archive after the first must hold the record of the one
        // before, or it could not be checked on its own.
        if let Some(m) = chain
            .iter()
            .find(|r| audit::archive::Mark::of(&r.event).is_some_and(|m| m.before == first))
            .filter(|m| before <= m.seq)
        {
            return Err(OpsError::Invalid(Invalid::ArchiveBeforeMark(m.seq)));
        }
        if let Some(r) = self.unacknowledged().into_iter().find(|r| r.seq < before) {
            return Err(OpsError::Policy(Refusal::Unacknowledged(r.seq)));
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
        audit::export::export(&chain[..n], ExportFormat::Jsonl, &mut buf).map_err(|e| {
            OpsError::Invalid(Invalid::Write {
                what: "archive",
                why: e.to_string(),
            })
        })?;
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
            Event::new(EventKind::Export, self.actor.clone()).detail(
                audit::Detail::Exported {
                    format: name.into(),
                    path: out.display().to_string(),
                }
                .to_string(),
            ),
            |_| Ok(()),
        )?;
        let mut buf = Vec::new();
        audit::export::export(&self.vault.body.audit, format, &mut buf).map_err(|e| {
            OpsError::Invalid(Invalid::Write {
                what: "export",
                why: e.to_string(),
            })
        })?;
        store::create_new_atomic(out, &buf, self.env.io.as_ref())?;
        Ok(self.vault.body.audit.len() as u64)
    }

    /// Everything the custody report shows, as plain data (the print face
    /// lays it out). The report itself is recorded as an export.
    ///
    /// # Errors
    /// Only the PO; storage errors.
    pub fn custody_report(&mut self) -> Result<CustodyReport> {
        self.require_po(PoAction::Report)?;
        self.commit(
            Event::new(EventKind::Export, self.actor.clone())
                .detail(audit::Detail::CustodyReport.to_string()),
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
                .filter(|s| s.state == SetState::Active)
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
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{self, PIN};
    use super::*;

    #[test]
    fn a_recovery_stays_unacknowledged_until_the_po_acknowledges_it() {
        let f = fixture::vault();
        assert!(f.open().unacknowledged().is_empty());
        open_with_shares(
            f.env,
            &f.path,
            f.shares[1..].to_vec(),
            "Dirk",
            OpenOptions::default(),
        )
        .expect("recovery")
        .close()
        .expect("close");
        let mut s = f.open();
        let kinds: Vec<EventKind> = s.unacknowledged().iter().map(|r| r.event.kind).collect();
        assert_eq!(
            kinds,
            [
                EventKind::Recovery,
                EventKind::EmergencySessionStart,
                EventKind::EmergencySessionEnd
            ]
        );
        assert_eq!(s.acknowledge().expect("ack"), 3);
        assert!(s.unacknowledged().is_empty());
    }

    #[test]
    fn the_custody_report_counts_what_happened() {
        let f = fixture::vault();
        let mut s = f.open();
        let req = UnsealRequest {
            name: "k",
            version: None,
            reason: audit::Reason {
                category: audit::ReasonCategory::Restore,
                text: "disk died".into(),
            },
            approver: "Bert",
            channel: "stdout",
        };
        s.unseal(&req, &Passphrase::new(PIN.into()))
            .expect("unseal");
        assert!(s.unseal(&req, &Passphrase::new("000000".into())).is_err());
        s.verify_share(&f.shares[0]).expect("drill");
        let r = s.custody_report().expect("report");
        assert_eq!(r.summary.unseals, 1);
        assert_eq!(r.summary.unseals_refused, 1);
        assert_eq!(r.summary.recoveries, 0);
        assert_eq!(r.drills.len(), 1);
        assert!(r.summary.chain_intact);
        // Two of the three active shares were never drilled, but their set
        // was made today: not overdue yet (issue 12 item 5).
        assert_eq!(r.summary.overdue_drills, 0);
        assert_eq!(r.sets[0].state, SetState::Active);
        // The report records itself as an export.
        let last = s.audit_records().last().expect("record");
        assert_eq!(
            (last.event.kind, last.event.detail.as_str()),
            (EventKind::Export, "custody report")
        );
    }

    #[test]
    fn an_archive_keeps_at_least_one_record_and_needs_a_new_file() {
        let f = fixture::vault();
        let mut s = f.open();
        let last = s.audit_records().last().expect("record").seq;
        let out = f.env.state.dir().join("archive.jsonl");
        for before in [0, 1, last + 1] {
            let e = s.audit_archive(before, &out).expect_err("out of range");
            assert_eq!(e.class(), ExitClass::Usage, "{before}: {e:?}");
        }
        std::fs::write(&out, b"mine").expect("write");
        let e = s.audit_archive(3, &out).expect_err("the file exists");
        assert!(matches!(e, OpsError::Store(_)), "{e:?}");
        assert_eq!(std::fs::read(&out).expect("read"), b"mine");
        std::fs::remove_file(&out).expect("remove");
        let report = s.audit_archive(3, &out).expect("archived");
        assert_eq!((report.first, report.last), (1, 2));
        assert_eq!(s.audit_records()[0].seq, 3);
        let v = s
            .audit_verify_with_archives(&[out], None)
            .expect("one chain");
        assert_eq!(v.archived, 2);
    }
}
