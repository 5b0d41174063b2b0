//! Deleting an account. What was the person's alone is deleted and their data key destroyed,
//! so any copy of their sealed text (a backup, a stray page of the database file) is noise
//! from then on. What belongs to the couple stays with the partner, as when leaving. A
//! tombstone row without email, name or secrets keeps bookings and the audit log pointing
//! somewhere.
//!
//! Each feature's store deletes what a member owns there (`delete_member`), all in one
//! transaction, so a new table is deleted by the feature that made it. `statements()` lists
//! every statement they run, and a test checks it against every column of the schema that
//! refers to a user.

use crate::app::AppState;
use crate::{articles, availability, bookings, journal, mail, messages, profiles, program, safety, sharing};

/// Every statement account deletion runs with the member's id, by feature.
pub fn statements() -> Vec<&'static str> {
    [
        journal::store::MEMBER_ROWS,
        messages::store::MEMBER_ROWS,
        program::store::MEMBER_ROWS,
        safety::store::MEMBER_ROWS,
        sharing::store::MEMBER_ROWS,
        sharing::store::CLIENT_NOTES,
        super::store::MEMBER_ROWS,
        bookings::store::MEMBER_ROWS,
        availability::store::MEMBER_ROWS,
        profiles::store::MEMBER_ROWS,
        articles::store::MEMBER_ROWS,
        crate::consent::store::MEMBER_ROWS,
        crate::intake::store::MEMBER_ROWS,
        crate::feedback::store::MEMBER_ROWS,
        crate::reports::store::MEMBER_ROWS,
        crate::billing::store::MEMBER_ROWS,
    ]
    .concat()
}

/// Deletes the account of `user_id`. Future sessions with counsellors are cancelled first
/// (the other people get the ordinary neutral cancellation) and the space is left; then
/// everything is removed in one transaction; then the key goes. A deletion cut short can
/// simply be run again.
pub async fn delete_account(state: &AppState, user_id: &str) -> anyhow::Result<()> {
    let now = state.clock.now_ms();
    let Some(user) = super::store::find_by_id(&state.db, user_id).await? else { return Ok(()) };
    bookings::partner_leaving(state, user_id, now).await?;
    bookings::account_stopping(state, user_id, now).await?;
    crate::spaces::store::leave(&state.db, user_id, now).await?;

    let mut tx = state.db.begin_write().await?;
    journal::store::delete_member(&mut tx, user_id).await?;
    messages::store::delete_member(&mut tx, user_id).await?;
    program::store::delete_member(&mut tx, user_id).await?;
    safety::store::delete_member(&mut tx, user_id).await?;
    sharing::store::delete_member(&mut tx, user_id, state.config.keep_client_notes).await?;
    bookings::store::delete_member(&mut tx, user_id).await?;
    availability::store::delete_member(&mut tx, user_id).await?;
    profiles::store::delete_member(&mut tx, user_id).await?;
    articles::store::delete_member(&mut tx, user_id).await?;
    crate::consent::store::delete_member(&mut tx, user_id).await?;
    crate::intake::store::delete_member(&mut tx, user_id).await?;
    crate::feedback::store::delete_member(&mut tx, user_id).await?;
    mail::store::delete_for_address(&mut tx, &user.email).await?;
    super::store::delete_member(&mut tx, user_id, now).await?;
    crate::audit::append_in(&state.db, &mut tx, user_id, "account-deleted", user_id, now).await?;
    tx.commit().await?;

    crate::crypto::store::destroy_key(&state.db, &journal::store::owner_id(user_id)).await?;
    // The key's old bytes must not linger: SQLite zeroes deleted content (secure_delete) and
    // the write-ahead log is emptied now.
    state.db.checkpoint().await?;
    Ok(())
}
