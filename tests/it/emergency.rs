//! Drills, rotation, takeover, acknowledgement and session expiry (issue 4).

use std::path::PathBuf;

use crate::util::{Fixture, PIN, Run, path_str};

fn setup() -> (Fixture, Vec<PathBuf>, PathBuf) {
    let f = Fixture::new();
    let pin = f.add_approver();
    f.ok(&["roster", "add", "Dirk", "--role", "delegate"]);
    let val = f.file("val", "the-backup-key");
    f.ok(&[
        "secret",
        "add",
        "restic",
        "--kind",
        "backup-key",
        "--value-file",
        path_str(&val),
    ]);
    let sheets = f.print_shares(&[]);
    (f, sheets, pin)
}

fn status(f: &Fixture) -> serde_json::Value {
    serde_json::from_str(&f.ok(&["--json", "shares", "status"])).expect("json")
}

fn verify(f: &Fixture, sheet: &std::path::Path) -> Run {
    f.run_raw(&["shares", "verify", "--share-file", path_str(sheet)])
}

#[test]
fn drills_are_journalled_and_dated_at_the_next_unlock() {
    let (f, sheets, _) = setup();
    // A set made today is not overdue (issue 12 item 5; the interval is
    // checked in src/tui/tests.rs with an injected clock).
    assert_eq!(status(&f)[0]["shares"][1]["drill_overdue"], false);
    let before = f.bytes();
    verify(&f, &sheets[1]).expect(0, "");
    assert_eq!(
        f.bytes(),
        before,
        "a drill needs no passphrase and does not touch the vault"
    );
    let st = status(&f);
    let share = &st[0]["shares"][1];
    assert!(share["drilled_at"].is_string(), "{share}");
    assert!(share["verified_at"].is_string());
    assert_eq!(share["drill_overdue"], false);
    assert!(
        st[0]["shares"][0]["drilled_at"].is_null(),
        "other shares not drilled"
    );
    assert_eq!(f.records_of("Drill").len(), 1);
}

#[test]
fn failed_drills_are_journalled_too() {
    let (f, _, _) = setup();
    let (_g, other, _) = setup();
    verify(&f, &other[0]).expect(3, "does not know");
    assert_eq!(
        f.records_of("Drill").len(),
        1,
        "the failed drill is in the chain after the next unlock"
    );
    assert_eq!(
        status(&f)[0]["shares"][0]["drilled_at"],
        serde_json::Value::Null
    );
}

#[test]
fn rotation_needs_printed_and_verified_sheets_and_retires_the_old_set() {
    let (f, old, _) = setup();
    f.ok(&[
        "shares",
        "rotate",
        "--threshold",
        "2",
        "--holder",
        "Safe@Kantoor",
        "--holder",
        "IT@Thuis",
    ]);
    f.run(&["shares", "commit"])
        .expect(6, "share 1 (Safe) is not printed");
    let pending = f.print_shares(&["--pending"]);
    assert_eq!(pending.len(), 2);
    f.run(&["shares", "commit"])
        .expect(6, "printed but not verified");
    let r = verify(&f, &pending[0]);
    r.expect(0, "");
    assert!(r.stdout.contains("pending set"), "{}", r.stdout);
    f.run(&["shares", "commit"])
        .expect(6, "share 2 (IT) is printed but not verified");
    verify(&f, &pending[1]).expect(0, "");
    f.ok(&["shares", "commit"]);
    let st = status(&f);
    assert_eq!(st.as_array().expect("arr").len(), 1);
    assert_eq!(st[0]["state"], "active");
    assert_eq!(st[0]["count"], 2);
    // Old paper is useless now, alone or as a quorum.
    let before = f.bytes();
    verify(&f, &old[0]).expect(3, "share belongs to a retired set (id ");
    f.run_raw(&[
        "--share-file",
        path_str(&old[0]),
        "--share-file",
        path_str(&old[1]),
        "--as",
        "Dirk",
        "secret",
        "list",
    ])
    .expect(3, "belongs to a retired set");
    assert_eq!(f.bytes(), before);
    // The new set works.
    f.run_raw(&[
        "--share-file",
        path_str(&pending[1]),
        "--share-file",
        path_str(&pending[0]),
        "--as",
        "Dirk",
        "secret",
        "list",
    ])
    .expect(0, "emergency session");
    assert_eq!(f.records_of("Rotation").len(), 2);
}

#[test]
fn rotation_makes_an_old_file_copy_useless_with_old_shares() {
    let (f, old, _) = setup();
    let old_file = f.bytes();
    f.ok(&[
        "shares",
        "rotate",
        "--threshold",
        "2",
        "--holder",
        "a",
        "--holder",
        "b",
    ]);
    for p in f.print_shares(&["--pending"]) {
        verify(&f, &p).expect(0, "");
    }
    f.ok(&["shares", "commit"]);
    // The master key was replaced: old shares still open the old file (that
    // is what an old copy is), but its master key does not open the new one.
    let new_file = f.bytes();
    let old_enc = kluis::vault::EncryptedVault::parse(&old_file).expect("old parses");
    let shares: Vec<_> = old[..2]
        .iter()
        .map(|p| {
            kluis::shares::Share::parse(&std::fs::read_to_string(p).expect("r")).expect("share")
        })
        .collect();
    assert!(
        old_enc.unlock_with_quorum(shares.clone()).is_ok(),
        "old shares open the old copy"
    );
    let new_enc = kluis::vault::EncryptedVault::parse(&new_file).expect("new parses");
    assert!(matches!(
        new_enc.unlock_with_quorum(shares),
        Err(kluis::vault::UnlockError::RetiredSet { .. })
    ));
}

#[test]
fn emergency_is_flagged_until_acknowledged_and_rotated() {
    let (f, sheets, _) = setup();
    f.run_raw(&[
        "--share-file",
        path_str(&sheets[0]),
        "--share-file",
        path_str(&sheets[1]),
        "--as",
        "Dirk",
        "secret",
        "list",
    ])
    .expect(0, "");
    assert_eq!(f.records_of("EmergencySessionStart").len(), 1);
    assert_eq!(f.records_of("EmergencySessionEnd").len(), 1);
    let r = f.run(&["secret", "list"]);
    r.expect(0, "emergency event(s) since your last acknowledgement");
    assert!(r.stderr.contains("is exposed: rotate it"), "{}", r.stderr);
    f.ok(&["ack"]);
    let r = f.run(&["secret", "list"]);
    assert!(
        !r.stderr.contains("since your last acknowledgement"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("is exposed"),
        "an exposed set warns until rotated: {}",
        r.stderr
    );
    f.ok(&[
        "shares",
        "rotate",
        "--threshold",
        "2",
        "--holder",
        "a",
        "--holder",
        "b",
    ]);
    for p in f.print_shares(&["--pending"]) {
        verify(&f, &p).expect(0, "");
    }
    f.ok(&["shares", "commit"]);
    let r = f.run(&["secret", "list"]);
    assert!(!r.stderr.contains("is exposed"), "{}", r.stderr);
}

#[test]
fn takeover_by_a_delegate() {
    let (f, sheets, pin) = setup();
    let newpass = f.file("newpass", "the new PO passphrase\n");
    let base = |extra: &[&str]| {
        let mut a = vec![
            "--share-file",
            path_str(&sheets[0]),
            "--share-file",
            path_str(&sheets[2]),
            "--as",
            "Dirk",
            "takeover",
            "--new-passphrase-file",
            path_str(&newpass),
        ];
        a.extend_from_slice(extra);
        f.run_raw(&a)
    };
    let before = f.bytes();
    base(&["--reason", "PO in hospital"]).expect(6, "a takeover needs an approver");
    base(&["--approver", "Bert", "--approver-pin-file", path_str(&pin)])
        .expect(6, "a takeover needs a reason");
    assert_eq!(f.bytes(), before, "refused before anything was opened");
    // The PO cannot take over (that is passwd).
    f.run(&[
        "takeover",
        "--new-passphrase-file",
        path_str(&newpass),
        "--reason",
        "x",
        "--approver",
        "Bert",
        "--approver-pin-file",
        path_str(&pin),
    ])
    .expect(6, "for a delegate authenticated with shares");
    base(&[
        "--reason",
        "PO in hospital",
        "--approver",
        "Bert",
        "--approver-pin-file",
        path_str(&pin),
    ])
    .expect(0, "");
    f.run(&["secret", "list"]).expect(3, "wrong passphrase");
    let r = f.run_raw(&["--passphrase-file", path_str(&newpass), "secret", "list"]);
    r.expect(0, "emergency event(s)");
    let v: serde_json::Value = serde_json::from_str(
        &f.run_raw(&[
            "--passphrase-file",
            path_str(&newpass),
            "--json",
            "audit",
            "list",
        ])
        .stdout,
    )
    .expect("json");
    let t: Vec<_> = v
        .as_array()
        .expect("a")
        .iter()
        .filter(|r| r["event"]["kind"] == "Takeover")
        .collect();
    assert_eq!(t.len(), 1);
    assert_eq!(t[0]["event"]["approver"]["person"], "Bert");
    assert!(
        t[0]["event"]["detail"]
            .as_str()
            .expect("d")
            .starts_with("TAKEOVER")
    );
}

#[test]
fn an_emergency_session_expires() {
    use kluis::ops::{Env, OpenOptions};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicI64, Ordering};
    let (f, sheets, _) = setup();
    let clock = Arc::new(AtomicI64::new(2_000_000_000));
    let c2 = clock.clone();
    let env = Env {
        now: Box::new(move || c2.load(Ordering::SeqCst)),
        state: kluis::state::LocalState::new(f.dir.path().join("state")),
        ..Env::system()
    };
    let shares: Vec<_> = sheets[..2]
        .iter()
        .map(|p| kluis::shares::Share::parse(&std::fs::read_to_string(p).expect("r")).expect("s"))
        .collect();
    let s = kluis::ops::open_with_shares(&env, &f.vault, shares, "Dirk", OpenOptions::default());
    let mut s = match s {
        Ok(s) => s,
        Err(e) => panic!("open: {e}"),
    };
    assert_eq!(s.expires_at(), Some(2_000_000_000 + 30 * 60));
    clock.store(2_000_000_000 + 30 * 60, Ordering::SeqCst);
    let req = kluis::ops::UnsealRequest {
        name: "restic",
        version: None,
        reason: kluis::audit::Reason {
            category: kluis::audit::ReasonCategory::Incident,
            text: "x".into(),
        },
        approver: "Bert",
        channel: "stdout",
    };
    let e = s
        .unseal(&req, &kluis::secret::Passphrase::new(PIN.into()))
        .expect_err("expired");
    assert!(
        e.to_string().contains("the emergency session ended at"),
        "{e}"
    );
    assert_eq!(kluis::error::Classify::class(&e).code(), 6);
    drop(s);
    assert_eq!(f.records_of("EmergencySessionEnd").len(), 1);
}

#[test]
fn settings_change_the_session_length_and_drill_interval() {
    let (f, sheets, _) = setup();
    let out = f.ok(&["settings"]);
    assert!(out.contains("emergency session: 30 min"), "{out}");
    f.ok(&[
        "settings",
        "--emergency-minutes",
        "10",
        "--drill-interval-days",
        "90",
        "--language",
        "nl",
    ]);
    let v: serde_json::Value = serde_json::from_str(&f.ok(&["--json", "settings"])).expect("json");
    assert_eq!(v["emergency_minutes"], 10);
    assert_eq!(v["drill_interval_days"], 90);
    assert_eq!(v["language"], "nl");
    f.run(&["settings", "--emergency-minutes", "0"])
        .expect(2, "between 1 and 1440");
    f.run(&["settings", "--language", "fr"])
        .expect(2, "nl or en");
    f.run_raw(&[
        "--share-file",
        path_str(&sheets[0]),
        "--share-file",
        path_str(&sheets[1]),
        "--as",
        "Dirk",
        "settings",
        "--idle-lock-minutes",
        "3",
    ])
    .expect(6, "not allowed in an emergency session");
    // The session length applies to the next emergency session.
    let env = kluis::ops::Env {
        state: kluis::state::LocalState::new(f.dir.path().join("state")),
        ..kluis::ops::Env::system()
    };
    let shares: Vec<_> = sheets[..2]
        .iter()
        .map(|p| kluis::shares::Share::parse(&std::fs::read_to_string(p).expect("r")).expect("s"))
        .collect();
    let s = kluis::ops::open_with_shares(
        &env,
        &f.vault,
        shares,
        "Dirk",
        kluis::ops::OpenOptions::default(),
    )
    .expect("open");
    let left = s.expires_at().expect("emergency") - jiff::Timestamp::now().as_second();
    assert!((590..=600).contains(&left), "{left}");
    drop(s);
    assert_eq!(f.records_of("SettingsChange").len(), 1);
}
