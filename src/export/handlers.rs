//! The export page and the download, both after a recent sign-in.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::views::{ExportDocument, ExportPage};
use super::{model, store};
use crate::accounts::require_recent_auth;
use crate::app::AppState;
use crate::error::AppResult;
use crate::web::{CurrentUser, RequestCtx, render};

const PAGE: &str = "/settings/export";

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    require_recent_auth(&user, state.clock.now_ms(), PAGE)?;
    let titles = store::PARTS.iter().map(|p| ctx.t(&format!("letters-export-part-{}", p.name))).collect();
    render(&ExportPage { l: ctx.layout_t("letters-export-title"), titles })
}

pub async fn download(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    require_recent_auth(&user, now, PAGE)?;
    let parts = store::collect(&state, &user.id).await?;
    let json = serde_json::to_string_pretty(&model::json(&parts, now)).map_err(anyhow::Error::from)?;
    // In the reader's language around the data; the data as stored.
    let html = ExportDocument {
        exported: crate::pages::format_time_in(ctx.lang, now, &user.time_zone),
        sections: model::sections(&parts, (ctx.lang, &user.time_zone), |name| {
            ctx.t(&format!("letters-export-part-{name}"))
        }),
        l: ctx.layout_t("letters-export-document-title"),
    }
    .render()?;
    let bytes = model::zip(&json, &html)?;
    crate::audit::append(&state.db, &user.id, "export", &user.id, now).await?;
    let day = jiff::Timestamp::from_millisecond(now).map(|t| t.strftime("%Y-%m-%d").to_string()).unwrap_or_default();
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/zip"));
    // A neutral name: a download list on a shared device should not name the service.
    let disposition = format!("attachment; filename=\"export-{day}.zip\"");
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).map_err(anyhow::Error::from)?);
    Ok(res)
}
