//! Private calendar feeds: a secret link a member or counsellor can add to their calendar
//! app. Only the token's hash is stored; a new link replaces the old, and revoking ends it.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::app::AppState;
use crate::bookings::ics::{self, Event, Method};
use crate::bookings::model::FeedOwner;
use crate::bookings::store;
use crate::bookings::views::FeedPage;
use crate::crypto::{random_token, token_hash};
use crate::error::{AppError, AppResult};
use crate::pages::format_date_in;
use crate::web::{CurrentUser, FlashKind, RequestCtx, redirect_with, render};

pub async fn page(State(state): State<AppState>, ctx: RequestCtx, CurrentUser(u): CurrentUser) -> AppResult<Response> {
    let since = store::has_feed(&state.db, &u.id).await?.map(|t| format_date_in(ctx.lang, t, &u.time_zone));
    render(&FeedPage { l: ctx.layout_t("bookings-feed-title"), since, link: None })
}

/// Makes a new link (the old one stops working) and shows it this once.
pub async fn create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(u): CurrentUser,
) -> AppResult<Response> {
    let token = random_token();
    let now = state.clock.now_ms();
    store::set_feed(&state.db, &u.id, &token_hash(&token), now).await?;
    let link = format!("{}/calendar/{token}", state.config.base_url());
    render(&FeedPage {
        l: ctx.layout_t("bookings-feed-title"),
        since: Some(format_date_in(ctx.lang, now, &u.time_zone)),
        link: Some(link),
    })
}

pub async fn revoke(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(u): CurrentUser,
) -> AppResult<Response> {
    store::revoke_feed(&state.db, &u.id).await?;
    Ok(redirect_with(state.config.is_https(), "/calendar-feed", FlashKind::Success, &ctx.t("bookings-feed-revoked")))
}

/// The feed itself: sessions from a month ago on, cancelled ones marked so.
pub async fn feed(State(state): State<AppState>, Path(token): Path<String>) -> AppResult<Response> {
    let token = token.trim_end_matches(".ics");
    let FeedOwner { user_id, role, discreet } =
        store::feed_owner(&state.db, &token_hash(token)).await?.ok_or(AppError::NotFound)?;
    let now = state.clock.now_ms();
    let since = now - 30 * crate::clock::DAY;
    let bookings = if role == "counsellor" {
        store::counsellor_feed_bookings(&state.db, &user_id, since).await?
    } else {
        store::member_bookings(&state.db, &user_id).await?.into_iter().filter(|b| b.ends_at > since).collect()
    };
    // A booking that was moved on lives on as its successor's event (the same UID): only the
    // latest of each session is listed, cancelled ones marked so, on both sides.
    let ids: Vec<String> = bookings.iter().map(|b| b.id.clone()).collect();
    let moved_on = store::superseded(&state.db, &ids).await?;
    let ids: Vec<String> = ids.into_iter().filter(|id| !moved_on.contains(id)).collect();
    let rows = store::for_calendar(&state.db, &ids).await?;
    let urls: Vec<String> = rows.iter().map(|r| format!("{}/bookings/{}", state.config.base_url(), r.id)).collect();
    let events: Vec<Event<'_>> = rows.iter().zip(&urls).map(|(r, url)| r.event(url, r.cancelled)).collect();
    let organizer = state.mailer.address();
    // In its owner's voice: their account's language (a calendar program sends no cookie).
    let lang = match crate::accounts::store::find_by_id(&state.db, &user_id).await? {
        Some(u) => crate::accounts::store::recipient(&state.db, &u.email).await?.and_then(|r| r.language),
        None => None,
    };
    let v = crate::mail::Voice::new(discreet, None, lang.unwrap_or_default(), state.bundled.locales.clone());
    let body =
        ics::calendar(Method::Publish, &events, &ics::Parties { organizer: &organizer, attendee: None }, &v, now);
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
            (header::CONTENT_DISPOSITION, "inline; filename=\"diltalks.ics\""),
        ],
        body,
    )
        .into_response())
}
