//! Several app instances on one PostgreSQL database, as behind a load balancer: two real
//! processes of the binary. A message posted to one reaches a WebSocket held by the other
//! within a second, and scheduled work (commitment reminders, unread-message mail) running on
//! both is done once. Needs PostgreSQL (TEST_DATABASE_URL); on SQLite there is one instance.

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use sqlx::Row;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::harness::{Member, START, TestApp};
use crate::live::{next_of, socket};
use crate::messages::thread_of;

/// A running instance, stopped when dropped.
struct Instance {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap()
}

async fn start(app: &TestApp) -> Instance {
    let addr = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_diltalks"))
        .env("RUST_LOG", "warn")
        .args(["--listen", &addr.to_string()])
        .args(["--data-dir", app.state.config.data_dir.to_str().unwrap()])
        .args(["--database-url", &app.state.config.database_url()])
        .args(["--task-interval-secs", "1", "--message-notify-minutes", "0"])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let instance = Instance { child, addr };
    let deadline = Instant::now() + Duration::from_secs(30);
    while http(addr, "GET", "/healthz", None, "").await.0 != 200 {
        assert!(Instant::now() < deadline, "instance on {addr} did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    instance
}

/// One HTTP/1.1 request over a fresh connection, as `m`'s browser: (status, whole answer).
async fn http(addr: SocketAddr, method: &str, path: &str, m: Option<&Member>, form: &str) -> (u16, String) {
    let Ok(mut s) = tokio::net::TcpStream::connect(addr).await else { return (0, String::new()) };
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    let mut body = form.to_string();
    if let Some(m) = m {
        let csrf = m.client.cookie("dt_csrf").unwrap();
        let session = m.client.cookie("dt_session").unwrap();
        req.push_str(&format!("Cookie: dt_session={session}; dt_csrf={csrf}\r\n"));
        if method == "POST" {
            body = format!("csrf={csrf}&{form}");
        }
    }
    if method == "POST" {
        req.push_str(&format!("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n", body.len()));
    }
    req.push_str("\r\n");
    req.push_str(&body);
    s.write_all(req.as_bytes()).await.unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).await.unwrap();
    let status = out.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    (status, out)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_share_live_events_and_do_scheduled_work_once() {
    let app = TestApp::spawn().await;
    if !app.is_postgres() {
        eprintln!("skipped: several instances need PostgreSQL (set TEST_DATABASE_URL)");
        return;
    }
    // The instances run on the real clock: bring the test's clock to now.
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
    app.clock.advance(now - START);
    let (a, b) = app.couple("Asha", "Ravi").await;
    let t = thread_of(&app, &a, "partners").await;

    // A daily commitment of Asha's, due in twenty minutes, with its reminder due now.
    a.client.post("/program/start", &[("perspective", "hurt")]).await;
    let res = a
        .client
        .post("/program/actions/commitments", &[("text", "Walk together"), ("kind", "daily"), ("time", "09:00")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let at = jiff::Timestamp::from_millisecond(now + 20 * 60_000).unwrap().in_tz("Asia/Kolkata").unwrap();
    let occurrence = at.with().second(0).subsec_nanosecond(0).build().unwrap().timestamp().as_millisecond();
    let minute = at.hour() as i64 * 60 + at.minute() as i64;
    sqlx::query("UPDATE commitments SET minute = $1, remind_at = $2, time_zone = 'Asia/Kolkata', starts_at = $3")
        .bind(minute)
        .bind(occurrence - 30 * 60_000)
        .bind(now - 86_400_000)
        .execute(&app.state.db.pool)
        .await
        .unwrap();

    let one = start(&app).await;
    let two = start(&app).await;
    // Ravi's page is served by instance two; Asha writes through instance one.
    let origin = "http://127.0.0.1:8080";
    let mut ravi = socket(two.addr, &b, origin).await.expect("socket on instance two");
    next_of(&mut ravi, "ready", Duration::from_secs(5)).await.expect("ready");
    let sent_at = Instant::now();
    let (status, answer) =
        http(one.addr, "POST", &format!("/messages/{t}"), Some(&a), "text=Across+instances+MESSAGE-CANARY").await;
    assert_eq!(status, 303, "{answer}");
    let got =
        next_of(&mut ravi, "message", Duration::from_secs(1)).await.expect("the message reached instance two's socket");
    let took = sent_at.elapsed();
    assert!(got["html"].as_str().unwrap().contains("Across instances MESSAGE-CANARY"));
    assert!(took < Duration::from_secs(1), "{took:?}");
    eprintln!("message from instance one to a socket on instance two in {took:?}");

    // Both instances run the reminder and unread-mail tasks every second: each is sent once.
    tokio::time::sleep(Duration::from_secs(4)).await;
    let count = |to: String, subject: &'static str| {
        let db = app.state.db.clone();
        async move {
            sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE to_addr = $1 AND subject = $2")
                .bind(to)
                .bind(subject)
                .fetch_one(&db.pool)
                .await
                .unwrap()
                .get::<i64, _>("n")
        }
    };
    assert_eq!(count(a.email.clone(), "A reminder from DilTalks").await, 1, "one reminder, not one per instance");
    assert_eq!(count(b.email.clone(), "A new message on DilTalks").await, 1, "one unread notice, not one per instance");
    // And it is not sent again on later runs.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(count(a.email.clone(), "A reminder from DilTalks").await, 1);
    assert_eq!(count(b.email.clone(), "A new message on DilTalks").await, 1);
    // A session made through one instance is valid on the other (sessions live in the database).
    let (status, page) = http(two.addr, "GET", &format!("/messages/{t}"), Some(&a), "").await;
    assert_eq!(status, 200);
    assert!(page.contains("Across instances MESSAGE-CANARY"));
}
