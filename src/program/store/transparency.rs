//! Step 3's SQL for transparency: notes, check-in requests, and the request rules a couple
//! agreed. Everything is scoped to the member's space.

use crate::db::Write as _;
use sqlx::Row;

use crate::crypto::Crypto;
use crate::crypto::store::{data_key, existing_key};
use crate::db::{Db, new_id};
use crate::journal::store::owner_id as user_owner;
use crate::program::transparency::{DEFAULT_DAILY_LIMIT, REQUEST_OPEN, Refusal, may_request};

const REQUESTS_SINCE: &str =
    "SELECT created_at FROM checkin_requests WHERE space_id = $1 AND requester_id = $2 AND created_at > $3";

#[derive(Clone, Debug)]
pub struct Note {
    pub id: String,
    pub author_id: String,
    pub text: String,
    pub window: Option<(i64, i64)>,
    pub answered_request: bool,
    pub created_at: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rules {
    pub daily_limit: i64,
    pub paused_by: Option<String>,
    /// A new limit proposed by one member, waiting for the other.
    pub proposed: Option<(i64, String)>,
}

pub async fn rules(db: &Db, space_id: &str) -> Result<Rules, sqlx::Error> {
    let row = db
        .read_optional(
            "SELECT daily_limit, paused_by, proposed_limit, proposed_by FROM checkin_rules WHERE space_id = $1",
            vec![space_id.into()],
        )
        .await?;
    let Some(r) = row else { return Ok(Rules { daily_limit: DEFAULT_DAILY_LIMIT, paused_by: None, proposed: None }) };
    let proposed_limit: Option<i64> = r.try_get("proposed_limit")?;
    let proposed_by: Option<String> = r.try_get("proposed_by")?;
    Ok(Rules {
        daily_limit: r.try_get("daily_limit")?,
        paused_by: r.try_get("paused_by")?,
        proposed: proposed_limit.zip(proposed_by),
    })
}

/// Makes sure the space has a rules row, so later updates are single statements.
async fn ensure_rules(db: &Db, space_id: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO checkin_rules (space_id, daily_limit, updated_at) VALUES ($1, $2, $3) ON CONFLICT (space_id) DO NOTHING",
    )
    .bind(space_id)
    .bind(DEFAULT_DAILY_LIMIT)
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

/// Pauses requests in the space (by this member); false when they are already paused.
pub async fn pause_requests(db: &Db, space_id: &str, user_id: &str, now: i64) -> Result<bool, sqlx::Error> {
    ensure_rules(db, space_id, now).await?;
    let r = sqlx::query(
        "UPDATE checkin_rules SET paused_by = $2, paused_at = $3, updated_at = $3 WHERE space_id = $1 AND paused_by IS NULL",
    )
    .bind(space_id)
    .bind(user_id)
    .bind(now)
    .write(db)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// Resumes requests; only the member who paused them can. False otherwise.
pub async fn resume_requests(db: &Db, space_id: &str, user_id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE checkin_rules SET paused_by = NULL, paused_at = NULL, updated_at = $3 WHERE space_id = $1 AND paused_by = $2",
    )
    .bind(space_id)
    .bind(user_id)
    .bind(now)
    .write(db)
    .await?;
    Ok(r.rows_affected() > 0)
}

pub async fn propose_limit(db: &Db, space_id: &str, user_id: &str, limit: i64, now: i64) -> Result<(), sqlx::Error> {
    ensure_rules(db, space_id, now).await?;
    sqlx::query("UPDATE checkin_rules SET proposed_limit = $2, proposed_by = $3, updated_at = $4 WHERE space_id = $1")
        .bind(space_id)
        .bind(limit)
        .bind(user_id)
        .bind(now)
        .write(db)
        .await?;
    Ok(())
}

/// The other member accepts the proposed limit; false when nothing of the partner's waits.
pub async fn accept_limit(db: &Db, space_id: &str, user_id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE checkin_rules SET daily_limit = proposed_limit, proposed_limit = NULL, proposed_by = NULL, updated_at = $3
         WHERE space_id = $1 AND proposed_limit IS NOT NULL AND proposed_by <> $2",
    )
    .bind(space_id)
    .bind(user_id)
    .bind(now)
    .write(db)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// Asks the partner for a check-in, within the agreed rules. The check and the insert run
/// in one write transaction, so simultaneous requests cannot pass the limit together.
pub async fn request_checkin(
    db: &Db,
    space_id: &str,
    requester_id: &str,
    now: i64,
) -> anyhow::Result<Result<(), Refusal>> {
    let mut tx = db.begin_write().await?;
    // On PostgreSQL, a row lock on the space makes concurrent requests take turns.
    sqlx::query("UPDATE spaces SET created_at = created_at WHERE id = $1").bind(space_id).execute(&mut *tx).await?;
    let rules = sqlx::query("SELECT daily_limit, paused_by FROM checkin_rules WHERE space_id = $1")
        .bind(space_id)
        .fetch_optional(&mut *tx)
        .await?;
    let (limit, paused_by) = match rules {
        Some(r) => (r.try_get::<i64, _>("daily_limit")?, r.try_get::<Option<String>, _>("paused_by")?),
        None => (DEFAULT_DAILY_LIMIT, None),
    };
    let recent: Vec<i64> = sqlx::query(REQUESTS_SINCE)
        .bind(space_id)
        .bind(requester_id)
        .bind(now - crate::clock::DAY)
        .fetch_all(&mut *tx)
        .await?
        .into_iter()
        .map(|r| r.try_get("created_at"))
        .collect::<Result<_, _>>()?;
    if let Err(refusal) = may_request(&recent, limit, paused_by.map(|p| p == requester_id), now) {
        return Ok(Err(refusal));
    }
    sqlx::query("INSERT INTO checkin_requests (id, space_id, requester_id, created_at) VALUES ($1, $2, $3, $4)")
        .bind(new_id())
        .bind(space_id)
        .bind(requester_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Requests still open in the space (unanswered, under a day old), oldest first, as
/// (requester, asked at).
pub async fn open_requests(db: &Db, space_id: &str, now: i64) -> Result<Vec<(String, i64)>, sqlx::Error> {
    db.read_all(
        "SELECT requester_id, created_at FROM checkin_requests
         WHERE space_id = $1 AND answered_at IS NULL AND created_at > $2 ORDER BY created_at",
        vec![space_id.into(), (now - REQUEST_OPEN).into()],
    )
    .await?
    .into_iter()
    .map(|r| Ok((r.try_get("requester_id")?, r.try_get("created_at")?)))
    .collect()
}

/// Saves a note. If the partner has a request open, the note answers the oldest one;
/// otherwise it is proactive. Returns whether it answered a request.
pub async fn add_note(
    db: &Db,
    crypto: &Crypto,
    space_id: &str,
    author_id: &str,
    text: &str,
    window: Option<(i64, i64)>,
    now: i64,
) -> anyhow::Result<bool> {
    let id = new_id();
    let sealed = data_key(db, crypto, &user_owner(author_id), now).await?.seal_text(&id, text);
    let mut tx = db.begin_write().await?;
    let answered: Option<String> = sqlx::query(
        "UPDATE checkin_requests SET answered_at = $1
         WHERE id = (SELECT id FROM checkin_requests
                     WHERE space_id = $2 AND requester_id <> $3 AND answered_at IS NULL AND created_at > $4
                     ORDER BY created_at LIMIT 1)
           AND answered_at IS NULL
         RETURNING id",
    )
    .bind(now)
    .bind(space_id)
    .bind(author_id)
    .bind(now - REQUEST_OPEN)
    .fetch_optional(&mut *tx)
    .await?
    .map(|r| r.try_get("id"))
    .transpose()?;
    sqlx::query(
        "INSERT INTO transparency_notes (id, space_id, author_id, body, window_from, window_until, answers_request_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&id)
    .bind(space_id)
    .bind(author_id)
    .bind(sealed)
    .bind(window.map(|w| w.0))
    .bind(window.map(|w| w.1))
    .bind(&answered)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(answered.is_some())
}

/// Notes in the reader's space since `since`, newest first: the reader's own, and the
/// partner's while the partner is still in the space.
pub async fn notes(db: &Db, crypto: &Crypto, space_id: &str, reader_id: &str, since: i64) -> anyhow::Result<Vec<Note>> {
    let rows = db.read_all("SELECT n.id, n.author_id, n.body, n.window_from, n.window_until, n.answers_request_id, n.created_at
         FROM transparency_notes n
         WHERE n.space_id = $2 AND n.created_at >= $3
           AND (n.author_id = $1 OR EXISTS (SELECT 1 FROM memberships a
                WHERE a.space_id = n.space_id AND a.user_id = n.author_id AND a.left_at IS NULL))
           AND EXISTS (SELECT 1 FROM memberships r WHERE r.space_id = n.space_id AND r.user_id = $1 AND r.left_at IS NULL)
         ORDER BY n.created_at DESC LIMIT 200", vec![reader_id.into(), space_id.into(), since.into()])
    .await?;
    let mut out = vec![];
    for r in rows {
        let id: String = r.try_get("id")?;
        let author_id: String = r.try_get("author_id")?;
        let Some(key) = existing_key(db, crypto, &user_owner(&author_id)).await? else { continue };
        let from: Option<i64> = r.try_get("window_from")?;
        let until: Option<i64> = r.try_get("window_until")?;
        out.push(Note {
            text: key.open_text(&id, &r.try_get::<Vec<u8>, _>("body")?)?,
            window: from.zip(until),
            answered_request: r.try_get::<Option<String>, _>("answers_request_id")?.is_some(),
            created_at: r.try_get("created_at")?,
            author_id,
            id,
        });
    }
    Ok(out)
}

/// When this member asked for a check-in since `since`, answered or not.
pub async fn my_requests_since(db: &Db, space_id: &str, user_id: &str, since: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query(REQUESTS_SINCE)
        .bind(space_id)
        .bind(user_id)
        .bind(since)
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .map(|r| r.try_get("created_at"))
        .collect()
}
