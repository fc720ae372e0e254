//! Known-answer tests for the primitives kluis wraps: Wycheproof's
//! XChaCha20-Poly1305 vectors through `kluis::crypto::aead`, and the RFC 9106
//! Argon2id vector (section 5.3) plus a cross-check of `KdfParams::derive`
//! against the `argon2` crate.

use std::path::Path;

use argon2::{Algorithm, Argon2, AssociatedData, Params, ParamsBuilder, Version};
use data_encoding::HEXLOWER_PERMISSIVE;
use kluis::crypto::aead::{self, NONCE_LEN, TAG_LEN};
use kluis::crypto::kdf::{KdfLimits, KdfParams};
use kluis::secret::Passphrase;

fn hex(s: &str) -> Vec<u8> {
    HEXLOWER_PERMISSIVE
        .decode(s.as_bytes())
        .expect("the vector file holds valid hex")
}

fn field<'a>(v: &'a serde_json::Value, name: &str) -> &'a str {
    v[name]
        .as_str()
        .unwrap_or_else(|| panic!("vector field {name} is a string"))
}

/// tests/data/wycheproof/xchacha20_poly1305_test.json (C2SP/wycheproof,
/// Apache-2.0; see SOURCE.txt beside it). kluis's API takes a 32-byte key and
/// a 24-byte nonce as arrays, so vectors with any other size cannot be
/// expressed and are counted as not applicable; the counts are pinned so a
/// changed file or a silently skipped vector shows up.
#[test]
fn wycheproof_xchacha20_poly1305() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/wycheproof/xchacha20_poly1305_test.json");
    let text = std::fs::read_to_string(&path).expect("read the Wycheproof file");
    let doc: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(doc["algorithm"], "XCHACHA20-POLY1305");

    let (mut valid, mut invalid, mut not_applicable, mut total) = (0, 0, 0, 0);
    for group in doc["testGroups"].as_array().expect("testGroups") {
        assert_eq!(group["tagSize"], 128, "kluis uses 16-byte tags");
        for t in group["tests"].as_array().expect("tests") {
            total += 1;
            let id = &t["tcId"];
            let (key, iv) = (hex(field(t, "key")), hex(field(t, "iv")));
            let (aad, msg) = (hex(field(t, "aad")), hex(field(t, "msg")));
            let (ct, tag) = (hex(field(t, "ct")), hex(field(t, "tag")));
            let (Ok(key), Ok(nonce)) = (
                <[u8; 32]>::try_from(key.as_slice()),
                <[u8; NONCE_LEN]>::try_from(iv.as_slice()),
            ) else {
                // Such a vector must be one that expects rejection: a valid
                // vector kluis cannot express would be a gap, not a skip.
                assert_eq!(field(t, "result"), "invalid", "tcId {id}");
                not_applicable += 1;
                continue;
            };
            assert_eq!(tag.len(), TAG_LEN, "tcId {id}");
            let mut ct_tag = ct.clone();
            ct_tag.extend_from_slice(&tag);
            match field(t, "result") {
                "valid" => {
                    valid += 1;
                    assert_eq!(
                        aead::seal(&key, &nonce, &aad, &msg),
                        ct_tag,
                        "tcId {id}: seal"
                    );
                    let opened = aead::open(&key, &nonce, &aad, &ct_tag)
                        .unwrap_or_else(|_| panic!("tcId {id}: open of a valid vector"));
                    assert_eq!(opened.as_slice(), msg.as_slice(), "tcId {id}: plaintext");
                }
                "invalid" => {
                    invalid += 1;
                    assert!(
                        aead::open(&key, &nonce, &aad, &ct_tag).is_err(),
                        "tcId {id}: an invalid vector opened"
                    );
                }
                other => panic!("tcId {id}: unexpected result {other:?}"),
            }
        }
    }
    println!(
        "wycheproof xchacha20-poly1305: {valid} valid + {invalid} invalid run, \
         {not_applicable} not applicable (nonce not 24 bytes), {total} total"
    );
    assert_eq!(
        total,
        doc["numberOfTests"].as_u64().expect("count") as usize
    );
    assert_eq!((valid, invalid, not_applicable), (246, 60, 9));
}

/// RFC 9106, section 5.3: Argon2id v0x13, m=32 KiB, t=3, p=4, 32-byte tag,
/// with a secret and associated data. kluis uses neither, so this vector
/// checks the `argon2` crate that `KdfParams` wraps; the next test ties
/// kluis's own path to the same crate.
#[test]
fn rfc9106_argon2id_vector() {
    let params = ParamsBuilder::new()
        .m_cost(32)
        .t_cost(3)
        .p_cost(4)
        .output_len(32)
        .data(AssociatedData::new(&[0x04; 12]).expect("12 bytes of associated data"))
        .build()
        .expect("RFC parameters are valid");
    let secret = [0x03; 8];
    let ctx = Argon2::new_with_secret(&secret, Algorithm::Argon2id, Version::V0x13, params)
        .expect("8-byte secret is valid");
    let mut tag = [0u8; 32];
    ctx.hash_password_into(&[0x01; 32], &[0x02; 16], &mut tag)
        .expect("hash");
    assert_eq!(
        data_encoding::HEXLOWER.encode(&tag),
        "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"
    );
}

/// `KdfParams::derive` is plain Argon2id v0x13 with a 32-byte output: for
/// the RFC's password and salt (no secret, no associated data) it equals the
/// `argon2` crate's own result, and differs from the RFC tag (which needs
/// the secret and data), so the comparison is not vacuous.
#[test]
fn kdf_params_derive_matches_argon2_crate() {
    let password = [0x01u8; 32];
    let salt = [0x02u8; 16];
    let mut want = [0u8; 32];
    Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(32, 3, 4, Some(32)).expect("params"),
    )
    .hash_password_into(&password, &salt, &mut want)
    .expect("hash");

    let pass =
        Passphrase::new(String::from_utf8(password.to_vec()).expect("0x01 bytes are valid UTF-8"));
    let limits = KdfLimits::for_this_machine();
    let kek = KdfParams {
        m_kib: 32,
        t: 3,
        p: 4,
    }
    .derive(&limits, true, &pass, &salt)
    .expect("32 KiB, t=3, p=4 is allowed for a weak vault");
    assert_eq!(kek.expose(), &want);
    assert_ne!(
        data_encoding::HEXLOWER.encode(&want),
        "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"
    );
    // A different parameter changes the output (the parameters are used).
    let other = KdfParams {
        m_kib: 32,
        t: 4,
        p: 4,
    }
    .derive(&limits, true, &pass, &salt)
    .expect("derive");
    assert_ne!(other.expose(), &want);
}
