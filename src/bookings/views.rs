//! Views of bookings: confirming, the member's sessions, one session, and the calendar feed.

use askama::Template;
use serde::Deserialize;

use super::model::Booking;
use crate::accounts::model::SessionUser;
use crate::clock::MINUTE;
use crate::pages::format_time;
use crate::web::{FormErrors, Layout};

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct BookQuery {
    pub start: String,
    pub kind: String,
    pub key: String,
    pub reschedule: String,
}

#[derive(Template)]
#[template(path = "bookings/confirm.html")]
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
    /// The time is already inside the free-cancellation period: cancelling at all is late.
    pub late_already: bool,
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

impl BookingLine {
    /// A booking as the viewer sees it: in their zone, and whether they made it.
    pub fn of(b: &Booking, viewer: &SessionUser, now: i64) -> BookingLine {
        BookingLine {
            id: b.id.clone(),
            counsellor_id: b.counsellor_id.clone(),
            counsellor: b.counsellor_name.clone(),
            client: b.booked_by_name.clone(),
            when: format_time(b.starts_at, &viewer.time_zone),
            minutes: (b.ends_at - b.starts_at) / MINUTE,
            couple: b.couple,
            mine: b.booked_by == viewer.id,
            status: b.status(now).to_string(),
            upcoming: !b.cancelled && b.starts_at > now,
        }
    }
}

#[derive(Template)]
#[template(path = "bookings/bookings.html")]
pub struct BookingsPage {
    pub l: Layout,
    pub upcoming: Vec<BookingLine>,
    pub past: Vec<BookingLine>,
}

#[derive(Template)]
#[template(path = "bookings/booking.html")]
pub struct BookingPage {
    pub l: Layout,
    pub b: BookingLine,
    pub free: bool,
    pub free_until: String,
    pub is_counsellor: bool,
    /// The viewer has answered this counsellor's intake.
    pub intake_answered: bool,
    /// Each attending person's consent, when the counsellor has a consent document.
    pub consent: Option<crate::consent::views::SessionConsent>,
    /// The session room: open now, or when it opens (while it can still open).
    pub room: Option<Result<(), String>>,
}

#[derive(Template)]
#[template(path = "bookings/feed.html")]
pub struct FeedPage {
    pub l: Layout,
    /// When the current link was made, if there is one.
    pub since: Option<String>,
    /// The new link, shown once right after it is made.
    pub link: Option<String>,
}
