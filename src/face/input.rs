//! Reading secrets the CLI way: from a `--*-file` option (a path or "-" for
//! standard input) or from the terminal with echo off. Never from argv or
//! the environment. Every refusal and prompt is in the caller's [`Lang`],
//! from the catalogue in [`crate::i18n`].

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::Path;

use anyhow::Context;
use zeroize::Zeroizing;

use super::{AuthInputError, UsageError};
use crate::i18n::{Lang, Msg, t, tf};
use crate::scan::ScanError;
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
pub fn read_file(lang: Lang, path: &Path, limit: u64) -> anyhow::Result<Zeroizing<Vec<u8>>> {
    if path == Path::new("-") {
        let mut buf = Zeroizing::new(Vec::new());
        std::io::stdin()
            .take(limit + 1)
            .read_to_end(&mut buf)
            .context(t(lang, Msg::InCannotReadStdin))?;
        if buf.len() as u64 > limit {
            return Err(UsageError(tf(lang, Msg::InStdinTooLarge, &[("limit", &limit)])).into());
        }
        return Ok(buf);
    }
    Ok(Zeroizing::new(store::read_input(path, limit)?))
}

fn utf8(lang: Lang, bytes: Zeroizing<Vec<u8>>, what: &str) -> anyhow::Result<Passphrase> {
    let s = String::from_utf8(bytes.to_vec())
        .map_err(|_| UsageError(tf(lang, Msg::InNotUtf8, &[("what", &what)])))?;
    Ok(Passphrase::new(s))
}

/// A passphrase or PIN from `file`, or asked on the terminal (twice when
/// `confirm`); `prompt` names it in `lang`.
///
/// # Errors
/// No terminal and no file; the two entries differ; unreadable file.
pub fn passphrase(
    lang: Lang,
    file: Option<&Path>,
    prompt: &str,
    confirm: bool,
) -> anyhow::Result<Passphrase> {
    if let Some(path) = file {
        return utf8(lang, read_file(lang, path, SMALL_LIMIT)?, prompt);
    }
    let first = rpassword::prompt_password(format!("{prompt}: "))
        .map_err(|_| UsageError(tf(lang, Msg::InNoTerminal, &[("what", &prompt)])))?;
    let first = Passphrase::new(first);
    if confirm {
        let again = Passphrase::new(
            rpassword::prompt_password(format!(
                "{}: ",
                tf(lang, Msg::InAgain, &[("what", &prompt)])
            ))
            .map_err(|_| UsageError(tf(lang, Msg::InNoTerminal, &[("what", &prompt)])))?,
        );
        if again.expose() != first.expose() {
            return Err(AuthInputError(t(lang, Msg::InEntriesDiffer).into()).into());
        }
    }
    Ok(first)
}

/// The text of a share file (not age-encrypted); `-` on a terminal is
/// typed line by line ([`type_share`]).
///
/// # Errors
/// Unreadable, too large or not UTF-8.
pub fn share_text(lang: Lang, path: &Path) -> anyhow::Result<Zeroizing<String>> {
    if path == Path::new("-") && std::io::stdin().is_terminal() {
        return type_share_here(lang);
    }
    super::intake::share_file_text(lang, path, &share_file_bytes(lang, path)?, None)
}

/// The bytes of a share file: its text form, or an age file
/// ([`crate::shares::age`]).
///
/// # Errors
/// Unreadable or too large.
pub fn share_file_bytes(lang: Lang, path: &Path) -> anyhow::Result<Zeroizing<Vec<u8>>> {
    read_file(lang, path, SMALL_LIMIT).with_context(|| {
        tf(
            lang,
            Msg::InCannotReadShareFile,
            &[("path", &path.display())],
        )
    })
}

/// The identities of the `--identity` files, for age-encrypted share
/// files. A passphrase-protected identity asks on the terminal when it is
/// first used, never from argv or the environment.
///
/// # Errors
/// An unreadable file, or one that holds no identity kluis reads.
pub fn identities(
    lang: Lang,
    paths: &[std::path::PathBuf],
) -> anyhow::Result<crate::shares::age::Identities> {
    identities_with(
        lang,
        paths,
        crate::shares::age::Prompt::new(identity_passphrase),
    )
}

fn identities_with(
    lang: Lang,
    paths: &[std::path::PathBuf],
    prompt: crate::shares::age::Prompt,
) -> anyhow::Result<crate::shares::age::Identities> {
    let mut ids = crate::shares::age::Identities::new(prompt);
    for path in paths {
        let bytes = read_file(lang, path, SMALL_LIMIT).with_context(|| {
            tf(
                lang,
                Msg::InCannotReadIdentity,
                &[("path", &path.display())],
            )
        })?;
        ids.add_file(&bytes)
            .with_context(|| tf(lang, Msg::InIdentityFile, &[("path", &path.display())]))?;
    }
    Ok(ids)
}

/// A share file path as typed on the TUI's recovery screen: `PATH`, or
/// `PATH --identity KEYFILE` for an age-encrypted share; a leading `~/`
/// is the home directory in both.
pub fn typed_share_path(line: &str) -> (std::path::PathBuf, Option<std::path::PathBuf>) {
    let expand = |p: &str| match p.trim().strip_prefix("~/") {
        Some(rest) => std::env::var_os("HOME")
            .map(std::path::PathBuf::from)
            .unwrap_or_default()
            .join(rest),
        None => std::path::PathBuf::from(p.trim()),
    };
    match line.split_once(" --identity ") {
        Some((share, id)) => (expand(share), Some(expand(id))),
        None => (expand(line), None),
    }
}

/// The share text of a file typed on the TUI's recovery screen: the text
/// form, or an age file opened with `identity`. The TUI owns the terminal,
/// so a passphrase-protected identity is refused with a message rather than
/// asked for (use the CLI's `--identity` for those).
///
/// # Errors
/// Unreadable; not text; an age file without identity or that does not
/// open ([`crate::shares::age::AgeShareError`]).
pub fn share_file_text(
    lang: Lang,
    path: &Path,
    identity: Option<&Path>,
) -> anyhow::Result<Zeroizing<String>> {
    let ids = identity
        .map(|id| {
            identities_with(
                lang,
                &[id.to_path_buf()],
                crate::shares::age::Prompt::none(),
            )
        })
        .transpose()?;
    super::intake::share_file_text(lang, path, &share_file_bytes(lang, path)?, ids.as_ref())
        .map_err(|e| match e.downcast_ref::<super::intake::NeedsIdentity>() {
            Some(n) => {
                UsageError(tf(lang, Msg::InShareAgeTyped, &[("path", &n.0.display())])).into()
            }
            None => e,
        })
}

/// Asks for an identity's passphrase (or a plugin's PIN) on the terminal;
/// `None` without one.
fn identity_passphrase(question: &str) -> Option<Zeroizing<String>> {
    rpassword::prompt_password(format!("{}: ", crate::text::for_terminal(question)))
        .ok()
        .map(Zeroizing::new)
}

/// Largest share image read.
const IMAGE_LIMIT: u64 = 32 * 1024 * 1024;

/// The share text held by the QR code of a photo or scan.
///
/// # Errors
/// Unreadable file; no, several, or a foreign QR code.
pub fn share_image_text(lang: Lang, path: &Path) -> anyhow::Result<Zeroizing<String>> {
    let bytes = Zeroizing::new(store::read_bounded(path, IMAGE_LIMIT).with_context(|| {
        tf(
            lang,
            Msg::InCannotReadShareImage,
            &[("path", &path.display())],
        )
    })?);
    crate::scan::decode_share_text(&bytes).map_err(|e| {
        AuthInputError(tf(
            lang,
            Msg::InShareImage,
            &[("path", &path.display()), ("why", &scan_error(lang, &e))],
        ))
        .into()
    })
}

/// Why no share was read from an image, in words.
fn scan_error(lang: Lang, e: &ScanError) -> String {
    let msg = match e {
        ScanError::TooLarge => Msg::InScanTooLarge,
        ScanError::Unreadable => Msg::InScanUnreadable,
        ScanError::NoCode => Msg::InScanNoCode,
        ScanError::Several => Msg::InScanSeveral,
        ScanError::TooManyCandidates => Msg::InScanCorners,
        ScanError::Undecodable => Msg::InScanUndecodable,
        ScanError::NotAShare => Msg::InScanNotAShare,
    };
    t(lang, msg).to_string()
}

/// A share typed on this terminal ([`type_share`] on standard input, the
/// dialogue on standard error so standard output stays the command's).
///
/// # Errors
/// As [`type_share`].
pub fn type_share_here(lang: Lang) -> anyhow::Result<Zeroizing<String>> {
    type_share(lang, std::io::stdin().lock(), std::io::stderr())
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
    lang: Lang,
    mut input: impl BufRead,
    mut out: impl Write,
) -> anyhow::Result<Zeroizing<String>> {
    let _ = writeln!(out, "{}", t(lang, Msg::InTypeShare));
    let mut text = Zeroizing::new(String::from("KLUIS\n"));
    let mut n = 1;
    while n <= 6 {
        let _ = write!(out, "{}: ", tf(lang, Msg::InLine, &[("n", &n)]));
        let _ = out.flush();
        let mut buf = Zeroizing::new(String::new());
        if input
            .read_line(&mut buf)
            .context(t(lang, Msg::InCannotReadTyped))?
            == 0
        {
            let _ = writeln!(out);
            return Err(UsageError(tf(lang, Msg::InShareUnfinished, &[("n", &(n - 1))])).into());
        }
        let line = buf.trim();
        if line.is_empty() || line.eq_ignore_ascii_case("KLUIS") {
            continue;
        }
        match crate::shares::check_line(n, line) {
            Ok(()) => {
                let _ = writeln!(
                    out,
                    "  {}: {} ✓",
                    tf(lang, Msg::InLine, &[("n", &n)]),
                    normalise_share_line(line)
                );
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
        let text = type_share(Lang::En, typed.as_bytes(), &mut out).expect("share");
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
        let e = type_share(Lang::En, typed.as_bytes(), Vec::new()).expect_err("short");
        assert!(e.downcast_ref::<UsageError>().is_some());
        assert!(e.to_string().contains("1 of 6"), "{e}");
        let mut out = Vec::new();
        let e = type_share(Lang::Nl, typed.as_bytes(), &mut out).expect_err("short");
        assert_eq!(
            e.to_string(),
            "het deel is niet af: 1 van de 6 regels getypt"
        );
        let out = String::from_utf8(out).expect("utf8");
        assert!(out.starts_with("Typ de zes regels van het deel"), "{out}");
        assert!(out.contains(&format!("  regel 1: {} ✓", lines[0])), "{out}");
    }

    #[test]
    fn normalised_as_read() {
        assert_eq!(normalise_share_line("ab0o-1il"), "AB00-111");
    }

    #[test]
    fn a_typed_age_share_path_opens_with_its_identity() {
        use age::secrecy::ExposeSecret;
        let dir = tempfile::tempdir().expect("tempdir");
        let id = age::x25519::Identity::generate();
        let key = dir.path().join("key.txt");
        std::fs::write(&key, format!("{}\n", id.to_string().expose_secret())).expect("key");
        let rec = crate::shares::age::ShareRecipient::parse(&id.to_public().to_string())
            .expect("recipient");
        let text = "KLUIS\nnot checked here\n";
        let file = dir.path().join("share-2.age");
        std::fs::write(
            &file,
            crate::shares::age::encrypt_share(text, &rec, true).expect("encrypt"),
        )
        .expect("write");
        let line = format!("{} --identity {}", file.display(), key.display());
        let (p, i) = typed_share_path(&line);
        assert_eq!(
            (p.as_path(), i.as_deref()),
            (file.as_path(), Some(key.as_path()))
        );
        let got = share_file_text(Lang::En, &p, i.as_deref()).expect("opens");
        assert_eq!(got.as_str(), text);
        let err = share_file_text(Lang::En, &p, None).expect_err("needs the key");
        assert!(format!("{err:#}").contains("is age-encrypted"), "{err:#}");
        let other = dir.path().join("other.txt");
        let o = age::x25519::Identity::generate();
        std::fs::write(&other, format!("{}\n", o.to_string().expose_secret())).expect("key");
        let err = share_file_text(Lang::En, &p, Some(&other)).expect_err("another key");
        assert!(
            format!("{err:#}").contains("encrypted to another recipient"),
            "{err:#}"
        );
        // A plain text file reads as before.
        let txt = dir.path().join("s.txt");
        std::fs::write(&txt, "KLUIS\n").expect("write");
        assert_eq!(
            share_file_text(Lang::En, &txt, None)
                .expect("text")
                .as_str(),
            "KLUIS\n"
        );
    }
}
