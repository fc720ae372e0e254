//! Holders' age recipients (issue 14): setting and clearing them, and
//! printing a set with the shares of holders who have one encrypted to
//! them (`kluis shares print --encrypted`). The age work itself is in
//! [`crate::shares::age`].

use super::*;
use crate::shares::age::{self as age_share, ShareRecipient};

/// One share encrypted to its holder's recipient, ready to be written as
/// `share-SETID-I-of-N.age`. The bytes are ciphertext: only the holder's
/// identity opens them.
pub struct EncryptedShare {
    /// The share (its index, set and count name the file).
    pub share: Share,
    /// Who holds it.
    pub holder: String,
    /// The recipient's kind (`age`, `ssh-ed25519`, `plugin:yubikey`).
    pub kind: String,
    /// The recipient's short fingerprint.
    pub fingerprint: String,
    /// The age file (binary, or armored when asked).
    pub bytes: Vec<u8>,
}

/// What `shares print --encrypted` writes: sheets for holders without a
/// recipient, age files for those with one.
pub struct EncryptedPrint {
    /// Printed as sheets, as without `--encrypted`.
    pub sheets: Vec<PrintableShare>,
    /// Encrypted to their holder.
    pub files: Vec<EncryptedShare>,
}

/// The recipient status of one holder, for `shares status` and the
/// custody report: public data only.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RecipientStatus {
    /// `age`, `ssh-ed25519`, `ssh-rsa` or `plugin:NAME`.
    pub kind: String,
    /// Short fingerprint of the canonical recipient.
    pub fingerprint: String,
    /// Another holder of the same set has the same recipient: one person
    /// would hold two shares.
    pub shared: bool,
}

/// The recipient status of a holder's stored recipient.
pub fn recipient_status(set: &ShareSetRecord, index: u8) -> Option<RecipientStatus> {
    let h = set.holders.iter().find(|h| h.index == index)?;
    let r = h.recipient.as_ref()?;
    let kind = ShareRecipient::parse(r).map_or_else(|_| "unknown".to_string(), |p| p.kind_word());
    Some(RecipientStatus {
        kind,
        fingerprint: age_share::fingerprint_of(r),
        shared: set
            .holders
            .iter()
            .any(|o| o.index != index && o.recipient.as_deref() == Some(r.as_str())),
    })
}

/// Warnings for a set's recipients: the same recipient for two holders
/// means one person can open two shares. Also used at init and rotate.
pub fn recipient_warnings(holders: &[HolderSpec]) -> Vec<Notice> {
    let mut out = Vec::new();
    for (i, h) in holders.iter().enumerate() {
        let Some(r) = &h.recipient else { continue };
        if let Some(j) = holders[..i]
            .iter()
            .position(|o| o.recipient.as_deref() == Some(r.as_str()))
        {
            out.push(Notice::SameRecipient {
                first: j + 1,
                first_label: holders[j].label.clone(),
                second: i + 1,
                second_label: h.label.clone(),
                fingerprint: age_share::fingerprint_of(r).to_string(),
            });
        }
        if let Ok(p) = ShareRecipient::parse(r)
            && let Some(bin) = p.plugin_binary()
            && !on_path(&bin)
        {
            out.push(Notice::PluginMissing {
                holder: i + 1,
                label: h.label.clone(),
                plugin: bin,
            });
        }
    }
    out
}

/// Whether an executable named `name` is on `PATH` (for a warning only;
/// age itself looks the plugin up again when it encrypts).
fn on_path(name: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|d| {
            use std::os::unix::fs::PermissionsExt;
            std::fs::metadata(d.join(name))
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
    })
}

fn spec_of(h: &Holder) -> HolderSpec {
    HolderSpec {
        label: h.label.clone(),
        place: h.place.clone(),
        recipient: h.recipient.clone(),
    }
}

impl Session<'_> {
    /// The set `pending` selects, or an error naming what is missing.
    fn recipient_set_of(&self, pending: bool) -> Result<&ShareSetRecord> {
        let state = if pending {
            SetState::Pending
        } else {
            SetState::Active
        };
        self.vault
            .body
            .sets
            .iter()
            .find(|s| s.state == state)
            .ok_or(OpsError::Invalid(if pending {
                Invalid::NoPendingSet
            } else {
                Invalid::NoActiveSet
            }))
    }

    /// Sets (`Some`) or clears (`None`) the age recipient of share `index`
    /// of the active (or pending) set, recorded as one
    /// [`EventKind::RecipientChange`]. Returns warnings: the same recipient
    /// for another holder of the set, a plugin not installed here.
    ///
    /// # Errors
    /// [`OpsError::Invalid`] for a recipient that does not parse (a typo
    /// fails its checksum) or a share the set does not have;
    /// [`OpsError::Policy`] outside a PO session.
    pub fn recipient_change(
        &mut self,
        pending: bool,
        index: u8,
        recipient: Option<&str>,
    ) -> Result<Vec<Notice>> {
        self.require_po(PoAction::ChangeRecipient)?;
        let parsed = recipient
            .map(ShareRecipient::parse)
            .transpose()
            .map_err(|e| OpsError::Invalid(Invalid::Recipient(e)))?;
        let set = self.recipient_set_of(pending)?;
        let Some(holder) = set.holders.iter().find(|h| h.index == index) else {
            return Err(OpsError::Invalid(Invalid::NoSuchShare {
                index,
                count: set.holders.len(),
            }));
        };
        let set_id = set.set_id;
        let label = holder.label.clone();
        let mut specs: Vec<HolderSpec> = set.holders.iter().map(spec_of).collect();
        specs[usize::from(index) - 1].recipient = parsed.as_ref().map(|p| p.as_str().to_string());
        let warnings = recipient_warnings(&specs);
        let detail = match &parsed {
            Some(p) => audit::Detail::RecipientSet {
                index,
                holder: label,
                kind: p.kind_word(),
                fingerprint: p.fingerprint().to_string(),
            },
            None => audit::Detail::RecipientCleared {
                index,
                holder: label,
            },
        }
        .to_string();
        let ev = Event::new(EventKind::RecipientChange, self.actor.clone())
            .subject(format!("set {}", vault::set_hex(&set_id)))
            .detail(detail);
        let stored = parsed.map(|p| p.as_str().to_string());
        self.commit(ev, |b| {
            let set = b
                .sets
                .iter_mut()
                .find(|s| s.set_id == set_id)
                .expect("found above");
            set.holders[usize::from(index) - 1].recipient = stored;
            Ok(())
        })?;
        Ok(warnings)
    }

    /// Like [`Session::shares_for_print`], but the share of every holder
    /// with a recipient is encrypted to it. Every encryption happens
    /// *before* the print is recorded, so a missing plugin changes nothing.
    /// The print record names which shares went out encrypted, to which
    /// recipient fingerprint.
    ///
    /// # Errors
    /// [`OpsError::Invalid`] when a recipient cannot be encrypted to (its
    /// plugin is not installed), and the errors of `shares_for_print`.
    pub fn shares_for_encrypted_print(
        &mut self,
        pending: bool,
        index: Option<u8>,
        sheet_format: &str,
        armor: bool,
    ) -> Result<EncryptedPrint> {
        self.require_po(PoAction::PrintSheets)?;
        let set = self.recipient_set_of(pending)?;
        let mut files = Vec::new();
        for (h, share) in set.holders.iter().zip(vault::share_values(set)) {
            if index.is_some_and(|i| i != h.index) {
                continue;
            }
            let Some(r) = &h.recipient else { continue };
            let p =
                ShareRecipient::parse(r).map_err(|e| OpsError::Invalid(Invalid::Recipient(e)))?;
            let text = Zeroizing::new(share.to_text());
            let bytes = age_share::encrypt_share(&text, &p, armor).map_err(|e| {
                OpsError::Invalid(Invalid::Encrypt {
                    index: h.index,
                    label: h.label.clone(),
                    source: e,
                })
            })?;
            files.push(EncryptedShare {
                share,
                holder: h.label.clone(),
                kind: p.kind_word(),
                fingerprint: p.fingerprint(),
                bytes,
            });
        }
        let mut what = sheet_format.to_string();
        for f in &files {
            what.push_str(&format!(
                "; share {} as age{} to {} {}",
                f.share.index(),
                if armor { " (armored)" } else { "" },
                f.kind,
                f.fingerprint
            ));
        }
        let encrypted: Vec<u8> = files.iter().map(|f| f.share.index()).collect();
        let sheets = self
            .shares_for_print(pending, index, &what)?
            .into_iter()
            .filter(|p| !encrypted.contains(&p.share.index()))
            .collect();
        Ok(EncryptedPrint { sheets, files })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(label: &str, r: Option<&str>) -> HolderSpec {
        HolderSpec {
            label: label.into(),
            place: String::new(),
            recipient: r.map(str::to_string),
        }
    }

    #[test]
    fn the_same_recipient_twice_is_warned() {
        let r = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
        let w = recipient_warnings(&[spec("A", Some(r)), spec("B", None), spec("C", Some(r))]);
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].to_string().contains("holders 1 (A) and 3 (C)"),
            "{w:?}"
        );
        assert!(recipient_warnings(&[spec("A", Some(r)), spec("B", None)]).is_empty());
    }
}
