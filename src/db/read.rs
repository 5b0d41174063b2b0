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
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    async fn sqlite() -> (tempfile::TempDir, Db) {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::connect(&format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display())).await.unwrap();
        sqlx::query("CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER, b BLOB, note TEXT)")
            .execute(&db.pool)
            .await
            .unwrap();
        sqlx::query("INSERT INTO t VALUES ('a', 1, x'00ff', NULL), ('b', 2, NULL, 'two')")
            .execute(&db.pool)
            .await
            .unwrap();
        (dir, db)
    }

    #[tokio::test]
    async fn numbered_values_bind_by_number_wherever_they_appear() {
        let (_dir, db) = sqlite().await;
        assert!(db.readers.is_some(), "a file database reads through the plain connections");
        // $2 appears before $1, and $1 twice: each takes its own value.
        let rows = db
            .read_all(
                "SELECT id FROM t WHERE n >= $2 AND (id = $1 OR note = $1 OR $3 IS NULL) ORDER BY id",
                vec![("b").into(), (1).into(), (None::<i64>).into()],
            )
            .await
            .unwrap();
        assert_eq!(rows.iter().map(|r| r.try_get::<String, _>("id").unwrap()).collect::<Vec<_>>(), ["a", "b"]);
        let rows =
            db.read_all("SELECT id FROM t WHERE n >= $2 AND id = $1", vec![("b").into(), (1).into()]).await.unwrap();
        assert_eq!(rows.len(), 1);
    }

    #[tokio::test]
    async fn values_come_back_as_their_types_and_mismatches_are_errors() {
        let (_dir, db) = sqlite().await;
        let r = db.read_one("SELECT id, n, b, note FROM t WHERE id = $1", vec![("a").into()]).await.unwrap();
        assert_eq!(r.try_get::<i64, _>("n").unwrap(), 1);
        assert_eq!(r.try_get::<Vec<u8>, _>("b").unwrap(), vec![0, 255]);
        assert_eq!(r.try_get::<Option<String>, _>("note").unwrap(), None);
        assert_eq!(r.try_get::<String, _>(0).unwrap(), "a");
        assert!(matches!(r.try_get::<String, _>("n"), Err(sqlx::Error::ColumnDecode { .. })));
        assert!(matches!(r.try_get::<String, _>("note"), Err(sqlx::Error::ColumnDecode { .. })));
        assert!(matches!(r.try_get::<i64, _>("missing"), Err(sqlx::Error::ColumnNotFound(_))));
        assert!(matches!(r.try_get::<i64, _>(9), Err(sqlx::Error::ColumnIndexOutOfBounds { .. })));
        assert!(db.read_optional("SELECT id FROM t WHERE id = $1", vec![("zz").into()]).await.unwrap().is_none());
        assert!(matches!(db.read_one("SELECT id FROM t WHERE id = 'zz'", vec![]).await, Err(sqlx::Error::RowNotFound)));
    }

    #[tokio::test]
    async fn the_read_path_cannot_write_and_sees_what_was_committed() {
        let (_dir, db) = sqlite().await;
        assert!(db.read_all("DELETE FROM t", vec![]).await.is_err(), "query_only refuses writes");
        assert!(db.read_all("SELECT nonsense FROM", vec![]).await.is_err());
        assert_eq!(db.read_one("SELECT COUNT(*) FROM t", vec![]).await.unwrap().try_get::<i64, _>(0).unwrap(), 2);
        // A write committed through the pool is visible to the next read, on a reused connection.
        sqlx::query("INSERT INTO t (id, n) VALUES ('c', 3)").execute(&db.pool).await.unwrap();
        assert_eq!(db.read_one("SELECT COUNT(*) FROM t", vec![]).await.unwrap().try_get::<i64, _>(0).unwrap(), 3);
        // Missing values are an error, not a silent NULL.
        assert!(db.read_all("SELECT id FROM t WHERE id = $2", vec![("a").into()]).await.is_err());
    }

    #[tokio::test]
    async fn a_locked_database_waits_off_the_worker_thread_and_the_read_still_lands() {
        let (dir, setup) = sqlite().await;
        setup.pool.close().await;
        // A pool of one connection, so that one can hold the database alone: it takes it for
        // itself (exclusive locking mode, an open write), as a maintenance job might.
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        let pool = sqlx::any::AnyPoolOptions::new().max_connections(1).connect(&url).await.unwrap();
        let path = dir.path().join("t.db").to_str().unwrap().to_string();
        let db = Db { pool, kind: DbKind::Sqlite, readers: Some(Arc::new(Readers::new(path))), audit_key: None };
        let mut hold = db.pool.acquire().await.unwrap();
        for sql in ["PRAGMA locking_mode = EXCLUSIVE", "BEGIN EXCLUSIVE", "INSERT INTO t (id, n) VALUES ('c', 3)"] {
            sqlx::query(sql).execute(&mut *hold).await.unwrap();
        }
        // This test's runtime has one thread: the release, and the ticks, run only if the
        // waiting read leaves it free.
        let ticks = Arc::new(AtomicUsize::new(0));
        let ticker = tokio::spawn({
            let ticks = ticks.clone();
            async move {
                loop {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    ticks.fetch_add(1, Ordering::Relaxed);
                }
            }
        });
        let release = tokio::spawn(async move {
            while ticks_now(&ticks) < 20 {
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            sqlx::query("COMMIT").execute(&mut *hold).await.unwrap();
            sqlx::Connection::close(hold.detach()).await.unwrap();
        });
        fn ticks_now(t: &AtomicUsize) -> usize {
            t.load(Ordering::Relaxed)
        }
        let n = db.read_one("SELECT COUNT(*) FROM t", vec![]).await.unwrap().try_get::<i64, _>(0).unwrap();
        assert_eq!(n, 3, "the read waited for the lock (on sqlx's thread) and saw the write");
        release.await.unwrap();
        ticker.abort();
        // Once the lock is gone, reads run in place again.
        db.readers.as_ref().unwrap().locked_until.store(0, Ordering::Relaxed);
        assert!(db.readers.as_ref().unwrap().run("SELECT COUNT(*) FROM t", &[], None).is_ok());
    }

    #[tokio::test]
    async fn an_in_memory_database_reads_through_sqlx() {
        // Shared in-memory databases, by name and by URI: a plain connection would open an
        // empty database (or a file named like the URL) instead.
        for url in ["sqlite::memory:", "sqlite://readers-mem?mode=memory&cache=shared"] {
            let db = Db::connect(url).await.unwrap();
            assert!(db.readers.is_none(), "{url}");
        }
        let db = Db::connect("sqlite://readers-mem?mode=memory&cache=shared").await.unwrap();
        let r = db.read_one("SELECT 7 AS x", vec![]).await.unwrap();
        assert_eq!(r.try_get::<i64, _>("x").unwrap(), 7);
        assert!(!std::path::Path::new("readers-mem").exists(), "no file was made from the URL");
    }

    /// With statistics gathered (ANALYZE, which the upkeep's `PRAGMA optimize` runs), SQLite
    /// would recompile a cached statement each time a new value is bound to a column that
    /// has samples, unless the planner's stability guarantee is on.
    #[tokio::test]
    async fn cached_statements_compile_once_with_statistics_present() {
        let (_dir, db) = sqlite().await;
        sqlx::query(
            "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 2000) \
             INSERT INTO t (id, n) SELECT 'r' || i, CASE WHEN i % 10 = 0 THEN i ELSE 5 END FROM k",
        )
        .execute(&db.pool)
        .await
        .unwrap();
        sqlx::query("CREATE INDEX t_n ON t (n)").execute(&db.pool).await.unwrap();
        sqlx::query("ANALYZE").execute(&db.pool).await.unwrap();
        let samples: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_stat4").fetch_one(&db.pool).await.unwrap();
        assert!(samples > 0, "the statistics include samples");
        let sql = "SELECT id FROM t WHERE n = $1 AND id > $2";
        let reprepares = |conn: &rusqlite::Connection| {
            for v in [5_i64, 10, 20, 5, 990, 7] {
                let mut stmt = conn.prepare_cached(sql).unwrap();
                stmt.raw_bind_parameter(1, v).unwrap();
                stmt.raw_bind_parameter(2, "").unwrap();
                let mut rows = stmt.raw_query();
                while rows.next().unwrap().is_some() {}
            }
            let stmt = conn.prepare_cached(sql).unwrap();
            stmt.get_status(rusqlite::StatementStatus::RePrepare)
        };
        // The read path's own connections.
        let readers = db.readers.as_ref().unwrap();
        assert_eq!(reprepares(&readers.open().unwrap()), 0, "the read path");
        // A connection opened with no settings at all, as sqlx opens its own: the library's
        // default is what they all get.
        let plain = rusqlite::Connection::open(&readers.path).unwrap();
        assert_eq!(reprepares(&plain), 0, "any connection of this build");
        // And the same statement through the read path answers right for each value.
        let rows = db.read_all(sql, vec![(990).into(), ("").into()]).await.unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(db.read_all(sql, vec![(5).into(), ("").into()]).await.unwrap().len(), 1800);
    }

    #[tokio::test]
    async fn concurrent_reads_see_whole_rows() {
        let (_dir, db) = sqlite().await;
        sqlx::query("CREATE TABLE u (id TEXT PRIMARY KEY)").execute(&db.pool).await.unwrap();
        sqlx::query("INSERT INTO u VALUES ('x'), ('y')").execute(&db.pool).await.unwrap();
        let readers = db.readers.clone().unwrap();
        let bad = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let readers = readers.clone();
                let bad = bad.clone();
                std::thread::spawn(move || {
                    for _ in 0..3000 {
                        let rows = readers
                            .run_in_place(
                                "SELECT u.id, (SELECT COUNT(*) FROM t WHERE t.id > u.id) AS c, EXISTS (SELECT 1 FROM t) AS e FROM u WHERE u.id = $1",
                                &[("x").into()],
                                Some(1),
                            )
                            .unwrap();
                        if rows[0].try_get::<i64, _>("c").is_err() || rows[0].try_get::<bool, _>("e").is_err() {
                            bad.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(bad.load(Ordering::Relaxed), 0);
    }
}
