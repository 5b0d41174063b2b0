//! The SQL of the second factor: the sealed TOTP secret, the last step used, recovery codes,
//! sign-ins waiting for a code, and when a session last proved who it is.

use super::totp;
use crate::app::AppState;
use crate::crypto::{random_token, store::data_key, token_hash};
use crate::db::Db;
use crate::db::Write as _;

fn secret_aad(user_id: &str) -> String {
    format!("totp:{user_id}")
}

pub struct Factor {
    pub secret: Vec<u8>,
    pub enabled_at: i64,
}

/// The person's TOTP secret when two-factor sign-in is on.
pub async fn factor(state: &AppState, user_id: &str) -> anyhow::Result<Option<Factor>> {
    let row = state
        .db
        .read_optional(
            "SELECT totp_secret, totp_enabled_at FROM users WHERE id = $1 AND totp_enabled_at IS NOT NULL",
            vec![user_id.into()],
        )
        .await?;
    let Some(r) = row else { return Ok(None) };
    let sealed: Vec<u8> = r.try_get("totp_secret")?;
    let key =
        data_key(&state.db, &state.crypto, &crate::journal::store::owner_id(user_id), state.clock.now_ms()).await?;
    let secret = totp::from_base32(&key.open_text(&secret_aad(user_id), &sealed)?)
        .ok_or_else(|| anyhow::anyhow!("stored TOTP secret is not base32"))?;
    Ok(Some(Factor { secret, enabled_at: r.try_get("totp_enabled_at")? }))
}

/// Turns two-factor sign-in on with this secret and new recovery codes (returned to show once).
/// `last_step` is the step of the code that confirmed it, so that code cannot be used again.
/// `mail` (the notice to the account's address) is queued in the same transaction.
pub async fn enable(
    state: &AppState,
    user_id: &str,
    secret: &[u8],
    last_step: i64,
    mail: &[crate::mail::Prepared],
) -> anyhow::Result<Vec<String>> {
    let now = state.clock.now_ms();
    let key = data_key(&state.db, &state.crypto, &crate::journal::store::owner_id(user_id), now).await?;
    let sealed = key.seal_text(&secret_aad(user_id), &totp::base32(secret));
    let codes = totp::new_recovery_codes();
    let mut tx = state.db.begin_write().await?;
    sqlx::query("UPDATE users SET totp_secret = $1, totp_enabled_at = $2, totp_last_step = $3 WHERE id = $4")
        .bind(sealed)
        .bind(now)
        .bind(last_step)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    replace_codes(&mut tx, user_id, &codes).await?;
    crate::audit::append_in(&state.db, &mut tx, user_id, "two-factor-on", user_id, now).await?;
    crate::mail::queue_in(&mut tx, mail, now).await?;
    tx.commit().await?;
    Ok(codes)
}

async fn replace_codes(tx: &mut crate::db::Tx, user_id: &str, codes: &[String]) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut **tx).await?;
    for code in codes {
        let normal = totp::normalise_recovery(code).expect("generated codes are well formed");
        sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
            .bind(user_id)
            .bind(token_hash(&normal))
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// New recovery codes; the old ones stop working.
pub async fn renew_codes(
    state: &AppState,
    user_id: &str,
    mail: &[crate::mail::Prepared],
) -> anyhow::Result<Vec<String>> {
    let codes = totp::new_recovery_codes();
    let mut tx = state.db.begin_write().await?;
    replace_codes(&mut tx, user_id, &codes).await?;
    crate::mail::queue_in(&mut tx, mail, state.clock.now_ms()).await?;
    tx.commit().await?;
    Ok(codes)
}

/// Turns two-step sign-in off, and records it in the audit chain (as `who` did `what`: the
/// member themselves, or the operator resetting it), in one transaction.
/// `mail` (the notice, if any) is queued in the same transaction.
pub async fn disable(
    db: &Db,
    user_id: &str,
    (who, what): (&str, &str),
    mail: &[crate::mail::Prepared],
    now: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1")
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
    crate::audit::append_in(db, &mut tx, who, what, user_id, now).await?;
    crate::mail::queue_in(&mut tx, mail, now).await?;
    tx.commit().await
}

pub async fn unused_codes(db: &Db, user_id: &str) -> Result<i64, sqlx::Error> {
    db.read_one("SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL", vec![user_id.into()])
        .await?
        .try_get("n")
}

/// Checks a typed code (six digits, or a recovery code) for someone with two-factor on.
/// A TOTP code is accepted only for a step newer than the last one used, and the step is
/// recorded by the same conditional UPDATE: of simultaneous submissions of one code,
/// exactly one changes the row. A recovery code is marked used the same way.
/// What a typed sign-in code turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    Accepted,
    /// Neither the app's current code nor an unused recovery code.
    Wrong,
    /// One of the account's recovery codes, already used once.
    RecoveryUsed,
}

/// Accepts the app's current code (each step once) or an unused recovery code (once).
pub async fn accept_code(state: &AppState, user_id: &str, secret: &[u8], typed: &str) -> anyhow::Result<Code> {
    let now = state.clock.now_ms();
    if let Some(step) = totp::matching_step(secret, typed, now) {
        let r = sqlx::query(
            "UPDATE users SET totp_last_step = $1
             WHERE id = $2 AND totp_enabled_at IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < $1)",
        )
        .bind(step)
        .bind(user_id)
        .write(&state.db)
        .await?;
        return Ok(if r.rows_affected() == 1 { Code::Accepted } else { Code::Wrong });
    }
    let Some(normal) = totp::normalise_recovery(typed) else { return Ok(Code::Wrong) };
    let hash = token_hash(&normal);
    let r =
        sqlx::query("UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL")
            .bind(now)
            .bind(user_id)
            .bind(&hash)
            .write(&state.db)
            .await?;
    if r.rows_affected() == 1 {
        return Ok(Code::Accepted);
    }
    let used = state
        .db
        .read_optional(
            "SELECT 1 AS used FROM recovery_codes WHERE user_id = $1 AND code_hash = $2 AND used_at IS NOT NULL",
            vec![user_id.into(), hash.into()],
        )
        .await?;
    Ok(if used.is_some() { Code::RecoveryUsed } else { Code::Wrong })
}

/// A sign-in whose password matched, waiting for the code; returns the cookie's token.
pub async fn start_pending(db: &Db, user_id: &str, next: Option<&str>, expires_at: i64) -> Result<String, sqlx::Error> {
    let token = random_token();
    sqlx::query("INSERT INTO pending_logins (token_hash, user_id, next_path, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash(&token))
        .bind(user_id)
        .bind(next)
        .bind(expires_at)
        .write(db)
        .await?;
    Ok(token)
}

pub struct Pending {
    pub user_id: String,
    pub next_path: Option<String>,
}

pub async fn pending(db: &Db, token: &str, now: i64) -> Result<Option<Pending>, sqlx::Error> {
    let row = db
        .read_optional(
            "SELECT user_id, next_path FROM pending_logins WHERE token_hash = $1 AND expires_at > $2",
            vec![token_hash(token).into(), now.into()],
        )
        .await?;
    row.map(|r| Ok(Pending { user_id: r.try_get("user_id")?, next_path: r.try_get("next_path")? })).transpose()
}

pub async fn end_pending(db: &Db, token: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM pending_logins WHERE token_hash = $1 OR expires_at <= $2")
        .bind(token_hash(token))
        .bind(now)
        .write(db)
        .await?;
    Ok(())
}

/// The session proved who it is just now (the password again, and the code when on).
pub async fn mark_authenticated(db: &Db, session_id: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET authenticated_at = $1 WHERE id = $2").bind(now).bind(session_id).write(db).await?;
    Ok(())
}
