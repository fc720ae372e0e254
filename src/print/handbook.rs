//! The handbook (Markdown) as an A4 PDF for the recovery kit, with the same
//! display list and `pdf-writer` stack as the sheets and the report.
//!
//! A deliberately small reading of Markdown, enough for `docs/HANDBOOK.md`:
//! `#` headings, paragraphs and list items (wrapped, inline `**` and
//! backticks dropped), fenced code and table rows (monospace, one source
//! line per line, cut with "..." when too wide). Written here rather than
//! through a Markdown crate: the PDF side needs only lines of text, and a
//! full CommonMark tree would be thrown away at once.

use super::page::{Font, PAGE_H_MM, Page, fit, to_pdf, wrap};

const LEFT: f32 = 18.0;
const RIGHT: f32 = 192.0;
const TOP: f32 = 20.0;
const BOTTOM: f32 = PAGE_H_MM - 16.0;
const BODY: f32 = 9.0;
const MONO: f32 = 7.5;

struct Writer {
    pages: Vec<Page>,
    y: f32,
}

impl Writer {
    fn line(&mut self, x: f32, size: f32, font: Font, text: String, advance: f32) {
        if self.y + advance > BOTTOM {
            self.pages.push(Page::default());
            self.y = TOP;
        }
        let y = self.y;
        self.pages
            .last_mut()
            .expect("a page always exists")
            .text(x, y, size, font, text);
        self.y += advance;
    }

    fn gap(&mut self, mm: f32) {
        self.y += mm;
    }
}

/// Drops inline emphasis and code marks, and turns `[text](#anchor)` links
/// into their text.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let tail = &rest[open..];
        match (tail.find("]("), tail.find(')')) {
            (Some(close), Some(end)) if close < end => {
                out.push_str(&rest[..open]);
                out.push_str(&tail[1..close]);
                rest = &tail[end + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "").replace('`', "")
}

/// Renders `markdown` as an A4 PDF titled `title`.
pub fn markdown_pdf(markdown: &str, title: &str) -> Vec<u8> {
    let mut w = Writer {
        pages: vec![Page::default()],
        y: TOP,
    };
    let width = RIGHT - LEFT;
    let mut in_code = false;
    let mut paragraph = String::new();
    let flush = |w: &mut Writer, p: &mut String| {
        if p.is_empty() {
            return;
        }
        for l in wrap(&plain(p), Font::Sans, BODY, width) {
            w.line(LEFT, BODY, Font::Sans, l, 4.2);
        }
        w.gap(1.5);
        p.clear();
    };
    for raw in markdown.lines() {
        let line = raw.trim_end();
        if line.trim_start().starts_with("```") {
            flush(&mut w, &mut paragraph);
            in_code = !in_code;
            w.gap(1.0);
            continue;
        }
        if in_code {
            let text = fit(line, Font::Mono, MONO, width - 4.0);
            w.line(LEFT + 4.0, MONO, Font::Mono, text, 3.4);
            continue;
        }
        if let Some(h) = line.strip_prefix('#') {
            flush(&mut w, &mut paragraph);
            let level = 1 + h.chars().take_while(|c| *c == '#').count();
            let size = match level {
                1 => 16.0,
                2 => 12.0,
                _ => 10.0,
            };
            // Start a top-level section on a new page.
            if level == 1 && w.y > TOP {
                w.y = BOTTOM;
            }
            w.gap(2.0);
            let text = plain(h.trim_start_matches('#').trim());
            for l in wrap(&text, Font::SansBold, size, width) {
                w.line(LEFT, size, Font::SansBold, l, size * 0.5);
            }
            w.gap(1.0);
            continue;
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with('|') {
            flush(&mut w, &mut paragraph);
            if trimmed.chars().all(|c| "|-: ".contains(c)) {
                continue;
            }
            let cells: Vec<String> = trimmed
                .trim_matches('|')
                .split('|')
                .map(|c| plain(c.trim()))
                .collect();
            let text = fit(&cells.join(" | "), Font::Mono, MONO, width);
            w.line(LEFT, MONO, Font::Mono, text, 3.6);
            continue;
        }
        if trimmed.is_empty() || trimmed == "---" {
            flush(&mut w, &mut paragraph);
            continue;
        }
        let indent = (line.len() - trimmed.len()) as f32;
        let item = trimmed.strip_prefix("- ").map(|t| ("-", t)).or_else(|| {
            let (n, t) = trimmed.split_once(". ")?;
            n.chars().all(|c| c.is_ascii_digit()).then_some((n, t))
        });
        if let Some((mark, text)) = item {
            flush(&mut w, &mut paragraph);
            let x = LEFT + indent.min(12.0) + 1.0;
            let mark = if mark == "-" {
                "-".to_string()
            } else {
                format!("{mark}.")
            };
            let lines = wrap(&plain(text), Font::Sans, BODY, RIGHT - x - 6.0);
            for (i, l) in lines.into_iter().enumerate() {
                if i == 0 {
                    let y = w.y;
                    if y + 4.2 <= BOTTOM {
                        w.pages.last_mut().expect("a page").text(
                            x,
                            y,
                            BODY,
                            Font::Sans,
                            mark.clone(),
                        );
                    }
                }
                w.line(x + 6.0, BODY, Font::Sans, l, 4.2);
            }
            continue;
        }
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(trimmed);
    }
    flush(&mut w, &mut paragraph);
    to_pdf(&w.pages, title).to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_drops_marks_and_links() {
        assert_eq!(
            plain("**Zie** [7 Noodherstel](#7-noodherstel) en `kluis kit`"),
            "Zie 7 Noodherstel en kluis kit"
        );
    }

    #[test]
    fn the_handbook_renders_to_a_multi_page_pdf() {
        let pdf = markdown_pdf(include_str!("../../docs/HANDBOOK.md"), "kluis handbook");
        assert!(pdf.starts_with(b"%PDF-"));
        let pages = pdf
            .windows(12)
            .filter(|w| w.starts_with(b"/Type /Page") && w[11] != b's')
            .count();
        assert!(pages > 10, "{pages} pages");
    }
}
