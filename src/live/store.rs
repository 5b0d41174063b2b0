//! The live hub's SQL on PostgreSQL: NOTIFY, and events too large for a notification's
//! payload, stored for the listeners to fetch.

use crate::db::Write as _;
use sqlx::Row;

use crate::db::{Db, new_id};

/// Stores a large event's payload; its id travels in the notification instead.
pub async fn spill(db: &Db, payload: &str, now: i64) -> Result<String, sqlx::Error> {
    let id = new_id();
    sqlx::query("INSERT INTO live_spill (id, payload, created_at) VALUES ($1, $2, $3)")
        .bind(&id)
        .bind(payload)
        .bind(now)
        .write(db)
        .await?;
    Ok(id)
}

/// A stored large event's payload.
pub async fn spilled(db: &Db, id: &str) -> Result<String, sqlx::Error> {
    let row = sqlx::query("SELECT payload FROM live_spill WHERE id = $1").bind(id).fetch_one(&db.pool).await?;
    row.try_get("payload")
}

/// Tells every instance listening on `channel`.
pub async fn notify(db: &Db, channel: &str, payload: &str) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_notify($1, $2)").bind(channel).bind(payload).write(db).await?;
    Ok(())
}

/// Deletes stored large events older than `before`.
pub async fn prune(db: &Db, before: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM live_spill WHERE created_at < $1").bind(before).write(db).await?;
    Ok(())
}
