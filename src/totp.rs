//! TOTP (RFC 6238 over RFC 4226 HOTP, HMAC-SHA1): parse a seed and compute
//! the current code, so a code can be shown without revealing the seed.
//!
//! Written here rather than pulled in: the algorithm is twenty lines over
//! the RustCrypto `hmac` and `sha1` crates, and the TOTP crates available
//! bring QR, clock and URL dependencies kluis does not want in its core.

use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;

use crate::format::body::SecretValue;
use crate::secret::SecretBytes;

/// Why a TOTP seed could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TotpSeedError {
    /// Not base32.
    #[error("the TOTP seed is not valid base32 (letters A-Z and digits 2-7): check the value file")]
    Base32,
    /// Too short to be a seed.
    #[error("the TOTP seed is shorter than 10 bytes: check the value file")]
    TooShort,
    /// Unsupported URI parameter.
    #[error(
        "the otpauth URI asks for {0}, which kluis does not support (only SHA1, 6 or 8 digits)"
    )]
    Unsupported(&'static str),
}

/// Reads a TOTP seed from base32 text or an `otpauth://totp/...` URI.
///
/// # Errors
/// [`TotpSeedError`].
pub fn parse_seed(bytes: &[u8]) -> Result<SecretValue, TotpSeedError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| TotpSeedError::Base32)?
        .trim();
    let (mut secret, mut digits, mut period) = (text.to_string(), 6u8, 30u32);
    if let Some(rest) = text.strip_prefix("otpauth://totp/") {
        let query = rest.split_once('?').map_or("", |(_, q)| q);
        secret.clear();
        for pair in query.split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            match k.to_ascii_lowercase().as_str() {
                "secret" => secret = v.to_string(),
                "digits" => {
                    digits = match v {
                        "6" => 6,
                        "8" => 8,
                        _ => return Err(TotpSeedError::Unsupported("another number of digits")),
                    }
                }
                "period" => {
                    period = v
                        .parse()
                        .ok()
                        .filter(|p| (1..=3600).contains(p))
                        .ok_or(TotpSeedError::Unsupported("an unusual period"))?
                }
                "algorithm" if !v.eq_ignore_ascii_case("SHA1") => {
                    return Err(TotpSeedError::Unsupported("another algorithm"));
                }
                _ => {}
            }
        }
    }
    let cleaned: String = secret
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '=')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let mut spec = data_encoding::Specification::new();
    spec.symbols.push_str("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    spec.check_trailing_bits = false;
    let enc = spec
        .encoding()
        .expect("a fixed, valid base32 specification");
    let seed = enc
        .decode(cleaned.as_bytes())
        .map_err(|_| TotpSeedError::Base32)?;
    if seed.len() < 10 {
        return Err(TotpSeedError::TooShort);
    }
    Ok(SecretValue::Totp {
        seed: SecretBytes::new(seed),
        digits,
        period,
    })
}

/// The TOTP code at Unix time `now`, and the seconds it stays valid.
pub fn code(seed: &SecretBytes, digits: u8, period: u32, now: i64) -> (String, u32) {
    let period = period.max(1);
    let counter = (now.max(0) as u64) / u64::from(period);
    let mut mac = <Hmac<Sha1> as KeyInit>::new_from_slice(seed.expose())
        .expect("HMAC accepts keys of any length");
    mac.update(&counter.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let off = (h[h.len() - 1] & 0x0f) as usize;
    let bin = u32::from_be_bytes([h[off] & 0x7f, h[off + 1], h[off + 2], h[off + 3]]);
    let code = bin % 10u32.pow(u32::from(digits));
    let left = period - ((now.max(0) as u64) % u64::from(period)) as u32;
    (format!("{code:0width$}", width = digits as usize), left)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA1 rows (8 digits).
    #[test]
    fn rfc6238_vectors() {
        let seed = SecretBytes::new(b"12345678901234567890".to_vec());
        for (t, want) in [
            (59, "94287082"),
            (1111111109, "07081804"),
            (1111111111, "14050471"),
            (1234567890, "89005924"),
            (2000000000, "69279037"),
        ] {
            assert_eq!(code(&seed, 8, 30, t).0, want, "t={t}");
        }
        assert_eq!(code(&seed, 8, 30, 59).1, 1);
    }

    #[test]
    fn parses_base32_and_uri() {
        let v = parse_seed(b"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\n").expect("base32");
        assert!(
            matches!(v, SecretValue::Totp { ref seed, digits: 6, period: 30 } if seed.expose() == b"12345678901234567890")
        );
        let v = parse_seed(
            b"otpauth://totp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8&period=60",
        )
        .expect("uri");
        assert!(matches!(
            v,
            SecretValue::Totp {
                digits: 8,
                period: 60,
                ..
            }
        ));
        assert_eq!(
            parse_seed(b"not base32!").expect_err("bad"),
            TotpSeedError::Base32
        );
        assert_eq!(
            parse_seed(b"GEZDG").expect_err("short"),
            TotpSeedError::TooShort
        );
        assert!(matches!(
            parse_seed(
                b"otpauth://totp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&algorithm=SHA256"
            ),
            Err(TotpSeedError::Unsupported(_))
        ));
    }
}
