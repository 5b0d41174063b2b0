//! The program's SQL, one file per step.

mod acknowledge;
mod actions;
mod time;

pub use acknowledge::*;
pub use actions::*;
pub use time::*;
