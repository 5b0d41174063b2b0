//! Messages: a private thread between the two partners of a space, and threads between a
//! counsellor and a client or a couple. Sealed under each sender's key; read positions per
//! person; five minutes to change a message, with the earlier text kept; live delivery
//! through `crate::live`; a neutral mail when something stays unread.

pub mod handlers;
pub mod model;
pub mod notify;
pub mod store;
pub mod views;

use crate::web::routes::Routes;

pub fn routes() -> Routes {
    Routes::default()
        .get("/messages", handlers::list)
        .post("/messages/reply-time", handlers::set_reply_time)
        .get("/messages/{id}", handlers::show)
        .post("/messages/{id}", handlers::send)
        .get("/messages/{id}/{message}/edit", handlers::edit_form)
        .post("/messages/{id}/{message}/edit", handlers::edit)
}
