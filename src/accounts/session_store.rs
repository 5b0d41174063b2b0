//! Server-side sessions: the cookie holds a random token, the table holds its hash.

use super::model::{Role, SessionUser};
use crate::app::AppState;
use crate::clock::MINUTE;
use crate::crypto::{random_token, token_hash};
use crate::db::Write as _;
use crate::db::{Db, new_id};

/// Starts a session and returns the token for the cookie.
pub async fn create(state: &AppState, user_id: &str, user_agent: &str) -> Result<String, sqlx::Error> {
    let now = state.clock.now_ms();
    let token = random_token();
    let ua: String = user_agent.chars().take(300).collect();
    sqlx::query(
        "INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at, user_agent, authenticated_at)
         VALUES ($1, $2, $3, $4, $4, $5, $6, $4)",
    )
    .bind(new_id())
    .bind(token_hash(&token))
    .bind(user_id)
    .bind(now)
    .bind(now + state.config.session_max_hours * 60 * MINUTE)
    .bind(ua)
    .write(&state.db)
    .await?;
    Ok(token)
}

/// The person behind a session token, if the session is live: not past its absolute
/// expiry, used recently enough, and the account not disabled. Marks it as seen.
pub async fn resolve(state: &AppState, hash: &str) -> anyhow::Result<Option<SessionUser>> {
    let now = state.clock.now_ms();
    let idle_cutoff = now - state.config.session_idle_minutes * MINUTE;
    let row = state
        .db
        .read_optional(
            "SELECT s.id AS session_id, s.last_seen_at, s.authenticated_at, u.id, u.email, u.display_name, u.role, u.time_zone, u.discreet, u.language,
               (SELECT COUNT(*) FROM thread_reads r WHERE r.user_id = u.id AND r.unread_since IS NOT NULL) AS unread
             FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.disabled_at IS NULL",
            vec![hash.into(), now.into(), idle_cutoff.into()],
        )
        .await?;
    let Some(r) = row else { return Ok(None) };
    let session_id: String = r.try_get("session_id")?;
    let last_seen: i64 = r.try_get("last_seen_at")?;
    // One write a minute at most per session keeps reads cheap.
    if now - last_seen > MINUTE {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id = $2")
            .bind(now)
            .bind(&session_id)
            .write(&state.db)
            .await?;
    }
    Ok(Some(SessionUser {
        session_id,
        id: r.try_get("id")?,
        email: r.try_get("email")?,
        display_name: r.try_get("display_name")?,
        role: Role::parse(&r.try_get::<String, _>("role")?),
        time_zone: r.try_get("time_zone")?,
        discreet: r.try_get::<Option<String>, _>("discreet")?.is_some(),
        authenticated_at: r.try_get("authenticated_at")?,
        language: r.try_get::<Option<String>, _>("language")?.as_deref().and_then(crate::i18n::Lang::parse),
        unread: r.try_get("unread")?,
    }))
}

#[derive(Clone, Debug)]
pub struct SessionInfo {
    pub id: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub user_agent: String,
}

pub async fn list(db: &Db, user_id: &str, now: i64) -> Result<Vec<SessionInfo>, sqlx::Error> {
    let rows = db
        .read_all(
            "SELECT id, created_at, last_seen_at, user_agent FROM sessions
         WHERE user_id = $1 AND expires_at > $2 ORDER BY last_seen_at DESC",
            vec![user_id.into(), now.into()],
        )
        .await?;
    rows.into_iter()
        .map(|r| {
            Ok(SessionInfo {
                id: r.try_get("id")?,
                created_at: r.try_get("created_at")?,
                last_seen_at: r.try_get("last_seen_at")?,
                user_agent: r.try_get("user_agent")?,
            })
        })
        .collect()
}

/// Ends one of the person's own sessions; someone else's session id ends nothing.
pub async fn end(db: &Db, user_id: &str, session_id: &str) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("DELETE FROM sessions WHERE id = $1 AND user_id = $2")
        .bind(session_id)
        .bind(user_id)
        .write(db)
        .await?;
    Ok(r.rows_affected() > 0)
}

pub async fn end_others(db: &Db, user_id: &str, keep_session_id: &str) -> Result<u64, sqlx::Error> {
    let r = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2")
        .bind(user_id)
        .bind(keep_session_id)
        .write(db)
        .await?;
    Ok(r.rows_affected())
}

pub async fn end_all(db: &Db, user_id: &str) -> Result<u64, sqlx::Error> {
    let r = sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).write(db).await?;
    Ok(r.rows_affected())
}

/// Removes sessions past their absolute expiry or idle for longer than allowed.
pub async fn prune(db: &Db, now: i64, idle_cutoff: i64) -> Result<u64, sqlx::Error> {
    let r = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
        .bind(now)
        .bind(idle_cutoff)
        .write(db)
        .await?;
    Ok(r.rows_affected())
}

/// Signing out: the session behind this token ends.
pub async fn end_by_token_hash(db: &Db, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(hash).write(db).await?;
    Ok(())
}

/// Whether a session still stands (not ended, not expired): open sockets ask this.
pub async fn is_live(db: &Db, session_id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let r = db
        .read_optional(
            "SELECT 1 AS one FROM sessions WHERE id = $1 AND expires_at > $2",
            vec![session_id.into(), now.into()],
        )
        .await?;
    Ok(r.is_some())
}
