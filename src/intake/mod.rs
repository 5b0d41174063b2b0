//! The intake: a few questions each person attending answers privately before their first
//! session with a counsellor — four every counsellor asks, and a few of the counsellor's own.
//! Answers are sealed under the person's key and seen only by them and that counsellor.

mod handlers;
pub mod model;
pub mod store;
pub mod views;

use crate::web::routes::Routes;

pub fn routes() -> Routes {
    Routes::default()
        .get("/practice/intake", handlers::questions)
        .post("/practice/intake/questions", handlers::add_question)
        .post("/practice/intake/questions/{id}/delete", handlers::remove_question)
        .get("/bookings/{id}/intake", handlers::form)
        .post("/bookings/{id}/intake", handlers::answer)
}
