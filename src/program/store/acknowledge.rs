//! The program's SQL. Statements are sealed under their author's key; the shared account
//! under the couple space's key. Every query takes the acting member's id or their space.

use crate::db::Write as _;
use sqlx::Row;

use crate::crypto::Crypto;
use crate::crypto::store::{data_key, existing_key};
use crate::db::{Db, new_id};
use crate::journal::model::Visibility;
use crate::journal::store::owner_id as user_owner;
use crate::program::model::{Perspective, StatementKind};
use crate::spaces::store::{owner_id as space_owner, readable_by_reader};

pub async fn perspective(db: &Db, user_id: &str) -> Result<Option<(Perspective, i64)>, sqlx::Error> {
    let row = db
        .read_optional("SELECT perspective, started_at FROM program_members WHERE user_id = $1", vec![user_id.into()])
        .await?;
    row.map(|r| {
        let p: String = r.try_get("perspective")?;
        Ok((Perspective::parse(&p).unwrap_or(Perspective::Both), r.try_get("started_at")?))
    })
    .transpose()
}

/// Records the member's perspective; the start date is kept from the first time.
pub async fn set_perspective(db: &Db, user_id: &str, p: Perspective, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO program_members (user_id, perspective, started_at, updated_at, last_active_at)
         VALUES ($1, $2, $3, $3, $3)
         ON CONFLICT (user_id) DO UPDATE SET perspective = $2, updated_at = $3, last_active_at = $3",
    )
    .bind(user_id)
    .bind(p.as_str())
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

#[derive(Clone, Debug)]
pub struct Statement {
    pub kind: StatementKind,
    pub author_name: String,
    pub text: String,
    pub visibility: Visibility,
    pub updated_at: i64,
}

/// Statements `reader_id` may read: their own, and their partner's shared ones.
pub async fn statements(db: &Db, crypto: &Crypto, reader_id: &str) -> anyhow::Result<Vec<(bool, Statement)>> {
    let rows = db
        .read_all(
            &format!(
                "SELECT s.id, s.author_id, u.display_name, s.kind, s.visibility, s.body, s.updated_at
         FROM statements s JOIN users u ON u.id = s.author_id WHERE {} ORDER BY s.kind",
                readable_by_reader("s", "author_id")
            ),
            vec![reader_id.into()],
        )
        .await?;
    let mut out = vec![];
    for r in rows {
        let author: String = r.try_get("author_id")?;
        let Some(key) = existing_key(db, crypto, &user_owner(&author)).await? else { continue };
        let id: String = r.try_get("id")?;
        let statement = Statement {
            kind: StatementKind::parse(&r.try_get::<String, _>("kind")?).unwrap_or(StatementKind::Impact),
            author_name: r.try_get("display_name")?,
            text: key.open_text(&id, &r.try_get::<Vec<u8>, _>("body")?)?,
            visibility: Visibility::parse(&r.try_get::<String, _>("visibility")?),
            updated_at: r.try_get("updated_at")?,
        };
        out.push((author == reader_id, statement));
    }
    Ok(out)
}

pub struct StatementWrite<'a> {
    pub kind: StatementKind,
    pub text: &'a str,
    pub visibility: Visibility,
    pub space_id: Option<&'a str>,
}

/// Saves the author's statement of this kind (one each), sealed with its own row id.
pub async fn save_statement(
    db: &Db,
    crypto: &Crypto,
    author_id: &str,
    w: &StatementWrite<'_>,
    now: i64,
) -> anyhow::Result<()> {
    let key = data_key(db, crypto, &user_owner(author_id), now).await?;
    // The row's id is bound into the ciphertext, so the row must exist before it is sealed.
    sqlx::query(
        "INSERT INTO statements (id, author_id, kind, body, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)
         ON CONFLICT (author_id, kind) DO NOTHING",
    )
    .bind(new_id())
    .bind(author_id)
    .bind(w.kind.as_str())
    .bind(Vec::<u8>::new())
    .bind(now)
    .write(db)
    .await?;
    let id: String = db
        .read_one(
            "SELECT id FROM statements WHERE author_id = $1 AND kind = $2",
            vec![author_id.into(), w.kind.as_str().into()],
        )
        .await?
        .try_get("id")?;
    sqlx::query("UPDATE statements SET body = $1, visibility = $2, space_id = $3, updated_at = $4 WHERE id = $5 AND author_id = $6")
        .bind(key.seal_text(&id, w.text))
        .bind(w.visibility.as_str())
        .bind(w.space_id)
        .bind(now)
        .bind(&id)
        .bind(author_id)
        .write(db)
        .await?;
    Ok(())
}

#[derive(Clone, Debug)]
pub struct Version {
    pub id: String,
    pub number: i64,
    pub proposer_id: String,
    pub proposer_name: String,
    pub text: String,
    pub created_at: i64,
    pub confirmed_by: Vec<String>,
}

/// Every version of the space's shared account, oldest first, with who confirmed each.
pub async fn versions(db: &Db, crypto: &Crypto, space_id: &str) -> anyhow::Result<Vec<Version>> {
    let rows = db
        .read_all(
            "SELECT v.id, v.number, v.proposer_id, u.display_name, v.body, v.created_at
         FROM account_versions v JOIN users u ON u.id = v.proposer_id WHERE v.space_id = $1 ORDER BY v.number",
            vec![space_id.into()],
        )
        .await?;
    if rows.is_empty() {
        return Ok(vec![]);
    }
    let key = data_key(db, crypto, &space_owner(space_id), 0).await?;
    let confirmations = db
        .read_all(
            "SELECT c.version_id, c.user_id FROM account_confirmations c JOIN account_versions v ON v.id = c.version_id
         WHERE v.space_id = $1",
            vec![space_id.into()],
        )
        .await?;
    let mut out = vec![];
    for r in rows {
        let id: String = r.try_get("id")?;
        let confirmed_by = confirmations
            .iter()
            .filter(|c| c.try_get::<String, _>("version_id").is_ok_and(|v| v == id))
            .filter_map(|c| c.try_get::<String, _>("user_id").ok())
            .collect();
        out.push(Version {
            text: key.open_text(&id, &r.try_get::<Vec<u8>, _>("body")?)?,
            number: r.try_get("number")?,
            proposer_id: r.try_get("proposer_id")?,
            proposer_name: r.try_get("display_name")?,
            created_at: r.try_get("created_at")?,
            confirmed_by,
            id,
        });
    }
    Ok(out)
}

/// Adds a version proposed (and so confirmed) by `user_id`; returns its number.
pub async fn propose(
    db: &Db,
    crypto: &Crypto,
    space_id: &str,
    user_id: &str,
    text: &str,
    now: i64,
) -> anyhow::Result<i64> {
    let key = data_key(db, crypto, &space_owner(space_id), now).await?;
    let id = new_id();
    let mut tx = db.begin_write().await?;
    let number: i64 = sqlx::query("SELECT COALESCE(MAX(number), 0) + 1 AS n FROM account_versions WHERE space_id = $1")
        .bind(space_id)
        .fetch_one(&mut *tx)
        .await?
        .try_get("n")?;
    sqlx::query(
        "INSERT INTO account_versions (id, space_id, proposer_id, number, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(space_id)
    .bind(user_id)
    .bind(number)
    .bind(key.seal_text(&id, text))
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query("INSERT INTO account_confirmations (version_id, user_id, confirmed_at) VALUES ($1, $2, $3)")
        .bind(&id)
        .bind(user_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(number)
}

/// Confirms a version of the member's own space; a version of any other space is not found.
pub async fn confirm(db: &Db, space_id: &str, version_id: &str, user_id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let exists = db
        .read_optional(
            "SELECT id FROM account_versions WHERE id = $1 AND space_id = $2",
            vec![version_id.into(), space_id.into()],
        )
        .await?;
    if exists.is_none() {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO account_confirmations (version_id, user_id, confirmed_at) VALUES ($1, $2, $3)
         ON CONFLICT (version_id, user_id) DO NOTHING",
    )
    .bind(version_id)
    .bind(user_id)
    .bind(now)
    .write(db)
    .await?;
    Ok(true)
}
