//! Rules of messaging that need no database: what a message may hold, how long it can be
//! edited, how threads are named, and how read state is told.

use crate::clock::MINUTE;

/// A sender can change a message for this long after sending it.
pub const EDIT_WINDOW_MS: i64 = 5 * MINUTE;
pub const MAX_CHARS: usize = 5000;

/// The three kinds of conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The two partners of a space.
    Partners,
    /// Both partners of a space and the counsellor of their couple sessions.
    Couple,
    /// One client and their counsellor.
    Individual,
}

impl Kind {
    pub fn parse(s: &str) -> Kind {
        match s {
            "partners" => Kind::Partners,
            "couple" => Kind::Couple,
            _ => Kind::Individual,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Partners => "partners",
            Kind::Couple => "couple",
            Kind::Individual => "individual",
        }
    }
}

/// The unique name of a thread, so that each conversation is made once however many
/// requests ask for it at the same moment.
pub fn thread_key(kind: Kind, space_id: Option<&str>, counsellor_id: Option<&str>, client_id: Option<&str>) -> String {
    let part = |s: Option<&str>| s.unwrap_or("-").to_string();
    format!("{}:{}:{}:{}", kind.as_str(), part(space_id), part(counsellor_id), part(client_id))
}

/// A message's text: trimmed, not empty, at most `MAX_CHARS` characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageText(String);

impl MessageText {
    pub fn parse(raw: &str) -> Result<MessageText, &'static str> {
        let t = raw.trim();
        if t.is_empty() {
            return Err("Write a message before sending.");
        }
        if t.chars().count() > MAX_CHARS {
            return Err("A message can be at most 5,000 characters. Split it in two, or keep the rest for a session.");
        }
        Ok(MessageText(t.replace("\r\n", "\n")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether a message sent at `sent_at` can still be edited at `now`.
pub fn can_edit(sent_at: i64, now: i64) -> bool {
    now >= sent_at && now - sent_at <= EDIT_WINDOW_MS
}

/// The reply times a counsellor can state, in hours, with how a client reads them (in
/// English; each has its message, `messages-reply-<hours>`).
pub const REPLY_TIMES: [(i64, &str); 4] =
    [(4, "within a few hours"), (24, "within a day"), (48, "within two days"), (72, "within three days")];

pub fn reply_label(hours: i64) -> Option<&'static str> {
    REPLY_TIMES.iter().find(|(h, _)| *h == hours).map(|(_, l)| *l)
}

/// The state of one's own message: sent, read (by the one other person), or read by whom
/// among the others. The page says it in the reader's language (`Viewer::state`).
#[derive(Debug, PartialEq, Eq)]
pub enum ReadState<'a> {
    Sent,
    Read,
    ReadBy(Vec<&'a str>),
}

pub fn read_state(seq: i64, others: &[(String, i64)]) -> ReadState<'_> {
    let readers: Vec<&str> = others.iter().filter(|(_, read)| *read >= seq).map(|(n, _)| n.as_str()).collect();
    match readers.len() {
        0 => ReadState::Sent,
        n if n == others.len() && n == 1 => ReadState::Read,
        _ => ReadState::ReadBy(readers),
    }
}

/// A message's paragraphs, for display (blank lines separate them).
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n").map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(MessageText::parse("  hello \r\n there ").unwrap().as_str(), "hello \n there");
        assert!(MessageText::parse("   \n ").is_err());
        assert!(MessageText::parse(&"é".repeat(MAX_CHARS)).is_ok());
        assert!(MessageText::parse(&"é".repeat(MAX_CHARS + 1)).is_err());
    }

    #[test]
    fn edits_are_allowed_for_five_minutes_only() {
        let t = 1_000_000;
        assert!(can_edit(t, t));
        assert!(can_edit(t, t + EDIT_WINDOW_MS));
        assert!(!can_edit(t, t + EDIT_WINDOW_MS + 1));
        assert!(!can_edit(t, t - 1), "a clock that went back does not open an old message");
    }

    #[test]
    fn keys_name_each_conversation_once() {
        let a = thread_key(Kind::Partners, Some("s1"), None, None);
        let b = thread_key(Kind::Couple, Some("s1"), Some("c1"), None);
        let c = thread_key(Kind::Individual, None, Some("c1"), Some("u1"));
        assert_eq!(a, "partners:s1:-:-");
        assert_ne!(a, b);
        assert_ne!(b, c);
        assert_eq!(Kind::parse(Kind::Couple.as_str()), Kind::Couple);
    }

    #[test]
    fn read_state_names_readers_only_in_a_group() {
        let one = vec![("Sam".to_string(), 3)];
        assert_eq!(read_state(4, &one), ReadState::Sent);
        assert_eq!(read_state(3, &one), ReadState::Read);
        let two = vec![("Sam".to_string(), 5), ("Dr Rao".to_string(), 2)];
        assert_eq!(read_state(4, &two), ReadState::ReadBy(vec!["Sam"]));
        assert_eq!(read_state(2, &two), ReadState::ReadBy(vec!["Sam", "Dr Rao"]));
        assert_eq!(read_state(9, &two), ReadState::Sent);
    }

    #[test]
    fn reply_times_have_labels() {
        assert_eq!(reply_label(24), Some("within a day"));
        assert_eq!(reply_label(5), None);
        assert_eq!(paragraphs("a\n\n\n\nb\nc"), vec!["a".to_string(), "b\nc".to_string()]);
    }
}
