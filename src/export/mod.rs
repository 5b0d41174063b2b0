//! Export of all of one's own data (issue 7): one download, JSON and readable HTML.

mod handlers;
pub mod model;
pub mod store;
mod views;

use crate::web::routes::Routes;

pub fn routes() -> Routes {
    Routes::default().get("/settings/export", handlers::page).post("/settings/export", handlers::download)
}
