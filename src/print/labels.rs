//! The labels of sheets and reports, in Dutch and English: [`Labels`] is
//! built from the message catalogue ([`crate::i18n`], keys `Label*` and
//! `Event*`), so a label without either language fails its unit test.
//!
//! The recovery instructions are printed in both languages on every sheet
//! (whoever finds the sheet in the safe may read either), so they are not
//! part of [`Labels`] but two fixed lists.

use super::Lang;
use crate::i18n::{Msg, t, tf};

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
        let msg = match kind {
            K::Init => crate::i18n::Msg::EventInit,
            K::Unlock => crate::i18n::Msg::EventUnlock,
            K::UnlockFailure => crate::i18n::Msg::EventUnlockFailure,
            K::Unseal => crate::i18n::Msg::EventUnseal,
            K::UnsealDenied => crate::i18n::Msg::EventUnsealDenied,
            K::Recovery => crate::i18n::Msg::EventRecovery,
            K::EmergencySessionStart => crate::i18n::Msg::EventEmergencySessionStart,
            K::EmergencySessionEnd => crate::i18n::Msg::EventEmergencySessionEnd,
            K::Acknowledgement => crate::i18n::Msg::EventAcknowledgement,
            K::SharePrint => crate::i18n::Msg::EventSharePrint,
            K::Drill => crate::i18n::Msg::EventDrill,
            K::Rotation => crate::i18n::Msg::EventRotation,
            K::PassphraseChange => crate::i18n::Msg::EventPassphraseChange,
            K::RosterChange => crate::i18n::Msg::EventRosterChange,
            K::SecretAdd => crate::i18n::Msg::EventSecretAdd,
            K::SecretEdit => crate::i18n::Msg::EventSecretEdit,
            K::SecretDelete => crate::i18n::Msg::EventSecretDelete,
            K::Export => crate::i18n::Msg::EventExport,
            K::Takeover => crate::i18n::Msg::EventTakeover,
            K::SettingsChange => crate::i18n::Msg::EventSettingsChange,
            K::RollbackAccepted => crate::i18n::Msg::EventRollbackAccepted,
            K::JournalQuarantined => crate::i18n::Msg::EventJournalQuarantined,
            K::AuditArchived => crate::i18n::Msg::EventAuditArchived,
            K::RemoteChange => crate::i18n::Msg::EventRemoteChange,
            K::Sync => crate::i18n::Msg::EventSync,
            K::CommandEnd => crate::i18n::Msg::EventCommandEnd,
            K::KitWritten => crate::i18n::Msg::EventKitWritten,
            K::RecipientChange => crate::i18n::Msg::EventRecipientChange,
        };
        crate::i18n::t(self.lang, msg)
    }

    /// The period from `from` to `to`.
    pub fn period_text(&self, from: &str, to: &str) -> String {
        tf(
            self.lang,
            Msg::LabelPeriodText,
            &[("from", &from), ("to", &to)],
        )
    }

    /// "n released, m refused".
    pub fn unseal_counts(&self, released: usize, refused: usize) -> String {
        tf(
            self.lang,
            Msg::LabelUnsealCounts,
            &[("released", &released), ("refused", &refused)],
        )
    }

    /// The state of the audit chain in words.
    pub fn chain_state(&self, intact: bool, checkpoint: &str) -> String {
        if intact {
            tf(
                self.lang,
                Msg::LabelChainIntact,
                &[("checkpoint", &checkpoint)],
            )
        } else {
            t(self.lang, Msg::LabelChainBroken).to_string()
        }
    }

    /// "share i of n — any k recover".
    pub fn share_of(&self, index: u8, count: u8, threshold: u8) -> String {
        tf(
            self.lang,
            Msg::LabelShareOf,
            &[
                ("index", &index),
                ("count", &count),
                ("threshold", &threshold),
            ],
        )
    }
}

fn build(lang: Lang) -> Labels {
    Labels {
        sheet_title: t(lang, Msg::LabelSheetTitle),
        vault: t(lang, Msg::LabelVault),
        vault_id: t(lang, Msg::LabelVaultId),
        set_id: t(lang, Msg::LabelSetId),
        holder: t(lang, Msg::LabelHolder),
        place: t(lang, Msg::LabelPlace),
        printed: t(lang, Msg::LabelPrinted),
        text_form: t(lang, Msg::LabelTextForm),
        fingerprint: t(lang, Msg::LabelFingerprint),
        checkpoint: t(lang, Msg::LabelCheckpoint),
        custody: t(lang, Msg::LabelCustody),
        technical: t(lang, Msg::LabelTechnical),
        stored_by: t(lang, Msg::LabelStoredBy),
        stored_where: t(lang, Msg::LabelStoredWhere),
        signature: t(lang, Msg::LabelSignature),
        date: t(lang, Msg::LabelDate),
        report_title: t(lang, Msg::LabelReportTitle),
        generated: t(lang, Msg::LabelGenerated),
        page: t(lang, Msg::LabelPage),
        roster: t(lang, Msg::LabelRoster),
        name: t(lang, Msg::LabelName),
        role: t(lang, Msg::LabelRole),
        custody_table: t(lang, Msg::LabelCustodyTable),
        state: t(lang, Msg::LabelState),
        active: t(lang, Msg::LabelActive),
        pending: t(lang, Msg::LabelPending),
        share: t(lang, Msg::LabelShare),
        last_drill: t(lang, Msg::LabelLastDrill),
        flags: t(lang, Msg::LabelFlags),
        overdue: t(lang, Msg::LabelOverdue),
        exposed: t(lang, Msg::LabelExposed),
        never: t(lang, Msg::LabelNever),
        unseals: t(lang, Msg::LabelUnseals),
        emergencies: t(lang, Msg::LabelEmergencies),
        rotations: t(lang, Msg::LabelRotations),
        none: t(lang, Msg::LabelNone),
        time: t(lang, Msg::LabelTime),
        actor: t(lang, Msg::LabelActor),
        what: t(lang, Msg::LabelWhat),
        reason: t(lang, Msg::LabelReason),
        approver: t(lang, Msg::LabelApprover),
        outcome: t(lang, Msg::LabelOutcome),
        summary: t(lang, Msg::LabelSummary),
        period: t(lang, Msg::LabelPeriod),
        time_zone: t(lang, Msg::LabelTimeZone),
        records: t(lang, Msg::LabelRecords),
        unseal_count: t(lang, Msg::LabelUnsealCount),
        recoveries: t(lang, Msg::LabelRecoveries),
        open_acks: t(lang, Msg::LabelOpenAcks),
        overdue_drills: t(lang, Msg::LabelOverdueDrills),
        chain: t(lang, Msg::LabelChain),
        failed_attempts: t(lang, Msg::LabelFailedAttempts),
        drills: t(lang, Msg::LabelDrills),
        prints: t(lang, Msg::LabelPrints),
        rollbacks: t(lang, Msg::LabelRollbacks),
        role_po: t(lang, Msg::LabelRolePo),
        role_delegate: t(lang, Msg::LabelRoleDelegate),
        role_approver: t(lang, Msg::LabelRoleApprover),
        role_holder: t(lang, Msg::LabelRoleHolder),
        done: t(lang, Msg::LabelDone),
        refused: t(lang, Msg::LabelRefused),
        failed: t(lang, Msg::LabelFailed),
        by_passphrase: t(lang, Msg::LabelByPassphrase),
        by_shares: t(lang, Msg::LabelByShares),
        by_pin: t(lang, Msg::LabelByPin),
        not_authenticated: t(lang, Msg::LabelNotAuthenticated),
        reported_while_locked: t(lang, Msg::LabelReportedWhileLocked),
        claimed: t(lang, Msg::LabelClaimed),
        unknown_actor: t(lang, Msg::LabelUnknownActor),
        share_holder_actor: t(lang, Msg::LabelShareHolderActor),
        to: t(lang, Msg::LabelTo),
        restore: t(lang, Msg::LabelRestore),
        restore_test: t(lang, Msg::LabelRestoreTest),
        incident: t(lang, Msg::LabelIncident),
        other: t(lang, Msg::LabelOther),
        lang,
    }
}

static NL: std::sync::LazyLock<Labels> = std::sync::LazyLock::new(|| build(Lang::Nl));
static EN: std::sync::LazyLock<Labels> = std::sync::LazyLock::new(|| build(Lang::En));

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
