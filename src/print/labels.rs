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
    /// Heading of the small technical block at the bottom of a sheet.
    pub technical: &'static str,
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
    technical: "Technische gegevens (voor de privacy officer)",
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
    technical: "Technical details (for the privacy officer)",
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

/// The people a sheet tells its reader to call, from the roster.
pub(super) struct Contacts<'a> {
    /// The privacy officer(s).
    pub po: &'a [String],
    /// The delegates.
    pub delegates: &'a [String],
}

/// Longest name printed as a contact, in characters.
const NAME_ON_SHEET: usize = 40;

/// `name` cut to [`NAME_ON_SHEET`] characters, ending in "…" when cut.
fn short(name: &str) -> String {
    if name.chars().count() <= NAME_ON_SHEET {
        name.to_owned()
    } else {
        let cut: String = name.chars().take(NAME_ON_SHEET - 1).collect();
        format!("{cut}…")
    }
}

/// "Anna (privacy officer) of Dirk (gemachtigde)": whom to call, in `lang`:
/// the first PO and the first two delegates.
fn contacts(lang: Lang, c: &Contacts<'_>) -> String {
    let (po_role, delegate_role, or, nobody) = match lang {
        Lang::Nl => (
            "privacy officer",
            "gemachtigde",
            " of ",
            "de privacy officer van de praktijk",
        ),
        Lang::En => (
            "privacy officer",
            "delegate",
            " or ",
            "the practice's privacy officer",
        ),
    };
    // The page has room for a few names of ordinary length; the roster
    // holds the rest.
    let mut who: Vec<String> =
        c.po.iter()
            .take(1)
            .map(|n| format!("{} ({po_role})", short(n)))
            .collect();
    who.extend(
        c.delegates
            .iter()
            .take(2)
            .map(|n| format!("{} ({delegate_role})", short(n))),
    );
    let more = c.po.len().saturating_sub(1) + c.delegates.len().saturating_sub(2);
    if more > 0 {
        who.push(match lang {
            Lang::Nl => format!("een van de {more} anderen in de lijst van personen"),
            Lang::En => format!("one of the {more} others on the roster"),
        });
    }
    if who.is_empty() {
        nobody.to_string()
    } else {
        who.join(or)
    }
}

/// What a sheet is, in plain words for whoever holds or finds it: a
/// heading and paragraphs, in `lang`. Names no jargon (no "set", "vault
/// id" or "checkpoint"): those are in the technical block at the bottom.
pub(super) fn sheet_intro(
    lang: Lang,
    vault: &str,
    index: u8,
    count: u8,
    threshold: u8,
    who: &Contacts<'_>,
) -> (&'static str, Vec<String>) {
    let call = contacts(lang, who);
    let vault = short(vault);
    match lang {
        Lang::Nl => (
            "Wat is dit vel?",
            vec![
                format!(
                    "Dit vel is deel {index} van {count} van de reservesleutel van de digitale kluis «{vault}». \
                     Met {threshold} van deze vellen samen kan de kluis worden geopend als het wachtwoord \
                     van de privacy officer niet meer werkt. Dit vel alleen is waardeloos: er staat geen \
                     wachtwoord op en niemand komt er alleen mee binnen."
                ),
                "Bewaar het op de afgesproken plaats. Geef het aan niemand, ook niet als iemand zegt \
                 dat het dringend is, en maak er geen kopie of foto van behalve om te herstellen."
                    .to_string(),
                format!(
                    "Kwijt, beschadigd, of vraagt iemand erom? Bel eerst {call}. Meld een kwijt vel \
                     meteen: dan worden nieuwe vellen gemaakt en werkt dit vel niet meer."
                ),
            ],
        ),
        Lang::En => (
            "What is this sheet?",
            vec![
                format!(
                    "This sheet is part {index} of {count} of the spare key to the digital vault “{vault}”. \
                     Any {threshold} of these sheets together can open the vault when the privacy \
                     officer's passphrase no longer works. This sheet alone is useless: it holds no \
                     password and nobody gets in with it alone."
                ),
                "Keep it in the agreed place. Give it to no one, even if they say it is urgent, and \
                 make no copy or photo of it except to recover."
                    .to_string(),
                format!(
                    "Lost, damaged, or someone asks for it? Call {call} first. Report a lost sheet at \
                     once: new sheets are then made and this one stops working."
                ),
            ],
        ),
    }
}

/// Recovery instructions in Dutch: a heading and paragraphs. `{k}` is
/// replaced by the threshold. A sheet reaches kluis as a photo or scan
/// (`--share-image`) or as its six lines typed into a file (`--share-file`).
pub(super) const INSTRUCTIONS_NL: (&str, &[&str]) = (
    "Herstellen (voor de privacy officer of de gemachtigde)",
    &[
        "Vel controleren: maak een foto of scan van dit vel, of typ de zes regels over in een tekstbestand, en voer uit: kluis shares verify --share-image foto.jpg (of --share-file deel.txt). De vingerafdruk moet gelijk zijn aan die op dit vel.",
        "De kluis openen zonder wachtwoord: leg {k} vellen samen, geef elk als foto of als getypt bestand en voer uit: kluis --share-image deel1.jpg --share-file deel2.txt ... --as NAAM unseal GEHEIM",
        "Elke vrijgave wordt in het auditlog vastgelegd. Leg het vel daarna terug op zijn plaats en meld het gebruik aan de privacy officer.",
    ],
);

/// Recovery instructions in English, as [`INSTRUCTIONS_NL`].
pub(super) const INSTRUCTIONS_EN: (&str, &[&str]) = (
    "Recovery (for the privacy officer or the delegate)",
    &[
        "Check a sheet: take a photo or scan of this sheet, or type its six lines into a text file, and run: kluis shares verify --share-image photo.jpg (or --share-file share.txt). The fingerprint must match the one on this sheet.",
        "Open the vault without the passphrase: bring {k} sheets together, give each as a photo or a typed file and run: kluis --share-image share1.jpg --share-file share2.txt ... --as NAME unseal SECRET",
        "Every release is recorded in the audit log. Return the sheet to its place afterwards and tell the privacy officer it was used.",
    ],
);

#[cfg(test)]
mod tests {
    use super::*;

    fn call(lang: Lang, po: &[&str], delegates: &[&str]) -> String {
        let po: Vec<String> = po.iter().map(|s| s.to_string()).collect();
        let delegates: Vec<String> = delegates.iter().map(|s| s.to_string()).collect();
        contacts(
            lang,
            &Contacts {
                po: &po,
                delegates: &delegates,
            },
        )
    }

    #[test]
    fn contacts_name_the_po_and_delegates() {
        assert_eq!(
            call(Lang::Nl, &["Anna"], &["Dirk"]),
            "Anna (privacy officer) of Dirk (gemachtigde)"
        );
        assert_eq!(call(Lang::En, &["Anna"], &[]), "Anna (privacy officer)");
        assert_eq!(
            call(Lang::Nl, &[], &[]),
            "de privacy officer van de praktijk"
        );
        assert_eq!(
            call(Lang::En, &["Anna"], &["B", "C", "D", "E"]),
            "Anna (privacy officer) or B (delegate) or C (delegate) or one of the 2 others on the roster"
        );
        let long = "x".repeat(100);
        let out = call(Lang::En, &[&long], &[]);
        assert_eq!(out, format!("{}… (privacy officer)", "x".repeat(39)));
    }
}
