//! Data keys and the master-key check, in the database.

use anyhow::Context;
use sqlx::Row;

use super::{Crypto, Key};
use crate::db::Db;

/// The data key of `owner_id`, created on first use. Concurrent first uses agree on one key.
pub async fn data_key(db: &Db, crypto: &Crypto, owner_id: &str, now: i64) -> anyhow::Result<Key> {
    if let Some(key) = existing_key(db, crypto, owner_id).await? {
        return Ok(key);
    }
    let fresh = Key::random();
    sqlx::query(
        "INSERT INTO data_keys (owner_id, wrapped, created_at) VALUES ($1, $2, $3) ON CONFLICT (owner_id) DO NOTHING",
    )
    .bind(owner_id)
    .bind(crypto.wrap(owner_id, &fresh))
    .bind(now)
    .execute(&db.pool)
    .await?;
    existing_key(db, crypto, owner_id).await?.context("data key vanished right after it was stored")
}

/// The data key of `owner_id` if it exists. None once it was destroyed.
pub async fn existing_key(db: &Db, crypto: &Crypto, owner_id: &str) -> anyhow::Result<Option<Key>> {
    let row = sqlx::query("SELECT wrapped FROM data_keys WHERE owner_id = $1")
        .bind(owner_id)
        .fetch_optional(&db.pool)
        .await?;
    match row {
        Some(r) => Ok(Some(crypto.unwrap(owner_id, &r.try_get::<Vec<u8>, _>("wrapped")?)?)),
        None => Ok(None),
    }
}

/// Destroys a data key: whatever was sealed under it can no longer be read, backups included.
pub async fn destroy_key(db: &Db, owner_id: &str) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM data_keys WHERE owner_id = $1").bind(owner_id).execute(&db.pool).await?;
    Ok(())
}

/// Fails loudly when the master key does not belong to this database; stores the check on first run.
pub async fn check_master_key(db: &Db, crypto: &Crypto) -> anyhow::Result<()> {
    let row = sqlx::query("SELECT value FROM meta WHERE key = 'key_check'").fetch_optional(&db.pool).await?;
    match row {
        Some(r) => {
            let stored: Vec<u8> = r.try_get("value")?;
            if !crypto.verify_key_check(&stored) {
                anyhow::bail!(
                    "the master key does not match this database: refusing to start. \
                     Use the key file that was created with this database."
                );
            }
        }
        None => {
            sqlx::query("INSERT INTO meta (key, value) VALUES ('key_check', $1) ON CONFLICT (key) DO NOTHING")
                .bind(crypto.key_check())
                .execute(&db.pool)
                .await?;
        }
    }
    Ok(())
}
