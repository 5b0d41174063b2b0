//! Views of the program: the start and the journey here, each step's pages in its own file
//! (as `handlers/` and `store/` are split).

mod acknowledge;
mod actions;
mod roots;
mod support;
mod talks;
mod time;
mod transparency;

pub use acknowledge::*;
pub use actions::*;
pub use roots::*;
pub use support::*;
pub use talks::*;
pub use time::*;
pub use transparency::*;

use askama::Template;
use serde::Deserialize;

use crate::program::model::Perspective;
use crate::web::{FormErrors, Layout};

#[derive(Template)]
#[template(path = "program/start.html")]
pub struct StartPage {
    pub l: Layout,
    pub current: Option<Perspective>,
    pub errors: FormErrors,
}

impl StartPage {
    pub fn is(&self, p: &str) -> bool {
        self.current.is_some_and(|c| c.as_str() == p)
    }
}

#[derive(Deserialize, Default, Debug)]
#[serde(default)]
pub struct StartForm {
    pub perspective: String,
}

pub struct StepLine {
    pub number: u8,
    pub title: String,
    pub summary: String,
    pub href: &'static str,
    pub status: String,
}

/// A private nudge: shown only to the member it concerns.
pub struct NudgeLine {
    pub title: String,
    pub text: String,
    pub links: Vec<(String, &'static str)>,
}

#[derive(Template)]
#[template(path = "program/journey.html")]
pub struct JourneyPage {
    pub l: Layout,
    pub started: String,
    pub weeks: i64,
    pub steps: Vec<StepLine>,
    pub waiting: Vec<(String, String)>,
    pub nudges: Vec<NudgeLine>,
    pub ratings: Option<Trend>,
    /// Exercises from a counsellor not yet done: (id, counsellor, text).
    pub exercises: Vec<ExerciseLine>,
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct TextForm {
    pub text: String,
    pub visibility: String,
}

impl TextForm {
    pub fn is_shared(&self) -> bool {
        self.visibility == "shared"
    }
}

/// An exercise from a counsellor on the journey: the member's own, or the couple's.
pub struct ExerciseLine {
    pub id: String,
    pub counsellor: String,
    pub text: String,
    /// For the couple: whether the partner has done their part ("Sam has done their part").
    pub together: Option<String>,
}
