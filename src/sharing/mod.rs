//! Sharing with a counsellor: what a client chose to show (with consent, revocable), the log
//! of every visit, and the counsellor's client pages — a couple as one client, or an
//! individual — with private notes and exercises.

mod handlers;
pub mod model;
pub mod store;
pub mod views;

use crate::web::routes::Routes;

pub fn routes() -> Routes {
    use handlers::{clients, couples, member};
    Routes::default()
        .get("/sharing", member::page)
        .post("/sharing/{counsellor}", member::save)
        .post("/exercises/{id}/done", member::done)
        .get("/practice/clients", clients::clients)
        .get("/practice/clients/{client}", clients::client)
        .post("/practice/clients/{client}/notes", clients::add_note)
        .post("/practice/clients/{client}/exercises", clients::assign)
        .get("/practice/couples/{space}", couples::page)
        .post("/practice/couples/{space}/notes", couples::add_note)
        .post("/practice/couples/{space}/exercises", couples::assign)
}
