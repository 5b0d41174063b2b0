//! Sharing with a counsellor, from both sides: a member ticks what their counsellor may see
//! and sees every time it was looked at; a counsellor sees exactly what was shared (each view
//! logged) and keeps private notes.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::model::what_label;
use super::store;
use super::views::{ClientPage, ClientsPage, NoteForm, ShareOption, SharingCard, SharingPage, read_log};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::clock::DAY;
use crate::error::{AppError, AppResult};
use crate::pages::format_time;
use crate::program::model::parse_text;
use crate::program::store as program;
use crate::spaces::store::active_space;
use crate::web::{Counsellor, CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

const QUESTIONNAIRE: &str = "trust-monthly";

/// The newest version of the member's couple account that every member confirmed.
async fn agreed_account(state: &AppState, member_id: &str) -> AppResult<Option<String>> {
    let Some(space) = active_space(&state.db, member_id).await? else { return Ok(None) };
    let versions = program::versions(&state.db, &state.crypto, &space.id).await?;
    Ok(versions
        .into_iter()
        .rev()
        .find(|v| space.members.iter().all(|m| v.confirmed_by.contains(&m.user_id)) && space.members.len() > 1)
        .map(|v| v.text))
}

/// The member's own reflections, as (id, text).
async fn own_reflections(state: &AppState, member_id: &str) -> AppResult<Vec<(String, String)>> {
    Ok(program::readable(&state.db, &state.crypto, member_id, true)
        .await?
        .into_iter()
        .filter(|w| w.author_id == member_id)
        .map(|w| (w.id, w.text))
        .collect())
}

pub async fn page(State(state): State<AppState>, ctx: RequestCtx, CurrentUser(u): CurrentUser) -> AppResult<Response> {
    if u.is_counsellor() {
        return Err(AppError::NotFound);
    }
    let has_account = agreed_account(&state, &u.id).await?.is_some();
    let reflections = own_reflections(&state, &u.id).await?;
    let mut counsellors = vec![];
    for (id, name) in store::my_counsellors(&state.db, &u.id).await? {
        let live = store::shares(&state.db, &u.id, &id).await?;
        let on = |what: &str, item: &str| live.iter().any(|(w, i)| w == what && i == item);
        let mut options = vec![
            ShareOption {
                value: "checkins".into(),
                label: "My check-in numbers (never my notes)".into(),
                checked: on("checkins", ""),
            },
            ShareOption {
                value: "questionnaire".into(),
                label: "My questionnaire scores".into(),
                checked: on("questionnaire", ""),
            },
        ];
        if has_account {
            options.push(ShareOption {
                value: "account".into(),
                label: "Our agreed account of what happened".into(),
                checked: on("account", ""),
            });
        }
        for (rid, text) in &reflections {
            let short: String = text.chars().take(80).collect();
            options.push(ShareOption {
                value: format!("reflection:{rid}"),
                label: format!(
                    "My reflection: \u{201c}{short}{}\u{201d}",
                    if text.chars().count() > 80 { "…" } else { "" }
                ),
                checked: on("reflection", rid),
            });
        }
        counsellors.push(SharingCard { id, name, options });
    }
    let log = read_log(store::reads(&state.db, &u.id).await?, &u.time_zone);
    render(&SharingPage { l: ctx.layout("Sharing with your counsellor"), counsellors, log })
}

pub async fn save(
    State(state): State<AppState>,
    CurrentUser(u): CurrentUser,
    Path(counsellor_id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let counsellors = store::my_counsellors(&state.db, &u.id).await?;
    let Some((_, name)) = counsellors.iter().find(|(id, _)| *id == counsellor_id) else {
        return Err(AppError::NotFound);
    };
    let reflections = own_reflections(&state, &u.id).await?;
    let has_account = agreed_account(&state, &u.id).await?.is_some();
    let mut wanted: Vec<(String, String)> = vec![];
    for (k, v) in pairs.iter().filter(|(k, _)| k == "share") {
        let _ = k;
        let item = match v.split_once(':') {
            Some(("reflection", rid)) if reflections.iter().any(|(id, _)| id == rid) => ("reflection", rid),
            None if v == "checkins" || v == "questionnaire" || (v == "account" && has_account) => (v.as_str(), ""),
            _ => continue,
        };
        let item = (item.0.to_string(), item.1.to_string());
        if !wanted.contains(&item) {
            wanted.push(item);
        }
    }
    store::set_shares(&state.db, &u.id, &counsellor_id, &wanted, state.clock.now_ms()).await?;
    let msg = format!("Saved. {name} sees exactly what is ticked, from their next visit.");
    Ok(redirect_with(state.config.is_https(), "/sharing", FlashKind::Success, &msg))
}

pub async fn clients(State(state): State<AppState>, ctx: RequestCtx, Counsellor(c): Counsellor) -> AppResult<Response> {
    let clients = store::my_clients(&state.db, &c.id).await?;
    render(&ClientsPage { l: ctx.layout("Your clients"), clients })
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
    let now = state.clock.now_ms();
    let live = store::shares(&state.db, client_id, &c.id).await?;
    let mut page = ClientPage {
        l: ctx.layout(format!("Client: {name}")),
        client_id: client_id.to_string(),
        name: name.clone(),
        nothing_shared: live.is_empty(),
        trend: None,
        account: None,
        scores: vec![],
        reflections: vec![],
        exercises: store::exercises(&state.db, &state.crypto, client_id, Some(&c.id))
            .await?
            .into_iter()
            .map(|e| (format_time(e.created_at, &c.time_zone), e.text, e.done_at.is_some()))
            .collect(),
        notes: store::notes(&state.db, &state.crypto, &c.id, client_id)
            .await?
            .into_iter()
            .map(|(text, at)| (format_time(at, &c.time_zone), text))
            .collect(),
        form,
        exercise_form: NoteForm::default(),
        empty: vec![],
        safety_alerts: crate::safety::store::alerts_for(&state.db, &c.id, client_id)
            .await?
            .into_iter()
            .map(|t| format_time(t, &c.time_zone))
            .collect(),
        errors,
    };
    // Each kind is read only if it is shared now, and each read is logged for the client.
    let mut read = vec![];
    for (what, item) in &live {
        match what.as_str() {
            "checkins" => {
                let points = program::scores_since(&state.db, client_id, now - 365 * DAY).await?;
                page.trend = crate::program::checkin_trend("client", &format!("{name}'s"), &points, &c.time_zone);
            }
            "account" => page.account = agreed_account(state, client_id).await?,
            "questionnaire" => {
                let answered = program::own_answers(&state.db, &state.crypto, client_id, QUESTIONNAIRE, 0).await?;
                if let Some(last) = answered.last() {
                    page.scores = last
                        .def
                        .score(&last.answers)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|s| (s.name, s.out_of_100))
                        .collect();
                }
            }
            "reflection" => {
                if let Some((_, text)) = own_reflections(state, client_id).await?.into_iter().find(|(id, _)| id == item)
                {
                    page.reflections.push(text);
                }
            }
            _ => continue,
        }
        let nothing_yet = match what.as_str() {
            "checkins" => page.trend.is_none(),
            "account" => page.account.is_none(),
            "questionnaire" => page.scores.is_empty(),
            _ => false,
        };
        if nothing_yet {
            page.empty.push(what_label(what).trim_start_matches("your ").to_string());
        }
        if !read.contains(&what.as_str()) {
            read.push(what.as_str());
            store::log_read(&state.db, client_id, &c.id, what, now).await?;
        }
    }
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
        Writing::Note => {
            store::add_note(&state.db, &state.crypto, &c.id, client_id, &text, now).await?;
            (format!("/practice/clients/{client_id}#notes-h"), "Note saved. Only you can read it.")
        }
        Writing::Exercise => {
            store::assign_exercise(&state.db, &state.crypto, &c.id, client_id, &text, now).await?;
            (format!("/practice/clients/{client_id}#exercises-h"), "Assigned. It appears in their program.")
        }
    };
    Ok(redirect_with(state.config.is_https(), &to, FlashKind::Success, msg))
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

/// The client marks an exercise done.
pub async fn done(
    State(state): State<AppState>,
    CurrentUser(u): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    if !store::exercise_done(&state.db, &u.id, &id, state.clock.now_ms()).await? {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with(state.config.is_https(), "/program", FlashKind::Success, "Marked as done."))
}
