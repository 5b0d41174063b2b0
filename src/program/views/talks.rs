//! Step 4's views: the talk schedule, the question box and ratings.

use askama::Template;
use serde::Deserialize;

use crate::web::{FormErrors, Layout};

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct ScheduleForm {
    pub weekday: String,
    pub time: String,
    pub duration: String,
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct QuestionForm {
    pub text: String,
}

#[derive(Deserialize, Default, Debug)]
#[serde(default)]
pub struct RatingForm {
    pub occurrence: String,
    pub heard: String,
    pub safe: String,
    pub punished: String,
}

pub struct QuestionLine {
    pub id: String,
    pub text: String,
    /// "Added by you, 2 Nov 2026, 19:10" or "Added by Asha, …", in the reader's language.
    pub added: String,
}

#[derive(Template)]
#[template(path = "program/talks.html")]
pub struct TalksPage {
    pub l: Layout,
    pub has_partner: bool,
    pub partner: String,
    pub agreed: Option<String>,
    /// A proposal waiting: its id, the sentence that names it ("You proposed …" or "Asha
    /// proposed …"), and whether it is the reader's own.
    pub pending: Option<(String, String, bool)>,
    pub next: String,
    pub open_until: Option<String>,
    /// The open talk's end (Unix ms, for the live countdown) and minutes left.
    pub open_end: i64,
    pub minutes_left: i64,
    /// "Paused by Asha at 2 Nov 2026, 19:20.", while the open talk is paused.
    pub paused: Option<String>,
    /// Held and missed talks over the last 90 days.
    pub record: String,
    pub can_ask: bool,
    pub questions: Vec<QuestionLine>,
    pub to_rate: Vec<(i64, String)>,
    pub ratings: Vec<(String, i64, i64, i64)>,
    pub schedule_form: ScheduleForm,
    pub question_form: QuestionForm,
    pub errors: FormErrors,
    pub weekdays: Vec<(usize, &'static str)>,
    pub scale: Vec<i64>,
}
