//! Sharing's SQL: what a client chose to show, the log of every read, and the
//! counsellor's private notes. A counsellor is someone's counsellor only while a booking
//! links them (made by the client, or a couple session of the client's current space).

mod couples;

pub use couples::*;

use crate::crypto::Crypto;
use crate::crypto::store::{data_key, existing_key};
use crate::db::Write as _;
use crate::db::{Db, new_id};
use crate::journal::store::owner_id as user_owner;
use crate::sharing::model::{Exercise, Read, SAME_VISIT_MS};

/// Whether a booking links the counsellor and the client.
pub async fn is_client(db: &Db, counsellor_id: &str, client_id: &str) -> Result<bool, sqlx::Error> {
    let r = db
        .read_optional(
            "SELECT 1 AS one FROM bookings b WHERE b.counsellor_id = $1
           AND (b.booked_by = $2 OR (b.kind = 'couple' AND b.space_id IN
                (SELECT m.space_id FROM memberships m WHERE m.user_id = $2 AND m.left_at IS NULL)))
         LIMIT 1",
            vec![counsellor_id.into(), client_id.into()],
        )
        .await?;
    Ok(r.is_some())
}

/// The counsellors a member has a booking with, as (id, name).
pub async fn my_counsellors(db: &Db, client_id: &str) -> Result<Vec<(String, String)>, sqlx::Error> {
    db.read_all("SELECT DISTINCT p.user_id, p.full_name FROM bookings b JOIN counsellor_profiles p ON p.user_id = b.counsellor_id
         WHERE b.booked_by = $1 OR (b.kind = 'couple' AND b.space_id IN
               (SELECT m.space_id FROM memberships m WHERE m.user_id = $1 AND m.left_at IS NULL))
         ORDER BY p.full_name", vec![client_id.into()])
    .await?
    .into_iter()
    .map(|r| Ok((r.try_get("user_id")?, r.try_get("full_name")?)))
    .collect()
}

/// A counsellor's clients, as (id, name).
pub async fn my_clients(db: &Db, counsellor_id: &str) -> Result<Vec<(String, String)>, sqlx::Error> {
    db.read_all(
        "SELECT DISTINCT u.id, u.display_name FROM bookings b JOIN users u
           ON u.id = b.booked_by OR (b.kind = 'couple' AND u.id IN
              (SELECT m.user_id FROM memberships m WHERE m.space_id = b.space_id AND m.left_at IS NULL))
         WHERE b.counsellor_id = $1 ORDER BY u.display_name",
        vec![counsellor_id.into()],
    )
    .await?
    .into_iter()
    .map(|r| Ok((r.try_get("id")?, r.try_get("display_name")?)))
    .collect()
}

/// The live shares from a client to a counsellor, as (what, item id or "").
pub async fn shares(db: &Db, client_id: &str, counsellor_id: &str) -> Result<Vec<(String, String)>, sqlx::Error> {
    db.read_all(
        "SELECT what, item_id FROM counsellor_shares
         WHERE client_id = $1 AND counsellor_id = $2 AND revoked_at IS NULL ORDER BY granted_at",
        vec![client_id.into(), counsellor_id.into()],
    )
    .await?
    .into_iter()
    .map(|r| Ok((r.try_get("what")?, r.try_get("item_id")?)))
    .collect()
}

/// Makes the live shares exactly `wanted`: new ones granted, missing ones revoked, in one
/// write transaction.
pub async fn set_shares(
    db: &Db,
    client_id: &str,
    counsellor_id: &str,
    wanted: &[(String, String)],
    now: i64,
) -> Result<(), sqlx::Error> {
    let current = shares(db, client_id, counsellor_id).await?;
    let mut tx = db.begin_write().await?;
    for (what, item) in current.iter().filter(|c| !wanted.contains(c)) {
        sqlx::query(
            "UPDATE counsellor_shares SET revoked_at = $5
             WHERE client_id = $1 AND counsellor_id = $2 AND what = $3 AND item_id = $4 AND revoked_at IS NULL",
        )
        .bind(client_id)
        .bind(counsellor_id)
        .bind(what)
        .bind(item)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    for (what, item) in wanted.iter().filter(|w| !current.contains(w)) {
        sqlx::query(
            "INSERT INTO counsellor_shares (id, client_id, counsellor_id, what, item_id, granted_at) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT DO NOTHING",
        )
        .bind(new_id())
        .bind(client_id)
        .bind(counsellor_id)
        .bind(what)
        .bind(item)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    crate::audit::append_in(db, &mut tx, client_id, "shares-changed", counsellor_id, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Writes one line of the read log for a visit that read `what` (kinds, comma-separated),
/// unless the same counsellor logged the same reads of this client moments ago: a reload is
/// the same visit.
pub async fn log_visit(db: &Db, client_id: &str, counsellor_id: &str, what: &str, now: i64) -> Result<(), sqlx::Error> {
    let recent = db
        .read_optional(
            "SELECT 1 AS one FROM counsellor_reads
             WHERE client_id = $1 AND counsellor_id = $2 AND what = $3 AND read_at > $4 LIMIT 1",
            vec![client_id.into(), counsellor_id.into(), what.into(), (now - SAME_VISIT_MS).into()],
        )
        .await?;
    if recent.is_some() {
        return Ok(());
    }
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO counsellor_reads (id, client_id, counsellor_id, what, read_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(new_id())
    .bind(client_id)
    .bind(counsellor_id)
    .bind(what)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    crate::audit::append_in(db, &mut tx, counsellor_id, &format!("counsellor-read:{what}"), client_id, now).await?;
    tx.commit().await
}

/// The client's read log, newest first.
pub async fn reads(db: &Db, client_id: &str) -> Result<Vec<Read>, sqlx::Error> {
    db.read_all(
        "SELECT p.full_name, r.what, r.read_at FROM counsellor_reads r
         JOIN counsellor_profiles p ON p.user_id = r.counsellor_id
         WHERE r.client_id = $1 ORDER BY r.read_at DESC LIMIT 200",
        vec![client_id.into()],
    )
    .await?
    .into_iter()
    .map(|r| {
        Ok(Read { counsellor_name: r.try_get("full_name")?, what: r.try_get("what")?, read_at: r.try_get("read_at")? })
    })
    .collect()
}

/// Seals `text` under the key of `key_owner` (a data-key owner id, `user:…` or `space:…`) and
/// stores it as a counsellor's row about a client or a couple: a note (the counsellor's key),
/// an exercise (the client's, or the couple's space's).
async fn insert_sealed(
    db: &Db,
    crypto: &Crypto,
    insert_sql: &'static str,
    key_owner: &str,
    (counsellor_id, about): (&str, &str),
    text: &str,
    now: i64,
) -> anyhow::Result<()> {
    let id = new_id();
    let sealed = data_key(db, crypto, key_owner, now).await?.seal_text(&id, text);
    sqlx::query(insert_sql).bind(&id).bind(counsellor_id).bind(about).bind(sealed).bind(now).write(db).await?;
    Ok(())
}

/// A counsellor's own notes (`select_sql` binds the counsellor and who they are about),
/// opened with the counsellor's key, as (text, written at).
async fn own_notes(
    db: &Db,
    crypto: &Crypto,
    select_sql: &'static str,
    counsellor_id: &str,
    about: &str,
) -> anyhow::Result<Vec<(String, i64)>> {
    let rows = db.read_all(select_sql, vec![counsellor_id.into(), about.into()]).await?;
    let Some(key) = existing_key(db, crypto, &user_owner(counsellor_id)).await? else { return Ok(vec![]) };
    rows.into_iter()
        .map(|r| {
            let id: String = r.try_get("id")?;
            Ok((key.open_text(&id, &r.try_get::<Vec<u8>, _>("body")?)?, r.try_get("created_at")?))
        })
        .collect()
}

pub async fn add_note(
    db: &Db,
    crypto: &Crypto,
    counsellor_id: &str,
    client_id: &str,
    text: &str,
    now: i64,
) -> anyhow::Result<()> {
    let sql = "INSERT INTO session_notes (id, counsellor_id, client_id, body, created_at) VALUES ($1, $2, $3, $4, $5)";
    insert_sealed(db, crypto, sql, &user_owner(counsellor_id), (counsellor_id, client_id), text, now).await
}

/// The counsellor's own notes about a client, newest first: nobody else can read them.
pub async fn notes(
    db: &Db,
    crypto: &Crypto,
    counsellor_id: &str,
    client_id: &str,
) -> anyhow::Result<Vec<(String, i64)>> {
    let sql = "SELECT id, body, created_at FROM session_notes WHERE counsellor_id = $1 AND client_id = $2
               ORDER BY created_at DESC";
    own_notes(db, crypto, sql, counsellor_id, client_id).await
}

pub async fn assign_exercise(
    db: &Db,
    crypto: &Crypto,
    counsellor_id: &str,
    client_id: &str,
    text: &str,
    now: i64,
) -> anyhow::Result<()> {
    let sql = "INSERT INTO exercises (id, counsellor_id, client_id, body, created_at) VALUES ($1, $2, $3, $4, $5)";
    insert_sealed(db, crypto, sql, &user_owner(client_id), (counsellor_id, client_id), text, now).await
}

/// A client's exercises, newest first; from one counsellor only when `counsellor_id` is set.
pub async fn exercises(
    db: &Db,
    crypto: &Crypto,
    client_id: &str,
    counsellor_id: Option<&str>,
) -> anyhow::Result<Vec<Exercise>> {
    let rows = db
        .read_all(
            "SELECT e.id, e.body, e.created_at, e.done_at, p.full_name FROM exercises e
         JOIN counsellor_profiles p ON p.user_id = e.counsellor_id
         WHERE e.client_id = $1 AND ($2 = '' OR e.counsellor_id = $2) ORDER BY e.created_at DESC LIMIT 100",
            vec![client_id.into(), counsellor_id.unwrap_or("").into()],
        )
        .await?;
    let Some(key) = existing_key(db, crypto, &user_owner(client_id)).await? else { return Ok(vec![]) };
    rows.into_iter()
        .map(|r| {
            let id: String = r.try_get("id")?;
            Ok(Exercise {
                text: key.open_text(&id, &r.try_get::<Vec<u8>, _>("body")?)?,
                counsellor_name: r.try_get("full_name")?,
                created_at: r.try_get("created_at")?,
                done_at: r.try_get("done_at")?,
                id,
            })
        })
        .collect()
}

/// The client marks their own exercise done; false when it is not theirs or already done.
pub async fn exercise_done(db: &Db, client_id: &str, id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("UPDATE exercises SET done_at = $3 WHERE id = $1 AND client_id = $2 AND done_at IS NULL")
        .bind(id)
        .bind(client_id)
        .bind(now)
        .write(db)
        .await?;
    Ok(r.rows_affected() > 0)
}

/// What sharing holds of a member, deleted with their account: exercises given to them,
/// shares either way, the read log of their things, and a counsellor's own notes.
pub const MEMBER_ROWS: &[&str] = &[
    "DELETE FROM exercises WHERE client_id = $1",
    "DELETE FROM counsellor_shares WHERE client_id = $1 OR counsellor_id = $1",
    "DELETE FROM counsellor_reads WHERE client_id = $1",
    "DELETE FROM session_notes WHERE counsellor_id = $1",
    "DELETE FROM couple_notes WHERE counsellor_id = $1",
    "DELETE FROM couple_exercise_done WHERE user_id = $1",
];

/// A counsellor's notes about a deleted client: erased unless the operator runs with
/// `--keep-client-notes` (a counsellor's record-keeping duty may require them).
pub const CLIENT_NOTES: &[&str] = &["DELETE FROM session_notes WHERE client_id = $1"];

/// Deletes what sharing holds of a member, inside account deletion's transaction.
pub async fn delete_member(tx: &mut crate::db::Tx, user_id: &str, keep_client_notes: bool) -> Result<(), sqlx::Error> {
    crate::db::delete_for(tx, MEMBER_ROWS, user_id).await?;
    if !keep_client_notes {
        crate::db::delete_for(tx, CLIENT_NOTES, user_id).await?;
    }
    Ok(())
}
