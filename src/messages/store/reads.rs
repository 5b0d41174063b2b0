//! Read positions, unread counts and notices, and the counsellor's stated reply time.

use crate::db::Write as _;
use std::collections::HashMap;

use crate::db::Db;

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
    .write(db)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// Each participant's read position in a thread.
pub async fn read_positions(db: &Db, thread_id: &str) -> Result<HashMap<String, i64>, sqlx::Error> {
    db.read_all("SELECT user_id, last_read_seq FROM thread_reads WHERE thread_id = $1", vec![thread_id.into()])
        .await?
        .into_iter()
        .map(|r| Ok((r.try_get("user_id")?, r.try_get("last_read_seq")?)))
        .collect()
}

/// How many threads hold something unread for this person.
pub async fn unread_threads(db: &Db, user_id: &str) -> Result<i64, sqlx::Error> {
    db.read_one(
        "SELECT COUNT(*) AS n FROM thread_reads WHERE user_id = $1 AND unread_since IS NOT NULL",
        vec![user_id.into()],
    )
    .await?
    .try_get("n")
}

/// Unread notices that are due, as (user id, thread id).
pub async fn due_notices(db: &Db, now: i64) -> Result<Vec<(String, String)>, sqlx::Error> {
    db.read_all(
        "SELECT user_id, thread_id FROM thread_reads WHERE notify_at IS NOT NULL AND notify_at <= $1 LIMIT 500",
        vec![now.into()],
    )
    .await?
    .into_iter()
    .map(|r| Ok((r.try_get("user_id")?, r.try_get("thread_id")?)))
    .collect()
}

/// Claims one notice; of several instances, one gets true and sends it.
/// Claims a due unread-message note and queues its mail in the same transaction; false when
/// another instance claimed it first.
pub async fn claim_notice(
    db: &Db,
    (user_id, thread_id): (&str, &str),
    mail: &[crate::mail::Prepared],
    now: i64,
) -> Result<bool, sqlx::Error> {
    let claim = sqlx::query(
        "UPDATE thread_reads SET notify_at = NULL
         WHERE user_id = $1 AND thread_id = $2 AND notify_at IS NOT NULL AND notify_at <= $3",
    )
    .bind(user_id)
    .bind(thread_id)
    .bind(now);
    crate::mail::claim_with(db, claim, mail, now).await
}

/// Where a member's unread-message notes go: their address, while the account is active.
pub async fn notice_address(db: &Db, user_id: &str) -> Result<Option<String>, sqlx::Error> {
    db.read_optional(
        "SELECT email FROM users WHERE id = $1 AND deleted_at IS NULL AND disabled_at IS NULL",
        vec![user_id.into()],
    )
    .await?
    .map(|r| r.try_get("email"))
    .transpose()
}

pub async fn reply_hours(db: &Db, counsellor_id: &str) -> Result<Option<i64>, sqlx::Error> {
    Ok(db
        .read_optional("SELECT reply_hours FROM counsellor_profiles WHERE user_id = $1", vec![counsellor_id.into()])
        .await?
        .map(|r| r.try_get::<Option<i64>, _>("reply_hours"))
        .transpose()?
        .flatten())
}

pub async fn set_reply_hours(db: &Db, counsellor_id: &str, hours: Option<i64>) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("UPDATE counsellor_profiles SET reply_hours = $1 WHERE user_id = $2")
        .bind(hours)
        .bind(counsellor_id)
        .write(db)
        .await?;
    Ok(r.rows_affected() > 0)
}
