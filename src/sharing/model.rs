//! Sharing's vocabulary: what can be shared and how the read log names it, and the rows
//! the client and counsellor pages show.

/// What can be shared: the client's check-in numbers, the couple's agreed account, the
/// client's questionnaire scores, and chosen reflections (by id).
pub const KINDS: [&str; 5] = ["checkins", "account", "questionnaire", "reflection", "feedback"];

/// The message that names what was read, in the client's log ("your check-in numbers").
pub fn what_key(what: &str) -> &'static str {
    match what {
        "checkins" => "clients-read-checkins",
        "account" => "clients-read-account",
        "questionnaire" => "clients-read-questionnaire",
        "feedback" => "clients-read-feedback",
        _ => "clients-read-reflection",
    }
}

/// The message that names a kind shared with nothing in it yet ("check-in numbers"), for the
/// kinds that can be empty.
pub fn empty_key(what: &str) -> Option<&'static str> {
    match what {
        "checkins" => Some("clients-empty-checkins"),
        "questionnaire" => Some("clients-empty-questionnaire"),
        "feedback" => Some("clients-empty-feedback"),
        _ => None,
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

/// The messages naming what one visit read: each kind, in the order read.
pub fn what_keys(what: &str) -> Vec<&'static str> {
    what.split(',').filter(|w| !w.is_empty()).map(what_key).collect()
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
        assert_eq!(what_keys("checkins"), ["clients-read-checkins"]);
        assert_eq!(
            what_keys("checkins,account,reflection"),
            ["clients-read-checkins", "clients-read-account", "clients-read-reflection"]
        );
        assert!(what_keys("").is_empty());
    }

    #[test]
    fn a_couple_is_named_by_both_partners() {
        let p = |id: &str, name: &str| Person { id: id.into(), name: name.into() };
        let c = CoupleClient { space_id: "s".into(), partners: vec![p("a", "Nadia"), p("b", "Sam")] };
        assert_eq!(c.names(), "Nadia & Sam");
        assert!(c.has("b") && !c.has("c"));
    }
}
