//! The custody report, shared by both faces: [`crate::ops::CustodyReport`]
//! mapped to the print face's [`ReportData`] and written as a PDF. It lives
//! here, not in `print`, because `print` does not import `ops`.

use std::path::Path;

use crate::audit::{AuthMethod, Event, Outcome, ReasonCategory};
use crate::i18n::Lang;
use crate::ops::{self, CustodyReport, Env, Role, Session, SetState};
use crate::print::{CustodyRow, CustodyState, EventRow, Labels, ReportData, ReportSummary, labels};

/// The zone every time of the report is shown in: the machine's (`TZ`,
/// else `/etc/localtime`), UTC if it cannot be read.
fn local_zone() -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC)
}

/// Unix seconds as local `YYYY-MM-DD HH:MM` in `tz`.
fn local_time(t: i64, tz: &jiff::tz::TimeZone) -> String {
    match jiff::Timestamp::from_second(t) {
        Ok(ts) => tz.to_datetime(ts).strftime("%Y-%m-%d %H:%M").to_string(),
        Err(_) => t.to_string(),
    }
}

/// An RFC 3339 time from `ops` as a local date, `YYYY-MM-DD`.
fn local_date(rfc3339: &str, tz: &jiff::tz::TimeZone) -> String {
    match rfc3339.parse::<jiff::Timestamp>() {
        Ok(ts) => tz.to_datetime(ts).strftime("%Y-%m-%d").to_string(),
        Err(_) => rfc3339.to_string(),
    }
}

/// A role in words.
fn role(l: &Labels, role: Role) -> String {
    match role {
        Role::Po => l.role_po,
        Role::Delegate => l.role_delegate,
        Role::Approver => l.role_approver,
        Role::Holder => l.role_holder,
    }
    .to_string()
}

/// One audit event as a row in words, in the report's language `lang`
/// (whose labels are `l`): the detail too, through
/// [`super::detail::worded`]; a detail of no known form as recorded.
fn event_row(lang: Lang, l: &Labels, row: &ops::ReportRow, tz: &jiff::tz::TimeZone) -> EventRow {
    let e: &Event = &row.event;
    let person = match e.actor.person.as_str() {
        ops::UNKNOWN_ACTOR => l.unknown_actor,
        ops::SHARE_HOLDER_ACTOR => l.share_holder_actor,
        name => name,
    };
    let actor = match &e.actor.auth {
        AuthMethod::Passphrase => format!("{person} ({})", l.by_passphrase),
        AuthMethod::Quorum { indices, holders } => format!(
            "{person} ({} {}: {})",
            l.by_shares,
            indices
                .iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            holders.join(", ")
        ),
        AuthMethod::None => person.to_string(),
        // A journal record: the time it claims beside the record's own
        // (merge) time, and never passed off as authenticated.
        AuthMethod::ReportedWhileLocked { first, last, count } => {
            let when = if first == last {
                local_time(*first, tz)
            } else {
                format!("{} – {}", local_time(*first, tz), local_time(*last, tz))
            };
            let times = if *count > 1 {
                format!(", {count}×")
            } else {
                String::new()
            };
            format!(
                "{person} ({}: {} {when}{times})",
                l.reported_while_locked, l.claimed
            )
        }
    };
    let mut what = l.event_kind(e.kind).to_string();
    if let Some(s) = &e.subject {
        what.push_str(&format!(": {}", super::detail::subject(lang, e.kind, s)));
    }
    if let Some(v) = e.version {
        what.push_str(&format!(" v{v}"));
    }
    if let Some(c) = &e.channel {
        what.push_str(&format!(" {} {c}", l.to));
    }
    if !e.detail.is_empty() {
        let detail =
            super::detail::worded(lang, e.kind, &e.detail).unwrap_or_else(|| e.detail.clone());
        what.push_str(&format!(" ({detail})"));
    }
    let reason = e
        .reason
        .as_ref()
        .map(|r| {
            let category = match r.category {
                ReasonCategory::Restore => l.restore,
                ReasonCategory::RestoreTest => l.restore_test,
                ReasonCategory::Incident => l.incident,
                ReasonCategory::Other => l.other,
            };
            format!("{category}: {}", r.text)
        })
        .unwrap_or_default();
    let approver = e
        .approver
        .as_ref()
        .map(|a| {
            let how = if a.authenticated {
                l.by_pin
            } else {
                l.not_authenticated
            };
            format!("{} ({how})", a.person)
        })
        .unwrap_or_default();
    EventRow {
        seq: row.seq,
        time: local_time(row.time, tz),
        actor,
        what,
        reason,
        approver,
        outcome: match e.outcome {
            Outcome::Success => l.done,
            Outcome::Denied => l.refused,
            Outcome::Failure => l.failed,
        }
        .to_string(),
    }
}

/// The print data of a custody report, in `lang`, times in the machine's
/// time zone.
pub(crate) fn report_data(r: &CustodyReport, lang: Lang) -> ReportData {
    report_data_in(r, lang, &local_zone())
}

/// [`report_data`] with times in `tz`.
fn report_data_in(r: &CustodyReport, lang: Lang, tz: &jiff::tz::TimeZone) -> ReportData {
    let l = labels(lang);
    let rows = |v: &[ops::ReportRow]| -> Vec<EventRow> {
        v.iter().map(|x| event_row(lang, l, x, tz)).collect()
    };
    let generated_at = local_time(r.generated_at, tz);
    let s = &r.summary;
    ReportData {
        vault_name: r.vault_name.clone(),
        vault_id: r.vault_id.clone(),
        generated_at: generated_at.clone(),
        time_zone: tz.iana_name().unwrap_or("UTC").to_string(),
        lang,
        checkpoint: r.checkpoint.clone(),
        summary: ReportSummary {
            from: s
                .period_start
                .map_or_else(|| generated_at.clone(), |t| local_time(t, tz)),
            to: generated_at,
            records: s.records,
            unseals: s.unseals,
            unseals_refused: s.unseals_refused,
            recoveries: s.recoveries,
            open_acknowledgements: s.open_acknowledgements,
            overdue_drills: s.overdue_drills,
            failed_attempts: s.failed_attempts,
            chain_intact: s.chain_intact,
        },
        roster: r
            .roster
            .iter()
            .map(|p| (p.name.clone(), role(l, p.role)))
            .collect(),
        custody: r
            .sets
            .iter()
            .flat_map(|set| {
                set.shares.iter().map(move |sh| CustodyRow {
                    set: set.set_id.clone(),
                    state: match set.state {
                        SetState::Pending => CustodyState::Pending,
                        SetState::Active => CustodyState::Active,
                    },
                    index: sh.index,
                    holder: sh.holder.clone(),
                    place: sh.place.clone(),
                    printed: sh
                        .printed_at
                        .as_deref()
                        .map_or_else(|| l.never.to_string(), |t| local_date(t, tz)),
                    last_drill: sh.drilled_at.as_deref().map(|t| local_date(t, tz)),
                    overdue: sh.drill_overdue,
                    exposed: set.exposed,
                    // Two rows with one fingerprint show a shared key.
                    recipient: sh
                        .recipient
                        .as_ref()
                        .map(|r| format!("{} {}", r.kind, r.fingerprint)),
                })
            })
            .collect(),
        unseals: rows(&r.unseals),
        emergencies: rows(&r.emergencies),
        failed_attempts: rows(&r.failed_attempts),
        drills: rows(&r.drills),
        rotations: rows(&r.rotations),
        prints: rows(&r.prints),
        rollbacks: rows(&r.rollbacks),
    }
}

/// `kluis report --out FILE`: records the report, lays it out and writes
/// the PDF to `out`, which must not exist (checked before anything is
/// recorded). Returns the report (for its checkpoint).
///
/// # Errors
/// `out` exists; ops (only the PO); layout; writing.
pub(crate) fn write_report(
    env: &Env,
    s: &mut Session<'_>,
    out: &Path,
    lang: Lang,
) -> anyhow::Result<CustodyReport> {
    crate::store::check_new_path(out)?;
    let r = s.custody_report()?;
    let pdf = crate::print::report_pdf(&report_data(&r, lang))?;
    crate::store::create_new_atomic(out, &pdf, env.io.as_ref())?;
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{Actor, Approver, EventKind, Reason};

    fn amsterdam() -> jiff::tz::TimeZone {
        jiff::tz::TimeZone::get("Europe/Amsterdam").expect("the system tz database")
    }

    #[test]
    fn times_are_local_summer_and_winter() {
        let tz = amsterdam();
        // 2025-07-01 12:00 UTC is 14:00 in summer time; 2025-01-15 12:00 UTC is 13:00.
        assert_eq!(local_time(1_751_371_200, &tz), "2025-07-01 14:00");
        assert_eq!(local_time(1_736_942_400, &tz), "2025-01-15 13:00");
        // Late evening UTC is the next day in Amsterdam.
        assert_eq!(local_date("2025-07-01T23:30:00Z", &tz), "2025-07-02");
        assert_eq!(local_date("not a time", &tz), "not a time");
    }

    #[test]
    fn rows_are_worded_in_the_report_language() {
        let tz = amsterdam();
        let mut event = Event::new(
            EventKind::Unseal,
            Actor {
                person: "Dirk".into(),
                auth: AuthMethod::Quorum {
                    indices: vec![1, 3],
                    holders: vec!["Kluis".into(), "Anna".into()],
                },
            },
        );
        event.subject = Some("restic".into());
        event.version = Some(2);
        event.channel = Some("stdout".into());
        event.reason = Some(Reason {
            category: ReasonCategory::RestoreTest,
            text: "kwartaal".into(),
        });
        event.approver = Some(Approver {
            person: "Bert".into(),
            authenticated: false,
        });
        event.outcome = Outcome::Denied;
        let row = ops::ReportRow {
            seq: 9,
            time: 1_751_371_200,
            event,
        };
        let nl = event_row(Lang::Nl, labels(Lang::Nl), &row, &tz);
        assert_eq!(nl.time, "2025-07-01 14:00");
        assert_eq!(nl.actor, "Dirk (delen 1, 3: Kluis, Anna)");
        assert_eq!(nl.what, "vrijgegeven: restic v2 naar stdout");
        assert_eq!(nl.reason, "hersteltest: kwartaal");
        assert_eq!(nl.approver, "Bert (niet geverifieerd)");
        assert_eq!(nl.outcome, "geweigerd");
        let en = event_row(Lang::En, labels(Lang::En), &row, &tz);
        assert_eq!(en.actor, "Dirk (shares 1, 3: Kluis, Anna)");
        assert_eq!(en.reason, "restore test: kwartaal");
        assert_eq!(en.approver, "Bert (not authenticated)");
        assert_eq!(en.outcome, "refused");
        assert_eq!(role(labels(Lang::Nl), Role::Delegate), "gemachtigde");
        assert_eq!(role(labels(Lang::En), Role::Po), "privacy officer");
    }
}
