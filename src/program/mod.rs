//! The trust-repair program: the six steps as things a couple does and sees.

pub mod actions;
pub mod chart;
pub mod deflection;
mod handlers;
pub mod model;
pub mod store;
mod views;

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
        .get("/program/actions", handlers::actions::page)
        .post("/program/actions/commitments", handlers::actions::create)
        .post("/program/actions/commitments/{id}/confirm", handlers::actions::confirm)
        .post("/program/actions/commitments/{id}/end", handlers::actions::end)
}
