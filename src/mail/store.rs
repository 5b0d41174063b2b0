//! The outbox's SQL. Bodies are sealed; once sent, a body is blanked.

use crate::db::Write as _;
use sqlx::Row;

use crate::db::Db;

pub struct Claimed {
    pub id: String,
    pub to: String,
    pub subject: String,
    pub body: Vec<u8>,
    pub calendar: Option<Vec<u8>>,
    pub attempts: i64,
    pub unsubscribe: Option<String>,
    pub language: String,
}

/// The associated data a message's calendar file is sealed with: not the body's.
pub fn calendar_aad(id: &str) -> String {
    format!("{id}:calendar")
}

/// Writes prepared (sealed) messages to the outbox, on a connection or in a transaction: one
/// statement for all of them.
pub async fn insert(conn: &mut sqlx::AnyConnection, mail: &[super::Prepared], now: i64) -> Result<(), sqlx::Error> {
    if mail.is_empty() {
        return Ok(());
    }
    // Assembled from constants: eight numbered values per message.
    let rows: Vec<String> = (0..mail.len())
        .map(|n| {
            let b = n * 8;
            format!(
                "(${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${})",
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5,
                b + 6,
                b + 6,
                b + 7,
                b + 8
            )
        })
        .collect();
    let sql = format!(
        "INSERT INTO outbox (id, to_addr, subject, body, calendar, created_at, next_attempt_at, unsubscribe, language)
         VALUES {}",
        rows.join(", ")
    );
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for m in mail {
        q = q
            .bind(&m.id)
            .bind(&m.to)
            .bind(&m.subject)
            .bind(&m.body)
            .bind(&m.calendar)
            .bind(now)
            .bind(&m.unsubscribe)
            .bind(m.language.code());
    }
    q.execute(conn).await?;
    Ok(())
}

/// Runs one conditional UPDATE (a claim: a reminder due, a notice not yet sent) and, only
/// when it changed exactly one row, queues `mail` in the same transaction. False when the
/// claim was taken already (by another instance): nothing is written.
pub async fn claim_with(
    db: &Db,
    claim: sqlx::query::Query<'_, sqlx::Any, sqlx::any::AnyArguments>,
    mail: &[super::Prepared],
    now: i64,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    if claim.execute(&mut *tx).await?.rows_affected() != 1 {
        return Ok(false);
    }
    super::queue_in(&mut tx, mail, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// Claims due messages for a while, so two instances never send the same message.
pub async fn claim_due(db: &Db, now: i64, claim_until: i64) -> Result<Vec<Claimed>, sqlx::Error> {
    let rows = sqlx::query(
        "UPDATE outbox SET claimed_until = $1
         WHERE id IN (SELECT id FROM outbox
                      WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $2
                        AND (claimed_until IS NULL OR claimed_until < $2)
                      ORDER BY next_attempt_at LIMIT 20)
           AND (claimed_until IS NULL OR claimed_until < $2)
         RETURNING id, to_addr, subject, body, calendar, attempts, unsubscribe, language",
    )
    .bind(claim_until)
    .bind(now)
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(Claimed {
                id: r.try_get("id")?,
                to: r.try_get("to_addr")?,
                subject: r.try_get("subject")?,
                body: r.try_get("body")?,
                calendar: r.try_get("calendar")?,
                attempts: r.try_get("attempts")?,
                unsubscribe: r.try_get("unsubscribe")?,
                language: r.try_get("language")?,
            })
        })
        .collect()
}

pub async fn mark_sent(db: &Db, id: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE outbox SET sent_at = $1, body = $2, calendar = NULL, unsubscribe = NULL, claimed_until = NULL WHERE id = $3")
        .bind(now)
        .bind(Vec::<u8>::new())
        .bind(id)
        .write(db)
        .await?;
    Ok(())
}

pub async fn mark_failed_attempt(
    db: &Db,
    id: &str,
    attempts: i64,
    next_attempt_at: i64,
    give_up: bool,
    error: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let error: String = error.chars().take(500).collect();
    sqlx::query(
        "UPDATE outbox SET attempts = $1, next_attempt_at = $2, claimed_until = NULL, last_error = $3,
                           failed_at = $4, body = CASE WHEN $5 = 1 THEN $6 ELSE body END,
                           calendar = CASE WHEN $5 = 1 THEN NULL ELSE calendar END
         WHERE id = $7",
    )
    .bind(attempts)
    .bind(next_attempt_at)
    .bind(error)
    .bind(give_up.then_some(now))
    .bind(i64::from(give_up))
    .bind(Vec::<u8>::new())
    .bind(id)
    .write(db)
    .await?;
    Ok(())
}

/// Messages not yet delivered, for the operator's health page.
/// When the oldest message still waiting to go was queued.
pub async fn oldest_pending(db: &Db) -> Result<Option<i64>, sqlx::Error> {
    let r = sqlx::query("SELECT MIN(created_at) AS oldest FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL")
        .fetch_one(&db.pool)
        .await?;
    r.try_get("oldest")
}

pub async fn count_pending(db: &Db) -> Result<(i64, i64), sqlx::Error> {
    let r = sqlx::query(
        "SELECT COALESCE(SUM(CASE WHEN sent_at IS NULL AND failed_at IS NULL THEN 1 ELSE 0 END), 0) AS pending,
                COALESCE(SUM(CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS failed
         FROM outbox",
    )
    .fetch_one(&db.pool)
    .await?;
    Ok((r.try_get("pending")?, r.try_get("failed")?))
}

pub async fn prune(db: &Db, before: i64) -> Result<u64, sqlx::Error> {
    let r = sqlx::query("DELETE FROM outbox WHERE (sent_at IS NOT NULL OR failed_at IS NOT NULL) AND created_at < $1")
        .bind(before)
        .write(db)
        .await?;
    Ok(r.rows_affected())
}

/// Mail waiting for an address (or sent, its body blanked), which names it: deleted with
/// the account it belonged to.
pub async fn delete_for_address(tx: &mut crate::db::Tx, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM outbox WHERE to_addr = $1").bind(email).execute(&mut **tx).await?;
    Ok(())
}

/// Whether a member turned a kind of optional mail off (`optout::Optional::key`).
pub async fn opted_out(db: &Db, user_id: &str, kind: &str) -> Result<bool, sqlx::Error> {
    Ok(db
        .read_optional(
            "SELECT 1 AS off FROM mail_opt_outs WHERE user_id = $1 AND kind = $2",
            vec![user_id.into(), kind.into()],
        )
        .await?
        .is_some())
}

/// Turns a kind of optional mail on or off for a member.
pub async fn set_opt_out(db: &Db, user_id: &str, kind: &str, receive: bool, now: i64) -> Result<(), sqlx::Error> {
    if receive {
        sqlx::query("DELETE FROM mail_opt_outs WHERE user_id = $1 AND kind = $2")
            .bind(user_id)
            .bind(kind)
            .write(db)
            .await?;
    } else {
        sqlx::query(
            "INSERT INTO mail_opt_outs (user_id, kind, created_at) VALUES ($1, $2, $3) ON CONFLICT (user_id, kind) DO NOTHING",
        )
        .bind(user_id)
        .bind(kind)
        .bind(now)
        .write(db)
        .await?;
    }
    Ok(())
}
