//! Session rooms: at a booked session's time its counsellor and members meet by video. The
//! media go peer to peer (WebRTC); this server only admits the booking's people, in a window
//! around its time, and relays their signalling over the socket.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::Response;
use base64::Engine;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};

use super::Event;
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::bookings::model::Booking;
use crate::bookings::store::visible_booking;
use crate::clock::{HOUR, MINUTE};
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::pages::format_time_in;
use crate::web::{CurrentUser, Layout, RequestCtx, render};

/// The room stays open this long after the session's end.
pub const CLOSES_AFTER_MS: i64 = 30 * MINUTE;

/// When the room of a session from `starts_at` to `ends_at` is open.
pub fn window(starts_at: i64, ends_at: i64, opens_minutes: i64) -> (i64, i64) {
    (starts_at - opens_minutes * MINUTE, ends_at + CLOSES_AFTER_MS)
}

/// Whether this person may be in the booking's room now: the booking's own people only
/// (anyone else gets the same answer as for a booking that does not exist), a live booking,
/// inside its window. The reason is shown to the person, in `lang`.
pub async fn admit(
    state: &AppState,
    user: &SessionUser,
    lang: Lang,
    booking_id: &str,
) -> anyhow::Result<Result<Booking, String>> {
    let say = |key: &str, args: &[(&str, &str)]| Err(state.bundled.locales.text(lang, key, args));
    let Some(b) = visible_booking(&state.db, booking_id, &user.id).await? else {
        return Ok(say("live-not-yours", &[]));
    };
    if b.cancelled {
        return Ok(say("live-cancelled", &[]));
    }
    let now = state.clock.now_ms();
    let (opens, closes) = window(b.starts_at, b.ends_at, state.config.room_opens_minutes);
    if now < opens {
        return Ok(say("live-opens", &[("when", &format_time_in(lang, opens, &user.time_zone))]));
    }
    if now >= closes {
        return Ok(say("live-closed", &[]));
    }
    Ok(Ok(b))
}

/// The name the others in a booking's room see for this person: the counsellor by the
/// professional name their clients know, a member by their display name.
pub fn name_in(b: &Booking, user: &SessionUser) -> String {
    if b.counsellor_id == user.id { b.counsellor_name.clone() } else { user.display_name.clone() }
}

/// Who a person meets in a booking's room, by name: for the counsellor, every member the
/// session is for (both partners of a couple); for a member, the counsellor and their
/// partner when it is a couple session. `and` is the reader's word for "and".
pub fn others(b: &Booking, me: &str, people: &[(String, String)], and: &str) -> String {
    let members = people.iter().filter(|(id, _)| id != me).map(|(_, name)| name.as_str());
    if b.counsellor_id == me {
        let names: Vec<&str> = members.collect();
        if names.is_empty() { b.booked_by_name.clone() } else { crate::pages::join_list_with(and, &names) }
    } else {
        let names: Vec<&str> = std::iter::once(b.counsellor_name.as_str()).chain(members).collect();
        crate::pages::join_list_with(and, &names)
    }
}

/// Tells everyone else in the room.
pub async fn announce(state: &AppState, booking: &str, from: &str, body: Value) {
    state.hub.publish(Event::Room { booking: booking.into(), from: from.into(), to: None, body }).await;
}

/// ICE servers for the browser: the configured STUN servers, and TURN with credentials made
/// from coturn's shared secret (its REST API scheme: the user name is the expiry time, the
/// password an HMAC-SHA1 of it), valid for the session and its margins.
pub fn ice_servers(state: &AppState, user_id: &str, until_ms: i64) -> Value {
    let mut servers = Vec::new();
    if !state.config.stun_urls.is_empty() {
        servers.push(json!({"urls": state.config.stun_urls}));
    }
    if let (false, Some(secret)) = (state.config.turn_urls.is_empty(), &state.config.turn_secret) {
        let username = format!("{}:{user_id}", until_ms / 1000);
        let mut mac = Hmac::<sha1::Sha1>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
        mac.update(username.as_bytes());
        let credential = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
        servers.push(json!({"urls": state.config.turn_urls, "username": username, "credential": credential}));
    }
    Value::Array(servers)
}

#[derive(askama::Template)]
#[template(path = "live/room.html")]
pub struct RoomPage {
    pub l: Layout,
    pub booking_id: String,
    pub with: String,
    pub when: String,
    pub closed_reason: Option<String>,
    /// Who has not signed the counsellor's consent document, when someone has not: their
    /// names, "you" for the reader, in the reader's words.
    pub unsigned: String,
    pub ice: String,
    pub room_js: &'static str,
    /// An attending person may rate the session when they leave: the link to it.
    pub rate_after: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let b = visible_booking(&state.db, &id, &user.id).await?.ok_or(AppError::NotFound)?;
    let closed_reason = admit(&state, &user, ctx.lang, &id).await?.err();
    let (_, closes) = window(b.starts_at, b.ends_at, state.config.room_opens_minutes);
    let people = crate::bookings::store::attendees(&state.db, &b.id).await?;
    let and = ctx.t("live-and");
    let with = others(&b, &user.id, &people, &and);
    let unsigned: Vec<String> = crate::consent::store::standings(&state.db, &b.counsellor_id, &people)
        .await?
        .into_iter()
        .filter(|(_, _, s)| s.needs_signing())
        .map(|(id, name, _)| if id == user.id { ctx.t("live-you") } else { name })
        .collect();
    let unsigned = unsigned.join(&format!(" {and} "));
    let rate_after = crate::feedback::attends(&state, &b, &user.id)
        .await?
        .then(|| format!("/bookings/{}/feedback/after?left=1", b.id));
    let mut res = render(&RoomPage {
        rate_after,
        unsigned,
        l: ctx.layout_t("live-title"),
        booking_id: b.id.clone(),
        with,
        when: format_time_in(ctx.lang, b.starts_at, &user.time_zone),
        closed_reason,
        ice: ice_servers(&state, &user.id, closes + HOUR).to_string(),
        room_js: crate::web::assets::ROOM_JS,
    })?;
    // The one page allowed to ask for the camera and microphone.
    res.headers_mut()
        .insert("permissions-policy", HeaderValue::from_static("camera=(self), microphone=(self), geolocation=()"));
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_room_opens_before_and_closes_after() {
        let (s, e) = (10 * HOUR, 11 * HOUR);
        assert_eq!(window(s, e, 15), (s - 15 * MINUTE, e + 30 * MINUTE));
    }
}
