//! Fields and forms. A field is a typed widget (text, masked, choice); a
//! form is a struct with one named field per thing it asks and a focus
//! enum in the same order (as ratatui's `examples/apps/input-form`), so
//! `update` reads `takeover.reason`, not `fields[4]`. Drawing and moving
//! between fields stay generic through [`FormBody::fields`].
//!
//! Imports nothing from the rest of `tui`: `model` re-exports it.

use zeroize::Zeroizing;

use crate::i18n::Msg;

/// What a field holds and how it is edited.
pub enum FieldKind {
    /// Free text, shown as typed.
    Text,
    /// A value, PIN or passphrase: shown as dots, zeroized on drop.
    Masked,
    /// One of the options, cycled with ←/→.
    Choice(Vec<String>),
}

/// One labelled field of a [`FormState`].
pub struct Field {
    /// The label.
    pub label: Msg,
    /// Text, masked or a choice.
    pub kind: FieldKind,
    /// The typed text (unused for a choice). Zeroized on drop.
    pub text: Zeroizing<String>,
    /// Index into the options of a choice.
    pub choice: usize,
    /// A letter typed on a choice matched no option: the view says how
    /// to choose (cleared by the next key on the field).
    pub hint: bool,
}

impl Field {
    /// A text field.
    pub fn text(label: Msg) -> Self {
        Self::new(label, FieldKind::Text)
    }

    /// A text field with a value already in it.
    pub fn text_with(label: Msg, value: &str) -> Self {
        let mut f = Self::text(label);
        f.text.push_str(value);
        f
    }

    /// A masked field.
    pub fn masked(label: Msg) -> Self {
        Self::new(label, FieldKind::Masked)
    }

    /// A choice among `options`, starting at `choice`.
    pub fn choice(label: Msg, options: Vec<String>, choice: usize) -> Self {
        let mut f = Self::new(label, FieldKind::Choice(options));
        f.choice = choice;
        f
    }

    fn new(label: Msg, kind: FieldKind) -> Self {
        Self {
            label,
            kind,
            text: Zeroizing::new(String::new()),
            choice: 0,
            hint: false,
        }
    }

    /// A letter typed on a choice: the next option that starts with it
    /// (any case), space the next option; else [`Field::hint`] is set, so
    /// the key is not dropped silently. False when the field is no choice.
    pub fn type_letter(&mut self, c: char) -> bool {
        let FieldKind::Choice(opts) = &self.kind else {
            return false;
        };
        let (choice, hint) = choose_by_letter(opts, self.choice, c);
        self.choice = choice;
        self.hint = hint;
        true
    }

    /// Whether letters typed here are text.
    pub fn takes_text(&self) -> bool {
        !matches!(self.kind, FieldKind::Choice(_))
    }

    /// The text, trimmed.
    pub fn trimmed(&self) -> &str {
        self.text.trim()
    }
}

/// The option a letter `c` typed on a choice of `opts` (at `current`)
/// picks: the next one starting with it, in any case, wrapping; space is
/// the next option. Returns the option and whether nothing matched.
pub fn choose_by_letter<S: AsRef<str>>(opts: &[S], current: usize, c: char) -> (usize, bool) {
    let n = opts.len();
    if n == 0 {
        return (current, true);
    }
    if c == ' ' {
        return ((current + 1) % n, false);
    }
    let want: Vec<char> = c.to_lowercase().collect();
    (1..=n)
        .map(|step| (current + step) % n)
        .find(|&i| {
            let first: Vec<char> = opts[i]
                .as_ref()
                .chars()
                .next()
                .map(|f| f.to_lowercase().collect())
                .unwrap_or_default();
            first == want
        })
        .map_or((current, true), |i| (i, false))
}

/// What a form does when submitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormKind {
    /// Add a secret: name, kind, source, value, username, url.
    AddSecret,
    /// A new version of the named secret: source, value, username, url.
    NewVersion(String),
    /// Remove the named secret: its name typed again.
    RemoveSecret(String),
    /// Add a person: name, role, PIN twice.
    AddPerson,
    /// Remove the named person: the name typed again.
    RemovePerson(String),
    /// The vault's settings.
    Settings,
    /// Write the sheets of the active (or pending) set to a directory.
    PrintSheets {
        /// The pending set.
        pending: bool,
    },
    /// Make a pending set: threshold, holders, allow k = 1.
    Rotate,
    /// Export the audit chain: format, path.
    Export,
    /// Acknowledge the emergency events (one yes/no).
    Acknowledge,
    /// Change the PO passphrase: new passphrase twice.
    ChangePassphrase,
    /// Takeover in an emergency session: new PO passphrase twice, reason
    /// category and text, approver, PIN.
    Takeover,
    /// Write the custody report: path.
    Report,
}

/// Declares a form: a struct with the named fields, in order, and its
/// focus enum with one variant per field in the same order, so a field's
/// place in [`FormBody::fields`] is its focus variant.
macro_rules! form {
    (
        $(#[$doc:meta])*
        $name:ident / $focus:ident {
            $( $(#[$fdoc:meta])* $field:ident : $variant:ident ),+ $(,)?
        }
    ) => {
        $(#[$doc])*
        pub struct $name {
            $( $(#[$fdoc])* pub $field: Field, )+
        }

        #[doc = concat!("Which field of [`", stringify!($name), "`] has focus.")]
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $focus {
            $( $(#[$fdoc])* $variant, )+
        }

        impl $name {
            /// The fields in order.
            pub fn fields(&self) -> Vec<&Field> {
                vec![$( &self.$field ),+]
            }

            /// The fields in order, to edit.
            pub fn fields_mut(&mut self) -> Vec<&mut Field> {
                vec![$( &mut self.$field ),+]
            }
        }

        impl From<$focus> for usize {
            fn from(f: $focus) -> usize {
                f as usize
            }
        }
    };
}

form! {
    /// How a new value is given (add a secret, a new version).
    ValueFields / ValueFocus {
        /// Typed, or generated (a 256-bit key, a passphrase).
        source: Source,
        /// The typed value (masked).
        value: Value,
        /// For a credential: the user name.
        username: Username,
        /// For a credential: the address.
        url: Url,
    }
}

form! {
    /// Add a secret.
    AddSecretForm / AddSecretFocus {
        /// The secret's name.
        name: Name,
        /// Its kind.
        kind: Kind,
        /// How the value is given.
        source: Source,
        /// The typed value (masked).
        value: Value,
        /// For a credential: the user name.
        username: Username,
        /// For a credential: the address.
        url: Url,
    }
}

impl AddSecretForm {
    /// The value part, to read as [`ValueFields`] would.
    pub fn value_fields(&self) -> [&Field; 4] {
        [&self.source, &self.value, &self.username, &self.url]
    }
}

impl ValueFields {
    /// The value part, in order.
    pub fn value_fields(&self) -> [&Field; 4] {
        [&self.source, &self.value, &self.username, &self.url]
    }
}

form! {
    /// Remove a secret or a person: its name typed again.
    ConfirmForm / ConfirmFocus {
        /// The name, typed.
        typed: Typed,
    }
}

form! {
    /// Add a person to the roster.
    AddPersonForm / AddPersonFocus {
        /// The name.
        name: Name,
        /// Approver, delegate or holder.
        role: Role,
        /// The PIN (approvers; masked).
        pin: Pin,
        /// The PIN again.
        pin_again: PinAgain,
    }
}

form! {
    /// The vault's settings.
    SettingsForm / SettingsFocus {
        /// Minutes an emergency session lasts.
        emergency_minutes: EmergencyMinutes,
        /// Idle minutes before the lock.
        idle_minutes: IdleMinutes,
        /// Days between drills.
        drill_days: DrillDays,
        /// The documents' language.
        language: Language,
    }
}

form! {
    /// Write the sheets to a directory.
    PrintForm / PrintFocus {
        /// The directory.
        dir: Dir,
    }
}

form! {
    /// Write the sheets to a directory and send them to the printer.
    PrintLpForm / PrintLpFocus {
        /// The directory.
        dir: Dir,
        /// Also send them to `lp`.
        printer: Printer,
    }
}

form! {
    /// Make a pending share set.
    RotateForm / RotateFocus {
        /// k.
        threshold: Threshold,
        /// The holders, `LABEL@PLACE, …`.
        holders: Holders,
        /// Allow k = 1.
        allow_one: AllowOne,
    }
}

form! {
    /// Export the audit chain.
    ExportForm / ExportFocus {
        /// jsonl or csv.
        format: Format,
        /// The file.
        file: File,
    }
}

form! {
    /// A file to write (the custody report).
    FileForm / FileFocus {
        /// The file.
        file: File,
    }
}

form! {
    /// A new PO passphrase.
    PassphraseForm / PassphraseFocus {
        /// The new passphrase (masked).
        new: New,
        /// Again.
        again: Again,
        /// Accept a weak one.
        accept_weak: AcceptWeak,
    }
}

form! {
    /// Takeover in an emergency session.
    TakeoverForm / TakeoverFocus {
        /// The new PO passphrase (masked).
        new: New,
        /// Again.
        again: Again,
        /// Accept a weak one.
        accept_weak: AcceptWeak,
        /// The reason's category.
        category: Category,
        /// The reason.
        reason: Reason,
        /// The approver (a roster approver other than the actor).
        approver: Approver,
        /// The approver's PIN.
        pin: Pin,
    }
}

/// The fields of a form, by what it does.
pub enum FormBody {
    /// [`FormKind::AddSecret`].
    AddSecret(AddSecretForm),
    /// [`FormKind::NewVersion`].
    NewVersion(ValueFields),
    /// [`FormKind::RemoveSecret`], [`FormKind::RemovePerson`].
    Confirm(ConfirmForm),
    /// [`FormKind::AddPerson`].
    AddPerson(AddPersonForm),
    /// [`FormKind::Settings`].
    Settings(SettingsForm),
    /// [`FormKind::PrintSheets`] without `lp`.
    Print(PrintForm),
    /// [`FormKind::PrintSheets`] with `lp`.
    PrintLp(PrintLpForm),
    /// [`FormKind::Rotate`].
    Rotate(RotateForm),
    /// [`FormKind::Export`].
    Export(ExportForm),
    /// [`FormKind::Report`].
    File(FileForm),
    /// [`FormKind::ChangePassphrase`].
    Passphrase(PassphraseForm),
    /// [`FormKind::Takeover`].
    Takeover(TakeoverForm),
    /// [`FormKind::Acknowledge`]: no field, one yes.
    Nothing,
}

impl FormBody {
    /// The fields in order (drawing, moving between them).
    pub fn fields(&self) -> Vec<&Field> {
        match self {
            Self::AddSecret(f) => f.fields(),
            Self::NewVersion(f) => f.fields(),
            Self::Confirm(f) => f.fields(),
            Self::AddPerson(f) => f.fields(),
            Self::Settings(f) => f.fields(),
            Self::Print(f) => f.fields(),
            Self::PrintLp(f) => f.fields(),
            Self::Rotate(f) => f.fields(),
            Self::Export(f) => f.fields(),
            Self::File(f) => f.fields(),
            Self::Passphrase(f) => f.fields(),
            Self::Takeover(f) => f.fields(),
            Self::Nothing => Vec::new(),
        }
    }

    /// The fields in order, to edit.
    pub fn fields_mut(&mut self) -> Vec<&mut Field> {
        match self {
            Self::AddSecret(f) => f.fields_mut(),
            Self::NewVersion(f) => f.fields_mut(),
            Self::Confirm(f) => f.fields_mut(),
            Self::AddPerson(f) => f.fields_mut(),
            Self::Settings(f) => f.fields_mut(),
            Self::Print(f) => f.fields_mut(),
            Self::PrintLp(f) => f.fields_mut(),
            Self::Rotate(f) => f.fields_mut(),
            Self::Export(f) => f.fields_mut(),
            Self::File(f) => f.fields_mut(),
            Self::Passphrase(f) => f.fields_mut(),
            Self::Takeover(f) => f.fields_mut(),
            Self::Nothing => Vec::new(),
        }
    }
}

/// A dialog of named fields ([`FormBody`]). Enter moves to the next field
/// and submits on the last; Tab and Shift-Tab move; Esc closes.
pub struct FormState {
    /// What the form does.
    pub kind: FormKind,
    /// Its fields, by name.
    pub body: FormBody,
    /// The focused field: its place in [`FormBody::fields`], set from the
    /// form's focus enum (`TakeoverFocus::Reason.into()`).
    pub focus: usize,
    /// Lines shown above the fields (what the form is about).
    pub info: Vec<String>,
    /// The last refusal, already worded.
    pub error: Option<String>,
    /// For a new passphrase: the zxcvbn score and notes of the first
    /// field, computed by `update` when it changes (never per frame).
    pub strength: (u8, Vec<String>),
}

impl FormState {
    /// A form with focus on its first field.
    pub fn new(kind: FormKind, body: FormBody) -> Self {
        Self {
            kind,
            body,
            focus: 0,
            info: Vec::new(),
            error: None,
            strength: (0, Vec::new()),
        }
    }

    /// The fields in order.
    pub fn fields(&self) -> Vec<&Field> {
        self.body.fields()
    }

    /// The focused field.
    pub fn focused(&self) -> Option<&Field> {
        self.body.fields().get(self.focus).copied()
    }

    /// Puts the focus on `field` (a variant of the form's focus enum).
    pub fn focus_on(&mut self, field: impl Into<usize>) {
        self.focus = field.into();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_picks_the_next_option_it_starts_in_any_case() {
        let opts = ["approver", "delegate", "holder", "Dirk"];
        assert_eq!(choose_by_letter(&opts, 0, 'd'), (1, false));
        assert_eq!(choose_by_letter(&opts, 1, 'd'), (3, false), "the next one");
        assert_eq!(
            choose_by_letter(&opts, 3, 'D'),
            (1, false),
            "wraps, any case"
        );
        assert_eq!(choose_by_letter(&opts, 2, ' '), (3, false), "space: next");
        assert_eq!(choose_by_letter(&opts, 2, 'q'), (2, true), "no match: hint");
        assert_eq!(choose_by_letter::<&str>(&[], 0, 'a'), (0, true));
    }

    #[test]
    fn letters_on_a_text_field_are_not_taken_by_the_choice() {
        let mut f = Field::text(Msg::TuiName);
        assert!(!f.type_letter('x'));
        let mut c = Field::choice(Msg::TuiRole, vec!["no".into(), "yes".into()], 0);
        assert!(c.type_letter('y'));
        assert_eq!((c.choice, c.hint), (1, false));
        assert!(c.type_letter('z'));
        assert_eq!((c.choice, c.hint), (1, true));
        f.text.push('x');
        assert_eq!(f.trimmed(), "x");
    }

    #[test]
    fn a_form_lists_its_named_fields_in_focus_order() {
        let p = PassphraseForm {
            new: Field::masked(Msg::NewPassphrase),
            again: Field::masked(Msg::TuiPassphraseAgain),
            accept_weak: Field::choice(Msg::TuiAcceptWeak, vec!["no".into()], 0),
        };
        let mut f = FormState::new(FormKind::ChangePassphrase, FormBody::Passphrase(p));
        f.focus_on(PassphraseFocus::AcceptWeak);
        assert_eq!(f.focused().map(|x| x.label), Some(Msg::TuiAcceptWeak));
        f.focus_on(PassphraseFocus::Again);
        assert_eq!(f.focused().map(|x| x.label), Some(Msg::TuiPassphraseAgain));
        assert_eq!(f.fields().len(), 3);
    }
}
