//! Pure rendering: `view(&Model, &mut Frame)` draws the model and changes
//! nothing. Every label comes from [`crate::i18n`]; colours only when
//! `NO_COLOR` is unset (attributes such as bold and reverse stay, as the
//! NO_COLOR convention allows).

mod popups;
mod remotes;
mod screens;
mod share_entry;
mod wizard;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::model::{Model, Popup, RecoveryStage, Screen};
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
}

/// A foreground colour, or plain when colours are off.
pub(super) fn style(m: &Model, c: Color) -> Style {
    if m.color {
        Style::default().fg(c)
    } else {
        Style::default()
    }
}

/// Reverse video: visible with and without colours.
pub(super) fn selected() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}

/// A bordered block with a bold title.
pub(super) fn block(title: &str) -> Block<'_> {
    Block::default().borders(Borders::ALL).title(Span::styled(
        format!(" {title} "),
        Style::default().add_modifier(Modifier::BOLD),
    ))
}

/// A centered rectangle of at most `w`×`h` inside `r`.
pub(super) fn centered(r: Rect, w: u16, h: u16) -> Rect {
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
pub(super) fn spinner(m: &Model) -> char {
    const FRAMES: [char; 4] = ['|', '/', '-', '\\'];
    FRAMES[(m.ticks % 4) as usize]
}

/// m:ss.
pub(super) fn mmss(secs: i64) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// Stored or typed text as the TUI draws it: [`crate::text::for_terminal`],
/// the one escape every terminal face uses. ratatui itself drops control
/// and zero-width characters silently, which would hide the evidence
/// (`Alice` + U+200B would draw as `Alice`); escaping shows it.
pub(super) fn esc(text: &str) -> String {
    crate::text::for_terminal(text).into_owned()
}

/// A message from the core (a refusal, a warning, a notice) as the TUI
/// says it: the CLI's advice replaced by keys ([`crate::tui::words`]),
/// times in the PO's zone, escaped.
pub(super) fn say(m: &Model, text: &str) -> String {
    let worded = crate::tui::words::for_tui(m.lang, text);
    esc(&crate::face::time::localize_in(&worded, &m.tz))
}

fn draw_title(m: &Model, f: &mut Frame, r: Rect) {
    let mut spans = vec![Span::styled(
        "kluis",
        Style::default().add_modifier(Modifier::BOLD),
    )];
    if let Some(s) = &m.session {
        spans.push(Span::raw(format!(" — {}", esc(s.vault_name()))));
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
    if let Some(s) = &m.session {
        parts.push(format!(
            "{} {}",
            t(m.lang, Msg::TuiActing),
            esc(&s.actor().person)
        ));
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

/// The main keys of what has focus, for the footer and the help.
pub(super) fn keys(m: &Model) -> Vec<(&'static str, Msg)> {
    offered(m, keys_of(m, m.popups.last()))
}

/// The keys of what is under the help overlay.
pub(super) fn keys_below_help(m: &Model) -> Vec<(&'static str, Msg)> {
    let below = m.popups.iter().rev().find(|p| !matches!(p, Popup::Help));
    offered(m, keys_of(m, below))
}

/// Leaves out, in an emergency session, what only the PO may do
/// ([`crate::tui::update::po_only`]).
fn offered(m: &Model, mut keys: Vec<(&'static str, Msg)>) -> Vec<(&'static str, Msg)> {
    if m.emergency_left().is_some() && m.popups.is_empty() {
        keys.retain(|(_, what)| {
            !matches!(
                what,
                Msg::TuiKeyAddSecret
                    | Msg::TuiKeyNewVersion
                    | Msg::TuiKeyRemove
                    | Msg::TuiKeyAddPerson
                    | Msg::TuiKeyRemovePerson
                    | Msg::TuiKeySettings
                    | Msg::TuiKeyWriteSheets
                    | Msg::TuiKeyRotate
                    | Msg::TuiKeyCommit
                    | Msg::TuiKeyAck
                    | Msg::TuiKeyPasswd
                    | Msg::TuiKeyReport
            )
        });
    }
    keys
}

fn keys_of(m: &Model, top: Option<&Popup>) -> Vec<(&'static str, Msg)> {
    match top {
        Some(Popup::Help) => return vec![("Esc", Msg::TuiKeyClose)],
        Some(Popup::Unseal(u)) if u.copied.is_some() => {
            return vec![("h", Msg::TuiKeyClearClipboard), ("Esc", Msg::TuiKeyClose)];
        }
        Some(Popup::Unseal(u)) if u.revealed.is_some() || u.hidden => {
            return vec![
                ("v", Msg::TuiKeyShow),
                ("h", Msg::TuiKeyHide),
                ("Esc", Msg::TuiKeyClose),
            ];
        }
        Some(Popup::Unseal(_)) => {
            return vec![
                ("Tab", Msg::TuiKeyNextField),
                ("←/→", Msg::TuiKeyChoose),
                ("Enter", Msg::TuiKeyUnseal),
                ("Esc", Msg::TuiKeyCancel),
            ];
        }
        Some(Popup::Verify(_)) => {
            return vec![("Enter", Msg::TuiKeyNextLine), ("Esc", Msg::TuiKeyClose)];
        }
        Some(Popup::Form(_)) => {
            return vec![
                ("Tab", Msg::TuiKeyNextField),
                ("←/→", Msg::TuiKeyChoose),
                ("Enter", Msg::TuiKeySubmit),
                ("Esc", Msg::TuiKeyCancel),
            ];
        }
        None => {}
    }
    match &m.screen {
        Screen::Unlock(u) if u.remote.as_ref().is_some_and(|r| r.1) => vec![
            ("r", Msg::TuiKeyKeepRemote),
            ("l", Msg::TuiKeyKeepLocal),
            ("Esc", Msg::TuiKeyCancel),
            ("q", Msg::TuiKeyQuit),
        ],
        Screen::Unlock(u) if u.remote.is_some() => vec![
            ("Enter", Msg::TuiKeySync),
            ("Esc", Msg::TuiKeyCancel),
            ("q", Msg::TuiKeyQuit),
        ],
        Screen::Clone(_) => vec![
            ("Enter", Msg::TuiKeyClone),
            ("Esc", Msg::TuiKeyBack),
            ("Ctrl-C", Msg::TuiKeyQuit),
        ],
        Screen::Unlock(u) if u.rolled_back.is_some() => vec![
            ("Enter", Msg::TuiKeyOpenAnyway),
            ("Esc", Msg::TuiKeyCancel),
            ("?", Msg::TuiKeyHelp),
            ("q", Msg::TuiKeyQuit),
        ],
        Screen::Unlock(u) if u.menu => vec![
            ("e", Msg::TuiKeyEmergency),
            ("Enter", Msg::TuiKeyBackToPassphrase),
            ("?", Msg::TuiKeyHelp),
            ("q", Msg::TuiKeyQuit),
        ],
        Screen::Unlock(_) => vec![
            ("Enter", Msg::TuiKeyUnlock),
            ("Ctrl-E", Msg::TuiKeyEmergency),
            ("Esc", Msg::TuiKeyMenu),
            ("F1", Msg::TuiKeyHelp),
        ],
        Screen::Recovery(r) if r.stage == RecoveryStage::Delegate => vec![
            ("Enter", Msg::TuiKeyOpen),
            ("Esc", Msg::TuiKeyBack),
            ("Ctrl-C", Msg::TuiKeyQuit),
        ],
        Screen::Recovery(_) => vec![
            ("Enter", Msg::TuiKeyNextLine),
            ("Esc", Msg::TuiKeyBack),
            ("Ctrl-C", Msg::TuiKeyQuit),
        ],
        Screen::Main(s) if s.searching => {
            vec![("Enter", Msg::TuiKeyDone), ("Esc", Msg::TuiKeyClear)]
        }
        Screen::Main(_) => {
            let mut k = vec![
                ("↑/↓", Msg::TuiKeyMove),
                ("u", Msg::TuiKeyUnseal),
                ("n", Msg::TuiKeyAddSecret),
                ("c", Msg::TuiKeyNewVersion),
                ("d", Msg::TuiKeyRemove),
                ("/", Msg::TuiKeySearch),
                ("a", Msg::TuiKeyAudit),
                ("s", Msg::TuiKeyShares),
                ("r", Msg::TuiKeyRoster),
                ("g", Msg::TuiKeySettings),
                ("l", Msg::TuiKeyLock),
                ("?", Msg::TuiKeyHelp),
                ("q", Msg::TuiKeyQuit),
            ];
            if crate::tui::update::has_unacknowledged(m) {
                k.insert(1, ("!", Msg::TuiKeyAck));
            }
            if !m.remotes.is_empty() {
                k.insert(1, ("y", Msg::TuiKeySync));
            }
            // Before the lock key: the passphrase change for the PO, the
            // takeover in an emergency session.
            let at = k.len() - 3;
            if m.emergency_left().is_some() {
                k.insert(at, ("T", Msg::TuiKeyTakeover));
            } else {
                k.insert(at, ("P", Msg::TuiKeyPasswd));
            }
            k
        }
        Screen::Wizard(w) if w.step == crate::tui::model::WizardStep::Creating => {
            vec![("Ctrl-C", Msg::TuiKeyQuit)]
        }
        // The vault exists from here on: Esc does not go back a step.
        Screen::Wizard(w) if w.step == crate::tui::model::WizardStep::Verify => vec![
            ("Enter", Msg::TuiKeyNextLine),
            ("Esc", Msg::TuiKeyClear),
            ("Ctrl-C", Msg::TuiKeyQuit),
        ],
        Screen::Wizard(w)
            if matches!(
                w.step,
                crate::tui::model::WizardStep::Delegate
                    | crate::tui::model::WizardStep::FirstSecret
            ) =>
        {
            vec![
                ("Enter", Msg::TuiKeyNextStep),
                ("Tab", Msg::TuiKeyNextField),
                ("Esc", Msg::TuiKeySkip),
                ("Ctrl-C", Msg::TuiKeyQuit),
            ]
        }
        Screen::Wizard(w) if w.step == crate::tui::model::WizardStep::Po => vec![
            ("Enter", Msg::TuiKeyNextStep),
            ("Tab", Msg::TuiKeyNextField),
            ("←/→", Msg::TuiKeyChoose),
            ("F2", Msg::TuiKeyClone),
            ("Esc", Msg::TuiKeyPrevStep),
            ("Ctrl-C", Msg::TuiKeyQuit),
        ],
        Screen::Wizard(_) => vec![
            ("Enter", Msg::TuiKeyNextStep),
            ("Tab", Msg::TuiKeyNextField),
            ("←/→", Msg::TuiKeyChoose),
            ("Esc", Msg::TuiKeyPrevStep),
            ("Ctrl-C", Msg::TuiKeyQuit),
        ],
        Screen::Roster(_) => vec![
            ("↑/↓", Msg::TuiKeyMove),
            ("n", Msg::TuiKeyAddPerson),
            ("d", Msg::TuiKeyRemovePerson),
            ("g", Msg::TuiKeySettings),
            ("Esc", Msg::TuiKeyBack),
            ("l", Msg::TuiKeyLock),
            ("?", Msg::TuiKeyHelp),
            ("q", Msg::TuiKeyQuit),
        ],
        Screen::Audit(a) if a.filtering => {
            vec![("Enter", Msg::TuiKeyDone), ("Esc", Msg::TuiKeyClear)]
        }
        Screen::Audit(_) => vec![
            ("↑/↓ PgUp/PgDn", Msg::TuiKeyScroll),
            ("/", Msg::TuiKeyFilter),
            ("x", Msg::TuiKeyExport),
            ("R", Msg::TuiKeyReport),
            ("Esc", Msg::TuiKeyBack),
            ("l", Msg::TuiKeyLock),
            ("?", Msg::TuiKeyHelp),
            ("q", Msg::TuiKeyQuit),
        ],
        Screen::Shares(_) => vec![
            ("v", Msg::TuiKeyVerify),
            ("w", Msg::TuiKeyWriteSheets),
            ("t", Msg::TuiKeyRotate),
            ("m", Msg::TuiKeyCommit),
            ("R", Msg::TuiKeyReport),
            ("a", Msg::TuiKeyAudit),
            ("Esc", Msg::TuiKeyBack),
            ("l", Msg::TuiKeyLock),
            ("?", Msg::TuiKeyHelp),
            ("q", Msg::TuiKeyQuit),
        ],
    }
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
