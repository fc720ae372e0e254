//! The one share intake both faces use: a share read from text, a file or
//! an image ([`read_share`]), and the shares of a recovery gathered one by
//! one into what will be handed to [`ops::open_with_shares`]
//! ([`ShareIntake`]).
//!
//! Taking in a share for a recovery is not a drill (issue 11, item 1): a
//! share checked here is checked with [`ops::check_recovery_share`], which
//! records nothing when it passes and journals a refused recovery attempt
//! when it fails — the evidence the CLI leaves for the same shares. A drill
//! is recorded only where the user asked for one (`kluis shares verify`,
//! the TUI's "verify a sheet").
//!
//! Decoding an image stays in [`crate::scan`]; turning the bytes of a share
//! file into share text happens in [`share_file_text`], the one place a new
//! share-file encoding is added.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Context;
use zeroize::Zeroizing;

use super::AuthInputError;
use super::input;
use crate::i18n::{Lang, Msg, tf};
use crate::ops::{self, Env, OpsError, ShareCheck};
use crate::shares::Share;
use crate::shares::age::{self, Identities};

/// Where a share comes from.
#[derive(Debug, Clone, Copy)]
pub enum ShareSource<'a> {
    /// The share's text form, as typed or pasted.
    Text(&'a str),
    /// A share text file (`--share-file`; "-" is standard input).
    File(&'a Path),
    /// A photo or scan of a sheet's QR code (`--share-image`).
    Image(&'a Path),
}

impl<'a> ShareSource<'a> {
    /// A file named by a path typed in the TUI: an image when its
    /// extension says PNG or JPEG, else a share text file.
    pub fn typed_path(path: &'a Path) -> Self {
        let image = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ["png", "jpg", "jpeg"].contains(&e.to_ascii_lowercase().as_str()));
        if image {
            Self::Image(path)
        } else {
            Self::File(path)
        }
    }
}

/// Expands a path typed in the TUI: a leading `~/` is the home directory.
pub fn expand_typed_path(typed: &str) -> PathBuf {
    match typed.strip_prefix("~/") {
        Some(rest) => std::env::var_os("HOME")
            .map(PathBuf::from)
            .unwrap_or_default()
            .join(rest),
        None => PathBuf::from(typed),
    }
}

/// Reads and parses one share. Nothing is checked against a vault and
/// nothing is recorded.
///
/// # Errors
/// An unreadable, oversized or non-text file; an image without exactly one
/// share QR code; share text that does not parse (the error names the file
/// and the line).
pub fn read_share(
    lang: Lang,
    source: ShareSource<'_>,
    ids: Option<&Identities>,
) -> anyhow::Result<Share> {
    match source {
        ShareSource::Text(text) => Ok(ops::parse_share(text)?),
        ShareSource::File(path) => {
            let text = if path == Path::new("-") && std::io::stdin().is_terminal() {
                // Typed line by line, each line checked (issue 12 item 3).
                input::type_share_here(lang)?
            } else {
                share_file_text(lang, path, &input::share_file_bytes(lang, path)?, ids)?
            };
            Ok(ops::parse_share(&text).with_context(|| ShareFrom::File(path.to_path_buf()))?)
        }
        ShareSource::Image(path) => {
            let text = input::share_image_text(lang, path)?;
            Ok(ops::parse_share(&text).with_context(|| ShareFrom::Image(path.to_path_buf()))?)
        }
    }
}

/// Where a share that does not read came from: the context of its error,
/// worded by each face (`crate::face::words`); English here.
#[derive(Debug, Clone)]
pub enum ShareFrom {
    /// A share text (or age) file.
    File(PathBuf),
    /// A photo of a sheet's QR code.
    Image(PathBuf),
}

impl std::fmt::Display for ShareFrom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareFrom::File(p) => write!(f, "share file {}", p.display()),
            ShareFrom::Image(p) => write!(f, "share image {}", p.display()),
        }
    }
}

/// An age-encrypted share file given without an identity to open it; each
/// face words how to give one.
#[derive(Debug, thiserror::Error)]
#[error("share file {} is age-encrypted and no identity was given to open it", .0.display())]
pub struct NeedsIdentity(pub PathBuf);

/// Where the bytes of a share file become share text: the text form, or an
/// age file (src/shares/age.rs) opened with `ids`. The one place a share
/// file encoding is added.
///
/// # Errors
/// An age file without `ids` ([`NeedsIdentity`]) or that does not open
/// with them; bytes that are no share text file.
pub fn share_file_text(
    lang: Lang,
    path: &Path,
    bytes: &[u8],
    ids: Option<&Identities>,
) -> anyhow::Result<Zeroizing<String>> {
    if age::is_age_file(bytes) {
        let Some(ids) = ids else {
            return Err(NeedsIdentity(path.to_path_buf()).into());
        };
        return age::decrypt_share(bytes, ids).with_context(|| ShareFrom::File(path.to_path_buf()));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| {
        AuthInputError(tf(lang, Msg::InNotAShareFile, &[("path", &path.display())]))
    })?;
    Ok(Zeroizing::new(text.to_owned()))
}

/// A share named by a path typed on the TUI's recovery screen: `PATH`, or
/// `PATH --identity KEYFILE` for an age-encrypted share file (an identity
/// with a passphrase is refused there: the TUI cannot ask for it).
///
/// # Errors
/// As [`read_share`], worded for the screen.
pub fn read_typed_path(lang: Lang, line: &str) -> anyhow::Result<Share> {
    let (path, identity) = input::typed_share_path(line);
    match ShareSource::typed_path(&path) {
        ShareSource::Image(p) => read_share(lang, ShareSource::Image(p), None),
        _ => {
            let text = input::share_file_text(lang, &path, identity.as_deref())?;
            Ok(ops::parse_share(&text).with_context(|| ShareFrom::File(path.to_path_buf()))?)
        }
    }
}

/// What offering a share to a recovery's intake led to.
#[derive(Debug, Clone)]
pub enum Offer {
    /// Taken in; the recovery now has enough shares when `complete`.
    Accepted {
        /// The share's verdict.
        check: ShareCheck,
        /// The threshold is reached.
        complete: bool,
    },
    /// A valid share of another set than the shares taken in so far.
    OtherSet(ShareCheck),
    /// A share whose index was taken in already.
    Duplicate(ShareCheck),
}

/// The shares of one recovery, taken in one by one, each checked against
/// the vault as it comes. Invariant: every share held passed
/// [`ops::check_recovery_share`], all are of one set, no index twice.
/// `Debug` shows no share values.
#[derive(Debug, Default)]
pub struct ShareIntake {
    accepted: Vec<(Share, ShareCheck)>,
}

impl ShareIntake {
    /// An empty intake.
    pub fn new() -> Self {
        Self::default()
    }

    /// Checks `share` against the vault at `path` (not a drill, see the
    /// module docs) and takes it in unless it is of another set or repeats
    /// an index.
    ///
    /// # Errors
    /// The share's verdict (journalled as a refused recovery attempt), or
    /// storage errors.
    pub fn offer(&mut self, env: &Env, path: &Path, share: Share) -> Result<Offer, OpsError> {
        let check = ops::check_recovery_share(env, path, &share)?;
        Ok(self.take(share, check))
    }

    /// Takes in a share already checked (the rules of [`Self::offer`]
    /// after the vault check).
    fn take(&mut self, share: Share, check: ShareCheck) -> Offer {
        if self
            .accepted
            .first()
            .is_some_and(|(_, first)| first.set_id != check.set_id)
        {
            return Offer::OtherSet(check);
        }
        if self.accepted.iter().any(|(_, c)| c.index == check.index) {
            return Offer::Duplicate(check);
        }
        self.accepted.push((share, check.clone()));
        Offer::Accepted {
            complete: self.is_complete(),
            check,
        }
    }

    /// Shares taken in.
    pub fn len(&self) -> usize {
        self.accepted.len()
    }

    /// No share taken in yet.
    pub fn is_empty(&self) -> bool {
        self.accepted.is_empty()
    }

    /// The threshold of the set being gathered, once a share is in.
    pub fn threshold(&self) -> Option<u8> {
        self.accepted.first().map(|(_, c)| c.threshold)
    }

    /// Enough shares to try the recovery.
    pub fn is_complete(&self) -> bool {
        self.threshold()
            .is_some_and(|k| self.accepted.len() >= usize::from(k))
    }

    /// The shares, for [`ops::open_with_shares`].
    pub fn shares(&self) -> Vec<Share> {
        self.accepted.iter().map(|(s, _)| s.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(index: u8, set_id: &str) -> ShareCheck {
        ShareCheck {
            index,
            threshold: 2,
            count: 3,
            pending: false,
            set_id: set_id.into(),
        }
    }

    fn share(index: u8) -> Share {
        Share::new([7; 8], 2, 3, index, Zeroizing::new([index; 32])).expect("share")
    }

    #[test]
    fn other_sets_and_repeated_indices_are_not_taken_in() {
        let mut i = ShareIntake::new();
        assert!(i.is_empty() && !i.is_complete() && i.threshold().is_none());
        assert!(matches!(
            i.take(share(1), check(1, "aa")),
            Offer::Accepted {
                complete: false,
                ..
            }
        ));
        assert!(matches!(i.take(share(2), check(2, "bb")), Offer::OtherSet(c) if c.index == 2));
        assert!(matches!(i.take(share(1), check(1, "aa")), Offer::Duplicate(c) if c.index == 1));
        assert_eq!(i.len(), 1);
        assert!(matches!(
            i.take(share(3), check(3, "aa")),
            Offer::Accepted { complete: true, .. }
        ));
        assert_eq!(i.threshold(), Some(2));
        let indices: Vec<u8> = i.shares().iter().map(Share::index).collect();
        assert_eq!(indices, [1, 3]);
        // Debug names the shares' positions, never their values.
        let shown = format!("{i:?}");
        assert!(!shown.contains("3, 3, 3"), "{shown}");
    }

    #[test]
    fn typed_paths_choose_image_or_file_by_extension() {
        for p in ["a.png", "b.JPG", "c.jpeg"] {
            assert!(matches!(
                ShareSource::typed_path(Path::new(p)),
                ShareSource::Image(_)
            ));
        }
        for p in ["a.txt", "b", "c.png.txt"] {
            assert!(matches!(
                ShareSource::typed_path(Path::new(p)),
                ShareSource::File(_)
            ));
        }
    }

    #[test]
    fn a_share_file_that_is_not_text_is_refused_with_its_path() {
        let e = share_file_text(Lang::En, Path::new("/x/s.txt"), &[0xff, 0xfe], None)
            .expect_err("not utf-8");
        assert_eq!(e.to_string(), "/x/s.txt is not a share text file");
        let t = share_file_text(Lang::En, Path::new("s"), b"KLUIS\n", None).expect("text");
        assert_eq!(t.as_str(), "KLUIS\n");
    }
}
