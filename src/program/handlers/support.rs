//! Step 6, professional support: what a counsellor does and when to look for one, and the
//! individual track for lingering anxiety, with its private thought log.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::Participant;
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::pages::format_time_in;
use crate::program::model::parse_text;
use crate::program::store::{self, Thought};
use crate::program::views::{AnxietyPage, SupportPage, ThoughtForm, ThoughtLine};
use crate::web::{CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

const THOUGHT_MAX: usize = 1000;

pub async fn support(ctx: RequestCtx, CurrentUser(_): CurrentUser) -> AppResult<Response> {
    render(&SupportPage { l: ctx.layout_t("support-page-title") })
}

async fn anxiety_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    form: ThoughtForm,
    errors: FormErrors,
) -> AppResult<AnxietyPage> {
    let thoughts = store::own_thoughts(&state.db, &state.crypto, &user.id)
        .await?
        .into_iter()
        .map(|s| ThoughtLine {
            id: s.id,
            when: format_time_in(ctx.lang, s.written_at, &user.time_zone),
            thought: s.thought,
        })
        .collect();
    Ok(AnxietyPage { l: ctx.layout_t("anxiety-title"), form, errors, thoughts })
}

pub async fn anxiety(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, .. }: Participant,
) -> AppResult<Response> {
    render(&anxiety_page(&state, &ctx, &user, ThoughtForm::default(), FormErrors::default()).await?)
}

pub async fn add_thought(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, .. }: Participant,
    Form(form): Form<ThoughtForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let mut field = |name: &'static str, raw: &str, required: bool| -> String {
        if raw.trim().is_empty() {
            if required {
                errors.add(name, "Write down the worrying thought. The other boxes can stay empty.");
            }
            return String::new();
        }
        match parse_text(raw, THOUGHT_MAX) {
            Ok(t) => t,
            Err(e) => {
                errors.add(name, e);
                String::new()
            }
        }
    };
    let t = Thought {
        situation: field("situation", &form.situation, false),
        thought: field("thought", &form.thought, true),
        evidence: field("evidence", &form.evidence, false),
        reframe: field("reframe", &form.reframe, false),
    };
    if !errors.is_empty() {
        return render_invalid(&anxiety_page(&state, &ctx, &user, form, errors).await?);
    }
    store::add_thought(&state.db, &state.crypto, &user.id, &t, state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), "/program/anxiety#log-h", FlashKind::Success, &ctx.t("anxiety-saved")))
}

pub async fn delete_thought(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, .. }: Participant,
    Path(id): Path<String>,
) -> AppResult<Response> {
    if !store::delete_thought(&state.db, &user.id, &id).await? {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with(state.config.is_https(), "/program/anxiety#log-h", FlashKind::Success, &ctx.t("anxiety-deleted")))
}
