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
    check_kdf_work(bytes)?;
    let db = parse_guarded(bytes, key)?;
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

/// Runs the crate's parser, turning a panic inside it into
/// [`ImportError::KdbxDamaged`]. The `import` fuzz target found that
/// `keepass` 0.17 panics on some malformed KDBX 3.1 headers (a field shorter
/// than its type); the header scan below refuses the known cases first, and
/// this catches the rest. The default panic message is silenced for the
/// duration: it would name crate internals and read like a kluis crash.
fn parse_guarded(bytes: &[u8], key: DatabaseKey) -> Result<Database, ImportError> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| Database::parse(bytes, key)));
    std::panic::set_hook(hook);
    match result {
        Ok(parsed) => parsed.map_err(open_error),
        Err(_) => Err(ImportError::KdbxDamaged(
            "the KeePass reader could not follow its structure".into(),
        )),
    }
}

/// The length each KDBX 3.1 outer-header field must have (KeePass 2.x
/// format: CipherID, CompressionFlags, MasterSeed, TransformSeed,
/// TransformRounds, EncryptionIV, ProtectedStreamKey, StreamStartBytes,
/// InnerRandomStreamID).
fn kdbx3_field_len(id: u8) -> Option<usize> {
    match id {
        2 | 7 => Some(16),
        3 | 10 => Some(4),
        4 | 5 | 8 | 9 => Some(32),
        6 => Some(8),
        _ => None,
    }
}

/// The most AES-KDF rounds an import runs (KeePassXC's one-second default
/// is a few million to some tens of millions on current machines).
pub const MAX_AES_ROUNDS: u64 = 500_000_000;
/// The most Argon2 memory an import grants, in bytes.
pub const MAX_ARGON2_MEMORY: u64 = 4 << 30;
/// The most Argon2 passes an import runs.
pub const MAX_ARGON2_ITERATIONS: u64 = 1_000;

/// Reads the KDF parameters from the outer header and refuses work beyond
/// the limits above before any key derivation starts: the `keepass` crate
/// runs whatever the file asks, so a damaged or hostile file could hang the
/// import or exhaust memory. A header this scan cannot follow is left to
/// the crate, which reports it as damage.
///
/// KDBX 3.1: fields `id u8, len u16, data`, TransformRounds is id 6 (u64).
/// KDBX 4: fields `id u8, len u32, data`, KdfParameters is id 11, a
/// VariantDictionary (`version u16`, then `type u8, name, value` entries
/// with u32 lengths) holding `R` (AES rounds), `I`, `M`, `P` (Argon2).
fn check_kdf_work(bytes: &[u8]) -> Result<(), ImportError> {
    const SIG: [u8; 8] = [0x03, 0xd9, 0xa2, 0x9a, 0x67, 0xfb, 0x4b, 0xb5];
    if bytes.len() < 12 || bytes[..8] != SIG {
        return Ok(());
    }
    let major = u16::from_le_bytes([bytes[10], bytes[11]]);
    let wide = match major {
        3 => false,
        4 => true,
        _ => return Ok(()),
    };
    let too_much = |what: &'static str, asked: u64, allowed: u64| {
        Err(ImportError::KdbxTooMuchWork {
            what,
            asked,
            allowed,
        })
    };
    let mut at = 12;
    loop {
        let Some(&id) = bytes.get(at) else {
            return Ok(());
        };
        let (len, head) = if wide {
            let Some(l) = bytes.get(at + 1..at + 5) else {
                return Ok(());
            };
            (u32::from_le_bytes([l[0], l[1], l[2], l[3]]) as usize, 5)
        } else {
            let Some(l) = bytes.get(at + 1..at + 3) else {
                return Ok(());
            };
            (usize::from(u16::from_le_bytes([l[0], l[1]])), 3)
        };
        let Some(data) = bytes.get(at + head..(at + head).saturating_add(len)) else {
            return Ok(());
        };
        if !wide
            && let Some(want) = kdbx3_field_len(id)
            && want != len
        {
            return Err(ImportError::KdbxDamaged(format!(
                "header field {id} is {len} bytes, not {want}"
            )));
        }
        match (id, wide) {
            (0, _) => return Ok(()),
            (6, false) if len == 8 => {
                let rounds = u64::from_le_bytes(data.try_into().expect("8 bytes"));
                if rounds > MAX_AES_ROUNDS {
                    return too_much("AES-KDF rounds", rounds, MAX_AES_ROUNDS);
                }
            }
            (11, true) => {
                for (name, value) in variant_dictionary(data) {
                    let (what, allowed) = match name {
                        b"R" => ("AES-KDF rounds", MAX_AES_ROUNDS),
                        b"M" => ("Argon2 memory (bytes)", MAX_ARGON2_MEMORY),
                        b"I" => ("Argon2 passes", MAX_ARGON2_ITERATIONS),
                        _ => continue,
                    };
                    if value > allowed {
                        return too_much(what, value, allowed);
                    }
                }
            }
            _ => {}
        }
        at += head + len;
    }
}

/// The unsigned integer entries of a KDBX 4 VariantDictionary, as far as
/// they can be read.
fn variant_dictionary(data: &[u8]) -> Vec<(&[u8], u64)> {
    let mut out = Vec::new();
    let mut at = 2; // version u16
    let u32_at = |i: usize| -> Option<usize> {
        data.get(i..i + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    while let Some(&kind) = data.get(at) {
        if kind == 0 {
            break;
        }
        let Some(name_len) = u32_at(at + 1) else {
            break;
        };
        let name_at = at + 5;
        let Some(name) = data.get(name_at..name_at.saturating_add(name_len)) else {
            break;
        };
        let value_len_at = name_at + name_len;
        let Some(value_len) = u32_at(value_len_at) else {
            break;
        };
        let value_at = value_len_at + 4;
        let Some(value) = data.get(value_at..value_at.saturating_add(value_len)) else {
            break;
        };
        match (kind, value.len()) {
            (0x04, 4) => out.push((
                name,
                u64::from(u32::from_le_bytes(value.try_into().expect("4"))),
            )),
            (0x05, 8) => out.push((name, u64::from_le_bytes(value.try_into().expect("8")))),
            _ => {}
        }
        at = value_at + value_len;
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    fn kdbx3(rounds: u64) -> Vec<u8> {
        let mut b = vec![0x03, 0xd9, 0xa2, 0x9a, 0x67, 0xfb, 0x4b, 0xb5, 1, 0, 3, 0];
        b.extend([6, 8, 0]);
        b.extend(rounds.to_le_bytes());
        b.extend([0, 0, 0]);
        b
    }

    fn kdbx4(memory: u64) -> Vec<u8> {
        let mut dict = vec![0, 1];
        dict.push(0x05);
        dict.extend(1u32.to_le_bytes());
        dict.push(b'M');
        dict.extend(8u32.to_le_bytes());
        dict.extend(memory.to_le_bytes());
        dict.push(0);
        let mut b = vec![0x03, 0xd9, 0xa2, 0x9a, 0x67, 0xfb, 0x4b, 0xb5, 0, 0, 4, 0];
        b.push(11);
        b.extend((dict.len() as u32).to_le_bytes());
        b.extend(dict);
        b.extend([0, 0, 0, 0, 0]);
        b
    }

    #[test]
    fn kdf_work_over_the_limits_is_refused_before_any_derivation() {
        assert!(check_kdf_work(&kdbx3(1_000_000)).is_ok());
        let e = check_kdf_work(&kdbx3(u64::MAX)).expect_err("rounds");
        assert!(matches!(e, ImportError::KdbxTooMuchWork { .. }), "{e}");
        assert!(check_kdf_work(&kdbx4(64 << 20)).is_ok());
        let e = check_kdf_work(&kdbx4(1 << 40)).expect_err("memory");
        assert!(e.to_string().contains("Argon2 memory"), "{e}");
        // And through the reader: refused before the crate runs the KDF.
        let e = read(&kdbx3(u64::MAX), None, None, None).expect_err("read");
        assert!(matches!(e, ImportError::KdbxTooMuchWork { .. }), "{e}");
    }

    #[test]
    fn regression_fuzz_short_kdbx3_field_is_damage_not_a_panic() {
        // From the `import` fuzz target: TransformRounds (id 6) of 1 byte
        // made keepass 0.17 panic in parse_outer_header.
        let mut b = vec![0x03, 0xd9, 0xa2, 0x9a, 0x67, 0xfb, 0x4b, 0xb5, 1, 0, 3, 0];
        b.extend([6, 1, 0, 7, 0, 0, 0]);
        let e = read(&b, Some(&Passphrase::new("x".into())), None, None).expect_err("damaged");
        assert_eq!(
            e.to_string(),
            "the KeePass database is damaged or not a KDBX file (header field 6 is 1 bytes, not 8): nothing was imported"
        );
        let crash = include_bytes!("../../fuzz/regressions/import/short-kdbx3-field");
        let e = read(&crash[1..], None, None, None).expect_err("damaged");
        assert!(matches!(e, ImportError::KdbxDamaged(_)), "{e}");
    }

    #[test]
    fn a_header_the_scan_cannot_follow_is_left_to_the_crate() {
        for cut in 0..kdbx4(1).len() {
            let _ = check_kdf_work(&kdbx4(1)[..cut]);
        }
        let mut b = kdbx4(1);
        b[13] = 0xff; // a huge field length
        assert!(check_kdf_work(&b).is_ok());
    }
}
