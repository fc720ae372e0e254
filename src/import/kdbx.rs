//! KeePass databases (KDBX 3.1 and 4, as KeePassXC writes them), read with
//! the `keepass` crate: every entry of the chosen group and its subgroups
//! becomes an account, named by its group path below that group and its
//! title (`Werk/Bank`). The recycle bin is left out.

use std::io::Read;

use keepass::db::GroupRef;
use keepass::error::DatabaseOpenError;
use keepass::{Database, DatabaseKey};

use super::{Account, ImportError, ImportSet, Skipped};
use crate::secret::Passphrase;

/// Reads the database in `bytes` with `password` and an optional key file
/// (its bytes); takes only the group at `group` (a `/`-separated path below
/// the root) when given.
///
/// # Errors
/// [`ImportError::KdbxKey`] for a wrong password or missing key file,
/// [`ImportError::KdbxDamaged`], [`ImportError::NoSuchGroup`], and the
/// account errors of [`ImportSet`].
pub fn read(
    bytes: &[u8],
    password: Option<&Passphrase>,
    key_file: Option<&[u8]>,
    group: Option<&str>,
) -> Result<ImportSet, ImportError> {
    let mut key = DatabaseKey::new();
    if let Some(p) = password.filter(|p| !p.is_empty()) {
        key = key.with_password(p.expose());
    }
    if let Some(mut k) = key_file {
        key = key
            .with_keyfile(&mut k as &mut dyn Read)
            .map_err(|_| ImportError::KeyFile)?;
    }
    let db = Database::parse(bytes, key).map_err(open_error)?;
    let root = db.root();
    let start = match group.map(|g| g.trim_matches('/')).filter(|g| !g.is_empty()) {
        None => db.root(),
        Some(path) => {
            let parts: Vec<&str> = path.split('/').collect();
            root.group_by_path(&parts)
                .ok_or_else(|| ImportError::NoSuchGroup(path.to_string()))?
        }
    };
    let bin = db.meta.recyclebin_uuid;
    let is_bin = |g: &GroupRef<'_>| bin.is_some_and(|b| g.id().uuid() == b);
    let mut set = ImportSet::default();
    walk(&start, "", &is_bin, &mut set)?;
    Ok(set)
}

fn open_error(e: DatabaseOpenError) -> ImportError {
    match e {
        DatabaseOpenError::Key(keepass::error::DatabaseKeyError::IncorrectKey)
        | DatabaseOpenError::Key(keepass::error::DatabaseKeyError::EmptyKey) => {
            ImportError::KdbxKey
        }
        DatabaseOpenError::Key(_) => ImportError::KeyFile,
        // KDBX 3.1 has no header MAC: a wrong key and a damaged payload
        // both show as a failed decryption (bad padding), so the message
        // names both. KDBX 4 tells them apart (header HMAC).
        DatabaseOpenError::Cryptography(_) => ImportError::KdbxDecrypt,
        // The crate's messages name the structure that failed, never a
        // value: they are safe to show.
        other => ImportError::KdbxDamaged(other.to_string()),
    }
}

fn walk(
    group: &GroupRef<'_>,
    prefix: &str,
    is_bin: &dyn Fn(&GroupRef<'_>) -> bool,
    set: &mut ImportSet,
) -> Result<(), ImportError> {
    for e in group.entries() {
        let title = e.get_title().unwrap_or("").trim();
        let name = format!("{prefix}{title}");
        if title.is_empty() {
            set.skipped.push(Skipped {
                name: format!("{prefix}(untitled)"),
                why: "no title",
            });
            continue;
        }
        set.push_account(Account {
            where_: format!("entry {name:?}"),
            name: name.clone(),
            username: e.get_username().unwrap_or(""),
            password: e.get_password().unwrap_or(""),
            url: e.get_url().unwrap_or(""),
            notes: e.get("Notes").unwrap_or(""),
            totp: e.get_raw_otp_value().unwrap_or(""),
        })?;
    }
    for g in group.groups() {
        if is_bin(&g) {
            continue;
        }
        walk(&g, &format!("{prefix}{}/", g.name), is_bin, set)?;
    }
    Ok(())
}
