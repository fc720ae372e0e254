//! Paper: share sheets for the safe and the custody report, as PDF (and the
//! sheet also as SVG).
//!
//! This face receives encoded shares and plain strings, never raw keys: it
//! does not import `crypto`, `format`, `vault` or `ops`. [`files`] turns a
//! [`Share`](crate::shares::Share) into its QR and text forms and fills
//! [`SheetData`] for both faces; the rest only lays the page out (docs/ARCHITECTURE.md,
//! "Sheets").
//!
//! Pages are first laid out as a small display list in millimetres
//! ([`page`]), then written as PDF with `pdf-writer` (base-14 fonts
//! Helvetica and Courier in WinAnsiEncoding, no font files) or as SVG. QR
//! modules are filled vector rectangles, so the code stays sharp at any
//! print resolution.
//!
//! All labels of sheets and reports live in [`labels`].

mod files;
mod handbook;
mod labels;
mod page;
mod report;
mod sheet;

pub use crate::i18n::Lang;
pub use files::{
    SheetContext, SheetFormat, SheetOf, age_file_name, sheet_bytes, sheet_file_name, write_sheets,
};
pub use handbook::markdown_pdf;
pub use labels::{Labels, labels};
pub use report::{CustodyRow, CustodyState, EventRow, ReportData, ReportSummary, report_pdf};
pub use sheet::{SheetData, sheet_pdf, sheet_svg};
