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
use crate::pages::{format_time_in, join_list_with};
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
        let (shared, read) = shared_by(state, ctx, &c.id, tz, &p.id, &p.name, chart).await?;
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
    crate::feedback::views::flag_together((&ctx.locales, ctx.lang), &mut sharing);
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
        .then(|| ctx.t_with("clients-account-waits", &[("names", &join_list_with(&ctx.t("clients-and"), &waiting))]));
    let mut exercises: Vec<CoupleExerciseLine> =
        store::couple_exercises(&state.db, &state.crypto, &couple.space_id, Some(&c.id))
            .await?
            .into_iter()
            .map(|e| CoupleExerciseLine {
                at: e.created_at,
                when: format_time_in(ctx.lang, e.created_at, tz),
                done: couple
                    .partners
                    .iter()
                    .map(|p| {
                        let key = if e.done_by(&p.id) {
                            "clients-exercise-partner-done"
                        } else {
                            "clients-exercise-partner-not-yet"
                        };
                        ctx.t_with(key, &[("name", &p.name)])
                    })
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
                when: format_time_in(ctx.lang, e.created_at, tz),
                done: ctx.t_with(
                    if e.done_at.is_some() { "clients-exercise-alone-done" } else { "clients-exercise-alone-not-yet" },
                    &[("name", &p.name)],
                ),
                text: e.text,
            });
        }
    }
    exercises.sort_by_key(|e| std::cmp::Reverse(e.at));
    let mut safety_alerts = vec![];
    for p in &couple.partners {
        for t in crate::safety::store::alerts_for(&state.db, &c.id, &p.id).await? {
            safety_alerts.push((p.name.clone(), format_time_in(ctx.lang, t, tz)));
        }
    }
    let (form, exercise_form) = forms;
    let page = CouplePage {
        l: ctx.layout(ctx.t_with("clients-couple-title", &[("names", &couple.names())])),
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
            .map(|(text, at)| (format_time_in(ctx.lang, at, tz), text))
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
    Ok(redirect_with(state.config.is_https(), &to, FlashKind::Success, &ctx.t("clients-note-saved")))
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
            ctx.t_with("clients-assigned-alone", &[("name", &p.name)])
        }
        None => {
            store::assign_couple_exercise(&state.db, &state.crypto, &c.id, &space_id, &text, now).await?;
            ctx.t("clients-assigned-both")
        }
    };
    let to = format!("/practice/couples/{space_id}#exercises-h");
    Ok(redirect_with(state.config.is_https(), &to, FlashKind::Success, &msg))
}
