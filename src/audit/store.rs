//! The audit log's SQL: the head row (sequence and last hash) and the entries.

use sqlx::Row;

use crate::db::read::ReadRow;
use crate::db::{Db, Tx};

/// One entry of the chain.
pub struct Entry {
    pub seq: i64,
    pub at: i64,
    pub actor_id: String,
    pub action: String,
    pub subject: String,
    pub prev_hash: String,
    pub hash: String,
}

/// Takes the next sequence number, holding the head row until the transaction ends; with the
/// hash of the entry before it.
pub async fn advance_head(tx: &mut Tx) -> Result<(i64, String), sqlx::Error> {
    let head = sqlx::query("UPDATE audit_head SET seq = seq + 1 WHERE id = 'head' RETURNING seq, hash")
        .fetch_one(&mut **tx)
        .await?;
    Ok((head.try_get("seq")?, head.try_get("hash")?))
}

/// Stores the entry and makes it the head.
pub async fn insert(tx: &mut Tx, e: &Entry) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (seq, at, actor_id, action, subject, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(e.seq)
    .bind(e.at)
    .bind(&e.actor_id)
    .bind(&e.action)
    .bind(&e.subject)
    .bind(&e.prev_hash)
    .bind(&e.hash)
    .execute(&mut **tx)
    .await?;
    sqlx::query("UPDATE audit_head SET hash = $1 WHERE id = 'head'").bind(&e.hash).execute(&mut **tx).await?;
    Ok(())
}

fn entry(r: &ReadRow) -> Result<Entry, sqlx::Error> {
    Ok(Entry {
        seq: r.try_get("seq")?,
        at: r.try_get("at")?,
        actor_id: r.try_get("actor_id")?,
        action: r.try_get("action")?,
        subject: r.try_get("subject")?,
        prev_hash: r.try_get("prev_hash")?,
        hash: r.try_get("hash")?,
    })
}

/// Every entry, in order.
pub async fn entries(db: &Db) -> Result<Vec<Entry>, sqlx::Error> {
    db.read_all("SELECT seq, at, actor_id, action, subject, prev_hash, hash FROM audit_log ORDER BY seq", vec![])
        .await?
        .iter()
        .map(entry)
        .collect()
}

/// The head: the last sequence number and hash.
pub async fn head(db: &Db) -> Result<(i64, String), sqlx::Error> {
    let r = db.read_one("SELECT seq, hash FROM audit_head WHERE id = 'head'", vec![]).await?;
    Ok((r.try_get("seq")?, r.try_get("hash")?))
}

/// Whether the chain has been keyed (inside the re-keying transaction).
pub async fn is_keyed(tx: &mut Tx) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("SELECT keyed FROM audit_head WHERE id = 'head'").fetch_one(&mut **tx).await?;
    Ok(r.try_get::<i64, _>("keyed")? == 1)
}

pub async fn keyed(db: &Db) -> Result<bool, sqlx::Error> {
    let r = db.read_one("SELECT keyed FROM audit_head WHERE id = 'head'", vec![]).await?;
    Ok(r.try_get::<i64, _>("keyed")? == 1)
}

/// Every entry, in order, inside a transaction.
pub async fn entries_in(tx: &mut Tx) -> Result<Vec<Entry>, sqlx::Error> {
    let rows = sqlx::query("SELECT seq, at, actor_id, action, subject, prev_hash, hash FROM audit_log ORDER BY seq")
        .fetch_all(&mut **tx)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Entry {
                seq: r.try_get("seq")?,
                at: r.try_get("at")?,
                actor_id: r.try_get("actor_id")?,
                action: r.try_get("action")?,
                subject: r.try_get("subject")?,
                prev_hash: r.try_get("prev_hash")?,
                hash: r.try_get("hash")?,
            })
        })
        .collect()
}

pub async fn retag(tx: &mut Tx, seq: i64, prev: &str, tag: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE audit_log SET prev_hash = $2, hash = $3 WHERE seq = $1")
        .bind(seq)
        .bind(prev)
        .bind(tag)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn mark_keyed(tx: &mut Tx, head: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE audit_head SET keyed = 1, hash = $1 WHERE id = 'head'").bind(head).execute(&mut **tx).await?;
    Ok(())
}
