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

use sqlx::any::{AnyRow, AnyTypeInfoKind};
use sqlx::{Column, Row as _, TypeInfo as _};

use super::{Db, DbKind};

/// A bound value.
#[derive(Clone, Debug)]
pub enum Arg {
    Null,
    Int(i64),
    Text(String),
    Blob(Vec<u8>),
}

impl From<i64> for Arg {
    fn from(v: i64) -> Arg {
        Arg::Int(v)
    }
}
impl From<&str> for Arg {
    fn from(v: &str) -> Arg {
        Arg::Text(v.to_string())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Arg {
        Arg::Text(v)
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Arg {
        Arg::Text(v.clone())
    }
}
impl<T: Into<Arg>> From<Option<T>> for Arg {
    fn from(v: Option<T>) -> Arg {
        v.map_or(Arg::Null, Into::into)
    }
}

/// `args![a, b]`: the values for `$1, $2`.
#[macro_export]
macro_rules! args {
    ($($v:expr),* $(,)?) => { vec![$($crate::db::read::Arg::from($v)),*] };
}

/// A value read.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// What a column can be read as.
pub trait FromValue: Sized {
    fn from_value(v: &Value) -> Option<Self>;
}
impl FromValue for i64 {
    fn from_value(v: &Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(*i),
            _ => None,
        }
    }
}
impl FromValue for bool {
    fn from_value(v: &Value) -> Option<bool> {
        i64::from_value(v).map(|i| i != 0)
    }
}
impl FromValue for f64 {
    fn from_value(v: &Value) -> Option<f64> {
        match v {
            Value::Real(f) => Some(*f),
            Value::Int(i) => Some(*i as f64),
            _ => None,
        }
    }
}
impl FromValue for String {
    fn from_value(v: &Value) -> Option<String> {
        match v {
            Value::Text(s) => Some(s.clone()),
            _ => None,
        }
    }
}
impl FromValue for Vec<u8> {
    fn from_value(v: &Value) -> Option<Vec<u8>> {
        match v {
            Value::Blob(b) => Some(b.clone()),
            _ => None,
        }
    }
}
impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: &Value) -> Option<Option<T>> {
        match v {
            Value::Null => Some(None),
            v => T::from_value(v).map(Some),
        }
    }
}

/// One row, with its column names shared by the rows of the same statement.
#[derive(Clone, Debug)]
pub struct ReadRow {
    names: Arc<[String]>,
    values: Vec<Value>,
}

/// A column by name or by position, as with sqlx.
pub trait ColumnIndex {
    fn find(&self, names: &[String]) -> Result<usize, sqlx::Error>;
    fn label(&self) -> String;
}
impl ColumnIndex for &str {
    fn find(&self, names: &[String]) -> Result<usize, sqlx::Error> {
        names.iter().position(|n| n == self).ok_or_else(|| sqlx::Error::ColumnNotFound(self.to_string()))
    }
    fn label(&self) -> String {
        self.to_string()
    }
}
impl ColumnIndex for usize {
    fn find(&self, names: &[String]) -> Result<usize, sqlx::Error> {
        (*self < names.len())
            .then_some(*self)
            .ok_or(sqlx::Error::ColumnIndexOutOfBounds { index: *self, len: names.len() })
    }
    fn label(&self) -> String {
        self.to_string()
    }
}

impl ReadRow {
    /// A column as `T`, with the same errors as sqlx's `try_get`.
    pub fn try_get<T: FromValue, I: ColumnIndex>(&self, index: I) -> Result<T, sqlx::Error> {
        let i = index.find(&self.names)?;
        T::from_value(&self.values[i]).ok_or_else(|| sqlx::Error::ColumnDecode {
            index: index.label(),
            source: format!("unexpected {:?} for {}", self.values[i], std::any::type_name::<T>()).into(),
        })
    }
}

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
        out.push(ReadRow { names: names.clone(), values });
        if limit.is_some_and(|l| out.len() >= l) {
            break;
        }
    }
    Ok(out)
}

fn from_any(rows: Vec<AnyRow>) -> Result<Vec<ReadRow>, sqlx::Error> {
    let Some(first) = rows.first() else { return Ok(vec![]) };
    let names: Arc<[String]> = first.columns().iter().map(|c| c.name().to_string()).collect();
    rows.iter().map(|r| Ok(ReadRow { names: names.clone(), values: values_of(r)? })).collect()
}

fn values_of(r: &AnyRow) -> Result<Vec<Value>, sqlx::Error> {
    r.columns()
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if r.try_get_raw(i).map(|v| sqlx::ValueRef::is_null(&v))? {
                return Ok(Value::Null);
            }
            Ok(match c.type_info().kind() {
                AnyTypeInfoKind::Null => Value::Null,
                AnyTypeInfoKind::Bool => Value::Int(r.try_get::<bool, _>(i)? as i64),
                AnyTypeInfoKind::SmallInt => Value::Int(r.try_get::<i16, _>(i)?.into()),
                AnyTypeInfoKind::Integer => Value::Int(r.try_get::<i32, _>(i)?.into()),
                AnyTypeInfoKind::BigInt => Value::Int(r.try_get::<i64, _>(i)?),
                AnyTypeInfoKind::Real => Value::Real(r.try_get::<f32, _>(i)?.into()),
                AnyTypeInfoKind::Double => Value::Real(r.try_get::<f64, _>(i)?),
                AnyTypeInfoKind::Text => Value::Text(r.try_get::<String, _>(i)?),
                AnyTypeInfoKind::Blob => Value::Blob(r.try_get::<Vec<u8>, _>(i)?),
                #[allow(unreachable_patterns)]
                _ => {
                    return Err(sqlx::Error::ColumnDecode {
                        index: c.name().to_string(),
                        source: format!("unsupported type {}", c.type_info().name()).into(),
                    });
                }
            })
        })
        .collect()
}

impl TryFrom<AnyRow> for ReadRow {
    type Error = sqlx::Error;

    /// A row read through sqlx (in a write transaction, or `RETURNING`), for the same
    /// mapping functions as the read path's rows.
    fn try_from(r: AnyRow) -> Result<ReadRow, sqlx::Error> {
        Ok(ReadRow { names: r.columns().iter().map(|c| c.name().to_string()).collect(), values: values_of(&r)? })
    }
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
                args!["b", 1, None::<i64>],
            )
            .await
            .unwrap();
        assert_eq!(rows.iter().map(|r| r.try_get::<String, _>("id").unwrap()).collect::<Vec<_>>(), ["a", "b"]);
        let rows = db.read_all("SELECT id FROM t WHERE n >= $2 AND id = $1", args!["b", 1]).await.unwrap();
        assert_eq!(rows.len(), 1);
    }

    #[tokio::test]
    async fn values_come_back_as_their_types_and_mismatches_are_errors() {
        let (_dir, db) = sqlite().await;
        let r = db.read_one("SELECT id, n, b, note FROM t WHERE id = $1", args!["a"]).await.unwrap();
        assert_eq!(r.try_get::<i64, _>("n").unwrap(), 1);
        assert_eq!(r.try_get::<Vec<u8>, _>("b").unwrap(), vec![0, 255]);
        assert_eq!(r.try_get::<Option<String>, _>("note").unwrap(), None);
        assert_eq!(r.try_get::<String, _>(0).unwrap(), "a");
        assert!(matches!(r.try_get::<String, _>("n"), Err(sqlx::Error::ColumnDecode { .. })));
        assert!(matches!(r.try_get::<String, _>("note"), Err(sqlx::Error::ColumnDecode { .. })));
        assert!(matches!(r.try_get::<i64, _>("missing"), Err(sqlx::Error::ColumnNotFound(_))));
        assert!(matches!(r.try_get::<i64, _>(9), Err(sqlx::Error::ColumnIndexOutOfBounds { .. })));
        assert!(db.read_optional("SELECT id FROM t WHERE id = $1", args!["zz"]).await.unwrap().is_none());
        assert!(matches!(
            db.read_one("SELECT id FROM t WHERE id = 'zz'", args![]).await,
            Err(sqlx::Error::RowNotFound)
        ));
    }

    #[tokio::test]
    async fn the_read_path_cannot_write_and_sees_what_was_committed() {
        let (_dir, db) = sqlite().await;
        assert!(db.read_all("DELETE FROM t", args![]).await.is_err(), "query_only refuses writes");
        assert!(db.read_all("SELECT nonsense FROM", args![]).await.is_err());
        assert_eq!(db.read_one("SELECT COUNT(*) FROM t", args![]).await.unwrap().try_get::<i64, _>(0).unwrap(), 2);
        // A write committed through the pool is visible to the next read, on a reused connection.
        sqlx::query("INSERT INTO t (id, n) VALUES ('c', 3)").execute(&db.pool).await.unwrap();
        assert_eq!(db.read_one("SELECT COUNT(*) FROM t", args![]).await.unwrap().try_get::<i64, _>(0).unwrap(), 3);
        // Missing values are an error, not a silent NULL.
        assert!(db.read_all("SELECT id FROM t WHERE id = $2", args!["a"]).await.is_err());
    }
}
