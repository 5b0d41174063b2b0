//! Reporting (a message, a counsellor, a guide), the reporter's own list, and the operator's
//! queue and decisions.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::model::{self, Decision, Kind, REASONS};
use super::store::{self, NewReport};
use super::views::{
    DecideForm, FormPage, ItemPage, MineLine, MinePage, OutcomeLetter, QueueLine, QueuePage, ReportForm, WarningLetter,
};
use crate::accounts::model::{Role, SessionUser};
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::mail::{self, Subject};
use crate::messages::model::paragraphs;
use crate::pages::format_time_in;
use crate::web::{
    Admin, CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid, throttle,
};

/// What is being reported, resolved for the reporter (who can see it) from the address.
struct Target {
    kind: Kind,
    /// The page's title and heading (a message key).
    heading: &'static str,
    action: String,
    about: String,
    attachable: Option<String>,
    about_partner: bool,
    user_id: Option<String>,
    target_ref: Option<String>,
}

async fn message_target(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    thread: &str,
    id: &str,
) -> AppResult<Target> {
    let m = crate::messages::reportable(state, &user.id, thread, id).await?.ok_or(AppError::NotFound)?;
    Ok(Target {
        kind: Kind::Message,
        heading: "reports-form-message",
        action: format!("/messages/{thread}/{id}/report"),
        about: ctx.t_with(
            "reports-about-message",
            &[("name", &m.author_name.unwrap_or_else(|| ctx.t("messages-someone-has-left")))],
        ),
        attachable: Some(m.text),
        about_partner: m.by_partner,
        user_id: Some(m.author_id),
        target_ref: None,
    })
}

async fn counsellor_target(state: &AppState, ctx: &RequestCtx, user: &SessionUser, id: &str) -> AppResult<Target> {
    let s = crate::profiles::store::profile(&state.db, id)
        .await?
        .filter(|s| s.verified_at.is_some() && s.user_id != user.id)
        .ok_or(AppError::NotFound)?;
    Ok(Target {
        kind: Kind::Counsellor,
        heading: "reports-form-counsellor",
        action: format!("/counsellors/{id}/report"),
        about: ctx.t_with("reports-about-counsellor-profile", &[("name", s.profile.full_name.as_str())]),
        attachable: None,
        about_partner: false,
        user_id: Some(s.user_id),
        target_ref: None,
    })
}

async fn guide_target(state: &AppState, ctx: &RequestCtx, slug: &str) -> AppResult<Target> {
    let a = crate::articles::store::published_by_slug(&state.db, slug).await?.ok_or(AppError::NotFound)?;
    Ok(Target {
        kind: Kind::Guide,
        heading: "reports-form-guide",
        action: format!("/articles/{slug}/report"),
        about: ctx.t_with("reports-about-the-guide", &[("title", a.title.as_str())]),
        attachable: None,
        about_partner: false,
        user_id: a.author_id,
        target_ref: Some(a.id),
    })
}

fn form_page(state: &AppState, ctx: &RequestCtx, t: Target, form: ReportForm, errors: FormErrors) -> FormPage {
    FormPage {
        l: ctx.layout_t(t.heading),
        heading: ctx.t(t.heading),
        action: t.action,
        about: t.about,
        attachable: t.attachable,
        about_partner: t.about_partner,
        crisis: t.about_partner.then(|| state.bundled.crisis.first().cloned()).flatten(),
        reasons: REASONS.iter().map(|(v, _)| (*v, ctx.t(&model::reason_key(v)))).collect(),
        form,
        errors,
    }
}

async fn submit(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    t: Target,
    form: ReportForm,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    if model::reason_label(&form.reason).is_none() {
        errors.add("reason", "Choose what is wrong, from the list.");
    }
    let note = form.note.trim();
    if note.chars().count() > model::NOTE_MAX {
        let (max, count) = (model::NOTE_MAX.to_string(), note.chars().count().to_string());
        errors.add("note", ctx.t_with("reports-error-note-long", &[("max", &max), ("count", &count)]));
    }
    if !errors.is_empty() {
        return render_invalid(&form_page(state, ctx, t, form, errors));
    }
    let now = state.clock.now_ms();
    throttle::hit(&state.db, &format!("report:{}", user.id), model::PER_MEMBER, now).await?;
    let attached = t.attachable.as_deref().filter(|_| form.attach == "yes");
    let r = NewReport {
        reporter_id: &user.id,
        kind: t.kind,
        target_user_id: t.user_id.as_deref(),
        target_ref: t.target_ref.as_deref(),
        reason: &form.reason,
        attached,
        note: Some(note).filter(|n| !n.is_empty()),
        about_partner: t.about_partner,
    };
    store::create(&state.db, &state.crypto, &r, now).await?;
    Ok(redirect_with(state.config.is_https(), "/reports", FlashKind::Success, &ctx.t("reports-sent")))
}

pub async fn message_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path((thread, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let t = message_target(&state, &ctx, &user, &thread, &id).await?;
    render(&form_page(&state, &ctx, t, ReportForm::default(), FormErrors::default()))
}

pub async fn message_report(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path((thread, id)): Path<(String, String)>,
    Form(form): Form<ReportForm>,
) -> AppResult<Response> {
    let t = message_target(&state, &ctx, &user, &thread, &id).await?;
    submit(&state, &ctx, &user, t, form).await
}

pub async fn counsellor_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let t = counsellor_target(&state, &ctx, &user, &id).await?;
    render(&form_page(&state, &ctx, t, ReportForm::default(), FormErrors::default()))
}

pub async fn counsellor_report(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<ReportForm>,
) -> AppResult<Response> {
    let t = counsellor_target(&state, &ctx, &user, &id).await?;
    submit(&state, &ctx, &user, t, form).await
}

pub async fn guide_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(_): CurrentUser,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let t = guide_target(&state, &ctx, &slug).await?;
    render(&form_page(&state, &ctx, t, ReportForm::default(), FormErrors::default()))
}

pub async fn guide_report(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(slug): Path<String>,
    Form(form): Form<ReportForm>,
) -> AppResult<Response> {
    let t = guide_target(&state, &ctx, &slug).await?;
    submit(&state, &ctx, &user, t, form).await
}

/// The reporter's own reports: what and when, and the outcome in neutral words.
pub async fn mine(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let reports = store::mine(&state.db, &user.id)
        .await?
        .into_iter()
        .map(|r| MineLine {
            what: ctx.t(r.kind.label_key()),
            reason: ctx.t(&model::reason_key(&r.reason)),
            when: format_time_in(ctx.lang, r.created_at, &user.time_zone),
            outcome: ctx.t(model::outcome_key(r.decision.as_deref().filter(|_| r.decided_at.is_some()))),
        })
        .collect();
    render(&MinePage { l: ctx.layout_t("reports-mine-title"), reports })
}

/// A stored decision's word in the reader's language (as stored, if it is none we know).
fn decided_word(ctx: &RequestCtx, stored: &str) -> String {
    Decision::stored_key(stored).map_or_else(|| stored.to_string(), |key| ctx.t(&key))
}

fn line(ctx: &RequestCtx, r: &store::ForOperator) -> QueueLine {
    QueueLine {
        id: r.id.clone(),
        what: ctx.t(r.kind.label_key()),
        reason: ctx.t(&model::reason_key(&r.reason)),
        when: format_time_in(ctx.lang, r.created_at, "UTC"),
        attached: r.attached.is_some(),
        outcome: r.decision.as_deref().map(|d| decided_word(ctx, d)),
    }
}

pub async fn queue(State(state): State<AppState>, ctx: RequestCtx, _: Admin) -> AppResult<Response> {
    let open = store::open(&state.db, &state.crypto).await?.iter().map(|r| line(&ctx, r)).collect();
    let decided = store::decided(&state.db, &state.crypto).await?.iter().map(|r| line(&ctx, r)).collect();
    render(&QueuePage { l: ctx.layout_t("reports-queue-title"), open, decided })
}

fn item_page(ctx: &RequestCtx, r: store::ForOperator, form: DecideForm, errors: FormErrors) -> ItemPage {
    let (about, about_link) = match (r.kind, &r.counsellor_name, &r.guide_slug, &r.target_role) {
        (Kind::Counsellor | Kind::Message, Some(name), _, _) => (
            ctx.t_with("reports-about-counsellor", &[("name", name.as_str())]),
            r.target_user_id.as_ref().map(|id| format!("/admin/counsellors/{id}")),
        ),
        (Kind::Guide, _, Some(slug), _) => (
            ctx.t_with("reports-about-guide", &[("address", format!("/articles/{slug}").as_str())]),
            Some(format!("/articles/{slug}")),
        ),
        (_, _, _, Some(role)) if role == "counsellor" => (ctx.t("reports-about-counsellor-account"), None),
        (_, _, _, Some(_)) => (ctx.t("reports-about-member-account"), None),
        _ => (ctx.t("reports-about-gone"), None),
    };
    let target_is_counsellor = r.target_role.as_deref().map(|role| role == "counsellor");
    ItemPage {
        l: ctx.layout_t("reports-item-title"),
        what: ctx.t(r.kind.label_key()),
        reason: ctx.t(&model::reason_key(&r.reason)),
        when: format_time_in(ctx.lang, r.created_at, "UTC"),
        attached: r.attached.as_deref().map(paragraphs),
        note: r.note.as_deref().map(paragraphs),
        about,
        about_link,
        acted_before: r.acted_before,
        decisions: model::decisions(r.kind, target_is_counsellor),
        decided: r.decision.map(|d| {
            let decision = decided_word(ctx, &d);
            match r.decision_reason {
                Some(why) => ctx.t_with("reports-item-decided-why", &[("decision", &decision), ("why", &why)]),
                None => ctx.t_with("reports-item-decided", &[("decision", &decision)]),
            }
        }),
        id: r.id,
        form,
        errors,
    }
}

pub async fn item(
    State(state): State<AppState>,
    ctx: RequestCtx,
    _: Admin,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let r = store::one(&state.db, &state.crypto, &id).await?.ok_or(AppError::NotFound)?;
    render(&item_page(&ctx, r, DecideForm::default(), FormErrors::default()))
}

/// Decides a report: the action first (each is safe to repeat), then the record, its audit
/// entry and the mail (the reporter's neutral outcome; for a warning, the account's notice)
/// in one transaction.
pub async fn decide(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Admin(a): Admin,
    Path(id): Path<String>,
    Form(form): Form<DecideForm>,
) -> AppResult<Response> {
    let r = store::one(&state.db, &state.crypto, &id).await?.ok_or(AppError::NotFound)?;
    if r.decision.is_some() {
        return Err(AppError::Conflict("This report was decided already.".into()));
    }
    let target_is_counsellor = r.target_role.as_deref().map(|role| role == "counsellor");
    let mut errors = FormErrors::default();
    let decision =
        Decision::parse(&form.decision).filter(|d| model::decisions(r.kind, target_is_counsellor).contains(d));
    if decision.is_none() {
        errors.add("decision", "Choose one of the decisions listed.");
    }
    let reason = form.reason.trim().to_string();
    if reason.is_empty() {
        errors.add("reason", "Write the reason: it stays in the record.");
    } else if reason.chars().count() > model::DECISION_REASON_MAX {
        errors.add("reason", format!("Please keep the reason to {} characters.", model::DECISION_REASON_MAX));
    }
    let Some(decision) = decision.filter(|_| errors.is_empty()) else {
        return render_invalid(&item_page(&ctx, r, form, errors));
    };
    let now = state.clock.now_ms();
    let target = match &r.target_user_id {
        Some(t) => crate::accounts::store::find_by_id(&state.db, t).await?,
        None => None,
    };
    let mut mail = vec![];
    match (decision, &target) {
        (Decision::Suspend, Some(t)) => {
            crate::profiles::suspend(&state, &t.id, &reason).await?;
        }
        (Decision::Disable, Some(t)) => {
            crate::accounts::store::disable(&state.db, &t.id, now).await?;
            crate::accounts::session_store::end_all(&state.db, &t.id).await?;
            crate::bookings::account_stopping(&state, &t.id, now).await?;
        }
        (Decision::Withdraw, _) => {
            if let Some(guide) = &r.guide_slug
                && let Some(article) = crate::articles::store::published_by_slug(&state.db, guide).await?
            {
                crate::articles::store::withdraw(&state.db, &article.id, &reason, now).await?;
            }
        }
        (Decision::Warn, Some(t)) if t.role != Role::Admin => {
            let letter = |v: &mail::Voice| WarningLetter { v, reason: &reason }.render();
            mail.push(mail::prepare(&state, &t.email, Subject::AboutAccount, letter, None).await?);
        }
        _ => {}
    }
    if let Some((_, email)) = store::reporter(&state.db, &id).await? {
        let link = format!("{}/reports", state.config.base_url());
        let letter = |v: &mail::Voice| OutcomeLetter { v, link: &link }.render();
        mail.push(mail::prepare(&state, &email, Subject::Update, letter, None).await?);
    }
    if !store::decide(&state.db, &id, (&a.id, decision, &reason), &mail, now).await? {
        return Err(AppError::Conflict("This report was decided already.".into()));
    }
    mail::wake(&state);
    Ok(redirect_with(state.config.is_https(), "/admin/reports", FlashKind::Success, &ctx.t("reports-decided-flash")))
}
