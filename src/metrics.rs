//! Service metrics in the Prometheus text format (version 0.0.4), served on their own
//! address (`--metrics-listen`, off by default) so they are never public.
//!
//! Labels hold route patterns (`/bookings/{id}`), methods, status codes and task names: all
//! from the code, none from a request. No path, id, address or member data is ever a label.
//! Counts kept in memory are this instance's since it started; gauges read at scrape time
//! (outbox, pool, sockets) are read then.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::app::AppState;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

#[derive(Default)]
struct Latency {
    counts: [u64; BUCKETS.len()],
    sum: f64,
    total: u64,
}

#[derive(Default, Clone, Copy)]
struct TaskStats {
    runs: u64,
    failures: u64,
    last_run_ms: i64,
    last_success_ms: i64,
}

/// What this instance counts. One per `AppState`.
#[derive(Default)]
pub struct Metrics {
    /// (method, route pattern, status) → requests.
    requests: Mutex<BTreeMap<(String, String, u16), u64>>,
    /// route pattern → latency histogram.
    latency: Mutex<BTreeMap<String, Latency>>,
    tasks: Mutex<BTreeMap<&'static str, TaskStats>>,
    mail_sent: AtomicU64,
    mail_failures: AtomicU64,
    sign_in_throttled: AtomicU64,
}

impl Metrics {
    fn request(&self, method: &str, route: &str, status: u16, seconds: f64) {
        if let Ok(mut r) = self.requests.lock() {
            *r.entry((method.to_string(), route.to_string(), status)).or_default() += 1;
        }
        if let Ok(mut l) = self.latency.lock() {
            let h = l.entry(route.to_string()).or_default();
            for (i, bound) in BUCKETS.iter().enumerate() {
                if seconds <= *bound {
                    h.counts[i] += 1;
                }
            }
            h.sum += seconds;
            h.total += 1;
        }
    }

    /// A background task finished one round (`ok` or not) at `now`.
    pub fn task_ran(&self, task: &'static str, ok: bool, now: i64) {
        if let Ok(mut t) = self.tasks.lock() {
            let s = t.entry(task).or_default();
            s.runs += 1;
            s.last_run_ms = now;
            if ok {
                s.last_success_ms = now;
            } else {
                s.failures += 1;
            }
        }
    }

    pub fn mail_sent(&self) {
        self.mail_sent.fetch_add(1, Ordering::Relaxed);
    }

    pub fn mail_failed(&self) {
        self.mail_failures.fetch_add(1, Ordering::Relaxed);
    }

    /// A sign-in attempt was slowed or refused by the throttle.
    pub fn sign_in_throttled(&self) {
        self.sign_in_throttled.fetch_add(1, Ordering::Relaxed);
    }
}

/// Middleware: counts each request under its route pattern and status, and times it.
pub async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().as_str().to_string();
    let route =
        req.extensions().get::<MatchedPath>().map_or_else(|| "(unmatched)".to_string(), |m| m.as_str().to_string());
    let res = next.run(req).await;
    state.metrics.request(&method, &route, res.status().as_u16(), started.elapsed().as_secs_f64());
    res
}

/// A label value, escaped as the text format asks (backslash, quote, newline).
fn label(v: &str) -> String {
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

fn header(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

/// Everything, in the text format.
pub async fn render(state: &AppState) -> anyhow::Result<String> {
    let m = &state.metrics;
    let now = state.clock.now_ms();
    let mut out = String::new();

    header(
        &mut out,
        "diltalks_http_requests_total",
        "counter",
        "Requests answered, by method, route pattern and status.",
    );
    for ((method, route, status), n) in m.requests.lock().map_err(|_| anyhow::anyhow!("metrics lock"))?.iter() {
        let _ = writeln!(
            out,
            "diltalks_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{status}\"}} {n}",
            label(method),
            label(route)
        );
    }
    header(&mut out, "diltalks_http_request_duration_seconds", "histogram", "Time to answer, by route pattern.");
    for (route, h) in m.latency.lock().map_err(|_| anyhow::anyhow!("metrics lock"))?.iter() {
        let route = label(route);
        for (bound, n) in BUCKETS.iter().zip(h.counts) {
            let _ =
                writeln!(out, "diltalks_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {n}");
        }
        let _ =
            writeln!(out, "diltalks_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}", h.total);
        let _ = writeln!(out, "diltalks_http_request_duration_seconds_sum{{route=\"{route}\"}} {}", h.sum);
        let _ = writeln!(out, "diltalks_http_request_duration_seconds_count{{route=\"{route}\"}} {}", h.total);
    }

    let (pending, failed) = crate::mail::count_pending(&state.db).await?;
    let oldest = crate::mail::oldest_pending(&state.db).await?.map_or(0, |at| (now - at).max(0) / 1000);
    header(&mut out, "diltalks_outbox_pending", "gauge", "Mail waiting to be sent.");
    let _ = writeln!(out, "diltalks_outbox_pending {pending}");
    header(&mut out, "diltalks_outbox_failed", "gauge", "Mail given up on after every retry (kept 30 days).");
    let _ = writeln!(out, "diltalks_outbox_failed {failed}");
    header(
        &mut out,
        "diltalks_outbox_oldest_pending_age_seconds",
        "gauge",
        "Age of the oldest mail still waiting (0 when none).",
    );
    let _ = writeln!(out, "diltalks_outbox_oldest_pending_age_seconds {oldest}");
    header(&mut out, "diltalks_mail_sent_total", "counter", "Mail handed to the transport by this instance.");
    let _ = writeln!(out, "diltalks_mail_sent_total {}", m.mail_sent.load(Ordering::Relaxed));
    header(
        &mut out,
        "diltalks_mail_send_failures_total",
        "counter",
        "Attempts to send mail that failed (each retried later).",
    );
    let _ = writeln!(out, "diltalks_mail_send_failures_total {}", m.mail_failures.load(Ordering::Relaxed));

    header(&mut out, "diltalks_live_sockets", "gauge", "Live-update sockets open on this instance.");
    let _ = writeln!(out, "diltalks_live_sockets {}", state.hub.sockets());

    let tasks = m.tasks.lock().map_err(|_| anyhow::anyhow!("metrics lock"))?.clone();
    header(&mut out, "diltalks_task_runs_total", "counter", "Rounds of each background task.");
    for (task, s) in &tasks {
        let _ = writeln!(out, "diltalks_task_runs_total{{task=\"{task}\"}} {}", s.runs);
    }
    header(&mut out, "diltalks_task_failures_total", "counter", "Rounds of each background task that failed.");
    for (task, s) in &tasks {
        let _ = writeln!(out, "diltalks_task_failures_total{{task=\"{task}\"}} {}", s.failures);
    }
    header(&mut out, "diltalks_task_last_run_timestamp_seconds", "gauge", "When each background task last ran.");
    for (task, s) in &tasks {
        let _ = writeln!(out, "diltalks_task_last_run_timestamp_seconds{{task=\"{task}\"}} {}", s.last_run_ms / 1000);
    }
    header(
        &mut out,
        "diltalks_task_last_success_timestamp_seconds",
        "gauge",
        "When each background task last succeeded.",
    );
    for (task, s) in &tasks {
        let _ = writeln!(
            out,
            "diltalks_task_last_success_timestamp_seconds{{task=\"{task}\"}} {}",
            s.last_success_ms / 1000
        );
    }

    let size = state.db.pool.size();
    let idle = u32::try_from(state.db.pool.num_idle()).unwrap_or(u32::MAX).min(size);
    header(&mut out, "diltalks_db_pool_connections", "gauge", "Database pool connections, in use or idle.");
    let _ = writeln!(out, "diltalks_db_pool_connections{{state=\"in_use\"}} {}", size - idle);
    let _ = writeln!(out, "diltalks_db_pool_connections{{state=\"idle\"}} {idle}");
    header(&mut out, "diltalks_db_pool_max_connections", "gauge", "The pool's limit.");
    let _ = writeln!(out, "diltalks_db_pool_max_connections {}", state.db.pool.options().get_max_connections());

    header(
        &mut out,
        "diltalks_sign_in_throttled_total",
        "counter",
        "Sign-in attempts slowed or refused by the throttle.",
    );
    let _ = writeln!(out, "diltalks_sign_in_throttled_total {}", m.sign_in_throttled.load(Ordering::Relaxed));
    Ok(out)
}

/// `GET /metrics` on the metrics address.
async fn scrape(State(state): State<AppState>) -> Response {
    match render(&state).await {
        Ok(body) => {
            ([(axum::http::header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], body).into_response()
        }
        Err(e) => {
            tracing::warn!(error = %format!("{e:#}"), "metrics");
            (axum::http::StatusCode::SERVICE_UNAVAILABLE, "metrics unavailable").into_response()
        }
    }
}

/// The metrics address's own router: `/metrics` and nothing else.
pub fn router(state: AppState) -> axum::Router {
    axum::Router::new().route("/metrics", axum::routing::get(scrape)).with_state(state)
}
