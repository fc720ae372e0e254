//! clap argument definitions (stage one: raw). Secrets never appear here:
//! only paths to files that hold them.

use std::path::PathBuf;

use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

/// kluis — a key-custody vault for the backup decryption key.
#[derive(Debug, Parser)]
#[command(name = "kluis", version, about, long_about = None)]
pub struct Cli {
    /// The vault file [default: $KLUIS_VAULT, else $XDG_DATA_HOME/kluis/vault.kluis]
    #[arg(long, global = true, env = "KLUIS_VAULT", value_name = "PATH")]
    pub vault: Option<PathBuf>,
    /// Read the PO passphrase from this file ("-" = standard input)
    #[arg(long, global = true, value_name = "PATH")]
    pub passphrase_file: Option<PathBuf>,
    /// Authenticate with shares instead of the passphrase: a file holding one share's text form (repeat per share)
    #[arg(long, global = true, value_name = "PATH")]
    pub share_file: Vec<PathBuf>,
    /// The same, from a photo or scan holding a share's QR code (PNG or JPEG; repeat per share)
    #[arg(long, global = true, value_name = "PATH")]
    pub share_image: Vec<PathBuf>,
    /// An age identity file or SSH private key that opens an age-encrypted --share-file (repeatable; a passphrase is asked on the terminal)
    #[arg(long, global = true, value_name = "FILE")]
    pub identity: Vec<PathBuf>,
    /// Who is acting when authenticating with shares (a roster delegate)
    #[arg(long = "as", global = true, value_name = "NAME")]
    pub as_name: Option<String>,
    /// Language of messages: nl or en [default: from LANG]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// Open a vault older than the one this machine last saw (recorded in the audit chain)
    #[arg(long, global = true)]
    pub allow_rollback: bool,
    /// Machine-readable output for list, status and show
    #[arg(long, global = true)]
    pub json: bool,
    /// The command; none opens the TUI
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Message language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// Nederlands.
    Nl,
    /// English.
    En,
}

/// Commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a vault; the holders define the first share set
    Init(InitArgs),
    /// Try the terminal UI on a throwaway demo vault (weak KDF, deleted on exit)
    Demo,
    /// Secrets: add, update, list, show, remove (never values)
    #[command(subcommand)]
    Secret(SecretCmd),
    /// People and their roles
    #[command(subcommand)]
    Roster(RosterCmd),
    /// Change the PO passphrase
    Passwd {
        /// Read the new passphrase from this file
        #[arg(long, value_name = "PATH")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Shamir share sets
    #[command(subcommand)]
    Shares(SharesCmd),
    /// Release a secret's value, with reason and approver, recorded first
    Unseal(UnsealArgs),
    /// The audit chain
    #[command(subcommand)]
    Audit(AuditCmd),
    /// The PO acknowledges the emergency events since the last acknowledgement
    Ack,
    /// Show or change settings: emergency session length, idle lock, drill interval, language
    Settings {
        /// Minutes an emergency session lasts (1 to 1440)
        #[arg(long, value_name = "MIN", value_parser = parse_u32)]
        emergency_minutes: Option<u32>,
        /// Idle minutes before the TUI locks (1 to 120)
        #[arg(long, value_name = "MIN", value_parser = parse_u32)]
        idle_lock_minutes: Option<u32>,
        /// Days after which a share's drill is overdue (7 to 1096)
        #[arg(long, value_name = "DAYS", value_parser = parse_u32)]
        drill_interval_days: Option<u32>,
        /// Language of sheets and messages: nl, en, or "" for the environment's
        #[arg(long, value_name = "LANG")]
        language: Option<String>,
        /// Forward every audit record to the system log: unix, udp://HOST:PORT, tcp://HOST:PORT, or off
        #[arg(long, value_name = "TARGET")]
        syslog: Option<String>,
        /// Whether unseal reasons are forwarded too (default: off)
        #[arg(long, value_name = "ON|OFF", value_parser = ["on", "off"])]
        syslog_reasons: Option<String>,
    },
    /// The custody report (PDF): roster, share custody register, drills, unseals and emergency events
    Report {
        /// Output file (must not exist)
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
    },
    /// Git remotes the vault is pushed to at every save (PO only)
    #[command(subcommand)]
    Remote(RemoteCmd),
    /// Push what is pending, fetch every remote, and take a newer copy (or, with --keep, resolve two diverged copies)
    Sync {
        /// When this copy and a remote diverged: which to keep (the other is kept as a file beside the vault)
        #[arg(long, value_enum, value_name = "WHICH")]
        keep: Option<KeepArg>,
    },
    /// Copy a vault from a git remote onto this machine (a delegate's or a new laptop); sets this machine's rollback baseline from the remote
    Clone {
        /// The remote: a path to a bare repository, file://, ssh:// or https://
        url: String,
    },
    /// Write a recovery kit for the safe: the encrypted vault, this binary, the handbook and the emergency text
    Kit {
        /// A new or empty directory (created 0700)
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// A delegate (with --share-file ... --as NAME) sets a new PO passphrase when the PO is gone
    Takeover {
        /// Read the new PO passphrase from this file
        #[arg(long, value_name = "PATH")]
        new_passphrase_file: Option<PathBuf>,
        /// Why, in words
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        /// Reason category
        #[arg(long, value_enum, default_value = "incident")]
        reason_category: ReasonArg,
        /// The roster approver who approves (not you)
        #[arg(long, value_name = "NAME")]
        approver: Option<String>,
        /// Read the approver's PIN from this file (else asked on the terminal)
        #[arg(long, value_name = "PATH")]
        approver_pin_file: Option<PathBuf>,
    },
}

/// `kluis remote ...`.
#[derive(Debug, Subcommand)]
pub enum RemoteCmd {
    /// Add a remote and push the vault there
    Add {
        /// A short name: letters, digits, '-', '_', '.'
        name: String,
        /// A path to a bare repository, file://, ssh:// or https://
        url: String,
        /// Release a value only if this remote accepted the record of the release
        #[arg(long)]
        required: bool,
    },
    /// List the remotes and what is pending
    List,
    /// Remove a remote (its repository is left alone)
    Remove {
        /// The remote's name
        name: String,
    },
}

/// Which copy `kluis sync --keep` keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KeepArg {
    /// The remote's copy (this one is kept beside the vault)
    Remote,
    /// This copy (the remote's is kept beside the vault)
    Local,
}

/// Reason categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReasonArg {
    /// A real restore
    Restore,
    /// A restore test
    RestoreTest,
    /// An incident
    Incident,
    /// Anything else
    Other,
}

/// `kluis unseal`.
#[derive(Debug, Args)]
pub struct UnsealArgs {
    /// The secret
    pub name: String,
    /// Which version (default: the newest)
    #[arg(long, value_name = "N", value_parser = parse_u32)]
    pub version: Option<u32>,
    /// Why: restore, restore-test, incident or other
    #[arg(long, value_enum)]
    pub reason_category: Option<ReasonArg>,
    /// Why, in words
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// The roster approver who approves (not you)
    #[arg(long, value_name = "NAME")]
    pub approver: Option<String>,
    /// Read the approver's PIN from this file (else asked on the terminal)
    #[arg(long, value_name = "PATH")]
    pub approver_pin_file: Option<PathBuf>,
    /// Where the value goes: stdout, clipboard, screen, qr, file=PATH, or exec (a command after --)
    #[arg(long, value_name = "CHANNEL")]
    pub to: String,
    /// For screen and qr: hide the value after this many seconds (1 to 300)
    #[arg(long, value_name = "SECS", default_value_t = 30, value_parser = parse_hide_after)]
    pub hide_after: u64,
    /// For --to exec: the command and its arguments; `{}` becomes the value's path (/dev/fd/N), else the value is its standard input
    #[arg(last = true, value_name = "CMD ARGS")]
    pub command: Vec<std::ffi::OsString>,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormatArg {
    /// JSON lines
    Jsonl,
    /// CSV with a canonical JSON column
    Csv,
}

/// `kluis audit ...`.
#[derive(Debug, Subcommand)]
pub enum AuditCmd {
    /// List the records
    List,
    /// Verify the chain (and, with --checkpoint, against a printed checkpoint)
    Verify {
        /// A checkpoint text, e.g. from a sheet or report
        #[arg(long, value_name = "TEXT")]
        checkpoint: Option<String>,
        /// An archive made by `audit archive`; give every one, oldest first,
        /// to check that archives and vault form one chain from record 1
        #[arg(long, value_name = "FILE")]
        archive: Vec<PathBuf>,
        /// Also compare the chain with a collected system log (kluis settings --syslog)
        #[arg(long, value_name = "FILE")]
        against_syslog: Option<PathBuf>,
    },
    /// Print the current checkpoint
    Checkpoint,
    /// Write the chain to a file (JSON lines or CSV, with hashes)
    Export {
        /// Format
        #[arg(long, value_enum, default_value = "jsonl")]
        format: ExportFormatArg,
        /// Output file (must not exist)
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
    },
    /// Move the records before SEQ to an archive file (JSON lines); the
    /// chain keeps a record naming the last archived record and its hash
    Archive {
        /// The first record to keep in the vault
        #[arg(long, value_name = "SEQ", value_parser = parse_u64)]
        before: u64,
        /// The archive file (must not exist)
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Check an export against a checkpoint, without the vault
    VerifyExport {
        /// The export file
        path: PathBuf,
        /// The checkpoint text
        #[arg(long, value_name = "TEXT")]
        checkpoint: String,
    },
}

/// `kluis init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The Privacy Officer's name
    #[arg(long, value_name = "NAME")]
    pub po: String,
    /// Shares needed to recover (k)
    #[arg(long, value_name = "K", value_parser = parse_u8)]
    pub threshold: u8,
    /// A share holder, LABEL or LABEL@PLACE; one per share (n)
    #[arg(long, value_name = "LABEL[@PLACE]", required = true)]
    pub holder: Vec<String>,
    /// The age recipient (age1…, an SSH public key, or a plugin recipient) of the --holder just before it: that share goes out as an encrypted file
    #[arg(long, value_name = "RECIPIENT")]
    pub recipient: Vec<String>,
    /// Each holder's recipient, paired by position ([`Cli::try_parse_paired`]).
    #[arg(skip)]
    pub recipients: Vec<Option<String>>,
    /// Vault name printed on sheets
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,
    /// Argon2id memory in MiB (calibrated when omitted)
    #[arg(long, value_name = "MIB", value_parser = parse_u32)]
    pub kdf_memory: Option<u32>,
    /// Argon2id passes
    #[arg(long, value_name = "T", value_parser = parse_u32)]
    pub kdf_time: Option<u32>,
    /// Argon2id lanes
    #[arg(long, value_name = "P", value_parser = parse_u32)]
    pub kdf_lanes: Option<u32>,
    /// Accept KDF parameters below the floor (recorded in the vault, shown on every open)
    #[arg(long)]
    pub allow_weak_kdf: bool,
    /// Accept threshold 1, where any single sheet opens the vault
    #[arg(long)]
    pub allow_threshold_one: bool,
}

/// Secret kinds on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// The backup decryption key
    BackupKey,
    /// Account: username, password, url, notes
    Credential,
    /// TOTP seed
    Totp,
    /// Free text
    Note,
}

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GenerateArg {
    /// 32 random bytes
    Key256,
    /// Six words from the EFF list (77 bits)
    Passphrase,
    /// An age X25519 key pair (backup keys): `secret show` gives the recipient
    Age,
}

/// The value source of add/update.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct ValueSource {
    /// Read the value from this file
    #[arg(long, value_name = "PATH")]
    pub value_file: Option<PathBuf>,
    /// Generate the value
    #[arg(long, value_enum)]
    pub generate: Option<GenerateArg>,
}

/// `kluis secret ...`.
#[derive(Debug, Subcommand)]
pub enum SecretCmd {
    /// Add a secret
    Add {
        /// Name
        name: String,
        /// Kind
        #[arg(long, value_enum)]
        kind: KindArg,
        /// Where the value comes from
        #[command(flatten)]
        source: ValueSource,
        /// Keep the value file's bytes exactly (no trailing newline removed)
        #[arg(long)]
        raw: bool,
        /// Do not release this secret in emergency sessions
        #[arg(long)]
        no_emergency: bool,
    },
    /// Add a new version; older versions stay
    Update {
        /// Name
        name: String,
        /// Where the value comes from
        #[command(flatten)]
        source: ValueSource,
        /// Keep the value file's bytes exactly
        #[arg(long)]
        raw: bool,
    },
    /// List secrets (metadata only)
    List,
    /// Show one secret's metadata and versions (never the value)
    Show {
        /// Name
        name: String,
    },
    /// Import accounts from a KeePass database, a Bitwarden JSON export or a CSV file (all or nothing)
    Import(ImportArgs),
    /// Remove a secret and all its versions
    Remove {
        /// Name
        name: String,
        /// Do not ask for confirmation
        #[arg(long)]
        yes: bool,
    },
}

/// `kluis secret import`: where the accounts come from. Passwords of the
/// source are read from the terminal or a file, never from the command line.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The source
    #[command(flatten)]
    pub source: ImportSource,
    /// Read the KeePass database password from this file (else asked on the terminal)
    #[arg(long, value_name = "PATH")]
    pub kdbx_password_file: Option<PathBuf>,
    /// The KeePass key file, if the database has one
    #[arg(long, value_name = "PATH")]
    pub kdbx_key_file: Option<PathBuf>,
    /// Import only this KeePass group and its subgroups (e.g. "Werk/Bank")
    #[arg(long, value_name = "PATH")]
    pub group: Option<String>,
    /// List what would be imported; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Add a new version to secrets that already exist (else refused)
    #[arg(long)]
    pub as_new_version: bool,
}

/// The import source: exactly one.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct ImportSource {
    /// A KeePass database (KDBX 3.1 or 4)
    #[arg(long, value_name = "FILE")]
    pub kdbx: Option<PathBuf>,
    /// An unencrypted Bitwarden JSON export
    #[arg(long, value_name = "FILE")]
    pub bitwarden_json: Option<PathBuf>,
    /// A CSV file with named columns: name (or title), password; optional username, url, notes, totp, group
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
}

/// Roles on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RoleArg {
    /// Privacy Officer
    Po,
    /// Emergency delegate
    Delegate,
    /// Approves unseals with a PIN
    Approver,
    /// Holds a share
    Holder,
}

/// `kluis roster ...`.
#[derive(Debug, Subcommand)]
pub enum RosterCmd {
    /// Add a person
    Add {
        /// Name
        name: String,
        /// Role
        #[arg(long, value_enum)]
        role: RoleArg,
        /// Read the approver's PIN from this file (else asked on the terminal)
        #[arg(long, value_name = "PATH")]
        pin_file: Option<PathBuf>,
    },
    /// List people
    List,
    /// Remove a person
    Remove {
        /// Name
        name: String,
    },
}

/// Sheet formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SheetFormat {
    /// An A4 PDF page with QR code and typed form
    Pdf,
    /// The same page as SVG
    Svg,
    /// The share's text form only, for --share-file
    Txt,
}

/// `kluis shares recipient ...`.
#[derive(Debug, Subcommand)]
pub enum RecipientCmd {
    /// Set the age recipient of share INDEX (age1…, ssh-ed25519/ssh-rsa public key, or age1PLUGIN1…)
    Set {
        /// The share's index
        #[arg(value_parser = parse_u8)]
        index: u8,
        /// The recipient the holder sent (a public key)
        recipient: String,
        /// In the pending set
        #[arg(long)]
        pending: bool,
    },
    /// Clear the recipient of share INDEX (it is printed as a sheet again)
    Clear {
        /// The share's index
        #[arg(value_parser = parse_u8)]
        index: u8,
        /// In the pending set
        #[arg(long)]
        pending: bool,
    },
}

/// `kluis shares ...`.
#[derive(Debug, Subcommand)]
pub enum SharesCmd {
    /// Active and pending sets: holders, dates, exposure
    Status,
    /// Write one sheet per share
    Print {
        /// Output directory (created 0700 if missing)
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Sheet format
        #[arg(long, value_enum, default_value = "pdf")]
        format: SheetFormat,
        /// Print the pending set
        #[arg(long)]
        pending: bool,
        /// Reprint only this share
        #[arg(long, value_name = "I", value_parser = parse_u8)]
        index: Option<u8>,
        /// Holders with a recipient get their share as an age file (share-SETID-I-of-N.age) instead of a sheet
        #[arg(long)]
        encrypted: bool,
        /// With --encrypted: ASCII-armored age files (age -a)
        #[arg(long, requires = "encrypted")]
        armor: bool,
    },
    /// A holder's age recipient: their share can then be printed as an encrypted file
    #[command(subcommand)]
    Recipient(RecipientCmd),
    /// Check one share against the vault without the passphrase
    Verify,
    /// Make a pending share set with a new recovery key
    Rotate {
        /// Shares needed to recover (k)
        #[arg(long, value_name = "K", value_parser = parse_u8)]
        threshold: u8,
        /// A share holder, LABEL or LABEL@PLACE; one per share (n)
        #[arg(long, value_name = "LABEL[@PLACE]", required = true)]
        holder: Vec<String>,
        /// The age recipient of the --holder just before it (age1…, an SSH public key, or a plugin recipient)
        #[arg(long, value_name = "RECIPIENT")]
        recipient: Vec<String>,
        /// Each holder's recipient, paired by position.
        #[arg(skip)]
        recipients: Vec<Option<String>>,
        /// Accept threshold 1, where any single sheet opens the vault
        #[arg(long)]
        allow_threshold_one: bool,
    },
    /// Replace the active set by the pending one (every pending sheet printed and verified)
    Commit,
}

impl Cli {
    /// Parses the process arguments like [`Parser::try_parse`], then pairs
    /// each `--recipient` of `init` and `shares rotate` with the `--holder`
    /// just before it (clap keeps the two lists apart; their positions on
    /// the command line say which belongs to which).
    ///
    /// # Errors
    /// A clap usage error; a `--recipient` before any `--holder`, or two
    /// after one.
    pub fn try_parse_paired() -> Result<Cli, clap::Error> {
        Self::try_parse_paired_from(std::env::args_os())
    }

    /// [`Cli::try_parse_paired`] on given arguments.
    ///
    /// # Errors
    /// As there.
    pub fn try_parse_paired_from<I, T>(args: I) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        Self::from_matches_paired(&Cli::command().try_get_matches_from(args)?)
    }

    /// The parsed command line from clap's matches (of [`Cli::command`] or
    /// the Dutch help's copy of it, src/cli/help.rs), each `--recipient`
    /// paired with its `--holder`.
    ///
    /// # Errors
    /// As [`Cli::try_parse_paired`].
    pub fn from_matches_paired(matches: &ArgMatches) -> Result<Cli, clap::Error> {
        Self::from_matches_paired_in(crate::i18n::Lang::En, matches)
    }

    /// [`Cli::from_matches_paired`] with its own refusals in `lang`.
    ///
    /// # Errors
    /// As [`Cli::try_parse_paired`].
    pub fn from_matches_paired_in(
        lang: crate::i18n::Lang,
        matches: &ArgMatches,
    ) -> Result<Cli, clap::Error> {
        let mut cli = Cli::from_arg_matches(matches)?;
        match (&mut cli.command, matches.subcommand()) {
            (Some(Command::Init(a)), Some(("init", m))) => a.recipients = pair_recipients(lang, m)?,
            (Some(Command::Shares(SharesCmd::Rotate { recipients, .. })), Some(("shares", m))) => {
                if let Some(("rotate", m)) = m.subcommand() {
                    *recipients = pair_recipients(lang, m)?;
                }
            }
            _ => {}
        }
        Ok(cli)
    }
}

/// One entry per `--holder`: the `--recipient` that follows it, if any.
fn pair_recipients(
    lang: crate::i18n::Lang,
    m: &ArgMatches,
) -> Result<Vec<Option<String>>, clap::Error> {
    use crate::i18n::{Msg, t, tf};
    let holders: Vec<usize> = m
        .indices_of("holder")
        .map(Iterator::collect)
        .unwrap_or_default();
    let mut out = vec![None; holders.len()];
    let (Some(at), Some(values)) = (m.indices_of("recipient"), m.get_many::<String>("recipient"))
    else {
        return Ok(out);
    };
    for (i, r) in at.zip(values) {
        let Some(h) = holders.iter().rposition(|&hi| hi < i) else {
            return Err(clap::Error::raw(
                clap::error::ErrorKind::ArgumentConflict,
                format!("{}\n", t(lang, Msg::ClapRecipientFirst)),
            ));
        };
        if out[h].is_some() {
            return Err(clap::Error::raw(
                clap::error::ErrorKind::ArgumentConflict,
                format!(
                    "{}\n",
                    tf(lang, Msg::ClapRecipientTwice, &[("n", &(h + 1))])
                ),
            ));
        }
        out[h] = Some(r.clone());
    }
    Ok(out)
}

/// A number on the command line that does not read, or is outside its
/// range. Its English text is the one clap's own number parsers print (the
/// standard library's for a text that is no number, "V is not in
/// LO..=HI" for one out of range), so English output stays as it was; the
/// type lets the Dutch face word it (src/cli/clap_nl.rs).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    /// Not a whole number, or one too large for any range.
    #[error("{0}")]
    Parse(#[from] std::num::ParseIntError),
    /// A whole number outside `lo..=hi`.
    #[error("{got} is not in {lo}..={hi}")]
    OutOfRange {
        /// The number given.
        got: i128,
        /// The smallest allowed.
        lo: i128,
        /// The largest allowed.
        hi: i128,
    },
}

/// A whole number in `lo..=hi`, read as clap's parsers for `u8` and `u32`
/// read it (first as an `i64`, so "-1" is out of range, not "no number").
fn in_range(s: &str, lo: i64, hi: i64) -> Result<i64, NumberError> {
    let got: i64 = s.parse()?;
    if (lo..=hi).contains(&got) {
        Ok(got)
    } else {
        Err(NumberError::OutOfRange {
            got: got.into(),
            lo: lo.into(),
            hi: hi.into(),
        })
    }
}

/// A `u8` option (thresholds, share numbers).
fn parse_u8(s: &str) -> Result<u8, NumberError> {
    let v = in_range(s, 0, u8::MAX.into())?;
    Ok(u8::try_from(v).expect("in 0..=255 by the range check"))
}

/// A `u32` option (minutes, days, versions, KDF parameters).
fn parse_u32(s: &str) -> Result<u32, NumberError> {
    let v = in_range(s, 0, u32::MAX.into())?;
    Ok(u32::try_from(v).expect("in the u32 range by the range check"))
}

/// A `u64` option (record numbers), read as clap's `u64` parser reads it.
fn parse_u64(s: &str) -> Result<u64, NumberError> {
    Ok(s.parse()?)
}

/// `unseal --hide-after`: seconds, 1 to 300.
fn parse_hide_after(s: &str) -> Result<u64, NumberError> {
    let v = parse_u64(s)?;
    if (1..=300).contains(&v) {
        Ok(v)
    } else {
        Err(NumberError::OutOfRange {
            got: v.into(),
            lo: 1,
            hi: 300,
        })
    }
}
