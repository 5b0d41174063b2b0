//! Views of bookings: confirming, the member's sessions, one session, and the calendar feed.

use askama::Template;
use serde::Deserialize;

use super::model::Booking;
use super::notify::What;
use crate::accounts::model::SessionUser;
use crate::clock::MINUTE;
use crate::i18n::Lang;
use crate::pages::format_time_in;
use crate::web::{FormErrors, Layout};

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct BookQuery {
    pub start: String,
    pub kind: String,
    pub key: String,
    pub reschedule: String,
    /// "weekly" or "fortnightly" for a series; empty for one session.
    pub repeat: String,
    /// A series ends "after" `count` sessions or "on" the date `until`.
    pub ends: String,
    pub count: String,
    pub until: String,
    /// "book" once the list of dates was shown; else the list is shown.
    pub step: String,
    /// The starts the list showed as free, comma-separated.
    pub free: String,
    /// "1": move this session and the rest of its series.
    pub rest: String,
    /// A counsellor booking for a client: the first session's date and time in their zone.
    pub date: String,
    pub time: String,
}

#[derive(Template)]
#[template(path = "bookings/confirm.html")]
pub struct ConfirmBookingPage {
    pub l: Layout,
    pub counsellor_id: String,
    pub counsellor: String,
    pub start: String,
    /// "3 Nov 2026, 14:05, 50 minutes, with Meera Rao.", in the reader's language.
    pub lead: String,
    /// "That is … in Europe/London.", when the counsellor's zone is not the reader's.
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
    /// Moving a session of a series: how many later sessions could move with it.
    pub later_in_series: usize,
    /// How often, when the member chooses a series here.
    pub repeat: String,
    pub count: String,
    pub errors: FormErrors,
}

impl BookQuery {
    /// Every field as (name, value), for a form that carries them unchanged.
    pub fn hidden(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("start", &self.start),
            ("kind", &self.kind),
            ("key", &self.key),
            ("reschedule", &self.reschedule),
            ("rest", &self.rest),
            ("date", &self.date),
            ("time", &self.time),
            ("repeat", &self.repeat),
            ("ends", &self.ends),
            ("count", &self.count),
            ("until", &self.until),
            ("free", &self.free),
        ]
    }
}

/// One session of a series as the list before confirming shows it.
pub struct SeriesLine {
    pub when: String,
    /// "Not booked: …" with why it cannot be booked, if it cannot, in the reader's language.
    pub clash: Option<String>,
    /// Booked inside the free-cancellation period already.
    pub late: bool,
}

#[derive(Template)]
#[template(path = "bookings/series.html")]
pub struct SeriesPage {
    pub l: Layout,
    pub title: String,
    /// Where the page's forms post.
    pub action: String,
    /// (link, words) back.
    pub back: (String, String),
    pub counsellor: String,
    /// A counsellor books for their client: the first session is chosen on this page.
    pub choose_first: bool,
    /// Moving the rest of a series: how often and how many are fixed.
    pub moving: bool,
    pub time_zone: String,
    /// "In <the counsellor's zone>", for the first session's time.
    pub zone_hint: String,
    pub length: i64,
    pub fee: String,
    pub cancel_hours: i64,
    pub q: BookQuery,
    pub lines: Vec<SeriesLine>,
    pub free_count: usize,
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
    /// A couple session cancelled because one partner left the shared space.
    pub partner_left: bool,
}

impl BookingLine {
    /// A booking as the viewer sees it: in their zone, and whether they made it.
    pub fn of(b: &Booking, viewer: &SessionUser, now: i64, lang: Lang) -> BookingLine {
        BookingLine {
            id: b.id.clone(),
            counsellor_id: b.counsellor_id.clone(),
            counsellor: b.counsellor_name.clone(),
            client: b.booked_by_name.clone(),
            when: format_time_in(lang, b.starts_at, &viewer.time_zone),
            minutes: (b.ends_at - b.starts_at) / MINUTE,
            couple: b.couple,
            mine: b.booked_by == viewer.id,
            status: b.status(now).to_string(),
            upcoming: !b.cancelled && b.starts_at > now,
            partner_left: b.partner_left,
        }
    }

    /// The message naming its state (`status` is the English one, as `Booking::status` names it).
    pub fn status_key(&self) -> &'static str {
        match self.status.as_str() {
            "cancelled late" => "bookings-status-cancelled-late",
            "cancelled" => "bookings-status-cancelled",
            "past" => "bookings-status-past",
            _ => "bookings-status-booked",
        }
    }
}

#[derive(Template)]
#[template(path = "bookings/bookings.html")]
pub struct BookingsPage {
    pub l: Layout,
    /// Each with its words after the time, in the reader's language.
    pub upcoming: Vec<(BookingLine, String)>,
    /// Each as one line ("3 Nov 2026, 14:05 with Meera Rao · cancelled"), in the reader's language.
    pub past: Vec<String>,
}

#[derive(Template)]
#[template(path = "bookings/booking.html")]
pub struct BookingPage {
    pub l: Layout,
    pub b: BookingLine,
    /// "3 Nov 2026, 14:05, 50 minutes · couple session · booked", in the reader's language.
    pub lead: String,
    pub free: bool,
    pub free_until: String,
    pub is_counsellor: bool,
    /// The viewer has answered this counsellor's intake.
    pub intake_answered: bool,
    /// Each attending person's consent, when the counsellor has a consent document.
    pub consent: Option<crate::consent::views::SessionConsent>,
    /// The session room: open now, or when it opens (while it can still open).
    pub room: Option<Result<(), String>>,
    /// Live sessions of its series after this one, when it belongs to one.
    pub later_in_series: usize,
    /// The viewer's own before/after forms open now: (words, link).
    pub feedback: Vec<(String, String)>,
    /// For the counsellor: what each attending person who shares it answered, and flags.
    pub before_session: Vec<String>,
    /// The session's invoice and credit notes the viewer may see: (words, link).
    pub invoices: Vec<(String, String)>,
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

/// The mail about one session (templates/bookings/mail/session.txt).
#[derive(Template)]
#[template(path = "bookings/mail/session.txt")]
pub struct SessionLetter<'a> {
    pub v: &'a crate::mail::Voice,
    pub what: What,
    pub name: &'a str,
    pub when: &'a str,
    pub zone: &'a str,
    pub link: &'a str,
}

/// The one mail about several sessions of a series, listing every time.
#[derive(Template)]
#[template(path = "bookings/mail/series.txt")]
pub struct SeriesLetter<'a> {
    pub v: &'a crate::mail::Voice,
    pub what: What,
    pub name: &'a str,
    pub zone: &'a str,
    pub times: &'a [String],
    pub link: &'a str,
}

#[cfg(test)]
mod letter_tests {
    use askama::Template;

    use super::{SeriesLetter, SessionLetter, What};
    use crate::mail::Voice;

    fn english() -> std::sync::Arc<crate::i18n::Locales> {
        std::sync::Arc::new(crate::i18n::Locales::load(false).unwrap())
    }

    #[test]
    fn a_session_letter_reads_as_written_with_the_unsubscribe_link_only_when_given() {
        let plain = Voice::new(false, None, crate::i18n::Lang::En, english());
        let text = SessionLetter {
            v: &plain,
            what: What::Booked,
            name: "Asha",
            when: "Mon 7 Dec 2026, 10:00",
            zone: "Asia/Kolkata",
            link: "https://x/bookings/1",
        }
        .render()
        .unwrap();
        assert_eq!(
            text,
            "Hello Asha,\n\nAn appointment is booked for Mon 7 Dec 2026, 10:00 (Asia/Kolkata time).\n\nDetails:\n\
             https://x/bookings/1\n\nThe attached calendar file updates your calendar.\n"
        );
        let optional = Voice::new(true, Some("https://x/unsubscribe/t".into()), crate::i18n::Lang::En, english());
        let text =
            SessionLetter { v: &optional, what: What::HourBefore, name: "Asha", when: "10:00", zone: "UTC", link: "l" }
                .render()
                .unwrap();
        assert!(
            text.starts_with(
                "Hello Asha,\n\nA reminder: your appointment starts within the hour, at 10:00 (UTC time).\n"
            )
        );
        assert!(
            text.ends_with("your calendar.\n\nTo stop these emails, open this link (nothing else changes):\nhttps://x/unsubscribe/t\n"),
            "{text:?}"
        );
    }

    #[test]
    fn a_series_letter_lists_every_time_and_counts_them() {
        let v = Voice::new(false, None, crate::i18n::Lang::En, english());
        let times = vec!["Mon 7 Dec".to_string(), "Mon 14 Dec".to_string()];
        let text = SeriesLetter { v: &v, what: What::Cancelled, name: "Ravi", zone: "UTC", times: &times, link: "l" }
            .render()
            .unwrap();
        assert_eq!(
            text,
            "Hello Ravi,\n\nThese 2 appointments are cancelled (UTC time):\n\n- Mon 7 Dec\n- Mon 14 Dec\n\nDetails:\nl\n\n\
             The attached calendar file updates your calendar.\n"
        );
        let one = &times[..1];
        let text = SeriesLetter { v: &v, what: What::Moved, name: "Ravi", zone: "UTC", times: one, link: "l" }
            .render()
            .unwrap();
        assert!(text.contains("An appointment has moved. It is now (UTC time):\n\n- Mon 7 Dec\n\nDetails"), "{text:?}");
    }
}
