//! Bookings' SQL, with the mail and feed lookups that follow from them. A booking is made in
//! one write transaction that checks for an overlapping live booking and inserts; on
//! PostgreSQL an exclusion constraint also refuses any overlap, so no slot is ever booked
//! twice whatever the timing.

mod calendar;
mod rows;
mod series;

pub use calendar::*;
pub use series::*;

use rows::{Row, insert, insert_if_free, is_held};

use crate::db::read::ReadRow;
use crate::db::{Db, DbKind, Tx, new_id};

use super::model::{Booked, Booking, FeedOwner, NewBooking, Person};

fn is_code(e: &sqlx::Error, codes: &[&str]) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.code().is_some_and(|c| codes.contains(&c.as_ref())))
}

const BY_KEY: &str = "SELECT id FROM bookings WHERE booked_by = $1 AND idempotency_key = $2";

async fn by_key(db: &Db, booked_by: &str, key: &str) -> Result<Option<String>, sqlx::Error> {
    db.read_optional(BY_KEY, vec![booked_by.into(), key.into()]).await?.map(|r| r.try_get("id")).transpose()
}

/// The booking made with this key, seen from inside a write transaction: on SQLite a
/// transaction earlier in the same group commit is visible here before it is to the read path.
async fn by_key_in(tx: &mut Tx, booked_by: &str, key: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(BY_KEY).bind(booked_by).bind(key).fetch_optional(&mut **tx).await
}

pub async fn book(db: &Db, b: &NewBooking<'_>, now: i64) -> Result<Booked, sqlx::Error> {
    book_with_mail(db, b, &new_id(), (&[], None), now).await
}

/// Books as `id`, queueing `mail` (prepared for this booking) in the same transaction: the
/// booking and the mail about it are written together or not at all, so a failure leaves
/// nothing, and the member's retry (same key) books and mails afresh.
///
/// Its invoice (`billing::draft`, if the session has a fee) is issued in the same
/// transaction too, and a move credits the replaced booking's invoice.
pub async fn book_with_mail(
    db: &Db,
    b: &NewBooking<'_>,
    id: &str,
    (mail, invoice): (&[crate::mail::Prepared], Option<&crate::billing::store::Draft>),
    now: i64,
) -> Result<Booked, sqlx::Error> {
    if let Some(id) = by_key(db, b.booked_by, b.idempotency_key).await? {
        return Ok(Booked::Again(id));
    }
    let taken = || async {
        // The time is held: perhaps by this very request, sent twice at once. Then it is theirs.
        Ok(match by_key(db, b.booked_by, b.idempotency_key).await? {
            Some(id) => Booked::Again(id),
            None => Booked::Taken,
        })
    };
    match try_book(db, b, id, (mail, invoice), now).await {
        Ok(Booked::Taken) => taken().await,
        Ok(outcome) => Ok(outcome),
        // PostgreSQL: the exclusion constraint (23P01) caught an overlap another transaction
        // committed first, or the same key raced in (23505 on the unique key).
        Err(e) if db.kind == DbKind::Postgres && is_code(&e, &["23P01"]) => taken().await,
        Err(e) if is_code(&e, &["23505", "2067", "1555"]) => match by_key(db, b.booked_by, b.idempotency_key).await? {
            Some(id) => Ok(Booked::Again(id)),
            None => Err(e),
        },
        Err(e) => Err(e),
    }
}

async fn try_book(
    db: &Db,
    b: &NewBooking<'_>,
    id: &str,
    (mail, invoice): (&[crate::mail::Prepared], Option<&crate::billing::store::Draft>),
    now: i64,
) -> Result<Booked, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    if let Some(old) = b.replaces
        && !release(&mut tx, old, b.booked_by, now).await?
    {
        return Ok(Booked::Taken);
    }
    let row = Row {
        counsellor_id: b.counsellor_id,
        booked_by: b.booked_by,
        space_id: b.space_id,
        times: (b.starts_at, b.ends_at, b.held_until),
        key: b.idempotency_key,
        rescheduled_from: b.replaces,
        series_id: None,
    };
    if !insert_if_free(&mut tx, &row, id, now).await? {
        // Held, perhaps by this very request sent twice at once: then it is theirs.
        return Ok(by_key_in(&mut tx, b.booked_by, b.idempotency_key).await?.map_or(Booked::Taken, Booked::Again));
    }
    if let Some(d) = invoice {
        crate::billing::store::issue_in(&mut tx, d, id, now).await?;
    }
    crate::mail::queue_in(&mut tx, mail, now).await?;
    tx.commit().await?;
    Ok(Booked::New(id.to_string()))
}

/// Cancels, inside a booking's transaction, the live booking of this member that the new one
/// replaces (crediting its invoice: the new booking has its own); false when it is not (or
/// no longer) theirs and live.
async fn release(tx: &mut Tx, id: &str, booked_by: &str, now: i64) -> Result<bool, sqlx::Error> {
    let moved = sqlx::query(
        "UPDATE bookings SET status = 'cancelled', cancelled_at = $3, cancelled_by = $2
         WHERE id = $1 AND booked_by = $2 AND status = 'booked'",
    )
    .bind(id)
    .bind(booked_by)
    .bind(now)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if moved > 0 {
        crate::billing::store::credit_in(tx, id, false, now).await?;
    }
    Ok(moved > 0)
}

const BOOKING_SELECT: &str = "SELECT b.id, b.counsellor_id, p.full_name, b.booked_by, u.display_name, b.kind,
    b.starts_at, b.ends_at, b.status, b.late_cancel, p.time_zone, b.series_id, b.partner_left
    FROM bookings b JOIN counsellor_profiles p ON p.user_id = b.counsellor_id JOIN users u ON u.id = b.booked_by";

fn booking(r: ReadRow) -> Result<Booking, sqlx::Error> {
    Ok(Booking {
        id: r.try_get("id")?,
        counsellor_id: r.try_get("counsellor_id")?,
        counsellor_name: r.try_get("full_name")?,
        booked_by: r.try_get("booked_by")?,
        booked_by_name: r.try_get("display_name")?,
        couple: r.try_get::<String, _>("kind")? == "couple",
        starts_at: r.try_get("starts_at")?,
        ends_at: r.try_get("ends_at")?,
        cancelled: r.try_get::<String, _>("status")? == "cancelled",
        late_cancel: r.try_get::<Option<String>, _>("late_cancel")?.is_some(),
        counsellor_tz: r.try_get("time_zone")?,
        series_id: r.try_get("series_id")?,
        partner_left: r.try_get::<i64, _>("partner_left")? != 0,
    })
}

/// The member's bookings and the couple sessions of the space they are in now, by time.
pub async fn member_bookings(db: &Db, user_id: &str) -> Result<Vec<Booking>, sqlx::Error> {
    db.read_all(
        &format!(
            "{BOOKING_SELECT}
         WHERE b.booked_by = $1
            OR (b.kind = 'couple' AND b.space_id IN
                (SELECT m.space_id FROM memberships m WHERE m.user_id = $1 AND m.left_at IS NULL))
         ORDER BY b.starts_at LIMIT 200"
        ),
        vec![user_id.into()],
    )
    .await?
    .into_iter()
    .map(booking)
    .collect()
}

/// The counsellor's live bookings from `from` on.
pub async fn counsellor_bookings(db: &Db, counsellor_id: &str, from: i64) -> Result<Vec<Booking>, sqlx::Error> {
    db.read_all(
        &format!(
            "{BOOKING_SELECT} WHERE b.counsellor_id = $1 AND b.status = 'booked' AND b.ends_at > $2
         ORDER BY b.starts_at LIMIT 200"
        ),
        vec![counsellor_id.into(), from.into()],
    )
    .await?
    .into_iter()
    .map(booking)
    .collect()
}

/// A counsellor's sessions for their calendar feed: live and cancelled, from `from` on.
pub async fn counsellor_feed_bookings(db: &Db, counsellor_id: &str, from: i64) -> Result<Vec<Booking>, sqlx::Error> {
    db.read_all(
        &format!("{BOOKING_SELECT} WHERE b.counsellor_id = $1 AND b.ends_at > $2 ORDER BY b.starts_at LIMIT 400"),
        vec![counsellor_id.into(), from.into()],
    )
    .await?
    .into_iter()
    .map(booking)
    .collect()
}

/// A couple's sessions with a counsellor, by time: what the couple's client page lists.
pub async fn couple_sessions(db: &Db, counsellor_id: &str, space_id: &str) -> Result<Vec<Booking>, sqlx::Error> {
    db.read_all(
        &format!(
            "{BOOKING_SELECT} WHERE b.counsellor_id = $1 AND b.kind = 'couple' AND b.space_id = $2
         ORDER BY b.starts_at LIMIT 200"
        ),
        vec![counsellor_id.into(), space_id.into()],
    )
    .await?
    .into_iter()
    .map(booking)
    .collect()
}

/// One booking, if this person may see it: its booker, its counsellor, or — for a couple
/// session — a member of that space now.
pub async fn visible_booking(db: &Db, id: &str, user_id: &str) -> Result<Option<Booking>, sqlx::Error> {
    db.read_optional(
        &format!(
            "{BOOKING_SELECT}
         WHERE b.id = $1 AND (b.booked_by = $2 OR b.counsellor_id = $2
            OR (b.kind = 'couple' AND b.space_id IN
                (SELECT m.space_id FROM memberships m WHERE m.user_id = $2 AND m.left_at IS NULL)))"
        ),
        vec![id.into(), user_id.into()],
    )
    .await?
    .map(booking)
    .transpose()
}

/// Live bookings still to come that this person made or, as a counsellor, holds.
pub async fn future_bookings_of(db: &Db, user_id: &str, now: i64) -> Result<Vec<String>, sqlx::Error> {
    let rows = db.read_all("SELECT id FROM bookings WHERE (booked_by = $1 OR counsellor_id = $1) AND status = 'booked' AND starts_at > $2", vec![user_id.into(), now.into()])
    .await?;
    rows.into_iter().map(|r| r.try_get("id")).collect()
}

/// The future couple sessions of the space `user_id` is in now, still booked.
pub async fn couple_sessions_of_space(db: &Db, user_id: &str, now: i64) -> Result<Vec<String>, sqlx::Error> {
    let rows = db
        .read_all(
            "SELECT b.id FROM bookings b JOIN memberships m ON m.space_id = b.space_id
             WHERE m.user_id = $1 AND m.left_at IS NULL AND b.kind = 'couple' AND b.status = 'booked' AND b.starts_at > $2
             ORDER BY b.starts_at",
            vec![user_id.into(), now.into()],
        )
        .await?;
    rows.into_iter().map(|r| r.try_get("id")).collect()
}

/// Cancels a couple session because `user_id`, one of its partners, is leaving: never late
/// (no fee), and marked so its page can say why.
pub async fn cancel_for_departure(
    db: &Db,
    id: &str,
    user_id: &str,
    mail: &[crate::mail::Prepared],
    now: i64,
) -> Result<bool, sqlx::Error> {
    let update = sqlx::query(
        "UPDATE bookings SET status = 'cancelled', cancelled_at = $3, cancelled_by = $2, late_cancel = NULL, partner_left = 1
         WHERE id = $1 AND status = 'booked' AND kind = 'couple'",
    )
    .bind(id)
    .bind(user_id)
    .bind(now);
    cancel_with_mail(db, update, (id, false), mail, now).await
}

/// Cancels a live booking; `late` records that it was inside the counsellor's cut-off.
/// The mail about it (`notify::prepare_existing`) is queued in the same transaction, only
/// when this call is the one that cancelled it.
pub async fn cancel(
    db: &Db,
    id: &str,
    user_id: &str,
    late: bool,
    mail: &[crate::mail::Prepared],
    now: i64,
) -> Result<bool, sqlx::Error> {
    let update = sqlx::query(
        "UPDATE bookings SET status = 'cancelled', cancelled_at = $3, cancelled_by = $2, late_cancel = $4
         WHERE id = $1 AND status = 'booked'",
    )
    .bind(id)
    .bind(user_id)
    .bind(now)
    .bind(late.then_some("late"));
    cancel_with_mail(db, update, (id, late), mail, now).await
}

/// Runs a conditional cancelling UPDATE and, when it changed the booking, credits its
/// invoice (all of it, or all but the late fee when `late`) and queues its mail, in one
/// transaction.
async fn cancel_with_mail(
    db: &Db,
    update: sqlx::query::Query<'_, sqlx::Any, sqlx::any::AnyArguments>,
    (id, late): (&str, bool),
    mail: &[crate::mail::Prepared],
    now: i64,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    if update.execute(&mut *tx).await?.rows_affected() != 1 {
        return Ok(false);
    }
    crate::billing::store::credit_in(&mut tx, id, late, now).await?;
    crate::mail::queue_in(&mut tx, mail, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// The booking a member already made with this key, if any: a retried request.
pub async fn book_again(db: &Db, booked_by: &str, key: &str) -> Result<Option<String>, sqlx::Error> {
    by_key(db, booked_by, key).await
}

/// The people who attend a booking, as (id, display name): its booker and, for a couple
/// session, the members of that space now.
pub async fn attendees(db: &Db, booking_id: &str) -> Result<Vec<(String, String)>, sqlx::Error> {
    db.read_all(
        "SELECT u.id, u.display_name FROM bookings b JOIN users u
           ON u.id = b.booked_by
              OR (b.kind = 'couple' AND u.id IN
                  (SELECT m.user_id FROM memberships m WHERE m.space_id = b.space_id AND m.left_at IS NULL))
         WHERE b.id = $1 ORDER BY u.display_name",
        vec![booking_id.into()],
    )
    .await?
    .into_iter()
    .map(|r| Ok((r.try_get("id")?, r.try_get("display_name")?)))
    .collect()
}

/// A member's calendar feed, deleted with their account. Bookings themselves stay, pointing at
/// the tombstone: they are the counsellor's record of sessions held (future ones are
/// cancelled first).
pub const MEMBER_ROWS: &[&str] = &["DELETE FROM calendar_feeds WHERE user_id = $1"];

/// Deletes what a member owns here, inside account deletion's transaction.
pub async fn delete_member(tx: &mut crate::db::Tx, user_id: &str) -> Result<(), sqlx::Error> {
    crate::db::delete_for(tx, MEMBER_ROWS, user_id).await
}
