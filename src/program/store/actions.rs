//! Step 3's SQL: commitments and their confirmations, always within the member's space.

use sqlx::Row;

use crate::crypto::Crypto;
use crate::crypto::store::data_key;
use crate::db::{Db, new_id};
use crate::program::actions::{Outcome, Schedule};
use crate::spaces::store::owner_id as space_owner;

#[derive(Clone, Debug)]
pub struct Commitment {
    pub id: String,
    pub maker_id: String,
    pub maker_name: String,
    pub text: String,
    pub schedule: Schedule,
    pub time_zone: String,
    pub starts_at: i64,
    pub ended_at: Option<i64>,
}

#[derive(Clone, Debug)]
pub struct Confirmation {
    pub commitment_id: String,
    pub occurrence_at: i64,
    pub outcome: Outcome,
    pub note: Option<String>,
}

pub struct NewCommitment<'a> {
    pub text: &'a str,
    pub schedule: &'a Schedule,
    pub time_zone: &'a str,
}

pub async fn create_commitment(
    db: &Db,
    crypto: &Crypto,
    space_id: &str,
    maker_id: &str,
    c: &NewCommitment<'_>,
    now: i64,
) -> anyhow::Result<()> {
    let key = data_key(db, crypto, &space_owner(space_id), now).await?;
    let id = new_id();
    let (due_at, minute) = match c.schedule {
        Schedule::Once { at } => (Some(*at), None),
        Schedule::Daily { minute } | Schedule::Weekly { minute, .. } => (None, Some(i64::from(*minute))),
    };
    sqlx::query(
        "INSERT INTO commitments (id, space_id, maker_id, body, kind, due_at, minute, days, time_zone, starts_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)",
    )
    .bind(&id)
    .bind(space_id)
    .bind(maker_id)
    .bind(key.seal_text(&id, c.text))
    .bind(c.schedule.kind())
    .bind(due_at)
    .bind(minute)
    .bind(c.schedule.days_text())
    .bind(c.time_zone)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The space's commitments, oldest first.
pub async fn commitments(db: &Db, crypto: &Crypto, space_id: &str) -> anyhow::Result<Vec<Commitment>> {
    let rows = sqlx::query(
        "SELECT c.id, c.maker_id, u.display_name, c.body, c.kind, c.due_at, c.minute, c.days, c.time_zone, c.starts_at, c.ended_at
         FROM commitments c JOIN users u ON u.id = c.maker_id WHERE c.space_id = $1 ORDER BY c.created_at",
    )
    .bind(space_id)
    .fetch_all(&db.pool)
    .await?;
    if rows.is_empty() {
        return Ok(vec![]);
    }
    let key = data_key(db, crypto, &space_owner(space_id), 0).await?;
    let mut out = vec![];
    for r in rows {
        let id: String = r.try_get("id")?;
        let kind: String = r.try_get("kind")?;
        let days: String = r.try_get("days")?;
        let Some(schedule) = Schedule::from_parts(&kind, r.try_get("due_at")?, r.try_get("minute")?, &days) else {
            continue;
        };
        out.push(Commitment {
            text: key.open_text(&id, &r.try_get::<Vec<u8>, _>("body")?)?,
            maker_id: r.try_get("maker_id")?,
            maker_name: r.try_get("display_name")?,
            schedule,
            time_zone: r.try_get("time_zone")?,
            starts_at: r.try_get("starts_at")?,
            ended_at: r.try_get("ended_at")?,
            id,
        });
    }
    Ok(out)
}

pub async fn confirmations(db: &Db, crypto: &Crypto, space_id: &str) -> anyhow::Result<Vec<Confirmation>> {
    let rows = sqlx::query(
        "SELECT f.commitment_id, f.occurrence_at, f.outcome, f.note FROM commitment_confirmations f
         JOIN commitments c ON c.id = f.commitment_id WHERE c.space_id = $1",
    )
    .bind(space_id)
    .fetch_all(&db.pool)
    .await?;
    let key = data_key(db, crypto, &space_owner(space_id), 0).await?;
    rows.into_iter()
        .map(|r| {
            let commitment_id: String = r.try_get("commitment_id")?;
            let occurrence_at: i64 = r.try_get("occurrence_at")?;
            let note: Option<Vec<u8>> = r.try_get("note")?;
            let note = match note {
                Some(sealed) => Some(key.open_text(&format!("{commitment_id}@{occurrence_at}"), &sealed)?),
                None => None,
            };
            let outcome = Outcome::parse(&r.try_get::<String, _>("outcome")?).unwrap_or(Outcome::Missed);
            Ok(Confirmation { commitment_id, occurrence_at, outcome, note })
        })
        .collect()
}

/// Records the partner's view of one occurrence (a later answer replaces an earlier one).
pub async fn confirm_occurrence(
    db: &Db,
    crypto: &Crypto,
    space_id: &str,
    c: &Confirmation,
    confirmed_by: &str,
    now: i64,
) -> anyhow::Result<()> {
    let key = data_key(db, crypto, &space_owner(space_id), now).await?;
    let note = c.note.as_deref().map(|n| key.seal_text(&format!("{}@{}", c.commitment_id, c.occurrence_at), n));
    sqlx::query(
        "INSERT INTO commitment_confirmations (commitment_id, occurrence_at, outcome, note, confirmed_by, confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (commitment_id, occurrence_at) DO UPDATE SET outcome = $3, note = $4, confirmed_by = $5, confirmed_at = $6",
    )
    .bind(&c.commitment_id)
    .bind(c.occurrence_at)
    .bind(c.outcome.as_str())
    .bind(note)
    .bind(confirmed_by)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Ends the maker's own commitment in their space; anything else is not found.
pub async fn end_commitment(db: &Db, space_id: &str, id: &str, maker_id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE commitments SET ended_at = $1 WHERE id = $2 AND space_id = $3 AND maker_id = $4 AND ended_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .bind(space_id)
    .bind(maker_id)
    .execute(&db.pool)
    .await?;
    Ok(r.rows_affected() > 0)
}
