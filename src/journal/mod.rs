//! A private journal. Entries are sealed under the author's key and stay private unless
//! the author shares one with their partner.

mod handlers;
pub mod model;
pub mod store;
mod views;

use crate::web::routes::Routes;

pub fn routes() -> Routes {
    Routes::default()
        .get("/journal", handlers::list)
        .get("/journal/new", handlers::new_form)
        .post("/journal", handlers::create)
        .get("/journal/{id}", handlers::show)
        .get("/journal/{id}/edit", handlers::edit_form)
        .post("/journal/{id}", handlers::update)
        .post("/journal/{id}/delete", handlers::delete)
}
