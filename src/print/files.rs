//! Sheets as files: the one place both faces (`kluis shares print` and the
//! TUI's shares screen) turn a [`Share`] into a [`SheetData`] and write the
//! sheets of a set into a directory, so the two never drift apart.
//!
//! A [`Share`] is an encoded share, not a key: this module still does not
//! import `crypto`, `format`, `vault` or `ops`.

use std::path::{Path, PathBuf};

use anyhow::Context;
use zeroize::Zeroizing;

use super::{Lang, SheetData, sheet_pdf, sheet_svg};
use crate::shares::Share;
use crate::store::{self, SaveIo};

/// How a sheet is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetFormat {
    /// An A4 PDF page with QR code and typed form.
    Pdf,
    /// The same page as SVG.
    Svg,
    /// The share's text form only.
    Txt,
}

impl SheetFormat {
    /// The file extension, also the word recorded in the audit chain.
    pub fn ext(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Svg => "svg",
            Self::Txt => "txt",
        }
    }
}

/// What every sheet of one print shares: the vault, the date, the
/// checkpoint after the print record, the language of the labels.
pub struct SheetContext {
    /// The vault's name.
    pub vault_name: String,
    /// The vault id, hex.
    pub vault_id: String,
    /// Print date, `YYYY-MM-DD`.
    pub date: String,
    /// The audit checkpoint after the print was recorded.
    pub checkpoint: String,
    /// The privacy officer(s) by name, from the roster: printed as whom
    /// to call.
    pub po: Vec<String>,
    /// The delegates by name, from the roster.
    pub delegates: Vec<String>,
    /// Language of the labels.
    pub lang: Lang,
}

/// One sheet to write: the share and who keeps it where.
pub struct SheetOf<'a> {
    /// The share.
    pub share: &'a Share,
    /// Who holds it.
    pub holder: &'a str,
    /// Where it is kept.
    pub place: &'a str,
}

impl SheetData {
    /// The page of `sheet` in context `cx`.
    pub fn for_share(sheet: &SheetOf<'_>, cx: &SheetContext) -> Self {
        let share = sheet.share;
        let text = Zeroizing::new(share.to_text());
        SheetData {
            vault_name: cx.vault_name.clone(),
            vault_id: cx.vault_id.clone(),
            set_id: data_encoding::HEXLOWER.encode(&share.set_id()),
            index: share.index(),
            count: share.count(),
            threshold: share.threshold(),
            holder: sheet.holder.to_string(),
            place: sheet.place.to_string(),
            date: cx.date.clone(),
            qr_text: Zeroizing::new(share.to_qr_text()),
            text_lines: text
                .lines()
                .skip(1)
                .map(|l| Zeroizing::new(l.to_string()))
                .collect(),
            fingerprint: share.fingerprint().short(),
            checkpoint: cx.checkpoint.clone(),
            po: cx.po.clone(),
            delegates: cx.delegates.clone(),
            lang: cx.lang,
        }
    }
}

/// `share-SETID-I-of-N.EXT`, with the first 4 bytes of the set id in hex.
pub fn sheet_file_name(share: &Share, format: SheetFormat) -> String {
    format!(
        "share-{}-{}-of-{}.{}",
        data_encoding::HEXLOWER.encode(&share.set_id()[..4]),
        share.index(),
        share.count(),
        format.ext()
    )
}

/// `share-SETID-I-of-N.age`: an encrypted share file is named like its
/// sheet (`kluis shares print --encrypted`).
pub fn age_file_name(share: &Share) -> String {
    let mut name = sheet_file_name(share, SheetFormat::Txt);
    name.truncate(name.len() - "txt".len());
    name.push_str("age");
    name
}

/// One sheet's bytes in `format`.
///
/// # Security
/// The bytes hold the share: they are wiped when dropped.
///
/// # Errors
/// When the page cannot be laid out.
pub fn sheet_bytes(
    sheet: &SheetOf<'_>,
    cx: &SheetContext,
    format: SheetFormat,
) -> anyhow::Result<Zeroizing<Vec<u8>>> {
    if format == SheetFormat::Txt {
        return Ok(Zeroizing::new(sheet.share.to_text().into_bytes()));
    }
    let data = SheetData::for_share(sheet, cx);
    Ok(match format {
        SheetFormat::Pdf => sheet_pdf(&data)?,
        SheetFormat::Svg => Zeroizing::new(sheet_svg(&data)?.as_bytes().to_vec()),
        SheetFormat::Txt => unreachable!("handled above"),
    })
}

/// Writes each sheet as a new file (mode 0600, never over an existing one)
/// in `dir`, made if missing. Returns the files in order.
///
/// # Errors
/// The directory cannot be made, a file exists already, or a page cannot
/// be laid out; sheets written before the failure stay.
pub fn write_sheets(
    dir: &Path,
    sheets: &[SheetOf<'_>],
    cx: &SheetContext,
    format: SheetFormat,
    io: &dyn SaveIo,
) -> anyhow::Result<Vec<PathBuf>> {
    store::ensure_dir(dir)?;
    let mut written = Vec::new();
    for sheet in sheets {
        let file = dir.join(sheet_file_name(sheet.share, format));
        let bytes = sheet_bytes(sheet, cx, format)?;
        store::create_new_atomic(&file, &bytes, io)
            .with_context(|| format!("cannot write the sheet for share {}", sheet.share.index()))?;
        written.push(file);
    }
    Ok(written)
}
