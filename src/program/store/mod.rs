//! The program's SQL, one file per step.

mod acknowledge;
mod time;

pub use acknowledge::*;
pub use time::*;
