//! Views for availability, booking, sessions and calendar feeds.

use askama::Template;
use serde::Deserialize;

use crate::web::{FormErrors, Layout};

pub struct SlotDay {
    pub day: String,
    /// (local time, link to confirm it)
    pub slots: Vec<(String, String)>,
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct BookQuery {
    pub start: String,
    pub kind: String,
    pub key: String,
    pub reschedule: String,
}

#[derive(Template)]
#[template(path = "counsellors/confirm.html")]
pub struct ConfirmBookingPage {
    pub l: Layout,
    pub counsellor_id: String,
    pub counsellor: String,
    pub start: String,
    pub when: String,
    pub length: i64,
    pub their_time: Option<String>,
    pub fee: String,
    pub cancel_hours: i64,
    /// The partner's name, when a couple session is possible.
    pub partner: Option<String>,
    pub kind: String,
    pub key: String,
    pub reschedule: String,
    pub errors: FormErrors,
}

pub struct BookingLine {
    pub id: String,
    pub counsellor_id: String,
    pub counsellor: String,
    pub client: String,
    pub when: String,
    pub minutes: i64,
    pub couple: bool,
    pub mine: bool,
    pub status: String,
    pub upcoming: bool,
}

#[derive(Template)]
#[template(path = "counsellors/bookings.html")]
pub struct BookingsPage {
    pub l: Layout,
    pub upcoming: Vec<BookingLine>,
    pub past: Vec<BookingLine>,
}

#[derive(Template)]
#[template(path = "counsellors/booking.html")]
pub struct BookingPage {
    pub l: Layout,
    pub b: BookingLine,
    pub free: bool,
    pub free_until: String,
    pub is_counsellor: bool,
    /// The session room: open now, or when it opens (while it can still open).
    pub room: Option<Result<(), String>>,
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct RulesForm {
    pub session_minutes: String,
    pub buffer_minutes: String,
    pub notice_hours: String,
    pub horizon_days: String,
    pub cancel_hours: String,
}

impl RulesForm {
    pub fn from(r: &super::slots::Rules) -> RulesForm {
        RulesForm {
            session_minutes: r.session_minutes.to_string(),
            buffer_minutes: r.buffer_minutes.to_string(),
            notice_hours: r.notice_hours.to_string(),
            horizon_days: r.horizon_days.to_string(),
            cancel_hours: r.cancel_hours.to_string(),
        }
    }
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct WindowForm {
    pub weekday: String,
    pub start: String,
    pub end: String,
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct ExceptionForm {
    pub kind: String,
    pub date: String,
    pub start: String,
    pub end: String,
}

#[derive(Template)]
#[template(path = "counsellors/availability.html")]
pub struct AvailabilityPage {
    pub l: Layout,
    pub time_zone: String,
    pub rules_form: RulesForm,
    pub window_form: WindowForm,
    pub exception_form: ExceptionForm,
    pub errors: FormErrors,
    pub windows: Vec<(String, String)>,
    pub exceptions: Vec<(String, String)>,
    pub preview: Vec<SlotDay>,
    pub weekdays: Vec<(usize, &'static str)>,
}

#[derive(Template)]
#[template(path = "counsellors/feed.html")]
pub struct FeedPage {
    pub l: Layout,
    /// When the current link was made, if there is one.
    pub since: Option<String>,
    /// The new link, shown once right after it is made.
    pub link: Option<String>,
}
