//! Questionnaires as data: an instrument is its items, its answer scale, how the items group
//! into scored dimensions, and how often it is offered. The bundled one lives in
//! `content/questionnaires/`; an operator adds others with `diltalks admin add-questionnaire`.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::clock::DAY;

/// The instrument every member is offered, installed (or kept) at start-up.
pub const BUNDLED: &[&str] = &[include_str!("../../content/questionnaires/trust-monthly.json")];

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Definition {
    pub slug: String,
    pub version: i64,
    pub title: String,
    pub intro: String,
    /// Where the instrument comes from and what it is not; shown on its page.
    pub source: String,
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
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Dimension {
    pub key: String,
    pub name: String,
    pub about: String,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Item {
    pub dimension: String,
    pub text: String,
    /// Agreeing means less of the dimension: scored as `min + max - answer`.
    #[serde(default)]
    pub reversed: bool,
}

/// One dimension's score: the mean of its items on the scale, mapped onto 0–100.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    pub key: String,
    pub name: String,
    pub out_of_100: i64,
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
        Ok(())
    }

    pub fn every_ms(&self) -> i64 {
        self.every_days * DAY
    }

    pub fn scale_points(&self) -> Vec<(i64, &str)> {
        (self.scale.min..=self.scale.max).zip(self.scale.labels.iter().map(String::as_str)).collect()
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
