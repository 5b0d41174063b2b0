//! The journal's SQL. Reads take the reader's id and decide access in the query itself:
//! the author always; the partner only for a shared entry while both are in that space.

use crate::db::Write as _;
use crate::db::read::ReadRow;

use super::model::Visibility;
use crate::crypto::Crypto;
use crate::crypto::store::{data_key, existing_key};
use crate::db::{Db, new_id};
use crate::spaces::store::readable_by_reader;

#[derive(Clone, Debug)]
pub struct Entry {
    pub id: String,
    pub author_id: String,
    pub author_name: String,
    pub visibility: Visibility,
    pub text: String,
    pub created_at: i64,
    pub updated_at: i64,
}

pub fn owner_id(user_id: &str) -> String {
    format!("user:{user_id}")
}

const COLS: &str = "e.id, e.author_id, u.display_name, e.visibility, e.body, e.created_at, e.updated_at";

async fn open_row(db: &Db, crypto: &Crypto, r: ReadRow) -> anyhow::Result<Option<Entry>> {
    let id: String = r.try_get("id")?;
    let author_id: String = r.try_get("author_id")?;
    // A destroyed key means the author erased their data: the entry is gone for everyone.
    let Some(key) = existing_key(db, crypto, &owner_id(&author_id)).await? else {
        return Ok(None);
    };
    let text = key.open_text(&id, &r.try_get::<Vec<u8>, _>("body")?)?;
    Ok(Some(Entry {
        id,
        author_id,
        author_name: r.try_get("display_name")?,
        visibility: Visibility::parse(&r.try_get::<String, _>("visibility")?),
        text,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
    }))
}

/// What an author writes: the text, who may read it, and the space it is shared into.
pub struct EntryWrite<'a> {
    pub text: &'a str,
    pub visibility: Visibility,
    pub space_id: Option<&'a str>,
}

pub async fn create(db: &Db, crypto: &Crypto, author_id: &str, w: &EntryWrite<'_>, now: i64) -> anyhow::Result<String> {
    let id = new_id();
    let key = data_key(db, crypto, &owner_id(author_id), now).await?;
    sqlx::query(
        "INSERT INTO journal_entries (id, author_id, space_id, visibility, body, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)",
    )
    .bind(&id)
    .bind(author_id)
    .bind(w.space_id)
    .bind(w.visibility.as_str())
    .bind(key.seal_text(&id, w.text))
    .bind(now)
    .write(db)
    .await?;
    Ok(id)
}

/// One entry, if `reader_id` may see it.
pub async fn get(db: &Db, crypto: &Crypto, id: &str, reader_id: &str) -> anyhow::Result<Option<Entry>> {
    let row = db
        .read_optional(
            &format!(
                "SELECT {COLS} FROM journal_entries e JOIN users u ON u.id = e.author_id WHERE e.id = $2 AND {}",
                readable_by_reader("e", "author_id")
            ),
            vec![reader_id.into(), id.into()],
        )
        .await?;
    match row {
        Some(r) => open_row(db, crypto, r).await,
        None => Ok(None),
    }
}

/// Every entry `reader_id` may see, newest first.
pub async fn list(db: &Db, crypto: &Crypto, reader_id: &str) -> anyhow::Result<Vec<Entry>> {
    let rows = db
        .read_all(
            &format!(
                "SELECT {COLS} FROM journal_entries e JOIN users u ON u.id = e.author_id WHERE {}
         ORDER BY e.created_at DESC LIMIT 200",
                readable_by_reader("e", "author_id")
            ),
            vec![reader_id.into()],
        )
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        if let Some(e) = open_row(db, crypto, r).await? {
            out.push(e);
        }
    }
    Ok(out)
}

/// Rewrites the author's own entry; someone else's id changes nothing and answers false.
pub async fn update(
    db: &Db,
    crypto: &Crypto,
    id: &str,
    author_id: &str,
    w: &EntryWrite<'_>,
    now: i64,
) -> anyhow::Result<bool> {
    let key = data_key(db, crypto, &owner_id(author_id), now).await?;
    let r = sqlx::query(
        "UPDATE journal_entries SET body = $1, visibility = $2, space_id = $3, updated_at = $4
         WHERE id = $5 AND author_id = $6",
    )
    .bind(key.seal_text(id, w.text))
    .bind(w.visibility.as_str())
    .bind(w.space_id)
    .bind(now)
    .bind(id)
    .bind(author_id)
    .write(db)
    .await?;
    Ok(r.rows_affected() > 0)
}

pub async fn delete(db: &Db, id: &str, author_id: &str) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("DELETE FROM journal_entries WHERE id = $1 AND author_id = $2")
        .bind(id)
        .bind(author_id)
        .write(db)
        .await?;
    Ok(r.rows_affected() > 0)
}

/// What a member owns in the journal, deleted with their account (`accounts::deletion`).
pub const MEMBER_ROWS: &[&str] = &["DELETE FROM journal_entries WHERE author_id = $1"];

/// Deletes what a member owns here, inside account deletion's transaction.
pub async fn delete_member(tx: &mut crate::db::Tx, user_id: &str) -> Result<(), sqlx::Error> {
    crate::db::delete_for(tx, MEMBER_ROWS, user_id).await
}
