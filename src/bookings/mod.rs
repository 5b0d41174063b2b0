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

use crate::web::routes::Routes;

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
