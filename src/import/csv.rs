//! A CSV file with a header row naming its columns (case-insensitive):
//! `name` (or `title`) and `password` are required; `username`, `url`,
//! `notes`, `totp` and `group` (or `folder`) are optional, other columns are
//! ignored. Bitwarden's CSV export (`login_username`, `login_password`,
//! `login_uri`, `login_totp`) and KeePassXC's (`Title`, `Username`, …) are
//! read as they are. A `group` value becomes a name prefix (`group/name`).

use super::{Account, ImportError, ImportSet};

/// Column names accepted for each field, first match wins.
const COLUMNS: [(&str, &[&str]); 7] = [
    ("name", &["name", "title"]),
    ("password", &["password", "login_password"]),
    (
        "username",
        &["username", "login_username", "user name", "user"],
    ),
    ("url", &["url", "login_uri", "uri"]),
    ("notes", &["notes", "note"]),
    ("totp", &["totp", "login_totp", "otp"]),
    ("group", &["group", "folder"]),
];

/// Reads a CSV file from `bytes`.
///
/// # Errors
/// [`ImportError::CsvMissingColumn`], [`ImportError::CsvRow`] (numbered from
/// 1 for the header), and the account errors of [`ImportSet`].
pub fn read(bytes: &[u8]) -> Result<ImportSet, ImportError> {
    let mut rdr = ::csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(bytes);
    let headers = rdr.headers().map_err(|_| ImportError::CsvRow(1))?.clone();
    let index = |aliases: &[&str]| {
        aliases.iter().find_map(|a| {
            headers.iter().position(|h| {
                h.trim()
                    .trim_start_matches('\u{feff}')
                    .eq_ignore_ascii_case(a)
            })
        })
    };
    let cols: Vec<Option<usize>> = COLUMNS.iter().map(|(_, a)| index(a)).collect();
    for (i, (field, _)) in COLUMNS.iter().enumerate().take(2) {
        if cols[i].is_none() {
            return Err(ImportError::CsvMissingColumn(field));
        }
    }
    let mut set = ImportSet::default();
    for (n, record) in rdr.records().enumerate() {
        let row = n + 2;
        let record = record.map_err(|_| ImportError::CsvRow(row))?;
        let get = |i: usize| cols[i].and_then(|c| record.get(c)).unwrap_or("");
        let group = get(6).trim().trim_matches('/');
        let title = get(0).trim();
        let name = if group.is_empty() {
            title.to_string()
        } else {
            format!("{group}/{title}")
        };
        set.push_account(Account {
            where_: format!("row {row}"),
            name,
            password: get(1),
            username: get(2),
            url: get(3),
            notes: get(4),
            totp: get(5),
        })?;
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_named_columns_in_any_order() {
        let set = read(b"URL,Password,Title,Group\nhttps://x,pw,Mail,Werk\n").expect("ok");
        assert_eq!(set.secrets[0].name, "Werk/Mail");
    }

    #[test]
    fn refuses_without_password_column() {
        let e = read(b"name,username\nA,anna\n").expect_err("missing");
        assert!(
            matches!(e, ImportError::CsvMissingColumn("password")),
            "{e}"
        );
    }

    #[test]
    fn a_row_with_an_empty_name_is_refused() {
        let e = read(b"name,password\n ,pw\n").expect_err("empty name");
        assert!(matches!(e, ImportError::BadName { .. }), "{e}");
    }
}
