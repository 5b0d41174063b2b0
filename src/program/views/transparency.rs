//! Views for step 3's transparency notes and check-in requests.

use askama::Template;
use serde::Deserialize;

use crate::web::{FormErrors, Layout};

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct NoteForm {
    pub text: String,
    pub from: String,
    pub until: String,
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct LimitForm {
    pub limit: String,
}

pub struct NoteLine {
    pub author: String,
    pub when: String,
    pub window: Option<String>,
    pub proactive: bool,
    pub text: String,
}

#[derive(Template)]
#[template(path = "program/transparency.html")]
pub struct TransparencyPage {
    pub l: Layout,
    pub has_partner: bool,
    pub partner: String,
    pub note_form: NoteForm,
    pub limit_form: LimitForm,
    pub errors: FormErrors,
    /// When the partner's still-open requests were made.
    pub asked_by_partner: Vec<String>,
    pub my_open: usize,
    /// Why this member cannot ask now, if they cannot.
    pub refusal: Option<String>,
    /// How often this member may ask, as the couple agreed, in words.
    pub ask_rule: String,
    pub paused_by_me: bool,
    pub paused_by_partner: bool,
    /// A proposed new limit, and whether this member proposed it.
    pub proposal: Option<(i64, bool)>,
    /// What the proposal is and who made it, in words.
    pub proposal_text: String,
    pub shares: Vec<String>,
    pub notes: Vec<NoteLine>,
}

impl TransparencyPage {
    /// When the partner's open requests were made, as one list.
    pub fn asked_times(&self) -> String {
        self.asked_by_partner.join(", ")
    }
}
