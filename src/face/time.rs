//! Times as a person reads them: the vault and the audit chain store Unix
//! seconds and the core words them as RFC 3339 UTC (`2025-06-15T12:00:00Z`),
//! which is also what JSON output keeps. Human output in both faces shows
//! them in the PO's local time zone instead, with the zone's abbreviation,
//! so a time on screen is never mistaken for local (issue 12 item 5):
//! `2025-06-15 14:00 CEST`.

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// Length of an RFC 3339 UTC time as the core writes it.
const RFC3339_LEN: usize = "2025-06-15T12:00:00Z".len();

/// `rfc3339` (a UTC time as the core writes it) in `tz`, to the minute with
/// the zone's abbreviation; text that is no such time is returned as is.
pub fn local_in(rfc3339: &str, tz: &TimeZone) -> String {
    match rfc3339.parse::<Timestamp>() {
        Ok(ts) => ts
            .to_zoned_datetime(tz.clone())
            .strftime("%Y-%m-%d %H:%M %Z")
            .to_string(),
        Err(_) => rfc3339.to_string(),
    }
}

/// [`local_in`] the system's time zone (`TZ`, else `/etc/localtime`).
pub fn local(rfc3339: &str) -> String {
    local_in(rfc3339, &TimeZone::system())
}

/// Every RFC 3339 UTC time in `text` (an audit line, a warning) put in
/// `tz` by [`local_in`]; the rest of the text is unchanged.
pub fn localize_in(text: &str, tz: &TimeZone) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = next_time(rest) {
        out.push_str(&rest[..at]);
        out.push_str(&local_in(&rest[at..at + RFC3339_LEN], tz));
        rest = &rest[at + RFC3339_LEN..];
    }
    out.push_str(rest);
    out
}

/// [`localize_in`] the system's time zone.
pub fn localize(text: &str) -> String {
    localize_in(text, &TimeZone::system())
}

/// Where the first `YYYY-MM-DDTHH:MM:SSZ` in `text` starts.
fn next_time(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(RFC3339_LEN - 1)).find(|&i| {
        let w = &b[i..i + RFC3339_LEN];
        w.iter().enumerate().all(|(j, &c)| match j {
            4 | 7 => c == b'-',
            10 => c == b'T',
            13 | 16 => c == b':',
            19 => c == b'Z',
            _ => c.is_ascii_digit(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_times_read_in_the_local_zone() {
        let ams = TimeZone::get("Europe/Amsterdam").expect("tzdb");
        assert_eq!(
            local_in("2025-06-15T12:00:00Z", &ams),
            "2025-06-15 14:00 CEST"
        );
        assert_eq!(
            local_in("2025-01-15T12:00:00Z", &ams),
            "2025-01-15 13:00 CET"
        );
        assert_eq!(local_in("never", &ams), "never");
        assert_eq!(
            localize_in("  7  2025-06-15T12:00:00Z  Unseal  Anna", &TimeZone::UTC),
            "  7  2025-06-15 12:00 UTC  Unseal  Anna"
        );
        assert_eq!(
            localize_in("é 2025-06-15T12:00:00Z é", &ams),
            "é 2025-06-15 14:00 CEST é"
        );
        assert_eq!(localize_in("no time", &ams), "no time");
    }
}
