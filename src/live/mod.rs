//! Live events: new messages, read positions and session-room signalling, delivered to
//! open WebSockets. With SQLite (one instance) an in-process broadcast carries them; with
//! PostgreSQL every instance publishes through `NOTIFY` and every instance's listener feeds
//! its own sockets, so a message sent through one instance reaches a socket held by another.
//! Events carry ids, never message text: each socket reads what it may show from the database.

pub mod room;
pub mod socket;
mod store;

use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;

use crate::db::{Db, DbKind};

const CHANNEL: &str = "diltalks_live";
/// PostgreSQL refuses notification payloads of 8,000 bytes or more; larger events are
/// stored and the notification names them.
const MAX_NOTIFY: usize = 7000;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(tag = "t")]
pub enum Event {
    /// A message was sent or edited in a thread; `to` are the participants to tell.
    Message { thread: String, message: String, seq: i64, edited: bool, to: Vec<String> },
    /// `by` has read a thread up to `seq`.
    Read { thread: String, by: String, seq: i64, to: Vec<String> },
    /// Signalling or chat in a session room, from one connection to one (`to`) or to all.
    Room { booking: String, from: String, to: Option<String>, body: serde_json::Value },
    /// A stored event too large for a notification.
    Spill { id: String },
    /// Events may have been missed (a lagging socket, a lost listener connection).
    Resync,
}

#[derive(Clone)]
pub struct Hub {
    tx: broadcast::Sender<Arc<Event>>,
    db: Db,
}

impl Hub {
    /// A hub for this database. On PostgreSQL it starts listening before it returns, so no
    /// event published after start-up is missed.
    pub async fn start(db: &Db, database_url: &str) -> anyhow::Result<Hub> {
        let (tx, _) = broadcast::channel(4096);
        let hub = Hub { tx, db: db.clone() };
        if db.kind == DbKind::Postgres {
            let mut listener = sqlx::postgres::PgListener::connect(database_url).await?;
            listener.listen(CHANNEL).await?;
            tokio::spawn(hub.clone().listen(listener));
        }
        Ok(hub)
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Event>> {
        self.tx.subscribe()
    }

    /// How many sockets are listening on this instance.
    pub fn receivers(&self) -> usize {
        self.tx.receiver_count()
    }

    /// Tells every instance's sockets. Failing to tell is logged, never the sender's error:
    /// what was sent is stored, and a page load shows it.
    pub async fn publish(&self, event: Event) {
        if let Err(e) = self.try_publish(event).await {
            tracing::warn!(error = %format!("{e:#}"), "publishing a live event");
        }
    }

    async fn try_publish(&self, event: Event) -> anyhow::Result<()> {
        if self.db.kind == DbKind::Sqlite {
            let _ = self.tx.send(Arc::new(event));
            return Ok(());
        }
        let mut payload = serde_json::to_string(&event)?;
        if payload.len() > MAX_NOTIFY {
            let id = store::spill(&self.db, &payload, crate::clock::Clock::system().now_ms()).await?;
            payload = serde_json::to_string(&Event::Spill { id })?;
        }
        store::notify(&self.db, CHANNEL, &payload).await?;
        Ok(())
    }

    async fn listen(self, mut listener: sqlx::postgres::PgListener) {
        loop {
            match listener.try_recv().await {
                Ok(Some(n)) => match self.decode(n.payload()).await {
                    Ok(event) => {
                        let _ = self.tx.send(Arc::new(event));
                    }
                    Err(e) => tracing::warn!(error = %format!("{e:#}"), "reading a live event"),
                },
                // The connection dropped and will be made again: events in between are lost.
                Ok(None) => {
                    let _ = self.tx.send(Arc::new(Event::Resync));
                }
                Err(e) => {
                    tracing::warn!(error = %e, "live event listener");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        }
    }

    async fn decode(&self, payload: &str) -> anyhow::Result<Event> {
        match serde_json::from_str(payload)? {
            Event::Spill { id } => Ok(serde_json::from_str(&store::spilled(&self.db, &id).await?)?),
            event => Ok(event),
        }
    }
}

/// Deletes stored large events once every listener has long read them.
pub async fn prune(db: &Db, before: i64) -> anyhow::Result<()> {
    store::prune(db, before).await?;
    Ok(())
}

pub fn routes() -> crate::web::routes::Routes {
    crate::web::routes::Routes::default().get("/live", socket::connect).get("/bookings/{id}/room", room::page)
}
