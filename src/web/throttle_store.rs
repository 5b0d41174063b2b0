//! Throttling's SQL: one row per key with its window's start and hits.

use crate::db::Write as _;
use sqlx::Row;

use crate::db::Db;

/// Counts a hit against `key` in one statement, starting a new window at `now` when the
/// current one began at or before `expired_before`; the window's start and hits so far.
pub async fn count(db: &Db, key: &str, now: i64, expired_before: i64) -> Result<(i64, i64), sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO throttle (key, window_start, hits) VALUES ($1, $2, 1)
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN throttle.window_start <= $3 THEN 1 ELSE throttle.hits + 1 END,
           window_start = CASE WHEN throttle.window_start <= $3 THEN $2 ELSE throttle.window_start END
         RETURNING window_start, hits",
    )
    .bind(key)
    .bind(now)
    .bind(expired_before)
    .fetch_one(&db.pool)
    .await?;
    Ok((row.try_get("window_start")?, row.try_get("hits")?))
}

/// The live window of `key` (begun after `expired_before`): its start and hits so far.
pub async fn current(db: &Db, key: &str, expired_before: i64) -> Result<Option<(i64, i64)>, sqlx::Error> {
    let row = db
        .read_optional(
            "SELECT window_start, hits FROM throttle WHERE key = $1 AND window_start > $2",
            vec![key.into(), expired_before.into()],
        )
        .await?;
    row.map(|r| Ok((r.try_get("window_start")?, r.try_get("hits")?))).transpose()
}

/// Removes windows that began before `older_than`.
pub async fn prune(db: &Db, older_than: i64) -> Result<u64, sqlx::Error> {
    let r = sqlx::query("DELETE FROM throttle WHERE window_start < $1").bind(older_than).write(db).await?;
    Ok(r.rows_affected())
}
