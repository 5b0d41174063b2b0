//! Sharing's vocabulary: what can be shared and how the read log names it, and the rows
//! the client and counsellor pages show.

/// What can be shared: the client's check-in numbers, the couple's agreed account, the
/// client's questionnaire scores, and chosen reflections (by id).
pub const KINDS: [&str; 5] = ["checkins", "account", "questionnaire", "reflection", "feedback"];

/// How the log names what was read, to the client.
pub fn what_label(what: &str) -> &'static str {
    match what {
        "checkins" => "your check-in numbers",
        "account" => "your agreed account",
        "questionnaire" => "your questionnaire scores",
        "feedback" => "your answers before and after sessions",
        _ => "a reflection",
    }
}

/// An exercise a counsellor assigned.
#[derive(Clone, Debug)]
pub struct Exercise {
    pub id: String,
    pub counsellor_name: String,
    pub text: String,
    pub created_at: i64,
    pub done_at: Option<i64>,
}

/// One line of a client's read log: which counsellor read what, when.
#[derive(Clone, Debug)]
pub struct Read {
    pub counsellor_name: String,
    pub what: String,
    pub read_at: i64,
}

/// How a line of the read log names what one visit read: each kind, in the order read.
pub fn what_labels(what: &str) -> String {
    let labels: Vec<&str> = what.split(',').filter(|w| !w.is_empty()).map(what_label).collect();
    match labels.as_slice() {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A client as a counsellor's pages name them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    pub id: String,
    pub name: String,
}

/// A couple as one client of a counsellor: their space and its current members.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoupleClient {
    pub space_id: String,
    pub partners: Vec<Person>,
}

impl CoupleClient {
    /// "Nadia & Sam", as each chose to be called.
    pub fn names(&self) -> String {
        self.partners.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(" & ")
    }

    pub fn has(&self, user_id: &str) -> bool {
        self.partners.iter().any(|p| p.id == user_id)
    }
}

/// An exercise a counsellor gave a couple: both partners see it, each marks their own part.
#[derive(Clone, Debug)]
pub struct CoupleExercise {
    pub id: String,
    pub counsellor_name: String,
    pub text: String,
    pub created_at: i64,
    /// (partner, when) for each partner who marked it done.
    pub done_by: Vec<(String, i64)>,
}

impl CoupleExercise {
    pub fn done_by(&self, user_id: &str) -> bool {
        self.done_by.iter().any(|(u, _)| u == user_id)
    }
}

/// Whether a visit's reads repeat one logged a moment ago (a reload, the back button): the
/// log keeps one line per visit, not per page load.
pub const SAME_VISIT_MS: i64 = 10 * 60 * 1000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_visit_names_everything_it_read_in_one_line() {
        assert_eq!(what_labels("checkins"), "your check-in numbers");
        assert_eq!(
            what_labels("checkins,account,reflection"),
            "your check-in numbers, your agreed account and a reflection"
        );
        assert_eq!(what_labels(""), "");
    }

    #[test]
    fn a_couple_is_named_by_both_partners() {
        let p = |id: &str, name: &str| Person { id: id.into(), name: name.into() };
        let c = CoupleClient { space_id: "s".into(), partners: vec![p("a", "Nadia"), p("b", "Sam")] };
        assert_eq!(c.names(), "Nadia & Sam");
        assert!(c.has("b") && !c.has("c"));
    }
}
