//! Informed consent: each counsellor's document (Markdown, versioned), signed by each person
//! attending before their first session and again after a new version; what was signed can be
//! downloaded and is in the export. An unsigned session is shown clearly to both sides; the
//! counsellor decides whether to go ahead, and the decision is recorded.

mod handlers;
pub mod model;
pub mod store;
pub mod views;

use crate::web::routes::Routes;

pub fn routes() -> Routes {
    Routes::default()
        .get("/practice/consent", handlers::edit)
        .post("/practice/consent", handlers::publish)
        .get("/bookings/{id}/consent", handlers::sign_form)
        .post("/bookings/{id}/consent", handlers::sign)
        .get("/bookings/{id}/consent/signed", handlers::download)
        .post("/bookings/{id}/consent/proceed", handlers::proceed)
}
