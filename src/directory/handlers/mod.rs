//! The directory's HTTP glue: searching and profiles, and the matching questionnaire.

pub mod matching;
pub mod search;
