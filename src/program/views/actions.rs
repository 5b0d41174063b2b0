//! Step 3's views: commitments and their confirmations.

use askama::Template;
use serde::Deserialize;

use super::Trend;
use crate::web::{FormErrors, Layout};

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct CommitmentForm {
    pub text: String,
    pub kind: String,
    pub date: String,
    pub time: String,
    pub day0: String,
    pub day1: String,
    pub day2: String,
    pub day3: String,
    pub day4: String,
    pub day5: String,
    pub day6: String,
    /// "yes" to be emailed before each occurrence.
    pub remind: String,
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct RemindForm {
    pub remind: String,
}

impl CommitmentForm {
    pub fn days(&self) -> [bool; 7] {
        [&self.day0, &self.day1, &self.day2, &self.day3, &self.day4, &self.day5, &self.day6].map(|d| !d.is_empty())
    }
    pub fn day_on(&self, i: &usize) -> bool {
        self.days()[*i]
    }
    pub fn kind_is(&self, k: &str) -> bool {
        self.kind == k || (self.kind.is_empty() && k == "daily")
    }
}

#[derive(Deserialize, Default, Debug)]
#[serde(default)]
pub struct ConfirmForm {
    pub occurrence: String,
    pub outcome: String,
    pub note: String,
}

pub struct OccurrenceLine {
    pub at: i64,
    pub when: String,
}

pub struct CommitmentLine {
    pub id: String,
    pub text: String,
    pub schedule: String,
    pub next: String,
    pub ended: bool,
    pub reminds: bool,
    pub figures: crate::program::actions::Figures,
    pub to_confirm: Vec<OccurrenceLine>,
    /// When, the outcome in the reader's words, the partner's note.
    pub recent: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "program/actions.html")]
pub struct ActionsPage {
    pub l: Layout,
    pub has_partner: bool,
    pub partner: String,
    pub weekly: Option<Trend>,
    pub mine: Vec<CommitmentLine>,
    pub theirs: Vec<CommitmentLine>,
    pub form: CommitmentForm,
    pub errors: FormErrors,
    pub weekdays: Vec<(usize, &'static str)>,
}

/// The reminder of a commitment's occurrence, to its maker.
#[derive(Template)]
#[template(path = "program/mail/reminder.txt")]
pub struct ReminderLetter<'a> {
    pub v: &'a crate::mail::Voice,
    pub name: &'a str,
    pub when: &'a str,
    pub zone: &'a str,
    pub link: &'a str,
}
