//! Service metrics in the Prometheus text format (version 0.0.4), served on their own
//! address (`--metrics-listen`, off by default) so they are never public.
//!
//! Labels hold route patterns (`/bookings/{id}`), methods, status codes and task names: all
//! from the code, none from a request. No path, id, address or member data is ever a label.
//! Counts kept in memory are this instance's since it started; gauges read at scrape time
//! (outbox, pool, sockets) are read then.

use std::collections::{BTreeMap, HashMap};
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
/// The methods counted apart; anything else is "OTHER".
const METHODS: [&str; 3] = ["GET", "POST", "OTHER"];
/// The statuses counted apart; anything else is counted under its class ("2xx" …).
const STATUSES: [u16; 20] =
    [200, 201, 204, 301, 302, 303, 304, 400, 401, 403, 404, 405, 408, 409, 413, 415, 422, 429, 500, 503];
const CLASSES: [&str; 5] = ["1xx", "2xx", "3xx", "4xx", "5xx"];

/// One route pattern's counters: plain atomics, so counting takes no lock and allocates
/// nothing on the request's path.
struct RouteStats {
    /// [method][status index, then the classes].
    counts: [[AtomicU64; STATUSES.len() + CLASSES.len()]; METHODS.len()],
    buckets: [AtomicU64; BUCKETS.len()],
    total: AtomicU64,
    micros: AtomicU64,
}

impl Default for RouteStats {
    fn default() -> Self {
        RouteStats {
            counts: std::array::from_fn(|_| std::array::from_fn(|_| AtomicU64::new(0))),
            buckets: std::array::from_fn(|_| AtomicU64::new(0)),
            total: AtomicU64::new(0),
            micros: AtomicU64::new(0),
        }
    }
}

fn status_slot(status: u16) -> usize {
    match STATUSES.iter().position(|s| *s == status) {
        Some(i) => i,
        None => STATUSES.len() + usize::from((status / 100).clamp(1, 5) - 1),
    }
}

fn status_label(slot: usize) -> String {
    if slot < STATUSES.len() { STATUSES[slot].to_string() } else { CLASSES[slot - STATUSES.len()].to_string() }
}

#[derive(Default, Clone, Copy)]
struct TaskStats {
    runs: u64,
    failures: u64,
    last_run_ms: i64,
    last_success_ms: i64,
}

/// What this instance counts. One per `AppState`.
pub struct Metrics {
    /// Every route pattern the service has, made at start-up; `(unmatched)` for the rest.
    routes: HashMap<&'static str, RouteStats>,
    tasks: Mutex<BTreeMap<&'static str, TaskStats>>,
    mail_sent: AtomicU64,
    mail_failures: AtomicU64,
    sign_in_throttled: AtomicU64,
}

const UNMATCHED: &str = "(unmatched)";

impl Default for Metrics {
    fn default() -> Self {
        let mut patterns: Vec<&'static str> = crate::routes().list().iter().map(|(_, path)| *path).collect();
        patterns.extend(["/healthz", "/readyz", "/static/{file}", UNMATCHED]);
        Metrics {
            routes: patterns.into_iter().map(|p| (p, RouteStats::default())).collect(),
            tasks: Mutex::default(),
            mail_sent: AtomicU64::new(0),
            mail_failures: AtomicU64::new(0),
            sign_in_throttled: AtomicU64::new(0),
        }
    }
}

impl Metrics {
    fn request(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let Some(r) = self.routes.get(route).or_else(|| self.routes.get(UNMATCHED)) else { return };
        let m = METHODS.iter().position(|x| *x == method).unwrap_or(METHODS.len() - 1);
        r.counts[m][status_slot(status)].fetch_add(1, Ordering::Relaxed);
        if let Some(i) = BUCKETS.iter().position(|bound| seconds <= *bound) {
            r.buckets[i].fetch_add(1, Ordering::Relaxed);
        }
        r.total.fetch_add(1, Ordering::Relaxed);
        r.micros.fetch_add((seconds * 1e6) as u64, Ordering::Relaxed);
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
    let method = req.method().clone();
    let route = req.extensions().get::<MatchedPath>().cloned();
    let res = next.run(req).await;
    let route = route.as_ref().map_or(UNMATCHED, |m| m.as_str());
    state.metrics.request(method.as_str(), route, res.status().as_u16(), started.elapsed().as_secs_f64());
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
    let mut routes: Vec<(&&str, &RouteStats)> = m.routes.iter().collect();
    routes.sort_by_key(|(p, _)| **p);
    for (route, r) in &routes {
        for (mi, method) in METHODS.iter().enumerate() {
            for (slot, n) in r.counts[mi].iter().enumerate() {
                let n = n.load(Ordering::Relaxed);
                if n > 0 {
                    let _ = writeln!(
                        out,
                        "diltalks_http_requests_total{{method=\"{method}\",route=\"{}\",status=\"{}\"}} {n}",
                        label(route),
                        status_label(slot)
                    );
                }
            }
        }
    }
    header(&mut out, "diltalks_http_request_duration_seconds", "histogram", "Time to answer, by route pattern.");
    for (route, r) in routes.iter().filter(|(_, r)| r.total.load(Ordering::Relaxed) > 0) {
        let route = label(route);
        let mut cumulative = 0;
        for (bound, n) in BUCKETS.iter().zip(&r.buckets) {
            cumulative += n.load(Ordering::Relaxed);
            let _ = writeln!(
                out,
                "diltalks_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {cumulative}"
            );
        }
        let total = r.total.load(Ordering::Relaxed);
        let _ = writeln!(out, "diltalks_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {total}");
        let seconds = r.micros.load(Ordering::Relaxed) as f64 / 1e6;
        let _ = writeln!(out, "diltalks_http_request_duration_seconds_sum{{route=\"{route}\"}} {seconds}");
        let _ = writeln!(out, "diltalks_http_request_duration_seconds_count{{route=\"{route}\"}} {total}");
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
