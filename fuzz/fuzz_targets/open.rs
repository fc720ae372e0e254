//! Parse and unlock arbitrary bytes as a vault, with a fixed passphrase and
//! a 1 MiB KDF memory limit, so a parameter bomb is refused (typed error)
//! rather than computed. The passphrase is not the one of the seed vaults
//! (tests/vectors/README.md), so unlock must never succeed: succeeding would
//! mean the AEAD or the slot check was bypassed.
//!
//! The keyless checksum is recomputed first, as a forger would, so
//! mutations reach the header, the KDF limits and the slots instead of
//! stopping at the checksum (the `header` target covers that check).

#![no_main]

use kluis::crypto::kdf::KdfLimits;
use kluis::secret::Passphrase;
use kluis::vault::EncryptedVault;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = data.to_vec();
    kluis::format::fix_checksum(&mut bytes);
    let Ok(enc) = EncryptedVault::parse(&bytes) else {
        return;
    };
    let pass = Passphrase::new("not the passphrase of any seed".into());
    let limits = KdfLimits { max_m_kib: 1024 };
    assert!(
        enc.unlock_with_passphrase(&pass, &limits).is_err(),
        "a vault opened with a passphrase that is not its own"
    );
});
