//! The matching questionnaire's score: a few plain points per wish, out of 100, and a
//! sentence for each saying why it counted or did not, in the reader's language. Nothing
//! hidden, nothing learned.

use crate::i18n::{Lang, Locales};
use crate::profiles::model::{FORMATS, GENDERS, SPECIALTIES, format_fee};

/// The message of an area of work (`profiles::model::SPECIALTIES`' keys), as filters and
/// reasons name it: "trust" → `directory-specialty-trust`.
pub fn specialty_key(k: &str) -> String {
    format!("directory-specialty-{}", k.replace('_', "-"))
}

/// The message of a format (`FORMATS`' keys): "in_person" → `directory-format-in-person`.
pub fn format_key(k: &str) -> String {
    format!("directory-format-{}", k.replace('_', "-"))
}

/// The message of a counsellor's gender (`GENDERS`' keys but the empty one).
pub fn gender_key(k: &str) -> String {
    format!("directory-gender-{k}")
}

/// A fixed list's options in the reader's language: (value, label), in the list's order.
pub fn options(
    list: &[(&'static str, &'static str)],
    key: fn(&str) -> String,
    locales: &Locales,
    lang: Lang,
) -> Vec<(&'static str, String)> {
    list.iter().map(|(k, _)| (*k, locales.text(lang, &key(k), &[]))).collect()
}

/// The currencies a budget can be in, in the reader's language: (code, label).
pub fn currency_options(locales: &Locales, lang: Lang) -> Vec<(&'static str, String)> {
    crate::profiles::model::CURRENCIES
        .iter()
        .map(|c| (*c, locales.text(lang, &format!("match-currency-{}", c.to_lowercase()), &[])))
        .collect()
}

/// What a member asked for. Empty means "no preference".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Wishes {
    pub concerns: Vec<String>,
    pub language: String,
    pub formats: Vec<String>,
    /// The most they want to pay, in minor units, and in which currency.
    pub budget: Option<(i64, String)>,
    /// "morning", "afternoon", "evening" or empty.
    pub time_of_day: String,
    pub gender: String,
}

/// What the score looks at for one counsellor.
#[derive(Clone, Debug, Default)]
pub struct Candidate {
    pub specialties: Vec<String>,
    pub languages: Vec<String>,
    pub formats: Vec<String>,
    pub fee_minor: i64,
    pub currency: String,
    pub gender: String,
    /// Free times in the wished part of the day over the next two weeks (None: not looked at).
    pub times_in_band: Option<usize>,
}

pub const CONCERN_POINTS: i64 = 15;
pub const LANGUAGE_POINTS: i64 = 20;
pub const FORMAT_POINTS: i64 = 15;
pub const BUDGET_POINTS: i64 = 15;
pub const TIME_POINTS: i64 = 10;
pub const GENDER_POINTS: i64 = 10;

/// Minutes after local midnight that bound each part of the day: [start, end).
pub fn band(time_of_day: &str) -> Option<(u16, u16)> {
    match time_of_day {
        "morning" => Some((6 * 60, 12 * 60)),
        "afternoon" => Some((12 * 60, 17 * 60)),
        "evening" => Some((17 * 60, 22 * 60)),
        _ => None,
    }
}

/// The score out of 100: areas 30 (15 each, two at most), language 20, format 15, budget 15,
/// time of day 10, gender 10. A wish left open scores in full. The reasons come good ones
/// first, in `lang`.
pub fn score(w: &Wishes, c: &Candidate, locales: &Locales, lang: Lang) -> (i64, Vec<(bool, String)>) {
    let t = |key: &str| locales.text(lang, key, &[]);
    let t_with = |key: &str, args: &[(&str, &str)]| locales.text(lang, key, args);
    let and = t("directory-and");
    let mut points = 0;
    let mut why = vec![];
    let mut note = |ok: bool, got: i64, text: String| {
        points += got;
        why.push((ok, text));
    };
    if w.concerns.is_empty() {
        note(true, 2 * CONCERN_POINTS, t("match-areas-open"));
    } else {
        let shared: Vec<String> = w
            .concerns
            .iter()
            .filter(|k| c.specialties.contains(k) && SPECIALTIES.iter().any(|(s, _)| *s == k.as_str()))
            .map(|k| t(&specialty_key(k)))
            .collect();
        // Up to two areas count; a single wish, fully met, counts as two.
        let counted = if w.concerns.len() == 1 { 2 * shared.len() } else { shared.len().min(2) };
        let got = counted as i64 * CONCERN_POINTS;
        if shared.is_empty() {
            note(false, 0, t("match-areas-none"));
        } else {
            let areas = crate::pages::join_list_with(&and, &shared).to_lowercase();
            note(true, got, t_with("match-works-with", &[("areas", areas.as_str())]));
        }
    }
    if w.language.is_empty() {
        note(true, LANGUAGE_POINTS, t("match-language-open"));
    } else if c.languages.iter().any(|l| l.eq_ignore_ascii_case(&w.language)) {
        note(true, LANGUAGE_POINTS, t_with("match-works-in", &[("language", w.language.as_str())]));
    } else {
        note(false, 0, t_with("match-language-none", &[("language", w.language.as_str())]));
    }
    if w.formats.is_empty() {
        note(true, FORMAT_POINTS, t("match-format-open"));
    } else {
        let shared: Vec<String> = w
            .formats
            .iter()
            .filter(|f| c.formats.contains(f) && FORMATS.iter().any(|(k, _)| *k == f.as_str()))
            .map(|f| t(&format_key(f)))
            .collect();
        if shared.is_empty() {
            note(false, 0, t("match-format-none"));
        } else {
            let formats = crate::pages::join_list_with(&and, &shared).to_lowercase();
            note(true, FORMAT_POINTS, t_with("match-offers", &[("formats", formats.as_str())]));
        }
    }
    match &w.budget {
        None => note(true, BUDGET_POINTS, t("match-budget-open")),
        Some((_, cur)) if *cur != c.currency => note(
            false,
            0,
            t_with("match-budget-other-currency", &[("theirs", c.currency.as_str()), ("yours", cur.as_str())]),
        ),
        Some((max, _)) if c.fee_minor <= *max => note(true, BUDGET_POINTS, t("match-budget-within")),
        Some((max, cur)) => {
            note(false, 0, t_with("match-budget-over", &[("amount", format_fee(c.fee_minor - max, cur).as_str())]))
        }
    }
    let band_word = || t(&format!("match-band-{}", w.time_of_day));
    match (band(&w.time_of_day), c.times_in_band) {
        (None, _) => note(true, TIME_POINTS, t("match-time-open")),
        (Some(_), Some(1)) => note(true, TIME_POINTS, t_with("match-times-one", &[("band", band_word().as_str())])),
        (Some(_), Some(n)) if n > 0 => note(
            true,
            TIME_POINTS,
            t_with("match-times-many", &[("n", n.to_string().as_str()), ("band", band_word().as_str())]),
        ),
        (Some(_), _) => note(false, 0, t_with("match-times-none", &[("band", band_word().as_str())])),
    }
    if w.gender.is_empty() {
        note(true, GENDER_POINTS, t("match-gender-open"));
    } else if c.gender == w.gender {
        let label = if GENDERS.iter().any(|(k, _)| *k == w.gender) { t(&gender_key(&w.gender)) } else { String::new() };
        note(true, GENDER_POINTS, t_with("match-gender-as-asked", &[("gender", label.as_str())]));
    } else {
        note(false, 0, t("match-gender-other"));
    }
    why.sort_by_key(|(ok, _)| !*ok);
    (points.min(100), why)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> Locales {
        Locales::load(false).unwrap()
    }

    fn meera() -> Candidate {
        Candidate {
            specialties: vec!["trust".into(), "communication".into()],
            languages: vec!["English".into(), "Hindi".into()],
            formats: vec!["video".into()],
            fee_minor: 150_000,
            currency: "INR".into(),
            gender: "woman".into(),
            times_in_band: Some(4),
        }
    }

    #[test]
    fn open_wishes_score_in_full() {
        let (points, why) = score(&Wishes::default(), &meera(), &english(), Lang::En);
        assert_eq!(points, 100);
        assert!(why.iter().all(|(ok, _)| *ok));
    }

    #[test]
    fn each_wish_adds_its_points_and_says_why() {
        let w = Wishes {
            concerns: vec!["trust".into(), "grief".into()],
            language: "hindi".into(),
            formats: vec!["in_person".into()],
            budget: Some((100_000, "INR".into())),
            time_of_day: "evening".into(),
            gender: "woman".into(),
        };
        let (points, why) = score(&w, &meera(), &english(), Lang::En);
        // One of two areas (15), language (20), no format (0), over budget (0), evening (10), gender (10).
        assert_eq!(points, 55);
        let text: Vec<&str> = why.iter().map(|(_, t)| t.as_str()).collect();
        assert!(text.contains(&"Works with trust and infidelity."), "{text:?}");
        assert!(text.contains(&"Works in hindi."));
        assert!(text.contains(&"Above your budget by ₹500."));
        assert!(text.contains(&"4 free times in the evening over the next two weeks."));
        assert!(!why[0].1.is_empty() && why[0].0 && !why.last().unwrap().0, "good reasons first");
    }

    #[test]
    fn a_single_area_fully_met_counts_as_both_and_other_currencies_are_not_compared() {
        let w = Wishes { concerns: vec!["trust".into()], budget: Some((10_000, "USD".into())), ..Wishes::default() };
        let (points, why) = score(&w, &meera(), &english(), Lang::En);
        assert_eq!(points, 100 - BUDGET_POINTS);
        assert!(why.iter().any(|(ok, t)| !ok && t.contains("could not be compared")));
        let none = Candidate { times_in_band: Some(0), ..meera() };
        let w = Wishes { time_of_day: "morning".into(), ..Wishes::default() };
        assert_eq!(score(&w, &none, &english(), Lang::En).0, 100 - TIME_POINTS);
    }
}
