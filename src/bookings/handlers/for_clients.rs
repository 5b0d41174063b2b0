//! A counsellor books sessions for their clients: one, or a series, for an individual client
//! or a couple, from a date and time in the counsellor's own zone. The page and the booking
//! are the series' own (`series.rs`).

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::series::{Target, blank, parse_plan, series_step};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::availability::model::at_local;
use crate::bookings::model::{Ending, Repeat};
use crate::bookings::store;
use crate::bookings::views::BookQuery;
use crate::error::{AppError, AppResult};
use crate::profiles::model::Stored;
use crate::profiles::store::profile;
use crate::sharing::store as sharing;
use crate::web::{Counsellor, FormErrors, RequestCtx};

/// The counsellor's own profile, needed to book in their calendar.
async fn own_profile(state: &AppState, c: &SessionUser) -> AppResult<Stored> {
    profile(&state.db, &c.id).await?.ok_or(AppError::NotFound)
}

/// The first session a counsellor chose, from a date and a time in their own zone.
fn first_of(q: &BookQuery, tz: &str, now: i64) -> Option<i64> {
    let today = crate::pages::today_in(now, tz);
    let date = crate::pages::parse_form_date(&q.date, today, crate::pages::years_after(today, 1)).ok()?;
    let (h, m) = q.time.trim().split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    if h > 23 || m > 59 {
        return None;
    }
    at_local(date, h * 60 + m, crate::zone::Zone::stored(tz).tz())
}

/// A counsellor books one session or a series for an individual client.
async fn for_client(
    state: &AppState,
    ctx: &RequestCtx,
    c: &SessionUser,
    client_id: &str,
    q: Option<BookQuery>,
) -> AppResult<Response> {
    if !sharing::is_client(&state.db, &c.id, client_id).await? {
        return Err(AppError::NotFound);
    }
    let s = own_profile(state, c).await?;
    let name = match crate::accounts::store::find_by_id(&state.db, client_id).await? {
        Some(u) if u.disabled_at.is_none() => u.display_name,
        _ => return Err(AppError::NotFound),
    };
    let target = Target {
        counsellor: &s,
        booked_by: client_id.to_string(),
        space_id: None,
        title: ctx.t_with("series-title-client", &[("name", name.as_str())]),
        action: format!("/practice/clients/{client_id}/book"),
        back: (format!("/practice/clients/{client_id}"), ctx.t_with("series-back-to", &[("name", name.as_str())])),
        choose_first: true,
        moving: vec![],
    };
    counsellor_step(state, ctx, c, target, q).await
}

/// A counsellor books one session or a series for a couple: the partner who booked with them
/// most recently is its booker (either partner may cancel or move it).
async fn for_couple(
    state: &AppState,
    ctx: &RequestCtx,
    c: &SessionUser,
    space_id: &str,
    q: Option<BookQuery>,
) -> AppResult<Response> {
    let couple = sharing::couple_client(&state.db, &c.id, space_id).await?.ok_or(AppError::NotFound)?;
    let s = own_profile(state, c).await?;
    let sessions = store::couple_sessions(&state.db, &c.id, space_id).await?;
    let booker = sessions
        .iter()
        .rev()
        .map(|b| b.booked_by.clone())
        .find(|id| couple.partners.iter().any(|p| &p.id == id))
        .or_else(|| couple.partners.first().map(|p| p.id.clone()))
        .ok_or(AppError::NotFound)?;
    let names = couple.names();
    let target = Target {
        counsellor: &s,
        booked_by: booker,
        space_id: Some(space_id.to_string()),
        title: ctx.t_with("series-title-couple", &[("names", names.as_str())]),
        action: format!("/practice/couples/{space_id}/book"),
        back: (format!("/practice/couples/{space_id}"), ctx.t_with("series-back-to", &[("name", names.as_str())])),
        choose_first: true,
        moving: vec![],
    };
    counsellor_step(state, ctx, c, target, q).await
}

async fn counsellor_step(
    state: &AppState,
    ctx: &RequestCtx,
    c: &SessionUser,
    target: Target<'_>,
    q: Option<BookQuery>,
) -> AppResult<Response> {
    let tz = target.counsellor.profile.time_zone.clone();
    let Some(mut q) = q else {
        let q = BookQuery {
            key: crate::crypto::random_token(),
            repeat: "weekly".into(),
            count: "6".into(),
            ..Default::default()
        };
        return blank(state, ctx, c, &target, q).await;
    };
    if q.key.trim().is_empty() {
        q.key = crate::crypto::random_token();
    }
    let first = first_of(&q, &tz, state.clock.now_ms());
    q.start = first.map(|f| f.to_string()).unwrap_or_default();
    let plan = match first {
        None => {
            let mut errors = FormErrors::default();
            errors.add("date", "Choose the date (from today, within a year) and time of the first session.");
            Err(errors)
        }
        // Just once: a series of one, so the same checks and the same transaction apply.
        Some(f) if q.repeat.is_empty() => Ok((Repeat::Weekly, Ending::After(1), f)),
        Some(f) => parse_plan(&q, Some(f), &tz).map(|(r, e)| (r, e, f)),
    };
    series_step(state, ctx, c, target, q, plan).await
}

pub async fn client_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(c): Counsellor,
    Path(client_id): Path<String>,
) -> AppResult<Response> {
    for_client(&state, &ctx, &c, &client_id, None).await
}

pub async fn client_book(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(c): Counsellor,
    Path(client_id): Path<String>,
    Form(q): Form<BookQuery>,
) -> AppResult<Response> {
    for_client(&state, &ctx, &c, &client_id, Some(q)).await
}

pub async fn couple_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(c): Counsellor,
    Path(space_id): Path<String>,
) -> AppResult<Response> {
    for_couple(&state, &ctx, &c, &space_id, None).await
}

pub async fn couple_book(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(c): Counsellor,
    Path(space_id): Path<String>,
    Form(q): Form<BookQuery>,
) -> AppResult<Response> {
    for_couple(&state, &ctx, &c, &space_id, Some(q)).await
}
