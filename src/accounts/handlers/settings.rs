//! Settings: profile, password, and the sessions signed in to the account.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::LOGIN_PER_ACCOUNT;
use crate::accounts::model::SessionUser;
use crate::accounts::model::{DisplayName, Email, Password};
use crate::accounts::require_recent_auth;
use crate::accounts::session_store;
use crate::accounts::store;
use crate::accounts::views::{ChangePasswordForm, DeleteForm, DeletePage, ProfileForm, SessionLine, Settings};
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::mail::optout::Optional;
use crate::web::{CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid, throttle};
use crate::zone::Zone;

async fn settings_page(
    state: &AppState,
    ctx: &RequestCtx,
    profile: ProfileForm,
    profile_errors: FormErrors,
    password_errors: FormErrors,
) -> AppResult<Settings> {
    let user = ctx.user.as_ref().ok_or(AppError::Unauthorized { next: "/settings".into() })?;
    let sessions = session_store::list(&state.db, &user.id, state.clock.now_ms())
        .await?
        .into_iter()
        .map(|s| SessionLine::new(s, &user.session_id, &user.time_zone, &ctx.locales, ctx.lang))
        .collect();
    Ok(Settings {
        l: ctx.layout_t("settings-title"),
        email: user.email.clone(),
        profile,
        profile_errors,
        password_errors,
        sessions,
        two_factor_on: store::find_by_id(&state.db, &user.id).await?.is_some_and(|u| u.totp_enabled_at.is_some()),
        mail_choices: crate::mail::optout::choices(&state.db, &user.id)
            .await?
            .into_iter()
            .map(|(k, on)| (k.key(), mail_label(ctx, k), on))
            .collect(),
        reads: crate::sharing::store::reads(&state.db, &user.id)
            .await?
            .into_iter()
            .take(5)
            .map(|r| {
                let when = crate::pages::format_time_in(ctx.lang, r.read_at, &user.time_zone);
                let what = read_what(ctx, &r.what);
                ctx.t_with("settings-read-line", &[("when", &when), ("who", &r.counsellor_name), ("what", &what)])
            })
            .collect(),
    })
}

/// What a kind of optional mail is called, in the reader's language.
fn mail_label(ctx: &RequestCtx, kind: Optional) -> String {
    ctx.t(match kind {
        Optional::SessionReminders => "settings-mail-session-reminders",
        Optional::ProgramReminders => "settings-mail-program-reminders",
        Optional::MessageNotices => "settings-mail-message-notices",
        Optional::PaymentReminders => "settings-mail-payment-reminders",
    })
}

/// What one counsellor's visit read, as the read log names it (sharing::model::what_labels)
/// in the reader's language: each kind, in the order read.
fn read_what(ctx: &RequestCtx, what: &str) -> String {
    let labels: Vec<String> = what
        .split(',')
        .filter(|w| !w.is_empty())
        .map(|w| {
            ctx.t(match w {
                "checkins" => "settings-read-checkins",
                "account" => "settings-read-account",
                "questionnaire" => "settings-read-questionnaire",
                "feedback" => "settings-read-feedback",
                _ => "settings-read-reflection",
            })
        })
        .collect();
    match labels.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => ctx.t_with("settings-read-and", &[("rest", &rest.join(", ")), ("last", last)]),
    }
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let profile = ProfileForm { display_name: user.display_name.clone(), time_zone: user.time_zone.clone() };
    render(&settings_page(&state, &ctx, profile, FormErrors::default(), FormErrors::default()).await?)
}

pub async fn profile(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Form(form): Form<ProfileForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let name = errors.take("display_name", DisplayName::parse(&form.display_name));
    let tz = errors.take("time_zone", Zone::parse(&form.time_zone));
    let (Some(name), Some(tz)) = (name, tz) else {
        return render_invalid(&settings_page(&state, &ctx, form, errors, FormErrors::default()).await?);
    };
    store::update_profile(&state.db, &user.id, name.as_str(), tz.name()).await?;
    Ok(redirect_with(state.config.is_https(), "/settings", FlashKind::Success, &ctx.t("settings-profile-saved")))
}

pub async fn password(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Form(form): Form<ChangePasswordForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    throttle::hit(&state.db, &format!("login:account:{}", user.email), LOGIN_PER_ACCOUNT, now).await?;
    let row = store::find_by_id(&state.db, &user.id).await?.ok_or(AppError::NotFound)?;
    let mut errors = FormErrors::default();
    if !state.passwords.verify(form.current_password.clone(), Some(row.password_hash)).await {
        errors.add("current_password", "That isn't your current password.");
    }
    let email = Email::parse(&user.email).ok();
    let new = errors
        .take("new_password", Password::parse(&form.new_password, email.as_ref(), |p| state.passwords.is_common(p)));
    let Some(new) = new.filter(|_| errors.is_empty()) else {
        let profile = ProfileForm { display_name: user.display_name.clone(), time_zone: user.time_zone.clone() };
        return render_invalid(&settings_page(&state, &ctx, profile, FormErrors::default(), errors).await?);
    };
    let hash = state.passwords.hash(new.into_inner()).await?;
    store::set_password(&state.db, &user.id, &hash).await?;
    let ended = session_store::end_others(&state.db, &user.id, &user.session_id).await?;
    let msg = match ended {
        0 => ctx.t("settings-password-changed"),
        1 => ctx.t("settings-password-changed-one"),
        n => ctx.t_with("settings-password-changed-many", &[("n", &n.to_string())]),
    };
    Ok(redirect_with(state.config.is_https(), "/settings", FlashKind::Success, &msg))
}

pub async fn end_session(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    if !session_store::end(&state.db, &user.id, &id).await? {
        return Err(AppError::NotFound);
    }
    let (to, msg) = if id == user.session_id {
        ("/", ctx.t("settings-signed-out"))
    } else {
        ("/settings#sessions", ctx.t("settings-session-ended"))
    };
    Ok(redirect_with(state.config.is_https(), to, FlashKind::Success, &msg))
}

pub async fn end_other_sessions(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let n = session_store::end_others(&state.db, &user.id, &user.session_id).await?;
    let msg = if n == 0 {
        ctx.t("settings-no-other-sessions")
    } else {
        ctx.t_with("settings-others-ended", &[("n", &n.to_string())])
    };
    Ok(redirect_with(state.config.is_https(), "/settings#sessions", FlashKind::Success, &msg))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct DiscreetForm {
    pub discreet: String,
}

/// Discreet mode on or off.
pub async fn discreet(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Form(form): Form<DiscreetForm>,
) -> AppResult<Response> {
    let on = form.discreet == "on";
    store::set_discreet(&state.db, &user.id, on).await?;
    let msg = if on { ctx.t("settings-discreet-now-on") } else { ctx.t("settings-discreet-now-off") };
    Ok(redirect_with(state.config.is_https(), "/settings", FlashKind::Success, &msg))
}

const DELETE_PAGE: &str = "/settings/delete";
/// What the person types to show they mean it (the page's label says the same, from the
/// message `delete-phrase`; the phrase in the reader's language is accepted too).
const DELETE_PHRASE: &str = "delete my account";

async fn delete_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    errors: FormErrors,
) -> AppResult<DeletePage> {
    let in_space = crate::spaces::store::active_space(&state.db, &user.id).await?.is_some();
    Ok(DeletePage { l: ctx.layout_t("delete-title"), in_space, keeps_notes: state.config.keep_client_notes, errors })
}

pub async fn delete_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    require_recent_auth(&user, state.clock.now_ms(), DELETE_PAGE)?;
    render(&delete_page(&state, &ctx, &user, FormErrors::default()).await?)
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Form(form): Form<DeleteForm>,
) -> AppResult<Response> {
    require_recent_auth(&user, state.clock.now_ms(), DELETE_PAGE)?;
    let typed = form.confirm.trim().to_lowercase();
    if typed != DELETE_PHRASE && typed != ctx.t("delete-phrase").to_lowercase() {
        let mut errors = FormErrors::default();
        errors.add("confirm", "Type the words exactly as shown to delete your account.");
        return render_invalid(&delete_page(&state, &ctx, &user, errors).await?);
    }
    crate::accounts::deletion::delete_account(&state, &user.id).await?;
    let https = state.config.is_https();
    let mut res = redirect_with(https, "/", FlashKind::Info, &ctx.t("delete-done"));
    res.headers_mut().append(
        axum::http::header::SET_COOKIE,
        crate::web::set_cookie(https, &crate::web::cookie_name(https, "dt_session"), "", Some(0)),
    );
    Ok(res)
}
