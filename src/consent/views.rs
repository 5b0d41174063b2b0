//! Views of informed consent: the counsellor's document editor, a member reading and signing
//! before a session, and each attending person's standing as booking pages show it.

use askama::Template;
use serde::Deserialize;

use super::model::Standing;
use crate::i18n::{Lang, Locales};
use crate::pages::format_time_in;
use crate::web::{FormErrors, Layout};

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct DocumentForm {
    pub body: String,
}

#[derive(Template)]
#[template(path = "consent/edit.html")]
pub struct EditPage {
    pub l: Layout,
    pub form: DocumentForm,
    pub errors: FormErrors,
    /// (version, published on)
    pub versions: Vec<(i64, String)>,
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct SignForm {
    pub typed_name: String,
    pub agree: String,
    /// The version's SHA-256 as the page showed it: a newer version published meanwhile is
    /// not signed unread.
    pub hash: String,
    /// "yes": let the counsellor see the answers before and after sessions.
    pub share_feedback: String,
}

#[derive(Template)]
#[template(path = "consent/sign.html")]
pub struct SignPage {
    pub l: Layout,
    pub booking_id: String,
    pub counsellor: String,
    pub version: i64,
    pub hash: String,
    /// The document, rendered from Markdown (raw HTML dropped).
    pub html: String,
    /// As whom and when they signed this version, if they did.
    pub signed: Option<(String, String)>,
    /// They signed an earlier version: this one is new.
    pub earlier: Option<i64>,
    pub form: SignForm,
    pub errors: FormErrors,
}

/// One attending person's standing, as the booking and room pages list it.
pub struct StandingLine {
    pub text: String,
    pub signed: bool,
}

/// Consent for one session, as its pages show it.
pub struct SessionConsent {
    pub lines: Vec<StandingLine>,
    /// The viewer must sign (or sign again) before the session.
    pub viewer_must_sign: bool,
    /// Someone has not signed, and the counsellor has not yet decided to go ahead.
    pub open_decision: bool,
    /// When the counsellor decided to go ahead without every signature.
    pub proceeded: Option<String>,
}

impl SessionConsent {
    /// Each attending person's standing with the counsellor's current document, for `viewer`,
    /// in the viewer's language; None when the counsellor has published none.
    pub fn build_in(
        (locales, lang): (&Locales, Lang),
        standings: &[(String, String, Standing)],
        viewer_id: &str,
        proceeded_at: Option<i64>,
        tz: &str,
    ) -> Option<SessionConsent> {
        if standings.iter().all(|(_, _, s)| *s == Standing::NothingToSign) {
            return None;
        }
        let t = |key: &str, args: &[(&str, &str)]| locales.text(lang, key, args);
        let lines: Vec<StandingLine> = standings
            .iter()
            .map(|(id, name, s)| {
                let you = id == viewer_id;
                let text = match s {
                    Standing::Signed(sig) => {
                        let (version, when) = (sig.version.to_string(), format_time_in(lang, sig.signed_at, tz));
                        let args = [("name", name.as_str()), ("version", &version), ("when", &when)];
                        if you {
                            t("consent-standing-you-signed", &args[1..])
                        } else {
                            t("consent-standing-signed", &args)
                        }
                    }
                    Standing::Outdated(sig) => {
                        let version = sig.version.to_string();
                        let args = [("name", name.as_str()), ("version", &version)];
                        if you {
                            t("consent-standing-you-outdated", &args[1..])
                        } else {
                            t("consent-standing-outdated", &args)
                        }
                    }
                    _ if you => t("consent-standing-you-unsigned", &[]),
                    _ => t("consent-standing-unsigned", &[("name", name)]),
                };
                StandingLine { text, signed: matches!(s, Standing::Signed(_)) }
            })
            .collect();
        let unsigned = lines.iter().any(|l| !l.signed);
        Some(SessionConsent {
            viewer_must_sign: standings.iter().any(|(id, _, s)| id == viewer_id && s.needs_signing()),
            open_decision: unsigned && proceeded_at.is_none(),
            proceeded: proceeded_at.filter(|_| unsigned).map(|t| format_time_in(lang, t, tz)),
            lines,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consent::model::Signature;

    fn signature(version: i64) -> Signature {
        Signature {
            user_id: "u".into(),
            typed_name: "Nadia Khan".into(),
            version,
            document_hash: "h".into(),
            signed_at: 1_790_000_000_000,
        }
    }

    #[test]
    fn the_lines_read_the_same_from_the_messages_in_english_and_in_hindi_name_each_person() {
        let locales = Locales::load(false).unwrap();
        let standings = vec![
            ("u".to_string(), "Nadia".to_string(), Standing::Signed(signature(1))),
            ("p".to_string(), "Sam".to_string(), Standing::Outdated(signature(1))),
            ("q".to_string(), "Ira".to_string(), Standing::Unsigned),
        ];
        let en = SessionConsent::build_in((&locales, Lang::En), &standings, "q", Some(5), "Asia/Kolkata").unwrap();
        let when = crate::pages::format_time_in(Lang::En, 1_790_000_000_000, "Asia/Kolkata");
        let lines: Vec<&str> = en.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            lines,
            [
                format!("Nadia signed version 1 on {when}").as_str(),
                "Sam signed version 1; the document has changed since, so not yet this one",
                "You: not signed yet",
            ]
        );
        assert!(en.viewer_must_sign && en.proceeded.is_some());
        let hi = SessionConsent::build_in((&locales, Lang::Hi), &standings, "q", None, "Asia/Kolkata").unwrap();
        let lines: Vec<&str> = hi.lines.iter().map(|l| l.text.as_str()).collect();
        assert!(lines[0].starts_with("Nadia ने ") && lines[0].contains("वर्ज़न 1"), "{lines:?}");
        assert_eq!(lines[2], "आपने अभी हस्ताक्षर नहीं किए हैं");
    }
}
