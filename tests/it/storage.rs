//! Disk full and I/O errors during a save, injected at every file operation
//! through the storage seam: a clear error, the old vault intact, no
//! temporary file left.

use kluis::format::body::SecretKind;
use kluis::ops::{Env, NewValue};
use kluis::store::FailAt;

use crate::util::Fixture;

fn env_failing(f: &Fixture, n: usize, errno: i32) -> Env {
    Env {
        io: Box::new(FailAt::new(n, errno)),
        ..env(f)
    }
}

fn env(f: &Fixture) -> Env {
    Env {
        state: kluis::state::LocalState::new(f.dir.path().join("state")),
        ..Env::system()
    }
}

fn temp_files(f: &Fixture) -> Vec<String> {
    std::fs::read_dir(f.dir.path())
        .expect("dir")
        .map(|e| e.expect("e").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

use crate::util::open_session as open;

#[test]
fn enospc_and_eio_at_every_operation_of_a_save() {
    for errno in [28 /* ENOSPC */, 5 /* EIO */] {
        let f = Fixture::new();
        let mut n = 1;
        loop {
            let before = f.bytes();
            let env = env_failing(&f, n, errno);
            // open (saves the unlock record) then add a secret (a second save):
            // operation n of the two saves fails.
            let result = open(&env, &f).and_then(|mut s| {
                s.add_secret(
                    &format!("s{n}"),
                    SecretKind::Note,
                    NewValue::File {
                        bytes: b"v".to_vec().into(),
                        raw: false,
                    },
                    None,
                )
            });
            match result {
                Ok(_) => break,
                Err(e) => {
                    let msg = e.to_string();
                    assert!(
                        msg.contains(if errno == 28 {
                            "No space left on device"
                        } else {
                            "Input/output error"
                        }),
                        "n={n}: {msg}"
                    );
                    let after = f.bytes();
                    // Operations 5 and 10 are the directory fsyncs, after the
                    // rename: the new file is in place and valid.
                    if n % 5 != 0 {
                        // Before a rename the vault is byte-identical.
                        if n < 5 {
                            assert_eq!(after, before, "n={n}");
                        }
                    }
                    assert!(
                        kluis::vault::EncryptedVault::parse(&after).is_ok(),
                        "n={n}: the vault on disk is always whole"
                    );
                }
            }
            assert!(temp_files(&f).is_empty(), "n={n}: temp file left");
            n += 1;
            assert!(n < 20, "a save is five operations");
        }
        assert_eq!(n, 11, "two saves of five operations each");
        // The vault still opens with everything that succeeded.
        let env = env(&f);
        let s = open(&env, &f).expect("opens");
        assert!(s.list_secrets().iter().any(|x| x.name == "s11"));
    }
}

#[test]
fn failed_save_in_a_session_leaves_memory_and_disk_as_before() {
    let f = Fixture::new();
    let env = env(&f);
    let s = open(&env, &f).expect("open");
    let before = f.bytes();
    drop(s);
    let env2 = env_failing(&f, 6, 28);
    let mut s = open(&env2, &f).expect("open (ops 1-5 succeed)");
    let mid = f.bytes();
    assert_ne!(mid, before);
    let err = s
        .add_secret(
            "x",
            SecretKind::Note,
            NewValue::File {
                bytes: b"v".to_vec().into(),
                raw: false,
            },
            None,
        )
        .expect_err("op 6 fails");
    assert!(err.to_string().contains("No space left on device"), "{err}");
    assert!(s.list_secrets().is_empty(), "memory rolled back");
    assert_eq!(f.bytes(), mid, "disk unchanged");
    assert!(temp_files(&f).is_empty());
}

#[test]
fn enospc_at_every_operation_of_a_rotation_and_commit() {
    use kluis::ops::HolderSpec;
    let f = Fixture::new();
    let holders: Vec<HolderSpec> = vec!["a".parse().expect("h"), "b".parse().expect("h")];
    // Rotate: the open is one save (5 operations), the rotation the next.
    let mut n = 6;
    loop {
        let env = env_failing(&f, n, 28);
        let before = f.bytes();
        let r = open(&env, &f).and_then(|mut s| s.shares_rotate(2, &holders, false));
        assert!(temp_files(&f).is_empty(), "n={n}: temp file left");
        match r {
            Ok(_) => break,
            Err(e) => {
                assert!(
                    e.to_string().contains("No space left on device"),
                    "n={n}: {e}"
                );
                if n < 10 {
                    let after = f.bytes();
                    let enc = kluis::vault::EncryptedVault::parse(&after).expect("whole");
                    assert!(
                        enc.header().sets.len() == 1,
                        "n={n}: no pending set was half-made"
                    );
                    assert_ne!(after, before, "the open itself was saved");
                }
            }
        }
        n += 1;
        assert!(n < 20);
    }
    // Print and verify the pending sheets, then commit with a failure at
    // every operation of the commit's save: the old set stays active until
    // the commit is on disk.
    let env = env(&f);
    let pending: Vec<kluis::shares::Share> = {
        let mut s = open(&env, &f).expect("open");
        s.shares_for_print(true, None, "txt")
            .expect("print")
            .into_iter()
            .map(|p| p.share)
            .collect()
    };
    for share in &pending {
        kluis::ops::verify_share(&env, &f.vault, share).expect("drill");
    }
    let mut n = 6;
    loop {
        let env = env_failing(&f, n, 5);
        let r = open(&env, &f).and_then(|mut s| s.shares_commit());
        assert!(temp_files(&f).is_empty(), "n={n}: temp file left");
        match r {
            Ok(()) => break,
            Err(e) => {
                assert!(e.to_string().contains("Input/output error"), "n={n}: {e}");
                let enc = kluis::vault::EncryptedVault::parse(&f.bytes()).expect("whole");
                if n < 10 {
                    assert_eq!(
                        enc.header().sets.len(),
                        2,
                        "n={n}: both sets until the commit is saved"
                    );
                } else {
                    // Operation 10 is the directory fsync, after the rename:
                    // the commit is in place, the error says to check the disk.
                    assert!(
                        e.to_string().contains("directory could not be flushed"),
                        "n={n}: {e}"
                    );
                    assert_eq!(enc.header().sets.len(), 1, "n={n}");
                    break;
                }
            }
        }
        n += 1;
        assert!(n < 20);
    }
    let enc = kluis::vault::EncryptedVault::parse(&f.bytes()).expect("whole");
    assert_eq!(enc.header().sets.len(), 1);
    assert_eq!(enc.header().sets[0].info.set_id, pending[0].set_id());
}
