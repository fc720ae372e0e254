//! Reading secrets the CLI way: from a `--*-file` option (a path or "-" for
//! standard input) or from the terminal with echo off. Never from argv or
//! the environment.

use std::io::Read;
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

/// The text of a share file.
///
/// # Errors
/// Unreadable, too large or not UTF-8.
pub fn share_text(path: &Path) -> anyhow::Result<Zeroizing<String>> {
    let bytes = read_file(path, SMALL_LIMIT)
        .with_context(|| format!("cannot read share file {}", path.display()))?;
    super::intake::share_file_text(path, &bytes)
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
