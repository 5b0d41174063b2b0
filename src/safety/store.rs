//! The safety check's SQL. Answers are sealed under the member's own key.

use crate::db::Write as _;
use serde::{Deserialize, Serialize};

use crate::crypto::Crypto;
use crate::crypto::store::{data_key, existing_key};
use crate::db::{Db, new_id};
use crate::journal::store::owner_id as user_owner;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Check {
    pub answers: [i64; 6],
    pub concerning: bool,
    pub told_counsellor: bool,
}

pub async fn save(db: &Db, crypto: &Crypto, user_id: &str, c: &Check, now: i64) -> anyhow::Result<()> {
    let id = new_id();
    let sealed = data_key(db, crypto, &user_owner(user_id), now).await?.seal_text(&id, &serde_json::to_string(c)?);
    sqlx::query("INSERT INTO safety_checks (id, user_id, body, created_at) VALUES ($1, $2, $3, $4)")
        .bind(&id)
        .bind(user_id)
        .bind(sealed)
        .bind(now)
        .write(db)
        .await?;
    Ok(())
}

/// The member's latest check and when, if any.
pub async fn latest(db: &Db, crypto: &Crypto, user_id: &str) -> anyhow::Result<Option<(Check, i64)>> {
    let row = db
        .read_optional(
            "SELECT id, body, created_at FROM safety_checks WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1",
            vec![user_id.into()],
        )
        .await?;
    let Some(r) = row else { return Ok(None) };
    let Some(key) = existing_key(db, crypto, &user_owner(user_id)).await? else { return Ok(None) };
    let id: String = r.try_get("id")?;
    let check: Check = serde_json::from_str(&key.open_text(&id, &r.try_get::<Vec<u8>, _>("body")?)?)?;
    Ok(Some((check, r.try_get("created_at")?)))
}

/// When the member last answered, without opening anything.
pub async fn last_at(db: &Db, user_id: &str) -> Result<Option<i64>, sqlx::Error> {
    db.read_one("SELECT MAX(created_at) AS t FROM safety_checks WHERE user_id = $1", vec![user_id.into()])
        .await?
        .try_get("t")
}

/// Deletes every answer the member gave (alerts already sent stay with the counsellor).
pub async fn delete_all(db: &Db, user_id: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM safety_checks WHERE user_id = $1").bind(user_id).write(db).await?;
    Ok(())
}

pub async fn alert(db: &Db, client_id: &str, counsellor_id: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO safety_alerts (id, client_id, counsellor_id, created_at) VALUES ($1, $2, $3, $4)")
        .bind(new_id())
        .bind(client_id)
        .bind(counsellor_id)
        .bind(now)
        .write(db)
        .await?;
    Ok(())
}

/// When the client asked DilTalks to tell this counsellor, newest first.
pub async fn alerts_for(db: &Db, counsellor_id: &str, client_id: &str) -> Result<Vec<i64>, sqlx::Error> {
    db.read_all(
        "SELECT created_at FROM safety_alerts WHERE counsellor_id = $1 AND client_id = $2 ORDER BY created_at DESC",
        vec![counsellor_id.into(), client_id.into()],
    )
    .await?
    .into_iter()
    .map(|r| r.try_get("created_at"))
    .collect()
}

/// A member's safety checks, and alerts to or about them, deleted with their account.
pub const MEMBER_ROWS: &[&str] = &[
    "DELETE FROM safety_checks WHERE user_id = $1",
    "DELETE FROM safety_alerts WHERE client_id = $1 OR counsellor_id = $1",
];

/// Deletes what a member owns here, inside account deletion's transaction.
pub async fn delete_member(tx: &mut crate::db::Tx, user_id: &str) -> Result<(), sqlx::Error> {
    crate::db::delete_for(tx, MEMBER_ROWS, user_id).await
}
