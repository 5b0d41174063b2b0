//! Two-step sign-in (the code after the password), asking for the password again before
//! sensitive actions, and turning the second factor on and off.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use axum::response::Response;

use super::register::NextQuery;
use super::{LOGIN_PER_ACCOUNT, sign_in};
use crate::accounts::model::SessionUser;
use crate::accounts::store;
use crate::accounts::views::{
    CodeForm, DisableForm, EnableForm, FactorChange, LoginCode, Reauth, ReauthForm, RecoveryCodes, SecondFactorLetter,
    TwoFactor,
};
use crate::accounts::{factor_store, totp};
use crate::app::AppState;
use crate::clock::MINUTE;
use crate::error::{AppError, AppResult};
use crate::web::throttle::Limit;
use crate::web::{
    CurrentUser, FlashKind, FormErrors, RequestCtx, cookie_name, read_cookie, redirect, redirect_with, render,
    render_invalid, safe_next, set_cookie, throttle,
};

/// How long a matched password waits for its code.
const PENDING_TTL: i64 = 10 * MINUTE;
/// How long a sign-in (or the password asked again) counts as recent for sensitive actions.
pub const REAUTH_WINDOW: i64 = 10 * MINUTE;
/// Wrong codes: six digits are guessable only with many tries, so tries are few.
const CODE_PER_ACCOUNT: Limit = Limit { hits: 10, window_ms: 15 * MINUTE };

const WRONG_CODE: &str =
    "That code didn't work. Codes change every 30 seconds and each works once; try the newest one.";
const USED_RECOVERY_CODE: &str =
    "That recovery code has been used already: each one works once. Use another of your recovery codes.";

/// The error to show for a code that was not accepted, if it was not.
fn code_error(code: factor_store::Code) -> Option<&'static str> {
    match code {
        factor_store::Code::Accepted => None,
        factor_store::Code::Wrong => Some(WRONG_CODE),
        factor_store::Code::RecoveryUsed => Some(USED_RECOVERY_CODE),
    }
}

/// Sensitive actions call this first: too long since the session proved who it is sends the
/// person to confirm it, then back to `back` (the page of the action, never a POST address).
pub fn require_recent_auth(user: &SessionUser, now: i64, back: &str) -> AppResult<()> {
    if now - user.authenticated_at <= REAUTH_WINDOW {
        Ok(())
    } else {
        Err(AppError::Reauthenticate { next: back.to_string() })
    }
}

/// The password matched and two-step sign-in is on: remember that for ten minutes and ask
/// for the code. Nothing about the account is signed in yet.
pub async fn begin(state: &AppState, user_id: &str, next: Option<&str>) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let token = factor_store::start_pending(&state.db, user_id, next, now + PENDING_TTL).await?;
    let https = state.config.is_https();
    let mut res = redirect("/login/code");
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(https, &cookie_name(https, "dt_pending"), &token, Some(PENDING_TTL / 1000)),
    );
    Ok(res)
}

fn pending_token<'a>(state: &AppState, headers: &'a HeaderMap) -> Option<&'a str> {
    read_cookie(headers, &cookie_name(state.config.is_https(), "dt_pending"))
}

pub async fn code_form(State(state): State<AppState>, ctx: RequestCtx, headers: HeaderMap) -> AppResult<Response> {
    let now = state.clock.now_ms();
    match pending_token(&state, &headers) {
        Some(t) if factor_store::pending(&state.db, t, now).await?.is_some() => {
            render(&LoginCode { l: ctx.layout_t("twofactor-login-title"), errors: FormErrors::default() })
        }
        _ => Ok(redirect("/login")),
    }
}

pub async fn code_submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let https = state.config.is_https();
    let token = pending_token(&state, &headers).unwrap_or_default();
    let Some(p) = factor_store::pending(&state.db, token, now).await? else {
        return Ok(redirect_with(https, "/login", FlashKind::Info, &ctx.t("twofactor-login-expired")));
    };
    // Only wrong codes count: someone who signs in often with the right code is never slowed.
    let key = format!("code:account:{}", p.user_id);
    if let Some(wait_secs) = throttle::blocked(&state.db, &key, CODE_PER_ACCOUNT, now).await? {
        return Err(AppError::TooManyRequests { retry_after_secs: wait_secs });
    }
    let user = store::find_by_id(&state.db, &p.user_id).await?.filter(|u| u.disabled_at.is_none());
    let factor = factor_store::factor(&state, &p.user_id).await?;
    let (Some(user), Some(factor)) = (user, factor) else {
        factor_store::end_pending(&state.db, token, now).await?;
        return Ok(redirect("/login"));
    };
    if let Some(problem) = code_error(factor_store::accept_code(&state, &user.id, &factor.secret, &form.code).await?) {
        throttle::hit(&state.db, &key, CODE_PER_ACCOUNT, now).await?;
        let mut errors = FormErrors::default();
        errors.add("code", problem);
        return render_invalid(&LoginCode { l: ctx.layout_t("twofactor-login-title"), errors });
    }
    factor_store::end_pending(&state.db, token, now).await?;
    let to = safe_next(p.next_path.as_deref()).unwrap_or_else(|| "/dashboard".into());
    let welcome = ctx.t_with("login-welcome", &[("name", &user.display_name)]);
    let mut res = sign_in(&state, &headers, &user.id, &to, &welcome).await?;
    res.headers_mut().append(header::SET_COOKIE, set_cookie(https, &cookie_name(https, "dt_pending"), "", Some(0)));
    Ok(res)
}

async fn reauth_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    next: String,
    errors: FormErrors,
) -> AppResult<Reauth> {
    let needs_code = factor_store::factor(state, &user.id).await?.is_some();
    Ok(Reauth { l: ctx.layout_t("reauth-title"), next, needs_code, errors })
}

pub async fn reauth_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Query(q): Query<NextQuery>,
) -> AppResult<Response> {
    let next = safe_next(Some(&q.next)).unwrap_or_else(|| "/settings".into());
    render(&reauth_page(&state, &ctx, &user, next, FormErrors::default()).await?)
}

pub async fn reauth_submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Form(mut form): Form<ReauthForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let next = safe_next(Some(&form.next)).unwrap_or_else(|| "/settings".into());
    throttle::hit(&state.db, &format!("login:account:{}", user.email), LOGIN_PER_ACCOUNT, now).await?;
    let row = store::find_by_id(&state.db, &user.id).await?.ok_or(AppError::NotFound)?;
    let mut errors = FormErrors::default();
    if !state.passwords.verify(std::mem::take(&mut form.password), Some(row.password_hash)).await {
        errors.add("password", "That password is not right.");
    } else if let Some(f) = factor_store::factor(&state, &user.id).await?
        && let Some(problem) = code_error(factor_store::accept_code(&state, &user.id, &f.secret, &form.code).await?)
    {
        errors.add("code", problem);
    }
    if !errors.is_empty() {
        return render_invalid(&reauth_page(&state, &ctx, &user, next, errors).await?);
    }
    factor_store::mark_authenticated(&state.db, &user.session_id, now).await?;
    Ok(redirect(&next))
}

const SETUP_PAGE: &str = "/settings/two-factor";

/// Tells the account's own address that two-step sign-in changed: someone with the password
/// and a moment at an open session could turn it off, or turn it on with their own phone to
/// lock the owner out. The mail names no device and no place.
async fn notice(state: &AppState, user: &SessionUser, change: FactorChange) -> AppResult<crate::mail::Prepared> {
    Ok(factor_notice(state, (&user.email, &user.time_zone), change).await?)
}

/// The notice of a change to two-step sign-in, to the account's address in its own zone
/// (also sent when the operator turns it off).
pub async fn factor_notice(
    state: &AppState,
    (email, zone): (&str, &str),
    change: FactorChange,
) -> anyhow::Result<crate::mail::Prepared> {
    use askama::Template;
    let now = state.clock.now_ms();
    let letter = |v: &crate::mail::Voice| {
        let when = crate::pages::format_time_in(v.lang, now, zone);
        SecondFactorLetter { v, change, when: &when, zone }.render()
    };
    crate::mail::prepare(state, email, crate::mail::Subject::AccountChanged, letter, None).await
}

async fn setup_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    secret: Vec<u8>,
    errors: FormErrors,
) -> AppResult<TwoFactor> {
    let enabled = factor_store::factor(state, &user.id).await?.is_some();
    let unused_codes = factor_store::unused_codes(&state.db, &user.id).await?;
    let b32 = totp::base32(&secret);
    let grouped =
        b32.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ");
    let qr = qrcode::QrCode::new(totp::provisioning_uri(&secret, &user.email)).map_err(anyhow::Error::from)?;
    let svg = qr.render::<qrcode::render::svg::Color>().min_dimensions(200, 200).quiet_zone(true).build();
    // The renderer writes an XML declaration first; inside HTML only the <svg> element belongs.
    let svg = svg.find("<svg").map(|i| svg[i..].to_string()).unwrap_or_default();
    // The label goes into the SVG as it stands (the page prints it unescaped): escape it here.
    let label = ctx.t("twofactor-qr").replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    let qr_svg = svg.replacen("<svg", &format!("<svg role=\"img\" aria-label=\"{label}\""), 1);
    Ok(TwoFactor {
        l: ctx.layout_t("twofactor-title"),
        enabled,
        unused_codes,
        secret: b32,
        secret_grouped: grouped,
        qr_svg,
        errors,
    })
}

pub async fn two_factor_page(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    require_recent_auth(&user, state.clock.now_ms(), SETUP_PAGE)?;
    render(&setup_page(&state, &ctx, &user, totp::new_secret(), FormErrors::default()).await?)
}

pub async fn enable(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Form(form): Form<EnableForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    require_recent_auth(&user, now, SETUP_PAGE)?;
    let secret = totp::from_base32(&form.secret).filter(|s| s.len() == 20).ok_or(AppError::BadRequest(
        "The setup key was changed on its way. Open two-step sign-in again to get a new one.",
    ))?;
    let Some(step) = totp::matching_step(&secret, &form.code, now) else {
        let mut errors = FormErrors::default();
        errors.add("code", "That code doesn't match the key. Check the app shows DilTalks and type its newest code.");
        // The same key again, so the account just added to the app still works.
        return render_invalid(&setup_page(&state, &ctx, &user, secret, errors).await?);
    };
    let m = notice(&state, &user, FactorChange::On).await?;
    let codes = factor_store::enable(&state, &user.id, &secret, step, &[m]).await?;
    crate::mail::wake(&state);
    render(&RecoveryCodes { l: ctx.layout_t("twofactor-codes-title"), codes, first: true })
}

pub async fn renew_codes(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    require_recent_auth(&user, state.clock.now_ms(), SETUP_PAGE)?;
    if factor_store::factor(&state, &user.id).await?.is_none() {
        return Ok(redirect(SETUP_PAGE));
    }
    let m = notice(&state, &user, FactorChange::NewCodes).await?;
    let codes = factor_store::renew_codes(&state, &user.id, &[m]).await?;
    crate::mail::wake(&state);
    render(&RecoveryCodes { l: ctx.layout_t("twofactor-codes-title"), codes, first: false })
}

pub async fn disable(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Form(form): Form<DisableForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    require_recent_auth(&user, now, SETUP_PAGE)?;
    if form.confirm != "yes" {
        let mut errors = FormErrors::default();
        errors.add("confirm", "Tick the box to say you want two-step sign-in off. It is still on.");
        return render_invalid(&setup_page(&state, &ctx, &user, totp::new_secret(), errors).await?);
    }
    let m = notice(&state, &user, FactorChange::Off).await?;
    factor_store::disable(&state.db, &user.id, (&user.id, "two-factor-off"), &[m], now).await?;
    crate::mail::wake(&state);
    Ok(redirect_with(state.config.is_https(), "/settings", FlashKind::Info, &ctx.t("twofactor-now-off")))
}
