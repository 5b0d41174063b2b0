//! The reminder task: half an hour before each occurrence of a commitment whose maker asked
//! for reminders, one neutral email to the maker. Safe with several instances: each
//! occurrence is claimed in the database before its mail is queued.

use std::time::Duration;

use crate::app::AppState;
use crate::mail::{self, Subject};
use crate::pages::format_time;
use crate::program::actions::{REMIND_BEFORE, next_reminder};
use crate::program::store;

/// Sends the reminders due now; returns how many this instance sent.
pub async fn send_due(state: &AppState) -> anyhow::Result<usize> {
    let now = state.clock.now_ms();
    let mut sent = 0;
    for due in store::due_reminders(&state.db, now).await? {
        let occurrence = due.remind_at + REMIND_BEFORE;
        // After downtime, a reminder for a moment already past is skipped, not sent late.
        if occurrence > now && store::claim_reminder(&state.db, &due.commitment_id, occurrence, now).await? {
            let body = format!(
                "Hello {},\n\nThis is the reminder you asked for: something you planned is due at {} ({} time).\n\n\
                 Open DilTalks to see it:\n{}/program/actions\n\nYou can turn these reminders off there at any time.\n",
                due.name,
                format_time(occurrence, &due.time_zone),
                due.time_zone,
                state.config.base_url()
            );
            let kind = mail::optout::Optional::ProgramReminders;
            mail::send_optional(state, &due.email, kind, Subject::Reminder, body, None).await?;
            sent += 1;
        }
        let after = now.max(due.remind_at + 1);
        let next = next_reminder(&due.schedule, &due.time_zone, due.starts_at, due.ended_at, after);
        store::advance_reminder(&state.db, &due.commitment_id, due.remind_at, next).await?;
    }
    Ok(sent)
}

/// Runs `send_due` every minute until shutdown.
pub async fn run(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        if let Err(e) = send_due(&state).await {
            tracing::error!(error = %format!("{e:#}"), "commitment reminders");
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(state.config.task_interval_secs)) => {}
            _ = stop.changed() => return,
        }
    }
}
