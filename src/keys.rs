//! Backup key pairs: recognising the private key a backup-key secret holds,
//! and deriving its public half.
//!
//! Policy article 4.3 is met exactly by public-key backups: the servers
//! encrypt to a public key, and only the private key, kept in the vault,
//! decrypts (docs/HANDBOOK.md, "Which key is the backup key?"). This module
//! owns two things:
//!
//! - [`recognise`]: what a `--value-file` holds — an age identity, an
//!   OpenPGP secret key (armored or binary), an OpenSSH private key, a PEM
//!   RSA/EC/PKCS#8 key — or nothing it knows (an opaque password or key,
//!   kept as before). A file that *claims* one of the text forms (its first
//!   line says so) but does not parse is refused with a typed error, so a
//!   truncated or mangled key is caught when it is stored, not at a restore.
//! - [`KeyPair`]: the public half of a recognised key, derived at run time
//!   from the stored value, so the vault body keeps its shape
//!   (docs/FORMAT.md). Deriving a public key is not a release: nothing of the
//!   private part leaves, and the value is already decrypted in memory when
//!   metadata is shown.
//!
//! Crates: `age` (rage's library) for age identities, `ssh-key` for OpenSSH,
//! `pkcs1`/`pkcs8`/`sec1`/`spki` for PEM. OpenPGP is parsed here by hand:
//! the fingerprint needs only the public-key packet's prefix (RFC 9580,
//! sections 5.5.2 and 5.5.4), about a hundred lines, while `pgp` (rpgp) and
//! `sequoia-openpgp` each bring a full OpenPGP implementation with its own
//! RSA, DSA, ElGamal, AES, Twofish, CAST5 and compression stacks — tens of
//! crates of crypto code the vault would carry only to hash a prefix.
//!
//! # Security
//!
//! Decoded key bytes (PEM's DER, an OpenPGP armor's binary) are
//! [`Zeroizing`]. No error holds key bytes: parser errors name a position
//! or a rule, never content. A secret key protected by a passphrase is kept
//! exactly as given; its public half is still read (OpenPGP, OpenSSH) since
//! that part is not encrypted.

use std::str::FromStr;

use serde::Serialize;
use sha1::Digest as _;
use zeroize::Zeroizing;

/// The public half of a recognised private key. Nothing in it is secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyPair {
    /// What the key is: `age-x25519`, `openpgp`, the SSH algorithm
    /// (`ssh-ed25519`, `ssh-rsa`, `ecdsa-sha2-nistp256`, …), `pem-rsa`,
    /// `pem-ec`, `pem-ed25519`, or `pem` for another PEM private key.
    pub key_type: String,
    /// The public key as the backup tool takes it: an age recipient
    /// (`age1…`, one line per identity) or an OpenSSH public key line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// OpenPGP: the primary key's fingerprint (40 hex digits for v4, 64 for
    /// v5/v6). SSH: `SHA256:…` as `ssh-keygen -l` prints it. PEM: `SHA256:`
    /// and the hex SHA-256 of the public key's DER SubjectPublicKeyInfo (as
    /// `openssl pkey -pubout -outform DER | sha256sum`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// OpenPGP: the first User ID, control characters replaced by `?`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The private part is protected by a passphrase; the restore command
    /// asks for it (docs/HANDBOOK.md).
    pub passphrase_protected: bool,
}

/// A value file that claims to be a key but is not one, or holds only a
/// public key. Messages name the form and the rule broken, never key bytes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KeyFileError {
    /// A line that should be an age identity is not one.
    #[error(
        "the value file starts like an age identity (AGE-SECRET-KEY-1…) but line {line} is not one: give the whole file age-keygen wrote; nothing was stored"
    )]
    NotAge {
        /// 1-based line number.
        line: usize,
    },
    /// A PEM block that does not decode.
    #[error(
        "the value file starts like a PEM key (-----BEGIN {label}-----) but is not one ({why}): give the whole key file; nothing was stored"
    )]
    NotPem {
        /// The PEM label of the first line.
        label: String,
        /// The rule broken.
        why: String,
    },
    /// An OpenPGP armor or packet that does not parse.
    #[error(
        "the value file starts like an OpenPGP secret key but is not one ({why}): export it again with `gpg --export-secret-keys`; nothing was stored"
    )]
    NotOpenPgp {
        /// The rule broken.
        why: &'static str,
    },
    /// An OpenSSH private key that does not parse.
    #[error(
        "the value file starts like an OpenSSH private key but is not one ({why}): give the whole key file ssh-keygen wrote; nothing was stored"
    )]
    NotSsh {
        /// The rule broken.
        why: String,
    },
    /// Only a public key.
    #[error(
        "the value file holds {what}, which is public: store the private key (kluis secret show gives its public half); nothing was stored"
    )]
    PublicOnly {
        /// What was found.
        what: &'static str,
    },
}

/// What a backup-key value holds.
///
/// Returns `Ok(Some(_))` for a recognised private key, `Ok(None)` for a
/// value that does not claim to be a key (a password, raw key bytes), kept
/// as an opaque secret.
///
/// # Errors
///
/// [`KeyFileError`] when the value claims a key form (by its first line:
/// `AGE-SECRET-KEY-`, `-----BEGIN … PRIVATE KEY-----`, an OpenPGP armor) but
/// does not parse, or when it is a public key only. Binary data is claimed
/// as OpenPGP only when it parses as a whole, so random key bytes that
/// happen to start like a packet stay opaque.
pub fn recognise(value: &[u8]) -> Result<Option<KeyPair>, KeyFileError> {
    let Ok(text) = std::str::from_utf8(value) else {
        return Ok(openpgp_binary(value).ok());
    };
    let body = text.trim_start();
    if let Some(rest) = body.strip_prefix("-----BEGIN ") {
        let label = rest.lines().next().unwrap_or("");
        let label = label.trim_end().strip_suffix("-----").unwrap_or(label);
        return pem_like(body, label);
    }
    let first = body
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    if first.starts_with("AGE-SECRET-KEY-") {
        return age_identities(text).map(Some);
    }
    if first.starts_with("age1") && age::x25519::Recipient::from_str(first).is_ok() {
        return Err(KeyFileError::PublicOnly {
            what: "an age recipient (age1…)",
        });
    }
    if ssh_key::PublicKey::from_openssh(first).is_ok() {
        return Err(KeyFileError::PublicOnly {
            what: "an SSH public key",
        });
    }
    Ok(None)
}

/// The public half of a stored value, if it is a recognised key. Used when
/// metadata is shown; a value that no longer parses shows nothing.
pub fn describe(value: &[u8]) -> Option<KeyPair> {
    recognise(value).ok().flatten()
}

/// A new age X25519 identity, as the single line age-keygen writes, with a
/// newline. The caller stores it; it is never shown.
pub fn generate_age() -> Zeroizing<Vec<u8>> {
    use age::secrecy::ExposeSecret as _;
    let identity = age::x25519::Identity::generate();
    let text = identity.to_string();
    let mut out = Zeroizing::new(Vec::with_capacity(text.expose_secret().len() + 1));
    out.extend_from_slice(text.expose_secret().as_bytes());
    out.push(b'\n');
    out
}

// ---------------------------------------------------------------------------
// age

/// Every non-comment line must be an X25519 identity (the age-keygen file
/// format: `#` comments, one identity per line).
fn age_identities(text: &str) -> Result<KeyPair, KeyFileError> {
    let mut recipients = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let id = age::x25519::Identity::from_str(line)
            .map_err(|_| KeyFileError::NotAge { line: n + 1 })?;
        recipients.push(id.to_public().to_string());
    }
    Ok(KeyPair {
        key_type: "age-x25519".into(),
        public_key: Some(recipients.join("\n")),
        fingerprint: None,
        user_id: None,
        passphrase_protected: false,
    })
}

// ---------------------------------------------------------------------------
// PEM and OpenSSH

const OID_RSA: &str = "1.2.840.113549.1.1.1";
const OID_EC: &str = "1.2.840.10045.2.1";
const OID_ED25519: &str = "1.3.101.112";

fn pem_like(body: &str, label: &str) -> Result<Option<KeyPair>, KeyFileError> {
    let not_pem = |why: String| KeyFileError::NotPem {
        label: label
            .chars()
            .filter(|c| c.is_ascii_graphic() || *c == ' ')
            .collect(),
        why,
    };
    match label {
        "PGP PRIVATE KEY BLOCK" => return openpgp_armored(body).map(Some),
        "OPENSSH PRIVATE KEY" => return ssh(body).map(Some),
        "PGP PUBLIC KEY BLOCK" => {
            return Err(KeyFileError::PublicOnly {
                what: "an OpenPGP public key",
            });
        }
        "PUBLIC KEY" | "RSA PUBLIC KEY" | "SSH2 PUBLIC KEY" => {
            return Err(KeyFileError::PublicOnly {
                what: "a PEM public key",
            });
        }
        "CERTIFICATE" => {
            return Err(KeyFileError::PublicOnly {
                what: "a certificate",
            });
        }
        l if l.ends_with("PRIVATE KEY") => {}
        // Another PEM document (parameters, a CSR…): not a key kluis knows;
        // kept as an opaque value.
        _ => return Ok(None),
    }
    // OpenSSL's traditional encryption puts RFC 1421 headers in the block,
    // which RFC 7468 decoders refuse; such a key is kept as given.
    if body.contains("Proc-Type: 4,ENCRYPTED") {
        return Ok(Some(KeyPair {
            key_type: pem_type(label).into(),
            public_key: None,
            fingerprint: None,
            user_id: None,
            passphrase_protected: true,
        }));
    }
    let (found, der) = der::pem::decode_vec(body.as_bytes())
        .map(|(l, d)| (l.to_string(), Zeroizing::new(d)))
        .map_err(|e| not_pem(e.to_string()))?;
    if found != label {
        return Err(not_pem(format!("the END line does not match: {found:?}")));
    }
    let (key_type, spki, protected) = match label {
        "RSA PRIVATE KEY" => ("pem-rsa", Some(rsa_spki(&der).map_err(not_pem)?), false),
        "EC PRIVATE KEY" => ("pem-ec", ec_spki(&der, None).map_err(not_pem)?, false),
        "PRIVATE KEY" => {
            let (t, spki) = pkcs8_spki(&der).map_err(not_pem)?;
            (t, spki, false)
        }
        "ENCRYPTED PRIVATE KEY" => {
            // Reading its structure would need pkcs8's `pkcs5` feature
            // (the ciphers); that it is one DER SEQUENCE is checked.
            <der::Document as der::Decode>::from_der(&der).map_err(|e| not_pem(e.to_string()))?;
            ("pem", None, true)
        }
        _ => ("pem", None, false),
    };
    Ok(Some(KeyPair {
        key_type: key_type.into(),
        public_key: None,
        fingerprint: spki.map(|d| format!("SHA256:{}", hex(&sha2::Sha256::digest(&d)))),
        user_id: None,
        passphrase_protected: protected,
    }))
}

fn pem_type(label: &str) -> &'static str {
    match label {
        "RSA PRIVATE KEY" => "pem-rsa",
        "EC PRIVATE KEY" => "pem-ec",
        _ => "pem",
    }
}

/// The DER SubjectPublicKeyInfo of a PKCS#1 RSA private key.
fn rsa_spki(der: &[u8]) -> Result<Vec<u8>, String> {
    use der::{Decode as _, Encode as _};
    let key = pkcs1::RsaPrivateKeyRef::from_der(der).map_err(|e| e.to_string())?;
    let public = key.public_key().to_der().map_err(|e| e.to_string())?;
    spki(OID_RSA, Some(der::Any::from(der::asn1::Null)), &public)
}

/// The DER SubjectPublicKeyInfo of a SEC1 EC private key, when the file
/// holds the public point (OpenSSL always writes it; computing it would
/// need the curve arithmetic). `curve` comes from a PKCS#8 wrapper.
fn ec_spki(
    der: &[u8],
    curve: Option<der::asn1::ObjectIdentifier>,
) -> Result<Option<Vec<u8>>, String> {
    use der::Decode as _;
    let key = sec1::EcPrivateKey::from_der(der).map_err(|e| e.to_string())?;
    let curve = match (key.parameters, curve) {
        (Some(sec1::EcParameters::NamedCurve(oid)), _) | (None, Some(oid)) => oid,
        (None, None) => return Ok(None),
    };
    let Some(point) = key.public_key else {
        return Ok(None);
    };
    let params = der::Any::encode_from(&curve).map_err(|e| e.to_string())?;
    spki(OID_EC, Some(params), point).map(Some)
}

/// A PKCS#8 key: RSA and EC give their SubjectPublicKeyInfo; Ed25519 only
/// when the file carries the public key (PKCS#8 v2).
fn pkcs8_spki(der: &[u8]) -> Result<(&'static str, Option<Vec<u8>>), String> {
    use der::Decode as _;
    let info = pkcs8::PrivateKeyInfoRef::from_der(der).map_err(|e| e.to_string())?;
    let inner = info.private_key.as_bytes();
    match info.algorithm.oid.to_string().as_str() {
        OID_RSA => Ok(("pem-rsa", Some(rsa_spki(inner)?))),
        OID_EC => {
            let curve = info
                .algorithm
                .parameters
                .map(|p| p.decode_as::<der::asn1::ObjectIdentifier>())
                .transpose()
                .map_err(|e| e.to_string())?;
            Ok(("pem-ec", ec_spki(inner, curve)?))
        }
        OID_ED25519 => {
            let spki = info
                .public_key
                .map(|pk| spki(OID_ED25519, None, pk.raw_bytes()))
                .transpose()?;
            Ok(("pem-ed25519", spki))
        }
        _ => Ok(("pem", None)),
    }
}

fn spki(oid: &str, parameters: Option<der::Any>, key: &[u8]) -> Result<Vec<u8>, String> {
    use der::Encode as _;
    let info = spki::SubjectPublicKeyInfoOwned {
        algorithm: spki::AlgorithmIdentifierOwned {
            oid: der::asn1::ObjectIdentifier::new(oid).map_err(|e| e.to_string())?,
            parameters,
        },
        subject_public_key: der::asn1::BitString::from_bytes(key).map_err(|e| e.to_string())?,
    };
    info.to_der().map_err(|e| e.to_string())
}

fn ssh(body: &str) -> Result<KeyPair, KeyFileError> {
    let key = ssh_key::PrivateKey::from_openssh(body)
        .map_err(|e| KeyFileError::NotSsh { why: e.to_string() })?;
    let public = key
        .public_key()
        .to_openssh()
        .map_err(|e| KeyFileError::NotSsh { why: e.to_string() })?;
    Ok(KeyPair {
        key_type: key.algorithm().as_str().into(),
        public_key: Some(public),
        fingerprint: Some(key.fingerprint(ssh_key::HashAlg::Sha256).to_string()),
        user_id: None,
        passphrase_protected: key.is_encrypted(),
    })
}

// ---------------------------------------------------------------------------
// OpenPGP (RFC 9580)

/// Removes the ASCII armor (RFC 9580, section 6.2): header lines up to a
/// blank line, base64 lines, an optional `=` CRC-24 line (checked when
/// present), the END line.
fn openpgp_armored(body: &str) -> Result<KeyPair, KeyFileError> {
    let bad = |why| KeyFileError::NotOpenPgp { why };
    let mut lines = body.lines().map(str::trim_end).skip(1);
    let mut b64 = Zeroizing::new(String::new());
    let mut crc = None;
    let mut in_headers = true;
    let mut ended = false;
    for line in lines.by_ref() {
        if in_headers {
            if line.is_empty() {
                in_headers = false;
                continue;
            }
            if line.contains(": ") {
                continue;
            }
            // No header block at all: this line is already data.
            in_headers = false;
        }
        if line == "-----END PGP PRIVATE KEY BLOCK-----" {
            ended = true;
            break;
        }
        if let Some(sum) = line.strip_prefix('=') {
            crc = Some(sum.to_string());
            continue;
        }
        b64.push_str(line);
    }
    if !ended {
        return Err(bad("no END PGP PRIVATE KEY BLOCK line"));
    }
    let data = Zeroizing::new(
        data_encoding::BASE64
            .decode(b64.as_bytes())
            .map_err(|_| bad("the armor is not valid base64"))?,
    );
    if let Some(sum) = crc {
        let want = data_encoding::BASE64
            .decode(sum.as_bytes())
            .map_err(|_| bad("the armor checksum is not valid base64"))?;
        let got = crc24(&data).to_be_bytes();
        if want.as_slice() != &got[1..] {
            return Err(bad("the armor checksum does not match"));
        }
    }
    openpgp_binary(&data)
}

/// CRC-24 of RFC 9580, section 6.1.1.
fn crc24(data: &[u8]) -> u32 {
    let mut crc: u32 = 0x00B7_04CE;
    for &b in data {
        crc ^= u32::from(b) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x0100_0000 != 0 {
                crc ^= 0x0186_4CFB;
            }
        }
    }
    crc & 0x00FF_FFFF
}

struct Packet<'a> {
    tag: u8,
    body: &'a [u8],
}

/// Splits a binary OpenPGP message into packets (RFC 9580, section 4.2).
/// Partial and indeterminate lengths are refused: a transferable secret key
/// never uses them.
fn packets(mut data: &[u8]) -> Result<Vec<Packet<'_>>, &'static str> {
    let mut out = Vec::new();
    while !data.is_empty() {
        let b = data[0];
        if b & 0x80 == 0 {
            return Err("a packet header lacks its leading bit");
        }
        let (tag, len, head): (u8, usize, usize) = if b & 0x40 != 0 {
            let tag = b & 0x3F;
            match *data.get(1).ok_or("a packet header is cut off")? {
                o @ 0..=191 => (tag, usize::from(o), 2),
                o @ 192..=223 => {
                    let o2 = *data.get(2).ok_or("a packet header is cut off")?;
                    (
                        tag,
                        ((usize::from(o) - 192) << 8) + usize::from(o2) + 192,
                        3,
                    )
                }
                255 => (tag, be32(data.get(2..6))?, 6),
                _ => return Err("a packet uses a partial length"),
            }
        } else {
            let tag = (b >> 2) & 0x0F;
            match b & 3 {
                0 => (
                    tag,
                    usize::from(*data.get(1).ok_or("a packet header is cut off")?),
                    2,
                ),
                1 => {
                    let l = data.get(1..3).ok_or("a packet header is cut off")?;
                    (tag, usize::from(u16::from_be_bytes([l[0], l[1]])), 3)
                }
                2 => (tag, be32(data.get(1..5))?, 5),
                _ => return Err("a packet has an indeterminate length"),
            }
        };
        let body = data
            .get(head..head.checked_add(len).ok_or("a packet is too long")?)
            .ok_or("a packet is cut off")?;
        out.push(Packet { tag, body });
        data = &data[head + len..];
    }
    Ok(out)
}

fn be32(b: Option<&[u8]>) -> Result<usize, &'static str> {
    let b = b.ok_or("a packet header is cut off")?;
    usize::try_from(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
        .map_err(|_| "a packet is too long")
}

/// A transferable secret key: a secret-key packet first, then the packets
/// that follow it (user IDs, signatures, subkeys), all well formed.
fn openpgp_binary(data: &[u8]) -> Result<KeyPair, KeyFileError> {
    let bad = |why| KeyFileError::NotOpenPgp { why };
    let packets = packets(data).map_err(bad)?;
    let first = packets.first().ok_or(bad("it holds no packet"))?;
    match first.tag {
        5 => {}
        6 => {
            return Err(KeyFileError::PublicOnly {
                what: "an OpenPGP public key",
            });
        }
        _ => return Err(bad("the first packet is not a secret key")),
    }
    let (public_len, fingerprint) = openpgp_public(first.body).map_err(bad)?;
    let s2k_usage = *first
        .body
        .get(public_len)
        .ok_or(bad("the secret key packet is cut off"))?;
    let user_id = packets.iter().find(|p| p.tag == 13).map(|p| {
        String::from_utf8_lossy(p.body)
            .chars()
            .map(|c| if c.is_control() { '?' } else { c })
            .collect()
    });
    Ok(KeyPair {
        key_type: "openpgp".into(),
        public_key: None,
        fingerprint: Some(fingerprint),
        user_id,
        passphrase_protected: s2k_usage != 0,
    })
}

/// The length of the public-key part of a key packet, and the key's
/// fingerprint: v4 (section 5.5.4.2) SHA-1 over 0x99, a two-octet length
/// and that part; v5 and v6 (section 5.5.4.3) SHA-256 over 0x9A/0x9B, a
/// four-octet length and that part.
fn openpgp_public(body: &[u8]) -> Result<(usize, String), &'static str> {
    const CUT: &str = "the key packet is cut off";
    let version = *body.first().ok_or(CUT)?;
    match version {
        4 => {
            let algo = *body.get(5).ok_or(CUT)?;
            let mut pos = 6;
            let mpi = |pos: &mut usize| -> Result<(), &'static str> {
                let b = body.get(*pos..*pos + 2).ok_or(CUT)?;
                let bits = usize::from(u16::from_be_bytes([b[0], b[1]]));
                *pos += 2 + bits.div_ceil(8);
                (*pos <= body.len()).then_some(()).ok_or(CUT)
            };
            let field = |pos: &mut usize| -> Result<(), &'static str> {
                let len = usize::from(*body.get(*pos).ok_or(CUT)?);
                if len == 0 || len == 0xFF {
                    return Err("a curve OID has a reserved length");
                }
                *pos += 1 + len;
                (*pos <= body.len()).then_some(()).ok_or(CUT)
            };
            match algo {
                1..=3 => (0..2).try_for_each(|_| mpi(&mut pos))?,
                16 | 20 => (0..3).try_for_each(|_| mpi(&mut pos))?,
                17 => (0..4).try_for_each(|_| mpi(&mut pos))?,
                18 => {
                    field(&mut pos)?;
                    mpi(&mut pos)?;
                    field(&mut pos)?;
                }
                19 | 22 => {
                    field(&mut pos)?;
                    mpi(&mut pos)?;
                }
                25 | 27 => pos += 32,
                26 => pos += 56,
                28 => pos += 57,
                _ => return Err("the public-key algorithm is unknown"),
            }
            if pos > body.len() {
                return Err(CUT);
            }
            let len = u16::try_from(pos).map_err(|_| "the key packet is too long")?;
            let mut h = sha1::Sha1::new();
            h.update([0x99]);
            h.update(len.to_be_bytes());
            h.update(&body[..pos]);
            Ok((pos, hex(&h.finalize()).to_uppercase()))
        }
        5 | 6 => {
            let n = body.get(6..10).ok_or(CUT)?;
            let material = u32::from_be_bytes([n[0], n[1], n[2], n[3]]) as usize;
            let pos = 10usize.checked_add(material).ok_or(CUT)?;
            if pos > body.len() {
                return Err(CUT);
            }
            let mut h = sha2::Sha256::new();
            h.update([if version == 5 { 0x9A } else { 0x9B }]);
            h.update((pos as u32).to_be_bytes());
            h.update(&body[..pos]);
            Ok((pos, hex(&h.finalize()).to_uppercase()))
        }
        _ => Err("the key version is not 4, 5 or 6"),
    }
}

fn hex(bytes: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_age_identity_is_recognised_with_its_recipient() {
        let id = generate_age();
        assert!(id.starts_with(b"AGE-SECRET-KEY-1"));
        assert!(id.ends_with(b"\n"));
        let k = recognise(&id).expect("ok").expect("key");
        assert_eq!(k.key_type, "age-x25519");
        let r = k.public_key.expect("recipient");
        assert!(r.starts_with("age1"), "{r}");
        assert!(!r.contains("AGE-SECRET"));
    }

    #[test]
    fn age_keygen_file_with_comments() {
        let id = generate_age();
        let text = format!(
            "# created: 2026-01-01T00:00:00Z\n# public key: age1x\n{}",
            std::str::from_utf8(&id).expect("utf8")
        );
        let k = recognise(text.as_bytes()).expect("ok").expect("key");
        assert_eq!(k.key_type, "age-x25519");
    }

    #[test]
    fn broken_age_identity_is_refused_with_its_line() {
        let err = recognise(b"# c\nAGE-SECRET-KEY-1NOTBECH32\n").expect_err("bad");
        assert_eq!(err, KeyFileError::NotAge { line: 2 });
    }

    #[test]
    fn passwords_and_raw_bytes_stay_opaque() {
        assert_eq!(recognise(b"correct-restic-repo-password"), Ok(None));
        assert_eq!(recognise(&[0x95, 0, 3, 1, 2]), Ok(None));
        assert_eq!(recognise(&[0xC5, 0x01]), Ok(None));
        assert_eq!(
            recognise(b"-----BEGIN DH PARAMETERS-----\nAA==\n-----END DH PARAMETERS-----\n"),
            Ok(None)
        );
    }

    #[test]
    fn pem_that_is_not_pem_is_refused() {
        let err = recognise(
            b"-----BEGIN RSA PRIVATE KEY-----\nnot base64 !!\n-----END RSA PRIVATE KEY-----\n",
        )
        .expect_err("bad");
        assert!(
            matches!(err, KeyFileError::NotPem { ref label, .. } if label == "RSA PRIVATE KEY"),
            "{err}"
        );
        let err =
            recognise(b"-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n")
                .expect_err("bad der");
        assert!(err.to_string().starts_with("the value file starts like a PEM key (-----BEGIN EC PRIVATE KEY-----) but is not one ("), "{err}");
    }

    #[test]
    fn public_keys_are_refused() {
        let id = generate_age();
        let r = recognise(&id)
            .expect("ok")
            .expect("key")
            .public_key
            .expect("r");
        assert!(matches!(
            recognise(r.as_bytes()),
            Err(KeyFileError::PublicOnly { .. })
        ));
        assert!(matches!(
            recognise(b"-----BEGIN PUBLIC KEY-----\nAA==\n-----END PUBLIC KEY-----\n"),
            Err(KeyFileError::PublicOnly { .. })
        ));
    }

    #[test]
    fn openpgp_packets_of_a_minimal_v4_ed25519_key() {
        // Version 4, time 0, algorithm 27 (Ed25519), 32 key bytes, then the
        // secret part: usage 0, 32 bytes.
        let mut body = vec![4, 0, 0, 0, 0, 27];
        body.extend([7u8; 32]);
        let public_len = body.len();
        body.push(0);
        body.extend([9u8; 32]);
        let mut packet = vec![0xC5, u8::try_from(body.len()).expect("short")];
        packet.extend(&body);
        let uid = b"Backup <b@x>";
        packet.extend([0xCD, uid.len() as u8]);
        packet.extend(uid);
        let k = recognise(&packet).expect("ok").expect("key");
        assert_eq!(k.key_type, "openpgp");
        assert_eq!(k.user_id.as_deref(), Some("Backup <b@x>"));
        assert!(!k.passphrase_protected);
        let mut h = sha1::Sha1::new();
        h.update([0x99, 0, public_len as u8]);
        h.update(&body[..public_len]);
        assert_eq!(k.fingerprint, Some(hex(&h.finalize()).to_uppercase()));

        // Cut: binary is then simply opaque.
        assert_eq!(recognise(&packet[..20]), Ok(None));
        // Armored and cut: refused.
        let armored = format!(
            "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{}\n-----END PGP PRIVATE KEY BLOCK-----\n",
            data_encoding::BASE64.encode(&packet[..20])
        );
        let err = recognise(armored.as_bytes()).expect_err("cut");
        assert_eq!(
            err,
            KeyFileError::NotOpenPgp {
                why: "a packet is cut off"
            }
        );
        // Armored whole, with a right and a wrong checksum.
        let sum = data_encoding::BASE64.encode(&crc24(&packet).to_be_bytes()[1..]);
        let armored = format!(
            "-----BEGIN PGP PRIVATE KEY BLOCK-----\nComment: x\n\n{}\n={sum}\n-----END PGP PRIVATE KEY BLOCK-----\n",
            data_encoding::BASE64.encode(&packet)
        );
        assert_eq!(
            recognise(armored.as_bytes())
                .expect("ok")
                .expect("key")
                .fingerprint,
            k.fingerprint
        );
        let wrong = armored.replace(&format!("={sum}"), "=AAAA");
        assert_eq!(
            recognise(wrong.as_bytes()),
            Err(KeyFileError::NotOpenPgp {
                why: "the armor checksum does not match"
            })
        );
    }

    proptest::proptest! {
        /// Arbitrary bytes, and arbitrary bytes behind each claimed
        /// prefix, never panic; binary input is never refused.
        #[test]
        fn arbitrary_input_never_panics(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..600),
            prefix in 0usize..6,
        ) {
            let heads: [&[u8]; 6] = [
                b"",
                b"AGE-SECRET-KEY-1",
                b"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n",
                b"-----BEGIN RSA PRIVATE KEY-----\n",
                b"-----BEGIN OPENSSH PRIVATE KEY-----\n",
                &[0xC5],
            ];
            let mut input = heads[prefix].to_vec();
            input.extend(&bytes);
            let r = recognise(&input);
            if std::str::from_utf8(&input).is_err() {
                proptest::prop_assert!(r.is_ok());
            }
        }
    }

    #[test]
    fn crc24_known_answer() {
        // RFC 4880's CRC-24 of "123456789" is 0x21CF02.
        assert_eq!(crc24(b"123456789"), 0x21CF02);
    }
}
