//! The reminder task: half an hour before each occurrence of a commitment whose maker asked
//! for reminders, one neutral email to the maker. Safe with several instances: each
//! occurrence is claimed in the database before its mail is queued.

use std::time::Duration;

use askama::Template;

use crate::app::AppState;
use crate::mail::{self, Subject};
use crate::pages::format_time_in;
use crate::program::actions::{REMIND_BEFORE, next_reminder};
use crate::program::store;
use crate::program::views::ReminderLetter;

/// Sends the reminders due now; returns how many this instance sent.
pub async fn send_due(state: &AppState) -> anyhow::Result<usize> {
    let now = state.clock.now_ms();
    let mut sent = 0;
    for due in store::due_reminders(&state.db, now).await? {
        let occurrence = due.remind_at + REMIND_BEFORE;
        // After downtime, a reminder for a moment already past is skipped, not sent late.
        if occurrence > now {
            let link = format!("{}/program/actions", state.config.base_url());
            let letter = |v: &mail::Voice| {
                let when = format_time_in(v.lang, occurrence, &due.time_zone);
                ReminderLetter { v, name: &due.name, when: &when, zone: &due.time_zone, link: &link }.render()
            };
            let kind = mail::optout::Optional::ProgramReminders;
            let mail: Vec<_> = mail::prepare_optional(state, &due.email, kind, Subject::Reminder, letter, None)
                .await?
                .into_iter()
                .collect();
            if store::claim_reminder(&state.db, &due.commitment_id, occurrence, &mail, now).await? && !mail.is_empty() {
                mail::wake(state);
                sent += 1;
            }
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
        let result = send_due(&state).await;
        if let Err(e) = &result {
            tracing::error!(error = %format!("{e:#}"), "commitment reminders");
        }
        state.metrics.task_ran("program-reminders", result.is_ok(), state.clock.now_ms());
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(state.config.task_interval_secs)) => {}
            _ = stop.changed() => return,
        }
    }
}
