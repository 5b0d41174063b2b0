//! The WebSocket at `/live`: one per open page that wants live updates. It hears the hub's
//! events, and for each one that concerns its person reads from the database what that person
//! may see (a message is shown only while they are in its thread). In a session room it relays
//! signalling and chat between the room's connections.

use axum::extract::State;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::{Event, room};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::error::AppError;
use crate::messages::store as messages;
use crate::messages::views::Viewer;
use crate::web::{CurrentUser, Layout, RequestCtx};

/// Largest frame a browser may send: signalling carries session descriptions (a few KB).
const MAX_FRAME: usize = 64 * 1024;
const MAX_CHAT: usize = 1000;
/// Frames a browser may send in one second; a page that sends more is cut off.
const MAX_FRAMES_PER_SECOND: u32 = 100;

pub async fn connect(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    headers: HeaderMap,
    ws: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Result<Response, AppError> {
    // Browsers send cookies with a WebSocket opened by any site: only our own pages may open one.
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()).unwrap_or("");
    if origin != state.config.origin() {
        return Err(AppError::Forbidden);
    }
    let ws = match ws {
        Ok(ws) => ws,
        Err(rejection) => return Ok(rejection.into_response()),
    };
    // Small buffers: most sockets sit idle, and tungstenite's defaults (128 KiB each way)
    // would make ten thousand of them cost over a gigabyte. Larger frames still fit.
    Ok(ws
        .read_buffer_size(4 * 1024)
        .write_buffer_size(0)
        .max_message_size(MAX_FRAME)
        .max_frame_size(MAX_FRAME)
        .on_upgrade(move |socket| run(state, user, ctx.layout(String::new()), socket))
        .into_response())
}

struct Conn {
    /// This connection's own id: one person may have several pages open.
    id: String,
    user: SessionUser,
    /// The words and dates of what this socket sends (message items, read states, why a room
    /// is closed), in the language of the page that opened it.
    l: Layout,
    /// The booking whose room this connection joined.
    room: Option<String>,
    /// The name the others in that room see: a counsellor's professional name, a member's
    /// display name.
    room_name: String,
    /// What the hub routes to this connection.
    events: super::Subscription,
}

impl Conn {
    /// This connection's person reading a thread: in its words, zone and read positions.
    fn viewer<'a>(
        &'a self,
        people: &'a [crate::messages::store::Participant],
        reads: &'a std::collections::HashMap<String, i64>,
        now: i64,
    ) -> Viewer<'a> {
        Viewer { l: &self.l, id: &self.user.id, tz: &self.user.time_zone, people, reads, now }
    }
}

async fn run(state: AppState, user: SessionUser, l: Layout, mut socket: WebSocket) {
    let id = crate::db::new_id();
    let events = state.hub.subscribe(&user.id);
    let mut conn = Conn { id, user, l, room: None, room_name: String::new(), events };
    let every = state.config.task_interval_secs.clamp(1, 60);
    let mut check = tokio::time::interval(std::time::Duration::from_secs(every));
    let (mut second, mut frames) = (tokio::time::Instant::now(), 0u32);
    check.tick().await;
    let hello = json!({"type": "ready", "conn": conn.id}).to_string();
    if socket.send(Message::Text(hello.into())).await.is_err() {
        return;
    }
    loop {
        let out = tokio::select! {
            ev = conn.events.recv() => match on_event(&state, &conn, &ev).await {
                Ok(out) => out,
                Err(e) => {
                    tracing::warn!(error = %format!("{e:#}"), "live event for a socket");
                    None
                }
            },
            msg = socket.recv() => match msg {
                Some(Ok(Message::Text(t))) => {
                    if second.elapsed() >= std::time::Duration::from_secs(1) {
                        (second, frames) = (tokio::time::Instant::now(), 0);
                    }
                    frames += 1;
                    if frames > MAX_FRAMES_PER_SECOND {
                        break;
                    }
                    match on_frame(&state, &mut conn, t.as_str()).await {
                        Ok(out) => out,
                        Err(e) => {
                            tracing::warn!(error = %format!("{e:#}"), "live frame");
                            Some(json!({"type": "error"}))
                        }
                    }
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                Some(Ok(_)) => None,
            },
            // A signed-out or disabled session loses its socket within a minute (or the task interval).
            _ = check.tick() => {
                if !session_live(&state, &conn.user).await {
                    break;
                }
                None
            }
        };
        if let Some(v) = out
            && socket.send(Message::Text(Utf8Bytes::from(v.to_string()))).await.is_err()
        {
            break;
        }
    }
    if let Some(booking) = conn.room.take() {
        room::announce(&state, &booking, &conn.id, json!({"type": "bye"})).await;
    }
}

async fn session_live(state: &AppState, user: &SessionUser) -> bool {
    crate::accounts::session_store::is_live(&state.db, &user.session_id, state.clock.now_ms()).await.unwrap_or(false)
}

/// What this connection should be told of an event, if anything.
async fn on_event(state: &AppState, conn: &Conn, ev: &Event) -> anyhow::Result<Option<Value>> {
    let me = &conn.user;
    match ev {
        Event::Message { thread, message, seq, edited, to } if to.contains(&me.id) => {
            let Some((t, people)) = messages::open_thread(&state.db, thread, &me.id).await? else { return Ok(None) };
            let Some(m) = messages::message(&state.db, &state.crypto, &t.id, message).await? else { return Ok(None) };
            let reads = messages::read_positions(&state.db, &t.id).await?;
            let history =
                if *edited { messages::versions(&state.db, &state.crypto, &[&m]).await? } else { Default::default() };
            let viewer = conn.viewer(&people, &reads, state.clock.now_ms());
            let html = askama::Template::render(&viewer.item(
                &t.id,
                &m,
                history.get(&m.id).map(Vec::as_slice).unwrap_or(&[]),
            ))?;
            let unread = messages::unread_threads(&state.db, &me.id).await?;
            Ok(Some(
                json!({"type": "message", "thread": t.id, "seq": seq, "edited": edited, "mine": m.sender_id == me.id, "html": html, "unread": unread}),
            ))
        }
        Event::Read { thread, by, seq, to } if to.contains(&me.id) => {
            let Some((t, people)) = messages::open_thread(&state.db, thread, &me.id).await? else { return Ok(None) };
            let unread = messages::unread_threads(&state.db, &me.id).await?;
            if by == &me.id {
                return Ok(Some(json!({"type": "unread", "unread": unread})));
            }
            let reads = messages::read_positions(&state.db, &t.id).await?;
            let seqs = messages::own_recent_seqs(&state.db, &t.id, &me.id, 50).await?;
            let viewer = conn.viewer(&people, &reads, state.clock.now_ms());
            let states = viewer.states(&seqs);
            Ok(Some(json!({"type": "read", "thread": t.id, "seq": seq, "states": states, "unread": unread})))
        }
        Event::Room { booking, from, to, body } => {
            let here = conn.room.as_deref() == Some(booking.as_str());
            let for_me = to.as_deref().is_none_or(|c| c == conn.id);
            if !here || !for_me || from == &conn.id {
                return Ok(None);
            }
            let mut body = body.clone();
            if let Some(o) = body.as_object_mut() {
                o.insert("from".into(), Value::String(from.clone()));
            }
            Ok(Some(body))
        }
        Event::Resync => Ok(Some(json!({"type": "resync"}))),
        _ => Ok(None),
    }
}

/// What the browser asked for.
async fn on_frame(state: &AppState, conn: &mut Conn, text: &str) -> anyhow::Result<Option<Value>> {
    let Ok(v) = serde_json::from_str::<Value>(text) else { return Ok(Some(json!({"type": "error"}))) };
    let kind = v.get("type").and_then(Value::as_str).unwrap_or("");
    let str_of = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    match kind {
        "read" => {
            let thread = str_of("thread");
            let seq = v.get("seq").and_then(Value::as_i64).unwrap_or(0);
            let Some((t, people)) = messages::open_thread(&state.db, &thread, &conn.user.id).await? else {
                return Ok(Some(json!({"type": "error"})));
            };
            let seq = seq.min(t.last_seq);
            if messages::mark_read(&state.db, &t.id, &conn.user.id, seq).await? {
                let to = people.into_iter().map(|p| p.id).collect();
                state.hub.publish(Event::Read { thread: t.id, by: conn.user.id.clone(), seq, to }).await;
            }
            Ok(None)
        }
        // A page (re)connected: what it missed since `seq`, and the read state now.
        "sync" => {
            let me = &conn.user;
            let thread = str_of("thread");
            let after = v.get("seq").and_then(Value::as_i64).unwrap_or(0);
            let Some((t, people)) = messages::open_thread(&state.db, &thread, &me.id).await? else {
                return Ok(Some(json!({"type": "error"})));
            };
            let missed = messages::messages(&state.db, &state.crypto, &t.id, after, 200).await?;
            let reads = messages::read_positions(&state.db, &t.id).await?;
            let viewer = conn.viewer(&people, &reads, state.clock.now_ms());
            let edited: Vec<_> = missed.iter().filter(|m| m.edited_at.is_some()).collect();
            let history = messages::versions(&state.db, &state.crypto, &edited).await?;
            let mut items = Vec::with_capacity(missed.len());
            for m in &missed {
                let h = history.get(&m.id).map(Vec::as_slice).unwrap_or(&[]);
                let html = askama::Template::render(&viewer.item(&t.id, m, h))?;
                items.push(json!({"seq": m.seq, "mine": m.sender_id == me.id, "html": html}));
            }
            let states = viewer.states(&messages::own_recent_seqs(&state.db, &t.id, &me.id, 50).await?);
            let unread = messages::unread_threads(&state.db, &me.id).await?;
            Ok(Some(json!({"type": "sync", "thread": t.id, "items": items, "states": states, "unread": unread})))
        }
        "join" => {
            let booking = str_of("booking");
            match room::admit(state, &conn.user, conn.l.lang, &booking).await? {
                Ok(b) => {
                    conn.room_name = room::name_in(&b, &conn.user);
                    if let Some(old) = conn.room.replace(booking.clone())
                        && old != booking
                    {
                        room::announce(state, &old, &conn.id, json!({"type": "bye"})).await;
                    }
                    // Routed to this room before anyone hears of us, so no answer is missed.
                    conn.events.join_room(&booking);
                    room::announce(state, &booking, &conn.id, json!({"type": "hello", "name": conn.room_name})).await;
                    Ok(Some(json!({"type": "joined", "conn": conn.id})))
                }
                Err(reason) => Ok(Some(json!({"type": "refused", "reason": reason}))),
            }
        }
        "signal" => {
            let Some(booking) = conn.room.clone() else { return Ok(Some(json!({"type": "error"}))) };
            let to = str_of("to");
            let data = v.get("data").cloned().unwrap_or(Value::Null);
            let body = json!({"type": "signal", "data": data, "name": conn.room_name});
            state.hub.publish(Event::Room { booking, from: conn.id.clone(), to: Some(to), body }).await;
            Ok(None)
        }
        "chat" => {
            let Some(booking) = conn.room.clone() else { return Ok(Some(json!({"type": "error"}))) };
            let text: String = str_of("text").trim().chars().take(MAX_CHAT).collect();
            if text.is_empty() {
                return Ok(None);
            }
            let body = json!({"type": "chat", "name": conn.room_name, "text": text});
            room::announce(state, &booking, &conn.id, body).await;
            Ok(None)
        }
        "media" => {
            // Whether this person's microphone and camera are on, for the others' tiles: two
            // booleans, nothing else relayed.
            let Some(booking) = conn.room.clone() else { return Ok(Some(json!({"type": "error"}))) };
            let on = |k: &str| v.get(k).and_then(Value::as_bool).unwrap_or(false);
            let body = json!({"type": "media", "name": conn.room_name, "audio": on("audio"), "video": on("video")});
            room::announce(state, &booking, &conn.id, body).await;
            Ok(None)
        }
        "leave" => {
            conn.events.leave_room();
            if let Some(booking) = conn.room.take() {
                room::announce(state, &booking, &conn.id, json!({"type": "bye"})).await;
            }
            Ok(None)
        }
        _ => Ok(Some(json!({"type": "error"}))),
    }
}
