//! The operator's verification queue: review, verify, reject with a reason, suspend and
//! reinstate. Each decision is written to the audit log.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::profiles::model::{Status, Stored};
use crate::profiles::store;
use crate::profiles::views::*;
use crate::web::{Admin, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

pub async fn admin_queue(State(state): State<AppState>, ctx: RequestCtx, _: Admin) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let queue = store::queue(&state.db)
        .await?
        .iter()
        .map(|s| {
            let when = s.submitted_at.map(|t| crate::pages::format_time_in(ctx.lang, t, "UTC")).unwrap_or_default();
            (card(&ctx, s), when)
        })
        .collect();
    let decided = store::decided(&state.db)
        .await?
        .iter()
        .map(|s| {
            let state_key = match (s.status, &s.suspended) {
                (_, Some(_)) => "operator-state-suspended",
                (Status::Verified, None) if s.license_expires_at <= now => "operator-state-expired",
                (Status::Verified, None) => "operator-state-verified",
                _ => "operator-state-rejected",
            };
            (card(&ctx, s), state_key, s.rejection_reason.clone())
        })
        .collect();
    render(&AdminQueuePage { l: ctx.layout_t("operator-verification-title"), queue, decided })
}

/// A profile's card as the operator reads it: the licence in the reader's language.
fn card(ctx: &RequestCtx, s: &Stored) -> Card {
    let p = &s.profile;
    // The last day as the counsellor gave it (2030-01-01); written out in Hindi.
    let until = match (ctx.lang, p.license_expires_on.parse::<jiff::civil::Date>()) {
        (crate::i18n::Lang::Hi, Ok(d)) => crate::i18n::dates::date(ctx.lang, d),
        _ => p.license_expires_on.clone(),
    };
    let licence = ctx.t_with(
        "operator-licence",
        &[
            ("body", p.licensing_body.as_str()),
            ("number", p.license_number.as_str()),
            ("place", p.jurisdiction.as_str()),
            ("until", until.as_str()),
        ],
    );
    Card { licence, ..Card::from(s) }
}

async fn review_page(
    state: &AppState,
    ctx: &RequestCtx,
    id: &str,
    errors: FormErrors,
    reason: String,
) -> AppResult<AdminReviewPage> {
    let s = store::profile(&state.db, id).await?.ok_or(AppError::NotFound)?;
    Ok(AdminReviewPage {
        l: ctx.layout_t("operator-review-title"),
        card: card(ctx, &s),
        status: s.status,
        suspended: s.suspended.clone(),
        errors,
        reason,
    })
}

pub async fn admin_review(
    State(state): State<AppState>,
    ctx: RequestCtx,
    _: Admin,
    Path(id): Path<String>,
) -> AppResult<Response> {
    render(&review_page(&state, &ctx, &id, FormErrors::default(), String::new()).await?)
}

pub async fn admin_verify(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Admin(a): Admin,
    Path(id): Path<String>,
) -> AppResult<Response> {
    if !store::decide(&state.db, &id, true, None, &a.id, state.clock.now_ms()).await? {
        return Err(AppError::Conflict("That profile is not waiting for a decision.".into()));
    }
    crate::audit::append(&state.db, &a.id, "counsellor-verified", &id, state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), "/admin/counsellors", FlashKind::Success, &ctx.t("operator-verified")))
}

/// A reason is required to reject or suspend: the counsellor reads it.
fn reason(form: &ReasonForm, errors: &mut FormErrors) -> Option<String> {
    let r = form.reason.trim();
    if r.is_empty() || r.chars().count() > 1000 {
        errors.add("reason", "Give the reason the counsellor will read (up to 1000 characters).");
        return None;
    }
    Some(r.to_string())
}

pub async fn admin_reject(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Admin(a): Admin,
    Path(id): Path<String>,
    Form(form): Form<ReasonForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let Some(r) = reason(&form, &mut errors) else {
        return render_invalid(&review_page(&state, &ctx, &id, errors, form.reason).await?);
    };
    if !store::decide(&state.db, &id, false, Some(&r), &a.id, state.clock.now_ms()).await? {
        return Err(AppError::Conflict("That profile is not waiting for a decision.".into()));
    }
    crate::audit::append(&state.db, &a.id, "counsellor-rejected", &id, state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), "/admin/counsellors", FlashKind::Success, &ctx.t("operator-rejected")))
}

pub async fn admin_suspend(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Admin(a): Admin,
    Path(id): Path<String>,
    Form(form): Form<ReasonForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let Some(r) = reason(&form, &mut errors) else {
        return render_invalid(&review_page(&state, &ctx, &id, errors, form.reason).await?);
    };
    if !crate::profiles::suspend(&state, &id, &r).await? {
        return Err(AppError::NotFound);
    }
    crate::audit::append(&state.db, &a.id, "counsellor-suspended", &id, state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), "/admin/counsellors", FlashKind::Success, &ctx.t("operator-suspended")))
}

pub async fn admin_reinstate(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Admin(a): Admin,
    Path(id): Path<String>,
) -> AppResult<Response> {
    if !store::set_suspended(&state.db, &id, None, state.clock.now_ms()).await? {
        return Err(AppError::NotFound);
    }
    crate::audit::append(&state.db, &a.id, "counsellor-reinstated", &id, state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), "/admin/counsellors", FlashKind::Success, &ctx.t("operator-reinstated")))
}
