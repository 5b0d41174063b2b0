//! Step 5's views: reflections and needs.

use askama::Template;
use serde::Deserialize;

use crate::web::Layout;

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct WrittenForm {
    pub prompt: String,
    pub text: String,
    pub visibility: String,
}

pub struct PromptBox {
    pub key: &'static str,
    pub title: String,
    pub question: String,
    pub form: WrittenForm,
    pub error: Option<String>,
    pub answers: Vec<WrittenLine>,
}

pub struct WrittenLine {
    pub id: String,
    pub text: String,
    pub mine: bool,
    pub shared: bool,
    /// "You, 2 Nov 2026, 19:10 · shared ·", "Shared by Asha, …" (a reflection) or "You ·
    /// private, …", "Asha, …" (a need), in the reader's language.
    pub byline: String,
    pub commit_href: String,
}

#[derive(Template)]
#[template(path = "program/roots.html")]
pub struct RootsPage {
    pub l: Layout,
    pub has_partner: bool,
    pub prompts: Vec<PromptBox>,
    pub needs: Vec<WrittenLine>,
    pub need_form: WrittenForm,
    pub need_error: Option<String>,
}

#[derive(Template)]
#[template(path = "program/reflection_edit.html")]
pub struct ReflectionEditPage {
    pub l: Layout,
    pub id: String,
    pub question: String,
    pub has_partner: bool,
    pub form: WrittenForm,
    pub error: Option<String>,
}
