//! Pure checks of typed text that both `update` and `view` need: the
//! strength of a new passphrase and the holders list. Imports nothing from
//! the rest of `tui`, so neither side depends on the other through it.

use crate::i18n::{Lang, Msg, t};
use crate::ops::HolderSpec;

/// Lowest zxcvbn score accepted without confirmation.
pub const MIN_SCORE: u8 = 3;

/// The zxcvbn score (0-4) of `pass` and its feedback, worded in English by
/// zxcvbn (its texts are not translated). Run by `update` when the field
/// changes and kept in the model; the view only reads the result.
pub fn strength(pass: &str, inputs: &[&str]) -> (u8, Vec<String>) {
    if pass.is_empty() {
        return (0, Vec::new());
    }
    let e = zxcvbn::zxcvbn(pass, inputs);
    let mut notes = Vec::new();
    if let Some(f) = e.feedback() {
        if let Some(w) = f.warning() {
            notes.push(w.to_string());
        }
        notes.extend(f.suggestions().iter().map(ToString::to_string));
    }
    (u8::from(e.score()), notes)
}

/// One holder as the wizard and the rotate form take it: `NAME@PLACE`,
/// whole (a place may hold commas), the place required.
///
/// # Errors
/// No holder, or no place, worded.
pub fn holder(text: &str, lang: Lang) -> Result<HolderSpec, String> {
    // The core's only parse error is a missing name (its text is
    // English; the CLI words it as a usage error).
    let h: HolderSpec = text
        .parse()
        .map_err(|_| t(lang, Msg::TuiHolderNeedsLabel).to_string())?;
    if h.place.is_empty() {
        return Err(t(lang, Msg::TuiHolderNeedsPlace).into());
    }
    Ok(h)
}

/// The holders of the rotate form: `NAME@PLACE` separated by `;`, never
/// by commas, which a place may hold ("Kluis, kantoor Utrecht"; issue 12
/// item 2), each with its place as in the wizard.
///
/// # Errors
/// The first entry that is no holder, worded.
pub fn holders(text: &str, lang: Lang) -> Result<Vec<HolderSpec>, String> {
    text.split(';')
        .filter(|h| !h.trim().is_empty())
        .map(|h| holder(h.trim(), lang))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A holder without a name or without a place is refused in the
    /// user's language.
    #[test]
    fn a_holder_needs_a_name_and_a_place_in_words() {
        let e = holder("@Kluis", Lang::Nl).expect_err("no name");
        assert!(e.starts_with("een houder heeft een naam nodig"), "{e}");
        let e = holder("Bert", Lang::Nl).expect_err("no place");
        assert!(e.starts_with("een houder heeft een plaats nodig"), "{e}");
        let h = holder("Kantoorkluis@Kluis, kantoor Utrecht", Lang::Nl).expect("holder");
        assert_eq!(h.place, "Kluis, kantoor Utrecht");
    }

    #[test]
    fn an_empty_passphrase_scores_zero_without_notes() {
        assert_eq!(strength("", &[]), (0, Vec::new()));
    }

    #[test]
    fn a_long_passphrase_scores_at_least_the_minimum() {
        let (score, _) = strength("correct horse battery staple mountain", &[]);
        assert!(score >= MIN_SCORE);
        let (weak, notes) = strength("abc", &[]);
        assert!(weak < MIN_SCORE);
        assert!(!notes.is_empty());
    }
}
