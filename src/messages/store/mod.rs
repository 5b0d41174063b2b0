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
