//! The spaces feature's SQL. Every query takes the acting person's id.

use crate::db::Write as _;
use sqlx::Row;

use super::model::{INVITE_TTL, JoinError};
use crate::accounts::store::{self as tokens, NewToken, TokenKind};
use crate::crypto::token_hash;
use crate::crypto::{Crypto, store::data_key};
use crate::db::{Db, Tx, new_id};

#[derive(Clone, Debug)]
pub struct Member {
    pub user_id: String,
    pub display_name: String,
    pub joined_at: i64,
}

#[derive(Clone, Debug)]
pub struct Space {
    pub id: String,
    pub created_at: i64,
    pub members: Vec<Member>,
    pub had_departure: bool,
}

impl Space {
    pub fn partner_of(&self, user_id: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.user_id != user_id)
    }
}

/// SQL for "the reader (`$1`) may read this row of `alias`": their own, or shared into the
/// space both the reader and the author are in now. Every private-entry query uses it, so
/// leaving a space ends access both ways in one place.
pub fn readable_by_reader(alias: &str, author_col: &str) -> String {
    // Both sides of the OR name an indexed column with one value (the author; the reader's
    // current space, found once), so neither engine scans the table or joins from users.
    format!(
        "({alias}.{author_col} = $1 OR ({alias}.visibility = 'shared'
          AND {alias}.space_id = (SELECT r.space_id FROM memberships r WHERE r.user_id = $1 AND r.left_at IS NULL)
          AND EXISTS (SELECT 1 FROM memberships a WHERE a.space_id = {alias}.space_id AND a.user_id = {alias}.{author_col} AND a.left_at IS NULL)))"
    )
}

pub fn owner_id(space_id: &str) -> String {
    format!("space:{space_id}")
}

/// The space `user_id` is in now, with its current members: one statement, since nearly
/// every signed-in page asks.
pub async fn active_space(db: &Db, user_id: &str) -> Result<Option<Space>, sqlx::Error> {
    let rows = db
        .read_all(
            "SELECT s.id, s.created_at, o.user_id, u.display_name, o.joined_at,
               EXISTS (SELECT 1 FROM memberships d WHERE d.space_id = s.id AND d.left_at IS NOT NULL) AS departed
             FROM memberships m JOIN spaces s ON s.id = m.space_id
             JOIN memberships o ON o.space_id = s.id AND o.left_at IS NULL
             JOIN users u ON u.id = o.user_id
             WHERE m.user_id = $1 AND m.left_at IS NULL ORDER BY o.joined_at",
            vec![user_id.into()],
        )
        .await?;
    let Some(first) = rows.first() else { return Ok(None) };
    let members = rows
        .iter()
        .map(|r| {
            Ok(Member {
                user_id: r.try_get("user_id")?,
                display_name: r.try_get("display_name")?,
                joined_at: r.try_get("joined_at")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok(Some(Space {
        id: first.try_get("id")?,
        created_at: first.try_get("created_at")?,
        members,
        had_departure: first.try_get("departed")?,
    }))
}

/// Creates a space with `user_id` in it; None when they are already in one.
pub async fn create(db: &Db, user_id: &str, now: i64) -> Result<Option<String>, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let existing = sqlx::query("SELECT id FROM memberships WHERE user_id = $1 AND left_at IS NULL")
        .bind(user_id)
        .fetch_optional(&mut *tx)
        .await?;
    if existing.is_some() {
        return Ok(None);
    }
    let space_id = new_id();
    sqlx::query("INSERT INTO spaces (id, created_by, created_at) VALUES ($1, $2, $3)")
        .bind(&space_id)
        .bind(user_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    if !add_member(&mut tx, &space_id, user_id, now).await? {
        return Ok(None);
    }
    tx.commit().await?;
    Ok(Some(space_id))
}

/// Adds the person to the space; false when they are in a space already (the partial
/// unique index on active memberships decides, whatever raced before).
async fn add_member(tx: &mut Tx, space_id: &str, user_id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let inserted = sqlx::query("INSERT INTO memberships (id, space_id, user_id, joined_at) VALUES ($1, $2, $3, $4)")
        .bind(new_id())
        .bind(space_id)
        .bind(user_id)
        .bind(now)
        .execute(&mut **tx)
        .await;
    match inserted {
        Ok(_) => Ok(true),
        Err(e) if is_unique_violation(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

/// Replaces the space's invitation with `token` (made by `accounts::store::new_token`), and
/// queues `mail` (the invitation mailed to the partner, if any) in the same transaction.
pub async fn create_invite(
    db: &Db,
    crypto: &Crypto,
    (space_id, user_id): (&str, &str),
    token: String,
    mail: &[crate::mail::Prepared],
    now: i64,
) -> anyhow::Result<()> {
    let key = data_key(db, crypto, &owner_id(space_id), now).await?;
    let sealed = key.seal_text(&token_hash(&token), &token);
    let t = NewToken {
        kind: TokenKind::Invite,
        user_id,
        space_id: Some(space_id),
        next_path: None,
        secret: Some(sealed),
        ttl_ms: INVITE_TTL,
    };
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "UPDATE one_time_tokens SET used_at = $1, secret = NULL WHERE space_id = $2 AND kind = 'invite' AND used_at IS NULL",
    )
    .bind(now)
    .bind(space_id)
    .execute(&mut *tx)
    .await?;
    tokens::create_token(&mut *tx, t, token, now).await?;
    crate::mail::queue_in(&mut tx, mail, now).await?;
    tx.commit().await?;
    Ok(())
}

/// The space's open invitation link and when it expires.
pub async fn current_invite(
    db: &Db,
    crypto: &Crypto,
    space_id: &str,
    now: i64,
) -> anyhow::Result<Option<(String, i64)>> {
    let row = db
        .read_optional(
            "SELECT token_hash, secret, expires_at FROM one_time_tokens
         WHERE space_id = $1 AND kind = 'invite' AND used_at IS NULL AND expires_at > $2
         ORDER BY created_at DESC LIMIT 1",
            vec![space_id.into(), now.into()],
        )
        .await?;
    let Some(r) = row else { return Ok(None) };
    let key = data_key(db, crypto, &owner_id(space_id), now).await?;
    let sealed: Vec<u8> = r.try_get("secret")?;
    let token = key.open_text(&r.try_get::<String, _>("token_hash")?, &sealed)?;
    Ok(Some((token, r.try_get("expires_at")?)))
}

pub async fn revoke_invites(db: &Db, space_id: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE one_time_tokens SET used_at = $1, secret = NULL WHERE space_id = $2 AND kind = 'invite' AND used_at IS NULL",
    )
    .bind(now)
    .bind(space_id)
    .write(db)
    .await?;
    Ok(())
}

/// Who sent a still-valid invitation: the inviter's display name.
pub async fn invite_sender(db: &Db, token: &str, now: i64) -> Result<Option<(String, String)>, sqlx::Error> {
    let Some(t) = tokens::peek_token(db, TokenKind::Invite, token, now).await? else {
        return Ok(None);
    };
    let row = db.read_optional("SELECT id, display_name FROM users WHERE id = $1", vec![(&t.user_id).into()]).await?;
    row.map(|r| Ok((r.try_get("id")?, r.try_get("display_name")?))).transpose()
}

/// Joins the space behind the invitation. All checks and the join happen in one write
/// transaction, and the token is used by a single conditional update, so of many
/// simultaneous uses exactly one succeeds.
pub async fn join(db: &Db, token: &str, user_id: &str, now: i64) -> Result<Result<String, JoinError>, sqlx::Error> {
    // Returning early drops the transaction, which rolls back: a refused join uses nothing.
    let mut tx = db.begin_write().await?;
    let Some(t) = tokens::consume_token(&mut *tx, TokenKind::Invite, token, now).await? else {
        return Ok(Err(JoinError::InvalidLink));
    };
    let in_space = sqlx::query("SELECT id FROM memberships WHERE user_id = $1 AND left_at IS NULL")
        .bind(user_id)
        .fetch_optional(&mut *tx)
        .await?;
    if in_space.is_some() {
        return Ok(Err(JoinError::AlreadyInSpace));
    }
    if t.user_id == user_id {
        return Ok(Err(JoinError::OwnInvitation));
    }
    let Some(space_id) = t.space_id else {
        return Ok(Err(JoinError::InvalidLink));
    };
    // Locks the space's row (PostgreSQL), so two joiners cannot both count one member.
    sqlx::query("UPDATE spaces SET created_at = created_at WHERE id = $1").bind(&space_id).execute(&mut *tx).await?;
    // Members who left count too: a space someone left never takes a new member.
    let row = sqlx::query("SELECT COUNT(*) AS n FROM memberships WHERE space_id = $1")
        .bind(&space_id)
        .fetch_one(&mut *tx)
        .await?;
    let total: i64 = row.try_get("n")?;
    if total >= 2 {
        return Ok(Err(JoinError::Full));
    }
    if !add_member(&mut tx, &space_id, user_id, now).await? {
        return Ok(Err(JoinError::AlreadyInSpace));
    }
    sqlx::query("UPDATE one_time_tokens SET secret = NULL WHERE token_hash = $1")
        .bind(token_hash(token))
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Ok(space_id))
}

/// Leaves the current space. Nothing anyone wrote is deleted; the space closes when empty.
pub async fn leave(db: &Db, user_id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let Some(row) =
        sqlx::query("UPDATE memberships SET left_at = $1 WHERE user_id = $2 AND left_at IS NULL RETURNING space_id")
            .bind(now)
            .bind(user_id)
            .fetch_optional(&mut *tx)
            .await?
    else {
        return Ok(false);
    };
    let space_id: String = row.try_get("space_id")?;
    sqlx::query("UPDATE one_time_tokens SET used_at = $1, secret = NULL WHERE space_id = $2 AND kind = 'invite' AND used_at IS NULL")
        .bind(now)
        .bind(&space_id)
        .execute(&mut *tx)
        .await?;
    // The space's conversations are no longer the leaver's: nothing of them stays counted as unread.
    sqlx::query(
        "DELETE FROM thread_reads WHERE user_id = $1 AND thread_id IN (SELECT id FROM threads WHERE space_id = $2)",
    )
    .bind(user_id)
    .bind(&space_id)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "UPDATE spaces SET closed_at = $1 WHERE id = $2
         AND NOT EXISTS (SELECT 1 FROM memberships WHERE space_id = $2 AND left_at IS NULL)",
    )
    .bind(now)
    .bind(&space_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

pub async fn count_spaces(db: &Db) -> Result<i64, sqlx::Error> {
    db.read_one("SELECT COUNT(*) AS n FROM spaces WHERE closed_at IS NULL", vec![]).await?.try_get("n")
}
