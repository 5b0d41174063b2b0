//! The trust-repair program: the six steps as things a couple does and sees.

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
        .get("/program/acknowledge", handlers::acknowledge)
        .post("/program/acknowledge/statements/{kind}", handlers::save_statement)
        .post("/program/acknowledge/account", handlers::propose)
        .post("/program/acknowledge/account/{id}/confirm", handlers::confirm)
}
