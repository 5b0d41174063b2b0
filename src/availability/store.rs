//! Availability's SQL: a counsellor's booking rules, weekly windows and exceptions, and the
//! times live bookings hold. Slots themselves are computed (`model.rs`), never stored.

use crate::db::Write as _;
use crate::db::read::ReadRow;

use super::model::{Calendar, Exception, Rules, Window};
use crate::db::{Db, new_id};

/// One row's columns as the values `slots` reads; the single and the batch reads share them.
fn rules_of(row: &ReadRow, time_zone: &str) -> Result<Rules, sqlx::Error> {
    Ok(Rules {
        time_zone: time_zone.to_string(),
        session_minutes: row.try_get("session_minutes")?,
        buffer_minutes: row.try_get("buffer_minutes")?,
        notice_hours: row.try_get("notice_hours")?,
        horizon_days: row.try_get("horizon_days")?,
        cancel_hours: row.try_get("cancel_hours")?,
    })
}

fn window_of(r: &ReadRow) -> Result<Window, sqlx::Error> {
    Ok(Window {
        weekday: r.try_get::<i64, _>("weekday")?.clamp(0, 6) as u8,
        start: r.try_get::<i64, _>("start_minute")?.clamp(0, 1439) as u16,
        end: r.try_get::<i64, _>("end_minute")?.clamp(1, 1440) as u16,
    })
}

fn exception_of(r: &ReadRow) -> Result<Exception, sqlx::Error> {
    Ok(Exception {
        off: r.try_get::<String, _>("kind")? == "off",
        starts_at: r.try_get("starts_at")?,
        ends_at: r.try_get("ends_at")?,
    })
}

pub async fn rules(db: &Db, counsellor_id: &str, time_zone: &str) -> Result<Rules, sqlx::Error> {
    let row = db
        .read_optional(
            "SELECT session_minutes, buffer_minutes, notice_hours, horizon_days, cancel_hours FROM counsellor_rules
         WHERE user_id = $1",
            vec![counsellor_id.into()],
        )
        .await?;
    match row {
        Some(row) => rules_of(&row, time_zone),
        None => Ok(Rules { time_zone: time_zone.to_string(), ..Rules::default() }),
    }
}

pub async fn save_rules(db: &Db, counsellor_id: &str, r: &Rules, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO counsellor_rules (user_id, session_minutes, buffer_minutes, notice_hours, horizon_days, cancel_hours, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (user_id) DO UPDATE SET session_minutes = $2, buffer_minutes = $3, notice_hours = $4,
             horizon_days = $5, cancel_hours = $6, updated_at = $7",
    )
    .bind(counsellor_id)
    .bind(r.session_minutes)
    .bind(r.buffer_minutes)
    .bind(r.notice_hours)
    .bind(r.horizon_days)
    .bind(r.cancel_hours)
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

/// A stored weekly window with its id, so it can be removed.
pub struct StoredWindow {
    pub id: String,
    pub window: Window,
}

/// A stored exception with its id, so it can be removed.
pub struct StoredException {
    pub id: String,
    pub exception: Exception,
}

pub async fn windows(db: &Db, counsellor_id: &str) -> Result<Vec<StoredWindow>, sqlx::Error> {
    db.read_all(
        "SELECT id, weekday, start_minute, end_minute FROM availability_windows WHERE counsellor_id = $1
         ORDER BY weekday, start_minute",
        vec![counsellor_id.into()],
    )
    .await?
    .into_iter()
    .map(|r| Ok(StoredWindow { id: r.try_get("id")?, window: window_of(&r)? }))
    .collect()
}

pub async fn add_window(db: &Db, counsellor_id: &str, w: Window) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO availability_windows (id, counsellor_id, weekday, start_minute, end_minute) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(new_id())
    .bind(counsellor_id)
    .bind(i64::from(w.weekday))
    .bind(i64::from(w.start))
    .bind(i64::from(w.end))
    .write(db)
    .await?;
    Ok(())
}

/// Deletes one of the counsellor's own rows by a constant statement; false when not theirs.
async fn delete_own(db: &Db, delete_sql: &'static str, counsellor_id: &str, id: &str) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(delete_sql).bind(id).bind(counsellor_id).write(db).await?;
    Ok(r.rows_affected() > 0)
}

pub async fn delete_window(db: &Db, counsellor_id: &str, id: &str) -> Result<bool, sqlx::Error> {
    delete_own(db, "DELETE FROM availability_windows WHERE id = $1 AND counsellor_id = $2", counsellor_id, id).await
}

/// Exceptions that have not ended by `since`, in time order.
pub async fn exceptions(db: &Db, counsellor_id: &str, since: i64) -> Result<Vec<StoredException>, sqlx::Error> {
    db.read_all(
        "SELECT id, kind, starts_at, ends_at FROM availability_exceptions WHERE counsellor_id = $1 AND ends_at > $2
         ORDER BY starts_at",
        vec![counsellor_id.into(), since.into()],
    )
    .await?
    .into_iter()
    .map(|r| Ok(StoredException { id: r.try_get("id")?, exception: exception_of(&r)? }))
    .collect()
}

pub async fn add_exception(db: &Db, counsellor_id: &str, x: Exception, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO availability_exceptions (id, counsellor_id, kind, starts_at, ends_at, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(new_id())
    .bind(counsellor_id)
    .bind(if x.off { "off" } else { "extra" })
    .bind(x.starts_at)
    .bind(x.ends_at)
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

pub async fn delete_exception(db: &Db, counsellor_id: &str, id: &str) -> Result<bool, sqlx::Error> {
    delete_own(db, "DELETE FROM availability_exceptions WHERE id = $1 AND counsellor_id = $2", counsellor_id, id).await
}

/// One counsellor's calendar from now to the end of their horizon, with their rules in
/// `time_zone`.
pub async fn calendar(db: &Db, counsellor_id: &str, time_zone: &str, now: i64) -> Result<Calendar, sqlx::Error> {
    calendar_until(db, counsellor_id, time_zone, now, None).await
}

/// The counsellor's calendar with bookings up to `until` (a series' last session) instead of
/// the horizon, whichever is later.
pub async fn calendar_until(
    db: &Db,
    counsellor_id: &str,
    time_zone: &str,
    now: i64,
    until: Option<i64>,
) -> Result<Calendar, sqlx::Error> {
    let rules = rules(db, counsellor_id, time_zone).await?;
    let windows = windows(db, counsellor_id).await?.into_iter().map(|w| w.window).collect();
    let exceptions = exceptions(db, counsellor_id, now).await?.into_iter().map(|x| x.exception).collect();
    let horizon = now + (rules.horizon_days + 1) * crate::clock::DAY;
    let busy = busy(db, counsellor_id, now, horizon.max(until.unwrap_or(0) + crate::clock::DAY)).await?;
    Ok(Calendar { rules: Some(rules), windows, exceptions, busy })
}

/// Times the counsellor is held by live bookings between `from` and `to`.
pub async fn busy(db: &Db, counsellor_id: &str, from: i64, to: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    db.read_all(
        "SELECT starts_at, held_until FROM bookings
         WHERE counsellor_id = $1 AND status = 'booked' AND held_until > $2 AND starts_at < $3",
        vec![counsellor_id.into(), from.into(), to.into()],
    )
    .await?
    .into_iter()
    .map(|r| Ok((r.try_get("starts_at")?, r.try_get("held_until")?)))
    .collect()
}

/// The calendars of many counsellors in four statements (rules, windows, exceptions still to
/// come, bookings still holding time) instead of four each: the directory shows twenty first
/// free times a page and the "free within" filter checks up to 500.
pub async fn calendars(
    db: &Db,
    ids: &[&str],
    now: i64,
) -> Result<std::collections::HashMap<String, Calendar>, sqlx::Error> {
    let mut out: std::collections::HashMap<String, Calendar> =
        ids.iter().map(|id| (id.to_string(), Calendar::default())).collect();
    if ids.is_empty() {
        return Ok(out);
    }
    let list = crate::db::placeholders(1, ids.len());
    // Every statement takes the same binds, the ids and then now; the first two only compare
    // now with zero, so one bind loop serves all four.
    let after = format!("${}", ids.len() + 1);
    let statements = [
        format!(
            "SELECT user_id AS owner, session_minutes, buffer_minutes, notice_hours, horizon_days, cancel_hours
             FROM counsellor_rules WHERE user_id IN ({list}) AND 0 < {after}"
        ),
        format!(
            "SELECT counsellor_id AS owner, weekday, start_minute, end_minute FROM availability_windows
             WHERE counsellor_id IN ({list}) AND 0 < {after} ORDER BY weekday, start_minute"
        ),
        format!(
            "SELECT counsellor_id AS owner, kind, starts_at, ends_at FROM availability_exceptions
             WHERE counsellor_id IN ({list}) AND ends_at > {after} ORDER BY starts_at"
        ),
        format!(
            "SELECT counsellor_id AS owner, starts_at, held_until FROM bookings
             WHERE counsellor_id IN ({list}) AND status = 'booked' AND held_until > {after}"
        ),
    ];
    let mut args: Vec<crate::db::read::Arg> = ids.iter().map(|id| (*id).into()).collect();
    args.push(now.into());
    for (part, sql) in statements.into_iter().enumerate() {
        for r in db.read_all(&sql, args.clone()).await? {
            let owner: String = r.try_get("owner")?;
            let Some(c) = out.get_mut(&owner) else { continue };
            match part {
                0 => c.rules = Some(rules_of(&r, "")?),
                1 => c.windows.push(window_of(&r)?),
                2 => c.exceptions.push(exception_of(&r)?),
                _ => c.busy.push((r.try_get("starts_at")?, r.try_get("held_until")?)),
            }
        }
    }
    Ok(out)
}

/// A counsellor's rules, weekly hours and exceptions, deleted with their account.
pub const MEMBER_ROWS: &[&str] = &[
    "DELETE FROM availability_windows WHERE counsellor_id = $1",
    "DELETE FROM availability_exceptions WHERE counsellor_id = $1",
    "DELETE FROM counsellor_rules WHERE user_id = $1",
];

/// Deletes what a member owns here, inside account deletion's transaction.
pub async fn delete_member(tx: &mut crate::db::Tx, user_id: &str) -> Result<(), sqlx::Error> {
    crate::db::delete_for(tx, MEMBER_ROWS, user_id).await
}
