//! Guides for writers (counsellors and operators: drafts sent for review) and for the
//! operators who review them.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::article_page;
use crate::app::AppState;
use crate::articles::model::{self, check_draft, faq_text};
use crate::articles::store::{self, Article};
use crate::articles::views::{DraftForm, EditPage, Mine, ReturnForm, ReviewQueue, WritePage};
use crate::error::{AppError, AppResult};
use crate::web::{Admin, FlashKind, FormErrors, RequestCtx, Writer, redirect_with, render, render_invalid};

/// Where a guide stands, as a message key.
fn status_label(a: &Article) -> &'static str {
    match (a.status.as_str(), a.review_note.is_some()) {
        ("published", _) => "writing-status-published",
        ("review", _) => "writing-status-review",
        (_, true) => "writing-status-returned",
        _ => "writing-status-draft",
    }
}

fn mine(a: &Article) -> Mine {
    Mine {
        id: a.id.clone(),
        title: a.title.clone(),
        status: status_label(a),
        slug: a.slug.clone(),
        published: a.status == "published",
        note: a.review_note.clone(),
    }
}

pub async fn write(State(state): State<AppState>, ctx: RequestCtx, Writer(user): Writer) -> AppResult<Response> {
    let mine = store::by_author(&state.db, &user.id).await?.iter().map(mine).collect();
    render(&WritePage { l: ctx.layout_t("writing-title"), mine })
}

fn draft_form(a: &Article) -> DraftForm {
    DraftForm {
        title: a.title.clone(),
        summary: a.summary.clone(),
        tags: a.tags.join(", "),
        cta: a.cta.as_str().into(),
        faq: faq_text(&a.faq),
        body: a.body.clone(),
    }
}

pub async fn new_form(ctx: RequestCtx, Writer(_): Writer) -> AppResult<Response> {
    let form = DraftForm { cta: "program".into(), ..Default::default() };
    render(&EditPage {
        l: ctx.layout_t("writing-new-title"),
        id: None,
        form,
        errors: FormErrors::default(),
        note: None,
        conflict: None,
    })
}

fn checked(form: &DraftForm) -> Result<model::Draft, FormErrors> {
    check_draft(&form.title, &form.summary, &form.tags, &form.cta, &form.faq, &form.body).map_err(|problems| {
        let mut errors = FormErrors::default();
        for (field, msg) in problems {
            errors.add(field, msg);
        }
        errors
    })
}

pub async fn create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Writer(user): Writer,
    Form(form): Form<DraftForm>,
) -> AppResult<Response> {
    let draft = match checked(&form) {
        Ok(d) => d,
        Err(errors) => {
            return render_invalid(&EditPage {
                l: ctx.layout_t("writing-new-title"),
                id: None,
                form,
                errors,
                note: None,
                conflict: None,
            });
        }
    };
    let id = store::create_draft(&state.db, &user.id, &draft, state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), &format!("/write/{id}"), FlashKind::Success, &ctx.t("writing-saved")))
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Writer(user): Writer,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let a = store::own(&state.db, &user.id, &id).await?.ok_or(AppError::NotFound)?;
    if a.status != "draft" {
        return Ok(crate::web::redirect(&format!("/write/{id}/preview")));
    }
    let form = draft_form(&a);
    render(&EditPage {
        l: ctx.layout_t("writing-edit-title"),
        id: Some(id),
        form,
        errors: FormErrors::default(),
        note: a.review_note,
        conflict: None,
    })
}

pub async fn update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Writer(user): Writer,
    Path(id): Path<String>,
    Form(form): Form<DraftForm>,
) -> AppResult<Response> {
    let a = store::own(&state.db, &user.id, &id).await?.ok_or(AppError::NotFound)?;
    let draft = match checked(&form) {
        Ok(d) => d,
        Err(errors) => {
            let page = EditPage {
                l: ctx.layout_t("writing-edit-title"),
                id: Some(id),
                form,
                errors,
                note: a.review_note,
                conflict: None,
            };
            return render_invalid(&page);
        }
    };
    if !store::update_draft(&state.db, &user.id, &id, &draft, state.clock.now_ms()).await? {
        let conflict = Some(ctx.t("writing-conflict"));
        let page = EditPage {
            l: ctx.layout_t("writing-edit-title"),
            id: Some(id),
            form,
            errors: FormErrors::default(),
            note: None,
            conflict,
        };
        let mut res = render(&page)?;
        *res.status_mut() = axum::http::StatusCode::CONFLICT;
        return Ok(res);
    }
    Ok(redirect_with(state.config.is_https(), &format!("/write/{id}"), FlashKind::Success, &ctx.t("writing-saved")))
}

/// The author's own view of a guide as readers will see it.
pub async fn preview(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Writer(user): Writer,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let a = store::own(&state.db, &user.id, &id).await?.ok_or(AppError::NotFound)?;
    render(&article_page(&state, &ctx, a, false).await?)
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Writer(user): Writer,
    Path(id): Path<String>,
) -> AppResult<Response> {
    store::own(&state.db, &user.id, &id).await?.ok_or(AppError::NotFound)?;
    if !store::submit(&state.db, &user.id, &id, state.clock.now_ms()).await? {
        return Err(AppError::Conflict("This guide is already with the editors or published.".into()));
    }
    Ok(redirect_with(state.config.is_https(), "/write", FlashKind::Success, &ctx.t("writing-submitted")))
}

pub async fn review_queue(State(state): State<AppState>, ctx: RequestCtx, Admin(_): Admin) -> AppResult<Response> {
    let waiting = store::in_review(&state.db).await?.iter().map(mine).collect();
    render(&ReviewQueue { l: ctx.layout_t("writing-review-title"), waiting })
}

pub async fn review(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Admin(_): Admin,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let a = store::for_review(&state.db, &id).await?.ok_or(AppError::NotFound)?;
    render(&article_page(&state, &ctx, a, true).await?)
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Admin(admin): Admin,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    if !store::decide(&state.db, &id, true, None, now).await? {
        return Err(AppError::NotFound);
    }
    crate::audit::append(&state.db, &admin.id, "article-published", &id, now).await?;
    Ok(redirect_with(state.config.is_https(), "/admin/articles", FlashKind::Success, &ctx.t("writing-published")))
}

pub async fn send_back(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Admin(admin): Admin,
    Path(id): Path<String>,
    Form(form): Form<ReturnForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let note: String = form.note.trim().chars().take(2000).collect();
    // The operator's own words, or these in the operator's language.
    let note = if note.is_empty() { ctx.t("writing-default-note") } else { note };
    if !store::decide(&state.db, &id, false, Some(&note), now).await? {
        return Err(AppError::NotFound);
    }
    crate::audit::append(&state.db, &admin.id, "article-returned", &id, now).await?;
    Ok(redirect_with(state.config.is_https(), "/admin/articles", FlashKind::Success, &ctx.t("writing-returned")))
}
