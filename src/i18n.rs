//! Dutch and English strings of the faces, in one place.
//!
//! Core error messages are English (they are also what the logs and tests
//! see); the faces translate their own labels and the words around errors.

/// A language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Nederlands.
    Nl,
    /// English.
    En,
}

impl Lang {
    /// From `LANG`/`LC_ALL`/`LC_MESSAGES`: Dutch for `nl*`, else English.
    pub fn from_env() -> Self {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(v) = std::env::var(var)
                && !v.is_empty()
            {
                return if v.to_ascii_lowercase().starts_with("nl") {
                    Lang::Nl
                } else {
                    Lang::En
                };
            }
        }
        Lang::En
    }
}

/// A message key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Msg {
    /// Prefix of an error line.
    Error,
    /// Prefix of a warning line.
    Warning,
    /// Passphrase prompt.
    Passphrase,
    /// New passphrase prompt.
    NewPassphrase,
    /// PIN prompt.
    Pin,
    /// Vault created.
    Created,
    /// No secrets.
    NoSecrets,
    /// Secret stored.
    SecretStored,
    /// Secret removed.
    SecretRemoved,
    /// Person added.
    PersonAdded,
    /// Person removed.
    PersonRemoved,
    /// Passphrase changed.
    PassphraseChanged,
    /// Share valid.
    ShareValid,
    /// Sheets written.
    SheetsWritten,
    /// Confirm removal prompt.
    ConfirmRemove,
    /// Emergency flag label.
    Emergency,
    /// Versions label.
    Versions,
    /// Never.
    Never,
    /// Overdue.
    Overdue,
    /// Exposed.
    Exposed,
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    use Msg::*;
    match (lang, msg) {
        (Lang::En, Error) => "error",
        (Lang::Nl, Error) => "fout",
        (Lang::En, Warning) => "warning",
        (Lang::Nl, Warning) => "waarschuwing",
        (Lang::En, Passphrase) => "PO passphrase",
        (Lang::Nl, Passphrase) => "wachtwoordzin van de PO",
        (Lang::En, NewPassphrase) => "new PO passphrase",
        (Lang::Nl, NewPassphrase) => "nieuwe wachtwoordzin van de PO",
        (Lang::En, Pin) => "PIN",
        (Lang::Nl, Pin) => "pincode",
        (Lang::En, Created) => "vault created",
        (Lang::Nl, Created) => "kluis aangemaakt",
        (Lang::En, NoSecrets) => "no secrets yet: add one with `kluis secret add`",
        (Lang::Nl, NoSecrets) => "nog geen geheimen: voeg er een toe met `kluis secret add`",
        (Lang::En, SecretStored) => "stored",
        (Lang::Nl, SecretStored) => "opgeslagen",
        (Lang::En, SecretRemoved) => "removed",
        (Lang::Nl, SecretRemoved) => "verwijderd",
        (Lang::En, PersonAdded) => "added to the roster",
        (Lang::Nl, PersonAdded) => "toegevoegd aan de lijst",
        (Lang::En, PersonRemoved) => "removed from the roster",
        (Lang::Nl, PersonRemoved) => "verwijderd uit de lijst",
        (Lang::En, PassphraseChanged) => "passphrase changed",
        (Lang::Nl, PassphraseChanged) => "wachtwoordzin gewijzigd",
        (Lang::En, ShareValid) => "share is valid",
        (Lang::Nl, ShareValid) => "deel is geldig",
        (Lang::En, SheetsWritten) => "sheets written",
        (Lang::Nl, SheetsWritten) => "bladen geschreven",
        (Lang::En, ConfirmRemove) => {
            "type the name of the secret to remove it with all its versions"
        }
        (Lang::Nl, ConfirmRemove) => {
            "typ de naam van het geheim om het met alle versies te verwijderen"
        }
        (Lang::En, Emergency) => "emergency",
        (Lang::Nl, Emergency) => "noodgeval",
        (Lang::En, Versions) => "versions",
        (Lang::Nl, Versions) => "versies",
        (Lang::En, Never) => "never",
        (Lang::Nl, Never) => "nooit",
        (Lang::En, Overdue) => "overdue",
        (Lang::Nl, Overdue) => "achterstallig",
        (Lang::En, Exposed) => "EXPOSED: used in an emergency, rotate it",
        (Lang::Nl, Exposed) => "BLOOTGESTELD: gebruikt in een noodgeval, vervang de set",
    }
}
