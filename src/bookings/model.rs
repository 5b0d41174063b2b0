//! Bookings' types and rules: a booking as asked for and as stored, what booking came to,
//! who its mail goes to, and how a session's state is named.

pub struct NewBooking<'a> {
    pub counsellor_id: &'a str,
    pub booked_by: &'a str,
    /// The couple's space, for a couple session.
    pub space_id: Option<&'a str>,
    pub starts_at: i64,
    pub ends_at: i64,
    pub held_until: i64,
    pub idempotency_key: &'a str,
    /// A booking of the member's that this one replaces, cancelled in the same transaction.
    pub replaces: Option<&'a str>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Booked {
    /// A new booking with this id.
    New(String),
    /// The same request again (same member, same key): the booking it already made.
    Again(String),
    /// Someone holds an overlapping time.
    Taken,
}

/// A booking as a member or a counsellor sees it.
#[derive(Clone, Debug)]
pub struct Booking {
    pub id: String,
    pub counsellor_id: String,
    pub counsellor_name: String,
    pub booked_by: String,
    pub booked_by_name: String,
    pub couple: bool,
    pub starts_at: i64,
    pub ends_at: i64,
    pub cancelled: bool,
    pub late_cancel: bool,
    pub counsellor_tz: String,
    /// The series it belongs to, if any.
    pub series_id: Option<String>,
    /// A couple session cancelled because one partner left the shared space.
    pub partner_left: bool,
}

impl Booking {
    /// Its state as pages name it: cancelled (late), past, or booked.
    pub fn status(&self, now: i64) -> &'static str {
        if self.cancelled {
            if self.late_cancel { "cancelled late" } else { "cancelled" }
        } else if self.ends_at <= now {
            "past"
        } else {
            "booked"
        }
    }
}

/// Someone a booking's mail goes to.
#[derive(Clone, Debug)]
pub struct Person {
    pub email: String,
    pub name: String,
    pub time_zone: String,
}

/// Whose calendar feed a token opens.
#[derive(Clone, Debug)]
pub struct FeedOwner {
    pub user_id: String,
    pub role: String,
    /// They asked for discretion: events say "Appointment".
    pub discreet: bool,
}

/// The most sessions one series books: half a year of weekly sessions.
pub const MAX_SERIES: usize = 26;

/// How often a series repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repeat {
    Weekly,
    Fortnightly,
}

impl Repeat {
    pub fn parse(s: &str) -> Option<Repeat> {
        match s {
            "weekly" => Some(Repeat::Weekly),
            "fortnightly" => Some(Repeat::Fortnightly),
            _ => None,
        }
    }

    pub fn weeks(self) -> i64 {
        match self {
            Repeat::Weekly => 1,
            Repeat::Fortnightly => 2,
        }
    }

    pub fn from_weeks(weeks: i64) -> Repeat {
        if weeks == 2 { Repeat::Fortnightly } else { Repeat::Weekly }
    }

    pub fn words(self) -> &'static str {
        match self {
            Repeat::Weekly => "every week",
            Repeat::Fortnightly => "every two weeks",
        }
    }
}

/// Where a series stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// After this many sessions in all.
    After(usize),
    /// On or before this date (in the counsellor's zone).
    On(jiff::civil::Date),
}

/// The starts of a series: `first`, then the same local time in the counsellor's zone every
/// one or two weeks — so a 18:00 session stays at 18:00 across a clock change (and moves in
/// UTC), and a local time a clock change skips moves forward by the gap. Never more than
/// `MAX_SERIES`.
pub fn occurrences(first: i64, time_zone: &str, repeat: Repeat, ending: Ending) -> Vec<i64> {
    let tz = crate::zone::Zone::stored(time_zone).tz().clone();
    let Ok(t) = jiff::Timestamp::from_millisecond(first) else { return vec![] };
    let local = t.to_zoned(tz.clone());
    let minute = local.hour() as u16 * 60 + local.minute() as u16;
    let mut out = vec![first];
    let mut date = local.date();
    let step = jiff::Span::new().days(7 * repeat.weeks());
    let limit = match ending {
        Ending::After(n) => n.clamp(1, MAX_SERIES),
        Ending::On(_) => MAX_SERIES,
    };
    while out.len() < limit {
        let Ok(next) = date.checked_add(step) else { break };
        if matches!(ending, Ending::On(last) if next > last) {
            break;
        }
        date = next;
        match crate::availability::model::at_local(date, minute, &tz) {
            Some(start) => out.push(start),
            None => break,
        }
    }
    out
}

/// A series as asked for: who it is for and how often; its sessions come separately.
pub struct NewSeries<'a> {
    pub counsellor_id: &'a str,
    pub booked_by: &'a str,
    /// The member, or the counsellor booking for their client.
    pub made_by: &'a str,
    pub space_id: Option<&'a str>,
    pub repeat: Repeat,
    pub idempotency_key: &'a str,
    /// Live sessions of an earlier series this one replaces (the rest of it, moved), cancelled
    /// in the same transaction.
    pub replaces: Vec<String>,
}

/// One session of a series to book: start, end, and until when it holds the counsellor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Occurrence {
    pub starts_at: i64,
    pub ends_at: i64,
    pub held_until: i64,
}

#[derive(Debug, PartialEq, Eq)]
pub enum SeriesBooked {
    /// The new series and its bookings, by time.
    New(String, Vec<String>),
    /// The same request again: the first booking of the series it already made.
    Again(String),
    /// These starts were taken by someone else since the list was shown (on PostgreSQL a
    /// racing transaction may leave the list empty: the page shows what is free now).
    Taken(Vec<i64>),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_is_named_by_whether_it_was_cancelled_and_whether_it_has_ended() {
        let b = Booking {
            id: "b".into(),
            counsellor_id: "c".into(),
            counsellor_name: "C".into(),
            booked_by: "m".into(),
            booked_by_name: "M".into(),
            couple: false,
            starts_at: 100,
            ends_at: 200,
            cancelled: false,
            late_cancel: false,
            partner_left: false,
            counsellor_tz: "UTC".into(),
            series_id: None,
        };
        assert_eq!(b.status(150), "booked");
        assert_eq!(b.status(200), "past");
        assert_eq!(Booking { cancelled: true, ..b.clone() }.status(50), "cancelled");
        assert_eq!(Booking { cancelled: true, late_cancel: true, ..b }.status(50), "cancelled late");
    }

    fn utc(s: &str) -> i64 {
        s.parse::<jiff::Timestamp>().unwrap().as_millisecond()
    }

    #[test]
    fn a_weekly_series_keeps_its_local_time_across_a_clock_change() {
        // London goes from GMT to BST on 29 March 2026: 18:00 local is 18:00Z, then 17:00Z.
        let first = utc("2026-03-16T18:00:00Z");
        let got = occurrences(first, "Europe/London", Repeat::Weekly, Ending::After(4));
        assert_eq!(
            got,
            vec![first, utc("2026-03-23T18:00:00Z"), utc("2026-03-30T17:00:00Z"), utc("2026-04-06T17:00:00Z")]
        );
        // And back in October (25 October 2026: BST to GMT).
        let autumn = occurrences(utc("2026-10-19T17:00:00Z"), "Europe/London", Repeat::Weekly, Ending::After(2));
        assert_eq!(autumn[1], utc("2026-10-26T18:00:00Z"));
    }

    #[test]
    fn a_local_time_the_clock_skips_moves_forward_by_the_gap() {
        // New York skips 02:00-03:00 on 8 March 2026; a 02:30 series (EST, 07:30Z) lands at
        // 03:30 EDT that day (07:30Z), then 02:30 EDT again is impossible only that day.
        let first = utc("2026-03-01T07:30:00Z");
        let got = occurrences(first, "America/New_York", Repeat::Weekly, Ending::After(3));
        assert_eq!(got, vec![first, utc("2026-03-08T07:30:00Z"), utc("2026-03-15T06:30:00Z")]);
    }

    #[test]
    fn a_series_ends_after_a_count_or_on_a_date_and_never_runs_past_the_limit() {
        let first = utc("2026-01-05T04:30:00Z"); // 10:00 in Kolkata, no clock changes
        let fortnightly = occurrences(first, "Asia/Kolkata", Repeat::Fortnightly, Ending::After(3));
        assert_eq!(fortnightly, vec![first, first + 14 * crate::clock::DAY, first + 28 * crate::clock::DAY]);
        let until = occurrences(first, "Asia/Kolkata", Repeat::Weekly, Ending::On(jiff::civil::date(2026, 1, 26)));
        assert_eq!(until.len(), 4, "5, 12, 19 and 26 January");
        let day_before = occurrences(first, "Asia/Kolkata", Repeat::Weekly, Ending::On(jiff::civil::date(2026, 1, 25)));
        assert_eq!(day_before.len(), 3);
        assert_eq!(occurrences(first, "Asia/Kolkata", Repeat::Weekly, Ending::After(100)).len(), MAX_SERIES);
        assert_eq!(
            occurrences(first, "Asia/Kolkata", Repeat::Weekly, Ending::On(jiff::civil::date(2030, 1, 1))).len(),
            MAX_SERIES
        );
    }
}
