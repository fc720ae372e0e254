//! Reading secrets the CLI way: from a `--*-file` option (a path or "-" for
//! standard input) or from the terminal with echo off. Never from argv or
//! the environment.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::Path;

use anyhow::Context;
use zeroize::Zeroizing;

use super::{AuthInputError, UsageError};
use crate::secret::Passphrase;
use crate::store;

/// Largest passphrase, PIN or share file read.
const SMALL_LIMIT: u64 = 64 * 1024;
/// Largest value file read.
pub const VALUE_LIMIT: u64 = 1024 * 1024;

/// Reads a whole file (or stdin for "-"), bounded.
///
/// # Errors
/// If the file cannot be read or is larger than `limit`.
pub fn read_file(path: &Path, limit: u64) -> anyhow::Result<Zeroizing<Vec<u8>>> {
    if path == Path::new("-") {
        let mut buf = Zeroizing::new(Vec::new());
        std::io::stdin()
            .take(limit + 1)
            .read_to_end(&mut buf)
            .context("cannot read standard input")?;
        if buf.len() as u64 > limit {
            return Err(UsageError(format!(
                "standard input holds more than {limit} bytes: that is not a passphrase or value"
            ))
            .into());
        }
        return Ok(buf);
    }
    Ok(Zeroizing::new(store::read_input(path, limit)?))
}

fn utf8(bytes: Zeroizing<Vec<u8>>, what: &str) -> anyhow::Result<Passphrase> {
    let s = String::from_utf8(bytes.to_vec())
        .map_err(|_| UsageError(format!("the {what} file is not UTF-8 text")))?;
    Ok(Passphrase::new(s))
}

/// A passphrase or PIN from `file`, or asked on the terminal (twice when
/// `confirm`).
///
/// # Errors
/// No terminal and no file; the two entries differ; unreadable file.
pub fn passphrase(file: Option<&Path>, prompt: &str, confirm: bool) -> anyhow::Result<Passphrase> {
    if let Some(path) = file {
        return utf8(read_file(path, SMALL_LIMIT)?, prompt);
    }
    let first = rpassword::prompt_password(format!("{prompt}: ")).map_err(|_| {
        UsageError(format!(
            "no terminal to ask for the {prompt}: give it with a --*-file option"
        ))
    })?;
    let first = Passphrase::new(first);
    if confirm {
        let again = Passphrase::new(
            rpassword::prompt_password(format!("{prompt} (again): "))
                .map_err(|_| UsageError("no terminal".into()))?,
        );
        if again.expose() != first.expose() {
            return Err(
                AuthInputError("the two entries differ: nothing was changed".into()).into(),
            );
        }
    }
    Ok(first)
}

/// The text of a share file; `-` on a terminal is typed line by line
/// ([`type_share`]).
///
/// # Errors
/// Unreadable, too large or not UTF-8.
pub fn share_text(path: &Path) -> anyhow::Result<Zeroizing<String>> {
    if path == Path::new("-") && std::io::stdin().is_terminal() {
        return type_share_here();
    }
    let bytes = read_file(path, SMALL_LIMIT)
        .with_context(|| format!("cannot read share file {}", path.display()))?;
    let s = String::from_utf8(bytes.to_vec())
        .map_err(|_| AuthInputError(format!("{} is not a share text file", path.display())))?;
    Ok(Zeroizing::new(s))
}

/// Largest share image read.
const IMAGE_LIMIT: u64 = 32 * 1024 * 1024;

/// The share text held by the QR code of a photo or scan.
///
/// # Errors
/// Unreadable file; no, several, or a foreign QR code.
pub fn share_image_text(path: &Path) -> anyhow::Result<Zeroizing<String>> {
    let bytes = Zeroizing::new(
        store::read_bounded(path, IMAGE_LIMIT)
            .with_context(|| format!("cannot read share image {}", path.display()))?,
    );
    crate::scan::decode_share_text(&bytes)
        .map_err(|e| AuthInputError(format!("share image {}: {e}", path.display())).into())
}

/// A share typed on this terminal ([`type_share`] on standard input, the
/// dialogue on standard error so standard output stays the command's).
///
/// # Errors
/// As [`type_share`].
pub fn type_share_here() -> anyhow::Result<Zeroizing<String>> {
    type_share(std::io::stdin().lock(), std::io::stderr())
}

/// A share line as kluis reads it: upper case, `O` as `0`, `I` and `L` as
/// `1` (the share alphabet, src/shares/text.rs), dashes and spaces kept.
pub fn normalise_share_line(line: &str) -> String {
    line.chars()
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            u => u,
        })
        .collect()
}

/// Reads the six lines of a share as a person types them: each line is
/// checked against its own check symbol when Enter completes it and shown
/// back as it was read with a ✓; a wrong line is refused at once with the
/// reason and asked again, the lines before it kept (issue 12 item 3).
/// The lines are shown: one share is useless alone, and a typist who cannot
/// see a typo cannot fix it (docs/THREAT-MODEL.md 3.16).
///
/// # Errors
/// The input ends before six lines ([`UsageError`]), or cannot be read.
pub fn type_share(
    mut input: impl BufRead,
    mut out: impl Write,
) -> anyhow::Result<Zeroizing<String>> {
    let _ = writeln!(
        out,
        "Type the six lines of the share, Enter after each (Ctrl-D stops):"
    );
    let mut text = Zeroizing::new(String::from("KLUIS\n"));
    let mut n = 1;
    while n <= 6 {
        let _ = write!(out, "line {n}: ");
        let _ = out.flush();
        let mut buf = Zeroizing::new(String::new());
        if input
            .read_line(&mut buf)
            .context("cannot read the typed share")?
            == 0
        {
            let _ = writeln!(out);
            return Err(UsageError(format!(
                "the share was not finished: {} of 6 lines typed",
                n - 1
            ))
            .into());
        }
        let line = buf.trim();
        if line.is_empty() || line.eq_ignore_ascii_case("KLUIS") {
            continue;
        }
        match crate::shares::check_line(n, line) {
            Ok(()) => {
                let _ = writeln!(out, "  line {n}: {} ✓", normalise_share_line(line));
                text.push_str(line);
                text.push('\n');
                n += 1;
            }
            Err(e) => {
                let _ = writeln!(out, "  ✗ {e}");
            }
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<String> {
        let share =
            crate::shares::Share::new([7; 8], 2, 3, 1, Zeroizing::new([9; 32])).expect("share");
        share
            .to_text()
            .lines()
            .filter(|l| !l.is_empty() && *l != "KLUIS")
            .map(String::from)
            .collect()
    }

    #[test]
    fn a_wrong_line_is_asked_again_and_the_others_kept() {
        let lines = sample();
        let mut bad: Vec<char> = lines[2].chars().collect();
        bad[0] = if bad[0] == '7' { '8' } else { '7' };
        let bad: String = bad.into_iter().collect();
        let typed = format!(
            "{}\n{}\n{bad}\n{}\n{}\n{}\n{}\n",
            lines[0].to_lowercase(),
            lines[1],
            lines[2],
            lines[3],
            lines[4],
            lines[5]
        );
        let mut out = Vec::new();
        let text = type_share(typed.as_bytes(), &mut out).expect("share");
        let out = String::from_utf8(out).expect("utf8");
        assert!(
            out.contains("✗ line 3 of the share does not match"),
            "{out}"
        );
        assert!(
            out.contains(&format!("line 1: {} ✓", lines[0])),
            "normalised: {out}"
        );
        assert_eq!(out.matches("line 3: ").count(), 3, "asked again: {out}");
        assert!(crate::shares::Share::parse(&text).is_ok());
    }

    #[test]
    fn an_unfinished_share_is_a_usage_error() {
        let lines = sample();
        let typed = format!("{}\n", lines[0]);
        let e = type_share(typed.as_bytes(), Vec::new()).expect_err("short");
        assert!(e.downcast_ref::<UsageError>().is_some());
        assert!(e.to_string().contains("1 of 6"), "{e}");
    }

    #[test]
    fn normalised_as_read() {
        assert_eq!(normalise_share_line("ab0o-1il"), "AB00-111");
    }
}
