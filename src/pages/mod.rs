//! Pages that belong to no single feature: home, dashboard, help, health checks.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::app::AppState;
use crate::error::AppResult;
use crate::spaces::{model as space_model, store as spaces};
use crate::web::routes::Routes;
use crate::web::{CurrentUser, Layout, RequestCtx, render};

pub fn routes() -> Routes {
    Routes::default().get("/", home).get("/dashboard", dashboard).get("/help/crisis", crisis)
}

/// A page of a heading, a few paragraphs and an optional link.
#[derive(Template)]
#[template(path = "pages/message.html")]
pub struct MessagePage {
    pub l: Layout,
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub link: Option<(String, String)>,
}

fn zoned(ms: i64, tz: &str) -> Option<jiff::Zoned> {
    let zone = crate::zone::Zone::stored(tz).tz().clone();
    Some(jiff::Timestamp::from_millisecond(ms).ok()?.to_zoned(zone))
}

/// "3 Nov 2026, 14:05" in the reader's time zone.
pub fn format_time(ms: i64, tz: &str) -> String {
    zoned(ms, tz).map(|z| z.strftime("%-d %b %Y, %H:%M").to_string()).unwrap_or_default()
}

/// "3 Nov 2026, 14:05" or "3 नवंबर 2026, 14:05" in the reader's time zone and language.
pub fn format_time_in(lang: crate::i18n::Lang, ms: i64, tz: &str) -> String {
    zoned(ms, tz).map(|z| crate::i18n::dates::date_time(lang, &z)).unwrap_or_default()
}

/// "3 Nov 2026" or "3 नवंबर 2026" in the reader's time zone and language.
pub fn format_date_in(lang: crate::i18n::Lang, ms: i64, tz: &str) -> String {
    zoned(ms, tz).map(|z| crate::i18n::dates::date(lang, z.date())).unwrap_or_default()
}

/// Weekday names, Monday first (index 0), as schedules store them.
pub const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Minutes after midnight as "07:30" ("24:00" for the end of the day).
pub fn hhmm(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// "19:00" from a form as minutes after midnight.
pub fn parse_hhmm(raw: &str) -> Option<u16> {
    jiff::civil::Time::strptime("%H:%M", raw.trim()).ok().map(|t| t.hour() as u16 * 60 + t.minute() as u16)
}

/// "Monday 2 Nov" in the reader's time zone.
pub fn format_day(ms: i64, tz: &str) -> String {
    zoned(ms, tz).map(|z| z.strftime("%A %-d %b").to_string()).unwrap_or_default()
}

/// "14:05" in the reader's time zone.
pub fn format_clock(ms: i64, tz: &str) -> String {
    zoned(ms, tz).map(|z| z.strftime("%H:%M").to_string()).unwrap_or_default()
}

/// "a", "a and b", "a, b and c".
pub fn join_list<S: AsRef<str>>(items: &[S]) -> String {
    join_list_with("and", items)
}

/// The same with the reader's word for "and" ("a, b और c").
pub fn join_list_with<S: AsRef<str>>(and: &str, items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            format!("{} {and} {}", rest.iter().map(|s| s.as_ref()).collect::<Vec<_>>().join(", "), last.as_ref())
        }
    }
}

/// Today's date in a time zone.
pub fn today_in(ms: i64, tz: &str) -> jiff::civil::Date {
    zoned(ms, tz).map(|z| z.date()).unwrap_or_default()
}

/// `parse_form_date`'s refusal of `raw` in the reader's language: the range the date must lie
/// in, and an example when it is not a date at all (`<area>-date-between`, `<area>-date-format`).
pub fn date_problem(
    ctx: &crate::web::RequestCtx,
    area: &str,
    raw: &str,
    earliest: jiff::civil::Date,
    latest: jiff::civil::Date,
) -> String {
    let from = crate::i18n::dates::date(ctx.lang, earliest);
    let to = crate::i18n::dates::date(ctx.lang, latest);
    if jiff::civil::Date::strptime("%Y-%m-%d", raw.trim()).is_ok() {
        ctx.t_with(&format!("{area}-date-between"), &[("from", &from), ("to", &to)])
    } else {
        let example = earliest.strftime("%Y-%m-%d").to_string();
        ctx.t_with(&format!("{area}-date-format"), &[("example", &example), ("from", &from), ("to", &to)])
    }
}

/// A date typed into a form (YYYY-MM-DD, as date inputs send it) that must lie between
/// `earliest` and `latest`: far-off dates (year 1, 9999) are a typing slip, not a plan. The
/// message says what is wanted.
pub fn parse_form_date(
    raw: &str,
    earliest: jiff::civil::Date,
    latest: jiff::civil::Date,
) -> Result<jiff::civil::Date, String> {
    let range = || format!("{} and {}", earliest.strftime("%-d %b %Y"), latest.strftime("%-d %b %Y"));
    match jiff::civil::Date::strptime("%Y-%m-%d", raw.trim()) {
        Ok(d) if d >= earliest && d <= latest => Ok(d),
        Ok(_) => Err(format!("Give a date between {}.", range())),
        Err(_) => Err(format!(
            "Give a date as year-month-day, such as {}, between {}.",
            earliest.strftime("%Y-%m-%d"),
            range()
        )),
    }
}

/// `date` moved by whole years (29 February becomes 28 February).
pub fn years_after(date: jiff::civil::Date, years: i16) -> jiff::civil::Date {
    date.checked_add(jiff::Span::new().years(years)).unwrap_or(date)
}

/// "3 Nov 2026" in the reader's time zone.
pub fn format_date(ms: i64, tz: &str) -> String {
    zoned(ms, tz).map(|z| z.strftime("%-d %b %Y").to_string()).unwrap_or_default()
}

#[derive(Template)]
#[template(path = "pages/home.html")]
struct Home {
    l: Layout,
}

async fn home(ctx: RequestCtx) -> AppResult<Response> {
    render(&Home { l: ctx.layout_t("home-title") })
}

#[derive(Template)]
#[template(path = "pages/dashboard.html")]
struct Dashboard {
    l: Layout,
    name: String,
    state: space_model::SpaceState,
    partner: Option<String>,
    /// Upcoming sessions, the partner's couple sessions included: (link, when, with whom).
    sessions: Vec<(String, String, String)>,
    /// Offer the private safety check (to this member only).
    safety_due: bool,
    /// The member's own before/after forms open now: (words, link).
    feedback: Vec<(String, String)>,
    /// An invitation waiting in this browser: (who invited, its page).
    invitation: Option<(String, String)>,
}

impl Dashboard {
    fn is_solo(&self) -> bool {
        self.state == space_model::SpaceState::Solo
    }
    fn is_waiting(&self) -> bool {
        self.state == space_model::SpaceState::Waiting
    }
    fn partner_left(&self) -> bool {
        self.state == space_model::SpaceState::PartnerLeft
    }
}

async fn dashboard(
    State(state): State<AppState>,
    ctx: RequestCtx,
    headers: axum::http::HeaderMap,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    if user.is_counsellor() {
        return Ok(crate::web::redirect("/practice"));
    }
    // An operator has no couple's home: theirs is the service's health and queues.
    if user.is_admin() {
        return Ok(crate::web::redirect("/admin"));
    }
    let space = spaces::active_space(&state.db, &user.id).await?;
    let (st, partner) = match &space {
        None => (space_model::SpaceState::Solo, None),
        Some(s) => (
            space_model::state(s.members.len(), s.had_departure),
            s.partner_of(&user.id).map(|m| m.display_name.clone()),
        ),
    };
    let now = state.clock.now_ms();
    let bookings = crate::bookings::store::member_bookings(&state.db, &user.id).await?;
    let feedback = crate::feedback::open_forms(&state, &ctx, &user, &bookings).await?;
    let sessions = bookings
        .into_iter()
        .filter(|b| !b.cancelled && b.starts_at > now)
        .take(3)
        .map(|b| {
            let name = if b.couple {
                ctx.t_with("dashboard-couple-session", &[("name", &b.counsellor_name)])
            } else {
                b.counsellor_name.clone()
            };
            let with = ctx.t_with("dashboard-session-with", &[("name", &name)]);
            (format!("/bookings/{}", b.id), format_time_in(ctx.lang, b.starts_at, &user.time_zone), with)
        })
        .collect();
    let safety_due = crate::safety::due(&state, &user.id).await?;
    render(&Dashboard {
        l: ctx.layout_t("dashboard-title"),
        name: user.display_name,
        state: st,
        partner,
        sessions,
        safety_due,
        feedback,
        invitation: if space.is_none() {
            crate::spaces::waiting_invitation(&state, &headers, &user.id).await?
        } else {
            None
        },
    })
}

#[derive(Template)]
#[template(path = "pages/crisis.html")]
struct Crisis {
    l: Layout,
    countries: Vec<CrisisCountry>,
}

async fn crisis(State(state): State<AppState>, ctx: RequestCtx) -> AppResult<Response> {
    render(&Crisis { l: ctx.layout_t("crisis-title"), countries: state.bundled.crisis.clone() })
}

pub async fn healthz() -> &'static str {
    "ok"
}

/// Ready when the database answers.
pub async fn readyz(State(state): State<AppState>) -> Response {
    if state.db.ping().await {
        "ready".into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_shown_in_the_readers_zone() {
        // 2026-03-29 01:30 UTC: London has just moved to summer time; Kolkata never does.
        let ms = 1_774_747_800_000;
        assert_eq!(format_time(ms, "Europe/London"), "29 Mar 2026, 02:30");
        assert_eq!(format_time(ms, "Asia/Kolkata"), "29 Mar 2026, 07:00");
        assert_eq!(format_time(ms, "Nowhere/Else"), "29 Mar 2026, 01:30");
        assert_eq!(format_date(ms, "America/New_York"), "28 Mar 2026");
    }
}

/// A country's crisis lines, from `content/crisis.json` (built into the binary).
#[derive(serde::Deserialize, Clone, Debug)]
pub struct CrisisCountry {
    pub code: String,
    pub name: String,
    pub name_hi: String,
    pub lines: Vec<CrisisLine>,
}

impl CrisisCountry {
    pub fn name_in(&self, lang: &crate::i18n::Lang) -> &str {
        if *lang == crate::i18n::Lang::Hi { &self.name_hi } else { &self.name }
    }
}

#[derive(serde::Deserialize, Clone, Debug)]
pub struct CrisisLine {
    pub name: String,
    pub name_hi: String,
    pub number: String,
}

impl CrisisLine {
    pub fn name_in(&self, lang: &crate::i18n::Lang) -> &str {
        if *lang == crate::i18n::Lang::Hi { &self.name_hi } else { &self.name }
    }

    /// The number as a `tel:` link: digits only.
    pub fn tel(&self) -> String {
        self.number.chars().filter(char::is_ascii_digit).collect()
    }
}

#[derive(serde::Deserialize)]
struct CrisisFile {
    countries: Vec<CrisisCountry>,
}

/// The bundled crisis lines, read once at start-up (`app::Bundled`).
pub const BUNDLED_CRISIS: &str = include_str!("../../content/crisis.json");

/// Every country's lines, in the file's order (India first).
pub fn parse_crisis_lines(text: &str) -> Result<Vec<CrisisCountry>, serde_json::Error> {
    serde_json::from_str::<CrisisFile>(text).map(|f| f.countries)
}

#[cfg(test)]
mod crisis_tests {
    use super::*;

    #[test]
    fn crisis_lines_load_with_india_first_and_the_required_numbers() {
        let all = parse_crisis_lines(BUNDLED_CRISIS).unwrap();
        assert_eq!(all[0].code, "IN");
        let numbers: Vec<&str> = all.iter().flat_map(|c| c.lines.iter().map(|l| l.number.as_str())).collect();
        for n in ["14416", "112", "181", "988", "1-800-799-7233"] {
            assert!(numbers.contains(&n), "{n}");
        }
        assert_eq!(all[1].lines[2].tel(), "18007997233");
    }
}
