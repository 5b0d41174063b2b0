//! Measurement-based care's rules: the two instruments (data in `content/feedback/`), when each
//! is open, scoring, reliable change, and the flags a counsellor is shown. Every threshold is
//! a constant here.

use serde::{Deserialize, Serialize};

use crate::clock::HOUR;
use crate::i18n::Lang;

/// The instruments shipped with the binary.
pub const BUNDLED: [&str; 2] =
    [include_str!("../../content/feedback/before.json"), include_str!("../../content/feedback/after.json")];

/// The form's field for each item, by position.
pub const FIELDS: [&str; 10] = ["q0", "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9"];

/// Each item is answered 0 to this.
pub const ITEM_MAX: i64 = 10;

/// The outcome check opens this long before a session and closes when it starts.
pub const BEFORE_OPENS: i64 = 24 * HOUR;
/// The session rating opens when the session ends (or when someone leaves its room) and
/// closes this long after the end.
pub const AFTER_CLOSES: i64 = 48 * HOUR;

/// Two partners' ratings of the same session this far apart (of 40) is a split alliance.
pub const SPLIT_GAP: i64 = 8;
/// A partner's session rating this much lower than their previous one is a fall.
pub const FALL: i64 = 6;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Before a session: how the person is doing.
    Before,
    /// After a session: how it was for them.
    After,
}

impl Kind {
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Before => "before",
            Kind::After => "after",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "before" => Some(Kind::Before),
            "after" => Some(Kind::After),
            _ => None,
        }
    }

    /// Whether the form for a session from `start` to `end` is open at `now`. `left_room`
    /// opens the rating early, for someone who has just left the session's room.
    pub fn is_open(self, start: i64, end: i64, now: i64, left_room: bool) -> bool {
        match self {
            Kind::Before => now >= start - BEFORE_OPENS && now < start,
            Kind::After => (now >= end || (left_room && now >= start)) && now < end + AFTER_CLOSES,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
pub struct Item {
    pub key: String,
    pub text: String,
    #[serde(default)]
    pub text_hi: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Sides {
    pub text: String,
    #[serde(default)]
    pub text_hi: Option<String>,
    pub choices: Vec<String>,
    /// The same three choices in Hindi, or none.
    #[serde(default)]
    pub choices_hi: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct ReliableChange {
    /// Standard deviation of first scores (of the total).
    pub sd: f64,
    pub reliability: f64,
    /// What was assumed, in words, shown where the result is.
    pub assumption: String,
    #[serde(default)]
    pub assumption_hi: Option<String>,
}

/// An instrument, versioned: answers keep the version they were given to. Every text can have
/// its Hindi beside it (`title_hi`, `text_hi`, `choices_hi`…): all of them or none, so a form
/// is never half in one language; `in_lang` gives the reader's. Answers are scored by
/// position, so a Hindi reader's totals compare with an English reader's.
#[derive(Clone, Debug, Deserialize)]
pub struct Instrument {
    pub slug: String,
    pub version: i64,
    pub title: String,
    #[serde(default)]
    pub title_hi: Option<String>,
    pub intro: String,
    #[serde(default)]
    pub intro_hi: Option<String>,
    pub source: String,
    #[serde(default)]
    pub source_hi: Option<String>,
    pub low: String,
    #[serde(default)]
    pub low_hi: Option<String>,
    pub high: String,
    #[serde(default)]
    pub high_hi: Option<String>,
    pub items: Vec<Item>,
    #[serde(default)]
    pub sides: Option<Sides>,
    #[serde(default)]
    pub comment: Option<String>,
    #[serde(default)]
    pub comment_hi: Option<String>,
    pub reliable_change: ReliableChange,
}

impl Instrument {
    pub fn parse(text: &str) -> anyhow::Result<Instrument> {
        let i: Instrument = serde_json::from_str(text)?;
        anyhow::ensure!(Kind::parse(&i.slug).is_some(), "unknown instrument {}", i.slug);
        anyhow::ensure!(!i.items.is_empty() && i.items.len() <= FIELDS.len(), "{}: 1 to 10 items", i.slug);
        anyhow::ensure!(
            i.reliable_change.reliability > 0.0 && i.reliable_change.reliability < 1.0 && i.reliable_change.sd > 0.0,
            "{}: reliability must be between 0 and 1 and the SD positive",
            i.slug
        );
        if let Some(s) = &i.sides {
            anyhow::ensure!(s.choices.len() == 3, "{}: three choices for taking sides", i.slug);
        }
        i.check_hindi()?;
        Ok(i)
    }

    /// The Hindi is all there or not there at all.
    fn check_hindi(&self) -> anyhow::Result<()> {
        let given = |t: &Option<String>| t.as_ref().is_some_and(|t| !t.trim().is_empty());
        let mut fields: Vec<(String, bool)> = vec![
            ("title_hi".into(), given(&self.title_hi)),
            ("intro_hi".into(), given(&self.intro_hi)),
            ("source_hi".into(), given(&self.source_hi)),
            ("low_hi".into(), given(&self.low_hi)),
            ("high_hi".into(), given(&self.high_hi)),
            ("reliable_change.assumption_hi".into(), given(&self.reliable_change.assumption_hi)),
        ];
        for (n, item) in self.items.iter().enumerate() {
            fields.push((format!("items[{n}].text_hi"), given(&item.text_hi)));
        }
        if let Some(s) = &self.sides {
            fields.push(("sides.text_hi".into(), given(&s.text_hi)));
            fields.push(("sides.choices_hi".into(), s.choices_hi.len() == s.choices.len()));
            anyhow::ensure!(
                s.choices_hi.is_empty() || s.choices_hi.len() == s.choices.len(),
                "{}: sides.choices_hi needs one choice for each of sides.choices",
                self.slug
            );
        }
        if self.comment.is_some() {
            fields.push(("comment_hi".into(), given(&self.comment_hi)));
        }
        if fields.iter().any(|(_, g)| *g)
            && let Some((field, _)) = fields.iter().find(|(_, g)| !*g)
        {
            anyhow::bail!("{}: {field}: the Hindi is given elsewhere, so it is needed here too", self.slug);
        }
        Ok(())
    }

    /// The instrument's texts in `lang`: its Hindi where the reader reads Hindi and the file
    /// gives it, else as written.
    pub fn in_lang(&self, lang: Lang) -> Instrument {
        let mut i = self.clone();
        if lang != Lang::Hi || self.title_hi.is_none() {
            return i;
        }
        let pick = |en: &mut String, hi: &Option<String>| {
            if let Some(h) = hi.as_ref().filter(|h| !h.trim().is_empty()) {
                *en = h.clone();
            }
        };
        pick(&mut i.title, &self.title_hi);
        pick(&mut i.intro, &self.intro_hi);
        pick(&mut i.source, &self.source_hi);
        pick(&mut i.low, &self.low_hi);
        pick(&mut i.high, &self.high_hi);
        pick(&mut i.reliable_change.assumption, &self.reliable_change.assumption_hi);
        for item in &mut i.items {
            let hi = item.text_hi.clone();
            pick(&mut item.text, &hi);
        }
        if let Some(s) = &mut i.sides {
            let hi = s.text_hi.clone();
            pick(&mut s.text, &hi);
            if s.choices_hi.len() == s.choices.len() {
                s.choices = s.choices_hi.clone();
            }
        }
        if let Some(c) = &mut i.comment {
            pick(c, &self.comment_hi);
        }
        i
    }

    pub fn kind(&self) -> Kind {
        Kind::parse(&self.slug).unwrap_or(Kind::Before)
    }

    /// The highest total.
    pub fn out_of(&self) -> i64 {
        self.items.len() as i64 * ITEM_MAX
    }

    /// Reads a form: every item 0–10, taking sides one of its choices when asked, the comment
    /// at most 2,000 characters. Errors are (field, message).
    pub fn read(&self, form: &[(String, String)]) -> Result<Answer, Vec<(&'static str, String)>> {
        let get = |k: &str| form.iter().find(|(name, _)| name == k).map(|(_, v)| v.trim()).unwrap_or("");
        let mut errors = vec![];
        let mut items = vec![];
        for (n, field) in FIELDS.iter().enumerate().take(self.items.len()) {
            match get(field).parse::<i64>() {
                Ok(v) if (0..=ITEM_MAX).contains(&v) => items.push(v),
                _ => errors.push((*field, format!("Choose a number from 0 to 10 for question {}.", n + 1))),
            }
        }
        let sides = match &self.sides {
            Some(_) => match get("sides").parse::<u8>() {
                Ok(v) if v <= 2 => Some(v),
                _ => {
                    errors.push(("sides", "Choose one answer about taking sides.".into()));
                    None
                }
            },
            None => None,
        };
        let comment = get("comment").to_string();
        if comment.chars().count() > 2000 {
            errors.push(("comment", "Please keep the comment under 2,000 characters.".into()));
        }
        if errors.is_empty() { Ok(Answer { items, sides, comment }) } else { Err(errors) }
    }
}

/// One person's answers to one instrument for one session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub items: Vec<i64>,
    /// Taking sides: 0 not at all, 1 a little, 2 a lot.
    #[serde(default)]
    pub sides: Option<u8>,
    #[serde(default)]
    pub comment: String,
}

impl Answer {
    pub fn total(&self) -> i64 {
        self.items.iter().sum()
    }
}

/// Reliable change from a first score to a later one (Jacobson & Truax 1991).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Improved,
    NoReliableChange,
    Deteriorated,
}

impl Change {
    /// The message naming the change ("improved").
    pub fn key(self) -> &'static str {
        match self {
            Change::Improved => "feedback-change-improved",
            Change::NoReliableChange => "feedback-change-none",
            Change::Deteriorated => "feedback-change-deteriorated",
        }
    }
}

/// The reliable change index: the change divided by the standard error of the difference
/// between two scores, SE_diff = √2 · SD · √(1 − r).
pub fn rci(first: i64, latest: i64, rc: &ReliableChange) -> f64 {
    let se_diff = std::f64::consts::SQRT_2 * rc.sd * (1.0 - rc.reliability).sqrt();
    (latest - first) as f64 / se_diff
}

/// Improved or deteriorated when the index is beyond ±1.96 (a change that measurement error
/// alone would give less than one time in twenty).
pub fn reliable_change(first: i64, latest: i64, rc: &ReliableChange) -> Change {
    let index = rci(first, latest, rc);
    if index > 1.96 {
        Change::Improved
    } else if index < -1.96 {
        Change::Deteriorated
    } else {
        Change::NoReliableChange
    }
}

/// One session's rating by one partner, for the flags.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rating {
    pub booking_id: String,
    pub starts_at: i64,
    pub total: i64,
    pub sides: Option<u8>,
}

/// What the counsellor is alerted to about one partner's ratings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Flag {
    /// This partner rated the latest session both rated this much lower than their partner.
    Split { gap: i64 },
    /// This partner's latest rating fell this much from the one before.
    Fell { from: i64, to: i64 },
    /// This partner felt the counsellor took sides "a lot" in their latest rated session.
    TakesSides,
}

/// The flags for `mine`, a partner's ratings by time, given the other partner's (empty for
/// an individual client). Thresholds: `SPLIT_GAP`, `FALL`, and "a lot" for taking sides.
pub fn flags(mine: &[Rating], partner: &[Rating]) -> Vec<Flag> {
    let mut out = vec![];
    let both = mine.iter().rev().find_map(|m| partner.iter().find(|p| p.booking_id == m.booking_id).map(|p| (m, p)));
    if let Some((m, p)) = both
        && p.total - m.total >= SPLIT_GAP
    {
        out.push(Flag::Split { gap: p.total - m.total });
    }
    if let [.., before, last] = mine
        && before.total - last.total >= FALL
    {
        out.push(Flag::Fell { from: before.total, to: last.total });
    }
    if mine.last().is_some_and(|r| r.sides == Some(2)) {
        out.push(Flag::TakesSides);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instruments() -> (Instrument, Instrument) {
        (Instrument::parse(BUNDLED[0]).unwrap(), Instrument::parse(BUNDLED[1]).unwrap())
    }

    fn rating(b: &str, t: i64, total: i64, sides: Option<u8>) -> Rating {
        Rating { booking_id: b.into(), starts_at: t, total, sides }
    }

    #[test]
    fn the_bundled_instruments_parse_with_four_items_each() {
        let (before, after) = instruments();
        assert_eq!((before.kind(), after.kind()), (Kind::Before, Kind::After));
        assert_eq!((before.out_of(), after.out_of()), (40, 40));
        assert!(before.sides.is_none() && after.sides.is_some() && after.comment.is_some());
    }

    #[test]
    fn the_bundled_instruments_read_in_hindi_with_the_same_items_and_partial_hindi_is_refused() {
        let (before, after) = instruments();
        for i in [&before, &after] {
            let hi = i.in_lang(Lang::Hi);
            assert_eq!(hi.items.len(), i.items.len());
            for text in [&hi.title, &hi.intro, &hi.source, &hi.low, &hi.high, &hi.reliable_change.assumption]
                .into_iter()
                .chain(hi.items.iter().map(|x| &x.text))
            {
                assert!(text.chars().any(crate::i18n::is_devanagari), "{}: {text}", i.slug);
            }
            assert_eq!(i.in_lang(Lang::En).title, i.title);
        }
        let sides = after.in_lang(Lang::Hi).sides.unwrap();
        assert_eq!(sides.choices.len(), 3);
        assert!(sides.choices.iter().all(|c| c.chars().any(crate::i18n::is_devanagari)));
        let partial = BUNDLED[0].replacen("\"intro_hi\"", "\"intro_unused\"", 1);
        assert!(Instrument::parse(&partial).is_err(), "Hindi without its intro is refused");
    }

    #[test]
    fn a_form_is_scored_and_bad_answers_are_named() {
        let (before, after) = instruments();
        let form = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
        };
        let a = before.read(&form(&[("q0", "3"), ("q1", "2"), ("q2", "7"), ("q3", "4")])).unwrap();
        assert_eq!(a.total(), 16);
        let errors = before.read(&form(&[("q0", "11"), ("q1", "x"), ("q2", "7")])).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["q0", "q1", "q3"]);
        let missing_sides = after.read(&form(&[("q0", "9"), ("q1", "9"), ("q2", "9"), ("q3", "9")])).unwrap_err();
        assert_eq!(missing_sides[0].0, "sides");
        let ok = after.read(&form(&[("q0", "9"), ("q1", "8"), ("q2", "7"), ("q3", "8"), ("sides", "2")])).unwrap();
        assert_eq!((ok.total(), ok.sides), (32, Some(2)));
    }

    #[test]
    fn reliable_change_with_worked_numbers() {
        // SD 8, r 0.85: SE_diff = √2 · 8 · √0.15 = 4.382; 1.96 · 4.382 = 8.59 points.
        let rc = ReliableChange { sd: 8.0, reliability: 0.85, assumption: String::new(), assumption_hi: None };
        assert!((rci(10, 20, &rc) - 2.282).abs() < 0.001, "{}", rci(10, 20, &rc));
        assert_eq!(reliable_change(10, 19, &rc), Change::Improved, "9 points is beyond 8.59");
        assert_eq!(reliable_change(10, 18, &rc), Change::NoReliableChange, "8 points is not");
        assert_eq!(reliable_change(30, 21, &rc), Change::Deteriorated);
        assert_eq!(reliable_change(30, 22, &rc), Change::NoReliableChange);
    }

    #[test]
    fn flags_with_worked_numbers() {
        // Asha rated the second session 28, Ravi 37: a gap of 9 (≥ 8) flags Asha, not Ravi.
        let asha = [rating("b1", 1, 35, Some(0)), rating("b2", 2, 28, Some(1))];
        let ravi = [rating("b1", 1, 36, Some(0)), rating("b2", 2, 37, Some(0))];
        assert_eq!(flags(&asha, &ravi), vec![Flag::Split { gap: 9 }, Flag::Fell { from: 35, to: 28 }]);
        assert_eq!(flags(&ravi, &asha), vec![]);
        // A gap of 7 and a fall of 5 are under the thresholds.
        let a = [rating("b1", 1, 35, None), rating("b2", 2, 30, None)];
        let r = [rating("b2", 2, 37, None)];
        assert_eq!(flags(&a, &r), vec![]);
        // Taking sides "a lot" in the latest session flags on its own, also for an individual.
        assert_eq!(flags(&[rating("b1", 1, 38, Some(2))], &[]), vec![Flag::TakesSides]);
        // The split compares the latest session both rated, not each one's latest.
        let a = [rating("b1", 1, 20, None), rating("b2", 2, 36, None)];
        let r = [rating("b1", 1, 36, None)];
        assert_eq!(flags(&a, &r), vec![Flag::Split { gap: 16 }]);
    }

    #[test]
    fn each_form_is_open_only_in_its_window() {
        let (start, end) = (100 * HOUR, 101 * HOUR);
        assert!(!Kind::Before.is_open(start, end, start - 25 * HOUR, false));
        assert!(Kind::Before.is_open(start, end, start - 24 * HOUR, false));
        assert!(!Kind::Before.is_open(start, end, start, false));
        assert!(!Kind::After.is_open(start, end, start + HOUR / 2, false));
        assert!(Kind::After.is_open(start, end, start + HOUR / 2, true), "leaving the room opens it");
        assert!(Kind::After.is_open(start, end, end, false));
        assert!(!Kind::After.is_open(start, end, end + 48 * HOUR, false));
    }
}
