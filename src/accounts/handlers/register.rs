//! Sign-up. The answer is the same whether or not the email already has an account, so the
//! page cannot be used to learn who uses DilTalks; the inbox tells the owner which it was.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;

use super::{SIGNUP_PER_PEER, VERIFY_TTL, link, sign_in};
use crate::accounts::model::{DisplayName, Email, Password, Role};
use crate::accounts::store::{self, NewToken, NewUser, TokenKind};
use crate::accounts::views::{AlreadyRegisteredLetter, Confirm, Register, RegisterForm};
use crate::app::AppState;
use crate::error::AppResult;
use crate::mail::{self, Subject};
use crate::pages::MessagePage;
use crate::web::layout::error_page;
use crate::web::{FormErrors, PeerAddr, RequestCtx, redirect, render, render_invalid, safe_next, throttle};
use crate::zone::Zone;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NextQuery {
    pub next: String,
    #[serde(rename = "as")]
    pub account: String,
}

pub async fn form(ctx: RequestCtx, Query(q): Query<NextQuery>) -> AppResult<Response> {
    if ctx.user.is_some() {
        return Ok(redirect(&safe_next(Some(&q.next)).unwrap_or_else(|| "/dashboard".into())));
    }
    let counsellor = q.account == "counsellor";
    let form = RegisterForm {
        next: safe_next(Some(&q.next)).unwrap_or_else(|| if counsellor { "/practice".into() } else { String::new() }),
        account: if counsellor { "counsellor".into() } else { String::new() },
        ..Default::default()
    };
    render(&Register { l: ctx.layout_t("register-title"), form, errors: FormErrors::default() })
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    PeerAddr(ip): PeerAddr,
    Form(mut form): Form<RegisterForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    throttle::hit(&state.db, &format!("signup:peer:{ip}"), SIGNUP_PER_PEER, now).await?;

    let mut errors = FormErrors::default();
    let email = errors.take("email", Email::parse(&form.email));
    let name = errors.take("display_name", DisplayName::parse(&form.display_name));
    let password =
        errors.take("password", Password::parse(&form.password, email.as_ref(), |p| state.passwords.is_common(p)));
    let tz = errors.take("time_zone", Zone::parse(&form.time_zone));
    let (Some(email), Some(name), Some(password), Some(tz)) = (email, name, password, tz) else {
        form.password.clear();
        return render_invalid(&Register { l: ctx.layout_t("register-title"), form, errors });
    };
    let next = safe_next(Some(&form.next));

    // Hash first in every case, so both answers take the same time.
    let hash = state.passwords.hash(password.into_inner()).await?;
    let new_user = NewUser {
        email: &email,
        password_hash: &hash,
        display_name: name.as_str(),
        role: if form.is_counsellor() { Role::Counsellor } else { Role::Member },
        time_zone: tz.name(),
        language: ctx.lang,
    };
    match store::create_user(&state.db, &new_user, now).await? {
        Some(user_id) => {
            super::send_verification(&state, &user_id, (email.as_str(), name.as_str()), next.as_deref(), now).await?;
        }
        None => already_registered(&state, &email, next.as_deref(), now).await?,
    }
    Ok(redirect("/register/sent"))
}

/// Someone signed up with an address that has an account: tell the owner, not the form.
async fn already_registered(state: &AppState, email: &Email, next: Option<&str>, now: i64) -> AppResult<()> {
    let Some(user) = store::find_by_email(&state.db, email.as_str()).await? else {
        return Ok(());
    };
    let (login, forgot) = (link(state, "/login"), link(state, "/forgot"));
    if user.email_verified_at.is_none() {
        // A fresh confirmation link rides along: its token and this mail are written together.
        let t = NewToken {
            kind: TokenKind::Verify,
            user_id: &user.id,
            space_id: None,
            next_path: next,
            secret: None,
            ttl_ms: VERIFY_TTL,
        };
        let token = store::new_token();
        let confirm = Some(link(state, &format!("/verify/{token}")));
        let letter = |v: &mail::Voice| AlreadyRegisteredLetter { v, confirm, login, forgot }.render();
        let m = mail::prepare(state, email.as_str(), Subject::AboutSignUp, letter, None).await?;
        store::create_token_with_mail(&state.db, t, token, &[m], now).await?;
        mail::wake(state);
    } else {
        // Nothing changes, so there is no change to queue it with.
        let letter = |v: &mail::Voice| AlreadyRegisteredLetter { v, confirm: None, login, forgot }.render();
        mail::send(state, mail::prepare(state, email.as_str(), Subject::AboutSignUp, letter, None).await?).await?;
    }
    Ok(())
}

pub async fn sent(ctx: RequestCtx) -> AppResult<Response> {
    render(&MessagePage {
        l: ctx.layout_t("register-sent-title"),
        heading: ctx.t("register-sent-title"),
        paragraphs: vec![ctx.t("register-sent-1"), ctx.t("register-sent-2")],
        link: None,
    })
}

fn link_invalid() -> Response {
    error_page(
        StatusCode::NOT_FOUND,
        "This link is no longer valid",
        "It may have expired or been used already. Sign in, or ask for a new link.",
    )
}

/// Shows a button rather than confirming on GET, so mail scanners that open links use nothing.
pub async fn confirm_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    if store::peek_token(&state.db, TokenKind::Verify, &token, state.clock.now_ms()).await?.is_none() {
        return Ok(link_invalid());
    }
    render(&Confirm { l: ctx.layout_t("confirm-title"), action: format!("/verify/{token}") })
}

pub async fn confirm(
    State(state): State<AppState>,
    ctx: RequestCtx,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let Some(t) = store::consume_token(&state.db.pool, TokenKind::Verify, &token, now).await? else {
        return Ok(link_invalid());
    };
    store::mark_verified(&state.db, &t.user_id, now).await?;
    let to = safe_next(t.next_path.as_deref()).unwrap_or_else(|| "/dashboard".into());
    sign_in(&state, &headers, &t.user_id, &to, &ctx.t("confirm-welcome")).await
}
