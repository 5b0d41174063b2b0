//! Templates and form values of the accounts pages.

use askama::Template;
use serde::Deserialize;

use super::session_store::SessionInfo;
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
    pub fn new(s: SessionInfo, current: &str, tz: &str) -> SessionLine {
        SessionLine {
            is_this_one: s.id == current,
            device: super::model::describe_agent(&s.user_agent),
            started: crate::pages::format_time(s.created_at, tz),
            last_active: crate::pages::format_time(s.last_seen_at, tz),
            id: s.id,
        }
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
    /// The latest reads of what this member shared with a counsellor: (who, what, when).
    pub reads: Vec<(String, String, String)>,
}
