//! Threads and who is in them now.

use crate::db::Write as _;
use std::collections::{HashMap, HashSet};

use crate::db::read::ReadRow;
use sqlx::Row;

use crate::db::{Db, new_id, placeholders};
use crate::messages::model::{Kind, thread_key};

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

const THREAD_COLS: &str = "t.id, t.kind, t.space_id, t.counsellor_id, t.client_id, t.last_seq, t.last_message_at";

fn thread_row(r: &ReadRow) -> Result<Thread, sqlx::Error> {
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
/// Only what is missing is written, so opening the list is a read once everything exists.
pub async fn ensure_threads(db: &Db, user_id: &str, now: i64) -> Result<(), sqlx::Error> {
    let rows = db.read_all(CANDIDATES, vec![user_id.into()]).await?;
    let have: HashSet<String> = db
        .read_all(
            "SELECT t.key FROM thread_reads r JOIN threads t ON t.id = r.thread_id WHERE r.user_id = $1",
            vec![user_id.into()],
        )
        .await?
        .iter()
        .map(|r| r.try_get("key"))
        .collect::<Result<_, _>>()?;
    for r in rows {
        let some = |col: &str| -> Result<Option<String>, sqlx::Error> {
            Ok(Some(r.try_get::<String, _>(col)?).filter(|s| !s.is_empty()))
        };
        let kind = Kind::parse(&r.try_get::<String, _>("kind")?);
        let (space, counsellor, client) = (some("space_id")?, some("counsellor_id")?, some("client_id")?);
        let key = thread_key(kind, space.as_deref(), counsellor.as_deref(), client.as_deref());
        if have.contains(&key) {
            continue;
        }
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
        .write(db)
        .await?;
        sqlx::query(
            "INSERT INTO thread_reads (user_id, thread_id)
             SELECT $1, id FROM threads WHERE key = $2 ON CONFLICT (user_id, thread_id) DO NOTHING",
        )
        .bind(user_id)
        .bind(&key)
        .write(db)
        .await?;
    }
    Ok(())
}

/// A thread with this person's read position in it.
pub struct MyThread {
    pub thread: Thread,
    pub last_read_seq: i64,
    /// Something waits unread.
    pub unread: bool,
}

/// The threads this person has a read position in, most recent first, with that position
/// and whether something waits unread.
pub async fn my_threads(db: &Db, user_id: &str) -> Result<Vec<MyThread>, sqlx::Error> {
    let rows = db
        .read_all(
            &format!(
        "SELECT {THREAD_COLS}, r.last_read_seq, r.unread_since FROM thread_reads r JOIN threads t ON t.id = r.thread_id
         WHERE r.user_id = $1 ORDER BY COALESCE(t.last_message_at, t.created_at) DESC LIMIT 200"
    ),
            vec![user_id.into()],
        )
        .await?;
    rows.iter()
        .map(|r| {
            Ok(MyThread {
                thread: thread_row(r)?,
                last_read_seq: r.try_get("last_read_seq")?,
                unread: r.try_get::<Option<i64>, _>("unread_since")?.is_some(),
            })
        })
        .collect()
}

pub async fn thread(db: &Db, id: &str) -> Result<Option<Thread>, sqlx::Error> {
    db.read_optional(&format!("SELECT {THREAD_COLS} FROM threads t WHERE t.id = $1"), vec![id.into()])
        .await?
        .map(|r| thread_row(&r))
        .transpose()
}

/// Who is in each of these threads now, by thread id; a thread whose link is gone (a member
/// who left, a booking that no longer exists, a deleted account) has fewer people or none.
/// One statement for the whole list: the members of the thread's space (partners and couple
/// threads), its counsellor (couple and individual), its client (individual), each kept only
/// while what links them holds.
pub async fn participants_of(db: &Db, threads: &[&Thread]) -> Result<HashMap<String, Vec<Participant>>, sqlx::Error> {
    let mut out: HashMap<String, Vec<Participant>> = threads.iter().map(|t| (t.id.clone(), vec![])).collect();
    if threads.is_empty() {
        return Ok(out);
    }
    let ids = placeholders(1, threads.len());
    let sql = format!(
        "SELECT x.thread_id, u.id, COALESCE(p.full_name, u.display_name) AS name, u.role
         FROM (SELECT t.id AS thread_id, m.user_id FROM threads t
                 JOIN memberships m ON m.space_id = t.space_id AND m.left_at IS NULL
                WHERE t.id IN ({ids}) AND t.kind IN ('partners', 'couple')
               UNION
               SELECT t.id, t.counsellor_id FROM threads t WHERE t.id IN ({ids}) AND t.kind IN ('couple', 'individual')
               UNION
               SELECT t.id, t.client_id FROM threads t WHERE t.id IN ({ids}) AND t.kind = 'individual') x
         JOIN threads t ON t.id = x.thread_id
         JOIN users u ON u.id = x.user_id
         LEFT JOIN counsellor_profiles p ON p.user_id = u.id
         WHERE u.deleted_at IS NULL
           AND (t.kind = 'partners'
             OR (t.kind = 'couple' AND EXISTS (SELECT 1 FROM bookings b WHERE b.kind = 'couple'
                   AND b.space_id = t.space_id AND b.counsellor_id = t.counsellor_id))
             OR (t.kind = 'individual' AND EXISTS (SELECT 1 FROM bookings b WHERE b.kind = 'individual'
                   AND b.booked_by = t.client_id AND b.counsellor_id = t.counsellor_id)))
         ORDER BY x.thread_id, u.role DESC, name"
    );
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for t in threads {
        q = q.bind(&t.id);
    }
    for r in q.fetch_all(&db.pool).await? {
        let thread_id: String = r.try_get("thread_id")?;
        out.entry(thread_id).or_default().push(Participant {
            id: r.try_get("id")?,
            name: r.try_get("name")?,
            counsellor: r.try_get::<String, _>("role")? == "counsellor",
        });
    }
    Ok(out)
}

/// Who is in a thread now. Empty when what linked them is gone.
pub async fn participants(db: &Db, t: &Thread) -> Result<Vec<Participant>, sqlx::Error> {
    Ok(participants_of(db, &[t]).await?.remove(&t.id).unwrap_or_default())
}

/// A thread and its people, if `user_id` is one of them now; otherwise nothing.
pub async fn open_thread(db: &Db, id: &str, user_id: &str) -> Result<Option<(Thread, Vec<Participant>)>, sqlx::Error> {
    let Some(t) = thread(db, id).await? else { return Ok(None) };
    let people = participants(db, &t).await?;
    Ok(people.iter().any(|p| p.id == user_id).then_some((t, people)))
}
