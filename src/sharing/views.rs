//! Views for sharing with a counsellor and the counsellor's client pages.

use askama::Template;
use serde::Deserialize;

use super::model::{Person, Read, what_keys};
use crate::pages::format_time_in;
use crate::web::{FormErrors, Layout, RequestCtx};

/// The read log as the client's pages list it: (counsellor, what, when in the client's zone),
/// in the reader's language. One line per visit names everything it read ("your check-in
/// numbers and a reflection").
pub fn read_log(ctx: &RequestCtx, reads: Vec<Read>, time_zone: &str) -> Vec<(String, String, String)> {
    reads
        .into_iter()
        .map(|r| {
            let labels: Vec<String> = what_keys(&r.what).into_iter().map(|k| ctx.t(k)).collect();
            let what = match labels.as_slice() {
                [] => String::new(),
                [one] => one.clone(),
                [rest @ .., last] => ctx.t_with("clients-read-and", &[("rest", &rest.join(", ")), ("last", last)]),
            };
            (r.counsellor_name, what, format_time_in(ctx.lang, r.read_at, time_zone))
        })
        .collect()
}

pub struct ShareOption {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

pub struct SharingCard {
    pub id: String,
    pub name: String,
    pub options: Vec<ShareOption>,
}

#[derive(Template)]
#[template(path = "sharing/sharing.html")]
pub struct SharingPage {
    pub l: Layout,
    pub counsellors: Vec<SharingCard>,
    /// (counsellor, what, when)
    pub log: Vec<(String, String, String)>,
}

/// A couple in the counsellor's lists: one row, both names.
pub struct CoupleLine {
    pub space_id: String,
    pub names: String,
}

#[derive(Template)]
#[template(path = "sharing/clients.html")]
pub struct ClientsPage {
    pub l: Layout,
    pub couples: Vec<CoupleLine>,
    pub individuals: Vec<Person>,
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct NoteForm {
    pub text: String,
    /// "couple" files a note written on a partner's page with the couple's notes.
    pub file: String,
}

/// What one person shares with the counsellor now.
pub struct Shared {
    pub name: String,
    pub nothing_shared: bool,
    pub trend: Option<crate::program::views::Trend>,
    pub scores: Vec<(String, i64)>,
    pub reflections: Vec<String>,
    /// Kinds shared that hold nothing yet ("check-in numbers"), in the reader's language.
    pub empty: Vec<String>,
    /// They share the couple's agreed account (shown only when both partners do).
    pub shares_account: bool,
    /// Their intake answers for this counsellor: (question, answer). Given to the counsellor
    /// by answering, so shown whatever else is shared.
    pub intake: Vec<(String, String)>,
    /// Their answers before and after sessions, while they share them.
    pub feedback: Option<crate::feedback::views::Summary>,
}

#[derive(Template)]
#[template(path = "sharing/client.html")]
pub struct ClientPage {
    pub l: Layout,
    pub client_id: String,
    pub name: String,
    pub shared: Shared,
    /// The couple's agreed account, when both partners share it.
    pub account: Option<String>,
    /// They share the account but their partner does not (yet).
    pub account_waits: bool,
    /// The couple this client is part of, when the counsellor sees them as a couple too.
    pub couple: Option<CoupleLine>,
    /// (assigned on, text, done)
    pub exercises: Vec<(String, String, bool)>,
    pub notes: Vec<(String, String)>,
    pub form: NoteForm,
    pub exercise_form: NoteForm,
    /// When the client asked DilTalks to tell this counsellor they may not be safe.
    pub safety_alerts: Vec<String>,
    pub errors: FormErrors,
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct CoupleExerciseForm {
    pub text: String,
    /// "couple", or one partner's id.
    pub for_whom: String,
}

pub struct CoupleExerciseLine {
    pub at: i64,
    pub when: String,
    pub text: String,
    /// Who has done it: "Nadia: done · Sam: not yet", or "For Sam alone: done".
    pub done: String,
}

#[derive(Template)]
#[template(path = "sharing/couple.html")]
pub struct CouplePage {
    pub l: Layout,
    pub space_id: String,
    pub names: String,
    pub people: Vec<Person>,
    /// Each partner's own sharing, side by side.
    pub partners: Vec<Shared>,
    pub account: Option<String>,
    pub account_waits: Option<String>,
    pub sessions: Vec<crate::bookings::views::BookingLine>,
    pub notes: Vec<(String, String)>,
    pub exercises: Vec<CoupleExerciseLine>,
    pub form: NoteForm,
    pub exercise_form: CoupleExerciseForm,
    /// (partner, when) for each private safety alert a partner asked DilTalks to send.
    pub safety_alerts: Vec<(String, String)>,
    pub errors: FormErrors,
}
