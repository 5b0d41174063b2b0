//! Bookings' HTTP glue: booking and sessions, and calendar feeds.

pub mod booking;
pub mod feeds;
