//! Bad shares through `--share-file`: each is refused with exit 3, the
//! exact reason, the bad share named, and the vault untouched. blahaj alone
//! would return a wrong secret for several of these (see the unit tests in
//! src/shares/quorum.rs); kluis refuses before combining.

use std::path::PathBuf;

use kluis::shares::{Share, forge_text};

use crate::util::{Fixture, Run, path_str};

fn login(f: &Fixture, files: &[&PathBuf]) -> Run {
    let mut args: Vec<&str> = Vec::new();
    for p in files {
        args.extend(["--share-file", path_str(p)]);
    }
    args.extend(["--as", "Dirk", "secret", "list"]);
    f.run_raw(&args)
}

fn setup() -> (Fixture, Vec<PathBuf>) {
    let f = Fixture::new();
    f.ok(&["roster", "add", "Dirk", "--role", "delegate"]);
    let sheets = f.print_shares(&[]);
    (f, sheets)
}

fn payload(s: &Share) -> [u8; 45] {
    let mut p = [0u8; 45];
    p[0] = 1;
    p[1..9].copy_from_slice(&s.set_id());
    p[9] = s.threshold();
    p[10] = s.count();
    p[11] = s.index();
    p[12..44].copy_from_slice(s.expose_value());
    p
}

fn read_share(p: &PathBuf) -> Share {
    Share::parse(&std::fs::read_to_string(p).expect("read")).expect("valid share")
}

#[track_caller]
fn refused(f: &Fixture, files: &[&PathBuf], needle: &str) {
    let before = f.bytes();
    login(f, files).expect(3, needle);
    assert_eq!(f.bytes(), before, "a refused login changed the vault");
}

#[test]
fn duplicate() {
    let (f, s) = setup();
    refused(
        &f,
        &[&s[0], &s[0]],
        "share index 1 was entered twice (entry 1 and 2): remove one",
    );
}

#[test]
fn share_of_another_set() {
    let (f, s) = setup();
    let (_g, other) = setup();
    refused(
        &f,
        &[&s[0], &other[1]],
        "share 2 (index 2) belongs to another share set",
    );
    refused(
        &f,
        &[&other[0], &other[1]],
        "belongs to a share set this vault does not know",
    );
}

#[test]
fn forged_index_zero_and_beyond_n() {
    let (f, s) = setup();
    let real = read_share(&s[0]);
    let mut p = payload(&real);
    p[11] = 0;
    let zero = f.file("zero.txt", forge_text(p));
    refused(
        &f,
        &[&zero, &s[1]],
        "the share index is 0, it must be at least 1",
    );
    p[11] = 4;
    let four = f.file("four.txt", forge_text(p));
    refused(
        &f,
        &[&s[1], &four],
        "the share index 4 is above the share count 3",
    );
}

#[test]
fn bad_line_check_names_the_line() {
    let (f, s) = setup();
    let text = std::fs::read_to_string(&s[0]).expect("read");
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    // Line 3 of the share is text line 4 (after "KLUIS"); change one symbol.
    let mut chars: Vec<char> = lines[3].chars().collect();
    chars[0] = if chars[0] == 'A' { 'B' } else { 'A' };
    lines[3] = chars.into_iter().collect();
    let typo = f.file("typo.txt", lines.join("\n"));
    refused(
        &f,
        &[&typo, &s[1]],
        "line 3 of the share does not match its check character: retype line 3",
    );
}

#[test]
fn fewer_than_k() {
    let (f, s) = setup();
    refused(&f, &[&s[2]], "need 2 shares, have 1");
}

#[test]
fn k_plus_one_with_one_corrupted_names_it() {
    let (f, s) = setup();
    let real = read_share(&s[1]);
    let mut p = payload(&real);
    p[20] ^= 0x01;
    let bad = f.file("bad.txt", forge_text(p));
    refused(
        &f,
        &[&s[0], &bad, &s[2]],
        "share 2 (index 2) does not match its fingerprint",
    );
    refused(
        &f,
        &[&s[0], &s[2], &bad],
        "share 3 (index 2) does not match its fingerprint",
    );
    // The same shares without the corrupted one open the vault.
    login(&f, &[&s[0], &s[2]]).expect(0, "emergency session");
}

#[test]
fn altered_threshold_on_a_share() {
    let (f, s) = setup();
    let mut p = payload(&read_share(&s[0]));
    p[9] = 1;
    let alt = f.file("alt.txt", forge_text(p));
    refused(&f, &[&alt], "different threshold or share count");
}

#[test]
fn not_a_share_file() {
    let (f, s) = setup();
    let junk = f.file("junk.txt", "hello world");
    refused(&f, &[&junk, &s[0]], "share file");
    let r = f.run_raw(&[
        "--share-file",
        path_str(&f.dir.path().join("missing.txt")),
        "--as",
        "Dirk",
        "secret",
        "list",
    ]);
    r.expect(1, "cannot read share file");
}

#[test]
fn drill_on_bad_shares() {
    let (f, s) = setup();
    let (_g, other) = setup();
    let before = f.bytes();
    f.run_raw(&["shares", "verify", "--share-file", path_str(&other[0])])
        .expect(3, "does not know");
    let mut p = payload(&read_share(&s[0]));
    p[30] ^= 0x80;
    let bad = f.file("bad.txt", forge_text(p));
    f.run_raw(&["shares", "verify", "--share-file", path_str(&bad)])
        .expect(3, "share 1 does not match its fingerprint");
    assert_eq!(f.bytes(), before);
}
