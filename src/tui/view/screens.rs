//! The five screens. Secret values are never drawn here: the detail pane
//! shows a fixed mask.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Wrap};

use super::parts::{
    FOCUS, MASK, block, centered, choose_hint, esc, label, selected, spinner, style,
};
use crate::face::terms;
use crate::i18n::{Msg, t};
use crate::tui::model::{
    AuditState, MainState, Model, RecoveryStage, RecoveryState, RosterState, SharesState,
    UnlockState,
};

/// A time the core gives as RFC 3339 UTC (or a text holding such times)
/// in the PO's zone (src/face/time.rs).
pub(super) fn local(m: &Model, text: &str) -> String {
    crate::face::time::localize_in(text, &m.tz)
}

fn mask(n: usize) -> String {
    "•".repeat(n.min(40))
}

fn warnings(m: &Model) -> Vec<Line<'static>> {
    m.warnings
        .iter()
        .map(|w| {
            Line::from(Span::styled(
                format!("{}: {}", t(m.lang, Msg::Warning), super::parts::say(m, w)),
                style(m, Color::Yellow),
            ))
        })
        .collect()
}

fn notice(m: &Model) -> Option<Line<'static>> {
    m.notice.as_ref().map(|n| {
        Line::from(Span::styled(
            super::parts::say(m, n),
            style(m, Color::Yellow),
        ))
    })
}

fn error_line(m: &Model, e: &str) -> Line<'static> {
    Line::from(Span::styled(
        format!("{}: {}", t(m.lang, Msg::Error), super::parts::say(m, e)),
        style(m, Color::Red).add_modifier(Modifier::BOLD),
    ))
}

pub(super) fn unlock(m: &Model, u: &UnlockState, f: &mut Frame, r: Rect) {
    let mut lines = Vec::new();
    if let Some(d) = &m.demo {
        lines.push(Line::from(Span::styled(
            t(m.lang, Msg::TuiDemoNotReal),
            style(m, Color::Magenta).add_modifier(Modifier::BOLD),
        )));
        lines.push(Line::from(format!(
            "{}: {}",
            t(m.lang, Msg::TuiDemoPassphrase),
            d.passphrase
        )));
        lines.push(Line::from(format!(
            "{}: Bert Jansen, {}",
            t(m.lang, Msg::TuiDemoPin),
            d.pin
        )));
        lines.push(Line::from(format!("{}:", t(m.lang, Msg::TuiDemoShares))));
        for p in &d.share_files {
            lines.push(Line::from(format!("  {}", p.display())));
        }
        lines.push(Line::from(""));
    }
    if let Some(n) = notice(m) {
        lines.push(n);
    }
    lines.push(Line::from(format!(
        "{} {}",
        t(m.lang, Msg::TuiUnlockVault),
        m.path_label
    )));
    lines.push(Line::from(""));
    let typing = !u.menu && !u.working && u.rolled_back.is_none() && u.remote.is_none();
    let field = if u.menu { Style::default() } else { selected() };
    lines.push(Line::from(vec![
        Span::raw(format!(
            "{}{}: ",
            if typing { FOCUS } else { "" },
            t(m.lang, Msg::Passphrase)
        )),
        Span::styled(format!("{} ", mask(u.passphrase.chars().count())), field),
    ]));
    lines.push(Line::from(""));
    if u.working {
        lines.push(Line::from(format!(
            "{} {}",
            t(m.lang, Msg::TuiWorking),
            spinner(m)
        )));
    }
    if let Some(e) = &u.error {
        lines.push(error_line(m, e));
    }
    if let Some((_, diverged)) = &u.remote {
        lines.push(Line::from(""));
        lines.extend(super::remotes::choice(m, *diverged));
    }
    if u.rolled_back.is_some() {
        lines.push(Line::from(""));
        lines.push(Line::from(t(m.lang, Msg::TuiRolledBackHowTo)));
        lines.push(Line::from(""));
        lines.push(Line::from(vec![
            Span::styled(
                format!("[Enter] {}", t(m.lang, Msg::TuiKeyOpenAnyway)),
                selected(),
            ),
            Span::raw("   "),
            Span::raw(format!("[Esc] {}", t(m.lang, Msg::TuiKeyCancel))),
        ]));
    }
    lines.push(Line::from(""));
    // The keys that work now: while the passphrase is typed, e and q are
    // text, so the menu shows Ctrl-E and Ctrl-C; after Esc, e and q.
    let menu = if u.menu { selected() } else { Style::default() };
    let (emergency, quit) = if typing {
        ("Ctrl-E", "Ctrl-C")
    } else {
        ("e", "q")
    };
    lines.push(Line::from(vec![
        Span::styled(
            format!("[{emergency}] {}", t(m.lang, Msg::TuiEmergencyRecovery)),
            menu,
        ),
        Span::raw("   "),
        Span::styled(format!("[{quit}] {}", t(m.lang, Msg::TuiKeyQuit)), menu),
    ]));
    let area = centered(r, 100, r.height);
    f.render_widget(
        Paragraph::new(lines)
            .block(block(t(m.lang, Msg::TuiUnlockTitle)))
            .wrap(Wrap { trim: false }),
        area,
    );
}

pub(super) fn recovery(m: &Model, rs: &RecoveryState, f: &mut Frame, r: Rect) {
    let mut lines = vec![Line::from(t(m.lang, Msg::TuiRecoveryIntro))];
    lines.push(Line::from(""));
    let progress = match rs.threshold() {
        Some(k) => format!(
            "{}: {} {} {k}",
            t(m.lang, Msg::TuiProgress),
            rs.shares.len(),
            t(m.lang, Msg::TuiOf)
        ),
        None => t(m.lang, Msg::TuiFirstShare).to_string(),
    };
    lines.push(Line::from(Span::styled(
        progress,
        Style::default().add_modifier(Modifier::BOLD),
    )));
    for (ok, v) in &rs.verdicts {
        let (mark, c) = if *ok {
            ("✓", Color::Green)
        } else {
            ("✗", Color::Red)
        };
        lines.push(Line::from(Span::styled(
            format!("  {mark} {v}"),
            style(m, c),
        )));
    }
    lines.push(Line::from(""));
    match rs.stage {
        RecoveryStage::Shares => {
            lines.push(Line::from(t(m.lang, Msg::TuiShareHowTo)));
            lines.extend(super::share_entry::lines(
                m,
                &rs.lines,
                &rs.input,
                !rs.working,
            ));
        }
        // The delegate is picked from the roster once the quorum opened
        // the vault (the worker asks); the marker shows the choice has focus.
        RecoveryStage::Delegate if rs.reply.is_none() && !rs.working => {
            lines.push(Line::from(t(m.lang, Msg::TuiRecoveryAgain)));
        }
        RecoveryStage::Delegate if rs.asking.is_some() || rs.reply.is_none() => {
            lines.push(Line::from(t(m.lang, Msg::TuiReadingRoster)));
        }
        RecoveryStage::Delegate => {
            lines.push(Line::from(t(m.lang, Msg::TuiDelegateHowTo)));
            if rs.delegates.is_empty() {
                lines.push(error_line(m, t(m.lang, Msg::TuiNoDelegates)));
            } else {
                let mut spans = vec![
                    label(m, Msg::TuiDelegate, !rs.working, 16),
                    Span::styled(
                        format!("< {} >", esc(&rs.delegates[rs.delegate])),
                        if rs.working {
                            Style::default()
                        } else {
                            selected()
                        },
                    ),
                ];
                if rs.hint {
                    spans.push(choose_hint(m));
                }
                lines.push(Line::from(spans));
            }
        }
    }
    if rs.working {
        lines.push(Line::from(format!(
            "{} {}",
            t(m.lang, Msg::TuiWorking),
            spinner(m)
        )));
    }
    if let Some(e) = &rs.error {
        lines.push(error_line(m, e));
    }
    f.render_widget(
        Paragraph::new(lines)
            .block(block(t(m.lang, Msg::TuiEmergencyRecovery)))
            .wrap(Wrap { trim: false }),
        r,
    );
}

pub(super) fn main(m: &Model, s: &MainState, f: &mut Frame, r: Rect) {
    let mut top = warnings(m);
    top.extend(super::remotes::status(m));
    if let Some(n) = notice(m) {
        top.push(n);
    }
    // Wrapped lines need more than one row each.
    let width = usize::from(r.width.max(1));
    let rows: usize = top.iter().map(|l| l.width() / width + 1).sum();
    let [warn, rest] =
        Layout::vertical([Constraint::Length(rows as u16), Constraint::Min(1)]).areas(r);
    f.render_widget(Paragraph::new(top).wrap(Wrap { trim: false }), warn);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(rest);
    let shown = s.filtered();
    let [list_area, search_area] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(left);
    // Only the rows that fit are built, so a frame costs the same with ten
    // secrets or ten thousand; the window follows the selection.
    let rows = usize::from(list_area.height.saturating_sub(2)).max(1);
    let first = s.selected.saturating_sub(rows - 1);
    let items: Vec<ListItem> = shown
        .iter()
        .skip(first)
        .take(rows)
        .map(|x| {
            let flag = if x.emergency { " !" } else { "" };
            ListItem::new(format!(
                // The marker right after the name, so a narrow list cuts
                // the kind, never the marker (Dutch kinds are longer).
                "{}{flag}  ({})",
                esc(&x.name),
                terms::secret_kind(m.lang, x.kind)
            ))
        })
        .collect();
    let title = format!("{} ({})", t(m.lang, Msg::TuiSecrets), shown.len());
    let mut state =
        ListState::default().with_selected((!shown.is_empty()).then_some(s.selected - first));
    f.render_stateful_widget(
        List::new(items)
            .block(block(&title))
            .highlight_style(selected())
            .highlight_symbol("> "),
        list_area,
        &mut state,
    );
    if s.searching || !s.search.is_empty() {
        let st = if s.searching {
            selected()
        } else {
            Style::default()
        };
        f.render_widget(
            Paragraph::new(Line::from(vec![
                Span::raw("/ "),
                Span::styled(format!("{} ", esc(&s.search)), st),
            ])),
            search_area,
        );
    }
    let mut lines = Vec::new();
    match s.current() {
        None if s.secrets.is_empty() => lines.push(Line::from(t(m.lang, Msg::NoSecrets))),
        None => lines.push(Line::from(t(m.lang, Msg::TuiNoMatch))),
        Some(c) => {
            let yes_no = |b: bool| t(m.lang, if b { Msg::TuiYes } else { Msg::TuiNo });
            lines.push(Line::from(Span::styled(
                esc(&c.name),
                Style::default().add_modifier(Modifier::BOLD),
            )));
            lines.push(Line::from(format!(
                "{}: {}",
                t(m.lang, Msg::TuiKind),
                terms::secret_kind(m.lang, c.kind)
            )));
            lines.push(Line::from(format!(
                "{}: {}",
                t(m.lang, Msg::Emergency),
                yes_no(c.emergency)
            )));
            lines.push(Line::from(format!("{}: {MASK}", t(m.lang, Msg::TuiValue))));
            lines.push(Line::from(""));
            lines.push(Line::from(format!("{}:", t(m.lang, Msg::Versions))));
            for v in c.versions.iter().rev() {
                lines.push(Line::from(format!(
                    "  v{}  {}  {}  {} {}",
                    v.number,
                    local(m, &v.created_at),
                    esc(&v.created_by),
                    t(m.lang, Msg::TuiOrigin),
                    terms::origin(m.lang, v.origin)
                )));
                if let Some(u) = &v.username {
                    lines.push(Line::from(format!(
                        "      {}: {}",
                        t(m.lang, Msg::TuiUsername),
                        esc(u)
                    )));
                }
                if let Some(u) = &v.url {
                    lines.push(Line::from(format!("      url: {}", esc(u))));
                }
                if let Some(k) = &v.key_pair {
                    key_pair_lines(m, k, &mut lines);
                }
            }
        }
    }
    f.render_widget(
        Paragraph::new(lines)
            .block(block(t(m.lang, Msg::TuiDetail)))
            .wrap(Wrap { trim: false }),
        right,
    );
}

/// The public half of a backup key pair (src/keys.rs): what the PO gives
/// the backup servers, shown without an unseal. Never the private part.
fn key_pair_lines(m: &Model, k: &crate::keys::KeyPair, lines: &mut Vec<Line<'static>>) {
    lines.push(Line::from(format!(
        "      {}: {}",
        t(m.lang, Msg::TuiKeyPair),
        k.key_type
    )));
    if k.passphrase_protected {
        lines.push(Line::from(format!(
            "      {}",
            t(m.lang, Msg::TuiPassphraseProtected)
        )));
    }
    let label = if k.key_type == "age-x25519" {
        Msg::TuiRecipient
    } else {
        Msg::TuiPublicKey
    };
    // Long values on a line of their own, unindented, so a narrow pane
    // does not break them where a copy would pick up the indent.
    for public in k.public_key.iter().flat_map(|p| p.lines()) {
        lines.push(Line::from(format!("      {}:", t(m.lang, label))));
        lines.push(Line::from(public.to_string()));
    }
    if let Some(fp) = &k.fingerprint {
        lines.push(Line::from(format!(
            "      {}:",
            t(m.lang, Msg::TuiFingerprint)
        )));
        lines.push(Line::from(fp.clone()));
    }
    if let Some(uid) = &k.user_id {
        lines.push(Line::from(format!(
            "      {}: {uid}",
            t(m.lang, Msg::TuiUserId)
        )));
    }
}

pub(super) fn audit(m: &Model, a: &AuditState, f: &mut Frame, r: Rect) {
    let chain = match &a.chain {
        Ok(n) => Line::from(Span::styled(
            format!(
                "{} ({n} {})",
                t(m.lang, Msg::TuiChainIntact),
                t(m.lang, Msg::TuiRecords)
            ),
            style(m, Color::Green),
        )),
        Err(e) => error_line(m, &format!("{}: {e}", t(m.lang, Msg::TuiChainBroken))),
    };
    let mut head = vec![
        chain,
        Line::from(format!(
            "{}: {}",
            t(m.lang, Msg::TuiCheckpoint),
            a.checkpoint
        )),
    ];
    head.extend(notice(m));
    let [h, list, filter] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(r);
    f.render_widget(Paragraph::new(head).wrap(Wrap { trim: false }), h);
    let shown = a.filtered();
    let scroll = a.scroll.min(shown.len().saturating_sub(1));
    // Only the visible rows are built (100,000 records cost one screen).
    let items: Vec<ListItem> = shown
        .iter()
        .skip(scroll)
        .take(usize::from(list.height))
        .map(|l| ListItem::new(*l))
        .collect();
    let title = format!(
        "{} ({}/{})",
        t(m.lang, Msg::TuiAudit),
        shown.len(),
        a.lines.len()
    );
    f.render_widget(List::new(items).block(block(&title)), list);
    if a.filtering || !a.filter.is_empty() {
        let st = if a.filtering {
            selected()
        } else {
            Style::default()
        };
        f.render_widget(
            Paragraph::new(Line::from(vec![
                Span::raw(format!("{}: ", t(m.lang, Msg::TuiKeyFilter))),
                Span::styled(format!("{} ", esc(&a.filter)), st),
            ])),
            filter,
        );
    }
}

pub(super) fn shares(m: &Model, s: &SharesState, f: &mut Frame, r: Rect) {
    let never = t(m.lang, Msg::Never);
    let mut lines = Vec::new();
    for set in &s.sets {
        lines.push(Line::from(Span::styled(
            format!(
                "{} {}  {}  {} {} {}  {}",
                t(m.lang, Msg::TuiSet),
                set.set_id,
                terms::set_state(m.lang, set.state),
                set.threshold,
                t(m.lang, Msg::TuiOf),
                set.count,
                local(m, &set.created_at)
            ),
            Style::default().add_modifier(Modifier::BOLD),
        )));
        if set.exposed {
            lines.push(Line::from(Span::styled(
                t(m.lang, Msg::Exposed),
                style(m, Color::Red).add_modifier(Modifier::BOLD),
            )));
        }
        lines.push(Line::from(format!(
            "  {:<3} {:<18} {:<14} {:<12} {}",
            "#",
            t(m.lang, Msg::TuiHolder),
            t(m.lang, Msg::TuiPlace),
            t(m.lang, Msg::TuiFingerprint),
            t(m.lang, Msg::TuiLastDrill)
        )));
        for h in &set.shares {
            let drilled = h
                .drilled_at
                .as_deref()
                .map(|d| local(m, d))
                .map_or(never.to_string(), |d| d.get(..10).unwrap_or(&d).to_string());
            let mut spans = vec![Span::raw(format!(
                "  {:<3} {:<18} {:<14} {:<12} {}",
                h.index,
                trunc(&esc(&h.holder), 18),
                trunc(&esc(&h.place), 14),
                trunc(&h.fingerprint, 12),
                drilled
            ))];
            if h.drill_overdue {
                spans.push(Span::styled(
                    format!("  ! {}", t(m.lang, Msg::Overdue)),
                    style(m, Color::Yellow).add_modifier(Modifier::BOLD),
                ));
            }
            lines.push(Line::from(spans));
        }
        lines.push(Line::from(""));
    }
    if let Some(n) = notice(m) {
        lines.push(n);
    }
    f.render_widget(
        Paragraph::new(lines)
            .block(block(t(m.lang, Msg::TuiShares)))
            .wrap(Wrap { trim: false }),
        r,
    );
}

fn trunc(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

pub(super) fn roster(m: &Model, rs: &RosterState, f: &mut Frame, r: Rect) {
    let mut top = Vec::new();
    if let Some(n) = notice(m) {
        top.push(n);
    }
    let [head, list] =
        Layout::vertical([Constraint::Length(top.len() as u16), Constraint::Min(1)]).areas(r);
    f.render_widget(Paragraph::new(top).wrap(Wrap { trim: false }), head);
    let yes_no = |b: bool| t(m.lang, if b { Msg::TuiYes } else { Msg::TuiNo });
    let mut items = vec![ListItem::new(Line::from(Span::styled(
        format!(
            "{:<24} {:<16} {:<8} {}",
            t(m.lang, Msg::TuiName),
            t(m.lang, Msg::TuiRole),
            t(m.lang, Msg::TuiHasPin),
            t(m.lang, Msg::TuiAddedAt)
        ),
        Style::default().add_modifier(Modifier::BOLD),
    )))];
    items.extend(rs.people.iter().map(|p| {
        ListItem::new(format!(
            "{:<24} {:<16} {:<8} {}",
            trunc(&esc(&p.name), 24),
            terms::role(m.lang, p.role),
            yes_no(p.has_pin),
            local(m, &p.added_at)
        ))
    }));
    let title = format!("{} ({})", t(m.lang, Msg::TuiRoster), rs.people.len());
    let mut state =
        ListState::default().with_selected((!rs.people.is_empty()).then_some(rs.selected + 1));
    f.render_stateful_widget(
        List::new(items)
            .block(block(&title))
            .highlight_style(selected())
            .highlight_symbol("> "),
        list,
        &mut state,
    );
}
