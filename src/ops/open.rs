//! Opening a vault with the passphrase: the lock, the rollback and
//! remote witnesses, the locked-time journal merged into the chain.

use super::*;

/// Reads and parses the vault under the lock, without unlocking.
pub(super) fn read_locked(path: &Path) -> Result<(VaultLock, EncryptedVault)> {
    // Stat first so "no vault here" is not masked by creating a lock file.
    if std::fs::symlink_metadata(path).is_err() {
        return Err(StoreError::NotFound(path.to_path_buf()).into());
    }
    // Before the lock, so a link leaves no lock file beside it.
    store::refuse_vault_symlink(path)?;
    let lock = VaultLock::acquire(path)?;
    // Under the lock no save is in flight: a temp file now is a killed save's.
    store::remove_stale_temps(path);
    let bytes = store::read_vault(path)?;
    let enc = EncryptedVault::parse(&bytes).map_err(UnlockError::from)?;
    Ok((lock, enc))
}

pub(super) fn weak_warning(h: &crate::format::Header) -> Option<Notice> {
    h.weak_kdf().then(|| Notice::WeakKdf(h.kdf.to_string()))
}

/// Records a passed drill on the share's holder: the drill date, and the
/// verification of a printed sheet.
pub(super) fn apply_drill(body: &mut Body, (set_id, index, time): ([u8; 8], u8, i64)) {
    let Some(set) = body.sets.iter_mut().find(|s| s.set_id == set_id) else {
        return;
    };
    let Some(h) = set.holders.iter_mut().find(|h| h.index == index) else {
        return;
    };
    h.drilled_at = Some(h.drilled_at.map_or(time, |d| d.max(time)));
    if h.printed_at.is_some_and(|p| p <= time) {
        h.verified_at = Some(h.verified_at.map_or(time, |v| v.max(time)));
    }
}

/// Options of an open.
#[derive(Debug, Clone, Copy, Default)]
pub struct OpenOptions {
    /// Accept a vault older than the one this machine last saw (recorded).
    pub allow_rollback: bool,
    /// `kluis sync`: take a newer remote copy, or resolve a divergence.
    pub sync: Option<SyncKeep>,
}

/// Records a failed unlock in the journal of a locked vault. A journal
/// failure must not hide the authentication failure, so it is not reported.
pub(super) fn journal_failure(
    env: &Env,
    enc: &EncryptedVault,
    method: journal::Method,
    claimed_as: Option<&str>,
    why: &str,
) {
    let report = journal::Report::UnlockFailure {
        method,
        claimed_as: claimed_as.map(|n| journal::clip(n, journal::NAME_MAX)),
        why: journal::clip(why, journal::WHY_MAX),
    };
    let _ = env.state.journal(
        &enc.header().vault_id,
        journal::JournalEntry::once((env.now)(), report),
    );
}

/// What the journal gives an open: records to append, and where to move a
/// journal that must not be merged once they are saved.
pub(super) struct JournalMerge {
    pub(super) merged: Vec<journal::Merged>,
    pub(super) quarantine: Option<PathBuf>,
}

/// The journal's reports as records, or the record of its quarantine.
/// Never fails the open: a journal is not authenticated, so the worst it
/// can do is be wrong, and that is what the records say.
pub(super) fn merge_journal(
    env: &Env,
    vault: &Vault,
    actor: &Actor,
    warnings: &mut Vec<Notice>,
) -> JournalMerge {
    let id = vault.id();
    let entries = match env.state.read_journal(&id) {
        crate::state::JournalRead::Entries(e) => e,
        crate::state::JournalRead::Refused(problem) => {
            // Moved only after the record of it is saved, so a failed save
            // leaves it in place to be reported again.
            let to = env.state.quarantine_path(&id, (env.now)());
            warnings.push(Notice::JournalQuarantined {
                problem: problem.to_string(),
                to: to.display().to_string(),
            });
            let detail = audit::Detail::JournalQuarantined {
                problem: problem.to_string(),
                moved_to: to.display().to_string(),
            }
            .to_string();
            return JournalMerge {
                merged: vec![journal::Merged {
                    event: Event::new(EventKind::JournalQuarantined, actor.clone())
                        .outcome(audit::Outcome::Failure)
                        .detail(journal::clip(&detail, 2 * journal::WHY_MAX)),
                    drill: None,
                }],
                quarantine: Some(to),
            };
        }
    };
    if entries.is_empty() {
        return JournalMerge {
            merged: Vec::new(),
            quarantine: None,
        };
    }
    let count = |method| {
        entries
            .iter()
            .filter(|e| matches!(&e.report, journal::Report::UnlockFailure { method: m, .. } if *m == method))
            .fold(0u32, |n, e| n.saturating_add(e.count))
    };
    let failures = count(journal::Method::Passphrase);
    if failures > 0 {
        warnings.push(Notice::FailedUnlocks(failures));
    }
    let recoveries = count(journal::Method::Shares);
    if recoveries > 0 {
        warnings.push(Notice::RefusedRecoveries(recoveries));
    }
    let merged = journal::merge(entries, &id, |set_id, index| {
        vault
            .body
            .sets
            .iter()
            .find(|s| &s.set_id == set_id)
            .and_then(|s| s.holders.iter().find(|h| h.index == index))
            .map(|h| h.share.expose())
    });
    JournalMerge {
        merged,
        quarantine: None,
    }
}

/// A vault unlocked under its lock, and who opened it how.
pub(super) struct Opened {
    pub(super) lock: VaultLock,
    pub(super) vault: Vault,
    pub(super) actor: Actor,
    pub(super) mode: Mode,
}

/// What every open does after the keys check out: the rollback check, the
/// journal merge, the first record, and the local state update.
pub(super) fn finish_open<'e>(
    env: &'e Env,
    path: &Path,
    opened: Opened,
    opts: OpenOptions,
    event: Event,
) -> Result<Session<'e>> {
    let Opened {
        lock,
        mut vault,
        actor,
        mode,
    } = opened;
    let mut warnings: Vec<Notice> = weak_warning(vault.header()).into_iter().collect();
    // The remotes first: `kluis sync` may replace the copy with a newer one,
    // which the local rollback check below must then judge.
    let check = remotes::check_on_open(env, path, &mut vault, &actor, opts)?;
    warnings.extend(check.warnings);
    let mut events = check.events;
    let id = vault.id();
    let generation = vault.header().generation;
    let head = vault.body.audit.last().map_or(audit::GENESIS, |r| r.hash);
    if let Some(seen) = env.state.seen(&id)? {
        let rolled_back =
            generation < seen.generation || (generation == seen.generation && head != seen.head);
        if rolled_back {
            let what = audit::Detail::RollbackLocal {
                generation,
                seen: seen.generation,
                seen_at: rfc3339(seen.seen_at),
            }
            .to_string();
            if !opts.allow_rollback {
                return Err(OpsError::RolledBack(what));
            }
            warnings.push(Notice::RollbackAccepted(what.clone()));
            events.push(Event::new(EventKind::RollbackAccepted, actor.clone()).detail(what));
            // The accepted copy is the new baseline: the save below records
            // its (older) generation.
            env.state.forget(&id)?;
        }
    }
    let JournalMerge { merged, quarantine } = merge_journal(env, &vault, &actor, &mut warnings);
    let drills: Vec<_> = merged.iter().filter_map(|m| m.drill).collect();
    let expires_at = matches!(mode, Mode::Emergency { .. })
        .then(|| (env.now)() + i64::from(vault.body.settings.emergency_minutes) * 60);
    let mut s = Session {
        env,
        path: path.to_path_buf(),
        _lock: lock,
        vault,
        actor,
        mode,
        warnings,
        passphrase: None,
        expires_at,
        remote: check.remotes,
        warning_sink: None,
    };
    // Merged records carry the merge time; the times they claim are in
    // their `ReportedWhileLocked` marker.
    let records = merged
        .into_iter()
        .map(|m| (0, m.event))
        .chain(events.into_iter().map(|e| (0, e)))
        .chain([(0, event)])
        .collect();
    let recorded = s.commit_many(records, |b| {
        for d in drills {
            apply_drill(b, d);
        }
        Ok(())
    });
    match recorded {
        Ok(()) => match quarantine {
            None => {
                let _ = env.state.clear_journal(&id);
            }
            Some(to) => {
                if let Err(e) = env.state.quarantine_journal(&id, &to) {
                    s.warnings.push(Notice::JournalNotMoved(e.to_string()));
                }
            }
        },
        // A vault at its limit must still open for the PO, who alone can
        // make room; the journal stays for the next open.
        Err(OpsError::Full(e)) if s.mode == Mode::Po => {
            s.warnings.push(Notice::OpenNotRecorded(e.to_string()))
        }
        Err(e) => return Err(e),
    }
    Ok(s)
}

/// Opens the vault with the PO passphrase and records the unlock. A wrong
/// passphrase is journalled and shown at the next unlock.
///
/// # Errors
/// [`OpsError`]: in use, damaged, KDF refused, wrong passphrase, rolled back.
pub fn open_with_passphrase<'e>(
    env: &'e Env,
    path: &Path,
    passphrase: &Passphrase,
    opts: OpenOptions,
) -> Result<Session<'e>> {
    let (lock, enc) = read_locked(path)?;
    let vault = match enc.unlock_with_passphrase(passphrase, &env.limits) {
        Ok(v) => v,
        Err(e @ UnlockError::WrongPassphrase) => {
            journal_failure(
                env,
                &enc,
                journal::Method::Passphrase,
                None,
                audit::detail::WRONG_PASSPHRASE,
            );
            return Err(e.into());
        }
        Err(e) => return Err(e.into()),
    };
    let po = vault
        .body
        .roster
        .iter()
        .find(|p| p.role == Role::Po)
        .map_or_else(|| "po".to_string(), |p| p.name.clone());
    let actor = Actor {
        person: po,
        auth: AuthMethod::Passphrase,
    };
    let ev = Event::new(EventKind::Unlock, actor.clone());
    let opened = Opened {
        lock,
        vault,
        actor,
        mode: Mode::Po,
    };
    let mut s = finish_open(env, path, opened, opts, ev)?;
    s.passphrase = Some(Passphrase::new(passphrase.expose().to_string()));
    let pending = s.unacknowledged().len();
    if pending > 0 {
        s.warnings.push(Notice::Unacknowledged(pending));
    }
    for set in s.vault.body.sets.iter().filter(|x| x.exposed) {
        s.warnings
            .push(Notice::Exposed(vault::set_hex(&set.set_id)));
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;

    #[test]
    fn a_wrong_passphrase_is_journalled_and_merged_at_the_next_open() {
        let f = fixture::vault();
        let before = std::fs::read(&f.path).expect("read");
        let e = open_with_passphrase(
            f.env,
            &f.path,
            &Passphrase::new("wrong".into()),
            OpenOptions::default(),
        )
        .expect_err("wrong passphrase");
        assert_eq!(e.class(), ExitClass::Auth, "{e:?}");
        assert_eq!(std::fs::read(&f.path).expect("read"), before);
        assert_eq!(f.journalled(), 1);
        let s = f.open();
        assert!(
            s.audit_records()
                .iter()
                .any(|r| r.event.kind == EventKind::UnlockFailure)
        );
        // Merged once: the journal is empty again.
        drop(s);
        assert_eq!(f.journalled(), 0);
    }

    #[test]
    fn a_weak_vault_says_so_at_every_open() {
        let f = fixture::vault();
        let s = f.open();
        assert!(
            s.warnings()
                .iter()
                .any(|w| w.to_string().contains("weak key derivation")),
            "{:?}",
            s.warnings()
        );
        assert_eq!(s.mode(), &Mode::Po);
        assert_eq!(s.actor().person, "Anna");
    }

    #[test]
    fn a_second_session_is_refused_while_one_is_open() {
        let f = fixture::vault();
        let _s = f.open();
        let e = open_with_passphrase(
            f.env,
            &f.path,
            &Passphrase::new(fixture::PASS.into()),
            OpenOptions::default(),
        )
        .expect_err("locked");
        assert!(
            matches!(e, OpsError::Store(StoreError::InUse { .. })),
            "{e:?}"
        );
    }
}
