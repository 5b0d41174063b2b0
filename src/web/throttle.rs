//! Fixed-window throttling kept in the database, so it holds across restarts and instances.

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
    let (start, hits) = super::throttle_store::count(db, key, now, now - limit.window_ms).await?;
    if hits > limit.hits {
        let wait_ms = (start + limit.window_ms - now).max(1000);
        return Err(AppError::TooManyRequests { retry_after_secs: (wait_ms as u64).div_ceil(1000) });
    }
    Ok(())
}

/// Counts one hit against `key`; over the limit, how many seconds until the window ends.
pub async fn over(db: &Db, key: &str, limit: Limit, now: i64) -> Result<Option<u64>, AppError> {
    let (start, hits) = super::throttle_store::count(db, key, now, now - limit.window_ms).await?;
    Ok((hits > limit.hits).then(|| ((start + limit.window_ms - now).max(1000) as u64).div_ceil(1000)))
}

/// Whether `key` is over the limit already, without counting a hit: for limits that count
/// only failures (`hit` after one). Over it, how many seconds until the window ends.
pub async fn blocked(db: &Db, key: &str, limit: Limit, now: i64) -> Result<Option<u64>, AppError> {
    let Some((start, hits)) = super::throttle_store::current(db, key, now - limit.window_ms).await? else {
        return Ok(None);
    };
    Ok((hits > limit.hits).then(|| ((start + limit.window_ms - now).max(1000) as u64).div_ceil(1000)))
}

/// Removes windows that have ended, so the table stays small.
pub async fn prune(db: &Db, older_than: i64) -> anyhow::Result<u64> {
    Ok(super::throttle_store::prune(db, older_than).await?)
}
