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
        .detail("share set marked exposed");
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
            &format!("refused, share set marked exposed: {why}"),
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
        let ev = a.event(self, true, true).detail(format!(
            "TAKEOVER: {} set a new PO passphrase; new master key",
            self.actor.person
        ));
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
