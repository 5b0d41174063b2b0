//! The program's SQL, one file per step.

mod acknowledge;
mod actions;
mod questionnaires;
mod roots;
mod support;
mod talks;
mod time;
mod transparency;

pub use acknowledge::*;
pub use actions::*;
pub use questionnaires::*;
pub use roots::*;
pub use support::*;
pub use talks::*;
pub use time::*;
pub use transparency::*;

/// A member's own part of the program, deleted with their account; what belongs to the couple
/// (the shared account, commitments, talks) stays with the space.
pub const MEMBER_ROWS: &[&str] = &[
    "DELETE FROM statements WHERE author_id = $1",
    "DELETE FROM checkins WHERE author_id = $1",
    "DELETE FROM questionnaire_answers WHERE author_id = $1",
    "DELETE FROM thought_logs WHERE author_id = $1",
    "DELETE FROM transparency_notes WHERE author_id = $1",
    "DELETE FROM talk_questions WHERE author_id = $1",
    "DELETE FROM talk_ratings WHERE user_id = $1",
    "DELETE FROM reflections WHERE author_id = $1",
    "DELETE FROM needs WHERE author_id = $1",
    "DELETE FROM program_members WHERE user_id = $1",
];

/// Deletes what a member owns here, inside account deletion's transaction.
pub async fn delete_member(tx: &mut crate::db::Tx, user_id: &str) -> Result<(), sqlx::Error> {
    crate::db::delete_for(tx, MEMBER_ROWS, user_id).await
}
