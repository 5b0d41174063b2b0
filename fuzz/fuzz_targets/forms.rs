//! The parsers behind the forms: whatever arrives, an answer and never a panic; what they
//! accept survives a round trip.
#![no_main]

use diltalks::accounts::model::{DisplayName, Email, Password, TimeZoneName};
use diltalks::pages::{hhmm, parse_hhmm};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(e) = Email::parse(text) {
        assert_eq!(Email::parse(e.as_str()).map(|x| x.as_str().to_string()), Ok(e.as_str().to_string()));
    }
    let email = Email::parse("someone@example.org").ok();
    let _ = Password::parse(text, email.as_ref(), |p| p == "password");
    if let Ok(n) = DisplayName::parse(text) {
        assert!(!n.as_str().trim().is_empty());
    }
    let _ = TimeZoneName::parse(text);
    if let Some(m) = parse_hhmm(text) {
        assert!(m < 24 * 60, "{m}");
        assert_eq!(parse_hhmm(&hhmm(m)), Some(m));
    }
    let _ = diltalks::counsellors::model::parse_fee(text);
    let _ = diltalks::counsellors::model::parse_languages(text);
    let _ = diltalks::program::questionnaire::Definition::parse(text);
});
