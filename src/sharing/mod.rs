//! Sharing with a counsellor: what a client chose to show (with consent, revocable), the log
//! of every read, and the counsellor's client pages, private notes and exercises.

mod handlers;
pub mod model;
pub mod store;
pub mod views;

use crate::web::routes::Routes;

pub fn routes() -> Routes {
    Routes::default()
        .get("/sharing", handlers::page)
        .post("/sharing/{counsellor}", handlers::save)
        .get("/practice/clients", handlers::clients)
        .get("/practice/clients/{client}", handlers::client)
        .post("/practice/clients/{client}/notes", handlers::add_note)
        .post("/practice/clients/{client}/exercises", handlers::assign)
        .post("/exercises/{id}/done", handlers::done)
}
