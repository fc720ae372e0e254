//! Dialogs drawn over the screen: help, unseal, verify a sheet. The
//! unseal dialog is the only place a value is ever drawn, and only after
//! `v`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::keys::keys_below_help;
use super::parts::{
    MASK, block, centered, choose_hint, countdown, esc, field_lines, label, selected, spinner,
    strength_lines, style,
};
use crate::i18n::{Msg, t};
use crate::tui::model::{
    Busy, CATEGORIES, FormBody, FormKind, FormState, Model, UnsealField, UnsealState, VerifyState,
};

/// The "working" box while the session is on the worker: at the bottom
/// of the body, so the form or dialog that asked stays readable above it.
pub(super) fn busy(m: &Model, b: &Busy, f: &mut Frame, r: Rect) {
    let mut lines = vec![Line::from(Span::styled(
        format!("{} {}", t(m.lang, b.what), spinner(m)),
        Style::default().add_modifier(Modifier::BOLD),
    ))];
    if b.quit {
        lines.push(Line::from(t(m.lang, Msg::TuiBusyQuit)));
    } else if b.refused_key {
        lines.push(Line::from(Span::styled(
            t(m.lang, Msg::TuiBusyKeys),
            style(m, Color::Yellow),
        )));
    }
    let width = r.width.min(100);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let rows: usize = lines.iter().map(|l| l.width().div_ceil(inner).max(1)).sum();
    let h = (rows as u16 + 2).min(r.height);
    let area = Rect {
        x: r.x + (r.width - width) / 2,
        y: r.y + r.height - h,
        width,
        height: h,
    };
    f.render_widget(Clear, area);
    f.render_widget(
        Paragraph::new(lines)
            .block(block(t(m.lang, Msg::TuiWorking)))
            .wrap(Wrap { trim: false }),
        area,
    );
}

pub(super) fn help(m: &Model, f: &mut Frame, r: Rect) {
    // The keys of the screen under the help, not of the help itself.
    let under = keys_below_help(m);
    let mut lines: Vec<Line> = under
        .into_iter()
        // Help and quit are listed once, below (issue 12 item 5).
        .filter(|(_, what)| *what != Msg::TuiKeyHelp)
        .map(|(k, what)| Line::from(format!("  {k:<14} {}", t(m.lang, what))))
        .collect();
    if matches!(m.screen, crate::tui::model::Screen::Main(_))
        && m.popups
            .iter()
            .all(|p| matches!(p, crate::tui::model::Popup::Help))
    {
        lines.push(Line::from(format!(
            "  {}",
            t(m.lang, Msg::TuiHelpEmergencyMark)
        )));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(format!(
        "  {:<14} {}",
        "F1 / ?",
        t(m.lang, Msg::TuiKeyHelp)
    )));
    lines.push(Line::from(format!(
        "  {:<14} {}",
        "Ctrl-C",
        t(m.lang, Msg::TuiKeyQuit)
    )));
    lines.push(Line::from(""));
    // Tight (80×24 on a screen with many keys): the blank separators go
    // first, so the last line is not cut off.
    let typing = t(m.lang, Msg::TuiHelpTyping);
    let typing_rows = typing.chars().count().div_ceil(66).max(1);
    if lines.len() + typing_rows + 2 > usize::from(r.height) {
        lines.retain(|l| l.width() > 0);
    }
    lines.push(Line::from(typing));
    let area = centered(r, 70, (lines.len() + typing_rows) as u16 + 1);
    f.render_widget(Clear, area);
    f.render_widget(
        Paragraph::new(lines)
            .block(block(t(m.lang, Msg::TuiHelpTitle)))
            .wrap(Wrap { trim: false }),
        area,
    );
}

fn category_name(m: &Model, i: usize) -> &'static str {
    t(m.lang, crate::tui::model::category_msg(CATEGORIES[i]))
}

pub(super) fn unseal(m: &Model, u: &UnsealState, f: &mut Frame, r: Rect) {
    let now = m.now();
    let mut lines = vec![Line::from(Span::styled(
        format!("{}: {}", t(m.lang, Msg::TuiUnsealing), esc(&u.name)),
        Style::default().add_modifier(Modifier::BOLD),
    ))];
    lines.push(Line::from(""));
    if let Some(ran) = &u.ran {
        lines.push(Line::from(ran.clone()));
    } else if let Some(label) = &u.copied {
        lines.push(Line::from(format!(
            "{} ({}): {}",
            t(m.lang, Msg::TuiReleased),
            t(m.lang, Msg::TuiChannelClipboard),
            esc(label),
        )));
        lines.push(Line::from(match &m.clip {
            Some(c) => format!(
                "{} {}",
                t(m.lang, Msg::TuiClipboardClearsIn),
                countdown(c.clear_at - now)
            ),
            None => m.notice.clone().unwrap_or_default(),
        }));
    } else if let Some(rv) = &u.revealed {
        lines.push(Line::from(format!(
            "{} ({}): {}",
            t(m.lang, Msg::TuiReleased),
            t(m.lang, Msg::TuiChannelScreen),
            esc(&rv.label)
        )));
        let value = if rv.shown {
            Span::styled(
                rv.value.to_string(),
                style(m, Color::Cyan).add_modifier(Modifier::BOLD),
            )
        } else {
            Span::raw(MASK)
        };
        lines.push(Line::from(vec![
            Span::raw(format!("{}: ", t(m.lang, Msg::TuiValue))),
            value,
        ]));
        if let Some(valid) = rv.totp_valid {
            let left = i64::from(valid) - (now - rv.released_at);
            lines.push(Line::from(if left > 0 {
                format!("{}: {}", t(m.lang, Msg::TuiTotpValid), countdown(left))
            } else {
                t(m.lang, Msg::TuiTotpExpired).to_string()
            }));
        }
        let hide_at = rv.shown_at.unwrap_or(rv.released_at) + m.hide_secs;
        lines.push(Line::from(format!(
            "{} {}",
            t(m.lang, Msg::TuiHidesIn),
            countdown(hide_at - now)
        )));
        if !rv.shown {
            lines.push(Line::from(t(m.lang, Msg::TuiPressV)));
        }
    } else if u.hidden {
        lines.push(Line::from(t(m.lang, Msg::TuiHidden)));
    } else {
        let field = |f: UnsealField, msg: Msg, value: String| {
            let st = if u.field == f {
                selected()
            } else {
                Style::default()
            };
            let mut spans = vec![label(m, msg, u.field == f, 24), Span::styled(value, st)];
            if u.hint && u.field == f {
                spans.push(choose_hint(m));
            }
            Line::from(spans)
        };
        lines.push(field(
            UnsealField::Category,
            Msg::TuiReasonCategory,
            format!("< {} >", category_name(m, u.category)),
        ));
        lines.push(field(
            UnsealField::Reason,
            Msg::TuiReason,
            format!("{} ", esc(&u.reason)),
        ));
        let approver = u
            .approvers
            .get(u.approver)
            .cloned()
            .unwrap_or_else(|| t(m.lang, Msg::TuiNoApprovers).to_string());
        lines.push(field(
            UnsealField::Approver,
            Msg::TuiApprover,
            format!("< {} >", esc(&approver)),
        ));
        let channel = if u.to_command {
            Msg::TuiChannelCommand
        } else if u.to_clipboard {
            Msg::TuiChannelClipboard
        } else {
            Msg::TuiChannelScreen
        };
        lines.push(field(
            UnsealField::Channel,
            Msg::TuiChannel,
            format!("< {} >", t(m.lang, channel)),
        ));
        if u.to_command {
            lines.push(field(
                UnsealField::Command,
                Msg::TuiCommand,
                format!("{} ", u.command),
            ));
            lines.push(Line::from(format!("  {}", t(m.lang, Msg::TuiCommandHowTo))));
        }
        lines.push(field(
            UnsealField::Pin,
            Msg::Pin,
            format!("{} ", "•".repeat(u.pin.chars().count().min(40))),
        ));
        lines.push(Line::from(""));
        lines.push(Line::from(t(m.lang, Msg::TuiUnsealHowTo)));
    }
    if let Some(e) = &u.error {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            super::parts::say(m, e),
            style(m, Color::Red).add_modifier(Modifier::BOLD),
        )));
    }
    let area = centered(r, 76, 16);
    f.render_widget(Clear, area);
    f.render_widget(
        Paragraph::new(lines)
            .block(block(t(m.lang, Msg::TuiKeyUnseal)))
            .wrap(Wrap { trim: false }),
        area,
    );
}

pub(super) fn verify(m: &Model, v: &VerifyState, f: &mut Frame, r: Rect) {
    let mut lines = vec![Line::from(t(m.lang, Msg::TuiVerifyHowTo)), Line::from("")];
    lines.extend(super::share_entry::lines(m, &v.lines, &v.input, true));
    if let Some((ok, text)) = &v.result {
        let (mark, c) = if *ok {
            ("✓", Color::Green)
        } else {
            ("✗", Color::Red)
        };
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            format!("{mark} {text}"),
            style(m, c).add_modifier(Modifier::BOLD),
        )));
    }
    let area = centered(r, 76, 16);
    f.render_widget(Clear, area);
    f.render_widget(
        Paragraph::new(lines)
            .block(block(t(m.lang, Msg::TuiKeyVerify)))
            .wrap(Wrap { trim: false }),
        area,
    );
}

fn form_title(kind: &FormKind) -> Msg {
    match kind {
        FormKind::AddSecret => Msg::TuiKeyAddSecret,
        FormKind::NewVersion(_) => Msg::TuiKeyNewVersion,
        FormKind::RemoveSecret(_) => Msg::TuiKeyRemove,
        FormKind::AddPerson => Msg::TuiKeyAddPerson,
        FormKind::RemovePerson(_) => Msg::TuiKeyRemovePerson,
        FormKind::Settings => Msg::TuiKeySettings,
        FormKind::PrintSheets { .. } => Msg::TuiKeyWriteSheets,
        FormKind::Rotate => Msg::TuiKeyRotate,
        FormKind::Export => Msg::TuiKeyExport,
        FormKind::Acknowledge => Msg::TuiKeyAck,
        FormKind::ChangePassphrase => Msg::TuiKeyPasswd,
        FormKind::Takeover => Msg::TuiKeyTakeover,
        FormKind::Report => Msg::TuiKeyReport,
    }
}

pub(super) fn form(m: &Model, fs: &FormState, f: &mut Frame, r: Rect) {
    let mut lines: Vec<Line> = fs
        .info
        .iter()
        .map(|l| Line::from(super::parts::say(m, l)))
        .collect();
    if !lines.is_empty() {
        lines.push(Line::from(""));
    }
    lines.extend(field_lines(m, &fs.fields(), Some(fs.focus)));
    if let FormBody::Rotate(r) = &fs.body {
        let field = &r.holders;
        // The holders as they will be read, one per line.
        if let Ok(hs) = crate::tui::check::holders(&field.text, m.lang) {
            for (i, h) in hs.iter().enumerate() {
                let place = if h.place.is_empty() {
                    String::new()
                } else {
                    format!(" @ {}", h.place)
                };
                lines.push(Line::from(esc(&format!(
                    "    {}. {}{place}",
                    i + 1,
                    h.label
                ))));
            }
        }
    }
    if matches!(fs.kind, FormKind::ChangePassphrase | FormKind::Takeover) {
        // The strength of the new passphrase, as in the wizard.
        lines.extend(strength_lines(m, &fs.strength));
    }
    if let Some(e) = &fs.error {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            super::parts::say(m, e),
            style(m, Color::Red).add_modifier(Modifier::BOLD),
        )));
    }
    let area = centered(r, 100, (lines.len() as u16 + 4).max(10));
    f.render_widget(Clear, area);
    f.render_widget(
        Paragraph::new(lines)
            .block(block(t(m.lang, form_title(&fs.kind))))
            .wrap(Wrap { trim: false }),
        area,
    );
}
