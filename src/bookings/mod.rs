//! Bookings: confirming a free time, series of sessions (booked by a member or by the
//! counsellor for a client), the member's sessions, one session (with its room's
//! opening), cancelling and moving, session mail with calendar files (`notify.rs`, `ics.rs`),
//! and private calendar feeds.

mod handlers;
pub mod ics;
pub mod model;
pub mod notify;
pub mod store;
pub mod views;

use crate::app::AppState;
use crate::web::routes::Routes;

/// A couple session is for both partners. When one leaves the shared space (or deletes their
/// account) its future couple sessions are cancelled under no fee, and everyone in them gets
/// the ordinary neutral cancellation (mail and calendar CANCEL); the session's page says
/// why. Continuing it as the other partner's individual session was weighed and not done:
/// many couple counsellors do not see one partner alone, and that is the counsellor's and the
/// client's choice to make, by booking again.
pub async fn partner_leaving(state: &AppState, user_id: &str, now: i64) -> anyhow::Result<()> {
    for id in store::couple_sessions_of_space(&state.db, user_id, now).await? {
        let mail = notify::prepare_existing(state, &id, notify::What::Cancelled).await?;
        if store::cancel_for_departure(&state.db, &id, user_id, &mail, now).await? {
            crate::mail::wake(state);
        }
    }
    Ok(())
}

/// Cancels every coming session of an account that stops (deleted, disabled, or a suspended
/// counsellor), with no late fee; everyone else gets the ordinary neutral cancellation, and
/// each cancellation is written with its mail.
pub async fn account_stopping(state: &AppState, user_id: &str, now: i64) -> anyhow::Result<usize> {
    let mut cancelled = 0;
    for id in store::future_bookings_of(&state.db, user_id, now).await? {
        let mail = notify::prepare_existing(state, &id, notify::What::Cancelled).await?;
        if store::cancel(&state.db, &id, user_id, false, &mail, now).await? {
            crate::mail::wake(state);
            cancelled += 1;
        }
    }
    Ok(cancelled)
}

pub fn routes() -> Routes {
    use handlers::{booking, feeds, for_clients};
    Routes::default()
        .get("/counsellors/{id}/book", booking::confirm_form)
        .post("/counsellors/{id}/book", booking::book)
        .get("/bookings", booking::my_bookings)
        .get("/bookings/{id}", booking::booking_page)
        .post("/bookings/{id}/cancel", booking::cancel)
        .get("/practice/clients/{client}/book", for_clients::client_form)
        .post("/practice/clients/{client}/book", for_clients::client_book)
        .get("/practice/couples/{space}/book", for_clients::couple_form)
        .post("/practice/couples/{space}/book", for_clients::couple_book)
        .get("/calendar-feed", feeds::page)
        .post("/calendar-feed", feeds::create)
        .post("/calendar-feed/revoke", feeds::revoke)
        .get("/calendar/{token}", feeds::feed)
}
