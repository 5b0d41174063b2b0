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
    Cancelled,
    DayBefore,
    HourBefore,
}

fn body(what: What, p: &Person, start: i64, url: &str) -> String {
    let when = format!("{} ({} time)", format_time(start, &p.time_zone), p.time_zone);
    let first = match what {
        What::Booked => format!("An appointment is booked for {when}."),
        What::Cancelled => format!("The appointment on {when} is cancelled."),
        What::DayBefore => format!("A reminder: you have an appointment tomorrow, {when}."),
        What::HourBefore => format!("A reminder: your appointment starts within the hour, at {when}."),
    };
    format!("Hello {},\n\n{first}\n\nDetails:\n{url}\n\nThe attached calendar file updates your calendar.\n", p.name)
}

/// Mails everyone the booking concerns.
pub async fn send(state: &AppState, booking_id: &str, what: What) -> anyhow::Result<()> {
    let Some((start, end)) = store::times(&state.db, booking_id).await? else { return Ok(()) };
    let url = format!("{}/bookings/{booking_id}", state.config.base_url());
    let cancelled = matches!(what, What::Cancelled);
    let event = Event { uid: booking_id, starts_at: start, ends_at: end, url: &url, cancelled };
    let method = if cancelled { Method::Cancel } else { Method::Request };
    let calendar = ics::calendar(method, &[event], state.clock.now_ms());
    let subject = match what {
        What::Booked => Subject::Appointment,
        What::Cancelled => Subject::AppointmentChanged,
        What::DayBefore | What::HourBefore => Subject::Reminder,
    };
    for p in store::people(&state.db, booking_id).await? {
        mail::send_with_calendar(state, &p.email, subject, body(what, &p, start, &url), Some(calendar.clone())).await?;
    }
    Ok(())
}

/// Mails everyone a series' sessions concern once, listing every time, with one calendar
/// file holding an event per session (each its own UID, the booking's, so a later move or
/// cancellation of one session updates just that event).
pub async fn send_series(state: &AppState, booking_ids: &[String], what: What) -> anyhow::Result<()> {
    let Some(first) = booking_ids.first() else { return Ok(()) };
    let base = state.config.base_url();
    let mut times = vec![];
    for id in booking_ids {
        if let Some(t) = store::times(&state.db, id).await? {
            times.push((id.as_str(), t, format!("{base}/bookings/{id}")));
        }
    }
    let cancelled = matches!(what, What::Cancelled);
    let events: Vec<Event<'_>> =
        times.iter().map(|(id, (s, e), url)| Event { uid: id, starts_at: *s, ends_at: *e, url, cancelled }).collect();
    let method = if cancelled { Method::Cancel } else { Method::Publish };
    let calendar = ics::calendar(method, &events, state.clock.now_ms());
    let subject = if cancelled { Subject::AppointmentChanged } else { Subject::Appointment };
    for p in store::people(&state.db, first).await? {
        let list: String =
            times.iter().map(|(_, (s, _), _)| format!("- {}\n", format_time(*s, &p.time_zone))).collect();
        let first = match (cancelled, times.len()) {
            (true, 1) => format!("This appointment is cancelled ({} time):", p.time_zone),
            (true, n) => format!("These {n} appointments are cancelled ({} time):", p.time_zone),
            (false, 1) => format!("An appointment is booked ({} time):", p.time_zone),
            (false, n) => format!("{n} appointments are booked ({} time):", p.time_zone),
        };
        let body = format!(
            "Hello {},\n\n{first}\n\n{list}\nDetails:\n{base}/bookings\n\nThe attached calendar file updates your calendar.\n",
            p.name
        );
        mail::send_with_calendar(state, &p.email, subject, body, Some(calendar.clone())).await?;
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
