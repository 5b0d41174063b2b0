//! Step 6's private nudges: each rule looks at one member's situation and, when it holds,
//! says something to that member alone. The rules and their thresholds live here so they
//! can be read and tested; the journey page gathers the facts and shows what holds.

use crate::clock::DAY;

/// How long a partner can be quiet before the active one is told, privately.
pub const QUIET_PARTNER_DAYS: i64 = 14;
/// Trust at or under this (out of 10) in every check-in counts as low.
pub const LOW_TRUST: i64 = 4;
/// How long trust must have stayed low, and the fewest check-ins that show it.
pub const LOW_TRUST_WEEKS: i64 = 8;
pub const LOW_TRUST_MIN_CHECKINS: usize = 4;
/// The partner's commitments count as reliably kept at this share or more over 90 days…
pub const KEPT_SHARE: u8 = 90;
/// …of at least this many confirmed occurrences.
pub const KEPT_MIN_CONFIRMED: usize = 8;
/// A talk rated at or above this on "felt punished" (1–5) counts as punishing…
pub const PUNISHING: i64 = 4;
/// …and this many in a row suggest a counsellor.
pub const PUNISHING_RUN: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nudge {
    /// The partner has done nothing in the program for two weeks while this member has.
    OnlyOneTrying,
    /// Trust stays low although the partner keeps their commitments: lingering anxiety.
    LingeringAnxiety,
    /// This member's last three talks felt punishing.
    TalksFeelPunishing,
}

/// What the rules look at, all about the member who will see the result.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    pub now: i64,
    /// When both partners have been in the space since (the later join); None when solo.
    pub together_since: Option<i64>,
    /// The latest program activity of this member and of the partner, if any.
    pub my_last_activity: Option<i64>,
    pub partner_last_activity: Option<i64>,
    /// This member's check-ins as (time, trust 0–10), any order.
    pub my_checkins: Vec<(i64, i64)>,
    /// The partner's commitments over the last 90 days: percent kept and how many confirmed.
    pub partner_kept_90: Option<u8>,
    pub partner_confirmed_90: usize,
    /// This member's talk ratings of "felt punished", newest first.
    pub my_punished: Vec<i64>,
}

pub fn only_one_trying(f: &Facts) -> bool {
    let quiet = QUIET_PARTNER_DAYS * DAY;
    let Some(since) = f.together_since else { return false };
    let partner_quiet_since = f.partner_last_activity.unwrap_or(since).max(since);
    f.now - partner_quiet_since >= quiet && f.my_last_activity.is_some_and(|t| f.now - t < quiet)
}

pub fn lingering_anxiety(f: &Facts) -> bool {
    let window_start = f.now - LOW_TRUST_WEEKS * 7 * DAY;
    let recent: Vec<&(i64, i64)> = f.my_checkins.iter().filter(|(t, _)| *t >= window_start && *t <= f.now).collect();
    let Some(earliest) = recent.iter().map(|(t, _)| *t).min() else { return false };
    // The low check-ins must span the window: the earliest falls in its first week.
    let spans_window = earliest < window_start + 7 * DAY;
    let all_low = recent.iter().all(|(_, trust)| *trust <= LOW_TRUST);
    let kept = f.partner_kept_90.is_some_and(|k| k >= KEPT_SHARE) && f.partner_confirmed_90 >= KEPT_MIN_CONFIRMED;
    recent.len() >= LOW_TRUST_MIN_CHECKINS && spans_window && all_low && kept
}

pub fn talks_feel_punishing(f: &Facts) -> bool {
    f.my_punished.len() >= PUNISHING_RUN && f.my_punished.iter().take(PUNISHING_RUN).all(|p| *p >= PUNISHING)
}

/// Every nudge that holds for this member.
pub fn nudges(f: &Facts) -> Vec<Nudge> {
    let mut out = vec![];
    if only_one_trying(f) {
        out.push(Nudge::OnlyOneTrying);
    }
    if lingering_anxiety(f) {
        out.push(Nudge::LingeringAnxiety);
    }
    if talks_feel_punishing(f) {
        out.push(Nudge::TalksFeelPunishing);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_000 * DAY;

    fn couple() -> Facts {
        Facts { now: NOW, together_since: Some(NOW - 60 * DAY), my_last_activity: Some(NOW - DAY), ..Facts::default() }
    }

    #[test]
    fn a_partner_quiet_for_two_weeks_is_named_only_while_i_keep_going() {
        let mut f = couple();
        f.partner_last_activity = Some(NOW - 13 * DAY);
        assert!(!only_one_trying(&f), "13 days is not yet two weeks");
        f.partner_last_activity = Some(NOW - 14 * DAY);
        assert!(only_one_trying(&f));
        f.partner_last_activity = None;
        assert!(only_one_trying(&f), "never active since joining 60 days ago");
        f.my_last_activity = Some(NOW - 20 * DAY);
        assert!(!only_one_trying(&f), "both quiet: nobody is told the other is not trying");
        let mut fresh = couple();
        fresh.together_since = Some(NOW - 3 * DAY);
        assert!(!only_one_trying(&fresh), "a partner who joined three days ago has had no chance");
        let solo = Facts { together_since: None, ..couple() };
        assert!(!only_one_trying(&solo));
    }

    fn weekly(trust: &[i64]) -> Vec<(i64, i64)> {
        // Oldest first, one a week, the last one today.
        let n = trust.len() as i64;
        trust.iter().enumerate().map(|(i, t)| (NOW - (n - 1 - i as i64) * 7 * DAY, *t)).collect()
    }

    #[test]
    fn low_trust_for_eight_weeks_beside_kept_commitments_points_to_lingering_anxiety() {
        let mut f = couple();
        f.my_checkins = weekly(&[3, 2, 4, 3, 3, 2, 4, 3, 3]);
        f.partner_kept_90 = Some(95);
        f.partner_confirmed_90 = 20;
        assert!(lingering_anxiety(&f));
        f.partner_kept_90 = Some(89);
        assert!(!lingering_anxiety(&f), "commitments not reliably kept: the doubt has a reason");
        f.partner_kept_90 = Some(100);
        f.partner_confirmed_90 = 7;
        assert!(!lingering_anxiety(&f), "too few confirmed occurrences to say");
        f.partner_confirmed_90 = 8;
        f.my_checkins = weekly(&[3, 2, 4, 3, 5, 2, 4, 3, 3]);
        assert!(!lingering_anxiety(&f), "one week above the line breaks the run");
        f.my_checkins = weekly(&[3, 2, 4, 3, 3]);
        assert!(!lingering_anxiety(&f), "five weeks is not eight");
        f.my_checkins = vec![(NOW - 55 * DAY, 2), (NOW - 30 * DAY, 3), (NOW - DAY, 2)];
        assert!(!lingering_anxiety(&f), "fewer than four check-ins");
        f.partner_kept_90 = None;
        f.my_checkins = weekly(&[3, 2, 4, 3, 3, 2, 4, 3, 3]);
        assert!(!lingering_anxiety(&f), "no commitments at all");
    }

    #[test]
    fn three_punishing_talks_in_a_row_suggest_a_counsellor() {
        let mut f = couple();
        f.my_punished = vec![4, 5, 4];
        assert!(talks_feel_punishing(&f));
        f.my_punished = vec![4, 5, 3, 5, 5];
        assert!(!talks_feel_punishing(&f), "the third-latest was better");
        f.my_punished = vec![5, 5];
        assert!(!talks_feel_punishing(&f), "only two talks so far");
        f.my_punished = vec![2, 5, 5, 5];
        assert!(!talks_feel_punishing(&f), "the latest talk went better");
    }

    #[test]
    fn all_that_hold_are_listed() {
        let mut f = couple();
        f.partner_last_activity = Some(NOW - 30 * DAY);
        f.my_punished = vec![5, 5, 5];
        assert_eq!(nudges(&f), vec![Nudge::OnlyOneTrying, Nudge::TalksFeelPunishing]);
        assert_eq!(nudges(&Facts { now: NOW, ..Facts::default() }), vec![]);
    }
}
