//! Profiles' HTTP glue, by who uses it: the counsellor's own pages, and the operator's queue.

pub mod own;
pub mod verification;
