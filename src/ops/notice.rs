//! Warnings an operation hands the faces, as typed values ([`Notice`]):
//! the English `Display` names no CLI flag or command; each face words
//! them for its user (both in `crate::face::words`).

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
    /// Any other warning (remotes, the system log), in English.
    #[error("{0}")]
    Other(String),
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
}
