//! Sharing with a counsellor, from both sides: a member ticks what their counsellor may see
//! and sees every time it was looked at (`member.rs`); a counsellor sees exactly what each
//! client shared, keeps private notes and gives exercises, for an individual (`clients.rs`) or
//! a couple as one client (`couples.rs`). This file gathers what one person shares.

pub mod clients;
pub mod couples;
pub mod member;

use crate::app::AppState;
use crate::clock::DAY;
use crate::error::AppResult;
use crate::program::store as program;
use crate::program::views::Trend;
use crate::sharing::model::empty_key;
use crate::sharing::store;
use crate::sharing::views::Shared;
use crate::spaces::store::active_space;
use crate::web::RequestCtx;

const QUESTIONNAIRE: &str = "trust-monthly";

/// The newest version of the member's couple account that every member confirmed.
pub(super) async fn agreed_account(state: &AppState, member_id: &str) -> AppResult<Option<String>> {
    let Some(space) = active_space(&state.db, member_id).await? else { return Ok(None) };
    let versions = program::versions(&state.db, &state.crypto, &space.id).await?;
    Ok(versions
        .into_iter()
        .rev()
        .find(|v| space.members.iter().all(|m| v.confirmed_by.contains(&m.user_id)) && space.members.len() > 1)
        .map(|v| v.text))
}

/// The agreed account of the member's couple, for this counsellor: only when every current
/// member of the space shares it with them. A record both confirmed needs both to consent.
pub(super) async fn joint_account(state: &AppState, counsellor_id: &str, member_id: &str) -> AppResult<Option<String>> {
    let Some(space) = active_space(&state.db, member_id).await? else { return Ok(None) };
    for m in &space.members {
        let shares = store::shares(&state.db, &m.user_id, counsellor_id).await?;
        if !shares.iter().any(|(what, _)| what == "account") {
            return Ok(None);
        }
    }
    agreed_account(state, member_id).await
}

/// The member's own reflections, as (id, text).
pub(super) async fn own_reflections(state: &AppState, member_id: &str) -> AppResult<Vec<(String, String)>> {
    Ok(program::readable(&state.db, &state.crypto, member_id, true)
        .await?
        .into_iter()
        .filter(|w| w.author_id == member_id)
        .map(|w| (w.id, w.text))
        .collect())
}

/// What `client_id` shares with counsellor `counsellor_id` now, read kind by kind (only what is
/// shared is read), with the kinds read. The agreed account is the couple's: see
/// `joint_account`. In the reader's language (`ctx`).
pub(super) async fn shared_by(
    state: &AppState,
    ctx: &RequestCtx,
    counsellor_id: &str,
    counsellor_tz: &str,
    client_id: &str,
    name: &str,
    chart_id: &'static str,
) -> AppResult<(Shared, Vec<&'static str>)> {
    let now = state.clock.now_ms();
    let live = store::shares(&state.db, client_id, counsellor_id).await?;
    let mut shared = Shared {
        name: name.to_string(),
        nothing_shared: live.is_empty(),
        trend: None,
        scores: vec![],
        reflections: vec![],
        empty: vec![],
        shares_account: live.iter().any(|(what, _)| what == "account"),
        intake: match crate::intake::store::answers(&state.db, &state.crypto, counsellor_id, client_id).await? {
            Some((given, _)) => {
                let own = crate::intake::store::questions_ever(&state.db, counsellor_id).await?;
                crate::intake::views::answered(ctx, &own, &given)
            }
            None => vec![],
        },
        feedback: None,
    };
    let mut read: Vec<&'static str> = vec![];
    for (what, item) in &live {
        let kind: &'static str = match what.as_str() {
            "checkins" => {
                let points = program::scores_since(&state.db, client_id, now - 365 * DAY).await?;
                shared.trend = Trend::of_checkins(chart_id, Some(name), &points, counsellor_tz, &ctx.locales, ctx.lang);
                if shared.trend.is_none() {
                    shared.empty.extend(empty_key(what).map(|k| ctx.t(k)));
                }
                "checkins"
            }
            "questionnaire" => {
                let answered = program::own_answers(&state.db, &state.crypto, client_id, QUESTIONNAIRE, 0).await?;
                if let Some(last) = answered.last() {
                    shared.scores = last
                        .def
                        .score(&last.answers)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|s| (s.name_in(ctx.lang).to_string(), s.out_of_100))
                        .collect();
                }
                if shared.scores.is_empty() {
                    shared.empty.extend(empty_key(what).map(|k| ctx.t(k)));
                }
                "questionnaire"
            }
            "feedback" => {
                let given =
                    crate::feedback::store::given(&state.db, &state.crypto, client_id, Some(counsellor_id)).await?;
                if given.is_empty() {
                    shared.empty.extend(empty_key(what).map(|k| ctx.t(k)));
                } else {
                    let id = match chart_id {
                        "first-partner" => "first-partner-feedback",
                        "second-partner" => "second-partner-feedback",
                        _ => "client-feedback",
                    };
                    let (before, after) = (
                        state.bundled.instrument(crate::feedback::model::Kind::Before),
                        state.bundled.instrument(crate::feedback::model::Kind::After),
                    );
                    shared.feedback = Some(crate::feedback::views::Summary::of(
                        (&ctx.locales, ctx.lang),
                        name,
                        id,
                        &given,
                        (before, after),
                        counsellor_tz,
                    ));
                }
                "feedback"
            }
            "reflection" => {
                if let Some((_, text)) = own_reflections(state, client_id).await?.into_iter().find(|(id, _)| id == item)
                {
                    shared.reflections.push(text);
                }
                "reflection"
            }
            _ => continue,
        };
        if !read.contains(&kind) {
            read.push(kind);
        }
    }
    Ok((shared, read))
}

/// Logs one visit's reads of a client, as one line of their log.
pub(super) async fn log_visit(state: &AppState, client_id: &str, counsellor_id: &str, read: &[&str]) -> AppResult<()> {
    if !read.is_empty() {
        store::log_visit(&state.db, client_id, counsellor_id, &read.join(","), state.clock.now_ms()).await?;
    }
    Ok(())
}
