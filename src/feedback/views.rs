//! Views of feedback: the two forms, the member's own answers over time, what a counsellor
//! sees of one client, and the prompts other pages show.

use askama::Template;

use super::model::{Change, Flag, Instrument, Kind, Rating, reliable_change};
use super::store::Given;
use crate::pages::format_date;
use crate::program::chart::{self, Series};
use crate::program::views::Trend;
use crate::web::{FormErrors, Layout};

/// One question of a form, with the answer kept.
pub struct FormItem {
    pub key: String,
    pub number: usize,
    pub text: String,
    pub chosen: Option<i64>,
}

impl FormItem {
    pub fn is(&self, v: &i64) -> bool {
        self.chosen == Some(*v)
    }
}

#[derive(Template)]
#[template(path = "feedback/form.html")]
pub struct FormPage {
    pub l: Layout,
    pub booking_id: String,
    pub kind: &'static str,
    pub def: Instrument,
    pub items: Vec<FormItem>,
    pub scale: Vec<i64>,
    pub sides: Option<u8>,
    pub comment: String,
    pub counsellor: String,
    /// The person shares their answers with this counsellor now.
    pub shared: bool,
    /// The form is closed: when it was or will be open, in words.
    pub closed: Option<String>,
    /// They answered already (and may change it while it is open).
    pub answered: bool,
    /// Came from leaving the room: the form posts that on.
    pub left: bool,
    pub errors: FormErrors,
}

impl FormPage {
    pub fn sides_is(&self, v: &usize) -> bool {
        self.sides == Some(*v as u8)
    }
}

/// Builds a form's questions from a stored or posted answer.
pub fn form_items(def: &Instrument, chosen: &[Option<i64>]) -> Vec<FormItem> {
    def.items
        .iter()
        .enumerate()
        .map(|(i, item)| FormItem {
            key: super::model::FIELDS[i].to_string(),
            number: i + 1,
            text: item.text.clone(),
            chosen: chosen.get(i).copied().flatten(),
        })
        .collect()
}

/// Someone's before and after totals as one chart with its table, by session.
pub fn trend(id: &'static str, title: String, given: &[Given], tz: &str) -> Option<Trend> {
    let before: Vec<(i64, i64)> =
        given.iter().filter(|g| g.kind == Kind::Before).map(|g| (g.session_at, g.answer.total())).collect();
    let after: Vec<(i64, i64)> =
        given.iter().filter(|g| g.kind == Kind::After).map(|g| (g.session_at, g.answer.total())).collect();
    if before.is_empty() && after.is_empty() {
        return None;
    }
    let mut sessions: Vec<i64> = given.iter().map(|g| g.session_at).collect();
    sessions.dedup();
    let cell = |points: &[(i64, i64)], t: i64| {
        points.iter().find(|(s, _)| *s == t).map_or("–".to_string(), |(_, v)| v.to_string())
    };
    let latest = |points: &[(i64, i64)]| points.last().map_or("none yet".to_string(), |(_, v)| v.to_string());
    Some(Trend {
        id,
        description: format!(
            "{}. Latest, of 40: before the session {}, after it {}.",
            match sessions.as_slice() {
                [one] => format!("1 session, on {}", format_date(*one, tz)),
                [first, .., last] => format!(
                    "{} sessions from {} to {}",
                    sessions.len(),
                    format_date(*first, tz),
                    format_date(*last, tz)
                ),
                [] => String::new(),
            },
            latest(&before),
            latest(&after),
        ),
        title,
        chart: chart::draw_out_of(
            &[
                Series { name: "How things were going (before)", class: "line-trust", points: &before },
                Series { name: "How the session was (after)", class: "line-safety", points: &after },
            ],
            40,
            tz,
        ),
        out_of: 40,
        rows: sessions.iter().map(|t| (format_date(*t, tz), vec![cell(&before, *t), cell(&after, *t)])).collect(),
    })
}

/// What a counsellor sees of one client's feedback: the chart, reliable change, the flags
/// (filled in once the partner's ratings are known) and the comments.
pub struct Summary {
    /// The page anchor of this person's section (their chart's id).
    pub anchor: &'static str,
    pub trend: Option<Trend>,
    /// "From 14 to 25 of 40 since the first session: improved."
    pub change: Option<String>,
    pub deteriorated: bool,
    /// How reliable change was worked out, from the instrument's data file.
    pub assumption: String,
    pub ratings: Vec<Rating>,
    pub flags: Vec<String>,
    /// (session date, "took sides: a little", comment)
    pub comments: Vec<(String, String, String)>,
}

impl Summary {
    pub fn of(
        name: &str,
        chart_id: &'static str,
        given: &[Given],
        before: &Instrument,
        after: &Instrument,
        tz: &str,
    ) -> Summary {
        let outcomes: Vec<&Given> = given.iter().filter(|g| g.kind == Kind::Before).collect();
        let change = match (outcomes.first(), outcomes.last()) {
            (Some(first), Some(last)) if outcomes.len() >= 2 => {
                let c = reliable_change(first.answer.total(), last.answer.total(), &before.reliable_change);
                Some((
                    c,
                    format!(
                        "From {} to {} of 40 since the first session: {}.",
                        first.answer.total(),
                        last.answer.total(),
                        c.words()
                    ),
                ))
            }
            _ => None,
        };
        let sides_words = after.sides.as_ref().map(|s| s.choices.clone()).unwrap_or_default();
        Summary {
            anchor: chart_id,
            trend: trend(chart_id, format!("{name}: before and after sessions"), given, tz),
            deteriorated: matches!(change, Some((Change::Deteriorated, _))),
            change: change.map(|(_, words)| words),
            assumption: before.reliable_change.assumption.clone(),
            ratings: given
                .iter()
                .filter(|g| g.kind == Kind::After)
                .map(|g| Rating {
                    booking_id: g.booking_id.clone(),
                    starts_at: g.session_at,
                    total: g.answer.total(),
                    sides: g.answer.sides,
                })
                .collect(),
            flags: vec![],
            comments: given
                .iter()
                .filter(|g| g.kind == Kind::After)
                .map(|g| {
                    let sides = g
                        .answer
                        .sides
                        .and_then(|s| sides_words.get(s as usize))
                        .map_or(String::new(), |w| format!("Took sides: {}", w.to_lowercase()));
                    (format_date(g.session_at, tz), sides, g.answer.comment.clone())
                })
                .filter(|(_, sides, comment)| !comment.is_empty() || !sides.is_empty())
                .collect(),
        }
    }

    /// The flags, in words, given the partner's ratings (empty for an individual client).
    pub fn flag(&mut self, name: &str, partner: Option<(&str, &[Rating])>) {
        let (partner_name, theirs) = partner.unwrap_or(("", &[]));
        self.flags = super::model::flags(&self.ratings, theirs)
            .into_iter()
            .map(|f| match f {
                Flag::Split { gap } => format!(
                    "Possible split alliance: {name} rated the latest session they both rated {gap} points lower than {partner_name} did (of 40)."
                ),
                Flag::Fell { from, to } => format!("{name}'s rating of the sessions fell from {from} to {to} (of 40)."),
                Flag::TakesSides => format!("{name} felt you took sides a lot in the latest session they rated."),
            })
            .collect();
    }
}

/// Flags each person's summary against the other person's ratings (the partners of a couple
/// who both share; one person alone is flagged on their own ratings).
pub fn flag_together(people: &mut [(&str, &mut Summary)]) {
    let ratings: Vec<(String, Vec<Rating>)> = people.iter().map(|(n, s)| (n.to_string(), s.ratings.clone())).collect();
    for (i, (name, summary)) in people.iter_mut().enumerate() {
        let other = ratings.iter().enumerate().find(|(j, _)| *j != i).map(|(_, (n, r))| (n.as_str(), r.as_slice()));
        summary.flag(name, other);
    }
}

#[derive(Template)]
#[template(path = "feedback/mine.html")]
pub struct MinePage {
    pub l: Layout,
    pub trend: Option<Trend>,
    /// (session date, counsellor, before total, after total)
    pub sessions: Vec<(String, String, String, String)>,
    /// Forms open now: (words, link).
    pub open: Vec<(String, String)>,
}
