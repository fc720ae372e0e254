//! Share sets: rotation, commit, drills (with and without a session),
//! status and printing.

use super::*;

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
    Ok(ShareCheck::of(share, role))
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

impl ShareCheck {
    /// The verdict on `share`, found to belong to a set in `role`.
    pub(super) fn of(share: &Share, role: ShareSetRole) -> Self {
        Self {
            index: share.index(),
            threshold: share.threshold(),
            count: share.count(),
            pending: role == ShareSetRole::Pending,
            set_id: vault::set_hex(&share.set_id()),
        }
    }
}

/// Parses a share's text form.
///
/// # Errors
/// [`OpsError::ShareText`] naming the line.
pub fn parse_share(text: &str) -> Result<Share> {
    Ok(Share::parse(text)?)
}

/// A share set's status.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SetStatusReport {
    /// Id, hex.
    pub set_id: String,
    /// Active or pending.
    #[serde(serialize_with = "names::set_state")]
    pub state: SetState,
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
    /// More than the drill interval since the sheet was last drilled or
    /// typed back, or (never checked) since its set was made.
    pub drill_overdue: bool,
    /// The holder's age recipient, if the share goes out encrypted
    /// (src/ops/recipients.rs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipient: Option<RecipientStatus>,
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

/// Whom a sheet tells its holder to call, by name from the roster.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetContacts {
    /// The privacy officer(s).
    pub po: Vec<String>,
    /// The delegates.
    pub delegates: Vec<String>,
}

impl<'e> Session<'e> {
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
    ) -> Result<Vec<Notice>> {
        self.require_po(PoAction::RotateShares)?;
        let holders = &check_holders(holders)?;
        let mut warnings = check_threshold(threshold, holders.len(), allow_threshold_one)?;
        warnings.extend(recipient_warnings(holders));
        let recovery = RecoveryKey::random(&mut rand::rng());
        let set = new_set(
            &recovery,
            threshold,
            holders,
            (self.env.now)(),
            SetState::Pending,
        )?;
        let detail = audit::Detail::PendingSet {
            set: vault::set_hex(&set.set_id),
            threshold,
            count: holders.len(),
        }
        .to_string();
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
        self.require_po(PoAction::CommitRotation)?;
        let pending = self
            .vault
            .body
            .sets
            .iter()
            .find(|x| x.state == SetState::Pending)
            .ok_or(OpsError::Invalid(Invalid::NoPendingSet))?;
        let mut missing = Vec::new();
        for h in &pending.holders {
            match (h.printed_at, h.verified_at) {
                (None, _) => missing.push(UnreadySheet {
                    index: h.index,
                    holder: h.label.clone(),
                    printed: false,
                }),
                (Some(p), v) if v.is_none_or(|v| v < p) => missing.push(UnreadySheet {
                    index: h.index,
                    holder: h.label.clone(),
                    printed: true,
                }),
                _ => {}
            }
        }
        if !missing.is_empty() {
            return Err(OpsError::Policy(Refusal::SheetsNotVerified(missing)));
        }
        let new_id = pending.set_id;
        let passphrase = Passphrase::new(
            self.passphrase
                .as_ref()
                .map(|p| p.expose().to_string())
                .ok_or(OpsError::Policy(Refusal::CommitNeedsPo))?,
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
            .detail(audit::Detail::Committed { retired: old }.to_string());
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
            .detail(
                audit::Detail::SharePassed {
                    index: share.index(),
                }
                .to_string(),
            );
        self.commit(ev, |b| {
            apply_drill(b, mark);
            Ok(())
        })?;
        Ok(ShareCheck::of(share, role))
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
                    state: set.state,
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
                            // The drill clock starts when the sheet was last
                            // proved readable (drilled or typed back), and
                            // at the latest when the set was made: a new set
                            // is not overdue on the day it is printed
                            // (issue 12 item 5).
                            drill_overdue: now
                                - [h.drilled_at, h.verified_at, Some(set.created_at)]
                                    .into_iter()
                                    .flatten()
                                    .max()
                                    .unwrap_or(set.created_at)
                                > interval,
                            recipient: recipient_status(set, h.index),
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
        self.require_po(PoAction::PrintSheets)?;
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
            .ok_or(OpsError::Invalid(if pending {
                Invalid::NoPendingSet
            } else {
                Invalid::NoActiveSet
            }))?;
        if let Some(i) = index
            && !set.holders.iter().any(|h| h.index == i)
        {
            return Err(OpsError::Invalid(Invalid::NoSuchShare {
                index: i,
                count: set.holders.len(),
            }));
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
            .detail(
                audit::Detail::Printed {
                    indices: printed.clone(),
                    format: format.to_string(),
                }
                .to_string(),
            );
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

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;

    #[test]
    fn a_drill_without_a_session_is_journalled_then_merged() {
        let f = fixture::vault();
        let check = verify_share(f.env, &f.path, &f.shares[1]).expect("drill");
        assert_eq!(check.index, 2);
        assert_eq!(f.journalled(), 1);
        let s = f.open();
        let drills: Vec<_> = s
            .audit_records()
            .iter()
            .filter(|r| r.event.kind == EventKind::Drill)
            .collect();
        assert_eq!(drills.len(), 1);
        let status = &s.shares_status()[0];
        assert!(status.shares[1].drilled_at.is_some());
        assert!(status.shares[0].drilled_at.is_none());
    }

    #[test]
    fn a_drill_in_a_session_is_recorded_at_once() {
        let f = fixture::vault();
        let mut s = f.open();
        let check = s.verify_share(&f.shares[2]).expect("drill");
        assert_eq!((check.index, check.pending), (3, false));
        let last = s.audit_records().last().expect("record");
        assert_eq!(last.event.kind, EventKind::Drill);
        assert_eq!(last.event.detail, "share 3 passed");
        assert!(s.shares_status()[0].shares[2].drilled_at.is_some());
        assert_eq!(f.journalled(), 0);
    }

    #[test]
    fn a_rotation_is_pending_until_committed() {
        let f = fixture::vault();
        let mut s = f.open();
        let holders: Vec<HolderSpec> = ["A@x", "B@y", "C@z"]
            .iter()
            .map(|h| h.parse().expect("holder"))
            .collect();
        s.shares_rotate(2, &holders, false).expect("rotate");
        let states: Vec<SetState> = s.shares_status().iter().map(|x| x.state).collect();
        assert_eq!(states, [SetState::Active, SetState::Pending]);
        // Not printed yet: the commit is refused and nothing changes.
        let e = s.shares_commit().expect_err("unprinted");
        assert_eq!(e.class(), ExitClass::Policy, "{e:?}");
        assert_eq!(s.shares_status().len(), 2);
        let rotations = s
            .audit_records()
            .iter()
            .filter(|r| r.event.kind == EventKind::Rotation)
            .count();
        assert_eq!(rotations, 1);
    }
}
