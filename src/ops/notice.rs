//! Warnings an operation hands the faces, as typed values ([`Notice`]):
//! the English `Display` names no CLI flag or command; each face words
//! them for its user (both in `crate::face::words`). There is no untyped
//! warning: each has its variant and its words in both languages.

/// A warning to show the user; nothing was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Notice {
    /// The vault uses weak key derivation (the parameters).
    #[error("this vault uses weak key derivation ({0}), allowed knowingly when it was made")]
    WeakKdf(String),
    /// A new vault with weak key derivation (the parameters).
    #[error("weak key derivation ({0}) was allowed knowingly; every open will say so")]
    WeakKdfMade(String),
    /// A threshold of 1.
    #[error("threshold 1: any single sheet opens the vault")]
    ThresholdOne,
    /// Every sheet is needed.
    #[error("threshold {k} of {n}: losing any one sheet makes recovery impossible")]
    AllSheetsNeeded {
        /// Threshold.
        k: u8,
        /// Sheets.
        n: usize,
    },
    /// The locked-time journal was refused and moved aside.
    #[error(
        "the locked-time journal was tampered with or damaged: {problem}. Nothing in it was merged; it was moved to {to}"
    )]
    JournalQuarantined {
        /// What was wrong.
        problem: String,
        /// Where it went.
        to: String,
    },
    /// Failed unlocks since the last one.
    #[error("{0} failed unlock attempt(s) since the last unlock; see the audit log")]
    FailedUnlocks(u32),
    /// Refused recoveries since the last unlock.
    #[error("{0} refused recovery attempt(s) with shares since the last unlock; see the audit log")]
    RefusedRecoveries(u32),
    /// An older copy accepted on purpose.
    #[error("rollback accepted on request: {0}")]
    RollbackAccepted(String),
    /// A quarantined journal stayed in place.
    #[error("the tampered journal could not be moved aside ({0}): remove it by hand")]
    JournalNotMoved(String),
    /// The open itself could not be recorded.
    #[error(
        "this open could not be recorded: {0}; the locked-time journal is kept until it can be"
    )]
    OpenNotRecorded(String),
    /// Emergency events the PO has not acknowledged.
    #[error(
        "{0} emergency event(s) since your last acknowledgement: review them in the audit log, then acknowledge them"
    )]
    Unacknowledged(usize),
    /// A share set used in an emergency (its id, hex).
    #[error("share set {0} was used in an emergency and is exposed: rotate it")]
    Exposed(String),
    /// The rollback state could not be saved.
    #[error(
        "cannot update the rollback state ({0}); rollback detection on this machine is weakened"
    )]
    RollbackState(String),
    /// An emergency session began.
    #[error("emergency session: only secrets marked for emergencies can be released")]
    EmergencySession,
    /// A remote could not be reached when the vault was opened.
    #[error(
        "remote {name} cannot be reached ({why}): this copy was not compared with it, and saves to it stay pending until the next sync"
    )]
    RemoteUnreachable {
        /// The remote's name.
        name: String,
        /// What went wrong.
        why: String,
    },
    /// A remote did not accept a save.
    #[error(
        "remote {name} did not accept the save ({why}); {pending} save(s) pending, pushed again at the next command or sync"
    )]
    SavePending {
        /// The remote's name.
        name: String,
        /// What went wrong.
        why: String,
        /// Saves not yet pushed there.
        pending: u64,
    },
    /// Two holders of a set with the same age recipient.
    #[error(
        "holders {first} ({first_label}) and {second} ({second_label}) have the same recipient {fingerprint}: one person would hold two shares"
    )]
    SameRecipient {
        /// The first holder's number.
        first: usize,
        /// Its label.
        first_label: String,
        /// The second holder's number.
        second: usize,
        /// Its label.
        second_label: String,
        /// The recipient's fingerprint.
        fingerprint: String,
    },
    /// A holder's recipient needs an age plugin not installed here.
    #[error(
        "holder {holder} ({label}) has a recipient of the age plugin {plugin}, which is not installed here: install it before printing encrypted share files"
    )]
    PluginMissing {
        /// The holder's number.
        holder: usize,
        /// Its label.
        label: String,
        /// The plugin's binary.
        plugin: String,
    },
    /// A remote's copy could not be read when the vault was opened.
    #[error("remote {name} could not be read ({why})")]
    RemoteUnreadable {
        /// The remote's name.
        name: String,
        /// What went wrong.
        why: String,
    },
    /// This copy was kept over a newer or diverged remote, rollback allowed.
    #[error(
        "kept this copy (rollback allowed) although {}; it will not be pushed over the remote's history",
        kept_although(name, *newer, *theirs, theirs_ckpt, *ours, ours_ckpt)
    )]
    RollbackKept {
        /// The remote's name.
        name: String,
        /// The remote is newer (else the two diverged).
        newer: bool,
        /// The remote's generation.
        theirs: u64,
        /// The remote's checkpoint.
        theirs_ckpt: String,
        /// This copy's generation.
        ours: u64,
        /// This copy's checkpoint.
        ours_ckpt: String,
    },
    /// A sync took the remote's copy; this copy's records are in it.
    #[error(
        "took generation {theirs} ({theirs_ckpt}) from remote {name}; this copy was generation {ours} ({ours_ckpt}), a record of it"
    )]
    TookRemote {
        /// The remote's name.
        name: String,
        /// The remote's generation.
        theirs: u64,
        /// The remote's checkpoint.
        theirs_ckpt: String,
        /// This copy's generation.
        ours: u64,
        /// This copy's checkpoint.
        ours_ckpt: String,
    },
    /// A sync took the remote's copy; this copy was kept beside the vault.
    #[error(
        "took generation {theirs} ({theirs_ckpt}) from remote {name}; this copy's generation {ours} ({ours_ckpt}, head {head}) kept as {side}"
    )]
    TookRemoteKeptLocal {
        /// The remote's name.
        name: String,
        /// The remote's generation.
        theirs: u64,
        /// The remote's checkpoint.
        theirs_ckpt: String,
        /// This copy's generation.
        ours: u64,
        /// This copy's checkpoint.
        ours_ckpt: String,
        /// This copy's head hash, hex.
        head: String,
        /// Where this copy was kept.
        side: String,
    },
    /// A sync kept this copy; the remote's was kept beside the vault.
    #[error(
        "kept this copy's generation {ours} ({ours_ckpt}); remote {name}'s generation {theirs} ({theirs_ckpt}, head {head}) kept as {side}"
    )]
    KeptLocal {
        /// The remote's name.
        name: String,
        /// This copy's generation.
        ours: u64,
        /// This copy's checkpoint.
        ours_ckpt: String,
        /// The remote's generation.
        theirs: u64,
        /// The remote's checkpoint.
        theirs_ckpt: String,
        /// The remote's head hash, hex.
        head: String,
        /// Where the remote's copy was kept.
        side: String,
    },
    /// Pending saves could not be pushed to a remote.
    #[error("remote {name} did not accept the pending saves ({why})")]
    PushFailed {
        /// The remote's name.
        name: String,
        /// What went wrong.
        why: String,
    },
    /// Audit records could not be forwarded to the system log.
    #[error(
        "cannot forward {count} audit record(s) to syslog {target} ({why}); the chain in the vault is unaffected"
    )]
    SyslogFailed {
        /// Records not forwarded.
        count: usize,
        /// The syslog target.
        target: String,
        /// What went wrong.
        why: String,
    },
}

/// What [`Notice::RollbackKept`] kept this copy although: the remote's
/// refusal as the core says it.
fn kept_although(
    name: &str,
    newer: bool,
    theirs: u64,
    theirs_ckpt: &str,
    ours: u64,
    ours_ckpt: &str,
) -> String {
    let (name, theirs_ckpt, ours_ckpt) = (
        name.to_string(),
        theirs_ckpt.to_string(),
        ours_ckpt.to_string(),
    );
    if newer {
        super::RemoteError::Newer {
            name,
            theirs,
            theirs_ckpt,
            ours,
            ours_ckpt,
        }
        .to_string()
    } else {
        super::RemoteError::Diverged {
            name,
            theirs,
            theirs_ckpt,
            ours,
            ours_ckpt,
        }
        .to_string()
    }
}
