//! Messaging's SQL. Who is in a thread is decided here, from the space and the bookings as
//! they are now: a partner who left, or a counsellor no longer linked by a booking, is out.

use std::collections::HashMap;

use sqlx::Row;
use sqlx::any::AnyRow;

use super::model::{Kind, thread_key};
use crate::crypto::Crypto;
use crate::crypto::Key;
use crate::crypto::store::{data_key, existing_key};
use crate::db::{Db, new_id, placeholders};
use crate::journal::store::owner_id;

#[derive(Clone, Debug)]
pub struct Thread {
    pub id: String,
    pub kind: Kind,
    pub space_id: Option<String>,
    pub counsellor_id: Option<String>,
    pub client_id: Option<String>,
    pub last_seq: i64,
    pub last_message_at: Option<i64>,
}

#[derive(Clone, Debug)]
pub struct Participant {
    pub id: String,
    pub name: String,
    pub counsellor: bool,
}

#[derive(Clone, Debug)]
pub struct Message {
    pub id: String,
    pub seq: i64,
    pub sender_id: String,
    pub text: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
}

const THREAD_COLS: &str = "t.id, t.kind, t.space_id, t.counsellor_id, t.client_id, t.last_seq, t.last_message_at";

fn thread_row(r: &AnyRow) -> Result<Thread, sqlx::Error> {
    Ok(Thread {
        id: r.try_get("id")?,
        kind: Kind::parse(&r.try_get::<String, _>("kind")?),
        space_id: r.try_get("space_id")?,
        counsellor_id: r.try_get("counsellor_id")?,
        client_id: r.try_get("client_id")?,
        last_seq: r.try_get("last_seq")?,
        last_message_at: r.try_get("last_message_at")?,
    })
}

/// The conversations this person can have now: with the partner of their space, with the
/// counsellor of the space's couple sessions, with each counsellor they booked alone; for a
/// counsellor, with each couple and client of theirs.
const CANDIDATES: &str = "
    SELECT 'partners' AS kind, m.space_id AS space_id, '' AS counsellor_id, '' AS client_id FROM memberships m
     WHERE m.user_id = $1 AND m.left_at IS NULL
       AND (SELECT COUNT(*) FROM memberships o WHERE o.space_id = m.space_id AND o.left_at IS NULL) = 2
    UNION
    SELECT 'couple', b.space_id, b.counsellor_id, '' FROM bookings b
     WHERE b.kind = 'couple' AND (b.counsellor_id = $1 OR b.space_id IN
           (SELECT m.space_id FROM memberships m WHERE m.user_id = $1 AND m.left_at IS NULL))
    UNION
    SELECT 'individual', '', b.counsellor_id, b.booked_by FROM bookings b
     WHERE b.kind = 'individual' AND (b.booked_by = $1 OR b.counsellor_id = $1)";

/// Makes sure each conversation this person can have exists, with a read position for them.
pub async fn ensure_threads(db: &Db, user_id: &str, now: i64) -> Result<(), sqlx::Error> {
    let rows = sqlx::query(CANDIDATES).bind(user_id).fetch_all(&db.pool).await?;
    for r in rows {
        let some = |col: &str| -> Result<Option<String>, sqlx::Error> {
            Ok(Some(r.try_get::<String, _>(col)?).filter(|s| !s.is_empty()))
        };
        let kind = Kind::parse(&r.try_get::<String, _>("kind")?);
        let (space, counsellor, client) = (some("space_id")?, some("counsellor_id")?, some("client_id")?);
        let key = thread_key(kind, space.as_deref(), counsellor.as_deref(), client.as_deref());
        sqlx::query(
            "INSERT INTO threads (id, key, kind, space_id, counsellor_id, client_id, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (key) DO NOTHING",
        )
        .bind(new_id())
        .bind(&key)
        .bind(kind.as_str())
        .bind(&space)
        .bind(&counsellor)
        .bind(&client)
        .bind(now)
        .execute(&db.pool)
        .await?;
        sqlx::query(
            "INSERT INTO thread_reads (user_id, thread_id)
             SELECT $1, id FROM threads WHERE key = $2 ON CONFLICT (user_id, thread_id) DO NOTHING",
        )
        .bind(user_id)
        .bind(&key)
        .execute(&db.pool)
        .await?;
    }
    Ok(())
}

/// The threads this person has a read position in, most recent first, with that position
/// and whether something waits unread.
pub async fn my_threads(db: &Db, user_id: &str) -> Result<Vec<(Thread, i64, bool)>, sqlx::Error> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {THREAD_COLS}, r.last_read_seq, r.unread_since FROM thread_reads r JOIN threads t ON t.id = r.thread_id
         WHERE r.user_id = $1 ORDER BY COALESCE(t.last_message_at, t.created_at) DESC LIMIT 200"
    )))
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok((thread_row(r)?, r.try_get("last_read_seq")?, r.try_get::<Option<i64>, _>("unread_since")?.is_some()))
        })
        .collect()
}

pub async fn thread(db: &Db, id: &str) -> Result<Option<Thread>, sqlx::Error> {
    sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {THREAD_COLS} FROM threads t WHERE t.id = $1")))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .map(|r| thread_row(&r))
        .transpose()
}

const PEOPLE: &str = "SELECT u.id, COALESCE(p.full_name, u.display_name) AS name, u.role
    FROM users u LEFT JOIN counsellor_profiles p ON p.user_id = u.id WHERE u.deleted_at IS NULL AND ";

/// Who is in a thread now. Empty when what linked them is gone.
pub async fn participants(db: &Db, t: &Thread) -> Result<Vec<Participant>, sqlx::Error> {
    let members = "u.id IN (SELECT m.user_id FROM memberships m WHERE m.space_id = $1 AND m.left_at IS NULL)";
    let sql = match t.kind {
        Kind::Partners => format!("{PEOPLE} {members}"),
        Kind::Couple => format!(
            "{PEOPLE} EXISTS (SELECT 1 FROM bookings b WHERE b.kind = 'couple' AND b.space_id = $1 AND b.counsellor_id = $2)
             AND (u.id = $2 OR {members})"
        ),
        Kind::Individual => format!(
            "{PEOPLE} EXISTS (SELECT 1 FROM bookings b WHERE b.kind = 'individual' AND b.booked_by = $1 AND b.counsellor_id = $2)
             AND u.id IN ($1, $2)"
        ),
    };
    let q = sqlx::query(sqlx::AssertSqlSafe(format!("{sql} ORDER BY u.role DESC, name")));
    let q = match t.kind {
        Kind::Partners => q.bind(&t.space_id),
        Kind::Couple => q.bind(&t.space_id).bind(&t.counsellor_id),
        Kind::Individual => q.bind(&t.client_id).bind(&t.counsellor_id),
    };
    q.fetch_all(&db.pool)
        .await?
        .into_iter()
        .map(|r| {
            Ok(Participant {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                counsellor: r.try_get::<String, _>("role")? == "counsellor",
            })
        })
        .collect()
}

/// A thread and its people, if `user_id` is one of them now; otherwise nothing.
pub async fn open_thread(db: &Db, id: &str, user_id: &str) -> Result<Option<(Thread, Vec<Participant>)>, sqlx::Error> {
    let Some(t) = thread(db, id).await? else { return Ok(None) };
    let people = participants(db, &t).await?;
    Ok(people.iter().any(|p| p.id == user_id).then_some((t, people)))
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

async fn open_messages(db: &Db, crypto: &Crypto, rows: Vec<AnyRow>) -> anyhow::Result<Vec<Message>> {
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
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT * FROM (SELECT {MESSAGE_COLS} FROM messages WHERE thread_id = $1 AND seq > $2 ORDER BY seq DESC LIMIT $3) x
         ORDER BY seq"
    )))
    .bind(thread_id)
    .bind(after_seq)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    open_messages(db, crypto, rows).await
}

/// One message of a thread, by id.
pub async fn message(db: &Db, crypto: &Crypto, thread_id: &str, id: &str) -> anyhow::Result<Option<Message>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {MESSAGE_COLS} FROM messages WHERE thread_id = $1 AND id = $2"
    )))
    .bind(thread_id)
    .bind(id)
    .fetch_all(&db.pool)
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

/// Moves this person's read position up to `seq`; clears their unread state once nothing
/// newer waits. True when the position moved.
pub async fn mark_read(db: &Db, thread_id: &str, user_id: &str, seq: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE thread_reads SET last_read_seq = $3,
           unread_since = CASE WHEN $3 >= (SELECT last_seq FROM threads WHERE id = $2) THEN NULL ELSE unread_since END,
           notify_at = CASE WHEN $3 >= (SELECT last_seq FROM threads WHERE id = $2) THEN NULL ELSE notify_at END
         WHERE user_id = $1 AND thread_id = $2 AND last_read_seq < $3",
    )
    .bind(user_id)
    .bind(thread_id)
    .bind(seq)
    .execute(&db.pool)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// Each participant's read position in a thread.
pub async fn read_positions(db: &Db, thread_id: &str) -> Result<HashMap<String, i64>, sqlx::Error> {
    sqlx::query("SELECT user_id, last_read_seq FROM thread_reads WHERE thread_id = $1")
        .bind(thread_id)
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .map(|r| Ok((r.try_get("user_id")?, r.try_get("last_read_seq")?)))
        .collect()
}

/// How many threads hold something unread for this person.
pub async fn unread_threads(db: &Db, user_id: &str) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) AS n FROM thread_reads WHERE user_id = $1 AND unread_since IS NOT NULL")
        .bind(user_id)
        .fetch_one(&db.pool)
        .await?
        .try_get("n")
}

/// Unread notices that are due, as (user id, thread id).
pub async fn due_notices(db: &Db, now: i64) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query("SELECT user_id, thread_id FROM thread_reads WHERE notify_at IS NOT NULL AND notify_at <= $1 LIMIT 500")
        .bind(now)
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .map(|r| Ok((r.try_get("user_id")?, r.try_get("thread_id")?)))
        .collect()
}

/// Claims one notice; of several instances, one gets true and sends it.
pub async fn claim_notice(db: &Db, user_id: &str, thread_id: &str, now: i64) -> Result<Option<String>, sqlx::Error> {
    let claimed = sqlx::query(
        "UPDATE thread_reads SET notify_at = NULL
         WHERE user_id = $1 AND thread_id = $2 AND notify_at IS NOT NULL AND notify_at <= $3 RETURNING user_id",
    )
    .bind(user_id)
    .bind(thread_id)
    .bind(now)
    .fetch_optional(&db.pool)
    .await?;
    if claimed.is_none() {
        return Ok(None);
    }
    sqlx::query("SELECT email FROM users WHERE id = $1 AND deleted_at IS NULL AND disabled_at IS NULL")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await?
        .map(|r| r.try_get("email"))
        .transpose()
}

pub async fn reply_hours(db: &Db, counsellor_id: &str) -> Result<Option<i64>, sqlx::Error> {
    Ok(sqlx::query("SELECT reply_hours FROM counsellor_profiles WHERE user_id = $1")
        .bind(counsellor_id)
        .fetch_optional(&db.pool)
        .await?
        .map(|r| r.try_get::<Option<i64>, _>("reply_hours"))
        .transpose()?
        .flatten())
}

pub async fn set_reply_hours(db: &Db, counsellor_id: &str, hours: Option<i64>) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("UPDATE counsellor_profiles SET reply_hours = $1 WHERE user_id = $2")
        .bind(hours)
        .bind(counsellor_id)
        .execute(&db.pool)
        .await?;
    Ok(r.rows_affected() > 0)
}

/// The numbers of this sender's latest messages in a thread.
pub async fn own_recent_seqs(db: &Db, thread_id: &str, sender_id: &str, limit: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query("SELECT seq FROM messages WHERE thread_id = $1 AND sender_id = $2 ORDER BY seq DESC LIMIT $3")
        .bind(thread_id)
        .bind(sender_id)
        .bind(limit)
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .map(|r| r.try_get("seq"))
        .collect()
}
