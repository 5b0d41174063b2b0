//! Writing booking rows inside a booking's transaction: the overlap check, and the insert
//! with or without it.

use crate::db::Tx;

/// Whether a live booking of the counsellor holds any of this time (its buffer included).
pub(super) async fn is_held(
    tx: &mut Tx,
    counsellor_id: &str,
    starts_at: i64,
    held_until: i64,
) -> Result<bool, sqlx::Error> {
    let clash = sqlx::query(
        "SELECT 1 AS one FROM bookings
         WHERE counsellor_id = $1 AND status = 'booked' AND starts_at < $3 AND held_until > $2 LIMIT 1",
    )
    .bind(counsellor_id)
    .bind(starts_at)
    .bind(held_until)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(clash.is_some())
}

/// One booking row to insert.
pub(super) struct Row<'a> {
    pub counsellor_id: &'a str,
    pub booked_by: &'a str,
    pub space_id: Option<&'a str>,
    /// Start, end, and until when it holds the counsellor.
    pub times: (i64, i64, i64),
    pub key: &'a str,
    pub rescheduled_from: Option<&'a str>,
    pub series_id: Option<&'a str>,
}

pub(super) async fn insert(tx: &mut Tx, r: &Row<'_>, id: &str, now: i64) -> Result<(), sqlx::Error> {
    insert_with(tx, INSERT, r, id, now).await.map(drop)
}

/// Inserts the booking unless a live booking of the counsellor holds any of its time (what
/// `is_held` asks), in one statement: false when it is held.
pub(super) async fn insert_if_free(tx: &mut Tx, r: &Row<'_>, id: &str, now: i64) -> Result<bool, sqlx::Error> {
    Ok(insert_with(tx, INSERT_IF_FREE, r, id, now).await? == 1)
}

const INSERT: &str =
    "INSERT INTO bookings (id, counsellor_id, booked_by, space_id, kind, starts_at, ends_at, held_until,
        idempotency_key, rescheduled_from, series_id, created_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";

const INSERT_IF_FREE: &str =
    "INSERT INTO bookings (id, counsellor_id, booked_by, space_id, kind, starts_at, ends_at, held_until,
        idempotency_key, rescheduled_from, series_id, created_at)
    SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12
    WHERE NOT EXISTS (SELECT 1 FROM bookings
                      WHERE counsellor_id = $2 AND status = 'booked' AND starts_at < $8 AND held_until > $6)";

async fn insert_with(tx: &mut Tx, sql: &'static str, r: &Row<'_>, id: &str, now: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(sql)
        .bind(id)
        .bind(r.counsellor_id)
        .bind(r.booked_by)
        .bind(r.space_id)
        .bind(if r.space_id.is_some() { "couple" } else { "individual" })
        .bind(r.times.0)
        .bind(r.times.1)
        .bind(r.times.2)
        .bind(r.key)
        .bind(r.rescheduled_from)
        .bind(r.series_id)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected())
}
