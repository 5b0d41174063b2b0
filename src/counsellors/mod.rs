//! Counsellors: verified profiles, the directory, and the operator's verification queue.

mod admin_handlers;
pub mod availability;
mod availability_handlers;
mod booking_handlers;
mod booking_views;
pub mod bookings;
mod directory_handlers;
mod feed_handlers;
mod handlers;
pub mod ics;
mod match_handlers;
pub mod matching;
pub mod model;
pub mod notify;
pub mod photo;
pub mod sharing;
mod sharing_handlers;
mod sharing_views;
pub mod slots;
pub mod store;
mod views;

use crate::web::routes::Routes;

pub fn routes() -> Routes {
    Routes::default()
        .get("/for-counsellors", directory_handlers::for_counsellors)
        .get("/counsellors", directory_handlers::directory)
        .get("/counsellors/match", match_handlers::form)
        .post("/counsellors/match", match_handlers::results)
        .get("/counsellors/{id}", directory_handlers::public_profile)
        .get("/counsellors/{id}/book", booking_handlers::confirm_form)
        .post("/counsellors/{id}/book", booking_handlers::book)
        .get("/bookings", booking_handlers::my_bookings)
        .get("/calendar-feed", feed_handlers::page)
        .post("/calendar-feed", feed_handlers::create)
        .post("/calendar-feed/revoke", feed_handlers::revoke)
        .get("/calendar/{token}", feed_handlers::feed)
        .get("/bookings/{id}", booking_handlers::booking_page)
        .post("/bookings/{id}/cancel", booking_handlers::cancel)
        .get("/sharing", sharing_handlers::page)
        .post("/sharing/{counsellor}", sharing_handlers::save)
        .get("/practice/clients", sharing_handlers::clients)
        .get("/practice/clients/{client}", sharing_handlers::client)
        .post("/practice/clients/{client}/notes", sharing_handlers::add_note)
        .post("/practice/clients/{client}/exercises", sharing_handlers::assign)
        .post("/exercises/{id}/done", sharing_handlers::done)
        .get("/practice", handlers::practice)
        .get("/practice/availability", availability_handlers::availability)
        .post("/practice/availability/rules", availability_handlers::save_rules)
        .post("/practice/availability/windows", availability_handlers::add_window)
        .post("/practice/availability/windows/{id}/delete", availability_handlers::delete_window)
        .post("/practice/availability/exceptions", availability_handlers::add_exception)
        .post("/practice/availability/exceptions/{id}/delete", availability_handlers::delete_exception)
        .get("/practice/profile", handlers::profile_form)
        .post_upload("/practice/photo", handlers::upload_photo, 6 * 1024 * 1024)
        .get("/counsellors/{id}/photo", handlers::photo)
        .post("/practice/profile", handlers::save_profile)
        .get("/admin/counsellors", admin_handlers::admin_queue)
        .get("/admin/counsellors/{id}", admin_handlers::admin_review)
        .post("/admin/counsellors/{id}/verify", admin_handlers::admin_verify)
        .post("/admin/counsellors/{id}/reject", admin_handlers::admin_reject)
        .post("/admin/counsellors/{id}/suspend", admin_handlers::admin_suspend)
        .post("/admin/counsellors/{id}/reinstate", admin_handlers::admin_reinstate)
}
