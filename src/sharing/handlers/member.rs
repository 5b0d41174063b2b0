//! The member's side: what they share with each counsellor, the log of every look, and
//! marking a counsellor's exercise done.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::{agreed_account, own_reflections};
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::sharing::store;
use crate::sharing::views::{ShareOption, SharingCard, SharingPage, read_log};
use crate::web::{CurrentUser, FlashKind, RequestCtx, redirect_with, render};

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
                label: ctx.t("clients-share-checkins"),
                checked: on("checkins", ""),
            },
            ShareOption {
                value: "questionnaire".into(),
                label: ctx.t("clients-share-questionnaire"),
                checked: on("questionnaire", ""),
            },
            ShareOption {
                value: "feedback".into(),
                label: ctx.t("clients-share-feedback"),
                checked: on("feedback", ""),
            },
        ];
        if has_account {
            options.push(ShareOption {
                value: "account".into(),
                label: ctx.t("clients-share-account"),
                checked: on("account", ""),
            });
        }
        for (rid, text) in &reflections {
            let short: String = text.chars().take(80).collect();
            options.push(ShareOption {
                value: format!("reflection:{rid}"),
                label: ctx.t_with(
                    "clients-share-reflection",
                    &[("text", &format!("{short}{}", if text.chars().count() > 80 { "…" } else { "" }))],
                ),
                checked: on("reflection", rid),
            });
        }
        counsellors.push(SharingCard { id, name, options });
    }
    let log = read_log(&ctx, store::reads(&state.db, &u.id).await?, &u.time_zone);
    render(&SharingPage { l: ctx.layout_t("clients-sharing-title"), counsellors, log })
}

pub async fn save(
    State(state): State<AppState>,
    ctx: RequestCtx,
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
            None if v == "checkins" || v == "questionnaire" || v == "feedback" || (v == "account" && has_account) => {
                (v.as_str(), "")
            }
            _ => continue,
        };
        let item = (item.0.to_string(), item.1.to_string());
        if !wanted.contains(&item) {
            wanted.push(item);
        }
    }
    store::set_shares(&state.db, &u.id, &counsellor_id, &wanted, state.clock.now_ms()).await?;
    let msg = ctx.t_with("clients-sharing-saved", &[("name", name)]);
    Ok(redirect_with(state.config.is_https(), "/sharing", FlashKind::Success, &msg))
}

/// The client marks an exercise done.
pub async fn done(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(u): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    // One's own exercise, or one's own part of the couple's.
    if !store::exercise_done(&state.db, &u.id, &id, now).await?
        && !store::couple_exercise_done(&state.db, &u.id, &id, now).await?
    {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with(state.config.is_https(), "/program", FlashKind::Success, &ctx.t("clients-exercise-marked")))
}
