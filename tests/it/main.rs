//! kluis integration tests: one binary, run with `cargo test`.
//!
//! Where new tests go:
//! - `util`: the fixture (a temp dir with a weak-KDF vault) and helpers.
//! - `cli`: the happy paths of each command, through the real binary.
//! - `vault_file`: malformed and tampered vault files (issue 2, "Bad input").
//! - `kdf`: KDF parameter bombs and the floor.
//! - `paths`: the vault path is a directory, FIFO, unreadable, huge; the lock.
//! - `shares`: bad shares through `--share-file`.
//! - `age_shares`: age-encrypted shares, recipients, `--identity`, Go age and ssh-keygen as peers (issue 14).
//! - `storage`: injected I/O failures during saves.
//! - `crash`: the binary SIGKILLed mid-save: old or new vault, never between (KLUIS_CRASH_ITERATIONS).
//! - `custody`: unseal, approvers, audit chain, exports, rollback (issue 3).
//! - `emergency`: drills, rotation, takeover, ack, session expiry (issue 4).
//! - `evidence`: the TUI (under tmux) and the CLI leave the same audit
//!   record kinds for a recovery, an unseal, a drill and a rotation (issue 11).
//! - `leaks`: canary secrets in no output, file, TMPDIR, /proc entry or Debug string.
//! - `paper`: PDF/SVG sheets that scan back, --share-image, the custody report (issue 4).
//! - `restore`: a real restic restore through kluis (issue 3).
//! - `restore_exec`: age and duplicity restores through `unseal --to exec`, its bad inputs, and a scan for left-over keys (issue 15).
//! - `keypairs`: backup key pairs: --generate age, importing age/OpenPGP/SSH/PEM keys, the public half in `secret show` (issue 15).
//! - `borg`: a real borg create and extract through kluis (issue 13).
//! - `import`: `secret import` from keepassxc-cli databases, Bitwarden JSON, CSV (issue 13).
//! - `kit`: the recovery kit, and recovering from it on a fresh HOME (issue 13).
//! - `terminal`: the screen and qr channels under tmux.
//! - `layering`: the faces import neither `format` nor `crypto` (issue 11).
//! - `canonical`: body and header encodings round-trip byte-identically; postcard's leniency.
//! - `known_answers`: Wycheproof XChaCha20-Poly1305 and RFC 9106 Argon2id vectors.
//! - `shamir`: every k-subset recovers; chi-square uniformity of coefficients and shares.
//! - `mutation`: every truncation and bit flip of a reference vault, in process.
//! - `vectors`: the files under tests/vectors (regenerate: `--ignored regenerate_vectors`).
//! - `redteam_text`: control, bidi and invisible characters refused where
//!   text enters and escaped where it leaves; look-alike names; blank PINs
//!   (issue 10, findings 2 and 3).
//! - `redteam_journal`: issue 10 — forged or oversized journals, growth
//!   bounds, `audit archive`, refused recoveries recorded.
//! - `redteam_fs`: issue 10's file-system findings: links where kluis writes,
//!   a linked vault path, directory modes under umask 000, exact size errors,
//!   named pipes as inputs, the weak-KDF advice, `--share-image` bombs.
//! - `images`: the share-image bombs (also used by `benches/scan.rs`).
//! - `remotes`: git remotes against bare repos and `git daemon` (issue 9).
//! - `docs`: every `kluis …` command in README.md and docs/HANDBOOK.md runs
//!   with its documented exit code (tables of runs, substitutions and skips).
//! - `details`: issue 12 items 1 and 7 — audit record details in Dutch in
//!   `audit list` and the custody report, as stored under `LANG=C`.
//! - `dutch`: issue 12 item 1 — the main commands under `LANG=nl_NL.UTF-8`
//!   print no English word (a list kept there).
//! - `tui`: the terminal UI end to end under tmux (unit and snapshot tests
//!   of the TUI live in `src/tui/tests.rs`).
//! - `ux`: issue 12 items 2, 3 and 5 through the binary: the wizard under
//!   tmux, `--holder` taken whole, messages a PO can act on.

mod age_shares;
mod borg;
mod canonical;
mod cli;
mod crash;
mod custody;
mod details;
mod docs;
mod dutch;
mod emergency;
mod evidence;
mod hardening;
mod images;
mod import;
mod kdf;
mod keypairs;
mod kit;
mod known_answers;
mod layering;
mod leaks;
mod mutation;
mod paper;
mod paths;
mod redteam_fs;
mod redteam_journal;
mod redteam_text;
mod remotes;
mod restore;
mod restore_exec;
mod shamir;
mod shares;
mod storage;
mod terminal;
mod tui;
mod util;
mod ux;
mod vault_file;
mod vectors;
