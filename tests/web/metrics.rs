//! `/metrics` (issue 20): Prometheus text read back by an independent parser (python
//! `prometheus_client`), route patterns and never paths, ids or member data in labels, and
//! nothing of it on the public address.

use std::process::Command;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use diltalks::clock::DAY;
use tower::ServiceExt;

use crate::harness::TestApp;
use crate::messages::book_session;

/// Parses the text with prometheus_client and prints one line per sample:
/// `family type|sample name|labels as k=v,...|value`.
const PARSE: &str = r#"
import sys
from prometheus_client.parser import text_string_to_metric_families
for fam in text_string_to_metric_families(sys.stdin.read()):
    for s in fam.samples:
        labels = ",".join(f"{k}={v}" for k, v in sorted(s.labels.items()))
        print(f"{fam.type}|{s.name}|{labels}|{s.value}")
"#;

fn parse(text: &str) -> Vec<(String, String, String, f64)> {
    use std::io::Write;
    let py = std::env::var("DILTALKS_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let mut child = Command::new(&py)
        .args(["-c", PARSE])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{py}: {e}"));
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "prometheus_client could not parse /metrics (run scripts/test for its venv): {}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            let p: Vec<&str> = l.splitn(4, '|').collect();
            (p[0].to_string(), p[1].to_string(), p[2].to_string(), p[3].parse().unwrap())
        })
        .collect()
}

async fn scrape(app: &TestApp) -> String {
    let req = Request::get("/metrics").body(Body::empty()).unwrap();
    let res = diltalks::metrics::router(app.state.clone()).oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/plain; version=0.0.4"));
    let bytes = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[tokio::test]
async fn metrics_parse_with_an_independent_parser_and_carry_route_patterns_only() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let counsellor = app.listed_counsellor("Meera Rao", &admin.id).await;
    let m = app.member("Kavya").await;
    let booking = book_session(&app, &counsellor, &m, None, app.clock.now_ms() + 2 * DAY).await;
    assert_eq!(m.client.get("/dashboard").await.status, StatusCode::OK);
    assert_eq!(m.client.get(&format!("/bookings/{booking}")).await.status, StatusCode::OK);
    assert_eq!(m.client.get("/no-such-page/with-words-in-it").await.status, StatusCode::NOT_FOUND);
    // Wrong passwords until the throttle slows sign-in.
    let stranger = app.client();
    for _ in 0..12 {
        stranger.post("/login", &[("email", m.email.as_str()), ("password", "not the password at all")]).await;
    }
    // One round of a real background task.
    let (stop, rx) = tokio::sync::watch::channel(false);
    let task = tokio::spawn(diltalks::bookings::notify::run(app.state.clone(), rx));
    for _ in 0..100 {
        if scrape(&app).await.contains("task=\"session-reminders\"") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    stop.send(true).unwrap();
    task.await.unwrap();
    app.mail().await;

    let text = scrape(&app).await;
    // Nothing of anyone in it: no address, no id, no path as sent.
    for secret in [m.email.as_str(), booking.as_str(), "with-words-in-it", &m.id] {
        assert!(!text.contains(secret), "{secret} in /metrics");
    }
    let samples = parse(&text);
    let find = |name: &str, labels: &str| {
        samples.iter().find(|(_, n, l, _)| n == name && l == labels).map(|s| s.3).unwrap_or_else(|| {
            panic!("no {name}{{{labels}}} in:\n{text}");
        })
    };
    assert!(find("diltalks_http_requests_total", "method=GET,route=/dashboard,status=200") >= 1.0);
    assert!(find("diltalks_http_requests_total", "method=GET,route=/bookings/{id},status=200") >= 1.0);
    assert!(find("diltalks_http_requests_total", "method=GET,route=(unmatched),status=404") >= 1.0);
    assert!(find("diltalks_http_request_duration_seconds_count", "route=/dashboard") >= 1.0);
    assert!(find("diltalks_http_request_duration_seconds_bucket", "le=+Inf,route=/dashboard") >= 1.0);
    assert_eq!(
        samples.iter().find(|(_, n, _, _)| n == "diltalks_http_request_duration_seconds_count").unwrap().0,
        "histogram"
    );
    assert!(find("diltalks_sign_in_throttled_total", "") >= 1.0);
    assert_eq!(find("diltalks_task_runs_total", "task=session-reminders"), 1.0);
    assert_eq!(find("diltalks_task_failures_total", "task=session-reminders"), 0.0);
    assert!(find("diltalks_task_last_success_timestamp_seconds", "task=session-reminders") > 1.0e9);
    assert!(find("diltalks_mail_sent_total", "") >= 2.0, "the booking's mail went out");
    assert_eq!(find("diltalks_outbox_pending", ""), 0.0);
    assert_eq!(find("diltalks_outbox_oldest_pending_age_seconds", ""), 0.0);
    assert_eq!(find("diltalks_live_sockets", ""), 0.0);
    assert!(find("diltalks_db_pool_max_connections", "") >= 1.0);
    find("diltalks_db_pool_connections", "state=in_use");
    find("diltalks_mail_send_failures_total", "");

    // Mail waiting shows its age.
    let a = app.member("Asha").await;
    a.client.post("/forgot", &[("email", a.email.as_str())]).await;
    app.settle().await;
    let samples = parse(&scrape(&app).await);
    let pending = samples.iter().find(|(_, n, _, _)| n == "diltalks_outbox_pending").unwrap().3;
    assert!(pending >= 1.0, "{pending}");

    // The public address has no /metrics.
    assert_eq!(app.client().get("/metrics").await.status, StatusCode::NOT_FOUND);
}
