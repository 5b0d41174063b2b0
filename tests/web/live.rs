//! Live delivery over a real WebSocket, and session rooms: who hears what, when a room
//! admits whom, and what closes a socket.

use std::net::SocketAddr;
use std::time::Duration;

use axum::http::StatusCode;
use diltalks::clock::{HOUR, MINUTE};
use futures_util::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::Message as Frame;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::harness::{Member, TestApp};
use crate::messages::{SECRET, book_session, space_of, thread_of};

pub async fn socket(
    addr: SocketAddr,
    m: &Member,
    origin: &str,
) -> Result<
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>,
    tokio_tungstenite::tungstenite::Error,
> {
    let mut req = format!("ws://{addr}/live").into_client_request().unwrap();
    let cookie = format!("dt_session={}", m.client.cookie("dt_session").unwrap());
    req.headers_mut().insert("cookie", cookie.parse().unwrap());
    req.headers_mut().insert("origin", origin.parse().unwrap());
    tokio_tungstenite::connect_async(req).await.map(|(ws, _)| ws)
}

/// The next JSON frame of a given type, within the time allowed.
pub async fn next_of<S>(ws: &mut S, kind: &str, within: Duration) -> Option<serde_json::Value>
where
    S: StreamExt<Item = Result<Frame, tokio_tungstenite::tungstenite::Error>> + Unpin,
{
    let deadline = tokio::time::Instant::now() + within;
    loop {
        let frame = tokio::time::timeout_at(deadline, ws.next()).await.ok()??.ok()?;
        if let Frame::Text(t) = frame {
            let v: serde_json::Value = serde_json::from_str(t.as_str()).unwrap();
            if v["type"] == kind {
                return Some(v);
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_arrive_live_on_the_sockets_of_their_people_only() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    let (other, _) = app.couple("Other", "OthersPartner").await;
    let t = thread_of(&app, &a, "partners").await;
    let addr = app.serve().await;
    let origin = "http://127.0.0.1:8080";
    // Another site's page cannot open a socket with Ravi's cookie.
    let refused = socket(addr, &b, "http://evil.example").await;
    assert!(refused.is_err(), "a cross-site socket opened");
    let mut ravi = socket(addr, &b, origin).await.unwrap();
    let mut outsider = socket(addr, &other, origin).await.unwrap();
    assert!(next_of(&mut ravi, "ready", Duration::from_secs(2)).await.is_some());
    assert!(next_of(&mut outsider, "ready", Duration::from_secs(2)).await.is_some());

    a.client.post(&format!("/messages/{t}"), &[("text", SECRET)]).await;
    let got = next_of(&mut ravi, "message", Duration::from_secs(1)).await.expect("a live message within a second");
    assert_eq!(got["thread"], t.as_str());
    assert!(got["html"].as_str().unwrap().contains("MESSAGE-CANARY"));
    assert_eq!(got["unread"], 1);
    assert!(next_of(&mut outsider, "message", Duration::from_millis(300)).await.is_none());

    // Ravi reads over the socket; Asha's page would show it read, and Asha hears of it live.
    let mut asha = socket(addr, &a, origin).await.unwrap();
    next_of(&mut asha, "ready", Duration::from_secs(2)).await.unwrap();
    ravi.send(Frame::Text(serde_json::json!({"type": "read", "thread": t, "seq": 1}).to_string().into()))
        .await
        .unwrap();
    let read = next_of(&mut asha, "read", Duration::from_secs(1)).await.expect("read state live");
    assert_eq!(read["states"][0][1], "Read");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM thread_reads WHERE unread_since IS NOT NULL").await, 0);
    // A page that connects later asks for what it missed: it gets it, and the read state.
    let mut late = socket(addr, &a, origin).await.unwrap();
    next_of(&mut late, "ready", Duration::from_secs(2)).await.unwrap();
    late.send(Frame::Text(serde_json::json!({"type": "sync", "thread": t, "seq": 0}).to_string().into()))
        .await
        .unwrap();
    let synced = next_of(&mut late, "sync", Duration::from_secs(1)).await.expect("sync");
    assert!(synced["items"][0]["html"].as_str().unwrap().contains("MESSAGE-CANARY"));
    assert_eq!(synced["states"][0][1], "Read");
    outsider
        .send(Frame::Text(serde_json::json!({"type": "sync", "thread": t, "seq": 0}).to_string().into()))
        .await
        .unwrap();
    let refused = next_of(&mut outsider, "error", Duration::from_secs(1)).await;
    assert!(refused.is_some(), "an outsider's sync is refused");
    // The outsider cannot mark someone else's conversation read or learn anything from trying.
    outsider
        .send(Frame::Text(serde_json::json!({"type": "read", "thread": t, "seq": 1}).to_string().into()))
        .await
        .unwrap();
    assert!(next_of(&mut outsider, "error", Duration::from_secs(1)).await.is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_a_bookings_people_enter_its_room_and_only_in_its_window() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let counsellor = app.listed_counsellor("Meera Rao", &admin.id).await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    let (other, _) = app.couple("Other", "OthersPartner").await;
    let space = space_of(&app, &a).await;
    let start = app.clock.now_ms() + 2 * HOUR;
    let booking = book_session(&app, &counsellor, &a, Some(&space), start).await;
    let addr = app.serve().await;
    let origin = "http://127.0.0.1:8080";
    let join = serde_json::json!({"type": "join", "booking": booking}).to_string();

    // Two hours early: the page says when it opens; the socket refuses.
    let page = a.client.get(&format!("/bookings/{booking}/room")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("The room opens at") && !page.body.contains("id=\"room\""));
    assert_eq!(page.header("permissions-policy"), "camera=(self), microphone=(self), geolocation=()");
    assert!(a.client.get("/dashboard").await.header("permissions-policy").contains("camera=()"));
    let mut early = socket(addr, &a, origin).await.unwrap();
    early.send(Frame::Text(join.clone().into())).await.unwrap();
    assert!(
        next_of(&mut early, "refused", Duration::from_secs(1)).await.unwrap()["reason"]
            .as_str()
            .unwrap()
            .contains("opens at")
    );

    app.clock.advance(2 * HOUR - 10 * MINUTE);
    let page = a.client.get(&format!("/bookings/{booking}/room")).await;
    assert!(page.body.contains("id=\"room\""), "{}", page.body);
    // Someone else's booking: no page, no room.
    assert_eq!(other.client.get(&format!("/bookings/{booking}/room")).await.status, StatusCode::NOT_FOUND);
    let mut intruder = socket(addr, &other, origin).await.unwrap();
    intruder.send(Frame::Text(join.clone().into())).await.unwrap();
    assert!(next_of(&mut intruder, "refused", Duration::from_secs(1)).await.is_some());

    let mut people = Vec::new();
    for m in [&counsellor, &a, &b] {
        let mut ws = socket(addr, m, origin).await.unwrap();
        ws.send(Frame::Text(join.clone().into())).await.unwrap();
        let joined = next_of(&mut ws, "joined", Duration::from_secs(1)).await.expect("admitted");
        people.push((ws, joined["conn"].as_str().unwrap().to_string()));
    }
    // The counsellor heard both partners arrive; a signal goes to its one addressee.
    let (first, rest) = people.split_at_mut(1);
    let hello = next_of(&mut first[0].0, "hello", Duration::from_secs(1)).await.unwrap();
    assert_eq!(hello["name"], "Asha");
    let to = rest[1].1.clone();
    let signal =
        serde_json::json!({"type": "signal", "to": to, "data": {"description": {"type": "offer", "sdp": "v=0"}}});
    first[0].0.send(Frame::Text(signal.to_string().into())).await.unwrap();
    let got = next_of(&mut rest[1].0, "signal", Duration::from_secs(1)).await.expect("relayed");
    assert_eq!(got["from"], first[0].1.as_str());
    assert_eq!(got["data"]["description"]["sdp"], "v=0");
    assert!(next_of(&mut rest[0].0, "signal", Duration::from_millis(300)).await.is_none(), "only to its addressee");
    // The intruder, refused, hears nothing of the room.
    assert!(next_of(&mut intruder, "signal", Duration::from_millis(200)).await.is_none());
    assert!(next_of(&mut intruder, "hello", Duration::from_millis(200)).await.is_none());
    assert!(next_of(&mut intruder, "chat", Duration::from_millis(200)).await.is_none());

    // After the session and its half hour, the room closes.
    app.clock.advance(10 * MINUTE + 50 * MINUTE + 31 * MINUTE);
    let mut late = socket(addr, &b, origin).await.unwrap();
    late.send(Frame::Text(join.into())).await.unwrap();
    assert!(next_of(&mut late, "refused", Duration::from_secs(1)).await.is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_that_floods_its_socket_is_cut_off() {
    let app = TestApp::spawn().await;
    let a = app.member("Asha").await;
    let addr = app.serve().await;
    let mut ws = socket(addr, &a, "http://127.0.0.1:8080").await.unwrap();
    next_of(&mut ws, "ready", Duration::from_secs(2)).await.unwrap();
    for _ in 0..150 {
        if ws.send(Frame::Text(r#"{"type":"leave"}"#.into())).await.is_err() {
            break;
        }
    }
    let closed = tokio::time::timeout(Duration::from_secs(2), async {
        loop {
            match ws.next().await {
                None | Some(Err(_)) | Some(Ok(Frame::Close(_))) => return true,
                Some(Ok(_)) => {}
            }
        }
    })
    .await;
    assert_eq!(closed, Ok(true), "the socket stayed open");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_out_closes_the_sessions_sockets() {
    let app = TestApp::spawn_with(|c| c.task_interval_secs = 1).await;
    let a = app.member("Asha").await;
    let addr = app.serve().await;
    let mut ws = socket(addr, &a, "http://127.0.0.1:8080").await.unwrap();
    next_of(&mut ws, "ready", Duration::from_secs(2)).await.unwrap();
    assert_eq!(a.client.post("/logout", &[]).await.status, StatusCode::SEE_OTHER);
    let closed = tokio::time::timeout(Duration::from_secs(4), async {
        loop {
            match ws.next().await {
                None | Some(Err(_)) | Some(Ok(Frame::Close(_))) => return true,
                Some(Ok(_)) => {}
            }
        }
    })
    .await;
    assert_eq!(closed, Ok(true), "the socket outlived its session");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_room_and_the_socket_speak_hindi_to_a_hindi_reader() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let counsellor = app.listed_counsellor("Meera Rao", &admin.id).await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    let space = space_of(&app, &a).await;
    let start = app.clock.now_ms() + 2 * HOUR;
    let booking = book_session(&app, &counsellor, &a, Some(&space), start).await;
    for m in [&a, &b, &counsellor] {
        m.client.post("/language", &[("lang", "hi"), ("back", "/dashboard")]).await;
    }
    let room = format!("/bookings/{booking}/room");
    let addr = app.serve().await;
    let origin = "http://127.0.0.1:8080";
    let join = serde_json::json!({"type": "join", "booking": booking}).to_string();

    // Early: when it opens, in Hindi, on the page and from the socket.
    let page = a.client.get(&room).await.body;
    assert!(page.contains("Meera Rao और Ravi के साथ सेशन") && page.contains("पर खुलेगा।"), "{page}");
    assert!(page.contains("आप कभी भी <a href=\"/messages\">संदेश</a> में एक-दूसरे को लिख सकते हैं।"), "{page}");
    let mut early = socket(addr, &a, origin).await.unwrap();
    early.send(Frame::Text(join.clone().into())).await.unwrap();
    let reason = next_of(&mut early, "refused", Duration::from_secs(1)).await.unwrap()["reason"].clone();
    assert!(reason.as_str().unwrap().starts_with("रूम ") && reason.as_str().unwrap().ends_with(" पर खुलेगा।"), "{reason}");

    // Open: the controls and the script's words, for a member and for the counsellor.
    app.clock.advance(2 * HOUR - 10 * MINUTE);
    let page = a.client.get(&room).await.body;
    assert!(page.contains(">जुड़ें</button>") && page.contains(">म्यूट करें</button>") && page.contains(">चैट</h2>"));
    assert!(page.contains(r#"data-t-connected-many="आप {n} और लोगों से जुड़े हैं।""#), "{page}");
    assert!(page.contains(r#"data-t-peer-camera-off="{name} ने अपना कैमरा बंद किया।""#));
    assert!(page.contains("(निजी; आपके साथी इसे कभी नहीं देखते)"), "the rating link after the session");
    let page = counsellor.client.get(&room).await.body;
    assert!(page.contains("Asha और Ravi के साथ सेशन") && page.contains(">रूम छोड़ें</button>"), "{page}");

    // The socket's read state is in the reader's language too.
    let t = thread_of(&app, &a, "partners").await;
    a.client.post(&format!("/messages/{t}"), &[("text", SECRET)]).await;
    let mut asha = socket(addr, &a, origin).await.unwrap();
    next_of(&mut asha, "ready", Duration::from_secs(2)).await.unwrap();
    let mut ravi = socket(addr, &b, origin).await.unwrap();
    next_of(&mut ravi, "ready", Duration::from_secs(2)).await.unwrap();
    ravi.send(Frame::Text(serde_json::json!({"type": "read", "thread": t, "seq": 1}).to_string().into()))
        .await
        .unwrap();
    let read = next_of(&mut asha, "read", Duration::from_secs(1)).await.expect("read state live");
    assert_eq!(read["states"][0][1], "पढ़ लिया गया");
}
