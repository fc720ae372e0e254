//! The errors clap finds in a command line, in the user's language.
//!
//! In English clap words them itself, exactly as it always has (scripts
//! and the tests read that text). In Dutch this module words each
//! [`ErrorKind`] from the error's context ([`ContextKind`]: the argument,
//! the value, the possible values, the suggestion, the usage line), every
//! text from the catalogue in [`crate::i18n`]:
//!
//! ```text
//! kluis: fout: ongeldige waarde `foo` voor `--kind <SOORT>`
//!   [mogelijke waarden: `backup-key`, `credential`, `totp`, `note`]
//!
//! Zie `--help` voor meer uitleg.
//! ```
//!
//! The prefix is the one every other kluis error has (`kluis: fout: `);
//! names, values and commands stand in backticks, as in kluis's other
//! Dutch lines (they are the scripting words of docs/CLI.md);
//! the exit code (2) and the escaping of what was typed stay in `main`.
//! clap's own English never reaches a Dutch line: a part this module
//! cannot word (a value parser's reason it does not know, a tip in a form
//! clap has not used before) is left out rather than printed in English.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::args::NumberError;
use crate::i18n::{Lang, Msg, t, tf};

/// A clap error as kluis prints it on standard error (or, for help and
/// version, on standard output) in `lang`.
pub fn render(lang: Lang, e: &clap::Error) -> String {
    match lang {
        Lang::En => e.render().to_string(),
        Lang::Nl => dutch(e),
    }
}

/// A help text (`--help`, `kluis help …`, or a command given without its
/// subcommand) in `lang`: in Dutch the usage line's `[OPTIONS]`, which
/// clap writes itself, becomes `[OPTIES]`.
pub fn help_text(lang: Lang, text: &str) -> String {
    match lang {
        Lang::En => text.to_string(),
        Lang::Nl => text
            .split_inclusive('\n')
            .map(|line| {
                if line.starts_with(t(Lang::Nl, Msg::ClapUsage)) {
                    line.replace(t(Lang::En, Msg::ClapOptions), t(Lang::Nl, Msg::ClapOptions))
                } else {
                    line.to_string()
                }
            })
            .collect(),
    }
}

/// The text of a context value that is one string.
fn string(e: &clap::Error, kind: ContextKind) -> Option<&str> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s),
        _ => None,
    }
}

/// The texts of a context value that is a list (or one string).
fn strings(e: &clap::Error, kind: ContextKind) -> Option<Vec<String>> {
    match e.get(kind) {
        Some(ContextValue::Strings(v)) => Some(v.clone()),
        Some(ContextValue::String(s)) => Some(vec![s.clone()]),
        _ => None,
    }
}

fn number(e: &clap::Error, kind: ContextKind) -> Option<isize> {
    match e.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    }
}

/// Names in backticks, as kluis quotes its scripting words in Dutch
/// lines: "`a`", "`a` of `b`", "`a`, `b` of `c`".
fn one_of(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {} {last}", rest.join(", "), t(Lang::Nl, Msg::ClapOr))
        }
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// A "  [name: a, b]" line, as clap adds it below a refused value.
fn values_list(out: &mut String, name: Msg, values: Option<Vec<String>>) {
    if let Some(values) = values.filter(|v| !v.is_empty()) {
        out.push_str(&format!(
            "\n  [{}: {}]",
            t(Lang::Nl, name),
            values
                .iter()
                .map(|v| format!("`{v}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
}

/// Why a value parser refused a value, if kluis knows the reason's type.
fn reason(e: &clap::Error) -> Option<String> {
    use std::num::IntErrorKind;
    let source = std::error::Error::source(e)?;
    let n = source.downcast_ref::<NumberError>().cloned().or_else(|| {
        source
            .downcast_ref::<std::num::ParseIntError>()
            .cloned()
            .map(NumberError::Parse)
    })?;
    let nl = Lang::Nl;
    Some(match n {
        NumberError::Parse(p) => t(
            nl,
            match p.kind() {
                IntErrorKind::Empty => Msg::NumEmpty,
                IntErrorKind::PosOverflow => Msg::NumTooLarge,
                IntErrorKind::NegOverflow => Msg::NumTooSmall,
                _ => Msg::NumNotANumber,
            },
        )
        .to_string(),
        NumberError::OutOfRange { got, lo, hi } => tf(
            nl,
            Msg::NumOutOfRange,
            &[("got", &got), ("lo", &lo), ("hi", &hi)],
        ),
    })
}

/// clap's ready-made English tips ("to pass 'x' as a value, use '-- x'"),
/// read back into their parts and worded in Dutch; `None` for a form this
/// module does not know (it is then left out).
fn tip(english: &str) -> Option<String> {
    let nl = Lang::Nl;
    if let Some(rest) = english.strip_prefix("to pass '")
        && let Some((arg, used)) = rest.split_once("' as a value, use '")
    {
        let used = used.strip_suffix('\'')?;
        return Some(tf(nl, Msg::ClapAsValue, &[("arg", &arg), ("use", &used)]));
    }
    if let Some(rest) = english.strip_prefix("subcommand '")
        && let Some(command) = rest.strip_suffix("' exists; to use it, remove the '--' before it")
    {
        return Some(tf(nl, Msg::ClapDoubleDash, &[("command", &command)]));
    }
    if let Some(name) = english
        .strip_prefix('\'')
        .and_then(|r| r.strip_suffix("' exists"))
    {
        return Some(tf(nl, Msg::ClapExists, &[("name", &name)]));
    }
    None
}

/// The first line of a Dutch usage error: what is wrong.
fn message(e: &clap::Error) -> String {
    let nl = Lang::Nl;
    let arg = string(e, ContextKind::InvalidArg);
    let value = string(e, ContextKind::InvalidValue);
    let mut out = String::new();
    match e.kind() {
        ErrorKind::MissingRequiredArgument => {
            out.push_str(t(nl, Msg::ClapMissingArgs));
            for a in strings(e, ContextKind::InvalidArg).unwrap_or_default() {
                out.push_str(&format!("\n  {a}"));
            }
        }
        ErrorKind::InvalidValue => match (arg, value) {
            (Some(arg), Some("")) => out.push_str(&tf(nl, Msg::ClapEmptyValue, &[("arg", &arg)])),
            (Some(arg), Some(value)) => out.push_str(&tf(
                nl,
                Msg::ClapInvalidValue,
                &[("arg", &arg), ("value", &value)],
            )),
            _ => out.push_str(t(nl, Msg::ClapOther)),
        },
        ErrorKind::ValueValidation => match (arg, value) {
            (Some(arg), Some(value)) => match reason(e) {
                Some(why) => out.push_str(&tf(
                    nl,
                    Msg::ClapBadValue,
                    &[("arg", &arg), ("value", &value), ("why", &why)],
                )),
                None => out.push_str(&tf(
                    nl,
                    Msg::ClapInvalidValue,
                    &[("arg", &arg), ("value", &value)],
                )),
            },
            _ => out.push_str(t(nl, Msg::ClapOther)),
        },
        ErrorKind::UnknownArgument => match arg {
            Some(arg) => out.push_str(&tf(nl, Msg::ClapUnknownArg, &[("arg", &arg)])),
            None => out.push_str(t(nl, Msg::ClapOther)),
        },
        ErrorKind::InvalidSubcommand => match string(e, ContextKind::InvalidSubcommand) {
            Some(c) => out.push_str(&tf(nl, Msg::ClapUnknownCommand, &[("command", &c)])),
            None => out.push_str(t(nl, Msg::ClapOther)),
        },
        ErrorKind::MissingSubcommand => match string(e, ContextKind::InvalidSubcommand) {
            Some(c) => {
                out.push_str(&tf(nl, Msg::ClapMissingCommand, &[("command", &c)]));
                values_list(
                    &mut out,
                    Msg::ClapCommands,
                    strings(e, ContextKind::ValidSubcommand),
                );
            }
            None => out.push_str(t(nl, Msg::ClapOther)),
        },
        ErrorKind::ArgumentConflict => conflict(e, &mut out),
        ErrorKind::NoEquals => match arg {
            Some(arg) => out.push_str(&tf(nl, Msg::ClapNoEquals, &[("arg", &arg)])),
            None => out.push_str(t(nl, Msg::ClapOther)),
        },
        ErrorKind::TooManyValues => match (arg, value) {
            (Some(arg), Some(value)) => out.push_str(&tf(
                nl,
                Msg::ClapTooManyValues,
                &[("arg", &arg), ("value", &value)],
            )),
            _ => out.push_str(t(nl, Msg::ClapOther)),
        },
        ErrorKind::TooFewValues => match (
            arg,
            number(e, ContextKind::MinValues),
            number(e, ContextKind::ActualNumValues),
        ) {
            (Some(arg), Some(min), Some(got)) => out.push_str(&tf(
                nl,
                Msg::ClapTooFewValues,
                &[("arg", &arg), ("min", &min), ("got", &got)],
            )),
            _ => out.push_str(t(nl, Msg::ClapOther)),
        },
        ErrorKind::WrongNumberOfValues => match (
            arg,
            number(e, ContextKind::ExpectedNumValues),
            number(e, ContextKind::ActualNumValues),
        ) {
            (Some(arg), Some(want), Some(got)) => out.push_str(&tf(
                nl,
                Msg::ClapWrongValueCount,
                &[("arg", &arg), ("want", &want), ("got", &got)],
            )),
            _ => out.push_str(t(nl, Msg::ClapOther)),
        },
        ErrorKind::InvalidUtf8 => out.push_str(t(nl, Msg::ClapNotUtf8)),
        _ => out.push_str(t(nl, Msg::ClapOther)),
    }
    if e.kind() == ErrorKind::InvalidValue {
        values_list(
            &mut out,
            Msg::ClapPossibleValues,
            strings(e, ContextKind::ValidValue),
        );
    }
    out
}

/// An [`ErrorKind::ArgumentConflict`]: an option given twice, or two that
/// exclude each other.
fn conflict(e: &clap::Error, out: &mut String) {
    let nl = Lang::Nl;
    let prior = e.get(ContextKind::PriorArg);
    let (msg, key, name) = if let Some(arg) = string(e, ContextKind::InvalidArg) {
        if prior == Some(&ContextValue::String(arg.to_string())) {
            out.push_str(&tf(nl, Msg::ClapTwice, &[("arg", &arg)]));
            return;
        }
        (Msg::ClapConflict, "arg", arg)
    } else if let Some(c) = string(e, ContextKind::InvalidSubcommand) {
        (Msg::ClapCommandConflict, "command", c)
    } else {
        out.push_str(t(nl, Msg::ClapConflictPlain));
        return;
    };
    match prior {
        Some(ContextValue::String(other)) => {
            out.push_str(&tf(nl, msg, &[(key, &name), ("other", other)]));
        }
        Some(ContextValue::Strings(others)) if msg == Msg::ClapConflict => {
            out.push_str(&tf(nl, Msg::ClapConflictList, &[("arg", &name)]));
            for o in others {
                out.push_str(&format!("\n  {o}"));
            }
        }
        _ if msg == Msg::ClapConflict => {
            out.push_str(&tf(nl, Msg::ClapConflictAny, &[("arg", &name)]));
        }
        _ => out.push_str(t(nl, Msg::ClapConflictPlain)),
    }
}

/// The whole Dutch text of a clap error.
fn dutch(e: &clap::Error) -> String {
    let nl = Lang::Nl;
    match e.kind() {
        // Help, version, and a command given without its subcommand (clap
        // then prints that command's help, which is Dutch already).
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return help_text(nl, &e.render().to_string());
        }
        _ => {}
    }
    let prefix = format!("kluis: {}: ", t(nl, Msg::Error));
    // An error kluis made itself with `clap::Error::raw` carries no
    // context: its message is already in the user's language.
    if e.context().next().is_none() {
        let text = e.render().to_string();
        let text = text.strip_prefix("error: ").unwrap_or(&text);
        return format!("{prefix}{text}");
    }
    let mut out = prefix;
    out.push_str(&message(e));
    // Suggestions: a similar command, argument or value, and clap's own
    // ready-made tips.
    let mut tips = Vec::new();
    for kind in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        if let Some(names) = strings(e, kind).filter(|n| !n.is_empty()) {
            tips.push(tf(nl, Msg::ClapDidYouMean, &[("names", &one_of(&names))]));
        }
    }
    if let Some(ContextValue::StyledStrs(ready)) = e.get(ContextKind::Suggested) {
        tips.extend(ready.iter().filter_map(|s| tip(&s.to_string())));
    }
    if !tips.is_empty() {
        out.push('\n');
        for t in tips {
            out.push_str(&format!("\n  tip: {t}"));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage
            .strip_prefix(t(Lang::En, Msg::ClapUsage))
            .unwrap_or(&usage)
            .trim_start();
        out.push_str(&help_text(
            nl,
            &format!("\n\n{} {usage}", t(nl, Msg::ClapUsage)),
        ));
    }
    out.push_str("\n\n");
    out.push_str(&tf(nl, Msg::ClapMoreInfo, &[("help", &"--help")]));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::help::command;

    fn nl(args: &[&str]) -> String {
        let e = command(Lang::Nl)
            .try_get_matches_from(args)
            .expect_err("refused");
        render(Lang::Nl, &e)
    }

    #[test]
    fn a_ready_made_tip_is_read_back() {
        assert_eq!(
            tip("to pass '-x' as a value, use '-- -x'").as_deref(),
            Some("om `-x` als waarde te geven: `-- -x`")
        );
        assert_eq!(
            tip("'kluis secret add --kind' exists").as_deref(),
            Some("`kluis secret add --kind` bestaat")
        );
        assert_eq!(tip("something clap says one day"), None);
    }

    #[test]
    fn suggestions_are_joined_in_dutch() {
        let s = nl(&["kluis", "secrt"]);
        assert!(s.contains("tip: bedoelt u `report` of `secret`?"), "{s}");
        assert!(
            s.starts_with("kluis: fout: onbekende opdracht `secrt`"),
            "{s}"
        );
    }

    #[test]
    fn the_options_placeholder_is_dutch_on_the_usage_line_only() {
        let s = help_text(Lang::Nl, "Gebruik: kluis [OPTIONS]\n  [OPTIONS] x\n");
        assert_eq!(s, "Gebruik: kluis [OPTIES]\n  [OPTIONS] x\n");
        assert_eq!(help_text(Lang::En, "Usage: [OPTIONS]"), "Usage: [OPTIONS]");
    }
}
