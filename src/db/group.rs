//! Group commit for SQLite's write transactions.
//!
//! SQLite has one writer, and with `synchronous = FULL` every commit waits for its own
//! `fsync` and writes every page it touched to the log again, even the pages the previous
//! commit wrote a moment ago. Under many writers that was most of a booking's time at the
//! head of the queue (bench/README.md). Here the transactions that arrive while one is
//! running join it: a batch is one `BEGIN IMMEDIATE … COMMIT` on the write connection, and
//! each write transaction in it is a savepoint, taken in turn. A transaction that fails or is
//! dropped rolls back to its savepoint and leaves the batch's other work alone; one that
//! commits releases its savepoint and then waits for the batch's `COMMIT`, so `commit()`
//! still returns only once its work is durable. If the batch itself fails, every transaction
//! in it gets the error and none of them is written.
//!
//! A batch takes at most [`MAX_JOBS`] transactions, then commits and gives the connection
//! back to the pool, so writes outside a transaction (queued in the pool's fair queue) get
//! their turn between batches.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};

use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Executor};
use tokio::sync::oneshot;

/// How many transactions one batch takes before it commits.
pub const MAX_JOBS: usize = 16;

/// How long a transaction waits for its turn.
const WAIT: std::time::Duration = std::time::Duration::from_secs(10);

pub struct Group {
    pool: AnyPool,
    state: Mutex<State>,
}

impl std::fmt::Debug for Group {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Group").finish_non_exhaustive()
    }
}

#[derive(Default)]
struct State {
    /// A batch is open (or being opened): new transactions queue for a turn in it.
    open: bool,
    /// Transactions waiting for their turn on the batch's connection.
    waiting: VecDeque<oneshot::Sender<Grant>>,
    /// Transactions that released their savepoint and wait for the batch's `COMMIT`.
    done: Vec<oneshot::Sender<Outcome>>,
    /// Turns given in this batch.
    served: usize,
    /// Batches committed since start-up (for the tests).
    batches: u64,
}

type Outcome = Result<(), Arc<sqlx::Error>>;

enum Grant {
    Turn(Turn),
    /// The batch closed before this transaction's turn: queue for the next one.
    Retry,
    /// The batch could not be opened.
    Failed(Arc<sqlx::Error>),
}

/// How a transaction's turn ended.
enum End {
    Release(oneshot::Sender<Outcome>),
    RollBack,
    /// No savepoint was taken (the turn was dropped on its way, or before `SAVEPOINT` ran).
    Untouched,
}

impl Group {
    pub fn new(pool: AnyPool) -> Group {
        Group { pool, state: Mutex::new(State::default()) }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Batches committed so far.
    pub fn batches(&self) -> u64 {
        self.lock().batches
    }

    /// A turn in the open batch (opening one if none is), inside its own savepoint.
    pub async fn begin(self: &Arc<Self>) -> Result<Turn, sqlx::Error> {
        loop {
            let (grant, granted) = oneshot::channel();
            let lead = {
                let mut s = self.lock();
                s.waiting.push_back(grant);
                let lead = !s.open;
                if lead {
                    s.open = true;
                    s.served = 0;
                }
                lead
            };
            if lead {
                tokio::spawn(self.clone().open());
            }
            // As long as sqlx's pool waits for a connection: a transaction that waits on
            // another (a bug) fails instead of hanging.
            let Ok(granted) = tokio::time::timeout(WAIT, granted).await else {
                return Err(sqlx::Error::PoolTimedOut);
            };
            match granted {
                Ok(Grant::Turn(mut turn)) => {
                    turn.conn().execute("SAVEPOINT job").await?;
                    turn.savepoint = true;
                    return Ok(turn);
                }
                Ok(Grant::Failed(e)) => return Err(shared(&e)),
                Ok(Grant::Retry) | Err(_) => continue,
            }
        }
    }

    /// Takes the write connection from the pool, begins the batch and gives the first turn.
    async fn open(self: Arc<Self>) {
        let begun = async {
            let mut conn = self.pool.acquire().await?;
            conn.execute("BEGIN IMMEDIATE").await?;
            Ok::<_, sqlx::Error>(conn)
        }
        .await;
        match begun {
            Ok(conn) => self.pass_on(conn).await,
            Err(e) => {
                let e = Arc::new(e);
                let waiting = {
                    let mut s = self.lock();
                    s.open = false;
                    std::mem::take(&mut s.waiting)
                };
                for w in waiting {
                    let _ = w.send(Grant::Failed(e.clone()));
                }
            }
        }
    }

    /// Gives the batch's connection to the next transaction waiting, or commits the batch.
    async fn pass_on(self: &Arc<Self>, conn: PoolConnection<Any>) {
        let mut turn = Turn { conn: Some(conn), group: self.clone(), savepoint: false };
        loop {
            let next = {
                let mut s = self.lock();
                let next = if s.served < MAX_JOBS { s.waiting.pop_front() } else { None };
                if next.is_some() {
                    s.served += 1;
                }
                next
            };
            let Some(w) = next else { break };
            // A transaction that stopped waiting hands the turn straight back.
            match w.send(Grant::Turn(turn)) {
                Ok(()) => return,
                Err(Grant::Turn(t)) => turn = t,
                Err(_) => unreachable!("a turn was sent"),
            }
        }
        let conn = turn.conn.take().expect("the turn holds the connection");
        self.close(conn, None).await;
    }

    /// Commits the batch (or rolls it back if it broke), gives the connection back to the
    /// pool and tells everyone in the batch.
    async fn close(&self, mut conn: PoolConnection<Any>, broken: Option<Arc<sqlx::Error>>) {
        let (done, waiting) = {
            let mut s = self.lock();
            s.open = false;
            (std::mem::take(&mut s.done), std::mem::take(&mut s.waiting))
        };
        let outcome = match broken {
            Some(e) => Err(e),
            None => conn.execute("COMMIT").await.map(drop).map_err(Arc::new),
        };
        match &outcome {
            Ok(()) => {
                self.lock().batches += 1;
                drop(conn);
            }
            // Never hand the pool a connection that may still be inside the batch.
            Err(_) => {
                let _ = conn.execute("ROLLBACK").await;
                let _ = conn.close().await;
            }
        }
        for d in done {
            let _ = d.send(outcome.clone());
        }
        for w in waiting {
            let _ = w.send(Grant::Retry);
        }
    }

    /// Ends a turn: releases or rolls back its savepoint, then passes the connection on.
    async fn end(self: Arc<Self>, mut conn: PoolConnection<Any>, end: End) {
        let step = match &end {
            End::Release(_) => conn.execute("RELEASE job").await.map(drop),
            End::RollBack => match conn.execute("ROLLBACK TO job").await {
                Ok(_) => conn.execute("RELEASE job").await.map(drop),
                Err(e) => Err(e),
            },
            End::Untouched => Ok(()),
        };
        if let End::Release(done) = end {
            self.lock().done.push(done);
        }
        match step {
            Ok(()) => self.pass_on(conn).await,
            // The savepoint is gone: SQLite rolled the whole batch back (a full disk, an I/O
            // error). Nothing in it is written; everyone in it is told.
            Err(e) => self.close(conn, Some(Arc::new(e))).await,
        }
    }
}

/// One write transaction's turn on the batch's connection.
pub struct Turn {
    conn: Option<PoolConnection<Any>>,
    group: Arc<Group>,
    savepoint: bool,
}

impl Turn {
    pub fn conn(&mut self) -> &mut AnyConnection {
        self.conn.as_mut().expect("a turn holds the connection until it ends")
    }

    pub fn conn_ref(&self) -> &AnyConnection {
        self.conn.as_ref().expect("a turn holds the connection until it ends")
    }

    /// Releases the savepoint and waits until the batch is committed.
    pub async fn commit(mut self) -> Result<(), sqlx::Error> {
        let conn = self.conn.take().expect("a turn holds the connection until it ends");
        let (done, committed) = oneshot::channel();
        // In a task of its own, so a request dropped now cannot leave the batch stuck.
        tokio::spawn(self.group.clone().end(conn, End::Release(done)));
        match committed.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(shared(&e)),
            Err(_) => Err(sqlx::Error::Protocol("the write batch ended without an answer".into())),
        }
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        if let Some(mut conn) = self.conn.take() {
            let end = if self.savepoint { End::RollBack } else { End::Untouched };
            match tokio::runtime::Handle::try_current() {
                Ok(rt) => drop(rt.spawn(self.group.clone().end(conn, end))),
                // The runtime is gone (the process is ending): close the connection rather
                // than give the pool one inside a transaction.
                Err(_) => conn.close_on_drop(),
            }
        }
    }
}

fn shared(e: &sqlx::Error) -> sqlx::Error {
    sqlx::Error::Protocol(format!("the write batch failed: {e}"))
}

#[cfg(test)]
mod tests;
