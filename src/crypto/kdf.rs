//! Argon2id key derivation, with hard limits checked before any work.
//!
//! Parameters read from a vault header are untrusted: a crafted file could
//! ask for terabytes of memory or a billion passes and hang the machine. So
//! [`KdfParams::check`] compares them against [`KdfLimits`] *before* a single
//! block is allocated, and refuses with [`KdfRefused`], which names the value
//! asked for and the value allowed (docs/ARCHITECTURE.md, invariant 3).

use std::fmt;
use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Params, Version};

use crate::secret::{KEY_LEN, Kek, Passphrase};

/// Memory floor of a normal vault: 64 MiB.
pub const FLOOR_M_KIB: u32 = 64 * 1024;
/// Pass-count floor of a normal vault.
pub const FLOOR_T: u32 = 3;
/// Hard memory ceiling: 4 GiB.
pub const MAX_M_KIB: u32 = 4 * 1024 * 1024;
/// Hard pass-count ceiling.
pub const MAX_T: u32 = 16;
/// Hard lane ceiling.
pub const MAX_P: u32 = 16;
/// Salt length stored in the header.
pub const SALT_LEN: usize = 32;

/// Argon2id cost parameters as stored in the header.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl fmt::Display for KdfParams {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Argon2id m={} MiB t={} p={}",
            self.m_kib / 1024,
            self.t,
            self.p
        )
    }
}

/// What this machine allows. `Default` reads the machine.
#[derive(Clone, Copy, Debug)]
pub struct KdfLimits {
    /// Largest memory cost accepted, in KiB: the smaller of 4 GiB and the
    /// machine's physical memory.
    pub max_m_kib: u32,
}

impl KdfLimits {
    /// Limits for this machine: 4 GiB, or less if the machine has less.
    pub fn for_this_machine() -> Self {
        let machine = machine_memory_kib().unwrap_or(u64::from(MAX_M_KIB));
        Self {
            max_m_kib: machine.min(u64::from(MAX_M_KIB)) as u32,
        }
    }
}

/// Reads MemTotal from /proc/meminfo (Linux); `None` elsewhere.
fn machine_memory_kib() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with("MemTotal:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// KDF parameters refused before any work.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KdfRefused {
    /// Memory above the limit.
    #[error(
        "the vault asks for {asked_mib} MiB of memory for its key derivation; the limit here is {allowed_mib} MiB: refusing before any work (is this file really your vault?)"
    )]
    Memory {
        /// MiB asked for.
        asked_mib: u64,
        /// MiB allowed.
        allowed_mib: u64,
    },
    /// Passes above the limit.
    #[error(
        "the vault asks for {asked} Argon2id passes; at most {allowed} are allowed: refusing before any work"
    )]
    Passes {
        /// Passes asked for.
        asked: u32,
        /// Passes allowed.
        allowed: u32,
    },
    /// Lanes above the limit.
    #[error(
        "the vault asks for {asked} Argon2id lanes; at most {allowed} are allowed: refusing before any work"
    )]
    Lanes {
        /// Lanes asked for.
        asked: u32,
        /// Lanes allowed.
        allowed: u32,
    },
    /// Below the floor without the weak-KDF flag.
    #[error(
        "key derivation {asked} is below the floor of m={floor_mib} MiB t={floor_t}: use at least that, or accept a weak vault knowingly"
    )]
    BelowFloor {
        /// Parameters asked for.
        asked: KdfParams,
        /// Floor memory in MiB.
        floor_mib: u32,
        /// Floor passes.
        floor_t: u32,
    },
    /// A vault on disk asks for parameters below the floor but does not
    /// carry the weak-KDF mark it would have been made with: it was altered.
    /// No option accepts it (`--allow-weak-kdf` is for `init` only).
    #[error(
        "the vault asks for key derivation {asked}, below the floor of m={floor_mib} MiB t={floor_t}, but it was not made as a weak vault (its header does not carry that mark): the vault file was altered; restore a backup copy"
    )]
    BelowFloorUnmarked {
        /// Parameters asked for.
        asked: KdfParams,
        /// Floor memory in MiB.
        floor_mib: u32,
        /// Floor passes.
        floor_t: u32,
    },
    /// Below what Argon2id itself accepts (even for a weak vault).
    #[error(
        "key derivation {asked} is invalid: Argon2id needs t >= 1, p >= 1 and at least 8 KiB of memory per lane"
    )]
    Invalid {
        /// Parameters asked for.
        asked: KdfParams,
    },
}

impl KdfParams {
    /// The floor for a normal vault, with 4 lanes.
    pub const FLOOR: KdfParams = KdfParams {
        m_kib: FLOOR_M_KIB,
        t: FLOOR_T,
        p: 4,
    };

    /// Checks the parameters against the hard limits and the floor, before
    /// any work. `weak_allowed` is the header's recorded weak-KDF flag.
    ///
    /// # Errors
    /// [`KdfRefused`] naming the value asked for and the value allowed.
    pub fn check(&self, limits: &KdfLimits, weak_allowed: bool) -> Result<(), KdfRefused> {
        if self.p > MAX_P {
            return Err(KdfRefused::Lanes {
                asked: self.p,
                allowed: MAX_P,
            });
        }
        if self.t > MAX_T {
            return Err(KdfRefused::Passes {
                asked: self.t,
                allowed: MAX_T,
            });
        }
        if self.m_kib > limits.max_m_kib {
            return Err(KdfRefused::Memory {
                asked_mib: u64::from(self.m_kib).div_ceil(1024),
                allowed_mib: u64::from(limits.max_m_kib) / 1024,
            });
        }
        if self.t == 0 || self.p == 0 || u64::from(self.m_kib) < 8 * u64::from(self.p) {
            return Err(KdfRefused::Invalid { asked: *self });
        }
        if !weak_allowed && (self.m_kib < FLOOR_M_KIB || self.t < FLOOR_T) {
            return Err(KdfRefused::BelowFloor {
                asked: *self,
                floor_mib: FLOOR_M_KIB / 1024,
                floor_t: FLOOR_T,
            });
        }
        Ok(())
    }

    /// Whether these parameters are below the normal floor.
    pub fn is_weak(&self) -> bool {
        self.m_kib < FLOOR_M_KIB || self.t < FLOOR_T
    }

    fn argon2(&self) -> Argon2<'static> {
        let params = Params::new(self.m_kib, self.t, self.p, Some(KEY_LEN))
            .expect("parameters were checked against Argon2's own bounds by KdfParams::check");
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
    }

    /// Derives a key-encryption key. Call [`KdfParams::check`] first; this
    /// function re-checks and refuses rather than doing unbounded work.
    ///
    /// # Errors
    /// [`KdfRefused`] if the parameters fail the check.
    pub fn derive(
        &self,
        limits: &KdfLimits,
        weak_allowed: bool,
        passphrase: &Passphrase,
        salt: &[u8],
    ) -> Result<Kek, KdfRefused> {
        self.check(limits, weak_allowed)?;
        Ok(Kek::from_bytes(
            self.derive_raw(passphrase.expose().as_bytes(), salt),
        ))
    }

    /// Argon2id of an approver's PIN. The caller has checked the parameters.
    pub fn derive_pin(&self, pin: &Passphrase, salt: &[u8]) -> zeroize::Zeroizing<[u8; KEY_LEN]> {
        zeroize::Zeroizing::new(self.derive_raw(pin.expose().as_bytes(), salt))
    }

    /// Argon2id of `input`, for PIN hashes and the known-answer test.
    pub(crate) fn derive_raw(&self, input: &[u8], salt: &[u8]) -> [u8; KEY_LEN] {
        let mut out = [0u8; KEY_LEN];
        self.argon2()
            .hash_password_into(input, salt, &mut out)
            .expect("salt length and parameters are fixed by kluis and checked");
        out
    }
}

/// Picks parameters that take about `target` on this machine, never below
/// [`KdfParams::FLOOR`]. Grows memory first (up to 1 GiB and a quarter of the
/// machine), then passes, because memory is what hurts a GPU attacker most.
pub fn calibrate(target: Duration, limits: &KdfLimits) -> KdfParams {
    let mut params = KdfParams::FLOOR;
    let max_m = (limits.max_m_kib / 4).clamp(FLOOR_M_KIB, 1024 * 1024);
    let salt = [0u8; SALT_LEN];
    let mut elapsed = time_one(&params, &salt);
    while params.m_kib * 2 <= max_m && elapsed * 2 <= target {
        params.m_kib *= 2;
        elapsed = time_one(&params, &salt);
    }
    if elapsed < target && !elapsed.is_zero() {
        let scale = target.as_secs_f64() / elapsed.as_secs_f64();
        params.t = ((f64::from(params.t) * scale).floor() as u32).clamp(FLOOR_T, MAX_T);
    }
    params
}

fn time_one(params: &KdfParams, salt: &[u8]) -> Duration {
    let start = Instant::now();
    let _ = params.derive_raw(b"kluis calibration", salt);
    start.elapsed()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: KdfLimits = KdfLimits {
        max_m_kib: MAX_M_KIB,
    };

    #[test]
    fn bombs_are_refused_naming_values() {
        let bomb = KdfParams {
            m_kib: u32::MAX,
            t: 3,
            p: 4,
        };
        let e = bomb.check(&LIMITS, false).expect_err("refused");
        assert_eq!(
            e,
            KdfRefused::Memory {
                asked_mib: 4194304,
                allowed_mib: 4096
            }
        );
        assert!(e.to_string().contains("4194304 MiB") && e.to_string().contains("4096 MiB"));
        let e = KdfParams {
            m_kib: FLOOR_M_KIB,
            t: u32::MAX,
            p: 4,
        }
        .check(&LIMITS, false)
        .expect_err("t");
        assert_eq!(
            e,
            KdfRefused::Passes {
                asked: u32::MAX,
                allowed: 16
            }
        );
        let e = KdfParams {
            m_kib: u32::MAX,
            t: 3,
            p: (1 << 24) - 1,
        }
        .check(&LIMITS, false)
        .expect_err("p");
        assert_eq!(
            e,
            KdfRefused::Lanes {
                asked: (1 << 24) - 1,
                allowed: 16
            }
        );
        for zero in [
            KdfParams {
                m_kib: 0,
                t: 3,
                p: 4,
            },
            KdfParams {
                m_kib: FLOOR_M_KIB,
                t: 0,
                p: 4,
            },
            KdfParams {
                m_kib: FLOOR_M_KIB,
                t: 3,
                p: 0,
            },
        ] {
            assert!(matches!(
                zero.check(&LIMITS, true),
                Err(KdfRefused::Invalid { .. })
            ));
        }
    }

    #[test]
    fn machine_memory_limits() {
        let small = KdfLimits {
            max_m_kib: 1024 * 1024,
        };
        let e = KdfParams {
            m_kib: 2 * 1024 * 1024,
            t: 3,
            p: 4,
        }
        .check(&small, false)
        .expect_err("mem");
        assert_eq!(
            e,
            KdfRefused::Memory {
                asked_mib: 2048,
                allowed_mib: 1024
            }
        );
    }

    #[test]
    fn floor_needs_weak_flag() {
        let weak = KdfParams {
            m_kib: 64,
            t: 1,
            p: 1,
        };
        assert!(matches!(
            weak.check(&LIMITS, false),
            Err(KdfRefused::BelowFloor { .. })
        ));
        assert!(weak.check(&LIMITS, true).is_ok());
        assert!(KdfParams::FLOOR.check(&LIMITS, false).is_ok());
    }

    #[test]
    fn derive_is_deterministic_and_salted() {
        let p = KdfParams {
            m_kib: 32,
            t: 1,
            p: 1,
        };
        assert_eq!(p.derive_raw(b"pw", &[1; 16]), p.derive_raw(b"pw", &[1; 16]));
        assert_ne!(p.derive_raw(b"pw", &[1; 16]), p.derive_raw(b"pw", &[2; 16]));
    }
}
