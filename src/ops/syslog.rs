//! Forwarding audit records to the system log and comparing a collected
//! log with the chain (issue 9, `kluis settings --syslog`, `kluis audit
//! verify --against-syslog`). The line format and the transports are in
//! [`crate::audit::syslog`].

use super::remotes::RemoteError;
use super::{Invalid, OpsError, PoAction, Result, Session};
use crate::audit::{self, Event, EventKind};

/// Checks a `--syslog` value (`off`, `unix`, `udp://HOST:PORT`,
/// `tcp://HOST:PORT`) before anything is opened.
///
/// # Errors
/// [`OpsError::Invalid`] saying what to give instead.
pub fn check_syslog_target(target: &str) -> Result<()> {
    if target == "off" {
        return Ok(());
    }
    audit::syslog::Target::parse(target)
        .map(drop)
        .map_err(|_| OpsError::Invalid(Invalid::Syslog(target.to_string())))
}

/// What `audit verify --against-syslog` compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyslogReport {
    /// First record compared (the one that turned forwarding on).
    pub from: u64,
    /// Last record compared (the last before this command's open).
    pub upto: u64,
}

impl Session<'_> {
    /// Sends the records saved since the last forward to the system log,
    /// if the PO turned forwarding on. A failure is a warning: the chain in
    /// the vault stays the record, and `audit verify --against-syslog`
    /// shows what the log lacks.
    pub(super) fn forward_syslog(&mut self) {
        let setting = self.vault.body.syslog.clone();
        let chain = &self.vault.body.audit;
        let from = self.remote.syslog_seq;
        self.remote.syslog_seq = chain.last().map_or(0, |r| r.seq);
        if setting.target.is_empty() {
            return;
        }
        let Ok(target) = audit::syslog::Target::parse(&setting.target) else {
            return;
        };
        let pid = std::process::id();
        let lines: Vec<String> = chain
            .iter()
            .filter(|r| r.seq > from)
            .map(|r| audit::syslog::line(r, setting.reasons, pid))
            .collect();
        if let Err(e) = audit::syslog::send(&target, &lines) {
            self.warn(super::Notice::SyslogFailed {
                count: lines.len(),
                target: setting.target.clone(),
                why: e.to_string(),
            });
        }
    }

    /// Turns forwarding to the system log on (`unix`, `udp://HOST:PORT`,
    /// `tcp://HOST:PORT`) or off (`off`), and whether unseal reasons go
    /// with it. PO only; recorded.
    ///
    /// # Errors
    /// [`OpsError::Invalid`] for a bad target; policy outside a PO session.
    pub fn update_syslog(&mut self, target: Option<&str>, reasons: Option<bool>) -> Result<()> {
        self.require_po(PoAction::ChangeSettings)?;
        let mut new = self.vault.body.syslog.clone();
        if let Some(t) = target {
            check_syslog_target(t)?;
            if t == "off" {
                new.target.clear();
            } else {
                new.target = t.to_string();
            }
        }
        if let Some(r) = reasons {
            new.reasons = r;
        }
        let detail = audit::Detail::Syslog {
            target: (!new.target.is_empty()).then(|| new.target.clone()),
            reasons: new.reasons,
        }
        .to_string();
        self.commit(
            Event::new(EventKind::SettingsChange, self.actor.clone()).detail(detail),
            |b| {
                b.syslog = new;
                Ok(())
            },
        )
    }

    /// The forwarding setting.
    pub fn syslog(&self) -> &crate::format::body::SyslogSetting {
        &self.vault.body.syslog
    }

    /// Compares the chain with a collected system log: every record from
    /// the one that last turned forwarding on up to the last record before
    /// this command's open must be in the log with its hash, and every
    /// record of this vault in the log must be in the chain.
    ///
    /// # Errors
    /// [`RemoteError::Syslog`] naming the first record missing from either
    /// side, or saying that forwarding was never turned on.
    pub fn verify_against_syslog(&self, log: &str) -> Result<SyslogReport> {
        let chain = &self.vault.body.audit;
        let from = chain
            .iter()
            .rev()
            .find(|r| {
                r.event.kind == EventKind::SettingsChange
                    && r.event.detail.starts_with("syslog ")
                    && !r.event.detail.starts_with("syslog off")
            })
            .map(|r| r.seq)
            .ok_or_else(|| {
                RemoteError::Syslog(
                    "syslog forwarding was never turned on for this vault: nothing to compare (turn it on in the vault's settings)".into(),
                )
            })?;
        let upto = self.remote.seq_at_open;
        let vault_hex = data_encoding::HEXLOWER.encode(&self.vault.id());
        let seen = audit::syslog::collect(log, &vault_hex);
        let kind_of = |seq: u64| {
            chain
                .iter()
                .find(|r| r.seq == seq)
                .map_or("?", |r| audit::export::kind_word(r.event.kind))
        };
        match audit::syslog::compare(chain, &seen, from, upto) {
            None => Ok(SyslogReport { from, upto }),
            Some(audit::syslog::Mismatch::MissingFromLog(n)) => Err(RemoteError::Syslog(format!(
                "record #{n} ({}) is in the audit chain but missing from the syslog: the log lost it or it was never delivered",
                kind_of(n)
            ))
            .into()),
            Some(audit::syslog::Mismatch::MissingFromChain(n)) => Err(RemoteError::Syslog(format!(
                "record #{n} is in the syslog but not in the audit chain (or has another hash there): the chain was rewritten or this is an older copy of the vault"
            ))
            .into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;
    use crate::error::{Classify, ExitClass};

    #[test]
    fn syslog_targets_are_checked_before_anything_opens() {
        for ok in [
            "off",
            "unix",
            "udp://127.0.0.1:514",
            "tcp://logs.example:601",
        ] {
            assert!(check_syslog_target(ok).is_ok(), "{ok}");
        }
        for bad in ["", "on", "http://x:1", "udp://"] {
            let e = check_syslog_target(bad).expect_err("bad target");
            assert_eq!(e.class(), ExitClass::Usage, "{bad:?}: {e:?}");
        }
    }

    #[test]
    fn turning_forwarding_off_and_on_is_recorded() {
        let f = fixture::vault();
        let mut s = f.open();
        let e = s.verify_against_syslog("").expect_err("never turned on");
        assert!(
            matches!(e, OpsError::Remote(RemoteError::Syslog(_))),
            "{e:?}"
        );
        s.update_syslog(Some("off"), Some(true))
            .expect("reasons on");
        assert!(s.syslog().target.is_empty() && s.syslog().reasons);
        let last = s.audit_records().last().expect("record");
        assert_eq!(
            (last.event.kind, last.event.detail.as_str()),
            (EventKind::SettingsChange, "syslog off (reasons on)")
        );
        let e = s
            .update_syslog(Some("udp://"), None)
            .expect_err("bad target");
        assert_eq!(e.class(), ExitClass::Usage, "{e:?}");
        assert!(s.syslog().target.is_empty(), "unchanged");
    }
}
