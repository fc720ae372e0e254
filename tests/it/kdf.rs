//! KDF parameter bombs: refused before any work, naming the value asked for
//! and the value allowed (docs/ARCHITECTURE.md, invariant 3). The commands run under a
//! 60 s timeout, so a bomb that was actually computed would fail the test
//! rather than hang it; no timing is asserted.

use kluis::format::fix_checksum;

use crate::util::Fixture;

const M: usize = 36;
const T: usize = 40;
const P: usize = 44;
const FLAGS: usize = 10;

fn with(f: &Fixture, edits: &[(usize, u32)]) -> Vec<u8> {
    let mut bytes = f.bytes();
    for &(at, v) in edits {
        bytes[at..at + 4].copy_from_slice(&v.to_le_bytes());
    }
    fix_checksum(&mut bytes);
    bytes
}

fn feed(f: &Fixture, bytes: &[u8]) -> crate::util::Run {
    let good = f.bytes();
    std::fs::write(&f.vault, bytes).expect("write");
    let r = f.run(&["secret", "list"]);
    assert_eq!(f.bytes(), bytes, "file changed");
    std::fs::write(&f.vault, good).expect("restore");
    r
}

#[test]
fn memory_bomb() {
    let f = Fixture::new();
    let r = feed(&f, &with(&f, &[(M, u32::MAX)]));
    r.expect(6, "asks for 4194304 MiB of memory");
    assert!(r.stderr.contains("the limit here is"), "{}", r.stderr);
}

#[test]
fn time_bomb() {
    let f = Fixture::new();
    feed(&f, &with(&f, &[(T, u32::MAX)])).expect(
        6,
        "asks for 4294967295 Argon2id passes; at most 16 are allowed",
    );
}

#[test]
fn lanes_bomb() {
    let f = Fixture::new();
    feed(&f, &with(&f, &[(P, (1 << 24) - 1), (M, 1 << 30)])).expect(
        6,
        "asks for 16777215 Argon2id lanes; at most 16 are allowed",
    );
}

#[test]
fn zeros() {
    let f = Fixture::new();
    for at in [M, T, P] {
        feed(&f, &with(&f, &[(at, 0)])).expect(6, "is invalid: Argon2id needs t >= 1, p >= 1");
    }
}

#[test]
fn below_floor_without_the_recorded_flag() {
    let f = Fixture::new();
    let mut bytes = f.bytes();
    bytes[FLAGS] = 0;
    fix_checksum(&mut bytes);
    feed(&f, &bytes).expect(6, "below the floor of m=64 MiB t=3");
}

#[test]
fn all_bombs_leave_the_vault_usable() {
    let f = Fixture::new();
    feed(
        &f,
        &with(&f, &[(M, u32::MAX), (T, u32::MAX), (P, u32::MAX)]),
    )
    .expect(6, "refusing before any work");
    f.ok(&["secret", "list"]);
}
