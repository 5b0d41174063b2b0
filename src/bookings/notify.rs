//! Mail about sessions: a confirmation when booked, a notice when cancelled, reminders a day
//! and an hour before — each with a calendar file, each neutral: no names, no subject matter.

use std::time::Duration;

use askama::Template;

use super::ics::{self, Event, Method};
use super::model::Person;
use super::store;
use super::views::{SeriesLetter, SessionLetter};
use crate::app::AppState;
use crate::mail::{self, Subject};
use crate::pages::format_time_in;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum What {
    Booked,
    /// A booking that replaced another: the same calendar event at its new time.
    Moved,
    Cancelled,
    DayBefore,
    HourBefore,
}

/// The calendar events of these bookings, each under its session's first booking's UID.
fn events<'a>(rows: &'a [store::CalendarRow], urls: &'a [String], cancelled: bool) -> Vec<Event<'a>> {
    rows.iter().zip(urls).map(|(r, url)| r.event(url, cancelled)).collect()
}

/// One iTIP calendar file for one recipient, in their voice: only their own address is in it.
fn invitation(state: &AppState, method: Method, events: &[Event<'_>], p: &Person, v: &mail::Voice) -> String {
    let organizer = state.mailer.address();
    let parties = ics::Parties { organizer: &organizer, attendee: Some((&p.name, &p.email)) };
    ics::calendar(method, events, &parties, v, state.clock.now_ms())
}

fn subject(what: What) -> Subject {
    match what {
        What::Booked => Subject::Appointment,
        What::Moved | What::Cancelled => Subject::AppointmentChanged,
        What::DayBefore | What::HourBefore => Subject::Reminder,
    }
}

/// Each person's mail about these sessions, with its calendar file: one session's letter, or
/// for a series one letter listing every time with one calendar file holding an event per
/// session (each its own UID, so a later move or cancellation of one updates just that
/// event). Reminders go only to those who have not turned them off, with the link that does.
async fn letters(
    state: &AppState,
    rows: &[store::CalendarRow],
    people: &[Person],
    what: What,
    series: bool,
) -> anyhow::Result<Vec<mail::Prepared>> {
    let Some(first) = rows.first() else { return Ok(vec![]) };
    let base = state.config.base_url();
    let urls: Vec<String> = rows.iter().map(|r| format!("{base}/bookings/{}", r.id)).collect();
    let cancelled = matches!(what, What::Cancelled);
    let events = events(rows, &urls, cancelled);
    let method = if cancelled { Method::Cancel } else { Method::Request };
    let mut out = vec![];
    for p in people {
        let zone = p.time_zone.as_str();
        let calendar = |v: &mail::Voice| invitation(state, method, &events, p, v);
        let m = if series {
            let link = format!("{base}/bookings");
            // The times in the recipient's language.
            let letter = |v: &mail::Voice| {
                let times: Vec<String> = rows.iter().map(|r| format_time_in(v.lang, r.starts_at, zone)).collect();
                SeriesLetter { v, what, name: &p.name, zone, times: &times, link: &link }.render()
            };
            let subject = if matches!(what, What::Booked) { Subject::Appointment } else { Subject::AppointmentChanged };
            Some(mail::prepare(state, &p.email, subject, letter, Some(&calendar)).await?)
        } else {
            let letter = |v: &mail::Voice| {
                let when = format_time_in(v.lang, first.starts_at, zone);
                SessionLetter { v, what, name: &p.name, when: &when, zone, link: &urls[0] }.render()
            };
            if matches!(what, What::DayBefore | What::HourBefore) {
                let kind = mail::optout::Optional::SessionReminders;
                mail::prepare_optional(state, &p.email, kind, subject(what), letter, Some(&calendar)).await?
            } else {
                Some(mail::prepare(state, &p.email, subject(what), letter, Some(&calendar)).await?)
            }
        };
        out.extend(m);
    }
    Ok(out)
}

/// The mail a booking that is about to be written (as `id`) will send, prepared for its
/// transaction (`store::book_with_mail`): booked, or moved from the booking it replaces.
pub async fn prepare_new(
    state: &AppState,
    id: &str,
    b: &crate::bookings::model::NewBooking<'_>,
) -> anyhow::Result<Vec<mail::Prepared>> {
    let rows = [store::calendar_row_for(&state.db, id, b.counsellor_id, b.replaces, (b.starts_at, b.ends_at)).await?];
    let people = store::people_for(&state.db, (b.booked_by, b.counsellor_id, b.space_id)).await?;
    let what = if b.replaces.is_some() { What::Moved } else { What::Booked };
    letters(state, &rows, &people, what, false).await
}

/// The mail a change to an existing booking will send (a cancellation, a reminder),
/// prepared for the change's own transaction.
pub async fn prepare_existing(state: &AppState, booking_id: &str, what: What) -> anyhow::Result<Vec<mail::Prepared>> {
    let rows = store::for_calendar(&state.db, &[booking_id.to_string()]).await?;
    let people = store::people(&state.db, booking_id).await?;
    letters(state, &rows, &people, what, false).await
}

/// The one mail per person a series about to be written will send (booked, or moved when
/// each new session continues one it replaces), prepared for `store::book_series`.
pub async fn prepare_series(
    state: &AppState,
    ids: &[String],
    s: &crate::bookings::model::NewSeries<'_>,
    sessions: &[crate::bookings::model::Occurrence],
) -> anyhow::Result<Vec<mail::Prepared>> {
    let mut rows = vec![];
    for (n, (id, o)) in ids.iter().zip(sessions).enumerate() {
        let replaces = s.replaces.get(n).map(String::as_str);
        rows.push(store::calendar_row_for(&state.db, id, s.counsellor_id, replaces, (o.starts_at, o.ends_at)).await?);
    }
    let people = store::people_for(&state.db, (s.booked_by, s.counsellor_id, s.space_id)).await?;
    letters(state, &rows, &people, if s.replaces.is_empty() { What::Booked } else { What::Moved }, true).await
}

/// The one mail per person about several existing sessions of a series changing together
/// (cancelled), prepared for that change's transaction.
pub async fn prepare_series_existing(
    state: &AppState,
    booking_ids: &[String],
    what: What,
) -> anyhow::Result<Vec<mail::Prepared>> {
    let Some(first) = booking_ids.first() else { return Ok(vec![]) };
    let rows = store::for_calendar(&state.db, booking_ids).await?;
    let people = store::people(&state.db, first).await?;
    letters(state, &rows, &people, what, true).await
}

/// Sends the reminders due now; returns how many bookings this instance reminded. Each
/// reminder's mail is queued in the transaction that claims it.
pub async fn send_due_reminders(state: &AppState) -> anyhow::Result<usize> {
    let now = state.clock.now_ms();
    let mut sent = 0;
    for (id, kind) in store::due_booking_reminders(&state.db, now).await? {
        let mail = prepare_existing(state, &id, if kind == "day" { What::DayBefore } else { What::HourBefore }).await?;
        if store::claim_booking_reminder(&state.db, &id, kind, &mail, now).await? {
            mail::wake(state);
            sent += 1;
        }
    }
    Ok(sent)
}

/// Runs the session reminders every minute until shutdown.
pub async fn run(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        let result = send_due_reminders(&state).await;
        if let Err(e) = &result {
            tracing::error!(error = %format!("{e:#}"), "session reminders");
        }
        state.metrics.task_ran("session-reminders", result.is_ok(), state.clock.now_ms());
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(state.config.task_interval_secs)) => {}
            _ = stop.changed() => return,
        }
    }
}
