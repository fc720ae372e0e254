//! Shares encrypted to their holder's own key with age (issue 14).
//!
//! A holder who keeps a share away from the office gets it as an age file:
//! the share's text form, exactly what `kluis shares print --format txt`
//! writes, encrypted to the holder's recipient. This module owns the three
//! steps and nothing else:
//!
//! - [`ShareRecipient::parse`]: an age X25519 recipient (`age1…`), an SSH
//!   `ssh-ed25519` or `ssh-rsa` public key, or an age plugin recipient
//!   (`age1yubikey1…`, `age1tpm1…`). A typo in a Bech32 string fails its
//!   checksum and is refused with [`AgeShareError::RecipientChecksum`].
//! - [`encrypt_share`]: share text to one recipient, binary or ASCII-armored.
//! - [`load_identities`] and [`decrypt_share`]: an identity file (age
//!   identities, plugin identities, a passphrase-protected age identity
//!   file, an OpenSSH or PEM RSA private key) opens a share file again.
//!
//! The crate is `age` (rage's library, features `ssh`, `armor`, `plugin`),
//! which reads and writes what the Go `age` tool does (tests/it/age_shares.rs
//! checks both directions against the real peer).
//!
//! # Plugins
//!
//! A plugin recipient or identity needs the binary `age-plugin-NAME` on
//! `PATH`. age looks it up before it starts anything, so a missing plugin is
//! [`AgeShareError::MissingPlugin`] at once, never a wait on plugin I/O.
//! A plugin that *is* installed runs as its own process and is trusted with
//! the file key it unwraps (docs/THREAT-MODEL.md, "Encrypted shares").
//!
//! # Security
//!
//! The decrypted text is [`Zeroizing`]; identities are the age crate's own
//! types, which wipe their keys on drop. No error holds key or share bytes:
//! each names the file (added by the caller) and the rule broken.
//! Passphrases of protected identities come from the [`Prompt`] the face
//! gives (the terminal), never from argv or the environment.

use std::io::{BufReader, Cursor, Read, Write};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use zeroize::Zeroizing;

/// Largest share file decrypted: a share's text form is under 100 bytes,
/// so anything near this is not a share.
pub const MAX_SHARE_FILE: usize = 64 * 1024;

/// The first line of a binary age file (age-encryption.org/v1).
const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";
/// The first line of an ASCII-armored age file.
const ARMOR_BEGIN: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";

/// What went wrong with an age recipient, identity or share file. Messages
/// never hold key or share bytes; the face adds the file's name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AgeShareError {
    /// An `age1…` string whose Bech32 checksum fails: a typo.
    #[error(
        "the recipient {0} does not pass its checksum (a typing error?): copy it again from the holder's age-keygen output"
    )]
    RecipientChecksum(String),
    /// Neither an age, SSH nor plugin recipient.
    #[error(
        "{0} is not a recipient kluis can encrypt to: give an age recipient (age1…), an ssh-ed25519 or ssh-rsa public key, or an age plugin recipient (age1NAME1…)"
    )]
    RecipientUnknown(String),
    /// An SSH key type age does not encrypt to, or a bad RSA size.
    #[error("the SSH public key is not usable as a recipient ({0}): use ssh-ed25519 or ssh-rsa")]
    RecipientSsh(String),
    /// A plugin needed for a recipient or identity is not on `PATH`.
    #[error(
        "the age plugin {binary} is not installed (not found on PATH): install it on this machine, or use another key"
    )]
    MissingPlugin {
        /// `age-plugin-NAME`.
        binary: String,
    },
    /// An installed plugin failed.
    #[error("the age plugin failed: {0}")]
    Plugin(String),
    /// The identity file holds nothing kluis reads as an identity.
    #[error(
        "it is not an age identity file or SSH private key ({0}): give the file age-keygen wrote, or your SSH private key"
    )]
    IdentityUnreadable(String),
    /// The SSH key is of a kind age cannot decrypt with.
    #[error("it holds an SSH key age cannot decrypt with: use an ssh-ed25519 or ssh-rsa key")]
    IdentityUnsupported,
    /// A passphrase-protected identity, and the passphrase was wrong.
    #[error("the passphrase of the identity file is wrong: nothing was opened")]
    IdentityPassphrase,
    /// A passphrase-protected identity, and no terminal to ask on.
    #[error(
        "the identity file is protected by a passphrase and there is no terminal to ask for it: run kluis in a terminal"
    )]
    IdentityNoPrompt,
    /// The file does not start like an age file at all.
    #[error("it is not an age-encrypted file")]
    NotAge,
    /// The header is damaged, or armor wraps something that is not armor.
    #[error(
        "it is a damaged age file (its header or armor does not parse): ask the holder for the file again"
    )]
    Damaged,
    /// Header fine, payload damaged or cut short.
    #[error(
        "it is truncated or was changed after it was encrypted: ask the holder for the file again"
    )]
    Tampered,
    /// None of the given identities opens it.
    #[error(
        "it was encrypted to another recipient: none of the identity files given opens it (is it the holder's own key?)"
    )]
    NoMatchingIdentity,
    /// Encrypted with a passphrase (`age -p`), not to a key.
    #[error(
        "it is encrypted with a passphrase, not to a key: kluis reads share files encrypted to the holder's recipient"
    )]
    PassphraseFile,
    /// It decrypts, but to something larger than any share or not text.
    #[error("it decrypts to something that is not a share's text form")]
    NotShareText,
}

/// Whether `bytes` start like an age file, binary or armored (leading
/// whitespace before the armor is allowed, as age allows it).
pub fn is_age_file(bytes: &[u8]) -> bool {
    let trimmed = bytes.trim_ascii_start();
    bytes.starts_with(AGE_MAGIC) || trimmed.starts_with(ARMOR_BEGIN)
}

/// A recipient a share can be encrypted to. Parsing keeps the canonical
/// text (SSH comments dropped), which is what the vault stores.
#[derive(Clone)]
pub struct ShareRecipient {
    kind: Kind,
    text: String,
}

#[derive(Clone)]
enum Kind {
    X25519(age::x25519::Recipient),
    Ssh(age::ssh::Recipient),
    Plugin(age::plugin::Recipient),
}

impl std::fmt::Debug for ShareRecipient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Public keys, not secrets; shown shortly.
        write!(
            f,
            "ShareRecipient({} {})",
            self.kind_word(),
            self.fingerprint()
        )
    }
}

impl ShareRecipient {
    /// Parses a recipient as a holder sends it (surrounding whitespace and
    /// an SSH key's comment are dropped).
    ///
    /// # Errors
    /// [`AgeShareError::RecipientChecksum`] for an `age1…` string that is
    /// not valid Bech32 (a typo), [`AgeShareError::RecipientSsh`] for an SSH
    /// key age cannot use, [`AgeShareError::RecipientUnknown`] otherwise.
    pub fn parse(s: &str) -> Result<Self, AgeShareError> {
        let s = s.trim();
        let shown = short_text(s);
        if s.starts_with("ssh-") || s.starts_with("ecdsa-") || s.starts_with("sk-") {
            return match age::ssh::Recipient::from_str(s) {
                Ok(r) => Ok(Self {
                    text: r.to_string(),
                    kind: Kind::Ssh(r),
                }),
                Err(age::ssh::ParseRecipientKeyError::Unsupported(t)) => {
                    Err(AgeShareError::RecipientSsh(format!("key type {t}")))
                }
                Err(age::ssh::ParseRecipientKeyError::RsaModulusTooLarge) => {
                    Err(AgeShareError::RecipientSsh("RSA key too large".into()))
                }
                Err(age::ssh::ParseRecipientKeyError::RsaModulusTooSmall) => {
                    Err(AgeShareError::RecipientSsh("RSA key too small".into()))
                }
                Err(_) => Err(AgeShareError::RecipientUnknown(shown)),
            };
        }
        let lower = s.to_ascii_lowercase();
        if !lower.starts_with("age1") || s.contains(char::is_whitespace) {
            return Err(AgeShareError::RecipientUnknown(shown));
        }
        // Bech32: the human-readable part ends at the last '1'. `age` alone
        // is X25519; `age1NAME` is the plugin NAME (age plugin spec).
        let Some((hrp, _)) = lower.rsplit_once('1') else {
            return Err(AgeShareError::RecipientUnknown(shown));
        };
        if hrp == "age" {
            let r = age::x25519::Recipient::from_str(&lower)
                .map_err(|_| AgeShareError::RecipientChecksum(shown))?;
            return Ok(Self {
                text: r.to_string(),
                kind: Kind::X25519(r),
            });
        }
        let r = age::plugin::Recipient::from_str(&lower)
            .map_err(|_| AgeShareError::RecipientChecksum(shown))?;
        Ok(Self {
            text: lower,
            kind: Kind::Plugin(r),
        })
    }

    /// The canonical text, as stored in the vault and given to `age -r`.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// What kind of key: `age`, `ssh-ed25519`, `ssh-rsa` or `plugin:NAME`.
    pub fn kind_word(&self) -> String {
        match &self.kind {
            Kind::X25519(_) => "age".into(),
            Kind::Ssh(_) => self
                .text
                .split_once(' ')
                .map_or("ssh", |(t, _)| t)
                .to_string(),
            Kind::Plugin(p) => format!("plugin:{}", p.plugin()),
        }
    }

    /// The plugin binary this recipient needs, if it is a plugin one.
    pub fn plugin_binary(&self) -> Option<String> {
        match &self.kind {
            Kind::Plugin(p) => Some(format!("age-plugin-{}", p.plugin())),
            _ => None,
        }
    }

    /// A short fingerprint to compare by eye and show in status and the
    /// custody report: the first 40 bits of BLAKE2b over the canonical
    /// text, as 8 base32 symbols `ABCD-EFGH`.
    /// Not a secret: the recipient is a public key.
    pub fn fingerprint(&self) -> String {
        fingerprint_of(&self.text)
    }
}

/// [`ShareRecipient::fingerprint`] of a stored canonical recipient text.
pub fn fingerprint_of(canonical: &str) -> String {
    let h = crate::crypto::hash::hash256_flat(
        b"kluis recipient fingerprint v1\0",
        canonical.as_bytes(),
    );
    let sym = data_encoding::BASE32_NOPAD.encode(&h[..5]);
    format!("{}-{}", &sym[..4], &sym[4..8])
}

/// A recipient string shortened for a message (the head and the tail,
/// enough to recognise; a recipient is public, but lines stay short).
fn short_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().filter(|c| !c.is_control()).collect();
    if chars.len() <= 24 {
        return chars.into_iter().collect();
    }
    let head: String = chars[..12].iter().collect();
    let tail: String = chars[chars.len() - 8..].iter().collect();
    format!("{head}…{tail}")
}

/// Encrypts a share's text form to `recipient`; `armor` writes the
/// ASCII-armored form (`age -a`).
///
/// # Errors
/// [`AgeShareError::MissingPlugin`] when a plugin recipient's binary is
/// not on `PATH` (found before anything runs); [`AgeShareError::Plugin`]
/// when the plugin fails.
pub fn encrypt_share(
    text: &str,
    recipient: &ShareRecipient,
    armor: bool,
) -> Result<Vec<u8>, AgeShareError> {
    let plugin;
    let r: &dyn age::Recipient = match &recipient.kind {
        Kind::X25519(r) => r,
        Kind::Ssh(r) => r,
        Kind::Plugin(p) => {
            plugin = age::plugin::RecipientPluginV1::new(
                p.plugin(),
                std::slice::from_ref(p),
                &[],
                age::NoCallbacks,
            )
            .map_err(encrypt_error)?;
            &plugin
        }
    };
    let encryptor = age::Encryptor::with_recipients(std::iter::once(r)).map_err(encrypt_error)?;
    let format = if armor {
        age::armor::Format::AsciiArmor
    } else {
        age::armor::Format::Binary
    };
    let io = |e: std::io::Error| AgeShareError::Plugin(e.to_string());
    let out = age::armor::ArmoredWriter::wrap_output(Vec::new(), format).map_err(io)?;
    let mut w = encryptor.wrap_output(out).map_err(encrypt_io)?;
    w.write_all(text.as_bytes()).map_err(io)?;
    w.finish().and_then(|a| a.finish()).map_err(io)
}

fn encrypt_io(e: std::io::Error) -> AgeShareError {
    AgeShareError::Plugin(e.to_string())
}

fn encrypt_error(e: age::EncryptError) -> AgeShareError {
    match e {
        age::EncryptError::MissingPlugin { binary_name } => AgeShareError::MissingPlugin {
            binary: binary_name,
        },
        other => AgeShareError::Plugin(other.to_string()),
    }
}

/// How a protected identity asks for its passphrase (and a plugin for a
/// PIN): the face passes a function that reads from the terminal with echo
/// off and returns `None` when there is no terminal.
#[derive(Clone)]
pub struct Prompt {
    ask: fn(&str) -> Option<Zeroizing<String>>,
    unanswered: Arc<AtomicBool>,
}

impl Prompt {
    /// A prompt that calls `ask` with the question.
    pub fn new(ask: fn(&str) -> Option<Zeroizing<String>>) -> Self {
        Self {
            ask,
            unanswered: Arc::new(AtomicBool::new(false)),
        }
    }

    /// A prompt that never answers (tests, and where no terminal exists).
    pub fn none() -> Self {
        Self::new(|_| None)
    }
}

impl age::Callbacks for Prompt {
    fn display_message(&self, message: &str) {
        // A plugin asking for a touch: the holder must see it.
        eprintln!("{}", crate::text::for_terminal_lines(message));
    }

    fn confirm(&self, _: &str, _: &str, _: Option<&str>) -> Option<bool> {
        None
    }

    fn request_public_string(&self, _: &str) -> Option<String> {
        None
    }

    fn request_passphrase(&self, description: &str) -> Option<age::secrecy::SecretString> {
        let answer = (self.ask)(description);
        if answer.is_none() {
            self.unanswered.store(true, Ordering::SeqCst);
        }
        answer.map(|a| age::secrecy::SecretString::from(a.to_string()))
    }
}

/// The identities of one identity file, ready for [`decrypt_share`].
pub struct Identities {
    list: Vec<Box<dyn age::Identity>>,
    prompt: Prompt,
}

impl Identities {
    /// No identities yet.
    pub fn new(prompt: Prompt) -> Self {
        Self {
            list: Vec::new(),
            prompt,
        }
    }

    /// How many identities were loaded.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether none was loaded.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Adds the identities of one file's bytes: an age identity file (one
    /// or more `AGE-SECRET-KEY-1…` or `AGE-PLUGIN-…` lines), an age file
    /// encrypted with a passphrase holding such lines (`age -p`), or an
    /// OpenSSH / PEM RSA private key (possibly passphrase-protected).
    /// Passphrases are asked only when a share file is decrypted.
    ///
    /// # Errors
    /// [`AgeShareError::IdentityUnreadable`], [`AgeShareError::IdentityUnsupported`],
    /// [`AgeShareError::MissingPlugin`] for a plugin identity whose binary
    /// is not on `PATH`.
    pub fn add_file(&mut self, bytes: &[u8]) -> Result<(), AgeShareError> {
        let trimmed = bytes.trim_ascii_start();
        if is_age_file(bytes) {
            let id = age::encrypted::Identity::from_buffer(
                Cursor::new(bytes.to_vec()),
                None,
                self.prompt.clone(),
                None,
            )
            .map_err(|_| AgeShareError::IdentityUnreadable("a damaged age file".into()))?
            .ok_or_else(|| {
                AgeShareError::IdentityUnreadable(
                    "an age file not encrypted with a passphrase".into(),
                )
            })?;
            self.list.push(Box::new(id));
            return Ok(());
        }
        if trimmed.starts_with(b"-----BEGIN OPENSSH PRIVATE KEY-----")
            || trimmed.starts_with(b"-----BEGIN RSA PRIVATE KEY-----")
        {
            let id = age::ssh::Identity::from_buffer(BufReader::new(trimmed), None)
                .map_err(|_| AgeShareError::IdentityUnreadable("a damaged SSH key".into()))?;
            if let age::ssh::Identity::Unsupported(_) = id {
                return Err(AgeShareError::IdentityUnsupported);
            }
            self.list
                .push(Box::new(id.with_callbacks(self.prompt.clone())));
            return Ok(());
        }
        let file = age::IdentityFile::from_buffer(BufReader::new(bytes)).map_err(|e| {
            // age's message names a line number, never the line.
            AgeShareError::IdentityUnreadable(e.to_string().replace("identity file ", ""))
        })?;
        let ids = file
            .with_callbacks(self.prompt.clone())
            .into_identities()
            .map_err(decrypt_error)?;
        if ids.is_empty() {
            return Err(AgeShareError::IdentityUnreadable(
                "no identity in it".into(),
            ));
        }
        self.list.extend(ids);
        Ok(())
    }
}

fn decrypt_error(e: age::DecryptError) -> AgeShareError {
    match e {
        age::DecryptError::MissingPlugin { binary_name } => AgeShareError::MissingPlugin {
            binary: binary_name,
        },
        age::DecryptError::Plugin(errs) => AgeShareError::Plugin(
            errs.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
        ),
        age::DecryptError::NoMatchingKeys => AgeShareError::NoMatchingIdentity,
        age::DecryptError::KeyDecryptionFailed => AgeShareError::IdentityPassphrase,
        age::DecryptError::DecryptionFailed | age::DecryptError::Io(_) => AgeShareError::Tampered,
        age::DecryptError::InvalidMac => AgeShareError::Tampered,
        age::DecryptError::ExcessiveWork { .. } => AgeShareError::PassphraseFile,
        age::DecryptError::InvalidHeader | age::DecryptError::UnknownFormat => {
            AgeShareError::Damaged
        }
    }
}

/// Decrypts an age share file (binary or armored) with `identities` and
/// returns the text inside. The caller parses it as a share
/// (`Share::parse`), so a file that decrypts to something else is refused
/// there, naming the file.
///
/// # Errors
/// [`AgeShareError`]: not age, damaged, truncated or tampered, encrypted to
/// another recipient, a wrong identity passphrase, a missing plugin, or
/// content that cannot be a share's text.
pub fn decrypt_share(
    bytes: &[u8],
    identities: &Identities,
) -> Result<Zeroizing<String>, AgeShareError> {
    if !is_age_file(bytes) {
        return Err(AgeShareError::NotAge);
    }
    let reader = age::armor::ArmoredReader::new(bytes);
    let decryptor = age::Decryptor::new_buffered(reader).map_err(|e| match e {
        age::DecryptError::Io(_) => AgeShareError::Damaged,
        other => decrypt_error(other),
    })?;
    if decryptor.is_scrypt() {
        return Err(AgeShareError::PassphraseFile);
    }
    let mut stream = decryptor
        .decrypt(identities.list.iter().map(|i| i.as_ref()))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys
                if identities.prompt.unanswered.load(Ordering::SeqCst) =>
            {
                AgeShareError::IdentityNoPrompt
            }
            // The file is in memory and its header parsed: an I/O error
            // while unwrapping comes from a plugin process (it died or
            // closed its pipe), not from the file.
            age::DecryptError::Io(e) => AgeShareError::Plugin(e.to_string()),
            // The header MAC fails when the header was changed, and the
            // file key cannot be unwrapped when a stanza was.
            other => decrypt_error(other),
        })?;
    let mut out = Zeroizing::new(Vec::new());
    (&mut stream)
        .take(MAX_SHARE_FILE as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|_| AgeShareError::Tampered)?;
    if out.len() > MAX_SHARE_FILE {
        return Err(AgeShareError::NotShareText);
    }
    let text = std::str::from_utf8(&out).map_err(|_| AgeShareError::NotShareText)?;
    Ok(Zeroizing::new(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "KLUIS\nAAAA-BBBB-CCCC-D\n";

    fn pair() -> (String, ShareRecipient) {
        let id = age::x25519::Identity::generate();
        let rec = ShareRecipient::parse(&id.to_public().to_string()).expect("parses");
        use age::secrecy::ExposeSecret;
        (id.to_string().expose_secret().to_string(), rec)
    }

    fn ids(file: &str) -> Identities {
        let mut ids = Identities::new(Prompt::none());
        ids.add_file(file.as_bytes()).expect("identity file");
        ids
    }

    #[test]
    fn round_trip_binary_and_armored() {
        let (key, rec) = pair();
        for armor in [false, true] {
            let enc = encrypt_share(TEXT, &rec, armor).expect("encrypts");
            assert!(is_age_file(&enc));
            assert_eq!(enc.starts_with(ARMOR_BEGIN), armor);
            let dec = decrypt_share(&enc, &ids(&key)).expect("decrypts");
            assert_eq!(dec.as_str(), TEXT);
        }
    }

    #[test]
    fn another_recipient_and_tampering_are_refused() {
        let (_, rec) = pair();
        let (other, _) = pair();
        let enc = encrypt_share(TEXT, &rec, false).expect("encrypts");
        assert_eq!(
            decrypt_share(&enc, &ids(&other)).err(),
            Some(AgeShareError::NoMatchingIdentity)
        );
        assert_eq!(
            decrypt_share(b"KLUIS\n", &ids(&other)).err(),
            Some(AgeShareError::NotAge)
        );
    }

    #[test]
    fn recipients_parse_and_typos_fail_the_checksum() {
        let (_, rec) = pair();
        let good = rec.as_str().to_string();
        assert_eq!(
            ShareRecipient::parse(&format!("  {good}\n"))
                .expect("ok")
                .as_str(),
            good
        );
        // One symbol changed: Bech32 catches it.
        let mut bad: Vec<char> = good.chars().collect();
        let i = bad.len() - 3;
        bad[i] = if bad[i] == 'q' { 'p' } else { 'q' };
        let bad: String = bad.into_iter().collect();
        assert!(matches!(
            ShareRecipient::parse(&bad),
            Err(AgeShareError::RecipientChecksum(_))
        ));
        assert!(matches!(
            ShareRecipient::parse("hello"),
            Err(AgeShareError::RecipientUnknown(_))
        ));
        assert_eq!(rec.kind_word(), "age");
        assert_eq!(rec.fingerprint().len(), 9);
        assert_eq!(rec.fingerprint(), fingerprint_of(&good));
    }
}
