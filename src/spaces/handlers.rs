use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::model::{self, JoinError};
use super::store;
use super::views::{InvitationLetter, InviteForm, JoinPage, LeavePage, MemberLine, SpacePage};
use crate::accounts::model::Email;
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::mail::{self, Subject};
use crate::pages::{format_date_in, format_time_in};
use crate::web::layout::error_page;
use crate::web::{CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid, urlencode};

async fn space_page(
    state: &AppState,
    ctx: &RequestCtx,
    headers: &axum::http::HeaderMap,
    email: String,
    errors: FormErrors,
) -> AppResult<SpacePage> {
    let user = ctx.user.as_ref().ok_or(AppError::Unauthorized { next: "/space".into() })?;
    let now = state.clock.now_ms();
    let space = store::active_space(&state.db, &user.id).await?;
    let (space_state, started, members, invite) = match &space {
        None => (model::SpaceState::Solo, String::new(), vec![], None),
        Some(s) => {
            let st = model::state(s.members.len(), s.had_departure);
            let members = s
                .members
                .iter()
                .map(|m| MemberLine {
                    name: m.display_name.clone(),
                    is_me: m.user_id == user.id,
                    joined: format_date_in(ctx.lang, m.joined_at, &user.time_zone),
                })
                .collect();
            let invite =
                if st.can_invite() { store::current_invite(&state.db, &state.crypto, &s.id, now).await? } else { None };
            (st, format_date_in(ctx.lang, s.created_at, &user.time_zone), members, invite)
        }
    };
    Ok(SpacePage {
        l: ctx.layout_t("space-title"),
        state: space_state,
        started,
        members,
        invite_link: invite.as_ref().map(|(t, _)| format!("{}/join/{t}", state.config.base_url())),
        invite_expires: invite.map(|(_, at)| format_time_in(ctx.lang, at, &user.time_zone)).unwrap_or_default(),
        email,
        errors,
        safety_due: crate::safety::due(state, &user.id).await?,
        invitation: if space.is_none() { super::waiting_invitation(state, headers, &user.id).await? } else { None },
    })
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestCtx,
    headers: axum::http::HeaderMap,
    _: CurrentUser,
) -> AppResult<Response> {
    render(&space_page(&state, &ctx, &headers, String::new(), FormErrors::default()).await?)
}

pub async fn create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let https = state.config.is_https();
    match store::create(&state.db, &user.id, state.clock.now_ms()).await? {
        Some(_) => Ok(redirect_with(https, "/space", FlashKind::Success, &ctx.t("space-created"))),
        None => Err(AppError::Conflict("You're already in a couple space.".into())),
    }
}

pub async fn invite(
    State(state): State<AppState>,
    ctx: RequestCtx,
    headers: axum::http::HeaderMap,
    CurrentUser(user): CurrentUser,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let space = store::active_space(&state.db, &user.id).await?.ok_or(AppError::NotFound)?;
    if !model::state(space.members.len(), space.had_departure).can_invite() {
        return Err(AppError::Conflict("This space can't take a new member.".into()));
    }
    let email = if form.email.trim().is_empty() {
        None
    } else {
        match Email::parse(&form.email) {
            Ok(e) => Some(e),
            Err(msg) => {
                let mut errors = FormErrors::default();
                errors.add("email", msg);
                return render_invalid(&space_page(&state, &ctx, &headers, form.email, errors).await?);
            }
        }
    };
    let token = crate::accounts::store::new_token();
    let link = format!("{}/join/{token}", state.config.base_url());
    let mut mail = vec![];
    if let Some(to) = &email {
        let letter = |v: &mail::Voice| InvitationLetter { v, inviter: &user.display_name, link: &link }.render();
        mail.push(mail::prepare(&state, to.as_str(), Subject::Invitation, letter, None).await?);
    }
    store::create_invite(&state.db, &state.crypto, (&space.id, &user.id), token, &mail, now).await?;
    mail::wake(&state);
    let msg = if email.is_some() { ctx.t("space-invite-emailed") } else { ctx.t("space-invite-ready") };
    Ok(redirect_with(state.config.is_https(), "/space#invite", FlashKind::Success, &msg))
}

pub async fn revoke(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let space = store::active_space(&state.db, &user.id).await?.ok_or(AppError::NotFound)?;
    store::revoke_invites(&state.db, &space.id, state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), "/space", FlashKind::Success, &ctx.t("space-revoked")))
}

fn invalid_invite() -> Response {
    error_page(StatusCode::NOT_FOUND, "This invitation is no longer valid", JoinError::InvalidLink.message())
}

pub async fn join_page(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let Some((inviter_id, inviter)) = store::invite_sender(&state.db, &token, state.clock.now_ms()).await? else {
        return Ok(invalid_invite());
    };
    let already_in_space = match &ctx.user {
        Some(u) if u.id == inviter_id => {
            return Err(AppError::Conflict(JoinError::OwnInvitation.message().into()));
        }
        Some(u) => store::active_space(&state.db, &u.id).await?.is_some(),
        None => false,
    };
    let path = format!("/join/{token}");
    let mut res = render(&JoinPage {
        l: ctx.layout_t("space-join-title"),
        inviter,
        signed_in: ctx.user.is_some(),
        already_in_space,
        next: urlencode(&path),
        action: path,
    })?;
    // Someone not signed in may wander off to sign up another way: the invitation waits for
    // them in this browser for two days (the dashboard and the space page offer it).
    if ctx.user.is_none() {
        let https = state.config.is_https();
        let v =
            crate::web::set_cookie(https, &crate::web::cookie_name(https, INVITE_COOKIE), &token, Some(2 * 24 * 3600));
        res.headers_mut().append(axum::http::header::SET_COOKIE, v);
    }
    Ok(res)
}

/// The browser's waiting invitation.
pub const INVITE_COOKIE: &str = "dt_invite";

pub async fn join(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(token): Path<String>,
) -> AppResult<Response> {
    match store::join(&state.db, &token, &user.id, state.clock.now_ms()).await? {
        Ok(_) => {
            let https = state.config.is_https();
            let mut res = redirect_with(https, "/space", FlashKind::Success, &ctx.t("space-joined"));
            let gone = crate::web::set_cookie(https, &crate::web::cookie_name(https, INVITE_COOKIE), "", Some(0));
            res.headers_mut().append(axum::http::header::SET_COOKIE, gone);
            Ok(res)
        }
        Err(JoinError::InvalidLink) => Ok(invalid_invite()),
        Err(e) => Err(AppError::Conflict(e.message().into())),
    }
}

pub async fn leave_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let space = store::active_space(&state.db, &user.id).await?.ok_or(AppError::NotFound)?;
    crate::accounts::require_recent_auth(&user, state.clock.now_ms(), "/space/leave")?;
    let partner = space.partner_of(&user.id).map(|m| m.display_name.clone());
    render(&LeavePage { l: ctx.layout_t("space-leave-title"), partner })
}

pub async fn leave(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    crate::accounts::require_recent_auth(&user, state.clock.now_ms(), "/space/leave")?;
    crate::bookings::partner_leaving(&state, &user.id, state.clock.now_ms()).await?;
    if !store::leave(&state.db, &user.id, state.clock.now_ms()).await? {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with(state.config.is_https(), "/space", FlashKind::Success, &ctx.t("space-left")))
}
