//! Series' SQL: booking a run of sessions in one transaction (the same checks and the same
//! exclusion constraint as one booking), the rest of a series, and cancelling several at once.

use super::{BOOKING_SELECT, Row, booking, insert, is_code, is_held, release};
use crate::bookings::model::{Booking, NewSeries, Occurrence, SeriesBooked};
use crate::db::{Db, DbKind, Tx, new_id};

/// The first session of the series this person already made with this key, if any: a retry.
pub async fn series_again(db: &Db, made_by: &str, key: &str) -> Result<Option<String>, sqlx::Error> {
    series_by_key(db, made_by, key).await
}

const SERIES_BY_KEY: &str =
    "SELECT (SELECT b.id FROM bookings b WHERE b.series_id = s.id ORDER BY b.starts_at LIMIT 1) AS first
     FROM booking_series s WHERE s.made_by = $1 AND s.idempotency_key = $2";

async fn series_by_key(db: &Db, made_by: &str, key: &str) -> Result<Option<String>, sqlx::Error> {
    db.read_optional(SERIES_BY_KEY, vec![made_by.into(), key.into()])
        .await?
        .map(|r| r.try_get::<Option<String>, _>("first"))
        .transpose()
        .map(Option::flatten)
}

/// The same, inside a write transaction (see `by_key_in`).
async fn series_by_key_in(tx: &mut Tx, made_by: &str, key: &str) -> Result<Option<String>, sqlx::Error> {
    let first: Option<Option<String>> =
        sqlx::query_scalar(SERIES_BY_KEY).bind(made_by).bind(key).fetch_optional(&mut **tx).await?;
    Ok(first.flatten())
}

/// Books a series: every session or none, in one write transaction that checks each for an
/// overlapping live booking first (and, on PostgreSQL, under the same exclusion constraint as
/// single bookings), so two series racing for the same weeks never double-book.
///
/// The sessions are written as `ids` (one per session, made by `db::new_id`), and `mail`
/// (prepared for them: `notify::prepare_series`, and the cancellation of replaced sessions
/// beyond the new count) is queued in the same transaction.
pub async fn book_series(
    db: &Db,
    s: &NewSeries<'_>,
    sessions: &[Occurrence],
    (ids, mail, invoices): (&[String], &[crate::mail::Prepared], &[crate::billing::store::Draft]),
    now: i64,
) -> Result<SeriesBooked, sqlx::Error> {
    if let Some(first) = series_by_key(db, s.made_by, s.idempotency_key).await? {
        return Ok(SeriesBooked::Again(first));
    }
    // Taken, perhaps by this very request sent twice at once: then the series is theirs.
    let again = |taken: Vec<i64>| async move {
        Ok(match series_by_key(db, s.made_by, s.idempotency_key).await? {
            Some(first) => SeriesBooked::Again(first),
            None => SeriesBooked::Taken(taken),
        })
    };
    match try_book_series(db, s, sessions, (ids, mail, invoices), now).await {
        Ok(SeriesBooked::Taken(taken)) => again(taken).await,
        Ok(outcome) => Ok(outcome),
        Err(e) if db.kind == DbKind::Postgres && is_code(&e, &["23P01"]) => again(vec![]).await,
        Err(e) if is_code(&e, &["23505", "2067", "1555"]) => {
            match series_by_key(db, s.made_by, s.idempotency_key).await? {
                Some(first) => Ok(SeriesBooked::Again(first)),
                None => Err(e),
            }
        }
        Err(e) => Err(e),
    }
}

async fn try_book_series(
    db: &Db,
    s: &NewSeries<'_>,
    sessions: &[Occurrence],
    (ids, mail, invoices): (&[String], &[crate::mail::Prepared], &[crate::billing::store::Draft]),
    now: i64,
) -> Result<SeriesBooked, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    for old in &s.replaces {
        if !release(&mut tx, old, s.booked_by, now).await? {
            return Ok(SeriesBooked::Taken(vec![]));
        }
    }
    let mut taken = vec![];
    for o in sessions {
        if is_held(&mut tx, s.counsellor_id, o.starts_at, o.held_until).await? {
            taken.push(o.starts_at);
        }
    }
    if !taken.is_empty() || sessions.is_empty() {
        return Ok(match series_by_key_in(&mut tx, s.made_by, s.idempotency_key).await? {
            Some(first) => SeriesBooked::Again(first),
            None => SeriesBooked::Taken(taken),
        });
    }
    let series_id = new_id();
    sqlx::query(
        "INSERT INTO booking_series (id, counsellor_id, booked_by, made_by, every_weeks, idempotency_key, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&series_id)
    .bind(s.counsellor_id)
    .bind(s.booked_by)
    .bind(s.made_by)
    .bind(s.repeat.weeks())
    .bind(s.idempotency_key)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let mut written = vec![];
    for (n, (o, id)) in sessions.iter().zip(ids).enumerate() {
        let key = format!("series:{series_id}:{n}");
        let row = Row {
            counsellor_id: s.counsellor_id,
            booked_by: s.booked_by,
            space_id: s.space_id,
            times: (o.starts_at, o.ends_at, o.held_until),
            key: &key,
            // Moving the rest of a series: each new session continues one it replaces, so
            // calendars update that event (the same UID, a higher SEQUENCE).
            rescheduled_from: s.replaces.get(n).map(String::as_str),
            series_id: Some(&series_id),
        };
        insert(&mut tx, &row, id, now).await?;
        written.push(id.clone());
        if let Some(d) = invoices.get(n) {
            crate::billing::store::issue_in(&mut tx, d, id, now).await?;
        }
    }
    crate::mail::queue_in(&mut tx, mail, now).await?;
    tx.commit().await?;
    Ok(SeriesBooked::New(series_id, written))
}

/// How often a series repeats, in weeks.
pub async fn series_weeks(db: &Db, series_id: &str) -> Result<Option<i64>, sqlx::Error> {
    db.read_optional("SELECT every_weeks FROM booking_series WHERE id = $1", vec![series_id.into()])
        .await?
        .map(|r| r.try_get("every_weeks"))
        .transpose()
}

/// The live sessions of a series from `from` on (the rest of it), by time.
pub async fn series_rest(db: &Db, series_id: &str, from: i64) -> Result<Vec<Booking>, sqlx::Error> {
    db.read_all(
        &format!(
            "{BOOKING_SELECT} WHERE b.series_id = $1 AND b.status = 'booked' AND b.starts_at >= $2
         ORDER BY b.starts_at LIMIT 100"
        ),
        vec![series_id.into(), from.into()],
    )
    .await?
    .into_iter()
    .map(booking)
    .collect()
}

/// Cancels several live bookings in one transaction, each `late` or not by its own time,
/// queueing `mail` (prepared for exactly these: `notify::prepare_series_existing`) in it.
/// All or nothing: if any of them is no longer booked, nothing is written and `None` says
/// the caller should look again (the mail would name a session someone else cancelled).
pub async fn cancel_many(
    db: &Db,
    bookings: &[(String, bool)],
    user_id: &str,
    mail: &[crate::mail::Prepared],
    now: i64,
) -> Result<Option<Vec<String>>, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let mut done = vec![];
    for (id, late) in bookings {
        let r = sqlx::query(
            "UPDATE bookings SET status = 'cancelled', cancelled_at = $3, cancelled_by = $2, late_cancel = $4
             WHERE id = $1 AND status = 'booked'",
        )
        .bind(id)
        .bind(user_id)
        .bind(now)
        .bind(late.then_some("late"))
        .execute(&mut *tx)
        .await?;
        if r.rows_affected() == 0 {
            return Ok(None);
        }
        crate::billing::store::credit_in(&mut tx, id, *late, now).await?;
        done.push(id.clone());
    }
    crate::mail::queue_in(&mut tx, mail, now).await?;
    tx.commit().await?;
    Ok(Some(done))
}
