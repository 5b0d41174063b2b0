//! The program's pages: where you stand, the journey, and one file per step.

pub mod acknowledge;
pub mod actions;
mod journey;
pub mod questionnaires;
pub mod roots;
pub mod support;
pub mod talks;
pub(crate) mod time;
pub mod transparency;

pub use journey::journey;

use axum::Form;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::response::Response;

use super::model::Perspective;
use super::store;
use super::views::{StartForm, StartPage};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::spaces::store::{Space, active_space};
use crate::web::{CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

/// A member who has said where they stand; anyone else is sent to choose first.
pub struct Participant {
    pub user: SessionUser,
    pub perspective: Perspective,
    pub started_at: i64,
}

impl FromRequestParts<AppState> for Participant {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let CurrentUser(user) = CurrentUser::from_request_parts(parts, state).await?;
        match store::perspective(&state.db, &user.id).await? {
            Some((perspective, started_at)) => {
                // Anything a member sends counts as taking part, for the quiet-partner nudge.
                if parts.method != axum::http::Method::GET {
                    store::touch_activity(&state.db, &user.id, state.clock.now_ms()).await?;
                }
                Ok(Participant { user, perspective, started_at })
            }
            None => Err(AppError::SeeOther("/program/start")),
        }
    }
}

/// The member's space, when a partner is in it too.
pub(super) async fn couple_space(state: &AppState, user: &SessionUser) -> AppResult<Option<Space>> {
    Ok(active_space(&state.db, &user.id).await?.filter(|s| s.partner_of(&user.id).is_some()))
}

pub async fn start_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let current = store::perspective(&state.db, &user.id).await?.map(|(p, _)| p);
    render(&StartPage { l: ctx.layout_t("start-title"), current, errors: FormErrors::default() })
}

pub async fn start(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Form(form): Form<StartForm>,
) -> AppResult<Response> {
    let Some(p) = Perspective::parse(&form.perspective) else {
        let mut errors = FormErrors::default();
        errors.add("perspective", "Choose the sentence that fits best. You can change it later.");
        return render_invalid(&StartPage { l: ctx.layout_t("start-title"), current: None, errors });
    };
    store::set_perspective(&state.db, &user.id, p, state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), "/program", FlashKind::Success, &ctx.t("start-ready")))
}
