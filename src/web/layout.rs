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
    pub fn t(&self, key: impl AsRef<str>) -> Msg {
        Msg(self.locales.text(self.lang, key.as_ref(), &[]))
    }

    /// A message with one placeholder filled: `{{ l.t1("error-status", "status", status) }}`.
    pub fn t1(&self, key: &str, name: &str, value: impl std::fmt::Display) -> Msg {
        Msg(self.locales.text(self.lang, key, &[(name, &value.to_string())]))
    }

    /// A message with two placeholders filled.
    pub fn t2(&self, key: &str, n1: &str, v1: impl std::fmt::Display, n2: &str, v2: impl std::fmt::Display) -> Msg {
        Msg(self.locales.text(self.lang, key, &[(n1, &v1.to_string()), (n2, &v2.to_string())]))
    }

    /// A form error (a model's English sentence) in the page's language.
    pub fn te(&self, english: &str) -> Msg {
        Msg(self.locales.error(self.lang, english))
    }

    /// The language the switch offers: the one this page is not in.
    pub fn other_lang(&self) -> crate::i18n::Lang {
        self.lang.other()
    }

    /// The tab title: neutral in discreet mode.
    pub fn tab_title(&self) -> String {
        if self.user.as_ref().is_some_and(|u| u.discreet) {
            self.t("discreet-tab-title").0
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

/// A message as a page shows it. Escaped for HTML as any text is (a name inside it included),
/// but for the apostrophe: that is harmless in text and in the double-quoted attributes our
/// templates write, so "Asha's" reads in the page's source as it does in a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg(pub String);

impl std::ops::Deref for Msg {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut rest = self.0.as_str();
        while let Some(i) = rest.find(['&', '<', '>', '"']) {
            f.write_str(&rest[..i])?;
            f.write_str(match rest.as_bytes()[i] {
                b'&' => "&#38;",
                b'<' => "&#60;",
                b'>' => "&#62;",
                _ => "&#34;",
            })?;
            rest = &rest[i + 1..];
        }
        f.write_str(rest)
    }
}

impl askama::filters::HtmlSafe for Msg {}

impl From<Msg> for String {
    fn from(m: Msg) -> String {
        m.0
    }
}

#[cfg(test)]
mod msg_tests {
    use super::Msg;

    #[test]
    fn a_message_is_escaped_but_for_its_apostrophes() {
        assert_eq!(
            Msg("Asha's <b>\"tea\" & cake</b>".into()).to_string(),
            "Asha's &#60;b&#62;&#34;tea&#34; &#38; cake&#60;/b&#62;"
        );
    }
}
