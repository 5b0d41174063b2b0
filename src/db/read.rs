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

use std::sync::{Arc, Mutex};

use super::row::from_any;
pub use super::row::{Arg, ColumnIndex, FromValue, ReadRow, Value};
use super::{Db, DbKind};

/// Plain SQLite connections for reading, kept for reuse.
pub struct Readers {
    path: String,
    idle: Mutex<Vec<rusqlite::Connection>>,
}

/// Connections kept idle; more are opened when more requests read at once, then closed.
const KEEP: usize = 8;

impl std::fmt::Debug for Readers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Readers").field("path", &self.path).finish_non_exhaustive()
    }
}

impl Readers {
    pub fn new(path: String) -> Readers {
        Readers { path, idle: Mutex::new(Vec::new()) }
    }

    fn open(&self) -> rusqlite::Result<rusqlite::Connection> {
        use rusqlite::OpenFlags;
        let conn = rusqlite::Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
        )?;
        // Writing through this connection is refused by SQLite itself.
        conn.execute_batch("PRAGMA query_only = ON; PRAGMA busy_timeout = 10000;")?;
        conn.set_prepared_statement_cache_capacity(256);
        Ok(conn)
    }

    fn run(&self, sql: &str, args: &[Arg], limit: Option<usize>) -> rusqlite::Result<Vec<ReadRow>> {
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
                ValueRef::Text(v) => Value::Text(String::from_utf8_lossy(v).into_owned()),
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
                let rows = readers.run(sql, &args, limit).map_err(|e| sqlx::Error::AnyDriverError(Box::new(e)))?;
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
            _ => {
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
