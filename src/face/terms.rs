//! The vault's own terms in words, for every face: secret kinds, where a
//! version came from, roles and share-set states. The core names them with
//! enums or fixed English names (which JSON keeps); a face shows them in
//! the user's language through these, so the CLI and the TUI say the same
//! word for the same thing (docs/GLOSSARY.md).

use crate::i18n::{Lang, Msg, t};
use crate::ops::{Role, SecretKind, SetState};

/// A secret kind in words.
pub fn secret_kind(lang: Lang, kind: SecretKind) -> &'static str {
    kind_name(lang, kind.as_str())
}

/// A secret kind given by its CLI name in words; an unknown name as is.
pub fn kind_name(lang: Lang, kind: &str) -> &str {
    match kind {
        "backup-key" => t(lang, Msg::KindBackupKey),
        "credential" => t(lang, Msg::KindCredential),
        "totp" => t(lang, Msg::KindTotp),
        "note" => t(lang, Msg::KindNote),
        other => other,
    }
}

/// Where a version's value came from (its recorded name) in words; an
/// unknown name as is.
pub fn origin(lang: Lang, origin: &str) -> &str {
    match origin {
        "file" => t(lang, Msg::OriginFile),
        "generated-key256" => t(lang, Msg::OriginKey256),
        "generated-passphrase" => t(lang, Msg::OriginPassphrase),
        "generated-age" => t(lang, Msg::OriginAge),
        other => other,
    }
}

/// A role in words.
pub fn role(lang: Lang, role: Role) -> &'static str {
    t(
        lang,
        match role {
            Role::Po => Msg::RolePo,
            Role::Delegate => Msg::RoleDelegate,
            Role::Approver => Msg::RoleApprover,
            Role::Holder => Msg::RoleHolder,
        },
    )
}

/// A share set's state on its own ("actief", "in voorbereiding").
pub fn set_state(lang: Lang, state: SetState) -> &'static str {
    t(
        lang,
        match state {
            SetState::Active => Msg::StateActive,
            SetState::Pending => Msg::StatePending,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_keeps_the_cli_names_and_dutch_has_its_own() {
        for kind in [
            SecretKind::BackupKey,
            SecretKind::Credential,
            SecretKind::Totp,
            SecretKind::Note,
        ] {
            assert_eq!(secret_kind(Lang::En, kind), kind.as_str());
            assert_ne!(secret_kind(Lang::Nl, kind), kind.as_str());
        }
        assert_eq!(origin(Lang::Nl, "generated-key256"), "gemaakte sleutel");
        assert_eq!(origin(Lang::Nl, "later-origin"), "later-origin");
        assert_eq!(role(Lang::Nl, Role::Approver), "fiatteur");
        assert_eq!(set_state(Lang::Nl, SetState::Pending), "in voorbereiding");
        assert_eq!(set_state(Lang::En, SetState::Active), "active");
    }
}
