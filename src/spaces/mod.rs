//! Couple spaces: create, invite with a single-use link, join, leave.

mod handlers;
pub mod model;
pub mod store;
mod views;

use crate::web::routes::Routes;

pub fn routes() -> Routes {
    Routes::default()
        .get("/space", handlers::page)
        .post("/space", handlers::create)
        .post("/space/invite", handlers::invite)
        .post("/space/invite/revoke", handlers::revoke)
        .get("/space/leave", handlers::leave_form)
        .post("/space/leave", handlers::leave)
        .get("/join/{token}", handlers::join_page)
        .post("/join/{token}", handlers::join)
}
