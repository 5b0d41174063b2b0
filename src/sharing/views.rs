//! Views for sharing with a counsellor and the counsellor's client pages.

use askama::Template;
use serde::Deserialize;

use super::model::{Read, what_label};
use crate::pages::format_time;
use crate::web::{FormErrors, Layout};

/// The read log as the client's pages list it: (counsellor, what, when in the client's zone).
pub fn read_log(reads: Vec<Read>, time_zone: &str) -> Vec<(String, String, String)> {
    reads
        .into_iter()
        .map(|r| (r.counsellor_name, what_label(&r.what).to_string(), format_time(r.read_at, time_zone)))
        .collect()
}

pub struct ShareOption {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

pub struct SharingCard {
    pub id: String,
    pub name: String,
    pub options: Vec<ShareOption>,
}

#[derive(Template)]
#[template(path = "sharing/sharing.html")]
pub struct SharingPage {
    pub l: Layout,
    pub counsellors: Vec<SharingCard>,
    /// (counsellor, what, when)
    pub log: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "sharing/clients.html")]
pub struct ClientsPage {
    pub l: Layout,
    pub clients: Vec<(String, String)>,
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct NoteForm {
    pub text: String,
}

#[derive(Template)]
#[template(path = "sharing/client.html")]
pub struct ClientPage {
    pub l: Layout,
    pub client_id: String,
    pub name: String,
    pub nothing_shared: bool,
    pub trend: Option<crate::program::views::Trend>,
    pub account: Option<String>,
    pub scores: Vec<(String, i64)>,
    pub reflections: Vec<String>,
    /// (assigned on, text, done)
    pub exercises: Vec<(String, String, bool)>,
    pub notes: Vec<(String, String)>,
    pub form: NoteForm,
    pub exercise_form: NoteForm,
    /// Kinds shared that hold nothing yet ("check-in numbers").
    pub empty: Vec<String>,
    /// When the client asked DilTalks to tell this counsellor they may not be safe.
    pub safety_alerts: Vec<String>,
    pub errors: FormErrors,
}
