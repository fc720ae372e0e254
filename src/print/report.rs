//! The custody report: a summary an auditor reads first, then one section
//! per article the report serves — who holds what (roster and shares),
//! unseals with reason and approver, emergency use, failed attempts,
//! drills, rotations, prints, and older copies accepted — as an A4 PDF of as
//! many pages as the tables need.
//!
//! No cell is cut: text wraps inside its column (a word wider than the
//! column, such as a hash, breaks inside), and a row taller than the room
//! left continues on the next page under the repeated column names.
//!
//! Holds no secrets: the caller passes names, dates and audit summaries,
//! already in the report's language and local time.

use super::Lang;
use super::labels::{Labels, labels};
use super::page::{self, Font, PAGE_H_MM, Page, fit, text_width, wrap};

/// Everything printed in a custody report.
#[derive(Debug, Clone)]
pub struct ReportData {
    /// The vault's name.
    pub vault_name: String,
    /// The vault id, hex.
    pub vault_id: String,
    /// When the report was made, local date and time.
    pub generated_at: String,
    /// The time zone of every time in the report (`Europe/Amsterdam`).
    pub time_zone: String,
    /// Language of headings and labels.
    pub lang: Lang,
    /// The current audit checkpoint text.
    pub checkpoint: String,
    /// The numbers at the top.
    pub summary: ReportSummary,
    /// The roster: name and role, in words.
    pub roster: Vec<(String, String)>,
    /// One row per share of the active and pending sets.
    pub custody: Vec<CustodyRow>,
    /// Unseals, released and refused.
    pub unseals: Vec<EventRow>,
    /// Emergency use.
    pub emergencies: Vec<EventRow>,
    /// Failed attempts to open the vault.
    pub failed_attempts: Vec<EventRow>,
    /// Drills.
    pub drills: Vec<EventRow>,
    /// Share set rotations.
    pub rotations: Vec<EventRow>,
    /// Sheets printed.
    pub prints: Vec<EventRow>,
    /// Older copies of the vault accepted.
    pub rollbacks: Vec<EventRow>,
}

/// The summary block: what an auditor reads first.
#[derive(Debug, Clone, Default)]
pub struct ReportSummary {
    /// Start of the period (the first audit record), local time.
    pub from: String,
    /// End of the period (the report), local time.
    pub to: String,
    /// Audit records.
    pub records: u64,
    /// Values released.
    pub unseals: usize,
    /// Unseals refused.
    pub unseals_refused: usize,
    /// Times opened with shares.
    pub recoveries: usize,
    /// Emergency events not yet acknowledged by the PO.
    pub open_acknowledgements: usize,
    /// Active shares with a drill overdue.
    pub overdue_drills: usize,
    /// Failed attempts to open.
    pub failed_attempts: usize,
    /// The chain verified up to the checkpoint.
    pub chain_intact: bool,
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
    /// The holder's age recipient as kind and short fingerprint
    /// (`age ABCD-EFGH`), when the share goes out encrypted; a public key.
    pub recipient: Option<String>,
}

/// One audit event in a report table, in words.
#[derive(Debug, Clone)]
pub struct EventRow {
    /// Audit record sequence number.
    pub seq: u64,
    /// When, local date and time.
    pub time: String,
    /// Who acted, and how they proved it.
    pub actor: String,
    /// What was done (kind, secret name, set id, ...).
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
/// Height of one line of a cell, mm.
const LINE: f32 = 3.6;
/// Space between rows, mm.
const ROW_GAP: f32 = 1.2;
const CELL_SIZE: f32 = 8.0;
/// Space between columns, mm.
const GUTTER: f32 = 1.5;

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
    let s = &d.summary;
    let period = l.period_text(&s.from, &s.to);
    let unseals = l.unseal_counts(s.unseals, s.unseals_refused);
    let chain = l.chain_state(s.chain_intact, &d.checkpoint);
    let facts: [(&str, &str, Font); 5] = [
        (l.vault, &d.vault_name, Font::Sans),
        (l.vault_id, &d.vault_id, Font::Mono),
        (l.generated, &d.generated_at, Font::Sans),
        (l.period, &period, Font::Sans),
        (l.time_zone, &d.time_zone, Font::Sans),
    ];
    w.pairs(&facts);
    w.y += 2.0;
    w.heading(l.summary);
    let numbers = [
        s.records.to_string(),
        unseals,
        s.recoveries.to_string(),
        s.open_acknowledgements.to_string(),
        s.overdue_drills.to_string(),
        s.failed_attempts.to_string(),
    ];
    let summary: [(&str, &str, Font); 7] = [
        (l.records, &numbers[0], Font::Sans),
        (l.unseal_count, &numbers[1], Font::Sans),
        (l.recoveries, &numbers[2], Font::Sans),
        (l.open_acks, &numbers[3], Font::Sans),
        (l.overdue_drills, &numbers[4], Font::Sans),
        (l.failed_attempts, &numbers[5], Font::Sans),
        (l.chain, &chain, Font::Sans),
    ];
    w.pairs(&summary);
    w.y += 4.0;

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
                match &r.recipient {
                    // The tool's name reads the same in both languages.
                    Some(rec) => format!("{} [{rec}]", r.place),
                    None => r.place.clone(),
                },
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
            (l.printed, 21.0),
            (l.last_drill, 21.0),
            (l.flags, 26.0),
        ],
        &custody,
    );

    // Unseals carry a reason and an approver; the other events do not.
    let unseal_columns = [
        ("#", 9.0),
        (l.time, 18.0),
        (l.actor, 27.0),
        (l.what, 36.0),
        (l.reason, 42.0),
        (l.approver, 24.0),
        (l.outcome, 18.0),
    ];
    let unseals: Vec<Vec<String>> = d
        .unseals
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
    w.table(l, l.unseals, &unseal_columns, &unseals);
    let event_columns = [
        ("#", 9.0),
        (l.time, 18.0),
        (l.actor, 45.0),
        (l.what, 84.0),
        (l.outcome, 18.0),
    ];
    for (heading, rows) in [
        (l.emergencies, &d.emergencies),
        (l.failed_attempts, &d.failed_attempts),
        (l.drills, &d.drills),
        (l.rotations, &d.rotations),
        (l.prints, &d.prints),
        (l.rollbacks, &d.rollbacks),
    ] {
        let rows: Vec<Vec<String>> = rows
            .iter()
            .map(|e| {
                vec![
                    e.seq.to_string(),
                    e.time.clone(),
                    e.actor.clone(),
                    e.what.clone(),
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

/// `text` in lines no wider than `max` mm: at spaces where it can, inside
/// a word (a hash, a long name) where it must. Never cuts anything off.
fn wrap_cell(text: &str, font: Font, size: f32, max: f32) -> Vec<String> {
    let mut out = Vec::new();
    for line in wrap(text, font, size, max) {
        if text_width(&line, font, size) <= max {
            out.push(line);
            continue;
        }
        let mut part = String::new();
        for c in line.chars() {
            part.push(c);
            if text_width(&part, font, size) > max && part.chars().count() > 1 {
                part.pop();
                out.push(std::mem::take(&mut part));
                part.push(c);
            }
        }
        if !part.is_empty() {
            out.push(part);
        }
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out
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

    /// Label and value lines; a value wraps under itself.
    fn pairs(&mut self, pairs: &[(&str, &str, Font)]) {
        let value_x = LEFT + 62.0;
        for (label, value, font) in pairs {
            let labels = wrap_cell(label, Font::SansBold, 9.0, value_x - LEFT - 2.0);
            let values = wrap_cell(value, *font, 9.0, RIGHT - value_x);
            let lines = labels.len().max(values.len());
            self.room(lines as f32 * 4.2);
            let y = self.y;
            for (i, t) in labels.into_iter().enumerate() {
                self.page()
                    .text(LEFT, y + i as f32 * 4.2, 9.0, Font::SansBold, t);
            }
            for (i, t) in values.into_iter().enumerate() {
                self.page().text(value_x, y + i as f32 * 4.2, 9.0, *font, t);
            }
            self.y += lines as f32 * 4.2 + 0.6;
        }
    }

    fn header_row(&mut self, columns: &[(&str, f32)]) {
        let cells: Vec<Vec<String>> = columns
            .iter()
            .map(|(name, width)| wrap_cell(name, Font::SansBold, CELL_SIZE, width - GUTTER))
            .collect();
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1);
        let y = self.y;
        let mut x = LEFT;
        for (cell, (_, width)) in cells.into_iter().zip(columns) {
            for (i, t) in cell.into_iter().enumerate() {
                self.page()
                    .text(x, y + i as f32 * LINE, CELL_SIZE, Font::SansBold, t);
            }
            x += width;
        }
        let below = y + (lines - 1) as f32 * LINE + 1.2;
        self.page().line(LEFT, below, RIGHT, below, 0.2);
        self.y = below + LINE + 0.3;
    }

    fn table(&mut self, l: &Labels, heading: &str, columns: &[(&str, f32)], rows: &[Vec<String>]) {
        // Heading, column names and at least one line stay together.
        self.room(5.5 + 3.0 * LINE + 1.0);
        self.heading(heading);
        if rows.is_empty() {
            let y = self.y;
            self.page().text(LEFT, y, CELL_SIZE, Font::Sans, l.none);
            self.y += LINE + 4.0;
            return;
        }
        self.header_row(columns);
        for row in rows {
            let cells: Vec<Vec<String>> = row
                .iter()
                .zip(columns)
                .map(|(cell, (_, width))| wrap_cell(cell, Font::Sans, CELL_SIZE, width - GUTTER))
                .collect();
            let lines = cells.iter().map(Vec::len).max().unwrap_or(1);
            // A row that fits a page is kept whole; a longer one continues
            // line by line.
            let height = lines as f32 * LINE;
            for line in 0..lines {
                let need = if line == 0 && height <= BOTTOM - TOP - 20.0 {
                    height
                } else {
                    LINE
                };
                if self.room(need) {
                    self.heading(&format!("{heading} …"));
                    self.header_row(columns);
                }
                let y = self.y;
                let mut x = LEFT;
                for (cell, (_, width)) in cells.iter().zip(columns) {
                    if let Some(t) = cell.get(line) {
                        self.page().text(x, y, CELL_SIZE, Font::Sans, t.as_str());
                    }
                    x += width;
                }
                self.y += LINE;
            }
            self.y += ROW_GAP;
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
            time_zone: "Europe/Amsterdam".into(),
            lang: Lang::Nl,
            checkpoint: "KC1 seq=420 head=9f86d081884c7d65".into(),
            summary: ReportSummary {
                from: "2025-01-02 08:00".into(),
                to: "2025-03-14 09:00".into(),
                records: 420,
                unseals: 3,
                unseals_refused: 1,
                recoveries: 0,
                open_acknowledgements: 2,
                overdue_drills: 1,
                failed_attempts: 0,
                chain_intact: true,
            },
            roster: vec![
                ("Anna".into(), "privacy officer".into()),
                ("René".into(), "gemachtigde".into()),
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
                recipient: None,
            }],
            unseals: (1..=unseals).map(event).collect(),
            emergencies: vec![],
            failed_attempts: vec![],
            drills: vec![],
            rotations: vec![event(7)],
            prints: vec![],
            rollbacks: vec![],
        }
    }

    fn count(hay: &[u8], needle: &[u8]) -> usize {
        hay.windows(needle.len()).filter(|w| *w == needle).count()
    }

    #[test]
    fn short_report_has_every_section() {
        let pdf = report_pdf(&data(3)).unwrap();
        // To look at it: KLUIS_SHEET_OUT=/some/dir cargo test --lib short_report
        if let Some(out) = std::env::var_os("KLUIS_SHEET_OUT") {
            std::fs::write(std::path::Path::new(&out).join("report.pdf"), &pdf).unwrap();
        }
        assert!(pdf.starts_with(b"%PDF-"));
        assert_eq!(count(&pdf, b"/Count 2"), 1);
        for heading in [
            "Samenvatting",
            "Personen",
            "Wie bewaart welk deel",
            "Vrijgaven, met reden en fiatteur",
            "Noodtoegang: geopend met delen, noodsessies, overname",
            "Mislukte pogingen om te openen",
            "Controles (delen gecontroleerd)",
            "Vervangingen (nieuwe sets delen)",
            "Afgedrukte vellen",
            "Oudere kopie van de kluis geaccepteerd",
        ] {
            assert!(count(&pdf, &pdf_operand(heading)) >= 1, "{heading}");
        }
        // The chain's state wraps in its cell; both parts are there.
        assert_eq!(count(&pdf, b"ongeschonden tot en met controlepunt"), 1);
        assert_eq!(count(&pdf, b"9f86d081884c7d65"), 1);
        assert_eq!(
            count(&pdf, &pdf_operand("René")),
            5,
            "roster, three unseals, one rotation"
        );
        assert_eq!(count(&pdf, b"(controle te laat)"), 1);
        assert_eq!(count(&pdf, b"(nooit)"), 1);
        assert_eq!(count(&pdf, b"(3 vrijgegeven, 1 geweigerd)"), 1);
        // Empty tables say so: emergencies, failed, drills, prints, rollbacks.
        assert_eq!(count(&pdf, b"(geen)"), 5);
        assert_eq!(count(&pdf, b"(pagina 1 / 2)"), 1);
    }

    #[test]
    fn long_tables_continue_on_new_pages() {
        let pdf = report_pdf(&data(200)).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let pages = (2..40)
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
        assert!(count(&pdf, &pdf_operand("Vrijgaven, met reden en fiatteur …")) >= pages - 2);
    }

    #[test]
    fn cells_wrap_instead_of_being_cut() {
        let mut d = data(1);
        let long = "word ".repeat(200) + "end-of-the-reason";
        d.unseals[0].reason = long;
        d.unseals[0].what = "x".repeat(300);
        let pdf = report_pdf(&d).unwrap();
        assert_eq!(count(&pdf, b"..."), 0, "nothing cut");
        assert_eq!(count(&pdf, b"(end-of-the-reason)"), 1);
        // 300 x's, every one printed, across several lines.
        let xs: usize = (1..=300)
            .rev()
            .map(|n| count(&pdf, format!("({})", "x".repeat(n)).as_bytes()) * n)
            .sum();
        assert_eq!(xs, 300);
    }

    #[test]
    fn a_cell_taller_than_a_page_continues() {
        let mut d = data(1);
        d.unseals[0].reason = "w ".repeat(3000) + "last";
        let pdf = report_pdf(&d).unwrap();
        assert_eq!(count(&pdf, b"last)"), 1);
        assert!(count(&pdf, b"/Count 1") == 0, "more than one page");
    }

    #[test]
    fn wrap_cell_breaks_long_words() {
        let lines = wrap_cell("0123456789abcdef0123", Font::Sans, 8.0, 10.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "0123456789abcdef0123");
        for l in &lines {
            assert!(text_width(l, Font::Sans, 8.0) <= 10.0, "{l}");
        }
        assert_eq!(wrap_cell("", Font::Sans, 8.0, 10.0), vec![String::new()]);
    }
}
