//! Release channels: how an unsealed value leaves the process.
//!
//! This module owns the last step of an unseal. The caller has already saved
//! the audit record (docs/ARCHITECTURE.md, "Audit": fail closed); the functions here only
//! deliver, on the channel the CLI's `--to` names:
//!
//! - `stdout`: the raw bytes and nothing else, for backup tools that run
//!   kluis as their password command;
//! - `file=PATH`: a new file, mode 0600, never an existing one;
//! - `clipboard`: X11 (or Wayland with the `wayland` feature) through
//!   `arboard`, else OSC 52 through the terminal; cleared after a delay if it
//!   still holds our text;
//! - `screen` and `qr`: drawn on `/dev/tty` inside the alternate screen, and
//!   wiped again after a timeout or on Enter, so nothing stays in the
//!   scrollback (docs/ARCHITECTURE.md, "Memory and terminal").
//!
//! [`Channel::preflight`] holds every check that can fail before the record
//! is saved, so that a release rarely fails after it was recorded.
//!
//! # Security
//!
//! No value ever appears in an error message. Our own intermediate copies
//! (hex, base64, the drawn QR code, the clipboard read-back) are
//! [`Zeroizing`]. Copies that third-party code makes are out of our reach:
//! `arboard` keeps the text in its own buffer while it serves the X11
//! selection, `qrcode` keeps its module matrix, and the terminal emulator
//! holds whatever was drawn until it is overwritten.

use std::fmt::Write as _;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::{Duration, Instant};

use anyhow::{Context, anyhow, bail};
use data_encoding::{BASE64, HEXLOWER};
use zeroize::Zeroizing;

use crate::i18n::{Lang, Msg, t, tf};

/// The path of the controlling terminal. Screen, QR and OSC 52 output go
/// here rather than to stdout, which may be a pipe or a file.
const TTY: &str = "/dev/tty";

/// The choices of `--to`, as listed in error messages.
const CHOICES: &str = "stdout, clipboard, screen, qr, file=PATH, exec";

/// Where a released value goes. Parsed from the CLI's `--to` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Channel {
    /// The raw bytes on standard output.
    Stdout,
    /// The system clipboard (or the terminal's, by OSC 52), cleared later.
    Clipboard,
    /// The value as text on the terminal, hidden again after a timeout.
    Screen,
    /// The value as a QR code on the terminal, hidden again after a timeout.
    Qr,
    /// A new file with mode 0600.
    File(PathBuf),
    /// A command given after `--`, for its lifetime only (src/face/exec.rs).
    Exec,
}

/// Why a `--to` value names no channel. The English text lists the
/// choices; [`ChannelError::worded`] gives it in a language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChannelError {
    /// `file` without `=PATH`.
    #[error("`file` needs a path: file=PATH (choices: {CHOICES})")]
    FileWithoutPath,
    /// `file=` with an empty path.
    #[error("`file=` needs a path: file=PATH (choices: {CHOICES})")]
    EmptyPath,
    /// No channel of that name.
    #[error("unknown channel `{0}`: choose one of {CHOICES}")]
    Unknown(String),
}

impl ChannelError {
    /// The refusal in `lang`, with the choices.
    pub fn worded(&self, lang: Lang) -> String {
        let choices = t(lang, Msg::ChanChoices);
        match self {
            ChannelError::FileWithoutPath => {
                tf(lang, Msg::ChanFileNoPath, &[("choices", &choices)])
            }
            ChannelError::EmptyPath => tf(lang, Msg::ChanEmptyPath, &[("choices", &choices)]),
            ChannelError::Unknown(s) => tf(
                lang,
                Msg::ChanUnknown,
                &[("channel", s), ("choices", &choices)],
            ),
        }
    }
}

impl FromStr for Channel {
    type Err = ChannelError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "stdout" => Ok(Channel::Stdout),
            "clipboard" => Ok(Channel::Clipboard),
            "screen" => Ok(Channel::Screen),
            "qr" => Ok(Channel::Qr),
            "exec" => Ok(Channel::Exec),
            "file" => Err(ChannelError::FileWithoutPath),
            _ => match s.strip_prefix("file=") {
                Some("") => Err(ChannelError::EmptyPath),
                Some(path) => Ok(Channel::File(PathBuf::from(path))),
                None => Err(ChannelError::Unknown(s.to_string())),
            },
        }
    }
}

impl Channel {
    /// The name recorded in the audit record: `stdout`, `clipboard`,
    /// `screen`, `qr`, or `file=PATH` (a path is not secret, and says where
    /// the value went).
    pub fn audit_name(&self) -> String {
        match self {
            Channel::Stdout => "stdout".into(),
            Channel::Clipboard => "clipboard".into(),
            Channel::Screen => "screen".into(),
            Channel::Qr => "qr".into(),
            Channel::File(path) => format!("file={}", path.display()),
            Channel::Exec => "exec".into(),
        }
    }

    /// Checks that can fail before anything is recorded.
    ///
    /// - `File`: the target must not exist, not even as a dangling symlink,
    ///   and its parent must be an existing directory.
    /// - `Screen`, `Qr`: the terminal (`/dev/tty`) must open for reading and
    ///   writing.
    /// - `Clipboard`: a backend must be available (X11/Wayland, else a
    ///   terminal for OSC 52).
    /// - `Stdout`: nothing to check.
    ///
    /// # Errors
    ///
    /// One line in `lang` that says what to do instead. (In English the
    /// reason the terminal does not open follows, as it always did; in
    /// Dutch it is left out, being the system's English.)
    pub fn preflight(&self, lang: Lang) -> anyhow::Result<()> {
        let reworded = |r: anyhow::Result<()>, msg: Msg| match (lang, r) {
            (Lang::Nl, Err(_)) => Err(anyhow!("{}", t(lang, msg))),
            (_, r) => r,
        };
        match self {
            // The command is checked by `exec::ExecCommand::parse`.
            Channel::Stdout | Channel::Exec => Ok(()),
            Channel::File(path) => preflight_file(lang, path),
            Channel::Screen | Channel::Qr => reworded(open_tty().map(drop), Msg::RelNoTty),
            Channel::Clipboard => reworded(open_clipboard().map(drop), Msg::RelNoClipboard),
        }
    }
}

fn preflight_file(lang: Lang, path: &Path) -> anyhow::Result<()> {
    // symlink_metadata, not exists(): a dangling symlink must count as taken,
    // and O_EXCL would refuse it later anyway.
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => bail!(
            "{}",
            tf(
                lang,
                Msg::RelFileIsDir,
                &[
                    ("path", &path.display()),
                    ("example", &path.join("key").display())
                ]
            )
        ),
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(crate::store::StoreError::Symlink(path.to_path_buf()).into());
        }
        Ok(_) => bail!(
            "{}",
            tf(lang, Msg::RelFileExists, &[("path", &path.display())])
        ),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => {
            return Err(e)
                .with_context(|| tf(lang, Msg::RelFileUnchecked, &[("path", &path.display())]));
        }
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match std::fs::metadata(parent) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => bail!(
            "{}",
            tf(lang, Msg::RelParentNotDir, &[("path", &parent.display())])
        ),
        Err(_) => bail!(
            "{}",
            tf(lang, Msg::RelParentMissing, &[("path", &parent.display())])
        ),
    }
}

/// What to show: the value plus a label (e.g. "restic v3") for screen and QR.
pub struct Release<'a> {
    /// Names the value on screen; not secret.
    pub label: &'a str,
    /// The secret value.
    pub value: &'a [u8],
}

/// Timing of the channels that take the value back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReleaseOptions {
    /// How long the clipboard holds the value before it is cleared.
    pub clipboard_clear_after: Duration,
    /// How long screen and QR stay up unless Enter is pressed first.
    pub screen_timeout: Duration,
    /// The language of the lines shown around the value and of refusals.
    pub lang: Lang,
}

impl Default for ReleaseOptions {
    /// 20 s for the clipboard, 30 s for the screen (docs/ARCHITECTURE.md, "Custody
    /// flows").
    fn default() -> Self {
        ReleaseOptions {
            clipboard_clear_after: Duration::from_secs(20),
            screen_timeout: Duration::from_secs(30),
            lang: Lang::En,
        }
    }
}

/// Delivers the value on `channel`. The audit record must already be saved.
///
/// - `Stdout`: exactly the raw bytes, no newline added.
/// - `File`: created with `O_CREAT|O_EXCL`, mode 0600, written and fsynced
///   (and its directory too); never overwrites. A failed write removes the
///   partial file.
/// - `Clipboard`: see [`clipboard_session`]; blocks for
///   `opts.clipboard_clear_after`, with a note on stderr.
/// - `Screen`, `Qr`: drawn on `/dev/tty` in the alternate screen until Enter
///   or `opts.screen_timeout`, then wiped.
///
/// # Errors
///
/// When the channel cannot take the value (see [`Channel::preflight`]), a
/// clipboard value is not UTF-8, a QR code does not fit the terminal or the
/// value is too long for one, or a write fails. The message never holds the
/// value.
pub fn deliver(
    channel: &Channel,
    release: &Release<'_>,
    opts: &ReleaseOptions,
) -> anyhow::Result<()> {
    let lang = opts.lang;
    match channel {
        Channel::Stdout => {
            let stdout = io::stdout();
            let mut out = stdout.lock();
            write_raw(&mut out, release.value).context(t(lang, Msg::RelCannotWriteStdout))
        }
        Channel::File(path) => deliver_file(lang, path, release.value),
        Channel::Clipboard => {
            let text = clipboard_text(lang, release.value)?;
            let mut backend = open_clipboard()?;
            let secs = opts.clipboard_clear_after.as_secs();
            eprintln!("{}", tf(lang, Msg::RelCopied, &[("secs", &secs)]));
            let outcome = clipboard_session(
                backend.as_mut(),
                text,
                opts.clipboard_clear_after,
                &std::thread::sleep,
            )?;
            eprintln!("{}", outcome.message(lang));
            Ok(())
        }
        Channel::Screen => show_on_tty(lang, release, false, opts.screen_timeout),
        Channel::Qr => show_on_tty(lang, release, true, opts.screen_timeout),
        // A command needs its words and a wait: see `exec::run`.
        Channel::Exec => bail!("--to exec needs a command after --: nothing was released"),
    }
}

/// Writes the value and nothing else, then flushes.
fn write_raw(out: &mut impl Write, value: &[u8]) -> io::Result<()> {
    out.write_all(value)?;
    out.flush()
}

fn deliver_file(lang: Lang, path: &Path, value: &[u8]) -> anyhow::Result<()> {
    // O_CREAT|O_EXCL|O_NOFOLLOW: it fails on any existing name, links
    // included (named as links), so a race with preflight cannot make us
    // overwrite or write through a link.
    let mut file = crate::store::create_new_file(path)
        .with_context(|| tf(lang, Msg::RelCannotCreate, &[("path", &path.display())]))?;
    if let Err(e) = file.write_all(value).and_then(|()| file.sync_all()) {
        drop(file);
        // A partial copy of a secret must not stay behind; a failure to
        // remove it is reported with the write error's context below.
        let removed = std::fs::remove_file(path).is_ok();
        let note = t(
            lang,
            if removed {
                Msg::RelPartialRemoved
            } else {
                Msg::RelPartialLeft
            },
        );
        return Err(e).with_context(|| {
            tf(
                lang,
                Msg::RelCannotWrite,
                &[("path", &path.display()), ("note", &note)],
            )
        });
    }
    // The directory entry must be durable too; a failure here leaves a
    // complete file, so it is reported but the file is kept.
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    File::open(parent)
        .and_then(|dir| dir.sync_all())
        .with_context(|| tf(lang, Msg::RelNotSynced, &[("path", &path.display())]))
}

// ---------------------------------------------------------------------------
// Clipboard

/// A clipboard the value can be put on and taken back from.
pub trait ClipboardBackend {
    /// Puts `text` on the clipboard.
    fn set(&mut self, text: &str) -> anyhow::Result<()>;
    /// The clipboard's current text, if it can be read and holds text.
    fn get(&mut self) -> Option<String>;
    /// Empties the clipboard.
    fn clear(&mut self) -> anyhow::Result<()>;
    /// Whether [`get`](Self::get) means anything. When it does not, the
    /// session clears unconditionally.
    fn can_read_back(&self) -> bool;
}

/// What a [`clipboard_session`] did at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClipboardOutcome {
    /// The clipboard still held our text and was cleared.
    Cleared,
    /// The backend cannot read back, so the clear was sent without knowing
    /// whether our text was still there (OSC 52).
    ClearedUnverified,
    /// Another program had replaced our text; its content was left alone.
    LeftAlone,
}

impl ClipboardOutcome {
    /// Whether a clear was sent.
    pub fn cleared(self) -> bool {
        !matches!(self, ClipboardOutcome::LeftAlone)
    }

    fn message(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                ClipboardOutcome::Cleared => Msg::RelClipboardCleared,
                ClipboardOutcome::ClearedUnverified => Msg::RelClipboardUnverified,
                ClipboardOutcome::LeftAlone => Msg::RelClipboardLeftAlone,
            },
        )
    }
}

/// Puts `text` on the clipboard, waits `clear_after` with `sleep`, then
/// clears it: only if it still holds our text when the backend can read
/// back, unconditionally when it cannot.
///
/// `sleep` is passed in so tests do not wait.
///
/// # Errors
///
/// When setting or clearing fails.
pub fn clipboard_session(
    backend: &mut dyn ClipboardBackend,
    text: &str,
    clear_after: Duration,
    sleep: &dyn Fn(Duration),
) -> anyhow::Result<ClipboardOutcome> {
    backend
        .set(text)
        .context("cannot copy to the clipboard: use --to screen or --to stdout")?;
    sleep(clear_after);
    clear_if_ours(backend, text)
}

/// The end of a [`clipboard_session`]: clears the clipboard if it still
/// holds `text` (unconditionally when the backend cannot read back). The
/// TUI calls it on a clock tick instead of sleeping.
///
/// # Errors
///
/// When clearing fails.
pub fn clear_if_ours(
    backend: &mut dyn ClipboardBackend,
    text: &str,
) -> anyhow::Result<ClipboardOutcome> {
    if !backend.can_read_back() {
        backend
            .clear()
            .context("cannot clear the clipboard: clear it by hand")?;
        return Ok(ClipboardOutcome::ClearedUnverified);
    }
    let current = backend.get().map(Zeroizing::new);
    if current.as_deref().map(String::as_str) == Some(text) {
        backend
            .clear()
            .context("cannot clear the clipboard: clear it by hand")?;
        Ok(ClipboardOutcome::Cleared)
    } else {
        Ok(ClipboardOutcome::LeftAlone)
    }
}

/// The value as clipboard text; binary values are refused.
fn clipboard_text(lang: Lang, value: &[u8]) -> anyhow::Result<&str> {
    std::str::from_utf8(value).map_err(|_| anyhow!("{}", t(lang, Msg::RelBinary)))
}

/// Opens the best clipboard: `arboard` when `DISPLAY` or `WAYLAND_DISPLAY`
/// is set and it connects, else OSC 52 on the terminal. The TUI uses it
/// too.
///
/// # Errors
///
/// When neither is available.
pub fn open_clipboard() -> anyhow::Result<Box<dyn ClipboardBackend>> {
    let graphical = ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()));
    if graphical && let Ok(inner) = arboard::Clipboard::new() {
        return Ok(Box::new(ArboardClipboard { inner }));
    }
    // Over ssh, or with a stale DISPLAY, the terminal may still own a
    // clipboard reachable by OSC 52.
    match open_tty() {
        Ok(tty) => Ok(Box::new(Osc52Clipboard { tty })),
        Err(_) => bail!(
            "no clipboard here (no X11/Wayland display and no terminal): use --to stdout or --to file=PATH"
        ),
    }
}

/// The desktop clipboard through `arboard` (X11; Wayland with the `wayland`
/// feature).
///
/// On X11 the text lives in this process, which serves the selection; it is
/// marked for clipboard managers as a password (`x-kde-passwordManagerHint`)
/// so that they keep no history of it. If kluis is killed before the clear,
/// the selection dies with it unless a manager ignored that hint.
struct ArboardClipboard {
    inner: arboard::Clipboard,
}

impl ClipboardBackend for ArboardClipboard {
    fn set(&mut self, text: &str) -> anyhow::Result<()> {
        use arboard::SetExtLinux as _;
        self.inner.set().exclude_from_history().text(text)?;
        Ok(())
    }

    fn get(&mut self) -> Option<String> {
        self.inner.get_text().ok()
    }

    fn clear(&mut self) -> anyhow::Result<()> {
        self.inner.clear()?;
        Ok(())
    }

    fn can_read_back(&self) -> bool {
        true
    }
}

/// The terminal's clipboard by OSC 52 (`ESC ] 52 ; c ; <base64> BEL`),
/// written to `/dev/tty`.
///
/// OSC 52 is write-only for us: most terminals refuse to report the
/// clipboard back, so we cannot tell whether our text is still there. The
/// clear (an empty OSC 52) is therefore sent unconditionally after the delay,
/// and may wipe something the user copied meanwhile. Whether the terminal
/// honours OSC 52 at all is unknown too (tmux needs `set-clipboard on`).
struct Osc52Clipboard {
    tty: File,
}

impl Osc52Clipboard {
    fn send(&mut self, payload: &str) -> anyhow::Result<()> {
        let mut seq = Zeroizing::new(Vec::with_capacity(payload.len() + 8));
        seq.extend_from_slice(b"\x1b]52;c;");
        seq.extend_from_slice(payload.as_bytes());
        seq.push(0x07);
        self.tty.write_all(&seq)?;
        self.tty.flush()?;
        Ok(())
    }
}

impl ClipboardBackend for Osc52Clipboard {
    fn set(&mut self, text: &str) -> anyhow::Result<()> {
        let encoded = Zeroizing::new(BASE64.encode(text.as_bytes()));
        self.send(&encoded)
    }

    fn get(&mut self) -> Option<String> {
        None
    }

    fn clear(&mut self) -> anyhow::Result<()> {
        self.send("")
    }

    fn can_read_back(&self) -> bool {
        false
    }
}

/// An in-memory clipboard for tests. Clones share one content, so a test can
/// keep a clone and play "another program" while a session holds the other.
#[cfg(test)]
#[derive(Clone, Default)]
pub struct FakeClipboard {
    content: std::rc::Rc<std::cell::RefCell<Option<Zeroizing<String>>>>,
    write_only: bool,
}

#[cfg(test)]
impl FakeClipboard {
    /// An empty clipboard that can read back (like X11).
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty clipboard that cannot read back (like OSC 52).
    pub fn write_only() -> Self {
        FakeClipboard {
            write_only: true,
            ..Self::default()
        }
    }

    /// Another program puts `text` on the clipboard.
    pub fn replace_by_other(&self, text: &str) {
        *self.content.borrow_mut() = Some(Zeroizing::new(text.to_owned()));
    }

    /// The current content, whatever the backend's read-back ability.
    pub fn content(&self) -> Option<String> {
        self.content.borrow().as_ref().map(|s| String::clone(s))
    }
}

#[cfg(test)]
impl std::fmt::Debug for FakeClipboard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FakeClipboard")
            .field("content", &"[redacted]")
            .finish()
    }
}

#[cfg(test)]
impl ClipboardBackend for FakeClipboard {
    fn set(&mut self, text: &str) -> anyhow::Result<()> {
        self.replace_by_other(text);
        Ok(())
    }

    fn get(&mut self) -> Option<String> {
        if self.write_only {
            None
        } else {
            self.content()
        }
    }

    fn clear(&mut self) -> anyhow::Result<()> {
        *self.content.borrow_mut() = None;
        Ok(())
    }

    fn can_read_back(&self) -> bool {
        !self.write_only
    }
}

// ---------------------------------------------------------------------------
// Screen and QR

/// Narrowest width text is wrapped to, whatever the terminal reports.
const MIN_WRAP: usize = 20;
/// Quiet zone around a QR code, in modules (ISO/IEC 18004 asks for 4).
const QR_QUIET: usize = 4;

/// One line to draw; QR lines are drawn black on white.
struct Line {
    qr: bool,
    text: Zeroizing<String>,
}

impl Line {
    fn plain(s: impl Into<String>) -> Self {
        Line {
            qr: false,
            text: Zeroizing::new(s.into()),
        }
    }
}

/// The text of the screen or QR view, without escape sequences: the label, a
/// blank line, then the value.
///
/// `Screen` (`qr == false`) shows the value as text when it is printable
/// UTF-8, and as hex and base64 on separate lines when it is not or is
/// exactly 32 bytes (a raw 256-bit key). Long lines wrap at `width`.
///
/// `Qr` draws a QR code of the value with Unicode half blocks (`█▀▄` and
/// space; dark modules are the block parts) and a quiet zone of four
/// modules. A value that is not printable text is encoded as its base64
/// text, which phone scanners pass on unchanged, and the label line says so.
///
/// # Errors
///
/// For `Qr`: the value is too long for a QR code, or the code is wider than
/// `width` columns.
pub fn render_screen(
    release: &Release<'_>,
    qr: bool,
    width: u16,
) -> anyhow::Result<Zeroizing<String>> {
    let lines = compose(release, qr, width)?;
    let mut out = Zeroizing::new(String::new());
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&line.text);
    }
    Ok(out)
}

fn compose(release: &Release<'_>, qr: bool, width: u16) -> anyhow::Result<Vec<Line>> {
    let wrap = usize::from(width).max(MIN_WRAP);
    let label = sanitize_label(release.label);
    let text = printable_text(release.value);
    let mut lines = Vec::new();
    if qr {
        let (payload, note) = match text {
            Some(t) => (Zeroizing::new(t.to_owned()), ""),
            None => (
                Zeroizing::new(BASE64.encode(release.value)),
                " (QR holds base64)",
            ),
        };
        lines.push(Line::plain(format!("{label}{note}")));
        lines.push(Line::plain(""));
        lines.extend(qr_lines(payload.as_bytes(), usize::from(width))?);
        return Ok(lines);
    }
    lines.push(Line::plain(label));
    lines.push(Line::plain(""));
    if let Some(t) = text {
        for l in t.split('\n') {
            push_wrapped(&mut lines, l, wrap);
        }
    }
    if text.is_none() || release.value.len() == 32 {
        if text.is_some() {
            lines.push(Line::plain(""));
        }
        let hex = Zeroizing::new(HEXLOWER.encode(release.value));
        lines.push(Line::plain("hex:"));
        push_wrapped(&mut lines, &hex, wrap);
        let b64 = Zeroizing::new(BASE64.encode(release.value));
        lines.push(Line::plain("base64:"));
        push_wrapped(&mut lines, &b64, wrap);
    }
    Ok(lines)
}

/// The value as text if it is UTF-8 that draws safely: no control
/// characters (a value must not drive the terminal), except newlines between
/// lines. A trailing newline would be invisible, so such a value shows as
/// hex and base64.
fn printable_text(value: &[u8]) -> Option<&str> {
    let s = std::str::from_utf8(value).ok()?;
    let ok = !s.is_empty() && !s.ends_with('\n') && s.chars().all(|c| c == '\n' || !c.is_control());
    ok.then_some(s)
}

fn sanitize_label(label: &str) -> String {
    label
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

fn push_wrapped(lines: &mut Vec<Line>, s: &str, wrap: usize) {
    if s.is_empty() {
        lines.push(Line::plain(""));
        return;
    }
    let mut current = Zeroizing::new(String::new());
    let mut count = 0;
    for c in s.chars() {
        if count == wrap {
            lines.push(Line {
                qr: false,
                text: std::mem::take(&mut current),
            });
            count = 0;
        }
        current.push(c);
        count += 1;
    }
    lines.push(Line {
        qr: false,
        text: current,
    });
}

/// Why a value cannot be shown as a QR code; [`QrError::worded`] gives it
/// in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum QrError {
    /// More than a QR code holds.
    #[error("the value is too long for a QR code: use --to file=PATH or --to screen")]
    TooLong,
    /// The code is wider than the terminal.
    #[error(
        "the QR code needs {side} columns and the terminal has {width}: widen it (or use a smaller font) and unseal again"
    )]
    TooWide {
        /// Columns the code needs.
        side: usize,
        /// Columns the terminal has.
        width: usize,
    },
}

impl QrError {
    /// The refusal in `lang`.
    pub fn worded(&self, lang: Lang) -> String {
        match self {
            QrError::TooLong => t(lang, Msg::RelQrTooLong).to_string(),
            QrError::TooWide { side, width } => {
                tf(lang, Msg::RelQrTooWide, &[("side", side), ("width", width)])
            }
        }
    }
}

/// The QR code of `payload` in half-block rows, quiet zone included.
///
/// Drawn from the module matrix rather than with qrcode's own string
/// renderer, whose intermediate buffers we could not wipe.
fn qr_lines(payload: &[u8], width: usize) -> anyhow::Result<Vec<Line>> {
    let code = qrcode::QrCode::new(payload).map_err(|_| QrError::TooLong)?;
    let modules = code.width();
    let side = modules + 2 * QR_QUIET;
    if side > width {
        return Err(QrError::TooWide { side, width }.into());
    }
    let dark = |x: usize, y: usize| -> bool {
        let inside = (QR_QUIET..QR_QUIET + modules).contains(&x)
            && (QR_QUIET..QR_QUIET + modules).contains(&y);
        inside && code[(x - QR_QUIET, y - QR_QUIET)] == qrcode::Color::Dark
    };
    let mut lines = Vec::with_capacity(side.div_ceil(2));
    for y in (0..side).step_by(2) {
        let mut row = Zeroizing::new(String::with_capacity(side * 3));
        for x in 0..side {
            row.push(match (dark(x, y), dark(x, y + 1)) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        lines.push(Line {
            qr: true,
            text: row,
        });
    }
    Ok(lines)
}

fn open_tty() -> anyhow::Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .open(TTY)
        .context("no terminal (/dev/tty) to show the value on: run kluis in a terminal, or use --to stdout or --to file=PATH")
}

/// Shows the value on the terminal until Enter or the timeout, then wipes it.
fn show_on_tty(
    lang: Lang,
    release: &Release<'_>,
    qr: bool,
    timeout: Duration,
) -> anyhow::Result<()> {
    let mut tty = open_tty()?;
    let width = rustix::termios::tcgetwinsize(&tty)
        .ok()
        .map(|w| w.ws_col)
        .filter(|&w| w > 0)
        .unwrap_or(80);
    // Render before touching the screen: a QR code that does not fit fails
    // here, with the user's screen as it was.
    let lines = compose(release, qr, width).map_err(|e| match e.downcast_ref::<QrError>() {
        Some(q) => anyhow!("{}", q.worded(lang)),
        None => e,
    })?;
    let mut screen = AltScreen::enter(&tty)?;
    let mut frame = Zeroizing::new(String::new());
    for line in &lines {
        if line.qr {
            // Black on bright white whatever the theme: scanners expect
            // dark modules on a light ground.
            let _ = write!(frame, "\x1b[30;107m{}\x1b[0m\r\n", line.text.as_str());
        } else {
            let _ = write!(frame, "{}\r\n", line.text.as_str());
        }
    }
    let secs = timeout.as_secs();
    let _ = write!(
        frame,
        "\r\n{}",
        tf(lang, Msg::RelHiddenIn, &[("secs", &secs)])
    );
    tty.write_all(frame.as_bytes())?;
    tty.flush()?;
    let waited = wait_for_dismiss(&mut tty, timeout);
    screen.leave()?;
    waited
}

/// The alternate screen with echo, line editing and signals off, left (and
/// wiped) on drop as well, so a panic or an early return does not leave the
/// value on screen.
struct AltScreen {
    tty: File,
    saved: Option<rustix::termios::Termios>,
    active: bool,
}

impl AltScreen {
    fn enter(tty: &File) -> anyhow::Result<Self> {
        use rustix::termios::{
            LocalModes, OptionalActions, SpecialCodeIndex, tcgetattr, tcsetattr,
        };
        let tty = tty.try_clone()?;
        // ISIG off: Ctrl-C becomes a key that hides the value instead of a
        // signal that would kill us with the value still on screen. If the
        // mode cannot be set, the screen still works line by line.
        let saved = tcgetattr(&tty).ok();
        if let Some(saved) = &saved {
            let mut t = saved.clone();
            t.local_modes
                .remove(LocalModes::ICANON | LocalModes::ECHO | LocalModes::ISIG);
            t.special_codes[SpecialCodeIndex::VMIN] = 1;
            t.special_codes[SpecialCodeIndex::VTIME] = 0;
            let _ = tcsetattr(&tty, OptionalActions::Now, &t);
        }
        let mut screen = AltScreen {
            tty,
            saved,
            active: true,
        };
        screen.tty.write_all(b"\x1b[?1049h\x1b[H\x1b[2J")?;
        screen.tty.flush()?;
        Ok(screen)
    }

    fn leave(&mut self) -> anyhow::Result<()> {
        if !self.active {
            return Ok(());
        }
        self.active = false;
        // Clear inside the alternate screen before leaving it, so no
        // terminal copies it anywhere on the way out.
        let written = self
            .tty
            .write_all(b"\x1b[H\x1b[2J\x1b[?1049l")
            .and_then(|()| self.tty.flush());
        if let Some(saved) = &self.saved {
            let _ =
                rustix::termios::tcsetattr(&self.tty, rustix::termios::OptionalActions::Now, saved);
        }
        written.context("cannot clear the terminal: clear it by hand (e.g. `reset`)")
    }
}

impl Drop for AltScreen {
    fn drop(&mut self) {
        let _ = self.leave();
    }
}

/// Keys that hide the value: Enter (CR or LF), Ctrl-C, Ctrl-D, Esc, q.
fn is_dismiss_key(b: u8) -> bool {
    matches!(b, b'\r' | b'\n' | 0x03 | 0x04 | 0x1b | b'q' | b'Q')
}

/// Waits until a dismiss key is read from the terminal or `timeout` passes.
fn wait_for_dismiss(tty: &mut File, timeout: Duration) -> anyhow::Result<()> {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let deadline = Instant::now() + timeout;
    let mut buf = [0u8; 64];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Ok(());
        }
        let ts = Timespec {
            tv_sec: i64::try_from(left.as_secs()).unwrap_or(i64::MAX),
            tv_nsec: i64::from(left.subsec_nanos()),
        };
        let mut fds = [PollFd::new(&*tty, PollFlags::IN)];
        match poll(&mut fds, Some(&ts)) {
            Ok(0) => return Ok(()),
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return Err(io::Error::from(e)).context("cannot read the terminal"),
        }
        let revents = fds[0].revents();
        if revents.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
            return Ok(());
        }
        match tty.read(&mut buf) {
            // End of input: nobody left to press Enter.
            Ok(0) => return Ok(()),
            Ok(n) if buf[..n].iter().copied().any(is_dismiss_key) => return Ok(()),
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e).context("cannot read the terminal"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    const KEY32: [u8; 32] = [
        0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee,
        0xff, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54,
        0x32, 0x10,
    ];

    #[test]
    fn channel_parses_every_form() {
        assert_eq!("stdout".parse(), Ok(Channel::Stdout));
        assert_eq!("clipboard".parse(), Ok(Channel::Clipboard));
        assert_eq!("screen".parse(), Ok(Channel::Screen));
        assert_eq!("qr".parse(), Ok(Channel::Qr));
        assert_eq!("exec".parse(), Ok(Channel::Exec));
        assert_eq!("file=/tmp/k".parse(), Ok(Channel::File("/tmp/k".into())));
        assert_eq!("file=rel/a=b".parse(), Ok(Channel::File("rel/a=b".into())));
    }

    /// The CLI words every refusal through the catalogue: in English it
    /// is the error's own text.
    #[test]
    fn the_english_wording_is_the_text() {
        assert_eq!(t(Lang::En, Msg::ChanChoices), CHOICES);
        for e in [
            ChannelError::FileWithoutPath,
            ChannelError::EmptyPath,
            ChannelError::Unknown("tty".into()),
        ] {
            assert_eq!(e.worded(Lang::En), e.to_string());
            assert_ne!(e.worded(Lang::Nl), e.to_string());
        }
    }

    #[test]
    fn channel_errors_list_the_choices() {
        for bad in ["", "STDOUT", "tty", "file", "file=", "clip", " qr"] {
            let err = bad.parse::<Channel>().expect_err(bad);
            assert!(err.to_string().contains(CHOICES), "{bad:?}: {err}");
            assert!(
                err.worded(Lang::Nl).contains("file=PAD, exec"),
                "{bad:?}: {err}"
            );
        }
    }

    #[test]
    fn audit_names() {
        assert_eq!(Channel::Stdout.audit_name(), "stdout");
        assert_eq!(Channel::Clipboard.audit_name(), "clipboard");
        assert_eq!(Channel::Screen.audit_name(), "screen");
        assert_eq!(Channel::Qr.audit_name(), "qr");
        assert_eq!(Channel::File("/x/y".into()).audit_name(), "file=/x/y");
        assert_eq!(Channel::Exec.audit_name(), "exec");
    }

    #[test]
    fn preflight_file_accepts_a_new_name() {
        let dir = tempfile::tempdir().expect("tempdir");
        Channel::File(dir.path().join("new"))
            .preflight(Lang::En)
            .expect("new file");
    }

    #[test]
    fn preflight_file_refuses_existing_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("old");
        std::fs::write(&p, b"x").expect("write");
        let err = Channel::File(p.clone())
            .preflight(Lang::En)
            .expect_err("exists");
        assert!(err.to_string().contains("already exists"), "{err}");
        let err = Channel::File(p).preflight(Lang::Nl).expect_err("exists");
        assert!(
            err.to_string()
                .ends_with(" bestaat al: kluis overschrijft nooit, noem een nieuw bestand"),
            "{err}"
        );
    }

    #[test]
    fn preflight_file_refuses_directory() {
        let dir = tempfile::tempdir().expect("tempdir");
        let err = Channel::File(dir.path().to_owned())
            .preflight(Lang::En)
            .expect_err("dir");
        assert!(err.to_string().contains("is a directory"), "{err}");
    }

    #[test]
    fn preflight_file_refuses_missing_parent() {
        let dir = tempfile::tempdir().expect("tempdir");
        let err = Channel::File(dir.path().join("no/such/key"))
            .preflight(Lang::En)
            .expect_err("parent");
        assert!(err.to_string().contains("does not exist"), "{err}");
    }

    #[test]
    fn preflight_file_refuses_dangling_symlink() {
        let dir = tempfile::tempdir().expect("tempdir");
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &link).expect("symlink");
        let err = Channel::File(link.clone())
            .preflight(Lang::En)
            .expect_err("dangling");
        assert_eq!(
            err.to_string(),
            format!(
                "{} is a symbolic link: kluis does not write through links; remove the link, or name a new file",
                link.display()
            )
        );
    }

    #[test]
    fn deliver_file_writes_exact_bytes_with_mode_0600() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("key");
        let release = Release {
            label: "restic v3",
            value: &KEY32,
        };
        deliver(
            &Channel::File(p.clone()),
            &release,
            &ReleaseOptions::default(),
        )
        .expect("deliver");
        assert_eq!(std::fs::read(&p).expect("read"), KEY32);
        let mode = std::fs::metadata(&p).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn deliver_file_never_overwrites() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("key");
        std::fs::write(&p, b"old content").expect("write");
        let release = Release {
            label: "x",
            value: b"new-secret",
        };
        let err = deliver(
            &Channel::File(p.clone()),
            &release,
            &ReleaseOptions::default(),
        )
        .expect_err("exists");
        assert!(!format!("{err:#}").contains("new-secret"));
        assert_eq!(std::fs::read(&p).expect("read"), b"old content");
    }

    #[test]
    fn deliver_file_refuses_dangling_symlink_and_leaves_target_absent() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("target");
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        let release = Release {
            label: "x",
            value: b"v",
        };
        deliver(&Channel::File(link), &release, &ReleaseOptions::default()).expect_err("symlink");
        assert!(!target.exists());
    }

    #[test]
    fn write_raw_adds_nothing() {
        let mut out = Vec::new();
        write_raw(&mut out, b"pass word\x00\xff").expect("write");
        assert_eq!(out, b"pass word\x00\xff");
        let mut out = Vec::new();
        write_raw(&mut out, b"").expect("write");
        assert!(out.is_empty());
    }

    #[test]
    fn clipboard_cleared_when_still_ours() {
        let mut fake = FakeClipboard::new();
        let seen = std::cell::Cell::new(None);
        let during = fake.clone();
        let during_content = std::cell::RefCell::new(None);
        let sleep = |d: Duration| {
            seen.set(Some(d));
            *during_content.borrow_mut() = during.content();
        };
        let out = clipboard_session(&mut fake, "s3cret", Duration::from_secs(20), &sleep)
            .expect("session");
        assert_eq!(out, ClipboardOutcome::Cleared);
        assert!(out.cleared());
        assert_eq!(seen.get(), Some(Duration::from_secs(20)));
        assert_eq!(during_content.borrow().as_deref(), Some("s3cret"));
        assert_eq!(fake.content(), None);
    }

    #[test]
    fn clipboard_left_alone_when_replaced() {
        let mut fake = FakeClipboard::new();
        let other = fake.clone();
        let sleep = |_: Duration| other.replace_by_other("someone else's text");
        let out = clipboard_session(&mut fake, "s3cret", Duration::from_secs(20), &sleep)
            .expect("session");
        assert_eq!(out, ClipboardOutcome::LeftAlone);
        assert!(!out.cleared());
        assert_eq!(fake.content().as_deref(), Some("someone else's text"));
    }

    #[test]
    fn clipboard_without_read_back_clears_unconditionally() {
        let mut fake = FakeClipboard::write_only();
        let other = fake.clone();
        let sleep = |_: Duration| other.replace_by_other("someone else's text");
        let out = clipboard_session(&mut fake, "s3cret", Duration::from_secs(1), &sleep)
            .expect("session");
        assert_eq!(out, ClipboardOutcome::ClearedUnverified);
        assert_eq!(fake.content(), None);
    }

    /// The refusals of `--to qr` and the clipboard's last line, worded
    /// through the catalogue: in English the text they always had.
    #[test]
    fn qr_and_clipboard_lines_in_both_languages() {
        for e in [
            QrError::TooLong,
            QrError::TooWide {
                side: 45,
                width: 40,
            },
        ] {
            assert_eq!(e.worded(Lang::En), e.to_string());
            assert_ne!(e.worded(Lang::Nl), e.to_string());
        }
        assert_eq!(
            ClipboardOutcome::LeftAlone.message(Lang::En),
            "clipboard left alone: another program replaced the value"
        );
        assert_eq!(
            ClipboardOutcome::Cleared.message(Lang::Nl),
            "klembord gewist"
        );
        assert_eq!(
            t(Lang::En, Msg::RelNoTty),
            "no terminal (/dev/tty) to show the value on: run kluis in a terminal, or use --to stdout or --to file=PATH"
        );
    }

    #[test]
    fn clipboard_refuses_binary_without_echoing_it() {
        let err = clipboard_text(Lang::En, &[0xff, 0xfe, b'x']).expect_err("binary");
        let msg = err.to_string();
        assert!(
            msg.contains("--to file=") && msg.contains("stdout"),
            "{msg}"
        );
        assert!(!msg.contains("fffe"));
        assert_eq!(clipboard_text(Lang::En, b"ok").expect("text"), "ok");
        let nl = clipboard_text(Lang::Nl, &[0xff]).expect_err("binary");
        assert!(nl.to_string().starts_with("de waarde is binair"), "{nl}");
    }

    #[test]
    fn fake_clipboard_debug_is_redacted() {
        let fake = FakeClipboard::new();
        fake.replace_by_other("s3cret");
        assert!(!format!("{fake:?}").contains("s3cret"));
    }

    #[test]
    fn screen_shows_hex_and_base64_of_a_32_byte_key() {
        let release = Release {
            label: "restic v3",
            value: &KEY32,
        };
        let text = render_screen(&release, false, 100).expect("render");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "restic v3");
        let hex = HEXLOWER.encode(&KEY32);
        let b64 = BASE64.encode(&KEY32);
        assert!(lines.contains(&hex.as_str()), "{text:?}");
        assert!(lines.contains(&b64.as_str()), "{text:?}");
        assert!(!text.contains('\x1b'));
    }

    #[test]
    fn screen_shows_text_and_for_32_chars_also_hex_and_base64() {
        let release = Release {
            label: "l",
            value: b"correct horse battery staple",
        };
        let text = render_screen(&release, false, 100).expect("render");
        assert!(text.contains("correct horse battery staple"));
        assert!(!text.contains("hex:"));

        let value = b"0123456789abcdef0123456789abcdef";
        let release = Release { label: "l", value };
        let text = render_screen(&release, false, 100).expect("render");
        assert!(
            text.lines()
                .any(|l| l == "0123456789abcdef0123456789abcdef")
        );
        assert!(text.contains(&HEXLOWER.encode(value)));
        assert!(text.contains(&BASE64.encode(value)));
    }

    #[test]
    fn screen_shows_control_characters_as_hex_only() {
        let value = b"evil\x1b[2Jtext";
        let release = Release {
            label: "bad\x1blabel",
            value,
        };
        let text = render_screen(&release, false, 100).expect("render");
        assert!(!text.contains('\x1b'), "{text:?}");
        assert!(text.contains(&HEXLOWER.encode(value)));
        assert!(text.starts_with("bad?label\n"));
    }

    #[test]
    fn screen_wraps_long_lines_at_width() {
        let value = [7u8; 100];
        let release = Release {
            label: "l",
            value: &value,
        };
        let text = render_screen(&release, false, 40).expect("render");
        assert!(text.lines().all(|l| l.chars().count() <= 40));
        let hex: String = text
            .lines()
            .skip_while(|l| *l != "hex:")
            .skip(1)
            .take(5)
            .collect();
        assert_eq!(hex, HEXLOWER.encode(&value));
    }

    fn qr_rows(text: &str) -> Vec<Vec<char>> {
        text.lines().skip(2).map(|l| l.chars().collect()).collect()
    }

    #[test]
    fn qr_is_a_square_of_half_blocks_with_a_quiet_zone() {
        let release = Release {
            label: "restic v3",
            value: b"hello",
        };
        let text = render_screen(&release, true, 80).expect("render");
        assert_eq!(text.lines().next(), Some("restic v3"));
        let rows = qr_rows(&text);
        // "hello" fits version 1: 21 modules plus 2 x 4 quiet.
        let side = 21 + 2 * QR_QUIET;
        assert_eq!(rows.len(), side.div_ceil(2));
        for row in &rows {
            assert_eq!(row.len(), side);
            assert!(row.iter().all(|c| matches!(c, '█' | '▀' | '▄' | ' ')));
            // Left and right quiet zone.
            assert!(
                row[..QR_QUIET]
                    .iter()
                    .chain(&row[side - QR_QUIET..])
                    .all(|&c| c == ' ')
            );
        }
        // Top quiet zone: 4 modules are the first two rows; the bottom one
        // is the last two rows (the last of which is half padding).
        for row in rows[..2].iter().chain(&rows[rows.len() - 2..]) {
            assert!(row.iter().all(|&c| c == ' '));
        }
        // Top edge of the top-left finder pattern: module row 0 is all dark
        // over 7 modules, module row 1 dark only at both ends.
        let finder = &rows[QR_QUIET / 2][QR_QUIET..QR_QUIET + 7];
        assert_eq!(finder.iter().collect::<String>(), "█▀▀▀▀▀█");
    }

    #[test]
    fn qr_of_binary_value_holds_base64() {
        let release = Release {
            label: "k",
            value: &KEY32,
        };
        let text = render_screen(&release, true, 80).expect("render");
        assert_eq!(text.lines().next(), Some("k (QR holds base64)"));
    }

    #[test]
    fn qr_too_wide_or_too_long_is_refused_without_the_value() {
        let release = Release {
            label: "k",
            value: b"hello",
        };
        let err = render_screen(&release, true, 20).expect_err("narrow");
        assert!(err.to_string().contains("needs 29 columns"), "{err}");
        assert!(!err.to_string().contains("hello"));

        let long = "A".repeat(5000);
        let release = Release {
            label: "k",
            value: long.as_bytes(),
        };
        let err = render_screen(&release, true, 400).expect_err("long");
        assert!(err.to_string().contains("too long"), "{err}");
    }

    /// Drives a real channel on this terminal, for a person to watch:
    /// `KLUIS_BY_HAND=screen|qr|clipboard cargo test --lib by_hand -- --ignored --nocapture`.
    /// `KLUIS_BY_HAND_VALUE` sets the value (default: a fixed 32-byte key);
    /// `KLUIS_BY_HAND_SECS` the timeout (default 10).
    #[test]
    #[ignore = "needs a person at a terminal"]
    fn by_hand() {
        let channel: Channel = std::env::var("KLUIS_BY_HAND")
            .unwrap_or_else(|_| "screen".into())
            .parse()
            .expect("KLUIS_BY_HAND");
        let value = std::env::var("KLUIS_BY_HAND_VALUE")
            .map(String::into_bytes)
            .unwrap_or_else(|_| KEY32.to_vec());
        let secs = std::env::var("KLUIS_BY_HAND_SECS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(10);
        let opts = ReleaseOptions {
            clipboard_clear_after: Duration::from_secs(secs),
            screen_timeout: Duration::from_secs(secs),
            lang: Lang::from_env(),
        };
        channel.preflight(Lang::En).expect("preflight");
        let started = Instant::now();
        deliver(
            &channel,
            &Release {
                label: "by hand",
                value: &value,
            },
            &opts,
        )
        .expect("deliver");
        eprintln!(
            "delivered; returned after {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }

    #[test]
    fn dismiss_keys() {
        for b in [b'\r', b'\n', 0x03, 0x04, 0x1b, b'q'] {
            assert!(is_dismiss_key(b));
        }
        assert!(!is_dismiss_key(b'a'));
    }
}
