//! Step 3's transparency rules: check-in requests stay open for a day, are limited to a
//! number per day that both partners agreed, and can be paused by either partner, so that
//! transparency cannot turn into surveillance. A note written with no request open is
//! proactive: reaching out before being asked.

use crate::clock::{DAY, HOUR};

/// A request is open this long; a note after that counts as proactive again.
pub const REQUEST_OPEN: i64 = DAY;
/// Requests one partner may make in any 24 hours until the couple agrees another number.
pub const DEFAULT_DAILY_LIMIT: i64 = 2;
pub const MAX_DAILY_LIMIT: i64 = 10;
/// The longest time window a note may cover.
pub const MAX_WINDOW: i64 = 7 * DAY;
pub const NOTE_MAX: usize = 1000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Requests are paused; by me (true) or by my partner (false).
    Paused { by_me: bool },
    /// The agreed limit for the last 24 hours is reached.
    Limit { limit: i64, next_at: i64 },
}

/// Whether a member may ask now, given when they asked in the last day (any order).
pub fn may_request(my_recent: &[i64], limit: i64, paused_by_me: Option<bool>, now: i64) -> Result<(), Refusal> {
    if let Some(by_me) = paused_by_me {
        return Err(Refusal::Paused { by_me });
    }
    let mut within: Vec<i64> = my_recent.iter().copied().filter(|t| *t > now - DAY && *t <= now).collect();
    if within.len() as i64 >= limit {
        within.sort_unstable();
        // The oldest request in the window leaves it first.
        let next_at = within[within.len() - limit as usize] + DAY;
        return Err(Refusal::Limit { limit, next_at });
    }
    Ok(())
}

/// A daily limit from a form: 1 to 10.
pub fn parse_limit(raw: &str) -> Result<i64, String> {
    match raw.trim().parse::<i64>() {
        Ok(n) if (1..=MAX_DAILY_LIMIT).contains(&n) => Ok(n),
        _ => Err(format!("Choose a number from 1 to {MAX_DAILY_LIMIT}.")),
    }
}

/// A note's optional time window: both ends or neither, in order, at most a week.
pub fn check_window(from: Option<i64>, until: Option<i64>) -> Result<Option<(i64, i64)>, &'static str> {
    match (from, until) {
        (None, None) => Ok(None),
        (Some(f), Some(u)) if u <= f => Err("The end of the time window must come after its start."),
        (Some(f), Some(u)) if u - f > MAX_WINDOW => Err("Keep the time window to a week at most."),
        (Some(f), Some(u)) => Ok(Some((f, u))),
        _ => Err("Give both a start and an end, or leave both empty."),
    }
}

/// Percent of notes in the last `days` days that were proactive; None when there were none.
/// `notes`: (written at, answered a request).
pub fn proactive_share(notes: &[(i64, bool)], now: i64, days: i64) -> Option<u8> {
    let recent: Vec<bool> = notes.iter().filter(|(t, _)| *t > now - days * DAY && *t <= now).map(|(_, a)| *a).collect();
    if recent.is_empty() {
        return None;
    }
    let proactive = recent.iter().filter(|answered| !**answered).count();
    Some((proactive as f64 / recent.len() as f64 * 100.0).round() as u8)
}

/// How long until a limit frees up: whole hours (rounded) from an hour on, else minutes (at
/// least one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wait {
    Hours(i64),
    Minutes(i64),
}

pub fn wait(until: i64, now: i64) -> Wait {
    let left = (until - now).max(0);
    if left >= HOUR { Wait::Hours((left + HOUR / 2) / HOUR) } else { Wait::Minutes((left / 60_000).max(1)) }
}

/// "in 3 hours" / "in 40 minutes", for when a limit frees up (the page says it in the
/// reader's language from `wait`).
pub fn wait_text(until: i64, now: i64) -> String {
    match wait(until, now) {
        Wait::Hours(1) => "in about an hour".into(),
        Wait::Hours(h) => format!("in about {h} hours"),
        Wait::Minutes(1) => "in a minute".into(),
        Wait::Minutes(m) => format!("in {m} minutes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 100 * DAY;

    #[test]
    fn requests_are_limited_per_day_and_stop_while_paused() {
        assert_eq!(may_request(&[], 2, None, NOW), Ok(()));
        assert_eq!(may_request(&[NOW - HOUR], 2, None, NOW), Ok(()));
        let two = [NOW - 5 * HOUR, NOW - HOUR];
        assert_eq!(may_request(&two, 2, None, NOW), Err(Refusal::Limit { limit: 2, next_at: NOW + 19 * HOUR }));
        assert_eq!(may_request(&two, 3, None, NOW), Ok(()));
        let yesterday = [NOW - DAY - HOUR, NOW - DAY];
        assert_eq!(may_request(&yesterday, 2, None, NOW), Ok(()), "a rolling day: exactly 24 h ago has left");
        assert_eq!(may_request(&[], 2, Some(false), NOW), Err(Refusal::Paused { by_me: false }));
        assert_eq!(may_request(&[], 2, Some(true), NOW), Err(Refusal::Paused { by_me: true }));
    }

    #[test]
    fn proactive_share_counts_notes_that_answered_no_request() {
        let notes = [(NOW - DAY, false), (NOW - 2 * DAY, true), (NOW - 3 * DAY, false), (NOW - 40 * DAY, true)];
        assert_eq!(proactive_share(&notes, NOW, 30), Some(67));
        assert_eq!(proactive_share(&notes, NOW, 90), Some(50));
        assert_eq!(proactive_share(&[], NOW, 30), None);
    }

    #[test]
    fn windows_and_limits_are_checked() {
        assert_eq!(check_window(None, None), Ok(None));
        assert_eq!(check_window(Some(10), Some(20)), Ok(Some((10, 20))));
        assert!(check_window(Some(20), Some(10)).is_err());
        assert!(check_window(Some(10), None).is_err());
        assert!(check_window(Some(0), Some(8 * DAY)).is_err());
        assert_eq!(parse_limit(" 3 "), Ok(3));
        assert!(parse_limit("0").is_err() && parse_limit("11").is_err() && parse_limit("x").is_err());
        assert_eq!(wait_text(NOW + 19 * HOUR, NOW), "in about 19 hours");
        assert_eq!(wait_text(NOW + 40 * 60_000, NOW), "in 40 minutes");
    }
}
