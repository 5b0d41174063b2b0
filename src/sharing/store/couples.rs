//! A couple as one client: which couples a counsellor has (from couple bookings), the
//! counsellor's notes about a couple, and exercises for a couple with each partner's done mark.

use crate::db::Write as _;
use std::collections::HashMap;

use crate::crypto::Crypto;
use crate::crypto::store::existing_key;
use crate::db::Db;
use crate::journal::store::owner_id as user_owner;
use crate::sharing::model::{CoupleClient, CoupleExercise, Person};
use crate::spaces::store::owner_id as space_owner;

/// The couples a counsellor has: every space with a couple booking with them, with its
/// current members, by the members' names.
pub async fn couple_clients(db: &Db, counsellor_id: &str) -> Result<Vec<CoupleClient>, sqlx::Error> {
    let rows = db
        .read_all(
            "SELECT DISTINCT b.space_id, u.id, u.display_name FROM bookings b
             JOIN memberships m ON m.space_id = b.space_id AND m.left_at IS NULL
             JOIN users u ON u.id = m.user_id
             WHERE b.counsellor_id = $1 AND b.kind = 'couple'
             ORDER BY b.space_id, u.display_name",
            vec![counsellor_id.into()],
        )
        .await?;
    let mut out: Vec<CoupleClient> = vec![];
    for r in rows {
        let space_id: String = r.try_get("space_id")?;
        let person = Person { id: r.try_get("id")?, name: r.try_get("display_name")? };
        match out.last_mut() {
            Some(c) if c.space_id == space_id => c.partners.push(person),
            _ => out.push(CoupleClient { space_id, partners: vec![person] }),
        }
    }
    out.sort_by_key(CoupleClient::names);
    Ok(out)
}

/// One couple of the counsellor's, or None when no couple booking links them.
pub async fn couple_client(db: &Db, counsellor_id: &str, space_id: &str) -> Result<Option<CoupleClient>, sqlx::Error> {
    Ok(couple_clients(db, counsellor_id).await?.into_iter().find(|c| c.space_id == space_id))
}

/// People who booked individual sessions with the counsellor, by name.
pub async fn individual_clients(db: &Db, counsellor_id: &str) -> Result<Vec<Person>, sqlx::Error> {
    db.read_all(
        "SELECT DISTINCT u.id, u.display_name FROM bookings b JOIN users u ON u.id = b.booked_by
         WHERE b.counsellor_id = $1 AND b.kind = 'individual' ORDER BY u.display_name",
        vec![counsellor_id.into()],
    )
    .await?
    .into_iter()
    .map(|r| Ok(Person { id: r.try_get("id")?, name: r.try_get("display_name")? }))
    .collect()
}

/// The couple the counsellor has with this member now, if any: their current space, when a
/// couple booking links it to the counsellor.
pub async fn couple_of(db: &Db, counsellor_id: &str, member_id: &str) -> Result<Option<String>, sqlx::Error> {
    db.read_optional(
        "SELECT m.space_id FROM memberships m WHERE m.user_id = $2 AND m.left_at IS NULL
           AND EXISTS (SELECT 1 FROM bookings b WHERE b.counsellor_id = $1 AND b.kind = 'couple'
                       AND b.space_id = m.space_id)",
        vec![counsellor_id.into(), member_id.into()],
    )
    .await?
    .map(|r| r.try_get("space_id"))
    .transpose()
}

pub async fn add_couple_note(
    db: &Db,
    crypto: &Crypto,
    counsellor_id: &str,
    space_id: &str,
    text: &str,
    now: i64,
) -> anyhow::Result<()> {
    let sql = "INSERT INTO couple_notes (id, counsellor_id, space_id, body, created_at) VALUES ($1, $2, $3, $4, $5)";
    super::insert_sealed(db, crypto, sql, &user_owner(counsellor_id), (counsellor_id, space_id), text, now).await
}

/// The counsellor's own notes about a couple, newest first, as (text, written at).
pub async fn couple_notes(
    db: &Db,
    crypto: &Crypto,
    counsellor_id: &str,
    space_id: &str,
) -> anyhow::Result<Vec<(String, i64)>> {
    let sql = "SELECT id, body, created_at FROM couple_notes WHERE counsellor_id = $1 AND space_id = $2
               ORDER BY created_at DESC";
    super::own_notes(db, crypto, sql, counsellor_id, space_id).await
}

/// An exercise for the couple, sealed under the space's key: both partners read it.
pub async fn assign_couple_exercise(
    db: &Db,
    crypto: &Crypto,
    counsellor_id: &str,
    space_id: &str,
    text: &str,
    now: i64,
) -> anyhow::Result<()> {
    let sql =
        "INSERT INTO couple_exercises (id, counsellor_id, space_id, body, created_at) VALUES ($1, $2, $3, $4, $5)";
    super::insert_sealed(db, crypto, sql, &space_owner(space_id), (counsellor_id, space_id), text, now).await
}

/// A couple's exercises, newest first, each with who marked it done; from one counsellor only
/// when `counsellor_id` is set.
pub async fn couple_exercises(
    db: &Db,
    crypto: &Crypto,
    space_id: &str,
    counsellor_id: Option<&str>,
) -> anyhow::Result<Vec<CoupleExercise>> {
    let rows = db
        .read_all(
            "SELECT e.id, e.body, e.created_at, p.full_name FROM couple_exercises e
             JOIN counsellor_profiles p ON p.user_id = e.counsellor_id
             WHERE e.space_id = $1 AND ($2 = '' OR e.counsellor_id = $2) ORDER BY e.created_at DESC LIMIT 100",
            vec![space_id.into(), counsellor_id.unwrap_or("").into()],
        )
        .await?;
    if rows.is_empty() {
        return Ok(vec![]);
    }
    let mut done: HashMap<String, Vec<(String, i64)>> = HashMap::new();
    for r in db
        .read_all(
            "SELECT d.exercise_id, d.user_id, d.done_at FROM couple_exercise_done d
             JOIN couple_exercises e ON e.id = d.exercise_id WHERE e.space_id = $1",
            vec![space_id.into()],
        )
        .await?
    {
        done.entry(r.try_get("exercise_id")?).or_default().push((r.try_get("user_id")?, r.try_get("done_at")?));
    }
    let Some(key) = existing_key(db, crypto, &space_owner(space_id)).await? else { return Ok(vec![]) };
    rows.into_iter()
        .map(|r| {
            let id: String = r.try_get("id")?;
            Ok(CoupleExercise {
                text: key.open_text(&id, &r.try_get::<Vec<u8>, _>("body")?)?,
                counsellor_name: r.try_get("full_name")?,
                created_at: r.try_get("created_at")?,
                done_by: done.remove(&id).unwrap_or_default(),
                id,
            })
        })
        .collect()
}

/// A partner marks their own part of a couple exercise done: only a current member of its
/// space, once. False when it is not theirs or already marked.
pub async fn couple_exercise_done(db: &Db, user_id: &str, id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "INSERT INTO couple_exercise_done (exercise_id, user_id, done_at)
         SELECT e.id, $2, $3 FROM couple_exercises e
         JOIN memberships m ON m.space_id = e.space_id AND m.user_id = $2 AND m.left_at IS NULL
         WHERE e.id = $1
         ON CONFLICT DO NOTHING",
    )
    .bind(id)
    .bind(user_id)
    .bind(now)
    .write(db)
    .await?;
    Ok(r.rows_affected() > 0)
}
