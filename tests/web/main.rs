//! Integration tests against the real router, on SQLite or (with TEST_DATABASE_URL) PostgreSQL.

mod accounts;
mod articles;
mod audit;
mod authz;
mod bookings;
mod cli;
mod concurrency;
mod counsellors;
mod crypto;
mod deletion;
mod export;
mod harness;
mod instances;
mod journal;
mod logs;
mod messages;
mod platform;
mod program;
mod questionnaires;
mod reminders;
mod safety;
mod security;
mod sharing;
mod spaces;
mod support;
mod transparency;
