//! A display list for A4 pages in millimetres (origin top left, y down), and
//! its two writers: PDF (`pdf-writer`, base-14 fonts) and SVG.
//!
//! Layout code only places [`Item`]s; the writers own the unit conversion
//! (1 mm = 72 / 25.4 pt, PDF's y axis points up) and the text encoding.
//!
//! # Security
//!
//! A sheet's page holds a share (its text lines and its QR matrix). Text and
//! QR items are [`Zeroizing`], and the PDF and content buffers are allocated
//! once with room to spare and wrapped in [`Zeroizing`] when done, so that a
//! growing buffer leaves no stale copy behind. This is best effort:
//! `pdf-writer` grows its buffer itself if a page ever needs more room.

use std::fmt::Write as _;

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use zeroize::Zeroizing;

/// A4 width in millimetres.
pub(super) const PAGE_W_MM: f32 = 210.0;
/// A4 height in millimetres.
pub(super) const PAGE_H_MM: f32 = 297.0;
/// A4 width in points, as written to the MediaBox.
const PAGE_W_PT: f32 = 595.28;
/// A4 height in points, as written to the MediaBox.
const PAGE_H_PT: f32 = 841.89;
/// Points per millimetre.
const PT_PER_MM: f32 = 72.0 / 25.4;

/// The base-14 fonts the pages use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Font {
    /// Helvetica.
    Sans,
    /// Helvetica-Bold.
    SansBold,
    /// Courier (monospace, every glyph 600/1000 em wide).
    Mono,
}

impl Font {
    const ALL: [Font; 3] = [Font::Sans, Font::SansBold, Font::Mono];

    fn resource(self) -> Name<'static> {
        match self {
            Font::Sans => Name(b"F1"),
            Font::SansBold => Name(b"F2"),
            Font::Mono => Name(b"F3"),
        }
    }

    fn base_font(self) -> Name<'static> {
        match self {
            Font::Sans => Name(b"Helvetica"),
            Font::SansBold => Name(b"Helvetica-Bold"),
            Font::Mono => Name(b"Courier"),
        }
    }

    fn svg_attrs(self) -> &'static str {
        match self {
            Font::Sans => r#"font-family="Helvetica, Arial, sans-serif""#,
            Font::SansBold => r#"font-family="Helvetica, Arial, sans-serif" font-weight="bold""#,
            Font::Mono => r#"font-family="Courier, 'Courier New', monospace""#,
        }
    }
}

/// One thing drawn on a page. Coordinates in millimetres from the top left.
pub(super) enum Item {
    /// Text with its baseline at `y`; `size` in points.
    Text {
        x: f32,
        y: f32,
        size: f32,
        font: Font,
        text: Zeroizing<String>,
    },
    /// A straight black line, `width` in millimetres.
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
    },
    /// A QR code: `dark` is the `width * width` module matrix row by row;
    /// its top left module starts at (`x`, `y`), each module `module` mm.
    Qr {
        x: f32,
        y: f32,
        module: f32,
        width: usize,
        dark: Zeroizing<Vec<bool>>,
    },
}

/// One A4 page.
#[derive(Default)]
pub(super) struct Page {
    pub(super) items: Vec<Item>,
}

impl Page {
    /// Adds a text item.
    ///
    /// Every string reaches the page through here, escaped by
    /// [`crate::text::for_print`]: a holder label, place, reason or vault
    /// name from an older vault may hold control or invisible characters.
    pub(super) fn text(&mut self, x: f32, y: f32, size: f32, font: Font, text: impl Into<String>) {
        let text = Zeroizing::new(text.into());
        let text = match crate::text::for_print(&text) {
            std::borrow::Cow::Borrowed(_) => text,
            std::borrow::Cow::Owned(escaped) => Zeroizing::new(escaped),
        };
        self.items.push(Item::Text {
            x,
            y,
            size,
            font,
            text,
        });
    }

    /// Adds a line.
    pub(super) fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32) {
        self.items.push(Item::Line {
            x1,
            y1,
            x2,
            y2,
            width,
        });
    }
}

/// Width of `text` in millimetres when set in `font` at `size` points.
pub(super) fn text_width(text: &str, font: Font, size: f32) -> f32 {
    let units: u32 = text.chars().map(|c| glyph_width(font, c)).sum();
    units as f32 / 1000.0 * size / PT_PER_MM
}

/// Breaks `text` at spaces into lines no wider than `max` mm. A word wider
/// than `max` gets a line of its own (it overflows rather than being cut).
pub(super) fn wrap(text: &str, font: Font, size: f32, max: f32) -> Vec<String> {
    // Measure what will be printed: the escaped text.
    let text = crate::text::for_print(text);
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if current.is_empty() || text_width(&candidate, font, size) <= max {
            current = candidate;
        } else {
            lines.push(std::mem::replace(&mut current, word.to_owned()));
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// Cuts `text` to fit `max` mm, ending in "..." when cut.
pub(super) fn fit(text: &str, font: Font, size: f32, max: f32) -> String {
    let text = &*crate::text::for_print(text);
    if text_width(text, font, size) <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if text_width(&out, font, size) + text_width("...", font, size) > max {
            out.pop();
            break;
        }
    }
    out.push_str("...");
    out
}

/// Glyph advance in 1/1000 em (Adobe's AFM metrics of the base-14 fonts).
fn glyph_width(font: Font, c: char) -> u32 {
    // Helvetica and Helvetica-Bold, ' ' (0x20) to '~' (0x7e).
    const SANS: [u16; 95] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556,
        556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722,
        722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
        667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
        556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,
        500, 334, 260, 334, 584,
    ];
    const BOLD: [u16; 95] = [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556,
        556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722,
        722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722,
        667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611,
        611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556,
        500, 389, 280, 389, 584,
    ];
    let table = match font {
        Font::Mono => return 600,
        Font::Sans => &SANS,
        Font::SansBold => &BOLD,
    };
    match c {
        ' '..='~' => u32::from(table[c as usize - 0x20]),
        '—' => 1000,
        // Accented letters are as wide as their base letter, near enough.
        _ => 556,
    }
}

/// Encodes `text` in WinAnsiEncoding (Windows-1252), the encoding the
/// base-14 fonts are declared with. Characters it lacks become `?`.
pub(super) fn win_ansi(text: &str) -> Zeroizing<Vec<u8>> {
    let mut out = Zeroizing::new(Vec::with_capacity(text.len()));
    for c in text.chars() {
        let b = match c {
            ' '..='~' | '\u{a0}'..='\u{ff}' => c as u32 as u8,
            '€' => 0x80,
            '‚' => 0x82,
            'ƒ' => 0x83,
            '„' => 0x84,
            '…' => 0x85,
            '†' => 0x86,
            '‡' => 0x87,
            'ˆ' => 0x88,
            '‰' => 0x89,
            'Š' => 0x8a,
            '‹' => 0x8b,
            'Œ' => 0x8c,
            'Ž' => 0x8e,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            '˜' => 0x98,
            '™' => 0x99,
            'š' => 0x9a,
            '›' => 0x9b,
            'œ' => 0x9c,
            'ž' => 0x9e,
            'Ÿ' => 0x9f,
            _ => b'?',
        };
        out.push(b);
    }
    out
}

/// Writes `pages` as one PDF document titled `title`.
pub(super) fn to_pdf(pages: &[Page], title: &str) -> Zeroizing<Vec<u8>> {
    let title = &*crate::text::for_print(title);
    const CATALOG: Ref = Ref::new(1);
    const TREE: Ref = Ref::new(2);
    const INFO: Ref = Ref::new(3);
    // Fonts at 4..=6, then (page, content) pairs.
    let font_ref =
        |f: Font| Ref::new(4 + Font::ALL.iter().position(|&g| g == f).unwrap_or(0) as i32);
    let page_ref = |i: usize| Ref::new(7 + 2 * i as i32);
    let content_ref = |i: usize| Ref::new(8 + 2 * i as i32);

    let mut pdf = Pdf::with_capacity(16 * 1024 + pages.len() * 96 * 1024);
    pdf.catalog(CATALOG).pages(TREE);
    pdf.pages(TREE)
        .kids((0..pages.len()).map(page_ref))
        .count(pages.len() as i32);
    pdf.document_info(INFO)
        .title(TextStr(title))
        .producer(TextStr("kluis"));
    for font in Font::ALL {
        pdf.type1_font(font_ref(font))
            .base_font(font.base_font())
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    for (i, page) in pages.iter().enumerate() {
        let mut p = pdf.page(page_ref(i));
        p.parent(TREE)
            .media_box(Rect::new(0.0, 0.0, PAGE_W_PT, PAGE_H_PT))
            .contents(content_ref(i));
        let mut resources = p.resources();
        let mut fonts = resources.fonts();
        for font in Font::ALL {
            fonts.pair(font.resource(), font_ref(font));
        }
        fonts.finish();
        resources.finish();
        p.finish();
        let content = Zeroizing::new(content_stream(page).finish().into_vec());
        // Uncompressed on purpose: a sheet is small, and plain text content
        // keeps the PDF inspectable (and testable) without an inflater.
        pdf.stream(content_ref(i), &content);
    }
    Zeroizing::new(pdf.finish())
}

fn content_stream(page: &Page) -> Content {
    let x = |mm: f32| mm * PT_PER_MM;
    let y = |mm: f32| PAGE_H_PT - mm * PT_PER_MM;
    let mut c = Content::with_capacity(96 * 1024);
    for item in &page.items {
        match item {
            Item::Text {
                x: tx,
                y: ty,
                size,
                font,
                text,
            } => {
                let bytes = win_ansi(text);
                c.begin_text();
                c.set_font(font.resource(), *size);
                c.next_line(x(*tx), y(*ty));
                c.show(Str(&bytes));
                c.end_text();
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
            } => {
                c.set_line_width(width * PT_PER_MM);
                c.move_to(x(*x1), y(*y1));
                c.line_to(x(*x2), y(*y2));
                c.stroke();
            }
            Item::Qr {
                x: qx,
                y: qy,
                module,
                width,
                dark,
            } => {
                // One path of horizontal runs, filled once: separate fills
                // would show hairline seams between modules when rendered
                // with anti-aliasing.
                let m = module * PT_PER_MM;
                for (row, cells) in dark.chunks(*width).enumerate() {
                    let mut col = 0;
                    while col < cells.len() {
                        if !cells[col] {
                            col += 1;
                            continue;
                        }
                        let start = col;
                        while col < cells.len() && cells[col] {
                            col += 1;
                        }
                        let top = qy + (row as f32 + 1.0) * module;
                        c.rect(
                            x(qx + start as f32 * module),
                            y(top),
                            (col - start) as f32 * m,
                            m,
                        );
                    }
                }
                c.fill_nonzero();
            }
        }
    }
    c
}

/// Writes one page as a standalone SVG document (viewBox in millimetres).
pub(super) fn to_svg(page: &Page, title: &str) -> Zeroizing<String> {
    let title = &*crate::text::for_print(title);
    let mut s = Zeroizing::new(String::with_capacity(128 * 1024));
    // Writing to a String cannot fail.
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{PAGE_W_MM}mm" height="{PAGE_H_MM}mm" viewBox="0 0 {PAGE_W_MM} {PAGE_H_MM}">"#
    );
    let _ = writeln!(s, "<title>{}</title>", xml_escape(title).as_str());
    let _ = writeln!(
        s,
        r#"<rect x="0" y="0" width="{PAGE_W_MM}" height="{PAGE_H_MM}" fill="white"/>"#
    );
    for item in &page.items {
        match item {
            Item::Text {
                x,
                y,
                size,
                font,
                text,
            } => {
                let _ = writeln!(
                    s,
                    r#"<text x="{x:.2}" y="{y:.2}" font-size="{:.3}" {} xml:space="preserve">{}</text>"#,
                    size / PT_PER_MM,
                    font.svg_attrs(),
                    xml_escape(text).as_str()
                );
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
            } => {
                let _ = writeln!(
                    s,
                    r#"<line x1="{x1:.2}" y1="{y1:.2}" x2="{x2:.2}" y2="{y2:.2}" stroke="black" stroke-width="{width:.2}"/>"#
                );
            }
            Item::Qr {
                x,
                y,
                module,
                width,
                dark,
            } => {
                s.push_str(r#"<path fill="black" shape-rendering="crispEdges" d=""#);
                for (row, cells) in dark.chunks(*width).enumerate() {
                    for (col, &d) in cells.iter().enumerate() {
                        if d {
                            let _ = write!(
                                s,
                                "M{:.3} {:.3}h{module:.3}v{module:.3}h-{module:.3}z",
                                x + col as f32 * module,
                                y + row as f32 * module
                            );
                        }
                    }
                }
                s.push_str("\"/>\n");
            }
        }
    }
    s.push_str("</svg>\n");
    s
}

fn xml_escape(text: &str) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(text.len()));
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// How `text` appears in a content stream (a `Tj` operand), for tests that
/// look for text in a PDF: literal `(...)` for ASCII, hex `<...>` otherwise.
#[cfg(test)]
pub(super) fn pdf_operand(text: &str) -> Vec<u8> {
    let mut c = Content::new();
    c.show(Str(&win_ansi(text)));
    let mut op = c.finish().into_vec();
    op.truncate(op.len() - b" Tj".len());
    op
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_printed_escaped() {
        let mut p = Page::default();
        p.text(
            0.0,
            0.0,
            10.0,
            Font::Sans,
            "Alice\u{200b} \u{1b}]52;c;x\u{7}",
        );
        let Item::Text { text, .. } = &p.items[0] else {
            panic!("a text item")
        };
        assert_eq!(text.as_str(), "Alice\\u{200b} \\u{1b}]52;c;x\\u{7}");
        assert_eq!(fit("a\u{202e}b", Font::Sans, 10.0, 100.0), "a\\u{202e}b");
        assert_eq!(wrap("a\u{1b}b c", Font::Sans, 10.0, 100.0), ["a\\u{1b}b c"]);
        let svg = to_svg(&p, "v\u{1b}");
        assert!(!svg.contains('\u{1b}') && !svg.contains('\u{200b}'));
        assert!(svg.contains("<title>v\\u{1b}</title>"));
        let pdf = to_pdf(&[p], "v\u{1b}");
        assert!(!pdf.contains(&0x1b), "no raw ESC in the PDF");
    }

    #[test]
    fn operands_are_win_ansi_not_utf8() {
        assert_eq!(pdf_operand("Anna"), b"(Anna)");
        // e-acute is E9 in WinAnsi (C3 A9 would be UTF-8).
        assert_eq!(pdf_operand("René"), b"<52656EE9>");
    }

    #[test]
    fn win_ansi_maps_dutch_letters_and_dashes() {
        assert_eq!(&win_ansi("René")[..], b"Ren\xe9");
        assert_eq!(&win_ansi("ë—–")[..], b"\xeb\x97\x96");
        assert_eq!(&win_ansi("a\u{4e2d}b")[..], b"a?b");
    }

    #[test]
    fn courier_is_monospace_and_wrap_respects_width() {
        // 10 glyphs of 0.6 em at 10 pt = 60 pt = 21.17 mm.
        assert!((text_width("0123456789", Font::Mono, 10.0) - 21.166_666).abs() < 0.01);
        assert!(text_width("MMMM", Font::Sans, 10.0) > text_width("iiii", Font::Sans, 10.0));
        let text = "the quick brown fox jumps over the lazy dog again and again";
        let lines = wrap(text, Font::Sans, 10.0, 40.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        for l in &lines {
            assert!(text_width(l, Font::Sans, 10.0) <= 40.0, "{l}");
        }
        let cut = fit(text, Font::Sans, 10.0, 30.0);
        assert!(cut.ends_with("...") && text_width(&cut, Font::Sans, 10.0) <= 30.0);
    }
}
