//! Pure rendering: `view(&Model, &mut Frame)` draws the model and changes
//! nothing. Every label comes from [`crate::i18n`]; colours only when
//! `NO_COLOR` is unset (attributes such as bold and reverse stay, as the
//! NO_COLOR convention allows).

mod keys;
mod parts;
mod popups;
mod remotes;
mod screens;
mod share_entry;
mod wizard;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

pub(super) use keys::keys;
use parts::{esc, mmss, style};

use super::model::{Model, Popup, Screen};
use crate::i18n::{Msg, t};

/// Smallest terminal the screens are laid out for.
pub const MIN_WIDTH: u16 = 80;
/// Smallest terminal height.
pub const MIN_HEIGHT: u16 = 24;

/// Draws the whole UI.
pub fn view(m: &Model, f: &mut Frame) {
    let area = f.area();
    f.render_widget(Clear, area);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        // Nothing else is drawn: no half-visible dialog, no value.
        let text = format!(
            "{} ({}×{}, {} {MIN_WIDTH}×{MIN_HEIGHT})",
            t(m.lang, Msg::TuiTooSmall),
            area.width,
            area.height,
            t(m.lang, Msg::TuiNeedAtLeast)
        );
        f.render_widget(
            Paragraph::new(text)
                .style(style(m, Color::Yellow).add_modifier(Modifier::BOLD))
                .wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let [title, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_title(m, f, title);
    match &m.screen {
        Screen::Unlock(u) => screens::unlock(m, u, f, body),
        Screen::Recovery(r) => screens::recovery(m, r, f, body),
        Screen::Main(s) => screens::main(m, s, f, body),
        Screen::Audit(a) => screens::audit(m, a, f, body),
        Screen::Shares(s) => screens::shares(m, s, f, body),
        Screen::Roster(r) => screens::roster(m, r, f, body),
        Screen::Wizard(w) => wizard::wizard(m, w, f, body),
        Screen::Clone(c) => remotes::clone(m, c, f, body),
    }
    draw_status(m, f, status);
    draw_footer(m, f, footer);
    for p in &m.popups {
        match p {
            Popup::Help => popups::help(m, f, body),
            Popup::Unseal(u) => popups::unseal(m, u, f, body),
            Popup::Verify(v) => popups::verify(m, v, f, body),
            Popup::Form(fs) => popups::form(m, fs, f, body),
        }
    }
    if let Some(b) = &m.busy {
        popups::busy(m, b, f, body);
    }
}

fn draw_title(m: &Model, f: &mut Frame, r: Rect) {
    let mut spans = vec![Span::styled(
        "kluis",
        Style::default().add_modifier(Modifier::BOLD),
    )];
    if let Some(s) = &m.session {
        spans.push(Span::raw(format!(" — {}", esc(s.vault_name()))));
    } else if let Some(b) = &m.busy {
        spans.push(Span::raw(format!(" — {}", esc(&b.vault_name))));
    }
    if m.demo.is_some() {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(
            t(m.lang, Msg::TuiDemoBanner),
            style(m, Color::Magenta).add_modifier(Modifier::BOLD),
        ));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), r);
}

fn draw_status(m: &Model, f: &mut Frame, r: Rect) {
    // The emergency countdown first: it must never be the part cut off
    // (issue 12 item 5); the vault path last, shortened from the left.
    let mut spans = Vec::new();
    if let Some(left) = m.emergency_left() {
        spans.push(Span::styled(
            format!("{} {} · ", t(m.lang, Msg::TuiEmergencyLeft), mmss(left)),
            style(m, Color::Red).add_modifier(Modifier::BOLD),
        ));
    }
    let mut parts = Vec::new();
    let actor = match (&m.session, &m.busy) {
        (Some(s), _) => Some(s.actor().person.as_str()),
        (None, Some(b)) => Some(b.actor.as_str()),
        (None, None) => None,
    };
    if let Some(actor) = actor {
        parts.push(format!("{} {}", t(m.lang, Msg::TuiActing), esc(actor)));
    }
    if let Some(left) = m.idle_left() {
        parts.push(format!("{} {}", t(m.lang, Msg::TuiAutoLock), mmss(left)));
    }
    let used = spans.iter().map(Span::width).sum::<usize>()
        + parts.iter().map(|p| p.chars().count() + 3).sum::<usize>();
    let vault = t(m.lang, Msg::TuiVault);
    let room = usize::from(r.width).saturating_sub(used + vault.chars().count() + 1);
    let path = esc(&m.path_label);
    let n = path.chars().count();
    let path = if n > room && room > 1 {
        let tail: String = path.chars().skip(n - (room - 1)).collect();
        format!("…{tail}")
    } else {
        path
    };
    parts.insert(0, format!("{vault} {path}"));
    spans.push(Span::raw(parts.join(" · ")));
    f.render_widget(
        Paragraph::new(Line::from(spans)).style(Style::default().add_modifier(Modifier::REVERSED)),
        r,
    );
}

fn draw_footer(m: &Model, f: &mut Frame, r: Rect) {
    // Keys that do not fit are left out, but the help key always shows
    // (the help lists them all).
    let entry = |k: &str, what: Msg| k.chars().count() + t(m.lang, what).chars().count() + 3;
    let mut all = keys(m);
    if all.iter().map(|(k, w)| entry(k, *w)).sum::<usize>() > usize::from(r.width) {
        // Too long (the main screen at 80 columns): the screen keys go
        // together as one entry, early, so they are never the ones cut.
        let screens = ["a", "s", "r", "g"];
        let keep: Vec<&str> = screens
            .into_iter()
            .filter(|s| all.iter().any(|(k, _)| k == s))
            .collect();
        if keep.len() > 1 {
            all.retain(|(k, _)| !keep.contains(k));
            let joined: &'static str = match keep.as_slice() {
                ["a", "s", "r", "g"] => "a/s/r/g",
                ["a", "s", "r"] => "a/s/r",
                ["a", "s"] => "a/s",
                _ => "a/s/r/g",
            };
            all.insert(1.min(all.len()), (joined, Msg::TuiKeyScreens));
        }
    }
    let help = all.iter().find(|(k, _)| *k == "?" || *k == "F1").copied();
    let mut room = usize::from(r.width) - help.map_or(0, |(k, w)| entry(k, w));
    let mut spans = Vec::new();
    for (k, what) in all {
        if Some((k, what)) == help {
            continue;
        }
        let w = entry(k, what);
        if w > room {
            continue;
        }
        room -= w;
        spans.push(Span::styled(
            k,
            Style::default().add_modifier(Modifier::BOLD),
        ));
        spans.push(Span::raw(format!(" {}  ", t(m.lang, what))));
    }
    if let Some((k, what)) = help {
        spans.push(Span::styled(
            k,
            Style::default().add_modifier(Modifier::BOLD),
        ));
        spans.push(Span::raw(format!(" {}  ", t(m.lang, what))));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), r);
}
