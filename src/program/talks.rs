//! Step 4 rules: when an agreed talk is open, when the next one is, which are past.

use super::actions::{Schedule, occurrences};
use crate::clock::{DAY, MINUTE};

/// An agreed weekly talk: weekday (Monday = 0), local start minute, length, time zone, and
/// when it was agreed (no talk happens before that).
pub struct Talks<'a> {
    pub weekday: u8,
    pub minute: u16,
    pub duration_min: i64,
    pub time_zone: &'a str,
    pub agreed_at: i64,
}

impl Talks<'_> {
    fn schedule(&self) -> Schedule {
        let mut days = [false; 7];
        days[usize::from(self.weekday.min(6))] = true;
        Schedule::Weekly { days, minute: self.minute }
    }

    fn length(&self) -> i64 {
        self.duration_min * MINUTE
    }

    /// The talk open at `now` as (start, end), if any.
    pub fn open_at(&self, now: i64) -> Option<(i64, i64)> {
        let starts =
            occurrences(&self.schedule(), self.time_zone, self.agreed_at, None, now - self.length() + 1, now + 1);
        starts.last().map(|s| (*s, *s + self.length()))
    }

    /// The next talk's start after `now`.
    pub fn next_after(&self, now: i64) -> Option<i64> {
        occurrences(&self.schedule(), self.time_zone, self.agreed_at, None, now + 1, now + 8 * DAY).first().copied()
    }

    /// Talks that ended in the last `days` days, newest first.
    pub fn ended_within(&self, now: i64, days: i64) -> Vec<i64> {
        let mut v: Vec<i64> =
            occurrences(&self.schedule(), self.time_zone, self.agreed_at, None, now - days * DAY, now + 1)
                .into_iter()
                .filter(|s| s + self.length() <= now)
                .collect();
        v.reverse();
        v
    }
}

/// A 1–5 answer from a form. The error is English; pages show it as `error-talks-rating`.
pub fn parse_rating(raw: &str) -> Result<i64, &'static str> {
    match raw.trim().parse::<i64>() {
        Ok(n) if (1..=5).contains(&n) => Ok(n),
        _ => Err("Choose from 1 to 5."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;

    fn utc(s: &str) -> i64 {
        s.parse::<Timestamp>().unwrap().as_millisecond()
    }

    /// Sundays 19:00 in Kolkata (13:30 UTC), 45 minutes, agreed on Monday 2 November 2026.
    fn sundays() -> Talks<'static> {
        Talks {
            weekday: 6,
            minute: 19 * 60,
            duration_min: 45,
            time_zone: "Asia/Kolkata",
            agreed_at: utc("2026-11-02T09:00:00Z"),
        }
    }

    #[test]
    fn a_talk_is_open_only_during_its_window() {
        let t = sundays();
        assert_eq!(t.open_at(utc("2026-11-08T13:29:59Z")), None);
        let open = Some((utc("2026-11-08T13:30:00Z"), utc("2026-11-08T14:15:00Z")));
        assert_eq!(t.open_at(utc("2026-11-08T13:30:00Z")), open);
        assert_eq!(t.open_at(utc("2026-11-08T14:14:59Z")), open);
        assert_eq!(t.open_at(utc("2026-11-08T14:15:00Z")), None);
    }

    #[test]
    fn the_next_talk_and_the_ended_ones() {
        let t = sundays();
        assert_eq!(t.next_after(utc("2026-11-03T00:00:00Z")), Some(utc("2026-11-08T13:30:00Z")));
        assert_eq!(
            t.ended_within(utc("2026-11-16T00:00:00Z"), 14),
            vec![utc("2026-11-15T13:30:00Z"), utc("2026-11-08T13:30:00Z")]
        );
        assert!(t.ended_within(utc("2026-11-08T14:00:00Z"), 14).is_empty(), "still open, not ended");
    }

    #[test]
    fn ratings_run_from_one_to_five() {
        assert_eq!(parse_rating("3"), Ok(3));
        assert!(parse_rating("0").is_err() && parse_rating("6").is_err());
    }
}
