//! The audit log: who did what to whom, never what was written. Append-only and chained with
//! keyed tags (HMAC under a key derived from the master key), so `diltalks audit verify`
//! notices an entry edited, removed, or cut from the end — even by someone who can write the
//! database and recompute hashes, as long as they have not the master key.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
mod store;

use crate::db::{Db, Tx};
use store::Entry;

/// What the key for the chain is derived for (`Crypto::subkey`).
pub const KEY_PURPOSE: &str = "audit-chain";

fn encode(seq: i64, at: i64, actor: &str, action: &str, subject: &str, prev: &str) -> Vec<u8> {
    let mut out = vec![];
    for part in [seq.to_string().as_str(), &at.to_string(), actor, action, subject, prev] {
        out.extend((part.len() as u64).to_be_bytes());
        out.extend(part.as_bytes());
    }
    out
}

/// An entry's tag: HMAC-SHA256 under the chain's key, over its fields and the previous tag.
fn entry_tag(key: &[u8], seq: i64, at: i64, actor: &str, action: &str, subject: &str, prev: &str) -> String {
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes keys of any length");
    m.update(&encode(seq, at, actor, action, subject, prev));
    hex::encode(m.finalize().into_bytes())
}

/// The unkeyed hash of the chain before it was keyed: only ever checked once, when re-keying.
fn legacy_hash(seq: i64, at: i64, actor: &str, action: &str, subject: &str, prev: &str) -> String {
    hex::encode(Sha256::digest(encode(seq, at, actor, action, subject, prev)))
}

fn key_of(db: &Db) -> Result<&[u8], sqlx::Error> {
    db.audit_key().ok_or_else(|| sqlx::Error::Configuration("the audit chain's key is not set".into()))
}

/// Appends one entry in its own transaction. The head row's lock makes appends take turns.
pub async fn append(db: &Db, actor: &str, action: &str, subject: &str, at: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    append_in(db, &mut tx, actor, action, subject, at).await?;
    tx.commit().await
}

/// Appends one entry inside the transaction of the action it records: both happen, or neither.
pub async fn append_in(
    db: &Db,
    tx: &mut Tx,
    actor: &str,
    action: &str,
    subject: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    let key = key_of(db)?;
    let (seq, prev_hash) = store::advance_head(tx).await?;
    let hash = entry_tag(key, seq, at, actor, action, subject, &prev_hash);
    let entry = Entry {
        seq,
        at,
        actor_id: actor.to_string(),
        action: action.to_string(),
        subject: subject.to_string(),
        prev_hash,
        hash,
    };
    store::insert(tx, &entry).await
}

/// Once, when this version first starts on a database: checks the old unkeyed chain and, when
/// intact, re-tags every entry under the key, all in one transaction. A broken old chain is
/// left as it is, for `audit verify` to report.
pub async fn key_the_chain(db: &Db) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    if store::is_keyed(&mut tx).await? {
        return Ok(());
    }
    let key = key_of(db)?.to_vec();
    let entries = store::entries_in(&mut tx).await?;
    let mut prev = "0".repeat(64);
    for e in &entries {
        if e.prev_hash != prev || e.hash != legacy_hash(e.seq, e.at, &e.actor_id, &e.action, &e.subject, &prev) {
            // Not blessed with the key: `audit verify` goes on reporting it.
            tracing::error!(entry = e.seq, "the unkeyed audit chain is broken; it was not re-keyed");
            return Ok(());
        }
        prev = e.hash.clone();
    }
    let mut prev = "0".repeat(64);
    for e in &entries {
        let tag = entry_tag(&key, e.seq, e.at, &e.actor_id, &e.action, &e.subject, &prev);
        store::retag(&mut tx, e.seq, &prev, &tag).await?;
        prev = tag;
    }
    store::mark_keyed(&mut tx, &prev).await?;
    tx.commit().await?;
    Ok(())
}

/// Walks the chain; the number of entries when intact, or what is wrong.
pub async fn verify(db: &Db) -> anyhow::Result<Result<i64, String>> {
    let key = key_of(db)?;
    if !store::keyed(db).await? {
        return Ok(Err("the chain has not been keyed: start the server once to key it".into()));
    }
    let entries = store::entries(db).await?;
    let mut expected_seq = 1;
    let mut prev = "0".repeat(64);
    for e in &entries {
        if e.seq != expected_seq {
            return Ok(Err(format!("entry {expected_seq} is missing")));
        }
        let recomputed = entry_tag(key, e.seq, e.at, &e.actor_id, &e.action, &e.subject, &prev);
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
