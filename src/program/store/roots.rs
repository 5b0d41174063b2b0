//! Step 5's SQL: reflections and named needs, private unless shared.

use crate::crypto::Crypto;
use crate::crypto::store::{data_key, existing_key};
use crate::db::Write as _;
use crate::db::{Db, new_id};
use crate::journal::model::Visibility;
use crate::journal::store::owner_id as user_owner;
use crate::spaces::store::readable_by_reader;

/// A reflection or a need as a reader sees it.
#[derive(Clone, Debug)]
pub struct Written {
    pub id: String,
    pub author_id: String,
    pub author_name: String,
    pub prompt: Option<String>,
    pub visibility: Visibility,
    pub text: String,
    pub created_at: i64,
}

pub struct NewWritten<'a> {
    pub prompt: Option<&'a str>,
    pub text: &'a str,
    pub visibility: Visibility,
    pub space_id: Option<&'a str>,
}

/// Adds a reflection (with a prompt) or a need (without), sealed under the author's key.
pub async fn add_written(
    db: &Db,
    crypto: &Crypto,
    author_id: &str,
    w: &NewWritten<'_>,
    now: i64,
) -> anyhow::Result<()> {
    let id = new_id();
    let key = data_key(db, crypto, &user_owner(author_id), now).await?;
    let sealed = key.seal_text(&id, w.text);
    match w.prompt {
        Some(prompt) => sqlx::query(
            "INSERT INTO reflections (id, author_id, space_id, prompt, visibility, body, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&id)
        .bind(author_id)
        .bind(w.space_id)
        .bind(prompt)
        .bind(w.visibility.as_str())
        .bind(sealed)
        .bind(now)
        .write(db)
        .await?,
        None => sqlx::query("INSERT INTO needs (id, author_id, space_id, visibility, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(&id)
            .bind(author_id)
            .bind(w.space_id)
            .bind(w.visibility.as_str())
            .bind(sealed)
            .bind(now)
            .write(db)
            .await?,
    };
    Ok(())
}

/// Reflections (`reflections = true`) or needs the reader may read, newest first.
pub async fn readable(db: &Db, crypto: &Crypto, reader_id: &str, reflections: bool) -> anyhow::Result<Vec<Written>> {
    let (table, prompt) = if reflections { ("reflections", "w.prompt") } else { ("needs", "NULL") };
    let rows = db
        .read_all(
            &format!(
                "SELECT w.id, w.author_id, u.display_name, {prompt} AS prompt, w.visibility, w.body, w.created_at
         FROM {table} w JOIN users u ON u.id = w.author_id WHERE {} ORDER BY w.created_at DESC LIMIT 200",
                readable_by_reader("w", "author_id")
            ),
            vec![reader_id.into()],
        )
        .await?;
    let mut out = vec![];
    for r in rows {
        let id: String = r.try_get("id")?;
        let author_id: String = r.try_get("author_id")?;
        let Some(key) = existing_key(db, crypto, &user_owner(&author_id)).await? else { continue };
        out.push(Written {
            text: key.open_text(&id, &r.try_get::<Vec<u8>, _>("body")?)?,
            author_name: r.try_get("display_name")?,
            prompt: r.try_get("prompt")?,
            visibility: Visibility::parse(&r.try_get::<String, _>("visibility")?),
            created_at: r.try_get("created_at")?,
            author_id,
            id,
        });
    }
    Ok(out)
}

/// How many reflections and needs the member has written.
pub async fn written_counts(db: &Db, author_id: &str) -> Result<(i64, i64), sqlx::Error> {
    let r = db
        .read_one(
            "SELECT (SELECT COUNT(*) FROM reflections WHERE author_id = $1) AS reflections,
                (SELECT COUNT(*) FROM needs WHERE author_id = $1) AS needs",
            vec![author_id.into()],
        )
        .await?;
    Ok((r.try_get("reflections")?, r.try_get("needs")?))
}

/// The author's own reflection, if it is theirs.
pub async fn own_reflection(db: &Db, crypto: &Crypto, author_id: &str, id: &str) -> anyhow::Result<Option<Written>> {
    Ok(readable(db, crypto, author_id, true).await?.into_iter().find(|w| w.id == id && w.author_id == author_id))
}

/// The author changes their reflection's words (sealed again) and who sees it: shared goes to
/// the space they are in now. False when it is not theirs.
pub async fn update_reflection(
    db: &Db,
    crypto: &Crypto,
    author_id: &str,
    id: &str,
    (text, visibility, space_id): (&str, Visibility, Option<&str>),
    now: i64,
) -> anyhow::Result<bool> {
    let key = data_key(db, crypto, &user_owner(author_id), now).await?;
    let r = sqlx::query(
        "UPDATE reflections SET body = $3, visibility = $4, space_id = $5 WHERE id = $1 AND author_id = $2",
    )
    .bind(id)
    .bind(author_id)
    .bind(key.seal_text(id, text))
    .bind(visibility.as_str())
    .bind(space_id)
    .write(db)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// The author deletes their reflection. False when it is not theirs.
pub async fn delete_reflection(db: &Db, author_id: &str, id: &str) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("DELETE FROM reflections WHERE id = $1 AND author_id = $2")
        .bind(id)
        .bind(author_id)
        .write(db)
        .await?;
    Ok(r.rows_affected() > 0)
}
