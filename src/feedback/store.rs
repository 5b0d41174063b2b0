//! Feedback's SQL: each person's answers before and after sessions, sealed under the person's
//! own key. Only the person's own pages, and the pages of the counsellor of that session while
//! the person shares their feedback, call the reading functions.

use super::model::{Answer, Kind};
use crate::crypto::Crypto;
use crate::crypto::store::{data_key, existing_key};
use crate::db::Write as _;
use crate::db::{Db, new_id};
use crate::journal::store::owner_id as user_owner;

/// One answer as stored: for which session, which kind and version, and when.
#[derive(Clone, Debug)]
pub struct Given {
    pub booking_id: String,
    pub counsellor_id: String,
    pub kind: Kind,
    pub version: i64,
    pub answer: Answer,
    pub answered_at: i64,
    /// When the session starts: charts put the answer at its session.
    pub session_at: i64,
}

/// Keeps a person's answer for a session, replacing an earlier one of the same kind.
#[allow(clippy::too_many_arguments)]
pub async fn save(
    db: &Db,
    crypto: &Crypto,
    booking_id: &str,
    counsellor_id: &str,
    user_id: &str,
    (kind, version): (Kind, i64),
    answer: &Answer,
    now: i64,
) -> anyhow::Result<()> {
    let existing = db
        .read_optional(
            "SELECT id FROM feedback_answers WHERE booking_id = $1 AND user_id = $2 AND kind = $3",
            vec![booking_id.into(), user_id.into(), kind.slug().into()],
        )
        .await?;
    let id: String = match existing {
        Some(r) => r.try_get("id")?,
        None => new_id(),
    };
    let sealed = data_key(db, crypto, &user_owner(user_id), now).await?.seal_text(&id, &serde_json::to_string(answer)?);
    sqlx::query(
        "INSERT INTO feedback_answers (id, booking_id, user_id, counsellor_id, kind, version, body, answered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (booking_id, user_id, kind) DO UPDATE SET version = $6, body = $7, answered_at = $8",
    )
    .bind(&id)
    .bind(booking_id)
    .bind(user_id)
    .bind(counsellor_id)
    .bind(kind.slug())
    .bind(version)
    .bind(sealed)
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

/// Whether the person answered this form for a session, without opening it.
pub async fn answered(db: &Db, booking_id: &str, user_id: &str, kind: Kind) -> Result<bool, sqlx::Error> {
    Ok(db
        .read_optional(
            "SELECT 1 AS one FROM feedback_answers WHERE booking_id = $1 AND user_id = $2 AND kind = $3",
            vec![booking_id.into(), user_id.into(), kind.slug().into()],
        )
        .await?
        .is_some())
}

/// The person's own answer for a session, if they gave one.
pub async fn own(
    db: &Db,
    crypto: &Crypto,
    booking_id: &str,
    user_id: &str,
    kind: Kind,
) -> anyhow::Result<Option<Answer>> {
    Ok(read(db, crypto, user_id, Some(booking_id), None).await?.into_iter().find(|g| g.kind == kind).map(|g| g.answer))
}

/// Every answer the person gave, by session time: for their own trends, and, narrowed to
/// one counsellor, for that counsellor's pages.
pub async fn given(db: &Db, crypto: &Crypto, user_id: &str, counsellor_id: Option<&str>) -> anyhow::Result<Vec<Given>> {
    read(db, crypto, user_id, None, counsellor_id).await
}

async fn read(
    db: &Db,
    crypto: &Crypto,
    user_id: &str,
    booking_id: Option<&str>,
    counsellor_id: Option<&str>,
) -> anyhow::Result<Vec<Given>> {
    let rows = db
        .read_all(
            "SELECT f.id, f.booking_id, f.counsellor_id, f.kind, f.version, f.body, f.answered_at, b.starts_at
             FROM feedback_answers f JOIN bookings b ON b.id = f.booking_id
             WHERE f.user_id = $1 AND ($2 = '' OR f.booking_id = $2) AND ($3 = '' OR f.counsellor_id = $3)
             ORDER BY b.starts_at, f.kind LIMIT 500",
            vec![user_id.into(), booking_id.unwrap_or("").into(), counsellor_id.unwrap_or("").into()],
        )
        .await?;
    if rows.is_empty() {
        return Ok(vec![]);
    }
    let Some(key) = existing_key(db, crypto, &user_owner(user_id)).await? else { return Ok(vec![]) };
    let mut out = vec![];
    for r in rows {
        let id: String = r.try_get("id")?;
        let text = key.open_text(&id, &r.try_get::<Vec<u8>, _>("body")?)?;
        out.push(Given {
            booking_id: r.try_get("booking_id")?,
            counsellor_id: r.try_get("counsellor_id")?,
            kind: Kind::parse(&r.try_get::<String, _>("kind")?).unwrap_or(Kind::Before),
            version: r.try_get("version")?,
            answer: serde_json::from_str(&text)?,
            answered_at: r.try_get("answered_at")?,
            session_at: r.try_get("starts_at")?,
        });
    }
    Ok(out)
}

/// A person's answers, deleted with their account. (A counsellor's deletion leaves their
/// clients' answers with the clients: they are the clients' own, in their export.)
pub const MEMBER_ROWS: &[&str] = &["DELETE FROM feedback_answers WHERE user_id = $1"];

pub async fn delete_member(tx: &mut crate::db::Tx, user_id: &str) -> Result<(), sqlx::Error> {
    crate::db::delete_for(tx, MEMBER_ROWS, user_id).await
}
