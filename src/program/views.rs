use askama::Template;
use serde::Deserialize;

use super::chart::Chart;
use super::deflection::Finding;
use super::model::{AccountStatus, Perspective, StatementKind};
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
    pub title: &'static str,
    pub summary: &'static str,
    pub href: &'static str,
    pub status: String,
}

/// A private nudge: shown only to the member it concerns.
pub struct NudgeLine {
    pub title: String,
    pub text: String,
    pub links: Vec<(&'static str, &'static str)>,
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

/// A statement form: the member's own text, with the check's notes after a save.
pub struct StatementBox {
    pub kind: StatementKind,
    pub form: TextForm,
    pub error: Option<String>,
    pub findings: Vec<Finding>,
    pub saved: String,
}

impl StatementBox {
    pub fn kind_str(&self) -> &'static str {
        self.kind.as_str()
    }
    pub fn is_ownership(&self) -> bool {
        self.kind == StatementKind::Ownership
    }
}

pub struct SharedStatement {
    pub author: String,
    pub is_ownership: bool,
    pub paragraphs: Vec<String>,
}

pub struct VersionLine {
    pub id: String,
    pub number: i64,
    pub proposer: String,
    pub when: String,
    pub paragraphs: Vec<String>,
    pub confirmed_by_me: bool,
    pub confirmed_by_partner: bool,
    pub is_agreed: bool,
    pub is_newest: bool,
}

#[derive(Template)]
#[template(path = "program/acknowledge.html")]
pub struct AcknowledgePage {
    pub l: Layout,
    pub boxes: Vec<StatementBox>,
    pub shared: Vec<SharedStatement>,
    pub has_partner: bool,
    pub partner: String,
    pub status: AccountStatus,
    pub versions: Vec<VersionLine>,
    pub account_form: TextForm,
    pub account_error: Option<String>,
}

impl AcknowledgePage {
    pub fn not_started(&self) -> bool {
        self.status == AccountStatus::NotStarted
    }
    pub fn agreed_number(&self) -> Option<i64> {
        match self.status {
            AccountStatus::Agreed { number, .. } => Some(number),
            _ => None,
        }
    }
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct CheckinForm {
    pub trust: String,
    pub safety: String,
    pub note: String,
}

impl CheckinForm {
    pub fn trust_is(&self, n: &i64) -> bool {
        self.trust == n.to_string()
    }
    pub fn safety_is(&self, n: &i64) -> bool {
        self.safety == n.to_string()
    }
}

#[derive(Deserialize, Default, Debug)]
#[serde(default)]
pub struct SharingForm {
    pub visibility: String,
}

/// A trend: the chart and the same numbers as rows of a table, one column per line.
/// An exercise from a counsellor on the journey: the member's own, or the couple's.
pub struct ExerciseLine {
    pub id: String,
    pub counsellor: String,
    pub text: String,
    /// For the couple: whether the partner has done their part ("Sam has done their part").
    pub together: Option<String>,
}

pub struct Trend {
    pub id: &'static str,
    pub title: String,
    pub description: String,
    pub chart: Chart,
    /// What the numbers are out of, for the table's caption.
    pub out_of: i64,
    pub rows: Vec<(String, Vec<String>)>,
}

impl Trend {
    /// A check-in chart (trust and feeling safe) with its table; the counsellor's client page
    /// draws the same one.
    pub fn of_checkins(
        id: &'static str,
        whose: &str,
        points: &[crate::program::store::Checkin],
        tz: &str,
    ) -> Option<Trend> {
        use crate::pages::format_date;
        use crate::program::chart::{self, Series};
        if points.is_empty() {
            return None;
        }
        let trust: Vec<(i64, i64)> = points.iter().map(|c| (c.created_at, c.trust)).collect();
        let safety: Vec<(i64, i64)> = points.iter().map(|c| (c.created_at, c.safety)).collect();
        let chart = chart::draw(&[
            Series { name: "Trust", class: "line-trust", points: &trust },
            Series { name: "Feeling safe", class: "line-safety", points: &safety },
        ]);
        let first = format_date(points[0].created_at, tz);
        let last = points.last().expect("not empty");
        Some(Trend {
            id,
            title: format!("{whose} check-ins"),
            description: format!(
                "{} from {first} to {}. Latest: trust {} and feeling safe {}, out of 10.",
                if points.len() == 1 { "1 check-in".to_string() } else { format!("{} check-ins", points.len()) },
                format_date(last.created_at, tz),
                last.trust,
                last.safety
            ),
            chart,
            out_of: 10,
            rows: points
                .iter()
                .map(|c| (format_date(c.created_at, tz), vec![c.trust.to_string(), c.safety.to_string()]))
                .collect(),
        })
    }
}

#[derive(Template)]
#[template(path = "program/time.html")]
pub struct TimePage {
    pub l: Layout,
    pub form: CheckinForm,
    pub errors: FormErrors,
    pub scale: Vec<i64>,
    pub mine: Option<Trend>,
    pub notes: Vec<(String, String)>,
    pub partner: Option<Trend>,
    pub shares_trend: bool,
    pub has_partner: bool,
    pub due: bool,
    /// (title, link, due) for each questionnaire offered.
    pub questionnaires: Vec<(String, String, bool)>,
}

pub struct QuestionnaireItem {
    pub number: usize,
    pub text: String,
    pub chosen: Option<i64>,
    pub missing: bool,
}

impl QuestionnaireItem {
    pub fn is(&self, v: &i64) -> bool {
        self.chosen == Some(*v)
    }
}

#[derive(Template)]
#[template(path = "program/questionnaire.html")]
pub struct QuestionnairePage {
    pub l: Layout,
    pub def: super::questionnaire::Definition,
    pub points: Vec<(i64, String)>,
    pub items: Vec<QuestionnaireItem>,
    pub errors: FormErrors,
    pub trend: Option<Trend>,
    /// When the member last answered, and when it is next due if that is still ahead.
    pub last: Option<String>,
    pub next: Option<String>,
}

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
    pub figures: super::actions::Figures,
    pub to_confirm: Vec<OccurrenceLine>,
    pub recent: Vec<(String, &'static str, String)>,
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
    pub mine: bool,
    pub when: String,
}

#[derive(Template)]
#[template(path = "program/talks.html")]
pub struct TalksPage {
    pub l: Layout,
    pub has_partner: bool,
    pub partner: String,
    pub agreed: Option<String>,
    pub pending: Option<(String, String, bool)>,
    pub next: String,
    pub open_until: Option<String>,
    /// The open talk's end (Unix ms, for the live countdown) and minutes left.
    pub open_end: i64,
    pub minutes_left: i64,
    /// "Paused by Asha at 19:20", while the open talk is paused.
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

pub use super::support_views::*;
pub use super::transparency_views::*;
