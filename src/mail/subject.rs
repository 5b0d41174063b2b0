//! The subject lines: neutral, never about feelings or counselling, in each language.

/// Every subject line DilTalks sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    ConfirmEmail,
    AboutSignUp,
    PasswordReset,
    Invitation,
    Reminder,
    Appointment,
    AppointmentChanged,
    AboutProfile,
    AccountChanged,
    NewMessage,
    /// An update about something the recipient told the service (a report's outcome).
    Update,
    /// The operator writing to an account about its conduct.
    AboutAccount,
}

impl Subject {
    pub const ALL: [Subject; 12] = [
        Subject::ConfirmEmail,
        Subject::AboutSignUp,
        Subject::PasswordReset,
        Subject::Invitation,
        Subject::Reminder,
        Subject::Appointment,
        Subject::AppointmentChanged,
        Subject::AboutProfile,
        Subject::AccountChanged,
        Subject::NewMessage,
        Subject::Update,
        Subject::AboutAccount,
    ];

    /// Its message in `locales/`: `mail-subject-<key>` and `mail-subject-<key>-discreet`.
    fn key(self) -> &'static str {
        match self {
            Subject::ConfirmEmail => "confirm-email",
            Subject::AboutSignUp => "about-sign-up",
            Subject::PasswordReset => "password-reset",
            Subject::Invitation => "invitation",
            Subject::Reminder => "reminder",
            Subject::Appointment => "appointment",
            Subject::AppointmentChanged => "appointment-changed",
            Subject::AboutProfile => "about-profile",
            Subject::AccountChanged => "account-changed",
            Subject::NewMessage => "new-message",
            Subject::Update => "update",
            Subject::AboutAccount => "about-account",
        }
    }

    /// The line in a language; in discreet mode it names nothing, not even the service.
    pub fn text(self, locales: &crate::i18n::Locales, lang: crate::i18n::Lang, discreet: bool) -> String {
        let suffix = if discreet { "-discreet" } else { "" };
        locales.text(lang, &format!("mail-subject-{}{suffix}", self.key()), &[])
    }

    /// Whether a line is one of the discreet ones, in any language.
    pub fn is_discreet(locales: &crate::i18n::Locales, subject: &str) -> bool {
        Subject::ALL.iter().any(|s| crate::i18n::Lang::ALL.iter().any(|l| s.text(locales, *l, true) == subject))
    }
}
