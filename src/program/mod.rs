//! The trust-repair program: the six steps as things a couple does and sees.

pub mod deflection;
