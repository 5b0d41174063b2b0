//! Deleting an account. What was the person's alone is deleted and their data key destroyed,
//! so any copy of their sealed text (a backup, a stray page of the database file) is noise
//! from then on. What belongs to the couple stays with the partner, as when leaving. A
//! tombstone row without email, name or secrets keeps bookings and the audit log pointing
//! somewhere.

use crate::app::AppState;
use crate::db::DbKind;

/// Rows that were the person's alone, or are about their own account.
const OWN_ROWS: &[&str] = &[
    "DELETE FROM journal_entries WHERE author_id = $1",
    // A client's or counsellor's one-to-one conversations go whole; in a shared one only
    // what this person wrote goes (it is sealed under their key, destroyed below anyway).
    "DELETE FROM threads WHERE client_id = $1 OR (kind = 'individual' AND counsellor_id = $1)",
    "DELETE FROM message_versions WHERE message_id IN (SELECT id FROM messages WHERE sender_id = $1)",
    "DELETE FROM messages WHERE sender_id = $1",
    "DELETE FROM thread_reads WHERE user_id = $1",
    "DELETE FROM statements WHERE author_id = $1",
    "DELETE FROM checkins WHERE author_id = $1",
    "DELETE FROM questionnaire_answers WHERE author_id = $1",
    "DELETE FROM thought_logs WHERE author_id = $1",
    "DELETE FROM transparency_notes WHERE author_id = $1",
    "DELETE FROM talk_questions WHERE author_id = $1",
    "DELETE FROM talk_ratings WHERE user_id = $1",
    "DELETE FROM reflections WHERE author_id = $1",
    "DELETE FROM needs WHERE author_id = $1",
    "DELETE FROM safety_checks WHERE user_id = $1",
    "DELETE FROM safety_alerts WHERE client_id = $1 OR counsellor_id = $1",
    "DELETE FROM exercises WHERE client_id = $1",
    "DELETE FROM counsellor_shares WHERE client_id = $1 OR counsellor_id = $1",
    "DELETE FROM counsellor_reads WHERE client_id = $1",
    "DELETE FROM program_members WHERE user_id = $1",
    "DELETE FROM sessions WHERE user_id = $1",
    "DELETE FROM recovery_codes WHERE user_id = $1",
    "DELETE FROM pending_logins WHERE user_id = $1",
    "DELETE FROM one_time_tokens WHERE user_id = $1",
    "DELETE FROM calendar_feeds WHERE user_id = $1",
    "DELETE FROM email_changes WHERE user_id = $1",
    // As a counsellor: the practice and its own notes (sealed under the destroyed key).
    "DELETE FROM session_notes WHERE counsellor_id = $1",
    "DELETE FROM counsellor_photos WHERE user_id = $1",
    "DELETE FROM availability_windows WHERE counsellor_id = $1",
    "DELETE FROM availability_exceptions WHERE counsellor_id = $1",
    "DELETE FROM counsellor_rules WHERE user_id = $1",
    "DELETE FROM counsellor_profiles WHERE user_id = $1",
    // Guides they wrote, published or not: their words, gone with them.
    "DELETE FROM articles WHERE author_id = $1",
];

/// Deletes the account of `user_id`. Future sessions with counsellors are cancelled first
/// (the other people get the ordinary neutral cancellation); then everything is removed in
/// one transaction; then the key goes.
pub async fn delete_account(state: &AppState, user_id: &str) -> anyhow::Result<()> {
    let now = state.clock.now_ms();
    let Some(user) = super::store::find_by_id(&state.db, user_id).await? else { return Ok(()) };
    for booking_id in crate::bookings::store::future_bookings_of(&state.db, user_id, now).await? {
        if crate::bookings::store::cancel(&state.db, &booking_id, user_id, false, now).await? {
            crate::bookings::notify::send(state, &booking_id, crate::bookings::notify::What::Cancelled).await?;
        }
    }
    crate::spaces::store::leave(&state.db, user_id, now).await?;

    let mut tx = state.db.begin_write().await?;
    for sql in OWN_ROWS {
        sqlx::query(sqlx::AssertSqlSafe(*sql)).bind(user_id).execute(&mut *tx).await?;
    }
    if !state.config.keep_client_notes {
        sqlx::query("DELETE FROM session_notes WHERE client_id = $1").bind(user_id).execute(&mut *tx).await?;
    }
    // Mail waiting for them (or already sent, its body blanked) names their address.
    sqlx::query("DELETE FROM outbox WHERE to_addr = $1").bind(&user.email).execute(&mut *tx).await?;
    sqlx::query(
        "UPDATE users SET email = 'deleted-' || id || '@deleted.invalid', display_name = 'Former member',
         password_hash = '!deleted', totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL,
         discreet = NULL, disabled_at = $1, deleted_at = $1
         WHERE id = $2",
    )
    .bind(now)
    .bind(user_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;

    crate::crypto::store::destroy_key(&state.db, &crate::journal::store::owner_id(user_id)).await?;
    crate::audit::append(&state.db, user_id, "account-deleted", user_id, now).await?;
    // The key's old bytes must not linger: SQLite zeroes deleted content (secure_delete) and
    // the write-ahead log is folded in and emptied now rather than at some later checkpoint.
    if state.db.kind == DbKind::Sqlite {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&state.db.pool).await?;
    }
    Ok(())
}
