use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::model::{EntryText, Visibility};
use super::store::{self, EntryWrite};
use super::views::{EntryForm, EntryLine, FormPage, ListPage, ShowPage};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::spaces::store::active_space;
use crate::web::{CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

/// The space a shared entry goes to: the author's, if a partner is in it.
async fn partner_space(state: &AppState, user: &SessionUser) -> AppResult<Option<String>> {
    let space = active_space(&state.db, &user.id).await?;
    Ok(space.filter(|s| s.partner_of(&user.id).is_some()).map(|s| s.id))
}

pub async fn list(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let entries = store::list(&state.db, &state.crypto, &user.id).await?;
    let entries = entries.iter().map(|e| EntryLine::new(e, &user.id, &user.time_zone, ctx.lang)).collect();
    let has_partner = partner_space(&state, &user).await?.is_some();
    render(&ListPage { l: ctx.layout_t("journal-title"), entries, has_partner })
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let has_partner = partner_space(&state, &user).await?.is_some();
    render(&FormPage {
        l: ctx.layout_t("journal-new-title"),
        action: "/journal".into(),
        form: EntryForm::default(),
        errors: FormErrors::default(),
        has_partner,
        editing: false,
    })
}

/// Checks the form; on a problem answers the page to re-render with the text kept.
async fn checked(
    state: &AppState,
    user: &SessionUser,
    form: &EntryForm,
) -> AppResult<Result<(EntryText, Visibility, Option<String>), (FormErrors, bool)>> {
    let space = partner_space(state, user).await?;
    let mut errors = FormErrors::default();
    let text = errors.take("text", EntryText::parse(&form.text));
    let mut visibility = Visibility::parse(&form.visibility);
    if visibility == Visibility::Shared && space.is_none() {
        errors.add("visibility", "There is no partner in your space to share with yet, so this entry stays private.");
        visibility = Visibility::Private;
    }
    match text {
        Some(t) if errors.is_empty() => {
            let space = if visibility == Visibility::Shared { space } else { None };
            Ok(Ok((t, visibility, space)))
        }
        _ => Ok(Err((errors, space.is_some()))),
    }
}

pub async fn create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Form(form): Form<EntryForm>,
) -> AppResult<Response> {
    let (text, visibility, space) = match checked(&state, &user, &form).await? {
        Ok(v) => v,
        Err((errors, has_partner)) => {
            let l = ctx.layout_t("journal-new-title");
            return render_invalid(&FormPage {
                l,
                action: "/journal".into(),
                form,
                errors,
                has_partner,
                editing: false,
            });
        }
    };
    let now = state.clock.now_ms();
    let write = EntryWrite { text: text.as_str(), visibility, space_id: space.as_deref() };
    let id = store::create(&state.db, &state.crypto, &user.id, &write, now).await?;
    let msg = match visibility {
        Visibility::Private => ctx.t("journal-saved-private"),
        Visibility::Shared => ctx.t("journal-saved-shared"),
    };
    Ok(redirect_with(state.config.is_https(), &format!("/journal/{id}"), FlashKind::Success, &msg))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let e = store::get(&state.db, &state.crypto, &id, &user.id).await?.ok_or(AppError::NotFound)?;
    let paragraphs = e.text.split("\n\n").map(str::to_string).collect();
    let edited =
        (e.updated_at > e.created_at).then(|| crate::pages::format_time_in(ctx.lang, e.updated_at, &user.time_zone));
    let entry = EntryLine::new(&e, &user.id, &user.time_zone, ctx.lang);
    render(&ShowPage { l: ctx.layout_t("journal-entry-title"), entry, paragraphs, edited })
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let e = store::get(&state.db, &state.crypto, &id, &user.id).await?;
    let e = e.filter(|e| e.author_id == user.id).ok_or(AppError::NotFound)?;
    let has_partner = partner_space(&state, &user).await?.is_some();
    let form = EntryForm { text: e.text, visibility: e.visibility.as_str().into() };
    let action = format!("/journal/{id}");
    render(&FormPage {
        l: ctx.layout_t("journal-edit-title"),
        action,
        form,
        errors: FormErrors::default(),
        has_partner,
        editing: true,
    })
}

pub async fn update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<EntryForm>,
) -> AppResult<Response> {
    let (text, visibility, space) = match checked(&state, &user, &form).await? {
        Ok(v) => v,
        Err((errors, has_partner)) => {
            let l = ctx.layout_t("journal-edit-title");
            return render_invalid(&FormPage {
                l,
                action: format!("/journal/{id}"),
                form,
                errors,
                has_partner,
                editing: true,
            });
        }
    };
    let now = state.clock.now_ms();
    let write = EntryWrite { text: text.as_str(), visibility, space_id: space.as_deref() };
    if !store::update(&state.db, &state.crypto, &id, &user.id, &write, now).await? {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with(
        state.config.is_https(),
        &format!("/journal/{id}"),
        FlashKind::Success,
        &ctx.t("journal-changes-saved"),
    ))
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    if !store::delete(&state.db, &id, &user.id).await? {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with(state.config.is_https(), "/journal", FlashKind::Success, &ctx.t("journal-deleted")))
}
