//! Data keys and the master-key check, in the database.

use crate::db::Write as _;
use anyhow::Context;

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
    .write(db)
    .await?;
    existing_key(db, crypto, owner_id).await?.context("data key vanished right after it was stored")
}

/// The data key of `owner_id` if it exists. None once it was destroyed.
pub async fn existing_key(db: &Db, crypto: &Crypto, owner_id: &str) -> anyhow::Result<Option<Key>> {
    let row = db.read_optional("SELECT wrapped FROM data_keys WHERE owner_id = $1", vec![owner_id.into()]).await?;
    match row {
        Some(r) => Ok(Some(crypto.unwrap(owner_id, &r.try_get::<Vec<u8>, _>("wrapped")?)?)),
        None => Ok(None),
    }
}

/// Destroys a data key: whatever was sealed under it can no longer be read, backups included.
pub async fn destroy_key(db: &Db, owner_id: &str) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM data_keys WHERE owner_id = $1").bind(owner_id).write(db).await?;
    Ok(())
}

/// Fails loudly when the master key does not belong to this database; stores the check on first run.
pub async fn check_master_key(db: &Db, crypto: &Crypto) -> anyhow::Result<()> {
    let row = db.read_optional("SELECT value FROM meta WHERE key = 'key_check'", vec![]).await?;
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
                .write(db)
                .await?;
        }
    }
    Ok(())
}

/// Writes every wrapped data key to `path` (0600), for the key backup that is kept apart from
/// database backups and replaced, not accumulated: a deletion is final for backups once the
/// key backup taken after it has replaced the older ones. The keys stay wrapped by the master
/// key, so this file alone opens nothing either.
pub async fn write_key_backup(db: &Db, path: &std::path::Path) -> anyhow::Result<usize> {
    anyhow::ensure!(!path.exists(), "{} exists already; choose a new file", path.display());
    let rows = db.read_all("SELECT owner_id, wrapped, created_at FROM data_keys ORDER BY owner_id", vec![]).await?;
    let keys: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            Ok(serde_json::json!({
                "owner": r.try_get::<String, _>("owner_id")?,
                "wrapped": hex::encode(r.try_get::<Vec<u8>, _>("wrapped")?),
                "created_at": r.try_get::<i64, _>("created_at")?,
            }))
        })
        .collect::<Result<_, sqlx::Error>>()?;
    let text = serde_json::to_string(&serde_json::json!({ "format": "diltalks-keys/1", "keys": keys }))?;
    write_private(path, text.as_bytes())?;
    Ok(rows.len())
}

/// Loads a key backup into the database (after restoring a database backup, which carries no
/// keys). Keys already present are left as they are.
pub async fn restore_key_backup(db: &Db, path: &std::path::Path) -> anyhow::Result<usize> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let v: serde_json::Value = serde_json::from_str(&text).context("the key backup is not JSON")?;
    anyhow::ensure!(v["format"] == "diltalks-keys/1", "{} is not a DilTalks key backup", path.display());
    let mut added = 0;
    for k in v["keys"].as_array().context("no keys in the key backup")? {
        let owner = k["owner"].as_str().context("a key without owner")?;
        let wrapped = hex::decode(k["wrapped"].as_str().context("a key without bytes")?)?;
        let created_at = k["created_at"].as_i64().unwrap_or(0);
        let r = sqlx::query(
            "INSERT INTO data_keys (owner_id, wrapped, created_at) VALUES ($1, $2, $3) ON CONFLICT (owner_id) DO NOTHING",
        )
        .bind(owner)
        .bind(wrapped)
        .bind(created_at)
        .write(db)
        .await?;
        added += r.rows_affected() as usize;
    }
    Ok(added)
}

fn write_private(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut f = opts.open(path).with_context(|| format!("creating {}", path.display()))?;
    f.write_all(bytes)?;
    f.sync_all()?;
    Ok(())
}
