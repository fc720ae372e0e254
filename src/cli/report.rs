//! The custody report, shared by both faces: [`crate::ops::CustodyReport`]
//! mapped to the print face's [`ReportData`] and written as a PDF. It lives
//! here, not in `print`, because `print` does not import `ops`.

use std::path::Path;

use crate::i18n::Lang;
use crate::ops::{self, CustodyReport, Env, Session};
use crate::print::{CustodyRow, CustodyState, EventRow, ReportData};

/// The print data of a custody report, in `lang`; `never` stands in for a
/// share never printed.
pub(crate) fn report_data(r: &CustodyReport, lang: Lang, never: &str) -> ReportData {
    let rows = |v: &[ops::ReportRow]| -> Vec<EventRow> {
        v.iter()
            .map(|x| EventRow {
                seq: x.seq,
                time: x.time.clone(),
                actor: x.actor.clone(),
                what: x.what.clone(),
                reason: x.reason.clone(),
                approver: x.approver.clone(),
                outcome: x.outcome.clone(),
            })
            .collect()
    };
    ReportData {
        vault_name: r.vault_name.clone(),
        vault_id: r.vault_id.clone(),
        generated_at: r.generated_at.clone(),
        lang,
        checkpoint: r.checkpoint.clone(),
        roster: r
            .roster
            .iter()
            .map(|p| (p.name.clone(), p.role.to_string()))
            .collect(),
        custody: r
            .sets
            .iter()
            .flat_map(|set| {
                set.shares.iter().map(move |sh| CustodyRow {
                    set: set.set_id.clone(),
                    state: if set.state == "pending" {
                        CustodyState::Pending
                    } else {
                        CustodyState::Active
                    },
                    index: sh.index,
                    holder: sh.holder.clone(),
                    place: sh.place.clone(),
                    printed: sh.printed_at.clone().unwrap_or_else(|| never.to_string()),
                    last_drill: sh.drilled_at.clone(),
                    overdue: sh.drill_overdue,
                    exposed: set.exposed,
                })
            })
            .collect(),
        unseals: rows(&r.unseals),
        emergencies: rows(&r.emergencies),
        rotations: rows(&r.rotations),
        failed_unlocks: rows(&r.failed_unlocks),
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
    never: &str,
) -> anyhow::Result<CustodyReport> {
    crate::store::check_new_path(out)?;
    let r = s.custody_report()?;
    let pdf = crate::print::report_pdf(&report_data(&r, lang, never))?;
    crate::store::create_new_atomic(out, &pdf, env.io.as_ref())?;
    Ok(r)
}
