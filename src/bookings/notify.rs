//! Mail about sessions: a confirmation when booked, a notice when cancelled, reminders a day
//! and an hour before — each with a calendar file, each neutral: no names, no subject matter.

use std::time::Duration;

use super::ics::{self, Event, Method};
use super::model::Person;
use super::store;
use crate::app::AppState;
use crate::mail::{self, Subject};
use crate::pages::format_time;

#[derive(Clone, Copy)]
pub enum What {
    Booked,
    /// A booking that replaced another: the same calendar event at its new time.
    Moved,
    Cancelled,
    DayBefore,
    HourBefore,
}

fn body(what: What, p: &Person, start: i64, url: &str) -> String {
    let when = format!("{} ({} time)", format_time(start, &p.time_zone), p.time_zone);
    let first = match what {
        What::Booked => format!("An appointment is booked for {when}."),
        What::Moved => format!("An appointment has moved. It is now on {when}."),
        What::Cancelled => format!("The appointment on {when} is cancelled."),
        What::DayBefore => format!("A reminder: you have an appointment tomorrow, {when}."),
        What::HourBefore => format!("A reminder: your appointment starts within the hour, at {when}."),
    };
    format!("Hello {},\n\n{first}\n\nDetails:\n{url}\n\nThe attached calendar file updates your calendar.\n", p.name)
}

/// The calendar events of these bookings, each under its session's first booking's UID.
fn events<'a>(rows: &'a [store::CalendarRow], urls: &'a [String], cancelled: bool) -> Vec<Event<'a>> {
    rows.iter().zip(urls).map(|(r, url)| r.event(url, cancelled)).collect()
}

/// One iTIP calendar file for one recipient: only their own address is in it.
fn invitation(state: &AppState, method: Method, events: &[Event<'_>], p: &Person) -> String {
    let organizer = state.mailer.address();
    let parties = ics::Parties { organizer: &organizer, attendee: Some((&p.name, &p.email)) };
    ics::calendar(method, events, &parties, state.clock.now_ms())
}

/// Mails everyone the booking concerns.
pub async fn send(state: &AppState, booking_id: &str, what: What) -> anyhow::Result<()> {
    let rows = store::for_calendar(&state.db, &[booking_id.to_string()]).await?;
    let people = store::people(&state.db, booking_id).await?;
    for (p, m) in people.iter().zip(prepare(state, &rows, &people, what).await?) {
        if matches!(what, What::DayBefore | What::HourBefore) {
            // Reminders may be turned off; they go through the opt-out check and carry the link.
            let kind = mail::optout::Optional::SessionReminders;
            let (body, calendar) = m;
            mail::send_optional(state, &p.email, kind, subject(what), body, Some(calendar)).await?;
        } else {
            let (body, calendar) = m;
            mail::send_with_calendar(state, &p.email, subject(what), body, Some(calendar)).await?;
        }
    }
    Ok(())
}

/// The mail a booking that is about to be written (as `id`) will send, prepared for its
/// transaction (`store::book_with_mail`): booked, or moved from the booking it replaces.
pub async fn prepare_new(
    state: &AppState,
    id: &str,
    b: &crate::bookings::model::NewBooking<'_>,
) -> anyhow::Result<Vec<mail::Prepared>> {
    let rows = vec![store::calendar_row_for(&state.db, id, b).await?];
    let people = store::people_for(&state.db, b).await?;
    let what = if b.replaces.is_some() { What::Moved } else { What::Booked };
    let mut out = vec![];
    for (p, (body, calendar)) in people.iter().zip(prepare(state, &rows, &people, what).await?) {
        out.push(mail::prepare(state, &p.email, subject(what), body, Some(calendar), None).await?);
    }
    Ok(out)
}

/// The mail a change to an existing booking will send (a cancellation), prepared for the
/// change's own transaction.
pub async fn prepare_existing(state: &AppState, booking_id: &str, what: What) -> anyhow::Result<Vec<mail::Prepared>> {
    let rows = store::for_calendar(&state.db, &[booking_id.to_string()]).await?;
    let people = store::people(&state.db, booking_id).await?;
    let mut out = vec![];
    for (p, (body, calendar)) in people.iter().zip(prepare(state, &rows, &people, what).await?) {
        out.push(mail::prepare(state, &p.email, subject(what), body, Some(calendar), None).await?);
    }
    Ok(out)
}

fn subject(what: What) -> Subject {
    match what {
        What::Booked => Subject::Appointment,
        What::Moved | What::Cancelled => Subject::AppointmentChanged,
        What::DayBefore | What::HourBefore => Subject::Reminder,
    }
}

/// Each person's text and calendar file about one booking.
async fn prepare(
    state: &AppState,
    rows: &[store::CalendarRow],
    people: &[Person],
    what: What,
) -> anyhow::Result<Vec<(String, String)>> {
    let Some(row) = rows.first() else { return Ok(vec![]) };
    let url = format!("{}/bookings/{}", state.config.base_url(), row.id);
    let urls = [url.clone()];
    let events = events(rows, &urls, matches!(what, What::Cancelled));
    let method = if matches!(what, What::Cancelled) { Method::Cancel } else { Method::Request };
    Ok(people.iter().map(|p| (body(what, p, row.starts_at, &url), invitation(state, method, &events, p))).collect())
}

/// Mails everyone a series' sessions concern once, listing every time, with one calendar
/// file holding an event per session (each its own UID, so a later move or cancellation of
/// one session updates just that event).
pub async fn send_series(state: &AppState, booking_ids: &[String], what: What) -> anyhow::Result<()> {
    let Some(first) = booking_ids.first() else { return Ok(()) };
    let base = state.config.base_url();
    let rows = store::for_calendar(&state.db, booking_ids).await?;
    let urls: Vec<String> = rows.iter().map(|r| format!("{base}/bookings/{}", r.id)).collect();
    let cancelled = matches!(what, What::Cancelled);
    let events = events(&rows, &urls, cancelled);
    let method = if cancelled { Method::Cancel } else { Method::Request };
    let subject = if matches!(what, What::Booked) { Subject::Appointment } else { Subject::AppointmentChanged };
    for p in store::people(&state.db, first).await? {
        let list: String = rows.iter().map(|r| format!("- {}\n", format_time(r.starts_at, &p.time_zone))).collect();
        let first = match (what, rows.len()) {
            (What::Cancelled, 1) => format!("This appointment is cancelled ({} time):", p.time_zone),
            (What::Cancelled, n) => format!("These {n} appointments are cancelled ({} time):", p.time_zone),
            (What::Moved, 1) => format!("An appointment has moved. It is now ({} time):", p.time_zone),
            (What::Moved, n) => format!("{n} appointments have moved. They are now ({} time):", p.time_zone),
            (_, 1) => format!("An appointment is booked ({} time):", p.time_zone),
            (_, n) => format!("{n} appointments are booked ({} time):", p.time_zone),
        };
        let body = format!(
            "Hello {},\n\n{first}\n\n{list}\nDetails:\n{base}/bookings\n\nThe attached calendar file updates your calendar.\n",
            p.name
        );
        let calendar = invitation(state, method, &events, &p);
        mail::send_with_calendar(state, &p.email, subject, body, Some(calendar)).await?;
    }
    Ok(())
}

/// Sends the reminders due now; returns how many bookings this instance reminded.
pub async fn send_due_reminders(state: &AppState) -> anyhow::Result<usize> {
    let now = state.clock.now_ms();
    let mut sent = 0;
    for (id, kind) in store::due_booking_reminders(&state.db, now).await? {
        if store::claim_booking_reminder(&state.db, &id, kind, now).await? {
            send(state, &id, if kind == "day" { What::DayBefore } else { What::HourBefore }).await?;
            sent += 1;
        }
    }
    Ok(sent)
}

/// Runs the session reminders every minute until shutdown.
pub async fn run(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        if let Err(e) = send_due_reminders(&state).await {
            tracing::error!(error = %format!("{e:#}"), "session reminders");
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(state.config.task_interval_secs)) => {}
            _ = stop.changed() => return,
        }
    }
}
