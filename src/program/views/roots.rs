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
    pub title: &'static str,
    pub question: &'static str,
    pub form: WrittenForm,
    pub error: Option<String>,
    pub answers: Vec<WrittenLine>,
}

pub struct WrittenLine {
    pub id: String,
    pub text: String,
    pub mine: bool,
    pub shared: bool,
    pub author: String,
    pub when: String,
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
    pub question: &'static str,
    pub has_partner: bool,
    pub form: WrittenForm,
    pub error: Option<String>,
}
