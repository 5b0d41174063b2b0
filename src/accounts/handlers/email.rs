//! Changing the sign-in email: asked after a recent sign-in, confirmed from the new inbox,
//! and the old address told afterwards. Whether the new address has an account already is
//! told only to that inbox, never to the asker.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::{RESET_PER_ACCOUNT, VERIFY_TTL, link};
use crate::accounts::model::Email;
use crate::accounts::require_recent_auth;
use crate::accounts::store::{self, EmailChange};
use crate::accounts::views::{
    ChangeEmail, ConfirmEmailChange, EmailChangeLetter, EmailChangedLetter, EmailForm, EmailTakenLetter,
};
use crate::app::AppState;
use crate::error::AppResult;
use crate::mail::{self, Subject};
use crate::web::layout::error_page;
use crate::web::{CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid, throttle};

const PAGE: &str = "/settings/email";

pub async fn form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    require_recent_auth(&user, state.clock.now_ms(), PAGE)?;
    render(&ChangeEmail {
        l: ctx.layout_t("email-title"),
        current: user.email.clone(),
        form: EmailForm::default(),
        errors: FormErrors::default(),
    })
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Form(form): Form<EmailForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    require_recent_auth(&user, now, PAGE)?;
    let mut errors = FormErrors::default();
    let email = errors.take("email", Email::parse(&form.email));
    if email.as_ref().is_some_and(|e| e.as_str() == user.email) {
        errors.add("email", "That is the address your account uses already.");
    }
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return render_invalid(&ChangeEmail {
            l: ctx.layout_t("email-title"),
            current: user.email.clone(),
            form,
            errors,
        });
    };
    throttle::hit(&state.db, &format!("email-change:{}", user.id), RESET_PER_ACCOUNT, now).await?;
    if store::find_by_email(&state.db, email.as_str()).await?.is_some() {
        // Nothing changes, so there is no change to queue it with.
        let m =
            mail::prepare(&state, email.as_str(), Subject::AccountChanged, |v| EmailTakenLetter { v }.render(), None)
                .await?;
        mail::send(&state, m).await?;
    } else {
        let token = store::new_token();
        let link = link(&state, &format!("/settings/email/confirm/{token}"));
        let letter = |v: &mail::Voice| EmailChangeLetter { v, link: &link }.render();
        // To the new address in the account's own voice (that address has no account yet).
        let m = mail::prepare_for(&state, email.as_str(), &user.email, Subject::AccountChanged, letter, None).await?;
        store::start_email_change(&state.db, &user.id, email.as_str(), &token, now + VERIFY_TTL, &[m], now).await?;
        mail::wake(&state);
    }
    Ok(redirect_with(state.config.is_https(), "/settings", FlashKind::Info, &ctx.t("email-sent")))
}

fn link_invalid() -> Response {
    error_page(
        StatusCode::NOT_FOUND,
        "This link is no longer valid",
        "Email change links work once and for 48 hours. You can ask for a new one in your settings.",
    )
}

pub async fn confirm_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    if !store::email_change_is_live(&state.db, &token, state.clock.now_ms()).await? {
        return Ok(link_invalid());
    }
    render(&ConfirmEmailChange {
        l: ctx.layout_t("email-confirm-title"),
        action: format!("/settings/email/confirm/{token}"),
    })
}

pub async fn confirm(State(state): State<AppState>, ctx: RequestCtx, Path(token): Path<String>) -> AppResult<Response> {
    let now = state.clock.now_ms();
    // The notice to the address being left is queued with the change itself.
    let mut notice = vec![];
    if let Some(old) = store::email_change_old_address(&state.db, &token, now).await? {
        let letter = |v: &mail::Voice| {
            let when = crate::pages::format_time_in(v.lang, now, "UTC");
            EmailChangedLetter { v, when: &when }.render()
        };
        notice.push(mail::prepare(&state, &old, Subject::AccountChanged, letter, None).await?);
    }
    match store::finish_email_change(&state.db, &token, &notice, now).await? {
        EmailChange::Invalid => Ok(link_invalid()),
        EmailChange::Taken => Err(crate::error::AppError::Conflict(
            "That address has been taken by another account since you asked, so your email stays as it was.".into(),
        )),
        EmailChange::Done(user_id, _) => {
            mail::wake(&state);
            crate::audit::append(&state.db, &user_id, "email-changed", &user_id, now).await?;
            Ok(redirect_with(state.config.is_https(), "/settings", FlashKind::Success, &ctx.t("email-changed")))
        }
    }
}
