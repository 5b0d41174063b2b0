//! Booking (the member's side): slots computed in the counsellor's zone and shown in the
//! viewer's, a confirmation step, and cancellation with the counsellor's policy.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::Response;

use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::availability::model::{Rules, free_to_cancel};
use crate::availability::store as availability;
use crate::bookings::model::{Booked, Booking, NewBooking};
use crate::bookings::notify::{self, What};
use crate::bookings::store;
use crate::bookings::views::*;
use crate::consent::views::SessionConsent;
use crate::error::{AppError, AppResult};
use crate::pages::format_time_in;
use crate::profiles::model::Stored;
use crate::profiles::store::profile;
use crate::spaces::store::active_space;
use crate::web::{CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

/// A listed counsellor's profile, or not found.
async fn listed(state: &AppState, id: &str) -> AppResult<Stored> {
    profile(&state.db, id).await?.filter(|s| s.is_listed(state.clock.now_ms())).ok_or(AppError::NotFound)
}

/// The counsellor's rules and free times now; the booking being moved keeps its time free.
async fn open_slots(state: &AppState, s: &Stored, moving: Option<&Booking>) -> AppResult<(Rules, Vec<i64>)> {
    let now = state.clock.now_ms();
    let tz = &s.profile.time_zone;
    let calendar = availability::calendar(&state.db, &s.user_id, tz, now).await?;
    Ok((calendar.rules(tz), calendar.free(tz, now, moving.map(|b| b.starts_at))))
}

async fn own_booking(state: &AppState, user: &SessionUser, id: &str) -> AppResult<Booking> {
    store::visible_booking(&state.db, id, &user.id).await?.ok_or(AppError::NotFound)
}

async fn confirm_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    s: &Stored,
    q: &BookQuery,
    errors: FormErrors,
) -> AppResult<ConfirmBookingPage> {
    let start: i64 = q.start.parse().map_err(|_| AppError::NotFound)?;
    let rules = availability::rules(&state.db, &s.user_id, &s.profile.time_zone).await?;
    let space = active_space(&state.db, &user.id).await?.filter(|sp| sp.partner_of(&user.id).is_some());
    let later_in_series = match q.reschedule.as_str() {
        "" => 0,
        old => {
            let b = own_booking(state, user, old).await?;
            match &b.series_id {
                Some(series) => {
                    store::series_rest(&state.db, series, b.starts_at).await?.iter().filter(|o| o.id != b.id).count()
                }
                None => 0,
            }
        }
    };
    let lead = ctx.t_with(
        "booking-confirm-lead",
        &[
            ("when", format_time_in(ctx.lang, start, &user.time_zone).as_str()),
            ("minutes", rules.session_minutes.to_string().as_str()),
            ("name", s.profile.full_name.as_str()),
        ],
    );
    let their_time = (s.profile.time_zone != user.time_zone).then(|| {
        ctx.t_with(
            "booking-their-time",
            &[
                ("when", format_time_in(ctx.lang, start, &s.profile.time_zone).as_str()),
                ("zone", s.profile.time_zone.as_str()),
            ],
        )
    });
    Ok(ConfirmBookingPage {
        later_in_series,
        repeat: q.repeat.clone(),
        count: if q.count.is_empty() { "6".into() } else { q.count.clone() },
        l: ctx.layout_t("booking-confirm-title"),
        counsellor_id: s.user_id.clone(),
        counsellor: s.profile.full_name.clone(),
        start: q.start.clone(),
        lead,
        their_time,
        fee: crate::billing::price_words(state, ctx, &s.user_id).await?,
        cancel_hours: rules.cancel_hours,
        late_already: !free_to_cancel(&rules, start, state.clock.now_ms()),
        partner: space.and_then(|sp| sp.partner_of(&user.id).map(|m| m.display_name.clone())),
        kind: if q.kind.is_empty() { "individual".into() } else { q.kind.clone() },
        key: if q.key.is_empty() { crate::crypto::random_token() } else { q.key.clone() },
        reschedule: q.reschedule.clone(),
        errors,
    })
}

pub async fn confirm_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
    Query(q): Query<BookQuery>,
) -> AppResult<Response> {
    let s = listed(&state, &id).await?;
    let start: i64 = q.start.parse().map_err(|_| AppError::NotFound)?;
    let replacing = match q.reschedule.as_str() {
        "" => None,
        old => Some(own_booking(&state, &user, old).await?),
    };
    let (_, found) = open_slots(&state, &s, replacing.as_ref()).await?;
    if !found.contains(&start) {
        return Err(AppError::Conflict("That time is no longer free. Please choose another.".into()));
    }
    render(&confirm_page(&state, &ctx, &user, &s, &q, FormErrors::default()).await?)
}

pub async fn book(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
    Form(q): Form<BookQuery>,
) -> AppResult<Response> {
    if user.is_counsellor() {
        return Err(AppError::NotFound);
    }
    let s = listed(&state, &id).await?;
    let start: i64 = q.start.parse().map_err(|_| AppError::NotFound)?;
    let key = q.key.trim();
    if key.is_empty() || key.len() > 64 {
        return Err(AppError::BadRequest("That booking form is out of date. Please choose the time again."));
    }
    let space = active_space(&state.db, &user.id).await?.filter(|sp| sp.partner_of(&user.id).is_some());
    let space_id = match q.kind.as_str() {
        "couple" => match &space {
            Some(sp) => Some(sp.id.clone()),
            None => {
                let mut errors = FormErrors::default();
                errors.add("kind", "A couple session needs your partner in your space. Book an individual session, or invite your partner first.");
                return render_invalid(&confirm_page(&state, &ctx, &user, &s, &q, errors).await?);
            }
        },
        _ => None,
    };
    let replacing = match q.reschedule.as_str() {
        "" => None,
        old => Some(own_booking(&state, &user, old).await?).filter(|b| b.booked_by == user.id && !b.cancelled),
    };
    if !q.reschedule.is_empty() && replacing.is_none() {
        return Err(AppError::NotFound);
    }
    let series = q.reschedule.is_empty() && !q.repeat.is_empty();
    if series || (replacing.is_some() && q.rest == "1") {
        return super::series::from_member(&state, &ctx, &user, &s, q, space_id, replacing).await;
    }
    let (rules, found) = open_slots(&state, &s, replacing.as_ref()).await?;
    let now = state.clock.now_ms();
    if start < now || start > now + (rules.horizon_days + 1) * crate::clock::DAY {
        // Not a time anyone was offered (a start in the past, or years away): say so.
        return Ok(crate::web::layout::error_page(
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            "That time cannot be booked",
            "The time in this form is not one of the counsellor's free times. Please choose a time on their page.",
        ));
    }
    if !found.contains(&start) {
        // A time that was a slot but is held now was just taken; anything else never was one.
        if let Some(id) = store::book_again(&state.db, &user.id, key).await? {
            return Ok(redirect_with(
                state.config.is_https(),
                &format!("/bookings/{id}"),
                FlashKind::Success,
                &ctx.t("booking-booked"),
            ));
        }
        return Err(AppError::Conflict(
            "That time has just been booked by someone else, or is no longer offered. Please choose another time."
                .into(),
        ));
    }
    let new = NewBooking {
        counsellor_id: &s.user_id,
        booked_by: &user.id,
        space_id: space_id.as_deref(),
        starts_at: start,
        ends_at: start + rules.length(),
        held_until: start + rules.held(),
        idempotency_key: key,
        replaces: replacing.as_ref().map(|b| b.id.as_str()),
    };
    // The booking and its mail are written in one transaction (a move is one change to one
    // calendar event: the new booking carries its UID on).
    let id = crate::db::new_id();
    let mail = notify::prepare_new(&state, &id, &new).await?;
    let invoice =
        crate::billing::draft(&state, new.counsellor_id, (new.booked_by, new.space_id), new.starts_at).await?;
    let outcome = store::book_with_mail(&state.db, &new, &id, (&mail, invoice.as_ref()), now).await?;
    if let Booked::New(_) = &outcome {
        crate::mail::wake(&state);
    }
    match outcome {
        Booked::New(id) | Booked::Again(id) => Ok(redirect_with(
            state.config.is_https(),
            &format!("/bookings/{id}"),
            FlashKind::Success,
            &ctx.t(if replacing.is_some() { "booking-moved" } else { "booking-booked-find" }),
        )),
        Booked::Taken => Err(AppError::Conflict(
            "That time has just been booked by someone else. Please choose another time.".into(),
        )),
    }
}

pub async fn my_bookings(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let all = store::member_bookings(&state.db, &user.id).await?;
    let (upcoming, past): (Vec<_>, Vec<_>) =
        all.iter().map(|b| BookingLine::of(b, &user, now, ctx.lang)).partition(|l| l.upcoming);
    let upcoming: Vec<(BookingLine, String)> = upcoming
        .into_iter()
        .map(|b| {
            let kind = match (b.couple, b.mine) {
                (true, true) => ctx.t("bookings-couple"),
                (true, false) => ctx.t_with("bookings-couple-by", &[("name", b.client.as_str())]),
                (false, _) => ctx.t("bookings-individual"),
            };
            let minutes = b.minutes.to_string();
            let words = ctx.t_with(
                "bookings-upcoming-line",
                &[("name", b.counsellor.as_str()), ("minutes", minutes.as_str()), ("kind", kind.as_str())],
            );
            (b, words)
        })
        .collect();
    let past: Vec<String> = past
        .into_iter()
        .map(|b| {
            let status = ctx.t(b.status_key());
            ctx.t_with(
                "bookings-past-line",
                &[("when", b.when.as_str()), ("name", b.counsellor.as_str()), ("status", status.as_str())],
            )
        })
        .collect();
    render(&BookingsPage { l: ctx.layout_t("bookings-title"), upcoming, past })
}

pub async fn booking_page(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let b = own_booking(&state, &user, &id).await?;
    let now = state.clock.now_ms();
    let rules = availability::rules(&state.db, &b.counsellor_id, &b.counsellor_tz).await?;
    let (opens, closes) = crate::live::room::window(b.starts_at, b.ends_at, state.config.room_opens_minutes);
    let room = (!b.cancelled && now < closes)
        .then(|| if now >= opens { Ok(()) } else { Err(format_time_in(ctx.lang, opens, &user.time_zone)) });
    let people = crate::bookings::store::attendees(&state.db, &b.id).await?;
    let standings = crate::consent::store::standings(&state.db, &b.counsellor_id, &people).await?;
    let proceeded = crate::consent::store::proceeded_at(&state.db, &b.id).await?;
    let later_in_series = match &b.series_id {
        Some(series) if !b.cancelled => {
            store::series_rest(&state.db, series, b.starts_at).await?.iter().filter(|o| o.id != b.id).count()
        }
        _ => 0,
    };
    let feedback = crate::feedback::open_forms(&state, &ctx, &user, std::slice::from_ref(&b)).await?;
    let before_session = if b.counsellor_id == user.id {
        crate::feedback::for_session(&state, (&ctx.locales, ctx.lang), &user, &b).await?
    } else {
        vec![]
    };
    let mut invoices = vec![];
    for d in crate::billing::store::for_booking(&state.db, &b.id).await? {
        if crate::billing::store::visible(&state.db, &d.id, &user.id).await?.is_some() {
            let key = match d.kind {
                crate::billing::model::DocKind::Invoice => "booking-invoice",
                crate::billing::model::DocKind::Credit => "booking-credit-note",
            };
            let amount = crate::billing::model::format_money(d.total, &d.currency);
            invoices.push((
                ctx.t_with(key, &[("number", d.number.as_str()), ("amount", amount.as_str())]),
                format!("/invoices/{}", d.id),
            ));
        }
    }
    let line = BookingLine::of(&b, &user, now, ctx.lang);
    let lead = ctx.t_with(
        "booking-lead",
        &[
            ("when", line.when.as_str()),
            ("minutes", line.minutes.to_string().as_str()),
            ("kind", ctx.t(if line.couple { "booking-kind-couple" } else { "booking-kind-individual" }).as_str()),
            ("status", ctx.t(line.status_key()).as_str()),
        ],
    );
    render(&BookingPage {
        lead,
        invoices,
        before_session,
        feedback,
        later_in_series,
        consent: SessionConsent::build_in((&ctx.locales, ctx.lang), &standings, &user.id, proceeded, &user.time_zone),
        intake_answered: crate::intake::store::answered_at(&state.db, &b.counsellor_id, &user.id).await?.is_some(),
        room,
        l: ctx.layout_t("booking-title"),
        free_until: format_time_in(ctx.lang, b.starts_at - rules.cancel_hours * crate::clock::HOUR, &user.time_zone),
        free: free_to_cancel(&rules, b.starts_at, now),
        is_counsellor: b.counsellor_id == user.id,
        b: line,
    })
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct CancelForm {
    /// "rest": this session and the later ones of its series.
    pub scope: String,
}

pub async fn cancel(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<CancelForm>,
) -> AppResult<Response> {
    let b = own_booking(&state, &user, &id).await?;
    let now = state.clock.now_ms();
    if b.cancelled || b.starts_at <= now {
        return Err(AppError::Conflict(
            "This session can no longer be cancelled: it is cancelled or has begun.".into(),
        ));
    }
    let rules = availability::rules(&state.db, &b.counsellor_id, &b.counsellor_tz).await?;
    let to = if b.counsellor_id == user.id { "/practice" } else { "/bookings" };
    if let (Some(series), "rest") = (&b.series_id, form.scope.as_str()) {
        // Each session by its own time: only those inside the cut-off are late.
        // The cancellations and their one mail are written together; if someone else cancels
        // one of them meanwhile, look again (a few times) so the mail names exactly these.
        let mut outcome = None;
        for _ in 0..3 {
            let rest: Vec<(String, bool)> = store::series_rest(&state.db, series, b.starts_at)
                .await?
                .into_iter()
                .map(|o| {
                    let late = o.counsellor_id != user.id && !free_to_cancel(&rules, o.starts_at, now);
                    (o.id, late)
                })
                .collect();
            if rest.is_empty() {
                break;
            }
            let ids: Vec<String> = rest.iter().map(|(id, _)| id.clone()).collect();
            let mail = notify::prepare_series_existing(&state, &ids, What::Cancelled).await?;
            if let Some(done) = store::cancel_many(&state.db, &rest, &user.id, &mail, now).await? {
                outcome = Some((rest, done));
                break;
            }
        }
        let Some((rest, done)) = outcome else {
            return Err(AppError::Conflict("These sessions were cancelled a moment ago.".into()));
        };
        crate::mail::wake(&state);
        let late = rest.iter().filter(|(id, late)| *late && done.contains(id)).count();
        let total = done.len().to_string();
        let msg = match late {
            0 => ctx.t_with("booking-cancelled-many", &[("n", total.as_str())]),
            1 => ctx.t_with("booking-cancelled-many-late-one", &[("n", total.as_str())]),
            n => {
                let late = n.to_string();
                ctx.t_with("booking-cancelled-many-late-many", &[("n", total.as_str()), ("late", late.as_str())])
            }
        };
        return Ok(redirect_with(state.config.is_https(), to, FlashKind::Success, &msg));
    }
    // A counsellor's own cancellation is never the client's late one.
    let late = b.counsellor_id != user.id && !free_to_cancel(&rules, b.starts_at, now);
    let mail = notify::prepare_existing(&state, &b.id, What::Cancelled).await?;
    if !store::cancel(&state.db, &b.id, &user.id, late, &mail, now).await? {
        return Err(AppError::Conflict("This session was cancelled a moment ago.".into()));
    }
    crate::mail::wake(&state);
    let msg = ctx.t(if late { "booking-cancelled-late" } else { "booking-cancelled" });
    Ok(redirect_with(state.config.is_https(), to, FlashKind::Success, &msg))
}
