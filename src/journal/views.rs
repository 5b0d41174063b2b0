use askama::Template;
use serde::Deserialize;

use super::model::{Visibility, preview};
use super::store::Entry;
use crate::web::{FormErrors, Layout};

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct EntryForm {
    pub text: String,
    pub visibility: String,
}

impl EntryForm {
    pub fn is_shared(&self) -> bool {
        self.visibility == "shared"
    }
}

pub struct EntryLine {
    pub id: String,
    pub preview: String,
    pub when: String,
    pub mine: bool,
    pub shared: bool,
    pub author: String,
}

impl EntryLine {
    pub fn new(e: &Entry, me: &str, tz: &str, lang: crate::i18n::Lang) -> EntryLine {
        EntryLine {
            id: e.id.clone(),
            preview: preview(&e.text),
            when: crate::pages::format_time_in(lang, e.created_at, tz),
            mine: e.author_id == me,
            shared: e.visibility == Visibility::Shared,
            author: e.author_name.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "journal/list.html")]
pub struct ListPage {
    pub l: Layout,
    pub entries: Vec<EntryLine>,
    pub has_partner: bool,
}

#[derive(Template)]
#[template(path = "journal/form.html")]
pub struct FormPage {
    pub l: Layout,
    pub action: String,
    pub form: EntryForm,
    pub errors: FormErrors,
    pub has_partner: bool,
    pub editing: bool,
}

#[derive(Template)]
#[template(path = "journal/show.html")]
pub struct ShowPage {
    pub l: Layout,
    pub entry: EntryLine,
    pub paragraphs: Vec<String>,
    pub edited: Option<String>,
}
