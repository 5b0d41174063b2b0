pub mod email;
pub mod login;
pub mod register;
pub mod reset;
pub mod second_factor;
pub mod settings;

use axum::http::{HeaderMap, header};
use axum::response::Response;

use super::session_store;
use super::store::{self, NewToken, TokenKind};
use super::views::ConfirmLetter;
use crate::app::AppState;
use crate::clock::{HOUR, MINUTE};
use crate::error::AppResult;
use crate::web::throttle::Limit;
use crate::web::{FlashKind, cookie_name, redirect_with, set_cookie};

pub const VERIFY_TTL: i64 = 48 * HOUR;
pub const RESET_TTL: i64 = HOUR;

/// Sign-in attempts for one account from browsers it has not seen.
pub const LOGIN_PER_ACCOUNT: Limit = Limit { hits: 10, window_ms: 15 * MINUTE };
/// Sign-in attempts from one browser the account has seen (its device cookie).
pub const LOGIN_PER_DEVICE: Limit = Limit { hits: 10, window_ms: 15 * MINUTE };
pub const LOGIN_PER_PEER: Limit = Limit { hits: 30, window_ms: 15 * MINUTE };
pub const SIGNUP_PER_PEER: Limit = Limit { hits: 10, window_ms: HOUR };
pub const RESET_PER_ACCOUNT: Limit = Limit { hits: 3, window_ms: HOUR };
pub const RESET_PER_PEER: Limit = Limit { hits: 10, window_ms: HOUR };

/// Starts a fresh session (a new token at every sign-in) and sends the person on.
pub async fn sign_in(
    state: &AppState,
    headers: &HeaderMap,
    user_id: &str,
    to: &str,
    message: &str,
) -> AppResult<Response> {
    let ua = headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("");
    let token = session_store::create(state, user_id, ua).await?;
    crate::audit::append(&state.db, user_id, "sign-in", user_id, state.clock.now_ms()).await?;
    let https = state.config.is_https();
    let mut res = redirect_with(https, to, FlashKind::Success, message);
    // A browser-session cookie: closing the browser signs out on a shared device.
    res.headers_mut().append(header::SET_COOKIE, set_cookie(https, &cookie_name(https, "dt_session"), &token, None));
    // This browser is now one the account knows: failures elsewhere never lock it out.
    let device = crate::accounts::devices::issue(&state.crypto, user_id);
    let name = cookie_name(https, crate::accounts::devices::COOKIE);
    res.headers_mut()
        .append(header::SET_COOKIE, set_cookie(https, &name, &device, Some(crate::accounts::devices::MAX_AGE_SECS)));
    Ok(res)
}

pub fn link(state: &AppState, path: &str) -> String {
    format!("{}{path}", state.config.base_url())
}

/// Mails a link to confirm the address: the token and its mail are written together.
pub async fn send_verification(
    state: &AppState,
    user_id: &str,
    (email, name): (&str, &str),
    next: Option<&str>,
    now: i64,
) -> AppResult<()> {
    use askama::Template;
    let t = NewToken {
        kind: TokenKind::Verify,
        user_id,
        space_id: None,
        next_path: next,
        secret: None,
        ttl_ms: VERIFY_TTL,
    };
    let token = store::new_token();
    let link = link(state, &format!("/verify/{token}"));
    let letter = |v: &crate::mail::Voice| ConfirmLetter { v, name, link: &link }.render();
    let m = crate::mail::prepare(state, email, crate::mail::Subject::ConfirmEmail, letter, None).await?;
    store::create_token_with_mail(&state.db, t, token, &[m], now).await?;
    crate::mail::wake(state);
    Ok(())
}
