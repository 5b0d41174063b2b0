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

/// The invitation waiting in this browser (from a join page visited before signing up), when
/// it is still good and not the person's own: (who invited, the invitation's page).
pub async fn waiting_invitation(
    state: &crate::app::AppState,
    headers: &axum::http::HeaderMap,
    user_id: &str,
) -> Result<Option<(String, String)>, sqlx::Error> {
    let https = state.config.is_https();
    let Some(token) = crate::web::read_cookie(headers, &crate::web::cookie_name(https, handlers::INVITE_COOKIE)) else {
        return Ok(None);
    };
    Ok(store::invite_sender(&state.db, token, state.clock.now_ms())
        .await?
        .filter(|(inviter_id, _)| inviter_id != user_id)
        .map(|(_, name)| (name, format!("/join/{token}"))))
}
