//! The read path for the hot pages: one function call per statement on either engine, with
//! rows handed back whole.
//!
//! On SQLite, sqlx runs each connection on its own thread and passes every statement and
//! every row across a channel; under load most of the server's time went to those thread
//! switches (`bench/README.md`, "How far one statement goes"). Reads here go instead to a
//! small pool of plain SQLite connections, opened `query_only`, and run where the request
//! runs: a read of an indexed row costs microseconds, less than the hand-off it replaces.
//! PostgreSQL keeps sqlx (its connections are sockets: there is no thread to skip), and the
//! rows are converted, so a store function written against [`Db::read_all`] runs on both.
//!
//! Writes, and reads inside a write transaction, stay on sqlx: the read path only ever sees
//! committed data (WAL gives each statement the latest committed snapshot).

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::row::from_any;
pub use super::row::{Arg, ColumnIndex, FromValue, ReadRow, Value};
use super::{Db, DbKind};

/// Plain SQLite connections for reading, kept for reuse.
///
/// A read here runs on the request's own worker thread, where nothing can interrupt it: not
/// the request timeout, not another request. So it never waits long. Its connections wait at
/// most [`BRIEF`] for a lock (a checkpoint resetting the log, a connection holding the
/// database exclusively); a read that would wait longer goes to sqlx instead, whose
/// connections wait on their own threads while the request awaits them (and can be timed
/// out). After a wait, reads skip the
/// plain connections for [`AFTER_BUSY`], so a page of twenty statements pays the brief wait
/// once, not twenty times.
pub struct Readers {
    path: String,
    idle: Mutex<Vec<rusqlite::Connection>>,
    /// Until when (ms since the epoch) reads go to sqlx because a plain connection found the
    /// database locked.
    locked_until: AtomicI64,
}

/// Connections kept idle; more are opened when more requests read at once, then closed.
const KEEP: usize = 8;
/// The longest a read in place waits for a lock before handing the statement to sqlx.
const BRIEF: Duration = Duration::from_millis(20);
/// How long reads go to sqlx after one found the database locked.
const AFTER_BUSY: i64 = 250;

impl std::fmt::Debug for Readers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Readers").field("path", &self.path).finish_non_exhaustive()
    }
}

/// Why a read did not run in place: sqlx runs it instead.
#[derive(Debug)]
enum Declined {
    /// The database was locked for longer than [`BRIEF`].
    Locked,
    Failed(rusqlite::Error),
}

impl Readers {
    /// Reads of the database file at `path`.
    pub fn new(path: String) -> Readers {
        Readers { path, idle: Mutex::new(Vec::new()), locked_until: AtomicI64::new(0) }
    }

    fn open(&self) -> rusqlite::Result<rusqlite::Connection> {
        use rusqlite::OpenFlags;
        let conn = rusqlite::Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
        )?;
        // Writing through this connection is refused by SQLite itself.
        conn.execute_batch("PRAGMA query_only = ON")?;
        conn.busy_timeout(BRIEF)?;
        // The build turns the query planner's stability guarantee on for every connection
        // (.cargo/config.toml); said again here so these never re-prepare a cached statement.
        conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        conn.set_prepared_statement_cache_capacity(256);
        Ok(conn)
    }

    fn run(&self, sql: &str, args: &[Arg], limit: Option<usize>) -> Result<Vec<ReadRow>, Declined> {
        let now = now_ms();
        if self.locked_until.load(Ordering::Relaxed) > now {
            return Err(Declined::Locked);
        }
        match self.run_in_place(sql, args, limit) {
            Err(e) if is_locked(&e) => {
                self.locked_until.store(now_ms() + AFTER_BUSY, Ordering::Relaxed);
                Err(Declined::Locked)
            }
            Err(e) => Err(Declined::Failed(e)),
            Ok(rows) => Ok(rows),
        }
    }

    fn run_in_place(&self, sql: &str, args: &[Arg], limit: Option<usize>) -> rusqlite::Result<Vec<ReadRow>> {
        let conn = match self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop() {
            Some(c) => c,
            None => self.open()?,
        };
        let out = query(&conn, sql, args, limit);
        // A connection goes back only when its statement finished cleanly.
        if out.is_ok() {
            let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
            if idle.len() < KEEP {
                idle.push(conn);
            }
        }
        out
    }
}

/// A lock held elsewhere, or (SQLITE_PROTOCOL) a read that lost the race for the log's index
/// too many times while writers and a checkpoint moved it: both pass, so sqlx retries.
fn is_locked(e: &rusqlite::Error) -> bool {
    use rusqlite::ErrorCode::{DatabaseBusy, DatabaseLocked, FileLockingProtocolFailed};
    matches!(e.sqlite_error_code(), Some(DatabaseBusy | DatabaseLocked | FileLockingProtocolFailed))
}

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

fn query(conn: &rusqlite::Connection, sql: &str, args: &[Arg], limit: Option<usize>) -> rusqlite::Result<Vec<ReadRow>> {
    let mut stmt = conn.prepare_cached(sql)?;
    // `$N` binds the Nth value wherever it appears, as sqlx does.
    for i in 1..=stmt.parameter_count() {
        let n = stmt.parameter_name(i).and_then(|n| n.strip_prefix(['$', '?'])).and_then(|n| n.parse::<usize>().ok());
        let arg = args.get(n.unwrap_or(i) - 1).ok_or(rusqlite::Error::InvalidParameterCount(i, args.len()))?;
        match arg {
            Arg::Null => stmt.raw_bind_parameter(i, rusqlite::types::Null)?,
            Arg::Int(v) => stmt.raw_bind_parameter(i, v)?,
            Arg::Text(v) => stmt.raw_bind_parameter(i, v)?,
            Arg::Blob(v) => stmt.raw_bind_parameter(i, v)?,
        }
    }
    let names: Arc<[String]> = stmt.column_names().iter().map(|s| s.to_string()).collect();
    let width = names.len();
    let mut rows = stmt.raw_query();
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut values = Vec::with_capacity(width);
        for i in 0..width {
            use rusqlite::types::ValueRef;
            values.push(match r.get_ref(i)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(v) => Value::Int(v),
                ValueRef::Real(v) => Value::Real(v),
                // Valid UTF-8 (always, for text we wrote) is checked by the fast validator.
                ValueRef::Text(v) => Value::Text(
                    std::str::from_utf8(v).map_or_else(|_| String::from_utf8_lossy(v).into_owned(), str::to_owned),
                ),
                ValueRef::Blob(v) => Value::Blob(v.to_vec()),
            });
        }
        out.push(ReadRow::new(names.clone(), values));
        if limit.is_some_and(|l| out.len() >= l) {
            break;
        }
    }
    Ok(out)
}

impl Db {
    /// Every row of a read-only statement.
    pub async fn read_all(&self, sql: &str, args: Vec<Arg>) -> Result<Vec<ReadRow>, sqlx::Error> {
        self.read(sql, args, None).await
    }

    /// The first row of a read-only statement, if any.
    pub async fn read_optional(&self, sql: &str, args: Vec<Arg>) -> Result<Option<ReadRow>, sqlx::Error> {
        Ok(self.read(sql, args, Some(1)).await?.into_iter().next())
    }

    /// The first row of a read-only statement; `RowNotFound` if there is none.
    pub async fn read_one(&self, sql: &str, args: Vec<Arg>) -> Result<ReadRow, sqlx::Error> {
        self.read_optional(sql, args).await?.ok_or(sqlx::Error::RowNotFound)
    }

    async fn read(&self, sql: &str, args: Vec<Arg>, limit: Option<usize>) -> Result<Vec<ReadRow>, sqlx::Error> {
        match (&self.readers, self.kind) {
            (Some(readers), DbKind::Sqlite) => {
                let started = std::time::Instant::now();
                match readers.run(sql, &args, limit) {
                    Ok(rows) => {
                        // The same fields as sqlx's statement log, so bench/slow-queries.sh reads both.
                        tracing::debug!(
                            summary = ?sql.split_whitespace().take(4).collect::<Vec<_>>().join(" "),
                            db.statement = ?sql,
                            rows_returned = rows.len(),
                            elapsed_secs = started.elapsed().as_secs_f64(),
                            "read"
                        );
                        Ok(rows)
                    }
                    Err(Declined::Failed(e)) => Err(sqlx::Error::AnyDriverError(Box::new(e))),
                    Err(why) => {
                        tracing::debug!(?why, "read handed to sqlx");
                        self.read_sqlx(sql, args, limit).await
                    }
                }
            }
            _ => self.read_sqlx(sql, args, limit).await,
        }
    }

    async fn read_sqlx(&self, sql: &str, args: Vec<Arg>, limit: Option<usize>) -> Result<Vec<ReadRow>, sqlx::Error> {
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()));
        for a in args {
            q = match a {
                Arg::Null => q.bind(None::<String>),
                Arg::Int(v) => q.bind(v),
                Arg::Text(v) => q.bind(v),
                Arg::Blob(v) => q.bind(v),
            };
        }
        let rows = match limit {
            Some(_) => q.fetch_optional(&self.pool).await?.into_iter().collect(),
            None => q.fetch_all(&self.pool).await?,
        };
        from_any(rows)
    }
}

#[cfg(test)]
mod tests;
