use askama::Template;
use serde::Deserialize;

use super::model::{ReadState, can_edit, paragraphs, read_state};
use super::store::{Message, Participant};
use crate::pages::format_time_in;
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
pub struct Item<'a> {
    /// The page's words, in the viewer's language.
    pub l: &'a Layout,
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
    /// The viewer's page (or socket): the language its words and dates are in.
    pub l: &'a Layout,
    pub id: &'a str,
    pub tz: &'a str,
    pub people: &'a [Participant],
    /// Everyone's read position.
    pub reads: &'a std::collections::HashMap<String, i64>,
    pub now: i64,
}

impl<'a> Viewer<'a> {
    fn name_of(&self, id: &str) -> String {
        self.people
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| self.l.t("messages-someone-left").0)
    }

    /// The read state of one of the viewer's own messages.
    pub fn state(&self, seq: i64) -> String {
        let others: Vec<(String, i64)> = self
            .people
            .iter()
            .filter(|p| p.id != self.id)
            .map(|p| (p.name.clone(), self.reads.get(&p.id).copied().unwrap_or(0)))
            .collect();
        match read_state(seq, &others) {
            ReadState::Sent => self.l.t("messages-sent").0,
            ReadState::Read => self.l.t("messages-read").0,
            ReadState::ReadBy(names) => {
                let and = format!(" {} ", self.l.t("messages-and").0);
                self.l.t1("messages-read-by", "names", names.join(&and)).0
            }
        }
    }

    fn time(&self, ms: i64) -> String {
        format_time_in(self.l.lang, ms, self.tz)
    }

    /// The read state of each of the viewer's own messages, as the socket sends them.
    pub fn states(&self, own_seqs: &[i64]) -> Vec<(i64, String)> {
        own_seqs.iter().map(|s| (*s, self.state(*s))).collect()
    }

    pub fn item(&self, thread_id: &str, m: &Message, history: &[(String, i64)]) -> Item<'a> {
        let mine = m.sender_id == self.id;
        Item {
            l: self.l,
            thread_id: thread_id.to_string(),
            id: m.id.clone(),
            seq: m.seq,
            mine,
            sender: if mine { self.l.t("messages-you").0 } else { self.name_of(&m.sender_id) },
            when: self.time(m.created_at),
            paragraphs: paragraphs(&m.text),
            edited: m.edited_at.map(|t| self.time(t)),
            history: history.iter().map(|(text, at)| (self.time(*at), paragraphs(text))).collect(),
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
    /// The reply times a counsellor can choose, with their words.
    pub reply_times: Vec<(i64, String)>,
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
