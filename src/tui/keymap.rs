//! The one place key events become [`Message`]s. Only presses count
//! (`KeyEventKind::Press`), so terminals that report releases and repeats
//! do not type twice.
//!
//! While a text field has focus (see [`Model::text_focus`]) letters are
//! text; commands then need Esc first. F1 and Ctrl-C work everywhere.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::message::Message;
use super::model::Model;

/// The message for a terminal event, if any.
pub fn event(model: &Model, ev: &Event) -> Option<Message> {
    match ev {
        Event::Key(k) => key(model, *k),
        Event::Resize(..) => Some(Message::Resize),
        _ => None,
    }
}

/// The message for a key event, if any.
pub fn key(model: &Model, k: KeyEvent) -> Option<Message> {
    if k.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    match k.code {
        KeyCode::Char('c') if ctrl => return Some(Message::Quit),
        KeyCode::Char('e') if ctrl => return Some(Message::Emergency),
        KeyCode::F(1) => return Some(Message::Help),
        KeyCode::F(2) => return Some(Message::Clone),
        KeyCode::Esc => return Some(Message::Back),
        KeyCode::Enter => return Some(Message::Submit),
        KeyCode::Tab => return Some(Message::NextField),
        KeyCode::BackTab => return Some(Message::PrevField),
        KeyCode::Backspace => return Some(Message::Backspace),
        KeyCode::Up => return Some(Message::Up),
        KeyCode::Down => return Some(Message::Down),
        KeyCode::PageUp => return Some(Message::PageUp),
        KeyCode::PageDown => return Some(Message::PageDown),
        KeyCode::Left => return Some(Message::Left),
        KeyCode::Right => return Some(Message::Right),
        _ => {}
    }
    let KeyCode::Char(c) = k.code else {
        return None;
    };
    if ctrl || k.modifiers.contains(KeyModifiers::ALT) {
        return None;
    }
    if model.text_focus() {
        return Some(Message::Input(c));
    }
    Some(match c {
        'q' => Message::Quit,
        '?' => Message::Help,
        '/' => Message::Search,
        'u' => Message::Unseal,
        'a' => Message::Audit,
        's' => Message::Shares,
        'l' => Message::Lock,
        'e' => Message::Emergency,
        'v' => Message::Reveal,
        'h' => Message::Hide,
        'k' => Message::Up,
        'j' => Message::Down,
        ' ' => Message::Right,
        'p' => Message::NextField,
        'n' => Message::New,
        'c' => Message::Change,
        'd' => Message::Delete,
        'r' => Message::Roster,
        'g' => Message::Settings,
        'w' => Message::WriteSheets,
        't' => Message::Rotate,
        'm' => Message::CommitShares,
        'x' => Message::Export,
        '!' => Message::Acknowledge,
        'y' => Message::Sync,
        'P' => Message::Passwd,
        'T' => Message::Takeover,
        'R' => Message::Report,
        _ => return None,
    })
}
