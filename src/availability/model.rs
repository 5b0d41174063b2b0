//! Availability's rules — bookable slots: weekly windows in the counsellor's time zone, with time off and extra
//! hours, cut into sessions with a buffer after each, no sooner than the minimum notice and no
//! further ahead than the horizon. Computed, never stored; tested across clock changes.

use jiff::Timestamp;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;

use crate::clock::{DAY, HOUR, MINUTE};

/// A weekly window: weekday (Monday = 0), local start and end in minutes after midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub weekday: u8,
    pub start: u16,
    pub end: u16,
}

/// How a counsellor books: all in their own zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rules {
    pub time_zone: String,
    pub session_minutes: i64,
    pub buffer_minutes: i64,
    pub notice_hours: i64,
    pub horizon_days: i64,
    /// Free cancellation until this many hours before a session.
    pub cancel_hours: i64,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            time_zone: "UTC".into(),
            session_minutes: 50,
            buffer_minutes: 10,
            notice_hours: 24,
            horizon_days: 28,
            cancel_hours: 24,
        }
    }
}

impl Rules {
    pub fn length(&self) -> i64 {
        self.session_minutes * MINUTE
    }

    /// How long a booking holds the counsellor: the session and the buffer after it.
    pub fn held(&self) -> i64 {
        (self.session_minutes + self.buffer_minutes) * MINUTE
    }
}

/// An exception: `off` removes time, `extra` adds a window, both as instants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exception {
    pub off: bool,
    pub starts_at: i64,
    pub ends_at: i64,
}

fn zone(tz: &str) -> TimeZone {
    crate::zone::Zone::stored(tz).tz().clone()
}

/// The instant a local date and minute happen in `tz`; a skipped local time moves forward
/// by the gap, a repeated one takes its first occurrence.
pub fn at_local(date: Date, minute: u16, tz: &TimeZone) -> Option<i64> {
    let time = Time::new((minute / 60) as i8, (minute % 60) as i8, 0, 0).ok()?;
    Some(date.to_datetime(time).to_zoned(tz.clone()).ok()?.timestamp().as_millisecond())
}

fn overlaps(a: (i64, i64), b: (i64, i64)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Open ranges of time (instants) in the counsellor's calendar from `from` to `to`: weekly
/// windows and extra hours, less time off.
fn open_ranges(rules: &Rules, windows: &[Window], exceptions: &[Exception], from: i64, to: i64) -> Vec<(i64, i64)> {
    let tz = zone(&rules.time_zone);
    let mut ranges = vec![];
    let (Ok(a), Ok(b)) = (Timestamp::from_millisecond(from - DAY), Timestamp::from_millisecond(to + DAY)) else {
        return ranges;
    };
    let (mut date, last) = (a.to_zoned(tz.clone()).date(), b.to_zoned(tz.clone()).date());
    while date <= last {
        let weekday = date.weekday().to_monday_zero_offset() as u8;
        for w in windows.iter().filter(|w| w.weekday == weekday && w.start < w.end) {
            if let (Some(s), Some(e)) = (at_local(date, w.start, &tz), at_local(date, w.end.min(24 * 60 - 1), &tz)) {
                let e = if w.end >= 24 * 60 { e + MINUTE } else { e };
                ranges.push((s, e));
            }
        }
        match date.tomorrow() {
            Ok(d) => date = d,
            Err(_) => break,
        }
    }
    ranges.extend(exceptions.iter().filter(|x| !x.off).map(|x| (x.starts_at, x.ends_at)));
    ranges.retain(|r| r.1 > from && r.0 < to);
    ranges.sort_unstable();
    ranges
}

/// Slot starts between `now` (plus notice) and the horizon, free of `busy` ranges (existing
/// bookings, each already including its buffer) and of time off.
pub fn slots(rules: &Rules, windows: &[Window], exceptions: &[Exception], busy: &[(i64, i64)], now: i64) -> Vec<i64> {
    let earliest = now + rules.notice_hours * HOUR;
    let latest = now + rules.horizon_days * DAY;
    let step = rules.held().max(MINUTE);
    let mut out = vec![];
    for (s, e) in open_ranges(rules, windows, exceptions, earliest, latest) {
        let mut t = s;
        while t + rules.length() <= e {
            let held = (t, t + rules.held());
            let session = (t, t + rules.length());
            let off = exceptions.iter().any(|x| x.off && overlaps(session, (x.starts_at, x.ends_at)));
            if t >= earliest && t < latest && !off && !busy.iter().any(|b| overlaps(held, *b)) {
                out.push(t);
            }
            t += step;
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `start` is a slot a member may book now.
pub fn is_bookable(
    rules: &Rules,
    windows: &[Window],
    exceptions: &[Exception],
    busy: &[(i64, i64)],
    now: i64,
    start: i64,
) -> bool {
    slots(rules, windows, exceptions, busy, now).binary_search(&start).is_ok()
}

/// Whether cancelling now is within the free-cancellation period.
pub fn free_to_cancel(rules: &Rules, starts_at: i64, now: i64) -> bool {
    now <= starts_at - rules.cancel_hours * HOUR
}

/// What `slots` needs for one counsellor. `rules` is None when the counsellor kept the
/// defaults; the time zone always comes from the profile.
#[derive(Clone, Debug, Default)]
pub struct Calendar {
    pub rules: Option<Rules>,
    pub windows: Vec<Window>,
    pub exceptions: Vec<Exception>,
    /// Times live bookings hold, each with its buffer.
    pub busy: Vec<(i64, i64)>,
}

impl Calendar {
    /// The counsellor's rules in their own zone.
    pub fn rules(&self, time_zone: &str) -> Rules {
        Rules { time_zone: time_zone.to_string(), ..self.rules.clone().unwrap_or_default() }
    }

    /// The free times now; `moving` is the start of a booking being moved, whose time counts
    /// as free for its own booker.
    pub fn free(&self, time_zone: &str, now: i64, moving: Option<i64>) -> Vec<i64> {
        let busy: Vec<(i64, i64)> = self.busy.iter().copied().filter(|(start, _)| Some(*start) != moving).collect();
        slots(&self.rules(time_zone), &self.windows, &self.exceptions, &busy, now)
    }
}

/// Why a time cannot be booked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clash {
    /// Another live booking (anyone's, with its buffer) holds it.
    Booked,
    /// The counsellor marked it as time off.
    Away,
    /// It is not inside the counsellor's weekly hours or extra hours.
    OutsideHours,
    /// It is sooner than the counsellor's minimum notice.
    TooSoon,
}

impl Clash {
    pub fn label(self) -> &'static str {
        match self {
            Clash::Booked => "already booked",
            Clash::Away => "the counsellor is away",
            Clash::OutsideHours => "outside the counsellor's hours",
            Clash::TooSoon => "too soon to book",
        }
    }
}

impl Calendar {
    /// Why one session starting at `start` cannot be booked, or None when it can. Unlike
    /// `free`, the horizon does not apply: a series reaches past the weeks members may book
    /// one at a time. The session must lie inside one open range of the counsellor's hours.
    pub fn clash(&self, time_zone: &str, now: i64, start: i64) -> Option<Clash> {
        let rules = self.rules(time_zone);
        let session = (start, start + rules.length());
        let held = (start, start + rules.held());
        if start < now + rules.notice_hours * HOUR {
            Some(Clash::TooSoon)
        } else if self.exceptions.iter().any(|x| x.off && overlaps(session, (x.starts_at, x.ends_at))) {
            Some(Clash::Away)
        } else if !open_ranges(&rules, &self.windows, &self.exceptions, session.0, session.1)
            .iter()
            .any(|r| r.0 <= session.0 && session.1 <= r.1)
        {
            Some(Clash::OutsideHours)
        } else if self.busy.iter().any(|b| overlaps(held, *b)) {
            Some(Clash::Booked)
        } else {
            None
        }
    }
}

/// How many free times before `until` fall in a part of the day (minutes after midnight,
/// from and to) in the viewer's own zone.
pub fn count_in_band(found: &[i64], viewer_tz: &str, band: (u16, u16), until: i64) -> usize {
    let tz = zone(viewer_tz);
    found
        .iter()
        .filter(|t| **t < until)
        .filter_map(|t| Timestamp::from_millisecond(*t).ok())
        .map(|t| t.to_zoned(tz.clone()))
        .filter(|z| {
            let m = z.hour() as u16 * 60 + z.minute() as u16;
            m >= band.0 && m < band.1
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> i64 {
        s.parse::<Timestamp>().unwrap().as_millisecond()
    }

    fn rules(tz: &str) -> Rules {
        Rules { time_zone: tz.into(), notice_hours: 0, horizon_days: 14, ..Rules::default() }
    }

    #[test]
    fn a_morning_window_is_cut_into_sessions_with_buffers() {
        // Mondays 09:00–12:00 in Kolkata: 50-minute sessions, 10-minute buffers → 09:00, 10:00, 11:00.
        let w = [Window { weekday: 0, start: 9 * 60, end: 12 * 60 }];
        let now = utc("2026-11-01T00:00:00Z"); // a Sunday
        let got = slots(&rules("Asia/Kolkata"), &w, &[], &[], now);
        assert_eq!(&got[..3], &[utc("2026-11-02T03:30:00Z"), utc("2026-11-02T04:30:00Z"), utc("2026-11-02T05:30:00Z")]);
        assert_eq!(got.len(), 6, "two Mondays within fourteen days");
    }

    #[test]
    fn local_times_hold_across_the_london_and_new_york_clock_changes_and_kolkata_has_none() {
        // Tuesdays 18:00–19:00. London leaves BST on 25 Oct 2026; New York leaves EDT on 1 Nov.
        let w = [Window { weekday: 1, start: 18 * 60, end: 19 * 60 }];
        let now = utc("2026-10-19T00:00:00Z");
        assert_eq!(
            slots(&rules("Europe/London"), &w, &[], &[], now),
            vec![utc("2026-10-20T17:00:00Z"), utc("2026-10-27T18:00:00Z")]
        );
        let now = utc("2026-10-26T00:00:00Z");
        assert_eq!(
            slots(&rules("America/New_York"), &w, &[], &[], now),
            vec![utc("2026-10-27T22:00:00Z"), utc("2026-11-03T23:00:00Z")]
        );
        assert_eq!(
            slots(&rules("Asia/Kolkata"), &w, &[], &[], now),
            vec![utc("2026-10-27T12:30:00Z"), utc("2026-11-03T12:30:00Z")]
        );
    }

    #[test]
    fn a_window_spanning_the_spring_gap_keeps_its_real_length() {
        // Sunday 29 March 2026 in London: 01:00 jumps to 02:00. A 00:30–03:00 window is only
        // 90 real minutes, so one 50-minute session (with its buffer) fits, not two.
        let w = [Window { weekday: 6, start: 30, end: 3 * 60 }];
        let r = Rules { session_minutes: 50, buffer_minutes: 10, ..rules("Europe/London") };
        let got = slots(&r, &w, &[], &[], utc("2026-03-28T00:00:00Z"));
        assert_eq!(&got[..1], &[utc("2026-03-29T00:30:00Z")]);
        assert_eq!(got.iter().filter(|t| **t < utc("2026-03-30T00:00:00Z")).count(), 1);
    }

    #[test]
    fn bookings_time_off_notice_and_horizon_remove_slots_and_extra_hours_add_them() {
        let w = [Window { weekday: 0, start: 9 * 60, end: 12 * 60 }];
        let now = utc("2026-11-01T00:00:00Z");
        let r = rules("UTC");
        let ten = utc("2026-11-02T10:00:00Z");
        // A booking at 09:00 holds 09:00–10:00 (session and buffer): 10:00 stays free.
        let busy = [(utc("2026-11-02T09:00:00Z"), ten)];
        let got = slots(&r, &w, &[], &busy, now);
        assert_eq!(got[0], ten);
        // One that overlaps 10:30 takes the 10:00 slot too.
        let busy = [(utc("2026-11-02T10:30:00Z"), utc("2026-11-02T11:30:00Z"))];
        assert!(!slots(&r, &w, &[], &busy, now).contains(&ten));
        // Time off that morning.
        let off =
            [Exception { off: true, starts_at: utc("2026-11-02T00:00:00Z"), ends_at: utc("2026-11-03T00:00:00Z") }];
        assert!(slots(&r, &w, &off, &[], now).iter().all(|t| *t >= utc("2026-11-03T00:00:00Z")));
        // Extra hours on a Wednesday afternoon.
        let extra =
            [Exception { off: false, starts_at: utc("2026-11-04T14:00:00Z"), ends_at: utc("2026-11-04T15:00:00Z") }];
        assert!(slots(&r, &w, &extra, &[], now).contains(&utc("2026-11-04T14:00:00Z")));
        // 24 hours' notice removes Monday; a 3-day horizon ends before the next Monday.
        let r2 = Rules { notice_hours: 48, ..r.clone() };
        assert!(slots(&r2, &w, &[], &[], now).iter().all(|t| *t >= utc("2026-11-03T00:00:00Z")));
        let r3 = Rules { horizon_days: 3, ..r.clone() };
        assert_eq!(slots(&r3, &w, &[], &[], now).len(), 3);
        assert!(is_bookable(&r, &w, &[], &[], now, ten));
        assert!(!is_bookable(&r, &w, &[], &[], now, ten + MINUTE));
    }

    #[test]
    fn cancelling_is_free_until_the_counsellors_cut_off() {
        let r = Rules { cancel_hours: 24, ..Rules::default() };
        assert!(free_to_cancel(&r, 100 * HOUR, 76 * HOUR));
        assert!(!free_to_cancel(&r, 100 * HOUR, 77 * HOUR));
    }
}
