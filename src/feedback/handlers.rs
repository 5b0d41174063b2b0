//! Feedback's HTTP glue: the before and after forms for one session, and the member's own
//! answers over time.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;

use super::model::{AFTER_CLOSES, BEFORE_OPENS, Kind};
use super::views::{FormPage, MinePage, form_items, trend};
use super::{attends, open_forms, store};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::bookings::model::Booking;
use crate::error::{AppError, AppResult};
use crate::pages::{format_date_in, format_time_in};
use crate::web::{CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FormQuery {
    /// "1" when the person just left the session's room.
    pub left: String,
}

/// The booking and the form's kind, if the person attends it; else not found.
async fn attended(state: &AppState, user: &SessionUser, id: &str, kind: &str) -> AppResult<(Booking, Kind)> {
    let kind = Kind::parse(kind).ok_or(AppError::NotFound)?;
    let b = crate::bookings::store::visible_booking(&state.db, id, &user.id).await?.ok_or(AppError::NotFound)?;
    if !attends(state, &b, &user.id).await? {
        return Err(AppError::NotFound);
    }
    Ok((b, kind))
}

/// When the form is or was open, in words, if it is not open now.
fn closed(ctx: &RequestCtx, b: &Booking, kind: Kind, now: i64, left: bool, tz: &str) -> Option<String> {
    if kind.is_open(b.starts_at, b.ends_at, now, left) {
        return None;
    }
    let at = |key: &str, t: i64| ctx.t_with(key, &[("when", &format_time_in(ctx.lang, t, tz))]);
    Some(match kind {
        Kind::Before if now < b.starts_at - BEFORE_OPENS => at("feedback-closed-opens", b.starts_at - BEFORE_OPENS),
        Kind::Before => ctx.t("feedback-closed-begun"),
        Kind::After if now < b.ends_at => at("feedback-closed-rate-at", b.ends_at),
        Kind::After => at("feedback-closed-rating", b.ends_at + AFTER_CLOSES),
    })
}

#[allow(clippy::too_many_arguments)]
async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    b: &Booking,
    kind: Kind,
    chosen: (Vec<Option<i64>>, Option<u8>, String),
    left: bool,
    errors: FormErrors,
) -> AppResult<FormPage> {
    let def = state.bundled.instrument(kind).in_lang(ctx.lang);
    let shared = crate::sharing::store::shares(&state.db, &user.id, &b.counsellor_id)
        .await?
        .iter()
        .any(|(what, _)| what == "feedback");
    let answered = store::answered(&state.db, &b.id, &user.id, kind).await?;
    Ok(FormPage {
        l: ctx.layout(def.title.clone()),
        booking_id: b.id.clone(),
        kind: kind.slug(),
        items: form_items(&def, &chosen.0),
        scale: (0..=super::model::ITEM_MAX).collect(),
        sides: chosen.1,
        comment: chosen.2,
        def,
        counsellor: b.counsellor_name.clone(),
        shared,
        closed: closed(ctx, b, kind, state.clock.now_ms(), left, &user.time_zone),
        answered,
        left,
        errors,
    })
}

pub async fn form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path((id, kind)): Path<(String, String)>,
    Query(q): Query<FormQuery>,
) -> AppResult<Response> {
    let (b, kind) = attended(&state, &user, &id, &kind).await?;
    let chosen = match store::own(&state.db, &state.crypto, &b.id, &user.id, kind).await? {
        Some(a) => (a.items.iter().map(|v| Some(*v)).collect(), a.sides, a.comment),
        None => (vec![], None, String::new()),
    };
    render(&page(&state, &ctx, &user, &b, kind, chosen, q.left == "1", FormErrors::default()).await?)
}

pub async fn answer(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path((id, kind)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (b, kind) = attended(&state, &user, &id, &kind).await?;
    let left = pairs.iter().any(|(k, v)| k == "left" && v == "1");
    let now = state.clock.now_ms();
    if let Some(why) = closed(&ctx, &b, kind, now, left, &user.time_zone) {
        return Err(AppError::Conflict(ctx.t_with("feedback-not-saved", &[("why", &why)])));
    }
    let def = state.bundled.instrument(kind);
    let answer = match def.read(&pairs) {
        Ok(a) => a,
        Err(problems) => {
            let mut errors = FormErrors::default();
            for (field, message) in problems {
                errors.add(field, message);
            }
            let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str()).unwrap_or("");
            let chosen = (
                super::model::FIELDS.iter().take(def.items.len()).map(|f| get(f).parse().ok()).collect(),
                get("sides").parse().ok(),
                get("comment").to_string(),
            );
            return render_invalid(&page(&state, &ctx, &user, &b, kind, chosen, left, errors).await?);
        }
    };
    store::save(&state.db, &state.crypto, &b.id, &b.counsellor_id, &user.id, (kind, def.version), &answer, now).await?;
    Ok(redirect_with(
        state.config.is_https(),
        &format!("/bookings/{}", b.id),
        FlashKind::Success,
        &ctx.t("feedback-saved"),
    ))
}

/// The member's own answers over time, and the forms open to them now.
pub async fn mine(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    if user.is_counsellor() {
        return Err(AppError::NotFound);
    }
    let given = store::given(&state.db, &state.crypto, &user.id, None).await?;
    let bookings = crate::bookings::store::member_bookings(&state.db, &user.id).await?;
    let tz = &user.time_zone;
    let mut sessions: Vec<(String, String, String, String)> = vec![];
    let mut seen: Vec<&str> = vec![];
    for g in &given {
        if seen.contains(&g.booking_id.as_str()) {
            continue;
        }
        seen.push(&g.booking_id);
        let total = |kind: Kind| {
            given
                .iter()
                .find(|x| x.booking_id == g.booking_id && x.kind == kind)
                .map_or("–".to_string(), |x| x.answer.total().to_string())
        };
        let counsellor =
            bookings.iter().find(|b| b.id == g.booking_id).map_or(String::new(), |b| b.counsellor_name.clone());
        sessions.push((
            format_date_in(ctx.lang, g.session_at, tz),
            counsellor,
            total(Kind::Before),
            total(Kind::After),
        ));
    }
    render(&MinePage {
        l: ctx.layout_t("feedback-mine-title"),
        trend: trend((&ctx.locales, ctx.lang), "my-feedback", ctx.t("feedback-mine-trend"), &given, tz),
        sessions,
        open: open_forms(&state, &ctx, &user, &bookings).await?,
    })
}
