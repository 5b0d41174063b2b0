//! The accounts feature's SQL: users and single-use tokens.

use crate::db::Write as _;
use crate::db::read::ReadRow;
use sqlx::{Any, Executor, Row};

use super::model::{Email, Role};
use crate::crypto::{random_token, token_hash};
use crate::db::{Db, new_id};

#[derive(Clone, Debug)]
pub struct UserRow {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
    pub time_zone: String,
    pub email_verified_at: Option<i64>,
    pub disabled_at: Option<i64>,
    pub totp_enabled_at: Option<i64>,
}

const USER_COLS: &str =
    "id, email, display_name, password_hash, role, time_zone, email_verified_at, disabled_at, totp_enabled_at";

fn user_row(r: ReadRow) -> Result<UserRow, sqlx::Error> {
    Ok(UserRow {
        id: r.try_get("id")?,
        email: r.try_get("email")?,
        display_name: r.try_get("display_name")?,
        password_hash: r.try_get("password_hash")?,
        role: Role::parse(&r.try_get::<String, _>("role")?),
        time_zone: r.try_get("time_zone")?,
        email_verified_at: r.try_get("email_verified_at")?,
        disabled_at: r.try_get("disabled_at")?,
        totp_enabled_at: r.try_get("totp_enabled_at")?,
    })
}

pub struct NewUser<'a> {
    pub email: &'a Email,
    pub password_hash: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub time_zone: &'a str,
    /// The language the account was made in, which its mail is written in until it chooses.
    pub language: crate::i18n::Lang,
}

/// Creates the account, or answers None when the email already has one (the unique index
/// decides, so simultaneous sign-ups with one address make one account).
pub async fn create_user(db: &Db, u: &NewUser<'_>, now: i64) -> Result<Option<String>, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO users (id, email, password_hash, display_name, role, time_zone, created_at, language)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (email) DO NOTHING RETURNING id",
    )
    .bind(new_id())
    .bind(u.email.as_str())
    .bind(u.password_hash)
    .bind(u.display_name)
    .bind(u.role.as_str())
    .bind(u.time_zone)
    .bind(now)
    .bind(u.language.code())
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| r.try_get("id")).transpose()
}

pub async fn find_by_email(db: &Db, email: &str) -> Result<Option<UserRow>, sqlx::Error> {
    db.read_optional(&format!("SELECT {USER_COLS} FROM users WHERE email = $1"), vec![email.into()])
        .await?
        .map(user_row)
        .transpose()
}

pub async fn find_by_id(db: &Db, id: &str) -> Result<Option<UserRow>, sqlx::Error> {
    db.read_optional(&format!("SELECT {USER_COLS} FROM users WHERE id = $1"), vec![id.into()])
        .await?
        .map(user_row)
        .transpose()
}

pub async fn mark_verified(db: &Db, user_id: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET email_verified_at = $1 WHERE id = $2 AND email_verified_at IS NULL")
        .bind(now)
        .bind(user_id)
        .write(db)
        .await?;
    Ok(())
}

pub async fn disable(db: &Db, user_id: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET disabled_at = $1 WHERE id = $2 AND disabled_at IS NULL")
        .bind(now)
        .bind(user_id)
        .write(db)
        .await?;
    Ok(())
}

pub async fn set_password(db: &Db, user_id: &str, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2").bind(hash).bind(user_id).write(db).await?;
    Ok(())
}

pub async fn update_profile(db: &Db, user_id: &str, display_name: &str, time_zone: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET display_name = $1, time_zone = $2 WHERE id = $3")
        .bind(display_name)
        .bind(time_zone)
        .bind(user_id)
        .write(db)
        .await?;
    Ok(())
}

pub async fn set_role(db: &Db, user_id: &str, role: Role) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET role = $1 WHERE id = $2").bind(role.as_str()).bind(user_id).write(db).await?;
    Ok(())
}

/// What a single-use link is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Verify,
    Reset,
    Invite,
}

impl TokenKind {
    fn as_str(self) -> &'static str {
        match self {
            TokenKind::Verify => "verify",
            TokenKind::Reset => "reset",
            TokenKind::Invite => "invite",
        }
    }
}

#[derive(Clone, Debug)]
pub struct TokenRow {
    pub user_id: String,
    pub space_id: Option<String>,
    pub next_path: Option<String>,
    pub expires_at: i64,
}

pub struct NewToken<'a> {
    pub kind: TokenKind,
    pub user_id: &'a str,
    pub space_id: Option<&'a str>,
    pub next_path: Option<&'a str>,
    pub secret: Option<Vec<u8>>,
    pub ttl_ms: i64,
}

/// Stores a token's hash and returns the token itself, which exists only in the link.
/// `token` lets a caller that must also keep the token (sealed) choose it first.
pub async fn create_token<'e, E>(ex: E, t: NewToken<'_>, token: String, now: i64) -> Result<String, sqlx::Error>
where
    E: Executor<'e, Database = Any>,
{
    sqlx::query(
        "INSERT INTO one_time_tokens (token_hash, kind, user_id, space_id, next_path, secret, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(token_hash(&token))
    .bind(t.kind.as_str())
    .bind(t.user_id)
    .bind(t.space_id)
    .bind(t.next_path)
    .bind(t.secret)
    .bind(now)
    .bind(now + t.ttl_ms)
    .execute(ex)
    .await?;
    Ok(token)
}

pub fn new_token() -> String {
    random_token()
}

/// Stores a token and queues the mail carrying its link in one transaction: no link exists
/// without its mail, and no mail goes out with a link that was never stored.
pub async fn create_token_with_mail(
    db: &Db,
    t: NewToken<'_>,
    token: String,
    mail: &[crate::mail::Prepared],
    now: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    create_token(&mut *tx, t, token, now).await?;
    crate::mail::queue_in(&mut tx, mail, now).await?;
    tx.commit().await
}

fn token_row(r: ReadRow) -> Result<TokenRow, sqlx::Error> {
    Ok(TokenRow {
        user_id: r.try_get("user_id")?,
        space_id: r.try_get("space_id")?,
        next_path: r.try_get("next_path")?,
        expires_at: r.try_get("expires_at")?,
    })
}

/// The token's row if it is valid now (right kind, unused, unexpired), without using it.
pub async fn peek_token(db: &Db, kind: TokenKind, token: &str, now: i64) -> Result<Option<TokenRow>, sqlx::Error> {
    db.read_optional(
        "SELECT user_id, space_id, next_path, expires_at FROM one_time_tokens
         WHERE token_hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > $3",
        vec![token_hash(token).into(), kind.as_str().into(), now.into()],
    )
    .await?
    .map(token_row)
    .transpose()
}

/// Uses the token: of simultaneous attempts exactly one gets the row, the rest get None.
pub async fn consume_token<'e, E>(
    ex: E,
    kind: TokenKind,
    token: &str,
    now: i64,
) -> Result<Option<TokenRow>, sqlx::Error>
where
    E: Executor<'e, Database = Any>,
{
    sqlx::query(
        "UPDATE one_time_tokens SET used_at = $1
         WHERE token_hash = $2 AND kind = $3 AND used_at IS NULL AND expires_at > $1
         RETURNING user_id, space_id, next_path, expires_at",
    )
    .bind(now)
    .bind(token_hash(token))
    .bind(kind.as_str())
    .fetch_optional(ex)
    .await?
    .map(|r| token_row(ReadRow::try_from(r)?))
    .transpose()
}

/// Voids a person's unused tokens of one kind (say, older reset links after a reset).
pub async fn void_tokens(db: &Db, user_id: &str, kind: TokenKind, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE one_time_tokens SET used_at = $1 WHERE user_id = $2 AND kind = $3 AND used_at IS NULL")
        .bind(now)
        .bind(user_id)
        .bind(kind.as_str())
        .write(db)
        .await?;
    Ok(())
}

/// Numbers for the operator's health page: counts only, never content.
pub async fn count_users(db: &Db) -> Result<i64, sqlx::Error> {
    db.read_one("SELECT COUNT(*) AS n FROM users", vec![]).await?.try_get("n")
}

/// Turns discreet mode on or off.
pub async fn set_discreet(db: &Db, user_id: &str, on: bool) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET discreet = $2 WHERE id = $1")
        .bind(user_id)
        .bind(on.then_some("on"))
        .write(db)
        .await?;
    Ok(())
}

/// The language the account reads DilTalks (and its mail) in.
pub async fn set_language(db: &Db, user_id: &str, lang: crate::i18n::Lang) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET language = $2 WHERE id = $1").bind(user_id).bind(lang.code()).write(db).await?;
    Ok(())
}

/// The account with this address, if any, and whether it asked for discreet mail: what
/// shapes a message to it.
pub async fn recipient(db: &Db, email: &str) -> Result<Option<Recipient>, sqlx::Error> {
    let row = db.read_optional("SELECT id, discreet, language FROM users WHERE email = $1", vec![email.into()]).await?;
    row.map(|r| {
        Ok(Recipient {
            id: r.try_get("id")?,
            discreet: r.try_get::<Option<String>, _>("discreet")?.is_some(),
            language: r.try_get::<Option<String>, _>("language")?.as_deref().and_then(crate::i18n::Lang::parse),
        })
    })
    .transpose()
}

/// Whom a message goes to: their account, whether they asked for discreet mail, and the
/// language they chose.
pub struct Recipient {
    pub id: String,
    pub discreet: bool,
    pub language: Option<crate::i18n::Lang>,
}

/// Starts a change of sign-in email with `token` (made by [`new_token`]), queueing the mail
/// that carries its link to the new address in the same transaction.
pub async fn start_email_change(
    db: &Db,
    user_id: &str,
    new_email: &str,
    token: &str,
    expires_at: i64,
    mail: &[crate::mail::Prepared],
    now: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query("DELETE FROM email_changes WHERE user_id = $1 AND used_at IS NULL")
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO email_changes (token_hash, user_id, new_email, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash(token))
        .bind(user_id)
        .bind(new_email)
        .bind(expires_at)
        .execute(&mut *tx)
        .await?;
    crate::mail::queue_in(&mut tx, mail, now).await?;
    tx.commit().await
}

/// The address an email-change link would move away from (the notice goes there), while
/// the link is live.
pub async fn email_change_old_address(db: &Db, token: &str, now: i64) -> Result<Option<String>, sqlx::Error> {
    db.read_optional(
        "SELECT u.email FROM email_changes c JOIN users u ON u.id = c.user_id
         WHERE c.token_hash = $1 AND c.used_at IS NULL AND c.expires_at > $2",
        vec![token_hash(token).into(), now.into()],
    )
    .await?
    .map(|r| r.try_get("email"))
    .transpose()
}

pub async fn email_change_is_live(db: &Db, token: &str, now: i64) -> Result<bool, sqlx::Error> {
    Ok(db
        .read_optional(
            "SELECT 1 FROM email_changes WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
            vec![token_hash(token).into(), now.into()],
        )
        .await?
        .is_some())
}

pub enum EmailChange {
    /// Changed: (user id, the old address).
    Done(String, String),
    Invalid,
    /// Another account took the address meanwhile.
    Taken,
}

/// Uses the link once: the token is spent, the address changed and `mail` (the notice to
/// the old address) queued in one transaction.
pub async fn finish_email_change(
    db: &Db,
    token: &str,
    mail: &[crate::mail::Prepared],
    now: i64,
) -> Result<EmailChange, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let Some(row) = sqlx::query(
        "UPDATE email_changes SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1
         RETURNING user_id, new_email",
    )
    .bind(now)
    .bind(token_hash(token))
    .fetch_optional(&mut *tx)
    .await?
    else {
        return Ok(EmailChange::Invalid);
    };
    let user_id: String = row.try_get("user_id")?;
    let new_email: String = row.try_get("new_email")?;
    let old: String = sqlx::query("SELECT email FROM users WHERE id = $1")
        .bind(&user_id)
        .fetch_one(&mut *tx)
        .await?
        .try_get("email")?;
    let taken = sqlx::query("SELECT 1 FROM users WHERE email = $1").bind(&new_email).fetch_optional(&mut *tx).await?;
    if taken.is_some() {
        return Ok(EmailChange::Taken);
    }
    sqlx::query("UPDATE users SET email = $1 WHERE id = $2").bind(&new_email).bind(&user_id).execute(&mut *tx).await?;
    crate::mail::queue_in(&mut tx, mail, now).await?;
    tx.commit().await?;
    Ok(EmailChange::Done(user_id, old))
}

/// What is about a member's own account: sessions, second-factor rows, single-use tokens and
/// email changes, deleted with it.
pub const MEMBER_ROWS: &[&str] = &[
    "DELETE FROM sessions WHERE user_id = $1",
    "DELETE FROM recovery_codes WHERE user_id = $1",
    "DELETE FROM pending_logins WHERE user_id = $1",
    "DELETE FROM one_time_tokens WHERE user_id = $1",
    "DELETE FROM email_changes WHERE user_id = $1",
    "DELETE FROM mail_opt_outs WHERE user_id = $1",
];

/// Deletes what is about the account and leaves a tombstone without email, name or secrets,
/// so bookings and the audit log still point somewhere.
pub async fn delete_member(tx: &mut crate::db::Tx, user_id: &str, now: i64) -> Result<(), sqlx::Error> {
    crate::db::delete_for(tx, MEMBER_ROWS, user_id).await?;
    sqlx::query(
        "UPDATE users SET email = 'deleted-' || id || '@deleted.invalid', display_name = 'Former member',
         password_hash = '!deleted', totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL,
         discreet = NULL, disabled_at = $1, deleted_at = $1
         WHERE id = $2",
    )
    .bind(now)
    .bind(user_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
