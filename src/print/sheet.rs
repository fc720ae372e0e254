//! One share sheet: an A4 page for the safe (docs/ARCHITECTURE.md, "Sheets").
//!
//! A holder reads the page without the handbook. From the top: what the
//! sheet is, that it is useless alone, what to do when it is lost or someone
//! asks for it, and whom to call (the PO and the delegates by name), in the
//! sheet's language and then in the other; "share i of n — any k recover",
//! holder, place, vault and date; a large QR code beside the six typed lines
//! in large Courier with their line numbers and the short fingerprint; how
//! to recover from photos or typed text, in both languages; fields to write
//! who stored the sheet where; and last, small, the technical block (vault
//! id, set id, audit checkpoint). Nothing else of the vault.

use anyhow::{Context, bail, ensure};
use qrcode::bits::Bits;
use qrcode::{EcLevel, QrCode, Version};
use zeroize::Zeroizing;

use super::Lang;
use super::labels::{Contacts, INSTRUCTIONS_EN, INSTRUCTIONS_NL, labels, sheet_intro};
use super::page::{self, Font, Item, PAGE_H_MM, Page, fit, text_width, wrap};

/// Everything printed on one sheet. Holds a share (`qr_text`,
/// `text_lines`); no `Debug`, so it cannot end up in a log by accident.
pub struct SheetData {
    /// The vault's name.
    pub vault_name: String,
    /// The vault id, hex.
    pub vault_id: String,
    /// The share set id, hex.
    pub set_id: String,
    /// This share's index, `1..=count`.
    pub index: u8,
    /// Shares in the set.
    pub count: u8,
    /// Shares needed to recover.
    pub threshold: u8,
    /// Who holds this sheet.
    pub holder: String,
    /// Where the sheet is kept.
    pub place: String,
    /// Print date, `YYYY-MM-DD`.
    pub date: String,
    /// The share's QR form ([`Share::to_qr_text`](crate::shares::Share::to_qr_text)):
    /// uppercase letters, digits, spaces and dashes only.
    pub qr_text: Zeroizing<String>,
    /// The six typed lines of the share's text form, without the `KLUIS` marker.
    pub text_lines: Vec<Zeroizing<String>>,
    /// The share's short fingerprint (`ABCD-EFGH`).
    pub fingerprint: String,
    /// The current audit checkpoint text.
    pub checkpoint: String,
    /// The privacy officer(s) by name, from the roster: whom to call.
    pub po: Vec<String>,
    /// The delegates by name, from the roster: whom to call next.
    pub delegates: Vec<String>,
    /// Language of the labels (the explanation and instructions are
    /// always in both, this one first).
    pub lang: Lang,
}

/// Left and right margins, mm.
const LEFT: f32 = 18.0;
const RIGHT: f32 = 192.0;
/// Side of the QR code including its 4-module quiet zone, mm.
const QR_BOX: f32 = 72.0;
/// Quiet zone around the QR code, in modules (the QR standard's minimum).
const QUIET: usize = 4;
/// Font size of the typed lines, pt.
const LINE_SIZE: f32 = 18.0;
/// Lowest baseline allowed on the page, mm.
const BOTTOM: f32 = PAGE_H_MM - 10.0;

/// The sheet as a one-page A4 PDF.
///
/// # Errors
///
/// If the QR text holds characters outside the QR alphanumeric set, there
/// are not six text lines, or the page content does not fit.
///
/// # Security
///
/// The result holds the share; it is wiped when dropped. See the `page`
/// module for the copies `pdf-writer` may leave.
pub fn sheet_pdf(d: &SheetData) -> anyhow::Result<Zeroizing<Vec<u8>>> {
    let page = layout(d)?;
    Ok(page::to_pdf(std::slice::from_ref(&page), &title(d)))
}

/// The sheet as an SVG document with the same layout (viewBox in mm).
///
/// # Errors
///
/// As [`sheet_pdf`].
pub fn sheet_svg(d: &SheetData) -> anyhow::Result<Zeroizing<String>> {
    let page = layout(d)?;
    Ok(page::to_svg(&page, &title(d)))
}

fn title(d: &SheetData) -> String {
    format!(
        "kluis {} {} {}/{}",
        d.vault_name, d.set_id, d.index, d.count
    )
}

/// The QR code of `text`: alphanumeric mode, error correction Q (a quarter
/// of the code may be smudged or folded), the smallest version that fits.
fn qr_matrix(text: &str) -> anyhow::Result<(usize, Zeroizing<Vec<bool>>)> {
    ensure!(
        text.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b" $%*+-./:".contains(&b)),
        "the share's QR text holds characters outside the QR alphanumeric set: pass Share::to_qr_text"
    );
    for v in 1..=40 {
        let mut bits = Bits::new(Version::Normal(v));
        if bits.push_alphanumeric_data(text.as_bytes()).is_err()
            || bits.push_terminator(EcLevel::Q).is_err()
        {
            continue;
        }
        let code = QrCode::with_bits(bits, EcLevel::Q).context("cannot build the QR code")?;
        let width = code.width();
        let dark = Zeroizing::new(
            code.to_colors()
                .iter()
                .map(|&c| c == qrcode::Color::Dark)
                .collect::<Vec<_>>(),
        );
        return Ok((width, dark));
    }
    bail!("the share's QR text is too long for a QR code: pass Share::to_qr_text")
}

/// Lays the sheet out on one page, top to bottom: what the sheet is and
/// whom to call (both languages, the sheet's first), who keeps it where, the
/// QR code beside the six typed lines, the fingerprint, how to recover
/// (both languages), the custody fields, and last the technical block.
fn layout(d: &SheetData) -> anyhow::Result<Page> {
    ensure!(
        d.text_lines.len() == 6,
        "a share has six text lines, got {}: pass the lines of Share::to_text without KLUIS",
        d.text_lines.len()
    );
    let l = labels(d.lang);
    let mut p = Page::default();
    let width = RIGHT - LEFT;
    let other = match d.lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    let who = Contacts {
        po: &d.po,
        delegates: &d.delegates,
    };

    // Title and, in plain words, what this is (the sheet's language larger).
    p.text(LEFT, 16.0, 15.0, Font::SansBold, l.sheet_title);
    let mut y = 23.0;
    for (lang, size, step) in [(d.lang, 9.0, 3.9), (other, 7.5, 3.2)] {
        let (heading, paragraphs) =
            sheet_intro(lang, &d.vault_name, d.index, d.count, d.threshold, &who);
        p.text(LEFT, y, size + 0.5, Font::SansBold, heading);
        y += step + 0.3;
        for para in paragraphs {
            for line in wrap(&para, Font::Sans, size, width) {
                p.text(LEFT, y, size, Font::Sans, line);
                y += step;
            }
            y += 0.6;
        }
        y += 1.5;
    }
    p.line(LEFT, y - 2.0, RIGHT, y - 2.0, 0.4);
    y += 4.0;

    // Which part this is, who keeps it where.
    let value_x = LEFT + 30.0;
    p.text(
        LEFT,
        y,
        14.0,
        Font::SansBold,
        l.share_of(d.index, d.count, d.threshold),
    );
    y += 7.0;
    let half = LEFT + width / 2.0;
    p.text(LEFT, y, 10.0, Font::SansBold, l.holder);
    p.text(
        value_x,
        y,
        11.0,
        Font::Sans,
        fit(&d.holder, Font::Sans, 11.0, half - value_x - 2.0),
    );
    p.text(half, y, 10.0, Font::SansBold, l.place);
    p.text(
        half + 18.0,
        y,
        11.0,
        Font::Sans,
        fit(&d.place, Font::Sans, 11.0, RIGHT - half - 18.0),
    );
    y += 5.5;
    p.text(LEFT, y, 10.0, Font::SansBold, l.vault);
    p.text(
        value_x,
        y,
        11.0,
        Font::Sans,
        fit(&d.vault_name, Font::Sans, 11.0, half - value_x - 2.0),
    );
    p.text(half, y, 10.0, Font::SansBold, l.printed);
    p.text(half + 18.0, y, 11.0, Font::Sans, &d.date);

    // The QR code, left; its quiet zone is the white box (nothing drawn there).
    let qr_top = y + 2.0;
    let (qr_width, dark) = qr_matrix(&d.qr_text)?;
    let module = QR_BOX / (qr_width + 2 * QUIET) as f32;
    let qr_left = LEFT - 4.0;
    p.items.push(Item::Qr {
        x: qr_left + QUIET as f32 * module,
        y: qr_top + QUIET as f32 * module,
        module,
        width: qr_width,
        dark,
    });

    // The typed lines, right of the code, numbered outside the line text.
    let text_x = qr_left + QR_BOX + 6.0;
    let mut y = qr_top + 7.0;
    for heading in wrap(l.text_form, Font::Sans, 8.5, RIGHT - text_x) {
        p.text(text_x, y, 8.5, Font::Sans, heading);
        y += 3.8;
    }
    y += 6.0;
    for (i, line) in d.text_lines.iter().enumerate() {
        p.text(text_x, y, 10.0, Font::Sans, format!("{}", i + 1));
        p.items.push(Item::Text {
            x: text_x + 7.0,
            y,
            size: LINE_SIZE,
            font: Font::Mono,
            text: line.clone(),
        });
        y += 9.5;
    }
    ensure!(
        text_x + 7.0 + text_width("XXXX-XXXX-XXXX-X", Font::Mono, LINE_SIZE) <= RIGHT + 6.0,
        "the text lines do not fit beside the QR code"
    );
    // The fingerprint under the lines: the recovery steps point to it.
    y += 1.0;
    p.text(text_x, y, 9.0, Font::SansBold, l.fingerprint);
    p.text(
        text_x + text_width(l.fingerprint, Font::SansBold, 9.0) + 3.0,
        y,
        13.0,
        Font::Mono,
        &d.fingerprint,
    );

    let mut y = (qr_top + QR_BOX).max(y) + 3.0;
    p.line(LEFT, y, RIGHT, y, 0.3);
    y += 5.0;

    // Recovery, both languages, the sheet's language first.
    let (first, second) = match d.lang {
        Lang::Nl => (INSTRUCTIONS_NL, INSTRUCTIONS_EN),
        Lang::En => (INSTRUCTIONS_EN, INSTRUCTIONS_NL),
    };
    for (heading, paragraphs) in [first, second] {
        p.text(LEFT, y, 9.5, Font::SansBold, heading);
        y += 4.0;
        for para in paragraphs {
            let para = para.replace("{k}", &d.threshold.to_string());
            for line in wrap(&para, Font::Sans, 8.0, width) {
                p.text(LEFT, y, 8.0, Font::Sans, line);
                y += 3.4;
            }
            y += 0.6;
        }
        y += 2.0;
    }

    // Custody fields to write on.
    p.text(LEFT, y, 9.5, Font::SansBold, l.custody);
    y += 7.0;
    for pair in [[l.stored_by, l.stored_where], [l.signature, l.date]] {
        for (col, label) in pair.iter().enumerate() {
            let x = if col == 0 { LEFT } else { half + 4.0 };
            let end = if col == 0 { half - 4.0 } else { RIGHT };
            p.text(x, y, 9.0, Font::Sans, *label);
            let line_x = x + text_width(label, Font::Sans, 9.0) + 2.0;
            p.line(line_x, y + 0.8, end, y + 0.8, 0.2);
        }
        y += 8.5;
    }

    // The technical block: small, last, for whoever runs kluis.
    p.line(LEFT, y - 3.0, RIGHT, y - 3.0, 0.2);
    y += 1.0;
    p.text(LEFT, y, 7.5, Font::SansBold, l.technical);
    y += 3.5;
    let tech_x = LEFT + 28.0;
    let set_x = half + 20.0;
    p.text(LEFT, y, 7.0, Font::SansBold, l.vault_id);
    p.text(
        tech_x,
        y,
        7.0,
        Font::Mono,
        fit(&d.vault_id, Font::Mono, 7.0, half - tech_x),
    );
    p.text(half + 4.0, y, 7.0, Font::SansBold, l.set_id);
    p.text(
        set_x,
        y,
        7.0,
        Font::Mono,
        fit(&d.set_id, Font::Mono, 7.0, RIGHT - set_x),
    );
    y += 3.2;
    p.text(LEFT, y, 7.0, Font::SansBold, l.checkpoint);
    for line in wrap_mono(&d.checkpoint, 7.0, RIGHT - tech_x) {
        p.text(tech_x, y, 7.0, Font::Mono, line);
        y += 3.2;
    }
    ensure!(
        y - 3.2 <= BOTTOM,
        "the sheet does not fit on one page: shorten the checkpoint or the names"
    );
    Ok(p)
}

/// Wraps monospace text to `max` mm, at spaces where it can and inside
/// long words (hashes) where it must.
fn wrap_mono(text: &str, size: f32, max: f32) -> Vec<String> {
    let per_line = ((max / text_width("0", Font::Mono, size)) as usize).max(1);
    let mut out = Vec::new();
    for line in wrap(text, Font::Mono, size, max) {
        let chars: Vec<char> = line.chars().collect();
        for chunk in chars.chunks(per_line) {
            out.push(chunk.iter().collect());
        }
    }
    out
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::print::page::pdf_operand;
    use crate::shares::{Share, split};
    use rand::SeedableRng;
    use rand::rngs::ChaCha20Rng;

    /// A real share (3 of 5, index 2) from a fixed seed.
    pub(crate) fn sample_share() -> Share {
        let mut rng = ChaCha20Rng::from_seed([7; 32]);
        let (shares, _) = split(&[42; 32], [1, 2, 3, 4, 5, 6, 7, 8], 3, 5, &mut rng)
            .expect("3 of 5 is a valid split");
        shares[1].clone()
    }

    pub(crate) fn sample_data(share: &Share, lang: Lang) -> SheetData {
        SheetData {
            vault_name: "Praktijk Zoë — backup".into(),
            vault_id: "0123456789abcdef0123456789abcdef".into(),
            set_id: "0102030405060708".into(),
            index: share.index(),
            count: share.count(),
            threshold: share.threshold(),
            holder: "René Dijkstra".into(),
            place: "Kluis kantoor Utrecht".into(),
            date: "2025-03-14".into(),
            qr_text: Zeroizing::new(share.to_qr_text()),
            text_lines: share
                .to_text()
                .lines()
                .skip(1)
                .map(|l| Zeroizing::new(l.to_owned()))
                .collect(),
            fingerprint: share.fingerprint().short(),
            checkpoint:
                "KC1 seq=42 head=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                    .into(),
            po: vec!["Anna de Vries".into()],
            delegates: vec!["Dirk Jansen".into()],
            lang,
        }
    }

    fn contains(hay: &[u8], needle: &[u8]) -> bool {
        hay.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn pdf_holds_one_a4_page_with_every_line() {
        let share = sample_share();
        let d = sample_data(&share, Lang::Nl);
        let pdf = sheet_pdf(&d).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(contains(&pdf, b"/Count 1"));
        assert_eq!(
            pdf.windows(b"/Type /Page\n".len())
                .filter(|w| *w == b"/Type /Page\n")
                .count()
                + pdf
                    .windows(b"/Type /Page/".len())
                    .filter(|w| *w == b"/Type /Page/")
                    .count()
                + pdf
                    .windows(b"/Type /Page ".len())
                    .filter(|w| *w == b"/Type /Page ")
                    .count(),
            1,
            "exactly one page object"
        );
        assert!(contains(&pdf, b"/MediaBox [0 0 595.28 841.89]"));
        assert!(contains(&pdf, b"/WinAnsiEncoding"));
        assert_eq!(d.text_lines.len(), 6);
        for line in &d.text_lines {
            assert!(contains(&pdf, format!("({})", line.as_str()).as_bytes()));
        }
        for n in 1..=6 {
            assert!(contains(&pdf, format!("({n}) Tj").as_bytes()));
        }
        assert!(contains(&pdf, d.fingerprint.as_bytes()));
        // The checkpoint is wrapped in monospace lines; its parts appear.
        assert!(contains(&pdf, b"KC1 seq=42"));
        assert!(contains(&pdf, b"9f86d081884c7d659a2feaa0c55ad015"));
        // WinAnsi: é and ë and the em dash as single bytes.
        assert!(contains(&pdf, &pdf_operand("René Dijkstra")));
        assert!(contains(&pdf, &pdf_operand("Praktijk Zoë — backup")));
        assert!(contains(
            &pdf,
            &pdf_operand("deel 2 van 5 — 3 van de 5 vellen samen openen de kluis")
        ));
        // Both languages of the explanation and the instructions, whatever
        // the label language.
        for text in [
            "Wat is dit vel?",
            "What is this sheet?",
            "Herstellen (voor de privacy officer of de gemachtigde)",
            "Recovery (for the privacy officer or the delegate)",
            "Technische gegevens (voor de privacy officer)",
        ] {
            assert!(contains(&pdf, &pdf_operand(text)), "{text}");
        }
        assert!(contains(&pdf, b"kluis shares verify"));
        let en = sheet_pdf(&sample_data(&share, Lang::En)).unwrap();
        assert!(contains(&en, &pdf_operand("share 2 of 5 — any 3 recover")));
        assert!(contains(&en, &pdf_operand("Wat is dit vel?")));
        assert!(contains(
            &en,
            &pdf_operand("Technical details (for the privacy officer)")
        ));
    }

    #[test]
    fn qr_modules_are_large_and_everything_is_on_the_page() {
        let share = sample_share();
        let page = layout(&sample_data(&share, Lang::Nl)).unwrap();
        let mut qr = None;
        let mut lowest = 0.0f32;
        for item in &page.items {
            match item {
                Item::Qr {
                    x,
                    y,
                    module,
                    width,
                    dark,
                } => {
                    assert_eq!(dark.len(), width * width);
                    qr = Some((*x, *y, *module, *width));
                }
                Item::Text { x, y, .. } => {
                    assert!(*x >= 10.0 && *x < 200.0);
                    lowest = lowest.max(*y);
                }
                Item::Line { y1, .. } => lowest = lowest.max(*y1),
            }
        }
        let (x, y, module, width) = qr.expect("the sheet has a QR code");
        assert!(module >= 0.8, "module {module} mm is below 0.8 mm");
        // 107 alphanumeric characters at level Q need version 6: 41 modules.
        assert_eq!(width, 41);
        let quiet = 4.0 * module;
        assert!(x - quiet >= 10.0 && x + width as f32 * module + quiet <= 200.0);
        assert!(y - quiet > 30.0);
        assert!(lowest <= BOTTOM, "content reaches {lowest} mm");
    }

    #[test]
    fn long_names_still_fit_one_page() {
        let share = sample_share();
        for lang in [Lang::Nl, Lang::En] {
            let mut d = sample_data(&share, lang);
            let long = "Wwwwwwww ".repeat(14);
            d.vault_name = long.clone();
            d.holder = long.clone();
            d.place = long.clone();
            d.po = vec![long.clone(), long.clone()];
            d.delegates = vec![long.clone(); 5];
            let page = layout(&d).expect("fits");
            let lowest = page
                .items
                .iter()
                .filter_map(|i| match i {
                    Item::Text { y, .. } => Some(*y),
                    _ => None,
                })
                .fold(0.0f32, f32::max);
            assert!(lowest <= BOTTOM, "content reaches {lowest} mm");
        }
    }

    #[test]
    fn bad_input_is_refused() {
        let share = sample_share();
        let mut d = sample_data(&share, Lang::En);
        d.text_lines.pop();
        assert!(sheet_pdf(&d).is_err());
        let mut d = sample_data(&share, Lang::En);
        d.qr_text = Zeroizing::new(d.qr_text.to_lowercase());
        assert!(sheet_pdf(&d).is_err());
    }

    #[test]
    fn svg_has_the_same_content() {
        let share = sample_share();
        let d = sample_data(&share, Lang::En);
        let svg = sheet_svg(&d).unwrap();
        assert!(svg.starts_with("<svg "));
        assert!(svg.contains(r#"viewBox="0 0 210 297""#));
        assert!(svg.trim_end().ends_with("</svg>"));
        assert_eq!(
            svg.matches("<text ").count(),
            svg.matches("</text>").count()
        );
        for line in &d.text_lines {
            assert!(svg.contains(&format!(">{}</text>", line.as_str())));
        }
        assert!(svg.contains("René Dijkstra"));
        assert!(svg.contains("Praktijk Zoë — backup"));
        assert!(svg.contains(&d.fingerprint));
        assert!(svg.contains("<path fill=\"black\""));
    }

    /// Runs `tool`; a missing tool fails the test with the Debian package to
    /// install (CI installs both).
    fn run(tool: &str, package: &str, args: &[&std::ffi::OsStr]) -> std::process::Output {
        let out = std::process::Command::new(tool)
            .args(args)
            .output()
            .unwrap_or_else(|e| {
                panic!("cannot run {tool} ({e}): install the Debian package {package}")
            });
        assert!(
            out.status.success(),
            "{tool} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// Renders page 1 of the sheet at 150 dpi with poppler; returns the PNG path.
    pub(crate) fn render(dir: &std::path::Path, d: &SheetData) -> std::path::PathBuf {
        let pdf_path = dir.join("sheet.pdf");
        std::fs::write(&pdf_path, &sheet_pdf(d).unwrap()[..]).unwrap();
        let prefix = dir.join("sheet");
        run(
            "pdftoppm",
            "poppler-utils",
            &[
                "-r".as_ref(),
                "150".as_ref(),
                "-png".as_ref(),
                "-singlefile".as_ref(),
                pdf_path.as_os_str(),
                prefix.as_os_str(),
            ],
        );
        dir.join("sheet.png")
    }

    fn same_share(a: &Share, b: &Share) {
        assert_eq!(a.set_id(), b.set_id());
        assert_eq!(a.index(), b.index());
        assert_eq!(a.threshold(), b.threshold());
        assert_eq!(a.count(), b.count());
        assert_eq!(a.expose_value(), b.expose_value());
    }

    #[test]
    fn rendered_sheet_scans_back_to_the_share() {
        let share = sample_share();
        let d = sample_data(&share, Lang::Nl);
        let dir = tempfile::tempdir().unwrap();
        let png = render(dir.path(), &d);
        let bytes = std::fs::read(&png).unwrap();
        // To look at the page: KLUIS_SHEET_OUT=/some/dir cargo test --lib rendered_sheet
        if let Some(out) = std::env::var_os("KLUIS_SHEET_OUT") {
            std::fs::copy(&png, std::path::Path::new(&out).join("sheet-nl.png")).unwrap();
            std::fs::copy(
                dir.path().join("sheet.pdf"),
                std::path::Path::new(&out).join("sheet-nl.pdf"),
            )
            .unwrap();
        }

        // (a) our own scanner, then the share parser.
        let text = crate::scan::decode_share_text(&bytes).unwrap();
        assert_eq!(text.as_str(), d.qr_text.as_str());
        same_share(&Share::parse(&text).unwrap(), &share);

        // (b) an independent decoder, QR only.
        let out = run(
            "zbarimg",
            "zbar-tools",
            &[
                "-q".as_ref(),
                "--raw".as_ref(),
                "-Sdisable".as_ref(),
                "-Sqrcode.enable".as_ref(),
                png.as_os_str(),
            ],
        );
        let zbar = String::from_utf8(out.stdout).unwrap();
        assert_eq!(zbar.trim_end_matches('\n'), d.qr_text.as_str());

        // (c) the text layer reads back with the accents intact.
        let out = run(
            "pdftotext",
            "poppler-utils",
            &[dir.path().join("sheet.pdf").as_os_str(), "-".as_ref()],
        );
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("René Dijkstra"), "{text}");
        assert!(
            text.contains("deel 2 van 5 — 3 van de 5 vellen samen openen de kluis"),
            "{text}"
        );
        for line in &d.text_lines {
            assert!(text.contains(line.as_str()), "{line:?} in {text}");
        }
    }

    #[test]
    fn rotated_blurred_jpeg_photo_still_scans() {
        let share = sample_share();
        let d = sample_data(&share, Lang::En);
        let dir = tempfile::tempdir().unwrap();
        let png = render(dir.path(), &d);
        let page = image::open(&png).unwrap().into_luma8();
        let rotated = image::imageops::rotate90(&page);
        let blurred = image::imageops::blur(&rotated, 1.0);
        let mut jpeg = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 60)
            .encode_image(&blurred)
            .unwrap();
        // It really is a lossy, different image.
        assert!(jpeg.starts_with(&[0xff, 0xd8]));
        let text = crate::scan::decode_share_text(&jpeg).unwrap();
        same_share(&Share::parse(&text).unwrap(), &share);
    }
}
