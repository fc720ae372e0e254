//! The roster (people and roles), the passphrase and the settings.

use super::*;

/// A person, without the PIN hash.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PersonSummary {
    /// Name.
    pub name: String,
    /// Role.
    #[serde(serialize_with = "names::role")]
    pub role: Role,
    /// Whether a PIN is enrolled.
    pub has_pin: bool,
    /// Added (RFC 3339).
    pub added_at: String,
}

impl<'e> Session<'e> {
    /// The roster.
    pub fn roster(&self) -> Vec<PersonSummary> {
        self.vault
            .body
            .roster
            .iter()
            .map(|p| PersonSummary {
                name: p.name.clone(),
                role: p.role,
                has_pin: p.pin.is_some(),
                added_at: rfc3339(p.added_at),
            })
            .collect()
    }

    /// Adds a person; approvers must enrol a PIN (at least 6 characters).
    ///
    /// # Errors
    /// [`OpsError`].
    pub fn roster_add(&mut self, name: &str, role: Role, pin: Option<&Passphrase>) -> Result<()> {
        self.require_po(PoAction::ChangeRoster)?;
        let name = &text::check_name("a person's name", name)?;
        if self.vault.body.roster.iter().any(|p| &p.name == name) {
            return Err(OpsError::PersonExists(name.clone()));
        }
        // A look-alike of someone already there could approve as them in
        // the audit trail (issue 10, finding 3).
        refuse_look_alike(
            NameOf::Person,
            name,
            self.vault.body.roster.iter().map(|p| p.name.as_str()),
        )?;
        if role == Role::Po {
            return Err(OpsError::Policy(Refusal::SecondPo));
        }
        let pin = match (role, pin) {
            (Role::Approver, None) => {
                return Err(OpsError::Invalid(Invalid::ApproverNeedsPin));
            }
            (_, Some(p)) => {
                check_pin(p)?;
                Some(self.hash_pin(p)?)
            }
            (_, None) => None,
        };
        let person = Person {
            name: name.into(),
            role,
            pin,
            pin_failures: 0,
            locked_until: None,
            added_at: (self.env.now)(),
        };
        let ev = Event::new(EventKind::RosterChange, self.actor.clone())
            .subject(name)
            .detail(audit::Detail::RosterAdded { role }.to_string());
        self.commit(ev, |b| {
            b.roster.push(person);
            Ok(())
        })
    }

    pub(super) fn hash_pin(&self, pin: &Passphrase) -> Result<PinHash> {
        let mut salt = [0u8; 16];
        rand::rng().fill_bytes(&mut salt);
        // PINs are hashed with the vault's own parameters, so a weak test
        // vault stays fast and a real one gets the full cost.
        let kdf = self.vault.header().kdf;
        kdf.check(&self.env.limits, self.vault.header().weak_kdf())?;
        let hash = kdf.derive_pin(pin, &salt);
        Ok(PinHash {
            salt,
            kdf,
            hash: SecretBytes::new(hash.to_vec()),
        })
    }

    /// Removes a person (never the PO).
    ///
    /// # Errors
    /// [`OpsError`].
    pub fn roster_remove(&mut self, name: &str) -> Result<()> {
        self.require_po(PoAction::ChangeRoster)?;
        let p = self
            .vault
            .body
            .roster
            .iter()
            .find(|p| p.name == name)
            .ok_or_else(|| OpsError::NoSuchPerson(name.into()))?;
        if p.role == Role::Po {
            return Err(OpsError::Policy(Refusal::RemovePo));
        }
        self.commit(
            Event::new(EventKind::RosterChange, self.actor.clone())
                .subject(name)
                .detail(audit::Detail::Removed.to_string()),
            |b| {
                b.roster.retain(|p| p.name != name);
                Ok(())
            },
        )
    }

    /// Changes the PO passphrase (same KDF parameters, new salt).
    ///
    /// # Errors
    /// [`OpsError`].
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<()> {
        self.require_po(PoAction::ChangePassphrase)?;
        if new.is_empty() {
            return Err(OpsError::Invalid(Invalid::EmptyPassphrase));
        }
        let kdf = self.vault.header().kdf;
        // A new master key, so an old copy of the file opened with the old
        // passphrase does not give the key of the current file.
        let undo = self
            .vault
            .rekey(new, kdf, &self.env.limits, &mut rand::rng())?;
        let r = self.commit(
            Event::new(EventKind::PassphraseChange, self.actor.clone())
                .detail(audit::Detail::NewMasterKey.to_string()),
            |_| Ok(()),
        );
        if r.is_err() {
            self.vault.undo_rekey(undo);
        }
        r
    }

    /// The PO's settings.
    pub fn settings(&self) -> &crate::format::body::Settings {
        &self.vault.body.settings
    }

    /// Changes settings; each `Some` replaces a value. Bounds: emergency
    /// session 1 to 1440 minutes, idle lock 1 to 120 minutes, drill interval
    /// 7 to 1096 days, language "nl", "en" or "" (from the environment).
    ///
    /// # Errors
    /// Only the PO; a value out of bounds.
    pub fn update_settings(
        &mut self,
        emergency_minutes: Option<u32>,
        idle_lock_minutes: Option<u32>,
        drill_interval_days: Option<u32>,
        language: Option<&str>,
    ) -> Result<()> {
        self.require_po(PoAction::ChangeSettings)?;
        let check = |setting: Setting, v: Option<u32>, lo: u32, hi: u32| -> Result<()> {
            match v {
                Some(got) if !(lo..=hi).contains(&got) => {
                    Err(OpsError::Invalid(Invalid::OutOfRange {
                        setting,
                        lo,
                        hi,
                        got,
                    }))
                }
                _ => Ok(()),
            }
        };
        check(Setting::EmergencyMinutes, emergency_minutes, 1, 1440)?;
        check(Setting::IdleLockMinutes, idle_lock_minutes, 1, 120)?;
        check(Setting::DrillIntervalDays, drill_interval_days, 7, 1096)?;
        if let Some(l) = language
            && !matches!(l, "nl" | "en" | "")
        {
            return Err(OpsError::Invalid(Invalid::Language(l.to_string())));
        }
        let old = self.vault.body.settings.clone();
        let mut new = old.clone();
        if let Some(v) = emergency_minutes {
            new.emergency_minutes = v;
        }
        if let Some(v) = idle_lock_minutes {
            new.idle_lock_minutes = v;
        }
        if let Some(v) = drill_interval_days {
            new.drill_interval_days = v;
        }
        if let Some(l) = language {
            new.language = l.to_string();
        }
        let detail = audit::Detail::Settings {
            emergency_minutes: new.emergency_minutes,
            idle_lock_minutes: new.idle_lock_minutes,
            drill_interval_days: new.drill_interval_days,
            language: new.language.clone(),
        }
        .to_string();
        self.commit(
            Event::new(EventKind::SettingsChange, self.actor.clone()).detail(detail),
            |b| {
                b.settings = new;
                Ok(())
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;

    #[test]
    fn roster_changes_are_checked_before_anything_is_recorded() {
        let f = fixture::vault();
        let mut s = f.open();
        let records = s.audit_records().len();
        let e = s
            .roster_add("Carla", Role::Approver, None)
            .expect_err("approver without PIN");
        assert_eq!(e.class(), ExitClass::Usage, "{e:?}");
        let e = s
            .roster_add("Bert", Role::Holder, None)
            .expect_err("already there");
        assert!(
            matches!(e, OpsError::PersonExists(ref n) if n == "Bert"),
            "{e:?}"
        );
        let e = s
            .roster_add("bert", Role::Holder, None)
            .expect_err("look-alike");
        assert!(matches!(e, OpsError::LookAlike { .. }), "{e:?}");
        let e = s.roster_add("Eve", Role::Po, None).expect_err("second PO");
        assert_eq!(e.class(), ExitClass::Policy, "{e:?}");
        let e = s.roster_remove("Anna").expect_err("the PO stays");
        assert_eq!(e.class(), ExitClass::Policy, "{e:?}");
        assert!(matches!(
            s.roster_remove("Kees"),
            Err(OpsError::NoSuchPerson(_))
        ));
        assert_eq!(s.audit_records().len(), records, "nothing recorded");
    }

    #[test]
    fn adding_and_removing_a_person_is_recorded() {
        let f = fixture::vault();
        let mut s = f.open();
        s.roster_add("Carla", Role::Holder, None).expect("holder");
        let p = s
            .roster()
            .into_iter()
            .find(|p| p.name == "Carla")
            .expect("listed");
        assert_eq!((p.role, p.has_pin), (Role::Holder, false));
        s.roster_remove("Carla").expect("removed");
        assert!(!s.roster().iter().any(|p| p.name == "Carla"));
        let changes: Vec<&str> = s
            .audit_records()
            .iter()
            .filter(|r| r.event.kind == EventKind::RosterChange)
            .filter(|r| r.event.subject.as_deref() == Some("Carla"))
            .map(|r| r.event.detail.as_str())
            .collect();
        assert_eq!(changes, ["added as holder", "removed"]);
    }

    #[test]
    fn an_emergency_session_cannot_change_the_roster() {
        let f = fixture::vault();
        let mut s = open_with_shares(
            f.env,
            &f.path,
            f.shares[..2].to_vec(),
            "Dirk",
            OpenOptions::default(),
        )
        .expect("recovery");
        let e = s
            .roster_add("Mallory", Role::Delegate, None)
            .expect_err("PO only");
        assert_eq!(e.class(), ExitClass::Policy, "{e:?}");
    }
}
