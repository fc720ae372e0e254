//! How a face words a core error or warning: in the user's language, with
//! the face's own hint. The core's errors are typed values whose English
//! `Display` names no flag or command ([`crate::ops::Refusal`],
//! [`crate::ops::Invalid`], [`crate::ops::Notice`], ...); both faces word
//! the same values here, each with its own hints ([`Face`]): the CLI names
//! a flag or a `kluis` command, the TUI a key on its screen (or nothing).
//! Every text comes from the catalogue in [`crate::i18n`].

use crate::audit::ChainError;
use crate::audit::checkpoint::CheckpointParseError;
use crate::audit::export::{ExportError, ExportProblem};
use crate::face::intake::ShareFrom;
use crate::i18n::{Lang, Msg, t, tf};
use crate::ops::{
    ActorRefusal, ApprovalRefusal, BodyError, HeaderError, Invalid, KdfRefused, Notice, OpsError,
    PoAction, Refusal, RemoteError, Role, Setting,
};
use crate::shares::{ParseShareError, QuorumError, ShareCheckError, ShareFieldsError};
use crate::store::StoreError;
use crate::text::TextError;
use crate::totp::TotpSeedError;
use crate::vault::{ShareVerdictError, UnlockError};

/// Which face a text is for: it decides the hints a sentence ends with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    /// The command line: flags and `kluis ...` commands.
    Cli,
    /// The TUI: the keys of its screens, never a flag or a command.
    Tui,
}

/// A language and a face: how one text is worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct W {
    /// The user's language.
    pub lang: Lang,
    /// The face that shows the text.
    pub face: Face,
}

impl W {
    /// Words for the command line.
    pub fn cli(lang: Lang) -> Self {
        W {
            lang,
            face: Face::Cli,
        }
    }

    /// Words for the TUI.
    pub fn tui(lang: Lang) -> Self {
        W {
            lang,
            face: Face::Tui,
        }
    }

    /// The message this face says for `msg` (the CLI's key): the same
    /// sentence with the face's hint.
    fn pick(self, msg: Msg) -> Msg {
        match self.face {
            Face::Cli => msg,
            Face::Tui => tui_msg(msg),
        }
    }

    fn t(self, msg: Msg) -> &'static str {
        t(self.lang, self.pick(msg))
    }

    fn tf(self, msg: Msg, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        tf(self.lang, self.pick(msg), args)
    }
}

/// The TUI's key for a CLI sentence that names a flag or a command: the
/// same sentence with the TUI's keys, or without a hint. A key not listed
/// names none and is said as it is.
fn tui_msg(msg: Msg) -> Msg {
    use Msg::*;
    match msg {
        ErrSecondPo => TuiErrSecondPo,
        ErrKeyPublicOnly => TuiErrKeyPublicOnly,
        ErrSheetsNotVerified => TuiErrSheetsNotVerified,
        ErrUnacknowledged => TuiErrUnacknowledged,
        ErrThresholdOne => TuiErrThresholdOne,
        ErrTakeoverNeedsShares => TuiErrTakeoverNeedsShares,
        ErrNoReason => TuiErrNoReason,
        ErrNoApprover => TuiErrNoApprover,
        ErrActorNotInRoster => TuiErrActorNotInRoster,
        ErrActorNotDelegate => TuiErrActorNotDelegate,
        ErrNoPendingSet => TuiErrNoPendingSet,
        ErrApproverNeedsPin => TuiErrApproverNeedsPin,
        ErrArchiveBound => TuiErrArchiveBound,
        ErrArchiveBeforeMark => TuiErrArchiveBeforeMark,
        ErrHolderCount => TuiErrHolderCount,
        ErrAgeNeedsBackupKey => TuiErrAgeNeedsBackupKey,
        ErrImportExists => TuiErrImportExists,
        ErrSecretExists => TuiErrSecretExists,
        ErrNoSuchSecret => TuiErrNoSuchSecret,
        ErrNoSuchPerson => TuiErrNoSuchPerson,
        ErrRolledBack => TuiErrRolledBack,
        ErrNoShares => TuiErrNoShares,
        ErrInUse => TuiErrInUse,
        ErrNoVault => TuiErrNoVault,
        ErrIsDirectory => TuiErrIsDirectory,
        ErrFull => TuiErrFull,
        ErrRemoteExists => TuiErrRemoteExists,
        ErrNoSuchRemote => TuiErrNoSuchRemote,
        ErrRemoteOtherVault => TuiErrRemoteOtherVault,
        ErrRemoteNewer => TuiErrRemoteNewer,
        ErrRemoteDiverged => TuiErrRemoteDiverged,
        ErrRemoteRequired => TuiErrRemoteRequired,
        ErrCloneTargetExists => TuiErrCloneTargetExists,
        ErrRemoteEmpty => TuiErrRemoteEmpty,
        ErrVaultSymlink => TuiErrVaultSymlink,
        ErrKdfBelowFloor => TuiErrKdfBelowFloor,
        ErrKdfBelowFloorUnmarked => TuiErrKdfBelowFloorUnmarked,
        ErrAgeNoMatchingIdentity => TuiErrAgeNoMatchingIdentity,
        ErrExecNoCommand => TuiErrExecNoCommand,
        ErrExecEmptyProgram => TuiErrExecEmptyProgram,
        ErrKdbxKey => TuiErrKdbxKey,
        ErrCheckpointArchived => TuiErrCheckpointArchived,
        WarnWeakKdf => TuiWarnWeakKdf,
        WarnWeakKdfMade => TuiWarnWeakKdfMade,
        WarnFailedUnlocks => TuiWarnFailedUnlocks,
        WarnRefusedRecoveries => TuiWarnRefusedRecoveries,
        WarnRollbackAccepted => TuiWarnRollbackAccepted,
        WarnUnacknowledged => TuiWarnUnacknowledged,
        WarnExposed => TuiWarnExposed,
        WarnRemoteUnreachable => TuiWarnRemoteUnreachable,
        WarnSavePending => TuiWarnSavePending,
        other => other,
    }
}

/// An error in words for `w`: a cause of its chain this module words
/// (with the face's hints), else the error's own text.
pub fn error(w: W, err: &(dyn std::error::Error + 'static)) -> String {
    worded(w, err).unwrap_or_else(|| err.to_string())
}

/// An [`OpsError`] in words for `w` (its own text where nothing words it).
pub fn ops(w: W, e: &OpsError) -> String {
    ops_error(w, e).unwrap_or_else(|| e.to_string())
}

pub use super::terms::role;

/// A role in words as it stands after "is": with its article in English
/// ("an approver"), bare in Dutch ("is fiatteur").
fn role_after_is(lang: Lang, r: Role) -> String {
    match lang {
        Lang::En => crate::text::with_article(role(lang, r)),
        Lang::Nl => role(lang, r).to_string(),
    }
}

/// A secret kind after "is" in the import refusal: with its article in
/// English; the Dutch text has its own "een".
fn kind_after_is(lang: Lang, k: crate::ops::SecretKind) -> String {
    match lang {
        Lang::En => crate::text::with_article(k.as_str()),
        Lang::Nl => k.as_str().to_string(),
    }
}

/// What only the PO may do, in words.
pub fn po_action(lang: Lang, a: PoAction) -> &'static str {
    t(
        lang,
        match a {
            PoAction::RotateShares => Msg::ActRotateShares,
            PoAction::CommitRotation => Msg::ActCommitRotation,
            PoAction::PrintSheets => Msg::ActPrintSheets,
            PoAction::ChangeRoster => Msg::ActChangeRoster,
            PoAction::ChangePassphrase => Msg::ActChangePassphrase,
            PoAction::ChangeSettings => Msg::ActChangeSettings,
            PoAction::Acknowledge => Msg::ActAcknowledge,
            PoAction::Archive => Msg::ActArchive,
            PoAction::Report => Msg::ActReport,
            PoAction::AddRemote => Msg::ActAddRemote,
            PoAction::RemoveRemote => Msg::ActRemoveRemote,
            PoAction::AddSecret => Msg::ActAddSecret,
            PoAction::UpdateSecret => Msg::ActUpdateSecret,
            PoAction::RemoveSecret => Msg::ActRemoveSecret,
            PoAction::Import => Msg::ActImport,
            PoAction::WriteKit => Msg::ActWriteKit,
            PoAction::ChangeRecipient => Msg::ActChangeRecipient,
        },
    )
}

/// An error chain as the CLI prints it after "kluis: error: ": each
/// cause the CLI words itself in `lang`, the others as they say.
pub fn error_chain(w: W, err: &anyhow::Error) -> String {
    let mut parts = Vec::new();
    // The share a problem is in (a context, so not in `worded`).
    let from = err.downcast_ref::<ShareFrom>();
    for cause in err.chain() {
        if let Some(text) = worded(w, cause) {
            parts.push(text);
            break;
        }
        let text = cause.to_string();
        match from {
            Some(f) if text == f.to_string() => parts.push(share_from(w, f)),
            _ => parts.push(text),
        }
    }
    // anyhow's `{:#}` joins a cause that repeats its source's text; keep
    // that form: "context: cause".
    parts.join(": ")
}

/// Where a share came from, in words.
fn share_from(w: W, f: &ShareFrom) -> String {
    match f {
        ShareFrom::File(p) => w.tf(Msg::ErrShareFile, &[("path", &p.display())]),
        ShareFrom::Image(p) => w.tf(Msg::ErrShareImage, &[("path", &p.display())]),
    }
}

/// One cause of an error chain, if the CLI words it itself (with its
/// hints: the core's own texts name no flag or command).
fn worded(w: W, cause: &(dyn std::error::Error + 'static)) -> Option<String> {
    // The first type `cause` is, worded by its function (`Option` for
    // the types with variants no face words, plain for the others).
    macro_rules! by {
        ($($t:ty => $f:ident),* $(,)?) => {
            $(if let Some(e) = cause.downcast_ref::<$t>() {
                return $f(w, e);
            })*
        };
    }
    macro_rules! always {
        ($($t:ty => $f:ident),* $(,)?) => {
            $(if let Some(e) = cause.downcast_ref::<$t>() {
                return Some($f(w, e));
            })*
        };
    }
    if let Some(crate::remote::GitError::Missing) = cause.downcast_ref::<crate::remote::GitError>()
    {
        return Some(w.t(Msg::ErrGitMissing).to_string());
    }
    by! {
        OpsError => ops_error,
        StoreError => store_error,
        UnlockError => unlock_error,
        RemoteError => remote_error,
        KdfRefused => kdf_refused,
        crate::import::ImportError => import_error,
        crate::shares::age::AgeShareError => age_error,
        crate::audit::checkpoint::CheckpointMismatch => checkpoint_error,
    }
    always! {
        crate::keys::KeyFileError => key_file,
        crate::kit::KitOutError => kit_out,
        TextError => text_error,
        ParseShareError => share_text,
        ShareCheckError => share_check,
        ShareVerdictError => share_verdict,
        QuorumError => quorum,
        TotpSeedError => totp,
        CheckpointParseError => checkpoint_parse,
        crate::face::exec::ExecParseError => exec_parse,
        HeaderError => header_error,
        BodyError => body_error,
        ExportError => export_error,
        ChainError => chain_error,
        std::io::Error => io_cause,
    }
    None
}

/// A field named by a text check, in words: the labels the core passes to
/// [`crate::text::check`] (a closed list; a unit test reads every call in
/// the sources), else the label as it is.
fn field(w: W, what: &str) -> String {
    for (en, msg) in FIELDS {
        if what == *en {
            return w.t(*msg).to_string();
        }
    }
    for (prefix, msg) in [
        ("the label of holder ", Msg::FieldHolderLabel),
        ("the place of holder ", Msg::FieldHolderPlace),
    ] {
        if let Some(n) = what.strip_prefix(prefix) {
            return w.tf(msg, &[("n", &n)]);
        }
    }
    what.to_string()
}

/// The fixed labels of [`field`]: the core's English, the key.
const FIELDS: &[(&str, Msg)] = &[
    ("a person's name", Msg::FieldPersonName),
    ("a secret name", Msg::FieldSecretName),
    ("the PO name", Msg::FieldPoName),
    ("the approver's name", Msg::FieldApproverName),
    ("the archive path", Msg::FieldArchivePath),
    ("the command name", Msg::FieldCommandName),
    ("the export path", Msg::FieldExportPath),
    ("the name of the one acting", Msg::FieldActorName),
    ("the reason", Msg::FieldReason),
    ("the release channel", Msg::FieldChannel),
    ("the remote URL", Msg::FieldRemoteUrl),
    ("the url in the credential file", Msg::FieldCredentialUrl),
    (
        "the username in the credential file",
        Msg::FieldCredentialUser,
    ),
    ("the vault name", Msg::FieldVaultName),
];

/// A character class of [`crate::text::forbidden_class`], in words.
fn char_class(w: W, class: &str) -> String {
    let msg = match class {
        "a control character" => Msg::CharControl,
        "a bidirectional control" => Msg::CharBidi,
        "a line separator" => Msg::CharLineSeparator,
        "an invisible or format character" => Msg::CharInvisible,
        other => return other.to_string(),
    };
    w.t(msg).to_string()
}

/// Text refused where it enters, in words.
pub fn text_error(w: W, e: &TextError) -> String {
    match e {
        TextError::Empty { what } => w.tf(Msg::ErrTextEmpty, &[("what", &field(w, what))]),
        TextError::TooLong { what, len, max } => w.tf(
            Msg::ErrTextTooLong,
            &[("what", &field(w, what)), ("len", len), ("max", max)],
        ),
        TextError::Forbidden {
            what,
            class,
            code,
            position,
        } => w.tf(
            Msg::ErrTextForbidden,
            &[
                ("what", &field(w, what)),
                ("class", &char_class(w, class)),
                ("code", &format!("{code:04X}")),
                ("position", position),
            ],
        ),
        TextError::Padded { what } => w.tf(Msg::ErrTextPadded, &[("what", &field(w, what))]),
    }
}

/// Share text that does not read, in words (it never holds share data).
pub fn share_text(w: W, e: &ParseShareError) -> String {
    match e {
        ParseShareError::TooLong { len, max } => {
            w.tf(Msg::ErrShareTooLong, &[("len", len), ("max", max)])
        }
        ParseShareError::Empty => w.t(Msg::ErrShareEmpty).to_string(),
        ParseShareError::BadCharacter { line, column, ch } => w.tf(
            Msg::ErrShareBadCharacter,
            &[
                ("line", line),
                ("column", column),
                ("ch", &format!("{ch:?}")),
            ],
        ),
        ParseShareError::LineLength {
            line,
            found,
            expected,
        } => w.tf(
            Msg::ErrShareLineLength,
            &[("line", line), ("found", found), ("expected", expected)],
        ),
        ParseShareError::LineCount { found, expected } => w.tf(
            Msg::ErrShareLineCount,
            &[("found", found), ("expected", expected)],
        ),
        ParseShareError::Length { found, expected } => w.tf(
            Msg::ErrShareLength,
            &[("found", found), ("expected", expected)],
        ),
        ParseShareError::LineCheck { line } => w.tf(Msg::ErrShareLineCheck, &[("line", line)]),
        ParseShareError::Checksum => w.t(Msg::ErrShareChecksum).to_string(),
        ParseShareError::UnsupportedVersion(v) => w.tf(Msg::ErrShareVersion, &[("version", v)]),
        ParseShareError::Fields(f) => {
            let why = match f {
                ShareFieldsError::ThresholdZero => w.t(Msg::ErrShareThresholdZero).to_string(),
                ShareFieldsError::CountZero => w.t(Msg::ErrShareCountZero).to_string(),
                ShareFieldsError::CountTooLarge { count, max } => w.tf(
                    Msg::ErrShareCountTooLarge,
                    &[("count", count), ("max", max)],
                ),
                ShareFieldsError::ThresholdAboveCount { threshold, count } => w.tf(
                    Msg::ErrShareThresholdAboveCount,
                    &[("threshold", threshold), ("count", count)],
                ),
                ShareFieldsError::IndexZero => w.t(Msg::ErrShareIndexZero).to_string(),
                ShareFieldsError::IndexOutOfRange { index, count } => w.tf(
                    Msg::ErrShareIndexOutOfRange,
                    &[("index", index), ("count", count)],
                ),
            };
            w.tf(Msg::ErrShareMalformed, &[("why", &why)])
        }
    }
}

/// Lowercase hex of a set id, as the core's own texts show it.
fn set_hex(id: &crate::shares::SetId) -> String {
    id.iter().map(|b| format!("{b:02x}")).collect()
}

/// One share checked against a set, in words.
pub fn share_check(w: W, e: &ShareCheckError) -> String {
    match e {
        ShareCheckError::WrongSet { found, expected } => w.tf(
            Msg::ErrShareWrongSet,
            &[("found", &set_hex(found)), ("expected", &set_hex(expected))],
        ),
        ShareCheckError::FieldMismatch {
            found_threshold,
            found_count,
            expected_threshold,
            expected_count,
        } => w.tf(
            Msg::ErrShareFieldMismatch,
            &[
                ("found_threshold", found_threshold),
                ("found_count", found_count),
                ("expected_threshold", expected_threshold),
                ("expected_count", expected_count),
            ],
        ),
        ShareCheckError::BadShare { index } => {
            w.tf(Msg::ErrShareBadFingerprint, &[("index", index)])
        }
        ShareCheckError::InvalidSetInfo => w.t(Msg::ErrShareSetInfo).to_string(),
    }
}

/// Why one share does not belong to this vault, in words.
pub fn share_verdict(w: W, e: &ShareVerdictError) -> String {
    match e {
        ShareVerdictError::Retired(id) => w.tf(Msg::ErrShareRetired, &[("id", id)]),
        ShareVerdictError::Unknown(id) => w.tf(Msg::ErrShareUnknownSet, &[("id", id)]),
        ShareVerdictError::Check(c) => share_check(w, c),
    }
}

/// Why entered shares do not form a quorum, in words.
pub fn quorum(w: W, e: &QuorumError) -> String {
    match e {
        QuorumError::InvalidSetInfo => w.t(Msg::ErrShareSetInfo).to_string(),
        QuorumError::WrongSet {
            position,
            index,
            found,
            expected,
        } => w.tf(
            Msg::ErrQuorumWrongSet,
            &[
                ("position", position),
                ("index", index),
                ("found", &set_hex(found)),
                ("expected", &set_hex(expected)),
            ],
        ),
        QuorumError::FieldMismatch { position } => {
            w.tf(Msg::ErrQuorumFieldMismatch, &[("position", position)])
        }
        QuorumError::IndexOutOfRange {
            position,
            index,
            count,
        } => w.tf(
            Msg::ErrQuorumIndexOutOfRange,
            &[("position", position), ("index", index), ("count", count)],
        ),
        QuorumError::Duplicate {
            position,
            index,
            first_position,
        } => w.tf(
            Msg::ErrQuorumDuplicate,
            &[
                ("position", position),
                ("index", index),
                ("first_position", first_position),
            ],
        ),
        QuorumError::BadShare { position, index } => w.tf(
            Msg::ErrQuorumBadShare,
            &[("position", position), ("index", index)],
        ),
        QuorumError::NotEnough { need, have } => {
            w.tf(Msg::ErrQuorumNotEnough, &[("need", need), ("have", have)])
        }
    }
}

/// A backup key's value file that claims a key form but is not one, in
/// words; the parser's own reason (`why`) stays as it says.
pub fn key_file(w: W, e: &crate::keys::KeyFileError) -> String {
    use crate::keys::KeyFileError as K;
    match e {
        K::NotAge { line } => w.tf(Msg::ErrKeyNotAge, &[("line", line)]),
        K::NotPem { label, why } => w.tf(Msg::ErrKeyNotPem, &[("label", label), ("why", why)]),
        K::NotOpenPgp { why } => w.tf(Msg::ErrKeyNotOpenPgp, &[("why", why)]),
        K::NotSsh { why } => w.tf(Msg::ErrKeyNotSsh, &[("why", why)]),
        K::PublicOnly { what } => {
            let what = match (w.lang, *what) {
                (Lang::Nl, "an age recipient (age1…)") => "een age-ontvanger (age1…)",
                (Lang::Nl, "an SSH public key") => "een openbare SSH-sleutel",
                (Lang::Nl, "an OpenPGP public key") => "een openbare OpenPGP-sleutel",
                (Lang::Nl, "a PEM public key") => "een openbare PEM-sleutel",
                (Lang::Nl, "a certificate") => "een certificaat",
                (_, other) => other,
            };
            w.tf(Msg::ErrKeyPublicOnly, &[("what", &what)])
        }
    }
}

/// A kit folder that cannot be used, in words.
pub fn kit_out(w: W, e: &crate::kit::KitOutError) -> String {
    use crate::kit::KitOutError as K;
    match e {
        K::NotADirectory(p) => w.tf(Msg::ErrKitNotDir, &[("path", &p.display())]),
        K::NotEmpty(p) => w.tf(Msg::ErrKitNotEmpty, &[("path", &p.display())]),
    }
}

/// A TOTP seed kluis cannot read, in words.
pub fn totp(w: W, e: &TotpSeedError) -> String {
    match e {
        TotpSeedError::Base32 => w.t(Msg::ErrTotpBase32).to_string(),
        TotpSeedError::TooShort => w.t(Msg::ErrTotpShort).to_string(),
        TotpSeedError::Unsupported(what) => w.tf(Msg::ErrTotpUnsupported, &[("what", what)]),
    }
}

/// Where an import problem is ("row 3", "entry \"Werk/Bank\"", "item 2
/// (\"x\")", as the readers in src/import/ write it), in words.
fn import_where(w: W, where_: &str) -> String {
    if let Some(n) = where_.strip_prefix("row ") {
        return w.tf(Msg::ImportWhereRow, &[("n", &n)]);
    }
    if let Some(name) = where_.strip_prefix("entry ") {
        return w.tf(Msg::ImportWhereEntry, &[("name", &name)]);
    }
    where_.to_string()
}

fn remote_error(w: W, e: &RemoteError) -> Option<String> {
    let q = |s: &str| format!("{s:?}");
    Some(match e {
        RemoteError::Exists(n) => w.tf(Msg::ErrRemoteExists, &[("name", &q(n))]),
        RemoteError::NoSuch(n) => w.tf(Msg::ErrNoSuchRemote, &[("name", &q(n))]),
        RemoteError::OtherVault { name, theirs, ours } => w.tf(
            Msg::ErrRemoteOtherVault,
            &[("name", name), ("theirs", theirs), ("ours", ours)],
        ),
        RemoteError::Newer {
            name,
            theirs,
            theirs_ckpt,
            ours,
            ours_ckpt,
        } => w.tf(
            Msg::ErrRemoteNewer,
            &[
                ("name", name),
                ("theirs", theirs),
                ("theirs_ckpt", theirs_ckpt),
                ("ours", ours),
                ("ours_ckpt", ours_ckpt),
            ],
        ),
        RemoteError::Diverged {
            name,
            theirs,
            theirs_ckpt,
            ours,
            ours_ckpt,
        } => w.tf(
            Msg::ErrRemoteDiverged,
            &[
                ("name", name),
                ("theirs", theirs),
                ("theirs_ckpt", theirs_ckpt),
                ("ours", ours),
                ("ours_ckpt", ours_ckpt),
            ],
        ),
        RemoteError::Required { name, why } => {
            w.tf(Msg::ErrRemoteRequired, &[("name", name), ("why", why)])
        }
        RemoteError::CloneTargetExists(p) => {
            w.tf(Msg::ErrCloneTargetExists, &[("path", &p.display())])
        }
        RemoteError::Empty(n) => w.tf(Msg::ErrRemoteEmpty, &[("name", n)]),
        RemoteError::Name { name, why } => {
            w.tf(Msg::ErrRemoteName, &[("name", &q(name)), ("why", why)])
        }
        RemoteError::NotARepository { url, why } => {
            w.tf(Msg::ErrRemoteNotRepo, &[("url", url), ("why", why)])
        }
        RemoteError::Tampered { name, why } => {
            w.tf(Msg::ErrRemoteTampered, &[("name", name), ("why", why)])
        }
        RemoteError::Rekeyed(n) => w.tf(Msg::ErrRemoteRekeyed, &[("name", n)]),
        RemoteError::Git(crate::remote::GitError::Missing) => w.t(Msg::ErrGitMissing).to_string(),
        RemoteError::Git(_) | RemoteError::Syslog(_) => return None,
    })
}

fn kdf_refused(w: W, e: &KdfRefused) -> Option<String> {
    let (msg, asked, floor_mib, floor_t) = match e {
        KdfRefused::BelowFloor {
            asked,
            floor_mib,
            floor_t,
        } => (Msg::ErrKdfBelowFloor, asked, floor_mib, floor_t),
        KdfRefused::BelowFloorUnmarked {
            asked,
            floor_mib,
            floor_t,
        } => (Msg::ErrKdfBelowFloorUnmarked, asked, floor_mib, floor_t),
        KdfRefused::Memory {
            asked_mib,
            allowed_mib,
        } => {
            return Some(w.tf(
                Msg::ErrKdfMemory,
                &[("asked_mib", asked_mib), ("allowed_mib", allowed_mib)],
            ));
        }
        KdfRefused::Passes { asked, allowed } => {
            return Some(w.tf(Msg::ErrKdfPasses, &[("asked", asked), ("allowed", allowed)]));
        }
        KdfRefused::Lanes { asked, allowed } => {
            return Some(w.tf(Msg::ErrKdfLanes, &[("asked", asked), ("allowed", allowed)]));
        }
        KdfRefused::Invalid { asked } => {
            return Some(w.tf(Msg::ErrKdfInvalid, &[("asked", asked)]));
        }
    };
    Some(w.tf(
        msg,
        &[
            ("asked", asked),
            ("floor_mib", floor_mib),
            ("floor_t", floor_t),
        ],
    ))
}

fn import_error(w: W, e: &crate::import::ImportError) -> Option<String> {
    use crate::import::{ImportError as E, MAX_FIELD, MAX_NAME};
    let q = |s: &str| format!("{s:?}");
    Some(match e {
        E::KdbxKey => w.t(Msg::ErrKdbxKey).to_string(),
        E::KdbxDecrypt => w.t(Msg::ErrKdbxDecrypt).to_string(),
        E::KdbxTooMuchWork {
            what,
            asked,
            allowed,
        } => w.tf(
            Msg::ErrKdbxTooMuchWork,
            &[("what", what), ("asked", asked), ("allowed", allowed)],
        ),
        E::KdbxDamaged(why) => w.tf(Msg::ErrKdbxDamaged, &[("why", why)]),
        E::NoSuchGroup(g) => w.tf(Msg::ErrKdbxNoGroup, &[("name", &q(g))]),
        E::KeyFile => w.t(Msg::ErrKdbxKeyFile).to_string(),
        E::BitwardenEncrypted(how) => w.tf(Msg::ErrBitwardenEncrypted, &[("how", how)]),
        E::BitwardenUnknownType { item, kind } => {
            w.tf(Msg::ErrBitwardenType, &[("item", item), ("kind", kind)])
        }
        E::BitwardenFormat { line, column, what } => w.tf(
            Msg::ErrBitwardenFormat,
            &[("line", line), ("column", column), ("what", what)],
        ),
        E::CsvMissingColumn(c) => w.tf(Msg::ErrCsvMissingColumn, &[("column", &q(c))]),
        E::CsvRow(row) => w.tf(Msg::ErrCsvRow, &[("row", row)]),
        E::DuplicateName { where_, name } => w.tf(
            Msg::ErrImportDuplicate,
            &[("where", &import_where(w, where_)), ("name", &q(name))],
        ),
        E::FieldTooLong { where_, field } => w.tf(
            Msg::ErrImportFieldTooLong,
            &[
                ("where", &import_where(w, where_)),
                ("field", field),
                ("max", &MAX_FIELD),
            ],
        ),
        E::BadName { where_ } => w.tf(
            Msg::ErrImportBadName,
            &[("where", &import_where(w, where_)), ("max", &MAX_NAME)],
        ),
        E::Totp { where_, reason } => w.tf(
            Msg::ErrImportTotp,
            &[
                ("where", &import_where(w, where_)),
                ("why", &totp(w, reason)),
            ],
        ),
    })
}

fn age_error(w: W, e: &crate::shares::age::AgeShareError) -> Option<String> {
    use crate::shares::age::AgeShareError as A;
    Some(match e {
        A::NoMatchingIdentity => w.t(Msg::ErrAgeNoMatchingIdentity).to_string(),
        A::RecipientChecksum(r) => w.tf(Msg::ErrAgeRecipientChecksum, &[("recipient", r)]),
        A::RecipientUnknown(r) => w.tf(Msg::ErrAgeRecipientUnknown, &[("recipient", r)]),
        A::RecipientSsh(why) => w.tf(Msg::ErrAgeRecipientSsh, &[("why", why)]),
        A::MissingPlugin { binary } => w.tf(Msg::ErrAgeMissingPlugin, &[("binary", binary)]),
        A::Plugin(why) => w.tf(Msg::ErrAgePlugin, &[("why", why)]),
        A::IdentityUnreadable(why) => w.tf(Msg::ErrAgeIdentityUnreadable, &[("why", why)]),
        A::IdentityUnsupported => w.t(Msg::ErrAgeIdentityUnsupported).to_string(),
        A::IdentityPassphrase => w.t(Msg::ErrAgeIdentityPassphrase).to_string(),
        A::IdentityNoPrompt => w.t(Msg::ErrAgeIdentityNoPrompt).to_string(),
        A::NotAge => w.t(Msg::ErrAgeNotAge).to_string(),
        A::Damaged => w.t(Msg::ErrAgeDamaged).to_string(),
        A::Tampered => w.t(Msg::ErrAgeTampered).to_string(),
        A::PassphraseFile => w.t(Msg::ErrAgePassphraseFile).to_string(),
        A::NotShareText => w.t(Msg::ErrAgeNotShareText).to_string(),
    })
}

fn checkpoint_error(w: W, e: &crate::audit::checkpoint::CheckpointMismatch) -> Option<String> {
    match e {
        crate::audit::checkpoint::CheckpointMismatch::Archived { seq, first } => Some(w.tf(
            Msg::ErrCheckpointArchived,
            &[("seq", seq), ("first", first)],
        )),
        crate::audit::checkpoint::CheckpointMismatch::OtherVault { checkpoint, vault } => {
            Some(w.tf(
                Msg::ErrCheckpointOtherVault,
                &[("checkpoint", checkpoint), ("vault", vault)],
            ))
        }
        crate::audit::checkpoint::CheckpointMismatch::Truncated { seq, len } => {
            Some(w.tf(Msg::ErrCheckpointTruncated, &[("seq", seq), ("len", len)]))
        }
        crate::audit::checkpoint::CheckpointMismatch::Diverged { seq } => {
            Some(w.tf(Msg::ErrCheckpointDiverged, &[("seq", seq)]))
        }
    }
}

fn store_error(w: W, e: &StoreError) -> Option<String> {
    Some(match e {
        StoreError::InUse { pid } => w.tf(Msg::ErrInUse, &[("pid", pid)]),
        StoreError::NotFound(p) => w.tf(Msg::ErrNoVault, &[("path", &p.display())]),
        StoreError::IsDirectory(p) => w.tf(Msg::ErrIsDirectory, &[("path", &p.display())]),
        StoreError::VaultSymlink { path, target } => w.tf(
            Msg::ErrVaultSymlink,
            &[("path", &path.display()), ("target", &target.display())],
        ),
        StoreError::NotRegular(p) => w.tf(Msg::ErrNotRegular, &[("path", &p.display())]),
        StoreError::TooLarge { path, size_mib } => w.tf(
            Msg::ErrTooLarge,
            &[("path", &path.display()), ("size_mib", size_mib)],
        ),
        StoreError::Symlink(p) => w.tf(Msg::ErrSymlink, &[("path", &p.display())]),
        StoreError::HardLinked(p) => w.tf(Msg::ErrHardLinked, &[("path", &p.display())]),
        StoreError::InputTooLarge { path, size, limit } => w.tf(
            Msg::ErrInputTooLarge,
            &[("path", &path.display()), ("size", size), ("limit", limit)],
        ),
        StoreError::StreamTooLarge { path, limit } => w.tf(
            Msg::ErrStreamTooLarge,
            &[("path", &path.display()), ("limit", limit)],
        ),
        StoreError::NamedPipe(p) => w.tf(Msg::ErrNamedPipe, &[("path", &p.display())]),
        StoreError::Exists(p) => w.tf(Msg::ErrExists, &[("path", &p.display())]),
        StoreError::NoSuchFile(p) => w.tf(Msg::ErrNoSuchFile, &[("path", &p.display())]),
        StoreError::Io { what, path, cause } => w.tf(
            Msg::ErrIo,
            &[
                ("what", &io_what(w, what)),
                ("path", &path.display()),
                ("cause", &io_cause(w, cause)),
            ],
        ),
    })
}

/// What the core was doing when an I/O call failed ([`StoreError::Io`]),
/// in words: the core's closed list of phrases, else as it is.
fn io_what(w: W, what: &str) -> String {
    let msg = match what {
        "cannot clear the journal" => Msg::IoClearJournal,
        "cannot create a temporary file beside" => Msg::IoTempBeside,
        "cannot create directory" => Msg::IoCreateDir,
        "cannot create" => Msg::IoCreate,
        "cannot keep this copy beside the vault" => Msg::IoKeepBeside,
        "cannot lock" => Msg::IoLock,
        "cannot move the damaged journal aside" => Msg::IoMoveJournal,
        "cannot open" => Msg::IoOpen,
        "cannot parse the rollback state file" => Msg::IoParseState,
        "cannot read" => Msg::IoRead,
        "cannot reset the rollback state" => Msg::IoResetState,
        "cannot set permissions on" => Msg::IoPermissions,
        "cannot write the journal" => Msg::IoWriteJournal,
        "cannot write the lock file" => Msg::IoWriteLock,
        "cannot write the vault; it was not changed:" => Msg::IoWriteVault,
        "the vault was written but its directory could not be flushed; check the disk, then verify the audit chain:" => {
            Msg::IoFlush
        }
        other => return other.to_string(),
    };
    w.t(msg).to_string()
}

/// An operating system error in words: the common kinds in Dutch (with
/// the system's error number), in English as the system says it.
fn io_cause(w: W, e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    if w.lang == Lang::En {
        return e.to_string();
    }
    let msg = match e.kind() {
        K::NotFound => Msg::IoNotFound,
        K::PermissionDenied => Msg::IoPermissionDenied,
        K::AlreadyExists => Msg::IoAlreadyExists,
        K::StorageFull => Msg::IoStorageFull,
        K::ReadOnlyFilesystem => Msg::IoReadOnly,
        _ => return e.to_string(),
    };
    match e.raw_os_error() {
        Some(code) => format!("{} (os {code})", w.t(msg)),
        None => w.t(msg).to_string(),
    }
}

/// Why a text is not a checkpoint, in words.
fn checkpoint_why(w: W, why: &crate::audit::checkpoint::ShapeProblem) -> String {
    use crate::audit::checkpoint::ShapeProblem as P;
    w.t(match why {
        P::Empty => Msg::CkEmpty,
        P::NoKc1 => Msg::CkNoKc1,
        P::NoSpaceAfterKc1 => Msg::CkNoSpaceAfterKc1,
        P::EndsInVaultPart => Msg::CkEndsInVaultPart,
        P::VaultPartNotHex => Msg::CkVaultPartNotHex,
        P::EndsBeforeRecord => Msg::CkEndsBeforeRecord,
        P::RecordNotDecimal => Msg::CkRecordNotDecimal,
        P::RecordTooLarge => Msg::CkRecordTooLarge,
        P::RecordZero => Msg::CkRecordZero,
        P::HeadPartNotHex => Msg::CkHeadPartNotHex,
    })
    .to_string()
}

/// A checkpoint text that does not read, in words.
pub fn checkpoint_parse(w: W, e: &CheckpointParseError) -> String {
    let shape = crate::audit::checkpoint::SHAPE;
    match e {
        CheckpointParseError::TooLong { len } => w.tf(
            Msg::ErrCheckpointTooLong,
            &[("len", len), ("shape", &shape)],
        ),
        CheckpointParseError::UnknownVersion { version } => w.tf(
            Msg::ErrCheckpointVersion,
            &[("version", version), ("shape", &shape)],
        ),
        CheckpointParseError::Shape { why } => w.tf(
            Msg::ErrCheckpointShape,
            &[("why", &checkpoint_why(w, why)), ("shape", &shape)],
        ),
    }
}

/// A damaged or unknown vault header, in words.
pub fn header_error(w: W, e: &HeaderError) -> String {
    match e {
        HeaderError::Empty => w.t(Msg::ErrHeaderEmpty).to_string(),
        HeaderError::BadMagic => w.t(Msg::ErrHeaderMagic).to_string(),
        HeaderError::Truncated => w.t(Msg::ErrHeaderTruncated).to_string(),
        HeaderError::VersionZero => w.t(Msg::ErrHeaderVersionZero).to_string(),
        HeaderError::FutureVersion(v) => w.tf(
            Msg::ErrHeaderFuture,
            &[("version", v), ("ours", &crate::ops::FORMAT_VERSION)],
        ),
        HeaderError::Checksum => w.t(Msg::ErrHeaderChecksum).to_string(),
        HeaderError::UnknownFlags(f) => {
            w.tf(Msg::ErrHeaderFlags, &[("flags", &format!("{f:#06x}"))])
        }
        HeaderError::Field(why) => w.tf(Msg::ErrHeaderField, &[("why", why)]),
        HeaderError::BodyLength {
            declared,
            available,
        } => w.tf(
            Msg::ErrHeaderBodyLength,
            &[("declared", declared), ("available", available)],
        ),
    }
}

/// A damaged or unknown vault body, in words.
pub fn body_error(w: W, e: &BodyError) -> String {
    match e {
        BodyError::Version(v) => w.tf(Msg::ErrBodyVersion, &[("version", v)]),
        BodyError::Malformed => w.t(Msg::ErrBodyMalformed).to_string(),
        BodyError::NonCanonical => w.t(Msg::ErrBodyNonCanonical).to_string(),
        BodyError::Invariant(why) => w.tf(Msg::ErrBodyInvariant, &[("why", why)]),
    }
}

/// An audit export that does not verify, in words.
pub fn export_error(w: W, e: &ExportError) -> String {
    let why = match &e.why {
        ExportProblem::Malformed { why } => w.tf(Msg::ErrExportMalformed, &[("why", why)]),
        ExportProblem::HashMismatch { seq } => w.tf(Msg::ErrExportHash, &[("seq", seq)]),
        ExportProblem::OutOfOrder { expected, found } => w.tf(
            Msg::ErrExportOrder,
            &[("expected", expected), ("found", found)],
        ),
        ExportProblem::BrokenLink { seq } => w.tf(Msg::ErrExportLink, &[("seq", seq)]),
        ExportProblem::OtherVault { export, checkpoint } => w.tf(
            Msg::ErrExportOtherVault,
            &[("export", export), ("checkpoint", checkpoint)],
        ),
        ExportProblem::MixedVaults { seq } => w.tf(Msg::ErrExportMixed, &[("seq", seq)]),
        ExportProblem::ColumnMismatch { seq, column } => {
            w.tf(Msg::ErrExportColumn, &[("seq", seq), ("column", column)])
        }
        ExportProblem::Truncated { seq, last } => {
            w.tf(Msg::ErrExportTruncated, &[("seq", seq), ("last", last)])
        }
        ExportProblem::CheckpointMismatch { seq } => {
            w.tf(Msg::ErrExportCheckpoint, &[("seq", seq)])
        }
        ExportProblem::Empty => w.t(Msg::ErrExportEmpty).to_string(),
        ExportProblem::TooLarge { limit } => w.tf(Msg::ErrExportTooLarge, &[("limit", limit)]),
        ExportProblem::UnmarkedStart { seq } => w.tf(Msg::ErrExportUnmarked, &[("seq", seq)]),
        ExportProblem::BeforeStart { seq, first } => {
            w.tf(Msg::ErrExportBeforeStart, &[("seq", seq), ("first", first)])
        }
    };
    if e.line == 0 {
        why
    } else {
        w.tf(Msg::ErrExportLine, &[("line", &e.line), ("why", &why)])
    }
}

/// A restore command that is none, in words (the CLI names `--to exec`
/// and `--`, the TUI its field).
pub fn exec_parse(w: W, e: &crate::face::exec::ExecParseError) -> String {
    use crate::face::exec::ExecParseError as X;
    match e {
        X::NoCommand => w.t(Msg::ErrExecNoCommand).to_string(),
        X::EmptyProgram => w.t(Msg::ErrExecEmptyProgram).to_string(),
        X::Placeholders { count } => w.tf(Msg::ErrExecPlaceholders, &[("count", count)]),
    }
}

/// A broken audit record, in words.
pub fn chain_error(w: W, e: &ChainError) -> String {
    w.tf(Msg::ErrChain, &[("seq", &e.seq), ("why", &e.why)])
}

fn unlock_error(w: W, e: &UnlockError) -> Option<String> {
    Some(match e {
        UnlockError::WrongPassphrase => w.t(Msg::ErrWrongPassphrase).to_string(),
        UnlockError::NoShares => w.t(Msg::ErrNoShares).to_string(),
        UnlockError::Kdf(k) => kdf_refused(w, k)?,
        UnlockError::Quorum(q) => quorum(w, q),
        UnlockError::RecoverySlot => w.t(Msg::ErrRecoverySlot).to_string(),
        UnlockError::RetiredSet { position, set } => w.tf(
            Msg::ErrRetiredSetAt,
            &[("position", position), ("set", set)],
        ),
        UnlockError::UnknownSet { position, set } => w.tf(
            Msg::ErrUnknownSetAt,
            &[("position", position), ("set", set)],
        ),
        UnlockError::BodyAuth => w.t(Msg::ErrBodyAuth).to_string(),
        UnlockError::Header(h) => header_error(w, h),
        UnlockError::Body(b) => body_error(w, b),
        UnlockError::Chain(c) => chain_error(w, c),
    })
}

/// A warning from `ops` in words, with the CLI's hint.
pub fn notice(w: W, n: &Notice) -> String {
    match n {
        Notice::WeakKdf(kdf) => w.tf(Msg::WarnWeakKdf, &[("kdf", kdf)]),
        Notice::WeakKdfMade(kdf) => w.tf(Msg::WarnWeakKdfMade, &[("kdf", kdf)]),
        Notice::ThresholdOne => w.t(Msg::WarnThresholdOne).to_string(),
        Notice::AllSheetsNeeded { k, n } => w.tf(Msg::WarnAllSheetsNeeded, &[("k", k), ("n", n)]),
        Notice::JournalQuarantined { problem, to } => w.tf(
            Msg::WarnJournalQuarantined,
            &[("problem", problem), ("to", to)],
        ),
        Notice::FailedUnlocks(n) => w.tf(Msg::WarnFailedUnlocks, &[("n", n)]),
        Notice::RefusedRecoveries(n) => w.tf(Msg::WarnRefusedRecoveries, &[("n", n)]),
        Notice::RollbackAccepted(what) => w.tf(Msg::WarnRollbackAccepted, &[("what", what)]),
        Notice::JournalNotMoved(why) => w.tf(Msg::WarnJournalNotMoved, &[("why", why)]),
        Notice::OpenNotRecorded(why) => w.tf(Msg::WarnOpenNotRecorded, &[("why", why)]),
        Notice::Unacknowledged(n) => w.tf(Msg::WarnUnacknowledged, &[("n", n)]),
        Notice::Exposed(set) => w.tf(Msg::WarnExposed, &[("set", set)]),
        Notice::RollbackState(why) => w.tf(Msg::WarnRollbackState, &[("why", why)]),
        Notice::EmergencySession => w.t(Msg::WarnEmergencySession).to_string(),
        Notice::RemoteUnreachable { name, why } => {
            w.tf(Msg::WarnRemoteUnreachable, &[("name", name), ("why", why)])
        }
        Notice::SavePending { name, why, pending } => w.tf(
            Msg::WarnSavePending,
            &[("name", name), ("why", why), ("pending", pending)],
        ),
        Notice::SameRecipient {
            first,
            first_label,
            second,
            second_label,
            fingerprint,
        } => w.tf(
            Msg::WarnSameRecipient,
            &[
                ("first", first),
                ("first_label", first_label),
                ("second", second),
                ("second_label", second_label),
                ("fingerprint", fingerprint),
            ],
        ),
        Notice::PluginMissing {
            holder,
            label,
            plugin,
        } => w.tf(
            Msg::WarnPluginMissing,
            &[("holder", holder), ("label", label), ("plugin", plugin)],
        ),
        Notice::RemoteUnreadable { name, why } => {
            w.tf(Msg::WarnRemoteUnreadable, &[("name", name), ("why", why)])
        }
        Notice::RollbackKept {
            name,
            newer,
            theirs,
            theirs_ckpt,
            ours,
            ours_ckpt,
        } => w.tf(
            if *newer {
                Msg::WarnRollbackKeptNewer
            } else {
                Msg::WarnRollbackKeptDiverged
            },
            &[
                ("name", name),
                ("theirs", theirs),
                ("theirs_ckpt", theirs_ckpt),
                ("ours", ours),
                ("ours_ckpt", ours_ckpt),
            ],
        ),
        Notice::TookRemote {
            name,
            theirs,
            theirs_ckpt,
            ours,
            ours_ckpt,
        } => w.tf(
            Msg::WarnTookRemote,
            &[
                ("name", name),
                ("theirs", theirs),
                ("theirs_ckpt", theirs_ckpt),
                ("ours", ours),
                ("ours_ckpt", ours_ckpt),
            ],
        ),
        Notice::TookRemoteKeptLocal {
            name,
            theirs,
            theirs_ckpt,
            ours,
            ours_ckpt,
            head,
            side,
        } => w.tf(
            Msg::WarnTookRemoteKeptLocal,
            &[
                ("name", name),
                ("theirs", theirs),
                ("theirs_ckpt", theirs_ckpt),
                ("ours", ours),
                ("ours_ckpt", ours_ckpt),
                ("head", head),
                ("side", side),
            ],
        ),
        Notice::KeptLocal {
            name,
            ours,
            ours_ckpt,
            theirs,
            theirs_ckpt,
            head,
            side,
        } => w.tf(
            Msg::WarnKeptLocal,
            &[
                ("name", name),
                ("theirs", theirs),
                ("theirs_ckpt", theirs_ckpt),
                ("ours", ours),
                ("ours_ckpt", ours_ckpt),
                ("head", head),
                ("side", side),
            ],
        ),
        Notice::PushFailed { name, why } => {
            w.tf(Msg::WarnPushFailed, &[("name", name), ("why", why)])
        }
        Notice::SyslogFailed { count, target, why } => w.tf(
            Msg::WarnSyslogFailed,
            &[("count", count), ("target", target), ("why", why)],
        ),
    }
}

/// The CLI's wording of an [`OpsError`], or `None` to print its own text.
pub fn ops_error(w: W, e: &OpsError) -> Option<String> {
    let q = |s: &str| format!("{s:?}");
    Some(match e {
        OpsError::Policy(r) => refusal(w, r),
        OpsError::Invalid(i) => invalid(w, i)?,
        OpsError::Unlock(u) => unlock_error(w, u)?,
        OpsError::Store(s) => store_error(w, s)?,
        OpsError::Kdf(k) => kdf_refused(w, k)?,
        OpsError::Remote(r) => remote_error(w, r)?,
        OpsError::Checkpoint(c) => checkpoint_error(w, c)?,
        OpsError::Text(e) => text_error(w, e),
        OpsError::Export(e) => export_error(w, e),
        OpsError::ShareText(e) => share_text(w, e),
        OpsError::Share(e) => share_verdict(w, e),
        OpsError::SecretExists(n) => w.tf(Msg::ErrSecretExists, &[("name", &q(n))]),
        OpsError::NoSuchSecret(n) => w.tf(Msg::ErrNoSuchSecret, &[("name", &q(n))]),
        OpsError::PersonExists(n) => w.tf(Msg::ErrPersonExists, &[("name", &q(n))]),
        OpsError::NoSuchPerson(n) => w.tf(Msg::ErrNoSuchPerson, &[("name", &q(n))]),
        OpsError::RolledBack(what) => w.tf(Msg::ErrRolledBack, &[("what", what)]),
        OpsError::LookAlike {
            what,
            new,
            existing,
        } => w.tf(
            match what {
                crate::ops::NameOf::Secret => Msg::ErrLookAlikeSecret,
                crate::ops::NameOf::Person => Msg::ErrLookAlikePerson,
            },
            &[("new", &q(new)), ("existing", &q(existing))],
        ),
        OpsError::WrongPin(n) => w.tf(Msg::ErrWrongPin, &[("name", &q(n))]),
        OpsError::Full(f) => w.tf(
            Msg::ErrFull,
            &[
                ("size", &format!("{:.1}", f.size as f64 / 1048576.0)),
                ("limit", &(f.limit >> 20)),
                (
                    "extra",
                    &if f.for_new_content() {
                        w.t(Msg::ErrFullNewContent)
                    } else {
                        ""
                    },
                ),
            ],
        ),
        _ => return None,
    })
}

/// A policy refusal in words, with the CLI's hint.
pub fn refusal(w: W, r: &Refusal) -> String {
    let q = |s: &str| format!("{s:?}");
    match r {
        Refusal::SecondPo => w.t(Msg::ErrSecondPo).to_string(),
        Refusal::RemovePo => w.t(Msg::ErrRemovePo).to_string(),
        Refusal::SheetsNotVerified(sheets) => {
            let list: Vec<String> = sheets
                .iter()
                .map(|s| {
                    let msg = if s.printed {
                        Msg::ErrSheetNotVerified
                    } else {
                        Msg::ErrSheetNotPrinted
                    };
                    w.tf(msg, &[("index", &s.index), ("holder", &s.holder)])
                })
                .collect();
            w.tf(Msg::ErrSheetsNotVerified, &[("sheets", &list.join("; "))])
        }
        Refusal::CommitNeedsPo => w.t(Msg::ErrCommitNeedsPo).to_string(),
        Refusal::SessionEnded(time) => w.tf(Msg::ErrSessionEnded, &[("time", time)]),
        Refusal::PoOnly(a) => w.tf(Msg::ErrPoOnly, &[("what", &po_action(w.lang, *a))]),
        Refusal::Unacknowledged(seq) => w.tf(Msg::ErrUnacknowledged, &[("seq", seq)]),
        Refusal::ThresholdOne => w.t(Msg::ErrThresholdOne).to_string(),
        Refusal::TakeoverNeedsShares => w.t(Msg::ErrTakeoverNeedsShares).to_string(),
        Refusal::NoDelegateChosen => w.t(Msg::ErrNoDelegateChosen).to_string(),
        Refusal::NotForEmergency(n) => w.tf(Msg::ErrNotForEmergency, &[("name", &q(n))]),
        Refusal::Approval(a) => match a {
            ApprovalRefusal::NoReason => w.t(Msg::ErrNoReason).to_string(),
            ApprovalRefusal::NoApprover => w.t(Msg::ErrNoApprover).to_string(),
            ApprovalRefusal::SelfApproval(n) => w.tf(Msg::ErrSelfApproval, &[("name", &q(n))]),
            ApprovalRefusal::NotInRoster(n) => {
                w.tf(Msg::ErrApproverNotInRoster, &[("name", &q(n))])
            }
            ApprovalRefusal::NotApprover { name, role: r } => w.tf(
                Msg::ErrNotApprover,
                &[("name", &q(name)), ("role", &role_after_is(w.lang, *r))],
            ),
            ApprovalRefusal::NoPin(n) => w.tf(Msg::ErrNoPin, &[("name", &q(n))]),
            ApprovalRefusal::LockedOut {
                name,
                failures,
                until,
            } => w.tf(
                Msg::ErrLockedOut,
                &[("name", &q(name)), ("failures", failures), ("until", until)],
            ),
        },
        Refusal::Recovery(a) => match a {
            ActorRefusal::NotInRoster(n) => w.tf(Msg::ErrActorNotInRoster, &[("name", &q(n))]),
            ActorRefusal::NotDelegate { name, role: r } => w.tf(
                Msg::ErrActorNotDelegate,
                &[("name", &q(name)), ("role", &role_after_is(w.lang, *r))],
            ),
        },
    }
}

/// Input refused, in words with the CLI's hint; `None` for a text that
/// came from elsewhere as it is.
pub fn invalid(w: W, i: &Invalid) -> Option<String> {
    let q = |s: &str| format!("{s:?}");
    Some(match i {
        Invalid::NoPendingSet => w.t(Msg::ErrNoPendingSet).to_string(),
        Invalid::NoActiveSet => w.t(Msg::ErrNoActiveSet).to_string(),
        Invalid::NoSuchShare { index, count } => {
            w.tf(Msg::ErrNoSuchShare, &[("index", index), ("count", count)])
        }
        Invalid::ApproverNeedsPin => w.t(Msg::ErrApproverNeedsPin).to_string(),
        Invalid::EmptyPassphrase => w.t(Msg::ErrEmptyPassphrase).to_string(),
        Invalid::OutOfRange {
            setting,
            lo,
            hi,
            got,
        } => {
            let s = w.t(match setting {
                Setting::EmergencyMinutes => Msg::SettingEmergency,
                Setting::IdleLockMinutes => Msg::SettingIdleLock,
                Setting::DrillIntervalDays => Msg::SettingDrill,
            });
            w.tf(
                Msg::ErrOutOfRange,
                &[("setting", &s), ("lo", lo), ("hi", hi), ("got", got)],
            )
        }
        Invalid::Language(l) => w.tf(Msg::ErrLanguage, &[("got", &q(l))]),
        Invalid::PinBlank => w.t(Msg::ErrPinBlank).to_string(),
        Invalid::PinSpaces => w.t(Msg::ErrPinSpaces).to_string(),
        Invalid::PinShort => w.t(Msg::ErrPinShort).to_string(),
        Invalid::NoSuchVersion {
            name,
            version,
            count,
        } => w.tf(
            Msg::ErrNoSuchVersion,
            &[("name", &q(name)), ("version", version), ("count", count)],
        ),
        Invalid::ArchiveOrder {
            path,
            first,
            last,
            expected,
        } => w.tf(
            Msg::ErrArchiveOrder,
            &[
                ("path", path),
                ("first", first),
                ("last", last),
                ("expected", expected),
            ],
        ),
        Invalid::ArchivesMissing { first, expected } => w.tf(
            Msg::ErrArchivesMissing,
            &[("first", first), ("expected", expected)],
        ),
        Invalid::ArchiveBound { lo, hi, first } => w.tf(
            Msg::ErrArchiveBound,
            &[("lo", lo), ("hi", hi), ("first", first)],
        ),
        Invalid::ArchiveBeforeMark(seq) => w.tf(Msg::ErrArchiveBeforeMark, &[("seq", seq)]),
        Invalid::Write { what, why } => {
            let msg = if *what == "archive" {
                Msg::ErrWriteArchive
            } else {
                Msg::ErrWriteExport
            };
            w.tf(msg, &[("why", why)])
        }
        Invalid::HolderCount { max, got } => {
            w.tf(Msg::ErrHolderCount, &[("max", max), ("got", got)])
        }
        Invalid::Threshold { n, k } => w.tf(Msg::ErrThreshold, &[("n", n), ("k", k)]),
        Invalid::AgeNeedsBackupKey(kind) => {
            w.tf(Msg::ErrAgeNeedsBackupKey, &[("kind", &kind.as_str())])
        }
        Invalid::EmptyValueFile => w.t(Msg::ErrEmptyValueFile).to_string(),
        Invalid::CredentialNotUtf8 => w.t(Msg::ErrCredentialNotUtf8).to_string(),
        Invalid::CredentialLine(line) => w.tf(Msg::ErrCredentialLine, &[("line", line)]),
        Invalid::CredentialKey { line, key } => {
            w.tf(Msg::ErrCredentialKey, &[("line", line), ("key", &q(key))])
        }
        Invalid::CredentialNoPassword => w.t(Msg::ErrCredentialNoPassword).to_string(),
        Invalid::ImportEmpty { from, skipped } => {
            w.tf(Msg::ErrImportEmpty, &[("from", from), ("skipped", skipped)])
        }
        Invalid::ImportExists(n) => w.tf(Msg::ErrImportExists, &[("name", &q(n))]),
        Invalid::ImportKind { name, ours, theirs } => w.tf(
            Msg::ErrImportKind,
            &[
                ("name", &q(name)),
                ("ours", &kind_after_is(w.lang, *ours)),
                ("theirs", &kind_after_is(w.lang, *theirs)),
            ],
        ),
        Invalid::TooLong { what, len, max } => {
            let what = if *what == "the release channel" {
                w.t(Msg::WhatChannel)
            } else {
                what
            };
            w.tf(
                Msg::ErrTooLong,
                &[("what", &what), ("len", len), ("max", max)],
            )
        }
        Invalid::KeyFile(e) => key_file(w, e),
        Invalid::TotpSeed(e) => totp(w, e),
        Invalid::Recipient(e) => age_error(w, e)?,
        Invalid::HolderRecipient { holder, source } => w.tf(
            Msg::ErrHolderRecipient,
            &[("holder", holder), ("why", &age_error(w, source)?)],
        ),
        Invalid::Encrypt {
            index,
            label,
            source,
        } => w.tf(
            Msg::ErrEncryptShare,
            &[
                ("index", index),
                ("label", label),
                ("why", &age_error(w, source)?),
            ],
        ),
        Invalid::Syslog(target) => w.tf(Msg::ErrSyslogTarget, &[("target", &q(target))]),
        Invalid::Split(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English wording keeps the CLI's hints; the Dutch one has them
    /// too, in Dutch words.
    #[test]
    fn the_cli_adds_its_flag_hints_in_both_languages() {
        let e = OpsError::Policy(Refusal::ThresholdOne);
        assert!(e.to_string().contains("choose 2 or more"));
        assert!(!e.to_string().contains("--"));
        for lang in [Lang::En, Lang::Nl] {
            assert!(
                ops_error(W::cli(lang), &e).is_some_and(|s| s.contains("--allow-threshold-one"))
            );
        }
        let nl = ops_error(W::cli(Lang::Nl), &e).expect("worded");
        assert!(nl.starts_with("drempel 1"), "{nl}");
        // The TUI says the same sentence with its own hint, no flag.
        let tui = ops(W::tui(Lang::Nl), &e);
        assert!(tui.starts_with("drempel 1") && !tui.contains("--"), "{tui}");
    }

    /// A public key where a private one belongs: the CLI names its
    /// command, the TUI does not; the Dutch names the key in Dutch.
    #[test]
    fn a_public_key_only_in_words() {
        let e = crate::keys::KeyFileError::PublicOnly {
            what: "an SSH public key",
        };
        assert_eq!(key_file(W::cli(Lang::En), &e), e.to_string());
        let tui = key_file(W::tui(Lang::En), &e);
        assert!(!tui.contains("kluis secret"), "{tui}");
        let nl = key_file(W::cli(Lang::Nl), &e);
        assert!(
            nl.contains("een openbare SSH-sleutel, en die is openbaar"),
            "{nl}"
        );
    }

    /// No TUI wording names a CLI flag or a `kluis` command: every CLI
    /// key with one has a TUI key without it.
    #[test]
    fn the_tui_keys_name_no_flag_and_no_command() {
        use strum::IntoEnumIterator;
        for msg in Msg::iter() {
            for lang in [Lang::En, Lang::Nl] {
                // Another program's command (git's) is advice for both.
                let text = t(lang, msg)
                    .replace("`git init --bare`", "")
                    .replace("`gpg --export-secret-keys`", "");
                let named = text.contains("`kluis ")
                    || text.contains("kluis secret ")
                    || text.contains(" --")
                    || text.starts_with("--");
                let is_error =
                    format!("{msg:?}").starts_with("Err") || format!("{msg:?}").starts_with("Warn");
                if named && is_error {
                    let tui = t(lang, tui_msg(msg))
                        .replace("`git init --bare`", "")
                        .replace("`gpg --export-secret-keys`", "");
                    assert!(
                        !tui.contains("`kluis ") && !tui.contains("--"),
                        "{msg:?} in the TUI: {tui}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_role_is_worded() {
        let r = Refusal::Approval(ApprovalRefusal::NotApprover {
            name: "Dirk".into(),
            role: Role::Delegate,
        });
        assert_eq!(
            refusal(W::cli(Lang::Nl), &r),
            "\"Dirk\" is gemachtigde, geen fiatteur"
        );
        assert_eq!(
            refusal(W::cli(Lang::En), &r),
            "\"Dirk\" is a delegate, not an approver"
        );
    }

    /// Samples of every core error this module words that has no hint:
    /// the English wording is the core's own text, byte for byte, and
    /// the Dutch one differs from it.
    fn unhinted_samples() -> Vec<Box<dyn std::error::Error + 'static>> {
        use crate::audit::checkpoint::CheckpointMismatch;
        use crate::import::ImportError as I;
        let set = [1u8, 2, 3, 4, 5, 6, 7, 8];
        let other = [9u8; 8];
        let what = || "the label of holder 2".to_string();
        vec![
            Box::new(crate::keys::KeyFileError::NotAge { line: 2 }),
            Box::new(OpsError::Invalid(Invalid::Syslog("udp://log".into()))),
            Box::new(crate::kit::KitOutError::NotEmpty("/tmp/noodpakket".into())),
            Box::new(crate::kit::KitOutError::NotADirectory(
                "/tmp/noodpakket".into(),
            )),
            Box::new(crate::remote::GitError::Missing),
            Box::new(crate::keys::KeyFileError::NotPem {
                label: "EC PRIVATE KEY".into(),
                why: "base64".into(),
            }),
            Box::new(crate::keys::KeyFileError::NotSsh {
                why: "magic".into(),
            }),
            Box::new(crate::keys::KeyFileError::NotOpenPgp { why: "packet" }),
            Box::new(OpsError::Invalid(Invalid::HolderRecipient {
                holder: 2,
                source: crate::shares::age::AgeShareError::RecipientChecksum("age1xyz".into()),
            })),
            // The two callers of `ops::refuse_look_alike`.
            Box::new(OpsError::LookAlike {
                what: crate::ops::NameOf::Person,
                new: "ANNA".into(),
                existing: "Anna".into(),
            }),
            Box::new(OpsError::LookAlike {
                what: crate::ops::NameOf::Secret,
                new: "BAS".into(),
                existing: "bas".into(),
            }),
            Box::new(TextError::Empty { what: what() }),
            Box::new(TextError::TooLong {
                what: "the reason".into(),
                len: 600,
                max: 500,
            }),
            Box::new(TextError::Forbidden {
                what: "a person's name".into(),
                class: "a bidirectional control",
                code: 0x202e,
                position: 3,
            }),
            Box::new(TextError::Padded {
                what: "the place of holder 1".into(),
            }),
            Box::new(ParseShareError::TooLong {
                len: 5000,
                max: 4096,
            }),
            Box::new(ParseShareError::Empty),
            Box::new(ParseShareError::BadCharacter {
                line: 2,
                column: 5,
                ch: 'U',
            }),
            Box::new(ParseShareError::LineLength {
                line: 3,
                found: 12,
                expected: 13,
            }),
            Box::new(ParseShareError::LineCount {
                found: 5,
                expected: 6,
            }),
            Box::new(ParseShareError::Length {
                found: 70,
                expected: 78,
            }),
            Box::new(ParseShareError::LineCheck { line: 4 }),
            Box::new(ParseShareError::Checksum),
            Box::new(ParseShareError::UnsupportedVersion(2)),
            Box::new(ParseShareError::Fields(ShareFieldsError::ThresholdZero)),
            Box::new(ParseShareError::Fields(ShareFieldsError::CountZero)),
            Box::new(ParseShareError::Fields(ShareFieldsError::CountTooLarge {
                count: 20,
                max: 16,
            })),
            Box::new(ParseShareError::Fields(
                ShareFieldsError::ThresholdAboveCount {
                    threshold: 4,
                    count: 3,
                },
            )),
            Box::new(ParseShareError::Fields(ShareFieldsError::IndexZero)),
            Box::new(ParseShareError::Fields(ShareFieldsError::IndexOutOfRange {
                index: 4,
                count: 3,
            })),
            Box::new(ShareCheckError::WrongSet {
                found: set,
                expected: other,
            }),
            Box::new(ShareCheckError::FieldMismatch {
                found_threshold: 2,
                found_count: 3,
                expected_threshold: 3,
                expected_count: 5,
            }),
            Box::new(ShareCheckError::BadShare { index: 2 }),
            Box::new(ShareCheckError::InvalidSetInfo),
            Box::new(ShareVerdictError::Retired("0102".into())),
            Box::new(ShareVerdictError::Unknown("0102".into())),
            Box::new(QuorumError::InvalidSetInfo),
            Box::new(QuorumError::WrongSet {
                position: 1,
                index: 2,
                found: set,
                expected: other,
            }),
            Box::new(QuorumError::FieldMismatch { position: 2 }),
            Box::new(QuorumError::IndexOutOfRange {
                position: 1,
                index: 9,
                count: 3,
            }),
            Box::new(QuorumError::Duplicate {
                position: 2,
                index: 1,
                first_position: 1,
            }),
            Box::new(QuorumError::BadShare {
                position: 1,
                index: 3,
            }),
            Box::new(QuorumError::NotEnough { need: 2, have: 1 }),
            Box::new(UnlockError::RecoverySlot),
            Box::new(UnlockError::RetiredSet {
                position: 1,
                set: "0102".into(),
            }),
            Box::new(UnlockError::UnknownSet {
                position: 2,
                set: "0102".into(),
            }),
            Box::new(UnlockError::BodyAuth),
            Box::new(TotpSeedError::Base32),
            Box::new(TotpSeedError::TooShort),
            Box::new(TotpSeedError::Unsupported("SHA256")),
            Box::new(I::KdbxDecrypt),
            Box::new(I::KdbxTooMuchWork {
                what: "MiB of memory",
                asked: 4096,
                allowed: 1024,
            }),
            Box::new(I::KdbxDamaged("bad header".into())),
            Box::new(I::NoSuchGroup("Werk".into())),
            Box::new(I::KeyFile),
            Box::new(I::BitwardenEncrypted("password-protected")),
            Box::new(I::BitwardenUnknownType { item: 2, kind: 9 }),
            Box::new(I::BitwardenFormat {
                line: 1,
                column: 2,
                what: "syntax",
            }),
            Box::new(I::CsvMissingColumn("password")),
            Box::new(I::CsvRow(3)),
            Box::new(I::DuplicateName {
                where_: "row 4".into(),
                name: "bank".into(),
            }),
            Box::new(I::FieldTooLong {
                where_: "entry \"Werk/Bank\"".into(),
                field: "notes",
            }),
            Box::new(I::BadName {
                where_: "row 2".into(),
            }),
            Box::new(I::Totp {
                where_: "row 5".into(),
                reason: TotpSeedError::TooShort,
            }),
            Box::new(crate::shares::age::AgeShareError::RecipientChecksum(
                "age1xyz".into(),
            )),
            Box::new(crate::shares::age::AgeShareError::RecipientUnknown(
                "x".into(),
            )),
            Box::new(crate::shares::age::AgeShareError::RecipientSsh(
                "dsa".into(),
            )),
            Box::new(crate::shares::age::AgeShareError::MissingPlugin {
                binary: "age-plugin-yubikey".into(),
            }),
            Box::new(crate::shares::age::AgeShareError::Plugin("exit 1".into())),
            Box::new(crate::shares::age::AgeShareError::IdentityUnreadable(
                "junk".into(),
            )),
            Box::new(crate::shares::age::AgeShareError::IdentityUnsupported),
            Box::new(crate::shares::age::AgeShareError::IdentityPassphrase),
            Box::new(crate::shares::age::AgeShareError::IdentityNoPrompt),
            Box::new(crate::shares::age::AgeShareError::NotAge),
            Box::new(crate::shares::age::AgeShareError::Damaged),
            Box::new(crate::shares::age::AgeShareError::Tampered),
            Box::new(crate::shares::age::AgeShareError::PassphraseFile),
            Box::new(crate::shares::age::AgeShareError::NotShareText),
            Box::new(KdfRefused::Memory {
                asked_mib: 9000,
                allowed_mib: 4096,
            }),
            Box::new(KdfRefused::Passes {
                asked: 99,
                allowed: 10,
            }),
            Box::new(KdfRefused::Lanes {
                asked: 99,
                allowed: 16,
            }),
            Box::new(KdfRefused::Invalid {
                asked: crate::ops::KdfParams {
                    m_kib: 1,
                    t: 0,
                    p: 1,
                },
            }),
            Box::new(RemoteError::Name {
                name: "a b".into(),
                why: "spaces".into(),
            }),
            Box::new(RemoteError::Tampered {
                name: "office".into(),
                why: "x".into(),
            }),
            Box::new(RemoteError::Rekeyed("office".into())),
            Box::new(HeaderError::Empty),
            Box::new(HeaderError::BadMagic),
            Box::new(HeaderError::Truncated),
            Box::new(HeaderError::VersionZero),
            Box::new(HeaderError::FutureVersion(9)),
            Box::new(HeaderError::Checksum),
            Box::new(HeaderError::UnknownFlags(0x80)),
            Box::new(HeaderError::Field("slot count")),
            Box::new(HeaderError::BodyLength {
                declared: 9,
                available: 5,
            }),
            Box::new(BodyError::Version(9)),
            Box::new(BodyError::Malformed),
            Box::new(BodyError::NonCanonical),
            Box::new(BodyError::Invariant("two POs")),
            Box::new(ExportError {
                line: 3,
                why: ExportProblem::HashMismatch { seq: 3 },
            }),
            Box::new(ExportError {
                line: 0,
                why: ExportProblem::Empty,
            }),
            Box::new(ExportError {
                line: 2,
                why: ExportProblem::OutOfOrder {
                    expected: 2,
                    found: 4,
                },
            }),
            Box::new(ExportError {
                line: 0,
                why: ExportProblem::Truncated { seq: 9, last: 5 },
            }),
            Box::new(crate::face::exec::ExecParseError::Placeholders { count: 2 }),
            Box::new(ChainError {
                seq: 4,
                why: "hash mismatch",
            }),
            Box::new(StoreError::NotRegular("/dev/x".into())),
            Box::new(StoreError::TooLarge {
                path: "/v".into(),
                size_mib: 70,
            }),
            Box::new(StoreError::Symlink("/v".into())),
            Box::new(StoreError::HardLinked("/v".into())),
            Box::new(StoreError::InputTooLarge {
                path: "/v".into(),
                size: 9,
                limit: 8,
            }),
            Box::new(StoreError::StreamTooLarge {
                path: "/v".into(),
                limit: 8,
            }),
            Box::new(StoreError::NamedPipe("/v".into())),
            Box::new(StoreError::Exists("/v".into())),
            Box::new(StoreError::NoSuchFile("/v".into())),
            Box::new(StoreError::Io {
                what: "cannot read",
                path: "/v".into(),
                cause: std::io::Error::from_raw_os_error(2),
            }),
            Box::new(StoreError::Io {
                what: "the vault was written but its directory could not be flushed; check the disk, then verify the audit chain:",
                path: "/v".into(),
                cause: std::io::Error::from_raw_os_error(13),
            }),
            Box::new(CheckpointMismatch::OtherVault {
                checkpoint: "aaaa".into(),
                vault: "bbbb".into(),
            }),
            Box::new(CheckpointMismatch::Truncated { seq: 9, len: 5 }),
            Box::new(CheckpointMismatch::Diverged { seq: 3 }),
            Box::new(CheckpointParseError::TooLong { len: 900 }),
            Box::new(CheckpointParseError::UnknownVersion {
                version: "KC2".into(),
            }),
            Box::new(CheckpointParseError::Shape {
                why: crate::audit::checkpoint::ShapeProblem::RecordZero,
            }),
        ]
    }

    #[test]
    fn the_english_wording_is_the_core_text_and_the_dutch_one_is_dutch() {
        for e in unhinted_samples() {
            let core = e.to_string();
            for w in [W::cli(Lang::En), W::tui(Lang::En)] {
                assert_eq!(error(w, e.as_ref()), core, "{e:?}");
            }
            let nl = error(W::cli(Lang::Nl), e.as_ref());
            assert_ne!(nl, core, "{e:?}");
            assert_eq!(nl, error(W::tui(Lang::Nl), e.as_ref()), "{e:?}");
            for english in ["the ", "share ", "line ", "row ", "entry ", "nothing"] {
                assert!(!nl.contains(english), "{english:?} in {nl}");
            }
        }
    }

    /// Every label the sources pass to `text::check`/`check_name` is one
    /// [`field`] words (a new label fails here until it has its words).
    #[test]
    fn every_checked_field_has_its_words() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![root.clone()];
        let mut labels = Vec::new();
        while let Some(p) = files.pop() {
            if p.is_dir() {
                for e in std::fs::read_dir(&p).expect("dir") {
                    files.push(e.expect("entry").path());
                }
                continue;
            }
            if p.extension().is_none_or(|x| x != "rs")
                || p.ends_with("text.rs")
                || p.ends_with("face/words.rs")
            {
                continue;
            }
            let src = std::fs::read_to_string(&p).expect("read");
            for call in ["text::check(", "text::check_name(", "check_stored_text("] {
                for part in src.split(call).skip(1) {
                    let part = part.trim_start().trim_start_matches('&');
                    let part = part.strip_prefix("format!(").unwrap_or(part);
                    if let Some(rest) = part.strip_prefix('"') {
                        let label = rest.split('"').next().expect("label");
                        labels.push(label.replace("{}", "1"));
                    }
                }
            }
        }
        assert!(labels.len() > 10, "{labels:?}");
        for label in labels {
            let nl = field(W::cli(Lang::Nl), &label);
            assert_ne!(nl, label, "{label:?} has no Dutch words");
            assert_eq!(field(W::cli(Lang::En), &label), label);
        }
    }

    /// The typed warnings that were plain English strings: the English
    /// wording is the core's text byte for byte (scripts and tests read
    /// it), the Dutch one is Dutch.
    #[test]
    fn the_last_plain_warnings_are_typed_and_worded() {
        let s = |x: &str| x.to_string();
        let notices = [
            Notice::SameRecipient {
                first: 1,
                first_label: s("Safe"),
                second: 3,
                second_label: s("Bert"),
                fingerprint: s("age1…abcd"),
            },
            Notice::PluginMissing {
                holder: 2,
                label: s("Bert"),
                plugin: s("age-plugin-yubikey"),
            },
            Notice::RemoteUnreadable {
                name: s("office"),
                why: s("git: exit 128"),
            },
            Notice::RollbackKept {
                name: s("office"),
                newer: true,
                theirs: 5,
                theirs_ckpt: s("KC1 x #9 y"),
                ours: 4,
                ours_ckpt: s("KC1 x #8 z"),
            },
            Notice::RollbackKept {
                name: s("office"),
                newer: false,
                theirs: 5,
                theirs_ckpt: s("KC1 x #9 y"),
                ours: 5,
                ours_ckpt: s("KC1 x #9 z"),
            },
            Notice::TookRemote {
                name: s("office"),
                theirs: 5,
                theirs_ckpt: s("KC1 x #9 y"),
                ours: 4,
                ours_ckpt: s("KC1 x #8 z"),
            },
            Notice::TookRemoteKeptLocal {
                name: s("office"),
                theirs: 5,
                theirs_ckpt: s("KC1 x #9 y"),
                ours: 5,
                ours_ckpt: s("KC1 x #9 z"),
                head: s("abcd"),
                side: s("/v/vault.kluis.local-g5"),
            },
            Notice::KeptLocal {
                name: s("office"),
                ours: 5,
                ours_ckpt: s("KC1 x #9 z"),
                theirs: 5,
                theirs_ckpt: s("KC1 x #9 y"),
                head: s("abcd"),
                side: s("/v/vault.kluis.office-g5"),
            },
            Notice::PushFailed {
                name: s("office"),
                why: s("timeout"),
            },
            Notice::SyslogFailed {
                count: 3,
                target: s("udp://127.0.0.1:9"),
                why: s("refused"),
            },
        ];
        for n in notices {
            let core = n.to_string();
            assert_eq!(notice(W::cli(Lang::En), &n), core);
            assert_eq!(notice(W::tui(Lang::En), &n), core);
            let nl = notice(W::cli(Lang::Nl), &n);
            for english in ["the ", "kept ", "took ", " has ", "not ", "could "] {
                assert!(!nl.contains(english), "{english:?} in {nl}");
            }
        }
    }

    /// Every phrase the core passes as [`StoreError::Io`]'s `what` has
    /// its Dutch words (a new one fails here until it has them).
    #[test]
    fn every_io_phrase_has_its_words() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![root];
        let mut phrases = Vec::new();
        while let Some(p) = files.pop() {
            if p.is_dir() {
                for e in std::fs::read_dir(&p).expect("dir") {
                    files.push(e.expect("entry").path());
                }
                continue;
            }
            if p.extension().is_none_or(|x| x != "rs") || p.ends_with("face/words.rs") {
                continue;
            }
            let src = std::fs::read_to_string(&p).expect("read");
            for part in src.split("io_err(").skip(1) {
                if let Some(rest) = part.strip_prefix('"') {
                    phrases.push(rest.split('"').next().expect("phrase").to_string());
                }
            }
            for part in src.split("StoreError::Io {").skip(1) {
                let head = part.get(..300).unwrap_or(part);
                if let Some((_, rest)) = head.split_once("what: \"") {
                    phrases.push(rest.split('"').next().expect("phrase").to_string());
                }
            }
        }
        assert!(phrases.len() > 10, "{phrases:?}");
        for phrase in phrases {
            assert_ne!(io_what(W::cli(Lang::Nl), &phrase), phrase, "{phrase:?}");
            assert_eq!(io_what(W::cli(Lang::En), &phrase), phrase);
        }
    }

    /// The restore command's refusals: the CLI's English is the text it
    /// always printed; the TUI names no flag.
    #[test]
    fn a_restore_command_refusal_in_words() {
        use crate::face::exec::ExecParseError as X;
        for e in [X::NoCommand, X::EmptyProgram] {
            assert_eq!(error(W::cli(Lang::En), &e), e.to_string());
            for lang in [Lang::En, Lang::Nl] {
                let tui = error(W::tui(lang), &e);
                assert!(!tui.contains("--"), "{tui}");
            }
        }
        let nl = error(W::tui(Lang::Nl), &X::Placeholders { count: 2 });
        assert!(nl.starts_with("{} staat 2 keer in het commando"), "{nl}");
    }
}
