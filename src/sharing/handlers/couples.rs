//! A couple as one client: both partners side by side (each one's sharing is their own), the
//! agreed account when both share it, the couple's sessions, the counsellor's notes about the
//! couple, and exercises for the couple or for one partner.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::{agreed_account, log_visit, shared_by};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::bookings::views::BookingLine;
use crate::error::{AppError, AppResult};
use crate::pages::format_time;
use crate::program::model::parse_text;
use crate::sharing::model::CoupleClient;
use crate::sharing::store;
use crate::sharing::views::{CoupleExerciseForm, CoupleExerciseLine, CouplePage, NoteForm};
use crate::web::{Counsellor, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

/// The couple, when a couple booking links them to this counsellor; else not found.
async fn couple(state: &AppState, c: &SessionUser, space_id: &str) -> AppResult<CoupleClient> {
    store::couple_client(&state.db, &c.id, space_id).await?.ok_or(AppError::NotFound)
}

async fn couple_page(
    state: &AppState,
    ctx: &RequestCtx,
    c: &SessionUser,
    couple: &CoupleClient,
    forms: (NoteForm, CoupleExerciseForm),
    errors: FormErrors,
) -> AppResult<CouplePage> {
    let now = state.clock.now_ms();
    let tz = &c.time_zone;
    let mut partners = vec![];
    let mut visits = vec![];
    for (p, chart) in couple.partners.iter().zip(["first-partner", "second-partner"]) {
        let (shared, read) = shared_by(state, &c.id, tz, &p.id, &p.name, chart).await?;
        partners.push(shared);
        visits.push((p.id.clone(), read));
    }
    // Each partner's flags weigh their ratings against the other's (when both share them).
    let mut sharing: Vec<(&str, &mut crate::feedback::views::Summary)> = partners
        .iter_mut()
        .filter_map(|s| {
            let crate::sharing::views::Shared { name, feedback, .. } = s;
            feedback.as_mut().map(|f| (name.as_str(), f))
        })
        .collect();
    crate::feedback::views::flag_together(&mut sharing);
    // The couple's partners are the space's current members: the account shows when each of
    // them shares it, as read just now.
    let account = match couple.partners.first() {
        Some(p) if partners.iter().all(|s| s.shares_account) => agreed_account(state, &p.id).await?,
        _ => None,
    };
    if account.is_some() {
        visits.iter_mut().for_each(|(_, read)| read.push("account"));
    }
    let waiting: Vec<String> = partners.iter().filter(|s| !s.shares_account).map(|s| s.name.clone()).collect();
    let account_waits = (account.is_none() && partners.iter().any(|s| s.shares_account))
        .then(|| format!("The agreed account shows once both of them share it; {} has not.", waiting.join(" and ")));
    let name_of =
        |id: &str| couple.partners.iter().find(|p| p.id == id).map_or("A former partner", |p| p.name.as_str());
    let mut exercises: Vec<CoupleExerciseLine> =
        store::couple_exercises(&state.db, &state.crypto, &couple.space_id, Some(&c.id))
            .await?
            .into_iter()
            .map(|e| CoupleExerciseLine {
                at: e.created_at,
                when: format_time(e.created_at, tz),
                done: couple
                    .partners
                    .iter()
                    .map(|p| format!("{}: {}", p.name, if e.done_by(&p.id) { "done" } else { "not yet" }))
                    .collect::<Vec<_>>()
                    .join(" · "),
                text: e.text,
            })
            .collect();
    // Exercises given to one partner alone show here too, saying whose they are.
    for p in &couple.partners {
        for e in store::exercises(&state.db, &state.crypto, &p.id, Some(&c.id)).await? {
            exercises.push(CoupleExerciseLine {
                at: e.created_at,
                when: format_time(e.created_at, tz),
                done: format!("For {} alone: {}", p.name, if e.done_at.is_some() { "done" } else { "not yet" }),
                text: e.text,
            });
        }
    }
    exercises.sort_by_key(|e| std::cmp::Reverse(e.at));
    let mut safety_alerts = vec![];
    for p in &couple.partners {
        for t in crate::safety::store::alerts_for(&state.db, &c.id, &p.id).await? {
            safety_alerts.push((name_of(&p.id).to_string(), format_time(t, tz)));
        }
    }
    let (form, exercise_form) = forms;
    let page = CouplePage {
        l: ctx.layout(format!("Couple: {}", couple.names())),
        space_id: couple.space_id.clone(),
        names: couple.names(),
        people: couple.partners.clone(),
        partners,
        account,
        account_waits,
        sessions: crate::bookings::store::couple_sessions(&state.db, &c.id, &couple.space_id)
            .await?
            .iter()
            .map(|b| BookingLine::of(b, c, now, ctx.lang))
            .collect(),
        notes: store::couple_notes(&state.db, &state.crypto, &c.id, &couple.space_id)
            .await?
            .into_iter()
            .map(|(text, at)| (format_time(at, tz), text))
            .collect(),
        exercises,
        form,
        exercise_form,
        safety_alerts,
        errors,
    };
    // Each partner's log shows this visit, naming what of theirs was read.
    for (id, read) in &visits {
        log_visit(state, id, &c.id, read).await?;
    }
    Ok(page)
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(c): Counsellor,
    Path(space_id): Path<String>,
) -> AppResult<Response> {
    let couple = couple(&state, &c, &space_id).await?;
    // The page opens the counsellor's notes: a fresh proof of who is at the device.
    crate::accounts::require_recent_auth(&c, state.clock.now_ms(), &format!("/practice/couples/{space_id}"))?;
    let forms = (NoteForm::default(), CoupleExerciseForm::default());
    render(&couple_page(&state, &ctx, &c, &couple, forms, FormErrors::default()).await?)
}

pub async fn add_note(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(c): Counsellor,
    Path(space_id): Path<String>,
    Form(form): Form<NoteForm>,
) -> AppResult<Response> {
    let couple = couple(&state, &c, &space_id).await?;
    let text = match parse_text(&form.text, 20_000) {
        Ok(t) => t,
        Err(e) => {
            let mut errors = FormErrors::default();
            errors.add("text", e);
            let forms = (form, CoupleExerciseForm::default());
            return render_invalid(&couple_page(&state, &ctx, &c, &couple, forms, errors).await?);
        }
    };
    store::add_couple_note(&state.db, &state.crypto, &c.id, &space_id, &text, state.clock.now_ms()).await?;
    let to = format!("/practice/couples/{space_id}#notes-h");
    Ok(redirect_with(state.config.is_https(), &to, FlashKind::Success, "Note saved. Only you can read it."))
}

/// An exercise for both partners (each marks their own part), or for one of them alone.
pub async fn assign(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(c): Counsellor,
    Path(space_id): Path<String>,
    Form(form): Form<CoupleExerciseForm>,
) -> AppResult<Response> {
    let couple = couple(&state, &c, &space_id).await?;
    let mut errors = FormErrors::default();
    let text = errors.take("exercise", parse_text(&form.text, 2_000));
    let for_one = couple.partners.iter().find(|p| p.id == form.for_whom);
    if form.for_whom != "couple" && for_one.is_none() {
        errors.add("for_whom", "Choose who the exercise is for: both of them, or one of them.");
    }
    let Some(text) = text.filter(|_| errors.is_empty()) else {
        let forms = (NoteForm::default(), form);
        return render_invalid(&couple_page(&state, &ctx, &c, &couple, forms, errors).await?);
    };
    let now = state.clock.now_ms();
    let msg = match for_one {
        Some(p) => {
            store::assign_exercise(&state.db, &state.crypto, &c.id, &p.id, &text, now).await?;
            format!("Assigned to {} alone. It appears in their program only.", p.name)
        }
        None => {
            store::assign_couple_exercise(&state.db, &state.crypto, &c.id, &space_id, &text, now).await?;
            "Assigned to both. Each of them sees it in their program and marks their own part.".to_string()
        }
    };
    let to = format!("/practice/couples/{space_id}#exercises-h");
    Ok(redirect_with(state.config.is_https(), &to, FlashKind::Success, &msg))
}
