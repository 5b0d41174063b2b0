//! Availability, the counsellor's side: booking rules, weekly hours, time off and extra
//! hours, with a preview of what members can book next.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::model::{self as slots, Exception, Rules, Window};
use super::store::{self, StoredException, StoredWindow};
use super::views::*;
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::i18n::dates::weekday;
use crate::pages::{format_time_in, hhmm, parse_hhmm};
use crate::profiles::store::profile;
use crate::web::{Counsellor, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

/// A window's end may be "24:00", the end of the day.
fn parse_end(raw: &str) -> Option<u16> {
    if raw.trim() == "24:00" { Some(24 * 60) } else { parse_hhmm(raw) }
}

async fn availability_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    forms: (RulesForm, WindowForm, ExceptionForm),
    errors: FormErrors,
) -> AppResult<AvailabilityPage> {
    let s = profile(&state.db, &user.id).await?.ok_or(AppError::SeeOther("/practice/profile"))?;
    let now = state.clock.now_ms();
    let tz = s.profile.time_zone.clone();
    let rules = store::rules(&state.db, &user.id, &tz).await?;
    let (rules_form, window_form, exception_form) = forms;
    let rules_form = if rules_form.session_minutes.is_empty() { RulesForm::from(&rules) } else { rules_form };
    let windows = store::windows(&state.db, &user.id)
        .await?
        .into_iter()
        .map(|StoredWindow { id, window: w }| {
            let day = weekday(ctx.lang, usize::from(w.weekday));
            let words = ctx.t_with("practice-window", &[("day", day), ("from", &hhmm(w.start)), ("to", &hhmm(w.end))]);
            (id, words)
        })
        .collect();
    let exceptions = store::exceptions(&state.db, &user.id, now)
        .await?
        .into_iter()
        .map(|StoredException { id, exception: x }| {
            let key = if x.off { "practice-exception-off" } else { "practice-exception-extra" };
            let (from, to) = (format_time_in(ctx.lang, x.starts_at, &tz), format_time_in(ctx.lang, x.ends_at, &tz));
            (id, ctx.t_with(key, &[("from", &from), ("to", &to)]))
        })
        .collect();
    let found = store::calendar(&state.db, &user.id, &tz, now).await?.free(&tz, now, None);
    let preview = SlotDay::group_in(ctx.lang, &found, &user.id, &tz, "", false).into_iter().take(5).collect();
    Ok(AvailabilityPage {
        l: ctx.layout_t("practice-availability-title"),
        time_zone: tz,
        rules_form,
        window_form,
        exception_form,
        errors,
        windows,
        exceptions,
        preview,
        weekdays: (0..7).map(|i| (i, weekday(ctx.lang, i))).collect(),
    })
}

pub async fn availability(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(u): Counsellor,
) -> AppResult<Response> {
    let forms = (RulesForm::default(), WindowForm::default(), ExceptionForm::default());
    render(&availability_page(&state, &ctx, &u, forms, FormErrors::default()).await?)
}

fn number(errors: &mut FormErrors, field: &'static str, raw: &str, lo: i64, hi: i64, what: &str) -> i64 {
    match raw.trim().parse::<i64>() {
        Ok(n) if (lo..=hi).contains(&n) => n,
        _ => {
            errors.add(field, format!("{what} must be a whole number from {lo} to {hi}."));
            0
        }
    }
}

pub async fn save_rules(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(u): Counsellor,
    Form(f): Form<RulesForm>,
) -> AppResult<Response> {
    let mut e = FormErrors::default();
    let r = Rules {
        time_zone: String::new(),
        session_minutes: number(&mut e, "session_minutes", &f.session_minutes, 15, 240, "Session length"),
        buffer_minutes: number(&mut e, "buffer_minutes", &f.buffer_minutes, 0, 120, "The break after a session"),
        notice_hours: number(&mut e, "notice_hours", &f.notice_hours, 0, 720, "Notice"),
        horizon_days: number(&mut e, "horizon_days", &f.horizon_days, 1, 365, "How far ahead"),
        cancel_hours: number(&mut e, "cancel_hours", &f.cancel_hours, 0, 720, "Free cancellation"),
    };
    if !e.is_empty() {
        let forms = (f, WindowForm::default(), ExceptionForm::default());
        return render_invalid(&availability_page(&state, &ctx, &u, forms, e).await?);
    }
    store::save_rules(&state.db, &u.id, &r, state.clock.now_ms()).await?;
    let msg = ctx.t("practice-rules-saved");
    Ok(redirect_with(state.config.is_https(), "/practice/availability", FlashKind::Success, &msg))
}

pub async fn add_window(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(u): Counsellor,
    Form(f): Form<WindowForm>,
) -> AppResult<Response> {
    let mut e = FormErrors::default();
    let weekday = f.weekday.parse::<u8>().ok().filter(|d| *d < 7);
    let (start, end) = (parse_hhmm(&f.start), parse_end(&f.end));
    match (weekday, start, end) {
        (Some(weekday), Some(start), Some(end)) if start < end => {
            store::add_window(&state.db, &u.id, Window { weekday, start, end }).await?;
            let msg = ctx.t("practice-hours-added");
            Ok(redirect_with(state.config.is_https(), "/practice/availability", FlashKind::Success, &msg))
        }
        _ => {
            e.add("start", "Choose a day, and a start before the end, such as 09:00 to 13:00.");
            let forms = (RulesForm::default(), f, ExceptionForm::default());
            render_invalid(&availability_page(&state, &ctx, &u, forms, e).await?)
        }
    }
}

pub async fn delete_window(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(u): Counsellor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    if !store::delete_window(&state.db, &u.id, &id).await? {
        return Err(AppError::NotFound);
    }
    let msg = ctx.t("practice-removed");
    Ok(redirect_with(state.config.is_https(), "/practice/availability", FlashKind::Success, &msg))
}

pub async fn add_exception(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(u): Counsellor,
    Form(f): Form<ExceptionForm>,
) -> AppResult<Response> {
    let tz = profile(&state.db, &u.id).await?.map(|s| s.profile.time_zone).unwrap_or_else(|| u.time_zone.clone());
    let zone = crate::zone::Zone::stored(&tz).tz().clone();
    let today = crate::pages::today_in(state.clock.now_ms(), &tz);
    let latest = crate::pages::years_after(today, 2);
    let date = crate::pages::parse_form_date(&f.date, today, latest);
    if date.is_err() && !f.date.trim().is_empty() {
        let mut e = FormErrors::default();
        e.add("date", crate::pages::date_problem(&ctx, "practice", &f.date, today, latest));
        let forms = (RulesForm::default(), WindowForm::default(), f);
        return render_invalid(&availability_page(&state, &ctx, &u, forms, e).await?);
    }
    let date = date.ok();
    let (start, end) = if f.start.trim().is_empty() && f.end.trim().is_empty() {
        (Some(0), Some(24 * 60))
    } else {
        (parse_hhmm(&f.start), parse_end(&f.end))
    };
    let at = |d: jiff::civil::Date, m: u16| {
        if m >= 24 * 60 {
            d.tomorrow().ok().and_then(|n| slots::at_local(n, 0, &zone))
        } else {
            slots::at_local(d, m, &zone)
        }
    };
    let range = match (date, start, end) {
        (Some(d), Some(s), Some(e)) if s < e => at(d, s).zip(at(d, e)),
        _ => None,
    };
    let Some((starts_at, ends_at)) = range else {
        let mut e = FormErrors::default();
        e.add("date", "Give a date, and either both times (start before end) or neither for the whole day.");
        let forms = (RulesForm::default(), WindowForm::default(), f);
        return render_invalid(&availability_page(&state, &ctx, &u, forms, e).await?);
    };
    let x = Exception { off: f.kind != "extra", starts_at, ends_at };
    store::add_exception(&state.db, &u.id, x, state.clock.now_ms()).await?;
    let msg = ctx.t(if x.off { "practice-time-off-added" } else { "practice-extra-added" });
    Ok(redirect_with(state.config.is_https(), "/practice/availability", FlashKind::Success, &msg))
}

pub async fn delete_exception(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(u): Counsellor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    if !store::delete_exception(&state.db, &u.id, &id).await? {
        return Err(AppError::NotFound);
    }
    let msg = ctx.t("practice-removed");
    Ok(redirect_with(state.config.is_https(), "/practice/availability", FlashKind::Success, &msg))
}
