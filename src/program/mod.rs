//! The trust-repair program: the six steps as things a couple does and sees.

pub mod actions;
pub mod chart;
pub mod deflection;
mod handlers;
pub mod model;
pub mod nudges;
pub mod questionnaire;
pub mod reminders;
pub mod store;
pub mod talks;
pub mod transparency;
pub(crate) mod views;

/// A member's check-in trend, for a counsellor the member shared it with.
use crate::web::routes::Routes;

pub fn routes() -> Routes {
    Routes::default()
        .get("/program", handlers::journey)
        .get("/program/start", handlers::start_form)
        .post("/program/start", handlers::start)
        .get("/program/acknowledge", handlers::acknowledge::acknowledge)
        .post("/program/acknowledge/statements/{kind}", handlers::acknowledge::save_statement)
        .post("/program/acknowledge/account", handlers::acknowledge::propose)
        .post("/program/acknowledge/account/{id}/confirm", handlers::acknowledge::confirm)
        .get("/program/time", handlers::time::page)
        .post("/program/time/checkins", handlers::time::check_in)
        .post("/program/time/sharing", handlers::time::sharing)
        .get("/program/questionnaires/{slug}", handlers::questionnaires::page)
        .post("/program/questionnaires/{slug}", handlers::questionnaires::answer)
        .get("/program/actions", handlers::actions::page)
        .post("/program/actions/commitments", handlers::actions::create)
        .post("/program/actions/commitments/{id}/confirm", handlers::actions::confirm)
        .post("/program/actions/commitments/{id}/end", handlers::actions::end)
        .post("/program/actions/commitments/{id}/reminders", handlers::actions::reminders)
        .get("/program/transparency", handlers::transparency::page)
        .post("/program/transparency/notes", handlers::transparency::add_note)
        .post("/program/transparency/requests", handlers::transparency::request)
        .post("/program/transparency/pause", handlers::transparency::pause)
        .post("/program/transparency/limit", handlers::transparency::propose_limit)
        .post("/program/transparency/limit/accept", handlers::transparency::accept_limit)
        .get("/program/talks", handlers::talks::page)
        .post("/program/talks/schedule", handlers::talks::propose)
        .post("/program/talks/schedule/{id}/accept", handlers::talks::accept)
        .post("/program/talks/questions", handlers::talks::ask)
        .post("/program/talks/questions/{id}/discussed", handlers::talks::discussed)
        .post("/program/talks/ratings", handlers::talks::rate)
        .post("/program/talks/pause", handlers::talks::pause)
        .post("/program/talks/missed", handlers::talks::missed)
        .get("/program/roots", handlers::roots::page)
        .post("/program/roots/reflections", handlers::roots::reflect)
        .get("/program/roots/reflections/{id}/edit", handlers::roots::edit_form)
        .post("/program/roots/reflections/{id}", handlers::roots::update)
        .post("/program/roots/reflections/{id}/delete", handlers::roots::delete)
        .post("/program/roots/needs", handlers::roots::need)
        .post("/program/roots/needs/{id}/to-talk", handlers::roots::need_to_talk)
        .get("/program/support", handlers::support::support)
        .get("/program/anxiety", handlers::support::anxiety)
        .post("/program/anxiety/thoughts", handlers::support::add_thought)
        .post("/program/anxiety/thoughts/{id}/delete", handlers::support::delete_thought)
}
