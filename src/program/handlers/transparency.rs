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
use crate::pages::format_time;
use crate::program::model::parse_text;
use crate::program::store::{self, Note};
use crate::program::transparency::{NOTE_MAX, Refusal, check_window, parse_limit, proactive_share, wait_text};
use crate::program::views::{LimitForm, NoteForm, NoteLine, TransparencyPage};
use crate::spaces::store::Space;
use crate::web::{FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

const PAGE: &str = "/program/transparency";

/// "4 of 5 notes were sent before being asked (80%)".
fn share_text(who: &str, notes: &[&Note], now: i64) -> String {
    let pairs: Vec<(i64, bool)> = notes.iter().map(|n| (n.created_at, n.answered_request)).collect();
    match proactive_share(&pairs, now, 30) {
        None => format!("{who}: no notes in the last 30 days."),
        Some(share) => {
            let proactive = pairs.iter().filter(|(_, a)| !a).count();
            format!(
                "{who}: {proactive} of {} {} sent without being asked ({share}% proactive).",
                pairs.len(),
                if pairs.len() == 1 { "note" } else { "notes" }
            )
        }
    }
}

fn refusal_text(r: &Refusal, partner: &str, now: i64) -> String {
    match r {
        Refusal::Paused { by_me: true } => "You paused check-in requests. Resume them to ask again.".into(),
        Refusal::Paused { by_me: false } => {
            format!("{partner} has paused check-in requests for now. Their notes still reach you when they write.")
        }
        Refusal::Limit { limit, next_at } => format!(
            "You've asked {limit} {} in the last 24 hours, the limit you both agreed. You can ask again {}.",
            if *limit == 1 { "time" } else { "times" },
            wait_text(*next_at, now)
        ),
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
        l: ctx.layout("Step 3: Keeping each other informed"),
        has_partner: false,
        partner: String::new(),
        note_form,
        limit_form,
        errors,
        asked_by_partner: vec![],
        my_open: 0,
        refusal: None,
        daily_limit: 0,
        paused_by_me: false,
        paused_by_partner: false,
        proposal: None,
        shares: vec![],
        notes: vec![],
    };
    let Some(space) = couple_space(state, user).await? else { return Ok(page) };
    let partner = space.partner_of(&user.id).map(|m| m.display_name.clone()).unwrap_or_default();
    let rules = store::rules(&state.db, &space.id).await?;
    let open = store::open_requests(&state.db, &space.id, now).await?;
    let mine_recent: Vec<i64> = open.iter().filter(|(r, _)| *r == user.id).map(|(_, t)| *t).collect();
    page.asked_by_partner =
        open.iter().filter(|(r, _)| *r != user.id).map(|(_, t)| format_time(*t, &user.time_zone)).collect();
    page.my_open = mine_recent.len();
    let asked_today = requests_in_last_day(state, &space, user, now).await?;
    page.refusal = crate::program::transparency::may_request(
        &asked_today,
        rules.daily_limit,
        rules.paused_by.as_ref().map(|p| *p == user.id),
        now,
    )
    .err()
    .map(|r| refusal_text(&r, &partner, now));
    page.daily_limit = rules.daily_limit;
    page.paused_by_me = rules.paused_by.as_deref() == Some(user.id.as_str());
    page.paused_by_partner = rules.paused_by.as_ref().is_some_and(|p| *p != user.id);
    page.proposal = rules.proposed.map(|(n, by)| (n, by == user.id));
    let notes = store::notes(&state.db, &state.crypto, &space.id, &user.id, now - 30 * DAY).await?;
    let (mine, theirs): (Vec<&Note>, Vec<&Note>) = notes.iter().partition(|n| n.author_id == user.id);
    page.shares = vec![share_text("You", &mine, now), share_text(&partner, &theirs, now)];
    page.notes = notes
        .iter()
        .map(|n| NoteLine {
            author: if n.author_id == user.id { "You".into() } else { partner.clone() },
            when: format_time(n.created_at, &user.time_zone),
            window: n
                .window
                .map(|(f, u)| format!("{} to {}", format_time(f, &user.time_zone), format_time(u, &user.time_zone))),
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
    let msg = if answered {
        "Shared. It answers the check-in your partner asked for."
    } else {
        "Shared, before being asked: that counts as proactive."
    };
    Ok(redirect_with(state.config.is_https(), PAGE, FlashKind::Success, msg))
}

pub async fn request(State(state): State<AppState>, Participant { user, .. }: Participant) -> AppResult<Response> {
    let space = space_of(&state, &user).await?;
    let now = state.clock.now_ms();
    if let Err(r) = store::request_checkin(&state.db, &space.id, &user.id, now).await? {
        let partner = space.partner_of(&user.id).map(|m| m.display_name.clone()).unwrap_or_default();
        return Err(AppError::Conflict(refusal_text(&r, &partner, now)));
    }
    Ok(redirect_with(
        state.config.is_https(),
        PAGE,
        FlashKind::Success,
        "Your partner will see that you asked for a check-in when they next open DilTalks.",
    ))
}

pub async fn pause(State(state): State<AppState>, Participant { user, .. }: Participant) -> AppResult<Response> {
    let space = space_of(&state, &user).await?;
    let now = state.clock.now_ms();
    let rules = store::rules(&state.db, &space.id).await?;
    let msg = match rules.paused_by {
        None => {
            store::pause_requests(&state.db, &space.id, &user.id, now).await?;
            "Check-in requests are paused. Either of you can still share notes."
        }
        Some(by) if by == user.id => {
            store::resume_requests(&state.db, &space.id, &user.id, now).await?;
            "Check-in requests are open again."
        }
        Some(_) => {
            return Err(AppError::Conflict("Your partner paused check-in requests; only they can resume them.".into()));
        }
    };
    Ok(redirect_with(state.config.is_https(), PAGE, FlashKind::Success, msg))
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
    Ok(redirect_with(
        state.config.is_https(),
        PAGE,
        FlashKind::Success,
        "Proposed. The new limit applies once your partner accepts it.",
    ))
}

pub async fn accept_limit(State(state): State<AppState>, Participant { user, .. }: Participant) -> AppResult<Response> {
    let space = space_of(&state, &user).await?;
    if !store::accept_limit(&state.db, &space.id, &user.id, state.clock.now_ms()).await? {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with(state.config.is_https(), PAGE, FlashKind::Success, "The new limit is agreed."))
}
