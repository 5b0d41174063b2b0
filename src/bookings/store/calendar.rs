//! What booking mail, reminders and calendar feeds are made from: the people a booking
//! concerns, each booking's calendar identity (the first booking of its chain of moves),
//! reminders due, and the private feeds' tokens.

use super::{Db, FeedOwner, Person};
use crate::db::Write as _;

/// Everyone a booking concerns: the booker, the partner for a couple session (while still in
/// that space), and the counsellor.
pub async fn people(db: &Db, booking_id: &str) -> Result<Vec<Person>, sqlx::Error> {
    db.read_all(
        "SELECT u.email, u.display_name, u.time_zone FROM bookings b JOIN users u
           ON u.id = b.booked_by OR u.id = b.counsellor_id
              OR (b.kind = 'couple' AND u.id IN
                  (SELECT m.user_id FROM memberships m WHERE m.space_id = b.space_id AND m.left_at IS NULL))
         WHERE b.id = $1",
        vec![booking_id.into()],
    )
    .await?
    .into_iter()
    .map(|r| {
        Ok(Person { email: r.try_get("email")?, name: r.try_get("display_name")?, time_zone: r.try_get("time_zone")? })
    })
    .collect()
}

/// Everyone a booking that is not yet written will concern: the booker, the counsellor, and
/// for a couple session the space's current members.
pub async fn people_for(
    db: &Db,
    (booked_by, counsellor_id, space_id): (&str, &str, Option<&str>),
) -> Result<Vec<Person>, sqlx::Error> {
    db.read_all(
        "SELECT email, display_name, time_zone FROM users
          WHERE id = $1 OR id = $2
             OR ($3 IS NOT NULL AND id IN (SELECT user_id FROM memberships WHERE space_id = $3 AND left_at IS NULL))",
        vec![booked_by.into(), counsellor_id.into(), space_id.into()],
    )
    .await?
    .into_iter()
    .map(|r| {
        Ok(Person { email: r.try_get("email")?, name: r.try_get("display_name")?, time_zone: r.try_get("time_zone")? })
    })
    .collect()
}

/// The calendar row a booking not yet written as `id` will have: a move continues the event of
/// the booking it replaces (its UID, one more move).
pub async fn calendar_row_for(
    db: &Db,
    id: &str,
    counsellor_id: &str,
    replaces: Option<&str>,
    (starts_at, ends_at): (i64, i64),
) -> Result<CalendarRow, sqlx::Error> {
    let counsellor: String = db
        .read_one("SELECT full_name FROM counsellor_profiles WHERE user_id = $1", vec![counsellor_id.into()])
        .await?
        .try_get("full_name")?;
    let (uid, moves) = match replaces {
        Some(old) => match for_calendar(db, &[old.to_string()]).await?.into_iter().next() {
            Some(r) => (r.uid, r.moves + 1),
            None => (id.to_string(), 0),
        },
        None => (id.to_string(), 0),
    };
    Ok(CalendarRow { id: id.to_string(), uid, moves, starts_at, ends_at, counsellor, cancelled: false })
}

/// What a calendar needs of a booking: its times, the counsellor's name, and its calendar
/// identity: the first booking of its chain of moves (`rescheduled_from`) and how many moves
/// led to it.
#[derive(Clone, Debug)]
pub struct CalendarRow {
    pub id: String,
    pub uid: String,
    pub moves: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub counsellor: String,
    pub cancelled: bool,
}

impl CalendarRow {
    /// The row as a calendar event, at `url`, marked cancelled when `cancelled`.
    pub fn event<'a>(&'a self, url: &'a str, cancelled: bool) -> crate::bookings::ics::Event<'a> {
        crate::bookings::ics::Event {
            uid: &self.uid,
            moves: self.moves,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            url,
            cancelled,
            counsellor: &self.counsellor,
        }
    }
}

/// The calendar rows of these bookings, in the order given (missing ones left out).
pub async fn for_calendar(db: &Db, ids: &[String]) -> Result<Vec<CalendarRow>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    let sql = format!(
        "WITH RECURSIVE chain (id, at, depth) AS (
           SELECT id, id, 0 FROM bookings WHERE id IN ({})
           UNION ALL
           SELECT c.id, b.rescheduled_from, c.depth + 1 FROM chain c JOIN bookings b ON b.id = c.at
            WHERE b.rescheduled_from IS NOT NULL AND c.depth < 100
         )
         SELECT b.id, c.at AS uid, c.depth AS moves, b.starts_at, b.ends_at, b.status, p.full_name
           FROM chain c JOIN bookings b ON b.id = c.id JOIN counsellor_profiles p ON p.user_id = b.counsellor_id
          WHERE c.depth = (SELECT MAX(d.depth) FROM chain d WHERE d.id = c.id)",
        crate::db::placeholders(1, ids.len())
    );
    let rows = db.read_all(&sql, ids.iter().map(|i| i.into()).collect()).await?;
    let mut out: Vec<CalendarRow> = rows
        .into_iter()
        .map(|r| {
            Ok(CalendarRow {
                id: r.try_get("id")?,
                uid: r.try_get("uid")?,
                moves: r.try_get("moves")?,
                starts_at: r.try_get("starts_at")?,
                ends_at: r.try_get("ends_at")?,
                counsellor: r.try_get("full_name")?,
                cancelled: r.try_get::<String, _>("status")? == "cancelled",
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
    out.sort_by_key(|r| ids.iter().position(|i| *i == r.id));
    Ok(out)
}

/// Whether a booking was moved on to another (its calendar event lives on in that one).
pub async fn superseded(db: &Db, ids: &[String]) -> Result<Vec<String>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    let sql = format!(
        "SELECT DISTINCT rescheduled_from AS id FROM bookings WHERE rescheduled_from IN ({})",
        crate::db::placeholders(1, ids.len())
    );
    db.read_all(&sql, ids.iter().map(|i| i.into()).collect()).await?.into_iter().map(|r| r.try_get("id")).collect()
}

/// Live bookings whose day-before or hour-before reminder is due and not yet sent, as
/// (booking, "day" or "hour"). A reminder is due only if the booking was made before its
/// moment: a session booked two hours ahead gets no day-before reminder.
pub async fn due_booking_reminders(db: &Db, now: i64) -> Result<Vec<(String, &'static str)>, sqlx::Error> {
    let mut out = vec![];
    for (kind, lead) in [("day", crate::clock::DAY), ("hour", crate::clock::HOUR)] {
        let rows = db
            .read_all(
                "SELECT b.id FROM bookings b
             WHERE b.status = 'booked' AND b.starts_at > $1 AND b.starts_at <= $2 AND b.created_at < b.starts_at - $3
               AND NOT EXISTS (SELECT 1 FROM booking_reminders r WHERE r.booking_id = b.id AND r.kind = $4)
             ORDER BY b.starts_at LIMIT 500",
                vec![now.into(), (now + lead).into(), lead.into(), kind.into()],
            )
            .await?;
        for r in rows {
            out.push((r.try_get("id")?, kind));
        }
    }
    Ok(out)
}

/// Claims one reminder; true for exactly one caller, whichever instance.
/// Claims a reminder and queues its mail in the same transaction (see
/// `program::store::claim_reminder`).
pub async fn claim_booking_reminder(
    db: &Db,
    booking_id: &str,
    kind: &str,
    mail: &[crate::mail::Prepared],
    now: i64,
) -> Result<bool, sqlx::Error> {
    let claim = sqlx::query(
        "INSERT INTO booking_reminders (booking_id, kind, sent_at) VALUES ($1, $2, $3)
         ON CONFLICT (booking_id, kind) DO NOTHING",
    )
    .bind(booking_id)
    .bind(kind)
    .bind(now);
    crate::mail::claim_with(db, claim, mail, now).await
}

/// Replaces the member's calendar feed token (only its hash is kept).
pub async fn set_feed(db: &Db, user_id: &str, token_hash: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET token_hash = $2, created_at = $3",
    )
    .bind(user_id)
    .bind(token_hash)
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

pub async fn revoke_feed(db: &Db, user_id: &str) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1").bind(user_id).write(db).await?;
    Ok(r.rows_affected() > 0)
}

pub async fn has_feed(db: &Db, user_id: &str) -> Result<Option<i64>, sqlx::Error> {
    db.read_optional("SELECT created_at FROM calendar_feeds WHERE user_id = $1", vec![user_id.into()])
        .await?
        .map(|r| r.try_get("created_at"))
        .transpose()
}

/// Whose feed a token opens.
pub async fn feed_owner(db: &Db, token_hash: &str) -> Result<Option<FeedOwner>, sqlx::Error> {
    db.read_optional(
        "SELECT u.id, u.role, u.discreet FROM calendar_feeds f JOIN users u ON u.id = f.user_id
         WHERE f.token_hash = $1 AND u.disabled_at IS NULL",
        vec![token_hash.into()],
    )
    .await?
    .map(|r| {
        Ok(FeedOwner {
            user_id: r.try_get("id")?,
            role: r.try_get("role")?,
            discreet: r.try_get::<Option<String>, _>("discreet")?.is_some(),
        })
    })
    .transpose()
}
