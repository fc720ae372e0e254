//! The pieces every screen and dialog draws with: styles, boxes, the
//! spinner, escaped text, the field list, the strength bar. A leaf: it
//! imports nothing from the rest of `view`, so the screens, the dialogs
//! and the wizard use it without an import cycle.

use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use crate::i18n::{Msg, t};
use crate::tui::check::MIN_SCORE;
use crate::tui::model::{Field, FieldKind, Model};

/// The fixed mask of a value that is not shown.
pub(crate) const MASK: &str = "••••••";

/// A foreground colour, or plain when colours are off.
pub(crate) fn style(m: &Model, c: Color) -> Style {
    if m.color {
        Style::default().fg(c)
    } else {
        Style::default()
    }
}

/// Reverse video: visible with and without colours.
pub(crate) fn selected() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}

/// A bordered block with a bold title.
pub(crate) fn block(title: &str) -> Block<'_> {
    Block::default().borders(Borders::ALL).title(Span::styled(
        format!(" {title} "),
        Style::default().add_modifier(Modifier::BOLD),
    ))
}

/// A centered rectangle of at most `w`×`h` inside `r`.
pub(crate) fn centered(r: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(r.width);
    let h = h.min(r.height);
    Rect {
        x: r.x + (r.width - w) / 2,
        y: r.y + (r.height - h) / 2,
        width: w,
        height: h,
    }
}

/// The spinner frame for the current tick.
pub(crate) fn spinner(m: &Model) -> char {
    const FRAMES: [char; 4] = ['|', '/', '-', '\\'];
    FRAMES[(m.ticks % 4) as usize]
}

/// A message (a refusal, a warning, a notice, worded with the TUI's keys
/// where it was made: [`crate::tui::words`]) as the TUI draws it: times in
/// the PO's zone, escaped.
pub(crate) fn say(m: &Model, text: &str) -> String {
    esc(&crate::face::time::localize_in(text, &m.tz))
}

/// m:ss.
pub(crate) fn mmss(secs: i64) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// Stored or typed text as the TUI draws it: [`crate::text::for_terminal`],
/// the one escape every terminal face uses. ratatui itself drops control
/// and zero-width characters silently, which would hide the evidence
/// (`Alice` + U+200B would draw as `Alice`); escaping shows it.
pub(crate) fn esc(text: &str) -> String {
    crate::text::for_terminal(text).into_owned()
}

/// Seconds shown as m:ss, never negative.
pub(crate) fn countdown(secs: i64) -> String {
    mmss(secs.max(0))
}

/// The marker before the focused field: visible on an empty or masked
/// field and without colours, where reverse video alone is not.
pub(crate) const FOCUS: &str = "› ";

/// The label column of a field: the focus marker (or room for it) and the
/// label, padded to `width`.
pub(crate) fn label(m: &Model, msg: Msg, focused: bool, width: usize) -> Span<'static> {
    let mark = if focused { FOCUS } else { "  " };
    Span::raw(format!(
        "{mark}{:<w$}",
        format!("{}:", t(m.lang, msg)),
        w = width.saturating_sub(2)
    ))
}

/// After a choice on which a typed letter matched no option: how to choose.
pub(crate) fn choose_hint(m: &Model) -> Span<'static> {
    Span::styled(
        format!("  {}", t(m.lang, Msg::TuiChooseHint)),
        style(m, Color::Yellow),
    )
}

/// The lines of a field list: marker and label, then the value (masked
/// fields as dots, choices as `< option >`), the focused one marked with
/// [`FOCUS`] and in reverse video.
pub(crate) fn field_lines<F: std::borrow::Borrow<Field>>(
    m: &Model,
    fields: &[F],
    focus: Option<usize>,
) -> Vec<Line<'static>> {
    fields
        .iter()
        .map(std::borrow::Borrow::borrow)
        .enumerate()
        .map(|(i, field): (usize, &Field)| {
            let value = match &field.kind {
                FieldKind::Text => format!("{} ", esc(&field.text)),
                FieldKind::Masked => format!("{} ", "•".repeat(field.text.chars().count().min(40))),
                FieldKind::Choice(opts) => format!("< {} >", opts[field.choice]),
            };
            let st = if focus == Some(i) {
                selected()
            } else {
                Style::default()
            };
            let mut spans = vec![
                label(m, field.label, focus == Some(i), 34),
                Span::styled(value, st),
            ];
            if field.hint {
                spans.push(choose_hint(m));
            }
            Line::from(spans)
        })
        .collect()
}

/// A blank line, the zxcvbn score (kept in the model by `update`) as a
/// bar (green from [`MIN_SCORE`]), and zxcvbn's notes. Also used by the
/// change-passphrase and takeover forms.
pub(crate) fn strength_lines(m: &Model, strength: &(u8, Vec<String>)) -> Vec<Line<'static>> {
    let (score, notes) = (strength.0, &strength.1);
    let c = if score >= MIN_SCORE {
        Color::Green
    } else {
        Color::Red
    };
    let mut lines = vec![
        Line::from(""),
        Line::from(vec![
            Span::raw(format!(
                "{:<34}",
                format!("{}:", t(m.lang, Msg::TuiStrength))
            )),
            Span::styled(
                format!("{score}/4 {}", "■".repeat(usize::from(score) + 1)),
                style(m, c).add_modifier(Modifier::BOLD),
            ),
        ]),
    ];
    for n in notes {
        lines.push(Line::from(format!("  · {n}")));
    }
    lines
}
