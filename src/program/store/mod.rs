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
