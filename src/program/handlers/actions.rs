//! Step 3, small consistent actions: commitments, confirmed only by the other partner.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::Response;

use super::{Participant, couple_space};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::clock::DAY;
use crate::error::{AppError, AppResult};
use crate::i18n::dates::weekday;
use crate::pages::{format_date_in, format_time_in, hhmm, parse_hhmm};
use crate::program::actions::{self, Outcome, Schedule};
use crate::program::chart::{self, Series};
use crate::program::model::parse_text;
use crate::program::store::{self, Commitment, Confirmation, NewCommitment};
use crate::program::views::{
    ActionsPage, CommitmentForm, CommitmentLine, ConfirmForm, OccurrenceLine, RemindForm, Trend,
};
use crate::web::{CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

const COMMITMENT_MAX: usize = 300;

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Prefill {
    /// A need the viewer may read (their partner's shared one), by id: its text fills the form.
    pub need: String,
}

/// "Every Monday and Thursday at 07:30 (Europe/London time)", in the reader's language.
fn describe(c: &Commitment, viewer_tz: &str, ctx: &RequestCtx) -> String {
    let zone = if c.time_zone == viewer_tz {
        String::new()
    } else {
        ctx.t_with("actions-schedule-zone", &[("zone", &c.time_zone)])
    };
    match &c.schedule {
        Schedule::Once { at } => ctx.t_with(
            "actions-schedule-once",
            &[("when", &format_time_in(ctx.lang, *at, &c.time_zone)), ("zone", &zone)],
        ),
        Schedule::Daily { minute } => {
            ctx.t_with("actions-schedule-daily", &[("time", &hhmm(*minute)), ("zone", &zone)])
        }
        Schedule::Weekly { days, minute } => {
            let names: Vec<&str> = (0..7).filter(|i| days[*i]).map(|i| weekday(ctx.lang, i)).collect();
            let days = crate::pages::join_list_with(&ctx.t("actions-and"), &names);
            ctx.t_with("actions-schedule-weekly", &[("days", &days), ("time", &hhmm(*minute)), ("zone", &zone)])
        }
    }
}

/// Occurrences in the last 90 days, oldest first: as far back as the figures reach.
pub(super) fn past_occurrences(c: &Commitment, now: i64) -> Vec<i64> {
    actions::occurrences(&c.schedule, &c.time_zone, c.starts_at, c.ended_at, now - 90 * DAY, now + 1)
}

/// Each past occurrence with its confirmed outcome, if confirmed.
pub(super) fn history(c: &Commitment, past: &[i64], confirmations: &[Confirmation]) -> Vec<(i64, Option<Outcome>)> {
    past.iter()
        .map(|t| {
            let found = confirmations.iter().find(|f| f.commitment_id == c.id && f.occurrence_at == *t);
            (*t, found.map(|f| f.outcome))
        })
        .collect()
}

fn line(
    c: &Commitment,
    confirmations: &[Confirmation],
    viewer: &SessionUser,
    now: i64,
    ctx: &RequestCtx,
) -> CommitmentLine {
    let when = |t: i64| format_time_in(ctx.lang, t, &viewer.time_zone);
    let mine = c.maker_id == viewer.id;
    let past = past_occurrences(c, now);
    let outcome_of = |t: i64| confirmations.iter().find(|f| f.commitment_id == c.id && f.occurrence_at == t);
    let history = history(c, &past, confirmations);
    let next = actions::occurrences(&c.schedule, &c.time_zone, c.starts_at, c.ended_at, now + 1, now + 8 * DAY);
    let to_confirm = if mine {
        vec![]
    } else {
        past.iter()
            .rev()
            .filter(|t| **t > now - 14 * DAY && outcome_of(**t).is_none())
            .take(10)
            .map(|t| OccurrenceLine { at: *t, when: when(*t) })
            .collect()
    };
    let recent = past
        .iter()
        .rev()
        .filter_map(|t| outcome_of(*t).map(|f| (when(*t), label(ctx, f.outcome), f.note.clone().unwrap_or_default())))
        .take(5)
        .collect();
    CommitmentLine {
        id: c.id.clone(),
        text: c.text.clone(),
        schedule: describe(c, &viewer.time_zone, ctx),
        next: next.first().map(|t| when(*t)).unwrap_or_default(),
        ended: c.ended_at.is_some(),
        reminds: c.reminds,
        figures: actions::figures(&history, now),
        to_confirm,
        recent,
    }
}

fn label(ctx: &RequestCtx, o: Outcome) -> String {
    ctx.t(match o {
        Outcome::Kept => "actions-outcome-kept",
        Outcome::Partly => "actions-outcome-partly",
        Outcome::Missed => "actions-outcome-missed",
    })
}

/// Kept share per week over twelve weeks, for each partner's commitments: the weekly chart.
fn weekly_trend(
    mine: &[&Commitment],
    theirs: &[&Commitment],
    confirmations: &[Confirmation],
    partner: &str,
    viewer: &SessionUser,
    now: i64,
    ctx: &RequestCtx,
) -> Option<Trend> {
    let weeks = |cs: &[&Commitment]| {
        let all: Vec<(i64, Option<Outcome>)> =
            cs.iter().flat_map(|c| history(c, &past_occurrences(c, now), confirmations)).collect();
        actions::weekly_kept(&all, now, 12)
    };
    let (m, t) = (weeks(mine), weeks(theirs));
    if m.is_empty() && t.is_empty() {
        return None;
    }
    let theirs_name = ctx.t_with("actions-trend-theirs", &[("name", partner)]);
    let yours = ctx.t("actions-trend-yours");
    let mut series = vec![];
    if !m.is_empty() {
        series.push(Series { name: &yours, class: "line-trust", points: &m });
    }
    if !t.is_empty() {
        series.push(Series { name: &theirs_name, class: "line-safety", points: &t });
    }
    // One row per week that has a figure for either; a dash where one side has none.
    let mut ends: Vec<i64> = m.iter().chain(&t).map(|(e, _)| *e).collect();
    ends.sort_unstable();
    ends.dedup();
    let cell =
        |v: &[(i64, i64)], e: i64| v.iter().find(|(x, _)| *x == e).map(|(_, k)| k.to_string()).unwrap_or("–".into());
    let rows: Vec<(String, Vec<String>)> = ends
        .iter()
        .map(|e| {
            let mut cells = vec![];
            if !m.is_empty() {
                cells.push(cell(&m, *e));
            }
            if !t.is_empty() {
                cells.push(cell(&t, *e));
            }
            let date = format_date_in(ctx.lang, *e, &viewer.time_zone);
            (ctx.t_with("actions-trend-week", &[("date", &date)]), cells)
        })
        .collect();
    let latest = |v: &[(i64, i64)]| match v.last() {
        None => ctx.t("actions-trend-nothing"),
        Some((_, k)) => ctx.t_with("actions-trend-latest", &[("k", &k.to_string())]),
    };
    let description = ctx.t_with(
        "actions-trend-description",
        &[("mine", &latest(&m)), ("partner", &theirs_name), ("theirs", &latest(&t))],
    );
    Some(Trend {
        id: "weekly",
        title: ctx.t("actions-trend-title"),
        description,
        chart: chart::draw_out_of_in(ctx.lang, &series, 100, &viewer.time_zone),
        out_of: 100,
        rows,
    })
}

async fn actions_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    form: CommitmentForm,
    errors: FormErrors,
) -> AppResult<ActionsPage> {
    let now = state.clock.now_ms();
    let space = couple_space(state, user).await?;
    let (mine, theirs, partner, weekly) = match &space {
        Some(s) => {
            let all = store::commitments(&state.db, &state.crypto, &s.id).await?;
            let confirmations = store::confirmations(&state.db, &state.crypto, &s.id).await?;
            let (mine, theirs): (Vec<_>, Vec<_>) = all.iter().partition(|c| c.maker_id == user.id);
            let partner = s.partner_of(&user.id).map(|m| m.display_name.clone()).unwrap_or_default();
            let weekly = weekly_trend(&mine, &theirs, &confirmations, &partner, user, now, ctx);
            (
                mine.into_iter().map(|c| line(c, &confirmations, user, now, ctx)).collect(),
                theirs.into_iter().map(|c| line(c, &confirmations, user, now, ctx)).collect(),
                partner,
                weekly,
            )
        }
        None => (vec![], vec![], String::new(), None),
    };
    Ok(ActionsPage {
        l: ctx.layout_t("actions-title"),
        has_partner: space.is_some(),
        partner,
        weekly,
        mine,
        theirs,
        form,
        errors,
        weekdays: (0..7).map(|i| (i, weekday(ctx.lang, i))).collect(),
    })
}

/// `?need=<id>` fills in the form with that need's words, so a partner's named need becomes a
/// commitment in one step; only needs the viewer may read are found (others leave it empty).
pub async fn page(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, .. }: Participant,
    Query(prefill): Query<Prefill>,
) -> AppResult<Response> {
    let text = if prefill.need.is_empty() {
        String::new()
    } else {
        store::readable(&state.db, &state.crypto, &user.id, false)
            .await?
            .into_iter()
            .find(|n| n.id == prefill.need)
            .map(|n| n.text.chars().take(COMMITMENT_MAX).collect())
            .unwrap_or_default()
    };
    let form = CommitmentForm { text, ..Default::default() };
    render(&actions_page(&state, &ctx, &user, form, FormErrors::default()).await?)
}

/// Reads the schedule from the form, in the maker's time zone.
fn schedule(form: &CommitmentForm, tz: &str, now: i64, errors: &mut FormErrors, ctx: &RequestCtx) -> Option<Schedule> {
    let minute = parse_hhmm(&form.time);
    if minute.is_none() {
        errors.add("time", "Give a time, such as 19:00.");
    }
    match form.kind.as_str() {
        "once" => {
            let today = crate::pages::today_in(now, tz);
            let latest = crate::pages::years_after(today, 2);
            let Ok(date) = crate::pages::parse_form_date(&form.date, today, latest) else {
                errors.add("date", crate::pages::date_problem(ctx, "actions", &form.date, today, latest));
                return None;
            };
            let zone = crate::zone::Zone::stored(tz).tz().clone();
            let minute = minute?;
            let time = jiff::civil::Time::new((minute / 60) as i8, (minute % 60) as i8, 0, 0).ok()?;
            let at = date.to_datetime(time).to_zoned(zone).ok()?.timestamp().as_millisecond();
            Some(Schedule::Once { at })
        }
        "weekly" => {
            let days = form.days();
            if !days.contains(&true) {
                errors.add("days", "Choose at least one day of the week.");
                return None;
            }
            Some(Schedule::Weekly { days, minute: minute? })
        }
        _ => Some(Schedule::Daily { minute: minute? }),
    }
}

pub async fn create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, .. }: Participant,
    Form(form): Form<CommitmentForm>,
) -> AppResult<Response> {
    let space = couple_space(&state, &user).await?.ok_or(AppError::NotFound)?;
    let mut errors = FormErrors::default();
    let text = match parse_text(&form.text, COMMITMENT_MAX) {
        Ok(t) => Some(t),
        Err(e) => {
            errors.add("text", e);
            None
        }
    };
    let schedule = schedule(&form, &user.time_zone, state.clock.now_ms(), &mut errors, &ctx);
    let (Some(text), Some(schedule)) = (text, schedule) else {
        return render_invalid(&actions_page(&state, &ctx, &user, form, errors).await?);
    };
    let new =
        NewCommitment { text: &text, schedule: &schedule, time_zone: &user.time_zone, remind: form.remind == "yes" };
    store::create_commitment(&state.db, &state.crypto, &space.id, &user.id, &new, state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), "/program/actions", FlashKind::Success, &ctx.t("actions-saved")))
}

pub async fn confirm(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<ConfirmForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let space = couple_space(&state, &user).await?.ok_or(AppError::NotFound)?;
    let all = store::commitments(&state.db, &state.crypto, &space.id).await?;
    let c = all.iter().find(|c| c.id == id).ok_or(AppError::NotFound)?;
    if c.maker_id == user.id {
        return Err(AppError::Conflict(
            "Only your partner can confirm your commitments: nobody certifies their own.".into(),
        ));
    }
    let at: i64 = form.occurrence.parse().map_err(|_| AppError::BadRequest("That occurrence could not be read."))?;
    let real = actions::occurrences(&c.schedule, &c.time_zone, c.starts_at, c.ended_at, at, at + 1);
    if real != [at] || at > now {
        return Err(AppError::NotFound);
    }
    let outcome = Outcome::parse(&form.outcome).ok_or(AppError::BadRequest("Choose kept, partly, or missed."))?;
    let note = Some(form.note.trim().chars().take(500).collect::<String>()).filter(|n| !n.is_empty());
    let confirmation = Confirmation { commitment_id: c.id.clone(), occurrence_at: at, outcome, note };
    store::confirm_occurrence(&state.db, &state.crypto, &space.id, &confirmation, &user.id, now).await?;
    Ok(redirect_with(state.config.is_https(), "/program/actions", FlashKind::Success, &ctx.t("actions-recorded")))
}

pub async fn end(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let space = couple_space(&state, &user).await?.ok_or(AppError::NotFound)?;
    if !store::end_commitment(&state.db, &space.id, &id, &user.id, state.clock.now_ms()).await? {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with(state.config.is_https(), "/program/actions", FlashKind::Success, &ctx.t("actions-ended-now")))
}

/// The maker turns reminders on or off for their commitment.
pub async fn reminders(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, .. }: Participant,
    Path(id): Path<String>,
    Form(form): Form<RemindForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let space = couple_space(&state, &user).await?.ok_or(AppError::NotFound)?;
    let all = store::commitments(&state.db, &state.crypto, &space.id).await?;
    let c = all.iter().find(|c| c.id == id && c.maker_id == user.id).ok_or(AppError::NotFound)?;
    let on = form.remind == "yes";
    let at = if on { actions::next_reminder(&c.schedule, &c.time_zone, c.starts_at, c.ended_at, now) } else { None };
    if !store::set_reminders(&state.db, &space.id, &id, &user.id, at).await? {
        return Err(AppError::NotFound);
    }
    let msg = ctx.t(match (on, at) {
        (true, Some(_)) => "actions-remind-on",
        (true, None) => "actions-remind-nothing",
        (false, _) => "actions-remind-off",
    });
    Ok(redirect_with(state.config.is_https(), "/program/actions", FlashKind::Success, &msg))
}
