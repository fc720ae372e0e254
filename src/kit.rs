//! The recovery kit (`kluis kit --out DIR`): everything a delegate needs on
//! a machine without kluis — the encrypted vault file, a copy of the running
//! binary with its SHA-256, the handbook (Markdown and PDF), and `NOODGEVAL.txt` /
//! `EMERGENCY.txt` written for this vault (delegates, approvers, holders and
//! places of the sheets, k, and the exact commands to run from the kit
//! directory).
//!
//! # Security
//! The kit holds only the encrypted vault, never a share: it opens nothing
//! without k sheets (policy article 2.8 allows a data carrier only with the
//! PO's permission and encrypted). Every file is created new (`O_EXCL`,
//! mode 0600, the binary 0700) in a directory that is new or empty, so the
//! kit never writes through a link or over a file.
//!
//! A module beside the faces (like `print`): the CLI calls it; it calls
//! `ops` for the audit record and the facts, and writes files itself.

use std::fs;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use anyhow::Context;
use sha2::{Digest, Sha256};

use crate::ops::{KitFacts, Session};

/// The handbook shipped in the binary, so the kit carries the one that
/// matches its binary.
pub const HANDBOOK: &str = include_str!("../docs/HANDBOOK.md");

/// The file names in a kit.
pub const VAULT_FILE: &str = "vault.kluis";
/// The binary's name in the kit.
pub const BINARY: &str = "kluis";

/// Why a kit directory cannot be used. Checked before the vault is opened.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KitOutError {
    /// Something other than a directory is there.
    #[error("{0} exists and is not a directory: give a new or empty directory for the kit")]
    NotADirectory(PathBuf),
    /// A directory with files in it.
    #[error("{0} is not empty: give a new or empty directory for the kit (nothing was written)")]
    NotEmpty(PathBuf),
}

/// Checks that `out` is a new path or an empty directory (not a link).
///
/// # Errors
/// [`KitOutError`], or the directory cannot be read.
pub fn check_out(out: &Path) -> anyhow::Result<()> {
    match fs::symlink_metadata(out) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e).with_context(|| format!("cannot inspect {}", out.display())),
        Ok(m) if !m.is_dir() => Err(KitOutError::NotADirectory(out.to_path_buf()).into()),
        Ok(_) => {
            let mut entries = fs::read_dir(out)
                .with_context(|| format!("cannot read directory {}", out.display()))?;
            if entries.next().is_some() {
                return Err(KitOutError::NotEmpty(out.to_path_buf()).into());
            }
            Ok(())
        }
    }
}

/// What was written.
#[derive(Debug, serde::Serialize)]
pub struct KitReport {
    /// The kit directory.
    pub out: PathBuf,
    /// The files, in writing order.
    pub files: Vec<String>,
    /// SHA-256 of the binary, hex.
    pub binary_sha256: String,
    /// Things the PO should fix (no delegate, no approver).
    pub warnings: Vec<String>,
}

/// The kit's warning when the roster has no delegate (the CLI shows it in
/// the user's language; JSON keeps this text).
pub const NO_DELEGATE: &str = "the roster has no delegate: nobody can use this kit; add one with `kluis roster add NAME --role delegate` and write a new kit";
/// The kit's warning when the roster has no approver.
pub const NO_APPROVER: &str = "the roster has no approver: an emergency unseal needs one; add one with `kluis roster add NAME --role approver` and write a new kit";

/// Writes a kit to `out` (checked with [`check_out`] first): records it in
/// the audit chain, then copies the vault file at `vault` (after that
/// record) and the running binary, and writes the texts.
///
/// # Errors
/// Not the PO, storage errors, an unreadable binary, a file that appeared
/// in `out` meanwhile.
pub fn write(session: &mut Session<'_>, vault: &Path, out: &Path) -> anyhow::Result<KitReport> {
    check_out(out)?;
    if fs::symlink_metadata(out).is_err() {
        fs::DirBuilder::new()
            .mode(0o700)
            .create(out)
            .with_context(|| format!("cannot create the kit directory {}", out.display()))?;
    }
    let out_abs = fs::canonicalize(out).unwrap_or_else(|_| out.to_path_buf());
    let facts = session.record_kit(&out_abs)?;
    let vault_bytes = crate::store::read_vault(vault)?;
    let exe = std::env::current_exe().context("cannot find the running kluis binary")?;
    let binary = fs::read(&exe)
        .with_context(|| format!("cannot read the running binary {}", exe.display()))?;
    let binary_sha256 = data_encoding::HEXLOWER.encode(&Sha256::digest(&binary));
    let vault_sha256 = data_encoding::HEXLOWER.encode(&Sha256::digest(&vault_bytes));

    let mut warnings = Vec::new();
    if facts.delegates.is_empty() {
        warnings.push(NO_DELEGATE.to_string());
    }
    if facts.approvers.is_empty() {
        warnings.push(NO_APPROVER.to_string());
    }
    let files: [(&str, Vec<u8>, u32); 7] = [
        (VAULT_FILE, vault_bytes.to_vec(), 0o600),
        (BINARY, binary, 0o700),
        (
            "kluis.sha256",
            format!("{binary_sha256}  {BINARY}\n{vault_sha256}  {VAULT_FILE}\n").into_bytes(),
            0o600,
        ),
        ("HANDBOOK.md", HANDBOOK.as_bytes().to_vec(), 0o600),
        (
            "HANDBOOK.pdf",
            crate::print::markdown_pdf(HANDBOOK, "kluis handbook"),
            0o600,
        ),
        ("NOODGEVAL.txt", text(&facts, Lang::Nl).into_bytes(), 0o600),
        ("EMERGENCY.txt", text(&facts, Lang::En).into_bytes(), 0o600),
    ];
    let mut written = Vec::new();
    for (name, bytes, mode) in files {
        create_new(&out.join(name), &bytes, mode).with_context(|| {
            format!(
                "the kit was recorded but {name} could not be written: remove {} and write the kit again",
                out.display()
            )
        })?;
        written.push(name.to_string());
    }
    Ok(KitReport {
        out: out_abs,
        files: written,
        binary_sha256,
        warnings,
    })
}

/// Creates `path` new (never through a link, never over a file) with
/// `mode`, writes `bytes` and flushes them to disk.
fn create_new(path: &Path, bytes: &[u8], mode: u32) -> std::io::Result<()> {
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    Nl,
    En,
}

/// Quotes a word for a POSIX shell when it needs it.
fn sh(word: &str) -> String {
    if !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=@".contains(c))
    {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// The emergency text for this vault. Command lines start with `$ ` and
/// run from the kit directory exactly as written.
fn text(f: &KitFacts, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let pick = |a: &'static str, b: &'static str| if nl { a } else { b };
    let k = f.threshold;
    let sheets: Vec<String> = (1..=k).map(|i| format!("vel-{i}.txt")).collect();
    let sheets: Vec<String> = if nl {
        sheets
    } else {
        (1..=k).map(|i| format!("sheet-{i}.txt")).collect()
    };
    let share_args: String = sheets
        .iter()
        .map(|s| format!(" --share-file {s}"))
        .collect();
    let delegate = f.delegates.first().map_or_else(
        || pick("NAAM-GEMACHTIGDE", "DELEGATE-NAME").to_string(),
        |d| d.clone(),
    );
    let approver = f.approvers.first().map_or_else(
        || pick("NAAM-FIATTEUR", "APPROVER-NAME").to_string(),
        |a| a.clone(),
    );
    let secret = f.emergency_secrets.first().map_or_else(
        || pick("NAAM-GEHEIM", "SECRET-NAME").to_string(),
        |s| s.clone(),
    );
    let base = format!("./{BINARY} --vault {VAULT_FILE}");
    let list = |v: &[String]| {
        if v.is_empty() {
            pick("(niemand)", "(nobody)").to_string()
        } else {
            v.join(", ")
        }
    };
    let mut t = String::new();
    let mut line = |s: String| {
        t.push_str(&s);
        t.push('\n');
    };
    line(format!(
        "{} — kluis \"{}\" ({})",
        pick("NOODHERSTEL", "EMERGENCY RECOVERY"),
        f.vault_name,
        f.vault_id
    ));
    line(format!(
        "{} {} {} {}.",
        pick("Noodpakket geschreven op", "Kit written on"),
        f.written_at,
        pick("door", "by"),
        f.po
    ));
    line(pick(
        "Dit pakket bevat alleen de VERSLEUTELDE kluis en nooit delen: het opent niets zonder de papieren vellen.",
        "This kit holds only the ENCRYPTED vault and never shares: it opens nothing without the paper sheets.",
    ).into());
    line(String::new());
    line(format!(
        "{}: {}",
        pick(
            "Gemachtigde(n) die mogen herstellen",
            "Delegate(s) who may recover"
        ),
        list(&f.delegates)
    ));
    line(format!(
        "{}: {}",
        pick(
            "Fiatteur(s) (typt de pincode; niet de gemachtigde zelf)",
            "Approver(s) (types the PIN; not the delegate)"
        ),
        list(&f.approvers)
    ));
    line(format!(
        "{} {k} {} {} {}:",
        pick("Nodig:", "Needed:"),
        pick("van de", "of the"),
        f.holders.len(),
        pick("vellen, bewaard bij", "sheets, kept by")
    ));
    for (i, holder, place) in &f.holders {
        if place.is_empty() {
            line(format!("  {i}. {holder}"));
        } else {
            line(format!("  {i}. {holder} @ {place}"));
        }
    }
    line(format!(
        "{}: {}",
        pick("Vrij te geven in noodgevallen", "Released in emergencies"),
        list(&f.emergency_secrets)
    ));
    line(String::new());
    line(
        pick(
            "Voer alles uit in deze map (cd naar de map van dit bestand); er hoeft niets geïnstalleerd te worden.",
            "Run everything from this directory (cd to the folder of this file); nothing needs to be installed.",
        )
        .into(),
    );
    line(String::new());
    line(format!(
        "1. {}",
        pick(
            "Controleer het programma en de kluis (verwacht twee keer OK):",
            "Check the program and the vault (expect OK twice):"
        )
    ));
    line("   sha256sum -c kluis.sha256".into());
    line(format!(
        "2. {} {k} {} {}",
        pick("Haal", "Collect"),
        pick(
            "vellen op. Typ elk vel over in een eigen bestand in deze map, precies zoals gedrukt (KLUIS en zes regels):",
            "sheets. Type each one into its own file in this directory, exactly as printed (KLUIS and six lines):"
        ),
        sheets.join(", ")
    ));
    line(format!(
        "3. {}",
        pick(
            "Controleer elk vel apart (opent niets):",
            "Check each sheet on its own (opens nothing):"
        )
    ));
    for s in &sheets {
        line(format!("   $ {base} shares verify --share-file {s}"));
    }
    line(format!(
        "4. {}",
        pick(
            "Bekijk wat er is (noodsessie, wordt vastgelegd):",
            "See what is there (emergency session, recorded):"
        )
    ));
    line(format!(
        "   $ {base}{share_args} --as {} secret list",
        sh(&delegate)
    ));
    line(format!(
        "5. {}",
        pick(
            "Geef het geheim vrij; de fiatteur typt zijn pincode. De waarde komt in het bestand vrijgegeven.txt:",
            "Release the secret; the approver types their PIN. The value goes into the file released.txt:"
        )
    ));
    line(format!(
        "   $ {base}{share_args} --as {} unseal {} --reason-category incident --reason {} --approver {} --to file={}",
        sh(&delegate),
        sh(&secret),
        sh(pick(
            "PO onbereikbaar, noodherstel",
            "PO unreachable, emergency recovery"
        )),
        sh(&approver),
        pick("vrijgegeven.txt", "released.txt"),
    ));
    line(format!(
        "   {}",
        pick(
            "Een ander geheim: vervang de naam door een uit de lijst hierboven.",
            "Another secret: replace the name with one from the list above."
        )
    ));
    line(format!(
        "6. {} shred -u {} {}",
        pick("Daarna:", "Afterwards:"),
        sheets.join(" "),
        pick(
            "vrijgegeven.txt — breng de vellen terug en licht de PO in. De set delen is nu blootgesteld; de PO moet hem vervangen.",
            "released.txt — return the sheets and inform the PO. The share set is now exposed; the PO must replace it."
        )
    ));
    line(String::new());
    line(
        pick(
            "Meer uitleg: HANDBOOK.md, hoofdstuk 7 (Noodherstel).",
            "More: HANDBOOK.md, chapter 7 (Emergency recovery).",
        )
        .into(),
    );
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> KitFacts {
        KitFacts {
            vault_name: "Kantoor".into(),
            vault_id: "00ff".into(),
            po: "Anna".into(),
            delegates: vec!["Dirk Smit".into()],
            approvers: vec!["Bert".into()],
            threshold: 2,
            holders: vec![
                (1, "Office safe".into(), "Safe".into()),
                (2, "IT admin".into(), String::new()),
                (3, "PO".into(), String::new()),
            ],
            emergency_secrets: vec!["restic-repo".into()],
            written_at: "2026-01-01T00:00:00Z".into(),
        }
    }

    #[test]
    fn text_names_holders_k_and_quotes_names() {
        let t = text(&facts(), Lang::En);
        assert!(t.contains("Needed: 2 of the 3 sheets"), "{t}");
        assert!(t.contains("  1. Office safe @ Safe\n"), "{t}");
        assert!(t.contains("--as 'Dirk Smit' unseal restic-repo"), "{t}");
        assert!(
            t.contains("--share-file sheet-1.txt --share-file sheet-2.txt"),
            "{t}"
        );
        let nl = text(&facts(), Lang::Nl);
        assert!(
            nl.contains("--share-file vel-1.txt --share-file vel-2.txt"),
            "{nl}"
        );
    }

    #[test]
    fn sh_quotes_what_the_shell_would_split() {
        assert_eq!(sh("Bert"), "Bert");
        assert_eq!(sh("Dirk Smit"), "'Dirk Smit'");
        assert_eq!(sh("it's"), r"'it'\''s'");
    }

    #[test]
    fn check_out_refuses_a_file_and_a_non_empty_dir() {
        let d = tempfile::tempdir().expect("tmp");
        let file = d.path().join("f");
        fs::write(&file, "x").expect("w");
        assert!(check_out(&file).is_err());
        assert!(check_out(d.path()).is_err());
        assert!(check_out(&d.path().join("new")).is_ok());
        let empty = d.path().join("empty");
        fs::create_dir(&empty).expect("mkdir");
        assert!(check_out(&empty).is_ok());
    }
}
