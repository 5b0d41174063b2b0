//! Step 3 rules: commitments on a schedule in the maker's time zone, their occurrences, and
//! the consistency figures drawn from what the *other* partner confirmed.

use jiff::Timestamp;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;

use crate::clock::DAY;

/// When a commitment falls due.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Schedule {
    /// Once, at this moment.
    Once { at: i64 },
    /// Every day at this local time (minutes after midnight).
    Daily { minute: u16 },
    /// On these weekdays (Monday = 0 … Sunday = 6) at this local time.
    Weekly { days: [bool; 7], minute: u16 },
}

impl Schedule {
    pub fn kind(&self) -> &'static str {
        match self {
            Schedule::Once { .. } => "once",
            Schedule::Daily { .. } => "daily",
            Schedule::Weekly { .. } => "weekly",
        }
    }

    /// The weekdays as stored: "0,2,4".
    pub fn days_text(&self) -> String {
        match self {
            Schedule::Weekly { days, .. } => {
                days.iter().enumerate().filter(|(_, on)| **on).map(|(i, _)| i.to_string()).collect::<Vec<_>>().join(",")
            }
            _ => String::new(),
        }
    }

    pub fn from_parts(kind: &str, at: Option<i64>, minute: Option<i64>, days: &str) -> Option<Schedule> {
        let minute = minute.and_then(|m| u16::try_from(m).ok()).filter(|m| *m < 24 * 60);
        match kind {
            "once" => Some(Schedule::Once { at: at? }),
            "daily" => Some(Schedule::Daily { minute: minute? }),
            "weekly" => {
                let mut d = [false; 7];
                for part in days.split(',').filter(|p| !p.is_empty()) {
                    *d.get_mut(part.parse::<usize>().ok()?)? = true;
                }
                d.contains(&true).then_some(Schedule::Weekly { days: d, minute: minute? })
            }
            _ => None,
        }
    }
}

fn zone(tz: &str) -> TimeZone {
    crate::zone::Zone::stored(tz).tz().clone()
}

fn local_date(ms: i64, tz: &TimeZone) -> Option<Date> {
    Some(Timestamp::from_millisecond(ms).ok()?.to_zoned(tz.clone()).date())
}

/// The moment a local date and time happen in `tz`. A time skipped by a daylight-saving jump
/// moves forward by the gap; a repeated one takes its first occurrence.
fn at_local(date: Date, minute: u16, tz: &TimeZone) -> Option<i64> {
    let time = Time::new((minute / 60) as i8, (minute % 60) as i8, 0, 0).ok()?;
    Some(date.to_datetime(time).to_zoned(tz.clone()).ok()?.timestamp().as_millisecond())
}

/// Occurrences in `[from, to)`, never before `starts_at` nor at or after `ends_at`.
pub fn occurrences(s: &Schedule, tz: &str, starts_at: i64, ends_at: Option<i64>, from: i64, to: i64) -> Vec<i64> {
    let lo = from.max(starts_at);
    let hi = ends_at.map_or(to, |e| e.min(to));
    if lo >= hi {
        return vec![];
    }
    let keep = |t: &i64| *t >= lo && *t < hi;
    let tz = zone(tz);
    let (minute, days) = match s {
        Schedule::Once { at } => return [*at].into_iter().filter(keep).collect(),
        Schedule::Daily { minute } => (*minute, [true; 7]),
        Schedule::Weekly { days, minute } => (*minute, *days),
    };
    let (Some(mut date), Some(last)) = (local_date(lo - DAY, &tz), local_date(hi + DAY, &tz)) else { return vec![] };
    let mut out = vec![];
    while date <= last {
        let weekday = date.weekday().to_monday_zero_offset() as usize;
        if days[weekday]
            && let Some(t) = at_local(date, minute, &tz)
            && keep(&t)
        {
            out.push(t);
        }
        match date.tomorrow() {
            Ok(d) => date = d,
            Err(_) => break,
        }
    }
    out
}

/// How long before an occurrence its reminder goes out.
pub const REMIND_BEFORE: i64 = 30 * crate::clock::MINUTE;

/// The next occurrence that starts after `after`, looking up to eight days ahead (every
/// weekly schedule has one by then), or the single one of a `Once`.
pub fn next_occurrence(s: &Schedule, tz: &str, starts_at: i64, ends_at: Option<i64>, after: i64) -> Option<i64> {
    let to = match s {
        Schedule::Once { at } => at.saturating_add(1),
        _ => after + 8 * DAY,
    };
    occurrences(s, tz, starts_at, ends_at, after + 1, to).first().copied()
}

/// When to remind the maker next: `REMIND_BEFORE` the first occurrence whose reminder time
/// is still ahead of `now`.
pub fn next_reminder(s: &Schedule, tz: &str, starts_at: i64, ends_at: Option<i64>, now: i64) -> Option<i64> {
    next_occurrence(s, tz, starts_at, ends_at, now + REMIND_BEFORE - 1).map(|t| t - REMIND_BEFORE)
}

/// How the other partner saw an occurrence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Kept,
    Partly,
    Missed,
}

impl Outcome {
    pub fn parse(raw: &str) -> Option<Outcome> {
        match raw {
            "kept" => Some(Outcome::Kept),
            "partly" => Some(Outcome::Partly),
            "missed" => Some(Outcome::Missed),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Kept => "kept",
            Outcome::Partly => "partly",
            Outcome::Missed => "missed",
        }
    }

    /// Kept counts whole, partly half, missed nothing.
    fn weight(self) -> f64 {
        match self {
            Outcome::Kept => 1.0,
            Outcome::Partly => 0.5,
            Outcome::Missed => 0.0,
        }
    }
}

/// The slow evidence: kept share over rolling windows, the current streak, what waits.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// Percent kept of the confirmed occurrences in the last 7, 30 and 90 days; None when none.
    pub kept_7: Option<u8>,
    pub kept_30: Option<u8>,
    pub kept_90: Option<u8>,
    /// Confirmed occurrences kept in a row, counting back from the latest confirmed one.
    pub streak: u32,
    /// Past occurrences nobody has confirmed yet: shown as waiting, never counted as kept.
    pub waiting: usize,
}

/// `history`: past occurrences (time, confirmed outcome if any), in any order.
pub fn figures(history: &[(i64, Option<Outcome>)], now: i64) -> Figures {
    let window = |days: i64| -> Option<u8> {
        let confirmed: Vec<Outcome> =
            history.iter().filter(|(t, _)| *t <= now && *t > now - days * DAY).filter_map(|(_, o)| *o).collect();
        if confirmed.is_empty() {
            return None;
        }
        let score: f64 = confirmed.iter().map(|o| o.weight()).sum();
        Some((score / confirmed.len() as f64 * 100.0).round() as u8)
    };
    let mut confirmed: Vec<(i64, Outcome)> =
        history.iter().filter(|(t, _)| *t <= now).filter_map(|(t, o)| o.map(|o| (*t, o))).collect();
    confirmed.sort_by_key(|(t, _)| std::cmp::Reverse(*t));
    let streak = confirmed.iter().take_while(|(_, o)| *o == Outcome::Kept).count() as u32;
    Figures {
        kept_7: window(7),
        kept_30: window(30),
        kept_90: window(90),
        streak,
        waiting: history.iter().filter(|(t, o)| *t <= now && o.is_none()).count(),
    }
}

/// Kept share of the confirmed occurrences in each of the last `weeks` weeks, oldest first,
/// as (end of the week, percent); weeks with nothing confirmed are left out.
pub fn weekly_kept(history: &[(i64, Option<Outcome>)], now: i64, weeks: i64) -> Vec<(i64, i64)> {
    (0..weeks)
        .rev()
        .filter_map(|i| {
            let (from, to) = (now - (i + 1) * 7 * DAY, now - i * 7 * DAY);
            let confirmed: Vec<Outcome> =
                history.iter().filter(|(t, _)| *t > from && *t <= to).filter_map(|(_, o)| *o).collect();
            if confirmed.is_empty() {
                return None;
            }
            let score: f64 = confirmed.iter().map(|o| o.weight()).sum();
            Some((to, (score / confirmed.len() as f64 * 100.0).round() as i64))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> i64 {
        s.parse::<Timestamp>().unwrap().as_millisecond()
    }

    #[test]
    fn weekly_shares_are_worked_out_per_week_from_confirmed_occurrences_only() {
        let now = 100 * DAY;
        let history = [
            // This week: kept, partly (half), waiting (not counted) → 75 %.
            (now - DAY, Some(Outcome::Kept)),
            (now - 2 * DAY, Some(Outcome::Partly)),
            (now - 3 * DAY, None),
            // Last week: nothing confirmed → no point. Three weeks ago: missed, kept → 50 %.
            (now - 9 * DAY, None),
            (now - 15 * DAY, Some(Outcome::Missed)),
            (now - 16 * DAY, Some(Outcome::Kept)),
            // Outside the four weeks asked for.
            (now - 40 * DAY, Some(Outcome::Kept)),
        ];
        assert_eq!(weekly_kept(&history, now, 4), vec![(now - 14 * DAY, 50), (now, 75)]);
        assert_eq!(weekly_kept(&[], now, 4), vec![]);
    }

    #[test]
    fn reminders_go_half_an_hour_before_the_next_occurrence_still_ahead() {
        // Daily at 19:00 in Kolkata (UTC+5:30): 13:30 UTC.
        let s = Schedule::Daily { minute: 19 * 60 };
        let start = utc("2026-11-02T09:00:00Z");
        let r = next_reminder(&s, "Asia/Kolkata", start, None, start);
        assert_eq!(r, Some(utc("2026-11-02T13:00:00Z")));
        // At the reminder moment itself it is still that one; a minute later, the next day's.
        assert_eq!(next_reminder(&s, "Asia/Kolkata", start, None, utc("2026-11-02T13:00:00Z")), r);
        assert_eq!(
            next_reminder(&s, "Asia/Kolkata", start, None, utc("2026-11-02T13:01:00Z")),
            Some(utc("2026-11-03T13:00:00Z"))
        );
        let once = Schedule::Once { at: utc("2026-12-24T18:00:00Z") };
        assert_eq!(next_reminder(&once, "UTC", start, None, start), Some(utc("2026-12-24T17:30:00Z")));
        assert_eq!(next_reminder(&once, "UTC", start, None, utc("2026-12-24T17:45:00Z")), None);
        let ended = Some(utc("2026-11-02T12:00:00Z"));
        assert_eq!(next_reminder(&s, "Asia/Kolkata", start, ended, start), None);
    }

    #[test]
    fn daily_commitments_keep_local_time_across_the_london_clock_change() {
        // Europe/London moves from GMT to BST at 01:00 UTC on Sunday 29 March 2026.
        let s = Schedule::Daily { minute: 7 * 60 + 30 };
        let got = occurrences(
            &s,
            "Europe/London",
            utc("2026-03-27T00:00:00Z"),
            None,
            utc("2026-03-27T00:00:00Z"),
            utc("2026-03-31T00:00:00Z"),
        );
        let want = ["2026-03-27T07:30:00Z", "2026-03-28T07:30:00Z", "2026-03-29T06:30:00Z", "2026-03-30T06:30:00Z"];
        assert_eq!(got, want.iter().map(|s| utc(s)).collect::<Vec<_>>());
    }

    #[test]
    fn weekly_commitments_follow_new_york_through_its_spring_change() {
        // America/New_York moves to EDT on Sunday 8 March 2026. Sundays at 19:00 local.
        let mut days = [false; 7];
        days[6] = true;
        let s = Schedule::Weekly { days, minute: 19 * 60 };
        let got =
            occurrences(&s, "America/New_York", 0, None, utc("2026-03-01T00:00:00Z"), utc("2026-03-16T00:00:00Z"));
        let want = ["2026-03-02T00:00:00Z", "2026-03-08T23:00:00Z", "2026-03-15T23:00:00Z"];
        assert_eq!(got, want.iter().map(|s| utc(s)).collect::<Vec<_>>());
    }

    #[test]
    fn a_zone_without_clock_changes_stays_put() {
        let s = Schedule::Daily { minute: 21 * 60 };
        let got = occurrences(&s, "Asia/Kolkata", 0, None, utc("2026-03-28T00:00:00Z"), utc("2026-03-31T00:00:00Z"));
        let want = ["2026-03-28T15:30:00Z", "2026-03-29T15:30:00Z", "2026-03-30T15:30:00Z"];
        assert_eq!(got, want.iter().map(|s| utc(s)).collect::<Vec<_>>());
    }

    #[test]
    fn a_time_skipped_by_the_clock_change_moves_forward() {
        // 01:30 does not exist in London on 29 March 2026; it happens at 02:30 BST (01:30 UTC).
        let s = Schedule::Daily { minute: 90 };
        let got = occurrences(&s, "Europe/London", 0, None, utc("2026-03-29T00:00:00Z"), utc("2026-03-29T12:00:00Z"));
        assert_eq!(got, vec![utc("2026-03-29T01:30:00Z")]);
    }

    #[test]
    fn occurrences_respect_start_end_and_once() {
        let s = Schedule::Daily { minute: 12 * 60 };
        let start = utc("2026-05-01T13:00:00Z");
        let end = Some(utc("2026-05-03T12:00:00Z"));
        let got = occurrences(&s, "UTC", start, end, utc("2026-04-25T00:00:00Z"), utc("2026-05-10T00:00:00Z"));
        assert_eq!(got, vec![utc("2026-05-02T12:00:00Z")]);
        let once = Schedule::Once { at: utc("2026-05-02T18:00:00Z") };
        assert_eq!(
            occurrences(&once, "UTC", 0, None, utc("2026-05-02T00:00:00Z"), utc("2026-05-03T00:00:00Z")).len(),
            1
        );
        assert!(
            occurrences(&once, "UTC", 0, None, utc("2026-05-03T00:00:00Z"), utc("2026-05-04T00:00:00Z")).is_empty()
        );
    }

    #[test]
    fn schedules_round_trip_through_their_stored_parts() {
        let mut days = [false; 7];
        days[0] = true;
        days[4] = true;
        let s = Schedule::Weekly { days, minute: 600 };
        assert_eq!(s.days_text(), "0,4");
        assert_eq!(Schedule::from_parts("weekly", None, Some(600), "0,4"), Some(s));
        assert_eq!(Schedule::from_parts("weekly", None, Some(600), ""), None, "a weekly schedule needs a day");
        assert_eq!(Schedule::from_parts("daily", None, Some(24 * 60), ""), None);
    }

    #[test]
    fn figures_count_only_what_the_partner_confirmed() {
        use Outcome::*;
        let now = 100 * DAY;
        let day = |d: i64| now - d * DAY;
        // Worked by hand: within 7 days, kept, kept, partly, missed → (1 + 1 + 0.5 + 0) / 4 = 62.5 % → 63.
        // Within 30 days add two kept → 4.5 / 6 = 75 %. Within 90 add one missed → 4.5 / 7 = 64 %.
        let history = vec![
            (day(1), Some(Kept)),
            (day(2), Some(Kept)),
            (day(3), None),
            (day(4), Some(Partly)),
            (day(5), Some(Missed)),
            (day(10), Some(Kept)),
            (day(20), Some(Kept)),
            (day(60), Some(Missed)),
            (day(120), Some(Kept)),
        ];
        let f = figures(&history, now);
        assert_eq!((f.kept_7, f.kept_30, f.kept_90), (Some(63), Some(75), Some(64)));
        assert_eq!(f.streak, 2, "two kept since the last partly; the unconfirmed one neither breaks nor adds");
        assert_eq!(f.waiting, 1);
        assert_eq!(
            figures(&[(day(1), None)], now),
            Figures { kept_7: None, kept_30: None, kept_90: None, streak: 0, waiting: 1 }
        );
    }
}
