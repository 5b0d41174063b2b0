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
            counsellor_tz: "UTC".into(),
        };
        assert_eq!(b.status(150), "booked");
        assert_eq!(b.status(200), "past");
        assert_eq!(Booking { cancelled: true, ..b.clone() }.status(50), "cancelled");
        assert_eq!(Booking { cancelled: true, late_cancel: true, ..b }.status(50), "cancelled late");
    }
}
