//! Session series: a member books (or moves the rest of) a run of weekly or fortnightly
//! sessions, or a counsellor books one for their client (`for_clients.rs`). The page lists every date and why
//! any cannot be booked; confirming books the free ones in one transaction, or none of them
//! if one was taken in between (the page then says which and shows what is free now).

use axum::response::Response;
use jiff::civil::Date;

use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::availability::model::{Clash, free_to_cancel};
use crate::availability::store as availability;
use crate::bookings::model::{Booking, Ending, MAX_SERIES, NewSeries, Occurrence, Repeat, SeriesBooked, occurrences};
use crate::bookings::notify::{self, What};
use crate::bookings::store;
use crate::bookings::views::{BookQuery, SeriesLine, SeriesPage};
use crate::error::{AppError, AppResult};
use crate::pages::format_time_in;
use crate::profiles::model::Stored;
use crate::web::{FlashKind, FormErrors, RequestCtx, redirect_with, render, render_conflict, render_invalid};

/// Who a series is for and where its page lives.
pub struct Target<'a> {
    pub counsellor: &'a Stored,
    pub booked_by: String,
    pub space_id: Option<String>,
    pub title: String,
    pub action: String,
    pub back: (String, String),
    /// The counsellor books for a client: the first session is chosen on the page.
    pub choose_first: bool,
    /// The rest of a series being moved (this session and the later ones), by time.
    pub moving: Vec<Booking>,
}

/// How often and until when, from the form; errors name the field.
pub(super) fn parse_plan(q: &BookQuery, first: Option<i64>, tz: &str) -> Result<(Repeat, Ending), FormErrors> {
    let mut errors = FormErrors::default();
    let repeat = Repeat::parse(&q.repeat);
    if repeat.is_none() {
        errors.add("repeat", "Choose every week or every two weeks.");
    }
    let ending = if q.ends == "on" {
        let today = first.map_or_else(Date::default, |f| day_in(f, tz));
        let latest = crate::pages::years_after(today, 1);
        match q.until.trim().parse::<Date>() {
            Ok(d) if first.is_some() && d <= today => {
                errors.add("until", "The last date must come after the first session.");
                None
            }
            _ => match crate::pages::parse_form_date(&q.until, today, latest) {
                Ok(d) => Some(Ending::On(d)),
                Err(problem) => {
                    errors.add("until", problem);
                    None
                }
            },
        }
    } else {
        match q.count.trim().parse::<usize>() {
            Ok(n) if (2..=MAX_SERIES).contains(&n) => Some(Ending::After(n)),
            _ => {
                errors.add("count", format!("Choose between 2 and {MAX_SERIES} sessions."));
                None
            }
        }
    };
    match (repeat, ending) {
        (Some(r), Some(e)) if errors.is_empty() => Ok((r, e)),
        _ => Err(errors),
    }
}

fn day_in(t: i64, tz: &str) -> Date {
    let zone = crate::zone::Zone::stored(tz).tz().clone();
    jiff::Timestamp::from_millisecond(t).map(|t| t.to_zoned(zone).date()).unwrap_or_default()
}

fn parse_free(s: &str) -> Vec<i64> {
    s.split(',').filter_map(|t| t.trim().parse().ok()).collect()
}

/// The series page: the form, and the dates when there is a plan to show.
#[allow(clippy::too_many_arguments)]
async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    viewer: &SessionUser,
    t: &Target<'_>,
    mut q: BookQuery,
    plan: Option<(Repeat, Ending, i64)>,
    errors: FormErrors,
) -> AppResult<SeriesPage> {
    let s = t.counsellor;
    let tz = &s.profile.time_zone;
    let now = state.clock.now_ms();
    let rules = availability::rules(&state.db, &s.user_id, tz).await?;
    let mut lines = vec![];
    let mut free = vec![];
    if let Some((repeat, ending, first)) = plan {
        let starts = occurrences(first, tz, repeat, ending);
        let mut calendar = availability::calendar_until(&state.db, &s.user_id, tz, now, starts.last().copied()).await?;
        // The sessions being moved hold nothing against their own new times.
        calendar.busy.retain(|(start, _)| !t.moving.iter().any(|b| b.starts_at == *start));
        for start in starts {
            let clash = calendar.clash(tz, now, start);
            if clash.is_none() {
                free.push(start);
            }
            lines.push(SeriesLine {
                when: format_time_in(ctx.lang, start, &viewer.time_zone),
                clash: clash.map(|c| {
                    let why = ctx.t(match c {
                        Clash::Booked => "series-clash-booked",
                        Clash::Away => "series-clash-away",
                        Clash::OutsideHours => "series-clash-outside-hours",
                        Clash::TooSoon => "series-clash-too-soon",
                    });
                    ctx.t_with("series-not-booked", &[("why", why.as_str())])
                }),
                late: !free_to_cancel(&rules, start, now),
            });
        }
    }
    q.free = free.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(",");
    Ok(SeriesPage {
        l: ctx.layout(t.title.clone()),
        title: t.title.clone(),
        action: t.action.clone(),
        back: t.back.clone(),
        counsellor: s.profile.full_name.clone(),
        choose_first: t.choose_first,
        moving: !t.moving.is_empty(),
        time_zone: viewer.time_zone.clone(),
        zone_hint: ctx.t_with("series-zone-hint", &[("zone", tz.as_str())]),
        length: rules.session_minutes,
        fee: crate::billing::price_words(state, ctx, &s.user_id).await?,
        cancel_hours: rules.cancel_hours,
        free_count: free.len(),
        lines,
        q,
        errors,
    })
}

/// What a series page was asked for: how often, until when, from which first session.
pub type Plan = (Repeat, Ending, i64);

/// Shows the dates, or books the free ones when the person confirmed the list they saw.
pub async fn series_step(
    state: &AppState,
    ctx: &RequestCtx,
    viewer: &SessionUser,
    t: Target<'_>,
    q: BookQuery,
    plan: Result<Plan, FormErrors>,
) -> AppResult<Response> {
    let plan = match plan {
        Ok(p) => p,
        Err(errors) => return render_invalid(&page(state, ctx, viewer, &t, q, None, errors).await?),
    };
    let key = q.key.trim().to_string();
    let shown = page(state, ctx, viewer, &t, q.clone(), Some(plan), FormErrors::default()).await?;
    if q.step != "book" || key.is_empty() || key.len() > 64 {
        return render(&shown);
    }
    let https = state.config.is_https();
    if let Some(first) = store::series_again(&state.db, &viewer.id, &key).await? {
        return Ok(redirect_with(https, &format!("/bookings/{first}"), FlashKind::Success, &ctx.t("booking-booked")));
    }
    // Book what the person saw as free and is still free; if any of it was taken meanwhile,
    // book nothing and say so.
    let seen = parse_free(&q.free);
    let now_free = parse_free(&shown.q.free);
    let gone: Vec<i64> = seen.iter().copied().filter(|s| !now_free.contains(s)).collect();
    let chosen: Vec<i64> = now_free.iter().copied().filter(|s| seen.contains(s)).collect();
    if !gone.is_empty() || chosen.is_empty() {
        return taken(state, ctx, viewer, &t, q, plan, &gone).await;
    }
    let rules = availability::rules(&state.db, &t.counsellor.user_id, &t.counsellor.profile.time_zone).await?;
    let sessions: Vec<Occurrence> = chosen
        .iter()
        .map(|&s| Occurrence { starts_at: s, ends_at: s + rules.length(), held_until: s + rules.held() })
        .collect();
    let new = NewSeries {
        counsellor_id: &t.counsellor.user_id,
        booked_by: &t.booked_by,
        made_by: &viewer.id,
        space_id: t.space_id.as_deref(),
        repeat: plan.0,
        idempotency_key: &key,
        replaces: t.moving.iter().map(|b| b.id.clone()).collect(),
    };
    // The series and its mail are written together: each new session continues one it
    // replaces (the same calendar event, moved); replaced ones beyond the new count are
    // cancelled, and say so.
    let ids: Vec<String> = sessions.iter().map(|_| crate::db::new_id()).collect();
    let mut mail = notify::prepare_series(state, &ids, &new, &sessions).await?;
    if new.replaces.len() > ids.len() {
        mail.extend(notify::prepare_series_existing(state, &new.replaces[ids.len()..], What::Cancelled).await?);
    }
    let mut invoices = vec![];
    for o in &sessions {
        invoices
            .extend(crate::billing::draft(state, new.counsellor_id, (new.booked_by, new.space_id), o.starts_at).await?);
    }
    match store::book_series(&state.db, &new, &sessions, (&ids, &mail, &invoices), state.clock.now_ms()).await? {
        SeriesBooked::New(_, ids) => {
            crate::mail::wake(state);
            let n = ids.len().to_string();
            let msg = match (t.moving.is_empty(), ids.len()) {
                (_, 1) if t.moving.is_empty() => ctx.t("booking-booked"),
                (true, _) => ctx.t_with(
                    match plan.0 {
                        Repeat::Weekly => "series-booked-weekly",
                        Repeat::Fortnightly => "series-booked-fortnightly",
                    },
                    &[("n", n.as_str())],
                ),
                (false, _) => ctx.t_with("series-moved", &[("n", n.as_str())]),
            };
            Ok(redirect_with(https, &format!("/bookings/{}", ids[0]), FlashKind::Success, &msg))
        }
        SeriesBooked::Again(first) => {
            Ok(redirect_with(https, &format!("/bookings/{first}"), FlashKind::Success, &ctx.t("booking-booked")))
        }
        SeriesBooked::Taken(list) => taken(state, ctx, viewer, &t, q, plan, &list).await,
    }
}

/// Some of the dates shown were taken in between: 409, the page naming them (when known) and
/// showing what is free now, to confirm again.
async fn taken(
    state: &AppState,
    ctx: &RequestCtx,
    viewer: &SessionUser,
    t: &Target<'_>,
    q: BookQuery,
    plan: Plan,
    gone: &[i64],
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let names: Vec<String> = gone.iter().map(|s| format_time_in(ctx.lang, *s, &viewer.time_zone)).collect();
    // Written in the reader's language here (the times are in it); the page shows it as it is.
    errors.add(
        "dates-h",
        if names.is_empty() {
            ctx.t("error-booking-series-taken")
        } else {
            ctx.t_with("series-taken-these", &[("times", names.join("; ").as_str())])
        },
    );
    let mut p = page(state, ctx, viewer, t, q, Some(plan), errors).await?;
    // Confirming again is a new request, not a retry of the refused one.
    p.q.key = crate::crypto::random_token();
    render_conflict(&p)
}

/// A member books a series from one of the counsellor's free times, or moves the rest of a
/// series of theirs (`replacing` is its session they chose to move) to a new time.
pub async fn from_member(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    s: &Stored,
    mut q: BookQuery,
    space_id: Option<String>,
    replacing: Option<Booking>,
) -> AppResult<Response> {
    let first: i64 = q.start.parse().map_err(|_| AppError::NotFound)?;
    let now = state.clock.now_ms();
    if first < now || first > now + 400 * crate::clock::DAY {
        return Ok(crate::web::layout::error_page(
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            "That time cannot be booked",
            "The first time in this form is not one of the counsellor's free times. Please choose a time on their page.",
        ));
    }
    let tz = &s.profile.time_zone;
    let name = &s.profile.full_name;
    let (moving, plan) = match replacing {
        Some(old) => {
            let series = old.series_id.clone().ok_or(AppError::NotFound)?;
            let rest = store::series_rest(&state.db, &series, old.starts_at).await?;
            let repeat = Repeat::from_weeks(store::series_weeks(&state.db, &series).await?.unwrap_or(1));
            q.repeat = if repeat == Repeat::Fortnightly { "fortnightly" } else { "weekly" }.into();
            (q.ends, q.count) = ("after".into(), rest.len().to_string());
            let plan = Ok((repeat, Ending::After(rest.len().max(1)), first));
            (rest, plan)
        }
        None => (vec![], parse_plan(&q, Some(first), tz).map(|(r, e)| (r, e, first))),
    };
    let target = Target {
        counsellor: s,
        booked_by: user.id.clone(),
        space_id,
        title: if moving.is_empty() {
            ctx.t_with("series-title-member", &[("name", name.as_str())])
        } else {
            ctx.t("series-title-move")
        },
        action: format!("/counsellors/{}/book", s.user_id),
        back: (format!("/counsellors/{}", s.user_id), ctx.t_with("series-back-to", &[("name", name.as_str())])),
        choose_first: false,
        moving,
    };
    series_step(state, ctx, user, target, q, plan).await
}

/// The page with its form only, nothing chosen yet.
pub(super) async fn blank(
    state: &AppState,
    ctx: &RequestCtx,
    viewer: &SessionUser,
    t: &Target<'_>,
    q: BookQuery,
) -> AppResult<Response> {
    render(&page(state, ctx, viewer, t, q, None, FormErrors::default()).await?)
}
