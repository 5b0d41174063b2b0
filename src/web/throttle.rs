//! Fixed-window throttling kept in the database, so it holds across restarts and instances.

use sqlx::Row;

use crate::db::Db;
use crate::error::AppError;

/// A limit: at most `hits` in `window_ms`.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub hits: i64,
    pub window_ms: i64,
}

/// Counts one hit against `key`; over the limit, answers how long to wait.
pub async fn hit(db: &Db, key: &str, limit: Limit, now: i64) -> Result<(), AppError> {
    let row = sqlx::query(
        "INSERT INTO throttle (key, window_start, hits) VALUES ($1, $2, 1)
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN throttle.window_start <= $3 THEN 1 ELSE throttle.hits + 1 END,
           window_start = CASE WHEN throttle.window_start <= $3 THEN $2 ELSE throttle.window_start END
         RETURNING window_start, hits",
    )
    .bind(key)
    .bind(now)
    .bind(now - limit.window_ms)
    .fetch_one(&db.pool)
    .await?;
    let start: i64 = row.try_get("window_start")?;
    let hits: i64 = row.try_get("hits")?;
    if hits > limit.hits {
        let wait_ms = (start + limit.window_ms - now).max(1000);
        return Err(AppError::TooManyRequests { retry_after_secs: (wait_ms as u64).div_ceil(1000) });
    }
    Ok(())
}

/// Removes windows that have ended, so the table stays small.
pub async fn prune(db: &Db, older_than: i64) -> anyhow::Result<u64> {
    let r = sqlx::query("DELETE FROM throttle WHERE window_start < $1").bind(older_than).execute(&db.pool).await?;
    Ok(r.rows_affected())
}
