//! Making a vault: holders, threshold, the first share set and roster.

use super::*;

/// A share holder as given on the command line: `LABEL[@PLACE]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolderSpec {
    /// Who holds it.
    pub label: String,
    /// Where it is kept.
    pub place: String,
    /// The holder's age recipient, when the share goes out as an encrypted
    /// file (`--recipient` after the `--holder`); canonical after
    /// [`check_holders`].
    pub recipient: Option<String>,
}

/// Why a `--holder` text is no holder; each face words it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HolderSpecError {
    /// Nothing before the `@`.
    #[error("a holder needs a label, as LABEL or LABEL@PLACE")]
    NoLabel,
}

impl From<HolderSpecError> for String {
    fn from(e: HolderSpecError) -> String {
        e.to_string()
    }
}

impl std::str::FromStr for HolderSpec {
    type Err = HolderSpecError;
    fn from_str(s: &str) -> Result<Self, HolderSpecError> {
        let (label, place) = s.split_once('@').unwrap_or((s, ""));
        let label = label.trim();
        if label.is_empty() {
            return Err(HolderSpecError::NoLabel);
        }
        Ok(HolderSpec {
            label: label.to_string(),
            place: place.trim().to_string(),
            recipient: None,
        })
    }
}

/// How to choose KDF parameters at init.
#[derive(Debug, Clone, Copy)]
pub enum KdfChoice {
    /// Measure this machine and aim at about one second.
    Calibrate,
    /// Use these.
    Fixed(KdfParams),
}

/// Everything `init` needs.
pub struct InitRequest {
    /// The PO's name.
    pub po: String,
    /// Vault display name.
    pub name: String,
    /// The PO passphrase.
    pub passphrase: Passphrase,
    /// k.
    pub threshold: u8,
    /// The n holders.
    pub holders: Vec<HolderSpec>,
    /// KDF choice.
    pub kdf: KdfChoice,
    /// Accept parameters below the floor.
    pub allow_weak_kdf: bool,
    /// Accept k = 1 (one sheet alone opens the vault).
    pub allow_threshold_one: bool,
}

/// What init did.
#[derive(Debug, Clone)]
pub struct InitReport {
    /// Vault id, hex.
    pub vault_id: String,
    /// Parameters used.
    pub kdf: KdfParams,
    /// Set id, hex.
    pub set_id: String,
    /// Warnings to show.
    pub warnings: Vec<Notice>,
}

/// Checks k and n for a new set; returns warnings.
pub(super) fn check_threshold(k: u8, n: usize, allow_one: bool) -> Result<Vec<Notice>> {
    if n == 0 || n > MAX_SHARES as usize {
        return Err(OpsError::Invalid(Invalid::HolderCount {
            max: MAX_SHARES,
            got: n,
        }));
    }
    if k == 0 || k as usize > n {
        return Err(OpsError::Invalid(Invalid::Threshold { n, k }));
    }
    let mut warnings = Vec::new();
    if k == 1 {
        if !allow_one {
            return Err(OpsError::Policy(Refusal::ThresholdOne));
        }
        warnings.push(Notice::ThresholdOne);
    }
    if k as usize == n && n > 1 {
        warnings.push(Notice::AllSheetsNeeded { k, n });
    }
    Ok(warnings)
}

pub(super) fn new_set(
    recovery: &RecoveryKey,
    k: u8,
    holders: &[HolderSpec],
    now: i64,
    state: SetState,
) -> Result<ShareSetRecord> {
    let mut rng = rand::rng();
    let mut set_id = [0u8; 8];
    rng.fill_bytes(&mut set_id);
    let (parts, _info) = shares::split(recovery.expose(), set_id, k, holders.len() as u8, &mut rng)
        .map_err(|e| OpsError::Invalid(Invalid::Split(e.to_string())))?;
    Ok(ShareSetRecord {
        set_id,
        threshold: k,
        state,
        created_at: now,
        recovery_key: SecretBytes::new(recovery.expose().to_vec()),
        exposed: false,
        holders: parts
            .iter()
            .zip(holders)
            .map(|(s, h)| Holder {
                index: s.index(),
                label: h.label.clone(),
                place: h.place.clone(),
                share: SecretBytes::new(s.expose_value().to_vec()),
                printed_at: None,
                verified_at: None,
                drilled_at: None,
                recipient: h.recipient.clone(),
            })
            .collect(),
    })
}

/// Checks the holders of a new set where they enter (labels are names,
/// places free text) and returns them in the stored form. `init` and
/// `shares_rotate` call it; a face may call it first, to refuse before the
/// vault is opened.
///
/// # Errors
/// [`OpsError::Text`] naming the holder.
pub fn check_holders(holders: &[HolderSpec]) -> Result<Vec<HolderSpec>> {
    holders
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let label = text::check_name(&format!("the label of holder {}", i + 1), &h.label)?;
            text::check(
                &format!("the place of holder {}", i + 1),
                &h.place,
                text::LABEL_MAX,
            )?;
            let recipient = h
                .recipient
                .as_deref()
                .map(|r| {
                    shares::age::ShareRecipient::parse(r)
                        .map(|r| r.as_str().to_string())
                        .map_err(|e| {
                            OpsError::Invalid(Invalid::HolderRecipient {
                                holder: i + 1,
                                source: e,
                            })
                        })
                })
                .transpose()?;
            Ok(HolderSpec {
                label,
                place: h.place.clone(),
                recipient,
            })
        })
        .collect()
}

/// The roster person `name` names: the exact name, else the one name that
/// looks like it ([`text::same_name`]). A vault written by older code may
/// hold two look-alike names; then only the exact one is found.
pub(super) fn find_person<'b>(roster: &'b [Person], name: &str) -> Option<&'b Person> {
    roster.iter().find(|p| p.name == name).or_else(|| {
        let mut alike = roster.iter().filter(|p| text::same_name(&p.name, name));
        match (alike.next(), alike.next()) {
            (Some(p), None) => Some(p),
            _ => None,
        }
    })
}

/// Creates a new vault at `path`.
///
/// # Errors
/// [`OpsError`]: a vault already there, bad threshold, KDF refused, I/O.
pub fn init(env: &Env, path: &Path, mut req: InitRequest) -> Result<InitReport> {
    req.po = text::check_name("the PO name", &req.po)?;
    req.name = text::check_name("the vault name", &req.name)?;
    req.holders = check_holders(&req.holders)?;
    let mut warnings = check_threshold(req.threshold, req.holders.len(), req.allow_threshold_one)?;
    warnings.extend(recipient_warnings(&req.holders));
    if req.passphrase.is_empty() {
        return Err(OpsError::Invalid(Invalid::EmptyPassphrase));
    }
    if let Some(dir) = path.parent() {
        store::ensure_dir(dir)?;
    }
    let _lock = VaultLock::acquire(path)?;
    if std::fs::symlink_metadata(path).is_ok() {
        return Err(StoreError::Exists(path.to_path_buf()).into());
    }
    let kdf = match req.kdf {
        KdfChoice::Fixed(p) => p,
        KdfChoice::Calibrate => kdf::calibrate(std::time::Duration::from_secs(1), &env.limits),
    };
    kdf.check(&env.limits, req.allow_weak_kdf)?;
    if kdf.is_weak() {
        warnings.push(Notice::WeakKdfMade(kdf.to_string()));
    }
    let now = (env.now)();
    let mut rng = rand::rng();
    let recovery = RecoveryKey::random(&mut rng);
    let set = new_set(
        &recovery,
        req.threshold,
        &req.holders,
        now,
        SetState::Active,
    )?;
    let set_id = vault::set_hex(&set.set_id);
    let body = Body {
        name: req.name,
        created_at: now,
        settings: Settings::default(),
        secrets: Vec::new(),
        roster: vec![Person {
            name: req.po.clone(),
            role: Role::Po,
            pin: None,
            pin_failures: 0,
            locked_until: None,
            added_at: now,
        }],
        sets: vec![set],
        audit: Vec::new(),
        acknowledged_seq: 0,
        remotes: Vec::new(),
        syslog: Default::default(),
    };
    let mut vault = Vault::create(
        NewVault {
            name: body.name.clone(),
            passphrase: req.passphrase,
            kdf,
            allow_weak_kdf: req.allow_weak_kdf,
            body,
        },
        &env.limits,
        &mut rng,
    )?;
    let actor = Actor {
        person: req.po,
        auth: AuthMethod::Passphrase,
    };
    let detail = audit::Detail::Created {
        threshold: req.threshold,
        count: req.holders.len(),
        set: set_id.to_string(),
        kdf: kdf.to_string(),
    }
    .to_string();
    let vault_id = vault.id();
    audit::append(
        &mut vault.body.audit,
        vault_id,
        now,
        &env.origin,
        Event::new(EventKind::Init, actor).detail(detail),
    );
    let (bytes, header) = vault.seal(&mut rng);
    store::create_new_atomic(path, &bytes, env.io.as_ref())?;
    vault.commit_saved(header);
    Ok(InitReport {
        vault_id: data_encoding::HEXLOWER.encode(&vault.id()),
        kdf,
        set_id,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;

    #[test]
    fn thresholds_are_checked_with_their_warnings() {
        assert!(check_threshold(2, 3, false).expect("2 of 3").is_empty());
        assert_eq!(
            check_threshold(1, 3, false).expect_err("k = 1").class(),
            ExitClass::Policy
        );
        assert_eq!(check_threshold(1, 3, true).expect("allowed").len(), 1);
        assert_eq!(check_threshold(3, 3, false).expect("n of n").len(), 1);
        for (k, n) in [(0, 3), (4, 3), (2, 0), (2, MAX_SHARES as usize + 1)] {
            let e = check_threshold(k, n, true).expect_err("out of range");
            assert_eq!(e.class(), ExitClass::Usage, "{k} of {n}: {e:?}");
        }
    }

    #[test]
    fn a_person_is_found_by_name_or_by_one_look_alike() {
        let f = fixture::vault();
        let s = f.open();
        let roster = &s.vault.body.roster;
        assert_eq!(
            find_person(roster, "Bert").map(|p| p.role),
            Some(Role::Approver)
        );
        // Case folded, a Greek Rho for the P: the one look-alike.
        assert_eq!(
            find_person(roster, "bert").map(|p| p.name.as_str()),
            Some("Bert")
        );
        assert!(find_person(roster, "Kees").is_none());
    }

    #[test]
    fn init_never_overwrites_a_vault() {
        let f = fixture::vault();
        let before = std::fs::read(&f.path).expect("read");
        let e = init(
            f.env,
            &f.path,
            InitRequest {
                po: "Eve".into(),
                name: "other".into(),
                passphrase: Passphrase::new("another passphrase here".into()),
                threshold: 2,
                holders: vec!["A".parse().expect("h"), "B".parse().expect("h")],
                kdf: KdfChoice::Fixed(KdfParams {
                    m_kib: 1024,
                    t: 1,
                    p: 1,
                }),
                allow_weak_kdf: true,
                allow_threshold_one: false,
            },
        )
        .expect_err("a vault is there");
        assert!(matches!(e, OpsError::Store(_)), "{e:?}");
        assert_eq!(std::fs::read(&f.path).expect("read"), before);
    }
}
