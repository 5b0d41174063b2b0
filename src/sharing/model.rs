//! Sharing's vocabulary: what can be shared and how the read log names it, and the rows
//! the client and counsellor pages show.

/// What can be shared: the client's check-in numbers, the couple's agreed account, the
/// client's questionnaire scores, and chosen reflections (by id).
pub const KINDS: [&str; 4] = ["checkins", "account", "questionnaire", "reflection"];

/// How the log names what was read, to the client.
pub fn what_label(what: &str) -> &'static str {
    match what {
        "checkins" => "your check-in numbers",
        "account" => "your agreed account",
        "questionnaire" => "your questionnaire scores",
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
