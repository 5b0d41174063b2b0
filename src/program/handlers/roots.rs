//! Step 5, the root cause: guided reflections and named needs. A shared need becomes a
//! commitment or a talk topic in one action.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::{Participant, couple_space};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::journal::model::Visibility;
use crate::pages::format_time_in;
use crate::program::model::parse_text;
use crate::program::store::{self, NewWritten, Written};
use crate::program::views::{PromptBox, ReflectionEditPage, RootsPage, WrittenForm, WrittenLine};
use crate::web::{CurrentUser, FlashKind, RequestCtx, redirect_with, render, render_invalid};

/// The guided prompts, in our own words, by key (stored with each reflection). Each one's
/// title and question are the messages `roots-prompt-<key>-title` and `-question`.
const PROMPTS: [&str; 4] = ["avoidance", "unsaid", "stress", "open"];

fn prompt_text(ctx: &RequestCtx, key: &str, part: &str) -> String {
    ctx.t(&format!("roots-prompt-{key}-{part}"))
}

/// A reflection (`is_need` false) or a need, with its byline in the reader's language.
fn line(w: &Written, user: &SessionUser, ctx: &RequestCtx, is_need: bool) -> WrittenLine {
    let mine = w.author_id == user.id;
    let shared = w.visibility == Visibility::Shared;
    let when = format_time_in(ctx.lang, w.created_at, &user.time_zone);
    let byline_key = match (is_need, mine, shared) {
        (false, true, true) => "roots-by-you-shared",
        (false, true, false) => "roots-by-you-private",
        (false, false, _) => "roots-shared-by",
        (true, true, true) => "roots-need-by-you-shared",
        (true, true, false) => "roots-need-by-you-private",
        (true, false, _) => "roots-need-by",
    };
    WrittenLine {
        id: w.id.clone(),
        text: w.text.clone(),
        mine,
        shared,
        byline: ctx.t_with(byline_key, &[("name", &w.author_name), ("when", &when)]),
        // The need's id, never its words: a URL ends up in browser history on a shared device.
        commit_href: format!("/program/actions?need={}#new-h", w.id),
    }
}

async fn roots_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    edited: Option<(WrittenForm, String)>,
) -> AppResult<RootsPage> {
    let reflections = store::readable(&state.db, &state.crypto, &user.id, true).await?;
    let needs = store::readable(&state.db, &state.crypto, &user.id, false).await?;
    let (mut need_form, mut need_error) = (WrittenForm::default(), None);
    let mut prompts: Vec<PromptBox> = PROMPTS
        .iter()
        .map(|key| PromptBox {
            key,
            title: prompt_text(ctx, key, "title"),
            question: prompt_text(ctx, key, "question"),
            form: WrittenForm { prompt: key.to_string(), ..Default::default() },
            error: None,
            answers: reflections
                .iter()
                .filter(|r| r.prompt.as_deref() == Some(*key))
                .map(|r| line(r, user, ctx, false))
                .collect(),
        })
        .collect();
    if let Some((form, error)) = edited {
        match prompts.iter_mut().find(|p| p.key == form.prompt) {
            Some(p) => {
                p.form = form;
                p.error = Some(error);
            }
            None => {
                need_form = form;
                need_error = Some(error);
            }
        }
    }
    Ok(RootsPage {
        l: ctx.layout_t("roots-title"),
        has_partner: couple_space(state, user).await?.is_some(),
        prompts,
        needs: needs.iter().map(|n| line(n, user, ctx, true)).collect(),
        need_form,
        need_error,
    })
}

pub async fn page(State(state): State<AppState>, ctx: RequestCtx, p: Participant) -> AppResult<Response> {
    render(&roots_page(&state, &ctx, &p.user, None).await?)
}

/// Saves a reflection (the form names its prompt) or a need (no prompt).
async fn save(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    form: WrittenForm,
    is_need: bool,
) -> AppResult<Response> {
    let prompt = if is_need {
        None
    } else {
        Some(PROMPTS.iter().find(|k| **k == form.prompt).copied().ok_or(AppError::NotFound)?)
    };
    let space = couple_space(state, user).await?;
    let mut visibility = Visibility::parse(&form.visibility);
    let problem = match parse_text(&form.text, 5_000) {
        Err(e) => Some(e),
        Ok(_) if visibility == Visibility::Shared && space.is_none() => {
            visibility = Visibility::Private;
            Some("There is no partner in your space to share with yet, so this stays private.".to_string())
        }
        Ok(_) => None,
    };
    if let Some(problem) = problem {
        return render_invalid(&roots_page(state, ctx, user, Some((form, problem))).await?);
    }
    let space_id = space.as_ref().filter(|_| visibility == Visibility::Shared).map(|s| s.id.as_str());
    let text = form.text.replace("\r\n", "\n");
    let new = NewWritten { prompt, text: &text, visibility, space_id };
    store::add_written(&state.db, &state.crypto, &user.id, &new, state.clock.now_ms()).await?;
    let msg = ctx.t(match (is_need, visibility) {
        (true, Visibility::Shared) => "roots-need-shared",
        (true, Visibility::Private) => "roots-need-private",
        (false, Visibility::Shared) => "roots-reflection-shared",
        (false, Visibility::Private) => "roots-reflection-private",
    });
    Ok(redirect_with(state.config.is_https(), "/program/roots", FlashKind::Success, &msg))
}

pub async fn reflect(
    State(state): State<AppState>,
    ctx: RequestCtx,
    p: Participant,
    Form(form): Form<WrittenForm>,
) -> AppResult<Response> {
    save(&state, &ctx, &p.user, form, false).await
}

pub async fn need(
    State(state): State<AppState>,
    ctx: RequestCtx,
    p: Participant,
    Form(form): Form<WrittenForm>,
) -> AppResult<Response> {
    save(&state, &ctx, &p.user, form, true).await
}

/// Puts a need the member can read on the agenda of the next talk.
pub async fn need_to_talk(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let space = couple_space(&state, &user).await?.ok_or(AppError::NotFound)?;
    let needs = store::readable(&state.db, &state.crypto, &user.id, false).await?;
    let need = needs
        .iter()
        .find(|n| n.id == id && (n.author_id == user.id || n.visibility == Visibility::Shared))
        .ok_or(AppError::NotFound)?;
    // The need keeps its author's name, whoever adds it: the agenda line says who added it.
    // The line is stored as written, in the language of whoever adds it.
    let topic = ctx.t_with("roots-need-topic", &[("name", &need.author_name), ("text", &need.text)]);
    store::add_question(&state.db, &state.crypto, &space.id, &user.id, &topic, state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), "/program/talks", FlashKind::Success, &ctx.t("roots-need-added")))
}

/// The author's reflection, or not found (another member's, even a shared one, is a 404).
async fn own(state: &AppState, user: &SessionUser, id: &str) -> AppResult<Written> {
    store::own_reflection(&state.db, &state.crypto, &user.id, id).await?.ok_or(AppError::NotFound)
}

async fn edit_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    w: &Written,
    form: WrittenForm,
    error: Option<String>,
) -> AppResult<ReflectionEditPage> {
    Ok(ReflectionEditPage {
        l: ctx.layout_t("roots-edit-title"),
        id: w.id.clone(),
        question: PROMPTS
            .iter()
            .find(|k| Some(**k) == w.prompt.as_deref())
            .map_or_else(String::new, |k| prompt_text(ctx, k, "question")),
        has_partner: couple_space(state, user).await?.is_some(),
        form,
        error,
    })
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    p: Participant,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let w = own(&state, &p.user, &id).await?;
    let form = WrittenForm {
        prompt: w.prompt.clone().unwrap_or_default(),
        text: w.text.clone(),
        visibility: w.visibility.as_str().to_string(),
    };
    render(&edit_page(&state, &ctx, &p.user, &w, form, None).await?)
}

/// The author changes a reflection's words or who sees it, at any time after writing it.
pub async fn update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    p: Participant,
    Path(id): Path<String>,
    Form(form): Form<WrittenForm>,
) -> AppResult<Response> {
    let w = own(&state, &p.user, &id).await?;
    let space = couple_space(&state, &p.user).await?;
    let visibility = Visibility::parse(&form.visibility);
    let problem = match parse_text(&form.text, 5_000) {
        Err(e) => Some(e),
        Ok(_) if visibility == Visibility::Shared && space.is_none() => {
            Some("There is no partner in your space to share with, so it can only stay private.".to_string())
        }
        Ok(_) => None,
    };
    if let Some(problem) = problem {
        return render_invalid(&edit_page(&state, &ctx, &p.user, &w, form, Some(problem)).await?);
    }
    let space_id = space.as_ref().filter(|_| visibility == Visibility::Shared).map(|s| s.id.as_str());
    let text = form.text.replace("\r\n", "\n");
    let now = state.clock.now_ms();
    if !store::update_reflection(&state.db, &state.crypto, &p.user.id, &id, (&text, visibility, space_id), now).await? {
        return Err(AppError::NotFound);
    }
    let msg = ctx.t(match visibility {
        Visibility::Shared => "roots-saved-shared",
        Visibility::Private => "roots-saved-private",
    });
    Ok(redirect_with(state.config.is_https(), "/program/roots", FlashKind::Success, &msg))
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: RequestCtx,
    p: Participant,
    Path(id): Path<String>,
) -> AppResult<Response> {
    if !store::delete_reflection(&state.db, &p.user.id, &id).await? {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with(state.config.is_https(), "/program/roots", FlashKind::Success, &ctx.t("roots-deleted")))
}
