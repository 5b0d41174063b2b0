//! Measurement-based care: each attending person answers a short check before every session
//! (how they are doing) and after it (how it was for them). Answers are sealed under the
//! person's key; the partner never sees them or whether they exist; the counsellor sees each
//! partner's own, with trends, reliable change and split-alliance flags, while that person
//! shares them.

mod handlers;
pub mod model;
pub mod store;
pub mod views;

use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::bookings::model::Booking;
use crate::web::routes::Routes;
use model::Kind;

pub fn routes() -> Routes {
    Routes::default()
        .get("/feedback", handlers::mine)
        .get("/bookings/{id}/feedback/{kind}", handlers::form)
        .post("/bookings/{id}/feedback/{kind}", handlers::answer)
}

/// Whether the person attends the booking (its booker, or a member of its couple's space now)
/// rather than being its counsellor.
pub async fn attends(state: &AppState, b: &Booking, user_id: &str) -> Result<bool, sqlx::Error> {
    if b.counsellor_id == user_id || b.cancelled {
        return Ok(false);
    }
    Ok(crate::bookings::store::attendees(&state.db, &b.id).await?.iter().any(|(id, _)| id == user_id))
}

/// The forms open to this person now and not yet answered, among these bookings, as (words,
/// link): for the dashboard, the session page and the feedback page. Only ever the viewer's own.
pub async fn open_forms(
    state: &AppState,
    ctx: &crate::web::RequestCtx,
    user: &SessionUser,
    bookings: &[Booking],
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let now = state.clock.now_ms();
    let mut out = vec![];
    for b in bookings {
        for kind in [Kind::Before, Kind::After] {
            if !kind.is_open(b.starts_at, b.ends_at, now, false) || !attends(state, b, &user.id).await? {
                continue;
            }
            if store::answered(&state.db, &b.id, &user.id, kind).await? {
                continue;
            }
            let when = crate::pages::format_time_in(ctx.lang, b.starts_at, &user.time_zone);
            let key = match kind {
                Kind::Before => "feedback-open-before",
                Kind::After => "feedback-open-after",
            };
            let words = ctx.t_with(key, &[("when", &when)]);
            out.push((words, format!("/bookings/{}/feedback/{}", b.id, kind.slug())));
        }
    }
    Ok(out)
}

/// The words of the page asking: its messages and its language.
pub type Words<'a> = (&'a std::sync::Arc<crate::i18n::Locales>, crate::i18n::Lang);

/// One partner's summary for a counsellor, if they share their feedback with them.
async fn shared_summary(
    state: &AppState,
    (locales, lang): Words<'_>,
    counsellor: &SessionUser,
    person: &crate::sharing::model::Person,
) -> anyhow::Result<Option<views::Summary>> {
    let shares = crate::sharing::store::shares(&state.db, &person.id, &counsellor.id).await?;
    if !shares.iter().any(|(what, _)| what == "feedback") {
        return Ok(None);
    }
    let given = store::given(&state.db, &state.crypto, &person.id, Some(&counsellor.id)).await?;
    let (before, after) = (state.bundled.instrument(Kind::Before), state.bundled.instrument(Kind::After));
    Ok(Some(views::Summary::of(
        (locales, lang),
        &person.name,
        "attention",
        &given,
        (before, after),
        &counsellor.time_zone,
    )))
}

/// Clients the counsellor should look at: a split alliance (from the two partners' own
/// ratings, both shared) or an outcome that reliably deteriorated, as (who, link, why). Each
/// flagged person's read log gets the visit, as for any page that reads what they shared.
pub async fn attention(
    state: &AppState,
    (locales, lang): Words<'_>,
    counsellor: &SessionUser,
) -> anyhow::Result<Vec<(String, String, String)>> {
    let db = &state.db;
    let t = |key: &str, name: &str| locales.text(lang, key, &[("name", name)]);
    let mut out = vec![];
    let mut read: Vec<String> = vec![];
    for couple in crate::sharing::store::couple_clients(db, &counsellor.id).await? {
        let mut summaries = vec![];
        for p in &couple.partners {
            summaries.push((p, shared_summary(state, (locales, lang), counsellor, p).await?));
        }
        let ratings: Vec<Vec<model::Rating>> =
            summaries.iter().map(|(_, s)| s.as_ref().map(|s| s.ratings.clone()).unwrap_or_default()).collect();
        for (i, (p, s)) in summaries.iter().enumerate() {
            let Some(s) = s else { continue };
            let other = ratings.iter().enumerate().find(|(j, _)| *j != i).map(|(_, r)| r.as_slice()).unwrap_or(&[]);
            let split = model::flags(&s.ratings, other).iter().any(|f| matches!(f, model::Flag::Split { .. }));
            let why = match (split, s.deteriorated) {
                (true, true) => t("feedback-attention-split-worse", &p.name),
                (true, false) => t("feedback-attention-split", &p.name),
                (false, true) => t("feedback-attention-worse", &p.name),
                (false, false) => continue,
            };
            out.push((couple.names(), format!("/practice/couples/{}", couple.space_id), why));
            read.push(p.id.clone());
        }
    }
    for p in crate::sharing::store::individual_clients(db, &counsellor.id).await? {
        if let Some(s) = shared_summary(state, (locales, lang), counsellor, &p).await?
            && s.deteriorated
        {
            out.push((
                p.name.clone(),
                format!("/practice/clients/{}", p.id),
                locales.text(lang, "feedback-attention-worse-alone", &[]),
            ));
            read.push(p.id.clone());
        }
    }
    let now = state.clock.now_ms();
    for id in read {
        crate::sharing::store::log_visit(db, &id, &counsellor.id, "feedback", now).await?;
    }
    Ok(out)
}

/// What the counsellor reads before one session: for each attending person who shares their
/// feedback, their answer before this session (or that there is none yet) and their flags.
/// The reads go into each person's log.
pub async fn for_session(
    state: &AppState,
    (locales, lang): Words<'_>,
    counsellor: &SessionUser,
    b: &Booking,
) -> anyhow::Result<Vec<String>> {
    let mut people = vec![];
    for (id, name) in crate::bookings::store::attendees(&state.db, &b.id).await? {
        let person = crate::sharing::model::Person { id, name };
        if let Some(summary) = shared_summary(state, (locales, lang), counsellor, &person).await? {
            let given = store::given(&state.db, &state.crypto, &person.id, Some(&counsellor.id)).await?;
            people.push((person, summary, given));
        }
    }
    let mut together: Vec<(&str, &mut views::Summary)> =
        people.iter_mut().map(|(p, s, _)| (p.name.as_str(), s)).collect();
    views::flag_together((locales, lang), &mut together);
    let t = |key: &str, args: &[(&str, &str)]| locales.text(lang, key, args);
    let mut lines = vec![];
    let now = state.clock.now_ms();
    for (p, summary, given) in &people {
        let before = given.iter().find(|g| g.booking_id == b.id && g.kind == Kind::Before);
        lines.push(match before {
            Some(g) => t("feedback-session-before", &[("name", &p.name), ("total", &g.answer.total().to_string())]),
            None => t("feedback-session-none", &[("name", &p.name)]),
        });
        lines.extend(summary.flags.iter().cloned());
        if let Some(c) = &summary.change {
            lines.push(t("feedback-session-change", &[("name", &p.name), ("change", c)]));
        }
        crate::sharing::store::log_visit(&state.db, &p.id, &counsellor.id, "feedback", now).await?;
    }
    Ok(lines)
}
