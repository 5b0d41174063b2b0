//! The public side of counsellors: the page for counsellors, the directory, and a
//! counsellor's public profile.

use axum::extract::{Path, Query, State};
use axum::response::Response;

use crate::app::AppState;
use crate::availability::store as availability;
use crate::availability::views::SlotDay;
use crate::directory::model::{format_key, options, specialty_key};
use crate::directory::store::{self, Filter, PAGE_SIZE};
use crate::directory::views::*;
use crate::error::{AppError, AppResult};
use crate::profiles::model::{self, FORMATS, SPECIALTIES, Stored};
use crate::profiles::store as profiles;
use crate::profiles::views::Card;
use crate::web::{FormErrors, RequestCtx, render, render_invalid, urlencode};

pub async fn for_counsellors(ctx: RequestCtx) -> AppResult<Response> {
    render(&ForCounsellorsPage { l: ctx.layout_t("directory-for-title") })
}

fn parse_money(raw: &str, errors: &mut FormErrors, field: &'static str) -> Option<i64> {
    if raw.trim().is_empty() {
        return None;
    }
    errors.take(field, model::parse_fee(raw))
}

pub async fn directory(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Query(query): Query<DirectoryQuery>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let mut errors = FormErrors::default();
    let known =
        |list: &[(&str, &str)], v: &str| if list.iter().any(|(k, _)| *k == v) { v.to_string() } else { String::new() };
    let filter = Filter {
        specialty: known(&SPECIALTIES, &query.specialty),
        format: known(&FORMATS, &query.format),
        language: query.language.trim().chars().take(40).collect(),
        fee_min: parse_money(&query.fee_min, &mut errors, "fee_min"),
        fee_max: parse_money(&query.fee_max, &mut errors, "fee_max"),
        text: query.q.trim().chars().take(100).collect(),
    };
    let page = query.page.parse::<i64>().unwrap_or(1).clamp(1, 10_000);
    let viewer_tz = ctx.user.as_ref().map_or("UTC".to_string(), |u| u.time_zone.clone());
    let within = match query.within.as_str() {
        "3" => Some(3),
        "7" => Some(7),
        "14" => Some(14),
        _ => None,
    };
    // Availability is computed, not stored: with that filter, the matching profiles (at most
    // 500) are read in one batch, checked, and paged afterwards.
    let (found, total, firsts): (Vec<Stored>, i64, Vec<Option<i64>>) = match within {
        None => {
            let (found, total) = store::directory(&state.db, &filter, page, now).await?;
            let firsts = first_free(&state, &found).await?;
            (found, total, firsts)
        }
        Some(days) => {
            let (all, _) = store::directory_window(&state.db, &filter, 500, 0, now).await?;
            let firsts = first_free(&state, &all).await?;
            let free: Vec<_> = all
                .into_iter()
                .zip(firsts)
                .filter(|(_, t)| t.is_some_and(|t| t <= now + days * crate::clock::DAY))
                .collect();
            let total = free.len() as i64;
            let (found, firsts) =
                free.into_iter().skip(((page - 1) * PAGE_SIZE) as usize).take(PAGE_SIZE as usize).unzip();
            (found, total, firsts)
        }
    };
    let filters_qs = [
        ("q", &query.q),
        ("specialty", &query.specialty),
        ("language", &query.language),
        ("format", &query.format),
        ("fee_min", &query.fee_min),
        ("fee_max", &query.fee_max),
        ("within", &query.within),
    ]
    .iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(k, v)| format!("{k}={}", urlencode(v)))
    .collect::<Vec<_>>()
    .join("&");
    let page_view = DirectoryPage {
        l: ctx.layout_t("directory-title"),
        cards: found
            .iter()
            .zip(firsts)
            .map(|(s, first)| Card {
                next_free: first.map(|t| {
                    format!(
                        "{}, {}",
                        crate::i18n::dates::day(ctx.lang, crate::pages::today_in(t, &viewer_tz)),
                        crate::pages::format_clock(t, &viewer_tz)
                    )
                }),
                ..Card::from(s)
            })
            .collect(),
        total,
        page,
        pages: ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1),
        filters_qs,
        specialties: options(&SPECIALTIES, specialty_key, &ctx.locales, ctx.lang),
        formats: options(&FORMATS, format_key, &ctx.locales, ctx.lang),
        languages: store::listed_languages(&state.db, now).await?,
        errors,
        query,
    };
    if page_view.errors.is_empty() { render(&page_view) } else { render_invalid(&page_view) }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct RescheduleQuery {
    pub reschedule: String,
    /// "couple" when the member said both will attend (from the matching questionnaire).
    pub kind: String,
}

pub async fn public_profile(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(id): Path<String>,
    Query(rq): Query<RescheduleQuery>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let s = profiles::profile(&state.db, &id).await?.filter(|s| s.is_listed(now)).ok_or(AppError::NotFound)?;
    let tz = &s.profile.time_zone;
    let found = availability::calendar(&state.db, &s.user_id, tz, now).await?.free(tz, now, None);
    let card = Card::from(&s);
    let viewer_tz = ctx.user.as_ref().map_or("UTC".to_string(), |u| u.time_zone.clone());
    let reschedule: String =
        rq.reschedule.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(64).collect();
    let p = &s.profile;
    let licence = ctx.t_with(
        "profile-licence-checked",
        &[
            ("body", p.licensing_body.as_str()),
            ("number", p.license_number.as_str()),
            ("place", p.jurisdiction.as_str()),
            ("until", p.license_expires_on.as_str()),
        ],
    );
    render(&PublicProfilePage {
        l: ctx.layout(format!("{}, {}", card.name, card.title)),
        signed_in: ctx.user.is_some(),
        days: SlotDay::group_in(ctx.lang, &found, &s.user_id, &viewer_tz, &reschedule, rq.kind == "couple"),
        licence,
        photo: profiles::photo_meta(&state.db, &s.user_id).await?,
        reschedule,
        card,
    })
}

/// Each counsellor's first free time, if any within their horizon, in the order given: one
/// batch of reads for the whole list.
async fn first_free(state: &AppState, list: &[Stored]) -> AppResult<Vec<Option<i64>>> {
    let now = state.clock.now_ms();
    let ids: Vec<&str> = list.iter().map(|s| s.user_id.as_str()).collect();
    let mut calendars = availability::calendars(&state.db, &ids, now).await?;
    Ok(list
        .iter()
        .map(|s| {
            let c = calendars.remove(&s.user_id).unwrap_or_default();
            c.free(&s.profile.time_zone, now, None).first().copied()
        })
        .collect())
}
