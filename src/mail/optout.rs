//! Optional mail and one-click unsubscribe (RFC 8058). Reminders and notices carry a
//! `List-Unsubscribe` link signed for that account and that kind of mail, with
//! `List-Unsubscribe-Post`, so a mail program can turn the kind off with one POST, without
//! signing in. The link changes nothing else: the worst someone holding a forwarded mail can
//! do is stop that one kind of reminder, which the settings page shows and turns back on.
//! The link holds the account's id (never an address or text) and a MAC under a key derived
//! from the master key.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use base64::Engine;
use serde::Deserialize;

use crate::app::AppState;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::web::routes::Routes;
use crate::web::{CurrentUser, FlashKind, Layout, RequestCtx, redirect_with, render};

/// A kind of mail a member may turn off. Everything else (sign-in links, bookings and their
/// changes, security notices) always goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Optional {
    SessionReminders,
    ProgramReminders,
    MessageNotices,
    PaymentReminders,
}

pub const ALL: [Optional; 4] =
    [Optional::SessionReminders, Optional::ProgramReminders, Optional::MessageNotices, Optional::PaymentReminders];

impl Optional {
    pub fn key(self) -> &'static str {
        match self {
            Optional::SessionReminders => "session-reminders",
            Optional::ProgramReminders => "program-reminders",
            Optional::MessageNotices => "message-notices",
            Optional::PaymentReminders => "payment-reminders",
        }
    }

    fn parse(s: &str) -> Option<Optional> {
        ALL.into_iter().find(|k| k.key() == s)
    }

    /// What the member sees it called: the message the settings page names it by, so the
    /// unsubscribe page and the settings page name it alike.
    fn label_key(self) -> &'static str {
        match self {
            Optional::SessionReminders => "settings-mail-session-reminders",
            Optional::ProgramReminders => "settings-mail-program-reminders",
            Optional::MessageNotices => "settings-mail-message-notices",
            Optional::PaymentReminders => "settings-mail-payment-reminders",
        }
    }
}

const PURPOSE: &str = "unsubscribe";

/// The signed path segment for this account and kind.
pub fn token(state: &AppState, user_id: &str, kind: Optional) -> String {
    let data = format!("{user_id}:{}", kind.key());
    let tag = state.crypto.mac(PURPOSE, data.as_bytes());
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    format!("{}.{}.{}", b64.encode(user_id), kind.key(), b64.encode(&tag[..16]))
}

/// The account and kind a token was made for, if it is genuine.
fn verify(state: &AppState, token: &str) -> Option<(String, Optional)> {
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let mut parts = token.split('.');
    let (user, kind, tag) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let user_id = String::from_utf8(b64.decode(user).ok()?).ok()?;
    let kind = Optional::parse(kind)?;
    let tag = b64.decode(tag).ok()?;
    let full = state.crypto.mac(PURPOSE, format!("{user_id}:{}", kind.key()).as_bytes());
    (tag.len() == 16 && constant_eq(&tag, &full[..16])).then_some((user_id, kind))
}

fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The one-click link for a message to `user_id` of this kind.
pub fn link(state: &AppState, user_id: &str, kind: Optional) -> String {
    format!("{}/unsubscribe/{}", state.config.base_url(), token(state, user_id, kind))
}

/// Each optional kind with whether this member receives it, for the settings page.
pub async fn choices(db: &Db, user_id: &str) -> Result<Vec<(Optional, bool)>, sqlx::Error> {
    let mut out = vec![];
    for k in ALL {
        out.push((k, !super::store::opted_out(db, user_id, k.key()).await?));
    }
    Ok(out)
}

/// Whether this member turned this kind of mail off.
pub async fn opted_out(db: &Db, user_id: &str, kind: Optional) -> Result<bool, sqlx::Error> {
    super::store::opted_out(db, user_id, kind.key()).await
}

pub fn routes() -> Routes {
    Routes::default()
        .get("/unsubscribe/{token}", page)
        .post("/unsubscribe/{token}", unsubscribe)
        .post("/settings/mail", save)
}

#[derive(Template)]
#[template(path = "mail/unsubscribe.html")]
struct UnsubscribePage {
    l: Layout,
    token: String,
    label: String,
    done: bool,
}

/// The link opened in a browser: nothing changes until the button is pressed (mail
/// scanners open links).
async fn page(State(state): State<AppState>, ctx: RequestCtx, Path(token): Path<String>) -> AppResult<Response> {
    let (_, kind) = verify(&state, &token).ok_or(AppError::NotFound)?;
    let label = ctx.t(kind.label_key());
    render(&UnsubscribePage { l: ctx.layout_t("letters-unsubscribe-stop"), token, label, done: false })
}

/// The one-click POST (from the mail program, body `List-Unsubscribe=One-Click`, or from the
/// page's button). Needs no session and no CSRF token: the signed link is the authority, and
/// it can do only this.
async fn unsubscribe(State(state): State<AppState>, ctx: RequestCtx, Path(token): Path<String>) -> AppResult<Response> {
    let (user_id, kind) = verify(&state, &token).ok_or(AppError::NotFound)?;
    super::store::set_opt_out(&state.db, &user_id, kind.key(), false, state.clock.now_ms()).await?;
    let label = ctx.t(kind.label_key());
    render(&UnsubscribePage { l: ctx.layout_t("letters-unsubscribe-stopped"), token, label, done: true })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MailForm {
    #[serde(rename = "session-reminders")]
    session: String,
    #[serde(rename = "program-reminders")]
    program: String,
    #[serde(rename = "message-notices")]
    messages: String,
    #[serde(rename = "payment-reminders")]
    payments: String,
}

async fn save(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Form(f): Form<MailForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    for (kind, v) in [
        (Optional::SessionReminders, &f.session),
        (Optional::ProgramReminders, &f.program),
        (Optional::MessageNotices, &f.messages),
        (Optional::PaymentReminders, &f.payments),
    ] {
        super::store::set_opt_out(&state.db, &user.id, kind.key(), v == "yes", now).await?;
    }
    Ok(redirect_with(state.config.is_https(), "/settings", FlashKind::Success, &ctx.t("letters-unsubscribe-saved")))
}

/// Whether a path is the one-click unsubscribe address, which takes POSTs without a CSRF
/// token (RFC 8058: the mail program sends them).
pub fn is_one_click(path: &str) -> bool {
    path.strip_prefix("/unsubscribe/").is_some_and(|t| !t.is_empty() && !t.contains('/'))
}
