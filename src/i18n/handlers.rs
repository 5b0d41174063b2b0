//! The language switch on every page: a form, so it works without JavaScript and signed out.

use axum::Form;
use axum::extract::State;
use axum::http::header;
use axum::response::Response;
use serde::Deserialize;

use super::Lang;
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::web::context::LANG_COOKIE;
use crate::web::{RequestCtx, cookie_name, redirect, safe_next, set_cookie};

/// A year: the choice outlives the session (signing out keeps it), as the device cookie does.
const KEEP_SECS: i64 = 365 * 24 * 3600;

#[derive(Deserialize)]
pub struct Choice {
    lang: String,
    #[serde(default)]
    back: String,
}

/// Remembers the language in the browser and, signed in, on the account (so mail follows it),
/// then shows the same page again.
pub async fn choose(State(state): State<AppState>, ctx: RequestCtx, Form(c): Form<Choice>) -> AppResult<Response> {
    let lang = Lang::parse(&c.lang).ok_or(AppError::BadRequest("Choose English or Hindi."))?;
    if let Some(u) = &ctx.user {
        crate::accounts::store::set_language(&state.db, &u.id, lang).await?;
    }
    let https = state.config.is_https();
    let mut res = redirect(&safe_next(Some(&c.back)).unwrap_or_else(|| "/".into()));
    let cookie = set_cookie(https, &cookie_name(https, LANG_COOKIE), lang.code(), Some(KEEP_SECS));
    res.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(res)
}
