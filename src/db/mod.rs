//! Connect by URL, migrate, and begin write transactions that are safe on both engines.
//! Hot reads go through [`read`].

mod group;
pub mod read;
mod row;

use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{Any, AnyPool, Connection, Executor, Transaction};

/// A write transaction, as `Db::begin_write` opens it; store functions that are one step of a
/// larger change take it. It derefs to the connection (`&mut **tx` in a query). On SQLite it
/// is a turn in a group commit ([`group`]): `commit` returns once the batch it joined is
/// durable, and dropping it uncommitted rolls back its own work only.
pub struct Tx(TxKind);

enum TxKind {
    Plain(Transaction<'static, Any>),
    Grouped(group::Turn),
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self.0 {
            TxKind::Plain(t) => t.commit().await,
            TxKind::Grouped(t) => t.commit().await,
        }
    }
}

/// A statement written on its own (`query.write(&db)` where it would be
/// `query.execute(&db.pool)`): on SQLite a turn in the group commit, so writes arriving
/// together share one `fsync` instead of queueing for one each; on PostgreSQL straight on the
/// pool.
pub trait Write {
    fn write(self, db: &Db)
    -> impl std::future::Future<Output = Result<sqlx::any::AnyQueryResult, sqlx::Error>> + Send;
}

impl<'q> Write for sqlx::query::Query<'q, Any, sqlx::any::AnyArguments> {
    async fn write(self, db: &Db) -> Result<sqlx::any::AnyQueryResult, sqlx::Error> {
        if db.group.is_none() {
            return self.execute(&db.pool).await;
        }
        let mut tx = db.begin_write().await?;
        let done = self.execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(done)
    }
}

impl std::ops::Deref for Tx {
    type Target = sqlx::AnyConnection;
    fn deref(&self) -> &sqlx::AnyConnection {
        match &self.0 {
            TxKind::Plain(t) => t,
            TxKind::Grouped(t) => t.conn_ref(),
        }
    }
}

impl std::ops::DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut sqlx::AnyConnection {
        match &mut self.0 {
            TxKind::Plain(t) => t,
            TxKind::Grouped(t) => t.conn(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DbKind {
    Sqlite,
    Postgres,
}

#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub kind: DbKind,
    /// Plain connections for [`Db::read_all`] and its siblings (SQLite on a file only).
    readers: Option<std::sync::Arc<read::Readers>>,
    /// SQLite's group commit: every `begin_write` takes a turn in a shared batch.
    group: Option<std::sync::Arc<group::Group>>,
    /// The key the audit chain's tags are made with (derived from the master key). It travels
    /// with the handle because every write that is audited goes through it.
    audit_key: Option<std::sync::Arc<Vec<u8>>>,
}

impl Db {
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        sqlx::any::install_default_drivers();
        let kind = if url.starts_with("sqlite:") {
            DbKind::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            DbKind::Postgres
        } else {
            anyhow::bail!("unsupported database URL (use sqlite://… or postgres://…)");
        };
        let opts = AnyConnectOptions::from_str(url).context("parsing the database URL")?;
        let pool = match kind {
            DbKind::Sqlite => {
                // One connection: SQLite takes one writer at a time anyway, and with several
                // connections the losers of the write lock sleep in SQLite's busy handler
                // (1, 2, 5 … 100 ms steps) and retry in no order, which put the write p99 at
                // 268–753 ms under 32 writers. Waiting for this one connection is a fair queue
                // (sqlx's pool), so a write waits only for the ones ahead of it. Reads outside
                // a transaction take the read path's own connections (`read.rs`).
                AnyPoolOptions::new()
                    .max_connections(1)
                    .acquire_timeout(Duration::from_secs(10))
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            // WAL for concurrent readers; FULL so an acknowledged write survives power loss.
                            for pragma in [
                                "PRAGMA journal_mode = WAL",
                                "PRAGMA synchronous = FULL",
                                "PRAGMA foreign_keys = ON",
                                "PRAGMA busy_timeout = 10000",
                                // Deleted rows are overwritten, so a destroyed data key leaves no bytes behind.
                                "PRAGMA secure_delete = ON",
                                // A write's savepoint in a group commit keeps its undo pages in
                                // memory, not in a temporary file written page by page.
                                "PRAGMA temp_store = MEMORY",
                            ] {
                                conn.execute(pragma).await?;
                            }
                            Ok(())
                        })
                    })
                    .connect_with(opts)
                    .await
            }
            DbKind::Postgres => {
                AnyPoolOptions::new()
                    .max_connections(16)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(opts)
                    .await
            }
        }
        .context("connecting to the database")?;
        let readers = match kind {
            DbKind::Sqlite => read_path(&pool).await?,
            DbKind::Postgres => None,
        };
        let group = (kind == DbKind::Sqlite).then(|| std::sync::Arc::new(group::Group::new(pool.clone())));
        Ok(Db { pool, kind, readers, group, audit_key: None })
    }

    /// Gives the handle the audit chain's key.
    pub fn with_audit_key(mut self, key: Vec<u8>) -> Db {
        self.audit_key = Some(std::sync::Arc::new(key));
        self
    }

    pub fn audit_key(&self) -> Option<&[u8]> {
        self.audit_key.as_deref().map(Vec::as_slice)
    }

    pub async fn migrate(&self) -> anyhow::Result<()> {
        match self.kind {
            DbKind::Sqlite => sqlx::migrate!("migrations/sqlite").run(&self.pool).await,
            DbKind::Postgres => sqlx::migrate!("migrations/postgres").run(&self.pool).await,
        }
        .context("running database migrations")?;
        Ok(())
    }

    /// A transaction for check-then-write work. On SQLite it runs inside a batch that holds
    /// the write lock from its start (`BEGIN IMMEDIATE`), one transaction at a time, so two of
    /// them cannot both pass the check; PostgreSQL relies on constraints and row locks in the
    /// statements themselves.
    pub async fn begin_write(&self) -> Result<Tx, sqlx::Error> {
        match &self.group {
            Some(g) => Ok(Tx(TxKind::Grouped(g.begin().await?))),
            None => Ok(Tx(TxKind::Plain(self.pool.begin().await?))),
        }
    }

    /// Write batches committed so far on SQLite (0 on PostgreSQL); for the tests.
    pub fn batches(&self) -> u64 {
        self.group.as_ref().map_or(0, |g| g.batches())
    }

    /// Writes a consistent copy of a SQLite database to `path` while the server keeps
    /// running (`VACUUM INTO`). PostgreSQL is backed up with its own tools.
    pub async fn backup_sqlite(&self, path: &std::path::Path) -> anyhow::Result<()> {
        anyhow::ensure!(
            self.kind == DbKind::Sqlite,
            "This server uses PostgreSQL: back it up with PostgreSQL's own tools, for example\n  \
             pg_dump --format=custom --file=diltalks.dump \"$DATABASE_URL\"\n\
             and keep the master key file separately."
        );
        anyhow::ensure!(!path.exists(), "{} exists already; choose a new file", path.display());
        let target = path.to_str().context("the backup path must be valid UTF-8")?;
        sqlx::query("VACUUM INTO $1").bind(target).execute(&self.pool).await?;
        // A database backup carries no data keys: they go to the key backup, kept apart and
        // replaced rather than accumulated, so an account deleted since cannot be read back
        // out of an old copy. secure_delete and VACUUM leave no trace of the removed rows.
        let mut copy = sqlx::AnyConnection::connect(&format!("sqlite://{target}")).await?;
        for sql in ["PRAGMA secure_delete = ON", "DELETE FROM data_keys", "VACUUM"] {
            sqlx::query(sql).execute(&mut copy).await?;
        }
        copy.close().await?;
        Ok(())
    }

    /// On SQLite, folds the write-ahead log into the database and empties it now rather than
    /// at some later checkpoint, so deleted bytes do not linger in it. Nothing on PostgreSQL.
    pub async fn checkpoint(&self) -> Result<(), sqlx::Error> {
        if self.kind == DbKind::Sqlite {
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&self.pool).await?;
        }
        Ok(())
    }

    /// Keeps the planner's statistics current as tables grow: on SQLite, `PRAGMA optimize`
    /// analyses the tables whose row counts moved by a large factor (bounded by `analysis_limit`, so it costs
    /// milliseconds, not a scan of every table). PostgreSQL's autovacuum does this itself.
    /// With the planner's stability guarantee on (.cargo/config.toml), fresh statistics reach
    /// statements when they are next prepared, never by recompiling one already cached.
    pub async fn optimize(&self) -> Result<(), sqlx::Error> {
        if self.kind == DbKind::Sqlite {
            sqlx::query("PRAGMA analysis_limit = 1000").execute(&self.pool).await?;
            // 0x10002: every table, not only those this pooled connection happened to query.
            sqlx::query("PRAGMA optimize = 0x10002").execute(&self.pool).await?;
        }
        Ok(())
    }

    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }
}

/// The plain read connections for a SQLite pool, if its database is a file in WAL mode: asked
/// of the database the pool opened, not read off the URL, so an in-memory database (which a
/// second connection would not share) or one in another journal mode reads through sqlx.
async fn read_path(pool: &AnyPool) -> anyhow::Result<Option<std::sync::Arc<read::Readers>>> {
    let file: String = sqlx::query_scalar("SELECT file FROM pragma_database_list WHERE name = 'main'")
        .fetch_one(pool)
        .await
        .context("asking SQLite which file it opened")?;
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(pool).await?;
    let stable: i64 = sqlx::query_scalar("SELECT sqlite_compileoption_used('ENABLE_QPSG')").fetch_one(pool).await?;
    if stable == 0 {
        tracing::warn!("SQLite was built without ENABLE_QPSG (.cargo/config.toml): statements will be recompiled");
    }
    if file.is_empty() || !mode.eq_ignore_ascii_case("wal") {
        return Ok(None);
    }
    Ok(Some(std::sync::Arc::new(read::Readers::new(file))))
}

/// `$from, $from+1, …` for an `IN` list of `n` bound values (the SQL stays constant-shaped).
pub fn placeholders(from: usize, n: usize) -> String {
    (from..from + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}

/// A new random id: UUIDv7 as text, so nothing sequential appears in URLs.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().simple().to_string()
}

/// Runs constant statements that each bind one id as `$1`, in order, in the transaction:
/// how each feature deletes what a member owns there.
pub async fn delete_for(tx: &mut Tx, statements: &[&'static str], id: &str) -> Result<(), sqlx::Error> {
    for sql in statements {
        sqlx::query(sqlx::AssertSqlSafe(*sql)).bind(id).execute(&mut **tx).await?;
    }
    Ok(())
}
