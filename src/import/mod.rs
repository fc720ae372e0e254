//! Import from other password managers without plain text on disk: a
//! KeePass database (KDBX 3.1/4, [`kdbx`]), an unencrypted Bitwarden JSON
//! export ([`bitwarden`]) or a CSV file with named columns ([`csv`]).
//!
//! Each reader turns its source into an [`ImportSet`]: the secrets to add,
//! each mapped into an existing kind without changing the body's shape (an
//! account becomes a `credential`; its TOTP, where present, a second secret
//! of kind `totp` named `<name> (TOTP)`; a note becomes a `note`), and the
//! entries left out with the reason. A reader either returns the whole set
//! or an [`ImportError`]: nothing is half read. The set goes into the vault
//! in one atomic save through [`crate::ops::Session::import_secrets`].
//!
//! # Security
//! Values are read from the source file into memory and go straight into
//! [`SecretBytes`]; no temp file is written and no error message quotes a
//! field's content (only its row, column or entry name).

pub mod bitwarden;
pub mod csv;
pub mod kdbx;

use crate::error::{Classify, ExitClass};
use crate::format::body::{SecretKind, SecretValue};
use crate::secret::SecretBytes;

/// The largest field (password, notes, URL, …) an import accepts, in bytes.
pub const MAX_FIELD: usize = 64 * 1024;

/// The largest source file an import reads, in bytes.
pub const MAX_SOURCE: u64 = 64 * 1024 * 1024;

/// The largest name kluis accepts (see `ops::check_name`).
pub const MAX_NAME: usize = 128;

/// One secret to import.
#[derive(Debug)]
pub struct ImportedSecret {
    /// The name it gets in the vault.
    pub name: String,
    /// Its kind.
    pub kind: SecretKind,
    /// Its value.
    pub value: SecretValue,
}

/// An entry of the source that is not imported, and why.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Skipped {
    /// The entry's name in the source.
    pub name: String,
    /// Why it is left out.
    pub why: &'static str,
}

/// What a reader found: every secret to import, in source order, with
/// unique names, and what it left out.
#[derive(Debug, Default)]
pub struct ImportSet {
    /// The secrets.
    pub secrets: Vec<ImportedSecret>,
    /// What was left out.
    pub skipped: Vec<Skipped>,
}

/// Why an import source cannot be read. No variant carries a field's value.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// Wrong KDBX password or key file.
    #[error(
        "cannot open the KeePass database: wrong password or key file (a database protected with a key file needs its key file): nothing was imported"
    )]
    KdbxKey,
    /// A KDBX 3.1 payload that does not decrypt: wrong key or damaged.
    #[error(
        "cannot decrypt the KeePass database: wrong password or key file, or the file is damaged: nothing was imported"
    )]
    KdbxDecrypt,
    /// The file asks for more key-derivation work than an import grants.
    #[error(
        "the KeePass database asks for {asked} {what}, over the {allowed} kluis allows: it is damaged or hostile; nothing was imported"
    )]
    KdbxTooMuchWork {
        /// Which parameter.
        what: &'static str,
        /// What the file asks.
        asked: u64,
        /// The limit.
        allowed: u64,
    },
    /// Damaged or not a KDBX file.
    #[error("the KeePass database is damaged or not a KDBX file ({0}): nothing was imported")]
    KdbxDamaged(String),
    /// `--group` names no group.
    #[error("the KeePass database has no group {0:?}: see `keepassxc-cli ls` for the group names")]
    NoSuchGroup(String),
    /// The key file is not a KeePass key file.
    #[error("the key file is not a KeePass key file: nothing was imported")]
    KeyFile,
    /// An encrypted Bitwarden export.
    #[error(
        "this Bitwarden export is encrypted ({0}): kluis reads only unencrypted JSON exports; nothing was imported"
    )]
    BitwardenEncrypted(&'static str),
    /// An item type this reader does not know: a newer export format.
    #[error(
        "item {item} of the Bitwarden export has type {kind}, which kluis does not know (1 login, 2 secure note, 3 card, 4 identity, 5 SSH key): nothing was imported"
    )]
    BitwardenUnknownType {
        /// 1-based item number.
        item: usize,
        /// The type number.
        kind: i64,
    },
    /// Not a Bitwarden JSON export.
    #[error(
        "not a Bitwarden JSON export (line {line}, column {column}: {what}): nothing was imported"
    )]
    BitwardenFormat {
        /// Line of the problem.
        line: usize,
        /// Column.
        column: usize,
        /// Which kind of problem, never the content.
        what: &'static str,
    },
    /// The CSV lacks a required column.
    #[error(
        "the CSV file has no {0:?} column (required: name or title, and password; optional: username, url, notes, totp, group): nothing was imported"
    )]
    CsvMissingColumn(&'static str),
    /// A malformed CSV row.
    #[error(
        "row {0} of the CSV file cannot be read (check quotes and field counts): nothing was imported"
    )]
    CsvRow(usize),
    /// Two entries of the source would get the same name.
    #[error("{where_} has the name {name:?} twice: rename one in the source: nothing was imported")]
    DuplicateName {
        /// Where the second one is.
        where_: String,
        /// The name.
        name: String,
    },
    /// A field over [`MAX_FIELD`].
    #[error("{where_}: the {field} field is over the {MAX_FIELD}-byte limit: nothing was imported")]
    FieldTooLong {
        /// Where.
        where_: String,
        /// Which field.
        field: &'static str,
    },
    /// A name kluis cannot use.
    #[error(
        "{where_}: the name must be 1 to {MAX_NAME} printable characters: nothing was imported"
    )]
    BadName {
        /// Where.
        where_: String,
    },
    /// A TOTP field kluis cannot read.
    #[error("{where_}: the TOTP field cannot be used ({reason}): nothing was imported")]
    Totp {
        /// Where.
        where_: String,
        /// Why.
        reason: crate::totp::TotpSeedError,
    },
}

impl Classify for ImportError {
    fn class(&self) -> ExitClass {
        match self {
            Self::KdbxKey | Self::KdbxDecrypt | Self::KeyFile => ExitClass::Auth,
            // Like a vault's own KDF bomb: refused before any work (exit 6).
            Self::KdbxTooMuchWork { .. } => ExitClass::Policy,
            _ => ExitClass::Usage,
        }
    }
}

/// The fields of one account in a source, borrowed from the parsed source.
#[derive(Default)]
pub(crate) struct Account<'a> {
    /// Where it is, for messages: "entry \"Werk/Bank\"", "row 3".
    pub where_: String,
    /// The vault name.
    pub name: String,
    pub username: &'a str,
    pub password: &'a str,
    pub url: &'a str,
    pub notes: &'a str,
    pub totp: &'a str,
}

impl ImportSet {
    /// Adds an account: a credential when it has a password, a `totp`
    /// secret when it has a TOTP field; an account with neither is skipped.
    ///
    /// # Errors
    /// A name in use in this set, a bad name, a field over [`MAX_FIELD`], an
    /// unreadable TOTP field.
    pub(crate) fn push_account(&mut self, a: Account<'_>) -> Result<(), ImportError> {
        for (field, v) in [
            ("username", a.username),
            ("password", a.password),
            ("url", a.url),
            ("notes", a.notes),
            ("totp", a.totp),
        ] {
            if v.len() > MAX_FIELD {
                return Err(ImportError::FieldTooLong {
                    where_: a.where_,
                    field,
                });
            }
        }
        if a.password.is_empty() && a.totp.trim().is_empty() {
            self.skipped.push(Skipped {
                name: a.name,
                why: "no password and no TOTP",
            });
            return Ok(());
        }
        if !a.password.is_empty() {
            self.push(
                &a.where_,
                a.name.clone(),
                SecretKind::Credential,
                SecretValue::Credential {
                    username: a.username.to_string(),
                    password: SecretBytes::new(a.password.as_bytes().to_vec()),
                    url: a.url.to_string(),
                    notes: SecretBytes::new(a.notes.as_bytes().to_vec()),
                },
            )?;
        }
        if !a.totp.trim().is_empty() {
            let value =
                crate::totp::parse_seed(a.totp.as_bytes()).map_err(|reason| ImportError::Totp {
                    where_: a.where_.clone(),
                    reason,
                })?;
            self.push(
                &a.where_,
                format!("{} (TOTP)", a.name),
                SecretKind::Totp,
                value,
            )?;
        }
        Ok(())
    }

    /// Adds a note (free text) under `name`; an empty note is skipped.
    ///
    /// # Errors
    /// As [`ImportSet::push_account`].
    pub(crate) fn push_note(
        &mut self,
        where_: &str,
        name: String,
        text: &str,
    ) -> Result<(), ImportError> {
        if text.len() > MAX_FIELD {
            return Err(ImportError::FieldTooLong {
                where_: where_.to_string(),
                field: "notes",
            });
        }
        if text.is_empty() {
            self.skipped.push(Skipped {
                name,
                why: "an empty note",
            });
            return Ok(());
        }
        self.push(
            where_,
            name,
            SecretKind::Note,
            SecretValue::Opaque(SecretBytes::new(text.as_bytes().to_vec())),
        )
    }

    fn push(
        &mut self,
        where_: &str,
        name: String,
        kind: SecretKind,
        value: SecretValue,
    ) -> Result<(), ImportError> {
        if name.trim().is_empty() || name.len() > MAX_NAME || name.chars().any(char::is_control) {
            return Err(ImportError::BadName {
                where_: where_.to_string(),
            });
        }
        if self.secrets.iter().any(|s| s.name == name) {
            return Err(ImportError::DuplicateName {
                where_: where_.to_string(),
                name,
            });
        }
        self.secrets.push(ImportedSecret { name, kind, value });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account<'a>(name: &str, password: &'a str, totp: &'a str) -> Account<'a> {
        Account {
            where_: format!("entry {name:?}"),
            name: name.into(),
            password,
            totp,
            ..Account::default()
        }
    }

    #[test]
    fn account_with_totp_becomes_two_secrets() {
        let mut set = ImportSet::default();
        set.push_account(account("Bank", "pw", "JBSWY3DPEHPK3PXP"))
            .expect("ok");
        let names: Vec<_> = set.secrets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Bank", "Bank (TOTP)"]);
        assert_eq!(set.secrets[1].kind, SecretKind::Totp);
    }

    #[test]
    fn account_without_password_or_totp_is_skipped() {
        let mut set = ImportSet::default();
        set.push_account(account("Empty", "", "")).expect("ok");
        assert!(set.secrets.is_empty());
        assert_eq!(set.skipped[0].name, "Empty");
    }

    #[test]
    fn duplicate_and_oversize_are_refused_without_content() {
        let mut set = ImportSet::default();
        set.push_account(account("A", "pw", "")).expect("ok");
        let e = set.push_account(account("A", "pw2", "")).expect_err("dup");
        assert!(matches!(e, ImportError::DuplicateName { .. }), "{e}");
        let big = "x".repeat(MAX_FIELD + 1);
        let e = set.push_account(account("B", &big, "")).expect_err("big");
        assert_eq!(
            e.to_string(),
            "entry \"B\": the password field is over the 65536-byte limit: nothing was imported"
        );
        let e = set
            .push_account(account("C", "pw", "not base32!"))
            .expect_err("totp");
        assert!(!e.to_string().contains("not base32"), "{e}");
    }
}
