//! Forwarding audit records to the system log, a second audit device kept
//! outside the vault (`kluis settings --syslog`), and comparing a collected
//! log with the chain (`kluis audit verify --against-syslog`).
//!
//! One RFC 5424 line per record, facility authpriv (10), severity notice
//! (5), with the record in one structured-data element:
//!
//! ```text
//! <85>1 2026-11-30T14:00:00Z host kluis 1234 unseal [kluis@32473 vault="…" seq="42" kind="unseal" actor="Dirk" subject="restic" outcome="success" hash="…"] kluis audit record
//! ```
//!
//! 32473 is the private enterprise number RFC 5612 sets aside for
//! documentation; kluis has none of its own. No secret value is ever part
//! of a record; the free-text reason of an unseal is added (`reason="…"`)
//! only when the PO turned that on. Over TCP each line ends in LF
//! (RFC 6587 non-transparent framing); lines never hold a control
//! character, as every field is cleaned first.

use std::io::Write;
use std::time::Duration;

use super::{AuditRecord, Outcome};

/// The structured-data id of a kluis record.
pub const SD_ID: &str = "kluis@32473";

/// Where the lines go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// `/dev/log`, the local syslog socket.
    Unix,
    /// UDP to `host:port`.
    Udp(String),
    /// TCP to `host:port`.
    Tcp(String),
}

impl Target {
    /// Parses `unix`, `udp://HOST:PORT` or `tcp://HOST:PORT`.
    ///
    /// # Errors
    /// What is wrong, in words.
    pub fn parse(text: &str) -> Result<Target, String> {
        let addr = |rest: &str| -> Result<String, String> {
            let ok = rest
                .rsplit_once(':')
                .is_some_and(|(h, p)| !h.is_empty() && p.parse::<u16>().is_ok_and(|p| p > 0));
            if ok && !rest.contains('/') && !rest.chars().any(char::is_whitespace) {
                Ok(rest.to_string())
            } else {
                Err(format!(
                    "{text:?} is not a syslog target: give unix, udp://HOST:PORT or tcp://HOST:PORT"
                ))
            }
        };
        if text == "unix" {
            Ok(Target::Unix)
        } else if let Some(rest) = text.strip_prefix("udp://") {
            addr(rest).map(Target::Udp)
        } else if let Some(rest) = text.strip_prefix("tcp://") {
            addr(rest).map(Target::Tcp)
        } else {
            Err(format!(
                "{text:?} is not a syslog target: give unix, udp://HOST:PORT or tcp://HOST:PORT"
            ))
        }
    }
}

/// A value for an SD-PARAM: control characters become `?`, and `"`, `\`
/// and `]` are escaped (RFC 5424 section 6.3.3).
fn param(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for c in v.chars() {
        match c {
            '"' | '\\' | ']' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push('?'),
            c => out.push(c),
        }
    }
    out
}

/// A header field: printable ASCII without spaces, or `-`.
fn token(v: &str, max: usize) -> String {
    let t: String = v
        .chars()
        .filter(|c| c.is_ascii_graphic())
        .take(max)
        .collect();
    if t.is_empty() { "-".into() } else { t }
}

/// The RFC 5424 line of a record (without a line end).
pub fn line(rec: &AuditRecord, reasons: bool, pid: u32) -> String {
    let e = &rec.event;
    let kind = super::export::kind_word(e.kind);
    let time = jiff::Timestamp::from_second(rec.time)
        .map(|t| t.to_string())
        .unwrap_or_else(|_| "-".into());
    let outcome = match e.outcome {
        Outcome::Success => "success",
        Outcome::Denied => "denied",
        Outcome::Failure => "failure",
    };
    let mut sd = format!(
        "[{SD_ID} vault=\"{}\" seq=\"{}\" kind=\"{kind}\" actor=\"{}\" subject=\"{}\" outcome=\"{outcome}\" hash=\"{}\"",
        data_encoding::HEXLOWER.encode(&rec.vault_id),
        rec.seq,
        param(&e.actor.person),
        param(e.subject.as_deref().unwrap_or("")),
        data_encoding::HEXLOWER.encode(&rec.hash),
    );
    if reasons && let Some(r) = &e.reason {
        sd.push_str(&format!(" reason=\"{}\"", param(&r.text)));
    }
    sd.push(']');
    format!(
        "<85>1 {time} {} kluis {pid} {kind} {sd} kluis audit record",
        token(&rec.origin.host, 255)
    )
}

/// Sends lines to `target`, each as one datagram (unix, udp) or one
/// LF-terminated line on one connection (tcp).
///
/// # Errors
/// The I/O error, in words.
pub fn send(target: &Target, lines: &[String]) -> Result<(), String> {
    const TIMEOUT: Duration = Duration::from_secs(3);
    match target {
        Target::Unix => {
            let s = std::os::unix::net::UnixDatagram::unbound().map_err(|e| e.to_string())?;
            for l in lines {
                s.send_to(l.as_bytes(), "/dev/log")
                    .map_err(|e| format!("/dev/log: {e}"))?;
            }
        }
        Target::Udp(addr) => {
            let s = std::net::UdpSocket::bind(if addr.starts_with('[') {
                "[::]:0"
            } else {
                "0.0.0.0:0"
            })
            .map_err(|e| e.to_string())?;
            for l in lines {
                s.send_to(l.as_bytes(), addr.as_str())
                    .map_err(|e| format!("{addr}: {e}"))?;
            }
        }
        Target::Tcp(addr) => {
            use std::net::ToSocketAddrs;
            let sa = addr
                .to_socket_addrs()
                .map_err(|e| format!("{addr}: {e}"))?
                .next()
                .ok_or_else(|| format!("{addr}: no address"))?;
            let mut s = std::net::TcpStream::connect_timeout(&sa, TIMEOUT)
                .map_err(|e| format!("{addr}: {e}"))?;
            s.set_write_timeout(Some(TIMEOUT))
                .map_err(|e| e.to_string())?;
            let mut buf = Vec::new();
            for l in lines {
                buf.extend_from_slice(l.as_bytes());
                buf.push(b'\n');
            }
            s.write_all(&buf).map_err(|e| format!("{addr}: {e}"))?;
        }
    }
    Ok(())
}

/// One kluis record found in a collected log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    /// Its sequence number.
    pub seq: u64,
    /// Its hash, 64 hex digits.
    pub hash: String,
}

/// The kluis records of vault `vault_hex` in a collected log, in the order
/// found. Lines of other programs and other vaults are skipped; a syslog
/// daemon may prefix its own fields, so the structured data is looked for
/// anywhere in the line.
pub fn collect(text: &str, vault_hex: &str) -> Vec<Seen> {
    let mut out = Vec::new();
    for l in text.lines() {
        let Some(i) = l.find(&format!("[{SD_ID} ")) else {
            continue;
        };
        let sd = &l[i..];
        let field = |name: &str| -> Option<&str> {
            let start = sd.find(&format!(" {name}=\""))? + name.len() + 3;
            let end = sd[start..].find('"')?;
            Some(&sd[start..start + end])
        };
        if field("vault") != Some(vault_hex) {
            continue;
        }
        if let (Some(seq), Some(hash)) = (field("seq").and_then(|s| s.parse().ok()), field("hash"))
        {
            out.push(Seen {
                seq,
                hash: hash.to_string(),
            });
        }
    }
    out
}

/// What the comparison found first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// A record of the chain that is not in the log.
    MissingFromLog(u64),
    /// A record in the log that is not in the chain (or has another hash).
    MissingFromChain(u64),
}

/// Compares `chain[from-1..upto]` (records `from..=upto`) with the log.
pub fn compare(chain: &[AuditRecord], log: &[Seen], from: u64, upto: u64) -> Option<Mismatch> {
    use std::collections::HashSet;
    let have: HashSet<(u64, String)> = chain
        .iter()
        .map(|r| (r.seq, data_encoding::HEXLOWER.encode(&r.hash)))
        .collect();
    let logged: HashSet<(u64, &str)> = log.iter().map(|s| (s.seq, s.hash.as_str())).collect();
    let missing_log = chain
        .iter()
        .filter(|r| r.seq >= from && r.seq <= upto)
        .find(|r| !logged.contains(&(r.seq, data_encoding::HEXLOWER.encode(&r.hash).as_str())))
        .map(|r| r.seq);
    let missing_chain = log
        .iter()
        .filter(|s| !have.contains(&(s.seq, s.hash.clone())))
        .map(|s| s.seq)
        .min();
    match (missing_log, missing_chain) {
        (Some(a), Some(b)) if b < a => Some(Mismatch::MissingFromChain(b)),
        (Some(a), _) => Some(Mismatch::MissingFromLog(a)),
        (None, Some(b)) => Some(Mismatch::MissingFromChain(b)),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{Actor, AuthMethod, Event, EventKind, Origin, Reason, ReasonCategory};

    fn chain() -> Vec<AuditRecord> {
        let mut c = Vec::new();
        let actor = Actor {
            person: "Di\"rk]\n".into(),
            auth: AuthMethod::Passphrase,
        };
        crate::audit::append(
            &mut c,
            [1; 16],
            10,
            &Origin::default(),
            Event::new(EventKind::Init, actor.clone()),
        );
        let mut ev = Event::new(EventKind::Unseal, actor).subject("restic");
        ev.reason = Some(Reason {
            category: ReasonCategory::Restore,
            text: "secret-ish reason".into(),
        });
        crate::audit::append(&mut c, [1; 16], 20, &Origin::default(), ev);
        c
    }

    #[test]
    fn lines_are_rfc5424_and_escaped() {
        let c = chain();
        let l = line(&c[1], false, 7);
        assert!(
            l.starts_with("<85>1 1970-01-01T00:00:20Z - kluis 7 unseal [kluis@32473 vault=\"0101"),
            "{l}"
        );
        assert!(l.contains(r#"actor="Di\"rk\]?""#), "{l}");
        assert!(l.contains("subject=\"restic\""));
        assert!(!l.contains("secret-ish"));
        assert!(line(&c[1], true, 7).contains("reason=\"secret-ish reason\""));
        assert!(!l.contains('\n'));
    }

    #[test]
    fn targets() {
        assert_eq!(Target::parse("unix"), Ok(Target::Unix));
        assert_eq!(
            Target::parse("udp://127.0.0.1:514"),
            Ok(Target::Udp("127.0.0.1:514".into()))
        );
        assert_eq!(
            Target::parse("tcp://log.example:6514"),
            Ok(Target::Tcp("log.example:6514".into()))
        );
        for bad in [
            "",
            "udp://",
            "udp://host",
            "udp://:514",
            "tcp://h:0",
            "tcp://h:99999",
            "http://h:1",
            "udp://h:1/x",
        ] {
            assert!(Target::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn compare_names_the_first_missing_record() {
        let c = chain();
        let v = data_encoding::HEXLOWER.encode(&[1u8; 16]);
        let all: String = c.iter().map(|r| line(r, false, 1) + "\n").collect();
        let log = collect(&format!("noise\n{all}"), &v);
        assert_eq!(log.len(), 2);
        assert_eq!(compare(&c, &log, 1, 2), None);
        assert_eq!(
            compare(&c, &log[1..], 1, 2),
            Some(Mismatch::MissingFromLog(1))
        );
        let mut forged = log.clone();
        forged[1].hash = "00".repeat(32);
        assert_eq!(
            compare(&c, &forged, 1, 2),
            Some(Mismatch::MissingFromLog(2))
        );
        assert_eq!(
            compare(&c[..1], &log, 1, 1),
            Some(Mismatch::MissingFromChain(2))
        );
        assert!(collect(&all, &"02".repeat(16)).is_empty());
    }
}
