//! What a report is and what can be decided about it, without the database: the short list
//! of reasons, the decisions open for each kind of report, and the neutral words a reporter
//! is told.

use crate::clock::DAY;
use crate::web::throttle::Limit;

/// Reports one member may make: enough to report a run of abuse, not enough to flood the
/// queue or to use reporting as a weapon.
pub const PER_MEMBER: Limit = Limit { hits: 10, window_ms: DAY };
pub const NOTE_MAX: usize = 1000;
pub const DECISION_REASON_MAX: usize = 1000;

/// What was reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Message,
    Counsellor,
    Guide,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Message => "message",
            Kind::Counsellor => "counsellor",
            Kind::Guide => "guide",
        }
    }

    pub fn parse(s: &str) -> Kind {
        match s {
            "counsellor" => Kind::Counsellor,
            "guide" => Kind::Guide,
            _ => Kind::Message,
        }
    }

    /// How the operator's queue and the reporter's list name it (a message key).
    pub fn label_key(self) -> &'static str {
        match self {
            Kind::Message => "reports-kind-message",
            Kind::Counsellor => "reports-kind-counsellor",
            Kind::Guide => "reports-kind-guide",
        }
    }
}

/// The reasons a reporter chooses from: (value, what the form says).
pub const REASONS: &[(&str, &str)] = &[
    ("threats", "Threats, or fear for someone's safety"),
    ("harassment", "Harassment or bullying"),
    ("hate", "Hateful or demeaning about who someone is"),
    ("sexual", "Sexual content nobody asked for"),
    ("privacy", "Sharing someone's private information"),
    ("conduct", "A counsellor acting unprofessionally"),
    ("scam", "A scam, spam, or asking for money outside the service"),
    ("misleading", "False or harmful advice"),
    ("other", "Something else"),
];

pub fn reason_label(value: &str) -> Option<&'static str> {
    REASONS.iter().find(|(v, _)| *v == value).map(|(_, l)| *l)
}

/// The message key of a reason's words (`reports-reason-…`); one not on the list reads as
/// "Something else".
pub fn reason_key(value: &str) -> String {
    let known = REASONS.iter().find(|(v, _)| *v == value).map_or("other", |(v, _)| *v);
    format!("reports-reason-{known}")
}

/// What the operator decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Nothing against the rules (or not enough to act on).
    Dismiss,
    /// The reported account is told, in general words, that something it did broke the rules.
    Warn,
    /// A counsellor: unlisted, their coming sessions cancelled with the usual neutral mail.
    Suspend,
    /// A guide: taken down, back to its author as a draft.
    Withdraw,
    /// The reported account can no longer sign in; its coming sessions are cancelled.
    Disable,
}

impl Decision {
    pub fn parse(s: &str) -> Option<Decision> {
        Some(match s {
            "dismiss" => Decision::Dismiss,
            "warn" => Decision::Warn,
            "suspend" => Decision::Suspend,
            "withdraw" => Decision::Withdraw,
            "disable" => Decision::Disable,
            _ => return None,
        })
    }

    pub fn form_value(self) -> &'static str {
        match self {
            Decision::Dismiss => "dismiss",
            Decision::Warn => "warn",
            Decision::Suspend => "suspend",
            Decision::Withdraw => "withdraw",
            Decision::Disable => "disable",
        }
    }

    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Dismiss => "dismissed",
            Decision::Warn => "warned",
            Decision::Suspend => "suspended",
            Decision::Withdraw => "withdrawn",
            Decision::Disable => "disabled",
        }
    }

    /// The message key of the choice on the decision form (`reports-decision-…`).
    pub fn label_key(self) -> String {
        format!("reports-decision-{}", self.form_value())
    }

    /// The message key of a stored decision's word (`reports-decided-…`), as the queue names it.
    pub fn stored_key(stored: &str) -> Option<String> {
        let all = [Decision::Dismiss, Decision::Warn, Decision::Suspend, Decision::Withdraw, Decision::Disable];
        all.iter().find(|d| d.as_str() == stored).map(|d| format!("reports-decided-{}", d.as_str()))
    }
}

/// The decisions open for a report of this kind, about an account with this role (if the
/// report is about an account at all: a bundled guide has none).
pub fn decisions(kind: Kind, target_is_counsellor: Option<bool>) -> Vec<Decision> {
    let mut out = vec![Decision::Dismiss];
    if kind == Kind::Guide {
        out.push(Decision::Withdraw);
    }
    if let Some(counsellor) = target_is_counsellor {
        out.push(Decision::Warn);
        if counsellor {
            out.push(Decision::Suspend);
        }
        out.push(Decision::Disable);
    }
    out
}

/// What the reporter is told: whether it was looked at, and whether action was taken, in
/// words that say nothing of what or against whom.
/// (A message key: `reports-outcome-received`, `-dismissed` or `-action`.)
pub fn outcome_key(decision: Option<&str>) -> &'static str {
    match decision {
        None => "reports-outcome-received",
        Some("dismissed") => "reports-outcome-dismissed",
        Some(_) => "reports-outcome-action",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_decisions_that_fit_are_offered() {
        assert_eq!(decisions(Kind::Message, Some(false)), vec![Decision::Dismiss, Decision::Warn, Decision::Disable]);
        assert_eq!(
            decisions(Kind::Counsellor, Some(true)),
            vec![Decision::Dismiss, Decision::Warn, Decision::Suspend, Decision::Disable]
        );
        assert_eq!(decisions(Kind::Guide, None), vec![Decision::Dismiss, Decision::Withdraw]);
    }

    #[test]
    fn the_outcome_names_neither_the_action_nor_the_person() {
        let locales = crate::i18n::Locales::load(false).unwrap();
        for lang in crate::i18n::Lang::ALL {
            for d in ["warned", "suspended", "withdrawn", "disabled"] {
                let words = locales.text(lang, outcome_key(Some(d)), &[]);
                assert_eq!(outcome_key(Some(d)), outcome_key(Some("warned")), "every action reads the same");
                assert!(!words.contains(d.trim_end_matches("ed")), "{words}");
            }
            let told = |d| locales.text(lang, outcome_key(d), &[]);
            assert_ne!(told(Some("dismissed")), told(None));
            assert_ne!(told(Some("dismissed")), told(Some("warned")));
        }
    }

    #[test]
    fn every_decision_round_trips_through_the_form() {
        for d in [Decision::Dismiss, Decision::Warn, Decision::Suspend, Decision::Withdraw, Decision::Disable] {
            assert_eq!(Decision::parse(d.form_value()), Some(d));
        }
        assert_eq!(Decision::parse("delete"), None);
        assert!(reason_label("threats").is_some() && reason_label("nope").is_none());
        assert_eq!(reason_key("threats"), "reports-reason-threats");
        assert_eq!(reason_key("nope"), "reports-reason-other");
        assert_eq!(Decision::stored_key("withdrawn").as_deref(), Some("reports-decided-withdrawn"));
        assert_eq!(Decision::stored_key("deleted"), None);
        // The list's English words are the messages' English.
        let locales = crate::i18n::Locales::load(false).unwrap();
        for (value, label) in REASONS {
            assert_eq!(locales.text(crate::i18n::Lang::En, &reason_key(value), &[]), *label);
        }
    }
}
