//! Unsealing: the four-eyes check, the approver PIN, the release and
//! the end of a `--to exec` command.

use super::*;

/// Checks a PIN where it is set: at least 6 characters, not blank, no
/// space at either end (a PIN of six spaces, or one with a stray space
/// pasted in, is a mistake, not a PIN).
pub(super) fn check_pin(pin: &Passphrase) -> Result<()> {
    let p = pin.expose();
    if p.trim().is_empty() {
        return Err(OpsError::Invalid(Invalid::PinBlank));
    }
    if p.trim() != p {
        return Err(OpsError::Invalid(Invalid::PinSpaces));
    }
    if p.chars().count() < 6 {
        return Err(OpsError::Invalid(Invalid::PinShort));
    }
    Ok(())
}

/// Checks the text of a request that is recorded even when refused: the
/// reason and the approver's name. The unseal and takeover operations call
/// it; a face may call it first, to refuse before the vault is opened (and
/// the open recorded).
///
/// # Errors
/// [`OpsError::Text`].
pub fn check_request_text(reason: &audit::Reason, approver: &str) -> Result<()> {
    text::check("the reason", &reason.text, text::REASON_MAX)?;
    text::check("the approver's name", approver, text::NAME_MAX)?;
    Ok(())
}

/// An act that needs a second person: what is recorded either way.
#[derive(Debug)]
pub(super) struct Approval {
    pub(super) granted: EventKind,
    pub(super) denied: EventKind,
    pub(super) subject: String,
    pub(super) version: Option<u32>,
    pub(super) reason: audit::Reason,
    pub(super) approver: String,
    pub(super) channel: Option<String>,
}

impl Approval {
    pub(super) fn event(&self, s: &Session<'_>, granted: bool, authenticated: bool) -> Event {
        let mut ev = Event::new(
            if granted { self.granted } else { self.denied },
            s.actor.clone(),
        )
        .subject(self.subject.clone());
        if !granted {
            ev = ev.outcome(audit::Outcome::Denied);
        }
        ev.version = self.version;
        ev.reason = Some(self.reason.clone());
        ev.approver = Some(audit::Approver {
            person: self.approver.clone(),
            authenticated,
        });
        ev.channel = self.channel.clone();
        ev
    }
}

pub(super) fn reset_pin_failures(b: &mut Body, approver: &str) {
    if let Some(p) = b.roster.iter_mut().find(|p| p.name == approver) {
        p.pin_failures = 0;
        p.locked_until = None;
    }
}

/// Wrong PINs in a row before an approver is locked out.
pub const MAX_PIN_FAILURES: u32 = 3;
/// How long a lockout lasts.
pub const PIN_LOCKOUT_SECS: i64 = 15 * 60;

/// An unseal request.
#[derive(Debug, Clone)]
pub struct UnsealRequest<'a> {
    /// Secret name.
    pub name: &'a str,
    /// Version; latest when `None`.
    pub version: Option<u32>,
    /// Why.
    pub reason: audit::Reason,
    /// Who approves.
    pub approver: &'a str,
    /// Release channel, as recorded.
    pub channel: &'a str,
}

/// How a command that received a value ended (`--to exec`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommandEnd {
    /// It exited with this status.
    Exited(i32),
    /// A signal ended it.
    Killed(i32),
    /// It could not be started (not found, not executable): the value was
    /// released to nobody, recorded as `released-to-exec-failed`.
    NotStarted,
}

/// A released value. Zeroized on drop.
pub struct Unsealed {
    /// "name vN".
    pub label: String,
    /// Kind of the secret.
    pub kind: SecretKind,
    /// Version released.
    pub version: u32,
    /// The value (for TOTP: the current code, never the seed).
    pub value: Zeroizing<Vec<u8>>,
    /// For TOTP: seconds the code stays valid.
    pub totp_valid: Option<u32>,
}

impl std::fmt::Debug for Unsealed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Unsealed")
            .field("label", &self.label)
            .field("value", &"[redacted]")
            .finish_non_exhaustive()
    }
}

/// An unseal request that passed the policy check — everything but the
/// approver's PIN. Only [`Session::unseal_check`] makes one, and the release
/// ([`Session::release`], [`Session::release_to_command`]) consumes it, so
/// the policy is checked once per unseal and a release cannot skip it.
#[derive(Debug)]
#[must_use = "an unseal plan does nothing until it is released"]
pub struct UnsealPlan {
    approval: Approval,
    name: String,
    version: u32,
}

impl UnsealPlan {
    /// The secret to be released.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The version to be released (the latest when none was asked for).
    pub fn version(&self) -> u32 {
        self.version
    }

    /// The approver, as the roster spells the name.
    pub fn approver(&self) -> &str {
        &self.approval.approver
    }
}

impl<'e> Session<'e> {
    /// Checks an unseal request against policy, everything but the
    /// approver's PIN, and returns the plan the release consumes. A refusal
    /// is recorded before it is returned.
    ///
    /// # Errors
    /// [`OpsError::Policy`] (recorded), [`OpsError::NoSuchSecret`].
    pub fn unseal_check(&mut self, req: &UnsealRequest<'_>) -> Result<UnsealPlan> {
        self.check_session()?;
        // The request's text is recorded even when refused: check it first.
        check_request_text(&req.reason, req.approver)?;
        text::check("the release channel", req.channel, text::PATH_MAX)?;
        check_stored_text("the release channel", req.channel, CHANNEL_MAX)?;
        let entry = self
            .vault
            .body
            .secrets
            .iter()
            .find(|s| s.name == req.name)
            .ok_or_else(|| OpsError::NoSuchSecret(req.name.into()))?;
        if let Some(v) = req.version
            && !entry.versions.iter().any(|x| x.number == v)
        {
            return Err(OpsError::Invalid(Invalid::NoSuchVersion {
                name: req.name.to_string(),
                version: v,
                count: entry.versions.len(),
            }));
        }
        let approval = self.unseal_approval(req);
        let refusal = if matches!(self.mode, Mode::Emergency { .. }) && !entry.emergency {
            Some(Refusal::NotForEmergency(req.name.to_string()))
        } else {
            self.approval_refusal(&approval).map(Refusal::Approval)
        };
        if let Some(why) = refusal {
            self.commit(
                approval.event(self, false, false).detail(why.record_text()),
                |_| Ok(()),
            )?;
            return Err(OpsError::Policy(why));
        }
        let version = approval
            .version
            .expect("the secret was found, and a secret has at least one version");
        Ok(UnsealPlan {
            approval,
            name: req.name.to_string(),
            version,
        })
    }

    pub(super) fn unseal_approval(&self, req: &UnsealRequest<'_>) -> Approval {
        let version = req.version.or_else(|| {
            self.vault
                .body
                .secrets
                .iter()
                .find(|s| s.name == req.name)
                .and_then(|s| s.versions.last())
                .map(|v| v.number)
        });
        Approval {
            granted: EventKind::Unseal,
            denied: EventKind::UnsealDenied,
            subject: req.name.to_string(),
            version,
            reason: req.reason.clone(),
            approver: self.approver_name(req.approver),
            channel: Some(req.channel.to_string()),
        }
    }

    /// The roster's spelling of the approver named, if one looks like it;
    /// else the name as given.
    pub(super) fn approver_name(&self, given: &str) -> String {
        find_person(&self.vault.body.roster, given)
            .map_or_else(|| given.to_string(), |p| p.name.clone())
    }

    /// Why an approval cannot even be attempted, if it cannot.
    pub(super) fn approval_refusal(&self, a: &Approval) -> Option<ApprovalRefusal> {
        if a.reason.text.trim().is_empty() {
            return Some(ApprovalRefusal::NoReason);
        }
        if a.approver.trim().is_empty() {
            return Some(ApprovalRefusal::NoApprover);
        }
        // Compared on the confusable skeleton: "Petra \u{3a1}O" (a Greek
        // Rho) is the PO "Petra PO" (issue 10, finding 3).
        if text::same_name(&a.approver, &self.actor.person) {
            return Some(ApprovalRefusal::SelfApproval(a.approver.clone()));
        }
        match find_person(&self.vault.body.roster, &a.approver) {
            None => Some(ApprovalRefusal::NotInRoster(a.approver.clone())),
            Some(p) if p.role != Role::Approver => Some(ApprovalRefusal::NotApprover {
                name: a.approver.clone(),
                role: p.role,
            }),
            Some(p) if p.pin.is_none() => Some(ApprovalRefusal::NoPin(a.approver.clone())),
            Some(p) => p.locked_until.filter(|t| *t > (self.env.now)()).map(|t| {
                ApprovalRefusal::LockedOut {
                    name: a.approver.clone(),
                    failures: MAX_PIN_FAILURES,
                    until: rfc3339(t),
                }
            }),
        }
    }

    /// Checks the approver's PIN. A refusal or a wrong PIN is recorded (and
    /// counts towards the lockout) before the error is returned. On success
    /// nothing is saved yet: the caller's own record resets the counter
    /// through [`reset_pin_failures`].
    pub(super) fn approve(&mut self, a: &Approval, pin: &Passphrase) -> Result<()> {
        if let Some(why) = self.approval_refusal(a) {
            let text = audit::Detail::Refused(why.detail()).to_string();
            self.commit(a.event(self, false, false).detail(text), |_| Ok(()))?;
            return Err(OpsError::Policy(Refusal::Approval(why)));
        }
        self.check_approver_pin(a, pin)
    }

    /// Checks the PIN of an approval that passed [`Self::approval_refusal`]
    /// (a wrong PIN is recorded and counts towards the lockout).
    fn check_approver_pin(&mut self, a: &Approval, pin: &Passphrase) -> Result<()> {
        let Some((pin_failures, hash)) = find_person(&self.vault.body.roster, &a.approver)
            .and_then(|p| p.pin.as_ref().map(|h| (p.pin_failures, h)))
        else {
            // Unreachable through the plan (the check found both); refused
            // rather than trusted.
            return Err(OpsError::Policy(Refusal::Approval(ApprovalRefusal::NoPin(
                a.approver.clone(),
            ))));
        };
        hash.kdf.check(&self.env.limits, true)?;
        let ok = crate::crypto::hash::ct_eq(
            hash.kdf.derive_pin(pin, &hash.salt).as_slice(),
            hash.hash.expose(),
        );
        if ok {
            return Ok(());
        }
        let now = (self.env.now)();
        let failures = pin_failures + 1;
        let lock = failures >= MAX_PIN_FAILURES;
        let why = if lock {
            audit::Detail::WrongPinLockedOut {
                minutes: PIN_LOCKOUT_SECS / 60,
            }
        } else {
            audit::Detail::WrongPin
        }
        .to_string();
        let approver = a.approver.clone();
        self.commit(a.event(self, false, false).detail(why), |b| {
            let p = b
                .roster
                .iter_mut()
                .find(|p| p.name == approver)
                .expect("present");
            p.pin_failures = if lock { 0 } else { failures };
            p.locked_until = lock.then_some(now + PIN_LOCKOUT_SECS);
            Ok(())
        })?;
        Err(OpsError::WrongPin(a.approver.clone()))
    }

    /// Releases a secret's value: checks policy, verifies the approver's
    /// PIN, and saves the unseal record durably *before* returning the value
    /// (fail closed: if the save fails, nothing is returned). A wrong PIN is
    /// recorded; [`MAX_PIN_FAILURES`] in a row lock the approver out for
    /// [`PIN_LOCKOUT_SECS`] seconds.
    ///
    /// # Errors
    /// [`OpsError::Policy`], [`OpsError::WrongPin`], storage errors.
    pub fn unseal(&mut self, req: &UnsealRequest<'_>, pin: &Passphrase) -> Result<Unsealed> {
        let plan = self.unseal_check(req)?;
        self.release(plan, pin)
    }

    /// Releases what `plan` names: verifies the approver's PIN and saves the
    /// unseal record durably before returning the value (as
    /// [`Session::unseal`], whose policy check made the plan).
    ///
    /// # Errors
    /// [`OpsError::WrongPin`], an ended emergency session, storage errors.
    pub fn release(&mut self, plan: UnsealPlan, pin: &Passphrase) -> Result<Unsealed> {
        self.release_into(plan, pin, None)
    }

    /// [`Session::release`] into a command (see
    /// [`Session::unseal_to_command`]).
    ///
    /// # Errors
    /// As [`Session::release`].
    pub fn release_to_command(
        &mut self,
        plan: UnsealPlan,
        pin: &Passphrase,
        command: &str,
    ) -> Result<Unsealed> {
        self.release_into(plan, pin, Some(command))
    }

    /// [`Session::unseal`] for a release into a command (`--to exec`): the
    /// record also names the command — `argv[0]` only, since its arguments
    /// may hold paths a PO considers private. After the command ends, the
    /// face records how with [`Session::record_command_end`].
    ///
    /// # Errors
    /// As [`Session::unseal`].
    pub fn unseal_to_command(
        &mut self,
        req: &UnsealRequest<'_>,
        pin: &Passphrase,
        command: &str,
    ) -> Result<Unsealed> {
        let plan = self.unseal_check(req)?;
        self.release_into(plan, pin, Some(command))
    }

    /// Records how a command that received a value ended (an audit record of
    /// kind [`EventKind::CommandEnd`], channel `exec`). Recorded even after an
    /// emergency session expired: it closes a release that was granted.
    ///
    /// # Errors
    /// Storage errors.
    pub fn record_command_end(
        &mut self,
        name: &str,
        version: u32,
        command: &str,
        end: CommandEnd,
    ) -> Result<()> {
        let command = command.to_string();
        let (detail, outcome) = match end {
            CommandEnd::Exited(status) => (
                audit::Detail::CommandExited { command, status },
                if status == 0 {
                    audit::Outcome::Success
                } else {
                    audit::Outcome::Failure
                },
            ),
            CommandEnd::Killed(signal) => (
                audit::Detail::CommandKilled { command, signal },
                audit::Outcome::Failure,
            ),
            CommandEnd::NotStarted => (
                audit::Detail::CommandNotStarted { command },
                audit::Outcome::Failure,
            ),
        };
        let detail = detail.to_string();
        let mut ev = Event::new(EventKind::CommandEnd, self.actor.clone())
            .subject(name)
            .detail(detail)
            .outcome(outcome);
        ev.version = Some(version);
        ev.channel = Some("exec".into());
        self.commit(ev, |_| Ok(()))
    }

    fn release_into(
        &mut self,
        plan: UnsealPlan,
        pin: &Passphrase,
        command: Option<&str>,
    ) -> Result<Unsealed> {
        // The policy was checked when the plan was made; only the session's
        // end can have come since.
        self.check_session()?;
        let UnsealPlan {
            approval,
            name,
            version,
        } = plan;
        self.check_approver_pin(&approval, pin)?;
        let now = (self.env.now)();
        // Found when the plan was made; this session alone changes the
        // vault, so a miss is refused rather than trusted.
        let (entry, version) = self
            .vault
            .body
            .secrets
            .iter()
            .find(|s| s.name == name)
            .and_then(|e| {
                e.versions
                    .iter()
                    .find(|v| v.number == version)
                    .map(|v| (e, v))
            })
            .ok_or_else(|| OpsError::NoSuchSecret(name.clone()))?;
        let (value, totp_valid) = match &version.value {
            SecretValue::Opaque(b) => (Zeroizing::new(b.expose().to_vec()), None),
            SecretValue::Credential { password, .. } => {
                (Zeroizing::new(password.expose().to_vec()), None)
            }
            SecretValue::Totp {
                seed,
                digits,
                period,
            } => {
                let (code, left) = crate::totp::code(seed, *digits, *period, now);
                (Zeroizing::new(code.into_bytes()), Some(left))
            }
        };
        let out = Unsealed {
            label: format!("{} v{}", entry.name, version.number),
            kind: entry.kind,
            version: version.number,
            value,
            totp_valid,
        };
        let ev = approval.event(self, true, true).detail(
            audit::Detail::Released {
                totp: totp_valid.is_some(),
                command: command.map(str::to_string),
            }
            .to_string(),
        );
        let approver = approval.approver.clone();
        // Fail closed: the record is on disk before the value leaves, and
        // on every required remote.
        self.commit(ev, |b| {
            reset_pin_failures(b, &approver);
            Ok(())
        })?;
        if let Some(e) = self.required_refusal(approval.event(self, false, true)) {
            return Err(e);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{self, PIN, VALUE};
    use super::*;

    fn request<'a>(reason: &str, approver: &'a str) -> UnsealRequest<'a> {
        UnsealRequest {
            name: "k",
            version: None,
            reason: audit::Reason {
                category: audit::ReasonCategory::RestoreTest,
                text: reason.into(),
            },
            approver,
            channel: "stdout",
        }
    }

    fn count(s: &Session<'_>, kind: EventKind) -> usize {
        s.audit_records()
            .iter()
            .filter(|r| r.event.kind == kind)
            .count()
    }

    #[test]
    fn pins_are_at_least_six_characters_without_blank_ends() {
        let p = |s: &str| check_pin(&Passphrase::new(s.into()));
        assert!(p("246810").is_ok());
        assert!(p("pin met spatie").is_ok());
        assert_eq!(
            p("      ").expect_err("blank").to_string(),
            "the PIN is blank: choose at least 6 characters that are not spaces"
        );
        assert!(
            p(" 246810")
                .expect_err("space")
                .to_string()
                .contains("white space")
        );
        assert_eq!(
            p("12345").expect_err("short").to_string(),
            "a PIN must have at least 6 characters"
        );
    }

    #[test]
    fn the_plan_names_what_the_check_found() {
        let f = fixture::vault();
        let mut s = f.open();
        // A look-alike spelling finds the roster's approver.
        let plan = s
            .unseal_check(&request("kwartaaltest", "bert"))
            .expect("plan");
        assert_eq!(
            (plan.name(), plan.version(), plan.approver()),
            ("k", 1, "Bert")
        );
        let out = s
            .release(plan, &Passphrase::new(PIN.into()))
            .expect("released");
        assert_eq!(out.value.as_slice(), VALUE);
        assert_eq!(out.label, "k v1");
        assert_eq!(count(&s, EventKind::Unseal), 1);
        assert_eq!(count(&s, EventKind::UnsealDenied), 0);
    }

    #[test]
    fn a_refused_request_makes_no_plan_and_is_recorded_once() {
        let f = fixture::vault();
        let mut s = f.open();
        let e = s.unseal_check(&request("", "Bert")).expect_err("no reason");
        assert_eq!(e.class(), ExitClass::Policy, "{e:?}");
        let e = s
            .unseal_check(&request("test", "Anna"))
            .expect_err("self-approval");
        assert_eq!(e.class(), ExitClass::Policy, "{e:?}");
        assert_eq!(count(&s, EventKind::UnsealDenied), 2);
        assert_eq!(count(&s, EventKind::Unseal), 0);
    }

    #[test]
    fn a_wrong_pin_spends_the_plan_and_counts_towards_the_lockout() {
        let f = fixture::vault();
        let mut s = f.open();
        for _ in 0..MAX_PIN_FAILURES {
            let plan = s.unseal_check(&request("test", "Bert")).expect("plan");
            let e = s
                .release(plan, &Passphrase::new("999999".into()))
                .expect_err("wrong PIN");
            assert!(
                matches!(e, OpsError::WrongPin(ref who) if who == "Bert"),
                "{e:?}"
            );
        }
        assert_eq!(
            count(&s, EventKind::UnsealDenied),
            MAX_PIN_FAILURES as usize
        );
        // Locked out now: the check refuses before any PIN is asked.
        let e = s
            .unseal_check(&request("test", "Bert"))
            .expect_err("locked");
        assert_eq!(e.class(), ExitClass::Policy, "{e:?}");
        assert_eq!(
            count(&s, EventKind::UnsealDenied),
            MAX_PIN_FAILURES as usize + 1
        );
        assert_eq!(count(&s, EventKind::Unseal), 0);
    }

    #[test]
    fn an_emergency_session_releases_only_emergency_secrets() {
        let f = fixture::vault();
        let mut s = f.open();
        s.add_secret(
            "notes",
            SecretKind::Note,
            NewValue::File {
                bytes: b"x".to_vec().into(),
                raw: false,
            },
            Some(false),
        )
        .expect("note");
        s.close().expect("close");
        let mut s = open_with_shares(
            f.env,
            &f.path,
            f.shares[..2].to_vec(),
            "Dirk",
            OpenOptions::default(),
        )
        .expect("recovery");
        let mut req = request("incident", "Bert");
        req.name = "notes";
        let e = s.unseal_check(&req).expect_err("not for emergencies");
        assert_eq!(e.class(), ExitClass::Policy, "{e:?}");
        let plan = s
            .unseal_check(&request("incident", "Bert"))
            .expect("the backup key");
        assert!(s.release(plan, &Passphrase::new(PIN.into())).is_ok());
    }
}
