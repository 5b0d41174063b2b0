//! The program's pages: where you stand, the journey, and one file per step.

pub mod acknowledge;
pub mod actions;
pub mod questionnaires;
pub mod roots;
pub mod talks;
pub mod time;

use axum::Form;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::response::Response;

use super::model::{self, Perspective};
use super::store;
use super::views::{JourneyPage, StartForm, StartPage, StepLine};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::pages::format_date;
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
            Some((perspective, started_at)) => Ok(Participant { user, perspective, started_at }),
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
    render(&StartPage { l: ctx.layout("Where you stand"), current, errors: FormErrors::default() })
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
        return render_invalid(&StartPage { l: ctx.layout("Where you stand"), current: None, errors });
    };
    store::set_perspective(&state.db, &user.id, p, state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), "/program", FlashKind::Success, "Thank you. Your program is ready."))
}

const STEPS: [(&str, &str); 6] = [
    ("Acknowledge what happened", "Each of you puts it into words privately, then you agree on one shared account."),
    (
        "Give it time",
        "Trust doesn't reset after an apology. Regular check-ins show how it changes over weeks and months.",
    ),
    ("Small, consistent actions", "Small promises kept, again and again, are the evidence that rebuilds safety."),
    (
        "Honest conversation",
        "Talks at agreed times, with questions held for them instead of surfacing in every argument.",
    ),
    ("The root cause", "Private reflection on why it happened, and the needs that were never said."),
    ("Professional support", "Many couples find this hard alone. A counsellor can help you both talk without blame."),
];

pub async fn journey(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Participant { user, started_at, .. }: Participant,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let statements = store::statements(&state.db, &state.crypto, &user.id).await?;
    let mine = statements.iter().filter(|(own, _)| *own).count();
    let space = couple_space(&state, &user).await?;
    let mut waiting = vec![];
    let account = match &space {
        Some(s) => {
            let versions = store::versions(&state.db, &state.crypto, &s.id).await?;
            if versions.last().is_some_and(|v| !v.confirmed_by.contains(&user.id)) {
                waiting.push((
                    "A version of your shared account waits for your confirmation".to_string(),
                    "/program/acknowledge#account".into(),
                ));
            }
            acknowledge::status_text(&acknowledge::account_status(&versions, s))
        }
        None => "The shared account opens once your partner joins your space.".into(),
    };
    let last_checkin = store::last_checkin_at(&state.db, &user.id).await?;
    if last_checkin.is_none_or(|t| now - t >= model::CHECKIN_EVERY) {
        waiting.push(("This week's check-in".to_string(), "/program/time".into()));
    }
    for (def, due) in questionnaires::offered_to(&state, &user.id, now).await? {
        if due {
            waiting
                .push((format!("Your {}", def.title.to_lowercase()), format!("/program/questionnaires/{}", def.slug)));
        }
    }
    let step2 = match last_checkin {
        Some(t) => format!("Your last check-in was on {}.", format_date(t, &user.time_zone)),
        None => "You haven't checked in yet.".to_string(),
    };
    let step1 = format!(
        "{} · {account}",
        match mine {
            0 => "You haven't written your statement yet.".to_string(),
            _ => "Your statement is written.".to_string(),
        }
    );
    let steps = STEPS
        .iter()
        .enumerate()
        .map(|(i, (title, summary))| StepLine {
            number: i as u8 + 1,
            title,
            summary,
            href: match i {
                0 => Some("/program/acknowledge"),
                1 => Some("/program/time"),
                2 => Some("/program/actions"),
                3 => Some("/program/talks"),
                4 => Some("/program/roots"),
                _ => None,
            },
            status: match i {
                0 => step1.clone(),
                1 => step2.clone(),
                _ => String::new(),
            },
        })
        .collect();
    render(&JourneyPage {
        l: ctx.layout("Your journey"),
        started: format_date(started_at, &user.time_zone),
        weeks: model::weeks_since(started_at, now),
        steps,
        waiting,
    })
}
