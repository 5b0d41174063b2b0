//! Step 2's views: check-ins and their trends, and the questionnaire.

use askama::Template;
use serde::Deserialize;

use crate::i18n::{Lang, Locales};
use crate::program::chart::Chart;
use crate::web::{FormErrors, Layout};

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
    /// A check-in chart (trust and feeling safe) with its table, in `lang`; the counsellor's
    /// client page draws the same one. `whose` is the person's name, or `None` for the
    /// reader's own ("Your check-ins").
    pub fn of_checkins(
        id: &'static str,
        whose: Option<&str>,
        points: &[crate::program::store::Checkin],
        tz: &str,
        locales: &Locales,
        lang: Lang,
    ) -> Option<Trend> {
        use crate::pages::format_date_in;
        use crate::program::chart::{self, Series};
        if points.is_empty() {
            return None;
        }
        let t = |key: &str, args: &[(&str, &str)]| locales.text(lang, key, args);
        let trust: Vec<(i64, i64)> = points.iter().map(|c| (c.created_at, c.trust)).collect();
        let safety: Vec<(i64, i64)> = points.iter().map(|c| (c.created_at, c.safety)).collect();
        let (trust_name, safety_name) = (t("time-trust", &[]), t("time-feeling-safe", &[]));
        let chart = chart::draw_in(
            lang,
            &[
                Series { name: &trust_name, class: "line-trust", points: &trust },
                Series { name: &safety_name, class: "line-safety", points: &safety },
            ],
            tz,
        );
        let first = format_date_in(lang, points[0].created_at, tz);
        let last = points.last().expect("not empty");
        let (to, n, latest_trust, latest_safety) = (
            format_date_in(lang, last.created_at, tz),
            points.len().to_string(),
            last.trust.to_string(),
            last.safety.to_string(),
        );
        let args =
            [("n", n.as_str()), ("from", &first), ("to", &to), ("trust", &latest_trust), ("safety", &latest_safety)];
        Some(Trend {
            id,
            title: match whose {
                None => t("time-trend-mine", &[]),
                Some(name) => t("time-trend-theirs", &[("name", name)]),
            },
            description: if points.len() == 1 {
                t("time-trend-checkins-one", &args[1..])
            } else {
                t("time-trend-checkins-many", &args)
            },
            chart,
            out_of: 10,
            rows: points
                .iter()
                .map(|c| (format_date_in(lang, c.created_at, tz), vec![c.trust.to_string(), c.safety.to_string()]))
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
    pub def: crate::program::questionnaire::Definition,
    pub points: Vec<(i64, String)>,
    pub items: Vec<QuestionnaireItem>,
    pub errors: FormErrors,
    pub trend: Option<Trend>,
    /// When the member last answered, and when it is next due if that is still ahead.
    pub last: Option<String>,
    pub next: Option<String>,
}
