//! The custody report: who holds which share, drills, and the events an
//! auditor asks about (unseals, emergency access, rotations, failed
//! unlocks), as an A4 PDF of as many pages as the tables need.
//!
//! Holds no secrets: the caller passes names, dates and audit summaries.

use super::Lang;
use super::labels::{Labels, labels};
use super::page::{self, Font, PAGE_H_MM, Page, fit};

/// Everything printed in a custody report.
#[derive(Debug, Clone)]
pub struct ReportData {
    /// The vault's name.
    pub vault_name: String,
    /// The vault id, hex.
    pub vault_id: String,
    /// When the report was made.
    pub generated_at: String,
    /// Language of headings and labels.
    pub lang: Lang,
    /// The current audit checkpoint text.
    pub checkpoint: String,
    /// The roster: name and role.
    pub roster: Vec<(String, String)>,
    /// One row per share of the active and pending sets.
    pub custody: Vec<CustodyRow>,
    /// Unseal events.
    pub unseals: Vec<EventRow>,
    /// Emergency access events.
    pub emergencies: Vec<EventRow>,
    /// Share set rotations.
    pub rotations: Vec<EventRow>,
    /// Failed unlock attempts.
    pub failed_unlocks: Vec<EventRow>,
}

/// Whether a share set is in use or waiting to replace the active one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CustodyState {
    /// The set that opens the vault now.
    Active,
    /// A new set, printed but not yet confirmed.
    Pending,
}

/// One share in the custody table.
#[derive(Debug, Clone)]
pub struct CustodyRow {
    /// Share set id, hex.
    pub set: String,
    /// Active or pending.
    pub state: CustodyState,
    /// Share index.
    pub index: u8,
    /// Holder.
    pub holder: String,
    /// Where the sheet is kept.
    pub place: String,
    /// When the sheet was printed.
    pub printed: String,
    /// When the share was last drilled, if ever.
    pub last_drill: Option<String>,
    /// The drill is overdue.
    pub overdue: bool,
    /// The share was used in a recovery and counts as exposed.
    pub exposed: bool,
}

/// One audit event in a report table.
#[derive(Debug, Clone)]
pub struct EventRow {
    /// Audit record sequence number.
    pub seq: u64,
    /// When.
    pub time: String,
    /// Who acted.
    pub actor: String,
    /// What was done (secret name, set id, ...).
    pub what: String,
    /// The reason given.
    pub reason: String,
    /// Who approved.
    pub approver: String,
    /// How it ended.
    pub outcome: String,
}

const LEFT: f32 = 18.0;
const RIGHT: f32 = 192.0;
const TOP: f32 = 22.0;
const BOTTOM: f32 = PAGE_H_MM - 18.0;
const ROW: f32 = 4.6;
const CELL_SIZE: f32 = 8.0;

/// The report as an A4 PDF; tables continue on new pages, with their
/// heading and column names repeated.
///
/// # Errors
///
/// None today; the `Result` leaves room for limits on untrusted sizes.
pub fn report_pdf(d: &ReportData) -> anyhow::Result<Vec<u8>> {
    let l = labels(d.lang);
    let mut w = Writer {
        pages: vec![Page::default()],
        y: TOP,
    };

    // Heading, on the first page only.
    let y = w.y;
    w.page().text(LEFT, y, 16.0, Font::SansBold, l.report_title);
    w.y += 8.0;
    for (label, value, font) in [
        (l.vault, d.vault_name.as_str(), Font::Sans),
        (l.vault_id, d.vault_id.as_str(), Font::Mono),
        (l.generated, d.generated_at.as_str(), Font::Sans),
        (l.checkpoint, d.checkpoint.as_str(), Font::Mono),
    ] {
        let y = w.y;
        w.page().text(LEFT, y, 9.0, Font::SansBold, label);
        w.page().text(
            LEFT + 35.0,
            y,
            9.0,
            font,
            fit(value, font, 9.0, RIGHT - LEFT - 35.0),
        );
        w.y += 5.0;
    }
    w.y += 3.0;

    let roster: Vec<Vec<String>> = d
        .roster
        .iter()
        .map(|(name, role)| vec![name.clone(), role.clone()])
        .collect();
    w.table(l, l.roster, &[(l.name, 80.0), (l.role, 94.0)], &roster);

    let custody: Vec<Vec<String>> = d
        .custody
        .iter()
        .map(|r| {
            let mut flags = Vec::new();
            if r.overdue {
                flags.push(l.overdue);
            }
            if r.exposed {
                flags.push(l.exposed);
            }
            vec![
                r.set.clone(),
                match r.state {
                    CustodyState::Active => l.active.into(),
                    CustodyState::Pending => l.pending.into(),
                },
                r.index.to_string(),
                r.holder.clone(),
                r.place.clone(),
                r.printed.clone(),
                r.last_drill.clone().unwrap_or_else(|| l.never.into()),
                flags.join(", "),
            ]
        })
        .collect();
    w.table(
        l,
        l.custody_table,
        &[
            (l.set_id, 27.0),
            (l.state, 15.0),
            (l.share, 10.0),
            (l.holder, 27.0),
            (l.place, 27.0),
            (l.printed, 20.0),
            (l.last_drill, 22.0),
            (l.flags, 26.0),
        ],
        &custody,
    );

    let event_columns = [
        ("#", 10.0),
        (l.time, 30.0),
        (l.actor, 24.0),
        (l.what, 30.0),
        (l.reason, 40.0),
        (l.approver, 22.0),
        (l.outcome, 18.0),
    ];
    for (heading, rows) in [
        (l.unseals, &d.unseals),
        (l.emergencies, &d.emergencies),
        (l.rotations, &d.rotations),
        (l.failed_unlocks, &d.failed_unlocks),
    ] {
        let rows: Vec<Vec<String>> = rows
            .iter()
            .map(|e| {
                vec![
                    e.seq.to_string(),
                    e.time.clone(),
                    e.actor.clone(),
                    e.what.clone(),
                    e.reason.clone(),
                    e.approver.clone(),
                    e.outcome.clone(),
                ]
            })
            .collect();
        w.table(l, heading, &event_columns, &rows);
    }

    // Footer on every page, now that the page count is known.
    let total = w.pages.len();
    for (i, p) in w.pages.iter_mut().enumerate() {
        p.line(LEFT, BOTTOM + 4.0, RIGHT, BOTTOM + 4.0, 0.2);
        p.text(
            LEFT,
            BOTTOM + 8.5,
            8.0,
            Font::Sans,
            fit(
                &format!("{} — {}", l.report_title, d.vault_name),
                Font::Sans,
                8.0,
                120.0,
            ),
        );
        p.text(
            RIGHT - 25.0,
            BOTTOM + 8.5,
            8.0,
            Font::Sans,
            format!("{} {} / {}", l.page, i + 1, total),
        );
    }
    let title = format!("{} {}", l.report_title, d.vault_name);
    Ok(page::to_pdf(&w.pages, &title).to_vec())
}

/// Places tables on pages, starting a new page when one is full.
struct Writer {
    pages: Vec<Page>,
    /// Baseline of the next line on the last page, mm.
    y: f32,
}

impl Writer {
    fn page(&mut self) -> &mut Page {
        self.pages
            .last_mut()
            .expect("the writer starts with one page")
    }

    /// Starts a new page unless `height` mm still fit on this one; returns
    /// whether it did.
    fn room(&mut self, height: f32) -> bool {
        if self.y + height <= BOTTOM {
            return false;
        }
        self.pages.push(Page::default());
        self.y = TOP;
        true
    }

    fn heading(&mut self, text: &str) {
        let y = self.y;
        self.page().text(LEFT, y, 11.0, Font::SansBold, text);
        self.y += 5.5;
    }

    fn header_row(&mut self, columns: &[(&str, f32)]) {
        let y = self.y;
        let mut x = LEFT;
        for (name, width) in columns {
            let cell = fit(name, Font::SansBold, CELL_SIZE, width - 1.5);
            self.page().text(x, y, CELL_SIZE, Font::SansBold, cell);
            x += width;
        }
        self.page().line(LEFT, y + 1.2, RIGHT, y + 1.2, 0.2);
        self.y += ROW + 0.5;
    }

    fn table(&mut self, l: &Labels, heading: &str, columns: &[(&str, f32)], rows: &[Vec<String>]) {
        // Heading, column names and at least one row stay together.
        self.room(5.5 + 2.0 * ROW + 1.0);
        self.heading(heading);
        if rows.is_empty() {
            let y = self.y;
            self.page().text(LEFT, y, CELL_SIZE, Font::Sans, l.none);
            self.y += ROW + 4.0;
            return;
        }
        self.header_row(columns);
        for row in rows {
            if self.room(ROW) {
                self.heading(&format!("{heading} …"));
                self.header_row(columns);
            }
            let y = self.y;
            let mut x = LEFT;
            for (cell, (_, width)) in row.iter().zip(columns) {
                let text = fit(cell, Font::Sans, CELL_SIZE, width - 1.5);
                self.page().text(x, y, CELL_SIZE, Font::Sans, text);
                x += width;
            }
            self.y += ROW;
        }
        self.y += 4.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::page::pdf_operand;

    fn event(seq: u64) -> EventRow {
        EventRow {
            seq,
            time: format!("2025-03-{:02} 10:{:02}", seq % 28 + 1, seq % 60),
            actor: "René".into(),
            what: "backup-key".into(),
            reason: format!("restore test {seq}"),
            approver: "Anna".into(),
            outcome: "released".into(),
        }
    }

    fn data(unseals: u64) -> ReportData {
        ReportData {
            vault_name: "Praktijk Zoë".into(),
            vault_id: "0123456789abcdef".into(),
            generated_at: "2025-03-14 09:00".into(),
            lang: Lang::Nl,
            checkpoint: "KC1 seq=420 head=9f86d081884c7d65".into(),
            roster: vec![
                ("Anna".into(), "po".into()),
                ("René".into(), "delegate".into()),
            ],
            custody: vec![CustodyRow {
                set: "0102030405060708".into(),
                state: CustodyState::Active,
                index: 1,
                holder: "Anna".into(),
                place: "Kluis".into(),
                printed: "2025-01-02".into(),
                last_drill: None,
                overdue: true,
                exposed: false,
            }],
            unseals: (1..=unseals).map(event).collect(),
            emergencies: vec![],
            rotations: vec![event(7)],
            failed_unlocks: vec![],
        }
    }

    fn count(hay: &[u8], needle: &[u8]) -> usize {
        hay.windows(needle.len()).filter(|w| *w == needle).count()
    }

    #[test]
    fn short_report_is_one_page() {
        let pdf = report_pdf(&data(3)).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert_eq!(count(&pdf, b"/Count 1"), 1);
        assert_eq!(count(&pdf, b"KC1 seq=420 head=9f86d081884c7d65"), 1);
        assert_eq!(
            count(&pdf, &pdf_operand("René")),
            5,
            "roster, three unseals, one rotation"
        );
        assert_eq!(count(&pdf, b"(oefening te laat)"), 1);
        assert_eq!(count(&pdf, b"(nooit)"), 1);
        // Empty tables say so.
        assert_eq!(count(&pdf, b"(geen)"), 2);
        assert_eq!(count(&pdf, b"(pagina 1 / 1)"), 1);
    }

    #[test]
    fn long_tables_continue_on_new_pages() {
        let pdf = report_pdf(&data(200)).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        // About 50 rows fit a page: 200 rows need at least 4 more pages.
        let pages = (2..20)
            .find(|n| count(&pdf, format!("/Count {n}").as_bytes()) == 1)
            .expect("several pages");
        assert!(pages >= 5, "{pages} pages");
        assert_eq!(
            count(&pdf, format!("(pagina {pages} / {pages})").as_bytes()),
            1
        );
        // Every row is there once, and the table heading repeats per page.
        for seq in [1, 57, 123, 200] {
            assert_eq!(count(&pdf, format!("(restore test {seq})").as_bytes()), 1);
        }
        assert!(count(&pdf, &pdf_operand("Vrijgaven …")) >= pages - 2);
        assert_eq!(count(&pdf, b"KC1 seq=420"), 1);
    }
}
