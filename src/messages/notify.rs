//! A neutral mail when a message stays unread for `--message-notify-minutes`: one per
//! stretch of unread messages, claimed in the database so several instances send it once.

use std::time::Duration;

use askama::Template;

use super::store;
use super::views::NoticeLetter;
use crate::app::AppState;
use crate::mail::{self, Subject};

pub async fn run(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        let result = send_due(&state).await;
        if let Err(e) = &result {
            tracing::error!(error = %format!("{e:#}"), "unread message notices");
        }
        state.metrics.task_ran("message-notices", result.is_ok(), state.clock.now_ms());
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(state.config.task_interval_secs)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Sends every notice that is due; returns how many this instance sent.
pub async fn send_due(state: &AppState) -> anyhow::Result<usize> {
    let now = state.clock.now_ms();
    let mut sent = 0;
    for (user_id, thread_id) in store::due_notices(&state.db, now).await? {
        // The note is prepared first and queued with the claim, so it is sent once or not at all.
        let mut mail = vec![];
        if let Some(email) = store::notice_address(&state.db, &user_id).await? {
            let link = format!("{}/messages", state.config.base_url());
            let letter = |v: &mail::Voice| NoticeLetter { v, link: &link }.render();
            let kind = mail::optout::Optional::MessageNotices;
            mail.extend(mail::prepare_optional(state, &email, kind, Subject::NewMessage, letter, None).await?);
        }
        if store::claim_notice(&state.db, (&user_id, &thread_id), &mail, now).await? && !mail.is_empty() {
            mail::wake(state);
            sent += 1;
        }
    }
    Ok(sent)
}
