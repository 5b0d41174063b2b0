//! Views of the directory: the search page, a counsellor's public profile, the page for
//! counsellors, and the matching questionnaire.

use askama::Template;
use serde::Deserialize;

use crate::availability::views::SlotDay;
use crate::profiles::views::Card;
use crate::web::{FormErrors, Layout};

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct DirectoryQuery {
    pub q: String,
    pub specialty: String,
    pub language: String,
    pub format: String,
    pub fee_min: String,
    pub fee_max: String,
    /// Free within this many days: "", "3", "7" or "14".
    pub within: String,
    pub page: String,
}

#[derive(Template)]
#[template(path = "directory/directory.html")]
pub struct DirectoryPage {
    pub l: Layout,
    pub query: DirectoryQuery,
    pub errors: FormErrors,
    pub cards: Vec<Card>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    /// The current filters as a query string, without the page.
    pub filters_qs: String,
    /// The areas and formats to filter by: (value, label in the reader's language).
    pub specialties: Vec<(&'static str, String)>,
    pub formats: Vec<(&'static str, String)>,
    /// The languages listed counsellors speak, as they wrote them.
    pub languages: Vec<String>,
}

#[derive(Template)]
#[template(path = "directory/profile.html")]
pub struct PublicProfilePage {
    pub l: Layout,
    pub card: Card,
    pub photo: Option<crate::profiles::model::PhotoMeta>,
    pub signed_in: bool,
    pub days: Vec<SlotDay>,
    /// The booking being moved, when the member came to choose a new time.
    pub reschedule: String,
    /// The licence and that our team checked it, one sentence in the reader's language.
    pub licence: String,
}

#[derive(Template)]
#[template(path = "directory/for_counsellors.html")]
pub struct ForCounsellorsPage {
    pub l: Layout,
}
#[derive(Default, Debug, Clone)]
pub struct MatchForm {
    pub concerns: Vec<String>,
    /// "me" or "both": who will attend; it decides the kind of session offered first.
    pub who: String,
    pub language: String,
    pub formats: Vec<String>,
    pub budget: String,
    pub currency: String,
    pub time_of_day: String,
    pub gender: String,
}

impl MatchForm {
    pub fn from_pairs(pairs: Vec<(String, String)>) -> MatchForm {
        let mut f = MatchForm::default();
        for (k, v) in pairs {
            match k.as_str() {
                "concerns" => f.concerns.push(v),
                "who" => f.who = v,
                "language" => f.language = v,
                "formats" => f.formats.push(v),
                "budget" => f.budget = v,
                "currency" => f.currency = v,
                "time_of_day" => f.time_of_day = v,
                "gender" => f.gender = v,
                _ => {}
            }
        }
        f
    }

    pub fn has_concern(&self, k: &&str) -> bool {
        self.concerns.iter().any(|c| c == k)
    }

    pub fn has_format(&self, k: &&str) -> bool {
        self.formats.iter().any(|c| c == k)
    }
}

pub struct MatchResult {
    pub card: Card,
    pub score: i64,
    pub why: Vec<(bool, String)>,
}

#[derive(Template)]
#[template(path = "directory/match.html")]
pub struct MatchPage {
    pub l: Layout,
    pub form: MatchForm,
    pub errors: FormErrors,
    pub results: Option<Vec<MatchResult>>,
    pub languages: Vec<String>,
    /// The choices, each (value, label in the reader's language).
    pub specialties: Vec<(&'static str, String)>,
    pub formats: Vec<(&'static str, String)>,
    pub genders: Vec<(&'static str, String)>,
    pub currencies: Vec<(&'static str, String)>,
}
