//! The intake's rules: four questions every counsellor asks, in our own words, a few of the
//! counsellor's own (free text or a choice), and checking a person's answers against them.

use std::collections::BTreeMap;

/// (key, the question's message): asked by every counsellor before the first session, in
/// the reader's language (`locales/*/consent.ftl`).
pub const BASE: [(&str, &str); 4] = [
    ("brings", "intake-base-brings"),
    ("hopes", "intake-base-hopes"),
    ("before", "intake-base-before"),
    ("know", "intake-base-know"),
];

pub const ANSWER_MAX: usize = 4000;
pub const PROMPT_MAX: usize = 300;
pub const CHOICES_MAX: usize = 8;
/// How many questions of their own a counsellor may add: the intake stays short.
pub const OWN_MAX: usize = 6;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    Choice,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Choice => "choice",
        }
    }

    pub fn parse(s: &str) -> Kind {
        if s == "choice" { Kind::Choice } else { Kind::Text }
    }
}

/// A question a counsellor added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    pub prompt: String,
    pub choices: Vec<String>,
}

impl Question {
    /// The key its answer is kept under.
    pub fn key(&self) -> String {
        format!("q:{}", self.id)
    }
}

/// A new question, checked: (field, problem) when it is not right.
pub fn parse_question(
    prompt: &str,
    kind: &str,
    choices: &str,
) -> Result<(Kind, String, Vec<String>), (&'static str, String)> {
    let prompt = prompt.split_whitespace().collect::<Vec<_>>().join(" ");
    if prompt.is_empty() {
        return Err(("prompt", "Write the question.".into()));
    }
    if prompt.chars().count() > PROMPT_MAX {
        return Err(("prompt", format!("Keep the question under {PROMPT_MAX} characters.")));
    }
    let kind = Kind::parse(kind);
    let mut list: Vec<String> = vec![];
    if kind == Kind::Choice {
        for c in choices.lines().map(str::trim).filter(|c| !c.is_empty()) {
            if c.chars().count() > 80 {
                return Err(("choices", "Keep each choice under 80 characters.".into()));
            }
            if !list.iter().any(|x| x == c) {
                list.push(c.to_string());
            }
        }
        if list.len() < 2 || list.len() > CHOICES_MAX {
            return Err(("choices", format!("Give from 2 to {CHOICES_MAX} choices, one a line.")));
        }
    }
    Ok((kind, prompt, list))
}

/// A person's answers, by question key.
pub type Answers = BTreeMap<String, String>;

/// Checks the submitted answers against the questions: free text within bounds, a choice one
/// of those offered. The first question is the one answer asked for. Problems are (key, text).
pub fn check_answers(own: &[Question], submitted: &Answers) -> (Answers, Vec<(String, String)>) {
    let mut out = Answers::new();
    let mut problems = vec![];
    let text = |key: &str, required: bool, out: &mut Answers, problems: &mut Vec<(String, String)>| {
        let v = submitted.get(key).map(|s| s.replace("\r\n", "\n").trim().to_string()).unwrap_or_default();
        if v.chars().count() > ANSWER_MAX {
            problems.push((key.to_string(), format!("Keep this under {ANSWER_MAX} characters.")));
        } else if v.is_empty() && required {
            problems.push((key.to_string(), "Say a few words here; everything else may stay empty.".into()));
        } else if !v.is_empty() {
            out.insert(key.to_string(), v);
        }
    };
    for (i, (key, _)) in BASE.iter().enumerate() {
        text(key, i == 0, &mut out, &mut problems);
    }
    for q in own {
        let key = q.key();
        match q.kind {
            Kind::Text => text(&key, false, &mut out, &mut problems),
            Kind::Choice => match submitted.get(&key).map(String::as_str).unwrap_or("") {
                "" => {}
                v if q.choices.iter().any(|c| c == v) => {
                    out.insert(key, v.to_string());
                }
                _ => problems.push((key, "Choose one of the answers offered.".into())),
            },
        }
    }
    (out, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_are_checked_and_choices_need_two_or_more() {
        assert!(parse_question(" ", "text", "").is_err());
        assert_eq!(parse_question(" How  long together? ", "text", "").unwrap().1, "How long together?");
        assert_eq!(parse_question("Q", "choice", "Yes").unwrap_err().0, "choices");
        let (k, _, c) = parse_question("Q", "choice", "Yes\n\nNo\nYes").unwrap();
        assert_eq!((k, c), (Kind::Choice, vec!["Yes".to_string(), "No".to_string()]));
    }

    #[test]
    fn answers_keep_only_what_was_asked_and_choices_must_be_offered() {
        let q = Question {
            id: "1".into(),
            kind: Kind::Choice,
            prompt: "Q".into(),
            choices: vec!["Yes".into(), "No".into()],
        };
        let mut a = Answers::new();
        a.insert("brings".into(), " We argue. ".into());
        a.insert("q:1".into(), "No".into());
        a.insert("injected".into(), "x".into());
        let (out, problems) = check_answers(std::slice::from_ref(&q), &a);
        assert!(problems.is_empty());
        assert_eq!(out.get("brings").map(String::as_str), Some("We argue."));
        assert!(!out.contains_key("injected"));
        a.insert("q:1".into(), "Maybe".into());
        a.remove("brings");
        let (_, problems) = check_answers(&[q], &a);
        let keys: Vec<&str> = problems.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, vec!["brings", "q:1"]);
    }
}
