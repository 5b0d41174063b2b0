//! Questionnaires as data: an instrument is its items, its answer scale, how the items group
//! into scored dimensions, and how often it is offered. The bundled one lives in
//! `content/questionnaires/`; an operator adds others with `diltalks admin add-questionnaire`.
//!
//! Every text can have its Hindi beside it (`title_hi`, `text_hi`, `labels_hi`…): all of them
//! or none, so a page is never half in one language. A definition without them is shown in
//! English to every reader. The Hindi is part of the version, like the English: a Hindi reader
//! answered its wording.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::clock::DAY;
use crate::i18n::Lang;

/// The instrument every member is offered, installed (or kept) at start-up.
pub const BUNDLED: &[&str] = &[include_str!("../../content/questionnaires/trust-monthly.json")];

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Definition {
    pub slug: String,
    pub version: i64,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_hi: Option<String>,
    pub intro: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro_hi: Option<String>,
    /// Where the instrument comes from and what it is not; shown on its page.
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_hi: Option<String>,
    pub every_days: i64,
    pub scale: Scale,
    pub dimensions: Vec<Dimension>,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Scale {
    pub min: i64,
    pub max: i64,
    /// One label per point, from `min` to `max`.
    pub labels: Vec<String>,
    /// The same labels in Hindi, or none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels_hi: Vec<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Dimension {
    pub key: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_hi: Option<String>,
    pub about: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about_hi: Option<String>,
}

impl Dimension {
    pub fn name_in(&self, lang: Lang) -> &str {
        pick(lang, &self.name, &self.name_hi)
    }

    pub fn about_in(&self, lang: Lang) -> &str {
        pick(lang, &self.about, &self.about_hi)
    }
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Item {
    pub dimension: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_hi: Option<String>,
    /// Agreeing means less of the dimension: scored as `min + max - answer`.
    #[serde(default)]
    pub reversed: bool,
}

impl Item {
    pub fn text_in(&self, lang: Lang) -> &str {
        pick(lang, &self.text, &self.text_hi)
    }
}

/// The text in `lang`: the Hindi where the reader reads Hindi and the definition gives it.
fn pick<'a>(lang: Lang, en: &'a str, hi: &'a Option<String>) -> &'a str {
    match (lang, hi) {
        (Lang::Hi, Some(h)) if !h.trim().is_empty() => h,
        _ => en,
    }
}

/// One dimension's score: the mean of its items on the scale, mapped onto 0–100.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    pub key: String,
    pub name: String,
    pub name_hi: Option<String>,
    pub out_of_100: i64,
}

impl Score {
    /// The dimension's name in `lang`.
    pub fn name_in(&self, lang: Lang) -> &str {
        pick(lang, &self.name, &self.name_hi)
    }
}

impl Definition {
    /// Parses and checks an instrument, naming the first problem found.
    pub fn parse(json: &str) -> Result<Definition, String> {
        let d: Definition = serde_json::from_str(json).map_err(|e| format!("not a questionnaire: {e}"))?;
        d.check()?;
        Ok(d)
    }

    fn check(&self) -> Result<(), String> {
        let slug_ok = !self.slug.is_empty()
            && self.slug.len() <= 60
            && self.slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !slug_ok {
            return Err("slug: use 1–60 lowercase letters, digits and hyphens".into());
        }
        if self.version < 1 {
            return Err("version: must be 1 or more".into());
        }
        for (field, text) in [("title", &self.title), ("intro", &self.intro), ("source", &self.source)] {
            if text.trim().is_empty() {
                return Err(format!("{field}: must not be empty"));
            }
        }
        if !(1..=366).contains(&self.every_days) {
            return Err("every_days: must be between 1 and 366".into());
        }
        let points = self.scale.max - self.scale.min + 1;
        if !(2..=11).contains(&points) {
            return Err("scale: needs between 2 and 11 points".into());
        }
        if self.scale.labels.len() as i64 != points {
            return Err(format!("scale: {points} points need {points} labels"));
        }
        let mut keys = HashSet::new();
        for d in &self.dimensions {
            if d.key.is_empty() || d.name.trim().is_empty() || !keys.insert(d.key.as_str()) {
                return Err(format!("dimensions: \"{}\" is empty or repeated", d.key));
            }
        }
        if self.items.is_empty() || self.items.len() > 100 {
            return Err("items: between 1 and 100 are needed".into());
        }
        for (i, item) in self.items.iter().enumerate() {
            if !keys.contains(item.dimension.as_str()) {
                return Err(format!("items[{i}]: no dimension called \"{}\"", item.dimension));
            }
            if item.text.trim().is_empty() {
                return Err(format!("items[{i}]: the text is empty"));
            }
        }
        if let Some(d) = self.dimensions.iter().find(|d| !self.items.iter().any(|i| i.dimension == d.key)) {
            return Err(format!("dimensions: \"{}\" has no items", d.key));
        }
        self.check_hindi(points)
    }

    /// The Hindi is all there or not there at all, and has a label per point.
    fn check_hindi(&self, points: i64) -> Result<(), String> {
        let given = |t: &Option<String>| t.as_ref().is_some_and(|t| !t.trim().is_empty());
        let mut fields: Vec<(String, bool)> = vec![
            ("title_hi".into(), given(&self.title_hi)),
            ("intro_hi".into(), given(&self.intro_hi)),
            ("source_hi".into(), given(&self.source_hi)),
            ("scale.labels_hi".into(), !self.scale.labels_hi.is_empty()),
        ];
        for (i, d) in self.dimensions.iter().enumerate() {
            fields.push((format!("dimensions[{i}].name_hi"), given(&d.name_hi)));
            fields.push((format!("dimensions[{i}].about_hi"), given(&d.about_hi)));
        }
        for (i, item) in self.items.iter().enumerate() {
            fields.push((format!("items[{i}].text_hi"), given(&item.text_hi)));
        }
        if fields.iter().any(|(_, g)| *g)
            && let Some((field, _)) = fields.iter().find(|(_, g)| !*g)
        {
            return Err(format!("{field}: the Hindi is given elsewhere, so it is needed here too"));
        }
        if !self.scale.labels_hi.is_empty() && self.scale.labels_hi.len() as i64 != points {
            return Err(format!("scale: {points} points need {points} labels_hi"));
        }
        Ok(())
    }

    /// The same instrument with its Hindi taken out: what an installed version written before
    /// it had Hindi is equal to.
    pub fn without_hindi(&self) -> Definition {
        let mut d = self.clone();
        (d.title_hi, d.intro_hi, d.source_hi) = (None, None, None);
        d.scale.labels_hi.clear();
        for x in &mut d.dimensions {
            (x.name_hi, x.about_hi) = (None, None);
        }
        for i in &mut d.items {
            i.text_hi = None;
        }
        d
    }

    pub fn title_in(&self, lang: Lang) -> &str {
        pick(lang, &self.title, &self.title_hi)
    }

    pub fn intro_in(&self, lang: Lang) -> &str {
        pick(lang, &self.intro, &self.intro_hi)
    }

    pub fn source_in(&self, lang: Lang) -> &str {
        pick(lang, &self.source, &self.source_hi)
    }

    pub fn every_ms(&self) -> i64 {
        self.every_days * DAY
    }

    /// Each point of the scale with its label in `lang`.
    pub fn scale_points(&self, lang: Lang) -> Vec<(i64, &str)> {
        let labels = match lang {
            Lang::Hi if !self.scale.labels_hi.is_empty() => &self.scale.labels_hi,
            _ => &self.scale.labels,
        };
        (self.scale.min..=self.scale.max).zip(labels.iter().map(String::as_str)).collect()
    }

    /// Reads one answer per item from a submitted form value; `None` where an item is
    /// unanswered or off the scale.
    pub fn read_answer(&self, raw: Option<&str>) -> Option<i64> {
        raw?.trim().parse().ok().filter(|v| (self.scale.min..=self.scale.max).contains(v))
    }

    /// Scores a complete set of answers (one per item, in order), per dimension, in the
    /// order the dimensions are listed. Answers of the wrong length or off the scale score
    /// nothing: they would mean the answers belong to another version.
    pub fn score(&self, answers: &[i64]) -> Option<Vec<Score>> {
        if answers.len() != self.items.len() || answers.iter().any(|a| !(self.scale.min..=self.scale.max).contains(a)) {
            return None;
        }
        let span = (self.scale.max - self.scale.min) as f64;
        Some(
            self.dimensions
                .iter()
                .map(|d| {
                    let values: Vec<i64> = self
                        .items
                        .iter()
                        .zip(answers)
                        .filter(|(item, _)| item.dimension == d.key)
                        .map(|(item, &a)| if item.reversed { self.scale.min + self.scale.max - a } else { a })
                        .collect();
                    let mean = values.iter().sum::<i64>() as f64 / values.len() as f64;
                    Score {
                        key: d.key.clone(),
                        name: d.name.clone(),
                        name_hi: d.name_hi.clone(),
                        out_of_100: ((mean - self.scale.min as f64) / span * 100.0).round() as i64,
                    }
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Definition {
        Definition::parse(BUNDLED[0]).expect("the bundled questionnaire is valid")
    }

    #[test]
    fn the_bundled_questionnaire_covers_the_three_dimensions_and_satisfaction() {
        let d = bundled();
        let keys: Vec<&str> = d.dimensions.iter().map(|d| d.key.as_str()).collect();
        assert_eq!(keys, ["predictability", "dependability", "faith", "satisfaction"]);
        assert_eq!(d.every_days, 30);
        assert!(d.source.contains("Rempel, Holmes & Zanna (1985)"));
        assert!(d.source.contains("not a validated clinical instrument"));
    }

    #[test]
    fn the_bundled_questionnaire_is_in_hindi_too_and_english_where_none_is_given() {
        let d = bundled();
        assert!(d.title_in(Lang::Hi).chars().any(crate::i18n::is_devanagari));
        assert_eq!(d.title_in(Lang::En), "Monthly trust questionnaire");
        assert!(d.source_in(Lang::Hi).contains("Rempel, Holmes & Zanna (1985)"), "the paper named as it is");
        assert!(d.items.iter().all(|i| i.text_in(Lang::Hi) != i.text && i.text_in(Lang::En) == i.text));
        assert!(d.dimensions.iter().all(|x| x.name_in(Lang::Hi) != x.name && x.about_in(Lang::Hi) != x.about));
        let hi = d.scale_points(Lang::Hi);
        assert_eq!(hi.len(), 7);
        assert_eq!(hi[6].0, 7);
        assert_ne!(hi[6].1, d.scale_points(Lang::En)[6].1);
        assert_eq!(d.score(&[7; 16]).unwrap()[0].name_in(Lang::Hi), d.dimensions[0].name_in(Lang::Hi));

        // Without its Hindi, an instrument reads in English for everyone, and serialises as before.
        let english = d.without_hindi();
        assert_eq!(english.check(), Ok(()));
        assert_eq!(english.title_in(Lang::Hi), "Monthly trust questionnaire");
        assert_eq!(english.scale_points(Lang::Hi)[0].1, "Strongly disagree");
        assert!(!serde_json::to_string(&english).unwrap().contains("_hi"));
    }

    #[test]
    fn the_hindi_is_all_there_or_not_at_all() {
        let mut d = bundled();
        d.items[3].text_hi = Some(" ".into());
        assert!(d.check().unwrap_err().starts_with("items[3].text_hi:"));
        let mut d = bundled();
        d.scale.labels_hi.pop();
        assert!(d.check().unwrap_err().starts_with("scale:"));
        let mut d = bundled();
        d.title_hi = None;
        assert!(d.check().unwrap_err().starts_with("title_hi:"));
    }

    #[test]
    fn scores_are_means_per_dimension_with_reversed_items_turned_round() {
        let d = bundled();
        // Agree fully with every statement: reversed ones pull each dimension down to 75.
        let all_sevens = vec![7; d.items.len()];
        let scores = d.score(&all_sevens).unwrap();
        assert!(scores.iter().all(|s| s.out_of_100 == 75), "{scores:?}");
        // Agree with the positive statements and disagree with the reversed ones: 100.
        let best: Vec<i64> = d.items.iter().map(|i| if i.reversed { 1 } else { 7 }).collect();
        assert!(d.score(&best).unwrap().iter().all(|s| s.out_of_100 == 100));
        let worst: Vec<i64> = d.items.iter().map(|i| if i.reversed { 7 } else { 1 }).collect();
        assert!(d.score(&worst).unwrap().iter().all(|s| s.out_of_100 == 0));
        // Hand-worked: predictability answers 4, 5, 2 (reversed → 6), 7 → mean 5.5 → 75.
        let mut mixed = vec![4; d.items.len()];
        mixed[..4].copy_from_slice(&[4, 5, 2, 7]);
        let s = d.score(&mixed).unwrap();
        assert_eq!(s[0].out_of_100, 75);
        assert_eq!(s[1].out_of_100, 50);
    }

    #[test]
    fn answers_that_do_not_fit_the_version_score_nothing() {
        let d = bundled();
        assert_eq!(d.score(&[4, 4]), None);
        let mut off = vec![4; d.items.len()];
        off[3] = 8;
        assert_eq!(d.score(&off), None);
        assert_eq!(d.read_answer(Some("8")), None);
        assert_eq!(d.read_answer(Some("")), None);
        assert_eq!(d.read_answer(None), None);
        assert_eq!(d.read_answer(Some(" 3 ")), Some(3));
    }

    #[test]
    fn a_broken_definition_is_refused_with_the_reason() {
        let good = bundled();
        let mut d = good.clone();
        d.items[0].dimension = "honesty".into();
        assert!(d.check().unwrap_err().contains("no dimension called \"honesty\""));
        let mut d = good.clone();
        d.scale.labels.pop();
        assert!(d.check().unwrap_err().starts_with("scale:"));
        let mut d = good.clone();
        d.slug = "Trust Monthly".into();
        assert!(d.check().unwrap_err().starts_with("slug:"));
        let mut d = good.clone();
        d.items.retain(|i| i.dimension != "faith");
        assert!(d.check().unwrap_err().contains("\"faith\" has no items"));
        assert!(Definition::parse("{}").unwrap_err().starts_with("not a questionnaire"));
    }
}
