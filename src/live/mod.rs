//! Live events: new messages, read positions and session-room signalling, delivered to
//! open WebSockets. With SQLite (one instance) an in-process broadcast carries them; with
//! PostgreSQL every instance publishes through `NOTIFY` and every instance's listener feeds
//! its own sockets, so a message sent through one instance reaches a socket held by another.
//! Events carry ids, never message text: each socket reads what it may show from the database.
//!
//! Each instance routes an event to the sockets it concerns only: a message or read position
//! to the sockets of the people in `to`, room signalling to the sockets in that room, so ten
//! thousand idle sockets are not woken for each message. A socket whose queue is full misses
//! events and is told to resync, as a page that reconnects is.

pub mod room;
pub mod socket;
mod store;

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::Notify;

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

/// Events one socket may have waiting before it is told to resync instead.
const QUEUE: usize = 256;

/// One socket's queue of events. Small while empty (no buffer is allocated up front): most
/// sockets sit idle.
#[derive(Default)]
struct Inbox {
    queue: Mutex<VecDeque<Arc<Event>>>,
    ready: Notify,
    /// Set when an event could not be queued: the socket resyncs.
    lagged: AtomicBool,
}

impl Inbox {
    fn push(&self, ev: &Arc<Event>) {
        let mut queue = self.queue.lock().unwrap_or_else(|e| e.into_inner());
        if queue.len() >= QUEUE {
            self.lagged.store(true, Ordering::Relaxed);
        } else {
            queue.push_back(ev.clone());
        }
        drop(queue);
        // Stores a permit when the socket is not waiting, so no event is missed.
        self.ready.notify_one();
    }
}

/// A connection's inbox in the routing table, by a number of this instance.
type Sink = (u64, Arc<Inbox>);

/// Which sockets of this instance hear what: by person, and by session room.
#[derive(Default)]
struct Routes {
    next: u64,
    by_user: HashMap<String, Vec<Sink>>,
    by_room: HashMap<String, Vec<Sink>>,
}

impl Routes {
    fn subscribe(routes: &Arc<Mutex<Routes>>, user_id: &str) -> Subscription {
        let inbox = Arc::new(Inbox::default());
        let mut r = routes.lock().unwrap_or_else(|e| e.into_inner());
        r.next += 1;
        let conn = r.next;
        r.by_user.entry(user_id.to_string()).or_default().push((conn, inbox.clone()));
        drop(r);
        Subscription { routes: routes.clone(), conn, user: user_id.to_string(), room: None, inbox }
    }

    fn deliver(&self, ev: Event) {
        let ev = Arc::new(ev);
        match &*ev {
            Event::Message { to, .. } | Event::Read { to, .. } => {
                for user in to {
                    self.by_user.get(user).into_iter().flatten().for_each(|(_, inbox)| inbox.push(&ev));
                }
            }
            Event::Room { booking, .. } => {
                self.by_room.get(booking).into_iter().flatten().for_each(|(_, inbox)| inbox.push(&ev))
            }
            Event::Resync => self.by_user.values().flatten().for_each(|(_, inbox)| inbox.push(&ev)),
            Event::Spill { .. } => {}
        }
    }
}

fn remove(map: &mut HashMap<String, Vec<Sink>>, key: &str, conn: u64) {
    if let Some(list) = map.get_mut(key) {
        list.retain(|(c, _)| *c != conn);
        if list.is_empty() {
            map.remove(key);
        }
    }
}

#[derive(Clone)]
pub struct Hub {
    routes: Arc<Mutex<Routes>>,
    db: Db,
}

/// A socket's subscription: what the hub routes to this connection. Dropping it removes the
/// connection from the hub.
pub struct Subscription {
    routes: Arc<Mutex<Routes>>,
    conn: u64,
    user: String,
    room: Option<String>,
    inbox: Arc<Inbox>,
}

impl Subscription {
    /// The next event for this connection; `Resync` when some were missed. Cancel-safe: an
    /// event is taken from the queue only when it is returned.
    pub async fn recv(&mut self) -> Arc<Event> {
        loop {
            if self.inbox.lagged.swap(false, Ordering::Relaxed) {
                self.inbox.queue.lock().unwrap_or_else(|e| e.into_inner()).clear();
                return Arc::new(Event::Resync);
            }
            if let Some(ev) = self.inbox.queue.lock().unwrap_or_else(|e| e.into_inner()).pop_front() {
                return ev;
            }
            self.inbox.ready.notified().await;
        }
    }

    fn routes(&self) -> std::sync::MutexGuard<'_, Routes> {
        self.routes.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Hears the room of this booking from now on (and no other room).
    pub fn join_room(&mut self, booking: &str) {
        self.leave_room();
        let sink = (self.conn, self.inbox.clone());
        self.routes().by_room.entry(booking.to_string()).or_default().push(sink);
        self.room = Some(booking.to_string());
    }

    pub fn leave_room(&mut self) {
        if let Some(old) = self.room.take() {
            let conn = self.conn;
            remove(&mut self.routes().by_room, &old, conn);
        }
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.leave_room();
        let (conn, user) = (self.conn, std::mem::take(&mut self.user));
        remove(&mut self.routes().by_user, &user, conn);
    }
}

impl Hub {
    /// A hub for this database. On PostgreSQL it starts listening before it returns, so no
    /// event published after start-up is missed.
    pub async fn start(db: &Db, database_url: &str) -> anyhow::Result<Hub> {
        let hub = Hub { routes: Arc::default(), db: db.clone() };
        if db.kind == DbKind::Postgres {
            let mut listener = sqlx::postgres::PgListener::connect(database_url).await?;
            listener.listen(CHANNEL).await?;
            tokio::spawn(hub.clone().listen(listener));
        }
        Ok(hub)
    }

    /// How many sockets this instance holds open now.
    pub fn sockets(&self) -> usize {
        self.routes.lock().map(|r| r.by_user.values().map(Vec::len).sum()).unwrap_or(0)
    }

    /// Routes to a new connection what concerns `user_id`.
    pub fn subscribe(&self, user_id: &str) -> Subscription {
        Routes::subscribe(&self.routes, user_id)
    }

    /// Hands an event to the sockets of this instance it concerns.
    fn deliver(&self, ev: Event) {
        self.routes.lock().unwrap_or_else(|e| e.into_inner()).deliver(ev);
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
            self.deliver(event);
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
                    Ok(event) => self.deliver(event),
                    Err(e) => tracing::warn!(error = %format!("{e:#}"), "reading a live event"),
                },
                // The connection dropped and will be made again: events in between are lost.
                Ok(None) => self.deliver(Event::Resync),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn message(to: &[&str]) -> Event {
        Event::Message {
            thread: "t".into(),
            message: "m".into(),
            seq: 1,
            edited: false,
            to: to.iter().map(|u| u.to_string()).collect(),
        }
    }

    fn room(booking: &str) -> Event {
        Event::Room { booking: booking.into(), from: "c".into(), to: None, body: serde_json::Value::Null }
    }

    fn waiting(s: &Subscription) -> usize {
        s.inbox.queue.lock().unwrap().len()
    }

    #[tokio::test]
    async fn an_event_reaches_only_the_sockets_it_concerns_and_leaves_with_them() {
        let routes = Arc::new(Mutex::new(Routes::default()));
        let (mut a1, a2, b) =
            (Routes::subscribe(&routes, "a"), Routes::subscribe(&routes, "a"), Routes::subscribe(&routes, "b"));
        routes.lock().unwrap().deliver(message(&["a"]));
        assert_eq!((waiting(&a1), waiting(&a2), waiting(&b)), (1, 1, 0), "both of a's pages, not b's");
        assert!(matches!(*a1.recv().await, Event::Message { .. }));

        a1.join_room("booking-1");
        routes.lock().unwrap().deliver(room("booking-1"));
        routes.lock().unwrap().deliver(room("booking-2"));
        assert_eq!((waiting(&a1), waiting(&a2), waiting(&b)), (1, 1, 0), "only the room's socket");
        a1.join_room("booking-2");
        a1.recv().await;
        routes.lock().unwrap().deliver(room("booking-1"));
        assert_eq!(waiting(&a1), 0, "joining another room leaves the first");

        drop(a2);
        drop(b);
        assert_eq!(routes.lock().unwrap().by_user.get("a").map(Vec::len), Some(1));
        assert!(!routes.lock().unwrap().by_user.contains_key("b"), "a closed socket is gone from the table");
        drop(a1);
        let r = routes.lock().unwrap();
        assert!(r.by_user.is_empty() && r.by_room.is_empty());
    }

    #[tokio::test]
    async fn a_socket_that_falls_behind_is_told_to_resync_instead_of_growing_without_bound() {
        let routes = Arc::new(Mutex::new(Routes::default()));
        let mut a = Routes::subscribe(&routes, "a");
        for _ in 0..QUEUE + 10 {
            routes.lock().unwrap().deliver(message(&["a"]));
        }
        assert_eq!(waiting(&a), QUEUE);
        assert!(matches!(*a.recv().await, Event::Resync));
        assert_eq!(waiting(&a), 0, "what it missed is reloaded, not replayed");
        routes.lock().unwrap().deliver(message(&["a"]));
        assert!(matches!(*a.recv().await, Event::Message { .. }));
    }

    #[tokio::test]
    async fn an_event_that_arrives_while_nobody_waits_is_not_lost() {
        let routes = Arc::new(Mutex::new(Routes::default()));
        let mut a = Routes::subscribe(&routes, "a");
        let waiter = tokio::spawn(async move { a.recv().await });
        tokio::task::yield_now().await;
        routes.lock().unwrap().deliver(message(&["a"]));
        let ev = tokio::time::timeout(std::time::Duration::from_secs(5), waiter).await.unwrap().unwrap();
        assert!(matches!(*ev, Event::Message { .. }));
    }
}
