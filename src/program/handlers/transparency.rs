//! Step 3, transparency: notes a member chooses to share (where they are, what they
//! decided), check-in requests within limits both agreed, and the share of notes sent
//! before being asked. Nothing here tracks anyone: every note is self-reported.

use axum::Form;
use axum::extract::State;
use axum::response::Response;

use super::{Participant, couple_space};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::clock::DAY;
use crate::error::{AppError, AppResult};
use crate::pages::format_time_in;
use crate::program::model::parse_text;
use crate::program::store::{self, Note};
use crate::program::transparency::{NOTE_MAX, Refusal, Wait, check_window, parse_limit, proactive_share, wait};
use crate::program::views::{LimitForm, NoteForm, NoteLine, TransparencyPage};
use crate::spaces::store::Space;
use crate::web::{FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

const PAGE: &str = "/program/transparency";

/// "Ravi: 4 of 5 notes sent without being asked (80% proactive).", in the reader's language.
fn share_text(ctx: &RequestCtx, who: &str, notes: &[&Note], now: i64) -> String {
    let pairs: Vec<(i64, bool)> = notes.iter().map(|n| (n.created_at, n.answered_request)).collect();
    match proactive_share(&pairs, now, 30) {
        None => ctx.t_with("transparency-share-none", &[("who", who)]),
        Some(share) => {
            let proactive = pairs.iter().filter(|(_, a)| !a).count().to_string();
            let key = if pairs.len() == 1 { "transparency-share-one" } else { "transparency-share-many" };
            let (total, share) = (pairs.len().to_string(), share.to_string());
            ctx.t_with(key, &[("who", who), ("proactive", &proactive), ("total", &total), ("share", &share)])
        }
    }
}

/// "in about 3 hours", "in 40 minutes", in the reader's language.
fn wait_words(ctx: &RequestCtx, until: i64, now: i64) -> String {
    match wait(until, now) {
        Wait::Hours(1) => ctx.t("transparency-wait-hour"),
        Wait::Hours(h) => ctx.t_with("transparency-wait-hours", &[("n", &h.to_string())]),
        Wait::Minutes(1) => ctx.t("transparency-wait-minute"),
        Wait::Minutes(m) => ctx.t_with("transparency-wait-minutes", &[("n", &m.to_string())]),
    }
}

fn refusal_text(ctx: &RequestCtx, r: &Refusal, partner: &str, now: i64) -> String {
    match r {
        Refusal::Paused { by_me: true } => ctx.t("transparency-refused-paused-by-me"),
        Refusal::Paused { by_me: false } => ctx.t_with("transparency-refused-paused-by-partner", &[("name", partner)]),
        Refusal::Limit { limit, next_at } => {
            let key = if *limit == 1 { "transparency-refused-limit-one" } else { "transparency-refused-limit-many" };
            ctx.t_with(key, &[("limit", &limit.to_string()), ("wait", &wait_words(ctx, *next_at, now))])
        }
    }
}

/// Reads a `datetime-local` value in the member's zone.
fn local_time(raw: &str, tz: &str) -> Result<Option<i64>, ()> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let dt = jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", raw).map_err(|_| ())?;
    let zone = crate::zone::Zone::stored(tz).tz().clone();
    Ok(Some(dt.to_zoned(zone).map_err(|_| ())?.timestamp().as_millisecond()))
}

async fn transparency_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    forms: (NoteForm, LimitForm, FormErrors),
) -> AppResult<TransparencyPage> {
    let now = state.clock.now_ms();
    let (note_form, limit_form, errors) = forms;
    let mut page = TransparencyPage {
        l: ctx.layout_t("transparency-page-title"),
        has_partner: false,
        partner: String::new(),
        note_form,
        limit_form,
        errors,
        asked_by_partner: vec![],
        my_open: 0,
        refusal: None,
        ask_rule: String::new(),
        paused_by_me: false,
        paused_by_partner: false,
        proposal: None,
        proposal_text: String::new(),
        shares: vec![],
        notes: vec![],
    };
    let Some(space) = couple_space(state, user).await? else { return Ok(page) };
    let partner = space.partner_of(&user.id).map(|m| m.display_name.clone()).unwrap_or_default();
    let rules = store::rules(&state.db, &space.id).await?;
    let open = store::open_requests(&state.db, &space.id, now).await?;
    let mine_recent: Vec<i64> = open.iter().filter(|(r, _)| *r == user.id).map(|(_, t)| *t).collect();
    let when = |t: i64| format_time_in(ctx.lang, t, &user.time_zone);
    page.asked_by_partner = open.iter().filter(|(r, _)| *r != user.id).map(|(_, t)| when(*t)).collect();
    page.my_open = mine_recent.len();
    let asked_today = requests_in_last_day(state, &space, user, now).await?;
    page.refusal = crate::program::transparency::may_request(
        &asked_today,
        rules.daily_limit,
        rules.paused_by.as_ref().map(|p| *p == user.id),
        now,
    )
    .err()
    .map(|r| refusal_text(ctx, &r, &partner, now));
    let rule = if rules.daily_limit == 1 { "transparency-ask-rule-one" } else { "transparency-ask-rule-many" };
    page.ask_rule = ctx.t_with(rule, &[("name", &partner), ("n", &rules.daily_limit.to_string())]);
    page.paused_by_me = rules.paused_by.as_deref() == Some(user.id.as_str());
    page.paused_by_partner = rules.paused_by.as_ref().is_some_and(|p| *p != user.id);
    page.proposal = rules.proposed.map(|(n, by)| (n, by == user.id));
    if let Some((n, mine)) = page.proposal {
        let key = if mine { "transparency-proposed-by-me" } else { "transparency-proposed-by-partner" };
        page.proposal_text = ctx.t_with(key, &[("n", &n.to_string()), ("name", &partner)]);
    }
    let notes = store::notes(&state.db, &state.crypto, &space.id, &user.id, now - 30 * DAY).await?;
    let (mine, theirs): (Vec<&Note>, Vec<&Note>) = notes.iter().partition(|n| n.author_id == user.id);
    let you = ctx.t("transparency-you");
    page.shares = vec![share_text(ctx, &you, &mine, now), share_text(ctx, &partner, &theirs, now)];
    page.notes = notes
        .iter()
        .map(|n| NoteLine {
            author: if n.author_id == user.id { you.clone() } else { partner.clone() },
            when: when(n.created_at),
            window: n
                .window
                .map(|(f, u)| ctx.t_with("transparency-window", &[("from", &when(f)), ("until", &when(u))])),
            proactive: !n.answered_request,
            text: n.text.clone(),
        })
        .collect();
    page.has_partner = true;
    page.partner = partner;
    Ok(page)
}

/// When this member asked in the last day, answered or not.
async fn requests_in_last_day(state: &AppState, space: &Space, user: &SessionUser, now: i64) -> AppResult<Vec<i64>> {
    Ok(store::my_requests_since(&state.db, &space.id, &user.id, now - DAY).await?)
}

fn blank() -> (NoteForm, LimitForm, FormErrors) {
    (NoteForm::default(), LimitForm::default(), FormErrors::default())
}

pub async fn page(State(state): State<AppState>, ctx: RequestCtx, p: Participant) -> AppResult<Response> {
    render(&transparency_page(&state, &ctx, &p.user, blank()).await?)
}

async fn space_of(state: &AppState, user: &SessionUser) -> AppResult<Space> {
    couple_space(state, user).await?.ok_or(AppError::NotFound)
}

pub async fn add_note(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, .. }: Participant,
    Form(form): Form<NoteForm>,
) -> AppResult<Response> {
    let space = space_of(&state, &user).await?;
    let mut errors = FormErrors::default();
    let text = errors.take("text", parse_text(&form.text, NOTE_MAX));
    let from = local_time(&form.from, &user.time_zone);
    let until = local_time(&form.until, &user.time_zone);
    let window = match (from, until) {
        (Ok(f), Ok(u)) => errors.take("from", check_window(f, u)),
        _ => {
            errors.add("from", "Give the times as a date and a time, or leave both empty.");
            None
        }
    };
    let (Some(text), Some(window)) = (text, window) else {
        return render_invalid(&transparency_page(&state, &ctx, &user, (form, LimitForm::default(), errors)).await?);
    };
    let answered =
        store::add_note(&state.db, &state.crypto, &space.id, &user.id, &text, window, state.clock.now_ms()).await?;
    let msg = ctx.t(if answered { "transparency-shared-answer" } else { "transparency-shared-proactive" });
    Ok(redirect_with(state.config.is_https(), PAGE, FlashKind::Success, &msg))
}

pub async fn request(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, .. }: Participant,
) -> AppResult<Response> {
    let space = space_of(&state, &user).await?;
    let now = state.clock.now_ms();
    if let Err(r) = store::request_checkin(&state.db, &space.id, &user.id, now).await? {
        let partner = space.partner_of(&user.id).map(|m| m.display_name.clone()).unwrap_or_default();
        return Err(AppError::Conflict(refusal_text(&ctx, &r, &partner, now)));
    }
    Ok(redirect_with(state.config.is_https(), PAGE, FlashKind::Success, &ctx.t("transparency-requested")))
}

pub async fn pause(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, .. }: Participant,
) -> AppResult<Response> {
    let space = space_of(&state, &user).await?;
    let now = state.clock.now_ms();
    let rules = store::rules(&state.db, &space.id).await?;
    let msg = match rules.paused_by {
        None => {
            store::pause_requests(&state.db, &space.id, &user.id, now).await?;
            "transparency-paused-now"
        }
        Some(by) if by == user.id => {
            store::resume_requests(&state.db, &space.id, &user.id, now).await?;
            "transparency-resumed"
        }
        Some(_) => {
            return Err(AppError::Conflict("Your partner paused check-in requests; only they can resume them.".into()));
        }
    };
    Ok(redirect_with(state.config.is_https(), PAGE, FlashKind::Success, &ctx.t(msg)))
}

pub async fn propose_limit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, .. }: Participant,
    Form(form): Form<LimitForm>,
) -> AppResult<Response> {
    let space = space_of(&state, &user).await?;
    let mut errors = FormErrors::default();
    let Some(limit) = errors.take("limit", parse_limit(&form.limit)) else {
        return render_invalid(&transparency_page(&state, &ctx, &user, (NoteForm::default(), form, errors)).await?);
    };
    store::propose_limit(&state.db, &space.id, &user.id, limit, state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), PAGE, FlashKind::Success, &ctx.t("transparency-proposed")))
}

pub async fn accept_limit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, .. }: Participant,
) -> AppResult<Response> {
    let space = space_of(&state, &user).await?;
    if !store::accept_limit(&state.db, &space.id, &user.id, state.clock.now_ms()).await? {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with(state.config.is_https(), PAGE, FlashKind::Success, &ctx.t("transparency-agreed")))
}
