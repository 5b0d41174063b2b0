//! Password reset by an emailed single-use link that expires in an hour.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use super::{RESET_PER_ACCOUNT, RESET_PER_PEER, RESET_TTL, link, sign_in};
use crate::accounts::model::{Email, Password};
use crate::accounts::session_store;
use crate::accounts::store::{self, NewToken, TokenKind};
use crate::accounts::views::{EmailForm, Forgot, NewPasswordForm, Reset, ResetLetter};
use crate::app::AppState;
use crate::error::AppResult;
use crate::mail::{self, Subject};
use crate::pages::MessagePage;
use crate::web::layout::error_page;
use crate::web::{
    FlashKind, FormErrors, PeerAddr, RequestCtx, redirect, redirect_with, render, render_invalid, throttle,
};

pub async fn forgot_form(ctx: RequestCtx) -> AppResult<Response> {
    render(&Forgot { l: ctx.layout_t("forgot-title"), form: EmailForm::default(), errors: FormErrors::default() })
}

pub async fn forgot_submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    PeerAddr(ip): PeerAddr,
    Form(form): Form<EmailForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let email = match Email::parse(&form.email) {
        Ok(e) => e,
        Err(msg) => {
            let mut errors = FormErrors::default();
            errors.add("email", msg);
            return render_invalid(&Forgot { l: ctx.layout_t("forgot-title"), form, errors });
        }
    };
    throttle::hit(&state.db, &format!("reset:peer:{ip}"), RESET_PER_PEER, now).await?;
    throttle::hit(&state.db, &format!("reset:account:{email}"), RESET_PER_ACCOUNT, now).await?;
    // The lookup is the same for every address; the sending happens after the answer, so
    // a known address does not take longer to answer than an unknown one. The task is
    // tracked: shutdown waits for it, so the mail is queued even if the server stops now.
    if let Some(user) = store::find_by_email(&state.db, email.as_str()).await?
        && user.disabled_at.is_none()
    {
        let (state, tasks) = (state.clone(), state.tasks.clone());
        tasks.spawn(async move {
            if let Err(e) = send_reset(&state, &user.id, &user.email, now).await {
                tracing::error!(error = %format!("{e:#}"), "queueing a reset email");
            }
        });
    }
    Ok(redirect("/forgot/sent"))
}

async fn send_reset(state: &AppState, user_id: &str, to: &str, now: i64) -> anyhow::Result<()> {
    let t =
        NewToken { kind: TokenKind::Reset, user_id, space_id: None, next_path: None, secret: None, ttl_ms: RESET_TTL };
    let token = store::new_token();
    let link = link(state, &format!("/reset/{token}"));
    let letter = |v: &mail::Voice| ResetLetter { v, link: &link }.render();
    let m = mail::prepare(state, to, Subject::PasswordReset, letter, None).await?;
    store::create_token_with_mail(&state.db, t, token, &[m], now).await?;
    mail::wake(state);
    Ok(())
}

pub async fn forgot_sent(ctx: RequestCtx) -> AppResult<Response> {
    render(&MessagePage {
        l: ctx.layout_t("register-sent-title"),
        heading: ctx.t("register-sent-title"),
        paragraphs: vec![ctx.t("reset-sent")],
        link: Some(("/login".into(), ctx.t("forgot-back"))),
    })
}

fn link_invalid() -> Response {
    error_page(
        StatusCode::NOT_FOUND,
        "This link is no longer valid",
        "Reset links work once and for one hour. You can ask for a new one on the sign-in page.",
    )
}

pub async fn reset_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    if store::peek_token(&state.db, TokenKind::Reset, &token, state.clock.now_ms()).await?.is_none() {
        return Ok(link_invalid());
    }
    render(&Reset { l: ctx.layout_t("reset-title"), action: format!("/reset/{token}"), errors: FormErrors::default() })
}

pub async fn reset_submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    headers: HeaderMap,
    Path(token): Path<String>,
    Form(form): Form<NewPasswordForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let Some(peek) = store::peek_token(&state.db, TokenKind::Reset, &token, now).await? else {
        return Ok(link_invalid());
    };
    let user = store::find_by_id(&state.db, &peek.user_id).await?;
    let email = user.as_ref().and_then(|u| Email::parse(&u.email).ok());
    let password = match Password::parse(&form.password, email.as_ref(), |p| state.passwords.is_common(p)) {
        Ok(p) => p,
        Err(msg) => {
            let mut errors = FormErrors::default();
            errors.add("password", msg);
            let page = Reset { l: ctx.layout_t("reset-title"), action: format!("/reset/{token}"), errors };
            return render_invalid(&page);
        }
    };
    let hash = state.passwords.hash(password.into_inner()).await?;
    let Some(t) = store::consume_token(&state.db.pool, TokenKind::Reset, &token, now).await? else {
        return Ok(link_invalid());
    };
    // An account's first password (an operator invited from the command line, whose password
    // was never usable): setting it from the invitation signs them in. A reset of a password
    // that existed leads to the sign-in page, which asks for the two-step code if there is one.
    let first = user.as_ref().is_some_and(|u| u.password_hash.starts_with(crate::admin::UNSET_PASSWORD));
    store::set_password(&state.db, &t.user_id, &hash).await?;
    // Whoever knew the old password is signed out everywhere; the inbox proved ownership.
    session_store::end_all(&state.db, &t.user_id).await?;
    store::mark_verified(&state.db, &t.user_id, now).await?;
    store::void_tokens(&state.db, &t.user_id, TokenKind::Reset, now).await?;
    if first && let Some(u) = &user {
        let home = if u.role == crate::accounts::model::Role::Admin { "/admin" } else { "/dashboard" };
        return sign_in(&state, &headers, &u.id, home, &ctx.t("reset-set")).await;
    }
    Ok(redirect_with(state.config.is_https(), "/login", FlashKind::Success, &ctx.t("reset-changed")))
}
