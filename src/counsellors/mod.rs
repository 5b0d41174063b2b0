//! Counsellors: verified profiles, the directory, and the operator's verification queue.

mod handlers;
pub mod model;
pub mod store;
mod views;

use crate::web::routes::Routes;

pub fn routes() -> Routes {
    Routes::default()
        .get("/for-counsellors", handlers::for_counsellors)
        .get("/counsellors", handlers::directory)
        .get("/counsellors/{id}", handlers::public_profile)
        .get("/practice", handlers::practice)
        .get("/practice/profile", handlers::profile_form)
        .post("/practice/profile", handlers::save_profile)
        .get("/admin/counsellors", handlers::admin_queue)
        .get("/admin/counsellors/{id}", handlers::admin_review)
        .post("/admin/counsellors/{id}/verify", handlers::admin_verify)
        .post("/admin/counsellors/{id}/reject", handlers::admin_reject)
        .post("/admin/counsellors/{id}/suspend", handlers::admin_suspend)
        .post("/admin/counsellors/{id}/reinstate", handlers::admin_reinstate)
}
