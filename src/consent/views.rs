//! Views of informed consent: the counsellor's document editor, a member reading and signing
//! before a session, and each attending person's standing as booking pages show it.

use askama::Template;
use serde::Deserialize;

use super::model::Standing;
use crate::pages::format_time;
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
    /// When and as whom they signed this version, if they did.
    pub signed: Option<String>,
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
    /// Each attending person's standing with the counsellor's current document, for `viewer`;
    /// None when the counsellor has published none.
    pub fn build(
        standings: &[(String, String, Standing)],
        viewer_id: &str,
        proceeded_at: Option<i64>,
        tz: &str,
    ) -> Option<SessionConsent> {
        if standings.iter().all(|(_, _, s)| *s == Standing::NothingToSign) {
            return None;
        }
        let lines: Vec<StandingLine> = standings
            .iter()
            .map(|(id, name, s)| {
                let who = if id == viewer_id { "You".to_string() } else { name.clone() };
                let text = match s {
                    Standing::Signed(sig) => {
                        format!("{who} signed version {} on {}", sig.version, format_time(sig.signed_at, tz))
                    }
                    Standing::Outdated(sig) => {
                        format!(
                            "{who} signed version {}; the document has changed since, so not yet this one",
                            sig.version
                        )
                    }
                    _ => format!("{who}: not signed yet"),
                };
                StandingLine { text, signed: matches!(s, Standing::Signed(_)) }
            })
            .collect();
        let unsigned = lines.iter().any(|l| !l.signed);
        Some(SessionConsent {
            viewer_must_sign: standings.iter().any(|(id, _, s)| id == viewer_id && s.needs_signing()),
            open_decision: unsigned && proceeded_at.is_none(),
            proceeded: proceeded_at.filter(|_| unsigned).map(|t| format_time(t, tz)),
            lines,
        })
    }
}
