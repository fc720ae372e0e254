//! Text that comes from a person or a file: names, reasons, holder labels
//! and places, the vault name, paths. This module owns the two rules every
//! face follows (issue 10, findings 2 and 3; `docs/THREAT-MODEL.md`,
//! "Text from people and files"):
//!
//! - **Validated where it enters**, by [`check`] (and [`check_name`] for
//!   names of people, secrets and the vault): no control characters (C0,
//!   DEL, C1), no bidirectional controls, no invisible or format characters
//!   (Unicode `Default_Ignorable_Code_Point`, the other format characters,
//!   line and paragraph separators), and a bounded length stated in the
//!   error. A vault written by this code holds no such character.
//! - **Escaped where it leaves**, by one function per sink:
//!   [`for_terminal`] (the CLI's output and errors, and the TUI),
//!   [`for_csv`] (also neutralises spreadsheet formulas), [`for_print`]
//!   (PDF and SVG sheets and the custody report), and [`JsonFormatter`]
//!   (JSON output and the JSON lines export). A vault written by older
//!   code may hold raw control characters: escaping on output covers it.
//!
//! Names are also compared on their confusable skeleton ([`same_name`],
//! Unicode TR 39), so `Аlice` (Cyrillic а) is the same person as `Alice`
//! wherever kluis asks "is this the same person?".
//!
//! The module is pure (no I/O) and part of the core, so `ops` and every face
//! can call it.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_security::GeneralSecurityProfile;
use unicode_security::general_security_profile::IdentifierType;

/// Longest name of a person, a secret or the vault, in characters.
pub const NAME_MAX: usize = 128;
/// Longest holder label or place, in characters.
pub const LABEL_MAX: usize = 128;
/// Longest reason, in characters.
pub const REASON_MAX: usize = 500;
/// Longest path or release channel as recorded, in characters.
pub const PATH_MAX: usize = 4096;
/// Longest line of a value file kept as metadata (a credential's username
/// or URL), in characters.
pub const FIELD_MAX: usize = 1000;

/// Why a text was refused. Every message names the field, says what is
/// wrong with the character's code point and position (never the text
/// itself, which could be the attack), and what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TextError {
    /// Nothing but white space where something is needed.
    #[error("{what} is empty: give one")]
    Empty {
        /// The field, e.g. "the reason".
        what: String,
    },
    /// Over the bound.
    #[error("{what} is {len} characters long, over the limit of {max}: shorten it")]
    TooLong {
        /// The field.
        what: String,
        /// Its length in characters.
        len: usize,
        /// The bound.
        max: usize,
    },
    /// A character that could hide or rewrite what is shown.
    #[error("{what} holds {class} (U+{code:04X}) at character {position}: remove it")]
    Forbidden {
        /// The field.
        what: String,
        /// "a control character", "a bidirectional control", …
        class: &'static str,
        /// Its code point.
        code: u32,
        /// Its position, counting characters from 1.
        position: usize,
    },
    /// A name that starts or ends with white space.
    #[error("{what} starts or ends with a space: remove it")]
    Padded {
        /// The field.
        what: String,
    },
}

/// `word` with its English indefinite article: "an approver", "a delegate"
/// (by the first letter; the role and kind names kluis words need no more).
pub fn with_article(word: &str) -> String {
    let an = word
        .chars()
        .next()
        .is_some_and(|c| "aeiouAEIOU".contains(c));
    format!("{} {word}", if an { "an" } else { "a" })
}

/// What kind of character `c` is, if it may not appear in stored text:
/// the class named in [`TextError::Forbidden`].
///
/// Control characters could move the cursor, erase lines or write to the
/// clipboard (OSC 52) on the PO's terminal; bidirectional controls reorder
/// what is shown (`Alice` next to a reversed name); invisible and format
/// characters make two different names look the same.
pub fn forbidden_class(c: char) -> Option<&'static str> {
    if c.is_control() {
        // Cc: C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F).
        return Some("a control character");
    }
    if matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
    {
        return Some("a bidirectional control");
    }
    if matches!(c, '\u{2028}' | '\u{2029}') {
        return Some("a line separator");
    }
    // Default_Ignorable_Code_Point covers the zero-width characters, soft
    // hyphen, word joiners, variation selectors, Hangul fillers and tags.
    // The remaining format characters (Cf) that are not default-ignorable
    // are listed by hand: unicode-security exposes no general category.
    if c.identifier_type() == Some(IdentifierType::Default_Ignorable)
        || matches!(
            c,
            '\u{0600}'..='\u{0605}'
                | '\u{06DD}'
                | '\u{070F}'
                | '\u{0890}'..='\u{0891}'
                | '\u{08E2}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{110BD}'
                | '\u{110CD}'
                | '\u{13430}'..='\u{1343F}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0001}'
                | '\u{E0020}'..='\u{E007F}'
        )
    {
        return Some("an invisible or format character");
    }
    None
}

/// Checks free text (a reason, a place, a path) where it enters: no
/// forbidden character ([`forbidden_class`]) and at most `max` characters.
/// Emptiness is the caller's rule.
///
/// # Errors
/// [`TextError::TooLong`] or [`TextError::Forbidden`] naming `what`.
pub fn check(what: &str, text: &str, max: usize) -> Result<(), TextError> {
    // Walk once, and stop counting at the bound plus one, so a huge text
    // costs no more than the bound.
    let mut len = 0usize;
    for (i, c) in text.chars().enumerate() {
        if let Some(class) = forbidden_class(c) {
            return Err(TextError::Forbidden {
                what: what.to_string(),
                class,
                code: u32::from(c),
                position: i + 1,
            });
        }
        len = i + 1;
    }
    if len > max {
        return Err(TextError::TooLong {
            what: what.to_string(),
            len,
            max,
        });
    }
    Ok(())
}

/// Checks a name (a person, a secret, the vault, a holder label) and
/// returns it in Unicode NFC, the form kluis stores: not empty, no space at
/// either end, no forbidden character, at most [`NAME_MAX`] characters.
///
/// # Errors
/// [`TextError`] naming `what`.
pub fn check_name(what: &str, name: &str) -> Result<String, TextError> {
    check(what, name, NAME_MAX)?;
    let nfc: String = name.nfc().collect();
    if nfc.trim().is_empty() {
        return Err(TextError::Empty {
            what: what.to_string(),
        });
    }
    if nfc.trim() != nfc {
        return Err(TextError::Padded {
            what: what.to_string(),
        });
    }
    // NFC can lengthen a text (rarely); check the stored form too.
    check(what, &nfc, NAME_MAX)?;
    Ok(nfc)
}

/// The keys two names are compared on ([`same_name`]): the Unicode TR 39
/// confusable skeleton of the name lowercased, and the skeleton of the
/// lowercased skeleton (so a capital I for an l, or a zero for an O, maps
/// before case is folded), each with runs of white space made one space
/// and the ends trimmed.
pub fn name_keys(name: &str) -> [String; 2] {
    let norm = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower: String = unicode_security::skeleton(&name.to_lowercase()).collect();
    let first: String = unicode_security::skeleton(name).collect();
    let twice: String = unicode_security::skeleton(&first.to_lowercase()).collect();
    [norm(lower), norm(twice)]
}

/// Whether two names look alike: some key of one ([`name_keys`]) equals
/// some key of the other. `Alice`, `Аlice` (Cyrillic а), `alice`, `AIice`
/// (capital I for l) and `Alice` + U+200B all look alike, so kluis treats
/// them as one person: "the approver is not the one acting", `--as`, and a
/// new roster or secret name all ask this.
///
/// "Too close" is exactly "looks alike": an edit distance between
/// skeletons would refuse real, different people (`Alice` and `Alica`).
pub fn same_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (ka, kb) = (name_keys(a), name_keys(b));
    ka.iter().any(|k| kb.contains(k))
}

/// Text kluis reads from the system rather than from a person (the host
/// name, the account name in `/etc/passwd`), made safe to store: it cannot
/// be refused, since the program must still run, so forbidden characters
/// are stored escaped ([`for_terminal`]) and the result is cut to `max`
/// characters.
pub fn from_system(text: &str, max: usize) -> String {
    for_terminal(text).chars().take(max).collect()
}

/// Writes `c` visibly: `\u{1b}` for ESC. The form Rust and many tools use,
/// so a reader recognises it as an escape, not as text.
fn push_escaped(out: &mut String, c: char) {
    use std::fmt::Write;
    let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
}

/// `text` with every character [`forbidden_class`] names written as
/// `\u{…}`; `keep_newlines` keeps `\n` as a line break.
fn escape(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let bad = |c: char| !(keep_newlines && c == '\n') && forbidden_class(c).is_some();
    if !text.chars().any(bad) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if bad(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text for a terminal, one line: the CLI's output and error messages, and
/// every string the TUI draws. Control, bidirectional and invisible
/// characters become visible `\u{…}` escapes, so a stored `ESC [2K` shows
/// as `\u{1b}[2K` and `Alice` + U+200B as `Alice\u{200b}`.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// Like [`for_terminal`] for a message of several lines: `\n` stays a line
/// break, everything else is escaped.
pub fn for_terminal_lines(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// Text for a CSV cell: escaped like [`for_terminal_lines`] (a line break
/// inside a quoted cell is plain CSV), and a cell that
/// starts with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`
/// so a spreadsheet shows it as text instead of running it as a formula.
pub fn for_csv(text: &str) -> Cow<'_, str> {
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    match (escape(text, true), formula) {
        (t, false) => t,
        (t, true) => Cow::Owned(format!("'{t}")),
    }
}

/// Text for paper (the PDF and SVG sheets and the custody report): escaped
/// like [`for_terminal`], so a control character prints as `\u{1b}` rather
/// than `?` or nothing, and a look-alike name shows its invisible part.
pub fn for_print(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// A `serde_json` formatter for JSON that may reach a terminal or a log
/// viewer: serde_json escapes only C0 controls, `"` and `\`, so DEL, C1
/// controls (U+009B is CSI on some terminals), bidirectional and invisible
/// characters are written as `\uXXXX` too. The JSON means the same text;
/// only its spelling differs.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonFormatter;

impl serde_json::ser::Formatter for JsonFormatter {
    fn write_string_fragment<W>(&mut self, writer: &mut W, fragment: &str) -> std::io::Result<()>
    where
        W: ?Sized + std::io::Write,
    {
        write_json_fragment(writer, fragment)
    }
}

/// The pretty variant of [`JsonFormatter`], for `--json` output.
pub struct PrettyJsonFormatter<'a>(serde_json::ser::PrettyFormatter<'a>);

impl Default for PrettyJsonFormatter<'_> {
    fn default() -> Self {
        Self(serde_json::ser::PrettyFormatter::new())
    }
}

impl serde_json::ser::Formatter for PrettyJsonFormatter<'_> {
    fn write_string_fragment<W>(&mut self, writer: &mut W, fragment: &str) -> std::io::Result<()>
    where
        W: ?Sized + std::io::Write,
    {
        write_json_fragment(writer, fragment)
    }
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

fn write_json_fragment<W: ?Sized + std::io::Write>(
    writer: &mut W,
    fragment: &str,
) -> std::io::Result<()> {
    let mut start = 0;
    for (i, c) in fragment.char_indices() {
        if forbidden_class(c).is_some() {
            writer.write_all(&fragment.as_bytes()[start..i])?;
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                write!(writer, "\\u{u:04x}")?;
            }
            start = i + c.len_utf8();
        }
    }
    writer.write_all(&fragment.as_bytes()[start..])
}

/// `value` as compact JSON through [`JsonFormatter`].
///
/// # Errors
/// Those of `serde_json` (a map with non-string keys, a failing
/// `Serialize`).
pub fn to_json(value: &impl serde::Serialize) -> serde_json::Result<String> {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, JsonFormatter);
    value.serialize(&mut ser)?;
    Ok(String::from_utf8(out).expect("serde_json writes UTF-8"))
}

/// `value` as pretty JSON through [`PrettyJsonFormatter`] into `out`.
///
/// # Errors
/// As [`to_json`], and those of `out`.
pub fn to_json_pretty_writer(
    out: &mut impl std::io::Write,
    value: &impl serde::Serialize,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(out, PrettyJsonFormatter::default());
    value.serialize(&mut ser)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_approver_a_delegate() {
        assert_eq!(with_article("approver"), "an approver");
        assert_eq!(with_article("delegate"), "a delegate");
        assert_eq!(with_article("po"), "a po");
    }

    /// Everything the red-team report used, and the classes around it.
    const HOSTILE: &[(&str, &str)] = &[
        ("\r\u{1b}[2K\u{1b}[1A", "a control character"),
        ("\u{1b}]52;c;aGk=\u{7}", "a control character"),
        ("a\u{7f}", "a control character"),
        ("a\u{9b}31m", "a control character"),
        ("a\u{85}", "a control character"),
        ("tab\there", "a control character"),
        ("new\nline", "a control character"),
        ("abc\u{202e}fed", "a bidirectional control"),
        ("\u{2066}x\u{2069}", "a bidirectional control"),
        ("a\u{200e}", "a bidirectional control"),
        ("a\u{200f}", "a bidirectional control"),
        ("a\u{61c}", "a bidirectional control"),
        ("Alice\u{200b}", "an invisible or format character"),
        ("Al\u{200d}ice", "an invisible or format character"),
        ("Al\u{ad}ice", "an invisible or format character"),
        ("\u{feff}Alice", "an invisible or format character"),
        ("Alice\u{2060}", "an invisible or format character"),
        ("Alice\u{fe0f}", "an invisible or format character"),
        ("Alice\u{e0041}", "an invisible or format character"),
        ("\u{3164}", "an invisible or format character"),
        ("a\u{fff9}b", "an invisible or format character"),
        ("a\u{2028}b", "a line separator"),
    ];

    #[test]
    fn every_hostile_class_is_refused_with_its_code_point() {
        for (text, class) in HOSTILE {
            let e = check("the reason", text, REASON_MAX).expect_err(text);
            match &e {
                TextError::Forbidden { class: c, .. } => assert_eq!(c, class, "{text:?}"),
                other => panic!("{text:?}: {other:?}"),
            }
            assert!(e.to_string().starts_with("the reason holds "), "{e}");
            // The message never carries the text itself.
            assert!(!e.to_string().contains(*text), "{e}");
        }
    }

    #[test]
    fn the_message_is_exact() {
        let e = check("the reason", "ok\r\u{1b}[2K", 10).unwrap_err();
        assert_eq!(
            e.to_string(),
            "the reason holds a control character (U+000D) at character 3: remove it"
        );
        let e = check("the reason", "abcdef", 5).unwrap_err();
        assert_eq!(
            e.to_string(),
            "the reason is 6 characters long, over the limit of 5: shorten it"
        );
    }

    #[test]
    fn ordinary_text_passes() {
        for ok in [
            "Petra PO",
            "René Dijkstra",
            "Zoë — backup",
            "O'Brien-Smith",
            "restore of tape 12 (ticket #881)",
            "中文名字",
            "مريم",
            "",
        ] {
            check("a name", ok, NAME_MAX).expect(ok);
        }
        assert_eq!(check("x", &"é".repeat(5), 5), Ok(()));
    }

    #[test]
    fn names_are_nfc_unpadded_and_not_empty() {
        assert_eq!(check_name("a name", "Rene\u{301}").unwrap(), "René");
        assert_eq!(
            check_name("a name", " Alice").unwrap_err().to_string(),
            "a name starts or ends with a space: remove it"
        );
        assert_eq!(
            check_name("a name", "   ").unwrap_err().to_string(),
            "a name is empty: give one"
        );
        assert!(check_name("a name", &"x".repeat(NAME_MAX + 1)).is_err());
        assert!(check_name("a name", &"x".repeat(NAME_MAX)).is_ok());
    }

    #[test]
    fn look_alike_names_share_a_key() {
        let alike = [
            ("Alice", "\u{410}lice"),       // Cyrillic А
            ("Alice", "Alic\u{435}"),       // Cyrillic е
            ("Alice", "alice"),             // case
            ("Alice", "AIice"),             // capital I for l
            ("Alice", "Alice\u{200b}"),     // zero-width space
            ("Petra PO", "Petra \u{3a1}O"), // Greek Rho
            ("Petra PO", "Petra  PO"),
            ("Petra PO", "Petra P0"), // zero for O
            ("Dave", "Dav\u{435}"),
        ];
        for (a, b) in alike {
            assert!(
                same_name(a, b),
                "{a:?} vs {b:?}: {:?} {:?}",
                name_keys(a),
                name_keys(b)
            );
        }
        for (a, b) in [
            ("Alice", "Alica"),
            ("Dave", "Dirk"),
            ("Petra PO", "Peter PO"),
        ] {
            assert!(!same_name(a, b), "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn terminal_escape_makes_every_class_visible() {
        for (text, _) in HOSTILE {
            let out = for_terminal(text);
            assert!(out.chars().all(|c| forbidden_class(c).is_none()), "{out:?}");
            assert!(out.contains("\\u{"), "{out:?}");
        }
        assert_eq!(for_terminal("\r\u{1b}[2K"), "\\u{d}\\u{1b}[2K");
        assert_eq!(for_terminal("Alice\u{200b}"), "Alice\\u{200b}");
        assert!(matches!(for_terminal("René"), Cow::Borrowed(_)));
        assert_eq!(for_terminal_lines("a\nb\u{1b}"), "a\nb\\u{1b}");
    }

    #[test]
    fn csv_escape_neutralises_formulas_too() {
        for f in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            let out = for_csv(f);
            assert!(out.starts_with('\''), "{out:?}");
            assert!(out.chars().all(|c| forbidden_class(c).is_none()), "{out:?}");
        }
        assert_eq!(for_csv("=cmd|'/c calc'!A0"), "'=cmd|'/c calc'!A0");
        assert_eq!(for_csv("ok \u{1b}]52;c;x\u{7}"), "ok \\u{1b}]52;c;x\\u{7}");
        assert_eq!(for_csv("plain"), "plain");
        assert_eq!(for_csv("two\nlines\r"), "two\nlines\\u{d}");
    }

    #[test]
    fn system_text_is_stored_escaped_and_bounded() {
        assert_eq!(from_system("host\u{1b}[2J", 255), "host\\u{1b}[2J");
        assert_eq!(from_system(&"h".repeat(300), 255).chars().count(), 255);
        assert_eq!(from_system("kantoor-01", 255), "kantoor-01");
    }

    #[test]
    fn print_escape_matches_terminal() {
        for (text, _) in HOSTILE {
            assert_eq!(for_print(text), for_terminal(text));
        }
    }

    #[test]
    fn json_escapes_what_serde_json_leaves_raw_and_reads_back_equal() {
        let v = serde_json::json!({"r": "a\u{7f}b\u{9b}c\u{202e}d\u{200b}e\u{1b}f\u{e0041}g é"});
        let s = to_json(&v).unwrap();
        assert!(
            s.is_ascii() || s.chars().all(|c| forbidden_class(c).is_none()),
            "{s}"
        );
        assert!(
            s.contains("\\u007f") && s.contains("\\u009b") && s.contains("\\u202e"),
            "{s}"
        );
        assert!(s.contains("\\udb40\\udc41"), "{s}");
        assert!(s.contains('é'));
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
        // Ordinary text is spelled as serde_json spells it.
        let plain = serde_json::json!({"a": "René \"x\" \\ \n"});
        assert_eq!(
            to_json(&plain).unwrap(),
            serde_json::to_string(&plain).unwrap()
        );
        let mut pretty = Vec::new();
        to_json_pretty_writer(&mut pretty, &v).unwrap();
        assert!(
            String::from_utf8(pretty)
                .unwrap()
                .starts_with("{\n  \"r\": \"a\\u007f")
        );
    }

    proptest::proptest! {
        /// For any text: every sink's output holds no forbidden character
        /// (CSV and multi-line terminal keep only `\n`); text that passes
        /// `check` leaves every sink unchanged (except a CSV formula
        /// prefix); JSON reads back as the same text.
        #[test]
        fn escapes_are_complete_and_change_only_what_check_refuses(s in ".{0,40}") {
            let clean = |t: &str, keep_nl: bool| {
                t.chars().all(|c| (keep_nl && c == '\n') || forbidden_class(c).is_none())
            };
            proptest::prop_assert!(clean(&for_terminal(&s), false));
            proptest::prop_assert!(clean(&for_print(&s), false));
            proptest::prop_assert!(clean(&for_terminal_lines(&s), true));
            proptest::prop_assert!(clean(&for_csv(&s), true));
            if check("t", &s, usize::MAX).is_ok() {
                proptest::prop_assert_eq!(&*for_terminal(&s), s.as_str());
                proptest::prop_assert_eq!(&*for_print(&s), s.as_str());
            } else {
                proptest::prop_assert_ne!(&*for_terminal(&s), s.as_str());
            }
            let json = to_json(&s).unwrap();
            proptest::prop_assert!(clean(&json, false));
            let back: String = serde_json::from_str(&json).unwrap();
            proptest::prop_assert_eq!(back, s);
        }

        /// NFC and NFD spellings of a name, and its upper case, look alike.
        #[test]
        fn look_alike_is_stable(s in "[a-zA-Z0-9\u{c0}-\u{d6}\u{d8}-\u{f6}\u{f8}-\u{ff}\u{410}-\u{44f} ]{0,16}") {
            let nfd: String = s.nfd().collect();
            proptest::prop_assert!(same_name(&s, &nfd));
            proptest::prop_assert!(same_name(&s, &s.to_lowercase()));
            let upper = s.to_uppercase();
            if upper.chars().count() == s.chars().count() {
                proptest::prop_assert!(same_name(&s, &upper), "{:?} {:?}", name_keys(&s), name_keys(&upper));
            }
        }
    }
}
