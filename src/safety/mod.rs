//! The private safety check (issue 7): offered before joint features and again every three
//! months, seen only by the member who takes it. The partner's pages never change because of
//! it: no count, no date, no hint.

pub mod model;
pub mod store;

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::Response;

use crate::app::AppState;
use crate::clock::DAY;
use crate::error::AppResult;
use crate::pages::{CrisisCountry, format_date_in};
use crate::web::routes::Routes;
use crate::web::{CurrentUser, FlashKind, FormErrors, Layout, RequestCtx, redirect_with, render, render_invalid};

/// Offered again this long after the last answers.
pub const OFFER_EVERY: i64 = 90 * DAY;

pub fn routes() -> Routes {
    Routes::default().get("/safety", page).post("/safety", answer).post("/safety/delete", delete)
}

/// Whether to offer the check to this member now (never asked, or long enough ago).
pub async fn due(state: &AppState, user_id: &str) -> AppResult<bool> {
    let last = store::last_at(&state.db, user_id).await?;
    Ok(last.is_none_or(|t| state.clock.now_ms() - t >= OFFER_EVERY))
}

#[derive(Template)]
#[template(path = "safety/page.html")]
struct SafetyPage {
    l: Layout,
    /// (index, the question's message key, the answer chosen).
    items: Vec<(usize, &'static str, Option<i64>)>,
    /// (value, the label's message key).
    scale: Vec<(i64, &'static str)>,
    errors: FormErrors,
    has_counsellor: bool,
    /// The latest answers: (taken on, concerning, counsellor told).
    latest: Option<(String, bool, bool)>,
    countries: Vec<CrisisCountry>,
}

impl SafetyPage {
    fn is(&self, chosen: &Option<i64>, v: &i64) -> bool {
        *chosen == Some(*v)
    }
}

async fn safety_page(
    state: &AppState,
    ctx: &RequestCtx,
    user_id: &str,
    tz: &str,
    chosen: Vec<Option<i64>>,
    errors: FormErrors,
) -> AppResult<SafetyPage> {
    let latest = store::latest(&state.db, &state.crypto, user_id).await?;
    Ok(SafetyPage {
        l: ctx.layout_t("safety-title"),
        items: model::ITEMS.iter().enumerate().map(|(i, (_, q))| (i, *q, chosen.get(i).copied().flatten())).collect(),
        scale: model::SCALE.iter().enumerate().map(|(i, s)| (i as i64, *s)).collect(),
        errors,
        has_counsellor: !crate::sharing::store::my_counsellors(&state.db, user_id).await?.is_empty(),
        latest: latest.map(|(c, at)| (format_date_in(ctx.lang, at, tz), c.concerning, c.told_counsellor)),
        countries: state.bundled.crisis.clone(),
    })
}

async fn page(State(state): State<AppState>, ctx: RequestCtx, CurrentUser(u): CurrentUser) -> AppResult<Response> {
    render(&safety_page(&state, &ctx, &u.id, &u.time_zone, vec![], FormErrors::default()).await?)
}

async fn answer(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(u): CurrentUser,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let get = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    let chosen: Vec<Option<i64>> = (0..model::ITEMS.len())
        .map(|i| get(&format!("q{i}")).and_then(|v| v.parse::<i64>().ok()).filter(|v| (0..=3).contains(v)))
        .collect();
    if chosen.iter().any(Option::is_none) {
        let mut errors = FormErrors::default();
        errors.add(
            "questions",
            "Please answer each question; \"Never\" is an answer too. Nothing is saved until you do.",
        );
        return render_invalid(&safety_page(&state, &ctx, &u.id, &u.time_zone, chosen, errors).await?);
    }
    let mut answers = [0i64; 6];
    for (a, c) in answers.iter_mut().zip(&chosen) {
        *a = c.unwrap_or(0);
    }
    let concerning = model::concerning(&answers);
    let now = state.clock.now_ms();
    let tell = concerning && get("tell_counsellor") == Some("yes");
    if tell {
        for (counsellor_id, _) in crate::sharing::store::my_counsellors(&state.db, &u.id).await? {
            store::alert(&state.db, &u.id, &counsellor_id, now).await?;
        }
    }
    store::save(&state.db, &state.crypto, &u.id, &store::Check { answers, concerning, told_counsellor: tell }, now)
        .await?;
    Ok(redirect_with(state.config.is_https(), "/safety#result-h", FlashKind::Success, &ctx.t("safety-thanks")))
}

async fn delete(State(state): State<AppState>, ctx: RequestCtx, CurrentUser(u): CurrentUser) -> AppResult<Response> {
    store::delete_all(&state.db, &u.id).await?;
    Ok(redirect_with(state.config.is_https(), "/safety", FlashKind::Success, &ctx.t("safety-deleted")))
}
