//! Step 2, give it time: the monthly questionnaire, scored per dimension and drawn as a trend.
//! Answers and scores are the member's alone.

use std::collections::HashMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use super::Participant;
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::clock::DAY;
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Locales};
use crate::pages::format_date_in;
use crate::program::chart::{self, Series};
use crate::program::questionnaire::Definition;
use crate::program::store::{self, Answered, Installed};
use crate::program::views::{QuestionnaireItem, QuestionnairePage, Trend};
use crate::web::{FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

/// How far back the chart reaches: two years of monthly answers.
const WINDOW: i64 = 730 * DAY;
const LINE_CLASSES: [&str; 4] = ["line-trust", "line-safety", "line-c", "line-d"];

/// The latest answers drawn per dimension, for the version asked now, in `lang`. Answers to
/// older versions are drawn where their dimensions carry the same key.
fn trend(def: &Definition, answered: &[Answered], tz: &str, locales: &Locales, lang: Lang) -> Option<Trend> {
    let scored: Vec<(i64, Vec<i64>)> = answered
        .iter()
        .filter_map(|a| {
            let scores = a.def.score(&a.answers)?;
            let by_key: HashMap<&str, i64> = scores.iter().map(|s| (s.key.as_str(), s.out_of_100)).collect();
            let row: Option<Vec<i64>> = def.dimensions.iter().map(|d| by_key.get(d.key.as_str()).copied()).collect();
            Some((a.created_at, row?))
        })
        .collect();
    let last = scored.last()?;
    let series_points: Vec<Vec<(i64, i64)>> =
        (0..def.dimensions.len()).map(|i| scored.iter().map(|(t, row)| (*t, row[i])).collect()).collect();
    let series: Vec<Series<'_>> = def
        .dimensions
        .iter()
        .zip(&series_points)
        .enumerate()
        .map(|(i, (d, points))| Series { name: d.name_in(lang), class: LINE_CLASSES[i % LINE_CLASSES.len()], points })
        .collect();
    let latest = def
        .dimensions
        .iter()
        .zip(&last.1)
        .map(|(d, v)| format!("{} {v}", d.name_in(lang).to_lowercase()))
        .collect::<Vec<_>>()
        .join(", ");
    let (n, from, to) =
        (scored.len().to_string(), format_date_in(lang, scored[0].0, tz), format_date_in(lang, last.0, tz));
    let args = [("n", n.as_str()), ("from", &from), ("to", &to), ("latest", &latest)];
    Some(Trend {
        id: "questionnaire",
        title: locales.text(lang, "questionnaire-trend-title", &[]),
        description: if scored.len() == 1 {
            locales.text(lang, "questionnaire-trend-one", &args[1..])
        } else {
            locales.text(lang, "questionnaire-trend-many", &args)
        },
        chart: chart::draw_out_of_in(lang, &series, 100, tz).named_from_content(),
        out_of: 100,
        rows: scored
            .iter()
            .map(|(t, row)| (format_date_in(lang, *t, tz), row.iter().map(i64::to_string).collect()))
            .collect(),
    })
}

async fn questionnaire_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    q: Installed,
    chosen: Vec<Option<i64>>,
    errors: FormErrors,
) -> AppResult<QuestionnairePage> {
    let now = state.clock.now_ms();
    let answered = store::own_answers(&state.db, &state.crypto, &user.id, &q.def.slug, now - WINDOW).await?;
    let last = answered.last().map(|a| a.created_at);
    let submitted = !errors.is_empty();
    let items = q
        .def
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| QuestionnaireItem {
            number: i + 1,
            text: item.text_in(ctx.lang).to_string(),
            chosen: chosen.get(i).copied().flatten(),
            missing: submitted && chosen.get(i).copied().flatten().is_none(),
        })
        .collect();
    Ok(QuestionnairePage {
        l: ctx.layout(q.def.title_in(ctx.lang)),
        trend: trend(&q.def, &answered, &user.time_zone, &ctx.locales, ctx.lang),
        points: q.def.scale_points(ctx.lang).into_iter().map(|(v, label)| (v, label.to_string())).collect(),
        items,
        errors,
        last: last.map(|t| format_date_in(ctx.lang, t, &user.time_zone)),
        next: last
            .filter(|t| now - t < q.def.every_ms())
            .map(|t| format_date_in(ctx.lang, t + q.def.every_ms(), &user.time_zone)),
        def: q.def,
    })
}

/// Every questionnaire offered now, and whether it is due for this member.
pub(super) async fn offered_to(state: &AppState, user_id: &str, now: i64) -> AppResult<Vec<(Definition, bool)>> {
    let mut out = vec![];
    for q in store::current_questionnaires(&state.db).await? {
        let last = store::last_answered_at(&state.db, user_id, &q.def.slug).await?;
        let due = last.is_none_or(|t| now - t >= q.def.every_ms());
        out.push((q.def, due));
    }
    Ok(out)
}

async fn offered(state: &AppState, slug: &str) -> AppResult<Installed> {
    store::current_questionnaire(&state.db, slug).await?.ok_or(AppError::NotFound)
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(slug): Path<String>,
    Participant { user, .. }: Participant,
) -> AppResult<Response> {
    let q = offered(&state, &slug).await?;
    render(&questionnaire_page(&state, &ctx, &user, q, vec![], FormErrors::default()).await?)
}

pub async fn answer(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(slug): Path<String>,
    Participant { user, .. }: Participant,
    Form(form): Form<HashMap<String, String>>,
) -> AppResult<Response> {
    let q = offered(&state, &slug).await?;
    let chosen: Vec<Option<i64>> =
        (0..q.def.items.len()).map(|i| q.def.read_answer(form.get(&format!("q{i}")).map(String::as_str))).collect();
    let missing: Vec<String> =
        chosen.iter().enumerate().filter(|(_, c)| c.is_none()).map(|(i, _)| (i + 1).to_string()).collect();
    if let Some((last, rest)) = missing.split_last() {
        let mut errors = FormErrors::default();
        errors.add(
            "answers",
            if rest.is_empty() {
                ctx.t_with("error-time-statement-missing", &[("number", last)])
            } else {
                ctx.t_with("error-time-statements-missing", &[("numbers", &rest.join(", ")), ("last", last)])
            },
        );
        return render_invalid(&questionnaire_page(&state, &ctx, &user, q, chosen, errors).await?);
    }
    let answers: Vec<i64> = chosen.into_iter().flatten().collect();
    store::add_answers(&state.db, &state.crypto, &q.id, &user.id, &answers, state.clock.now_ms()).await?;
    Ok(redirect_with(
        state.config.is_https(),
        &format!("/program/questionnaires/{}#scores-h", q.def.slug),
        FlashKind::Success,
        &ctx.t("questionnaire-saved"),
    ))
}
