//! The body: everything secret, encoded with postcard (deterministic,
//! compact) and encrypted as a whole. These are the wire types; behaviour on
//! them lives in [`crate::vault`].
//!
//! Adding a field changes the encoding, so the body carries its own version
//! byte in front of the postcard bytes ([`BODY_VERSION`]).

use serde::{Deserialize, Serialize};

use crate::audit::AuditRecord;
use crate::crypto::kdf::KdfParams;
use crate::secret::SecretBytes;
use crate::shares::SetId;

/// Version of the body encoding, the first plaintext byte. Version 2 added
/// [`Body::remotes`] and [`Body::syslog`] at the end; version 3 added
/// [`Holder::recipient`] at the end of each holder. Version 1 and 2 bodies
/// are still read (no remotes, forwarding off, no recipients) and are
/// written back as version 3 at the next save.
pub const BODY_VERSION: u8 = 3;

/// The older body version without recipients that is still read
/// ([`BodyV2`]).
pub const BODY_VERSION_2: u8 = 2;

/// The older body version that is still read ([`BodyV1`]).
pub const BODY_VERSION_1: u8 = 1;

/// Why a decrypted body could not be read. Since the body was authenticated,
/// this means a bug or a deliberate, key-holding forgery.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BodyError {
    /// Unknown body version.
    #[error("the vault body has version {0}, which this kluis does not read: upgrade kluis")]
    Version(u8),
    /// Postcard could not decode it, or bytes were left over.
    #[error("the vault body is malformed: it is damaged")]
    Malformed,
    /// It decodes, but not from the encoding kluis writes (e.g. an
    /// over-long varint).
    #[error("the vault body is not in canonical form: it is damaged or was forged")]
    NonCanonical,
    /// It decodes, but breaks one of the body's own rules.
    #[error("the vault body breaks its own rules ({0}): it is damaged or was forged")]
    Invariant(&'static str),
}

/// The decrypted vault content.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Body {
    /// Display name of the vault (printed on sheets).
    pub name: String,
    /// Creation time, Unix seconds UTC.
    pub created_at: i64,
    /// Settings the PO can change.
    pub settings: Settings,
    /// The secrets, in insertion order.
    pub secrets: Vec<SecretEntry>,
    /// People and their roles.
    pub roster: Vec<Person>,
    /// Active and pending share sets, with their recovery material.
    pub sets: Vec<ShareSetRecord>,
    /// The audit chain.
    pub audit: Vec<AuditRecord>,
    /// The last audit sequence number the PO acknowledged (`kluis ack`):
    /// emergency events after it are shown at every PO unlock.
    pub acknowledged_seq: u64,
    /// Git remotes every save is pushed to (body version 2).
    pub remotes: Vec<RemoteEntry>,
    /// Forwarding of audit records to the system log (body version 2).
    pub syslog: SyslogSetting,
}

/// The body of version 1: version 2 without the fields version 2 appended.
/// Kept only to read old vaults; postcard writes fields in order, so this
/// is exactly the version 1 layout.
#[derive(Serialize, Deserialize)]
struct BodyV1 {
    name: String,
    created_at: i64,
    settings: Settings,
    secrets: Vec<SecretEntry>,
    roster: Vec<Person>,
    sets: Vec<ShareSetRecordV2>,
    audit: Vec<AuditRecord>,
    acknowledged_seq: u64,
}

impl From<BodyV1> for Body {
    fn from(v: BodyV1) -> Body {
        Body {
            name: v.name,
            created_at: v.created_at,
            settings: v.settings,
            secrets: v.secrets,
            roster: v.roster,
            sets: v.sets.into_iter().map(Into::into).collect(),
            audit: v.audit,
            acknowledged_seq: v.acknowledged_seq,
            remotes: Vec::new(),
            syslog: SyslogSetting::default(),
        }
    }
}

/// The body of version 2: [`Body`] whose holders have no recipient
/// ([`HolderV2`]). Kept only to read old vaults.
#[derive(Serialize, Deserialize)]
struct BodyV2 {
    name: String,
    created_at: i64,
    settings: Settings,
    secrets: Vec<SecretEntry>,
    roster: Vec<Person>,
    sets: Vec<ShareSetRecordV2>,
    audit: Vec<AuditRecord>,
    acknowledged_seq: u64,
    remotes: Vec<RemoteEntry>,
    syslog: SyslogSetting,
}

impl From<BodyV2> for Body {
    fn from(v: BodyV2) -> Body {
        Body {
            name: v.name,
            created_at: v.created_at,
            settings: v.settings,
            secrets: v.secrets,
            roster: v.roster,
            sets: v.sets.into_iter().map(Into::into).collect(),
            audit: v.audit,
            acknowledged_seq: v.acknowledged_seq,
            remotes: v.remotes,
            syslog: v.syslog,
        }
    }
}

/// [`ShareSetRecord`] of body versions 1 and 2 (holders without recipient).
#[derive(Serialize, Deserialize)]
struct ShareSetRecordV2 {
    set_id: SetId,
    threshold: u8,
    state: SetState,
    created_at: i64,
    recovery_key: SecretBytes,
    exposed: bool,
    holders: Vec<HolderV2>,
}

/// [`Holder`] of body versions 1 and 2.
#[derive(Serialize, Deserialize)]
struct HolderV2 {
    index: u8,
    label: String,
    place: String,
    share: SecretBytes,
    printed_at: Option<i64>,
    verified_at: Option<i64>,
    drilled_at: Option<i64>,
}

impl From<ShareSetRecordV2> for ShareSetRecord {
    fn from(v: ShareSetRecordV2) -> Self {
        ShareSetRecord {
            set_id: v.set_id,
            threshold: v.threshold,
            state: v.state,
            created_at: v.created_at,
            recovery_key: v.recovery_key,
            exposed: v.exposed,
            holders: v
                .holders
                .into_iter()
                .map(|h| Holder {
                    index: h.index,
                    label: h.label,
                    place: h.place,
                    share: h.share,
                    printed_at: h.printed_at,
                    verified_at: h.verified_at,
                    drilled_at: h.drilled_at,
                    recipient: None,
                })
                .collect(),
        }
    }
}

/// A git repository the vault is carried to (`kluis remote add`). Not
/// secret, but kept in the authenticated body so nobody without the key
/// can add or drop a remote unseen.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct RemoteEntry {
    /// Unique name: ASCII letters, digits, `-`, `_`, `.`; 1 to 32 long; not
    /// starting with `-` or `.`.
    pub name: String,
    /// Anything `git` accepts as a remote URL.
    pub url: String,
    /// A value is released only if this remote accepted the record of its
    /// release.
    pub required: bool,
    /// When added (Unix seconds).
    pub added_at: i64,
}

/// Where audit records are forwarded as RFC 5424 lines
/// (`kluis settings --syslog`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct SyslogSetting {
    /// `""` (off), `"unix"` (`/dev/log`), `"udp://HOST:PORT"` or
    /// `"tcp://HOST:PORT"`.
    pub target: String,
    /// Whether the free-text reason of an unseal is forwarded too.
    pub reasons: bool,
}

/// PO settings.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Settings {
    /// Minutes an emergency session lasts.
    pub emergency_minutes: u32,
    /// Idle minutes before the TUI locks.
    pub idle_lock_minutes: u32,
    /// Days between drills before a share is overdue.
    pub drill_interval_days: u32,
    /// Language of messages and sheets: "nl", "en", or empty for the
    /// environment's.
    pub language: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            emergency_minutes: 30,
            idle_lock_minutes: 5,
            drill_interval_days: 182,
            language: String::new(),
        }
    }
}

/// The kind of a secret.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum SecretKind {
    /// The backup decryption key.
    BackupKey,
    /// Account, password, URL, notes.
    Credential,
    /// A TOTP seed.
    Totp,
    /// Free text.
    Note,
}

impl SecretKind {
    /// The CLI name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::BackupKey => "backup-key",
            Self::Credential => "credential",
            Self::Totp => "totp",
            Self::Note => "note",
        }
    }
}

/// A named secret with all its versions (policy article 4.5).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct SecretEntry {
    /// Unique name.
    pub name: String,
    /// Kind.
    pub kind: SecretKind,
    /// Released in an emergency session.
    pub emergency: bool,
    /// Versions, oldest first; never empty; numbers 1, 2, ...
    pub versions: Vec<SecretVersion>,
}

/// One version of a secret.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct SecretVersion {
    /// 1-based version number.
    pub number: u32,
    /// When it was made.
    pub created_at: i64,
    /// Who made it.
    pub created_by: String,
    /// How the value came to be.
    pub origin: ValueOrigin,
    /// The value.
    pub value: SecretValue,
}

/// Where a value came from (metadata, shown by `secret show`).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum ValueOrigin {
    /// Read from a file.
    File,
    /// `--generate key256`.
    GeneratedKey256,
    /// `--generate passphrase`.
    GeneratedPassphrase,
    /// `--generate age`: an age X25519 identity made in kluis. Appended last
    /// so the encoding of the variants before it does not change.
    GeneratedAge,
}

/// A secret value.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub enum SecretValue {
    /// Opaque bytes (backup key, note).
    Opaque(SecretBytes),
    /// An account.
    Credential {
        /// Account name (not secret).
        username: String,
        /// Password.
        password: SecretBytes,
        /// Where to log in (not secret).
        url: String,
        /// Notes, kept secret.
        notes: SecretBytes,
    },
    /// A TOTP generator (RFC 6238, HMAC-SHA1).
    Totp {
        /// The raw seed.
        seed: SecretBytes,
        /// Digits in a code.
        digits: u8,
        /// Seconds per code.
        period: u32,
    },
}

/// A role in the roster.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum Role {
    /// The Privacy Officer.
    Po,
    /// May recover with a quorum in an emergency.
    Delegate,
    /// Approves unseals with a PIN.
    Approver,
    /// Holds a share.
    Holder,
}

impl Role {
    /// The CLI name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Po => "po",
            Self::Delegate => "delegate",
            Self::Approver => "approver",
            Self::Holder => "holder",
        }
    }
}

/// A person in the roster.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Person {
    /// Unique name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// PIN hash, for approvers.
    pub pin: Option<PinHash>,
    /// Consecutive wrong PINs.
    pub pin_failures: u32,
    /// PIN entry refused until this time (Unix seconds).
    pub locked_until: Option<i64>,
    /// When added.
    pub added_at: i64,
}

/// An Argon2id hash of a PIN, with its own salt and parameters.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct PinHash {
    /// Salt.
    pub salt: [u8; 16],
    /// Parameters.
    pub kdf: KdfParams,
    /// Argon2id output.
    pub hash: SecretBytes,
}

/// Whether a share set is in force.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum SetState {
    /// In force.
    Active,
    /// Waiting for its sheets to be printed and verified.
    Pending,
}

/// A share set with its recovery material. The recovery key and the shares
/// are kept so the PO can reprint a damaged sheet without re-splitting.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ShareSetRecord {
    /// Random id.
    pub set_id: SetId,
    /// k.
    pub threshold: u8,
    /// Active or pending.
    pub state: SetState,
    /// When split.
    pub created_at: i64,
    /// The recovery key (32 bytes).
    pub recovery_key: SecretBytes,
    /// Used in an emergency: must be rotated.
    pub exposed: bool,
    /// One per share, index order.
    pub holders: Vec<Holder>,
}

/// One share of a set and who keeps it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Holder {
    /// 1-based index.
    pub index: u8,
    /// Who holds it ("Office safe", "IT administrator").
    pub label: String,
    /// Where it is kept.
    pub place: String,
    /// The share value (32 bytes).
    pub share: SecretBytes,
    /// Last printed.
    pub printed_at: Option<i64>,
    /// Last verified after printing.
    pub verified_at: Option<i64>,
    /// Last successful drill.
    pub drilled_at: Option<i64>,
    /// The holder's age recipient (`age1…`, an SSH public key, or a plugin
    /// recipient) in canonical form, when the share is delivered as an
    /// encrypted file (`kluis shares recipient set`; body version 3).
    /// A public key, not a secret.
    pub recipient: Option<String>,
}

/// Longest recipient stored (an SSH RSA key of 16384 bits is about 2,800
/// characters).
pub const RECIPIENT_MAX: usize = 4096;

/// Decodes one `T` that must use every byte.
/// An older body version, read as strictly as the current one: decoded,
/// encoded again and compared byte for byte (one encoding per body), before
/// the caller migrates it. One function for every older version.
fn read_older<T: serde::de::DeserializeOwned + Serialize>(
    version: u8,
    bytes: &[u8],
) -> Result<T, BodyError> {
    let old = take_all::<T>(&bytes[1..])?;
    let mut again = zeroize::Zeroizing::new(vec![version]);
    again.extend_from_slice(&zeroize::Zeroizing::new(
        postcard::to_stdvec(&old).expect("postcard serialises every body version"),
    ));
    if !crate::crypto::hash::ct_eq(&again, bytes) {
        return Err(BodyError::NonCanonical);
    }
    Ok(old)
}

fn take_all<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, BodyError> {
    let (v, rest) = postcard::take_from_bytes::<T>(bytes).map_err(|_| BodyError::Malformed)?;
    if !rest.is_empty() {
        return Err(BodyError::Malformed);
    }
    Ok(v)
}

impl Body {
    /// Encodes: version byte || postcard.
    pub fn encode(&self) -> zeroize::Zeroizing<Vec<u8>> {
        let mut out = zeroize::Zeroizing::new(vec![BODY_VERSION]);
        let enc = zeroize::Zeroizing::new(
            postcard::to_stdvec(self).expect("postcard serialises every Body"),
        );
        out.extend_from_slice(&enc);
        out
    }

    /// Decodes what [`Body::encode`] wrote and checks its invariants
    /// ([`Body::check`]).
    ///
    /// # Errors
    /// [`BodyError`].
    pub fn decode(bytes: &[u8]) -> Result<Body, BodyError> {
        let body = Self::parse(bytes)?;
        body.check()?;
        Ok(body)
    }

    /// Decodes without checking the invariants (for encoding tests).
    /// Trailing bytes are refused, and so is any encoding that is not the
    /// one kluis would write: postcard itself accepts over-long varints
    /// (`82 00` for 2), so the decoded value is re-encoded and compared, and
    /// whatever parses re-serialises byte-identically (tests/it/canonical.rs).
    /// The body is authenticated before it is decoded, so this guards
    /// against a buggy or forging key holder, not against an outsider.
    ///
    /// # Errors
    /// [`BodyError`].
    pub fn parse(bytes: &[u8]) -> Result<Body, BodyError> {
        match bytes.first() {
            Some(&BODY_VERSION) => {
                let body = take_all::<Body>(&bytes[1..])?;
                if !crate::crypto::hash::ct_eq(&body.encode(), bytes) {
                    return Err(BodyError::NonCanonical);
                }
                Ok(body)
            }
            Some(&BODY_VERSION_2) => {
                // Migrate on read, as for version 1 below.
                Ok(read_older::<BodyV2>(BODY_VERSION_2, bytes)?.into())
            }
            Some(&BODY_VERSION_1) => {
                // Migrate on read: the same canonical check against the
                // version 1 encoding, then the new fields get defaults.
                Ok(read_older::<BodyV1>(BODY_VERSION_1, bytes)?.into())
            }
            Some(&v) => Err(BodyError::Version(v)),
            None => Err(BodyError::Malformed),
        }
    }

    /// Checks the rules the rest of kluis relies on, so a body that
    /// authenticates but was written by a buggy or forged writer is refused
    /// at unlock instead of panicking later. Invariants: unique secret and
    /// person names; exactly one PO; every secret has versions numbered
    /// 1, 2, ...; every set has a 32-byte recovery key, 1 <= k <= n <= 16
    /// holders with indices 1..=n in order and 32-byte shares; at most one
    /// active and one pending set; distinct set ids; remote names valid and
    /// unique; a holder's recipient, when set, is 1 to 4096 bytes without
    /// control characters (it is shown and handed to age).
    ///
    /// # Errors
    /// [`BodyError::Invariant`] naming the rule.
    pub fn check(&self) -> Result<(), BodyError> {
        use std::collections::HashSet;
        let inv = BodyError::Invariant;
        let mut names = HashSet::new();
        for s in &self.secrets {
            if !names.insert(s.name.as_str()) {
                return Err(inv("duplicate secret name"));
            }
            if s.versions.is_empty() {
                return Err(inv("a secret without versions"));
            }
            if s.versions
                .iter()
                .enumerate()
                .any(|(i, v)| v.number as usize != i + 1)
            {
                return Err(inv("version numbers out of order"));
            }
        }
        let mut people = HashSet::new();
        for p in &self.roster {
            if !people.insert(p.name.as_str()) {
                return Err(inv("duplicate person"));
            }
            if let Some(pin) = &p.pin
                && pin.hash.len() != 32
            {
                return Err(inv("PIN hash length"));
            }
        }
        if self.roster.iter().filter(|p| p.role == Role::Po).count() != 1 {
            return Err(inv("the roster must have exactly one PO"));
        }
        let mut ids = HashSet::new();
        for set in &self.sets {
            if !ids.insert(set.set_id) {
                return Err(inv("duplicate share set id"));
            }
            let n = set.holders.len();
            if set.recovery_key.len() != 32 {
                return Err(inv("recovery key length"));
            }
            if n == 0
                || n > usize::from(crate::shares::MAX_SHARES)
                || set.threshold == 0
                || usize::from(set.threshold) > n
            {
                return Err(inv("share set threshold or count"));
            }
            if set
                .holders
                .iter()
                .enumerate()
                .any(|(i, h)| usize::from(h.index) != i + 1 || h.share.len() != 32)
            {
                return Err(inv("share index or length"));
            }
            if set.holders.iter().any(|h| {
                h.recipient.as_ref().is_some_and(|r| {
                    r.is_empty() || r.len() > RECIPIENT_MAX || r.chars().any(char::is_control)
                })
            }) {
                return Err(inv("holder recipient"));
            }
        }
        for state in [SetState::Active, SetState::Pending] {
            if self.sets.iter().filter(|s| s.state == state).count() > 1 {
                return Err(inv("more than one active or pending set"));
            }
        }
        let mut remotes = HashSet::new();
        for r in &self.remotes {
            if check_remote_name(&r.name).is_err() || !remotes.insert(r.name.as_str()) {
                return Err(inv("remote name invalid or duplicate"));
            }
        }
        Ok(())
    }
}

/// Checks a remote name: 1 to 32 of ASCII letters, digits, `-`, `_`, `.`,
/// not starting with `-` or `.`. The name becomes a directory name under the
/// state directory and a word in messages, so anything else is refused
/// rather than escaped.
///
/// # Errors
/// Why the name is refused, in words.
pub fn check_remote_name(name: &str) -> Result<(), RemoteNameError> {
    if name.is_empty() || name.len() > 32 {
        return Err(RemoteNameError::Length);
    }
    if name.starts_with(['-', '.']) {
        return Err(RemoteNameError::Start);
    }
    if !name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    {
        return Err(RemoteNameError::Characters);
    }
    Ok(())
}

/// Why a text is no remote name; each face words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RemoteNameError {
    /// Empty, or longer than 32 bytes.
    #[error("a remote name is 1 to 32 characters long")]
    Length,
    /// Starts with `-` or `.`.
    #[error("a remote name cannot start with '-' or '.'")]
    Start,
    /// A character other than letters, digits, `-`, `_` and `.`.
    #[error("a remote name may hold only letters a-z, A-Z, digits, '-', '_' and '.'")]
    Characters,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v2_body() -> Body {
        Body {
            name: "t".into(),
            created_at: 1,
            settings: Settings::default(),
            secrets: Vec::new(),
            roster: vec![Person {
                name: "Anna".into(),
                role: Role::Po,
                pin: None,
                pin_failures: 0,
                locked_until: None,
                added_at: 1,
            }],
            sets: Vec::new(),
            audit: Vec::new(),
            acknowledged_seq: 0,
            remotes: vec![RemoteEntry {
                name: "office".into(),
                url: "/srv/git/kluis.git".into(),
                required: true,
                added_at: 2,
            }],
            syslog: SyslogSetting {
                target: "udp://127.0.0.1:514".into(),
                reasons: false,
            },
        }
    }

    fn set_with(recipient: Option<&str>) -> ShareSetRecord {
        ShareSetRecord {
            set_id: [1; 8],
            threshold: 1,
            state: SetState::Active,
            created_at: 3,
            recovery_key: SecretBytes::new(vec![7; 32]),
            exposed: false,
            holders: vec![Holder {
                index: 1,
                label: "Safe".into(),
                place: "Office".into(),
                share: SecretBytes::new(vec![9; 32]),
                printed_at: Some(4),
                verified_at: None,
                drilled_at: None,
                recipient: recipient.map(str::to_string),
            }],
        }
    }

    #[test]
    fn v3_round_trips() {
        let mut b = v2_body();
        b.sets.push(set_with(Some("age1example")));
        let enc = b.encode();
        assert_eq!(enc[0], 3);
        assert_eq!(Body::decode(&enc).expect("decodes"), b);
        // A control character in a recipient breaks the body's rules.
        b.sets[0].holders[0].recipient = Some("age1\nx".into());
        assert_eq!(
            Body::decode(&b.encode()),
            Err(BodyError::Invariant("holder recipient"))
        );
    }

    #[test]
    fn v2_is_migrated_on_read() {
        let mut b = v2_body();
        b.sets.push(set_with(None));
        let old = BodyV2 {
            name: b.name.clone(),
            created_at: b.created_at,
            settings: b.settings.clone(),
            secrets: Vec::new(),
            roster: b.roster.clone(),
            sets: vec![ShareSetRecordV2 {
                set_id: [1; 8],
                threshold: 1,
                state: SetState::Active,
                created_at: 3,
                recovery_key: SecretBytes::new(vec![7; 32]),
                exposed: false,
                holders: vec![HolderV2 {
                    index: 1,
                    label: "Safe".into(),
                    place: "Office".into(),
                    share: SecretBytes::new(vec![9; 32]),
                    printed_at: Some(4),
                    verified_at: None,
                    drilled_at: None,
                }],
            }],
            audit: Vec::new(),
            acknowledged_seq: 0,
            remotes: b.remotes.clone(),
            syslog: b.syslog.clone(),
        };
        let mut enc = vec![2u8];
        enc.extend(postcard::to_stdvec(&old).expect("encodes"));
        assert_eq!(Body::decode(&enc).expect("v2 decodes"), b);
        // A v3 body under a v2 byte has a recipient byte too many per holder.
        let mut v3_as_v2 = b.encode().to_vec();
        v3_as_v2[0] = 2;
        assert!(Body::parse(&v3_as_v2).is_err());
    }

    #[test]
    fn v1_is_migrated_on_read() {
        let mut b = v2_body();
        b.remotes.clear();
        b.syslog = SyslogSetting::default();
        let old = BodyV1 {
            name: b.name.clone(),
            created_at: b.created_at,
            settings: b.settings.clone(),
            secrets: Vec::new(),
            roster: b.roster.clone(),
            sets: Vec::new(),
            audit: Vec::new(),
            acknowledged_seq: 0,
        };
        let mut enc = vec![1u8];
        enc.extend(postcard::to_stdvec(&old).expect("encodes"));
        assert_eq!(Body::decode(&enc).expect("v1 decodes"), b);
        // A v1 body with trailing bytes (say, v2 fields under a v1 byte) is
        // malformed, not silently read.
        let mut v2_as_v1 = v2_body().encode().to_vec();
        v2_as_v1[0] = 1;
        assert_eq!(Body::parse(&v2_as_v1), Err(BodyError::Malformed));
        assert_eq!(Body::parse(&[4u8, 0]), Err(BodyError::Version(4)));
    }

    #[test]
    fn remote_names() {
        for ok in ["office", "usb-safe", "nas_1", "a.b", "X"] {
            assert!(check_remote_name(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "-x",
            ".x",
            "a b",
            "a/b",
            "ü",
            "a\nb",
            &"x".repeat(33),
            "a:b",
        ] {
            assert!(check_remote_name(bad).is_err(), "{bad}");
        }
        let mut b = v2_body();
        b.remotes.push(b.remotes[0].clone());
        assert!(b.check().is_err());
    }
}
