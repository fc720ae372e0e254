//! Every user-visible string of sheets and reports, in Dutch and English.
//!
//! The recovery instructions are printed in both languages on every sheet
//! (whoever finds the sheet in the safe may read either), so they are not
//! part of [`Labels`] but two fixed lists.

use super::Lang;

/// The labels of sheets and reports in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Labels {
    /// Title of a share sheet.
    pub sheet_title: &'static str,
    /// Warning under the title of a share sheet.
    pub sheet_warning: &'static str,
    /// "Vault".
    pub vault: &'static str,
    /// "Vault id".
    pub vault_id: &'static str,
    /// "Share set".
    pub set_id: &'static str,
    /// "Holder".
    pub holder: &'static str,
    /// "Place".
    pub place: &'static str,
    /// "Printed" (the date on a sheet).
    pub printed: &'static str,
    /// Heading of the text form.
    pub text_form: &'static str,
    /// "Fingerprint".
    pub fingerprint: &'static str,
    /// "Audit checkpoint".
    pub checkpoint: &'static str,
    /// Heading of the custody fields.
    pub custody: &'static str,
    /// "Stored by".
    pub stored_by: &'static str,
    /// "Where".
    pub stored_where: &'static str,
    /// "Signature".
    pub signature: &'static str,
    /// "Date" (a field to write in).
    pub date: &'static str,
    /// Title of the custody report.
    pub report_title: &'static str,
    /// "Generated".
    pub generated: &'static str,
    /// "Page".
    pub page: &'static str,
    /// Roster heading.
    pub roster: &'static str,
    /// Roster column "Name".
    pub name: &'static str,
    /// Roster column "Role".
    pub role: &'static str,
    /// Custody table heading.
    pub custody_table: &'static str,
    /// Custody column "State".
    pub state: &'static str,
    /// "active".
    pub active: &'static str,
    /// "pending".
    pub pending: &'static str,
    /// Custody column "Share".
    pub share: &'static str,
    /// Custody column "Last drill".
    pub last_drill: &'static str,
    /// Custody column "Flags".
    pub flags: &'static str,
    /// "drill overdue".
    pub overdue: &'static str,
    /// "exposed".
    pub exposed: &'static str,
    /// "never".
    pub never: &'static str,
    /// Heading of the unseals table.
    pub unseals: &'static str,
    /// Heading of the emergencies table.
    pub emergencies: &'static str,
    /// Heading of the rotations table.
    pub rotations: &'static str,
    /// Heading of the failed unlocks table.
    pub failed_unlocks: &'static str,
    /// Shown instead of an empty table.
    pub none: &'static str,
    /// Event column "Time".
    pub time: &'static str,
    /// Event column "Actor".
    pub actor: &'static str,
    /// Event column "What".
    pub what: &'static str,
    /// Event column "Reason".
    pub reason: &'static str,
    /// Event column "Approver".
    pub approver: &'static str,
    /// Event column "Outcome".
    pub outcome: &'static str,
    /// The language of these labels, for the sentences built with numbers.
    lang: Lang,
}

impl Labels {
    /// "share i of n — any k recover".
    pub fn share_of(&self, index: u8, count: u8, threshold: u8) -> String {
        if self.lang == Lang::Nl {
            format!("deel {index} van {count} — elke {threshold} samen herstellen")
        } else {
            format!("share {index} of {count} — any {threshold} recover")
        }
    }
}

const NL: Labels = Labels {
    sheet_title: "kluis — deel van de herstelsleutel",
    sheet_warning: "Geheim. Bewaar dit vel in de kluis; genoeg vellen samen openen de kluis.",
    vault: "Kluis",
    vault_id: "Kluis-id",
    set_id: "Set",
    holder: "Houder",
    place: "Plaats",
    printed: "Afgedrukt",
    text_form: "Tekstvorm (typ deze zes regels als de QR-code niet leesbaar is)",
    fingerprint: "Vingerafdruk",
    checkpoint: "Audit-controlepunt",
    custody: "Bewaring",
    stored_by: "Opgeborgen door",
    stored_where: "Waar",
    signature: "Handtekening",
    date: "Datum",
    report_title: "kluis — bewaringsrapport",
    generated: "Gemaakt",
    page: "pagina",
    roster: "Personen",
    name: "Naam",
    role: "Rol",
    custody_table: "Bewaring van de delen",
    state: "Status",
    active: "actief",
    pending: "wachtend",
    share: "Deel",
    last_drill: "Laatste oefening",
    flags: "Let op",
    overdue: "oefening te laat",
    exposed: "blootgesteld",
    never: "nooit",
    unseals: "Vrijgaven",
    emergencies: "Noodtoegang",
    rotations: "Rotaties",
    failed_unlocks: "Mislukte ontgrendelingen",
    none: "geen",
    time: "Tijd",
    actor: "Wie",
    what: "Wat",
    reason: "Reden",
    approver: "Goedkeurder",
    outcome: "Uitkomst",
    lang: Lang::Nl,
};

const EN: Labels = Labels {
    sheet_title: "kluis — recovery key share",
    sheet_warning: "Secret. Keep this sheet in the safe; enough sheets together open the vault.",
    vault: "Vault",
    vault_id: "Vault id",
    set_id: "Set",
    holder: "Holder",
    place: "Place",
    printed: "Printed",
    text_form: "Text form (type these six lines if the QR code does not scan)",
    fingerprint: "Fingerprint",
    checkpoint: "Audit checkpoint",
    custody: "Custody",
    stored_by: "Stored by",
    stored_where: "Where",
    signature: "Signature",
    date: "Date",
    report_title: "kluis — custody report",
    generated: "Generated",
    page: "page",
    roster: "Roster",
    name: "Name",
    role: "Role",
    custody_table: "Custody of the shares",
    state: "State",
    active: "active",
    pending: "pending",
    share: "Share",
    last_drill: "Last drill",
    flags: "Attention",
    overdue: "drill overdue",
    exposed: "exposed",
    never: "never",
    unseals: "Unseals",
    emergencies: "Emergency access",
    rotations: "Rotations",
    failed_unlocks: "Failed unlocks",
    none: "none",
    time: "Time",
    actor: "Actor",
    what: "What",
    reason: "Reason",
    approver: "Approver",
    outcome: "Outcome",
    lang: Lang::En,
};

/// The labels in `lang`.
pub fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// Recovery instructions in Dutch: a heading and paragraphs. `{k}` is
/// replaced by the threshold.
pub(super) const INSTRUCTIONS_NL: (&str, &[&str]) = (
    "Herstellen",
    &[
        "Vel controleren: kluis shares verify, typ of scan dit vel. De vingerafdruk moet gelijk zijn aan die hierboven.",
        "Herstellen door een gemachtigde: leg {k} vellen samen, zet elk in een eigen bestand en voer uit: kluis --share-file deel1.txt --share-file deel2.txt ... --as NAAM unseal GEHEIM",
        "Elke vrijgave wordt in het auditlog vastgelegd. Leg het vel daarna terug en meld het gebruik.",
    ],
);

/// Recovery instructions in English, as [`INSTRUCTIONS_NL`].
pub(super) const INSTRUCTIONS_EN: (&str, &[&str]) = (
    "Recovery",
    &[
        "Verify a sheet: kluis shares verify, then type or scan this sheet. The fingerprint must match the one above.",
        "Recovery by a delegate: bring {k} sheets together, put each in its own file and run: kluis --share-file share1.txt --share-file share2.txt ... --as NAME unseal SECRET",
        "Every release is recorded in the audit log. Return the sheet afterwards and report its use.",
    ],
);
