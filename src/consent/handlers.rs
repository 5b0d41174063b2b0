//! Informed consent's HTTP glue: the counsellor writes and publishes versions; each attending
//! person reads and signs the current one before a session, and can download what they
//! signed; the counsellor can go ahead without a signature, and that decision is kept.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::model::{Standing, outline, parse_body, parse_typed_name};
use super::store;
use super::views::{DocumentForm, EditPage, SignForm, SignPage};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::bookings::model::Booking;
use crate::bookings::store::{attendees, visible_booking};
use crate::error::{AppError, AppResult};
use crate::pages::{format_date_in, format_time_in};
use crate::web::{Counsellor, CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

async fn edit_page(
    state: &AppState,
    ctx: &RequestCtx,
    c: &SessionUser,
    form: DocumentForm,
    errors: FormErrors,
) -> AppResult<EditPage> {
    let versions = store::versions(&state.db, &c.id)
        .await?
        .into_iter()
        .map(|(v, at)| (v, format_date_in(ctx.lang, at, &c.time_zone)))
        .collect();
    Ok(EditPage { l: ctx.layout_t("consent-edit-title"), form, errors, versions })
}

pub async fn edit(State(state): State<AppState>, ctx: RequestCtx, Counsellor(c): Counsellor) -> AppResult<Response> {
    let body = store::current(&state.db, &c.id).await?.map_or_else(|| outline(&ctx.locales, ctx.lang), |d| d.body);
    render(&edit_page(&state, &ctx, &c, DocumentForm { body }, FormErrors::default()).await?)
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(c): Counsellor,
    Form(form): Form<DocumentForm>,
) -> AppResult<Response> {
    let body = match parse_body(&form.body) {
        Ok(b) => b,
        Err(e) => {
            let mut errors = FormErrors::default();
            errors.add("body", e);
            return render_invalid(&edit_page(&state, &ctx, &c, form, errors).await?);
        }
    };
    let now = state.clock.now_ms();
    let (version, new) = store::publish(&state.db, &c.id, &body, now).await?;
    let msg = if !new {
        ctx.t("consent-unchanged")
    } else if version == 1 {
        ctx.t("consent-published-first")
    } else {
        ctx.t_with("consent-published", &[("version", &version.to_string())])
    };
    if new {
        crate::audit::append(&state.db, &c.id, "consent-published", &version.to_string(), now).await?;
    }
    Ok(redirect_with(state.config.is_https(), "/practice/consent", FlashKind::Success, &msg))
}

/// A booking the viewer attends (not as its counsellor), or not found.
async fn attended(state: &AppState, user: &SessionUser, id: &str) -> AppResult<Booking> {
    let b = visible_booking(&state.db, id, &user.id).await?.ok_or(AppError::NotFound)?;
    let attends = attendees(&state.db, &b.id).await?.iter().any(|(a, _)| *a == user.id);
    if !attends || b.counsellor_id == user.id {
        return Err(AppError::NotFound);
    }
    Ok(b)
}

async fn sign_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    b: &Booking,
    form: SignForm,
    errors: FormErrors,
) -> AppResult<SignPage> {
    let doc = store::current(&state.db, &b.counsellor_id).await?.ok_or(AppError::NotFound)?;
    let signed = store::latest_signature(&state.db, &b.counsellor_id, &user.id).await?;
    let standing = Standing::of(Some(&doc), signed.as_ref());
    Ok(SignPage {
        l: ctx.layout_t("consent-sign-title"),
        booking_id: b.id.clone(),
        counsellor: b.counsellor_name.clone(),
        version: doc.version,
        html: crate::articles::markdown::render(&doc.body).html,
        signed: match &standing {
            Standing::Signed(s) => Some((s.typed_name.clone(), format_time_in(ctx.lang, s.signed_at, &user.time_zone))),
            _ => None,
        },
        earlier: match &standing {
            Standing::Outdated(s) => Some(s.version),
            _ => None,
        },
        hash: doc.body_hash,
        form,
        errors,
    })
}

pub async fn sign_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let b = attended(&state, &user, &id).await?;
    render(&sign_page(&state, &ctx, &user, &b, SignForm::default(), FormErrors::default()).await?)
}

pub async fn sign(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<SignForm>,
) -> AppResult<Response> {
    let b = attended(&state, &user, &id).await?;
    let doc = store::current(&state.db, &b.counsellor_id).await?.ok_or(AppError::NotFound)?;
    if form.hash != doc.body_hash {
        return Err(AppError::Conflict(
            ctx.t_with("consent-new-version", &[("name", &b.counsellor_name), ("version", &doc.version.to_string())]),
        ));
    }
    let mut errors = FormErrors::default();
    let name = errors.take("typed_name", parse_typed_name(&form.typed_name));
    if form.agree != "yes" {
        errors.add("agree", "Tick the box to say you have read it and agree.");
    }
    let Some(name) = name.filter(|_| errors.is_empty()) else {
        return render_invalid(&sign_page(&state, &ctx, &user, &b, form, errors).await?);
    };
    let now = state.clock.now_ms();
    store::sign(&state.db, &doc, &user.id, &name, now).await?;
    if form.share_feedback == "yes" {
        let mut wanted = crate::sharing::store::shares(&state.db, &user.id, &b.counsellor_id).await?;
        let feedback = ("feedback".to_string(), String::new());
        if !wanted.contains(&feedback) {
            wanted.push(feedback);
            crate::sharing::store::set_shares(&state.db, &user.id, &b.counsellor_id, &wanted, now).await?;
        }
    }
    crate::audit::append(&state.db, &user.id, "consent-signed", &doc.id, now).await?;
    let to = format!("/bookings/{}", b.id);
    Ok(redirect_with(state.config.is_https(), &to, FlashKind::Success, &ctx.t("consent-signed")))
}

/// What the member signed, exactly, as a file of their own.
pub async fn download(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let b = attended(&state, &user, &id).await?;
    let s = store::latest_signature(&state.db, &b.counsellor_id, &user.id).await?.ok_or(AppError::NotFound)?;
    let doc = store::signed_version(&state.db, &b.counsellor_id, s.version).await?.ok_or(AppError::NotFound)?;
    let version = doc.version.to_string();
    let title = ctx.t_with("consent-file-title", &[("name", &b.counsellor_name), ("version", &version)]);
    let when = format_time_in(ctx.lang, s.signed_at, &user.time_zone);
    let signed = ctx.t_with(
        "consent-file-signed",
        &[("name", &s.typed_name), ("when", &when), ("zone", &user.time_zone), ("hash", &s.document_hash)],
    );
    let text = format!("# {title}\n\n{}\n\n---\n\n{signed}\n", doc.body);
    Ok((
        [
            (header::CONTENT_TYPE, "text/markdown; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"consent.md\""),
            (header::CACHE_CONTROL, "no-store"),
        ],
        text,
    )
        .into_response())
}

/// The counsellor goes ahead with a session although someone has not signed: not blocked,
/// but recorded.
pub async fn proceed(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(c): Counsellor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let b =
        visible_booking(&state.db, &id, &c.id).await?.filter(|b| b.counsellor_id == c.id).ok_or(AppError::NotFound)?;
    let now = state.clock.now_ms();
    store::proceed_unsigned(&state.db, &b.id, &c.id, now).await?;
    crate::audit::append(&state.db, &c.id, "consent-proceed-unsigned", &b.id, now).await?;
    let to = format!("/bookings/{}", b.id);
    Ok(redirect_with(state.config.is_https(), &to, FlashKind::Success, &ctx.t("consent-proceeded")))
}
