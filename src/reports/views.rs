use askama::Template;
use serde::Deserialize;

use super::model::Decision;
use crate::web::{FormErrors, Layout};

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct ReportForm {
    pub reason: String,
    pub note: String,
    /// "yes" to attach the reported text.
    pub attach: String,
}

/// The report form, for a message, a counsellor or a guide.
#[derive(Template)]
#[template(path = "reports/form.html")]
pub struct FormPage {
    pub l: Layout,
    pub heading: String,
    /// Where the form posts (the page's own address).
    pub action: String,
    /// Who or what is reported, as the reporter already sees it.
    pub about: String,
    /// The reported message's text, which the reporter may attach.
    pub attachable: Option<String>,
    /// The reported person is the reporter's partner: safety first, with the first country's
    /// crisis lines (India's) on the page itself.
    pub about_partner: bool,
    pub crisis: Option<crate::pages::CrisisCountry>,
    /// (value, its words in the reader's language).
    pub reasons: Vec<(&'static str, String)>,
    pub form: ReportForm,
    pub errors: FormErrors,
}

/// One line of the reporter's own list.
pub struct MineLine {
    pub what: String,
    pub reason: String,
    pub when: String,
    pub outcome: String,
}

#[derive(Template)]
#[template(path = "reports/mine.html")]
pub struct MinePage {
    pub l: Layout,
    pub reports: Vec<MineLine>,
}

pub struct QueueLine {
    pub id: String,
    pub what: String,
    pub reason: String,
    pub when: String,
    pub attached: bool,
    pub outcome: Option<String>,
}

#[derive(Template)]
#[template(path = "reports/queue.html")]
pub struct QueuePage {
    pub l: Layout,
    pub open: Vec<QueueLine>,
    pub decided: Vec<QueueLine>,
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct DecideForm {
    pub decision: String,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "reports/item.html")]
pub struct ItemPage {
    pub l: Layout,
    pub id: String,
    pub what: String,
    pub reason: String,
    pub when: String,
    pub attached: Option<Vec<String>>,
    pub note: Option<Vec<String>>,
    /// Who it is about, as far as the operator needs: "A member's account", or a counsellor's
    /// public name, or a guide's address.
    pub about: String,
    pub about_link: Option<String>,
    pub acted_before: i64,
    pub decisions: Vec<Decision>,
    pub decided: Option<String>,
    pub form: DecideForm,
    pub errors: FormErrors,
}

/// The neutral outcome, to the reporter.
#[derive(Template)]
#[template(path = "reports/mail/outcome.txt")]
pub struct OutcomeLetter<'a> {
    pub v: &'a crate::mail::Voice,
    pub link: &'a str,
}

/// A warning, to the reported account: general words, never who reported or what exactly.
#[derive(Template)]
#[template(path = "reports/mail/warning.txt")]
pub struct WarningLetter<'a> {
    pub v: &'a crate::mail::Voice,
    pub reason: &'a str,
}
