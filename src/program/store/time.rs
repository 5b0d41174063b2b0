//! Step 2's SQL: check-ins and who may see a member's trend.

use crate::crypto::Crypto;
use crate::crypto::store::{data_key, existing_key};
use crate::db::Write as _;
use crate::db::{Db, new_id};
use crate::journal::model::Visibility;
use crate::journal::store::owner_id as user_owner;

#[derive(Clone, Debug)]
pub struct Checkin {
    pub trust: i64,
    pub safety: i64,
    pub note: Option<String>,
    pub created_at: i64,
}

pub async fn add_checkin(
    db: &Db,
    crypto: &Crypto,
    author_id: &str,
    trust: i64,
    safety: i64,
    note: Option<&str>,
    now: i64,
) -> anyhow::Result<()> {
    let id = new_id();
    let sealed = match note {
        Some(n) => Some(data_key(db, crypto, &user_owner(author_id), now).await?.seal_text(&id, n)),
        None => None,
    };
    sqlx::query(
        "INSERT INTO checkins (id, author_id, trust, safety, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(author_id)
    .bind(trust)
    .bind(safety)
    .bind(sealed)
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

/// The author's own check-ins since `since`, oldest first, notes opened.
pub async fn own_checkins(db: &Db, crypto: &Crypto, author_id: &str, since: i64) -> anyhow::Result<Vec<Checkin>> {
    let rows = db.read_all("SELECT id, trust, safety, note, created_at FROM checkins WHERE author_id = $1 AND created_at >= $2 ORDER BY created_at", vec![author_id.into(), since.into()])
    .await?;
    let key = existing_key(db, crypto, &user_owner(author_id)).await?;
    rows.into_iter()
        .map(|r| {
            let id: String = r.try_get("id")?;
            let note: Option<Vec<u8>> = r.try_get("note")?;
            let note = match (note, &key) {
                (Some(sealed), Some(k)) => Some(k.open_text(&id, &sealed)?),
                _ => None,
            };
            Ok(Checkin {
                trust: r.try_get("trust")?,
                safety: r.try_get("safety")?,
                note,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

/// The partner's scores (never their notes) when the partner chose to share their trend and
/// both are in the same space now; otherwise nothing.
pub async fn partner_trend(
    db: &Db,
    reader_id: &str,
    since: i64,
) -> Result<Option<(String, Vec<Checkin>)>, sqlx::Error> {
    let partner = db
        .read_optional(
            "SELECT u.id, u.display_name FROM memberships me
         JOIN memberships p ON p.space_id = me.space_id AND p.user_id <> me.user_id AND p.left_at IS NULL
         JOIN program_members pm ON pm.user_id = p.user_id AND pm.trend_visibility = 'shared'
         JOIN users u ON u.id = p.user_id
         WHERE me.user_id = $1 AND me.left_at IS NULL",
            vec![reader_id.into()],
        )
        .await?;
    let Some(p) = partner else { return Ok(None) };
    let partner_id: String = p.try_get("id")?;
    let rows = db.read_all("SELECT trust, safety, created_at FROM checkins WHERE author_id = $1 AND created_at >= $2 ORDER BY created_at", vec![(&partner_id).into(), since.into()])
    .await?;
    let points = rows
        .into_iter()
        .map(|r| {
            Ok(Checkin {
                trust: r.try_get("trust")?,
                safety: r.try_get("safety")?,
                note: None,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok(Some((p.try_get("display_name")?, points)))
}

pub async fn trend_visibility(db: &Db, user_id: &str) -> Result<Visibility, sqlx::Error> {
    let row = db
        .read_optional("SELECT trend_visibility FROM program_members WHERE user_id = $1", vec![user_id.into()])
        .await?;
    Ok(match row {
        Some(r) => Visibility::parse(&r.try_get::<String, _>(0)?),
        None => Visibility::Private,
    })
}

pub async fn set_trend_visibility(db: &Db, user_id: &str, v: Visibility) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE program_members SET trend_visibility = $1 WHERE user_id = $2")
        .bind(v.as_str())
        .bind(user_id)
        .write(db)
        .await?;
    Ok(())
}

/// When the member last checked in, if ever.
pub async fn last_checkin_at(db: &Db, user_id: &str) -> Result<Option<i64>, sqlx::Error> {
    let row =
        db.read_one("SELECT MAX(created_at) AS t FROM checkins WHERE author_id = $1", vec![user_id.into()]).await?;
    row.try_get("t")
}

/// The member's own trust scores since `since`, as (time, trust): no notes are opened.
pub async fn trust_since(db: &Db, user_id: &str, since: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    db.read_all(
        "SELECT created_at, trust FROM checkins WHERE author_id = $1 AND created_at >= $2 ORDER BY created_at",
        vec![user_id.into(), since.into()],
    )
    .await?
    .into_iter()
    .map(|r| Ok((r.try_get("created_at")?, r.try_get("trust")?)))
    .collect()
}

/// A member's check-in numbers since `since`, never their notes.
pub async fn scores_since(db: &Db, user_id: &str, since: i64) -> Result<Vec<Checkin>, sqlx::Error> {
    db.read_all(
        "SELECT trust, safety, created_at FROM checkins WHERE author_id = $1 AND created_at >= $2 ORDER BY created_at",
        vec![user_id.into(), since.into()],
    )
    .await?
    .into_iter()
    .map(|r| {
        Ok(Checkin {
            trust: r.try_get("trust")?,
            safety: r.try_get("safety")?,
            note: None,
            created_at: r.try_get("created_at")?,
        })
    })
    .collect()
}
