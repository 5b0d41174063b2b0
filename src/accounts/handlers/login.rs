//! Sign-in and sign-out. Known and unknown emails get the same answer in about the same time.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use axum::response::Response;

use super::register::NextQuery;
use super::{LOGIN_PER_ACCOUNT, LOGIN_PER_DEVICE, LOGIN_PER_PEER, sign_in};
use crate::accounts::devices;
use crate::accounts::session_store;
use crate::accounts::store;
use crate::accounts::views::{Login, LoginForm};
use crate::app::AppState;
use crate::crypto::token_hash;
use crate::error::AppResult;
use crate::web::{
    FlashKind, FormErrors, PeerAddr, RequestCtx, cookie_name, read_cookie, redirect, redirect_with, render,
    render_invalid, safe_next, set_cookie, throttle,
};

pub async fn form(ctx: RequestCtx, Query(q): Query<NextQuery>) -> AppResult<Response> {
    let next = safe_next(Some(&q.next));
    if ctx.user.is_some() {
        return Ok(redirect(&next.unwrap_or_else(|| "/dashboard".into())));
    }
    let form = LoginForm { next: next.unwrap_or_default(), ..Default::default() };
    render(&Login { l: ctx.layout_t("login-title"), form, errors: FormErrors::default() })
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    headers: HeaderMap,
    PeerAddr(ip): PeerAddr,
    Form(mut form): Form<LoginForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let email = form.email.trim().to_lowercase();
    let user = store::find_by_email(&state.db, &email).await?;
    // A browser this account signed in from before counts its attempts on its own device
    // cookie; everyone else is counted per address and per account.
    let https = state.config.is_https();
    let device = match (&user, read_cookie(&headers, &cookie_name(https, devices::COOKIE))) {
        (Some(u), Some(v)) => devices::nonce_for(&state.crypto, v, &u.id),
        _ => None,
    };
    let mut over = match &device {
        Some(nonce) => throttle::over(&state.db, &format!("login:device:{nonce}"), LOGIN_PER_DEVICE, now).await?,
        None => None,
    };
    if device.is_none() || over.is_some() {
        let peer = throttle::over(&state.db, &format!("login:peer:{ip}"), LOGIN_PER_PEER, now).await?;
        let account = throttle::over(&state.db, &format!("login:account:{email}"), LOGIN_PER_ACCOUNT, now).await?;
        over = peer.max(account);
    }
    // Past a limit: a delay before the password is checked, never a lockout. The right
    // password still signs in; a wrong one is told to wait.
    if over.is_some() {
        state.metrics.sign_in_throttled();
        tokio::time::sleep(std::time::Duration::from_millis(state.config.login_delay_ms)).await;
    }

    let hash = user.as_ref().map(|u| u.password_hash.clone());
    let password_ok = state.passwords.verify(std::mem::take(&mut form.password), hash).await;
    let user = user.filter(|u| password_ok && u.disabled_at.is_none());

    if let (None, Some(retry_after_secs)) = (&user, over) {
        return Err(crate::error::AppError::TooManyRequests { retry_after_secs });
    }
    let Some(user) = user else {
        let mut errors = FormErrors::default();
        errors.add("email", "That email and password don't match an account. Check both and try again.");
        return render_invalid(&Login { l: ctx.layout_t("login-title"), form, errors });
    };
    if user.email_verified_at.is_none() {
        // Only someone who knows the password learns the account exists.
        let next = safe_next(Some(&form.next));
        super::send_verification(&state, &user.id, (&user.email, &user.display_name), next.as_deref(), now).await?;
        let mut errors = FormErrors::default();
        errors.add("email", "Please confirm your email address first. We've just sent you a new link.");
        return render_invalid(&Login { l: ctx.layout_t("login-title"), form, errors });
    }
    if user.totp_enabled_at.is_some() {
        return super::second_factor::begin(&state, &user.id, safe_next(Some(&form.next)).as_deref()).await;
    }
    let to = safe_next(Some(&form.next)).unwrap_or_else(|| "/dashboard".into());
    sign_in(&state, &headers, &user.id, &to, &ctx.t_with("login-welcome", &[("name", &user.display_name)])).await
}

pub async fn logout(State(state): State<AppState>, ctx: RequestCtx, headers: HeaderMap) -> AppResult<Response> {
    let https = state.config.is_https();
    let name = cookie_name(https, "dt_session");
    if let Some(token) = read_cookie(&headers, &name) {
        session_store::end_by_token_hash(&state.db, &token_hash(token)).await?;
    }
    let mut res = redirect_with(https, "/", FlashKind::Info, &ctx.t("settings-signed-out"));
    res.headers_mut().append(header::SET_COOKIE, set_cookie(https, &name, "", Some(0)));
    Ok(res)
}
