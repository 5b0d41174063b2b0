//! HTTP plumbing shared by every feature: request context, cookies, layout, assets, throttling.

pub mod assets;
pub mod context;
pub mod extract;
pub mod form;
pub mod headers;
pub mod layout;
pub mod routes;
pub mod throttle;
mod throttle_store;

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use crate::error::AppResult;

pub use context::RequestCtx;
pub use extract::{Admin, Counsellor, CurrentUser, PeerAddr, Writer};
pub use form::FormErrors;
pub use layout::Layout;

pub fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// A path to send someone back to after signing in: only local paths are accepted, so a
/// crafted link cannot bounce a person to another site.
pub fn safe_next(next: Option<&str>) -> Option<String> {
    let n = next?.trim();
    let ok = n.starts_with('/')
        && !n.starts_with("//")
        && !n.contains('\\')
        && !n.chars().any(|c| c.is_control())
        && n.len() <= 512;
    ok.then(|| n.to_string())
}

/// The span of a request in the logs: method and route pattern only. The raw path is left
/// out because it can hold a single-use token (`/reset/{token}`).
pub fn trace_span(req: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    let route = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|m| m.as_str().to_owned())
        .unwrap_or_else(|| "(unmatched)".into());
    tracing::info_span!("request", method = %req.method(), route = %route)
}

/// The cookie names; the `__Host-` prefix (which requires `Secure`) only over https.
pub fn cookie_name(https: bool, base: &str) -> String {
    if https { format!("__Host-{base}") } else { base.to_string() }
}

pub fn read_cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, path /, Secure over https. `max_age` of 0 removes it.
pub fn set_cookie(https: bool, name: &str, value: &str, max_age_secs: Option<i64>) -> HeaderValue {
    let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age_secs {
        c.push_str(&format!("; Max-Age={age}"));
    }
    if https {
        c.push_str("; Secure");
    }
    HeaderValue::from_str(&c).expect("cookie values are ASCII")
}

/// What kind of message a flash is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlashKind {
    Success,
    Info,
}

#[derive(Clone, Debug)]
pub struct Flash {
    pub kind: FlashKind,
    pub message: String,
}

impl Flash {
    pub fn is_success(&self) -> bool {
        self.kind == FlashKind::Success
    }

    fn encode(&self) -> String {
        let k = if self.is_success() { "s" } else { "i" };
        urlencode(&format!("{k}:{}", self.message))
    }

    pub fn decode(raw: &str) -> Option<Flash> {
        let text: String = form_urlencoded::parse(format!("x={raw}").as_bytes()).next()?.1.into_owned();
        let (k, msg) = text.split_once(':')?;
        let kind = if k == "s" { FlashKind::Success } else { FlashKind::Info };
        Some(Flash { kind, message: msg.chars().take(300).collect() })
    }
}

/// See-other to `to`, carrying a message for the next page (POST-redirect-GET).
pub fn redirect_with(https: bool, to: &str, kind: FlashKind, message: &str) -> Response {
    let flash = Flash { kind, message: message.to_string() };
    let mut res = redirect(to);
    res.headers_mut()
        .append(header::SET_COOKIE, set_cookie(https, &cookie_name(https, "dt_flash"), &flash.encode(), Some(60)));
    res
}

/// 303 See Other, so the browser follows with a GET.
pub fn redirect(to: &str) -> Response {
    let mut res = StatusCode::SEE_OTHER.into_response();
    res.headers_mut().insert(header::LOCATION, HeaderValue::from_str(to).expect("redirect targets are ASCII paths"));
    res
}

pub fn render<T: askama::Template>(page: &T) -> AppResult<Response> {
    Ok(Html(page.render()?).into_response())
}

/// Re-renders a form whose input had problems: 422 with the input kept.
pub fn render_invalid<T: askama::Template>(page: &T) -> AppResult<Response> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response())
}

/// Re-renders a form whose action met a conflict (what it asked for was taken meanwhile):
/// 409 with the input kept and the conflict named on the page.
pub fn render_conflict<T: askama::Template>(page: &T) -> AppResult<Response> {
    Ok((StatusCode::CONFLICT, Html(page.render()?)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_paths_stay_on_this_site() {
        assert_eq!(safe_next(Some("/join/abc")), Some("/join/abc".into()));
        for bad in ["//evil.example", "https://evil.example", "/\\evil", "evil", "/a\nb", ""] {
            assert_eq!(safe_next(Some(bad)), None, "{bad}");
        }
        assert_eq!(safe_next(None), None);
    }

    #[test]
    fn flash_round_trips() {
        let f = Flash { kind: FlashKind::Success, message: "Saved; all good: yes".into() };
        let back = Flash::decode(&f.encode()).unwrap();
        assert!(back.is_success());
        assert_eq!(back.message, "Saved; all good: yes");
    }

    #[test]
    fn cookies_are_read_by_exact_name() {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, HeaderValue::from_static("a_dt_session=x; dt_session=y"));
        assert_eq!(read_cookie(&h, "dt_session"), Some("y"));
        assert_eq!(read_cookie(&h, "dt_csrf"), None);
    }
}
