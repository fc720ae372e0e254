//! `kluis demo`: a throwaway vault to try the TUI on. It uses the explicit
//! weak-KDF path (`allow_weak_kdf`), lives in a fresh 0700 directory under
//! the system temp dir, and is removed when the TUI exits. The screen says
//! it is not a real vault.

use std::path::{Path, PathBuf};

use anyhow::Context;
use rand::RngExt;

use super::model::DemoInfo;
use crate::i18n::Lang;
use crate::ops::{
    self, Env, Generate, HolderSpec, InitRequest, KdfChoice, KdfLimits, KdfParams, NewValue, Role,
    SecretKind,
};
use crate::secret::Passphrase;

/// The approver PIN of the demo roster.
pub const DEMO_PIN: &str = "246810";

/// Removes the demo directory when dropped (normal exit, error or panic).
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn env_in(dir: &Path) -> Env {
    Env {
        limits: KdfLimits::for_this_machine(),
        now: Box::new(|| jiff::Timestamp::now().as_second()),
        origin: crate::audit::Origin::here(),
        io: Box::new(crate::store::OsIo),
        // Rollback state of the demo stays in the demo dir.
        state: crate::state::LocalState::new(dir.join("state")),
    }
}

/// Fills a new demo vault at `dir/demo.kluis`; returns what to show.
///
/// # Errors
/// Any failure of `ops`.
pub fn make_demo_vault(env: &Env, dir: &Path) -> anyhow::Result<(PathBuf, DemoInfo)> {
    let path = dir.join("demo.kluis");
    let pass = ops::generate_passphrase(&mut rand::rng());
    let holders = [
        "Anna de Vries@office safe",
        "Bert Jansen@home safe",
        "Dirk Smit@bank box",
    ]
    .iter()
    .map(|h| h.parse::<HolderSpec>().map_err(anyhow::Error::msg))
    .collect::<anyhow::Result<Vec<_>>>()?;
    ops::init(
        env,
        &path,
        InitRequest {
            po: "Anna de Vries".into(),
            name: "demo".into(),
            passphrase: Passphrase::new(pass.to_string()),
            threshold: 2,
            holders,
            kdf: KdfChoice::Fixed(KdfParams {
                m_kib: 8 * 1024,
                t: 1,
                p: 1,
            }),
            allow_weak_kdf: true,
            allow_threshold_one: false,
        },
    )?;
    let mut s = ops::open_with_passphrase(
        env,
        &path,
        &Passphrase::new(pass.to_string()),
        ops::OpenOptions::default(),
    )?;
    s.roster_add(
        "Bert Jansen",
        Role::Approver,
        Some(&Passphrase::new(DEMO_PIN.into())),
    )?;
    s.roster_add("Dirk Smit", Role::Delegate, None)?;
    s.add_secret(
        "restic-backup-key",
        SecretKind::BackupKey,
        NewValue::Generate(Generate::Key256),
        None,
    )?;
    let demo_pw: String = (0..16)
        .map(|_| char::from(b'a' + rand::rng().random_range(0..26u8)))
        .collect();
    s.add_secret(
        "nas-admin",
        SecretKind::Credential,
        NewValue::File {
            bytes: format!("username: admin\npassword: demo-{demo_pw}\nurl: https://nas.example\n")
                .into_bytes()
                .into(),
            raw: false,
        },
        None,
    )?;
    s.add_secret(
        "bank-2fa",
        SecretKind::Totp,
        NewValue::Generate(Generate::Key256),
        Some(false),
    )?;
    s.add_secret(
        "restore-procedure",
        SecretKind::Note,
        NewValue::File {
            bytes: b"1. fetch the backup key with kluis\n2. restic restore latest --target /srv\n"
                .to_vec()
                .into(),
            raw: false,
        },
        Some(true),
    )?;
    let sheets = s.shares_for_print(false, None, "txt")?;
    let mut files = Vec::new();
    for sheet in &sheets {
        let file = dir.join(format!(
            "share-{}-of-{}.txt",
            sheet.share.index(),
            sheet.share.count()
        ));
        let text = zeroize::Zeroizing::new(sheet.share.to_text());
        crate::store::create_new_atomic(&file, text.as_bytes(), env.io.as_ref())?;
        files.push(file);
    }
    s.close()?;
    Ok((
        path,
        DemoInfo {
            passphrase: pass.to_string(),
            pin: DEMO_PIN.into(),
            share_files: files,
        },
    ))
}

/// Runs `kluis demo`.
///
/// # Errors
/// When the temp dir, the demo vault or the terminal fail.
pub fn demo(lang: Lang) -> anyhow::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    let suffix: u64 = rand::rng().random();
    let dir = std::env::temp_dir().join(format!("kluis-demo-{suffix:016x}"));
    std::fs::DirBuilder::new()
        .mode(0o700)
        .create(&dir)
        .with_context(|| format!("cannot create the demo directory {}", dir.display()))?;
    let guard = TempDir(dir);
    let env = env_in(&guard.0);
    let (path, info) = make_demo_vault(&env, &guard.0).context("cannot make the demo vault")?;
    let r = super::run(env, path, lang, Some(info));
    drop(guard);
    r
}
