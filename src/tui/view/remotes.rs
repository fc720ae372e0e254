//! Drawing git remotes (issue 9): the remotes line of the main screen, the
//! sync choice on the unlock screen, and the clone screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::parts::{centered, selected, spinner, style};
use crate::i18n::{Msg, t};
use crate::tui::model::{CloneState, Model};

/// One line naming each remote and what is pending; none without remotes.
pub(super) fn status(m: &Model) -> Option<Line<'static>> {
    if m.remotes.is_empty() {
        return None;
    }
    let parts: Vec<String> = m
        .remotes
        .iter()
        .map(|r| {
            let state = match (r.pending, r.remote_generation) {
                (0, Some(_)) => t(m.lang, Msg::TuiRemoteUpToDate).to_string(),
                (0, None) => t(m.lang, Msg::TuiRemoteNotReached).to_string(),
                (n, _) => format!("{n} {}", t(m.lang, Msg::TuiRemotePending)),
            };
            format!("{}{} {state}", r.name, if r.required { "*" } else { "" })
        })
        .collect();
    let pending = m.remotes.iter().any(|r| r.pending > 0);
    Some(Line::from(Span::styled(
        format!("{}: {}", t(m.lang, Msg::TuiRemotes), parts.join(" · ")),
        if pending {
            style(m, Color::Yellow)
        } else {
            Style::default()
        },
    )))
}

/// The how-to and keys when a remote is newer (`diverged == false`) or
/// diverged.
pub(super) fn choice(m: &Model, diverged: bool) -> Vec<Line<'static>> {
    let how = if diverged {
        Msg::TuiRemoteDivergedHowTo
    } else {
        Msg::TuiRemoteNewerHowTo
    };
    let keys = if diverged {
        Line::from(vec![
            Span::styled(
                format!("[r] {}", t(m.lang, Msg::TuiKeyKeepRemote)),
                selected(),
            ),
            Span::raw("   "),
            Span::styled(
                format!("[l] {}", t(m.lang, Msg::TuiKeyKeepLocal)),
                selected(),
            ),
            Span::raw("   "),
            Span::raw(format!("[Esc] {}", t(m.lang, Msg::TuiKeyCancel))),
        ])
    } else {
        Line::from(vec![
            Span::styled(
                format!("[Enter] {}", t(m.lang, Msg::TuiKeySync)),
                selected(),
            ),
            Span::raw("   "),
            Span::raw(format!("[Esc] {}", t(m.lang, Msg::TuiKeyCancel))),
        ])
    };
    vec![Line::from(t(m.lang, how)), Line::from(""), keys]
}

/// The clone screen.
pub(super) fn clone(m: &Model, c: &CloneState, f: &mut Frame, r: Rect) {
    let mut lines = vec![
        Line::from(Span::styled(
            t(m.lang, Msg::TuiCloneTitle),
            Style::default().add_modifier(ratatui::style::Modifier::BOLD),
        )),
        Line::from(""),
        Line::from(t(m.lang, Msg::TuiCloneHowTo)),
        Line::from(""),
        Line::from(format!("→ {}", m.path_label)),
        Line::from(""),
        Line::from(vec![
            Span::raw(format!("{}: ", t(m.lang, Msg::TuiCloneUrl))),
            Span::styled(format!("{} ", c.url), selected()),
        ]),
    ];
    if c.working {
        lines.push(Line::from(""));
        lines.push(Line::from(format!(
            "{} {}",
            t(m.lang, Msg::TuiWorking),
            spinner(m)
        )));
    }
    if let Some(e) = &c.error {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(e.clone(), style(m, Color::Red))));
    }
    let area = centered(r, 100, r.height);
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
}
