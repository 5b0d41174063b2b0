//! Step 4's SQL: talk schedules, the question box, and private ratings. All within the space.

use crate::crypto::Crypto;
use crate::crypto::store::{data_key, existing_key};
use crate::db::Write as _;
use crate::db::read::ReadRow;
use crate::db::{Db, new_id};
use crate::journal::store::owner_id as user_owner;

#[derive(Clone, Debug)]
pub struct TalkSchedule {
    pub id: String,
    pub proposer_id: String,
    pub weekday: u8,
    pub minute: u16,
    pub duration: i64,
    pub time_zone: String,
    pub accepted_at: Option<i64>,
}

fn schedule_row(r: ReadRow) -> Result<TalkSchedule, sqlx::Error> {
    Ok(TalkSchedule {
        id: r.try_get("id")?,
        proposer_id: r.try_get("proposer_id")?,
        weekday: r.try_get::<i64, _>("weekday")?.clamp(0, 6) as u8,
        minute: r.try_get::<i64, _>("minute")?.clamp(0, 1439) as u16,
        duration: r.try_get("duration")?,
        time_zone: r.try_get("time_zone")?,
        accepted_at: r.try_get("accepted_at")?,
    })
}

const SCHEDULE_COLS: &str = "id, proposer_id, weekday, minute, duration, time_zone, accepted_at";

/// The agreed schedule (accepted, not superseded) and a pending proposal, if any.
pub async fn schedules(db: &Db, space_id: &str) -> Result<(Option<TalkSchedule>, Option<TalkSchedule>), sqlx::Error> {
    let active = db.read_optional(&format!(
        "SELECT {SCHEDULE_COLS} FROM talk_schedules WHERE space_id = $1 AND accepted_at IS NOT NULL AND superseded_at IS NULL
         ORDER BY accepted_at DESC LIMIT 1"
    ), vec![space_id.into()])
    .await?
    .map(schedule_row)
    .transpose()?;
    let pending = db.read_optional(&format!(
        "SELECT {SCHEDULE_COLS} FROM talk_schedules WHERE space_id = $1 AND accepted_at IS NULL AND superseded_at IS NULL
         ORDER BY created_at DESC LIMIT 1"
    ), vec![space_id.into()])
    .await?
    .map(schedule_row)
    .transpose()?;
    Ok((active, pending))
}

pub struct NewSchedule<'a> {
    pub weekday: u8,
    pub minute: u16,
    pub duration: i64,
    pub time_zone: &'a str,
}

/// Proposes a schedule; an earlier pending proposal is withdrawn.
pub async fn propose_schedule(
    db: &Db,
    space_id: &str,
    proposer_id: &str,
    s: &NewSchedule<'_>,
    now: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE talk_schedules SET superseded_at = $1 WHERE space_id = $2 AND accepted_at IS NULL AND superseded_at IS NULL")
        .bind(now)
        .bind(space_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO talk_schedules (id, space_id, proposer_id, weekday, minute, duration, time_zone, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(new_id())
    .bind(space_id)
    .bind(proposer_id)
    .bind(i64::from(s.weekday))
    .bind(i64::from(s.minute))
    .bind(s.duration)
    .bind(s.time_zone)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The other member accepts a pending proposal; it replaces the agreed schedule. False when
/// there is no such pending proposal in this space, or the acceptor proposed it.
pub async fn accept_schedule(db: &Db, space_id: &str, id: &str, user_id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let accepted = sqlx::query(
        "UPDATE talk_schedules SET accepted_at = $1
         WHERE id = $2 AND space_id = $3 AND proposer_id <> $4 AND accepted_at IS NULL AND superseded_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .bind(space_id)
    .bind(user_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if accepted == 0 {
        return Ok(false);
    }
    sqlx::query(
        "UPDATE talk_schedules SET superseded_at = $1
         WHERE space_id = $2 AND id <> $3 AND accepted_at IS NOT NULL AND superseded_at IS NULL",
    )
    .bind(now)
    .bind(space_id)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

#[derive(Clone, Debug)]
pub struct Question {
    pub id: String,
    pub author_id: String,
    pub text: String,
    pub created_at: i64,
}

pub async fn add_question(
    db: &Db,
    crypto: &Crypto,
    space_id: &str,
    author_id: &str,
    text: &str,
    now: i64,
) -> anyhow::Result<()> {
    let id = new_id();
    let key = data_key(db, crypto, &user_owner(author_id), now).await?;
    sqlx::query("INSERT INTO talk_questions (id, space_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(&id)
        .bind(space_id)
        .bind(author_id)
        .bind(key.seal_text(&id, text))
        .bind(now)
        .write(db)
        .await?;
    Ok(())
}

/// Open questions in the space. `include_partners`: whether questions written by others
/// are included — the caller decides from the talk window, and the query obeys it.
pub async fn open_questions(
    db: &Db,
    crypto: &Crypto,
    space_id: &str,
    reader_id: &str,
    include_partners: bool,
) -> anyhow::Result<Vec<Question>> {
    let rows = db
        .read_all(
            "SELECT id, author_id, body, created_at FROM talk_questions
         WHERE space_id = $1 AND discussed_at IS NULL AND (author_id = $2 OR $3 = 1)
         ORDER BY created_at",
            vec![space_id.into(), reader_id.into(), (i64::from(include_partners)).into()],
        )
        .await?;
    let mut out = vec![];
    for r in rows {
        let id: String = r.try_get("id")?;
        let author_id: String = r.try_get("author_id")?;
        let Some(key) = existing_key(db, crypto, &user_owner(&author_id)).await? else { continue };
        out.push(Question {
            text: key.open_text(&id, &r.try_get::<Vec<u8>, _>("body")?)?,
            id,
            author_id,
            created_at: r.try_get("created_at")?,
        });
    }
    Ok(out)
}

/// Marks an open question of the space discussed.
pub async fn mark_discussed(db: &Db, space_id: &str, id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE talk_questions SET discussed_at = $1 WHERE id = $2 AND space_id = $3 AND discussed_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .bind(space_id)
    .write(db)
    .await?;
    Ok(r.rows_affected() > 0)
}

#[derive(Clone, Debug)]
pub struct Rating {
    pub occurrence_at: i64,
    pub heard: i64,
    pub safe: i64,
    pub punished: i64,
}

pub async fn rate_talk(db: &Db, user_id: &str, space_id: &str, r: &Rating, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO talk_ratings (user_id, space_id, occurrence_at, heard, safe, punished, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (user_id, space_id, occurrence_at) DO UPDATE SET heard = $4, safe = $5, punished = $6, created_at = $7",
    )
    .bind(user_id)
    .bind(space_id)
    .bind(r.occurrence_at)
    .bind(r.heard)
    .bind(r.safe)
    .bind(r.punished)
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

/// The member's own ratings, newest first: nobody else ever reads them.
pub async fn own_ratings(db: &Db, user_id: &str, space_id: &str) -> Result<Vec<Rating>, sqlx::Error> {
    let rows = db.read_all("SELECT occurrence_at, heard, safe, punished FROM talk_ratings WHERE user_id = $1 AND space_id = $2 ORDER BY occurrence_at DESC", vec![user_id.into(), space_id.into()])
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(Rating {
                occurrence_at: r.try_get("occurrence_at")?,
                heard: r.try_get("heard")?,
                safe: r.try_get("safe")?,
                punished: r.try_get("punished")?,
            })
        })
        .collect()
}

/// Records what became of an ended talk. The first answer stands; returns the outcome now
/// on record ("held" or "missed").
pub async fn record_outcome(
    db: &Db,
    space_id: &str,
    occurrence_at: i64,
    outcome: &str,
    user_id: &str,
    now: i64,
) -> Result<String, sqlx::Error> {
    sqlx::query(
        "INSERT INTO talk_outcomes (space_id, occurrence_at, outcome, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (space_id, occurrence_at) DO NOTHING",
    )
    .bind(space_id)
    .bind(occurrence_at)
    .bind(outcome)
    .bind(user_id)
    .bind(now)
    .write(db)
    .await?;
    db.read_one(
        "SELECT outcome FROM talk_outcomes WHERE space_id = $1 AND occurrence_at = $2",
        vec![space_id.into(), occurrence_at.into()],
    )
    .await?
    .try_get("outcome")
}

/// Outcomes on record since `since`, as (talk start, "held" or "missed").
pub async fn outcomes(db: &Db, space_id: &str, since: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    db.read_all(
        "SELECT occurrence_at, outcome FROM talk_outcomes WHERE space_id = $1 AND occurrence_at >= $2",
        vec![space_id.into(), since.into()],
    )
    .await?
    .into_iter()
    .map(|r| Ok((r.try_get("occurrence_at")?, r.try_get("outcome")?)))
    .collect()
}

/// The pause in force for a talk, as (who paused, since when), if any.
pub async fn current_pause(db: &Db, space_id: &str, occurrence_at: i64) -> Result<Option<(String, i64)>, sqlx::Error> {
    db.read_optional(
        "SELECT paused_by, paused_at FROM talk_pauses
         WHERE space_id = $1 AND occurrence_at = $2 AND resumed_at IS NULL AND paused_by IS NOT NULL",
        vec![space_id.into(), occurrence_at.into()],
    )
    .await?
    .map(|r| Ok((r.try_get("paused_by")?, r.try_get("paused_at")?)))
    .transpose()
}

/// Pauses the talk, or resumes it if it is paused; returns true when it is now paused.
pub async fn toggle_pause(
    db: &Db,
    space_id: &str,
    occurrence_at: i64,
    user_id: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let resumed = sqlx::query(
        "UPDATE talk_pauses SET resumed_at = $3 WHERE space_id = $1 AND occurrence_at = $2 AND resumed_at IS NULL",
    )
    .bind(space_id)
    .bind(occurrence_at)
    .bind(now)
    .write(db)
    .await?
    .rows_affected();
    if resumed > 0 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO talk_pauses (space_id, occurrence_at, paused_by, paused_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (space_id, occurrence_at) DO UPDATE SET paused_by = $3, paused_at = $4, resumed_at = NULL",
    )
    .bind(space_id)
    .bind(occurrence_at)
    .bind(user_id)
    .bind(now)
    .write(db)
    .await?;
    Ok(true)
}
