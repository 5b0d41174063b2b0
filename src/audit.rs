//! The audit log: who did what to whom, never what was written. Append-only and hash-chained,
//! so `diltalks audit verify` notices an entry edited, removed, or cut from the end.

use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::db::Db;

fn entry_hash(seq: i64, at: i64, actor: &str, action: &str, subject: &str, prev: &str) -> String {
    let mut h = Sha256::new();
    for part in [seq.to_string().as_str(), &at.to_string(), actor, action, subject, prev] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// Appends one entry. The head row's lock makes concurrent appends take turns.
pub async fn append(db: &Db, actor: &str, action: &str, subject: &str, at: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let head = sqlx::query("UPDATE audit_head SET seq = seq + 1 WHERE id = 'head' RETURNING seq, hash")
        .fetch_one(&mut *tx)
        .await?;
    let seq: i64 = head.try_get("seq")?;
    let prev: String = head.try_get("hash")?;
    let hash = entry_hash(seq, at, actor, action, subject, &prev);
    sqlx::query(
        "INSERT INTO audit_log (seq, at, actor_id, action, subject, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(seq)
    .bind(at)
    .bind(actor)
    .bind(action)
    .bind(subject)
    .bind(&prev)
    .bind(&hash)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE audit_head SET hash = $1 WHERE id = 'head'").bind(&hash).execute(&mut *tx).await?;
    tx.commit().await
}

/// Walks the chain; the number of entries when intact, or what is wrong.
pub async fn verify(db: &Db) -> anyhow::Result<Result<i64, String>> {
    let rows = db
        .read_all("SELECT seq, at, actor_id, action, subject, prev_hash, hash FROM audit_log ORDER BY seq", vec![])
        .await?;
    let mut expected_seq = 1;
    let mut prev = "0".repeat(64);
    for r in &rows {
        let seq: i64 = r.try_get("seq")?;
        if seq != expected_seq {
            return Ok(Err(format!("entry {expected_seq} is missing")));
        }
        let stored_prev: String = r.try_get("prev_hash")?;
        let stored: String = r.try_get("hash")?;
        let recomputed = entry_hash(
            seq,
            r.try_get("at")?,
            &r.try_get::<String, _>("actor_id")?,
            &r.try_get::<String, _>("action")?,
            &r.try_get::<String, _>("subject")?,
            &prev,
        );
        if stored_prev != prev || stored != recomputed {
            return Ok(Err(format!("entry {seq} was changed")));
        }
        prev = stored;
        expected_seq += 1;
    }
    let head = db.read_one("SELECT seq, hash FROM audit_head WHERE id = 'head'", vec![]).await?;
    let (head_seq, head_hash): (i64, String) = (head.try_get("seq")?, head.try_get("hash")?);
    if head_seq != expected_seq - 1 || head_hash != prev {
        return Ok(Err(format!("entries after {} are missing", expected_seq - 1)));
    }
    Ok(Ok(rows.len() as i64))
}
