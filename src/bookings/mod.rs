//! Bookings: confirming a free time, the member's sessions, one session (with its room's
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
    use handlers::{booking, feeds};
    Routes::default()
        .get("/counsellors/{id}/book", booking::confirm_form)
        .post("/counsellors/{id}/book", booking::book)
        .get("/bookings", booking::my_bookings)
        .get("/bookings/{id}", booking::booking_page)
        .post("/bookings/{id}/cancel", booking::cancel)
        .get("/calendar-feed", feeds::page)
        .post("/calendar-feed", feeds::create)
        .post("/calendar-feed/revoke", feeds::revoke)
        .get("/calendar/{token}", feeds::feed)
}
