//! The page frame every template extends, and error pages.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::{Flash, RequestCtx, assets};
use crate::accounts::model::SessionUser;

/// What base.html needs: title, who is signed in, the CSRF token, the flash, asset URLs.
#[derive(Clone, Debug)]
pub struct Layout {
    pub title: String,
    pub user: Option<SessionUser>,
    pub csrf: String,
    pub flash: Option<Flash>,
    pub path: String,
    pub quick_exit_url: String,
    pub css: &'static str,
    pub js: &'static str,
    pub icon: &'static str,
    pub lang: crate::i18n::Lang,
    locales: std::sync::Arc<crate::i18n::Locales>,
}

impl Layout {
    pub fn new(ctx: &RequestCtx, title: String) -> Layout {
        Layout {
            title,
            user: ctx.user.clone(),
            csrf: ctx.csrf.clone(),
            flash: ctx.flash.clone(),
            path: ctx.path.clone(),
            quick_exit_url: ctx.quick_exit_url.clone(),
            css: assets::APP_CSS,
            js: assets::APP_JS,
            icon: if ctx.user.as_ref().is_some_and(|u| u.discreet) { assets::NOTES_SVG } else { assets::ICON_SVG },
            lang: ctx.lang,
            locales: ctx.locales.clone(),
        }
    }

    /// A message in the page's language: `{{ l.t("nav-home") }}`.
    pub fn t(&self, key: impl AsRef<str>) -> String {
        self.locales.text(self.lang, key.as_ref(), &[])
    }

    /// A message with one placeholder filled: `{{ l.t1("error-status", "status", status) }}`.
    pub fn t1(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.locales.text(self.lang, key, &[(name, &value.to_string())])
    }

    /// A form error (a model's English sentence) in the page's language.
    pub fn te(&self, english: &str) -> String {
        self.locales.error(self.lang, english)
    }

    /// The language the switch offers: the one this page is not in.
    pub fn other_lang(&self) -> crate::i18n::Lang {
        self.lang.other()
    }

    /// The tab title: neutral in discreet mode.
    pub fn tab_title(&self) -> String {
        if self.user.as_ref().is_some_and(|u| u.discreet) {
            self.t("discreet-tab-title")
        } else {
            format!("{} · DilTalks", self.title)
        }
    }

    /// Marks the navigation link of the current section.
    /// On an invitation's page, sign-up and sign-in started from the header come back to it
    /// (`?next=`, the page's own path), so the invitation is never lost on the way.
    pub fn back_here(&self) -> String {
        let p = self.path.split('?').next().unwrap_or("");
        if p.starts_with("/join/") { format!("?next={}", crate::web::urlencode(p)) } else { String::new() }
    }

    /// `aria-current` for a link to exactly this page (not the pages under it).
    pub fn current_exact(&self, path: &str) -> &'static str {
        if self.path.split('?').next() == Some(path) { "page" } else { "false" }
    }

    pub fn current(&self, prefix: &str) -> &'static str {
        let p = self.path.split('?').next().unwrap_or("");
        if p == prefix || (prefix != "/" && p.starts_with(&format!("{prefix}/"))) { "page" } else { "false" }
    }
}

/// Attached to an error response; the context middleware renders it in the layout.
#[derive(Clone, Debug)]
pub struct ErrorPage {
    pub title: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "pages/error.html")]
pub struct ErrorView {
    pub l: Layout,
    pub status: u16,
    pub message: String,
}

pub fn error_page(status: StatusCode, title: &str, message: &str) -> Response {
    let mut res = (status, message.to_string()).into_response();
    res.extensions_mut().insert(ErrorPage { title: title.into(), message: message.into() });
    res
}
