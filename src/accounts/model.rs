//! Account rules. Values here are built only by `parse`: what exists past it is valid.

use std::fmt;

/// What an account may do. Members are partners; counsellors and admins come later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Member,
    Counsellor,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Counsellor => "counsellor",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Role {
        match s {
            "admin" => Role::Admin,
            "counsellor" => Role::Counsellor,
            _ => Role::Member,
        }
    }
}

/// The signed-in person as every request sees them.
#[derive(Clone, Debug)]
pub struct SessionUser {
    pub session_id: String,
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub time_zone: String,
    /// Discreet mode: a neutral tab title and icon, and mail that does not name the service.
    pub discreet: bool,
    /// When this session last proved who it is (sign-in, or the password asked again).
    pub authenticated_at: i64,
    /// Conversations with something unread, for the navigation.
    pub unread: i64,
    /// The language the account chose, if it chose one.
    pub language: Option<crate::i18n::Lang>,
}

impl SessionUser {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    pub fn is_counsellor(&self) -> bool {
        self.role == Role::Counsellor
    }
}

/// An email address, trimmed and lower-cased, so one address is one account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, &'static str> {
        let s = raw.trim().to_lowercase();
        if s.is_empty() {
            return Err("Enter your email address.");
        }
        let Some((local, domain)) = s.split_once('@') else {
            return Err("Enter an email address like name@example.com.");
        };
        let ok = s.len() <= 254
            && !local.is_empty()
            && local.len() <= 64
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !s.chars().any(|c| c.is_whitespace() || c.is_control() || "<>\"(),;:[]\\".contains(c));
        if ok { Ok(Email(s)) } else { Err("Enter an email address like name@example.com.") }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub const PASSWORD_MIN: usize = 8;
pub const PASSWORD_MAX: usize = 128;

/// A password that meets the rules; it is never stored, only its Argon2id hash.
pub struct Password(String);

impl Password {
    /// `is_common` answers whether the password is on the list of the most common ones.
    pub fn parse(raw: &str, email: Option<&Email>, is_common: impl Fn(&str) -> bool) -> Result<Password, &'static str> {
        let n = raw.chars().count();
        if n < PASSWORD_MIN {
            return Err("Use at least 8 characters. A few unrelated words make a strong password.");
        }
        if n > PASSWORD_MAX {
            return Err("Use at most 128 characters.");
        }
        if is_common(&raw.to_lowercase()) {
            return Err("That password is one of the most commonly used, so it is easy to guess. Choose another.");
        }
        if email.is_some_and(|e| e.as_str() == raw.trim().to_lowercase()) {
            return Err("Your password can't be your email address.");
        }
        Ok(Password(raw.to_string()))
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// The name shown to a partner or counsellor. A pseudonym is welcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(raw: &str) -> Result<DisplayName, &'static str> {
        let s: String = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if s.is_empty() {
            return Err("Enter a name to be called by. A first name or a pseudonym is fine.");
        }
        if s.chars().count() > 60 {
            return Err("Keep the name under 60 characters.");
        }
        if s.chars().any(char::is_control) {
            return Err("The name contains characters we can't show.");
        }
        Ok(DisplayName(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A short, recognisable description of a browser, for the list of signed-in sessions.
pub fn describe_agent(ua: &str) -> String {
    let browser =
        [("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Safari/", "Safari")]
            .iter()
            .find(|(needle, _)| ua.contains(needle))
            .map(|(_, name)| *name);
    let os = [
        ("Android", "Android"),
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ]
    .iter()
    .find(|(needle, _)| ua.contains(needle))
    .map(|(_, name)| *name);
    match (browser, os) {
        (Some(b), Some(o)) => format!("{b} on {o}"),
        (Some(b), None) => b.to_string(),
        (None, Some(o)) => format!("A browser on {o}"),
        (None, None) => "An unrecognised browser or app".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn never_common(_: &str) -> bool {
        false
    }

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(Email::parse("  Asha@Example.ORG ").unwrap().as_str(), "asha@example.org");
        for bad in ["", "asha", "asha@", "@example.org", "asha@example", "a b@example.org", "a@b@c.org", "a@.org"] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn passwords_follow_length_and_common_rules() {
        assert!(Password::parse("short", None, never_common).is_err());
        assert!(Password::parse(&"x".repeat(129), None, never_common).is_err());
        assert!(Password::parse(&"é".repeat(8), None, never_common).is_ok(), "characters, not bytes");
        assert!(Password::parse("correct horse battery", None, never_common).is_ok());
        assert!(Password::parse("Password123", None, |p| p == "password123").is_err());
        let email = Email::parse("asha@example.org").unwrap();
        assert!(Password::parse("Asha@Example.org", Some(&email), never_common).is_err());
    }

    #[test]
    fn display_names_are_tidied() {
        assert_eq!(DisplayName::parse("  Sun   flower ").unwrap().as_str(), "Sun flower");
        assert!(DisplayName::parse("   ").is_err());
        assert!(DisplayName::parse(&"n".repeat(61)).is_err());
    }

    #[test]
    fn agents_are_described_briefly() {
        let ua = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36";
        assert_eq!(describe_agent(ua), "Chrome on Linux");
        assert_eq!(describe_agent(""), "An unrecognised browser or app");
    }
}
