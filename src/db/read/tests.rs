//! The read path against real SQLite files.

use super::*;
use std::sync::atomic::AtomicUsize;

async fn sqlite() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::connect(&format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display())).await.unwrap();
    sqlx::query("CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER, b BLOB, note TEXT)").execute(&db.pool).await.unwrap();
    sqlx::query("INSERT INTO t VALUES ('a', 1, x'00ff', NULL), ('b', 2, NULL, 'two')").execute(&db.pool).await.unwrap();
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
    let rows = db.read_all("SELECT id FROM t WHERE n >= $2 AND id = $1", vec![("b").into(), (1).into()]).await.unwrap();
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
    let db =
        Db { pool, kind: DbKind::Sqlite, readers: Some(Arc::new(Readers::new(path))), group: None, audit_key: None };
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
