//! RFC 5545 calendar files for sessions: one event per booking, in UTC, with a neutral
//! summary, so a calendar shown on a shared screen reveals nothing. Lines end in CRLF and are
//! folded at 75 octets.
//!
//! In mail they are iTIP messages (RFC 5546): the service's address is the ORGANIZER (with
//! the counsellor's name), the recipient the one ATTENDEE (their own address only: nobody's
//! address travels to anyone else). A session keeps one UID from booking through every move
//! (the first booking's id) and its SEQUENCE rises with each move and with the cancellation,
//! so calendar programs update the one event instead of adding another.

use jiff::Timestamp;

use crate::mail::Voice;

/// One session as a calendar event.
pub struct Event<'a> {
    /// The session's calendar identity: the id of its first booking, before any move.
    pub uid: &'a str,
    /// How many times it was moved (each move a new booking).
    pub moves: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub url: &'a str,
    pub cancelled: bool,
    /// The counsellor's name, as the organiser's common name.
    pub counsellor: &'a str,
}

/// The organiser's address (the service's) and, in mail, the one attendee: (name, address).
pub struct Parties<'a> {
    pub organizer: &'a str,
    pub attendee: Option<(&'a str, &'a str)>,
}

/// A parameter value (RFC 5545 3.2): quoted, without the characters a quoted value cannot hold.
fn param(v: &str) -> String {
    format!("\"{}\"", v.chars().filter(|c| !matches!(c, '"' | '\r' | '\n')).collect::<String>())
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// An invitation in mail.
    Request,
    /// A cancellation in mail.
    Cancel,
    /// A subscribed feed.
    Publish,
}

fn utc(ms: i64) -> String {
    Timestamp::from_millisecond(ms).map(|t| t.strftime("%Y%m%dT%H%M%SZ").to_string()).unwrap_or_default()
}

/// Escapes a TEXT value (RFC 5545 3.3.11).
fn text(v: &str) -> String {
    v.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace("\r\n", "\\n").replace('\n', "\\n")
}

/// Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1).
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

/// The calendar in its reader's voice: their language for the summary and description, and,
/// discreet, words that name nothing (not even the service).
pub fn calendar(method: Method, events: &[Event<'_>], parties: &Parties<'_>, v: &Voice, now: i64) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        if v.discreet { "PRODID:-//Sessions//EN".into() } else { "PRODID:-//DilTalks//Sessions//EN".into() },
        "CALSCALE:GREGORIAN".into(),
        format!(
            "METHOD:{}",
            match method {
                Method::Request => "REQUEST",
                Method::Cancel => "CANCEL",
                Method::Publish => "PUBLISH",
            }
        ),
    ];
    if method == Method::Publish {
        let name = if v.discreet { v.t("letters-calendar-name-discreet") } else { "DilTalks".into() };
        lines.push(format!("X-WR-CALNAME:{}", text(&name)));
    }
    let summary = text(&v.t(if v.discreet { "letters-calendar-summary-discreet" } else { "letters-calendar-summary" }));
    for e in events {
        let cancelled = e.cancelled || method == Method::Cancel;
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}@diltalks", text(e.uid)),
            format!("DTSTAMP:{}", utc(now)),
            format!("DTSTART:{}", utc(e.starts_at)),
            format!("DTEND:{}", utc(e.ends_at)),
            format!("SEQUENCE:{}", e.moves + i64::from(cancelled)),
            format!("STATUS:{}", if cancelled { "CANCELLED" } else { "CONFIRMED" }),
            format!("SUMMARY:{summary}"),
            format!("DESCRIPTION:{}", text(&v.t1("letters-calendar-description", "url", e.url))),
            format!("URL:{}", e.url),
        ]);
        lines.push(format!("ORGANIZER;CN={}:mailto:{}", param(e.counsellor), parties.organizer));
        if let Some((name, email)) = parties.attendee {
            lines.push(format!(
                "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT={};RSVP=FALSE:mailto:{email}",
                param(name),
                if cancelled { "DECLINED" } else { "ACCEPTED" },
            ));
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(lang: crate::i18n::Lang, discreet: bool) -> Voice {
        Voice::new(discreet, None, lang, std::sync::Arc::new(crate::i18n::Locales::load(false).unwrap()))
    }

    fn english(discreet: bool) -> Voice {
        voice(crate::i18n::Lang::En, discreet)
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let folded = fold(&format!("DESCRIPTION:{}", "é".repeat(60)));
        for line in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{line:?}");
        }
        assert!(folded.contains("\r\n "));
        assert_eq!(folded.replace("\r\n ", "").trim_end(), format!("DESCRIPTION:{}", "é".repeat(60)));
    }

    #[test]
    fn text_is_escaped_and_times_are_utc() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(utc(0), "19700101T000000Z");
        let ics = calendar(
            Method::Cancel,
            &[Event {
                uid: "b1",
                moves: 2,
                starts_at: 3_600_000,
                ends_at: 7_200_000,
                url: "http://x/bookings/b1",
                cancelled: false,
                counsellor: "Dr \"Q\" Rao",
            }],
            &Parties { organizer: "hello@x", attendee: Some(("Asha", "a@x")) },
            &english(false),
            0,
        );
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.contains("STATUS:CANCELLED\r\n") && ics.contains("DTSTART:19700101T010000Z\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        let ics = ics.replace("\r\n ", "");
        assert!(ics.contains("SEQUENCE:3\r\n"), "two moves and the cancellation");
        assert!(ics.contains("ORGANIZER;CN=\"Dr Q Rao\":mailto:hello@x\r\n"), "{ics}");
        assert!(ics.contains("ATTENDEE;CN=\"Asha\";ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;RSVP=FALSE:mailto:a@x"));
    }

    #[test]
    fn the_words_are_the_readers_and_the_discreet_ones_name_nothing() {
        let event = || Event {
            uid: "b1",
            moves: 0,
            starts_at: 3_600_000,
            ends_at: 7_200_000,
            url: "http://x/bookings/b1",
            cancelled: false,
            counsellor: "Meera Rao",
        };
        let feed = Parties { organizer: "hello@x", attendee: None };
        let hi = calendar(Method::Publish, &[event()], &feed, &voice(crate::i18n::Lang::Hi, false), 0);
        let hi = hi.replace("\r\n ", "");
        assert!(hi.contains("SUMMARY:DilTalks अपॉइंटमेंट\r\n"), "{hi}");
        assert!(hi.contains("DESCRIPTION:पूरी जानकारी\\, और जुड़ने का तरीक़ा: http://x/bookings/b1\r\n"), "{hi}");
        assert!(hi.contains("X-WR-CALNAME:DilTalks\r\n"));
        for lang in crate::i18n::Lang::ALL {
            let ics = calendar(Method::Publish, &[event()], &feed, &voice(lang, true), 0).replace("\r\n ", "");
            assert!(!ics.contains("DilTalks"), "{ics}");
            let summary = ics.lines().find_map(|l| l.strip_prefix("SUMMARY:")).unwrap().trim_end();
            assert!(summary == "Appointment" || summary == "अपॉइंटमेंट", "{summary}");
        }
    }
}
