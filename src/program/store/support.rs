//! Step 6's SQL: when a member last did something in the program, and the individual
//! track's thought log (sealed under the author's key, never shared).

use crate::db::Write as _;
use serde::{Deserialize, Serialize};

use crate::clock::MINUTE;
use crate::crypto::Crypto;
use crate::crypto::store::{data_key, existing_key};
use crate::db::{Db, new_id};
use crate::journal::store::owner_id as user_owner;

/// Records that the member did something in the program; written at most once a minute.
pub async fn touch_activity(db: &Db, user_id: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE program_members SET last_active_at = $2
         WHERE user_id = $1 AND (last_active_at IS NULL OR last_active_at < $3)",
    )
    .bind(user_id)
    .bind(now)
    .bind(now - MINUTE)
    .write(db)
    .await?;
    Ok(())
}

/// When the member last did something in the program (choosing a perspective counts).
pub async fn last_activity(db: &Db, user_id: &str) -> Result<Option<i64>, sqlx::Error> {
    let row = db
        .read_optional(
            "SELECT last_active_at, started_at FROM program_members WHERE user_id = $1",
            vec![user_id.into()],
        )
        .await?;
    row.map(|r| Ok(r.try_get::<Option<i64>, _>("last_active_at")?.unwrap_or(r.try_get("started_at")?))).transpose()
}

/// One thought-log entry: what happened, the worrying thought, what I know for sure, and
/// another way of seeing it.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Thought {
    pub situation: String,
    pub thought: String,
    pub evidence: String,
    pub reframe: String,
}

pub async fn add_thought(db: &Db, crypto: &Crypto, author_id: &str, t: &Thought, now: i64) -> anyhow::Result<()> {
    let id = new_id();
    let sealed = data_key(db, crypto, &user_owner(author_id), now).await?.seal_text(&id, &serde_json::to_string(t)?);
    sqlx::query("INSERT INTO thought_logs (id, author_id, body, created_at) VALUES ($1, $2, $3, $4)")
        .bind(&id)
        .bind(author_id)
        .bind(sealed)
        .bind(now)
        .write(db)
        .await?;
    Ok(())
}

/// One of the author's own entries.
pub struct StoredThought {
    pub id: String,
    pub thought: Thought,
    pub written_at: i64,
}

/// The author's own entries, newest first.
pub async fn own_thoughts(db: &Db, crypto: &Crypto, author_id: &str) -> anyhow::Result<Vec<StoredThought>> {
    let rows = db
        .read_all(
            "SELECT id, body, created_at FROM thought_logs WHERE author_id = $1 ORDER BY created_at DESC LIMIT 50",
            vec![author_id.into()],
        )
        .await?;
    let Some(key) = existing_key(db, crypto, &user_owner(author_id)).await? else { return Ok(vec![]) };
    rows.into_iter()
        .map(|r| {
            let id: String = r.try_get("id")?;
            let sealed: Vec<u8> = r.try_get("body")?;
            let t: Thought = serde_json::from_str(&key.open_text(&id, &sealed)?)?;
            Ok(StoredThought { id, thought: t, written_at: r.try_get("created_at")? })
        })
        .collect()
}

/// Deletes one of the author's own entries; false when there is no such entry of theirs.
pub async fn delete_thought(db: &Db, author_id: &str, id: &str) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("DELETE FROM thought_logs WHERE id = $1 AND author_id = $2")
        .bind(id)
        .bind(author_id)
        .write(db)
        .await?;
    Ok(r.rows_affected() > 0)
}
