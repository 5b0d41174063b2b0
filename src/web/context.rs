//! The per-request context: who is signed in, the CSRF token, the flash message. One
//! middleware resolves it before the handler runs, checks CSRF on every state-changing
//! request, and after the handler renders error pages in the full layout.

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use subtle::ConstantTimeEq;

use super::layout::{ErrorPage, ErrorView, Layout};
use super::{Flash, cookie_name, read_cookie, set_cookie};
use crate::accounts::model::SessionUser;
use crate::accounts::session_store;
use crate::app::AppState;
use crate::crypto::{random_token, token_hash};
use crate::error::AppError;
use crate::i18n::{Lang, Locales};
use std::sync::Arc;

/// The browser's language when no account is signed in; the switch sets it. Only a language
/// code, the same for everyone who chose that language, so it names no one.
pub const LANG_COOKIE: &str = "dt_lang";

/// Largest form body read for the CSRF check; bigger posts are refused.
const FORM_LIMIT: usize = 256 * 1024;

#[derive(Clone, Debug)]
pub struct RequestCtx {
    pub user: Option<SessionUser>,
    pub csrf: String,
    pub flash: Option<Flash>,
    pub path: String,
    pub quick_exit_url: String,
    /// The language this request is answered in (`i18n`).
    pub lang: Lang,
    pub locales: Arc<Locales>,
}

impl RequestCtx {
    pub fn layout(&self, title: impl Into<String>) -> Layout {
        Layout::new(self, title.into())
    }

    /// A message in the request's language.
    pub fn t(&self, key: &str) -> String {
        self.locales.text(self.lang, key, &[])
    }

    /// A message with its placeholders filled.
    pub fn t_with(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.locales.text(self.lang, key, args)
    }

    /// The page's layout, its title a message.
    pub fn layout_t(&self, key: &str) -> Layout {
        self.layout(self.t(key))
    }
}

/// The account's language, else the browser's `dt_lang` cookie, else `Accept-Language`, else
/// English.
fn language(user: Option<&SessionUser>, cookie: Option<&str>, accept: Option<&str>) -> Lang {
    user.and_then(|u| u.language)
        .or_else(|| cookie.and_then(Lang::parse))
        .or_else(|| accept.and_then(Lang::from_accept_language))
        .unwrap_or_default()
}

pub async fn context(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let https = state.config.is_https();
    let session_name = cookie_name(https, "dt_session");
    let csrf_name = cookie_name(https, "dt_csrf");
    let flash_name = cookie_name(https, "dt_flash");
    let headers = req.headers().clone();

    let mut user = None;
    let mut stale_session = false;
    if let Some(token) = read_cookie(&headers, &session_name) {
        match session_store::resolve(&state, &token_hash(token)).await {
            Ok(Some(u)) => user = Some(u),
            Ok(None) => stale_session = true,
            Err(e) => return AppError::Internal(e).into_response(),
        }
    }

    let cookie_csrf = read_cookie(&headers, &csrf_name).filter(|t| t.len() == 22).map(str::to_string);
    let new_csrf = cookie_csrf.is_none();
    let csrf = cookie_csrf.unwrap_or_else(random_token);
    let flash_raw = read_cookie(&headers, &flash_name);
    let flash = flash_raw.and_then(Flash::decode);

    let lang = language(
        user.as_ref(),
        read_cookie(&headers, &cookie_name(https, LANG_COOKIE)),
        headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
    );
    // The browser suite's second reading of a page (`--pseudo-locale-on-request`): English,
    // every message wrapped, whatever language the reader chose.
    let pseudo = state
        .bundled
        .pseudo_locales
        .as_ref()
        .filter(|_| headers.get("x-pseudo-locale").is_some_and(|v| v.as_bytes() == b"1"));
    let (lang, locales) = match pseudo {
        Some(p) => (Lang::En, p.clone()),
        None => (lang, state.bundled.locales.clone()),
    };
    let ctx = RequestCtx {
        lang,
        locales,
        user,
        csrf: csrf.clone(),
        flash,
        path: req.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_default(),
        quick_exit_url: state.config.quick_exit_url.clone(),
    };

    let req = if is_state_changing(req.method()) && !crate::mail::optout::is_one_click(req.uri().path()) {
        match check_csrf(req, if new_csrf { None } else { Some(&csrf) }).await {
            Ok(req) => req,
            Err(e) => return finish(e.into_response(), &ctx),
        }
    } else {
        req
    };

    let mut req = req;
    req.extensions_mut().insert(ctx.clone());
    let mut res = finish(next.run(req).await, &ctx);
    if !res.headers().contains_key(header::CONTENT_LANGUAGE) {
        res.headers_mut().insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(ctx.lang.code()));
    }
    // What the page was chosen by: a cache between us and the reader keeps one per language.
    res.headers_mut().append(header::VARY, HeaderValue::from_static("Accept-Language"));

    let set_by_handler = |res: &Response, name: &str| {
        res.headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .any(|v| v.to_str().is_ok_and(|s| s.starts_with(&format!("{name}="))))
    };
    // The CSRF token changes with the session: signing in (or out) gets a fresh one, so a
    // token seen before sign-in (on a shared device, in a page left open) is worth nothing after.
    let session_changed = set_by_handler(&res, &session_name);
    if new_csrf || (session_changed && !set_by_handler(&res, &csrf_name)) {
        let token = if new_csrf { csrf.clone() } else { random_token() };
        let v = set_cookie(https, &csrf_name, &token, None);
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    if stale_session && !set_by_handler(&res, &session_name) {
        res.headers_mut().append(header::SET_COOKIE, set_cookie(https, &session_name, "", Some(0)));
    }
    // A flash is shown once: drop it unless this response set a new one.
    if flash_raw.is_some() && !set_by_handler(&res, &flash_name) && !res.status().is_redirection() {
        res.headers_mut().append(header::SET_COOKIE, set_cookie(https, &flash_name, "", Some(0)));
    }
    res
}

fn is_state_changing(m: &Method) -> bool {
    !matches!(*m, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Accepts the request only when it carries the visitor's CSRF token, in the
/// `X-CSRF-Token` header or the `csrf` form field, and was not sent from another site.
async fn check_csrf(req: Request, expected: Option<&str>) -> Result<Request, AppError> {
    let rejected = AppError::CsrfRejected;
    if req.headers().get("sec-fetch-site").is_some_and(|v| v == "cross-site") {
        return Err(rejected);
    }
    let expected = expected.ok_or(AppError::CsrfRejected)?;
    if let Some(h) = req.headers().get("x-csrf-token").and_then(|v| v.to_str().ok()) {
        return if eq(h, expected) { Ok(req) } else { Err(rejected) };
    }
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    // A file upload keeps its body for the handler: its form carries the token in the
    // action's query string instead (never logged: the trace records route patterns).
    if content_type.starts_with("multipart/form-data") {
        let sent = req
            .uri()
            .query()
            .and_then(|q| form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == "csrf").map(|(_, v)| v.into_owned()));
        return match sent {
            Some(t) if eq(&t, expected) => Ok(req),
            _ => Err(rejected),
        };
    }
    if !content_type.starts_with("application/x-www-form-urlencoded") {
        return Err(rejected);
    }
    let (parts, body) = req.into_parts();
    let bytes =
        to_bytes(body, FORM_LIMIT).await.map_err(|_| AppError::BadRequest("That form was too large to accept."))?;
    let sent = form_urlencoded::parse(&bytes).find(|(k, _)| k == "csrf").map(|(_, v)| v.into_owned());
    match sent {
        Some(t) if eq(&t, expected) => Ok(Request::from_parts(parts, Body::from(bytes))),
        _ => Err(rejected),
    }
}

fn eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// Renders error responses in the full layout; plain-text rejections from extractors get
/// the same friendly page.
fn finish(mut res: Response, ctx: &RequestCtx) -> Response {
    let status = res.status();
    let page = match res.extensions_mut().remove::<ErrorPage>() {
        Some(p) => p,
        None if (status.is_client_error() || status.is_server_error()) && is_plain_text(&res) => ErrorPage {
            title: "That didn't go through".into(),
            message: "The request could not be read. Please go back and try again.".into(),
        },
        None => return res,
    };
    // The code writes these in English; each has a message, so the page reads in the visitor's language.
    let (title, message) = (ctx.locales.error(ctx.lang, &page.title), ctx.locales.error(ctx.lang, &page.message));
    let view = ErrorView { l: ctx.layout(title), status: status.as_u16(), message };
    match askama::Template::render(&view) {
        Ok(html) => {
            let keep = [header::RETRY_AFTER, header::LOCATION];
            let mut out = (status, Html(html)).into_response();
            for name in keep {
                if let Some(v) = res.headers().get(&name) {
                    out.headers_mut().insert(name, v.clone());
                }
            }
            for v in res.headers().get_all(header::SET_COOKIE) {
                out.headers_mut().append(header::SET_COOKIE, v.clone());
            }
            out
        }
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong.").into_response(),
    }
}

fn is_plain_text(res: &Response) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .is_none_or(|v: &HeaderValue| v.to_str().is_ok_and(|s| s.starts_with("text/plain")))
}
