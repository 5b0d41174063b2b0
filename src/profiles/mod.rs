//! Counsellors' profiles: the counsellor's own practice page, profile form and photo, the
//! public photo, and the operator's verification queue (verify, reject, suspend, reinstate).
//! Licence-expiry notices run from here too.

pub mod expiry;
mod handlers;
pub mod model;
pub mod photo;
pub mod store;
pub mod views;

use crate::web::routes::Routes;

/// Suspends a counsellor: unlisted at once, and their coming sessions cancelled (no fee to
/// anyone), each with the ordinary neutral cancellation mail. False when there is no such
/// profile.
pub async fn suspend(state: &crate::app::AppState, user_id: &str, reason: &str) -> anyhow::Result<bool> {
    let now = state.clock.now_ms();
    if !store::set_suspended(&state.db, user_id, Some(reason), now).await? {
        return Ok(false);
    }
    crate::bookings::account_stopping(state, user_id, now).await?;
    Ok(true)
}

pub fn routes() -> Routes {
    use handlers::{own, verification};
    Routes::default()
        .get("/practice", own::practice)
        .get("/practice/profile", own::profile_form)
        .post("/practice/profile", own::save_profile)
        .post_upload("/practice/photo", own::upload_photo, 6 * 1024 * 1024)
        .get("/counsellors/{id}/photo", own::photo)
        .get("/admin/counsellors", verification::admin_queue)
        .get("/admin/counsellors/{id}", verification::admin_review)
        .post("/admin/counsellors/{id}/verify", verification::admin_verify)
        .post("/admin/counsellors/{id}/reject", verification::admin_reject)
        .post("/admin/counsellors/{id}/suspend", verification::admin_suspend)
        .post("/admin/counsellors/{id}/reinstate", verification::admin_reinstate)
}
