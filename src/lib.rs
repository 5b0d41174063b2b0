//! DilTalks: a private place for couples to rebuild trust, and for licensed counsellors to
//! help them. A library with a thin binary; `router` builds the whole web application.

pub mod accounts;
pub mod admin;
pub mod app;
pub mod articles;
pub mod audit;
pub mod availability;
pub mod billing;
pub mod bookings;
pub mod clock;
pub mod config;
pub mod consent;
pub mod crypto;
pub mod db;
pub mod directory;
pub mod error;
pub mod export;
pub mod feedback;
pub mod i18n;
pub mod intake;
pub mod journal;
pub mod live;
pub mod mail;
pub mod messages;
pub mod metrics;
pub mod pages;
pub mod profiles;
pub mod program;
pub mod reports;
pub mod safety;
pub mod sharing;
pub mod spaces;
pub mod web;
pub mod zone;

use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware::from_fn_with_state;
use axum::response::IntoResponse;
use axum::routing::get;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

use app::AppState;
use error::AppError;
use web::routes::Routes;

/// Every page and form route of the application (not static files or health checks).
pub fn routes() -> Routes {
    pages::routes()
        .merge(accounts::routes())
        .merge(spaces::routes())
        .merge(journal::routes())
        .merge(program::routes())
        .merge(profiles::routes())
        .merge(directory::routes())
        .merge(availability::routes())
        .merge(bookings::routes())
        .merge(sharing::routes())
        .merge(consent::routes())
        .merge(intake::routes())
        .merge(feedback::routes())
        .merge(safety::routes())
        .merge(admin::routes())
        .merge(export::routes())
        .merge(articles::routes())
        .merge(messages::routes())
        .merge(live::routes())
        .merge(mail::optout::routes())
        .merge(reports::routes())
        .merge(billing::routes())
        .merge(i18n::routes())
}

async fn not_found() -> AppError {
    AppError::NotFound
}

pub fn router(state: AppState) -> Router {
    let timeout = Duration::from_secs(state.config.request_timeout_secs);
    let pages = routes()
        .into_router()
        .fallback(not_found)
        .layer(CatchPanicLayer::custom(|_| AppError::Internal(anyhow::anyhow!("handler panicked")).into_response()))
        .layer(from_fn_with_state(state.clone(), web::context::context));
    Router::new()
        .route("/healthz", get(pages::healthz))
        .route("/readyz", get(pages::readyz))
        .route("/static/{file}", get(web::assets::serve))
        .merge(pages)
        .layer(DefaultBodyLimit::max(256 * 1024))
        .layer(CompressionLayer::new().quality(tower_http::CompressionLevel::Fastest))
        .layer(from_fn_with_state(state.clone(), web::headers::security_headers))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, timeout))
        .layer(from_fn_with_state(state.clone(), metrics::track))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(web::trace_span)
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .with_state(state)
}

/// Runs the server until SIGTERM or Ctrl-C; requests in flight are allowed to finish.
pub async fn serve(state: AppState) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(state.config.listen).await?;
    tracing::info!(address = %listener.local_addr()?, base_url = %state.config.base_url, "DilTalks is listening");
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let sender = tokio::spawn(mail::run_sender(state.clone(), stop_rx.clone()));
    let reminders = tokio::spawn(program::reminders::run(state.clone(), stop_rx.clone()));
    let session_reminders = tokio::spawn(bookings::notify::run(state.clone(), stop_rx.clone()));
    let message_notices = tokio::spawn(messages::notify::run(state.clone(), stop_rx.clone()));
    let upkeep = tokio::spawn(upkeep(state.clone(), stop_rx.clone()));
    let tasks = state.tasks.clone();
    let metrics = match state.config.metrics_listen {
        Some(addr) => {
            let listener = tokio::net::TcpListener::bind(addr).await?;
            tracing::info!(address = %listener.local_addr()?, "metrics are served at /metrics");
            let (app, mut stop) = (metrics::router(state.clone()), stop_rx.clone());
            Some(tokio::spawn(async move {
                let stopped = async move {
                    let _ = stop.changed().await;
                };
                if let Err(e) = axum::serve(listener, app).with_graceful_shutdown(stopped).await {
                    tracing::error!(error = %e, "metrics listener");
                }
            }))
        }
        None => None,
    };
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await?;
    tracing::info!("shutting down: requests finished");
    // What requests left running (a reset mail being queued) finishes before the sender stops.
    tasks.close();
    tasks.wait().await;
    let _ = stop_tx.send(true);
    let _ = tokio::join!(sender, reminders, session_reminders, message_notices, upkeep);
    if let Some(m) = metrics {
        let _ = m.await;
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutdown signal received");
}

/// Hourly housekeeping: expired sessions, old throttle windows, delivered mail, the query
/// planner's statistics, and notices to counsellors whose licence expires within 30 days.
async fn upkeep(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        let now = state.clock.now_ms();
        let idle = now - state.config.session_idle_minutes * clock::MINUTE;
        let results = (
            accounts::session_store::prune(&state.db, now, idle).await.map_err(anyhow::Error::from),
            web::throttle::prune(&state.db, now - clock::DAY).await,
            mail::prune(&state).await,
            live::prune(&state.db, now - clock::HOUR).await,
        );
        let mut ok = true;
        if let (Err(e), _, _, _) | (_, Err(e), _, _) | (_, _, Err(e), _) | (_, _, _, Err(e)) = results {
            tracing::warn!(error = %format!("{e:#}"), "upkeep");
            ok = false;
        }
        if let Err(e) = state.db.optimize().await {
            tracing::warn!(error = %e, "planner statistics");
            ok = false;
        }
        state.metrics.task_ran("upkeep", ok, state.clock.now_ms());
        let notices = profiles::expiry::licence_expiry_notices(&state).await;
        if let Err(e) = &notices {
            tracing::warn!(error = %format!("{e:#}"), "licence expiry notices");
        }
        state.metrics.task_ran("licence-expiry", notices.is_ok(), state.clock.now_ms());
        let unpaid = billing::remind_unpaid(&state).await;
        if let Err(e) = &unpaid {
            tracing::warn!(error = %format!("{e:#}"), "unpaid invoice reminders");
        }
        state.metrics.task_ran("payment-reminders", unpaid.is_ok(), state.clock.now_ms());
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(3600)) => {}
            _ = stop.changed() => return,
        }
    }
}
