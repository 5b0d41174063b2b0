//! Bookings' HTTP glue: booking and sessions, series, and calendar feeds.

pub mod booking;
pub mod feeds;
pub mod series;
