//! Secrets: listing, adding, updating, removing, importing, the kit.

use super::*;

/// Metadata of a secret; never its value.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SecretSummary {
    /// Name.
    pub name: String,
    /// Kind (CLI name).
    #[serde(serialize_with = "names::kind")]
    pub kind: SecretKind,
    /// Released in emergencies.
    pub emergency: bool,
    /// Newest version number.
    pub latest_version: u32,
    /// All versions.
    pub versions: Vec<VersionSummary>,
}

/// Metadata of one version.
#[derive(Debug, Clone, serde::Serialize)]
pub struct VersionSummary {
    /// Number.
    pub number: u32,
    /// When made (RFC 3339).
    pub created_at: String,
    /// By whom.
    pub created_by: String,
    /// file, generated-key256, generated-passphrase.
    pub origin: &'static str,
    /// Value size in bytes (not secret: the kind of key reveals it anyway).
    pub length: usize,
    /// For credentials: the account name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// For credentials: the URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// For a backup key that is a key pair: its public half, derived from
    /// the value when shown (never the private part).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_pair: Option<crate::keys::KeyPair>,
}

pub(super) fn summarize(e: &SecretEntry) -> SecretSummary {
    SecretSummary {
        name: e.name.clone(),
        kind: e.kind,
        emergency: e.emergency,
        latest_version: e.versions.last().map_or(0, |v| v.number),
        versions: e
            .versions
            .iter()
            .map(|v| {
                let (length, username, url) = match &v.value {
                    SecretValue::Opaque(b) => (b.len(), None, None),
                    SecretValue::Credential {
                        username,
                        password,
                        url,
                        ..
                    } => (password.len(), Some(username.clone()), Some(url.clone())),
                    SecretValue::Totp { seed, .. } => (seed.len(), None, None),
                };
                VersionSummary {
                    number: v.number,
                    created_at: rfc3339(v.created_at),
                    created_by: v.created_by.clone(),
                    origin: match v.origin {
                        ValueOrigin::File => "file",
                        ValueOrigin::GeneratedKey256 => "generated-key256",
                        ValueOrigin::GeneratedPassphrase => "generated-passphrase",
                        ValueOrigin::GeneratedAge => "generated-age",
                    },
                    length,
                    username,
                    url,
                    key_pair: match (&v.value, e.kind) {
                        (SecretValue::Opaque(b), SecretKind::BackupKey) => {
                            crate::keys::describe(b.expose())
                        }
                        _ => None,
                    },
                }
            })
            .collect(),
    }
}

/// What an import did (or, with `dry_run`, would do).
#[derive(Debug, Clone, serde::Serialize)]
pub struct ImportReport {
    /// The secrets imported, in source order.
    pub imported: Vec<ImportRow>,
    /// What the source held that kluis left out.
    pub skipped: Vec<crate::import::Skipped>,
    /// Nothing was saved.
    pub dry_run: bool,
}

/// One imported secret.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ImportRow {
    /// Name.
    pub name: String,
    /// Kind (CLI name).
    #[serde(serialize_with = "names::kind")]
    pub kind: SecretKind,
    /// The version it got (1 when new).
    pub version: u32,
}

/// What a recovery kit's emergency text says about the vault.
#[derive(Debug, Clone)]
pub struct KitFacts {
    /// Display name.
    pub vault_name: String,
    /// Vault id, hex.
    pub vault_id: String,
    /// The PO who wrote the kit.
    pub po: String,
    /// Roster delegates.
    pub delegates: Vec<String>,
    /// Roster approvers.
    pub approvers: Vec<String>,
    /// k of the active share set (0 without one).
    pub threshold: u8,
    /// The active set's sheets: index, holder, place.
    pub holders: Vec<(u8, String, String)>,
    /// Secrets released in emergency sessions.
    pub emergency_secrets: Vec<String>,
    /// When (RFC 3339).
    pub written_at: String,
}

/// The last recovery kit, derived from the audit chain.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct KitStatus {
    /// When it was written (RFC 3339).
    pub written_at: String,
    /// Where.
    pub out: String,
    /// Secrets, roster, share sets, passphrase or settings changed since:
    /// the kit's copy of the vault lacks that change.
    pub changed_since: bool,
}

/// The last `KitWritten` record of `chain`, and whether a record after it
/// changed what the kit's copy holds. Unlocks, unseals, drills and exports
/// only add audit records, which the kit does not need to recover.
pub fn kit_status(chain: &[audit::AuditRecord]) -> Option<KitStatus> {
    let at = chain
        .iter()
        .rposition(|r| r.event.kind == EventKind::KitWritten)?;
    let kit = &chain[at];
    let changed_since = chain[at + 1..].iter().any(|r| {
        matches!(
            r.event.kind,
            EventKind::SecretAdd
                | EventKind::SecretEdit
                | EventKind::SecretDelete
                | EventKind::RosterChange
                | EventKind::Rotation
                | EventKind::PassphraseChange
                | EventKind::Takeover
                | EventKind::SettingsChange
        )
    });
    Some(KitStatus {
        written_at: rfc3339(kit.time),
        out: kit.event.subject.clone().unwrap_or_default(),
        changed_since,
    })
}

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generate {
    /// 32 random bytes.
    Key256,
    /// Six words from the EFF large list (6 x 12.9 = 77.5 bits).
    Passphrase,
    /// An age X25519 identity (backup keys only): the backup servers
    /// encrypt to its recipient, only the vault can decrypt.
    Age,
}

/// Where a new value comes from.
pub enum NewValue {
    /// The bytes of a `--value-file`. `raw` keeps a trailing newline.
    File {
        /// Contents.
        bytes: Zeroizing<Vec<u8>>,
        /// Keep the bytes exactly.
        raw: bool,
    },
    /// Generated by kluis.
    Generate(Generate),
}

/// Words in a generated passphrase: 6 x log2(7776) = 77.5 bits.
pub const PASSPHRASE_WORDS: usize = 6;

/// A random passphrase of [`PASSPHRASE_WORDS`] words from the EFF large
/// wordlist shipped in the binary, joined by dashes.
pub fn generate_passphrase(rng: &mut impl rand::CryptoRng) -> Zeroizing<String> {
    let list = eff_wordlist::large::LIST;
    let mut out = Zeroizing::new(String::new());
    for i in 0..PASSPHRASE_WORDS {
        if i > 0 {
            out.push('-');
        }
        out.push_str(list[rng.random_range(0..list.len())].1);
    }
    out
}

/// Strips one trailing newline from text (editors add one); binary content
/// and `raw` content are kept exactly.
pub(super) fn trim_value(mut bytes: Zeroizing<Vec<u8>>, raw: bool) -> Zeroizing<Vec<u8>> {
    if !raw && std::str::from_utf8(&bytes).is_ok() {
        let len = bytes.len();
        if bytes.ends_with(b"\r\n") {
            bytes.truncate(len - 2);
        } else if bytes.ends_with(b"\n") {
            bytes.truncate(len - 1);
        }
    }
    bytes
}

/// The checks of a new value that need no vault: `--generate age` only for
/// backup keys, and a backup-key file that claims a key form must be one
/// (src/keys.rs). The CLI runs them before it opens the vault, so a refused
/// value leaves the file untouched; adding and updating run them again.
///
/// # Errors
/// [`OpsError::Invalid`] with the exact reason.
pub fn check_new_value(kind: SecretKind, value: &NewValue) -> Result<()> {
    match value {
        NewValue::Generate(Generate::Age) if kind != SecretKind::BackupKey => {
            Err(OpsError::Invalid(Invalid::AgeNeedsBackupKey(kind)))
        }
        NewValue::File { bytes, .. } if kind == SecretKind::BackupKey => {
            crate::keys::recognise(bytes)
                .map(drop)
                .map_err(|e| OpsError::Invalid(Invalid::KeyFile(e)))
        }
        _ => Ok(()),
    }
}

pub(super) fn make_value(kind: SecretKind, value: NewValue) -> Result<(SecretValue, ValueOrigin)> {
    let mut rng = rand::rng();
    match value {
        // A private key file is kept byte for byte (no newline trimmed), so
        // a restore gets exactly the file the key's tool wrote. A file that
        // claims a key form but does not parse is refused here, not at the
        // restore (src/keys.rs).
        NewValue::File { bytes, .. }
            if kind == SecretKind::BackupKey
                && crate::keys::recognise(&bytes)
                    .map_err(|e| OpsError::Invalid(Invalid::KeyFile(e)))?
                    .is_some() =>
        {
            Ok((
                SecretValue::Opaque(SecretBytes::new(bytes.to_vec())),
                ValueOrigin::File,
            ))
        }
        NewValue::Generate(g) => {
            let (bytes, origin) = match g {
                Generate::Key256 => {
                    let mut k = vec![0u8; 32];
                    rng.fill_bytes(&mut k);
                    (SecretBytes::new(k), ValueOrigin::GeneratedKey256)
                }
                Generate::Passphrase => (
                    SecretBytes::new(generate_passphrase(&mut rng).as_bytes().to_vec()),
                    ValueOrigin::GeneratedPassphrase,
                ),
                Generate::Age => {
                    check_new_value(kind, &NewValue::Generate(g))?;
                    let id = crate::keys::generate_age();
                    return Ok((
                        SecretValue::Opaque(SecretBytes::new(id.to_vec())),
                        ValueOrigin::GeneratedAge,
                    ));
                }
            };
            let v = match kind {
                SecretKind::BackupKey | SecretKind::Note => SecretValue::Opaque(bytes),
                SecretKind::Credential => SecretValue::Credential {
                    username: String::new(),
                    password: bytes,
                    url: String::new(),
                    notes: SecretBytes::new(Vec::new()),
                },
                SecretKind::Totp => {
                    let mut seed = vec![0u8; 20];
                    rng.fill_bytes(&mut seed);
                    SecretValue::Totp {
                        seed: SecretBytes::new(seed),
                        digits: 6,
                        period: 30,
                    }
                }
            };
            Ok((v, origin))
        }
        NewValue::File { bytes, raw } => {
            let bytes = trim_value(bytes, raw);
            if bytes.is_empty() {
                return Err(OpsError::Invalid(Invalid::EmptyValueFile));
            }
            let v = match kind {
                SecretKind::BackupKey | SecretKind::Note => {
                    SecretValue::Opaque(SecretBytes::new(bytes.to_vec()))
                }
                SecretKind::Credential => parse_credential(&bytes)?,
                SecretKind::Totp => crate::totp::parse_seed(&bytes)
                    .map_err(|e| OpsError::Invalid(Invalid::TotpSeed(e)))?,
            };
            Ok((v, ValueOrigin::File))
        }
    }
}

/// A credential file: `key: value` lines with keys `username`, `password`
/// (required), `url`, `notes`.
pub(super) fn parse_credential(bytes: &[u8]) -> Result<SecretValue> {
    let text =
        std::str::from_utf8(bytes).map_err(|_| OpsError::Invalid(Invalid::CredentialNotUtf8))?;
    let (mut username, mut password, mut url, mut notes) =
        (String::new(), None, String::new(), String::new());
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let Some((k, v)) = line.split_once(':') else {
            return Err(OpsError::Invalid(Invalid::CredentialLine(n + 1)));
        };
        let v = v.strip_prefix(' ').unwrap_or(v);
        match k.trim() {
            "username" => username = v.to_string(),
            "password" => password = Some(SecretBytes::new(v.as_bytes().to_vec())),
            "url" => url = v.to_string(),
            "notes" => {
                if !notes.is_empty() {
                    notes.push('\n');
                }
                notes.push_str(v);
            }
            other => {
                return Err(OpsError::Invalid(Invalid::CredentialKey {
                    line: n + 1,
                    key: other.to_string(),
                }));
            }
        }
    }
    let password = password.ok_or(OpsError::Invalid(Invalid::CredentialNoPassword))?;
    // Username and URL are shown by `secret show`: check them like names.
    text::check(
        "the username in the credential file",
        &username,
        text::FIELD_MAX,
    )?;
    text::check("the url in the credential file", &url, text::FIELD_MAX)?;
    Ok(SecretValue::Credential {
        username,
        password,
        url,
        notes: SecretBytes::new(notes.into_bytes()),
    })
}

impl<'e> Session<'e> {
    /// All secrets' metadata.
    pub fn list_secrets(&self) -> Vec<SecretSummary> {
        self.vault.body.secrets.iter().map(summarize).collect()
    }

    /// One secret's metadata.
    ///
    /// # Errors
    /// [`OpsError::NoSuchSecret`].
    pub fn show_secret(&self, name: &str) -> Result<SecretSummary> {
        self.vault
            .body
            .secrets
            .iter()
            .find(|s| s.name == name)
            .map(summarize)
            .ok_or_else(|| OpsError::NoSuchSecret(name.into()))
    }

    /// Adds a secret. `emergency` defaults to on for backup keys and
    /// credentials.
    ///
    /// # Errors
    /// [`OpsError`].
    pub fn add_secret(
        &mut self,
        name: &str,
        kind: SecretKind,
        value: NewValue,
        emergency: Option<bool>,
    ) -> Result<SecretSummary> {
        self.require_po(PoAction::AddSecret)?;
        let name = &text::check_name("a secret name", name)?;
        if self.vault.body.secrets.iter().any(|s| &s.name == name) {
            return Err(OpsError::SecretExists(name.clone()));
        }
        refuse_look_alike(
            NameOf::Secret,
            name,
            self.vault.body.secrets.iter().map(|s| s.name.as_str()),
        )?;
        let (value, origin) = make_value(kind, value)?;
        let emergency = emergency.unwrap_or(matches!(
            kind,
            SecretKind::BackupKey | SecretKind::Credential
        ));
        let now = (self.env.now)();
        let entry = SecretEntry {
            name: name.into(),
            kind,
            emergency,
            versions: vec![SecretVersion {
                number: 1,
                created_at: now,
                created_by: self.actor.person.clone(),
                origin,
                value,
            }],
        };
        let mut ev = Event::new(EventKind::SecretAdd, self.actor.clone())
            .subject(name)
            .detail(audit::Detail::SecretAdded { kind, emergency }.to_string());
        ev.version = Some(1);
        self.commit(ev, |b| {
            b.secrets.push(entry);
            Ok(())
        })?;
        self.show_secret(name)
    }

    /// Adds a new version; earlier versions stay (policy article 4.5).
    ///
    /// # Errors
    /// [`OpsError`].
    pub fn update_secret(&mut self, name: &str, value: NewValue) -> Result<SecretSummary> {
        self.require_po(PoAction::UpdateSecret)?;
        let entry = self
            .vault
            .body
            .secrets
            .iter()
            .find(|s| s.name == name)
            .ok_or_else(|| OpsError::NoSuchSecret(name.into()))?;
        let (value, origin) = make_value(entry.kind, value)?;
        let number = entry.versions.last().map_or(1, |v| v.number + 1);
        let version = SecretVersion {
            number,
            created_at: (self.env.now)(),
            created_by: self.actor.person.clone(),
            origin,
            value,
        };
        let mut ev = Event::new(EventKind::SecretEdit, self.actor.clone())
            .subject(name)
            .detail(audit::Detail::NewVersion.to_string());
        ev.version = Some(number);
        self.commit(ev, |b| {
            let e = b
                .secrets
                .iter_mut()
                .find(|s| s.name == name)
                .expect("checked above");
            e.versions.push(version);
            Ok(())
        })?;
        self.show_secret(name)
    }

    /// Removes a secret with all its versions.
    ///
    /// # Errors
    /// [`OpsError`].
    pub fn remove_secret(&mut self, name: &str) -> Result<()> {
        self.require_po(PoAction::RemoveSecret)?;
        if !self.vault.body.secrets.iter().any(|s| s.name == name) {
            return Err(OpsError::NoSuchSecret(name.into()));
        }
        self.commit(
            Event::new(EventKind::SecretDelete, self.actor.clone()).subject(name),
            |b| {
                b.secrets.retain(|s| s.name != name);
                Ok(())
            },
        )
    }

    /// Imports a set read from another password manager (see
    /// [`crate::import`]): every secret is added (or, with
    /// `as_new_version`, gets a new version) with one audit record each, in
    /// one atomic save — all or nothing. A name already in the vault is
    /// refused unless `as_new_version`, and then only for the same kind.
    /// With `dry_run` nothing is saved; the report says what would happen.
    ///
    /// # Errors
    /// [`OpsError::SecretExists`], [`OpsError::Invalid`] (an empty set, a
    /// kind mismatch), storage errors.
    pub fn import_secrets(
        &mut self,
        set: crate::import::ImportSet,
        source: &str,
        as_new_version: bool,
        dry_run: bool,
    ) -> Result<ImportReport> {
        self.require_po(PoAction::Import)?;
        if set.secrets.is_empty() {
            return Err(OpsError::Invalid(Invalid::ImportEmpty {
                from: source.to_string(),
                skipped: set.skipped.len(),
            }));
        }
        let now = (self.env.now)();
        let mut events = Vec::new();
        let mut added = Vec::new();
        let mut versions = Vec::new();
        let mut rows = Vec::new();
        for mut s in set.secrets {
            // Names come from a file: checked and compared like typed ones.
            s.name = text::check_name("a secret name", &s.name)?;
            refuse_look_alike(
                NameOf::Secret,
                &s.name,
                self.vault.body.secrets.iter().map(|e| e.name.as_str()),
            )?;
            let existing = self.vault.body.secrets.iter().find(|e| e.name == s.name);
            let number = match existing {
                None => 1,
                Some(_) if !as_new_version => {
                    return Err(OpsError::Invalid(Invalid::ImportExists(s.name.clone())));
                }
                Some(e) if e.kind != s.kind => {
                    return Err(OpsError::Invalid(Invalid::ImportKind {
                        name: s.name.clone(),
                        ours: e.kind,
                        theirs: s.kind,
                    }));
                }
                Some(e) => e.versions.last().map_or(1, |v| v.number + 1),
            };
            let version = SecretVersion {
                number,
                created_at: now,
                created_by: self.actor.person.clone(),
                origin: ValueOrigin::File,
                value: s.value,
            };
            let mut ev = if number == 1 {
                Event::new(EventKind::SecretAdd, self.actor.clone()).detail(
                    audit::Detail::SecretImported {
                        kind: s.kind,
                        source: source.to_string(),
                    }
                    .to_string(),
                )
            } else {
                Event::new(EventKind::SecretEdit, self.actor.clone()).detail(
                    audit::Detail::NewVersionImported {
                        source: source.to_string(),
                    }
                    .to_string(),
                )
            }
            .subject(s.name.clone());
            ev.version = Some(number);
            events.push((0, ev));
            rows.push(ImportRow {
                name: s.name.clone(),
                kind: s.kind,
                version: number,
            });
            if number == 1 {
                let emergency = matches!(s.kind, SecretKind::BackupKey | SecretKind::Credential);
                added.push(SecretEntry {
                    name: s.name,
                    kind: s.kind,
                    emergency,
                    versions: vec![version],
                });
            } else {
                versions.push((s.name, version));
            }
        }
        let report = ImportReport {
            imported: rows,
            skipped: set.skipped,
            dry_run,
        };
        if dry_run {
            return Ok(report);
        }
        self.commit_many(events, |b| {
            b.secrets.extend(added);
            for (name, v) in versions {
                b.secrets
                    .iter_mut()
                    .find(|e| e.name == name)
                    .expect("checked above")
                    .versions
                    .push(v);
            }
            Ok(())
        })?;
        Ok(report)
    }

    /// Records that a recovery kit is being written to `out`, and returns
    /// what its emergency text needs. Recorded *before* the files are
    /// written, like a sheet print.
    ///
    /// # Errors
    /// Not the PO; storage errors.
    pub fn record_kit(&mut self, out: &Path) -> Result<KitFacts> {
        self.require_po(PoAction::WriteKit)?;
        self.commit(
            Event::new(EventKind::KitWritten, self.actor.clone())
                .subject(out.display().to_string())
                .detail(audit::Detail::KitWritten.to_string()),
            |_| Ok(()),
        )?;
        let b = &self.vault.body;
        let named = |role: Role| -> Vec<String> {
            b.roster
                .iter()
                .filter(|p| p.role == role)
                .map(|p| p.name.clone())
                .collect()
        };
        let active = b.sets.iter().find(|s| s.state == SetState::Active);
        Ok(KitFacts {
            vault_name: b.name.clone(),
            vault_id: self.vault_id(),
            po: self.actor.person.clone(),
            delegates: named(Role::Delegate),
            approvers: named(Role::Approver),
            threshold: active.map_or(0, |s| s.threshold),
            holders: active.map_or_else(Vec::new, |s| {
                s.holders
                    .iter()
                    .map(|h| (h.index, h.label.clone(), h.place.clone()))
                    .collect()
            }),
            emergency_secrets: b
                .secrets
                .iter()
                .filter(|s| s.emergency)
                .map(|s| s.name.clone())
                .collect(),
            written_at: rfc3339((self.env.now)()),
        })
    }

    /// When the last recovery kit was written, and whether the vault changed
    /// since in a way the kit's copy lacks (see [`kit_status`]).
    pub fn kit_status(&self) -> Option<KitStatus> {
        kit_status(&self.vault.body.audit)
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;

    fn file(text: &str) -> NewValue {
        NewValue::File {
            bytes: text.as_bytes().to_vec().into(),
            raw: false,
        }
    }

    #[test]
    fn one_trailing_newline_is_trimmed_from_text_unless_raw() {
        let t = |b: &[u8], raw| trim_value(Zeroizing::new(b.to_vec()), raw).to_vec();
        assert_eq!(t(b"key\n", false), b"key");
        assert_eq!(t(b"key\r\n", false), b"key");
        assert_eq!(t(b"key\n\n", false), b"key\n");
        assert_eq!(t(b"key\n", true), b"key\n");
        // Binary values are kept byte for byte.
        assert_eq!(t(b"\xff\n", false), b"\xff\n");
    }

    #[test]
    fn credential_files_are_key_value_lines() {
        let v = parse_credential(b"username: admin\npassword: pw 1\n\nurl: https://x\n")
            .expect("credential");
        let SecretValue::Credential {
            username,
            password,
            url,
            ..
        } = v
        else {
            panic!("not a credential");
        };
        assert_eq!((username.as_str(), url.as_str()), ("admin", "https://x"));
        assert_eq!(password.expose(), b"pw 1");
        let e = parse_credential(b"username admin\n").expect_err("no colon");
        assert_eq!(e.class(), ExitClass::Usage, "{e:?}");
        let e = parse_credential(b"\xff").expect_err("not UTF-8");
        assert_eq!(e.class(), ExitClass::Usage, "{e:?}");
    }

    #[test]
    fn generated_passphrases_have_six_words() {
        let p = generate_passphrase(&mut rand::rng());
        assert_eq!(p.split('-').count(), PASSPHRASE_WORDS);
    }

    #[test]
    fn secrets_are_added_versioned_and_removed() {
        let f = fixture::vault();
        let mut s = f.open();
        let e = s
            .add_secret("k", SecretKind::Note, file("x"), None)
            .expect_err("exists");
        assert!(
            matches!(e, OpsError::SecretExists(ref n) if n == "k"),
            "{e:?}"
        );
        let n = s
            .add_secret("wifi", SecretKind::Note, file("pw\n"), None)
            .expect("note");
        assert_eq!(
            (n.kind, n.latest_version, n.emergency),
            (SecretKind::Note, 1, false)
        );
        let n = s.update_secret("wifi", file("pw2")).expect("version 2");
        assert_eq!(n.latest_version, 2);
        assert_eq!(s.show_secret("wifi").expect("shown").versions.len(), 2);
        s.remove_secret("wifi").expect("removed");
        assert!(matches!(
            s.show_secret("wifi"),
            Err(OpsError::NoSuchSecret(_))
        ));
        let kinds: Vec<EventKind> = s
            .audit_records()
            .iter()
            .filter(|r| r.event.subject.as_deref() == Some("wifi"))
            .map(|r| r.event.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                EventKind::SecretAdd,
                EventKind::SecretEdit,
                EventKind::SecretDelete
            ]
        );
    }
}
