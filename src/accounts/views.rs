//! Templates and form values of the accounts pages.

use askama::Template;
use serde::Deserialize;

use super::session_store::SessionInfo;
use crate::i18n::{Lang, Locales};
use crate::mail::Voice;
use crate::web::{FormErrors, Layout};

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct RegisterForm {
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub time_zone: String,
    pub next: String,
    /// "counsellor" for a counsellor account; anything else makes a member's.
    pub account: String,
}

impl RegisterForm {
    pub fn is_counsellor(&self) -> bool {
        self.account == "counsellor"
    }
}

#[derive(Template)]
#[template(path = "accounts/register.html")]
pub struct Register {
    pub l: Layout,
    pub form: RegisterForm,
    pub errors: FormErrors,
}

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct LoginForm {
    pub email: String,
    pub password: String,
    pub next: String,
}

#[derive(Template)]
#[template(path = "accounts/login.html")]
pub struct Login {
    pub l: Layout,
    pub form: LoginForm,
    pub errors: FormErrors,
}

#[derive(Template)]
#[template(path = "accounts/confirm.html")]
pub struct Confirm {
    pub l: Layout,
    pub action: String,
}

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct EmailForm {
    pub email: String,
}

#[derive(Template)]
#[template(path = "accounts/forgot.html")]
pub struct Forgot {
    pub l: Layout,
    pub form: EmailForm,
    pub errors: FormErrors,
}

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct NewPasswordForm {
    pub password: String,
}

#[derive(Template)]
#[template(path = "accounts/reset.html")]
pub struct Reset {
    pub l: Layout,
    pub action: String,
    pub errors: FormErrors,
}

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct ProfileForm {
    pub display_name: String,
    pub time_zone: String,
}

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct ChangePasswordForm {
    pub current_password: String,
    pub new_password: String,
}

pub struct SessionLine {
    pub id: String,
    pub device: String,
    pub started: String,
    pub last_active: String,
    pub is_this_one: bool,
}

impl SessionLine {
    /// One signed-in session as the settings page lists it, in the reader's language and zone.
    pub fn new(s: SessionInfo, current: &str, tz: &str, locales: &Locales, lang: Lang) -> SessionLine {
        SessionLine {
            is_this_one: s.id == current,
            device: describe_device(locales, lang, &s.user_agent),
            started: crate::pages::format_time_in(lang, s.created_at, tz),
            last_active: crate::pages::format_time_in(lang, s.last_seen_at, tz),
            id: s.id,
        }
    }
}

/// `describe_agent`'s description in the reader's language: the browser's and the system's
/// names stay as they are, the words around them are messages. `describe_agent` writes one
/// of four shapes ("Chrome on Linux", "Chrome", "A browser on Linux", or that it is
/// unrecognised), and no browser or system name it knows contains " on ".
fn describe_device(locales: &Locales, lang: Lang, ua: &str) -> String {
    let english = super::model::describe_agent(ua);
    if let Some(os) = english.strip_prefix("A browser on ") {
        locales.text(lang, "settings-device-os", &[("os", os)])
    } else if let Some((browser, os)) = english.split_once(" on ") {
        locales.text(lang, "settings-device", &[("browser", browser), ("os", os)])
    } else if english == "An unrecognised browser or app" {
        locales.text(lang, "settings-device-unknown", &[])
    } else {
        english
    }
}

#[derive(Template)]
#[template(path = "accounts/settings.html")]
pub struct Settings {
    pub l: Layout,
    pub email: String,
    pub profile: ProfileForm,
    pub profile_errors: FormErrors,
    pub password_errors: FormErrors,
    pub sessions: Vec<SessionLine>,
    pub two_factor_on: bool,
    /// The latest reads of what this member shared with a counsellor, each a line in the
    /// reader's language ("3 Nov 2026, 14:05: Meera Rao looked at your check-in numbers").
    pub reads: Vec<String>,
    /// Each kind of optional mail: (field name, label in the reader's language, received).
    pub mail_choices: Vec<(&'static str, String, bool)>,
}

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct CodeForm {
    pub code: String,
}

/// The second step of signing in: the code from the app, or a recovery code.
#[derive(Template)]
#[template(path = "accounts/login_code.html")]
pub struct LoginCode {
    pub l: Layout,
    pub errors: FormErrors,
}

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct ReauthForm {
    pub password: String,
    pub code: String,
    pub next: String,
}

/// Asked before a sensitive action when the last proof is older than ten minutes.
#[derive(Template)]
#[template(path = "accounts/reauth.html")]
pub struct Reauth {
    pub l: Layout,
    pub next: String,
    pub needs_code: bool,
    pub errors: FormErrors,
}

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct EnableForm {
    pub secret: String,
    pub code: String,
}

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct DisableForm {
    pub confirm: String,
}

/// Two-step sign-in: set up (a new secret with its QR code) or, when on, its state.
#[derive(Template)]
#[template(path = "accounts/two_factor.html")]
pub struct TwoFactor {
    pub l: Layout,
    pub enabled: bool,
    pub unused_codes: i64,
    /// For setting up: the secret in base32, grouped for typing, and the QR code as SVG.
    pub secret: String,
    pub secret_grouped: String,
    pub qr_svg: String,
    pub errors: FormErrors,
}

/// New recovery codes, shown once.
#[derive(Template)]
#[template(path = "accounts/recovery_codes.html")]
pub struct RecoveryCodes {
    pub l: Layout,
    pub codes: Vec<String>,
    /// Just turned on (rather than new codes for an account that had some).
    pub first: bool,
}

impl RecoveryCodes {
    /// The codes as a text file's content, percent-encoded for a `data:` link: the download
    /// is made in the browser from this page, never fetched again from the server.
    pub fn download(&self) -> String {
        let text = format!("{}\n\n{}\n", self.l.t("twofactor-codes-file").0, self.codes.join("\n"));
        text.bytes()
            .map(|b| if b.is_ascii_alphanumeric() || b == b'-' { (b as char).to_string() } else { format!("%{b:02X}") })
            .collect()
    }
}

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct DeleteForm {
    pub confirm: String,
}

#[derive(Template)]
#[template(path = "accounts/delete.html")]
pub struct DeletePage {
    pub l: Layout,
    pub in_space: bool,
    /// Whether counsellors keep their session notes about a client who leaves (configured).
    pub keeps_notes: bool,
    pub errors: FormErrors,
}

#[derive(Template)]
#[template(path = "accounts/email.html")]
pub struct ChangeEmail {
    pub l: Layout,
    pub current: String,
    pub form: EmailForm,
    pub errors: FormErrors,
}

#[derive(Template)]
#[template(path = "accounts/email_confirm.html")]
pub struct ConfirmEmailChange {
    pub l: Layout,
    pub action: String,
}

// The account's mail (templates/accounts/mail/*.txt), each written for both voices.

#[derive(Template)]
#[template(path = "accounts/mail/confirm.txt")]
pub struct ConfirmLetter<'a> {
    pub v: &'a Voice,
    pub name: &'a str,
    pub link: &'a str,
}

#[derive(Template)]
#[template(path = "accounts/mail/already_registered.txt")]
pub struct AlreadyRegisteredLetter<'a> {
    pub v: &'a Voice,
    pub confirm: Option<String>,
    pub login: String,
    pub forgot: String,
}

#[derive(Template)]
#[template(path = "accounts/mail/reset.txt")]
pub struct ResetLetter<'a> {
    pub v: &'a Voice,
    pub link: &'a str,
}

#[derive(Template)]
#[template(path = "accounts/mail/email_change.txt")]
pub struct EmailChangeLetter<'a> {
    pub v: &'a Voice,
    pub link: &'a str,
}

#[derive(Template)]
#[template(path = "accounts/mail/email_taken.txt")]
pub struct EmailTakenLetter<'a> {
    pub v: &'a Voice,
}

#[derive(Template)]
#[template(path = "accounts/mail/email_changed.txt")]
pub struct EmailChangedLetter<'a> {
    pub v: &'a Voice,
    pub when: &'a str,
}

/// What happened to two-step sign-in, as its notice says.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FactorChange {
    On,
    Off,
    NewCodes,
}

#[derive(Template)]
#[template(path = "accounts/mail/second_factor.txt")]
pub struct SecondFactorLetter<'a> {
    pub v: &'a Voice,
    pub change: FactorChange,
    pub when: &'a str,
    pub zone: &'a str,
}
