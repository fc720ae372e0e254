//! The set-up wizard's screen: one step at a time, with the step number,
//! what the step is for, its fields, and (for the passphrase) the zxcvbn
//! strength and feedback. Typed passphrases and PINs show as dots only.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::parts::{MASK, block, esc, field_lines, spinner, strength_lines, style};
use crate::i18n::{Msg, t};
use crate::tui::model::{Model, WizardState, WizardStep};

const STEPS: [(WizardStep, Msg); 10] = [
    (WizardStep::Po, Msg::TuiStepPo),
    (WizardStep::Passphrase, Msg::TuiStepPassphrase),
    (WizardStep::Approvers, Msg::TuiStepApprovers),
    (WizardStep::Holders, Msg::TuiStepHolders),
    (WizardStep::Creating, Msg::TuiStepCreating),
    (WizardStep::Print, Msg::TuiStepPrint),
    (WizardStep::Verify, Msg::TuiStepVerify),
    (WizardStep::Delegate, Msg::TuiStepDelegate),
    (WizardStep::FirstSecret, Msg::TuiStepFirstSecret),
    (WizardStep::Done, Msg::TuiStepDone),
];

pub(super) fn wizard(m: &Model, w: &WizardState, f: &mut Frame, r: Rect) {
    let lang = m.lang;
    let (i, name) = STEPS
        .iter()
        .enumerate()
        .find(|(_, (s, _))| *s == w.step)
        .map(|(i, (_, n))| (i + 1, *n))
        .expect("every step is listed");
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let mut lines = vec![
        Line::from(Span::styled(
            format!(
                "{} {i}/{}: {}",
                t(lang, Msg::TuiStep),
                STEPS.len(),
                t(lang, name)
            ),
            bold,
        )),
        Line::from(""),
    ];
    let how = match w.step {
        WizardStep::Po => Some(Msg::TuiWizardPoHowTo),
        WizardStep::Passphrase => Some(Msg::TuiWizardPassHowTo),
        WizardStep::Approvers => Some(Msg::TuiWizardApproversHowTo),
        WizardStep::Holders => Some(Msg::TuiWizardHoldersHowTo),
        WizardStep::Print | WizardStep::Verify if w.resumed => Some(Msg::TuiWizardResumed),
        WizardStep::Print => Some(Msg::TuiWizardPrintHowTo),
        WizardStep::Verify => Some(Msg::TuiWizardVerifyHowTo),
        WizardStep::Delegate => Some(Msg::TuiWizardDelegateHowTo),
        WizardStep::FirstSecret => Some(Msg::TuiWizardFirstSecretHowTo),
        WizardStep::Done => Some(Msg::TuiWizardDone),
        WizardStep::Creating => None,
    };
    if let Some(how) = how {
        lines.push(Line::from(t(lang, how)));
        lines.push(Line::from(""));
    }
    if w.step == WizardStep::Po {
        lines.push(Line::from(t(lang, Msg::TuiWizardOrClone)));
        lines.push(Line::from(""));
    }
    lines.extend(field_lines(m, &w.fields, Some(w.focus)));
    match w.step {
        WizardStep::Passphrase => {
            lines.extend(strength_lines(m, &w.strength));
        }
        WizardStep::Approvers => {
            lines.push(Line::from(""));
            for (name, _) in &w.approvers {
                lines.push(Line::from(format!(
                    "  ✓ {name}  ({} {MASK})",
                    t(lang, Msg::Pin)
                )));
            }
        }
        WizardStep::Holders => {
            let hs = &w.holders;
            lines.push(Line::from(""));
            for (i, h) in hs.iter().enumerate() {
                let place = if h.place.is_empty() {
                    String::new()
                } else {
                    format!(" @ {}", h.place)
                };
                lines.push(Line::from(esc(&format!("  {}. {}{place}", i + 1, h.label))));
            }
            let k: Option<usize> = w.fields.get(1).and_then(|f| f.trimmed().parse().ok());
            let warn = match k {
                Some(1) => Some(Msg::TuiWarnThresholdOne),
                Some(k) if k > 1 && k == hs.len() => Some(Msg::TuiWarnThresholdAll),
                _ => None,
            };
            if let Some(warn) = warn {
                lines.push(Line::from(Span::styled(
                    format!("{}: {}", t(lang, Msg::Warning), t(lang, warn)),
                    style(m, Color::Yellow).add_modifier(Modifier::BOLD),
                )));
            }
        }
        WizardStep::Creating => {
            lines.push(Line::from(format!(
                "{} {}",
                t(lang, Msg::TuiCalibrating),
                spinner(m)
            )));
        }
        WizardStep::Verify => {
            let verified: Vec<String> = w.verified.iter().map(u8::to_string).collect();
            lines.push(Line::from(format!(
                "{}: {} / {}  [{}]",
                t(lang, Msg::TuiVerified),
                w.verified.len(),
                w.holders.len(),
                verified.join(", ")
            )));
            lines.push(Line::from(""));
            let v = &w.verify;
            lines.extend(super::share_entry::lines(m, &v.lines, &v.input, true));
            if let Some((ok, text)) = &v.result {
                let (mark, c) = if *ok {
                    ("✓", Color::Green)
                } else {
                    ("✗", Color::Red)
                };
                lines.push(Line::from(Span::styled(
                    format!("{mark} {text}"),
                    style(m, c).add_modifier(Modifier::BOLD),
                )));
            }
        }
        WizardStep::Po
        | WizardStep::Print
        | WizardStep::Delegate
        | WizardStep::FirstSecret
        | WizardStep::Done => {}
    }
    if let Some(e) = &w.error {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            format!("{}: {}", t(lang, Msg::Error), super::parts::say(m, e)),
            style(m, Color::Red).add_modifier(Modifier::BOLD),
        )));
    }
    f.render_widget(
        Paragraph::new(lines)
            .block(block(t(lang, Msg::TuiWizardTitle)))
            .wrap(Wrap { trim: false }),
        r,
    );
}
