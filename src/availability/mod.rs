//! Availability: a counsellor's booking rules, weekly hours, time off and extra hours, and the
//! free times computed from them (`model.rs`), which the directory and bookings read.

mod handlers;
pub mod model;
pub mod store;
pub mod views;

use crate::web::routes::Routes;

pub fn routes() -> Routes {
    Routes::default()
        .get("/practice/availability", handlers::availability)
        .post("/practice/availability/rules", handlers::save_rules)
        .post("/practice/availability/windows", handlers::add_window)
        .post("/practice/availability/windows/{id}/delete", handlers::delete_window)
        .post("/practice/availability/exceptions", handlers::add_exception)
        .post("/practice/availability/exceptions/{id}/delete", handlers::delete_exception)
}
