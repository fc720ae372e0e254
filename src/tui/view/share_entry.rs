//! The share-typing widget shared by emergency recovery, the verify dialog
//! and the wizard's type-back: the lines accepted so far, each shown as it
//! was read with its ✓, then the line being typed, echoed normalised (upper
//! case, `O` as `0`, `I`/`L` as `1`) with its live ✓/✗.
//!
//! # Security
//! A share line is shown while it is typed: one share is useless alone
//! (docs/THREAT-MODEL.md, 3.3 and 3.16), and a typist who cannot see a
//! typo cannot fix it. The lines leave the screen with the share once it is
//! accepted or dropped.

use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use zeroize::Zeroizing;

use super::parts::{esc, selected, style};
use crate::i18n::{Msg, t};
use crate::shares::ParseShareError;
use crate::tui::model::{Model, live_line_check, share_echo};

/// The lines of the widget; `active` shows the typed line as the focus.
pub(super) fn lines(
    m: &Model,
    done: &[Zeroizing<String>],
    input: &str,
    active: bool,
) -> Vec<Line<'static>> {
    let mut out = Vec::with_capacity(done.len() + 1);
    for (i, l) in done.iter().enumerate() {
        out.push(Line::from(format!(
            "  {} {}: {} ✓",
            t(m.lang, Msg::TuiLine),
            i + 1,
            esc(&share_echo(i + 1, l))
        )));
    }
    let n = done.len() + 1;
    let field = if active { selected() } else { Style::default() };
    out.push(Line::from(vec![
        Span::raw(format!("  {} {n}: ", t(m.lang, Msg::TuiLine))),
        Span::styled(format!("{} ", esc(&share_echo(n, input))), field),
        live_mark(m, n, input),
    ]));
    out
}

/// The live ✓/✗ after the share line being typed (empty while short),
/// the ✗ with its reason: a character that is no share symbol, too many
/// characters, or a check character that does not match.
fn live_mark(m: &Model, line_no: usize, input: &str) -> Span<'static> {
    match live_line_check(line_no, input) {
        Some(true) => Span::styled(" ✓", style(m, Color::Green)),
        Some(false) => {
            let why = match crate::shares::check_line(line_no, input.trim()) {
                Err(ParseShareError::BadCharacter { ch, .. }) => {
                    format!(
                        "{} {}",
                        esc(&format!("{ch:?}")),
                        t(m.lang, Msg::TuiNotAShareChar)
                    )
                }
                Err(ParseShareError::LineLength { .. } | ParseShareError::TooLong { .. }) => {
                    t(m.lang, Msg::TuiLineTooLong).to_string()
                }
                _ => t(m.lang, Msg::TuiLineCheckFails).to_string(),
            };
            Span::styled(format!(" ✗ {why}"), style(m, Color::Red))
        }
        None => Span::raw(""),
    }
}
