//! Sheets that scan back, reading paper with --share-image, and the custody
//! report (issue 4).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{Fixture, path_str};

fn render(pdf: &Path) -> PathBuf {
    let prefix = pdf.with_extension("");
    let out = Command::new("pdftoppm")
        .args(["-r", "150", "-png", "-singlefile"])
        .arg(pdf)
        .arg(&prefix)
        .output()
        .expect("pdftoppm (poppler-utils, installed by tests/install-deps.sh)");
    assert!(
        out.status.success(),
        "pdftoppm: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    prefix.with_extension("png")
}

fn zbar(png: &Path) -> String {
    let out = Command::new("zbarimg")
        .args(["-q", "--raw", "-Sdisable", "-Sqrcode.enable"])
        .arg(png)
        .output()
        .expect("zbarimg (zbar-tools, installed by tests/install-deps.sh)");
    assert!(
        out.status.success(),
        "zbarimg: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("utf8")
        .trim_end()
        .to_string()
}

fn setup() -> (Fixture, PathBuf) {
    let f = Fixture::new();
    let pin = f.add_approver();
    f.ok(&["roster", "add", "Dirk", "--role", "delegate"]);
    let val = f.file("val", "backup-key-from-paper");
    f.ok(&[
        "secret",
        "add",
        "restic",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&val),
    ]);
    (f, pin)
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("e").path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    v.sort();
    v
}

#[test]
fn pdf_sheets_scan_back_with_zbar_and_in_process_and_recover() {
    let (f, pin) = setup();
    let pdfs_dir = f.dir.path().join("pdf");
    f.ok(&["shares", "print", "--out", path_str(&pdfs_dir)]);
    let pdfs = files(&pdfs_dir, "pdf");
    assert_eq!(pdfs.len(), 3, "one PDF per share, PDF by default");
    let txts = f.print_shares(&[]);
    let mut pngs = Vec::new();
    for (pdf, txt) in pdfs.iter().zip(&txts) {
        let png = render(pdf);
        let share = kluis::shares::Share::parse(&std::fs::read_to_string(txt).expect("txt"))
            .expect("share");
        assert_eq!(
            zbar(&png),
            share.to_qr_text(),
            "zbarimg reads exactly the share text"
        );
        let decoded = kluis::scan::decode_share_text(&std::fs::read(&png).expect("png"))
            .expect("in-process decode");
        assert_eq!(decoded.as_str(), share.to_qr_text());
        pngs.push(png);
    }
    // A drill from the scan, and a recovery from two scans.
    f.run_raw(&["shares", "verify", "--share-image", path_str(&pngs[2])])
        .expect(0, "");
    let r = f.run_raw(&[
        "--share-image",
        path_str(&pngs[0]),
        "--share-image",
        path_str(&pngs[2]),
        "--as",
        "Dirk",
        "unseal",
        "restic",
        "--reason-category",
        "incident",
        "--reason",
        "PO unreachable",
        "--approver",
        "Bert",
        "--approver-pin-file",
        path_str(&pin),
        "--to",
        "stdout",
    ]);
    r.expect(0, "emergency session");
    assert_eq!(r.stdout, "backup-key-from-paper");
    // Mixed: one typed, one scanned.
    f.run_raw(&[
        "--share-file",
        path_str(&txts[1]),
        "--share-image",
        path_str(&pngs[0]),
        "--as",
        "Dirk",
        "secret",
        "list",
    ])
    .expect(0, "");
}

#[test]
fn a_rotated_blurred_jpeg_photo_recovers() {
    let (f, _) = setup();
    let dir = f.dir.path().join("pdf");
    f.ok(&["shares", "print", "--out", path_str(&dir)]);
    let pdfs = files(&dir, "pdf");
    let mut photos = Vec::new();
    for pdf in &pdfs[..2] {
        let png = render(pdf);
        let img = image::open(&png).expect("png").rotate90();
        let img = image::DynamicImage::ImageRgba8(image::imageops::blur(&img, 1.0)).to_rgb8();
        let jpg = png.with_extension("jpg");
        let mut out = std::fs::File::create(&jpg).expect("create");
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 60)
            .encode_image(&img)
            .expect("jpeg");
        photos.push(jpg);
    }
    f.run_raw(&[
        "--share-image",
        path_str(&photos[0]),
        "--share-image",
        path_str(&photos[1]),
        "--as",
        "Dirk",
        "secret",
        "list",
    ])
    .expect(0, "");
}

#[test]
fn bad_images() {
    let (f, _) = setup();
    let before = f.bytes();
    // No QR code.
    let blank = f.dir.path().join("blank.png");
    image::RgbImage::from_pixel(400, 400, image::Rgb([255, 255, 255]))
        .save(&blank)
        .expect("png");
    f.run_raw(&["shares", "verify", "--share-image", path_str(&blank)])
        .expect(3, "no QR code found in the image");
    // A QR code of something else.
    let other = f.dir.path().join("other.png");
    qr_png("HELLO WORLD", 8).save(&other).expect("png");
    f.run_raw(&["shares", "verify", "--share-image", path_str(&other)])
        .expect(3, "does not hold a kluis share");
    // Two QR codes in one image.
    let sheets = f.print_shares(&[]);
    let a = kluis::shares::Share::parse(&std::fs::read_to_string(&sheets[0]).expect("r"))
        .expect("s")
        .to_qr_text();
    let b = kluis::shares::Share::parse(&std::fs::read_to_string(&sheets[1]).expect("r"))
        .expect("s")
        .to_qr_text();
    let (qa, qb) = (qr_png(&a, 6), qr_png(&b, 6));
    let mut two = image::GrayImage::from_pixel(
        qa.width() + qb.width() + 40,
        qa.height().max(qb.height()),
        image::Luma([255]),
    );
    image::imageops::overlay(&mut two, &qa, 0, 0);
    image::imageops::overlay(&mut two, &qb, i64::from(qa.width()) + 40, 0);
    let two_path = f.dir.path().join("two.png");
    two.save(&two_path).expect("png");
    f.run_raw(&["shares", "verify", "--share-image", path_str(&two_path)])
        .expect(3, "holds more than one QR code");
    // Not an image.
    let junk = f.file("junk.png", "definitely not a png");
    f.run_raw(&["shares", "verify", "--share-image", path_str(&junk)])
        .expect(3, "share image");
    // Every share error from Vault core through an image: another set.
    let g = Fixture::new();
    let other_sheets = g.print_shares(&[]);
    let foreign =
        kluis::shares::Share::parse(&std::fs::read_to_string(&other_sheets[0]).expect("r"))
            .expect("s")
            .to_qr_text();
    let foreign_png = f.dir.path().join("foreign.png");
    qr_png(&foreign, 6).save(&foreign_png).expect("png");
    f.run_raw(&["shares", "verify", "--share-image", path_str(&foreign_png)])
        .expect(3, "does not know");
    // k-1 shares by image.
    let one = f.dir.path().join("one.png");
    qr_png(&a, 6).save(&one).expect("png");
    f.run_raw(&[
        "--share-image",
        path_str(&one),
        "--as",
        "Dirk",
        "secret",
        "list",
    ])
    .expect(3, "need 2 shares, have 1");
    assert_ne!(before.len(), 0);
}

/// A QR code image of `text` with a quiet zone, `scale` pixels a module.
fn qr_png(text: &str, scale: u32) -> image::GrayImage {
    let code = qrcode::QrCode::new(text.as_bytes()).expect("qr");
    let w = code.width() as u32;
    let colors = code.to_colors();
    let quiet = 4;
    let size = (w + 2 * quiet) * scale;
    let mut img = image::GrayImage::from_pixel(size, size, image::Luma([255]));
    for y in 0..w {
        for x in 0..w {
            if colors[(y * w + x) as usize] == qrcode::Color::Dark {
                for dy in 0..scale {
                    for dx in 0..scale {
                        img.put_pixel(
                            (x + quiet) * scale + dx,
                            (y + quiet) * scale + dy,
                            image::Luma([0]),
                        );
                    }
                }
            }
        }
    }
    img
}

#[test]
fn svg_sheets_and_reprint() {
    let (f, _) = setup();
    let dir = f.dir.path().join("svg");
    f.ok(&[
        "shares",
        "print",
        "--out",
        path_str(&dir),
        "--format",
        "svg",
    ]);
    let svgs = files(&dir, "svg");
    assert_eq!(svgs.len(), 3);
    let text = std::fs::read_to_string(&svgs[0]).expect("svg");
    assert!(
        text.starts_with("<svg") || text.starts_with("<?xml"),
        "{}",
        &text[..60]
    );
    // Printing again into the same directory refuses to overwrite.
    f.run(&[
        "shares",
        "print",
        "--out",
        path_str(&dir),
        "--format",
        "svg",
    ])
    .expect(1, "exists");
    let prints: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "audit", "list"])).expect("json");
    assert!(
        prints
            .as_array()
            .expect("a")
            .iter()
            .filter(|r| r["event"]["kind"] == "SharePrint")
            .count()
            >= 2
    );
}

#[test]
fn custody_report_prints() {
    let (f, pin) = setup();
    let r = f.run(&[
        "unseal",
        "restic",
        "--reason-category",
        "restore-test",
        "--reason",
        "quarterly test",
        "--approver",
        "Bert",
        "--approver-pin-file",
        path_str(&pin),
        "--to",
        "stdout",
    ]);
    r.expect(0, "");
    let wrong = f.file("wrong", "nope");
    f.run_raw(&["--passphrase-file", path_str(&wrong), "secret", "list"])
        .expect(3, "");
    let out = f.dir.path().join("report.pdf");
    let stdout = f.ok(&["report", "--out", path_str(&out)]);
    let cp = stdout
        .lines()
        .find_map(|l| l.strip_prefix("checkpoint: "))
        .expect("checkpoint")
        .to_string();
    let pdf = std::fs::read(&out).expect("pdf");
    assert!(pdf.starts_with(b"%PDF"));
    let text = Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout).to_string();
    for needle in [
        "Anna",
        "Bert",
        "Dirk",
        "Office safe",
        "quarterly test",
        &cp[..20],
    ] {
        assert!(text.contains(needle), "report lacks {needle:?}:\n{text}");
    }
    f.run(&["report", "--out", path_str(&out)])
        .expect(1, "exists");
    let r = f.run(&[
        "--lang",
        "nl",
        "report",
        "--out",
        path_str(&f.dir.path().join("rapport.pdf")),
    ]);
    r.expect(0, "");
}

#[test]
fn share_errors_through_images() {
    use kluis::shares::{Share, forge_text};
    let (f, _) = setup();
    let txts = f.print_shares(&[]);
    let read = |p: &PathBuf| Share::parse(&std::fs::read_to_string(p).expect("r")).expect("s");
    let payload = |s: &Share| {
        let mut p = [0u8; 45];
        p[0] = 1;
        p[1..9].copy_from_slice(&s.set_id());
        p[9] = s.threshold();
        p[10] = s.count();
        p[11] = s.index();
        p[12..44].copy_from_slice(s.expose_value());
        p
    };
    let img = |name: &str, text: &str| {
        let p = f.dir.path().join(format!("{name}.png"));
        // The QR form: the typed lines joined by spaces.
        let qr = text.lines().collect::<Vec<_>>().join(" ");
        qr_png(&qr, 6).save(&p).expect("png");
        p
    };
    let s1 = read(&txts[0]);
    let good1 = img("good1", &s1.to_text());
    let good2 = img("good2", &read(&txts[1]).to_text());
    let mut p0 = payload(&s1);
    p0[11] = 0;
    let zero = img("zero", &forge_text(p0));
    let mut pbig = payload(&s1);
    pbig[11] = 4;
    let big = img("big", &forge_text(pbig));
    let mut pbad = payload(&read(&txts[1]));
    pbad[30] ^= 1;
    let bad = img("bad", &forge_text(pbad));
    let login = |imgs: &[&PathBuf]| {
        let mut a: Vec<&str> = Vec::new();
        for i in imgs {
            a.extend(["--share-image", path_str(i)]);
        }
        a.extend(["--as", "Dirk", "secret", "list"]);
        f.run_raw(&a)
    };
    let before = f.bytes();
    login(&[&good1, &good1]).expect(3, "entered twice");
    login(&[&zero, &good2]).expect(3, "the share index is 0");
    login(&[&good1, &big]).expect(3, "the share index 4 is above the share count 3");
    login(&[&good1, &bad, &good2]).expect(3, "share 2 (index 2) does not match its fingerprint");
    assert_eq!(f.bytes(), before);
    login(&[&good2, &good1]).expect(0, "");
}

/// The text layer of a PDF, by poppler's `pdftotext` (reading order).
fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils, installed by tests/install-deps.sh)");
    assert!(
        out.status.success(),
        "pdftotext: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf8")
}

/// Where `needle` starts in `text`, failing with the text when absent.
#[track_caller]
fn at(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("lacks {needle:?}:\n{text}"))
}

/// Issue 12, point 6: every sheet explains itself in plain words at the
/// top, names the PO and the delegate from the roster, names photos as well
/// as typed text for recovery, keeps the jargon in a technical block at the
/// bottom, and still scans back.
#[test]
fn sheets_explain_themselves_name_whom_to_call_and_scan_back() {
    let (f, _) = setup();
    for (lang, first, second, call, custody, technical) in [
        (
            "nl",
            "Wat is dit vel?",
            "What is this sheet?",
            "Bel eerst Anna (privacy officer) of Dirk (gemachtigde)",
            "Bewaring",
            "Technische gegevens",
        ),
        (
            "en",
            "What is this sheet?",
            "Wat is dit vel?",
            "Call Anna (privacy officer) or Dirk (delegate) first",
            "Custody",
            "Technical details",
        ),
    ] {
        let dir = f.dir.path().join(format!("sheets-{lang}"));
        f.ok(&["--lang", lang, "shares", "print", "--out", path_str(&dir)]);
        let pdfs = files(&dir, "pdf");
        assert_eq!(pdfs.len(), 3);
        for (i, pdf) in pdfs.iter().enumerate() {
            // pdftotext joins wrapped lines with a newline: compare words.
            let text = pdf_text(pdf)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let top = at(&text, first);
            assert!(top < 80, "the explanation opens the sheet:\n{text}");
            assert!(at(&text, second) > top);
            at(&text, call);
            for plain in match lang {
                "nl" => [
                    "Dit vel alleen is waardeloos",
                    "Kwijt, beschadigd, of vraagt iemand erom?",
                    "maak een foto of scan van dit vel, of typ de zes regels",
                ],
                _ => [
                    "This sheet alone is useless",
                    "Lost, damaged, or someone asks for it?",
                    "take a photo or scan of this sheet, or type its six lines",
                ],
            } {
                at(&text, plain);
            }
            at(&text, "--share-image");
            at(&text, "--share-file");
            // The jargon sits below the custody fields, not at the top.
            let tech = at(&text, technical);
            assert!(tech > at(&text, custody), "technical block last:\n{text}");
            for jargon in ["KC1 ", "Set "] {
                assert!(
                    text.rfind(jargon).expect(jargon) > tech,
                    "{jargon} at the bottom"
                );
            }
            let png = render(pdf);
            let decoded = zbar(&png);
            let share = kluis::shares::Share::parse(&decoded).expect("the scan is a share");
            assert_eq!(usize::from(share.index()), i + 1);
        }
    }
}

/// A vault without a delegate names the PO alone.
#[test]
fn a_sheet_without_a_delegate_names_the_po() {
    let f = Fixture::new();
    let dir = f.dir.path().join("sheets");
    f.ok(&["shares", "print", "--out", path_str(&dir), "--index", "1"]);
    let pdfs = files(&dir, "pdf");
    let text = pdf_text(&pdfs[0])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    at(&text, "Call Anna (privacy officer) first");
    assert!(!text.contains("(delegate)"), "{text}");
}

/// `pdftotext -layout`: one printed line per text line, columns kept apart
/// by spaces; runs of spaces are folded to one here.
fn pdf_lines(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils, installed by tests/install-deps.sh)");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .expect("utf8")
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

/// The lines from the heading `from` up to the next of `headings`.
fn section<'a>(lines: &'a [String], from: &str, headings: &[&str]) -> &'a [String] {
    let start = lines
        .iter()
        .position(|l| l == from)
        .unwrap_or_else(|| panic!("no section {from:?}:\n{}", lines.join("\n")));
    let end = lines[start + 1..]
        .iter()
        .position(|l| headings.contains(&l.as_str()))
        .map_or(lines.len(), |i| start + 1 + i);
    &lines[start + 1..end]
}

/// Issue 12, point 7: the custody report an auditor reads. Nothing cut,
/// local times, the right events in the right sections, Dutch values in a
/// Dutch report, and a summary block at the top.
#[test]
fn custody_report_reads_for_an_auditor() {
    let (f, pin) = setup();
    let txts = f.print_shares(&[]);
    // An older copy put back and accepted (first: a rollback forgets what
    // came after the copy, failed attempts included).
    let old = f.bytes();
    f.ok(&["secret", "list"]);
    std::fs::write(&f.vault, &old).expect("put back the old copy");
    f.run(&["--allow-rollback", "secret", "list"])
        .expect(0, "rollback accepted");
    // A reason of 60 numbered words: every one must be on the paper.
    let reason: String = (1..=60).map(|i| format!("w{i:02} ")).collect();
    let reason = format!("{}EINDE", reason);
    f.run(&[
        "unseal",
        "restic",
        "--reason-category",
        "restore-test",
        "--reason",
        &reason,
        "--approver",
        "bert",
        "--approver-pin-file",
        path_str(&pin),
        "--to",
        "stdout",
    ])
    .expect(0, "");
    let wrong = f.file("wrong", "nope");
    f.run_raw(&["--passphrase-file", path_str(&wrong), "secret", "list"])
        .expect(3, "");
    f.run_raw(&["shares", "verify", "--share-file", path_str(&txts[0])])
        .expect(0, "");

    let out = f.dir.path().join("rapport.pdf");
    let run = f
        .cmd()
        .env("TZ", "Europe/Amsterdam")
        .args(["--passphrase-file", path_str(&f.pass), "--lang", "nl"])
        .args(["report", "--out", path_str(&out)])
        .output()
        .expect("run");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let cp = String::from_utf8(run.stdout)
        .expect("utf8")
        .lines()
        // Run with --lang nl: the line is Dutch (issue 12, item 1).
        .find_map(|l| l.strip_prefix("controlepunt: ").map(str::to_string))
        .expect("checkpoint");
    let lines = pdf_lines(&out);
    let all = lines.join("\n");
    let words = all.split_whitespace().collect::<Vec<_>>().join(" ");

    // Nothing cut: every word of the long reason, and no "..." anywhere.
    for i in 1..=60 {
        assert!(words.contains(&format!("w{i:02}")), "w{i:02} lost:\n{all}");
    }
    assert!(words.contains("EINDE"), "{all}");
    assert!(!all.contains("..."), "a cell was cut:\n{all}");

    // The summary block, before the first table.
    let summary = section(&lines, "Samenvatting", &["Personen"]);
    let value = |label: &str| -> String {
        summary
            .iter()
            .find_map(|l| l.strip_prefix(label))
            .unwrap_or_else(|| panic!("no {label:?} in {summary:?}"))
            .trim()
            .to_string()
    };
    assert_eq!(value("Vrijgaven"), "1 vrijgegeven, 0 geweigerd");
    assert_eq!(value("Mislukte pogingen om te openen"), "1");
    assert_eq!(value("Geopend met delen"), "0");
    // The rollback waits for the PO's acknowledgement.
    assert!(
        summary
            .iter()
            .any(|l| l.starts_with("Noodgebeurtenissen nog niet gezien") && l.ends_with(" 1")),
        "{summary:?}"
    );
    let chain = value("Auditketen");
    assert!(
        chain.starts_with("ongeschonden tot en met controlepunt KC1"),
        "{chain}"
    );
    let cp_words: String = cp.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    assert!(words.contains(&cp_words), "{cp_words} in {all}");
    assert!(all.contains("Periode"), "{all}");
    assert!(all.contains("Tijdzone Europe/Amsterdam"), "{all}");

    // Each event in its own section.
    let headings = [
        "Personen",
        "Wie bewaart welk deel",
        "Vrijgaven, met reden en fiatteur",
        "Noodtoegang: geopend met delen, noodsessies, overname",
        "Mislukte pogingen om te openen",
        "Controles (delen gecontroleerd)",
        "Vervangingen (nieuwe sets delen)",
        "Afgedrukte vellen",
        "Oudere kopie van de kluis geaccepteerd",
    ];
    let sec = |h: &str| section(&lines, h, &headings).join("\n");
    assert!(sec(headings[0]).contains("Anna privacy officer"), "{all}");
    assert!(sec(headings[0]).contains("Bert fiatteur"), "{all}");
    assert!(sec(headings[0]).contains("Dirk gemachtigde"), "{all}");
    assert!(sec(headings[1]).contains("Office safe"), "{all}");
    let unseals = sec(headings[2]);
    // The "who" cell wraps: "Anna" above "(wachtwoordzin)".
    assert!(unseals.contains("Anna"), "{unseals}");
    assert!(unseals.contains("(wachtwoordzin)"), "{unseals}");
    assert!(unseals.contains("vrijgegeven: restic"), "{unseals}");
    assert!(unseals.contains("hersteltest: w01"), "{unseals}");
    assert!(unseals.contains("Bert (pincode)"), "{unseals}");
    assert!(unseals.contains("gelukt"), "{unseals}");
    assert_eq!(sec(headings[3]), "geen", "a rollback is not emergency use");
    assert!(sec(headings[4]).contains("openen mislukt"), "{all}");
    assert!(sec(headings[5]).contains("deel gecontroleerd"), "{all}");
    assert_eq!(
        sec(headings[6]),
        "geen",
        "drills and prints are no rotation"
    );
    assert!(sec(headings[7]).contains("vellen afgedrukt"), "{all}");
    assert!(
        sec(headings[8]).contains("oudere kopie geaccepteerd"),
        "{all}"
    );
    assert!(
        sec(headings[4]).contains("(onbekend) (gemeld terwijl"),
        "{all}"
    );
    assert!(sec(headings[5]).contains("(houder van een deel)"), "{all}");
    // No English cell values in the Dutch report (the free-text details
    // are shown as recorded).
    for english in [
        "Success",
        "(passphrase)",
        "Unseal",
        "Drill",
        "(PIN)",
        "RestoreTest",
        "(unknown)",
        "(share holder)",
        "delegate",
        "approver",
    ] {
        assert!(!all.contains(english), "{english:?} in:\n{all}");
    }

    // Times are local: the unseal's record time, in Amsterdam.
    let records: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "audit", "list"])).expect("json");
    let unseal = records
        .as_array()
        .expect("a")
        .iter()
        .find(|r| r["event"]["kind"] == "Unseal")
        .expect("the unseal");
    let time =
        jiff::Timestamp::from_second(unseal["time"].as_i64().expect("unix seconds")).expect("time");
    let local = jiff::tz::TimeZone::get("Europe/Amsterdam")
        .expect("tzdb")
        .to_datetime(time);
    let (date, hm) = (
        local.strftime("%Y-%m-%d").to_string(),
        local.strftime("%H:%M").to_string(),
    );
    let seq = unseal["seq"].as_u64().expect("seq").to_string();
    let unseal_lines = section(&lines, headings[2], &headings);
    let row = unseal_lines
        .iter()
        .position(|l| l.starts_with(&format!("{seq} {date}")))
        .unwrap_or_else(|| panic!("no row {seq} {date} in {unseal_lines:?}"));
    assert!(
        unseal_lines[row + 1].starts_with(&hm),
        "{hm} (Amsterdam) under the date: {unseal_lines:?}"
    );
}
