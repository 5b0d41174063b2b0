use askama::Template;
use serde::Deserialize;

use super::model::{can_edit, paragraphs, read_state};
use super::store::{Message, Participant};
use crate::pages::format_time;
use crate::web::{FormErrors, Layout};

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct MessageForm {
    pub text: String,
}

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct ReplyTimeForm {
    pub hours: String,
}

/// One message as one viewer sees it.
#[derive(Template)]
#[template(path = "messages/item.html")]
pub struct Item {
    pub thread_id: String,
    pub id: String,
    pub seq: i64,
    pub mine: bool,
    pub sender: String,
    pub when: String,
    pub paragraphs: Vec<String>,
    pub edited: Option<String>,
    pub history: Vec<(String, Vec<String>)>,
    pub state: String,
    pub editable: bool,
}

/// What is needed to show messages to one viewer.
pub struct Viewer<'a> {
    pub id: &'a str,
    pub tz: &'a str,
    pub people: &'a [Participant],
    /// Everyone's read position.
    pub reads: &'a std::collections::HashMap<String, i64>,
    pub now: i64,
}

impl Viewer<'_> {
    fn name_of(&self, id: &str) -> String {
        self.people.iter().find(|p| p.id == id).map(|p| p.name.clone()).unwrap_or_else(|| "Someone who left".into())
    }

    /// The read state of one of the viewer's own messages.
    pub fn state(&self, seq: i64) -> String {
        let others: Vec<(String, i64)> = self
            .people
            .iter()
            .filter(|p| p.id != self.id)
            .map(|p| (p.name.clone(), self.reads.get(&p.id).copied().unwrap_or(0)))
            .collect();
        read_state(seq, &others)
    }

    /// The read state of each of the viewer's own messages, as the socket sends them.
    pub fn states(&self, own_seqs: &[i64]) -> Vec<(i64, String)> {
        own_seqs.iter().map(|s| (*s, self.state(*s))).collect()
    }

    pub fn item(&self, thread_id: &str, m: &Message, history: &[(String, i64)]) -> Item {
        let mine = m.sender_id == self.id;
        Item {
            thread_id: thread_id.to_string(),
            id: m.id.clone(),
            seq: m.seq,
            mine,
            sender: if mine { "You".into() } else { self.name_of(&m.sender_id) },
            when: format_time(m.created_at, self.tz),
            paragraphs: paragraphs(&m.text),
            edited: m.edited_at.map(|t| format_time(t, self.tz)),
            history: history.iter().map(|(text, at)| (format_time(*at, self.tz), paragraphs(text))).collect(),
            state: if mine { self.state(m.seq) } else { String::new() },
            editable: mine && can_edit(m.created_at, self.now),
        }
    }
}

pub struct ThreadLine {
    pub id: String,
    pub title: String,
    pub who: String,
    pub last: String,
    pub unread: bool,
}

#[derive(Template)]
#[template(path = "messages/list.html")]
pub struct ListPage {
    pub l: Layout,
    pub threads: Vec<ThreadLine>,
    pub is_counsellor: bool,
    pub reply_hours: Option<i64>,
    pub reply_times: &'static [(i64, &'static str)],
}

#[derive(Template)]
#[template(path = "messages/thread.html")]
pub struct ThreadPage {
    pub l: Layout,
    pub id: String,
    pub title: String,
    pub who: String,
    pub reply_note: Option<String>,
    pub items: Vec<String>,
    pub last_seq: i64,
    pub earlier: bool,
    pub form: MessageForm,
    pub errors: FormErrors,
    pub live_js: &'static str,
}

#[derive(Template)]
#[template(path = "messages/edit.html")]
pub struct EditPage {
    pub l: Layout,
    pub thread_id: String,
    pub id: String,
    pub form: MessageForm,
    pub errors: FormErrors,
    pub until: String,
}

#[derive(Template)]
#[template(path = "messages/mail/notice.txt")]
pub struct NoticeLetter<'a> {
    pub v: &'a crate::mail::Voice,
    pub link: &'a str,
}
