//! Issue 10, findings 1, 5 and 6 and the refused `--as` recovery: the
//! locked-time journal carries only kluis's own fixed-field reports, marked
//! as not authenticated; a journal kluis did not write is quarantined and
//! reported; growth is bounded; old records can be archived and the
//! archive checked; a refused recovery leaves a record.

use std::path::{Path, PathBuf};

use crate::util::{Fixture, PIN, path_str};

fn state_dir(f: &Fixture) -> PathBuf {
    f.dir.path().join("state/kluis")
}

/// The journal's path: made by one wrong passphrase, which also leaves a
/// real report in it.
fn journal(f: &Fixture) -> PathBuf {
    let wrong = f.file("wrong", "nope\n");
    f.run_raw(&["--passphrase-file", path_str(&wrong), "secret", "list"])
        .expect(3, "wrong passphrase");
    std::fs::read_dir(state_dir(f))
        .expect("state dir")
        .map(|e| e.expect("entry").path())
        .find(|p| p.extension().is_some_and(|e| e == "journal"))
        .expect("a journal after a failed unlock")
}

fn append(path: &Path, text: &str) {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .expect("open journal");
    f.write_all(text.as_bytes()).expect("append");
}

/// The quarantined copies of the journal.
fn quarantined(f: &Fixture) -> Vec<PathBuf> {
    std::fs::read_dir(state_dir(f))
        .expect("state dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().contains(".journal.quarantined-"))
        .collect()
}

/// An `Unseal` "approved by Bert (PIN)" and a `Takeover`, dated 2023, as
/// the journal of kluis before issue 10 would have merged them.
const FORGED: &str = concat!(
    r#"{"time":1690000000,"event":{"kind":"Unseal","actor":{"person":"Anna","auth":"Passphrase"},"subject":"restic","version":1,"reason":{"category":"Restore","text":"restore"},"approver":{"person":"Bert","authenticated":true},"outcome":"Success","channel":"stdout","detail":""}}"#,
    "\n",
    r#"{"time":1690000100,"event":{"kind":"Takeover","actor":{"person":"Dirk","auth":{"Quorum":{"indices":[1,2],"holders":["Office safe","IT admin"]}}},"subject":"PO passphrase","version":null,"reason":null,"approver":{"person":"Bert","authenticated":true},"outcome":"Success","channel":null,"detail":"TAKEOVER"}}"#,
    "\n"
);

#[test]
fn forged_unseal_and_takeover_lines_are_quarantined_not_chained() {
    let f = Fixture::new();
    f.add_approver();
    let path = journal(&f);
    append(&path, FORGED);
    let before = std::fs::read(&path).expect("journal");
    let r = f.run(&["secret", "list"]);
    r.expect(0, "the locked-time journal was tampered with or damaged");
    let moved = quarantined(&f);
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert!(
        r.stderr.contains(path_str(&moved[0])),
        "the warning names where the journal went: {}",
        r.stderr
    );
    assert_eq!(
        std::fs::read(&moved[0]).expect("kept"),
        before,
        "moved aside, not deleted or changed"
    );
    assert!(!path.exists(), "the journal is gone from its place");
    assert!(f.records_of("Unseal").is_empty(), "no forged unseal");
    assert!(f.records_of("Takeover").is_empty(), "no forged takeover");
    let q = f.records_of("JournalQuarantined");
    assert_eq!(q.len(), 1);
    let detail = q[0]["event"]["detail"].as_str().expect("detail");
    assert!(detail.contains("line 2"), "{detail}");
    // Nothing in a tampered journal is merged, not even its real line.
    assert!(f.records_of("UnlockFailure").is_empty());
    f.ok(&["audit", "verify"]);
}

#[test]
fn any_line_kluis_does_not_write_quarantines_the_journal() {
    let report = |extra: &str, count: &str, why: &str| {
        format!(
            r#"{{"first":1690000000,"last":1690000000,"count":{count},"report":{{"unlock-failure":{{"method":"passphrase","claimed_as":null,"why":"{why}"}}}}{extra}}}"#
        )
    };
    for (line, needle) in [
        (
            report(r#","event":{"kind":"Unseal"}"#, "1", "x"),
            "unknown field",
        ),
        (report("", "0", "x"), "a count of 0"),
        (report("", "1", &"w".repeat(201)), "longer than 200 bytes"),
        (
            report("", "1", "\\u001b]52;c;aGk=\\u0007"),
            "control character",
        ),
        (
            r#"{"first":1,"last":1,"count":1,"report":{"unseal":{"secret":"restic"}}}"#.into(),
            "unknown variant",
        ),
    ] {
        let f = Fixture::new();
        let path = journal(&f);
        append(&path, &format!("{line}\n"));
        let r = f.run(&["secret", "list"]);
        r.expect(0, "tampered with or damaged: line 2");
        assert!(r.stderr.contains(needle), "{needle}: {}", r.stderr);
        assert_eq!(quarantined(&f).len(), 1);
        assert!(f.records_of("UnlockFailure").is_empty());
    }
}

#[test]
fn merged_reports_say_not_authenticated_with_claimed_and_merge_times() {
    let f = Fixture::new();
    let path = journal(&f);
    // A line in kluis's own format is merged, but only as what it is: an
    // unauthenticated claim, with the time it claims beside the merge time.
    append(
        &path,
        concat!(
            r#"{"first":1690000000,"last":1690000000,"count":1,"report":{"unlock-failure":{"method":"passphrase","claimed_as":"Bert","why":"wrong passphrase"}}}"#,
            "\n"
        ),
    );
    let r = f.run(&["secret", "list"]);
    r.expect(0, "2 failed unlock attempt(s)");
    let failures = f.records_of("UnlockFailure");
    assert_eq!(failures.len(), 2);
    let claimed = &failures[1];
    assert_eq!(
        claimed["event"]["actor"]["auth"]["ReportedWhileLocked"]["first"],
        1_690_000_000
    );
    assert!(
        claimed["time"].as_i64().expect("time") > 1_700_000_000,
        "the record's own time is the merge"
    );
    let list = f.ok(&["audit", "list"]);
    let line = list
        .lines()
        .find(|l| l.contains("Bert"))
        .expect("the claim is listed");
    assert!(
        line.contains("[reported while locked, not authenticated: claimed 2023-07-22 04:26 UTC]"),
        "{line}"
    );
    let csv = f.dir.path().join("a.csv");
    f.ok(&[
        "audit",
        "export",
        "--format",
        "csv",
        "--out",
        path_str(&csv),
    ]);
    let text = std::fs::read_to_string(&csv).expect("csv");
    assert!(
        text.contains("reported while locked, not authenticated: claimed 2023-07-22T04:26:40Z"),
        "{text}"
    );
    let report = f.dir.path().join("report.pdf");
    f.ok(&["report", "--out", path_str(&report)]);
    let text = std::process::Command::new("pdftotext")
        .arg(&report)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // The cell wraps, so pdftotext interleaves it with the next column.
    assert!(text.contains("Bert (reported while locked, not"), "{text}");
    assert!(
        text.contains("authenticated: claimed 2023-07-22 04:26)"),
        "{text}"
    );
}

#[test]
fn a_drill_is_merged_as_not_authenticated_and_only_a_proven_one_dates_the_share() {
    let f = Fixture::new();
    let sheets = f.print_shares(&[]);
    f.run_raw(&["shares", "verify", "--share-file", path_str(&sheets[0])])
        .expect(0, "");
    let path = std::fs::read_dir(state_dir(&f))
        .expect("state")
        .map(|e| e.expect("entry").path())
        .find(|p| p.extension().is_some_and(|e| e == "journal"))
        .expect("journal");
    let real = std::fs::read_to_string(&path).expect("journal");
    // The same drill claimed for share 2, with a proof made up.
    let mut forged: serde_json::Value = serde_json::from_str(real.trim()).expect("json");
    forged["report"]["drill"]["index"] = 2.into();
    forged["report"]["drill"]["proof"] = "b".repeat(64).into();
    append(&path, &format!("{forged}\n"));
    let list = f.ok(&["audit", "list"]);
    let drills: Vec<&str> = list.lines().filter(|l| l.contains("Drill")).collect();
    assert_eq!(drills.len(), 2, "{list}");
    assert!(
        drills
            .iter()
            .all(|l| l.contains("reported while locked, not authenticated"))
    );
    assert!(
        drills[0].contains("share 1 passed (proven with the share)"),
        "{}",
        drills[0]
    );
    assert!(
        drills[1].contains("share 2 passed, claim not proven"),
        "{}",
        drills[1]
    );
    let status: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "shares", "status"])).expect("json");
    assert!(status[0]["shares"][0]["drilled_at"].is_string());
    assert_eq!(
        status[0]["shares"][1]["drilled_at"],
        serde_json::Value::Null
    );
}

#[test]
fn an_oversized_or_unreadable_journal_is_quarantined_and_the_vault_opens() {
    let f = Fixture::new();
    let path = journal(&f);
    // 17 MiB: the old limit was 16 MiB, with a wrong message.
    std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .and_then(|j| j.set_len(17 << 20))
        .expect("grow");
    let r = f.run(&["secret", "list"]);
    r.expect(
        0,
        "it is larger than 262144 bytes, which kluis never writes",
    );
    assert!(!r.stderr.contains("larger than any vault"), "{}", r.stderr);
    assert_eq!(quarantined(&f).len(), 1);
    assert_eq!(f.records_of("JournalQuarantined").len(), 1);

    // A directory where the journal should be.
    let g = Fixture::new();
    let path = journal(&g);
    std::fs::remove_file(&path).expect("rm");
    std::fs::create_dir(&path).expect("dir");
    g.run(&["secret", "list"])
        .expect(0, "tampered with or damaged: it cannot be read");
    assert!(!path.exists());
    assert_eq!(quarantined(&g).len(), 1);
}

#[test]
fn repeated_failures_are_coalesced_and_merges_are_bounded() {
    let f = Fixture::new();
    let other = Fixture::new();
    let theirs = other.print_shares(&[]);
    let n_before = f.records().len();
    let before = f.bytes();
    // Forty refused recoveries with shares that do not open this vault,
    // each with another --as name: cheap for an attacker, no credentials.
    for i in 0..40 {
        f.run_raw(&[
            "--share-file",
            path_str(&theirs[0]),
            "--share-file",
            path_str(&theirs[1]),
            "--as",
            &format!("intruder {i}"),
            "secret",
            "list",
        ])
        .expect(3, "");
    }
    // Ten wrong passphrases: one line, counted.
    let wrong = f.file("wrong", "nope\n");
    for _ in 0..10 {
        f.run_raw(&["--passphrase-file", path_str(&wrong), "secret", "list"])
            .expect(3, "wrong passphrase");
    }
    assert_eq!(f.bytes(), before, "nothing reached the vault while locked");
    let journal = std::fs::read_dir(state_dir(&f))
        .expect("state")
        .map(|e| e.expect("entry").path())
        .find(|p| p.extension().is_some_and(|e| e == "journal"))
        .expect("journal");
    let text = std::fs::read_to_string(&journal).expect("journal");
    assert_eq!(
        text.lines().count(),
        41,
        "ten wrong passphrases are one line"
    );
    let r = f.run(&["secret", "list"]);
    r.expect(0, "10 failed unlock attempt(s)");
    assert!(
        r.stderr.contains("refused recovery attempt(s)"),
        "{}",
        r.stderr
    );
    let all = f.records();
    // Init..., then at most 32 merged records and the unlock itself.
    let merged: Vec<_> = all[n_before..]
        .iter()
        .filter(|r| r["event"]["actor"]["auth"]["ReportedWhileLocked"].is_object())
        .collect();
    assert_eq!(merged.len(), 32, "bounded per open");
    let total: u64 = merged
        .iter()
        .map(|r| {
            r["event"]["actor"]["auth"]["ReportedWhileLocked"]["count"]
                .as_u64()
                .expect("n")
        })
        .sum();
    assert_eq!(total, 50, "summed up, nothing lost");
    // The refused recoveries are emergency events the PO must acknowledge.
    let r = f.run(&["secret", "list"]);
    r.expect(0, "emergency event(s) since your last acknowledgement");
}

#[test]
fn stored_text_is_bounded_with_the_bound_in_the_message() {
    let f = Fixture::new();
    let pin = f.add_approver();
    let val = f.file("val", "v");
    f.ok(&[
        "secret",
        "add",
        "restic",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&val),
    ]);
    let before = f.bytes();
    let long = "r".repeat(501);
    f.run(&[
        "unseal",
        "restic",
        "--reason-category",
        "restore",
        "--reason",
        &long,
        "--approver",
        "Bert",
        "--approver-pin-file",
        path_str(&pin),
        "--to",
        "stdout",
    ])
    .expect(
        2,
        "the reason is 501 characters long, over the limit of 500: shorten it",
    );
    assert!(f.records_of("Unseal").is_empty() && f.records_of("UnsealDenied").is_empty());
    let _ = (PIN, before);
}

#[test]
fn archive_moves_old_records_and_verify_proves_continuity() {
    let f = Fixture::new();
    for _ in 0..4 {
        f.ok(&["secret", "list"]);
    }
    let old_cp = {
        let out = f.ok(&["audit", "checkpoint"]);
        out.trim().to_string()
    };
    let n = f.records().len() as u64; // the checkpoint's record is n - 1 now
    let archive = f.dir.path().join("a1.jsonl");
    let out = f.ok(&[
        "audit",
        "archive",
        "--before",
        &n.to_string(),
        "--out",
        path_str(&archive),
    ]);
    assert!(
        out.contains(&format!("archived records 1 to {}", n - 1)),
        "{out}"
    );
    let archive_cp = out
        .lines()
        .find_map(|l| l.strip_prefix("checkpoint of the archive: "))
        .expect("archive checkpoint")
        .to_string();
    // The vault keeps records from n on, and an archive record.
    let kept = f.records();
    assert_eq!(kept[0]["seq"], n);
    assert_eq!(f.records_of("AuditArchived").len(), 1);
    f.ok(&["audit", "verify"]);
    // The archive checks like any export, against its checkpoint or an
    // older one printed before.
    for cp in [&archive_cp, &old_cp] {
        f.run_raw(&[
            "audit",
            "verify-export",
            path_str(&archive),
            "--checkpoint",
            cp,
        ])
        .expect(0, "");
    }
    // An older checkpoint now needs the archive.
    f.run(&["audit", "verify", "--checkpoint", &old_cp])
        .expect(4, "was archived");
    let r = f.run(&[
        "audit",
        "verify",
        "--archive",
        path_str(&archive),
        "--checkpoint",
        &old_cp,
    ]);
    r.expect(0, "");
    assert!(
        r.stdout.contains("audit chain intact from record 1"),
        "{}",
        r.stdout
    );
    // An export of the vault starts after the archive and still verifies.
    let export = f.dir.path().join("e.jsonl");
    let out = f.ok(&["audit", "export", "--out", path_str(&export)]);
    let head = out
        .lines()
        .find_map(|l| l.strip_prefix("checkpoint: "))
        .expect("checkpoint");
    f.run_raw(&[
        "audit",
        "verify-export",
        path_str(&export),
        "--checkpoint",
        head,
    ])
    .expect(0, "");
    // A second archive continues the first.
    f.ok(&["secret", "list"]);
    let last = f.records().last().expect("r")["seq"].as_u64().expect("seq");
    let archive2 = f.dir.path().join("a2.jsonl");
    f.ok(&[
        "audit",
        "archive",
        "--before",
        &last.to_string(),
        "--out",
        path_str(&archive2),
    ]);
    let r = f.run(&[
        "audit",
        "verify",
        "--archive",
        path_str(&archive),
        "--archive",
        path_str(&archive2),
    ]);
    r.expect(0, "");
    // Out of order, or one missing, is refused.
    f.run(&["audit", "verify", "--archive", path_str(&archive2)])
        .expect(2, "give the archives in order");
    f.run(&["audit", "verify", "--archive", path_str(&archive)])
        .expect(2, "give every archive");
}

#[test]
fn a_tampered_or_cut_archive_is_detected() {
    let f = Fixture::new();
    for _ in 0..3 {
        f.ok(&["secret", "list"]);
    }
    let archive = f.dir.path().join("a.jsonl");
    let out = f.ok(&[
        "audit",
        "archive",
        "--before",
        "4",
        "--out",
        path_str(&archive),
    ]);
    let cp = out
        .lines()
        .find_map(|l| l.strip_prefix("checkpoint of the archive: "))
        .expect("cp")
        .to_string();
    let good = std::fs::read_to_string(&archive).expect("archive");
    let edited = good.replacen("\"Anna\"", "\"Mallory\"", 1);
    assert_ne!(edited, good);
    let cut: String = good.lines().skip(1).map(|l| format!("{l}\n")).collect();
    for (text, needle) in [
        (edited, "does not match its hash"),
        (
            cut,
            "none of its records says the records before were archived",
        ),
    ] {
        std::fs::write(&archive, &text).expect("write");
        f.run_raw(&[
            "audit",
            "verify-export",
            path_str(&archive),
            "--checkpoint",
            &cp,
        ])
        .expect(4, needle);
        f.run(&["audit", "verify", "--archive", path_str(&archive)])
            .expect(4, needle);
    }
    // A chain cut at the front without `audit archive` is not an archive.
    f.run(&[
        "audit",
        "archive",
        "--before",
        "1",
        "--out",
        path_str(&f.dir.path().join("x")),
    ])
    .expect(2, "--before must be between 5 and");
}

#[test]
fn a_quorum_naming_a_non_delegate_is_refused_and_recorded() {
    let f = Fixture::new();
    f.add_approver();
    let sheets = f.print_shares(&[]);
    for as_name in ["Mallory", "Bert"] {
        f.run_raw(&[
            "--share-file",
            path_str(&sheets[0]),
            "--share-file",
            path_str(&sheets[1]),
            "--as",
            as_name,
            "secret",
            "list",
        ])
        .expect(
            6,
            "the attempt is recorded and the share set must be rotated",
        );
    }
    let r = f.run(&["secret", "list"]);
    r.expect(0, "2 emergency event(s) since your last acknowledgement");
    assert!(r.stderr.contains("is exposed: rotate it"), "{}", r.stderr);
    let refused = f.records_of("Recovery");
    assert_eq!(refused.len(), 2);
    assert_eq!(refused[0]["event"]["outcome"], "Denied");
    assert_eq!(refused[0]["event"]["actor"]["person"], "Mallory");
    assert_eq!(
        refused[0]["event"]["actor"]["auth"]["Quorum"]["indices"],
        serde_json::json!([1, 2])
    );
    assert!(
        refused[1]["event"]["detail"]
            .as_str()
            .expect("detail")
            .contains("not a delegate")
    );
    assert!(
        f.records_of("EmergencySessionStart").is_empty(),
        "no session was granted"
    );
}
