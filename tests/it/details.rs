//! Issue 12, items 1 and 7: the detail of every audit record (its stored
//! English `detail` text, part of the hash chain) reads in Dutch in a Dutch
//! `audit list` and a Dutch custody report, and as stored under `LANG=C`.
//! The stored bytes do not change: `--json` shows the same texts, `audit
//! verify` passes, and tests/vectors stay as they are (`vectors`).

use std::process::Command;

use crate::dutch::{english_words, nl, nl_raw};
use crate::util::{Fixture, path_str};

/// The words of `text` with every run of white space made one space. The
/// report wraps long cells, and `pdftotext` may put a neighbouring cell
/// between a cell's lines, so the phrases looked for are short.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The scan's findings without "was" in the Dutch label "gemeld terwijl
/// de kluis op slot was" ("was" is a Dutch word as well as an English one).
fn dutch_only(found: Vec<String>) -> Vec<String> {
    found
        .into_iter()
        .filter(|w| !(w.starts_with("\"was\" in") && w.contains("op slot was")))
        .collect()
}

#[track_caller]
fn nl_ok(f: &Fixture, args: &[&str]) -> String {
    let r = nl(f, args);
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    r.stdout
}

/// A vault taken through init, roster changes, secret add and update,
/// sheets printed and checked, a refused and a granted release, a recovery
/// by the delegate and its acknowledgement, a settings change, a rotation
/// committed, a wrong passphrase, an export and the custody report, every
/// step under
/// `LANG=nl_NL.UTF-8`. Then `audit list` and the report's text are Dutch,
/// details included; under `LANG=C` each line ends in the stored text.
#[test]
fn audit_details_read_in_dutch_and_as_stored_in_english() {
    let f = Fixture::with_holders(2, &["Kluis kantoor@Utrecht", "Bert@Thuis", "Anna"]);
    let pin = f.file("pin", "246810\n");
    nl_ok(
        &f,
        &[
            "roster",
            "add",
            "Bert",
            "--role",
            "approver",
            "--pin-file",
            path_str(&pin),
        ],
    );
    nl_ok(&f, &["roster", "add", "Dirk", "--role", "delegate"]);
    nl_ok(&f, &["roster", "add", "Eva", "--role", "holder"]);
    nl_ok(&f, &["roster", "remove", "Eva"]);
    let value = f.file("sleutel", "de-sleutel");
    nl_ok(
        &f,
        &[
            "secret",
            "add",
            "restic",
            "--kind",
            "backup-key",
            "--value-file",
            path_str(&value),
        ],
    );
    let value2 = f.file("sleutel2", "de-nieuwe-sleutel");
    nl_ok(
        &f,
        &[
            "secret",
            "update",
            "restic",
            "--value-file",
            path_str(&value2),
        ],
    );
    let sheets = f.print_shares(&[]);
    let r = nl_raw(
        &f,
        &["--share-file", path_str(&sheets[0]), "shares", "verify"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let unseal = |approver: &str| {
        nl(
            &f,
            &[
                "unseal",
                "restic",
                "--reason-category",
                "restore-test",
                "--reason",
                "kwartaaltest",
                "--approver",
                approver,
                "--approver-pin-file",
                path_str(&pin),
                "--to",
                "stdout",
            ],
        )
    };
    let refused = unseal("Kees");
    assert_eq!(refused.code, 6, "{}", refused.stderr);
    let granted = unseal("Bert");
    assert_eq!(granted.code, 0, "{}", granted.stderr);
    assert_eq!(granted.stdout, "de-nieuwe-sleutel");
    let r = nl_raw(
        &f,
        &[
            "--share-file",
            path_str(&sheets[0]),
            "--share-file",
            path_str(&sheets[1]),
            "--as",
            "Dirk",
            "secret",
            "list",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    nl_ok(&f, &["ack"]);
    nl_ok(&f, &["settings", "--idle-lock-minutes", "10"]);
    nl_ok(
        &f,
        &[
            "shares",
            "rotate",
            "--threshold",
            "2",
            "--holder",
            "Kluis kantoor@Utrecht",
            "--holder",
            "Bert@Thuis",
        ],
    );
    let pending = f.print_shares(&["--pending"]);
    for p in &pending {
        let r = nl_raw(&f, &["--share-file", path_str(p), "shares", "verify"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    nl_ok(&f, &["shares", "commit"]);
    // A wrong passphrase, journalled and merged at the next open.
    let wrong = f.file("fout", "niet de goede wachtwoordzin\n");
    let r = nl_raw(
        &f,
        &["--passphrase-file", path_str(&wrong), "secret", "list"],
    );
    assert_eq!(r.code, 3, "{}", r.stderr);
    let export = f.dir.path().join("log.csv");
    nl_ok(
        &f,
        &[
            "audit",
            "export",
            "--format",
            "csv",
            "--out",
            path_str(&export),
        ],
    );
    let report = f.dir.path().join("rapport.pdf");
    nl_ok(&f, &["report", "--out", path_str(&report)]);

    // `audit list` in Dutch: the details in words, no record's text
    // quoted as unknown, no English word outside «» (commands and paths).
    let list = nl_ok(&f, &["audit", "list"]);
    for phrase in [
        "drempel 2 van 3, set ",
        "toegevoegd als fiatteur",
        "toegevoegd als gemachtigde",
        "verwijderd",
        "soort back-upsleutel, vrijgave in noodsessie ja",
        "nieuwe versie",
        "delen 1, 2, 3 als txt",
        "deel 1 is in orde (aangetoond met het deel)",
        "\"Kees\" staat niet op de lijst van personen: de fiatteur moet een fiatteur van de lijst zijn",
        "reden hersteltest: kwartaaltest",
        "(waarde)",
        "set delen gemarkeerd als blootgesteld",
        "(gesloten)",
        " noodgebeurtenis(sen) als gezien gemeld",
        "noodsessie 30 min, automatische vergrendeling na 10 min, controle elke 182 dagen",
        "in voorbereiding, drempel 2 van 2",
        "vastgelegd; buiten gebruik: ",
        "; nieuwe hoofdsleutel",
        "csv naar «",
        "(bewaringsrapport)",
        "(wachtwoordzin: verkeerde wachtwoordzin)",
    ] {
        assert!(list.contains(phrase), "{phrase:?} not in:\n{list}");
    }
    assert!(
        !list.contains("vastgelegd: «"),
        "an unworded detail:\n{list}"
    );
    let english = dutch_only(english_words(&list));
    assert!(
        english.is_empty(),
        "English in Dutch audit list:\n{english:#?}"
    );

    // Under LANG=C every line ends in the record's stored text, which
    // `--json` shows unchanged.
    let json: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "audit", "list"])).expect("json");
    let records = json.as_array().expect("records");
    let c = f.ok(&["audit", "list"]);
    let lines: Vec<&str> = c.lines().collect();
    // This listing's own open is one record more.
    assert_eq!(lines.len(), records.len() + 1, "{c}");
    let mut details = 0;
    for (line, rec) in lines.iter().zip(records) {
        let detail = rec["event"]["detail"].as_str().expect("detail");
        if !detail.is_empty() {
            details += 1;
            assert!(
                line.ends_with(&format!("  ({detail})")),
                "{line:?} / {detail:?}"
            );
        }
    }
    assert!(details >= 20, "{c}");
    assert!(
        records
            .iter()
            .any(|r| r["event"]["detail"] == "shares [1, 2, 3] as txt"),
        "the stored English"
    );

    // The custody report's text in Dutch, its details included.
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8", path_str(&report), "-"])
        .output()
        .expect("pdftotext (poppler-utils, installed by tests/install-deps.sh)");
    assert!(out.status.success());
    let text = one_line(&String::from_utf8_lossy(&out.stdout));
    for phrase in [
        "delen 1, 2, 3 als txt",
        "deel 1 is in orde",
        "set delen gemarkeerd",
        "blootgesteld",
        "noodgebeurtenis(sen) als gezien",
        "staat niet op de lijst van personen",
        "(waarde)",
        "in voorbereiding",
        "nieuwe hoofdsleutel",
        "verkeerde wachtwoordzin",
    ] {
        assert!(
            text.contains(phrase),
            "{phrase:?} not in the report:\n{text}"
        );
    }
    for english in [
        "passed",
        "marked exposed",
        "acknowledged",
        "not in the roster",
        "pending set",
        "new master key",
        "as txt",
        "wrong passphrase",
    ] {
        assert!(
            !text.contains(english),
            "{english:?} in the report:\n{text}"
        );
    }
    let english = dutch_only(english_words(&text));
    assert!(
        english.is_empty(),
        "English in the Dutch report:\n{english:#?}"
    );

    // The chain holds.
    let r = nl(&f, &["audit", "verify"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}
