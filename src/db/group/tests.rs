//! Group commit against a real SQLite file.

use super::*;
use crate::db::Db;

async fn sqlite() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::connect(&format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display())).await.unwrap();
    sqlx::query("CREATE TABLE t (id TEXT PRIMARY KEY)").execute(&db.pool).await.unwrap();
    (dir, db)
}

async fn insert(tx: &mut crate::db::Tx, id: &str) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO t (id) VALUES ($1)").bind(id).execute(&mut **tx).await.map(drop)
}

async fn ids(db: &Db) -> Vec<String> {
    sqlx::query_scalar("SELECT id FROM t ORDER BY id").fetch_all(&db.pool).await.unwrap()
}

fn group(db: &Db) -> &Arc<Group> {
    db.group.as_ref().expect("SQLite writes through a group")
}

/// Waits until `n` transactions queue for a turn.
async fn until_waiting(db: &Db, n: usize) {
    while group(db).lock().waiting.len() < n {
        tokio::task::yield_now().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writers_that_arrive_together_share_commits_and_all_land() {
    let (_dir, db) = sqlite().await;
    let mut first = db.begin_write().await.unwrap();
    insert(&mut first, "first").await.unwrap();
    let mut tasks = vec![];
    for i in 0..40 {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            let mut tx = db.begin_write().await?;
            insert(&mut tx, &format!("w{i:02}")).await?;
            tx.commit().await
        }));
    }
    // All 40 queue behind the first, so they go in batches of MAX_JOBS, not one commit each.
    until_waiting(&db, 40).await;
    first.commit().await.unwrap();
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    assert_eq!(ids(&db).await.len(), 41);
    let batches = db.batches();
    assert!((41_usize.div_ceil(MAX_JOBS + 1) as u64..=4).contains(&batches), "{batches} batches for 41 writes");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_or_dropped_transaction_takes_back_only_its_own_work() {
    let (_dir, db) = sqlite().await;
    let mut first = db.begin_write().await.unwrap();
    insert(&mut first, "kept-1").await.unwrap();
    let spawn = |f: fn(Db) -> futures_like::Job| tokio::spawn(f(db.clone()));
    let dropped = spawn(|db| {
        Box::pin(async move {
            let mut tx = db.begin_write().await?;
            insert(&mut tx, "dropped").await?;
            drop(tx);
            Ok(())
        })
    });
    let failed = spawn(|db| {
        Box::pin(async move {
            let mut tx = db.begin_write().await?;
            insert(&mut tx, "failed").await?;
            // The primary key refuses this; the transaction gives up.
            insert(&mut tx, "kept-1").await?;
            tx.commit().await
        })
    });
    let kept = spawn(|db| {
        Box::pin(async move {
            let mut tx = db.begin_write().await?;
            insert(&mut tx, "kept-2").await?;
            tx.commit().await
        })
    });
    until_waiting(&db, 3).await;
    first.commit().await.unwrap();
    dropped.await.unwrap().unwrap();
    assert!(failed.await.unwrap().is_err());
    kept.await.unwrap().unwrap();
    assert_eq!(ids(&db).await, ["kept-1", "kept-2"]);
    assert_eq!(db.batches(), 1, "all four took turns in one batch");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_the_batch_breaks_no_one_in_it_is_told_their_write_landed() {
    let (_dir, db) = sqlite().await;
    let mut first = db.begin_write().await.unwrap();
    insert(&mut first, "a").await.unwrap();
    let breaker = tokio::spawn({
        let db = db.clone();
        async move {
            let mut tx = db.begin_write().await?;
            insert(&mut tx, "b").await?;
            // What SQLite does itself on a full disk or an I/O error: the whole batch is
            // rolled back under the savepoints.
            sqlx::query("ROLLBACK").execute(&mut *tx).await?;
            tx.commit().await
        }
    });
    until_waiting(&db, 1).await;
    // The first had released its savepoint, but its batch never committed: it hears so.
    assert!(first.commit().await.is_err());
    assert!(breaker.await.unwrap().is_err());
    assert!(ids(&db).await.is_empty());
    // The connection was not given back inside a transaction: the next write stands alone.
    let mut next = db.begin_write().await.unwrap();
    insert(&mut next, "c").await.unwrap();
    next.commit().await.unwrap();
    assert_eq!(ids(&db).await, ["c"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_writer_that_stops_waiting_does_not_hold_up_the_batch() {
    let (_dir, db) = sqlite().await;
    let mut first = db.begin_write().await.unwrap();
    insert(&mut first, "a").await.unwrap();
    let gone = tokio::spawn({
        let db = db.clone();
        async move {
            let mut tx = db.begin_write().await.unwrap();
            insert(&mut tx, "never").await.unwrap();
            tx.commit().await.unwrap();
        }
    });
    until_waiting(&db, 1).await;
    gone.abort();
    first.commit().await.unwrap();
    let mut next = db.begin_write().await.unwrap();
    insert(&mut next, "b").await.unwrap();
    next.commit().await.unwrap();
    assert_eq!(ids(&db).await, ["a", "b"]);
}

mod futures_like {
    pub type Job = std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), sqlx::Error>> + Send>>;
}
