//! Benchmark (not a test): generating 5 sheets (PDF) and the custody report,
//! time and peak memory. Run with `cargo bench --bench paper`. Peak memory
//! is the process's high-water mark (VmHWM) read from /proc, before and
//! after, since this process does nothing else.

use std::time::{Duration, Instant};

use kluis::i18n::Lang;
use kluis::print::{
    CustodyRow, CustodyState, EventRow, ReportData, ReportSummary, SheetData, report_pdf, sheet_pdf,
};
use zeroize::Zeroizing;

fn hwm_kib() -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let before = hwm_kib();
    let mut rng = rand::rng();
    let (shares, _) =
        kluis::shares::split(&[7u8; 32], [1, 2, 3, 4, 5, 6, 7, 8], 3, 5, &mut rng).expect("split");
    let sheets: Vec<SheetData> = shares
        .iter()
        .map(|s| {
            let text = Zeroizing::new(s.to_text());
            SheetData {
                vault_name: "Backup-kluis".into(),
                vault_id: "00112233445566778899aabbccddeeff".into(),
                set_id: "0102030405060708".into(),
                index: s.index(),
                count: s.count(),
                threshold: s.threshold(),
                holder: format!("Holder {}", s.index()),
                place: "Kluis kantoor".into(),
                date: "2026-11-27".into(),
                qr_text: Zeroizing::new(s.to_qr_text()),
                text_lines: text
                    .lines()
                    .skip(1)
                    .map(|l| Zeroizing::new(l.to_string()))
                    .collect(),
                fingerprint: s.fingerprint().short(),
                checkpoint: "KC1 0011-2233-4455-6677 #42 9f3c-1a2b-0000-1111-2222-3333".into(),
                po: vec!["Anna".into()],
                delegates: vec!["Dirk".into()],
                lang: Lang::Nl,
            }
        })
        .collect();
    let row = |i: u64| EventRow {
        seq: i,
        time: "2026-11-27T10:00:00Z".into(),
        actor: "Anna de Vries (passphrase)".into(),
        what: "Unseal restic v3 to stdout".into(),
        reason: "Restore: monthly restore test".into(),
        approver: "Bert Jansen (PIN)".into(),
        outcome: "Success".into(),
    };
    let report = ReportData {
        vault_name: "Backup-kluis".into(),
        vault_id: "00112233445566778899aabbccddeeff".into(),
        generated_at: "2026-11-27 11:00".into(),
        time_zone: "Europe/Amsterdam".into(),
        lang: Lang::En,
        checkpoint: "KC1 0011-2233-4455-6677 #42 9f3c-1a2b-0000-1111-2222-3333".into(),
        summary: ReportSummary {
            from: "2026-01-02 09:00".into(),
            to: "2026-11-27 11:00".into(),
            records: 400,
            unseals: 100,
            chain_intact: true,
            ..ReportSummary::default()
        },
        roster: vec![
            ("Anna".into(), "po".into()),
            ("Bert".into(), "approver".into()),
            ("Dirk".into(), "delegate".into()),
        ],
        custody: (1..=5)
            .map(|i| CustodyRow {
                set: "0102030405060708".into(),
                state: CustodyState::Active,
                index: i,
                holder: format!("Holder {i}"),
                place: "Kluis".into(),
                printed: "2026-11-27".into(),
                last_drill: None,
                overdue: true,
                exposed: false,
                recipient: None,
            })
            .collect(),
        unseals: (1..=100).map(row).collect(),
        emergencies: (1..=10).map(row).collect(),
        failed_attempts: (1..=10).map(row).collect(),
        drills: (1..=10).map(row).collect(),
        rotations: (1..=10).map(row).collect(),
        prints: (1..=10).map(row).collect(),
        rollbacks: vec![],
    };
    let mut sheet_times = Vec::new();
    let mut report_times = Vec::new();
    let mut bytes = 0;
    for _ in 0..7 {
        let t = Instant::now();
        for s in &sheets {
            bytes = sheet_pdf(s).expect("pdf").len();
        }
        sheet_times.push(t.elapsed());
        let t = Instant::now();
        let r = report_pdf(&report).expect("report");
        report_times.push(t.elapsed());
        drop(r);
    }
    let after = hwm_kib();
    println!("paper (median of 7)");
    println!(
        "  5 sheets (PDF):            {:.1} ms ({} bytes each)",
        median(sheet_times).as_secs_f64() * 1e3,
        bytes
    );
    let rows = report.unseals.len()
        + report.emergencies.len()
        + report.failed_attempts.len()
        + report.drills.len()
        + report.rotations.len()
        + report.prints.len()
        + report.rollbacks.len();
    println!(
        "  custody report ({rows} rows): {:.1} ms",
        median(report_times).as_secs_f64() * 1e3
    );
    println!(
        "  peak memory (VmHWM):       {} KiB before, {} KiB after",
        before, after
    );
}
