//! Abuse reports (issue 20): a member reports a message (in any thread they are in), a
//! counsellor or a guide; a counsellor reports a client's message. The reporter chooses
//! whether to attach the reported text (which they can already see) and gives a reason from
//! a short list, with an optional note. The reported person is never told who reported.
//!
//! The operator's queue shows only what the reporter sent: no thread, no other message,
//! nothing of the reporter's beyond it. Decisions (dismiss, warn, suspend a counsellor,
//! take a guide down, disable an account) need a reason, go into the audit chain, and the
//! reporter is told the outcome in words that name neither the action nor the person.
//!
//! Against misuse by a controlling partner: a report about a partner puts crisis lines and
//! the safety check first; reports are throttled per member; the reporter's list shows only
//! "received", "no rules broken" or "action taken", so reporting teaches nothing new about
//! anyone; and nothing is written to the reported person's pages.

mod handlers;
pub mod model;
pub mod store;
mod views;

use crate::web::routes::Routes;

pub fn routes() -> Routes {
    use handlers::*;
    Routes::default()
        .get("/messages/{id}/{message}/report", message_form)
        .post("/messages/{id}/{message}/report", message_report)
        .get("/counsellors/{id}/report", counsellor_form)
        .post("/counsellors/{id}/report", counsellor_report)
        .get("/articles/{slug}/report", guide_form)
        .post("/articles/{slug}/report", guide_report)
        .get("/reports", mine)
        .get("/admin/reports", queue)
        .get("/admin/reports/{id}", item)
        .post("/admin/reports/{id}", decide)
}
