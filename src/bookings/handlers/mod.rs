//! Bookings' HTTP glue: booking and sessions, series, and calendar feeds.

pub mod booking;
pub mod feeds;
pub mod for_clients;
pub mod series;
