//! The matching questionnaire: a member says what matters; counsellors are ranked by a score
//! anyone can follow, each with the reasons. Sent by POST so the answers stay out of the
//! browser's history and the address bar.

use axum::Form;
use axum::extract::State;
use axum::response::Response;

use crate::app::AppState;
use crate::availability::{model::count_in_band, store as availability};
use crate::directory::model::{self as matching, Candidate, Wishes};
use crate::directory::store;
use crate::directory::views::{MatchForm, MatchPage, MatchResult};
use crate::error::AppResult;
use crate::profiles::model::{FORMATS, GENDERS, SPECIALTIES, parse_fee};
use crate::profiles::views::Card;
use crate::web::{CurrentUser, FormErrors, RequestCtx, render, render_invalid};

/// How many counsellors get the costlier availability check, best first by the rest.
const SHORTLIST: usize = 30;
const SHOWN: usize = 10;

async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    form: MatchForm,
    errors: FormErrors,
    results: Option<Vec<MatchResult>>,
) -> AppResult<MatchPage> {
    Ok(MatchPage {
        l: ctx.layout_t("match-title"),
        languages: store::listed_languages(&state.db, state.clock.now_ms()).await?,
        specialties: matching::options(&SPECIALTIES, matching::specialty_key, &ctx.locales, ctx.lang),
        formats: matching::options(&FORMATS, matching::format_key, &ctx.locales, ctx.lang),
        genders: matching::options(&GENDERS[1..], matching::gender_key, &ctx.locales, ctx.lang),
        currencies: matching::currency_options(&ctx.locales, ctx.lang),
        form,
        errors,
        results,
    })
}

pub async fn form(State(state): State<AppState>, ctx: RequestCtx, CurrentUser(_): CurrentUser) -> AppResult<Response> {
    let form = MatchForm { currency: "INR".into(), ..MatchForm::default() };
    render(&page(&state, &ctx, form, FormErrors::default(), None).await?)
}

pub async fn results(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let form = MatchForm::from_pairs(pairs);
    let mut errors = FormErrors::default();
    let budget = if form.budget.trim().is_empty() {
        None
    } else {
        errors.take("budget", parse_fee(&form.budget)).map(|b| (b, form.currency.clone()))
    };
    if !errors.is_empty() {
        return render_invalid(&page(&state, &ctx, form, errors, None).await?);
    }
    let wishes = Wishes {
        concerns: SPECIALTIES
            .iter()
            .filter(|(k, _)| form.concerns.iter().any(|c| c == k))
            .map(|(k, _)| k.to_string())
            .collect(),
        language: form.language.trim().chars().take(40).collect(),
        formats: FORMATS
            .iter()
            .filter(|(k, _)| form.formats.iter().any(|f| f == k))
            .map(|(k, _)| k.to_string())
            .collect(),
        budget,
        time_of_day: if matching::band(&form.time_of_day).is_some() { form.time_of_day.clone() } else { String::new() },
        gender: if GENDERS.iter().any(|(k, _)| *k == form.gender) { form.gender.clone() } else { String::new() },
    };
    let now = state.clock.now_ms();
    let listed = store::listed(&state.db, now, 2000).await?;
    let candidate = |s: &crate::profiles::model::Stored, times: Option<usize>| Candidate {
        specialties: s.profile.specialties.clone(),
        languages: s.profile.languages.clone(),
        formats: s.profile.formats.clone(),
        fee_minor: s.profile.fee_minor,
        currency: s.profile.currency.clone(),
        gender: s.profile.gender.clone(),
        times_in_band: times,
    };
    // Rank on everything but availability first, then look at availability for the best few.
    let mut ranked: Vec<(i64, &crate::profiles::model::Stored)> = listed
        .iter()
        .map(|s| {
            let open_time = Wishes { time_of_day: String::new(), ..wishes.clone() };
            (matching::score(&open_time, &candidate(s, None), &ctx.locales, ctx.lang).0, s)
        })
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.profile.full_name.cmp(&b.1.profile.full_name)));
    let mut results = vec![];
    for (_, s) in ranked.into_iter().take(SHORTLIST) {
        let times = match matching::band(&wishes.time_of_day) {
            Some(band) => {
                let now = state.clock.now_ms();
                let tz = &s.profile.time_zone;
                let found = availability::calendar(&state.db, &s.user_id, tz, now).await?.free(tz, now, None);
                Some(count_in_band(&found, &user.time_zone, band, now + 14 * crate::clock::DAY))
            }
            None => None,
        };
        let (score, why) = matching::score(&wishes, &candidate(s, times), &ctx.locales, ctx.lang);
        results.push(MatchResult { card: Card::from(s), score, why });
    }
    results.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.card.name.cmp(&b.card.name)));
    results.truncate(SHOWN);
    render(&page(&state, &ctx, form, FormErrors::default(), Some(results)).await?)
}
