//! Views of feedback: the two forms, the member's own answers over time, what a counsellor
//! sees of one client, and the prompts other pages show.

use askama::Template;

use super::model::{Change, Flag, Instrument, Kind, Rating, reliable_change};
use super::store::Given;
use crate::i18n::{Lang, Locales};
use crate::pages::format_date_in;
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

/// The messages in one language, as the builders below take them.
pub type Words<'a> = (&'a Locales, Lang);

/// Someone's before and after totals as one chart with its table, by session, in the
/// reader's language.
pub fn trend((locales, lang): Words<'_>, id: &'static str, title: String, given: &[Given], tz: &str) -> Option<Trend> {
    let t = |key: &str, args: &[(&str, &str)]| locales.text(lang, key, args);
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
    let none_yet = t("feedback-trend-none-yet", &[]);
    let latest = |points: &[(i64, i64)]| points.last().map_or(none_yet.clone(), |(_, v)| v.to_string());
    let (latest_before, latest_after) = (latest(&before), latest(&after));
    let date = |at: i64| format_date_in(lang, at, tz);
    let description = match sessions.as_slice() {
        [first, .., last] => {
            let (n, from, to) = (sessions.len().to_string(), date(*first), date(*last));
            let args =
                [("n", n.as_str()), ("from", &from), ("to", &to), ("before", &latest_before), ("after", &latest_after)];
            t("feedback-trend-many", &args)
        }
        _ => {
            let on = sessions.first().map_or(String::new(), |one| date(*one));
            t("feedback-trend-one", &[("date", &on), ("before", &latest_before), ("after", &latest_after)])
        }
    };
    let (before_name, after_name) = (t("feedback-trend-before", &[]), t("feedback-trend-after", &[]));
    Some(Trend {
        id,
        description,
        title,
        chart: chart::draw_out_of_in(
            lang,
            &[
                Series { name: &before_name, class: "line-trust", points: &before },
                Series { name: &after_name, class: "line-safety", points: &after },
            ],
            40,
            tz,
        ),
        out_of: 40,
        rows: sessions.iter().map(|s| (date(*s), vec![cell(&before, *s), cell(&after, *s)])).collect(),
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
    /// How reliable change was worked out, from the instrument's data file (in the reader's
    /// language when the file gives it).
    pub assumption: String,
    pub ratings: Vec<Rating>,
    pub flags: Vec<String>,
    /// (session date, "Took sides: a little", comment), in the reader's language.
    pub comments: Vec<(String, String, String)>,
}

impl Summary {
    /// One person's summary, in the reader's language (`words`).
    pub fn of(
        words: Words<'_>,
        name: &str,
        chart_id: &'static str,
        given: &[Given],
        (before, after): (&Instrument, &Instrument),
        tz: &str,
    ) -> Summary {
        let (locales, lang) = words;
        let t = |key: &str, args: &[(&str, &str)]| locales.text(lang, key, args);
        let outcomes: Vec<&Given> = given.iter().filter(|g| g.kind == Kind::Before).collect();
        let change = match (outcomes.first(), outcomes.last()) {
            (Some(first), Some(last)) if outcomes.len() >= 2 => {
                let c = reliable_change(first.answer.total(), last.answer.total(), &before.reliable_change);
                let (from, to) = (first.answer.total().to_string(), last.answer.total().to_string());
                Some((c, t("feedback-change", &[("from", &from), ("to", &to), ("change", &t(c.key(), &[]))])))
            }
            _ => None,
        };
        let sides_words = after.in_lang(lang).sides.map(|s| s.choices).unwrap_or_default();
        Summary {
            anchor: chart_id,
            trend: trend(words, chart_id, t("feedback-summary-title", &[("name", name)]), given, tz),
            deteriorated: matches!(change, Some((Change::Deteriorated, _))),
            change: change.map(|(_, words)| words),
            assumption: before.in_lang(lang).reliable_change.assumption,
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
                        .map_or(String::new(), |w| t("feedback-took-sides", &[("answer", &w.to_lowercase())]));
                    (format_date_in(lang, g.session_at, tz), sides, g.answer.comment.clone())
                })
                .filter(|(_, sides, comment)| !comment.is_empty() || !sides.is_empty())
                .collect(),
        }
    }

    /// The flags, in words (`words`), given the partner's ratings (empty for an individual
    /// client).
    pub fn flag(&mut self, (locales, lang): Words<'_>, name: &str, partner: Option<(&str, &[Rating])>) {
        let (partner_name, theirs) = partner.unwrap_or(("", &[]));
        let t = |key: &str, args: &[(&str, &str)]| locales.text(lang, key, args);
        self.flags = super::model::flags(&self.ratings, theirs)
            .into_iter()
            .map(|f| match f {
                Flag::Split { gap } => {
                    t("feedback-flag-split", &[("name", name), ("gap", &gap.to_string()), ("partner", partner_name)])
                }
                Flag::Fell { from, to } => {
                    t("feedback-flag-fell", &[("name", name), ("from", &from.to_string()), ("to", &to.to_string())])
                }
                Flag::TakesSides => t("feedback-flag-sides", &[("name", name)]),
            })
            .collect();
    }
}

/// Flags each person's summary against the other person's ratings (the partners of a couple
/// who both share; one person alone is flagged on their own ratings).
pub fn flag_together(words: Words<'_>, people: &mut [(&str, &mut Summary)]) {
    let ratings: Vec<(String, Vec<Rating>)> = people.iter().map(|(n, s)| (n.to_string(), s.ratings.clone())).collect();
    for (i, (name, summary)) in people.iter_mut().enumerate() {
        let other = ratings.iter().enumerate().find(|(j, _)| *j != i).map(|(_, (n, r))| (n.as_str(), r.as_slice()));
        summary.flag(words, name, other);
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
