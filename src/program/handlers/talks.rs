//! Step 4, honest conversation: agreed talk times, the question box held for them, and
//! private ratings after each talk.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::{Participant, couple_space};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::clock::{DAY, MINUTE};
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Locales};
use crate::pages::{format_time_in, hhmm, parse_hhmm};
use crate::program::model::{Perspective, parse_text};
use crate::program::store::{self, NewSchedule, Rating, TalkSchedule};
use crate::program::talks::{Talks, parse_rating};
use crate::program::views::{QuestionForm, QuestionLine, RatingForm, ScheduleForm, TalksPage};
use crate::spaces::store::Space;
use crate::web::{CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

pub(super) fn talks(s: &TalkSchedule) -> Talks<'_> {
    Talks {
        weekday: s.weekday,
        minute: s.minute,
        duration_min: s.duration,
        time_zone: &s.time_zone,
        agreed_at: s.accepted_at.unwrap_or(i64::MAX),
    }
}

/// "Mondays at 19:00, 45 minutes (Asia/Kolkata time)" or "हर सोमवार 19:00 बजे, 45 मिनट" for a
/// reader in `reader_tz`. English names the zone always, as it always has; in Hindi the zone's
/// name would be the one Latin word in the sentence, so it is named only when it is not the
/// reader's own (`talks-schedule-here`).
pub(super) fn describe_in(locales: &Locales, lang: Lang, s: &TalkSchedule, reader_tz: &str) -> String {
    let day = crate::i18n::dates::weekday(lang, usize::from(s.weekday.min(6)));
    let (time, minutes) = (hhmm(s.minute), s.duration.to_string());
    if lang != Lang::En && s.time_zone == reader_tz {
        return locales.text(lang, "talks-schedule-here", &[("day", day), ("time", &time), ("minutes", &minutes)]);
    }
    locales.text(
        lang,
        "talks-schedule",
        &[("day", day), ("time", &time), ("minutes", &minutes), ("zone", &s.time_zone)],
    )
}

/// "Over the last 90 days: 5 talks held, 1 missed, 2 not recorded." in the reader's language.
pub(super) fn record_text_in(locales: &Locales, lang: Lang, ended: &[i64], outcomes: &[(i64, String)]) -> String {
    if ended.is_empty() {
        return String::new();
    }
    let count = |what: &str| ended.iter().filter(|t| outcomes.iter().any(|(o, r)| o == *t && r == what)).count();
    let (held, missed) = (count("held"), count("missed"));
    let open = ended.len() - held - missed;
    let held = if held == 1 {
        locales.text(lang, "talks-count-one", &[])
    } else {
        locales.text(lang, "talks-count-many", &[("n", &held.to_string())])
    };
    let (missed, open) = (missed.to_string(), open.to_string());
    let mut args = vec![("held", held.as_str()), ("missed", missed.as_str())];
    let key = if open == "0" {
        "talks-record"
    } else {
        args.push(("open", open.as_str()));
        "talks-record-unrecorded"
    };
    locales.text(lang, key, &args)
}

/// Who writes into the question box: the member whose trust was broken (or both).
fn can_ask(p: Perspective) -> bool {
    p != Perspective::Broke
}

async fn talks_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    perspective: Perspective,
    forms: (ScheduleForm, QuestionForm, FormErrors),
) -> AppResult<TalksPage> {
    let now = state.clock.now_ms();
    let space = couple_space(state, user).await?;
    let (schedule_form, question_form, errors) = forms;
    let mut page = TalksPage {
        l: ctx.layout_t("talks-title"),
        has_partner: space.is_some(),
        partner: String::new(),
        agreed: None,
        pending: None,
        next: String::new(),
        open_until: None,
        open_end: 0,
        minutes_left: 0,
        paused: None,
        record: String::new(),
        can_ask: can_ask(perspective),
        questions: vec![],
        to_rate: vec![],
        ratings: vec![],
        schedule_form,
        question_form,
        errors,
        weekdays: (0..7).map(|i| (i, crate::i18n::dates::weekday(ctx.lang, i))).collect(),
        scale: (1..=5).collect(),
    };
    let Some(space) = space else { return Ok(page) };
    page.partner = space.partner_of(&user.id).map(|m| m.display_name.clone()).unwrap_or_default();
    let (agreed, pending) = store::schedules(&state.db, &space.id).await?;
    let (locales, lang) = (&*ctx.locales, ctx.lang);
    page.pending = pending.map(|p| {
        let mine = p.proposer_id == user.id;
        let key = if mine { "talks-proposed-by-you" } else { "talks-proposed-by" };
        let text =
            ctx.t_with(key, &[("schedule", &describe_in(locales, lang, &p, &user.time_zone)), ("name", &page.partner)]);
        (p.id.clone(), text, mine)
    });
    let mut open = None;
    if let Some(a) = &agreed {
        let t = talks(a);
        page.agreed = Some(describe_in(locales, lang, a, &user.time_zone));
        page.next = t.next_after(now).map(|n| format_time_in(lang, n, &user.time_zone)).unwrap_or_default();
        open = t.open_at(now);
        page.open_until = open.map(|(_, end)| format_time_in(lang, end, &user.time_zone));
        if let Some((start, end)) = open {
            page.open_end = end;
            page.minutes_left = (end - now + MINUTE - 1) / MINUTE;
            page.paused = store::current_pause(&state.db, &space.id, start).await?.map(|(by, at)| {
                let time = format_time_in(lang, at, &user.time_zone);
                if by == user.id {
                    ctx.t_with("talks-paused-by-you", &[("time", &time)])
                } else {
                    ctx.t_with("talks-paused-by", &[("name", &page.partner), ("time", &time)])
                }
            });
        }
        let rated = store::own_ratings(&state.db, &user.id, &space.id).await?;
        let outcomes = store::outcomes(&state.db, &space.id, now - 90 * DAY).await?;
        let missed = |o: i64| outcomes.iter().any(|(t, r)| *t == o && r == "missed");
        page.to_rate = t
            .ended_within(now, 14)
            .into_iter()
            .filter(|o| !rated.iter().any(|r| r.occurrence_at == *o) && !missed(*o))
            .map(|o| (o, format_time_in(lang, o, &user.time_zone)))
            .collect();
        page.record = record_text_in(locales, lang, &t.ended_within(now, 90), &outcomes);
        page.ratings = rated
            .iter()
            .map(|r| (format_time_in(lang, r.occurrence_at, &user.time_zone), r.heard, r.safe, r.punished))
            .collect();
    }
    // The partner's questions, and even how many there are, appear only while a talk is open.
    let questions = store::open_questions(&state.db, &state.crypto, &space.id, &user.id, open.is_some()).await?;
    page.questions = questions
        .into_iter()
        .map(|q| {
            let when = format_time_in(ctx.lang, q.created_at, &user.time_zone);
            let added = if q.author_id == user.id {
                ctx.t_with("talks-added-by-you", &[("when", &when)])
            } else {
                ctx.t_with("talks-added-by", &[("name", &page.partner), ("when", &when)])
            };
            QuestionLine { added, id: q.id, text: q.text }
        })
        .collect();
    Ok(page)
}

fn blank() -> (ScheduleForm, QuestionForm, FormErrors) {
    (ScheduleForm::default(), QuestionForm::default(), FormErrors::default())
}

pub async fn page(State(state): State<AppState>, ctx: RequestCtx, p: Participant) -> AppResult<Response> {
    render(&talks_page(&state, &ctx, &p.user, p.perspective, blank()).await?)
}

async fn space_of(state: &AppState, user: &SessionUser) -> AppResult<Space> {
    couple_space(state, user).await?.ok_or(AppError::NotFound)
}

pub async fn propose(
    State(state): State<AppState>,
    ctx: RequestCtx,
    p: Participant,
    Form(form): Form<ScheduleForm>,
) -> AppResult<Response> {
    let space = space_of(&state, &p.user).await?;
    let mut errors = FormErrors::default();
    let weekday = form.weekday.parse::<u8>().ok().filter(|d| *d < 7);
    if weekday.is_none() {
        errors.add("weekday", "Choose a day of the week.");
    }
    let minute = parse_hhmm(&form.time);
    if minute.is_none() {
        errors.add("time", "Give a time, such as 19:00.");
    }
    let duration = form.duration.trim().parse::<i64>().ok().filter(|d| (10..=180).contains(d));
    if duration.is_none() {
        errors.add("duration", "Choose a length from 10 to 180 minutes.");
    }
    let (Some(weekday), Some(minute), Some(duration)) = (weekday, minute, duration) else {
        let forms = (form, QuestionForm::default(), errors);
        return render_invalid(&talks_page(&state, &ctx, &p.user, p.perspective, forms).await?);
    };
    let new = NewSchedule { weekday, minute, duration, time_zone: &p.user.time_zone };
    store::propose_schedule(&state.db, &space.id, &p.user.id, &new, state.clock.now_ms()).await?;
    let msg = ctx.t("talks-proposal-sent");
    Ok(redirect_with(state.config.is_https(), "/program/talks", FlashKind::Success, &msg))
}

pub async fn accept(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let space = space_of(&state, &user).await?;
    if !store::accept_schedule(&state.db, &space.id, &id, &user.id, state.clock.now_ms()).await? {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with(state.config.is_https(), "/program/talks", FlashKind::Success, &ctx.t("talks-agreed-both")))
}

pub async fn ask(
    State(state): State<AppState>,
    ctx: RequestCtx,
    p: Participant,
    Form(form): Form<QuestionForm>,
) -> AppResult<Response> {
    let space = space_of(&state, &p.user).await?;
    if !can_ask(p.perspective) {
        return Err(AppError::NotFound);
    }
    let text = match parse_text(&form.text, 2_000) {
        Ok(t) => t,
        Err(e) => {
            let mut errors = FormErrors::default();
            errors.add("text", e);
            let forms = (ScheduleForm::default(), form, errors);
            return render_invalid(&talks_page(&state, &ctx, &p.user, p.perspective, forms).await?);
        }
    };
    store::add_question(&state.db, &state.crypto, &space.id, &p.user.id, &text, state.clock.now_ms()).await?;
    let msg = ctx.t("talks-held");
    Ok(redirect_with(state.config.is_https(), "/program/talks", FlashKind::Success, &msg))
}

/// During a talk either member marks a question discussed; the rest carry over.
pub async fn discussed(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let space = space_of(&state, &user).await?;
    let (agreed, _) = store::schedules(&state.db, &space.id).await?;
    let open = agreed.as_ref().and_then(|a| talks(a).open_at(state.clock.now_ms())).is_some();
    let visible = store::open_questions(&state.db, &state.crypto, &space.id, &user.id, open).await?;
    if !visible.iter().any(|q| q.id == id)
        || !store::mark_discussed(&state.db, &space.id, &id, state.clock.now_ms()).await?
    {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with(state.config.is_https(), "/program/talks", FlashKind::Success, &ctx.t("talks-discussed")))
}

pub async fn rate(
    State(state): State<AppState>,
    ctx: RequestCtx,
    p: Participant,
    Form(form): Form<RatingForm>,
) -> AppResult<Response> {
    let space = space_of(&state, &p.user).await?;
    let (agreed, _) = store::schedules(&state.db, &space.id).await?;
    let agreed = agreed.ok_or(AppError::NotFound)?;
    let now = state.clock.now_ms();
    let at: i64 = form.occurrence.parse().map_err(|_| AppError::BadRequest("That talk could not be read."))?;
    if !talks(&agreed).ended_within(now, 14).contains(&at) {
        return Err(AppError::NotFound);
    }
    let (Ok(heard), Ok(safe), Ok(punished)) =
        (parse_rating(&form.heard), parse_rating(&form.safe), parse_rating(&form.punished))
    else {
        return Err(AppError::BadRequest("Choose from 1 to 5 for each question."));
    };
    if store::record_outcome(&state.db, &space.id, at, "held", &p.user.id, now).await? == "missed" {
        return Err(AppError::Conflict("That talk is recorded as missed, so there is nothing to rate.".into()));
    }
    store::rate_talk(&state.db, &p.user.id, &space.id, &Rating { occurrence_at: at, heard, safe, punished }, now)
        .await?;
    Ok(redirect_with(state.config.is_https(), "/program/talks", FlashKind::Success, &ctx.t("talks-rated")))
}

/// Either member pauses the open talk, or resumes it.
pub async fn pause(State(state): State<AppState>, ctx: RequestCtx, p: Participant) -> AppResult<Response> {
    let space = space_of(&state, &p.user).await?;
    let (agreed, _) = store::schedules(&state.db, &space.id).await?;
    let now = state.clock.now_ms();
    let (start, _) = agreed.as_ref().and_then(|a| talks(a).open_at(now)).ok_or(AppError::NotFound)?;
    let msg = if store::toggle_pause(&state.db, &space.id, start, &p.user.id, now).await? {
        ctx.t("talks-paused")
    } else {
        ctx.t("talks-resumed")
    };
    Ok(redirect_with(state.config.is_https(), "/program/talks", FlashKind::Success, &msg))
}

/// Either member records that an ended talk did not happen.
pub async fn missed(
    State(state): State<AppState>,
    ctx: RequestCtx,
    p: Participant,
    Form(form): Form<RatingForm>,
) -> AppResult<Response> {
    let space = space_of(&state, &p.user).await?;
    let (agreed, _) = store::schedules(&state.db, &space.id).await?;
    let agreed = agreed.ok_or(AppError::NotFound)?;
    let now = state.clock.now_ms();
    let at: i64 = form.occurrence.parse().map_err(|_| AppError::BadRequest("That talk could not be read."))?;
    if !talks(&agreed).ended_within(now, 14).contains(&at) {
        return Err(AppError::NotFound);
    }
    if store::record_outcome(&state.db, &space.id, at, "missed", &p.user.id, now).await? != "missed" {
        return Err(AppError::Conflict("That talk is already recorded as held.".into()));
    }
    Ok(redirect_with(state.config.is_https(), "/program/talks", FlashKind::Success, &ctx.t("talks-missed")))
}
