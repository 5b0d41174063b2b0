//! The directory: the page for counsellors, searching listed counsellors with their next
//! free time, a counsellor's public profile, and the matching questionnaire.

mod handlers;
pub mod model;
pub mod store;
pub mod views;

use crate::web::routes::Routes;

pub fn routes() -> Routes {
    use handlers::{matching, search};
    Routes::default()
        .get("/for-counsellors", search::for_counsellors)
        .get("/counsellors", search::directory)
        .get("/counsellors/match", matching::form)
        .post("/counsellors/match", matching::results)
        .get("/counsellors/{id}", search::public_profile)
}
