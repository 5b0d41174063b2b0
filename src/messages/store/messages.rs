//! Messages: sealed under each sender's key, numbered per thread, edited within the window
//! with the earlier text kept.

use std::collections::HashMap;

use crate::db::read::ReadRow;
use sqlx::Row;

use crate::crypto::store::{data_key, existing_key};
use crate::crypto::{Crypto, Key};
use crate::db::{Db, new_id, placeholders};
use crate::journal::store::owner_id;

#[derive(Clone, Debug)]
pub struct Message {
    pub id: String,
    pub seq: i64,
    pub sender_id: String,
    pub text: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
}

/// Opens sealed bodies with their senders' keys, reading each key once.
struct Keys<'a> {
    db: &'a Db,
    crypto: &'a Crypto,
    cache: HashMap<String, Option<Key>>,
}

impl Keys<'_> {
    async fn open(&mut self, sender: &str, aad: &str, sealed: &[u8]) -> anyhow::Result<Option<String>> {
        if !self.cache.contains_key(sender) {
            let key = existing_key(self.db, self.crypto, &owner_id(sender)).await?;
            self.cache.insert(sender.to_string(), key);
        }
        match &self.cache[sender] {
            Some(k) => Ok(Some(k.open_text(aad, sealed)?)),
            // The sender erased their account: their words are gone for everyone.
            None => Ok(None),
        }
    }
}

const MESSAGE_COLS: &str = "id, seq, sender_id, body, created_at, edited_at";

async fn open_messages(db: &Db, crypto: &Crypto, rows: Vec<ReadRow>) -> anyhow::Result<Vec<Message>> {
    let mut keys = Keys { db, crypto, cache: HashMap::new() };
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let id: String = r.try_get("id")?;
        let sender_id: String = r.try_get("sender_id")?;
        let Some(text) = keys.open(&sender_id, &id, &r.try_get::<Vec<u8>, _>("body")?).await? else { continue };
        out.push(Message {
            id,
            seq: r.try_get("seq")?,
            sender_id,
            text,
            created_at: r.try_get("created_at")?,
            edited_at: r.try_get("edited_at")?,
        });
    }
    Ok(out)
}

/// The latest `limit` messages after `after_seq`, oldest first.
pub async fn messages(
    db: &Db,
    crypto: &Crypto,
    thread_id: &str,
    after_seq: i64,
    limit: i64,
) -> anyhow::Result<Vec<Message>> {
    let rows = db.read_all(&format!(
        "SELECT * FROM (SELECT {MESSAGE_COLS} FROM messages WHERE thread_id = $1 AND seq > $2 ORDER BY seq DESC LIMIT $3) x
         ORDER BY seq"
    ), vec![thread_id.into(), after_seq.into(), limit.into()])
    .await?;
    open_messages(db, crypto, rows).await
}

/// One message of a thread, by id.
pub async fn message(db: &Db, crypto: &Crypto, thread_id: &str, id: &str) -> anyhow::Result<Option<Message>> {
    let rows = db
        .read_all(
            &format!("SELECT {MESSAGE_COLS} FROM messages WHERE thread_id = $1 AND id = $2"),
            vec![thread_id.into(), id.into()],
        )
        .await?;
    Ok(open_messages(db, crypto, rows).await?.pop())
}

/// Earlier versions of edited messages, by message id, oldest first.
pub async fn versions(
    db: &Db,
    crypto: &Crypto,
    edited: &[&Message],
) -> anyhow::Result<HashMap<String, Vec<(String, i64)>>> {
    let mut out: HashMap<String, Vec<(String, i64)>> = HashMap::new();
    if edited.is_empty() {
        return Ok(out);
    }
    let sql = format!(
        "SELECT message_id, body, replaced_at FROM message_versions WHERE message_id IN ({}) ORDER BY replaced_at",
        placeholders(1, edited.len())
    );
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for m in edited {
        q = q.bind(&m.id);
    }
    let senders: HashMap<&str, &str> = edited.iter().map(|m| (m.id.as_str(), m.sender_id.as_str())).collect();
    let mut keys = Keys { db, crypto, cache: HashMap::new() };
    for r in q.fetch_all(&db.pool).await? {
        let id: String = r.try_get("message_id")?;
        let sender = senders.get(id.as_str()).copied().unwrap_or_default();
        if let Some(text) = keys.open(sender, &id, &r.try_get::<Vec<u8>, _>("body")?).await? {
            out.entry(id).or_default().push((text, r.try_get("replaced_at")?));
        }
    }
    Ok(out)
}

/// Who writes what where.
#[derive(Clone, Copy)]
pub struct Write<'a> {
    pub thread_id: &'a str,
    pub sender_id: &'a str,
    pub text: &'a str,
}

/// Sends a message: numbers it in the thread, marks it read for the sender and unread for
/// everyone else, and schedules the unread notice (`notify_at`) for whoever had nothing
/// waiting. Returns the message id and number.
pub async fn send(
    db: &Db,
    crypto: &Crypto,
    w: &Write<'_>,
    others: &[&str],
    now: i64,
    notify_at: i64,
) -> anyhow::Result<(String, i64)> {
    let Write { thread_id, sender_id, text } = *w;
    let id = new_id();
    let body = data_key(db, crypto, &owner_id(sender_id), now).await?.seal_text(&id, text);
    let mut tx = db.begin_write().await?;
    // The row lock on the thread numbers messages one at a time on both engines.
    let seq: i64 = sqlx::query(
        "UPDATE threads SET last_seq = last_seq + 1, last_message_at = $2 WHERE id = $1 RETURNING last_seq",
    )
    .bind(thread_id)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?
    .try_get("last_seq")?;
    sqlx::query(
        "INSERT INTO messages (id, thread_id, seq, sender_id, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(thread_id)
    .bind(seq)
    .bind(sender_id)
    .bind(body)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO thread_reads (user_id, thread_id, last_read_seq) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, thread_id) DO UPDATE SET last_read_seq = $3, unread_since = NULL, notify_at = NULL",
    )
    .bind(sender_id)
    .bind(thread_id)
    .bind(seq)
    .execute(&mut *tx)
    .await?;
    for other in others {
        sqlx::query(
            "INSERT INTO thread_reads (user_id, thread_id, last_read_seq, unread_since, notify_at) VALUES ($1, $2, 0, $3, $4)
             ON CONFLICT (user_id, thread_id) DO UPDATE SET
               notify_at = CASE WHEN thread_reads.unread_since IS NULL THEN $4 ELSE thread_reads.notify_at END,
               unread_since = COALESCE(thread_reads.unread_since, $3)",
        )
        .bind(other)
        .bind(thread_id)
        .bind(now)
        .bind(notify_at)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok((id, seq))
}

pub enum Edit {
    Done,
    TooLate,
    NotFound,
}

/// Changes the sender's own message while the edit window is open; the earlier text is kept.
pub async fn edit(
    db: &Db,
    crypto: &Crypto,
    w: &Write<'_>,
    id: &str,
    sent_after: i64,
    now: i64,
) -> anyhow::Result<Edit> {
    let Write { thread_id, sender_id, text } = *w;
    let body = data_key(db, crypto, &owner_id(sender_id), now).await?.seal_text(id, text);
    let mut tx = db.begin_write().await?;
    let Some(r) = sqlx::query("SELECT created_at FROM messages WHERE id = $1 AND thread_id = $2 AND sender_id = $3")
        .bind(id)
        .bind(thread_id)
        .bind(sender_id)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(Edit::NotFound);
    };
    if r.try_get::<i64, _>("created_at")? < sent_after {
        return Ok(Edit::TooLate);
    }
    sqlx::query(
        "INSERT INTO message_versions (id, message_id, body, replaced_at) SELECT $1, id, body, $2 FROM messages WHERE id = $3",
    )
    .bind(new_id())
    .bind(now)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    // The deciding step is conditional, so an edit that raced the window's end loses whole.
    let changed = sqlx::query("UPDATE messages SET body = $1, edited_at = $2 WHERE id = $3 AND created_at >= $4")
        .bind(body)
        .bind(now)
        .bind(id)
        .bind(sent_after)
        .execute(&mut *tx)
        .await?;
    if changed.rows_affected() == 0 {
        return Ok(Edit::TooLate);
    }
    tx.commit().await?;
    Ok(Edit::Done)
}

/// The numbers of this sender's latest messages in a thread.
pub async fn own_recent_seqs(db: &Db, thread_id: &str, sender_id: &str, limit: i64) -> Result<Vec<i64>, sqlx::Error> {
    db.read_all(
        "SELECT seq FROM messages WHERE thread_id = $1 AND sender_id = $2 ORDER BY seq DESC LIMIT $3",
        vec![thread_id.into(), sender_id.into(), limit.into()],
    )
    .await?
    .into_iter()
    .map(|r| r.try_get("seq"))
    .collect()
}
