//! The intake's HTTP glue: the counsellor's own questions, and each attending person's
//! private answers before the first session.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::model::{Answers, OWN_MAX, check_answers, parse_question};
use super::store;
use super::views::{IntakePage, QuestionForm, QuestionsPage, fields};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::bookings::model::Booking;
use crate::bookings::store::{attendees, visible_booking};
use crate::error::{AppError, AppResult};
use crate::pages::format_time_in;
use crate::web::{Counsellor, CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

async fn questions_page(
    state: &AppState,
    ctx: &RequestCtx,
    c: &SessionUser,
    form: QuestionForm,
    errors: FormErrors,
) -> AppResult<QuestionsPage> {
    let own = store::questions(&state.db, &c.id).await?;
    Ok(QuestionsPage {
        l: ctx.layout_t("intake-questions-title"),
        base: super::model::BASE.iter().map(|(_, q)| ctx.t(q)).collect(),
        full: own.len() >= OWN_MAX,
        own,
        form,
        errors,
    })
}

pub async fn questions(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(c): Counsellor,
) -> AppResult<Response> {
    render(&questions_page(&state, &ctx, &c, QuestionForm::default(), FormErrors::default()).await?)
}

pub async fn add_question(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(c): Counsellor,
    Form(form): Form<QuestionForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    if store::questions(&state.db, &c.id).await?.len() >= OWN_MAX {
        errors.add(
            "prompt",
            format!("The intake stays short: at most {OWN_MAX} questions of your own. Remove one first."),
        );
    }
    let parsed = match parse_question(&form.prompt, &form.kind, &form.choices) {
        Ok(p) => Some(p),
        Err((field, e)) => {
            errors.add(field, e);
            None
        }
    };
    let Some((kind, prompt, choices)) = parsed.filter(|_| errors.is_empty()) else {
        return render_invalid(&questions_page(&state, &ctx, &c, form, errors).await?);
    };
    store::add_question(&state.db, &c.id, (kind, &prompt, &choices), state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), "/practice/intake", FlashKind::Success, &ctx.t("intake-added")))
}

pub async fn remove_question(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(c): Counsellor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    if !store::remove_question(&state.db, &c.id, &id, state.clock.now_ms()).await? {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with(state.config.is_https(), "/practice/intake", FlashKind::Success, &ctx.t("intake-removed")))
}

/// A booking the viewer attends (not as its counsellor), or not found.
async fn attended(state: &AppState, user: &SessionUser, id: &str) -> AppResult<(Booking, Option<String>)> {
    let b = visible_booking(&state.db, id, &user.id).await?.ok_or(AppError::NotFound)?;
    let people = attendees(&state.db, &b.id).await?;
    if b.counsellor_id == user.id || !people.iter().any(|(a, _)| *a == user.id) {
        return Err(AppError::NotFound);
    }
    let partner = people.into_iter().find(|(a, _)| *a != user.id).map(|(_, n)| n);
    Ok((b, partner))
}

pub async fn form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (b, partner) = attended(&state, &user, &id).await?;
    let own = store::questions(&state.db, &b.counsellor_id).await?;
    let given = store::answers(&state.db, &state.crypto, &b.counsellor_id, &user.id).await?;
    render(&IntakePage {
        l: ctx.layout_t("intake-form-title"),
        booking_id: b.id.clone(),
        counsellor: b.counsellor_name.clone(),
        partner,
        fields: fields(&ctx, &own, given.as_ref().map(|(a, _)| a).unwrap_or(&Answers::new())),
        answered_at: given.map(|(_, at)| format_time_in(ctx.lang, at, &user.time_zone)),
    })
}

pub async fn answer(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (b, partner) = attended(&state, &user, &id).await?;
    let own = store::questions(&state.db, &b.counsellor_id).await?;
    let submitted: Answers = pairs.into_iter().collect();
    let (answers, problems) = check_answers(&own, &submitted);
    if !problems.is_empty() {
        // Everything typed is kept, the problems named beside their questions.
        let mut fields = fields(&ctx, &own, &submitted);
        for f in &mut fields {
            f.error = problems.iter().find(|(k, _)| *k == f.key).map(|(_, e)| e.clone());
        }
        return render_invalid(&IntakePage {
            l: ctx.layout_t("intake-form-title"),
            booking_id: b.id.clone(),
            counsellor: b.counsellor_name.clone(),
            partner,
            fields,
            answered_at: None,
        });
    }
    store::save_answers(&state.db, &state.crypto, &b.counsellor_id, &user.id, &answers, state.clock.now_ms()).await?;
    let msg = ctx.t_with("intake-saved", &[("name", &b.counsellor_name)]);
    Ok(redirect_with(state.config.is_https(), &format!("/bookings/{}", b.id), FlashKind::Success, &msg))
}
