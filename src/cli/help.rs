//! `--help` in Dutch: the clap command tree with every `about` and `help`
//! text replaced from [`HELP_NL`], plus clap's own headings. The English
//! texts are the doc comments in `args.rs`; a unit test fails when a
//! command or an argument has no Dutch text, or a Dutch text no argument.
//!
//! Keys: a command's path (`"kluis"`, `"kluis secret add"`) for its
//! `about`, and `"<path> --<arg id>"` for an argument's help. To add an
//! argument: write its doc comment, then its Dutch line here.

use clap::{Arg, ArgAction, Command, CommandFactory};

use super::Cli;
use crate::i18n::Lang;

/// The command line for `lang`: as derived for English, translated for
/// Dutch.
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command();
    match lang {
        Lang::En => cmd,
        // `kluis help …` as a subcommand stays (scripts may use it), with
        // its one line in Dutch.
        Lang::Nl => dutch(cmd, "kluis").subcommand(
            Command::new("help")
                .about("Toon deze hulp of die van de opgegeven opdracht")
                .arg(Arg::new("command").num_args(0..).value_name("OPDRACHT"))
                .hide(false),
        ),
    }
}

/// For `kluis help [COMMAND…]` in Dutch (clap's own help subcommand is
/// English): the help text of that command, if `matches` asks for it.
pub fn help_asked(lang: Lang, matches: &clap::ArgMatches) -> Option<String> {
    let ("help", m) = matches.subcommand()? else {
        return None;
    };
    let mut cmd = command(lang);
    cmd.build();
    let mut at = cmd;
    for name in m.get_many::<String>("command").into_iter().flatten() {
        match at.find_subcommand(name).cloned() {
            Some(c) => at = c,
            None => break,
        }
    }
    Some(at.render_help().to_string())
}

/// The language asked for on the command line (`--lang nl`, `--lang=en`),
/// else the environment's: read before clap parses, so `--help` and usage
/// errors come in that language.
pub fn lang_from_args(args: &[std::ffi::OsString]) -> Lang {
    let mut it = args.iter().filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        let v = match a.strip_prefix("--lang=") {
            Some(v) => Some(v),
            None if a == "--lang" => it.next(),
            None => None,
        };
        match v {
            Some("nl") => return Lang::Nl,
            Some("en") => return Lang::En,
            _ => {}
        }
    }
    Lang::from_env()
}

/// The Dutch placeholder of a value (`<PATH>` → `<PAD>`, docs/GLOSSARY.md);
/// one not in [`VALUE_NAMES_NL`] stays as it is (a unit test finds those).
fn value_name(english: &clap::builder::Str) -> clap::builder::Str {
    VALUE_NAMES_NL
        .iter()
        .find(|(en, _)| *en == english.as_str())
        .map_or_else(|| english.clone(), |(_, nl)| (*nl).into())
}

/// English placeholders (the `value_name`s of `args.rs`) and their Dutch.
const VALUE_NAMES_NL: &[(&str, &str)] = &[
    ("PATH", "PAD"),
    ("FILE", "BESTAND"),
    ("DIR", "MAP"),
    ("NAME", "NAAM"),
    ("LANG", "TAAL"),
    ("KIND", "SOORT"),
    ("GENERATE", "VORM"),
    ("ROLE", "ROL"),
    ("REASON_CATEGORY", "CATEGORIE"),
    ("FORMAT", "VORM"),
    ("WHICH", "WELKE"),
    ("MIN", "MINUTEN"),
    ("DAYS", "DAGEN"),
    ("TARGET", "DOEL"),
    ("ON|OFF", "ON|OFF"),
    ("K", "K"),
    ("LABEL[@PLACE]", "NAAM[@PLAATS]"),
    ("RECIPIENT", "ONTVANGER"),
    ("TEXT", "TEKST"),
    ("MIB", "MIB"),
    ("T", "T"),
    ("P", "P"),
    ("N", "N"),
    ("I", "I"),
    ("INDEX", "NUMMER"),
    ("CHANNEL", "KANAAL"),
    ("SECS", "SECONDEN"),
    ("CMD ARGS", "OPDRACHT ARGUMENTEN"),
    ("SEQ", "NR"),
    ("URL", "URL"),
];

fn lookup(key: &str) -> Option<&'static str> {
    HELP_NL.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

fn dutch(mut cmd: Command, path: &str) -> Command {
    if let Some(about) = lookup(path) {
        cmd = cmd.about(about);
    }
    cmd = cmd
        .help_template("{about-with-newline}\nGebruik: {usage}\n\n{all-args}{after-help}")
        .subcommand_help_heading("Opdrachten")
        .subcommand_value_name("OPDRACHT")
        .disable_help_subcommand(true)
        .next_help_heading("Opties")
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Toon deze hulp")
                .global(path == "kluis"),
        );
    if path == "kluis" {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("Toon de versie"),
        );
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .filter(|a| !a.is_global_set() || path == "kluis")
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        if id == "help" || (id == "version" && path == "kluis") {
            continue;
        }
        let key = format!("{path} --{id}");
        cmd = cmd.mut_arg(&id, |a| {
            // clap's own "[possible values: …]", "[default: …]" and
            // "[env: …]" are English: the Dutch texts name them instead.
            let heading = if a.is_positional() {
                "Argumenten"
            } else {
                "Opties"
            };
            let mut a = a.help_heading(heading).hide_env(true);
            if a.get_action().takes_values() {
                a = a.hide_possible_values(true).hide_default_value(true);
                // The placeholders of the usage line and the option list.
                let names: Option<Vec<clap::builder::Str>> = a
                    .get_value_names()
                    .map(|v| v.iter().map(value_name).collect());
                if let Some(names) = names {
                    a = a.value_names(names);
                }
            }
            match lookup(&key) {
                Some(h) => a.help(h),
                None => a,
            }
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let sub_path = format!("{path} {name}");
        cmd = cmd.mut_subcommand(&name, |s| dutch(s, &sub_path));
    }
    cmd
}

/// Every key of the command tree, with its English text.
#[cfg(test)]
fn keys(cmd: &Command, path: &str, out: &mut Vec<(String, String)>) {
    out.push((
        path.to_string(),
        cmd.get_about().map(ToString::to_string).unwrap_or_default(),
    ));
    for a in cmd.get_arguments() {
        let id = a.get_id().as_str();
        if id == "help"
            || (id == "version" && path == "kluis")
            || (a.is_global_set() && path != "kluis")
        {
            continue;
        }
        out.push((
            format!("{path} --{id}"),
            a.get_help().map(ToString::to_string).unwrap_or_default(),
        ));
    }
    for s in cmd.get_subcommands() {
        keys(s, &format!("{path} {}", s.get_name()), out);
    }
}

/// The Dutch `about` and `help` texts (docs/GLOSSARY.md).
const HELP_NL: &[(&str, &str)] = &[
    // Encrypted shares (issue 14).
    (
        "kluis --identity",
        "Een age-identiteitsbestand of SSH-privésleutel die een met age versleuteld --share-file opent (herhaalbaar; een wachtwoordzin wordt in de terminal gevraagd)",
    ),
    (
        "kluis init --recipient",
        "De age-ontvanger (age1…, een publieke SSH-sleutel of een plugin-ontvanger) van de --holder er direct voor: dat deel gaat als versleuteld bestand de deur uit",
    ),
    (
        "kluis shares print --encrypted",
        "Houders met een ontvanger krijgen hun deel als age-bestand (share-SETID-I-of-N.age) in plaats van een vel",
    ),
    (
        "kluis shares print --armor",
        "Met --encrypted: age-bestanden als tekst (ASCII-armor, age -a)",
    ),
    (
        "kluis shares recipient",
        "De age-ontvanger van een houder: diens deel kan dan als versleuteld bestand worden afgedrukt",
    ),
    (
        "kluis shares recipient set",
        "Zet de age-ontvanger van deel NUMMER (age1…, publieke ssh-ed25519/ssh-rsa-sleutel of age1PLUGIN1…)",
    ),
    (
        "kluis shares recipient set --index",
        "Het nummer van het deel",
    ),
    (
        "kluis shares recipient set --recipient",
        "De ontvanger die de houder stuurde (een publieke sleutel)",
    ),
    (
        "kluis shares recipient set --pending",
        "In de wachtende set",
    ),
    (
        "kluis shares recipient clear",
        "Wis de ontvanger van deel NUMMER (het wordt weer als vel afgedrukt)",
    ),
    (
        "kluis shares recipient clear --index",
        "Het nummer van het deel",
    ),
    (
        "kluis shares recipient clear --pending",
        "In de wachtende set",
    ),
    (
        "kluis shares rotate --recipient",
        "De age-ontvanger van de --holder er direct voor (age1…, een publieke SSH-sleutel of een plugin-ontvanger)",
    ),
    (
        "kluis",
        "Een sleutelkluis voor de terminal: één versleuteld bestand, papieren delen volgens Shamir en een auditketen die knoeien laat zien",
    ),
    (
        "kluis --vault",
        "Het kluisbestand (standaard: $KLUIS_VAULT, anders $XDG_DATA_HOME/kluis/vault.kluis)",
    ),
    (
        "kluis --passphrase_file",
        "Lees de wachtwoordzin van de PO uit dit bestand (\"-\" = standaardinvoer)",
    ),
    (
        "kluis --share_file",
        "Meld u aan met delen in plaats van de wachtwoordzin: een bestand met de tekstvorm van één deel (herhaal per deel)",
    ),
    (
        "kluis --share_image",
        "Hetzelfde, uit een foto of scan met de QR-code van een deel (PNG of JPEG; herhaal per deel)",
    ),
    (
        "kluis --as_name",
        "Wie handelt bij aanmelden met delen (een gemachtigde uit de lijst van personen)",
    ),
    (
        "kluis --lang",
        "Taal van de meldingen: `nl` of `en` (standaard: uit LANG)",
    ),
    (
        "kluis --allow_rollback",
        "Open een kluis die ouder is dan die deze computer het laatst zag (wordt vastgelegd in de auditketen)",
    ),
    (
        "kluis --json",
        "Uitvoer voor programma's bij list, status en show",
    ),
    (
        "kluis init",
        "Maak een kluis; de houders vormen de eerste set delen",
    ),
    ("kluis init --po", "De naam van de privacy officer"),
    (
        "kluis init --threshold",
        "Aantal delen dat nodig is voor herstel (k)",
    ),
    (
        "kluis init --holder",
        "Een houder van een deel, NAAM of NAAM@PLAATS; één per deel (n)",
    ),
    (
        "kluis init --name",
        "Naam van de kluis, afgedrukt op de vellen",
    ),
    (
        "kluis init --kdf_memory",
        "Argon2id-geheugen in MiB (gemeten op deze computer als u het weglaat)",
    ),
    ("kluis init --kdf_time", "Argon2id-rondes"),
    ("kluis init --kdf_lanes", "Argon2id-banen"),
    (
        "kluis init --allow_weak_kdf",
        "Accepteer sleutelafleiding onder de ondergrens (vastgelegd in de kluis, gemeld bij elke keer openen)",
    ),
    (
        "kluis init --allow_threshold_one",
        "Accepteer drempel 1, waarbij één vel alleen de kluis opent",
    ),
    (
        "kluis demo",
        "Probeer de terminalweergave uit op een wegwerpkluis (zwakke sleutelafleiding, gewist bij afsluiten)",
    ),
    (
        "kluis secret",
        "Geheimen: toevoegen, bijwerken, tonen, verwijderen (nooit waarden)",
    ),
    ("kluis secret add", "Voeg een geheim toe"),
    ("kluis secret add --name", "Naam"),
    (
        "kluis secret add --kind",
        "Soort: `backup-key`, `credential`, `totp` of `note`",
    ),
    (
        "kluis secret add --value_file",
        "Lees de waarde uit dit bestand",
    ),
    (
        "kluis secret add --generate",
        "Laat de waarde maken: `key256`, `passphrase` of `age`",
    ),
    (
        "kluis secret add --raw",
        "Neem de bytes van het bestand precies over (geen regeleinde weghalen)",
    ),
    (
        "kluis secret add --no_emergency",
        "Geef dit geheim niet vrij in een noodsessie",
    ),
    (
        "kluis secret update",
        "Voeg een nieuwe versie toe; oudere versies blijven",
    ),
    ("kluis secret update --name", "Naam"),
    (
        "kluis secret update --value_file",
        "Lees de waarde uit dit bestand",
    ),
    (
        "kluis secret update --generate",
        "Laat de waarde maken: `key256`, `passphrase` of `age`",
    ),
    (
        "kluis secret update --raw",
        "Neem de bytes van het bestand precies over",
    ),
    (
        "kluis secret list",
        "Toon de geheimen (alleen gegevens over het geheim)",
    ),
    (
        "kluis secret show",
        "Toon de gegevens en versies van één geheim (nooit de waarde)",
    ),
    ("kluis secret show --name", "Naam"),
    (
        "kluis secret import",
        "Importeer accounts uit een KeePass-database, een Bitwarden-JSON-export of een CSV-bestand (alles of niets)",
    ),
    (
        "kluis secret import --kdbx",
        "Een KeePass-database (KDBX 3.1 of 4)",
    ),
    (
        "kluis secret import --bitwarden_json",
        "Een onversleutelde Bitwarden-JSON-export",
    ),
    (
        "kluis secret import --csv",
        "Een CSV-bestand met benoemde kolommen: name (of title), password; naar keuze username, url, notes, totp, group",
    ),
    (
        "kluis secret import --kdbx_password_file",
        "Lees het wachtwoord van de KeePass-database uit dit bestand (anders gevraagd in de terminal)",
    ),
    (
        "kluis secret import --kdbx_key_file",
        "Het sleutelbestand van de KeePass-database, als die er een heeft",
    ),
    (
        "kluis secret import --group",
        "Importeer alleen deze KeePass-groep en de groepen daaronder (bijv. \"Werk/Bank\")",
    ),
    (
        "kluis secret import --dry_run",
        "Toon wat geïmporteerd zou worden; wijzig niets",
    ),
    (
        "kluis secret import --as_new_version",
        "Voeg een nieuwe versie toe aan geheimen die al bestaan (anders geweigerd)",
    ),
    (
        "kluis secret remove",
        "Verwijder een geheim met al zijn versies",
    ),
    ("kluis secret remove --name", "Naam"),
    ("kluis secret remove --yes", "Vraag niet om bevestiging"),
    ("kluis roster", "Personen en hun rollen"),
    ("kluis roster add", "Voeg een persoon toe"),
    ("kluis roster add --name", "Naam"),
    (
        "kluis roster add --role",
        "Rol: `po`, `delegate` (gemachtigde), `approver` (fiatteur) of `holder` (houder)",
    ),
    (
        "kluis roster add --pin_file",
        "Lees de pincode van de fiatteur uit dit bestand (anders gevraagd in de terminal)",
    ),
    ("kluis roster list", "Toon de personen"),
    ("kluis roster remove", "Verwijder een persoon"),
    ("kluis roster remove --name", "Naam"),
    ("kluis passwd", "Wijzig de wachtwoordzin van de PO"),
    (
        "kluis passwd --new_passphrase_file",
        "Lees de nieuwe wachtwoordzin uit dit bestand",
    ),
    ("kluis shares", "Sets delen (Shamir)"),
    (
        "kluis shares status",
        "Actieve en nieuwe sets: houders, data, blootstelling",
    ),
    ("kluis shares print", "Schrijf één vel per deel"),
    (
        "kluis shares print --out",
        "Map voor de vellen (aangemaakt met 0700 als die ontbreekt)",
    ),
    (
        "kluis shares print --format",
        "Vorm van de vellen: `pdf`, `svg` of `txt` (standaard `pdf`)",
    ),
    ("kluis shares print --pending", "Druk de nieuwe set af"),
    (
        "kluis shares print --index",
        "Druk alleen dit deel opnieuw af",
    ),
    (
        "kluis shares verify",
        "Controleer één deel tegen de kluis, zonder wachtwoordzin",
    ),
    (
        "kluis shares rotate",
        "Maak een nieuwe set delen met een nieuwe herstelsleutel",
    ),
    (
        "kluis shares rotate --threshold",
        "Aantal delen dat nodig is voor herstel (k)",
    ),
    (
        "kluis shares rotate --holder",
        "Een houder van een deel, NAAM of NAAM@PLAATS; één per deel (n)",
    ),
    (
        "kluis shares rotate --allow_threshold_one",
        "Accepteer drempel 1, waarbij één vel alleen de kluis opent",
    ),
    (
        "kluis shares commit",
        "Vervang de actieve set door de nieuwe (elk nieuw vel afgedrukt en gecontroleerd)",
    ),
    (
        "kluis unseal",
        "Geef de waarde van een geheim vrij, met reden en fiatteur, eerst vastgelegd",
    ),
    ("kluis unseal --name", "Het geheim"),
    (
        "kluis unseal --version",
        "Welke versie (standaard: de nieuwste)",
    ),
    (
        "kluis unseal --reason_category",
        "Waarom: `restore` (herstel), `restore-test` (hersteltest), `incident` of `other` (anders); standaard `incident`",
    ),
    ("kluis unseal --reason", "Waarom, in woorden"),
    (
        "kluis unseal --approver",
        "De fiatteur uit de lijst van personen die toestemming geeft (niet uzelf)",
    ),
    (
        "kluis unseal --approver_pin_file",
        "Lees de pincode van de fiatteur uit dit bestand (anders gevraagd in de terminal)",
    ),
    (
        "kluis unseal --to",
        "Waar de waarde heen gaat: `stdout`, `clipboard`, `screen`, `qr`, `file=PAD`, of `exec` (een commando na --)",
    ),
    (
        "kluis unseal --hide_after",
        "Voor `screen` en `qr`: verberg de waarde na zoveel seconden (1 tot en met 300, standaard 30)",
    ),
    (
        "kluis unseal --command",
        "Voor --to exec: het commando met zijn argumenten; `{}` wordt het pad van de waarde (/dev/fd/N), anders is de waarde de standaardinvoer",
    ),
    ("kluis audit", "De auditketen"),
    ("kluis audit list", "Toon de records"),
    (
        "kluis audit verify",
        "Controleer de keten (en met --checkpoint tegen een afgedrukt controlepunt)",
    ),
    (
        "kluis audit verify --checkpoint",
        "De tekst van een controlepunt, bijv. van een vel of het rapport",
    ),
    (
        "kluis audit verify --archive",
        "Een archief gemaakt met `audit archive`; geef ze allemaal, oudste eerst, om te controleren dat archieven en kluis één keten vormen vanaf record 1",
    ),
    (
        "kluis audit verify --against_syslog",
        "Vergelijk de keten ook met een verzamelde systeemlog (kluis settings --syslog)",
    ),
    ("kluis audit checkpoint", "Toon het huidige controlepunt"),
    (
        "kluis audit export",
        "Schrijf de keten naar een bestand (JSON-regels of CSV, met hashes)",
    ),
    (
        "kluis audit export --format",
        "Vorm: `jsonl` of `csv` (standaard `jsonl`)",
    ),
    (
        "kluis audit export --out",
        "Uitvoerbestand (mag nog niet bestaan)",
    ),
    (
        "kluis audit archive",
        "Verplaats de records vóór NR naar een archiefbestand (JSON-regels); de keten houdt een record met het laatste gearchiveerde record en zijn hash",
    ),
    (
        "kluis audit archive --before",
        "Het eerste record dat in de kluis blijft",
    ),
    (
        "kluis audit archive --out",
        "Het archiefbestand (mag nog niet bestaan)",
    ),
    (
        "kluis audit verify-export",
        "Controleer een export tegen een controlepunt, zonder de kluis",
    ),
    ("kluis audit verify-export --path", "Het exportbestand"),
    (
        "kluis audit verify-export --checkpoint",
        "De tekst van het controlepunt",
    ),
    (
        "kluis ack",
        "De PO meldt de noodgebeurtenissen sinds de vorige keer als gezien",
    ),
    (
        "kluis settings",
        "Toon of wijzig instellingen: duur van een noodsessie, automatische vergrendeling, controletermijn, taal",
    ),
    (
        "kluis settings --emergency_minutes",
        "Minuten dat een noodsessie duurt (1 tot en met 1440)",
    ),
    (
        "kluis settings --idle_lock_minutes",
        "Minuten zonder gebruik voordat de terminalweergave vergrendelt (1 tot en met 120)",
    ),
    (
        "kluis settings --drill_interval_days",
        "Dagen waarna de controle van een deel achterstallig is (7 tot en met 1096)",
    ),
    (
        "kluis settings --language",
        "Taal van vellen en meldingen: `nl`, `en`, of `\"\"` voor die van de omgeving",
    ),
    (
        "kluis settings --syslog",
        "Stuur elk auditrecord door naar de systeemlog: `unix`, udp://HOST:POORT, tcp://HOST:POORT, of `off`",
    ),
    (
        "kluis settings --syslog_reasons",
        "Of redenen van vrijgaven ook worden doorgestuurd: `on` of `off` (standaard `off`)",
    ),
    (
        "kluis report",
        "Het bewaringsrapport (PDF): personen, register van de delen, controles, vrijgaven en noodgebeurtenissen",
    ),
    (
        "kluis report --out",
        "Uitvoerbestand (mag nog niet bestaan)",
    ),
    (
        "kluis remote",
        "Git-remotes waar de kluis bij elke wijziging heen gaat (alleen de PO)",
    ),
    (
        "kluis remote add",
        "Voeg een remote toe en zet de kluis erop",
    ),
    (
        "kluis remote add --name",
        "Een korte naam: letters, cijfers, '-', '_', '.'",
    ),
    (
        "kluis remote add --url",
        "Een pad naar een kale repository, file://, ssh:// of https://",
    ),
    (
        "kluis remote add --required",
        "Geef een waarde alleen vrij als deze remote het record van de vrijgave heeft aangenomen",
    ),
    (
        "kluis remote list",
        "Toon de remotes en wat er nog moet worden verstuurd",
    ),
    (
        "kluis remote remove",
        "Verwijder een remote (de repository zelf blijft staan)",
    ),
    ("kluis remote remove --name", "De naam van de remote"),
    (
        "kluis sync",
        "Verstuur wat wacht, haal elke remote op en neem een nieuwere kopie over (of kies met --keep tussen twee uiteengelopen kopieën)",
    ),
    (
        "kluis sync --keep",
        "Als deze kopie en een remote uiteenliepen: welke blijft, `remote` of `local` (de andere blijft als bestand naast de kluis)",
    ),
    (
        "kluis clone",
        "Kopieer een kluis van een git-remote naar deze computer (voor een gemachtigde of een nieuwe laptop); het vergelijkingspunt van deze computer komt van de remote",
    ),
    (
        "kluis clone --url",
        "De remote: een pad naar een kale repository, file://, ssh:// of https://",
    ),
    (
        "kluis kit",
        "Schrijf een noodpakket voor de brandkast: de versleutelde kluis, dit programma, het handboek en de noodtekst",
    ),
    (
        "kluis kit --out",
        "Een nieuwe of lege map (aangemaakt met 0700)",
    ),
    (
        "kluis takeover",
        "Een gemachtigde (met --share-file ... --as NAAM) zet een nieuwe wachtwoordzin voor de PO als de PO er niet meer is",
    ),
    (
        "kluis takeover --new_passphrase_file",
        "Lees de nieuwe wachtwoordzin van de PO uit dit bestand",
    ),
    ("kluis takeover --reason", "Waarom, in woorden"),
    (
        "kluis takeover --reason_category",
        "Categorie van de reden: `restore`, `restore-test`, `incident` of `other`",
    ),
    (
        "kluis takeover --approver",
        "De fiatteur uit de lijst van personen die toestemming geeft (niet uzelf)",
    ),
    (
        "kluis takeover --approver_pin_file",
        "Lees de pincode van de fiatteur uit dit bestand (anders gevraagd in de terminal)",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument has a Dutch text, and every Dutch text
    /// belongs to one.
    #[test]
    fn every_command_and_argument_has_dutch_help() {
        let mut all = Vec::new();
        keys(&Cli::command(), "kluis", &mut all);
        let missing: Vec<String> = all
            .iter()
            .filter(|(k, _)| lookup(k).is_none())
            .map(|(k, en)| format!("    ({k:?}, {en:?}),"))
            .collect();
        assert!(
            missing.is_empty(),
            "no Dutch help for:\n{}",
            missing.join("\n")
        );
        let orphans: Vec<&str> = HELP_NL
            .iter()
            .map(|(k, _)| *k)
            .filter(|k| !all.iter().any(|(a, _)| a == k))
            .collect();
        assert!(orphans.is_empty(), "Dutch help for nothing: {orphans:?}");
        command(Lang::Nl).debug_assert();
    }

    /// Every placeholder of the command line has a Dutch one.
    #[test]
    fn every_placeholder_has_dutch() {
        fn walk(cmd: &Command, missing: &mut Vec<String>) {
            for a in cmd
                .get_arguments()
                .filter(|a| a.get_action().takes_values())
            {
                for n in a.get_value_names().unwrap_or_default() {
                    if !VALUE_NAMES_NL.iter().any(|(en, _)| *en == n.as_str()) {
                        missing.push(format!("{} <{n}>", a.get_id()));
                    }
                }
            }
            for s in cmd.get_subcommands() {
                walk(s, missing);
            }
        }
        let mut cmd = Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        walk(&cmd, &mut missing);
        assert!(missing.is_empty(), "no Dutch placeholder: {missing:?}");
        let mut nl = command(Lang::Nl);
        nl.build();
        let usage = nl
            .find_subcommand("secret")
            .and_then(|c| c.find_subcommand("add"))
            .expect("secret add")
            .clone()
            .render_usage()
            .to_string();
        assert!(usage.contains("--kind <SOORT>"), "{usage}");
        assert!(usage.contains("<NAAM>"), "{usage}");
    }

    #[test]
    fn the_language_is_read_from_the_arguments_first() {
        let a = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_from_args(&a(&["kluis", "--lang", "nl", "x"])),
            Lang::Nl
        );
        assert_eq!(lang_from_args(&a(&["kluis", "--lang=en"])), Lang::En);
    }
}
