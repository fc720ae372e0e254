//! Unseal with reason and approver, the audit chain, exports and
//! checkpoints, and rollback (issue 3).

use crate::util::{Fixture, PIN, Run, path_str};

fn custody() -> Fixture {
    let f = Fixture::new();
    f.add_approver();
    let val = f.file("val", "restic-password-CANARY\n");
    f.ok(&[
        "secret",
        "add",
        "restic",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&val),
    ]);
    f
}

/// Unseals "restic" with a valid request; `extra` holds flag/value pairs
/// that replace the default ones.
fn unseal(f: &Fixture, extra: &[&str]) -> Run {
    let pin = f.dir.path().join("pin");
    let mut args: Vec<&str> = vec![
        "unseal",
        "restic",
        "--reason-category",
        "restore",
        "--reason",
        "monthly restore test",
        "--approver",
        "Bert",
        "--approver-pin-file",
        path_str(&pin),
        "--to",
        "stdout",
    ];
    for pair in extra.chunks(2) {
        match args.iter().position(|a| *a == pair[0]) {
            Some(i) => args[i + 1] = pair[1],
            None => args.extend_from_slice(pair),
        }
    }
    f.run(&args)
}

#[test]
fn unseal_to_stdout_is_the_raw_value_and_recorded() {
    let f = custody();
    let r = unseal(&f, &[]);
    r.expect(0, "");
    assert_eq!(
        r.stdout, "restic-password-CANARY",
        "stdout holds exactly the value"
    );
    let u = f.records_of("Unseal");
    assert_eq!(u.len(), 1);
    let e = &u[0]["event"];
    assert_eq!(e["subject"], "restic");
    assert_eq!(e["version"], 1);
    assert_eq!(e["reason"]["category"], "Restore");
    assert_eq!(e["reason"]["text"], "monthly restore test");
    assert_eq!(e["approver"]["person"], "Bert");
    assert_eq!(e["approver"]["authenticated"], true);
    assert_eq!(e["channel"], "stdout");
    assert_eq!(e["actor"]["person"], "Anna");
    let rec = &u[0];
    assert!(
        rec["origin"]["host"]
            .as_str()
            .is_some_and(|h| !h.is_empty())
    );
    assert!(
        rec["origin"]["os_user"]
            .as_str()
            .is_some_and(|h| !h.is_empty())
    );
    // The value is in no record.
    assert!(!f.ok(&["--json", "audit", "list"]).contains("CANARY"));
}

#[test]
fn missing_reason_or_approver_is_refused_before_unlocking() {
    let f = custody();
    let before = f.bytes();
    let r = f.run(&["unseal", "restic", "--approver", "Bert", "--to", "stdout"]);
    r.expect(6, "a reason is required");
    assert!(r.stdout.is_empty());
    let r = f.run(&[
        "unseal",
        "restic",
        "--reason-category",
        "restore",
        "--reason",
        "  ",
        "--approver",
        "Bert",
        "--to",
        "stdout",
    ]);
    r.expect(6, "a reason is required");
    let r = f.run(&[
        "unseal",
        "restic",
        "--reason-category",
        "restore",
        "--reason",
        "x",
        "--to",
        "stdout",
    ]);
    r.expect(6, "an approver is required");
    assert!(r.stdout.is_empty());
    assert_eq!(f.bytes(), before, "nothing was opened or recorded");
}

#[test]
fn approver_is_actor_unknown_or_not_an_approver() {
    let f = custody();
    f.ok(&["roster", "add", "Dirk", "--role", "delegate"]);
    for (who, needle) in [
        ("Anna", "cannot also approve"),
        ("Nobody", "not in the roster"),
        ("Dirk", "is a delegate, not an approver"),
    ] {
        let r = unseal(&f, &["--approver", who]);
        r.expect(6, needle);
        assert!(r.stdout.is_empty());
    }
    let denied = f.records_of("UnsealDenied");
    assert_eq!(denied.len(), 3, "every refusal is recorded");
    assert!(f.records_of("Unseal").is_empty());
}

#[test]
fn wrong_pin_is_recorded_and_locks_out_after_three() {
    let f = custody();
    let bad = f.file("badpin", "999999\n");
    for i in 1..=3 {
        let r = unseal(&f, &["--approver-pin-file", path_str(&bad)]);
        r.expect(3, "wrong PIN for approver \"Bert\"");
        assert!(r.stdout.is_empty(), "attempt {i} released something");
    }
    // Now even the right PIN is refused for a while.
    let r = unseal(&f, &[]);
    r.expect(6, "locked out after 3 wrong PINs");
    assert!(r.stdout.is_empty());
    let denied = f.records_of("UnsealDenied");
    assert_eq!(denied.len(), 4);
    assert!(
        denied
            .iter()
            .all(|d| d["event"]["approver"]["authenticated"] == false)
    );
    assert!(
        denied[2]["event"]["detail"]
            .as_str()
            .expect("detail")
            .contains("locked out")
    );
}

#[test]
fn file_channel_never_overwrites() {
    let f = custody();
    let target = f.dir.path().join("out.key");
    unseal(&f, &["--to", &format!("file={}", path_str(&target))]).expect(0, "");
    assert_eq!(
        std::fs::read(&target).expect("read"),
        b"restic-password-CANARY"
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&target).expect("m").permissions().mode() & 0o777,
        0o600
    );
    let before = f.bytes();
    std::fs::write(&target, "precious").expect("w");
    unseal(&f, &["--to", &format!("file={}", path_str(&target))]).expect(1, "exists");
    assert_eq!(std::fs::read(&target).expect("read"), b"precious");
    unseal(&f, &["--to", &format!("file={}", path_str(f.dir.path()))]).expect(1, "is a directory");
    assert_eq!(
        f.bytes(),
        before,
        "refused before anything was opened or recorded"
    );
    assert_eq!(f.records_of("Unseal").len(), 1);
}

#[test]
fn unknown_channel_is_a_usage_error() {
    let f = custody();
    unseal(&f, &["--to", "carrier-pigeon"]).expect(2, "stdout");
}

#[test]
fn failed_audit_save_releases_nothing() {
    use kluis::ops::{Env, UnsealRequest};
    use kluis::secret::Passphrase;
    let f = custody();
    let req = |ch| UnsealRequest {
        name: "restic",
        version: None,
        reason: kluis::audit::Reason {
            category: kluis::audit::ReasonCategory::Restore,
            text: "t".into(),
        },
        approver: "Bert",
        channel: ch,
    };
    // Opening is one save (5 operations); the unseal record is the second.
    for n in 6..=9 {
        for errno in [28, 5] {
            let env = Env {
                io: Box::new(kluis::store::FailAt::new(n, errno)),
                state: kluis::state::LocalState::new(f.dir.path().join("state")),
                ..Env::system()
            };
            let mut s = crate::util::open_session(&env, &f).expect("open");
            let before = f.bytes();
            let r = s.unseal(&req("stdout"), &Passphrase::new(PIN.into()));
            assert!(
                r.is_err(),
                "n={n}: a value was released although its record was not saved"
            );
            assert_eq!(f.bytes(), before, "n={n}");
        }
    }
    assert!(f.records_of("Unseal").is_empty());
}

#[test]
fn emergency_session_releases_only_emergency_secrets() {
    let f = custody();
    f.ok(&["roster", "add", "Dirk", "--role", "delegate"]);
    let note = f.file("note", "private note");
    f.ok(&[
        "secret",
        "add",
        "diary",
        "--kind",
        "note",
        "--value-file",
        path_str(&note),
    ]);
    let sheets = f.print_shares(&[]);
    let pin = f.dir.path().join("pin");
    let with_shares = |name: &str| {
        f.run_raw(&[
            "--share-file",
            path_str(&sheets[0]),
            "--share-file",
            path_str(&sheets[2]),
            "--as",
            "Dirk",
            "unseal",
            name,
            "--reason-category",
            "incident",
            "--reason",
            "PO unreachable",
            "--approver",
            "Bert",
            "--approver-pin-file",
            path_str(&pin),
            "--to",
            "stdout",
        ])
    };
    let r = with_shares("diary");
    r.expect(6, "not released in emergency sessions");
    assert!(r.stdout.is_empty());
    let r = with_shares("restic");
    r.expect(0, "emergency session");
    assert_eq!(r.stdout, "restic-password-CANARY");
    let u = f.records_of("Unseal");
    assert_eq!(u[0]["event"]["actor"]["person"], "Dirk");
    assert_eq!(
        u[0]["event"]["actor"]["auth"]["Quorum"]["indices"],
        serde_json::json!([1, 3])
    );
    let status: serde_json::Value =
        serde_json::from_str(&f.ok(&["--json", "shares", "status"])).expect("json");
    assert_eq!(status[0]["exposed"], true);
}

#[test]
fn failed_unlocks_are_journalled_and_merged() {
    let f = custody();
    let wrong = f.file("wrong", "nope\n");
    for _ in 0..2 {
        f.run_raw(&["--passphrase-file", path_str(&wrong), "secret", "list"])
            .expect(3, "wrong passphrase");
    }
    let r = f.run(&["secret", "list"]);
    r.expect(0, "2 failed unlock attempt(s) since the last unlock");
    // Coalesced into one record that says how many and when (issue 10).
    let failures = f.records_of("UnlockFailure");
    assert_eq!(failures.len(), 1);
    assert_eq!(
        failures[0]["event"]["actor"]["auth"]["ReportedWhileLocked"]["count"],
        2
    );
    // Merged once: the next unlock shows nothing new.
    let r = f.run(&["secret", "list"]);
    assert!(!r.stderr.contains("failed unlock"), "{}", r.stderr);
}

#[test]
fn audit_verify_checkpoint_export_and_verify_export() {
    let f = custody();
    unseal(&f, &[]).expect(0, "");
    let cp = f.ok(&["audit", "checkpoint"]).trim().to_string();
    assert!(cp.starts_with("KC1 "), "{cp}");
    let out = f.ok(&["audit", "verify", "--checkpoint", &cp]);
    assert!(out.contains("audit chain intact"), "{out}");
    for fmt in ["jsonl", "csv"] {
        let path = f.dir.path().join(format!("export.{fmt}"));
        let out = f.ok(&["audit", "export", "--format", fmt, "--out", path_str(&path)]);
        let export_cp = out
            .lines()
            .find_map(|l| l.strip_prefix("checkpoint: "))
            .expect("checkpoint line")
            .to_string();
        // Anyone can verify the export without the vault.
        let r = f.run_raw(&[
            "audit",
            "verify-export",
            path_str(&path),
            "--checkpoint",
            &export_cp,
        ]);
        r.expect(0, "");
        assert!(r.stdout.contains("export intact"), "{}", r.stdout);
        // An older checkpoint covers a prefix; the rest is reported.
        let r = f.run_raw(&[
            "audit",
            "verify-export",
            path_str(&path),
            "--checkpoint",
            &cp,
        ]);
        r.expect(0, "");
        assert!(
            r.stdout.contains("not covered by this checkpoint"),
            "{}",
            r.stdout
        );

        let text = std::fs::read_to_string(&path).expect("read");
        let lines: Vec<&str> = text.lines().collect();
        let first_record_line = if fmt == "csv" { 1 } else { 0 };
        let write = |name: &str, ls: &[String]| {
            let p = f.dir.path().join(format!("{name}.{fmt}"));
            std::fs::write(&p, ls.join("\n") + "\n").expect("w");
            p
        };
        let owned: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
        // One field edited.
        let mut edited = owned.clone();
        let i = first_record_line + 2;
        edited[i] = edited[i].replacen("Anna", "Anne", 1);
        let p = write("edited", &edited);
        f.run_raw(&[
            "audit",
            "verify-export",
            path_str(&p),
            "--checkpoint",
            &export_cp,
        ])
        .expect(4, &format!("line {}", i + 1));
        // A line deleted.
        let mut deleted = owned.clone();
        deleted.remove(first_record_line + 1);
        let p = write("deleted", &deleted);
        f.run_raw(&[
            "audit",
            "verify-export",
            path_str(&p),
            "--checkpoint",
            &export_cp,
        ])
        .expect(4, &format!("line {}", first_record_line + 2));
        // Two lines swapped.
        let mut swapped = owned.clone();
        swapped.swap(first_record_line + 1, first_record_line + 2);
        let p = write("swapped", &swapped);
        f.run_raw(&[
            "audit",
            "verify-export",
            path_str(&p),
            "--checkpoint",
            &export_cp,
        ])
        .expect(4, &format!("line {}", first_record_line + 2));
        // Truncated before the checkpoint's record.
        let truncated: Vec<String> = owned[..owned.len() - 2].to_vec();
        let p = write("truncated", &truncated);
        f.run_raw(&[
            "audit",
            "verify-export",
            path_str(&p),
            "--checkpoint",
            &export_cp,
        ])
        .expect(4, &format!("line {}", owned.len() - 1));
        // A line appended.
        let mut appended = owned.clone();
        appended.push(owned[first_record_line].clone());
        let p = write("appended", &appended);
        f.run_raw(&[
            "audit",
            "verify-export",
            path_str(&p),
            "--checkpoint",
            &export_cp,
        ])
        .expect(4, &format!("line {}", owned.len() + 1));
    }
    // A checkpoint of another vault.
    let g = Fixture::new();
    let other = g.ok(&["audit", "checkpoint"]).trim().to_string();
    f.run(&["audit", "verify", "--checkpoint", &other])
        .expect(4, "another vault");
    let path = f.dir.path().join("export.jsonl");
    f.run_raw(&[
        "audit",
        "verify-export",
        path_str(&path),
        "--checkpoint",
        &other,
    ])
    .expect(4, "but the checkpoint is of vault");
    f.run_raw(&[
        "audit",
        "verify-export",
        path_str(&path),
        "--checkpoint",
        "KC1 nonsense",
    ])
    .expect(2, "");
}

#[test]
fn rolled_back_vault_is_refused_unless_accepted() {
    let f = custody();
    let old = f.bytes();
    // Several saves later (each open is one), put the old copy back.
    for _ in 0..3 {
        f.ok(&["secret", "list"]);
    }
    std::fs::write(&f.vault, &old).expect("put back the old copy");
    let r = f.run(&["secret", "list"]);
    r.expect(4, "the vault was rolled back");
    assert_eq!(f.bytes(), old, "nothing written");
    f.run(&["--allow-rollback", "secret", "list"])
        .expect(0, "rollback accepted");
    assert_eq!(f.records_of("RollbackAccepted").len(), 1);
    // Accepting it moved the state on: the next open is normal.
    let r = f.run(&["secret", "list"]);
    assert!(!r.stderr.contains("rolled back"), "{}", r.stderr);
}
