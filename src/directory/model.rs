//! The matching questionnaire's score: a few plain points per wish, out of 100, and a
//! sentence for each saying why it counted or did not. Nothing hidden, nothing learned.

use crate::profiles::model::{FORMATS, GENDERS, SPECIALTIES, format_fee, label_of};

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
/// time of day 10, gender 10. A wish left open scores in full. The reasons come good ones first.
pub fn score(w: &Wishes, c: &Candidate) -> (i64, Vec<(bool, String)>) {
    let mut points = 0;
    let mut why = vec![];
    let mut note = |ok: bool, got: i64, text: String| {
        points += got;
        why.push((ok, text));
    };
    if w.concerns.is_empty() {
        note(true, 2 * CONCERN_POINTS, "You left the areas open.".into());
    } else {
        let shared: Vec<&str> =
            w.concerns.iter().filter(|k| c.specialties.contains(k)).filter_map(|k| label_of(&SPECIALTIES, k)).collect();
        // Up to two areas count; a single wish, fully met, counts as two.
        let counted = if w.concerns.len() == 1 { 2 * shared.len() } else { shared.len().min(2) };
        let got = counted as i64 * CONCERN_POINTS;
        if shared.is_empty() {
            note(false, 0, "Does not list the areas you chose.".into());
        } else {
            note(true, got, format!("Works with {}.", crate::pages::join_list(&shared).to_lowercase()));
        }
    }
    if w.language.is_empty() {
        note(true, LANGUAGE_POINTS, "You left the language open.".into());
    } else if c.languages.iter().any(|l| l.eq_ignore_ascii_case(&w.language)) {
        note(true, LANGUAGE_POINTS, format!("Works in {}.", w.language));
    } else {
        note(false, 0, format!("Does not list {}.", w.language));
    }
    if w.formats.is_empty() {
        note(true, FORMAT_POINTS, "You left the format open.".into());
    } else {
        let shared: Vec<&str> =
            w.formats.iter().filter(|f| c.formats.contains(f)).filter_map(|f| label_of(&FORMATS, f)).collect();
        if shared.is_empty() {
            note(false, 0, "Does not offer the formats you chose.".into());
        } else {
            note(true, FORMAT_POINTS, format!("Offers {}.", crate::pages::join_list(&shared).to_lowercase()));
        }
    }
    match &w.budget {
        None => note(true, BUDGET_POINTS, "You left the budget open.".into()),
        Some((_, cur)) if *cur != c.currency => {
            note(false, 0, format!("Charges in {}, so your budget in {cur} could not be compared.", c.currency))
        }
        Some((max, _)) if c.fee_minor <= *max => note(true, BUDGET_POINTS, "Within your budget.".into()),
        Some((max, cur)) => note(false, 0, format!("Above your budget by {}.", format_fee(c.fee_minor - max, cur))),
    }
    match (band(&w.time_of_day), c.times_in_band) {
        (None, _) => note(true, TIME_POINTS, "You left the time of day open.".into()),
        (Some(_), Some(n)) if n > 0 => note(
            true,
            TIME_POINTS,
            format!(
                "{n} free {} in the {} over the next two weeks.",
                if n == 1 { "time" } else { "times" },
                w.time_of_day
            ),
        ),
        (Some(_), _) => note(false, 0, format!("No free times in the {} over the next two weeks.", w.time_of_day)),
    }
    if w.gender.is_empty() {
        note(true, GENDER_POINTS, "You left the counsellor's gender open.".into());
    } else if c.gender == w.gender {
        let label = label_of(&GENDERS, &w.gender).unwrap_or("");
        note(true, GENDER_POINTS, format!("{label}, as you asked."));
    } else {
        note(false, 0, "Not the gender you asked for, or not stated.".into());
    }
    why.sort_by_key(|(ok, _)| !*ok);
    (points.min(100), why)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let (points, why) = score(&Wishes::default(), &meera());
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
        let (points, why) = score(&w, &meera());
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
        let (points, why) = score(&w, &meera());
        assert_eq!(points, 100 - BUDGET_POINTS);
        assert!(why.iter().any(|(ok, t)| !ok && t.contains("could not be compared")));
        let none = Candidate { times_in_band: Some(0), ..meera() };
        let w = Wishes { time_of_day: "morning".into(), ..Wishes::default() };
        assert_eq!(score(&w, &none).0, 100 - TIME_POINTS);
    }
}
