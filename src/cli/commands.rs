//! One function per command. Each reads its inputs, calls `ops`, and prints
//! the result (human text, or JSON with `--json`).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::args::{
    Cli, Command, GenerateArg, KeepArg, KindArg, Lang as LangArg, RecipientCmd, RemoteCmd, RoleArg,
    RosterCmd, SecretCmd, SharesCmd, SheetFormat,
};
use super::input;
use super::{PolicyError, UsageError};
use crate::face::words::{self, W};
use crate::i18n::{Lang, Msg, t, tf};
use crate::ops::{
    self, Env, Generate, HolderSpec, InitRequest, KdfChoice, KdfParams, NewValue, Role, SecretKind,
    Session,
};
use crate::text;

/// Largest collected system log `audit verify --against-syslog` reads.
const SYSLOG_FILE_MAX: u64 = 256 * 1024 * 1024;

/// `println!` through [`text::for_terminal_lines`]: a line the CLI prints
/// may hold stored text (names, reasons, holders, paths), and a vault made
/// by older code may hold control characters in it (issue 10, finding 2).
macro_rules! out {
    ($($arg:tt)*) => {
        println!("{}", text::for_terminal_lines(&format!($($arg)*)))
    };
}

/// `print!` through [`text::for_terminal_lines`].
macro_rules! out_part {
    ($($arg:tt)*) => {
        print!("{}", text::for_terminal_lines(&format!($($arg)*)))
    };
}

struct Ctx<'a> {
    cli: &'a Cli,
    env: Env,
    lang: Lang,
    path: PathBuf,
}

impl Ctx<'_> {
    fn warn(&self, msg: &str) {
        // Times in a warning in the PO's zone, as in all human output.
        eprintln!(
            "kluis: {}: {}",
            t(self.lang, Msg::Warning),
            text::for_terminal_lines(&local_times(msg))
        );
    }

    /// A warning from `ops`, worded for the CLI.
    fn notice(&self, n: &ops::Notice) {
        self.warn(&words::notice(W::cli(self.lang), n));
    }

    fn json(&self, value: &impl serde::Serialize) -> anyhow::Result<()> {
        let mut out = std::io::stdout().lock();
        text::to_json_pretty_writer(&mut out, value)?;
        writeln!(out)?;
        Ok(())
    }

    fn open_options(&self) -> ops::OpenOptions {
        ops::OpenOptions {
            allow_rollback: self.cli.allow_rollback,
            sync: None,
        }
    }

    /// Opens with the passphrase or shares and these options.
    fn open(&self) -> anyhow::Result<Session<'_>> {
        self.open_with(self.open_options())
    }

    /// The language of printed documents: `--lang`, else the vault's
    /// setting, else the environment's.
    fn doc_lang(&self, s: &Session<'_>) -> Lang {
        if self.cli.lang.is_some() {
            return self.lang;
        }
        match s.settings().language.as_str() {
            "nl" => Lang::Nl,
            "en" => Lang::En,
            _ => self.lang,
        }
    }

    /// Every share given with `--share-file` and `--share-image`, parsed.
    /// A share file that is age-encrypted is opened with the `--identity`
    /// files (src/shares/age.rs); any other is the text form.
    fn shares(&self) -> anyhow::Result<Vec<crate::shares::Share>> {
        // Read through the one share intake; the quorum is validated as a
        // whole by `ops::open_with_shares`, which names each share's
        // position. Nothing is drilled.
        use crate::face::intake::{NeedsIdentity, ShareSource, read_share};
        let ids = if self.cli.identity.is_empty() {
            None
        } else {
            Some(input::identities(self.lang, &self.cli.identity)?)
        };
        let files = self.cli.share_file.iter().map(|p| ShareSource::File(p));
        let images = self.cli.share_image.iter().map(|p| ShareSource::Image(p));
        files
            .chain(images)
            .map(|source| {
                read_share(self.lang, source, ids.as_ref()).map_err(|e| {
                    match e.downcast_ref::<NeedsIdentity>() {
                        Some(NeedsIdentity(path)) => UsageError(tf(
                            self.lang,
                            Msg::CliShareNeedsIdentity,
                            &[("path", &path.display())],
                        ))
                        .into(),
                        None => e,
                    }
                })
            })
            .collect()
    }

    /// Opens with the passphrase, or with shares when `--share-file` given.
    fn open_with(&self, opts: ops::OpenOptions) -> anyhow::Result<Session<'_>> {
        let session = if self.cli.share_file.is_empty() && self.cli.share_image.is_empty() {
            let pass = input::passphrase(
                self.lang,
                self.cli.passphrase_file.as_deref(),
                t(self.lang, Msg::Passphrase),
                false,
            )?;
            ops::open_with_passphrase(&self.env, &self.path, &pass, opts)?
        } else {
            let who = self
                .cli
                .as_name
                .as_deref()
                .ok_or_else(|| UsageError(t(self.lang, Msg::CliSharesNeedAs).into()))?;
            let shares = self.shares()?;
            let session = ops::open_with_shares(&self.env, &self.path, shares, who, opts)?;
            // `--as` matches the roster look-alike-insensitively: say which
            // name is used when the typed one is spelled otherwise.
            let person = &session.actor().person;
            if person != who {
                eprintln!(
                    "kluis: {}",
                    text::for_terminal(&tf(self.lang, Msg::CliActingAs, &[("name", person)]))
                );
            }
            session
        };
        let mut session = session;
        for w in session.warnings() {
            self.notice(w);
        }
        let lang = self.lang;
        session.set_warning_sink(Box::new(move |w: &ops::Notice| {
            eprintln!(
                "kluis: {}: {}",
                t(lang, Msg::Warning),
                text::for_terminal_lines(&words::notice(W::cli(lang), w))
            );
        }));
        Ok(session)
    }
}

/// The language of the CLI's own lines: `--lang`, else the environment.
pub fn lang_of(cli: &Cli) -> Lang {
    match cli.lang {
        Some(LangArg::Nl) => Lang::Nl,
        Some(LangArg::En) => Lang::En,
        None => Lang::from_env(),
    }
}

/// The TUI (no command, `demo`) needs a terminal: refused in words
/// before anything is made (the TUI checks again).
fn needs_terminal(lang: Lang) -> anyhow::Result<()> {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        Ok(())
    } else {
        anyhow::bail!("{}", t(lang, Msg::CliNeedsTerminal))
    }
}

/// Runs the parsed command line; no command opens the TUI.
///
/// # Errors
/// Any failure, with context; [`super::classify`] gives its exit class.
pub fn run(cli: &Cli) -> anyhow::Result<()> {
    let lang = lang_of(cli);
    let path = cli.vault.clone().unwrap_or_else(ops::default_vault_path);
    let ctx = Ctx {
        cli,
        env: Env::system(),
        lang,
        path,
    };
    let Some(command) = &cli.command else {
        needs_terminal(lang)?;
        return crate::tui::run(ctx.env, ctx.path, lang, None);
    };
    match command {
        Command::Init(a) => init(&ctx, a),
        Command::Demo => {
            needs_terminal(lang)?;
            crate::tui::demo(lang)
        }
        Command::Secret(c) => secret(&ctx, c),
        Command::Roster(c) => roster(&ctx, c),
        Command::Passwd {
            new_passphrase_file,
        } => passwd(&ctx, new_passphrase_file.as_deref()),
        Command::Shares(c) => shares(&ctx, c),
        Command::Unseal(a) => unseal(&ctx, a),
        Command::Audit(c) => audit(&ctx, c),
        Command::Report { out } => report(&ctx, out),
        Command::Kit { out } => kit(&ctx, out),
        Command::Settings {
            emergency_minutes,
            idle_lock_minutes,
            drill_interval_days,
            language,
            syslog,
            syslog_reasons,
        } => {
            if let Some(t) = syslog {
                // Refused before the vault is opened, so a typo changes nothing.
                ops::check_syslog_target(t)?;
            }
            let mut s = ctx.open()?;
            if syslog.is_some() || syslog_reasons.is_some() {
                s.update_syslog(
                    syslog.as_deref(),
                    syslog_reasons.as_deref().map(|r| r == "on"),
                )?;
            }
            if emergency_minutes.is_some()
                || idle_lock_minutes.is_some()
                || drill_interval_days.is_some()
                || language.is_some()
            {
                s.update_settings(
                    *emergency_minutes,
                    *idle_lock_minutes,
                    *drill_interval_days,
                    language.as_deref(),
                )?;
            }
            let st = s.settings();
            if ctx.cli.json {
                return ctx.json(st);
            }
            let sys = s.syslog();
            let l = ctx.lang;
            out!(
                "{}",
                tf(l, Msg::CliSetEmergency, &[("n", &st.emergency_minutes)])
            );
            out!(
                "{}",
                tf(l, Msg::CliSetIdleLock, &[("n", &st.idle_lock_minutes)])
            );
            out!(
                "{}",
                tf(l, Msg::CliSetDrill, &[("n", &st.drill_interval_days)])
            );
            let language = if st.language.is_empty() {
                t(l, Msg::CliFromEnv)
            } else {
                &st.language
            };
            out!("{}", tf(l, Msg::CliSetLanguage, &[("lang", &language)]));
            let target = format!(
                "{}{}",
                if sys.target.is_empty() {
                    t(l, Msg::CliOff)
                } else {
                    &sys.target
                },
                if sys.reasons {
                    t(l, Msg::CliWithReasons)
                } else {
                    ""
                }
            );
            out!("{}", tf(l, Msg::CliSetSyslog, &[("target", &target)]));
            Ok(())
        }
        Command::Remote(c) => remote(&ctx, c),
        Command::Sync { keep } => sync(&ctx, *keep),
        Command::Clone { url } => {
            let head = ops::clone_vault(&ctx.env, url, &ctx.path)?;
            let id = head
                .vault_id
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>();
            out!(
                "{}",
                tf(
                    ctx.lang,
                    Msg::CliCloned,
                    &[
                        ("id", &id),
                        ("g", &head.generation),
                        ("cp", &head.checkpoint),
                        ("path", &ctx.path.display()),
                    ]
                )
            );
            Ok(())
        }
        Command::Ack => {
            let mut s = ctx.open()?;
            let n = s.acknowledge()?;
            out!("{}", tf(ctx.lang, Msg::CliAcknowledged, &[("n", &n)]));
            Ok(())
        }
        Command::Takeover {
            new_passphrase_file,
            reason,
            reason_category,
            approver,
            approver_pin_file,
        } => takeover(
            &ctx,
            new_passphrase_file.as_deref(),
            reason.as_deref(),
            *reason_category,
            approver.as_deref(),
            approver_pin_file.as_deref(),
        ),
    }
}

/// The `--holder` options with the `--recipient` paired to each.
fn holder_specs(
    lang: Lang,
    holder: &[String],
    recipients: &[Option<String>],
) -> anyhow::Result<Vec<HolderSpec>> {
    let mut holders = holder
        .iter()
        .map(|h| {
            h.parse::<HolderSpec>().map_err(|e| {
                UsageError(match e {
                    ops::HolderSpecError::NoLabel => t(lang, Msg::CliHolderNeedsLabel).to_string(),
                })
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    for (h, r) in holders.iter_mut().zip(recipients) {
        h.recipient.clone_from(r);
    }
    Ok(holders)
}

fn init(ctx: &Ctx<'_>, a: &super::args::InitArgs) -> anyhow::Result<()> {
    let holders = holder_specs(ctx.lang, &a.holder, &a.recipients)?;
    // Refused before the passphrase is asked: a recipient with a typo.
    ops::check_holders(&holders)?;
    let kdf = match (a.kdf_memory, a.kdf_time, a.kdf_lanes) {
        (None, None, None) => KdfChoice::Calibrate,
        (m, t, p) => {
            let floor = KdfParams::FLOOR;
            let m_kib = m.map_or(Ok(floor.m_kib), |m| {
                m.checked_mul(1024).ok_or_else(|| {
                    UsageError(tf(ctx.lang, Msg::CliKdfMemoryTooLarge, &[("m", &m)]))
                })
            })?;
            KdfChoice::Fixed(KdfParams {
                m_kib,
                t: t.unwrap_or(floor.t),
                p: p.unwrap_or(floor.p),
            })
        }
    };
    let passphrase = input::passphrase(
        ctx.lang,
        ctx.cli.passphrase_file.as_deref(),
        t(ctx.lang, Msg::NewPassphrase),
        true,
    )?;
    let name = a.name.clone().unwrap_or_else(|| "kluis".to_string());
    let report = ops::init(
        &ctx.env,
        &ctx.path,
        InitRequest {
            po: a.po.clone(),
            name,
            passphrase,
            threshold: a.threshold,
            holders,
            kdf,
            allow_weak_kdf: a.allow_weak_kdf,
            allow_threshold_one: a.allow_threshold_one,
        },
    )?;
    for w in &report.warnings {
        ctx.notice(w);
    }
    out!("{}: {}", t(ctx.lang, Msg::Created), ctx.path.display());
    let l = ctx.lang;
    out!("{}", tf(l, Msg::CliVaultId, &[("id", &report.vault_id)]));
    out!(
        "{}",
        tf(
            l,
            Msg::CliShareSet,
            &[
                ("set", &report.set_id),
                ("k", &a.threshold),
                ("n", &a.holder.len())
            ]
        )
    );
    out!("{}", tf(l, Msg::CliKdf, &[("kdf", &report.kdf)]));
    out!("{}", t(l, Msg::CliNextPrint));
    Ok(())
}

fn kind_of(k: KindArg) -> SecretKind {
    match k {
        KindArg::BackupKey => SecretKind::BackupKey,
        KindArg::Credential => SecretKind::Credential,
        KindArg::Totp => SecretKind::Totp,
        KindArg::Note => SecretKind::Note,
    }
}

fn new_value(lang: Lang, source: &super::args::ValueSource, raw: bool) -> anyhow::Result<NewValue> {
    match (&source.value_file, source.generate) {
        (Some(path), None) => Ok(NewValue::File {
            bytes: input::read_file(lang, path, input::VALUE_LIMIT).with_context(|| {
                tf(
                    lang,
                    Msg::CliCannotReadValueFile,
                    &[("path", &path.display())],
                )
            })?,
            raw,
        }),
        (None, Some(GenerateArg::Key256)) => Ok(NewValue::Generate(Generate::Key256)),
        (None, Some(GenerateArg::Passphrase)) => Ok(NewValue::Generate(Generate::Passphrase)),
        (None, Some(GenerateArg::Age)) => Ok(NewValue::Generate(Generate::Age)),
        _ => Err(UsageError(t(lang, Msg::CliOneValueSource).into()).into()),
    }
}

/// The public half of a backup key pair, one fact per line under its
/// version: what a PO gives to the backup servers. Never the private part.
fn print_key_pair(lang: Lang, k: &crate::keys::KeyPair) {
    let protected = if k.passphrase_protected {
        t(lang, Msg::CliKeyProtected)
    } else {
        ""
    };
    out!(
        "      {}: {}{protected}",
        t(lang, Msg::CliKeyPair),
        k.key_type
    );
    if let Some(public) = &k.public_key {
        for line in public.lines() {
            let label = if k.key_type == "age-x25519" {
                t(lang, Msg::CliKeyRecipient)
            } else {
                t(lang, Msg::CliKeyPublic)
            };
            out!("      {label}: {line}");
        }
    }
    if let Some(fp) = &k.fingerprint {
        out!("      {}: {fp}", t(lang, Msg::CliKeyFingerprint));
    }
    if let Some(uid) = &k.user_id {
        out!("      {}: {uid}", t(lang, Msg::CliKeyUserId));
    }
}

/// `kluis kit --out DIR`: the directory is checked before the vault is
/// opened, so a refused `--out` changes nothing.
fn kit(ctx: &Ctx<'_>, out: &Path) -> anyhow::Result<()> {
    crate::kit::check_out(out)?;
    let mut s = ctx.open()?;
    let report = crate::kit::write(&mut s, &ctx.path, out)?;
    for w in &report.warnings {
        match w.as_str() {
            crate::kit::NO_DELEGATE => ctx.warn(t(ctx.lang, Msg::CliKitNoDelegate)),
            crate::kit::NO_APPROVER => ctx.warn(t(ctx.lang, Msg::CliKitNoApprover)),
            _ => ctx.warn(w),
        }
    }
    if ctx.cli.json {
        return ctx.json(&report);
    }
    out!(
        "{}",
        tf(
            ctx.lang,
            Msg::CliKitWrittenTo,
            &[("out", &report.out.display())]
        )
    );
    for f in &report.files {
        out!("  {f}");
    }
    out!(
        "{}",
        tf(
            ctx.lang,
            Msg::CliKitBinarySha,
            &[("sha", &report.binary_sha256)]
        )
    );
    out!("{}", t(ctx.lang, Msg::CliKitApart));
    Ok(())
}

/// `kluis secret import`: the source is read and checked completely before
/// the vault is opened, so a bad source leaves the vault file untouched.
fn import(ctx: &Ctx<'_>, a: &super::args::ImportArgs) -> anyhow::Result<()> {
    use crate::import::{self, MAX_SOURCE};
    let read = |path: &Path, what: Msg| {
        input::read_file(ctx.lang, path, MAX_SOURCE).with_context(|| {
            tf(
                ctx.lang,
                Msg::CliCannotReadSource,
                &[("what", &t(ctx.lang, what)), ("path", &path.display())],
            )
        })
    };
    if a.source.kdbx.is_none()
        && (a.group.is_some() || a.kdbx_key_file.is_some() || a.kdbx_password_file.is_some())
    {
        return Err(UsageError(t(ctx.lang, Msg::CliKdbxOnly).into()).into());
    }
    let (set, source) = if let Some(path) = &a.source.kdbx {
        let bytes = read(path, Msg::CliWhatKdbx)?;
        let key = a
            .kdbx_key_file
            .as_deref()
            .map(|k| read(k, Msg::CliWhatKeyFile))
            .transpose()?;
        let password = input::passphrase(
            ctx.lang,
            a.kdbx_password_file.as_deref(),
            t(ctx.lang, Msg::CliKdbxPassword),
            false,
        )?;
        let set = import::kdbx::read(
            &bytes,
            Some(&password),
            key.as_ref().map(|k| k.as_slice()),
            a.group.as_deref(),
        )?;
        (set, "kdbx")
    } else if let Some(path) = &a.source.bitwarden_json {
        (
            import::bitwarden::read(&read(path, Msg::CliWhatBitwarden)?)?,
            "bitwarden-json",
        )
    } else if let Some(path) = &a.source.csv {
        (import::csv::read(&read(path, Msg::CliWhatCsv)?)?, "csv")
    } else {
        return Err(UsageError(t(ctx.lang, Msg::CliImportSource).into()).into());
    };
    // Names from the file are refused before the open, like typed ones
    // (ops checks them again, with the look-alikes in the vault).
    for secret in &set.secrets {
        text::check_name("a secret name", &secret.name)?;
    }
    let mut s = ctx.open()?;
    let report = s.import_secrets(set, source, a.as_new_version, a.dry_run)?;
    if ctx.cli.json {
        return ctx.json(&report);
    }
    out!(
        "{}",
        tf(
            ctx.lang,
            if a.dry_run {
                Msg::CliWouldImport
            } else {
                Msg::CliImported
            },
            &[("n", &report.imported.len()), ("source", &source)]
        )
    );
    for r in &report.imported {
        // English keeps the kind's CLI name, as scripts read it.
        let kind = if ctx.lang == Lang::En {
            r.kind.as_str()
        } else {
            crate::face::terms::secret_kind(ctx.lang, r.kind)
        };
        out!("  {}  {}  v{}", r.name, kind, r.version);
    }
    if !report.skipped.is_empty() {
        out!(
            "{}",
            tf(
                ctx.lang,
                Msg::CliImportSkipped,
                &[("n", &report.skipped.len())]
            )
        );
        for k in &report.skipped {
            out!("  {}  ({})", k.name, k.why);
        }
    }
    Ok(())
}

/// A time the core gives as RFC 3339 UTC, in the PO's zone for human
/// output (JSON keeps RFC 3339 UTC; docs/CLI.md).
fn local_time(rfc3339: &str) -> String {
    crate::face::time::local(rfc3339)
}

/// Every RFC 3339 UTC time in a line put in the PO's zone.
fn local_times(text: &str) -> String {
    crate::face::time::localize(text)
}

fn print_summary(ctx: &Ctx<'_>, s: &ops::SecretSummary) {
    let l = ctx.lang;
    out!(
        "{}",
        tf(
            l,
            Msg::CliSecretLine,
            &[
                ("name", &s.name),
                ("kind", &crate::face::terms::secret_kind(l, s.kind)),
                ("version", &s.latest_version),
                (
                    "emergency",
                    &t(l, if s.emergency { Msg::CliYes } else { Msg::CliNo })
                ),
            ]
        )
    );
}

fn secret(ctx: &Ctx<'_>, c: &SecretCmd) -> anyhow::Result<()> {
    match c {
        SecretCmd::Add {
            name,
            kind,
            source,
            raw,
            no_emergency,
        } => {
            // Checked before the open, so a refused name changes nothing.
            text::check_name("a secret name", name)?;
            let value = new_value(ctx.lang, source, *raw)?;
            // A key file that is not one is refused before anything opens.
            ops::check_new_value(kind_of(*kind), &value)?;
            let mut s = ctx.open()?;
            let sum = s.add_secret(name, kind_of(*kind), value, no_emergency.then_some(false))?;
            out_part!("{}: ", t(ctx.lang, Msg::SecretStored));
            print_summary(ctx, &sum);
        }
        SecretCmd::Update { name, source, raw } => {
            let value = new_value(ctx.lang, source, *raw)?;
            let mut s = ctx.open()?;
            let sum = s.update_secret(name, value)?;
            out_part!("{}: ", t(ctx.lang, Msg::SecretStored));
            print_summary(ctx, &sum);
        }
        SecretCmd::Import(a) => return import(ctx, a),
        SecretCmd::List => {
            let s = ctx.open()?;
            let list = s.list_secrets();
            if ctx.cli.json {
                return ctx.json(&list);
            }
            if list.is_empty() {
                out!("{}", t(ctx.lang, Msg::NoSecrets));
            }
            for sum in &list {
                print_summary(ctx, sum);
            }
        }
        SecretCmd::Show { name } => {
            let s = ctx.open()?;
            let sum = s.show_secret(name)?;
            if ctx.cli.json {
                return ctx.json(&sum);
            }
            print_summary(ctx, &sum);
            out!("{}:", t(ctx.lang, Msg::Versions));
            for v in &sum.versions {
                let account = v
                    .username
                    .as_deref()
                    .filter(|u| !u.is_empty())
                    .map(|u| tf(ctx.lang, Msg::CliUser, &[("user", &u)]))
                    .unwrap_or_default();
                out!(
                    "{}",
                    tf(
                        ctx.lang,
                        Msg::CliVersionLine,
                        &[
                            ("n", &v.number),
                            ("time", &local_time(&v.created_at)),
                            ("by", &v.created_by),
                            ("origin", &crate::face::terms::origin(ctx.lang, v.origin)),
                            ("len", &v.length),
                            ("account", &account),
                        ]
                    )
                );
                if let Some(k) = &v.key_pair {
                    print_key_pair(ctx.lang, k);
                }
            }
        }
        SecretCmd::Remove { name, yes } => {
            let mut s = ctx.open()?;
            s.show_secret(name)?;
            if !yes {
                let typed =
                    rpassword::prompt_password(format!("{}: ", t(ctx.lang, Msg::ConfirmRemove)))
                        .map_err(|_| UsageError(t(ctx.lang, Msg::CliNoTerminalConfirm).into()))?;
                if typed.trim() != name {
                    return Err(UsageError(t(ctx.lang, Msg::CliNameMismatch).into()).into());
                }
            }
            s.remove_secret(name)?;
            out!("{}: {name}", t(ctx.lang, Msg::SecretRemoved));
        }
    }
    Ok(())
}

fn remote(ctx: &Ctx<'_>, c: &RemoteCmd) -> anyhow::Result<()> {
    match c {
        RemoteCmd::Add {
            name,
            url,
            required,
        } => {
            // Refused before the vault is opened, so a typo changes nothing.
            ops::check_remote_name(name).map_err(|why| {
                let why = t(
                    ctx.lang,
                    match why {
                        ops::RemoteNameError::Length => Msg::CliRemoteNameLength,
                        ops::RemoteNameError::Start => Msg::CliRemoteNameStart,
                        ops::RemoteNameError::Characters => Msg::CliRemoteNameCharacters,
                    },
                );
                UsageError(tf(
                    ctx.lang,
                    Msg::CliRemoteName,
                    &[("name", &format!("{name:?}")), ("why", &why)],
                ))
            })?;
            // The URL is stored and printed: checked like any other text.
            text::check("the remote URL", url, text::PATH_MAX)?;
            ops::probe_url(url)?;
            let mut s = ctx.open()?;
            s.remote_add(name, url, *required)?;
            let msg = if *required {
                Msg::CliRemoteAddedRequired
            } else {
                Msg::CliRemoteAdded
            };
            out!("{}", tf(ctx.lang, msg, &[("name", name)]));
        }
        RemoteCmd::List => {
            let s = ctx.open()?;
            let list = s.remotes();
            if ctx.cli.json {
                return ctx.json(&list);
            }
            if list.is_empty() {
                out!("{}", t(ctx.lang, Msg::CliRemoteNone));
            }
            for r in &list {
                out!("{}", remote_line(ctx.lang, r));
            }
        }
        RemoteCmd::Remove { name } => {
            let mut s = ctx.open()?;
            s.remote_remove(name)?;
            out!("{}", tf(ctx.lang, Msg::CliRemoteRemoved, &[("name", name)]));
        }
    }
    Ok(())
}

fn remote_line(lang: Lang, r: &ops::RemoteStatus) -> String {
    format!(
        "{}  {}{}  {}  {}",
        r.name,
        r.url,
        if r.required {
            format!("  {}", t(lang, Msg::CliRemoteRequired))
        } else {
            String::new()
        },
        match r.remote_generation {
            Some(g) => tf(lang, Msg::CliRemoteGeneration, &[("g", &g)]),
            None => t(lang, Msg::CliRemoteEmpty).to_string(),
        },
        if r.pending == 0 {
            t(lang, Msg::CliRemoteUpToDate).to_string()
        } else {
            tf(lang, Msg::CliRemotePending, &[("n", &r.pending)])
        }
    )
}

fn sync(ctx: &Ctx<'_>, keep: Option<KeepArg>) -> anyhow::Result<()> {
    let keep = match keep {
        None => ops::SyncKeep::Newer,
        Some(KeepArg::Remote) => ops::SyncKeep::Remote,
        Some(KeepArg::Local) => ops::SyncKeep::Local,
    };
    let s = ctx.open_with(ops::OpenOptions {
        sync: Some(keep),
        ..ctx.open_options()
    })?;
    let list = s.remotes();
    if ctx.cli.json {
        return ctx.json(&list);
    }
    for r in &list {
        out!("{}", remote_line(ctx.lang, r));
    }
    Ok(())
}

fn roster(ctx: &Ctx<'_>, c: &RosterCmd) -> anyhow::Result<()> {
    match c {
        RosterCmd::Add {
            name,
            role,
            pin_file,
        } => {
            let role = match role {
                RoleArg::Po => Role::Po,
                RoleArg::Delegate => Role::Delegate,
                RoleArg::Approver => Role::Approver,
                RoleArg::Holder => Role::Holder,
            };
            // Checked before the open, so a refused name changes nothing.
            text::check_name("a person's name", name)?;
            // Ask for the PIN before the slow unlock only when a file is given;
            // on a terminal the PO unlocks first, then hands over the keyboard.
            let mut s = ctx.open()?;
            let pin = if role == Role::Approver || pin_file.is_some() {
                Some(input::passphrase(
                    ctx.lang,
                    pin_file.as_deref(),
                    &text::for_terminal(&format!("{} ({name})", t(ctx.lang, Msg::Pin))),
                    pin_file.is_none(),
                )?)
            } else {
                None
            };
            s.roster_add(name, role, pin.as_ref())?;
            out!("{name}: {}", t(ctx.lang, Msg::PersonAdded));
        }
        RosterCmd::List => {
            let s = ctx.open()?;
            let list = s.roster();
            if ctx.cli.json {
                return ctx.json(&list);
            }
            for p in &list {
                let role = if ctx.lang == Lang::En {
                    // English keeps the role's CLI name, as scripts read it.
                    p.role.as_str()
                } else {
                    words::role(ctx.lang, p.role)
                };
                out!(
                    "{}  {}{}",
                    p.name,
                    role,
                    if p.has_pin {
                        format!("  ({})", t(ctx.lang, Msg::Pin))
                    } else {
                        String::new()
                    }
                );
            }
        }
        RosterCmd::Remove { name } => {
            let mut s = ctx.open()?;
            s.roster_remove(name)?;
            out!("{name}: {}", t(ctx.lang, Msg::PersonRemoved));
        }
    }
    Ok(())
}

fn passwd(ctx: &Ctx<'_>, new_file: Option<&Path>) -> anyhow::Result<()> {
    if new_file == Some(Path::new("-"))
        && ctx.cli.passphrase_file.as_deref() == Some(Path::new("-"))
    {
        return Err(UsageError(t(ctx.lang, Msg::CliOneStdin).into()).into());
    }
    let mut s = ctx.open()?;
    let new = input::passphrase(
        ctx.lang,
        new_file,
        t(ctx.lang, Msg::NewPassphrase),
        new_file.is_none(),
    )?;
    s.change_passphrase(&new)?;
    out!("{}", t(ctx.lang, Msg::PassphraseChanged));
    Ok(())
}

fn shares(ctx: &Ctx<'_>, c: &SharesCmd) -> anyhow::Result<()> {
    match c {
        SharesCmd::Status => {
            let s = ctx.open()?;
            let status = s.shares_status();
            let kit = s.kit_status();
            if let Some(k) = kit.as_ref().filter(|k| k.changed_since) {
                ctx.warn(&tf(
                    ctx.lang,
                    Msg::CliKitChanged,
                    &[("time", &k.written_at)],
                ));
            }
            if ctx.cli.json {
                return ctx.json(&status);
            }
            let l = ctx.lang;
            match &kit {
                None => out!("{}", t(l, Msg::CliKitNever)),
                Some(k) => out!(
                    "{}",
                    tf(
                        l,
                        Msg::CliKitWritten,
                        &[
                            ("time", &local_time(&k.written_at)),
                            ("out", &k.out),
                            (
                                "state",
                                &t(
                                    l,
                                    if k.changed_since {
                                        Msg::CliKitStale
                                    } else {
                                        Msg::CliKitFresh
                                    }
                                )
                            ),
                        ]
                    )
                ),
            }
            for set in &status {
                out!(
                    "{}",
                    tf(
                        l,
                        Msg::CliSetLine,
                        &[
                            ("state", &set_state(l, set.state)),
                            ("set", &set.set_id),
                            ("k", &set.threshold),
                            ("n", &set.count),
                            ("time", &local_time(&set.created_at)),
                        ]
                    )
                );
                if set.exposed {
                    out!("  {}", t(ctx.lang, Msg::Exposed));
                }
                let never = t(ctx.lang, Msg::Never);
                for sh in &set.shares {
                    let place = if sh.place.is_empty() {
                        String::new()
                    } else {
                        format!(" @ {}", sh.place)
                    };
                    let overdue = if sh.drill_overdue {
                        format!("  ({})", t(l, Msg::Overdue))
                    } else {
                        String::new()
                    };
                    out!(
                        "{}",
                        tf(
                            l,
                            Msg::CliShareLine,
                            &[
                                ("index", &sh.index),
                                ("holder", &sh.holder),
                                ("place", &place),
                                ("fingerprint", &sh.fingerprint),
                                (
                                    "printed",
                                    &sh.printed_at
                                        .as_deref()
                                        .map_or(never.to_string(), local_time)
                                ),
                                (
                                    "verified",
                                    &sh.verified_at
                                        .as_deref()
                                        .map_or(never.to_string(), local_time)
                                ),
                                (
                                    "drilled",
                                    &sh.drilled_at
                                        .as_deref()
                                        .map_or(never.to_string(), local_time)
                                ),
                                ("overdue", &overdue),
                            ]
                        )
                    );
                    if let Some(r) = &sh.recipient {
                        out!(
                            "     {}{}",
                            tf(
                                ctx.lang,
                                Msg::CliEncryptedTo,
                                &[("kind", &r.kind), ("fingerprint", &r.fingerprint)]
                            ),
                            if r.shared {
                                t(ctx.lang, Msg::CliSameRecipient)
                            } else {
                                ""
                            }
                        );
                    }
                }
            }
        }
        SharesCmd::Recipient(c) => {
            let (pending, index, recipient) = match c {
                RecipientCmd::Set {
                    index,
                    recipient,
                    pending,
                } => (*pending, *index, Some(recipient.as_str())),
                RecipientCmd::Clear { index, pending } => (*pending, *index, None),
            };
            if let Some(r) = recipient {
                // A typo is refused before the vault is opened.
                crate::shares::age::ShareRecipient::parse(r)?;
            }
            let mut s = ctx.open()?;
            for w in s.recipient_change(pending, index, recipient)? {
                ctx.notice(&w);
            }
            match recipient {
                Some(_) => out!(
                    "{}",
                    tf(
                        ctx.lang,
                        Msg::CliRecipientSet,
                        &[
                            ("index", &index),
                            ("pending", &if pending { " --pending" } else { "" })
                        ]
                    )
                ),
                None => out!(
                    "{}",
                    tf(ctx.lang, Msg::CliRecipientCleared, &[("index", &index)])
                ),
            }
        }
        SharesCmd::Print {
            out,
            format,
            pending,
            index,
            encrypted,
            armor,
        } => {
            let mut s = ctx.open()?;
            let format = match format {
                SheetFormat::Pdf => crate::print::SheetFormat::Pdf,
                SheetFormat::Svg => crate::print::SheetFormat::Svg,
                SheetFormat::Txt => crate::print::SheetFormat::Txt,
            };
            let set_hint = t(
                ctx.lang,
                if *pending {
                    Msg::CliCannotPrintPending
                } else {
                    Msg::CliCannotPrintActive
                },
            );
            let (sheets, files) = if *encrypted {
                let p = s.shares_for_encrypted_print(*pending, *index, format.ext(), *armor)?;
                (p.sheets, p.files)
            } else {
                (
                    s.shares_for_print(*pending, *index, format.ext())?,
                    Vec::new(),
                )
            };
            let contacts = s.sheet_contacts();
            // The checkpoint after the print record, so the paper names it.
            let cx = crate::print::SheetContext {
                vault_name: s.vault_name().to_string(),
                vault_id: s.vault_id(),
                date: ops::rfc3339((ctx.env.now)()).chars().take(10).collect(),
                checkpoint: s.checkpoint().to_text(),
                po: contacts.po,
                delegates: contacts.delegates,
                lang: ctx.doc_lang(&s),
            };
            let of: Vec<_> = sheets
                .iter()
                .map(|p| crate::print::SheetOf {
                    share: &p.share,
                    holder: &p.holder,
                    place: &p.place,
                })
                .collect();
            let mut written =
                crate::print::write_sheets(out, &of, &cx, format, ctx.env.io.as_ref())
                    .context(set_hint)?;
            for f in &files {
                let file = out.join(crate::print::age_file_name(&f.share));
                crate::store::create_new_atomic(&file, &f.bytes, ctx.env.io.as_ref())
                    .with_context(|| {
                        tf(
                            ctx.lang,
                            Msg::CliCannotWriteAgeFile,
                            &[("index", &f.share.index())],
                        )
                    })?;
                written.push(file);
            }
            out!("{}: {}", t(ctx.lang, Msg::SheetsWritten), written.len());
            for f in written {
                out!("  {}", f.display());
            }
        }
        SharesCmd::Rotate {
            threshold,
            holder,
            recipients,
            allow_threshold_one,
            ..
        } => {
            let holders = holder_specs(ctx.lang, holder, recipients)?;
            ops::check_holders(&holders)?;
            let mut s = ctx.open()?;
            for w in s.shares_rotate(*threshold, &holders, *allow_threshold_one)? {
                ctx.notice(&w);
            }
            out!(
                "{}",
                tf(
                    ctx.lang,
                    Msg::CliPendingMade,
                    &[("k", threshold), ("n", &holders.len())]
                )
            );
        }
        SharesCmd::Commit => {
            let mut s = ctx.open()?;
            s.shares_commit()?;
            out!("{}", t(ctx.lang, Msg::CliCommitted));
        }
        SharesCmd::Verify => {
            use std::io::IsTerminal;
            // Nothing given on a terminal: the sheet is typed here.
            let given = if ctx.cli.share_file.is_empty()
                && ctx.cli.share_image.is_empty()
                && std::io::stdin().is_terminal()
            {
                vec![ops::parse_share(&input::type_share_here(ctx.lang)?)?]
            } else {
                ctx.shares()?
            };
            let [share] = <[crate::shares::Share; 1]>::try_from(given)
                .map_err(|_| UsageError(t(ctx.lang, Msg::CliVerifyOneShare).into()))?;
            let check = ops::verify_share(&ctx.env, &ctx.path, &share)?;
            if ctx.cli.json {
                return ctx.json(&check);
            }
            let state = if check.pending {
                ops::SetState::Pending
            } else {
                ops::SetState::Active
            };
            out!(
                "{}",
                tf(
                    ctx.lang,
                    Msg::CliShareValid,
                    &[
                        ("index", &check.index),
                        ("count", &check.count),
                        ("state", &set_state(ctx.lang, state)),
                        ("set", &check.set_id),
                    ]
                )
            );
        }
    }
    Ok(())
}

fn unseal(ctx: &Ctx<'_>, a: &super::args::UnsealArgs) -> anyhow::Result<()> {
    use super::release::{self, Channel, Release, ReleaseOptions};

    // Policy checks that need no vault come first, so a refused request
    // never unlocks anything (exit 6, nothing recorded, nothing released).
    let (Some(category), Some(reason_text)) = (
        a.reason_category,
        a.reason.as_deref().filter(|r| !r.trim().is_empty()),
    ) else {
        return Err(PolicyError(t(ctx.lang, Msg::CliUnsealNeedsReason).into()).into());
    };
    let Some(approver) = a.approver.as_deref().filter(|x| !x.trim().is_empty()) else {
        return Err(PolicyError(t(ctx.lang, Msg::CliUnsealNeedsApprover).into()).into());
    };
    let channel: Channel =
        a.to.parse()
            .map_err(|e: release::ChannelError| UsageError(e.worded(ctx.lang)))?;
    if channel == Channel::Exec {
        return unseal_exec(ctx, a, reason_of(category, reason_text), approver);
    }
    if !a.command.is_empty() {
        return Err(UsageError(tf(ctx.lang, Msg::CliCommandOnlyExec, &[("to", &a.to)])).into());
    }
    channel.preflight(ctx.lang)?;
    let channel_name = channel.audit_name();
    let req = ops::UnsealRequest {
        name: &a.name,
        version: a.version,
        reason: reason_of(category, reason_text),
        approver,
        channel: &channel_name,
    };
    // The request's text is recorded even when refused: refuse bad text
    // before the open, so nothing at all is written.
    ops::check_request_text(&req.reason, approver)?;
    text::check("the release channel", &channel_name, text::PATH_MAX)?;
    let mut s = ctx.open()?;
    echo_approver(ctx, &s, approver);
    let plan = s.unseal_check(&req)?;
    let pin = input::passphrase(
        ctx.lang,
        a.approver_pin_file.as_deref(),
        &text::for_terminal(&format!("{} ({approver})", t(ctx.lang, Msg::Pin))),
        false,
    )?;
    let out = s.release(plan, &pin)?;
    // The record is on disk; only now does the value leave the process.
    let label = match out.totp_valid {
        Some(left) => tf(
            ctx.lang,
            Msg::CliTotpLabel,
            &[("label", &out.label), ("left", &left)],
        ),
        None => out.label.clone(),
    };
    let opts = ReleaseOptions {
        screen_timeout: std::time::Duration::from_secs(a.hide_after),
        lang: ctx.lang,
        ..ReleaseOptions::default()
    };
    release::deliver(
        &channel,
        &Release {
            label: &text::for_terminal(&label),
            value: &out.value,
        },
        &opts,
    )
}

/// `kluis unseal … --to exec -- CMD ARGS…` (src/cli/exec.rs): checks the
/// command and makes the in-memory file before anything opens; records the
/// unseal (fail closed), runs the command with the value, records how it
/// ended, and passes its status on.
fn unseal_exec(
    ctx: &Ctx<'_>,
    a: &super::args::UnsealArgs,
    reason: crate::audit::Reason,
    approver: &str,
) -> anyhow::Result<()> {
    use super::CommandStatus;
    use super::exec::{self, ExecCommand, ValueFile};

    let cmd = ExecCommand::parse(&a.command)
        .map_err(|e| UsageError(words::exec_parse(W::cli(ctx.lang), &e)))?;
    let file = ValueFile::new(&cmd).context(t(ctx.lang, Msg::CliNoMemoryFile))?;
    let name = cmd.name();
    let req = ops::UnsealRequest {
        name: &a.name,
        version: a.version,
        reason,
        approver,
        channel: "exec",
    };
    // Recorded text (the reason, the approver, the command's name) is
    // refused before the open, as for every channel.
    ops::check_request_text(&req.reason, approver)?;
    text::check("the command name", &name, text::PATH_MAX)?;
    let mut s = ctx.open()?;
    echo_approver(ctx, &s, approver);
    let plan = s.unseal_check(&req)?;
    let pin = input::passphrase(
        ctx.lang,
        a.approver_pin_file.as_deref(),
        &text::for_terminal(&format!("{} ({approver})", t(ctx.lang, Msg::Pin))),
        false,
    )?;
    let out = s.release_to_command(plan, &pin, &name)?;
    // Recorded; the value now goes into the memfd, and kluis's own copy is
    // dropped before the command runs.
    let version = out.version;
    let loaded = file.load(&out.value);
    drop(out);
    let (end, start_error) = match loaded.and_then(|file| exec::run(&cmd, file)) {
        Ok(end) => (end, None),
        Err(e) => (ops::CommandEnd::NotStarted, Some(e)),
    };
    let recorded = s.record_command_end(&a.name, version, &name, end);
    let code = exec::exit_code(end, start_error.as_ref());
    if let Err(e) = recorded {
        return Err(anyhow::Error::new(e).context(tf(
            ctx.lang,
            Msg::CliCommandEndNotRecorded,
            &[("name", &name), ("code", &code)],
        )));
    }
    let message = match (end, &start_error) {
        (_, Some(e)) => tf(
            ctx.lang,
            Msg::CliCommandNotStarted,
            &[("name", &name), ("why", e)],
        ),
        (ops::CommandEnd::Killed(sig), _) => tf(
            ctx.lang,
            Msg::CliCommandKilled,
            &[("name", &name), ("sig", &sig)],
        ),
        (_, None) => tf(
            ctx.lang,
            Msg::CliCommandExited,
            &[("name", &name), ("code", &code)],
        ),
    };
    if code == 0 {
        return Ok(());
    }
    Err(CommandStatus { code, message }.into())
}

fn audit(ctx: &Ctx<'_>, c: &super::args::AuditCmd) -> anyhow::Result<()> {
    use super::args::{AuditCmd, ExportFormatArg};
    use crate::audit::checkpoint::Checkpoint;
    use crate::audit::export::ExportFormat;

    match c {
        AuditCmd::List => {
            let s = ctx.open()?;
            let records = s.audit_records();
            if ctx.cli.json {
                return ctx.json(&records);
            }
            for r in records {
                out!("{}", local_times(&describe_record(ctx.lang, r)));
            }
        }
        AuditCmd::Verify {
            checkpoint,
            archive,
            against_syslog,
        } => {
            let cp = checkpoint
                .as_deref()
                .map(Checkpoint::parse)
                .transpose()
                .map_err(|e| UsageError(words::checkpoint_parse(W::cli(ctx.lang), &e)))?;
            let log = against_syslog
                .as_deref()
                .map(|p| {
                    // A collected log is untrusted input: bounded like any file.
                    crate::store::read_bounded(p, SYSLOG_FILE_MAX)
                        .map(|b| String::from_utf8_lossy(&b).into_owned())
                        .with_context(|| {
                            tf(
                                ctx.lang,
                                Msg::CliCannotReadSyslog,
                                &[("path", &p.display())],
                            )
                        })
                })
                .transpose()?;
            let s = ctx.open()?;
            if !archive.is_empty() {
                let v = s.audit_verify_with_archives(archive, cp.as_ref())?;
                let with = if cp.is_some() {
                    t(ctx.lang, Msg::CliWithCheckpoint)
                } else {
                    ""
                };
                out!(
                    "{}",
                    tf(
                        ctx.lang,
                        Msg::CliChainIntactArchives,
                        &[
                            ("n", &(v.archived + v.in_vault)),
                            ("archived", &v.archived),
                            ("archives", &archive.len()),
                            ("in_vault", &v.in_vault),
                            ("cp", &with),
                        ]
                    )
                );
                return Ok(());
            }
            let n = s.audit_verify(cp.as_ref())?;
            if let Some(log) = log {
                let r = s.verify_against_syslog(&log)?;
                out!(
                    "{}",
                    tf(
                        ctx.lang,
                        Msg::CliSyslogMatches,
                        &[("from", &r.from), ("upto", &r.upto)]
                    )
                );
            }
            let with = if cp.is_some() {
                t(ctx.lang, Msg::CliWithCheckpoint)
            } else {
                ""
            };
            out!(
                "{}",
                tf(ctx.lang, Msg::CliChainIntact, &[("n", &n), ("cp", &with)])
            );
        }
        AuditCmd::Checkpoint => {
            let s = ctx.open()?;
            out!("{}", s.checkpoint().to_text());
        }
        AuditCmd::Export { format, out } => {
            let format = match format {
                ExportFormatArg::Jsonl => ExportFormat::Jsonl,
                ExportFormatArg::Csv => ExportFormat::Csv,
            };
            text::check("the export path", &out.to_string_lossy(), text::PATH_MAX)?;
            // Before the open, which records the unlock.
            crate::store::check_new_path(out)?;
            let mut s = ctx.open()?;
            let n = s.audit_export(format, out)?;
            out!(
                "{}",
                tf(
                    ctx.lang,
                    Msg::CliExported,
                    &[("n", &n), ("path", &out.display())]
                )
            );
            out!(
                "{}",
                tf(
                    ctx.lang,
                    Msg::CliCheckpoint,
                    &[("cp", &s.checkpoint().to_text())]
                )
            );
        }
        AuditCmd::Archive { before, out } => {
            // The path is recorded in the chain: checked before the open.
            text::check("the archive path", &out.to_string_lossy(), text::PATH_MAX)?;
            let mut s = ctx.open()?;
            let r = s.audit_archive(*before, out)?;
            out!(
                "{}",
                tf(
                    ctx.lang,
                    Msg::CliArchived,
                    &[
                        ("first", &r.first),
                        ("last", &r.last),
                        ("path", &out.display())
                    ]
                )
            );
            out!(
                "{}",
                tf(
                    ctx.lang,
                    Msg::CliArchiveCheckpoint,
                    &[("cp", &r.archive_checkpoint.to_text())]
                )
            );
            out!(
                "{}",
                tf(
                    ctx.lang,
                    Msg::CliCheckpoint,
                    &[("cp", &s.checkpoint().to_text())]
                )
            );
        }
        AuditCmd::VerifyExport { path, checkpoint } => {
            let cp = Checkpoint::parse(checkpoint)
                .map_err(|e| UsageError(words::checkpoint_parse(W::cli(ctx.lang), &e)))?;
            let report = ops::verify_export(path, &cp)?;
            out!(
                "{}",
                tf(
                    ctx.lang,
                    Msg::CliExportIntact,
                    &[("n", &report.records), ("covered", &report.covered)]
                )
            );
            if report.beyond > 0 {
                out!(
                    "{}",
                    tf(ctx.lang, Msg::CliExportBeyond, &[("n", &report.beyond)])
                );
            }
        }
    }
    Ok(())
}

/// `--approver` matches the roster look-alike-insensitively: when the typed
/// name is spelled otherwise than the roster's, one line on stderr names
/// the roster's spelling (issue 12, item 4).
fn echo_approver(ctx: &Ctx<'_>, s: &Session<'_>, typed: &str) {
    let roster = s.roster();
    if roster.iter().any(|p| p.name == typed) {
        return;
    }
    if let Some(p) = roster.iter().find(|p| text::same_name(&p.name, typed)) {
        eprintln!(
            "kluis: {}",
            text::for_terminal(&tf(ctx.lang, Msg::CliApproverIs, &[("name", &p.name)]))
        );
    }
}

fn reason_of(category: super::args::ReasonArg, text: &str) -> crate::audit::Reason {
    use super::args::ReasonArg;
    use crate::audit::ReasonCategory;
    let category = match category {
        ReasonArg::Restore => ReasonCategory::Restore,
        ReasonArg::RestoreTest => ReasonCategory::RestoreTest,
        ReasonArg::Incident => ReasonCategory::Incident,
        ReasonArg::Other => ReasonCategory::Other,
    };
    crate::audit::Reason {
        category,
        text: text.to_string(),
    }
}

fn takeover(
    ctx: &Ctx<'_>,
    new_file: Option<&Path>,
    reason: Option<&str>,
    category: super::args::ReasonArg,
    approver: Option<&str>,
    pin_file: Option<&Path>,
) -> anyhow::Result<()> {
    let Some(reason) = reason.filter(|r| !r.trim().is_empty()) else {
        return Err(PolicyError(t(ctx.lang, Msg::CliTakeoverNeedsReason).into()).into());
    };
    let Some(approver) = approver.filter(|a| !a.trim().is_empty()) else {
        return Err(PolicyError(t(ctx.lang, Msg::CliTakeoverNeedsApprover).into()).into());
    };
    ops::check_request_text(&reason_of(category, reason), approver)?;
    if ctx.cli.share_file.is_empty() && ctx.cli.share_image.is_empty() {
        return Err(PolicyError(t(ctx.lang, Msg::CliTakeoverNeedsShares).into()).into());
    }
    let mut s = ctx.open()?;
    echo_approver(ctx, &s, approver);
    let new = input::passphrase(
        ctx.lang,
        new_file,
        t(ctx.lang, Msg::NewPassphrase),
        new_file.is_none(),
    )?;
    let pin = input::passphrase(
        ctx.lang,
        pin_file,
        &text::for_terminal(&format!("{} ({approver})", t(ctx.lang, Msg::Pin))),
        false,
    )?;
    s.takeover(&new, reason_of(category, reason), approver, &pin)?;
    out!("{}", t(ctx.lang, Msg::CliTakeoverDone));
    s.close()?;
    Ok(())
}

fn report(ctx: &Ctx<'_>, out: &Path) -> anyhow::Result<()> {
    crate::store::check_new_path(out)?;
    let mut s = ctx.open()?;
    let lang = ctx.doc_lang(&s);
    let r = super::report::write_report(&ctx.env, &mut s, out, lang)?;
    out!(
        "{}",
        tf(ctx.lang, Msg::CliReportWritten, &[("path", &out.display())])
    );
    out!(
        "{}",
        tf(ctx.lang, Msg::CliCheckpoint, &[("cp", &r.checkpoint)])
    );
    Ok(())
}

/// A share set's state (`active`, `pending`, `retired`) in words.
fn set_state(lang: Lang, state: ops::SetState) -> &'static str {
    match state {
        ops::SetState::Active => t(lang, Msg::CliStateActive),
        ops::SetState::Pending => t(lang, Msg::CliStatePending),
    }
}

/// One audit record as a line of `audit list`, in `lang`
/// (`crate::face::detail::describe_record`, shared with the TUI).
fn describe_record(lang: Lang, r: &crate::audit::AuditRecord) -> String {
    crate::face::detail::describe_record(lang, r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::checkpoint::Checkpoint;

    /// A checkpoint text that does not parse is worded through the
    /// catalogue: in English it is the error's own text, in Dutch another.
    #[test]
    fn checkpoint_refusals_are_worded_in_both_languages() {
        let long = "x".repeat(5000);
        for text in [
            "",
            "XYZ",
            "KC9 0000",
            "KC1zz",
            "KC1 0000",
            "KC1 0000-0000-0000-000g",
            "KC1 0000-0000-0000-0000",
            "KC1 0000-0000-0000-0000 #x",
            "KC1 0000-0000-0000-0000 #99999999999999999999999",
            "KC1 0000-0000-0000-0000 #0",
            "KC1 0000-0000-0000-0000 #3 abcd",
            long.as_str(),
        ] {
            let e = Checkpoint::parse(text).expect_err(text);
            assert_eq!(words::checkpoint_parse(W::cli(Lang::En), &e), e.to_string());
            let nl = words::checkpoint_parse(W::cli(Lang::Nl), &e);
            assert_ne!(nl, e.to_string());
            assert!(nl.contains("KC1 VVVV-VVVV-VVVV-VVVV #SEQ"), "{nl}");
        }
    }
}
