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
    /// Heading of the summary block.
    pub summary: &'static str,
    /// Summary: "Period".
    pub period: &'static str,
    /// Summary: "Time zone".
    pub time_zone: &'static str,
    /// Summary: "Audit records".
    pub records: &'static str,
    /// Summary: "Unseals" (the counts).
    pub unseal_count: &'static str,
    /// Summary: "Opened with shares".
    pub recoveries: &'static str,
    /// Summary: emergency events not yet acknowledged.
    pub open_acks: &'static str,
    /// Summary: "Drills overdue".
    pub overdue_drills: &'static str,
    /// Summary: "Audit chain".
    pub chain: &'static str,
    /// Heading of the failed attempts table.
    pub failed_attempts: &'static str,
    /// Heading of the drills table.
    pub drills: &'static str,
    /// Heading of the prints table.
    pub prints: &'static str,
    /// Heading of the table of older copies accepted.
    pub rollbacks: &'static str,
    /// Role "po".
    pub role_po: &'static str,
    /// Role "delegate".
    pub role_delegate: &'static str,
    /// Role "approver".
    pub role_approver: &'static str,
    /// Role "holder".
    pub role_holder: &'static str,
    /// Outcome "success".
    pub done: &'static str,
    /// Outcome "denied".
    pub refused: &'static str,
    /// Outcome "failure".
    pub failed: &'static str,
    /// How an actor signed in: the PO passphrase.
    pub by_passphrase: &'static str,
    /// How an actor signed in: shares (followed by their numbers).
    pub by_shares: &'static str,
    /// An approver whose PIN was checked.
    pub by_pin: &'static str,
    /// An approver or record that was not authenticated.
    pub not_authenticated: &'static str,
    /// A record reported while the vault was locked (the journal).
    pub reported_while_locked: &'static str,
    /// Before the time such a record claims.
    pub claimed: &'static str,
    /// The actor of a failed unlock, who proved nothing.
    pub unknown_actor: &'static str,
    /// The actor of a drill.
    pub share_holder_actor: &'static str,
    /// "to" before a release channel.
    pub to: &'static str,
    /// Reason category "restore".
    pub restore: &'static str,
    /// Reason category "restore test".
    pub restore_test: &'static str,
    /// Reason category "incident".
    pub incident: &'static str,
    /// Reason category "other".
    pub other: &'static str,
    /// The language of these labels, for the sentences built with numbers.
    lang: Lang,
}

impl Labels {
    /// An audit event kind in words.
    pub fn event_kind(&self, kind: crate::audit::EventKind) -> &'static str {
        use crate::audit::EventKind as K;
        let (nl, en) = match kind {
            K::Init => ("kluis gemaakt", "vault made"),
            K::Unlock => ("geopend", "opened"),
            K::UnlockFailure => ("openen mislukt", "open failed"),
            K::Unseal => ("vrijgegeven", "released"),
            K::UnsealDenied => ("vrijgave geweigerd", "release refused"),
            K::Recovery => ("geopend met delen", "opened with shares"),
            K::EmergencySessionStart => ("noodsessie begonnen", "emergency session began"),
            K::EmergencySessionEnd => ("noodsessie beëindigd", "emergency session ended"),
            K::Acknowledgement => (
                "gezien door de privacy officer",
                "seen by the privacy officer",
            ),
            K::SharePrint => ("vellen afgedrukt", "sheets printed"),
            K::Drill => ("deel gecontroleerd", "share checked"),
            K::Rotation => ("nieuwe set delen", "new share set"),
            K::PassphraseChange => ("wachtwoord gewijzigd", "passphrase changed"),
            K::RosterChange => ("personen gewijzigd", "roster changed"),
            K::SecretAdd => ("geheim toegevoegd", "secret added"),
            K::SecretEdit => ("geheim gewijzigd", "secret changed"),
            K::SecretDelete => ("geheim verwijderd", "secret removed"),
            K::Export => ("auditlog uitgevoerd", "audit log exported"),
            K::Takeover => ("overname door gemachtigde", "takeover by a delegate"),
            K::SettingsChange => ("instellingen gewijzigd", "settings changed"),
            K::RollbackAccepted => ("oudere kopie geaccepteerd", "older copy accepted"),
            K::JournalQuarantined => (
                "journaal apart gezet (gemanipuleerd)",
                "journal set aside (tampered with)",
            ),
            K::AuditArchived => ("oude records gearchiveerd", "old records archived"),
            K::RemoteChange => ("remote gewijzigd", "remote changed"),
            K::Sync => (
                "gesynchroniseerd met een remote",
                "synchronised with a remote",
            ),
            K::CommandEnd => ("herstelopdracht beëindigd", "restore command ended"),
            K::KitWritten => ("noodpakket geschreven", "recovery kit written"),
        };
        if self.lang == Lang::Nl { nl } else { en }
    }

    /// The period from `from` to `to`.
    pub fn period_text(&self, from: &str, to: &str) -> String {
        if self.lang == Lang::Nl {
            format!("{from} tot en met {to}")
        } else {
            format!("{from} to {to}")
        }
    }

    /// "n released, m refused".
    pub fn unseal_counts(&self, released: usize, refused: usize) -> String {
        if self.lang == Lang::Nl {
            format!("{released} vrijgegeven, {refused} geweigerd")
        } else {
            format!("{released} released, {refused} refused")
        }
    }

    /// The state of the audit chain in words.
    pub fn chain_state(&self, intact: bool, checkpoint: &str) -> String {
        match (intact, self.lang) {
            (true, Lang::Nl) => format!("ongeschonden tot en met controlepunt {checkpoint}"),
            (true, Lang::En) => format!("intact up to checkpoint {checkpoint}"),
            (false, Lang::Nl) => "NIET ongeschonden: voer kluis audit verify uit".to_string(),
            (false, Lang::En) => "NOT intact: run kluis audit verify".to_string(),
        }
    }

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
    custody_table: "Wie bewaart welk deel",
    state: "Status",
    active: "actief",
    pending: "wachtend",
    share: "Deel",
    last_drill: "Laatste oefening",
    flags: "Let op",
    overdue: "oefening te laat",
    exposed: "blootgesteld",
    never: "nooit",
    unseals: "Vrijgaven, met reden en fiatteur",
    emergencies: "Noodtoegang: geopend met delen, noodsessies, overname",
    rotations: "Rotaties (nieuwe sets delen)",
    none: "geen",
    time: "Tijd",
    actor: "Wie",
    what: "Wat",
    reason: "Reden",
    approver: "Goedkeurder",
    outcome: "Uitkomst",
    summary: "Samenvatting",
    period: "Periode",
    time_zone: "Tijdzone",
    records: "Regels in het auditlog",
    unseal_count: "Vrijgaven",
    recoveries: "Geopend met delen",
    open_acks: "Noodgebeurtenissen nog niet gezien door de privacy officer",
    overdue_drills: "Delen met een oefening te laat",
    chain: "Auditketen",
    failed_attempts: "Mislukte pogingen om te openen",
    drills: "Oefeningen (delen gecontroleerd)",
    prints: "Afgedrukte vellen",
    rollbacks: "Oudere kopie van de kluis geaccepteerd",
    role_po: "privacy officer",
    role_delegate: "gemachtigde",
    role_approver: "fiatteur",
    role_holder: "houder",
    done: "gelukt",
    refused: "geweigerd",
    failed: "mislukt",
    by_passphrase: "wachtwoord",
    by_shares: "delen",
    by_pin: "pincode",
    not_authenticated: "niet geverifieerd",
    reported_while_locked: "gemeld terwijl de kluis op slot was, niet geverifieerd",
    claimed: "volgens de melding",
    unknown_actor: "(onbekend)",
    share_holder_actor: "(houder van een deel)",
    to: "naar",
    restore: "herstel",
    restore_test: "hersteltest",
    incident: "incident",
    other: "overig",
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
    custody_table: "Who holds which share",
    state: "State",
    active: "active",
    pending: "pending",
    share: "Share",
    last_drill: "Last drill",
    flags: "Attention",
    overdue: "drill overdue",
    exposed: "exposed",
    never: "never",
    unseals: "Unseals, with reason and approver",
    emergencies: "Emergency use: opened with shares, sessions, takeover",
    rotations: "Rotations (new share sets)",
    none: "none",
    time: "Time",
    actor: "Actor",
    what: "What",
    reason: "Reason",
    approver: "Approver",
    outcome: "Outcome",
    summary: "Summary",
    period: "Period",
    time_zone: "Time zone",
    records: "Records in the audit log",
    unseal_count: "Unseals",
    recoveries: "Opened with shares",
    open_acks: "Emergency events not yet seen by the privacy officer",
    overdue_drills: "Shares with a drill overdue",
    chain: "Audit chain",
    failed_attempts: "Failed attempts to open",
    drills: "Drills (shares checked)",
    prints: "Sheets printed",
    rollbacks: "Older copy of the vault accepted",
    role_po: "privacy officer",
    role_delegate: "delegate",
    role_approver: "approver",
    role_holder: "holder",
    done: "done",
    refused: "refused",
    failed: "failed",
    by_passphrase: "passphrase",
    by_shares: "shares",
    by_pin: "PIN",
    not_authenticated: "not authenticated",
    reported_while_locked: "reported while locked, not authenticated",
    claimed: "claimed",
    unknown_actor: "(unknown)",
    share_holder_actor: "(share holder)",
    to: "to",
    restore: "restore",
    restore_test: "restore test",
    incident: "incident",
    other: "other",
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
