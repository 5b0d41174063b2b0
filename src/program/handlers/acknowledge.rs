use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::{Participant, couple_space};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::journal::model::Visibility;
use crate::pages::format_time_in;
use crate::program::deflection;
use crate::program::model::{self, ACCOUNT_MAX, AccountStatus, Perspective, STATEMENT_MAX, StatementKind};
use crate::program::store::{self, StatementWrite};
use crate::program::views::{AcknowledgePage, SharedStatement, StatementBox, TextForm, VersionLine};
use crate::spaces::store::Space;
use crate::web::{CurrentUser, FlashKind, RequestCtx, redirect_with, render, render_invalid};

pub(super) fn account_status(versions: &[store::Version], space: &Space) -> AccountStatus {
    let members: Vec<&str> = space.members.iter().map(|m| m.user_id.as_str()).collect();
    let counted: Vec<(i64, usize)> = versions
        .iter()
        .map(|v| (v.number, v.confirmed_by.iter().filter(|u| members.contains(&u.as_str())).count()))
        .collect();
    model::account_status(&counted, members.len())
}

pub(super) fn status_text(ctx: &RequestCtx, s: &AccountStatus) -> String {
    match s {
        AccountStatus::NotStarted => ctx.t("ack-status-none"),
        AccountStatus::Proposed { number } => ctx.t_with("ack-status-proposed", &[("n", &number.to_string())]),
        AccountStatus::Agreed { number, newer_proposal: None } => {
            ctx.t_with("ack-status-agreed", &[("n", &number.to_string())])
        }
        AccountStatus::Agreed { number, newer_proposal: Some(n) } => {
            ctx.t_with("ack-status-agreed-newer", &[("n", &number.to_string()), ("newer", &n.to_string())])
        }
    }
}

fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n").map(str::to_string).collect()
}

/// Builds step 1's page; `edited` carries a statement form being re-shown after a save or a problem.
async fn acknowledge_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    perspective: Perspective,
    edited: Option<StatementBox>,
    account_form: Option<(TextForm, Option<String>)>,
) -> AppResult<AcknowledgePage> {
    let statements = store::statements(&state.db, &state.crypto, &user.id).await?;
    let mut boxes = vec![];
    for kind in perspective.statements() {
        if let Some(b) = edited.as_ref().filter(|b| b.kind == *kind) {
            boxes.push(StatementBox {
                kind: b.kind,
                form: b.form.clone(),
                error: b.error.clone(),
                findings: b.findings.clone(),
                saved: b.saved.clone(),
            });
            continue;
        }
        let existing = statements.iter().find(|(own, s)| *own && s.kind == *kind).map(|(_, s)| s);
        let form = existing
            .map(|s| TextForm { text: s.text.clone(), visibility: s.visibility.as_str().into() })
            .unwrap_or_default();
        let saved = existing.map(|s| format_time_in(ctx.lang, s.updated_at, &user.time_zone)).unwrap_or_default();
        boxes.push(StatementBox { kind: *kind, form, error: None, findings: vec![], saved });
    }
    let shared = statements
        .iter()
        .filter(|(own, _)| !*own)
        .map(|(_, s)| SharedStatement {
            author: s.author_name.clone(),
            is_ownership: s.kind == StatementKind::Ownership,
            paragraphs: paragraphs(&s.text),
        })
        .collect();
    let space = couple_space(state, user).await?;
    let (versions, status, partner) = match &space {
        Some(s) => {
            let versions = store::versions(&state.db, &state.crypto, &s.id).await?;
            let status = account_status(&versions, s);
            let partner = s.partner_of(&user.id).map(|m| m.display_name.clone()).unwrap_or_default();
            (versions, status, partner)
        }
        None => (vec![], AccountStatus::NotStarted, String::new()),
    };
    let agreed = match status {
        AccountStatus::Agreed { number, .. } => Some(number),
        _ => None,
    };
    let newest = versions.last().map(|v| v.number);
    let (account_form, account_error) = account_form.unwrap_or_else(|| {
        (
            TextForm { text: versions.last().map(|v| v.text.clone()).unwrap_or_default(), visibility: String::new() },
            None,
        )
    });
    let versions = versions
        .iter()
        .rev()
        .map(|v| VersionLine {
            id: v.id.clone(),
            number: v.number,
            proposer: v.proposer_name.clone(),
            proposed_by_me: v.proposer_id == user.id,
            when: format_time_in(ctx.lang, v.created_at, &user.time_zone),
            paragraphs: paragraphs(&v.text),
            confirmed_by_me: v.confirmed_by.contains(&user.id),
            confirmed_by_partner: v.confirmed_by.iter().any(|u| *u != user.id),
            is_agreed: agreed == Some(v.number),
            is_newest: newest == Some(v.number),
        })
        .collect();
    Ok(AcknowledgePage {
        l: ctx.layout_t("ack-title"),
        boxes,
        shared,
        has_partner: space.is_some(),
        partner,
        status,
        versions,
        account_form,
        account_error,
    })
}

pub async fn acknowledge(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, perspective: p, .. }: Participant,
) -> AppResult<Response> {
    render(&acknowledge_page(&state, &ctx, &user, p, None, None).await?)
}

/// Saves a statement. The deflection check never blocks: the text is saved, and any phrases
/// it noticed are shown beside it with a reason and a gentler way to say it.
pub async fn save_statement(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, perspective: p, .. }: Participant,
    Path(kind): Path<String>,
    Form(form): Form<TextForm>,
) -> AppResult<Response> {
    let kind = StatementKind::parse(&kind).filter(|k| p.statements().contains(k)).ok_or(AppError::NotFound)?;
    let space = couple_space(&state, &user).await?;
    let mut visibility = Visibility::parse(&form.visibility);
    let mut error = None;
    if visibility == Visibility::Shared && space.is_none() {
        visibility = Visibility::Private;
        error = Some("There is no partner in your space to share with yet, so this stays private.".to_string());
    }
    let text = match model::parse_text(&form.text, STATEMENT_MAX) {
        Ok(t) => t,
        Err(e) => error.insert(e).clone(),
    };
    if let Some(error) = error {
        let b = StatementBox { kind, form, error: Some(error), findings: vec![], saved: String::new() };
        return render_invalid(&acknowledge_page(&state, &ctx, &user, p, Some(b), None).await?);
    }
    let now = state.clock.now_ms();
    let space_id = space.as_ref().filter(|_| visibility == Visibility::Shared).map(|s| s.id.as_str());
    let write = StatementWrite { kind, text: &text, visibility, space_id };
    store::save_statement(&state.db, &state.crypto, &user.id, &write, now).await?;
    let findings =
        if kind == StatementKind::Ownership { deflection::check(&text, &state.bundled.deflection) } else { vec![] };
    if findings.is_empty() {
        return Ok(redirect_with(
            state.config.is_https(),
            "/program/acknowledge",
            FlashKind::Success,
            &ctx.t("ack-saved"),
        ));
    }
    let saved = format_time_in(ctx.lang, now, &user.time_zone);
    let b = StatementBox { kind, form, error: None, findings, saved };
    render(&acknowledge_page(&state, &ctx, &user, p, Some(b), None).await?)
}

pub async fn propose(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, perspective: p, .. }: Participant,
    Form(form): Form<TextForm>,
) -> AppResult<Response> {
    let space = couple_space(&state, &user).await?.ok_or(AppError::NotFound)?;
    let text = match model::parse_text(&form.text, ACCOUNT_MAX) {
        Ok(t) => t,
        Err(e) => return render_invalid(&acknowledge_page(&state, &ctx, &user, p, None, Some((form, Some(e)))).await?),
    };
    let n = store::propose(&state.db, &state.crypto, &space.id, &user.id, &text, state.clock.now_ms()).await?;
    let msg = ctx.t_with("ack-proposed", &[("n", &n.to_string())]);
    Ok(redirect_with(state.config.is_https(), "/program/acknowledge#account", FlashKind::Success, &msg))
}

pub async fn confirm(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let space = couple_space(&state, &user).await?.ok_or(AppError::NotFound)?;
    if !store::confirm(&state.db, &space.id, &id, &user.id, state.clock.now_ms()).await? {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with(
        state.config.is_https(),
        "/program/acknowledge#account",
        FlashKind::Success,
        &ctx.t("ack-confirmed"),
    ))
}
