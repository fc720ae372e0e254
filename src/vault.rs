//! The vault: an [`EncryptedVault`] as read from disk, and the unlocked
//! [`Vault`] that holds the master key and the decrypted body.
//!
//! Parse, don't validate: the only way to a [`Vault`] is through
//! [`EncryptedVault::unlock_with_passphrase`] or
//! [`EncryptedVault::unlock_with_quorum`], each of which checks the file's
//! checksum, the KDF limits, the slot and the body AEAD, and verifies the
//! audit chain.

use zeroize::Zeroizing;

use crate::audit::{self, ChainError};
use crate::crypto::aead::{self, NONCE_LEN};
use crate::crypto::hash::{self, SLOT_AAD};
use crate::crypto::kdf::{KdfLimits, KdfParams, KdfRefused, SALT_LEN};
use crate::error::{Classify, ExitClass};
use crate::format::body::{Body, BodyError, SetState, ShareSetRecord};
use crate::format::header::{FLAG_WEAK_KDF, VAULT_ID_LEN, WRAPPED_LEN};
use crate::format::{Header, HeaderError, SetHeader, SetStatus, Slot, SlotKind, VaultFile};
use crate::secret::{KEY_LEN, MasterKey, Passphrase, RecoveryKey};
use crate::shares::{
    Quorum, QuorumError, SetId, Share, ShareCheckError, ShareSetInfo, UntrustedShares,
};

/// Why a vault could not be opened.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum UnlockError {
    /// The header or checksum is bad.
    #[error(transparent)]
    Header(#[from] HeaderError),
    /// KDF parameters refused before any work.
    #[error(transparent)]
    Kdf(#[from] KdfRefused),
    /// The passphrase slot did not open.
    #[error("wrong passphrase: try again (the vault file itself is intact)")]
    WrongPassphrase,
    /// Shares that check out individually did not open the recovery slot.
    #[error(
        "the shares are valid but do not open this vault's recovery slot: the vault may have been tampered with"
    )]
    RecoverySlot,
    /// A share problem (wrong set, duplicate, not enough, ...).
    #[error(transparent)]
    Quorum(#[from] QuorumError),
    /// A share of a retired set.
    #[error(
        "share {position} belongs to a retired set (id {set}): use the sheets of the current set"
    )]
    RetiredSet {
        /// Entry position, 1-based.
        position: usize,
        /// Set id, hex.
        set: String,
    },
    /// A share of a set this vault never had.
    #[error(
        "share {position} belongs to a share set this vault does not know (id {set}): is it from another vault?"
    )]
    UnknownSet {
        /// Entry position, 1-based.
        position: usize,
        /// Set id, hex.
        set: String,
    },
    /// No shares given.
    #[error("no shares given: give at least the threshold number of shares")]
    NoShares,
    /// Slot opened but the body did not authenticate.
    #[error(
        "the vault body fails authentication: the file is damaged or was tampered with; restore it from a backup copy"
    )]
    BodyAuth,
    /// Body decoded badly.
    #[error(transparent)]
    Body(#[from] BodyError),
    /// The audit chain is broken.
    #[error(transparent)]
    Chain(#[from] ChainError),
}

impl Classify for UnlockError {
    fn class(&self) -> ExitClass {
        match self {
            Self::Header(e) => e.class(),
            Self::Kdf(e) => e.class(),
            Self::WrongPassphrase
            | Self::Quorum(_)
            | Self::RetiredSet { .. }
            | Self::UnknownSet { .. }
            | Self::NoShares => ExitClass::Auth,
            Self::RecoverySlot | Self::BodyAuth | Self::Chain(_) => ExitClass::Damaged,
            Self::Body(BodyError::Version(_)) => ExitClass::Other,
            Self::Body(_) => ExitClass::Damaged,
        }
    }
}

/// A vault file parsed and checksum-verified, not yet decrypted.
#[derive(Debug, Clone)]
pub struct EncryptedVault {
    file: VaultFile,
}

/// Which set a share belongs to, for drills and per-share verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareSetRole {
    /// The active set.
    Active,
    /// The pending set.
    Pending,
}

/// Why one share does not belong to this vault.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ShareVerdictError {
    /// Of a retired set.
    #[error(
        "share belongs to a retired set (id {0}): it no longer opens this vault; hand it to the PO for destruction"
    )]
    Retired(String),
    /// Of an unknown set.
    #[error(
        "share belongs to a share set this vault does not know (id {0}): is it from another vault?"
    )]
    Unknown(String),
    /// Fails the set's checks.
    #[error(transparent)]
    Check(#[from] ShareCheckError),
}

impl Classify for ShareVerdictError {
    fn class(&self) -> ExitClass {
        ExitClass::Auth
    }
}

fn slot_aad(vault_id: &[u8; VAULT_ID_LEN], kind: SlotKind, set_id: &SetId) -> [u8; 32] {
    hash::hash256(SLOT_AAD, &[vault_id, &[kind as u8], set_id])
}

fn wrap(
    key: &[u8; KEY_LEN],
    vault_id: &[u8; VAULT_ID_LEN],
    kind: SlotKind,
    set_id: SetId,
    master: &MasterKey,
    rng: &mut impl rand::CryptoRng,
) -> Slot {
    let mut nonce = [0u8; NONCE_LEN];
    rng.fill_bytes(&mut nonce);
    let ct = aead::seal(
        key,
        &nonce,
        &slot_aad(vault_id, kind, &set_id),
        master.expose(),
    );
    let mut wrapped = [0u8; WRAPPED_LEN];
    wrapped.copy_from_slice(&ct);
    Slot {
        kind,
        set_id,
        nonce,
        wrapped,
    }
}

fn unwrap(key: &[u8; KEY_LEN], vault_id: &[u8; VAULT_ID_LEN], slot: &Slot) -> Option<MasterKey> {
    let pt = aead::open(
        key,
        &slot.nonce,
        &slot_aad(vault_id, slot.kind, &slot.set_id),
        &slot.wrapped,
    )
    .ok()?;
    let mut k = [0u8; KEY_LEN];
    k.copy_from_slice(&pt);
    let mk = MasterKey::from_bytes(k);
    // Clear intermediates
    zeroize::Zeroize::zeroize(&mut k);
    Some(mk)
}

/// The set of the header that `id` names, or why there is none.
fn set_of(h: &Header, id: SetId) -> Result<(&ShareSetInfo, ShareSetRole), ShareVerdictError> {
    if let Some(s) = h.sets.iter().find(|s| s.info.set_id == id) {
        let role = match s.status {
            SetStatus::Active => ShareSetRole::Active,
            SetStatus::Pending => ShareSetRole::Pending,
        };
        return Ok((&s.info, role));
    }
    if h.retired.contains(&id) {
        return Err(ShareVerdictError::Retired(set_hex(&id)));
    }
    Err(ShareVerdictError::Unknown(set_hex(&id)))
}

/// Checks one share against a header's sets and fingerprints.
fn check_share(h: &Header, share: &Share) -> Result<ShareSetRole, ShareVerdictError> {
    let (info, role) = set_of(h, share.set_id())?;
    info.check(share)?;
    Ok(role)
}

/// Hex of a set id, for messages.
pub fn set_hex(id: &SetId) -> String {
    data_encoding::HEXLOWER.encode(id)
}

impl EncryptedVault {
    /// Parses and checksum-verifies a vault file.
    ///
    /// # Errors
    /// [`HeaderError`].
    pub fn parse(bytes: &[u8]) -> Result<Self, HeaderError> {
        Ok(Self {
            file: VaultFile::parse(bytes)?,
        })
    }

    /// The header.
    pub fn header(&self) -> &Header {
        &self.file.header
    }

    /// Opens with the PO passphrase.
    ///
    /// # Errors
    /// [`UnlockError`]: KDF refused before any work, wrong passphrase,
    /// damaged body, broken chain.
    pub fn unlock_with_passphrase(
        &self,
        passphrase: &Passphrase,
        limits: &KdfLimits,
    ) -> Result<Vault, UnlockError> {
        let h = &self.file.header;
        let kek = h
            .kdf
            .derive(limits, h.weak_kdf(), passphrase, &h.salt)
            .map_err(|e| match e {
                // At open the advice of `init` ("pass --allow-weak-kdf")
                // does not apply: say what happened instead.
                KdfRefused::BelowFloor {
                    asked,
                    floor_mib,
                    floor_t,
                } => KdfRefused::BelowFloorUnmarked {
                    asked,
                    floor_mib,
                    floor_t,
                },
                e => e,
            })?;
        let slot = h
            .slots
            .iter()
            .find(|s| s.kind == SlotKind::Passphrase)
            .expect("Header::read guarantees exactly one passphrase slot");
        let master = unwrap(kek.expose(), &h.vault_id, slot).ok_or(UnlockError::WrongPassphrase)?;
        self.open_body(master)
    }

    /// Opens with shares: validates them against the header's fingerprints
    /// *before* combining (docs/ARCHITECTURE.md, "Shamir shares"), then unwraps the
    /// recovery slot, which checks the combined key.
    ///
    /// # Errors
    /// [`UnlockError`] naming the bad share.
    pub fn unlock_with_quorum(
        &self,
        shares: Vec<Share>,
    ) -> Result<(Vault, Quorum, ShareSetRole), UnlockError> {
        let first = shares.first().ok_or(UnlockError::NoShares)?;
        for (i, s) in shares.iter().enumerate() {
            if self.file.header.retired.contains(&s.set_id()) {
                return Err(UnlockError::RetiredSet {
                    position: i + 1,
                    set: set_hex(&s.set_id()),
                });
            }
        }
        // The set is the first one a share names that this vault knows;
        // shares of any other set are then named by the validation.
        let (info, role) = shares
            .iter()
            .find_map(|s| self.set_of(s.set_id()).ok())
            .ok_or_else(|| UnlockError::UnknownSet {
                position: 1,
                set: set_hex(&first.set_id()),
            })?;
        let quorum = UntrustedShares::new(shares).validate(info)?;
        let recovery = RecoveryKey::from_bytes(*quorum.combine());
        let h = &self.file.header;
        let slot = h
            .slots
            .iter()
            .find(|s| s.kind == SlotKind::Recovery && s.set_id == info.set_id)
            .ok_or(UnlockError::RecoverySlot)?;
        let master =
            unwrap(recovery.expose(), &h.vault_id, slot).ok_or(UnlockError::RecoverySlot)?;
        Ok((self.open_body(master)?, quorum, role))
    }

    fn set_of(&self, id: SetId) -> Result<(&ShareSetInfo, ShareSetRole), ShareVerdictError> {
        set_of(&self.file.header, id)
    }

    /// Checks one share against the header alone (a drill): no passphrase,
    /// nothing revealed.
    ///
    /// # Errors
    /// [`ShareVerdictError`].
    pub fn check_share(&self, share: &Share) -> Result<ShareSetRole, ShareVerdictError> {
        check_share(&self.file.header, share)
    }

    /// Opens this file with the master key of an already unlocked copy of
    /// the same vault (a replica fetched from a git remote). Fails with
    /// [`UnlockError::BodyAuth`] if that copy was re-keyed since (shares
    /// committed, passphrase taken over): then it needs its own
    /// passphrase or shares.
    ///
    /// # Errors
    /// [`UnlockError`].
    pub fn unlock_with_key_of(&self, other: &Vault) -> Result<Vault, UnlockError> {
        if self.file.header.vault_id != other.header.vault_id {
            return Err(UnlockError::BodyAuth);
        }
        // The key array is copied once on the stack and then lives in the
        // zeroizing box of the new MasterKey.
        self.open_body(MasterKey::from_bytes(*other.master.expose()))
    }

    fn open_body(&self, master: MasterKey) -> Result<Vault, UnlockError> {
        let f = &self.file;
        let plain = aead::open(
            master.expose(),
            &f.body_nonce,
            &f.header_bytes,
            &f.body_ciphertext,
        )
        .map_err(|_| UnlockError::BodyAuth)?;
        let body = Body::decode(&plain)?;
        audit::verify(&body.audit, &f.header.vault_id)?;
        Ok(Vault {
            header: f.header.clone(),
            master,
            body,
        })
    }
}

/// An unlocked vault. Invariant: `body` decrypted under `master` from a file
/// whose header was `header`, and its audit chain verified.
#[derive(Debug)]
pub struct Vault {
    header: Header,
    master: MasterKey,
    /// The decrypted content.
    pub body: Body,
}

/// The state before a [`Vault::rekey`], to undo it if the save fails.
#[derive(Debug)]
pub struct Rekeyed {
    header: Header,
    master: MasterKey,
}

/// Everything [`Vault::create`] needs.
pub struct NewVault {
    /// Vault display name.
    pub name: String,
    /// PO passphrase.
    pub passphrase: Passphrase,
    /// KDF parameters (already calibrated or chosen).
    pub kdf: KdfParams,
    /// Whether the PO allowed parameters below the floor.
    pub allow_weak_kdf: bool,
    /// The initial body (roster, settings, first set).
    pub body: Body,
}

impl Vault {
    /// Makes a new vault with a fresh master key, vault id and salt.
    ///
    /// # Errors
    /// [`KdfRefused`] if the parameters are out of bounds (or weak without
    /// the flag).
    pub fn create(
        new: NewVault,
        limits: &KdfLimits,
        rng: &mut impl rand::CryptoRng,
    ) -> Result<Vault, KdfRefused> {
        new.kdf.check(limits, new.allow_weak_kdf)?;
        let master = MasterKey::random(rng);
        let mut vault_id = [0u8; VAULT_ID_LEN];
        rng.fill_bytes(&mut vault_id);
        let mut salt = [0u8; SALT_LEN];
        rng.fill_bytes(&mut salt);
        let flags = if new.allow_weak_kdf { FLAG_WEAK_KDF } else { 0 };
        let header = Header {
            flags,
            vault_id,
            generation: 0,
            kdf: new.kdf,
            salt,
            slots: Vec::new(),
            sets: Vec::new(),
            retired: Vec::new(),
            body_len: 0,
        };
        let mut v = Vault {
            header,
            master,
            body: new.body,
        };
        v.set_passphrase(&new.passphrase, new.kdf, limits, rng)?;
        v.sync_recovery_slots(rng);
        Ok(v)
    }

    /// Checks one share against this vault's sets (as of the last save).
    ///
    /// # Errors
    /// [`ShareVerdictError`].
    pub fn check_share(&self, share: &Share) -> Result<ShareSetRole, ShareVerdictError> {
        check_share(&self.header, share)
    }

    /// The header as of the last save (or creation).
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The vault id.
    pub fn id(&self) -> [u8; VAULT_ID_LEN] {
        self.header.vault_id
    }

    /// Re-wraps the master key under a new passphrase (new salt, new KDF
    /// parameters).
    ///
    /// # Errors
    /// [`KdfRefused`].
    pub fn set_passphrase(
        &mut self,
        passphrase: &Passphrase,
        kdf: KdfParams,
        limits: &KdfLimits,
        rng: &mut impl rand::CryptoRng,
    ) -> Result<(), KdfRefused> {
        let weak = self.header.weak_kdf();
        let mut salt = [0u8; SALT_LEN];
        rng.fill_bytes(&mut salt);
        let kek = kdf.derive(limits, weak, passphrase, &salt)?;
        let slot = wrap(
            kek.expose(),
            &self.header.vault_id,
            SlotKind::Passphrase,
            [0; 8],
            &self.master,
            rng,
        );
        self.header.kdf = kdf;
        self.header.salt = salt;
        self.header.slots.retain(|s| s.kind != SlotKind::Passphrase);
        self.header.slots.insert(0, slot);
        Ok(())
    }

    /// Makes the header's recovery slots and set list match the body's sets:
    /// wraps the master key under each new set's recovery key, drops slots of
    /// sets no longer in the body, and remembers dropped set ids as retired.
    pub fn sync_recovery_slots(&mut self, rng: &mut impl rand::CryptoRng) {
        let ids: Vec<SetId> = self.body.sets.iter().map(|s| s.set_id).collect();
        for slot in self
            .header
            .slots
            .iter()
            .filter(|s| s.kind == SlotKind::Recovery)
        {
            if !ids.contains(&slot.set_id) && !self.header.retired.contains(&slot.set_id) {
                self.header.retired.push(slot.set_id);
            }
        }
        let excess = self
            .header
            .retired
            .len()
            .saturating_sub(crate::format::header::MAX_RETIRED.into());
        self.header.retired.drain(..excess);
        self.header
            .slots
            .retain(|s| s.kind == SlotKind::Passphrase || ids.contains(&s.set_id));
        for set in &self.body.sets {
            if !self
                .header
                .slots
                .iter()
                .any(|s| s.kind == SlotKind::Recovery && s.set_id == set.set_id)
            {
                let key = recovery_key_of(set);
                let slot = wrap(
                    key.expose(),
                    &self.header.vault_id,
                    SlotKind::Recovery,
                    set.set_id,
                    &self.master,
                    rng,
                );
                self.header.slots.push(slot);
            }
        }
        self.header.sets = self
            .body
            .sets
            .iter()
            .map(|s| SetHeader {
                status: match s.state {
                    SetState::Active => SetStatus::Active,
                    SetState::Pending => SetStatus::Pending,
                },
                info: set_info(s),
            })
            .collect();
    }

    /// Encrypts the body under a fresh nonce, bumps the generation, and
    /// returns the whole file. The in-memory header is updated only by
    /// [`Vault::commit_saved`], once the bytes are on disk.
    pub fn seal(&self, rng: &mut impl rand::CryptoRng) -> (Vec<u8>, Header) {
        let mut header = self.header.clone();
        header.generation += 1;
        let plain = self.body.encode();
        let mut nonce = [0u8; NONCE_LEN];
        rng.fill_bytes(&mut nonce);
        header.body_len = (plain.len() + aead::TAG_LEN) as u32;
        let header_bytes = header.write();
        let ct = aead::seal(self.master.expose(), &nonce, &header_bytes, &plain);
        (VaultFile::write(&header_bytes, &nonce, &ct), header)
    }

    /// Replaces the master key with a fresh one and re-wraps it under a new
    /// passphrase and under every share set's recovery key (kept in the
    /// body). Afterwards an old copy of the vault file, opened with the old
    /// passphrase or old shares, yields a master key that no longer opens
    /// this vault. Returns what [`Vault::undo_rekey`] needs if the save fails.
    ///
    /// # Errors
    /// [`KdfRefused`]; the vault is then unchanged.
    pub fn rekey(
        &mut self,
        passphrase: &Passphrase,
        kdf: KdfParams,
        limits: &KdfLimits,
        rng: &mut impl rand::CryptoRng,
    ) -> Result<Rekeyed, KdfRefused> {
        kdf.check(limits, self.header.weak_kdf())?;
        let old = Rekeyed {
            header: self.header.clone(),
            master: std::mem::replace(&mut self.master, MasterKey::random(rng)),
        };
        self.header.slots.clear();
        if let Err(e) = self.set_passphrase(passphrase, kdf, limits, rng) {
            self.undo_rekey(old);
            return Err(e);
        }
        self.sync_recovery_slots(rng);
        Ok(old)
    }

    /// Puts back the key and header from before [`Vault::rekey`].
    pub fn undo_rekey(&mut self, old: Rekeyed) {
        self.header = old.header;
        self.master = old.master;
    }

    /// Records that a sealed file is now on disk.
    pub fn commit_saved(&mut self, header: Header) {
        self.header = header;
    }

    /// The shares of a set in the body, as [`Share`] values.
    pub fn shares_of(&self, set: &ShareSetRecord) -> Vec<Share> {
        share_values(set)
    }
}

/// The recovery key of a set record.
fn recovery_key_of(set: &ShareSetRecord) -> RecoveryKey {
    let mut k = [0u8; KEY_LEN];
    k.copy_from_slice(set.recovery_key.expose());
    RecoveryKey::from_bytes(k)
}

/// The shares of a set record.
pub fn share_values(set: &ShareSetRecord) -> Vec<Share> {
    let count = set.holders.len() as u8;
    set.holders
        .iter()
        .map(|h| {
            let mut v = Zeroizing::new([0u8; 32]);
            v.copy_from_slice(h.share.expose());
            Share::new(set.set_id, set.threshold, count, h.index, v)
                .expect("shares stored in the body were made by split and are well-formed")
        })
        .collect()
}

/// The header's view of a set record.
pub fn set_info(set: &ShareSetRecord) -> ShareSetInfo {
    let shares = share_values(set);
    ShareSetInfo {
        set_id: set.set_id,
        threshold: set.threshold,
        count: shares.len() as u8,
        fingerprints: shares.iter().map(Share::fingerprint).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::body::Settings;

    const WEAK: KdfParams = KdfParams {
        m_kib: 64,
        t: 1,
        p: 1,
    };
    const LIMITS: KdfLimits = KdfLimits {
        max_m_kib: crate::crypto::kdf::MAX_M_KIB,
    };

    fn new_vault(pass: &str) -> Vault {
        let body = Body {
            name: "t".into(),
            created_at: 0,
            settings: Settings::default(),
            secrets: Vec::new(),
            roster: vec![crate::format::body::Person {
                name: "po".into(),
                role: crate::format::body::Role::Po,
                pin: None,
                pin_failures: 0,
                locked_until: None,
                added_at: 0,
            }],
            sets: Vec::new(),
            audit: Vec::new(),
            acknowledged_seq: 0,
            remotes: Vec::new(),
            syslog: Default::default(),
        };
        let new = NewVault {
            name: "t".into(),
            passphrase: Passphrase::new(pass.into()),
            kdf: WEAK,
            allow_weak_kdf: true,
            body,
        };
        Vault::create(new, &LIMITS, &mut rand::rng()).expect("create")
    }

    #[test]
    fn seal_parse_unlock_round_trip() {
        let v = new_vault("pw");
        let (bytes, header) = v.seal(&mut rand::rng());
        assert_eq!(header.generation, 1);
        let enc = EncryptedVault::parse(&bytes).expect("parse");
        let back = enc
            .unlock_with_passphrase(&Passphrase::new("pw".into()), &LIMITS)
            .expect("unlock");
        assert_eq!(back.body, v.body);
        assert!(matches!(
            enc.unlock_with_passphrase(&Passphrase::new("pX".into()), &LIMITS),
            Err(UnlockError::WrongPassphrase)
        ));
        // A fresh nonce on every save: the same body seals differently.
        let (again, _) = v.seal(&mut rand::rng());
        assert_ne!(bytes, again);
    }

    #[test]
    fn rekey_makes_an_old_copy_useless_for_the_new_file() {
        let mut v = new_vault("old");
        let (old_file, h) = v.seal(&mut rand::rng());
        v.commit_saved(h);
        let old_master = *EncryptedVault::parse(&old_file)
            .expect("parse")
            .unlock_with_passphrase(&Passphrase::new("old".into()), &LIMITS)
            .expect("unlock")
            .master
            .expose();
        v.rekey(
            &Passphrase::new("new".into()),
            WEAK,
            &LIMITS,
            &mut rand::rng(),
        )
        .expect("rekey");
        let (new_file, _) = v.seal(&mut rand::rng());
        let enc = EncryptedVault::parse(&new_file).expect("parse");
        // The old master key does not decrypt the new body.
        let f = &enc.file;
        assert!(
            aead::open(
                &old_master,
                &f.body_nonce,
                &f.header_bytes,
                &f.body_ciphertext
            )
            .is_err()
        );
        assert!(
            enc.unlock_with_passphrase(&Passphrase::new("new".into()), &LIMITS)
                .is_ok()
        );
        assert!(
            enc.unlock_with_passphrase(&Passphrase::new("old".into()), &LIMITS)
                .is_err()
        );
    }
}
