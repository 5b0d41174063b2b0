//! Program rules: perspectives, statements, the shared account, and the journey's pace.

use crate::clock::DAY;

/// How a member sees the breach; it shapes the prompts they see.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Perspective {
    /// "I broke trust."
    Broke,
    /// "My trust was broken."
    Hurt,
    /// "Both, or it's complicated."
    Both,
}

impl Perspective {
    pub fn parse(raw: &str) -> Option<Perspective> {
        match raw {
            "broke" => Some(Perspective::Broke),
            "hurt" => Some(Perspective::Hurt),
            "both" => Some(Perspective::Both),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Perspective::Broke => "broke",
            Perspective::Hurt => "hurt",
            Perspective::Both => "both",
        }
    }

    /// The statements this member writes in step 1.
    pub fn statements(self) -> &'static [StatementKind] {
        match self {
            Perspective::Broke => &[StatementKind::Ownership],
            Perspective::Hurt => &[StatementKind::Impact],
            Perspective::Both => &[StatementKind::Ownership, StatementKind::Impact],
        }
    }
}

/// The two private statements of step 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatementKind {
    /// What I did, owned without deflecting.
    Ownership,
    /// How it actually affected me.
    Impact,
}

impl StatementKind {
    pub fn parse(raw: &str) -> Option<StatementKind> {
        match raw {
            "ownership" => Some(StatementKind::Ownership),
            "impact" => Some(StatementKind::Impact),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Ownership => "ownership",
            StatementKind::Impact => "impact",
        }
    }
}

pub const STATEMENT_MAX: usize = 10_000;
pub const ACCOUNT_MAX: usize = 5_000;

/// Text of a statement or account: not blank, within `max` characters.
pub fn parse_text(raw: &str, max: usize) -> Result<String, String> {
    if raw.trim().is_empty() {
        return Err("Write something before saving. A few honest sentences are enough to start.".into());
    }
    if raw.chars().count() > max {
        return Err(format!("Keep it under {max} characters."));
    }
    Ok(raw.replace("\r\n", "\n"))
}

/// Where the shared account stands, from its versions (oldest first) and who confirmed each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AccountStatus {
    /// Nobody has proposed a text yet.
    NotStarted,
    /// The newest version waits for the other member's confirmation.
    Proposed { number: i64 },
    /// Both confirmed this version (the newest both confirmed); a newer proposal may be open.
    Agreed { number: i64, newer_proposal: Option<i64> },
}

/// `versions`: (number, how many current members confirmed it), in any order.
pub fn account_status(versions: &[(i64, usize)], members: usize) -> AccountStatus {
    let newest = versions.iter().map(|(n, _)| *n).max();
    let agreed = versions.iter().filter(|(_, c)| members >= 2 && *c >= members).map(|(n, _)| *n).max();
    match (newest, agreed) {
        (None, _) => AccountStatus::NotStarted,
        (Some(n), None) => AccountStatus::Proposed { number: n },
        (Some(n), Some(a)) => AccountStatus::Agreed { number: a, newer_proposal: (n > a).then_some(n) },
    }
}

/// A 0–10 answer from a form.
pub fn parse_score(raw: &str) -> Result<i64, &'static str> {
    match raw.trim().parse::<i64>() {
        Ok(n) if (0..=10).contains(&n) => Ok(n),
        _ => Err("Choose a number from 0 to 10."),
    }
}

pub const CHECKIN_NOTE_MAX: usize = 2_000;
/// Check-ins are weekly by default; one is due this long after the last.
pub const CHECKIN_EVERY: i64 = 7 * DAY;

/// Whole weeks since the start, never negative.
pub fn weeks_since(start_ms: i64, now_ms: i64) -> i64 {
    ((now_ms - start_ms).max(0)) / (7 * DAY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perspectives_decide_the_statements() {
        assert_eq!(Perspective::parse("broke").unwrap().statements(), &[StatementKind::Ownership]);
        assert_eq!(Perspective::parse("hurt").unwrap().statements(), &[StatementKind::Impact]);
        assert_eq!(Perspective::parse("both").unwrap().statements().len(), 2);
        assert_eq!(Perspective::parse("other"), None);
    }

    #[test]
    fn the_account_stands_only_when_both_confirmed_one_version() {
        assert_eq!(account_status(&[], 2), AccountStatus::NotStarted);
        assert_eq!(account_status(&[(1, 1)], 2), AccountStatus::Proposed { number: 1 });
        assert_eq!(account_status(&[(1, 2)], 2), AccountStatus::Agreed { number: 1, newer_proposal: None });
        assert_eq!(account_status(&[(1, 2), (2, 1)], 2), AccountStatus::Agreed { number: 1, newer_proposal: Some(2) });
        assert_eq!(account_status(&[(1, 1), (2, 1)], 2), AccountStatus::Proposed { number: 2 });
        assert_eq!(
            account_status(&[(1, 1)], 1),
            AccountStatus::Proposed { number: 1 },
            "one person cannot agree alone"
        );
    }

    #[test]
    fn text_must_be_present_and_bounded() {
        assert!(parse_text("  ", 10).is_err());
        assert!(parse_text("12345678901", 10).is_err());
        assert_eq!(parse_text("a\r\nb", 10).unwrap(), "a\nb");
    }

    #[test]
    fn scores_run_from_zero_to_ten() {
        assert_eq!(parse_score(" 0 "), Ok(0));
        assert_eq!(parse_score("10"), Ok(10));
        assert!(parse_score("11").is_err() && parse_score("-1").is_err() && parse_score("").is_err());
    }

    #[test]
    fn weeks_are_whole_and_start_at_zero() {
        assert_eq!(weeks_since(0, 6 * DAY), 0);
        assert_eq!(weeks_since(0, 7 * DAY), 1);
        assert_eq!(weeks_since(10, 0), 0);
    }
}
