//! The journey: where the member stands in each step, what waits for them, and the private
//! nudges that hold for them (step 6).

use axum::extract::State;
use axum::response::Response;

use super::{Participant, acknowledge, actions, couple_space, questionnaires, talks};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::clock::DAY;
use crate::error::AppResult;
use crate::pages::{format_date, format_time};
use crate::program::actions::figures;
use crate::program::chart::{self, Series};
use crate::program::model;
use crate::program::nudges::{self, Facts, Nudge};
use crate::program::store;
use crate::program::views::{ExerciseLine, JourneyPage, NudgeLine, StepLine, Trend};
use crate::spaces::store::Space;
use crate::web::{RequestCtx, render};

const STEPS: [(&str, &str, &str); 6] = [
    (
        "Acknowledge what happened",
        "Each of you puts it into words privately, then you agree on one shared account.",
        "/program/acknowledge",
    ),
    (
        "Give it time",
        "Trust doesn't reset after an apology. Regular check-ins show how it changes over weeks and months.",
        "/program/time",
    ),
    (
        "Small, consistent actions",
        "Small promises kept, again and again, are the evidence that rebuilds safety.",
        "/program/actions",
    ),
    (
        "Honest conversation",
        "Talks at agreed times, with questions held for them instead of surfacing in every argument.",
        "/program/talks",
    ),
    ("The root cause", "Private reflection on why it happened, and the needs that were never said.", "/program/roots"),
    (
        "Professional support",
        "Many couples find this hard alone. A counsellor can help you both talk without blame.",
        "/program/support",
    ),
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

async fn together(state: &AppState, user: &SessionUser, space: &Space, now: i64) -> AppResult<Together> {
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
        let what = if to_confirm == 1 { "1 commitment".to_string() } else { format!("{to_confirm} commitments") };
        waiting.push((format!("{what} of {partner}'s to confirm"), "/program/actions".into()));
    }
    let active = all.iter().filter(|c| c.ended_at.is_none()).count();
    let my_figures = figures(&mine, now);
    let their_figures = figures(&theirs, now);
    let confirmed_90 = theirs.iter().filter(|(t, o)| o.is_some() && *t > now - 90 * DAY).count();
    let actions = match (active, my_figures.kept_30) {
        (0, _) => "No commitments yet.".to_string(),
        (n, Some(k)) => format!("{n} active between you. Yours were {k}% kept over the last 30 days."),
        (n, None) => format!("{n} active between you. None of yours has been confirmed yet."),
    };

    let asked = store::open_requests(&state.db, &space.id, now).await?.iter().filter(|(r, _)| *r != user.id).count();
    if asked > 0 {
        waiting.push((format!("{partner} asked for a check-in"), "/program/transparency".into()));
    }

    // Step 4: the agreed time, a proposal waiting for me, an open talk, talks to rate.
    let (agreed, pending) = store::schedules(&state.db, &space.id).await?;
    if pending.as_ref().is_some_and(|p| p.proposer_id != user.id) {
        waiting.push((format!("{partner} proposed a time for your talks"), "/program/talks".into()));
    }
    let rated = store::own_ratings(&state.db, &user.id, &space.id).await?;
    let talks_text = match &agreed {
        Some(a) => {
            let t = talks::talks(a);
            if t.open_at(now).is_some() {
                waiting.push(("Your talk is open now".into(), "/program/talks".into()));
            }
            let unrated = t.ended_within(now, 14).into_iter().filter(|o| !rated.iter().any(|r| r.occurrence_at == *o));
            if let Some(o) = unrated.into_iter().next() {
                waiting.push((
                    format!("How did the talk on {} feel?", format_date(o, &user.time_zone)),
                    "/program/talks".into(),
                ));
            }
            let outcomes = store::outcomes(&state.db, &space.id, now - 90 * DAY).await?;
            let record = talks::record_text(&t.ended_within(now, 90), &outcomes);
            match t.next_after(now) {
                Some(n) => {
                    format!("Agreed: {}. Next: {}. {record}", talks::describe(a), format_time(n, &user.time_zone))
                }
                None => format!("Agreed: {}. {record}", talks::describe(a)),
            }
        }
        None => "No talk time agreed yet.".into(),
    };
    let ratings = ratings_trend(&rated, &user.time_zone);
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
fn ratings_trend(rated: &[store::Rating], tz: &str) -> Option<Trend> {
    let mut rated: Vec<&store::Rating> = rated.iter().collect();
    rated.sort_by_key(|r| r.occurrence_at);
    let last = rated.last()?;
    let heard: Vec<(i64, i64)> = rated.iter().map(|r| (r.occurrence_at, r.heard)).collect();
    let safe: Vec<(i64, i64)> = rated.iter().map(|r| (r.occurrence_at, r.safe)).collect();
    let punished: Vec<(i64, i64)> = rated.iter().map(|r| (r.occurrence_at, r.punished)).collect();
    Some(Trend {
        id: "talk-ratings",
        title: "How your talks felt".into(),
        description: format!(
            "Your ratings of {} from {} to {}. Latest: heard {}, safe {}, punished {}, out of 5. Only you see them.",
            if rated.len() == 1 { "1 talk".to_string() } else { format!("{} talks", rated.len()) },
            format_date(rated[0].occurrence_at, tz),
            format_date(last.occurrence_at, tz),
            last.heard,
            last.safe,
            last.punished
        ),
        chart: chart::draw_out_of(
            &[
                Series { name: "Felt heard", class: "line-trust", points: &heard },
                Series { name: "Felt safe", class: "line-safety", points: &safe },
                Series { name: "Felt punished", class: "line-d", points: &punished },
            ],
            5,
            tz,
        ),
        out_of: 5,
        rows: rated
            .iter()
            .map(|r| {
                (
                    format_date(r.occurrence_at, tz),
                    vec![r.heard.to_string(), r.safe.to_string(), r.punished.to_string()],
                )
            })
            .collect(),
    })
}

fn nudge_line(n: Nudge, partner: &str) -> NudgeLine {
    match n {
        Nudge::OnlyOneTrying => NudgeLine {
            title: "Only one of you seems to be taking part".into(),
            text: format!(
                "{partner} hasn't done anything in the program for two weeks or more, while you have. Rebuilding trust needs both of you. It may be time for an honest conversation about whether you both want to do this work, at your own pace. A counsellor can help with that conversation."
            ),
            links: vec![("Having that conversation with support", "/program/support")],
        },
        Nudge::LingeringAnxiety => NudgeLine {
            title: "When the worry stays even though things are going well".into(),
            text: "Your trust has stayed low for eight weeks while your partner's commitments have been kept almost every time. That is common after a betrayal and it is not a failure: the alarm can keep ringing after the danger has passed. It may need attention of its own, apart from the relationship.".into(),
            links: vec![("The individual track", "/program/anxiety"), ("Individual counselling", "/program/support")],
        },
        Nudge::TalksFeelPunishing => NudgeLine {
            title: "Your talks have felt punishing".into(),
            text: "You rated your last three talks as punishing. Talks are meant to be hard but safe. A counsellor can help you both keep them honest without blame; you can also agree to pause the question box for a while.".into(),
            links: vec![("Finding a counsellor", "/program/support")],
        },
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
    let mut facts = Facts {
        now,
        my_last_activity: store::last_activity(&state.db, &user.id).await?,
        my_checkins: store::trust_since(&state.db, &user.id, now - 10 * 7 * DAY).await?,
        ..Facts::default()
    };
    let (mut step3, mut step4, mut ratings, mut partner) = (
        "Commitments open once your partner joins your space.".to_string(),
        "Talk times are agreed once your partner joins your space.".to_string(),
        None,
        String::new(),
    );
    if let Some(s) = &space {
        let t = together(&state, &user, s, now).await?;
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
    let (reflections, needs) = store::written_counts(&state.db, &user.id).await?;
    let step5 = match (reflections, needs) {
        (0, 0) => "Nothing written yet.".to_string(),
        (r, n) => format!(
            "You have written {} and named {}.",
            if r == 1 { "1 reflection".to_string() } else { format!("{r} reflections") },
            if n == 1 { "1 need".to_string() } else { format!("{n} needs") }
        ),
    };
    let statuses =
        [step1, step2, step3, step4, step5, "Counsellors, and an individual track for lingering worry.".into()];
    let steps = STEPS
        .iter()
        .zip(statuses)
        .enumerate()
        .map(|(i, ((title, summary, href), status))| StepLine { number: i as u8 + 1, title, summary, href, status })
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
                Some(p) if e.done_by(&p.user_id) => format!("For both of you · {} has done their part", p.display_name),
                Some(p) => format!("For both of you · {} has not marked theirs yet", p.display_name),
                None => "For both of you".to_string(),
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
        l: ctx.layout("Your journey"),
        started: format_date(started_at, &user.time_zone),
        weeks: model::weeks_since(started_at, now),
        steps,
        waiting,
        nudges: nudges::nudges(&facts).into_iter().map(|n| nudge_line(n, &partner)).collect(),
        ratings,
        exercises,
    })
}
