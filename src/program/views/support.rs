//! Views for step 6: the support page and the individual track.

use askama::Template;
use serde::Deserialize;

use crate::web::{FormErrors, Layout};

#[derive(Template)]
#[template(path = "program/support.html")]
pub struct SupportPage {
    pub l: Layout,
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct ThoughtForm {
    pub situation: String,
    pub thought: String,
    pub evidence: String,
    pub reframe: String,
}

pub struct ThoughtLine {
    pub id: String,
    pub when: String,
    pub thought: crate::program::store::Thought,
}

#[derive(Template)]
#[template(path = "program/anxiety.html")]
pub struct AnxietyPage {
    pub l: Layout,
    pub form: ThoughtForm,
    pub errors: FormErrors,
    pub thoughts: Vec<ThoughtLine>,
}
