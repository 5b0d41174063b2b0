//! Messages: a private thread between the two partners of a space, and threads between a
//! counsellor and a client or a couple. Sealed under each sender's key; read positions per
//! person; five minutes to change a message, with the earlier text kept; live delivery
//! through `crate::live`; a neutral mail when something stays unread.

pub mod handlers;
pub mod model;
pub mod notify;
pub mod store;
pub mod views;

use crate::app::AppState;
use crate::web::routes::Routes;

/// A message someone else wrote, as the person reporting it sees it.
pub struct Reportable {
    pub author_id: String,
    pub author_name: Option<String>,
    pub text: String,
    /// The author is the reporter's partner (the partners' thread, or the couple's thread
    /// with the counsellor): the report form puts safety first.
    pub by_partner: bool,
}

/// The message `id` in `thread`, if `user_id` is in the thread now and did not write it;
/// otherwise nothing (the same for a message that does not exist).
pub async fn reportable(state: &AppState, user_id: &str, thread: &str, id: &str) -> anyhow::Result<Option<Reportable>> {
    let Some((t, people)) = store::open_thread(&state.db, thread, user_id).await? else { return Ok(None) };
    let Some(m) = store::message(&state.db, &state.crypto, thread, id).await?.filter(|m| m.sender_id != user_id) else {
        return Ok(None);
    };
    let author = people.iter().find(|p| p.id == m.sender_id);
    let by_partner = t.kind != model::Kind::Individual && author.is_some_and(|p| !p.counsellor);
    Ok(Some(Reportable {
        author_name: author.map(|p| p.name.clone()),
        author_id: m.sender_id,
        text: m.text,
        by_partner,
    }))
}

pub fn routes() -> Routes {
    Routes::default()
        .get("/messages", handlers::list)
        .post("/messages/reply-time", handlers::set_reply_time)
        .get("/messages/{id}", handlers::show)
        .post("/messages/{id}", handlers::send)
        .get("/messages/{id}/{message}/edit", handlers::edit_form)
        .post("/messages/{id}/{message}/edit", handlers::edit)
}
