//! Step 3's SQL: commitments and their confirmations, always within the member's space.

use crate::crypto::Crypto;
use crate::crypto::store::data_key;
use crate::db::Write as _;
use crate::db::{Db, new_id};
use crate::program::actions::{Outcome, Schedule, next_reminder};
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
    /// The maker asked for reminders, and one is still to come.
    pub reminds: bool,
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
    /// Email the maker before each occurrence.
    pub remind: bool,
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
    let remind_at = if c.remind { next_reminder(c.schedule, c.time_zone, now, None, now) } else { None };
    sqlx::query(
        "INSERT INTO commitments (id, space_id, maker_id, body, kind, due_at, minute, days, time_zone, starts_at, created_at, remind_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11)",
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
    .bind(remind_at)
    .write(db)
    .await?;
    Ok(())
}

/// The space's commitments, oldest first.
pub async fn commitments(db: &Db, crypto: &Crypto, space_id: &str) -> anyhow::Result<Vec<Commitment>> {
    let rows = db.read_all("SELECT c.id, c.maker_id, u.display_name, c.body, c.kind, c.due_at, c.minute, c.days, c.time_zone, c.starts_at, c.ended_at,
                c.remind_at
         FROM commitments c JOIN users u ON u.id = c.maker_id WHERE c.space_id = $1 ORDER BY c.created_at", vec![space_id.into()])
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
            reminds: r.try_get::<Option<i64>, _>("remind_at")?.is_some(),
            id,
        });
    }
    Ok(out)
}

pub async fn confirmations(db: &Db, crypto: &Crypto, space_id: &str) -> anyhow::Result<Vec<Confirmation>> {
    let rows = db
        .read_all(
            "SELECT f.commitment_id, f.occurrence_at, f.outcome, f.note FROM commitment_confirmations f
         JOIN commitments c ON c.id = f.commitment_id WHERE c.space_id = $1",
            vec![space_id.into()],
        )
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
    .write(db)
    .await?;
    Ok(())
}

/// Ends the maker's own commitment in their space; anything else is not found.
pub async fn end_commitment(db: &Db, space_id: &str, id: &str, maker_id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE commitments SET ended_at = $1, remind_at = NULL
         WHERE id = $2 AND space_id = $3 AND maker_id = $4 AND ended_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .bind(space_id)
    .bind(maker_id)
    .write(db)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// A reminder that is due, with what is needed to send it and to find the next one.
#[derive(Clone, Debug)]
pub struct DueReminder {
    pub commitment_id: String,
    pub remind_at: i64,
    pub email: String,
    pub name: String,
    pub schedule: Schedule,
    pub time_zone: String,
    pub starts_at: i64,
    pub ended_at: Option<i64>,
}

/// Reminders due at `now` for commitments still running whose maker is still in the space.
pub async fn due_reminders(db: &Db, now: i64) -> anyhow::Result<Vec<DueReminder>> {
    let rows = db
        .read_all(
            "SELECT c.id, c.remind_at, c.kind, c.due_at, c.minute, c.days, c.time_zone, c.starts_at, c.ended_at,
                u.email, u.display_name
         FROM commitments c
         JOIN users u ON u.id = c.maker_id
         JOIN memberships m ON m.space_id = c.space_id AND m.user_id = c.maker_id AND m.left_at IS NULL
         WHERE c.remind_at IS NOT NULL AND c.remind_at <= $1 AND c.ended_at IS NULL
         ORDER BY c.remind_at LIMIT 500",
            vec![now.into()],
        )
        .await?;
    let mut out = vec![];
    for r in rows {
        let kind: String = r.try_get("kind")?;
        let days: String = r.try_get("days")?;
        let Some(schedule) = Schedule::from_parts(&kind, r.try_get("due_at")?, r.try_get("minute")?, &days) else {
            continue;
        };
        out.push(DueReminder {
            commitment_id: r.try_get("id")?,
            remind_at: r.try_get("remind_at")?,
            email: r.try_get("email")?,
            name: r.try_get("display_name")?,
            schedule,
            time_zone: r.try_get("time_zone")?,
            starts_at: r.try_get("starts_at")?,
            ended_at: r.try_get("ended_at")?,
        });
    }
    Ok(out)
}

/// Claims the reminder for one occurrence; true for exactly one caller, whichever instance.
/// Claims one occurrence's reminder and queues its mail in the same transaction: of two
/// instances, one claims and mails; a failure to queue leaves it unclaimed for the next run.
pub async fn claim_reminder(
    db: &Db,
    commitment_id: &str,
    occurrence_at: i64,
    mail: &[crate::mail::Prepared],
    now: i64,
) -> Result<bool, sqlx::Error> {
    let claim = sqlx::query(
        "INSERT INTO commitment_reminders (commitment_id, occurrence_at, sent_at) VALUES ($1, $2, $3)
         ON CONFLICT (commitment_id, occurrence_at) DO NOTHING",
    )
    .bind(commitment_id)
    .bind(occurrence_at)
    .bind(now);
    crate::mail::claim_with(db, claim, mail, now).await
}

/// Moves a commitment's next reminder on, unless another instance already did.
pub async fn advance_reminder(db: &Db, commitment_id: &str, from: i64, to: Option<i64>) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE commitments SET remind_at = $3 WHERE id = $1 AND remind_at = $2")
        .bind(commitment_id)
        .bind(from)
        .bind(to)
        .write(db)
        .await?;
    Ok(())
}

/// Turns the maker's reminders on or off; false when it is not their running commitment.
pub async fn set_reminders(
    db: &Db,
    space_id: &str,
    id: &str,
    maker_id: &str,
    remind_at: Option<i64>,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE commitments SET remind_at = $4 WHERE id = $1 AND space_id = $2 AND maker_id = $3 AND ended_at IS NULL",
    )
    .bind(id)
    .bind(space_id)
    .bind(maker_id)
    .bind(remind_at)
    .write(db)
    .await?;
    Ok(r.rows_affected() > 0)
}
