//! Bitwarden's unencrypted JSON export (`bw export --format json`, or the
//! web vault's "File format: .json"), per Bitwarden's documented format: a
//! top-level object with `encrypted: false`, `folders` (`id`, `name`) and
//! `items`. Item `type` 1 (login) becomes an account named
//! `<folder>/<name>`, type 2 (secure note) a note; cards (3), identities (4)
//! and SSH keys (5) are listed as skipped. An unknown type means a newer
//! export format than this reader knows, and refuses the whole file.
//!
//! Encrypted exports (`encrypted: true`, account-restricted or
//! password-protected) are refused: reading them means Bitwarden's own KDF
//! and AES-CBC/HMAC envelope, which no test against the real Bitwarden
//! client could cover here.

use serde::Deserialize;

use super::{Account, ImportError, ImportSet, Skipped};

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Export {
    encrypted: Option<bool>,
    password_protected: Option<bool>,
    #[serde(default)]
    folders: Vec<Folder>,
    items: Option<Vec<Item>>,
}

#[derive(Deserialize)]
struct Folder {
    id: String,
    name: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Item {
    #[serde(rename = "type")]
    kind: i64,
    #[serde(default)]
    name: String,
    folder_id: Option<String>,
    notes: Option<String>,
    login: Option<Login>,
}

#[derive(Deserialize)]
struct Login {
    username: Option<String>,
    password: Option<String>,
    totp: Option<String>,
    #[serde(default)]
    uris: Option<Vec<Uri>>,
}

#[derive(Deserialize)]
struct Uri {
    uri: Option<String>,
}

/// Reads an export from `bytes`.
///
/// # Errors
/// [`ImportError::BitwardenFormat`] (naming only line and column: serde's
/// own message can quote a value), [`ImportError::BitwardenEncrypted`],
/// [`ImportError::BitwardenUnknownType`], and the account errors of
/// [`ImportSet`].
pub fn read(bytes: &[u8]) -> Result<ImportSet, ImportError> {
    let export: Export =
        serde_json::from_slice(bytes).map_err(|e| ImportError::BitwardenFormat {
            line: e.line(),
            column: e.column(),
            what: match e.classify() {
                serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                    "not valid JSON"
                }
                _ => "a field of the wrong type",
            },
        })?;
    if export.password_protected == Some(true) {
        return Err(ImportError::BitwardenEncrypted("password-protected"));
    }
    if export.encrypted == Some(true) {
        return Err(ImportError::BitwardenEncrypted("account-restricted"));
    }
    let items = export.items.ok_or(ImportError::BitwardenFormat {
        line: 1,
        column: 1,
        what: "no \"items\" list",
    })?;
    // Every type is checked before anything is read, so an unknown one is
    // reported first whatever its position.
    if let Some((i, it)) = items
        .iter()
        .enumerate()
        .find(|(_, it)| !(1..=5).contains(&it.kind))
    {
        return Err(ImportError::BitwardenUnknownType {
            item: i + 1,
            kind: it.kind,
        });
    }
    let folder = |id: &Option<String>| -> String {
        id.as_ref()
            .and_then(|id| export.folders.iter().find(|f| &f.id == id))
            .map(|f| format!("{}/", f.name))
            .unwrap_or_default()
    };
    let mut set = ImportSet::default();
    for (i, it) in items.iter().enumerate() {
        let name = format!("{}{}", folder(&it.folder_id), it.name.trim());
        let where_ = format!("item {} ({name:?})", i + 1);
        match it.kind {
            1 => {
                let login = it.login.as_ref();
                let url = login
                    .and_then(|l| l.uris.as_ref())
                    .and_then(|u| u.iter().find_map(|u| u.uri.as_deref()))
                    .unwrap_or("");
                set.push_account(Account {
                    where_,
                    name,
                    username: login.and_then(|l| l.username.as_deref()).unwrap_or(""),
                    password: login.and_then(|l| l.password.as_deref()).unwrap_or(""),
                    url,
                    notes: it.notes.as_deref().unwrap_or(""),
                    totp: login.and_then(|l| l.totp.as_deref()).unwrap_or(""),
                })?;
            }
            2 => set.push_note(&where_, name, it.notes.as_deref().unwrap_or(""))?,
            // 3 to 5: the types were checked above.
            kind => set.skipped.push(Skipped {
                name,
                why: match kind {
                    3 => "a card (kluis keeps accounts, TOTP and notes)",
                    4 => "an identity (kluis keeps accounts, TOTP and notes)",
                    _ => "an SSH key (kluis keeps accounts, TOTP and notes)",
                },
            }),
        }
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"{
      "encrypted": false,
      "folders": [{"id": "f1", "name": "Werk"}],
      "items": [
        {"id": "i1", "organizationId": null, "folderId": "f1", "type": 1, "reprompt": 0,
         "name": "Bank", "notes": "n", "favorite": false,
         "login": {"uris": [{"match": null, "uri": "https://bank.example"}],
                   "username": "anna", "password": "pw", "totp": "JBSWY3DPEHPK3PXP"},
         "collectionIds": null},
        {"id": "i2", "folderId": null, "type": 2, "name": "Alarmcode", "notes": "1234",
         "secureNote": {"type": 0}},
        {"id": "i3", "folderId": null, "type": 3, "name": "Visa", "card": {}}
      ]
    }"#;

    #[test]
    fn reads_logins_notes_and_skips_cards() {
        let set = read(SAMPLE.as_bytes()).expect("ok");
        let names: Vec<_> = set.secrets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Werk/Bank", "Werk/Bank (TOTP)", "Alarmcode"]);
        assert_eq!(set.skipped[0].name, "Visa");
    }

    #[test]
    fn a_wrong_type_names_no_content() {
        let e = read(br#"{"encrypted": false, "items": [{"type": "s3cret-canary"}]}"#)
            .expect_err("bad");
        assert!(!e.to_string().contains("canary"), "{e}");
    }
}
