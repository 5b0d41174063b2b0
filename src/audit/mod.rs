//! The audit log: who did what to whom, never what was written. Append-only and hash-chained,
//! so `diltalks audit verify` notices an entry edited, removed, or cut from the end.

use sha2::{Digest, Sha256};
mod store;

use crate::db::Db;
use store::Entry;

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
    let (seq, prev_hash) = store::advance_head(&mut tx).await?;
    let hash = entry_hash(seq, at, actor, action, subject, &prev_hash);
    let entry = Entry {
        seq,
        at,
        actor_id: actor.to_string(),
        action: action.to_string(),
        subject: subject.to_string(),
        prev_hash,
        hash,
    };
    store::insert(&mut tx, &entry).await?;
    tx.commit().await
}

/// Walks the chain; the number of entries when intact, or what is wrong.
pub async fn verify(db: &Db) -> anyhow::Result<Result<i64, String>> {
    let entries = store::entries(db).await?;
    let mut expected_seq = 1;
    let mut prev = "0".repeat(64);
    for e in &entries {
        if e.seq != expected_seq {
            return Ok(Err(format!("entry {expected_seq} is missing")));
        }
        let recomputed = entry_hash(e.seq, e.at, &e.actor_id, &e.action, &e.subject, &prev);
        if e.prev_hash != prev || e.hash != recomputed {
            return Ok(Err(format!("entry {} was changed", e.seq)));
        }
        prev = e.hash.clone();
        expected_seq += 1;
    }
    let (head_seq, head_hash) = store::head(db).await?;
    if head_seq != expected_seq - 1 || head_hash != prev {
        return Ok(Err(format!("entries after {} are missing", expected_seq - 1)));
    }
    Ok(Ok(entries.len() as i64))
}
