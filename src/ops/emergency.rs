//! The emergency path: a delegate's recovery with a quorum of shares,
//! and the PO's takeover after it.

use super::*;

/// Opens the vault with a quorum of shares for a roster delegate, records
/// the recovery, and marks the share set exposed (it must be rotated).
///
/// # Errors
/// [`OpsError`]: the shares (named), not a delegate, in use, damaged.
pub fn open_with_shares<'e>(
    env: &'e Env,
    path: &Path,
    shares: Vec<Share>,
    as_name: &str,
    opts: OpenOptions,
) -> Result<Session<'e>> {
    // Before anything is read or journalled: this name reaches the journal
    // even when the shares are bad.
    let as_name = text::check_name("the name of the one acting", as_name)?;
    let as_name = as_name.as_str();
    let (lock, enc) = read_locked(path)?;
    let (vault, quorum, role) = match enc.unlock_with_quorum(shares) {
        Ok(v) => v,
        Err(e) => {
            if e.class() == ExitClass::Auth {
                journal_failure(
                    env,
                    &enc,
                    journal::Method::Shares,
                    Some(as_name),
                    &e.to_string(),
                );
            }
            return Err(e.into());
        }
    };
    // The quorum opened the vault, so this attempt can be recorded in the
    // chain itself (below), not only in the journal. Look-alike spellings
    // of a roster name find that person (text::same_name).
    let person = find_person(&vault.body.roster, as_name).map(|p| (p.name.clone(), p.role));
    let refusal = match &person {
        None => Some(ActorRefusal::NotInRoster(as_name.to_string())),
        Some((_, role)) if *role != Role::Delegate => Some(ActorRefusal::NotDelegate {
            name: as_name.to_string(),
            role: *role,
        }),
        Some(_) => None,
    };
    let indices = quorum.indices();
    let set_id = quorum.set_id();
    let set = vault
        .body
        .sets
        .iter()
        .find(|s| s.set_id == set_id)
        .expect("the quorum validated against a set of this vault");
    let holders = indices
        .iter()
        .filter_map(|i| {
            set.holders
                .iter()
                .find(|h| h.index == *i)
                .map(|h| h.label.clone())
        })
        .collect();
    // The roster's spelling, whatever look-alike was typed.
    let actor = Actor {
        person: person
            .as_ref()
            .map(|(name, _)| name.clone())
            .unwrap_or_else(|| journal::clip(as_name, journal::NAME_MAX)),
        auth: AuthMethod::Quorum {
            indices: indices.clone(),
            holders,
        },
    };
    let mode = Mode::Emergency {
        indices,
        pending: role == ShareSetRole::Pending,
    };
    if let Some(why) = refusal {
        return Err(refuse_recovery(
            env,
            path,
            Opened {
                lock,
                vault,
                actor,
                mode,
            },
            opts,
            set_id,
            why,
        ));
    }
    let ev = Event::new(EventKind::Recovery, actor.clone())
        .subject(format!("set {}", vault::set_hex(&set_id)))
        .detail(audit::Detail::SetExposed.to_string());
    let mut s = finish_open(
        env,
        path,
        Opened {
            lock,
            vault,
            actor,
            mode,
        },
        opts,
        ev,
    )?;
    s.warnings.push(Notice::EmergencySession);
    // The exposure is part of the recovery: save it now.
    s.commit(
        Event::new(EventKind::EmergencySessionStart, s.actor.clone()),
        |b| {
            if let Some(set) = b.sets.iter_mut().find(|x| x.set_id == set_id) {
                set.exposed = true;
            }
            Ok(())
        },
    )?;
    Ok(s)
}

/// Checks one share of a recovery being assembled against the vault,
/// before the quorum is complete, so a face can say at once which sheet is
/// wrong. This is not a drill: a share that passes is not recorded (the
/// recovery that follows is) and no holder's drill date moves. A share that
/// fails is journalled as a refused recovery attempt, as
/// [`open_with_shares`] journals one, so both faces leave the same evidence.
///
/// # Errors
/// [`OpsError::Share`] with the verdict; storage errors.
pub fn check_recovery_share(env: &Env, path: &Path, share: &Share) -> Result<ShareCheck> {
    let (_lock, enc) = read_locked(path)?;
    match enc.check_share(share) {
        Ok(role) => Ok(ShareCheck::of(share, role)),
        Err(e) => {
            journal_failure(env, &enc, journal::Method::Shares, None, &e.to_string());
            Err(e.into())
        }
    }
}

/// Records a recovery refused after the quorum opened the vault (`--as`
/// names no delegate): someone holding k sheets tried to get in, so the PO
/// must learn of it. The attempt goes into the chain as a denied recovery
/// (an emergency event, shown until acknowledged) and the share set is
/// marked exposed, since its recovery key was rebuilt. Returns the refusal.
pub(super) fn refuse_recovery(
    env: &Env,
    path: &Path,
    opened: Opened,
    opts: OpenOptions,
    set_id: shares::SetId,
    why: ActorRefusal,
) -> OpsError {
    let ev = Event::new(EventKind::Recovery, opened.actor.clone())
        .subject(format!("set {}", vault::set_hex(&set_id)))
        .outcome(audit::Outcome::Denied)
        .detail(journal::clip(
            &audit::Detail::RecoveryRefused(why.detail()).to_string(),
            2 * journal::WHY_MAX,
        ));
    let recorded = finish_open(env, path, opened, opts, ev).and_then(|mut s| {
        // No session was granted: nothing to end on drop.
        s.expires_at = None;
        s.commit_many(Vec::new(), |b| {
            if let Some(set) = b.sets.iter_mut().find(|x| x.set_id == set_id) {
                set.exposed = true;
            }
            Ok(())
        })
    });
    match recorded {
        Ok(()) => OpsError::Policy(Refusal::Recovery(why)),
        Err(e) => e,
    }
}

impl<'e> Session<'e> {
    /// A delegate in an emergency session sets a new PO passphrase when the
    /// PO is gone (docs/ARCHITECTURE.md, "Custody flows"). Needs a reason and an
    /// approver's PIN; loudly recorded; the master key is replaced.
    ///
    /// # Errors
    /// [`OpsError::Policy`] outside an emergency session or without reason
    /// or approver; [`OpsError::WrongPin`].
    pub fn takeover(
        &mut self,
        new: &Passphrase,
        reason: audit::Reason,
        approver: &str,
        pin: &Passphrase,
    ) -> Result<()> {
        self.check_session()?;
        if !matches!(self.mode, Mode::Emergency { .. }) {
            return Err(OpsError::Policy(Refusal::TakeoverNeedsShares));
        }
        if new.is_empty() {
            return Err(OpsError::Invalid(Invalid::EmptyPassphrase));
        }
        check_request_text(&reason, approver)?;
        let a = Approval {
            granted: EventKind::Takeover,
            denied: EventKind::Takeover,
            subject: "PO passphrase".into(),
            version: None,
            reason,
            approver: self.approver_name(approver),
            channel: None,
        };
        self.approve(&a, pin)?;
        let kdf = self.vault.header().kdf;
        let undo = self
            .vault
            .rekey(new, kdf, &self.env.limits, &mut rand::rng())?;
        let ev = a.event(self, true, true).detail(
            audit::Detail::Takeover {
                person: self.actor.person.clone(),
            }
            .to_string(),
        );
        let name = a.approver.clone();
        let r = self.commit(ev, |b| {
            reset_pin_failures(b, &name);
            Ok(())
        });
        if r.is_err() {
            self.vault.undo_rekey(undo);
        }
        r
    }
}

/// What a stopped choice of delegate is recorded as (no roster name can be
/// it: [`open_with_shares_choosing`] checks).
const NO_DELEGATE_CHOSEN: &str = "(no delegate chosen)";

/// [`open_with_shares`] for a face that lets the delegate pick their own
/// name from the roster rather than type it. Once the quorum opens the
/// vault, `choose` gets the roster's delegates (in roster order) and
/// returns the one acting, or `None` to stop. A stop is recorded like a
/// refused recovery (docs/THREAT-MODEL.md 3.14): the quorum rebuilt the
/// recovery key, so the set is marked exposed. Shares that do not open the
/// vault are journalled as by [`open_with_shares`].
///
/// # Errors
/// As [`open_with_shares`].
pub fn open_with_shares_choosing<'e>(
    env: &'e Env,
    path: &Path,
    shares: Vec<Share>,
    choose: impl FnOnce(&[String]) -> Option<String>,
    opts: OpenOptions,
) -> Result<Session<'e>> {
    let delegates: Vec<String> = {
        // The lock is let go before the open below takes it again.
        let (_lock, enc) = read_locked(path)?;
        match enc.unlock_with_quorum(shares.clone()) {
            Ok((vault, _, _)) => vault
                .body
                .roster
                .iter()
                .filter(|p| p.role == Role::Delegate)
                .map(|p| p.name.clone())
                .collect(),
            Err(e) => {
                if e.class() == ExitClass::Auth {
                    journal_failure(env, &enc, journal::Method::Shares, None, &e.to_string());
                }
                return Err(e.into());
            }
        }
    };
    let name = match choose(&delegates) {
        Some(name) => name,
        None if delegates
            .iter()
            .any(|d| text::same_name(d, NO_DELEGATE_CHOSEN)) =>
        {
            return Err(OpsError::Policy(Refusal::NoDelegateChosen));
        }
        None => NO_DELEGATE_CHOSEN.to_string(),
    };
    open_with_shares(env, path, shares, &name, opts)
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;

    #[test]
    fn a_recovery_share_that_passes_is_checked_not_drilled() {
        let f = fixture::vault();
        let bytes = std::fs::read(&f.path).expect("read");
        let check = check_recovery_share(f.env, &f.path, &f.shares[0]).expect("valid share");
        assert_eq!((check.index, check.threshold, check.count), (1, 2, 3));
        assert!(!check.pending);
        // Nothing recorded, nothing journalled, the file untouched.
        assert_eq!(std::fs::read(&f.path).expect("read"), bytes);
        assert_eq!(f.journalled(), 0);
        let s = f.open();
        assert!(
            !s.audit_records()
                .iter()
                .any(|r| r.event.kind == EventKind::Drill)
        );
        assert!(s.shares_status()[0].shares[0].drilled_at.is_none());
    }

    #[test]
    fn a_recovery_share_that_fails_is_journalled_as_a_refused_recovery() {
        let f = fixture::vault();
        let other = fixture::vault();
        let bytes = std::fs::read(&f.path).expect("read");
        let e = check_recovery_share(f.env, &f.path, &other.shares[0]).expect_err("foreign share");
        assert!(
            matches!(e, OpsError::Share(vault::ShareVerdictError::Unknown(_))),
            "{e:?}"
        );
        assert_eq!(e.class(), ExitClass::Auth);
        assert_eq!(std::fs::read(&f.path).expect("read"), bytes);
        assert_eq!(f.journalled(), 1);
        // Merged at the next open as a refused recovery, as the CLI's.
        let s = f.open();
        let refused = s
            .audit_records()
            .iter()
            .filter(|r| {
                r.event.kind == EventKind::Recovery && r.event.outcome == audit::Outcome::Failure
            })
            .count();
        assert_eq!(refused, 1);
    }

    #[test]
    fn shares_checked_one_by_one_then_open_the_vault_once() {
        let f = fixture::vault();
        for sh in &f.shares[..2] {
            check_recovery_share(f.env, &f.path, sh).expect("valid");
        }
        let s = open_with_shares(
            f.env,
            &f.path,
            f.shares[..2].to_vec(),
            "Dirk",
            OpenOptions::default(),
        )
        .expect("recovery");
        assert!(matches!(s.mode(), Mode::Emergency { indices, .. } if indices == &[1, 2]));
        s.close().expect("close");
        let kinds = f.kinds();
        let n = |k| kinds.iter().filter(|x| **x == k).count();
        assert_eq!(n(EventKind::Recovery), 1);
        assert_eq!(n(EventKind::EmergencySessionStart), 1);
        assert_eq!(n(EventKind::EmergencySessionEnd), 1);
        assert_eq!(n(EventKind::Drill), 0);
    }

    #[test]
    fn only_a_delegate_recovers() {
        let f = fixture::vault();
        let e = open_with_shares(
            f.env,
            &f.path,
            f.shares[1..].to_vec(),
            "Bert",
            OpenOptions::default(),
        )
        .expect_err("an approver is no delegate");
        assert_eq!(e.class(), ExitClass::Policy, "{e:?}");
        let s = f.open();
        assert!(s.shares_status()[0].exposed, "the set must be rotated");
    }
}
