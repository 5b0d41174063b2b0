//! Messaging's SQL. Who is in a thread is decided here, from the space and the bookings as
//! they are now: a partner who left, or a counsellor no longer linked by a booking, is out.
//! `threads` holds who is in which conversation, `messages` what they wrote (sealed),
//! `reads` read positions, unread notices and the counsellor's reply time.

mod messages;
mod reads;
mod threads;

pub use messages::*;
pub use reads::*;
pub use threads::*;

/// A client's or counsellor's one-to-one conversations go whole; in a shared one only what
/// this person wrote goes (sealed under their key, which deletion destroys anyway).
pub const MEMBER_ROWS: &[&str] = &[
    "DELETE FROM threads WHERE client_id = $1 OR (kind = 'individual' AND counsellor_id = $1)",
    "DELETE FROM message_versions WHERE message_id IN (SELECT id FROM messages WHERE sender_id = $1)",
    "DELETE FROM messages WHERE sender_id = $1",
    "DELETE FROM thread_reads WHERE user_id = $1",
];

/// Deletes what a member owns here, inside account deletion's transaction.
pub async fn delete_member(tx: &mut crate::db::Tx, user_id: &str) -> Result<(), sqlx::Error> {
    crate::db::delete_for(tx, MEMBER_ROWS, user_id).await
}
