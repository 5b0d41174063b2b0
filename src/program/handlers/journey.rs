//! The journey: where the member stands in each step, what waits for them, and the private
//! nudges that hold for them (step 6).

use axum::extract::State;
use axum::response::Response;

use super::{Participant, acknowledge, actions, couple_space, questionnaires, talks};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::clock::DAY;
use crate::error::AppResult;
use crate::pages::{format_date_in, format_time_in};
use crate::program::actions::figures;
use crate::program::chart::{self, Series};
use crate::program::model;
use crate::program::nudges::{self, Facts, Nudge};
use crate::program::store;
use crate::program::views::{ExerciseLine, JourneyPage, NudgeLine, StepLine, Trend};
use crate::spaces::store::Space;
use crate::web::{RequestCtx, render};

/// The six steps: their messages are `step<n>-title` and `step<n>-summary`.
const STEPS: [&str; 6] = [
    "/program/acknowledge",
    "/program/time",
    "/program/actions",
    "/program/talks",
    "/program/roots",
    "/program/support",
];

/// What the journey shows about steps 3 and 4, and what they add to the waiting list.
struct Together {
    actions: String,
    talks: String,
    waiting: Vec<(String, String)>,
    partner_kept_90: Option<u8>,
    partner_confirmed_90: usize,
    punished: Vec<i64>,
    ratings: Option<Trend>,
}

async fn together(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    space: &Space,
    now: i64,
) -> AppResult<Together> {
    let partner = space.partner_of(&user.id).map(|m| m.display_name.clone()).unwrap_or_default();
    let mut waiting = vec![];
    // Step 3: what waits for my confirmation, and how the partner's commitments are kept.
    let all = store::commitments(&state.db, &state.crypto, &space.id).await?;
    let confirmations = store::confirmations(&state.db, &state.crypto, &space.id).await?;
    let (mut mine, mut theirs) = (vec![], vec![]);
    let mut to_confirm = 0;
    for c in &all {
        let past = actions::past_occurrences(c, now);
        let history = actions::history(c, &past, &confirmations);
        if c.maker_id == user.id {
            mine.extend(history);
        } else {
            to_confirm += history.iter().filter(|(t, o)| o.is_none() && *t > now - 14 * DAY).count();
            theirs.extend(history);
        }
    }
    if to_confirm > 0 {
        let text = match to_confirm {
            1 => ctx.t_with("journey-waiting-confirm-one", &[("name", &partner)]),
            n => ctx.t_with("journey-waiting-confirm-many", &[("n", &n.to_string()), ("name", &partner)]),
        };
        waiting.push((text, "/program/actions".into()));
    }
    let active = all.iter().filter(|c| c.ended_at.is_none()).count();
    let my_figures = figures(&mine, now);
    let their_figures = figures(&theirs, now);
    let confirmed_90 = theirs.iter().filter(|(t, o)| o.is_some() && *t > now - 90 * DAY).count();
    let actions = match (active, my_figures.kept_30) {
        (0, _) => ctx.t("journey-actions-none"),
        (n, Some(k)) => ctx.t_with("journey-actions-kept", &[("n", &n.to_string()), ("kept", &k.to_string())]),
        (n, None) => ctx.t_with("journey-actions-unconfirmed", &[("n", &n.to_string())]),
    };

    let asked = store::open_requests(&state.db, &space.id, now).await?.iter().filter(|(r, _)| *r != user.id).count();
    if asked > 0 {
        waiting.push((ctx.t_with("journey-waiting-asked", &[("name", &partner)]), "/program/transparency".into()));
    }

    // Step 4: the agreed time, a proposal waiting for me, an open talk, talks to rate.
    let (agreed, pending) = store::schedules(&state.db, &space.id).await?;
    if pending.as_ref().is_some_and(|p| p.proposer_id != user.id) {
        waiting.push((ctx.t_with("journey-waiting-proposed", &[("name", &partner)]), "/program/talks".into()));
    }
    let rated = store::own_ratings(&state.db, &user.id, &space.id).await?;
    let talks_text = match &agreed {
        Some(a) => {
            let t = talks::talks(a);
            if t.open_at(now).is_some() {
                waiting.push((ctx.t("journey-waiting-talk-open"), "/program/talks".into()));
            }
            let unrated = t.ended_within(now, 14).into_iter().filter(|o| !rated.iter().any(|r| r.occurrence_at == *o));
            if let Some(o) = unrated.into_iter().next() {
                let date = format_date_in(ctx.lang, o, &user.time_zone);
                waiting.push((ctx.t_with("journey-waiting-rate", &[("date", &date)]), "/program/talks".into()));
            }
            let outcomes = store::outcomes(&state.db, &space.id, now - 90 * DAY).await?;
            let record = talks::record_text_in(&ctx.locales, ctx.lang, &t.ended_within(now, 90), &outcomes);
            let schedule = talks::describe_in(&ctx.locales, ctx.lang, a, &user.time_zone);
            let text = match t.next_after(now) {
                Some(n) => {
                    let next = format_time_in(ctx.lang, n, &user.time_zone);
                    ctx.t_with(
                        "journey-talks-agreed-next",
                        &[("schedule", &schedule), ("next", &next), ("record", &record)],
                    )
                }
                None => ctx.t_with("journey-talks-agreed", &[("schedule", &schedule), ("record", &record)]),
            };
            // With nothing held yet there is no record: no space left after the full stop.
            text.trim_end().to_string()
        }
        None => ctx.t("journey-talks-none"),
    };
    let ratings = ratings_trend(ctx, &rated, &user.time_zone);
    Ok(Together {
        actions,
        talks: talks_text,
        waiting,
        partner_kept_90: their_figures.kept_90,
        partner_confirmed_90: confirmed_90,
        punished: rated.iter().map(|r| r.punished).collect(),
        ratings,
    })
}

/// The member's own ratings of their talks, oldest first on the chart.
fn ratings_trend(ctx: &RequestCtx, rated: &[store::Rating], tz: &str) -> Option<Trend> {
    let mut rated: Vec<&store::Rating> = rated.iter().collect();
    rated.sort_by_key(|r| r.occurrence_at);
    let last = rated.last()?;
    let heard: Vec<(i64, i64)> = rated.iter().map(|r| (r.occurrence_at, r.heard)).collect();
    let safe: Vec<(i64, i64)> = rated.iter().map(|r| (r.occurrence_at, r.safe)).collect();
    let punished: Vec<(i64, i64)> = rated.iter().map(|r| (r.occurrence_at, r.punished)).collect();
    Some(Trend {
        id: "talk-ratings",
        title: ctx.t("journey-ratings-title"),
        description: ctx.t_with(
            "journey-ratings-description",
            &[
                (
                    "talks",
                    &match rated.len() {
                        1 => ctx.t("journey-ratings-one"),
                        n => ctx.t_with("journey-ratings-many", &[("n", &n.to_string())]),
                    },
                ),
                ("from", &format_date_in(ctx.lang, rated[0].occurrence_at, tz)),
                ("to", &format_date_in(ctx.lang, last.occurrence_at, tz)),
                ("heard", &last.heard.to_string()),
                ("safe", &last.safe.to_string()),
                ("punished", &last.punished.to_string()),
            ],
        ),
        chart: chart::draw_out_of_in(
            ctx.lang,
            &[
                Series { name: &ctx.t("journey-ratings-heard"), class: "line-trust", points: &heard },
                Series { name: &ctx.t("journey-ratings-safe"), class: "line-safety", points: &safe },
                Series { name: &ctx.t("journey-ratings-punished"), class: "line-d", points: &punished },
            ],
            5,
            tz,
        ),
        out_of: 5,
        rows: rated
            .iter()
            .map(|r| {
                (
                    format_date_in(ctx.lang, r.occurrence_at, tz),
                    vec![r.heard.to_string(), r.safe.to_string(), r.punished.to_string()],
                )
            })
            .collect(),
    })
}

fn nudge_line(ctx: &RequestCtx, n: Nudge, partner: &str) -> NudgeLine {
    let line = |key: &str, text: String, links: &[(&str, &'static str)]| NudgeLine {
        title: ctx.t(&format!("{key}-title")),
        text,
        links: links.iter().map(|(k, href)| (ctx.t(k), *href)).collect(),
    };
    match n {
        Nudge::OnlyOneTrying => line(
            "nudge-alone",
            ctx.t_with("nudge-alone", &[("name", partner)]),
            &[("nudge-alone-link", "/program/support")],
        ),
        Nudge::LingeringAnxiety => line(
            "nudge-anxiety",
            ctx.t("nudge-anxiety"),
            &[("nudge-anxiety-track", "/program/anxiety"), ("nudge-anxiety-counselling", "/program/support")],
        ),
        Nudge::TalksFeelPunishing => {
            line("nudge-punishing", ctx.t("nudge-punishing"), &[("nudge-punishing-link", "/program/support")])
        }
    }
}

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
                waiting.push((ctx.t("journey-waiting-account"), "/program/acknowledge#account".into()));
            }
            acknowledge::status_text(&ctx, &acknowledge::account_status(&versions, s))
        }
        None => ctx.t("journey-account-alone"),
    };
    let last_checkin = store::last_checkin_at(&state.db, &user.id).await?;
    if last_checkin.is_none_or(|t| now - t >= model::CHECKIN_EVERY) {
        waiting.push((ctx.t("journey-waiting-checkin"), "/program/time".into()));
    }
    for (def, due) in questionnaires::offered_to(&state, &user.id, now).await? {
        if due {
            waiting.push((
                ctx.t_with("journey-waiting-questionnaire", &[("title", &def.title_in(ctx.lang).to_lowercase())]),
                format!("/program/questionnaires/{}", def.slug),
            ));
        }
    }
    let mut facts = Facts {
        now,
        my_last_activity: store::last_activity(&state.db, &user.id).await?,
        my_checkins: store::trust_since(&state.db, &user.id, now - 10 * 7 * DAY).await?,
        ..Facts::default()
    };
    let (mut step3, mut step4, mut ratings, mut partner) =
        (ctx.t("journey-actions-alone"), ctx.t("journey-talks-alone"), None, String::new());
    if let Some(s) = &space {
        let t = together(&state, &ctx, &user, s, now).await?;
        waiting.extend(t.waiting);
        (step3, step4, ratings) = (t.actions, t.talks, t.ratings);
        facts.partner_kept_90 = t.partner_kept_90;
        facts.partner_confirmed_90 = t.partner_confirmed_90;
        facts.my_punished = t.punished;
        if let Some(p) = s.partner_of(&user.id) {
            partner = p.display_name.clone();
            facts.together_since = s.members.iter().map(|m| m.joined_at).max();
            facts.partner_last_activity = store::last_activity(&state.db, &p.user_id).await?;
        }
    }
    let step2 = match last_checkin {
        Some(t) => ctx.t_with("journey-checkin-last", &[("date", &format_date_in(ctx.lang, t, &user.time_zone))]),
        None => ctx.t("journey-checkin-none"),
    };
    let step1 = format!(
        "{} · {account}",
        match mine {
            0 => ctx.t("journey-statement-none"),
            _ => ctx.t("journey-statement-written"),
        }
    );
    let (reflections, needs) = store::written_counts(&state.db, &user.id).await?;
    let step5 = match (reflections, needs) {
        (0, 0) => ctx.t("journey-roots-none"),
        (r, n) => {
            let reflections = match r {
                1 => ctx.t("journey-roots-reflection"),
                r => ctx.t_with("journey-roots-reflections", &[("n", &r.to_string())]),
            };
            let needs = match n {
                1 => ctx.t("journey-roots-need"),
                n => ctx.t_with("journey-roots-needs", &[("n", &n.to_string())]),
            };
            ctx.t_with("journey-roots-written", &[("reflections", &reflections), ("needs", &needs)])
        }
    };
    let statuses = [step1, step2, step3, step4, step5, ctx.t("journey-support-status")];
    let steps = STEPS
        .iter()
        .zip(statuses)
        .enumerate()
        .map(|(i, (href, status))| StepLine {
            number: i as u8 + 1,
            title: ctx.t(&format!("step{}-title", i + 1)),
            summary: ctx.t(&format!("step{}-summary", i + 1)),
            href,
            status,
        })
        .collect();
    let mut exercises: Vec<ExerciseLine> = crate::sharing::store::exercises(&state.db, &state.crypto, &user.id, None)
        .await?
        .into_iter()
        .filter(|e| e.done_at.is_none())
        .map(|e| ExerciseLine { id: e.id, counsellor: e.counsellor_name, text: e.text, together: None })
        .collect();
    // The couple's exercises, until this partner has done their own part.
    if let Some(s) = &space {
        let partner = s.partner_of(&user.id);
        for e in crate::sharing::store::couple_exercises(&state.db, &state.crypto, &s.id, None).await? {
            if e.done_by(&user.id) {
                continue;
            }
            let together = match partner {
                Some(p) if e.done_by(&p.user_id) => {
                    ctx.t_with("journey-exercise-both-done", &[("name", &p.display_name)])
                }
                Some(p) => ctx.t_with("journey-exercise-both-not-yet", &[("name", &p.display_name)]),
                None => ctx.t("journey-exercise-both"),
            };
            exercises.push(ExerciseLine {
                id: e.id,
                counsellor: e.counsellor_name,
                text: e.text,
                together: Some(together),
            });
        }
    }
    render(&JourneyPage {
        l: ctx.layout_t("journey-title"),
        started: format_date_in(ctx.lang, started_at, &user.time_zone),
        weeks: model::weeks_since(started_at, now),
        steps,
        waiting,
        nudges: nudges::nudges(&facts).into_iter().map(|n| nudge_line(&ctx, n, &partner)).collect(),
        ratings,
        exercises,
    })
}
