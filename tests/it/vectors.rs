//! Test vectors on disk (tests/vectors/, see its README.md): malformed and
//! good vault files and share texts, each with a sidecar `NAME.expect`
//! holding one line `expect: <class>`. `every_vector_has_its_class` runs them
//! all; `regenerate_vectors` (ignored) rewrites them from the committed
//! reference vault:
//!
//! ```text
//! cargo test --test it -- --ignored regenerate_vectors
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use kluis::crypto::aead::{self, NONCE_LEN, TAG_LEN};
use kluis::crypto::hash::{self, SLOT_AAD};
use kluis::crypto::kdf::KdfLimits;
use kluis::error::{Classify, ExitClass};
use kluis::format::body::Body;
use kluis::format::{CHECKSUM_LEN, Header, SlotKind, VaultFile, fix_checksum};
use kluis::secret::Passphrase;
use kluis::shares::{ParseShareError, Share, forge_text};
use kluis::vault::{EncryptedVault, UnlockError};

use crate::util::{Fixture, PASS, path_str};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

fn reference() -> EncryptedVault {
    let bytes = std::fs::read(dir().join("reference.kluis")).expect("reference vault");
    EncryptedVault::parse(&bytes).expect("the reference vault parses")
}

// ---------------------------------------------------------------------------
// Classes

/// The class of a vault file: where in the chain of checks it is refused.
/// The exit class each error reports (`Classify`) is checked against it.
fn vault_class(bytes: &[u8]) -> &'static str {
    let enc = match EncryptedVault::parse(bytes) {
        Ok(enc) => enc,
        Err(e) => {
            // Damage, or (FutureVersion only) a newer format: exit 4 or 1.
            assert!(
                matches!(e.class(), ExitClass::Damaged | ExitClass::Other),
                "{e:?}"
            );
            return "header";
        }
    };
    let err = match enc.unlock_with_passphrase(
        &Passphrase::new(PASS.into()),
        &KdfLimits::for_this_machine(),
    ) {
        Ok(_) => return "ok",
        Err(e) => e,
    };
    let (class, exit) = match &err {
        UnlockError::Kdf(_) => ("kdf-refused", ExitClass::Policy),
        UnlockError::WrongPassphrase => ("auth", ExitClass::Auth),
        UnlockError::BodyAuth | UnlockError::RecoverySlot | UnlockError::Chain(_) => {
            ("damaged", ExitClass::Damaged)
        }
        UnlockError::Body(kluis::format::body::BodyError::Version(_)) => {
            ("structure", ExitClass::Other)
        }
        UnlockError::Body(_) => ("structure", ExitClass::Damaged),
        other => panic!("unexpected unlock error for a passphrase unlock: {other:?}"),
    };
    assert_eq!(err.class(), exit, "{err:?}");
    class
}

/// The class of a share text: refused by the text format, by the field
/// checks, by the reference vault's share set (a drill), or ok.
fn share_class(text: &str, vault: &EncryptedVault) -> &'static str {
    match Share::parse(text) {
        Err(ParseShareError::Fields(_)) => "share-fields",
        Err(_) => "share-format",
        Ok(share) => match vault.check_share(&share) {
            Ok(_) => "ok",
            Err(e) => {
                assert_eq!(e.class(), ExitClass::Auth, "{e:?}");
                "share-set"
            }
        },
    }
}

const CLASSES: [&str; 9] = [
    "header",
    "kdf-refused",
    "auth",
    "damaged",
    "structure",
    "share-format",
    "share-set",
    "share-fields",
    "ok",
];

fn read_expect(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let line = text.trim_end_matches('\n');
    assert!(!line.contains('\n'), "{path:?}: one line only");
    let class = line
        .strip_prefix("expect: ")
        .unwrap_or_else(|| panic!("{path:?}: want `expect: <class>`, got {line:?}"));
    assert!(CLASSES.contains(&class), "{path:?}: unknown class {class}");
    class.to_string()
}

/// (name, data path, expected class) for every vector with extension `ext`
/// in `sub`; every data file has a sidecar and every sidecar a data file.
fn vectors(sub: &str, ext: &str) -> Vec<(String, PathBuf, String)> {
    let d = dir().join(sub);
    let mut out = Vec::new();
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{d:?}: {e}")) {
        let p = entry.expect("entry").path();
        let name = p.file_stem().expect("stem").to_string_lossy().into_owned();
        match p.extension().and_then(|e| e.to_str()) {
            Some(e) if e == ext => {
                let expect = p.with_extension("expect");
                assert!(expect.exists(), "{p:?} has no {expect:?}");
                out.push((name, p.clone(), read_expect(&expect)));
            }
            Some("expect") => names.push(p),
            _ => panic!("unexpected file {p:?}"),
        }
    }
    for e in names {
        assert!(e.with_extension(ext).exists(), "{e:?} has no data file");
    }
    out.sort();
    out
}

#[test]
fn every_vector_has_its_class() {
    let mut tally = BTreeMap::<String, usize>::new();
    let vaults = vectors("vaults", "kluis");
    for (name, path, want) in &vaults {
        let bytes = std::fs::read(path).expect("read");
        assert_eq!(vault_class(&bytes), want, "vault vector {name}");
        *tally.entry(format!("vault {want}")).or_default() += 1;
    }
    let vault = reference();
    let shares = vectors("shares", "txt");
    for (name, path, want) in &shares {
        let text = std::fs::read_to_string(path).expect("read");
        assert_eq!(share_class(&text, &vault), want, "share vector {name}");
        *tally.entry(format!("share {want}")).or_default() += 1;
    }
    println!(
        "{} vault and {} share vectors: {tally:?}",
        vaults.len(),
        shares.len()
    );
    assert!(vaults.len() >= 40, "{} vault vectors", vaults.len());
    assert!(shares.len() >= 20, "{} share vectors", shares.len());
    // Every class is represented.
    for class in [
        "header",
        "kdf-refused",
        "auth",
        "damaged",
        "structure",
        "ok",
    ] {
        assert!(
            tally.contains_key(&format!("vault {class}")),
            "no vault {class}"
        );
    }
    for class in ["share-format", "share-set", "share-fields", "ok"] {
        assert!(
            tally.contains_key(&format!("share {class}")),
            "no share {class}"
        );
    }
}

/// The reference opens with the documented passphrase, and the good shares
/// (any two of them) recover it.
#[test]
fn reference_and_good_shares_open() {
    let vault = reference();
    assert_eq!(
        vault
            .header()
            .set(kluis::format::SetStatus::Active)
            .map(|s| (s.threshold, s.count)),
        Some((2, 3))
    );
    vault
        .unlock_with_passphrase(
            &Passphrase::new(PASS.into()),
            &KdfLimits::for_this_machine(),
        )
        .expect("the documented passphrase opens the reference vault");
    let good: Vec<Share> = (1..=3)
        .map(|i| {
            let p = dir().join(format!("shares/ok-printed-{i}.txt"));
            Share::parse(&std::fs::read_to_string(p).expect("read")).expect("parse")
        })
        .collect();
    for pair in [[0, 1], [0, 2], [2, 1]] {
        let picked = pair.iter().map(|&i| good[i].clone()).collect();
        vault
            .unlock_with_quorum(picked)
            .expect("two good shares recover");
    }
}

// ---------------------------------------------------------------------------
// Generator

/// Byte offsets of the reference header's fields (docs/FORMAT.md).
struct Layout {
    header_len: usize,
    slot: Vec<usize>,
    set_count: usize,
    set: usize,
    retired_count: usize,
}

const FLAGS: usize = 10;
const VAULT_ID: usize = 12;
const GENERATION: usize = 28;
const KDF_M: usize = 36;
const KDF_T: usize = 40;
const KDF_P: usize = 44;
const SALT: usize = 48;
const SLOT_COUNT: usize = 80;
const SLOT_LEN: usize = 1 + 8 + NONCE_LEN + 32 + TAG_LEN;

fn layout(h: &Header, header_len: usize) -> Layout {
    let slot: Vec<usize> = (0..h.slots.len())
        .map(|i| SLOT_COUNT + 1 + i * SLOT_LEN)
        .collect();
    let set_count = SLOT_COUNT + 1 + h.slots.len() * SLOT_LEN;
    let set = set_count + 1;
    let sets_len: usize = h
        .sets
        .iter()
        .map(|s| 1 + 8 + 2 + 16 * s.info.fingerprints.len())
        .sum();
    let retired_count = set + sets_len;
    assert_eq!(retired_count + 1 + 8 * h.retired.len() + 4, header_len);
    Layout {
        header_len,
        slot,
        set_count,
        set,
        retired_count,
    }
}

/// The reference decrypted with its documented passphrase, through the
/// public primitives (not `Vault`), so bodies can be re-sealed after edits.
struct Opened {
    file: VaultFile,
    master: [u8; 32],
    plain: Vec<u8>,
}

fn open(bytes: &[u8]) -> Opened {
    let file = VaultFile::parse(bytes).expect("reference parses");
    let h = &file.header;
    let kek = h
        .kdf
        .derive(
            &KdfLimits::for_this_machine(),
            h.weak_kdf(),
            &Passphrase::new(PASS.into()),
            &h.salt,
        )
        .expect("kdf");
    let slot = h
        .slots
        .iter()
        .find(|s| s.kind == SlotKind::Passphrase)
        .expect("slot");
    let aad = hash::hash256(
        SLOT_AAD,
        &[&h.vault_id, &[SlotKind::Passphrase as u8], &slot.set_id],
    );
    let master: [u8; 32] = aead::open(kek.expose(), &slot.nonce, &aad, &slot.wrapped)
        .expect("the documented passphrase opens the slot")
        .as_slice()
        .try_into()
        .expect("32-byte master key");
    let plain = aead::open(
        &master,
        &file.body_nonce,
        &file.header_bytes,
        &file.body_ciphertext,
    )
    .expect("body")
    .to_vec();
    Opened {
        file,
        master,
        plain,
    }
}

impl Opened {
    /// The file with `plain` as its body, sealed under the real master key
    /// with a nonce derived from `name` (stable across regenerations; these
    /// vectors are public test data, the reference key protects nothing).
    fn reseal(&self, name: &str, plain: &[u8]) -> Vec<u8> {
        let mut h = self.file.header.clone();
        h.body_len = (plain.len() + TAG_LEN) as u32;
        let header_bytes = h.write();
        let mut nonce = [0u8; NONCE_LEN];
        nonce.copy_from_slice(
            &hash::hash256(b"kluis test vector nonce\0", &[name.as_bytes()])[..NONCE_LEN],
        );
        let ct = aead::seal(&self.master, &nonce, &header_bytes, plain);
        VaultFile::write(&header_bytes, &nonce, &ct)
    }

    fn body(&self) -> Body {
        Body::decode(&self.plain).expect("reference body")
    }
}

/// Share text with every line check right but the payload taken as is (its
/// check byte is not recomputed): an independent implementation of the text
/// form of src/shares/mod.rs, which also cross-checks `forge_text`.
fn render_unchecked(payload: &[u8; 45]) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut sym = Vec::with_capacity(72);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in payload {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            sym.push(((acc >> bits) & 31) as u8);
        }
        acc &= (1 << bits) - 1;
    }
    assert_eq!((sym.len(), bits), (72, 0));
    let mut out = String::from("KLUIS\n");
    for (i, line) in sym.chunks(12).enumerate() {
        let mut codes = vec![(i + 1) as u8];
        codes.extend_from_slice(line);
        let (mut factor, mut sum) = (2u32, 0u32);
        for &c in codes.iter().rev() {
            let addend = factor * u32::from(c);
            factor = if factor == 2 { 1 } else { 2 };
            sum += addend / 32 + addend % 32;
        }
        let check = ((32 - sum % 32) % 32) as usize;
        for (j, &v) in line.iter().enumerate() {
            if j > 0 && j % 4 == 0 {
                out.push('-');
            }
            out.push(char::from(ALPHABET[usize::from(v)]));
        }
        out.push('-');
        out.push(char::from(ALPHABET[check]));
        out.push('\n');
    }
    out
}

fn payload(s: &Share) -> [u8; 45] {
    let mut p = [0u8; 45];
    p[0] = 1;
    p[1..9].copy_from_slice(&s.set_id());
    p[9] = s.threshold();
    p[10] = s.count();
    p[11] = s.index();
    p[12..44].copy_from_slice(s.expose_value());
    p
}

struct Writer {
    written: Vec<(String, String, String)>,
}

impl Writer {
    fn put(&mut self, sub: &str, name: &str, ext: &str, data: &[u8], class: &str, what: &str) {
        assert!(CLASSES.contains(&class), "{class}");
        assert!(
            !self.written.iter().any(|(s, n, _)| s == sub && n == name),
            "duplicate {name}"
        );
        let d = dir().join(sub);
        std::fs::write(d.join(format!("{name}.{ext}")), data).expect("write");
        std::fs::write(
            d.join(format!("{name}.expect")),
            format!("expect: {class}\n"),
        )
        .expect("write");
        self.written.push((
            sub.to_string(),
            name.to_string(),
            format!("`{class}` | {what}"),
        ));
    }
}

/// Rewrites tests/vectors/{vaults,shares} from tests/vectors/reference.kluis,
/// creating the reference first (through the binary, weak recorded KDF)
/// only if it is missing. Deterministic: running it again on the same
/// reference writes the same bytes.
#[test]
#[ignore = "writes tests/vectors; run with --ignored regenerate_vectors"]
fn regenerate_vectors() {
    let ref_path = dir().join("reference.kluis");
    if !ref_path.exists() {
        let f = Fixture::new();
        let val = f.file("val", "reference-backup-key-0123456789abcdef\n");
        f.ok(&[
            "secret",
            "add",
            "restic",
            "--kind",
            "backup-key",
            "--value-file",
            path_str(&val),
        ]);
        std::fs::create_dir_all(dir()).expect("mkdir");
        std::fs::write(&ref_path, f.bytes()).expect("write reference");
    }
    let good = std::fs::read(&ref_path).expect("reference");
    for sub in ["vaults", "shares"] {
        let d = dir().join(sub);
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).expect("mkdir");
    }
    let mut w = Writer {
        written: Vec::new(),
    };
    vault_vectors(&mut w, &good);
    share_vectors(&mut w, &good);
    write_readme(&w);
    write_body_seed(&good);
}

/// The decrypted body of the reference vault, as the seed of the `body`
/// fuzz target: the `open` target cannot get past the AEAD, so this is how
/// fuzzing reaches `Body::parse` and `Body::check` (fuzz/README.md).
fn write_body_seed(good: &[u8]) {
    let o = open(good);
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/body");
    std::fs::create_dir_all(&d).expect("mkdir");
    std::fs::write(d.join("reference-body"), &o.plain).expect("write body seed");
    // The reference vault is an older body version; the seed of the
    // current version is that body migrated and written again.
    let current = Body::parse(&o.plain).expect("reference body").encode();
    std::fs::write(d.join("reference-body-current"), &current[..]).expect("write body seed");
}

fn vault_vectors(w: &mut Writer, good: &[u8]) {
    let o = open(good);
    let h = o.file.header.clone();
    let l = layout(&h, o.file.header_bytes.len());
    assert_eq!(h.slots[0].kind, SlotKind::Passphrase);
    assert_eq!(h.slots.len(), 2);
    assert_eq!(h.sets.len(), 1);
    let body_len_at = l.header_len - 4;
    let nonce_at = l.header_len;
    let ct_at = nonce_at + NONCE_LEN;
    let sum_at = good.len() - CHECKSUM_LEN;

    let mut v = |name: &str, bytes: &[u8], class: &str, what: &str| {
        w.put("vaults", name, "kluis", bytes, class, what);
    };
    // Edits `good` with `f`, then recomputes the checksum (a forgery).
    let fixed = |f: &dyn Fn(&mut Vec<u8>)| {
        let mut b = good.to_vec();
        f(&mut b);
        fix_checksum(&mut b);
        b
    };
    let put_u32 =
        |at: usize, x: u32| move |b: &mut Vec<u8>| b[at..at + 4].copy_from_slice(&x.to_le_bytes());
    let flip = |at: usize, mask: u8| move |b: &mut Vec<u8>| b[at] ^= mask;

    v("ok-reference", good, "ok", "the reference vault itself");
    v(
        "ok-resealed",
        &o.reseal("ok-resealed", &o.plain),
        "ok",
        "the same body re-sealed under a new nonce (checks the generator)",
    );

    // header: refused by the parser, before any key derivation.
    v("header-empty", b"", "header", "zero bytes");
    v(
        "header-not-a-vault",
        b"hello, this is a text file\n",
        "header",
        "a text file",
    );
    let mut b = good.to_vec();
    b[0] = b'X';
    v("header-bad-magic", &b, "header", "first magic byte changed");
    let mut b = good.to_vec();
    b[6] = b'\n';
    v(
        "header-magic-crlf-mangled",
        &b,
        "header",
        "the magic's CR replaced by LF (text-mode damage)",
    );
    v(
        "header-truncated-in-magic",
        &good[..5],
        "header",
        "cut inside the magic",
    );
    v(
        "header-truncated-in-header",
        &good[..100],
        "header",
        "cut inside the header",
    );
    v(
        "header-truncated-mid-body",
        &good[..good.len() / 2 + 200],
        "header",
        "cut inside the body",
    );
    v(
        "header-truncated-checksum",
        &good[..good.len() - 1],
        "header",
        "last byte missing",
    );
    let mut b = good.to_vec();
    b.push(0);
    v("header-appended-byte", &b, "header", "one byte appended");
    let mut b = good.to_vec();
    b[sum_at] ^= 0x01;
    v(
        "header-checksum-flip",
        &b,
        "header",
        "a checksum bit flipped",
    );
    let mut b = good.to_vec();
    b[SALT] ^= 0x40;
    v(
        "header-salt-flip-unfixed",
        &b,
        "header",
        "a salt bit flipped, checksum not recomputed: damage, not a wrong passphrase",
    );
    let mut b = good.to_vec();
    b[ct_at + 10] ^= 0x01;
    v(
        "header-body-flip-unfixed",
        &b,
        "header",
        "a ciphertext bit flipped, checksum not recomputed",
    );
    v(
        "header-version-zero",
        &fixed(&|b| b[8..10].copy_from_slice(&[0, 0])),
        "header",
        "format version 0",
    );
    v(
        "header-version-future",
        &fixed(&|b| b[8..10].copy_from_slice(&[2, 0])),
        "header",
        "format version 2 (exit 1: upgrade kluis)",
    );
    v(
        "header-unknown-flag",
        &fixed(&|b| b[FLAGS + 1] |= 0x80),
        "header",
        "flag 0x8000 set",
    );
    v(
        "header-slot-count-zero",
        &fixed(&|b| b[SLOT_COUNT] = 0),
        "header",
        "no key slots",
    );
    v(
        "header-slot-count-five",
        &fixed(&|b| b[SLOT_COUNT] = 5),
        "header",
        "five key slots (max 4)",
    );
    v(
        "header-slot-kind-unknown",
        &fixed(&|b| b[l.slot[0]] = 7),
        "header",
        "slot kind 7",
    );
    let s1 = l.slot[1];
    v(
        "header-two-passphrase-slots",
        &fixed(&|b| b[s1] = 1),
        "header",
        "the recovery slot relabelled as a passphrase slot",
    );
    let s0 = l.slot[0];
    v(
        "header-no-passphrase-slot",
        &fixed(&|b| b[s0] = 2),
        "header",
        "the passphrase slot relabelled as a recovery slot",
    );
    v(
        "header-set-count-three",
        &fixed(&|b| b[l.set_count] = 3),
        "header",
        "three share sets (max 2)",
    );
    v(
        "header-set-status-unknown",
        &fixed(&|b| b[l.set] = 9),
        "header",
        "share set status 9",
    );
    v(
        "header-set-threshold-zero",
        &fixed(&|b| b[l.set + 9] = 0),
        "header",
        "threshold 0",
    );
    v(
        "header-set-threshold-above-count",
        &fixed(&|b| b[l.set + 9] = 4),
        "header",
        "threshold 4 of 3",
    );
    v(
        "header-set-count-zero",
        &fixed(&|b| b[l.set + 10] = 0),
        "header",
        "share count 0",
    );
    v(
        "header-retired-count-65",
        &fixed(&|b| b[l.retired_count] = 65),
        "header",
        "65 retired set ids (max 64)",
    );
    v(
        "header-body-len-max",
        &fixed(&put_u32(body_len_at, u32::MAX)),
        "header",
        "body length 2^32-1 (above the 64 MiB file limit)",
    );
    let declared = h.body_len;
    v(
        "header-body-len-plus-one",
        &fixed(&put_u32(body_len_at, declared + 1)),
        "header",
        "body length one more than present",
    );
    v(
        "header-body-len-minus-one",
        &fixed(&put_u32(body_len_at, declared - 1)),
        "header",
        "body length one less than present",
    );
    let mut b = good.to_vec();
    b.splice(sum_at..sum_at, [0u8; 7]);
    fix_checksum(&mut b);
    v(
        "header-inserted-bytes",
        &b,
        "header",
        "7 bytes inserted before the checksum, checksum recomputed",
    );

    // kdf-refused: the header asks for work beyond the limits, refused
    // before any key derivation.
    v(
        "kdf-memory-above-4gib",
        &fixed(&put_u32(KDF_M, 4 * 1024 * 1024 + 1)),
        "kdf-refused",
        "m = 4 GiB + 1 KiB",
    );
    v(
        "kdf-memory-u32-max",
        &fixed(&put_u32(KDF_M, u32::MAX)),
        "kdf-refused",
        "m = 2^32-1 KiB",
    );
    v(
        "kdf-passes-17",
        &fixed(&put_u32(KDF_T, 17)),
        "kdf-refused",
        "t = 17 (max 16)",
    );
    v(
        "kdf-passes-u32-max",
        &fixed(&put_u32(KDF_T, u32::MAX)),
        "kdf-refused",
        "t = 2^32-1",
    );
    v(
        "kdf-lanes-17",
        &fixed(&put_u32(KDF_P, 17)),
        "kdf-refused",
        "p = 17 (max 16)",
    );
    v(
        "kdf-memory-zero",
        &fixed(&put_u32(KDF_M, 0)),
        "kdf-refused",
        "m = 0",
    );
    v(
        "kdf-passes-zero",
        &fixed(&put_u32(KDF_T, 0)),
        "kdf-refused",
        "t = 0",
    );
    v(
        "kdf-lanes-zero",
        &fixed(&put_u32(KDF_P, 0)),
        "kdf-refused",
        "p = 0",
    );
    v(
        "kdf-memory-below-lanes",
        &fixed(&|b| {
            b[KDF_M..KDF_M + 4].copy_from_slice(&64u32.to_le_bytes());
            b[KDF_P..KDF_P + 4].copy_from_slice(&16u32.to_le_bytes());
        }),
        "kdf-refused",
        "m = 64 KiB with 16 lanes (Argon2 needs 8 KiB per lane)",
    );
    v(
        "kdf-weak-flag-cleared",
        &fixed(&|b| b[FLAGS] &= !1),
        "kdf-refused",
        "weak parameters without the recorded weak-KDF flag (below the floor)",
    );

    // auth: the passphrase slot does not open (the right passphrase, but
    // the slot or its key derivation inputs were changed).
    v(
        "auth-salt-flip",
        &fixed(&flip(SALT + 3, 0x01)),
        "auth",
        "a salt bit flipped, checksum recomputed",
    );
    v(
        "auth-vault-id-flip",
        &fixed(&flip(VAULT_ID, 0x80)),
        "auth",
        "vault id changed (slot associated data)",
    );
    v(
        "auth-slot-nonce-flip",
        &fixed(&flip(l.slot[0] + 9, 0x01)),
        "auth",
        "passphrase slot nonce bit flipped",
    );
    v(
        "auth-slot-wrapped-flip",
        &fixed(&flip(l.slot[0] + 9 + NONCE_LEN + 5, 0x01)),
        "auth",
        "wrapped master key bit flipped",
    );
    v(
        "auth-slot-tag-flip",
        &fixed(&flip(l.slot[0] + SLOT_LEN - 1, 0x01)),
        "auth",
        "passphrase slot tag bit flipped",
    );
    v(
        "auth-slot-set-id-flip",
        &fixed(&flip(l.slot[0] + 1, 0x01)),
        "auth",
        "passphrase slot set id changed (slot associated data)",
    );
    v(
        "auth-kdf-passes-changed",
        &fixed(&put_u32(KDF_T, h.kdf.t + 1)),
        "auth",
        "allowed but different KDF passes: another key",
    );
    v(
        "auth-kdf-memory-changed",
        &fixed(&put_u32(KDF_M, h.kdf.m_kib * 2)),
        "auth",
        "allowed but different KDF memory: another key",
    );

    // damaged: the master key opens but the body does not authenticate, or
    // the audit chain is broken.
    v(
        "damaged-body-nonce-flip",
        &fixed(&flip(nonce_at + 3, 0x04)),
        "damaged",
        "body nonce bit flipped",
    );
    v(
        "damaged-body-ciphertext-flip",
        &fixed(&flip(ct_at + 40, 0x10)),
        "damaged",
        "ciphertext bit flipped",
    );
    v(
        "damaged-body-tag-flip",
        &fixed(&flip(sum_at - 1, 0x01)),
        "damaged",
        "body tag bit flipped",
    );
    v(
        "damaged-generation-changed",
        &fixed(&flip(GENERATION, 0x01)),
        "damaged",
        "generation changed (header is the body's associated data)",
    );
    v(
        "damaged-recovery-slot-flip",
        &fixed(&flip(l.slot[1] + 20, 0x01)),
        "damaged",
        "recovery slot changed (header is associated data)",
    );
    v(
        "damaged-fingerprint-flip",
        &fixed(&flip(l.set + 11, 0x01)),
        "damaged",
        "a share fingerprint changed",
    );
    let mut b = o.file.header.clone();
    b.body_len = 0;
    let hb = b.write();
    v(
        "damaged-body-empty",
        &VaultFile::write(&hb, &o.file.body_nonce, &[]),
        "damaged",
        "body length 0, no ciphertext",
    );
    let mut body = o.body();
    assert!(
        body.audit.len() >= 2,
        "the reference has at least two audit records"
    );
    body.audit[0].event.detail = "edited".into();
    v(
        "damaged-audit-record-edited",
        &o.reseal("damaged-audit-record-edited", &body.encode()),
        "damaged",
        "an audit record edited (re-sealed with the real key)",
    );
    let mut body = o.body();
    body.audit.remove(0);
    v(
        "damaged-audit-record-deleted",
        &o.reseal("damaged-audit-record-deleted", &body.encode()),
        "damaged",
        "the first audit record deleted",
    );
    let mut body = o.body();
    body.audit.swap(0, 1);
    v(
        "damaged-audit-records-swapped",
        &o.reseal("damaged-audit-records-swapped", &body.encode()),
        "damaged",
        "two audit records swapped",
    );
    let mut body = o.body();
    let last = body.audit.len() - 1;
    body.audit[last].vault_id[0] ^= 1;
    body.audit[last].hash = body.audit[last].compute_hash();
    v(
        "damaged-audit-other-vault",
        &o.reseal("damaged-audit-other-vault", &body.encode()),
        "damaged",
        "last audit record names another vault (hash recomputed)",
    );

    // structure: authenticated, but the body does not decode.
    let mut p = o.plain.clone();
    p[0] = 2;
    v(
        "structure-body-version-2",
        &o.reseal("structure-body-version-2", &p),
        "structure",
        "body version byte 2 (exit 1: upgrade kluis)",
    );
    let mut p = o.plain.clone();
    p.push(0);
    v(
        "structure-trailing-byte",
        &o.reseal("structure-trailing-byte", &p),
        "structure",
        "a byte after the postcard encoding",
    );
    let p = &o.plain[..o.plain.len() - 1];
    v(
        "structure-truncated",
        &o.reseal("structure-truncated", p),
        "structure",
        "postcard encoding cut short",
    );
    v(
        "structure-empty",
        &o.reseal("structure-empty", &[]),
        "structure",
        "empty plaintext",
    );
    v(
        "structure-version-only",
        &o.reseal("structure-version-only", &[1]),
        "structure",
        "only the version byte",
    );
    let mut p = o.plain.clone();
    assert!(
        p[1] > 0 && p[2].is_ascii_alphanumeric(),
        "body starts with the vault name"
    );
    p[2] = 0xff;
    v(
        "structure-name-not-utf8",
        &o.reseal("structure-name-not-utf8", &p),
        "structure",
        "the vault name is not UTF-8",
    );
}

fn share_vectors(w: &mut Writer, good: &[u8]) {
    let f = Fixture::empty();
    std::fs::write(&f.vault, good).expect("copy reference");
    let printed: Vec<String> = f
        .print_shares(&[])
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("read sheet"))
        .collect();
    assert_eq!(printed.len(), 3);
    let shares: Vec<Share> = printed
        .iter()
        .map(|t| Share::parse(t).expect("printed share parses"))
        .collect();
    let p1 = payload(&shares[0]);
    // Cross-checks: forge_text of the payload gives the printed text, and
    // so does the independent renderer for exactly one check byte.
    assert_eq!(forge_text(p1), shares[0].to_text());
    let matching = (0..=255u8)
        .filter(|&c| {
            let mut p = p1;
            p[44] = c;
            render_unchecked(&p) == shares[0].to_text()
        })
        .count();
    assert_eq!(matching, 1);

    let mut s = |name: &str, text: &str, class: &str, what: &str| {
        w.put("shares", name, "txt", text.as_bytes(), class, what);
    };
    for (i, t) in printed.iter().enumerate() {
        s(
            &format!("ok-printed-{}", i + 1),
            t,
            "ok",
            "printed by `kluis shares print --format txt`",
        );
    }
    s(
        "ok-qr-form",
        &shares[0].to_qr_text(),
        "ok",
        "share 1 in its one-line QR form",
    );
    let mangled = shares[1]
        .to_text()
        .to_lowercase()
        .replace('0', "o")
        .replace('1', "l")
        .replace('-', " ");
    s(
        "ok-lowercase-lenient",
        &mangled,
        "ok",
        "share 2 typed in lowercase, O for 0, l for 1, spaces for dashes",
    );

    let lines: Vec<String> = printed[0].lines().map(String::from).collect();
    let join = |l: &[String]| l.join("\n") + "\n";
    s("format-empty", "", "share-format", "empty file");
    s(
        "format-marker-only",
        "KLUIS\n",
        "share-format",
        "only the marker",
    );
    s(
        "format-too-long",
        &"0".repeat(4097),
        "share-format",
        "4097 bytes (max 4096)",
    );
    let mut l = lines.clone();
    l[3].replace_range(6..7, "U");
    s(
        "format-bad-character",
        &join(&l),
        "share-format",
        "U (not in the alphabet) in line 3",
    );
    s(
        "format-line-missing",
        &join(&lines[..6]),
        "share-format",
        "five of six lines",
    );
    let mut l = lines.clone();
    l.push(lines[6].clone());
    s(
        "format-line-repeated",
        &join(&l),
        "share-format",
        "a line entered twice (seven lines)",
    );
    let mut l = lines.clone();
    l[2].remove(0);
    s(
        "format-line-short",
        &join(&l),
        "share-format",
        "a symbol missing in line 2",
    );
    let mut l = lines.clone();
    let c = if l[4].starts_with('A') { "B" } else { "A" };
    l[4].replace_range(0..1, c);
    s(
        "format-line-check",
        &join(&l),
        "share-format",
        "one symbol changed in line 4",
    );
    let mut l = lines.clone();
    l.swap(1, 2);
    s(
        "format-lines-swapped",
        &join(&l),
        "share-format",
        "lines 1 and 2 swapped",
    );
    let mut bad = p1;
    bad[20] ^= 0x01;
    s(
        "format-check-byte",
        &render_unchecked(&bad),
        "share-format",
        "value changed with every line check right but the check byte stale",
    );
    let qr = shares[0].to_qr_text();
    s(
        "format-qr-short",
        &qr[..qr.len() - 1],
        "share-format",
        "QR form one symbol short",
    );
    let mut v2 = p1;
    v2[0] = 2;
    s(
        "format-version-2",
        &forge_text(v2),
        "share-format",
        "share format version 2",
    );

    let forged = |f: &dyn Fn(&mut [u8; 45])| {
        let mut p = p1;
        f(&mut p);
        forge_text(p)
    };
    s(
        "fields-index-zero",
        &forged(&|p| p[11] = 0),
        "share-fields",
        "index 0 (would be the secret itself)",
    );
    s(
        "fields-index-above-count",
        &forged(&|p| p[11] = 4),
        "share-fields",
        "index 4 of 3",
    );
    s(
        "fields-threshold-zero",
        &forged(&|p| p[9] = 0),
        "share-fields",
        "threshold 0",
    );
    s(
        "fields-count-zero",
        &forged(&|p| p[10] = 0),
        "share-fields",
        "count 0",
    );
    s(
        "fields-threshold-above-count",
        &forged(&|p| p[9] = 4),
        "share-fields",
        "threshold 4 of 3",
    );
    s(
        "fields-count-17",
        &forged(&|p| {
            p[10] = 17;
            p[11] = 17;
        }),
        "share-fields",
        "count 17 (max 16)",
    );

    s(
        "set-unknown-set",
        &forged(&|p| p[1] ^= 0xff),
        "share-set",
        "another set id",
    );
    s(
        "set-value-corrupted",
        &forged(&|p| p[30] ^= 0x80),
        "share-set",
        "value changed, checks recomputed: fails its fingerprint",
    );
    s(
        "set-threshold-altered",
        &forged(&|p| p[9] = 1),
        "share-set",
        "says 1 of 3, the set is 2 of 3",
    );
    s(
        "set-count-altered",
        &forged(&|p| {
            p[10] = 4;
        }),
        "share-set",
        "says 2 of 4, the set is 2 of 3",
    );
    s(
        "set-index-moved",
        &forged(&|p| p[11] = 2),
        "share-set",
        "share 1's value under index 2",
    );
}

fn write_readme(w: &Writer) {
    let mut t = String::from(
        "# Test vectors\n\
         \n\
         Vault files and share texts that kluis must refuse (and a few it must\n\
         accept), each with a sidecar `NAME.expect` holding one line\n\
         `expect: <class>`. `tests/it/vectors.rs` runs all of them on every\n\
         `cargo test`; the table below is written by the generator.\n\
         \n\
         ## The reference vault\n\
         \n\
         `reference.kluis` is a 2-of-3 vault made through the real binary with\n\
         the recorded weak KDF (`--allow-weak-kdf --kdf-memory 1 --kdf-time 1\n\
         --kdf-lanes 1`), PO `Anna`, holders `Office safe@Safe`, `IT admin@Home`,\n\
         `PO`, and one secret `restic` (backup-key). Its passphrase is\n\
         \n\
         ```text\n\
         correct horse battery staple\n\
         ```\n\
         \n\
         It protects nothing: every vector is derived from it, and the\n\
         re-sealed ones (`structure-*`, `damaged-audit-*`, `ok-resealed`) use\n\
         its master key, unwrapped with that passphrase.\n\
         \n\
         ## Regenerating\n\
         \n\
         ```text\n\
         cargo test --test it -- --ignored regenerate_vectors\n\
         ```\n\
         \n\
         rewrites `vaults/`, `shares/` and this README from `reference.kluis`\n\
         (deterministically: the same reference gives the same bytes). Delete\n\
         `reference.kluis` first to make a new reference; every vector then\n\
         changes.\n\
         \n\
         ## Classes\n\
         \n\
         | class | meaning | error | exit |\n\
         |---|---|---|---|\n\
         | `header` | refused by `EncryptedVault::parse` | `HeaderError` | 4 (`FutureVersion`: 1) |\n\
         | `kdf-refused` | KDF parameters refused before any work | `UnlockError::Kdf` | 6 |\n\
         | `auth` | the passphrase slot does not open | `UnlockError::WrongPassphrase` | 3 |\n\
         | `damaged` | body fails authentication, or the audit chain is broken | `UnlockError::{BodyAuth, Chain}` | 4 |\n\
         | `structure` | authenticated body that does not decode | `UnlockError::Body` | 4 (`Version`: 1) |\n\
         | `share-format` | `Share::parse` refuses the text | `ParseShareError` (not `Fields`) | 3 |\n\
         | `share-fields` | the text decodes to invalid fields | `ParseShareError::Fields` | 3 |\n\
         | `share-set` | a valid share that the reference's share set refuses (drill) | `ShareVerdictError` | 3 |\n\
         | `ok` | vault opens with the passphrase / share passes the drill | | 0 |\n\
         \n\
         Vault files are opened with the passphrase above and\n\
         `KdfLimits::for_this_machine()`; shares are parsed and checked with\n\
         `EncryptedVault::check_share` against the reference. \"checksum\n\
         recomputed\" means the keyless file checksum was fixed after the edit\n\
         (a deliberate forgery rather than accidental damage).\n\
         \n\
         ## Vectors\n\
         \n\
         | file | expect | what |\n\
         |---|---|---|\n",
    );
    for (sub, name, line) in &w.written {
        let ext = if sub == "vaults" { "kluis" } else { "txt" };
        t.push_str(&format!("| `{sub}/{name}.{ext}` | {line} |\n"));
    }
    std::fs::write(dir().join("README.md"), t).expect("write README");
}

/// Regression (found by the hardening sweep, issue 6): a body that
/// authenticates and decodes but breaks the body's invariants — here holder
/// 1's share is 31 bytes instead of 32 — used to unlock, and then
/// `kluis shares status` panicked in `vault::share_values`. `Body::check`
/// now refuses it at unlock as damage.
#[test]
fn regression_short_share_in_body_is_refused() {
    let good = std::fs::read(dir().join("reference.kluis")).expect("reference");
    let o = open(&good);
    let mut body = o.body();
    let mut short = body.sets[0].holders[0].share.expose().to_vec();
    short.pop();
    body.sets[0].holders[0].share = kluis::secret::SecretBytes::new(short);
    let bytes = o.reseal("known-bug-short-share", &body.encode());
    let f = Fixture::empty();
    std::fs::write(&f.vault, &bytes).expect("write");
    let r = f.run(&["shares", "status"]);
    r.expect(4, "breaks its own rules (share index or length)");
    assert_eq!(vault_class(&bytes), "structure");
}
