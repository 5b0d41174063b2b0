//! A neutral mail when a message stays unread for `--message-notify-minutes`: one per
//! stretch of unread messages, claimed in the database so several instances send it once.

use std::time::Duration;

use super::store;
use crate::app::AppState;
use crate::mail::{self, Subject};

pub async fn run(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        if let Err(e) = send_due(&state).await {
            tracing::error!(error = %format!("{e:#}"), "unread message notices");
        }
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
        let Some(email) = store::claim_notice(&state.db, &user_id, &thread_id, now).await? else { continue };
        let body = format!(
            "Hello,\n\nA message is waiting for you on DilTalks. Sign in to read it:\n{}/messages\n\n\
             We send this note once while messages stay unread; it never includes what was written.\n",
            state.config.base_url()
        );
        mail::send_optional(state, &email, mail::optout::Optional::MessageNotices, Subject::NewMessage, body, None)
            .await?;
        sent += 1;
    }
    Ok(sent)
}
