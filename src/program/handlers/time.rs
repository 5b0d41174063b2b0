//! Step 2, give it time: check-ins and their trends.

use axum::Form;
use axum::extract::State;
use axum::response::Response;

use super::{Participant, couple_space};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::clock::DAY;
use crate::error::AppResult;
use crate::journal::model::Visibility;
use crate::pages::format_date_in;
use crate::program::model::{self, CHECKIN_EVERY, CHECKIN_NOTE_MAX};
use crate::program::store;
use crate::program::views::{CheckinForm, SharingForm, TimePage, Trend};
use crate::web::{FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

/// How far back the charts reach: half a year.
const WINDOW: i64 = 182 * DAY;

async fn time_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    form: CheckinForm,
    errors: FormErrors,
) -> AppResult<TimePage> {
    let now = state.clock.now_ms();
    let since = now - WINDOW;
    let mine = store::own_checkins(&state.db, &state.crypto, &user.id, since).await?;
    let partner = store::partner_trend(&state.db, &user.id, since).await?;
    let notes = mine
        .iter()
        .rev()
        .filter_map(|c| c.note.as_ref().map(|n| (format_date_in(ctx.lang, c.created_at, &user.time_zone), n.clone())))
        .take(10)
        .collect();
    let due = mine.last().is_none_or(|c| now - c.created_at >= CHECKIN_EVERY);
    Ok(TimePage {
        l: ctx.layout_t("time-title"),
        form,
        errors,
        scale: (0..=10).collect(),
        mine: Trend::of_checkins("mine", None, &mine, &user.time_zone, &ctx.locales, ctx.lang),
        notes,
        partner: partner.and_then(|(name, pts)| {
            Trend::of_checkins("partner", Some(name.as_str()), &pts, &user.time_zone, &ctx.locales, ctx.lang)
        }),
        shares_trend: store::trend_visibility(&state.db, &user.id).await? == Visibility::Shared,
        has_partner: couple_space(state, user).await?.is_some(),
        due,
        questionnaires: super::questionnaires::offered_to(state, &user.id, now)
            .await?
            .into_iter()
            .map(|(d, due)| (d.title_in(ctx.lang).to_string(), format!("/program/questionnaires/{}", d.slug), due))
            .collect(),
    })
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, .. }: Participant,
) -> AppResult<Response> {
    render(&time_page(&state, &ctx, &user, CheckinForm::default(), FormErrors::default()).await?)
}

pub async fn check_in(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, .. }: Participant,
    Form(form): Form<CheckinForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let trust = errors.take("trust", model::parse_score(&form.trust));
    let safety = errors.take("safety", model::parse_score(&form.safety));
    if form.note.chars().count() > CHECKIN_NOTE_MAX {
        errors.add("note", ctx.t_with("error-time-note-long", &[("n", &CHECKIN_NOTE_MAX.to_string())]));
    }
    let (Some(trust), Some(safety)) = (trust, safety) else {
        return render_invalid(&time_page(&state, &ctx, &user, form, errors).await?);
    };
    if !errors.is_empty() {
        return render_invalid(&time_page(&state, &ctx, &user, form, errors).await?);
    }
    let note = Some(form.note.trim()).filter(|n| !n.is_empty());
    store::add_checkin(&state.db, &state.crypto, &user.id, trust, safety, note, state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), "/program/time", FlashKind::Success, &ctx.t("time-saved")))
}

pub async fn sharing(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, .. }: Participant,
    Form(form): Form<SharingForm>,
) -> AppResult<Response> {
    let v = Visibility::parse(&form.visibility);
    store::set_trend_visibility(&state.db, &user.id, v).await?;
    let msg = match v {
        Visibility::Shared => ctx.t("time-shared"),
        Visibility::Private => ctx.t("time-private-again"),
    };
    Ok(redirect_with(state.config.is_https(), "/program/time", FlashKind::Success, &msg))
}
