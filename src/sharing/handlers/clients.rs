//! The counsellor's side for individual clients: the client list (couples as one row,
//! individuals as their own), a client's page with what they share, private notes and
//! exercises.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::{joint_account, log_visit, shared_by};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::pages::format_time_in;
use crate::program::model::parse_text;
use crate::sharing::store;
use crate::sharing::views::{ClientPage, ClientsPage, CoupleLine, NoteForm};
use crate::web::{Counsellor, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

pub async fn clients(State(state): State<AppState>, ctx: RequestCtx, Counsellor(c): Counsellor) -> AppResult<Response> {
    let couples = store::couple_clients(&state.db, &c.id)
        .await?
        .into_iter()
        .map(|cc| CoupleLine { names: cc.names(), space_id: cc.space_id })
        .collect();
    let individuals = store::individual_clients(&state.db, &c.id).await?;
    render(&ClientsPage { l: ctx.layout_t("clients-title"), couples, individuals })
}

async fn client_page(
    state: &AppState,
    ctx: &RequestCtx,
    c: &SessionUser,
    client_id: &str,
    form: NoteForm,
    errors: FormErrors,
) -> AppResult<ClientPage> {
    // Only a client (someone a booking links to this counsellor) has a name here.
    let name = store::my_clients(&state.db, &c.id)
        .await?
        .into_iter()
        .find(|(id, _)| id == client_id)
        .map(|(_, n)| n)
        .ok_or(AppError::NotFound)?;
    let (mut shared, mut read) = shared_by(state, ctx, &c.id, &c.time_zone, client_id, &name, "client").await?;
    if let Some(f) = shared.feedback.as_mut() {
        f.flag((&ctx.locales, ctx.lang), &name, None);
    }
    let account = joint_account(state, &c.id, client_id).await?;
    if account.is_some() {
        read.push("account");
    }
    let couple = match store::couple_of(&state.db, &c.id, client_id).await? {
        Some(space_id) => store::couple_client(&state.db, &c.id, &space_id)
            .await?
            .map(|cc| CoupleLine { names: cc.names(), space_id: cc.space_id }),
        None => None,
    };
    let page = ClientPage {
        l: ctx.layout(ctx.t_with("clients-client-title", &[("name", &name)])),
        client_id: client_id.to_string(),
        name: name.clone(),
        account_waits: shared.shares_account && account.is_none(),
        shared,
        account,
        couple,
        exercises: store::exercises(&state.db, &state.crypto, client_id, Some(&c.id))
            .await?
            .into_iter()
            .map(|e| (format_time_in(ctx.lang, e.created_at, &c.time_zone), e.text, e.done_at.is_some()))
            .collect(),
        notes: store::notes(&state.db, &state.crypto, &c.id, client_id)
            .await?
            .into_iter()
            .map(|(text, at)| (format_time_in(ctx.lang, at, &c.time_zone), text))
            .collect(),
        form,
        exercise_form: NoteForm::default(),
        safety_alerts: crate::safety::store::alerts_for(&state.db, &c.id, client_id)
            .await?
            .into_iter()
            .map(|t| format_time_in(ctx.lang, t, &c.time_zone))
            .collect(),
        errors,
    };
    // Each kind was read only because it is shared now; the visit is logged for the client.
    log_visit(state, client_id, &c.id, &read).await?;
    Ok(page)
}

pub async fn client(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(c): Counsellor,
    Path(client_id): Path<String>,
) -> AppResult<Response> {
    // The page opens the counsellor's session notes: a fresh proof of who is at the device.
    if !store::is_client(&state.db, &c.id, &client_id).await? {
        return Err(AppError::NotFound);
    }
    crate::accounts::require_recent_auth(&c, state.clock.now_ms(), &format!("/practice/clients/{client_id}"))?;
    render(&client_page(&state, &ctx, &c, &client_id, NoteForm::default(), FormErrors::default()).await?)
}

/// What a counsellor writes about a client: a private note, or an exercise for them.
#[derive(Clone, Copy)]
enum Writing {
    Note,
    Exercise,
}

async fn write_for_client(
    state: &AppState,
    ctx: &RequestCtx,
    c: &SessionUser,
    client_id: &str,
    form: NoteForm,
    what: Writing,
) -> AppResult<Response> {
    if !store::is_client(&state.db, &c.id, client_id).await? {
        return Err(AppError::NotFound);
    }
    let (max, field) = match what {
        Writing::Note => (20_000, "text"),
        Writing::Exercise => (2_000, "exercise"),
    };
    let text = match parse_text(&form.text, max) {
        Ok(t) => t,
        Err(e) => {
            let mut errors = FormErrors::default();
            errors.add(field, e);
            let page = client_page(state, ctx, c, client_id, NoteForm::default(), errors).await?;
            let page = match what {
                Writing::Note => ClientPage { form, ..page },
                Writing::Exercise => ClientPage { exercise_form: form, ..page },
            };
            return render_invalid(&page);
        }
    };
    let now = state.clock.now_ms();
    let (to, msg) = match what {
        // Filed with the couple's notes when the counsellor chooses so; else kept apart.
        Writing::Note if form.file == "couple" => {
            let space_id = store::couple_of(&state.db, &c.id, client_id).await?.ok_or(AppError::NotFound)?;
            store::add_couple_note(&state.db, &state.crypto, &c.id, &space_id, &text, now).await?;
            (format!("/practice/couples/{space_id}#notes-h"), "clients-note-saved-couple")
        }
        Writing::Note => {
            store::add_note(&state.db, &state.crypto, &c.id, client_id, &text, now).await?;
            (format!("/practice/clients/{client_id}#notes-h"), "clients-note-saved")
        }
        Writing::Exercise => {
            store::assign_exercise(&state.db, &state.crypto, &c.id, client_id, &text, now).await?;
            (format!("/practice/clients/{client_id}#exercises-h"), "clients-exercise-assigned")
        }
    };
    Ok(redirect_with(state.config.is_https(), &to, FlashKind::Success, &ctx.t(msg)))
}

pub async fn add_note(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(c): Counsellor,
    Path(client_id): Path<String>,
    Form(form): Form<NoteForm>,
) -> AppResult<Response> {
    write_for_client(&state, &ctx, &c, &client_id, form, Writing::Note).await
}

pub async fn assign(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(c): Counsellor,
    Path(client_id): Path<String>,
    Form(form): Form<NoteForm>,
) -> AppResult<Response> {
    write_for_client(&state, &ctx, &c, &client_id, form, Writing::Exercise).await
}
