//! Every route, as the owner, the owner's partner, a member of another couple, and an
//! anonymous visitor. A route missing from this table fails `every_route_is_in_the_table`.

use std::collections::BTreeSet;

use axum::http::StatusCode;

use crate::harness::{Client, Member, PASSWORD, Resp, TestApp};

#[derive(Clone, Copy, Debug)]
enum Expect {
    Ok,
    See(&'static str),
    Login,
    NotFound,
    Conflict,
    Invalid,
    /// 200 with a file to save rather than a page.
    Download,
    /// 200 with something other than a page (a feed, a sitemap, robots.txt).
    Plain,
    Forbidden,
}
use Expect::*;

struct Case {
    method: &'static str,
    route: &'static str,
    path: &'static str,
    form: &'static [(&'static str, &'static str)],
    /// Owner, partner, member of another couple, anonymous.
    expect: [Expect; 4],
}

const fn get(route: &'static str, path: &'static str, expect: [Expect; 4]) -> Case {
    Case { method: "GET", route, path, form: &[], expect }
}

const fn post(
    route: &'static str,
    path: &'static str,
    form: &'static [(&'static str, &'static str)],
    expect: [Expect; 4],
) -> Case {
    Case { method: "POST", route, path, form, expect }
}

const MEMBERS: [Expect; 4] = [Ok, Ok, Ok, Login];
const EVERYONE: [Expect; 4] = [Ok, Ok, Ok, Ok];
const NOBODY: [Expect; 4] = [NotFound, NotFound, NotFound, NotFound];
const OWNER_ONLY_PAGE: [Expect; 4] = [Ok, NotFound, NotFound, Login];
const QUESTIONNAIRE: &[(&str, &str)] = &[
    ("q0", "4"),
    ("q1", "4"),
    ("q2", "4"),
    ("q3", "4"),
    ("q4", "4"),
    ("q5", "4"),
    ("q6", "4"),
    ("q7", "4"),
    ("q8", "4"),
    ("q9", "4"),
    ("q10", "4"),
    ("q11", "4"),
    ("q12", "4"),
    ("q13", "4"),
    ("q14", "4"),
    ("q15", "4"),
];
const EDIT: &[(&str, &str)] = &[("text", "Rewritten by someone"), ("visibility", "private")];

const TABLE: &[Case] = &[
    get("/", "/", EVERYONE),
    get("/dashboard", "/dashboard", MEMBERS),
    get("/help/crisis", "/help/crisis", EVERYONE),
    get("/register", "/register", [See("/dashboard"), See("/dashboard"), See("/dashboard"), Ok]),
    post(
        "/register",
        "/register",
        &[("email", "newcomer@example.org"), ("display_name", "New"), ("password", PASSWORD)],
        [See("/register/sent"); 4],
    ),
    get("/register/sent", "/register/sent", EVERYONE),
    get("/verify/{token}", "/verify/not-a-real-token", NOBODY),
    post("/verify/{token}", "/verify/not-a-real-token", &[], NOBODY),
    get("/login", "/login", [See("/dashboard"), See("/dashboard"), See("/dashboard"), Ok]),
    post("/login", "/login", &[("email", "{owner_email}"), ("password", "wrong password here")], [Invalid; 4]),
    post("/logout", "/logout", &[], [See("/"); 4]),
    post("/language", "/language", &[("lang", "en"), ("back", "/")], [See("/"); 4]),
    get("/forgot", "/forgot", EVERYONE),
    post("/forgot", "/forgot", &[("email", "{actor_email}")], [See("/forgot/sent"); 4]),
    get("/forgot/sent", "/forgot/sent", EVERYONE),
    get("/reset/{token}", "/reset/not-a-real-token", NOBODY),
    post("/reset/{token}", "/reset/not-a-real-token", &[("password", "a fine new passphrase")], NOBODY),
    get("/login/code", "/login/code", [See("/login"); 4]),
    post("/login/code", "/login/code", &[("code", "123456")], [See("/login"); 4]),
    get("/reauth", "/reauth", MEMBERS),
    post("/reauth", "/reauth", &[("password", "not the password")], [Invalid, Invalid, Invalid, Login]),
    get("/settings/two-factor", "/settings/two-factor", MEMBERS),
    post(
        "/settings/two-factor/enable",
        "/settings/two-factor/enable",
        &[("secret", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), ("code", "000000")],
        [Invalid, Invalid, Invalid, Login],
    ),
    post(
        "/settings/two-factor/recovery",
        "/settings/two-factor/recovery",
        &[],
        [See("/settings/two-factor"), See("/settings/two-factor"), See("/settings/two-factor"), Login],
    ),
    post(
        "/settings/two-factor/disable",
        "/settings/two-factor/disable",
        &[("confirm", "yes")],
        [See("/settings"), See("/settings"), See("/settings"), Login],
    ),
    get("/settings/export", "/settings/export", MEMBERS),
    post("/settings/export", "/settings/export", &[], [Download, Download, Download, Login]),
    get("/settings/delete", "/settings/delete", MEMBERS),
    post("/settings/delete", "/settings/delete", &[("confirm", "no")], [Invalid, Invalid, Invalid, Login]),
    get("/settings/email", "/settings/email", MEMBERS),
    post("/settings/email", "/settings/email", &[("email", "nope")], [Invalid, Invalid, Invalid, Login]),
    get("/settings/email/confirm/{token}", "/settings/email/confirm/not-a-token", NOBODY),
    post("/settings/email/confirm/{token}", "/settings/email/confirm/not-a-token", &[], NOBODY),
    get("/settings", "/settings", MEMBERS),
    post(
        "/settings/profile",
        "/settings/profile",
        &[("display_name", "Renamed"), ("time_zone", "UTC")],
        [See("/settings"), See("/settings"), See("/settings"), Login],
    ),
    post(
        "/settings/discreet",
        "/settings/discreet",
        &[("discreet", "off")],
        [See("/settings"), See("/settings"), See("/settings"), Login],
    ),
    post(
        "/settings/mail",
        "/settings/mail",
        &[("session-reminders", "yes")],
        [See("/settings"), See("/settings"), See("/settings"), Login],
    ),
    // The signed link is the authority (tests/web/unsubscribe.rs); one not signed by this
    // server is nobody's.
    get("/unsubscribe/{token}", "/unsubscribe/bm90LWEtdXNlcg.session-reminders.AAAAAAAAAAAAAAAAAAAAAA", NOBODY),
    post("/unsubscribe/{token}", "/unsubscribe/bm90LWEtdXNlcg.session-reminders.AAAAAAAAAAAAAAAAAAAAAA", &[], NOBODY),
    post(
        "/settings/password",
        "/settings/password",
        &[("current_password", "not it at all"), ("new_password", "a fine new passphrase")],
        [Invalid, Invalid, Invalid, Login],
    ),
    post("/settings/sessions/{id}/end", "/settings/sessions/{session}/end", &[], [See("/"), NotFound, NotFound, Login]),
    post(
        "/settings/sessions/end-others",
        "/settings/sessions/end-others",
        &[],
        [See("/settings"), See("/settings"), See("/settings"), Login],
    ),
    get("/space", "/space", MEMBERS),
    post("/space", "/space", &[], [Conflict, Conflict, Conflict, Login]),
    post("/space/invite", "/space/invite", &[("email", "")], [Conflict, Conflict, Conflict, Login]),
    post("/space/invite/revoke", "/space/invite/revoke", &[], [See("/space"), See("/space"), See("/space"), Login]),
    get("/space/leave", "/space/leave", MEMBERS),
    post("/space/leave", "/space/leave", &[], [See("/space"), See("/space"), See("/space"), Login]),
    get("/join/{token}", "/join/not-a-real-token", NOBODY),
    post("/join/{token}", "/join/not-a-real-token", &[], [NotFound, NotFound, NotFound, Login]),
    get("/journal", "/journal", MEMBERS),
    get("/journal/new", "/journal/new", MEMBERS),
    post(
        "/journal",
        "/journal",
        &[("text", "A new entry"), ("visibility", "private")],
        [See("/journal/"), See("/journal/"), See("/journal/"), Login],
    ),
    get("/journal/{id}", "/journal/{private}", OWNER_ONLY_PAGE),
    get("/journal/{id}", "/journal/{shared}", [Ok, Ok, NotFound, Login]),
    get("/journal/{id}/edit", "/journal/{private}/edit", OWNER_ONLY_PAGE),
    get("/journal/{id}/edit", "/journal/{shared}/edit", OWNER_ONLY_PAGE),
    post("/journal/{id}", "/journal/{private}", EDIT, [See("/journal/"), NotFound, NotFound, Login]),
    post("/journal/{id}", "/journal/{shared}", EDIT, [See("/journal/"), NotFound, NotFound, Login]),
    post("/journal/{id}/delete", "/journal/{private}/delete", &[], [See("/journal"), NotFound, NotFound, Login]),
    post("/journal/{id}/delete", "/journal/{shared}/delete", &[], [See("/journal"), NotFound, NotFound, Login]),
    get("/articles", "/articles", EVERYONE),
    get("/articles/feed.xml", "/articles/feed.xml", [Plain; 4]),
    get("/articles/authors/{key}", "/articles/authors/meera-rao", EVERYONE),
    get("/articles/{slug}", "/articles/safety-first", EVERYONE),
    get("/sitemap.xml", "/sitemap.xml", [Plain; 4]),
    get("/robots.txt", "/robots.txt", [Plain; 4]),
    get("/write", "/write", [NotFound, NotFound, NotFound, Login]),
    get("/write/new", "/write/new", [NotFound, NotFound, NotFound, Login]),
    post("/write/new", "/write/new", &[("title", "A title")], [NotFound, NotFound, NotFound, Login]),
    get("/write/{id}", "/write/not-an-id", [NotFound, NotFound, NotFound, Login]),
    post("/write/{id}", "/write/not-an-id", &[("title", "A title")], [NotFound, NotFound, NotFound, Login]),
    get("/write/{id}/preview", "/write/not-an-id/preview", [NotFound, NotFound, NotFound, Login]),
    post("/write/{id}/submit", "/write/not-an-id/submit", &[], [NotFound, NotFound, NotFound, Login]),
    get("/admin/articles", "/admin/articles", [NotFound, NotFound, NotFound, Login]),
    get("/admin/articles/{id}", "/admin/articles/not-an-id", [NotFound, NotFound, NotFound, Login]),
    post(
        "/admin/articles/{id}/publish",
        "/admin/articles/not-an-id/publish",
        &[],
        [NotFound, NotFound, NotFound, Login],
    ),
    post("/admin/articles/{id}/return", "/admin/articles/not-an-id/return", &[], [NotFound, NotFound, NotFound, Login]),
    get("/admin", "/admin", [NotFound, NotFound, NotFound, Login]),
    get("/for-counsellors", "/for-counsellors", EVERYONE),
    get("/counsellors", "/counsellors", EVERYONE),
    get("/counsellors/match", "/counsellors/match", MEMBERS),
    get("/counsellors/{id}/photo", "/counsellors/{counsellor}/photo", NOBODY),
    post("/practice/photo", "/practice/photo", &[], [NotFound, NotFound, NotFound, Login]),
    post("/counsellors/match", "/counsellors/match", &[("concerns", "trust")], MEMBERS),
    get("/counsellors/{id}", "/counsellors/{counsellor}", EVERYONE),
    get("/counsellors/{id}", "/counsellors/{owner}", NOBODY),
    get("/counsellors/{id}/book", "/counsellors/{counsellor}/book?start=1", [Conflict, Conflict, Conflict, Login]),
    post(
        "/counsellors/{id}/book",
        "/counsellors/{counsellor}/book",
        &[("start", "1"), ("kind", "individual"), ("key", "k")],
        [Invalid, Invalid, Invalid, Login],
    ),
    get("/bookings", "/bookings", MEMBERS),
    get("/sharing", "/sharing", MEMBERS),
    // The owner booked the world's counsellor (an individual session): only the owner may share.
    post(
        "/sharing/{counsellor}",
        "/sharing/{counsellor}",
        &[("share", "checkins")],
        [See("/sharing"), NotFound, NotFound, Login],
    ),
    get("/practice/clients", "/practice/clients", [NotFound, NotFound, NotFound, Login]),
    get("/practice/clients/{client}", "/practice/clients/{owner}", [NotFound, NotFound, NotFound, Login]),
    post(
        "/practice/clients/{client}/notes",
        "/practice/clients/{owner}/notes",
        &[("text", "A note")],
        [NotFound, NotFound, NotFound, Login],
    ),
    post(
        "/practice/clients/{client}/exercises",
        "/practice/clients/{owner}/exercises",
        &[("text", "An exercise")],
        [NotFound, NotFound, NotFound, Login],
    ),
    post("/exercises/{id}/done", "/exercises/not-an-exercise/done", &[], [NotFound, NotFound, NotFound, Login]),
    // The couple's own page at their counsellor's: never for either partner or anyone else.
    get("/practice/couples/{space}", "/practice/couples/{space}", [NotFound, NotFound, NotFound, Login]),
    post(
        "/practice/couples/{space}/notes",
        "/practice/couples/{space}/notes",
        &[("text", "A note")],
        [NotFound, NotFound, NotFound, Login],
    ),
    post(
        "/practice/couples/{space}/exercises",
        "/practice/couples/{space}/exercises",
        &[("text", "An exercise"), ("for_whom", "couple")],
        [NotFound, NotFound, NotFound, Login],
    ),
    // Booking sessions for a client is the counsellor's alone: never a member's.
    get("/practice/clients/{client}/book", "/practice/clients/{owner}/book", [NotFound, NotFound, NotFound, Login]),
    post(
        "/practice/clients/{client}/book",
        "/practice/clients/{owner}/book",
        &[("date", "2030-01-07"), ("time", "10:00"), ("repeat", "weekly"), ("count", "4")],
        [NotFound, NotFound, NotFound, Login],
    ),
    get("/practice/couples/{space}/book", "/practice/couples/{space}/book", [NotFound, NotFound, NotFound, Login]),
    post(
        "/practice/couples/{space}/book",
        "/practice/couples/{space}/book",
        &[("date", "2030-01-07"), ("time", "10:00"), ("repeat", "weekly"), ("count", "4")],
        [NotFound, NotFound, NotFound, Login],
    ),
    get("/safety", "/safety", MEMBERS),
    post(
        "/safety",
        "/safety",
        &[("q0", "0"), ("q1", "0"), ("q2", "0"), ("q3", "0"), ("q4", "0"), ("q5", "0")],
        [See("/safety"), See("/safety"), See("/safety"), Login],
    ),
    post("/safety/delete", "/safety/delete", &[], [See("/safety"), See("/safety"), See("/safety"), Login]),
    get("/calendar-feed", "/calendar-feed", MEMBERS),
    post("/calendar-feed", "/calendar-feed", &[], MEMBERS),
    post(
        "/calendar-feed/revoke",
        "/calendar-feed/revoke",
        &[],
        [See("/calendar-feed"), See("/calendar-feed"), See("/calendar-feed"), Login],
    ),
    get("/calendar/{token}", "/calendar/not-a-real-token", NOBODY),
    get("/bookings/{id}", "/bookings/{booking}", OWNER_ONLY_PAGE),
    get("/messages", "/messages", MEMBERS),
    post("/messages/reply-time", "/messages/reply-time", &[("hours", "24")], [NotFound, NotFound, NotFound, Login]),
    // The owner's conversation with their counsellor is theirs alone; the partners' one is both of theirs.
    get("/messages/{id}", "/messages/{thread}", OWNER_ONLY_PAGE),
    get("/messages/{id}", "/messages/{partners_thread}", [Ok, Ok, NotFound, Login]),
    post("/messages/{id}", "/messages/{thread}", &[("text", "Hello")], [See("/messages/"), NotFound, NotFound, Login]),
    post(
        "/messages/{id}",
        "/messages/{partners_thread}",
        &[("text", "Hello")],
        [See("/messages/"), See("/messages/"), NotFound, Login],
    ),
    get("/messages/{id}/{message}/edit", "/messages/{thread}/{message}/edit", OWNER_ONLY_PAGE),
    post(
        "/messages/{id}/{message}/edit",
        "/messages/{thread}/{message}/edit",
        &[("text", "Rewritten by someone")],
        [See("/messages/"), NotFound, NotFound, Login],
    ),
    // Billing (issue 19): the owner's invoice is theirs (and the counsellor's); a partner sees
    // a couple session's invoice only when shared; the practice pages are counsellors' own.
    get("/invoices", "/invoices", MEMBERS),
    get("/invoices/{id}", "/invoices/{invoice}", OWNER_ONLY_PAGE),
    get("/invoices/{id}/pdf", "/invoices/{invoice}/pdf", [Download, NotFound, NotFound, Login]),
    post("/invoices/{id}/utr", "/invoices/{invoice}/utr", &[("utr", "123")], [Invalid, NotFound, NotFound, Login]),
    post("/invoices/{id}/paid", "/invoices/{invoice}/paid", &[("how", "cash")], [NotFound, NotFound, NotFound, Login]),
    post(
        "/invoices/{id}/share",
        "/invoices/{invoice}/share",
        &[("share", "yes")],
        [NotFound, NotFound, NotFound, Login],
    ),
    get("/practice/fees", "/practice/fees", [NotFound, NotFound, NotFound, Login]),
    post("/practice/fees", "/practice/fees", &[("late_fee", "1")], [NotFound, NotFound, NotFound, Login]),
    get("/practice/books", "/practice/books", [NotFound, NotFound, NotFound, Login]),
    get("/practice/books.csv", "/practice/books.csv", [NotFound, NotFound, NotFound, Login]),
    // Reports (issue 20): a message only by someone in its thread who did not write it; the
    // form shows the text they can already see, nothing more; the operator's pages are theirs.
    get(
        "/messages/{id}/{message}/report",
        "/messages/{thread}/{message}/report",
        [NotFound, NotFound, NotFound, Login],
    ),
    get(
        "/messages/{id}/{message}/report",
        "/messages/{partners_thread}/{shared_message}/report",
        [NotFound, Ok, NotFound, Login],
    ),
    post(
        "/messages/{id}/{message}/report",
        "/messages/{partners_thread}/{shared_message}/report",
        &[("reason", "harassment"), ("attach", "yes")],
        [NotFound, See("/reports"), NotFound, Login],
    ),
    post(
        "/messages/{id}/{message}/report",
        "/messages/{partners_thread}/{shared_message}/report",
        &[("reason", "")],
        [NotFound, Invalid, NotFound, Login],
    ),
    post(
        "/messages/{id}/{message}/report",
        "/messages/{thread}/{message}/report",
        &[("reason", "harassment")],
        [NotFound, NotFound, NotFound, Login],
    ),
    get("/counsellors/{id}/report", "/counsellors/{counsellor}/report", MEMBERS),
    get("/counsellors/{id}/report", "/counsellors/{owner}/report", [NotFound, NotFound, NotFound, Login]),
    post(
        "/counsellors/{id}/report",
        "/counsellors/{counsellor}/report",
        &[("reason", "conduct"), ("note", "Spoke about me to others.")],
        [See("/reports"), See("/reports"), See("/reports"), Login],
    ),
    get("/articles/{slug}/report", "/articles/safety-first/report", MEMBERS),
    get("/articles/{slug}/report", "/articles/no-such-guide/report", [NotFound, NotFound, NotFound, Login]),
    post(
        "/articles/{slug}/report",
        "/articles/safety-first/report",
        &[("reason", "misleading")],
        [See("/reports"), See("/reports"), See("/reports"), Login],
    ),
    get("/reports", "/reports", MEMBERS),
    get("/admin/reports", "/admin/reports", [NotFound, NotFound, NotFound, Login]),
    get("/admin/reports/{id}", "/admin/reports/x", [NotFound, NotFound, NotFound, Login]),
    post(
        "/admin/reports/{id}",
        "/admin/reports/x",
        &[("decision", "dismiss"), ("reason", "x")],
        [NotFound, NotFound, NotFound, Login],
    ),
    // Without an Origin of this site no socket opens, whoever asks.
    get("/live", "/live", [Forbidden, Forbidden, Forbidden, Login]),
    get("/bookings/{id}/room", "/bookings/{booking}/room", OWNER_ONLY_PAGE),
    // The before-session check of the owner's own session, three days ahead: shown to them
    // (closed until a day before), to nobody else; answering before it opens is refused.
    get("/bookings/{id}/feedback/{kind}", "/bookings/{booking}/feedback/before", OWNER_ONLY_PAGE),
    get("/bookings/{id}/feedback/{kind}", "/bookings/{booking}/feedback/after", OWNER_ONLY_PAGE),
    get("/bookings/{id}/feedback/{kind}", "/bookings/{booking}/feedback/other", [NotFound, NotFound, NotFound, Login]),
    post(
        "/bookings/{id}/feedback/{kind}",
        "/bookings/{booking}/feedback/before",
        &[("q0", "5"), ("q1", "5"), ("q2", "5"), ("q3", "5")],
        [Conflict, NotFound, NotFound, Login],
    ),
    get("/feedback", "/feedback", MEMBERS),
    post("/bookings/{id}/cancel", "/bookings/{booking}/cancel", &[], [See("/bookings"), NotFound, NotFound, Login]),
    // Consent: the World's counsellor has published no document, so there is nothing to sign
    // (tests/web/consent.rs covers signing); the counsellor's pages are theirs alone.
    get("/bookings/{id}/consent", "/bookings/{booking}/consent", [NotFound, NotFound, NotFound, Login]),
    post(
        "/bookings/{id}/consent",
        "/bookings/{booking}/consent",
        &[("typed_name", "Owner Name"), ("agree", "yes"), ("hash", "x")],
        [NotFound, NotFound, NotFound, Login],
    ),
    get("/bookings/{id}/consent/signed", "/bookings/{booking}/consent/signed", [NotFound, NotFound, NotFound, Login]),
    post(
        "/bookings/{id}/consent/proceed",
        "/bookings/{booking}/consent/proceed",
        &[],
        [NotFound, NotFound, NotFound, Login],
    ),
    // The intake: the owner answers for their own session; the partner of an individual
    // session, another couple and the counsellor's pages are not theirs.
    get("/bookings/{id}/intake", "/bookings/{booking}/intake", OWNER_ONLY_PAGE),
    post(
        "/bookings/{id}/intake",
        "/bookings/{booking}/intake",
        &[("brings", "We keep arguing.")],
        [See("/bookings/"), NotFound, NotFound, Login],
    ),
    get("/practice/intake", "/practice/intake", [NotFound, NotFound, NotFound, Login]),
    post(
        "/practice/intake/questions",
        "/practice/intake/questions",
        &[("prompt", "How long together?"), ("kind", "text")],
        [NotFound, NotFound, NotFound, Login],
    ),
    post(
        "/practice/intake/questions/{id}/delete",
        "/practice/intake/questions/nope/delete",
        &[],
        [NotFound, NotFound, NotFound, Login],
    ),
    get("/practice/consent", "/practice/consent", [NotFound, NotFound, NotFound, Login]),
    post(
        "/practice/consent",
        "/practice/consent",
        &[("body", "## A heading\n\nA document long enough to publish.")],
        [NotFound, NotFound, NotFound, Login],
    ),
    get("/practice/availability", "/practice/availability", [NotFound, NotFound, NotFound, Login]),
    post(
        "/practice/availability/rules",
        "/practice/availability/rules",
        &[("session_minutes", "50")],
        [NotFound, NotFound, NotFound, Login],
    ),
    post(
        "/practice/availability/windows",
        "/practice/availability/windows",
        &[("weekday", "0"), ("start", "09:00"), ("end", "10:00")],
        [NotFound, NotFound, NotFound, Login],
    ),
    post(
        "/practice/availability/windows/{id}/delete",
        "/practice/availability/windows/x/delete",
        &[],
        [NotFound, NotFound, NotFound, Login],
    ),
    post(
        "/practice/availability/exceptions",
        "/practice/availability/exceptions",
        &[("date", "2026-12-01")],
        [NotFound, NotFound, NotFound, Login],
    ),
    post(
        "/practice/availability/exceptions/{id}/delete",
        "/practice/availability/exceptions/x/delete",
        &[],
        [NotFound, NotFound, NotFound, Login],
    ),
    // Practice pages are a counsellor's own: to members they do not exist.
    get("/practice", "/practice", [NotFound, NotFound, NotFound, Login]),
    get("/practice/profile", "/practice/profile", [NotFound, NotFound, NotFound, Login]),
    post("/practice/profile", "/practice/profile", &[("full_name", "X")], [NotFound, NotFound, NotFound, Login]),
    get("/admin/counsellors", "/admin/counsellors", [NotFound, NotFound, NotFound, Login]),
    get("/admin/counsellors/{id}", "/admin/counsellors/{counsellor}", [NotFound, NotFound, NotFound, Login]),
    post(
        "/admin/counsellors/{id}/verify",
        "/admin/counsellors/{counsellor}/verify",
        &[],
        [NotFound, NotFound, NotFound, Login],
    ),
    post(
        "/admin/counsellors/{id}/reject",
        "/admin/counsellors/{counsellor}/reject",
        &[("reason", "No.")],
        [NotFound, NotFound, NotFound, Login],
    ),
    post(
        "/admin/counsellors/{id}/suspend",
        "/admin/counsellors/{counsellor}/suspend",
        &[("reason", "No.")],
        [NotFound, NotFound, NotFound, Login],
    ),
    post(
        "/admin/counsellors/{id}/reinstate",
        "/admin/counsellors/{counsellor}/reinstate",
        &[],
        [NotFound, NotFound, NotFound, Login],
    ),
    get("/program", "/program", MEMBERS),
    get("/program/start", "/program/start", MEMBERS),
    post(
        "/program/start",
        "/program/start",
        &[("perspective", "both")],
        [See("/program"), See("/program"), See("/program"), Login],
    ),
    get("/program/time", "/program/time", MEMBERS),
    post(
        "/program/time/checkins",
        "/program/time/checkins",
        &[("trust", "4"), ("safety", "6"), ("note", "")],
        [See("/program/time"), See("/program/time"), See("/program/time"), Login],
    ),
    post(
        "/program/time/sharing",
        "/program/time/sharing",
        &[("visibility", "shared")],
        [See("/program/time"), See("/program/time"), See("/program/time"), Login],
    ),
    get("/program/questionnaires/{slug}", "/program/questionnaires/trust-monthly", MEMBERS),
    get("/program/questionnaires/{slug}", "/program/questionnaires/none", [NotFound, NotFound, NotFound, Login]),
    post(
        "/program/questionnaires/{slug}",
        "/program/questionnaires/trust-monthly",
        QUESTIONNAIRE,
        [
            See("/program/questionnaires/trust-monthly"),
            See("/program/questionnaires/trust-monthly"),
            See("/program/questionnaires/trust-monthly"),
            Login,
        ],
    ),
    get("/program/actions", "/program/actions", MEMBERS),
    post(
        "/program/actions/commitments",
        "/program/actions/commitments",
        &[("text", "Call at lunch"), ("kind", "daily"), ("time", "13:00")],
        [See("/program/actions"), See("/program/actions"), See("/program/actions"), Login],
    ),
    post(
        "/program/actions/commitments/{id}/confirm",
        "/program/actions/commitments/{commitment}/confirm",
        &[("occurrence", "{occurrence}"), ("outcome", "kept"), ("note", "")],
        [Conflict, See("/program/actions"), NotFound, Login],
    ),
    post(
        "/program/actions/commitments/{id}/reminders",
        "/program/actions/commitments/{commitment}/reminders",
        &[("remind", "yes")],
        [See("/program/actions"), NotFound, NotFound, Login],
    ),
    post(
        "/program/actions/commitments/{id}/end",
        "/program/actions/commitments/{commitment}/end",
        &[],
        [See("/program/actions"), NotFound, NotFound, Login],
    ),
    get("/program/transparency", "/program/transparency", MEMBERS),
    post(
        "/program/transparency/notes",
        "/program/transparency/notes",
        &[("text", "Home by nine.")],
        [See("/program/transparency"), See("/program/transparency"), See("/program/transparency"), Login],
    ),
    post(
        "/program/transparency/requests",
        "/program/transparency/requests",
        &[],
        [See("/program/transparency"), See("/program/transparency"), See("/program/transparency"), Login],
    ),
    // The partner pauses first, so the owner (in the same space) cannot resume what they paused.
    post(
        "/program/transparency/pause",
        "/program/transparency/pause",
        &[],
        [Conflict, See("/program/transparency"), See("/program/transparency"), Login],
    ),
    post(
        "/program/transparency/limit",
        "/program/transparency/limit",
        &[("limit", "3")],
        [See("/program/transparency"), See("/program/transparency"), See("/program/transparency"), Login],
    ),
    // The owner proposed a limit in the world: only the partner can accept it.
    post(
        "/program/transparency/limit/accept",
        "/program/transparency/limit/accept",
        &[],
        [NotFound, See("/program/transparency"), NotFound, Login],
    ),
    get("/program/talks", "/program/talks", MEMBERS),
    post(
        "/program/talks/schedule",
        "/program/talks/schedule",
        &[("weekday", "6"), ("time", "19:00"), ("duration", "45")],
        [See("/program/talks"), See("/program/talks"), See("/program/talks"), Login],
    ),
    post(
        "/program/talks/schedule/{id}/accept",
        "/program/talks/schedule/{schedule}/accept",
        &[],
        [See("/program/talks"), NotFound, NotFound, Login],
    ),
    // The owner broke trust and does not write into the question box; the partner does.
    post(
        "/program/talks/questions",
        "/program/talks/questions",
        &[("text", "Why then?")],
        [NotFound, See("/program/talks"), See("/program/talks"), Login],
    ),
    post(
        "/program/talks/questions/{id}/discussed",
        "/program/talks/questions/{question}/discussed",
        &[],
        [NotFound, See("/program/talks"), NotFound, Login],
    ),
    post(
        "/program/talks/ratings",
        "/program/talks/ratings",
        &[("occurrence", "0"), ("heard", "3"), ("safe", "3"), ("punished", "1")],
        [NotFound, NotFound, NotFound, Login],
    ),
    post("/program/talks/pause", "/program/talks/pause", &[], [NotFound, NotFound, NotFound, Login]),
    post(
        "/program/talks/missed",
        "/program/talks/missed",
        &[("occurrence", "0")],
        [NotFound, NotFound, NotFound, Login],
    ),
    get("/program/roots", "/program/roots", MEMBERS),
    post(
        "/program/roots/reflections",
        "/program/roots/reflections",
        &[("prompt", "avoidance"), ("text", "I go quiet."), ("visibility", "")],
        [See("/program/roots"), See("/program/roots"), See("/program/roots"), Login],
    ),
    post(
        "/program/roots/needs",
        "/program/roots/needs",
        &[("text", "Honesty about plans"), ("visibility", "")],
        [See("/program/roots"), See("/program/roots"), See("/program/roots"), Login],
    ),
    post(
        "/program/roots/needs/{id}/to-talk",
        "/program/roots/needs/{need}/to-talk",
        &[],
        [See("/program/talks"), NotFound, NotFound, Login],
    ),
    get("/program/support", "/program/support", MEMBERS),
    get("/program/anxiety", "/program/anxiety", MEMBERS),
    post(
        "/program/anxiety/thoughts",
        "/program/anxiety/thoughts",
        &[("thought", "What if it happens again?")],
        [See("/program/anxiety"), See("/program/anxiety"), See("/program/anxiety"), Login],
    ),
    post(
        "/program/anxiety/thoughts/{id}/delete",
        "/program/anxiety/thoughts/{thought}/delete",
        &[],
        [See("/program/anxiety"), NotFound, NotFound, Login],
    ),
    get("/program/acknowledge", "/program/acknowledge", MEMBERS),
    // The owner broke trust (writes ownership); the partner was hurt (impact only).
    post(
        "/program/acknowledge/statements/{kind}",
        "/program/acknowledge/statements/ownership",
        &[("text", "I chose it."), ("visibility", "private")],
        [See("/program/acknowledge"), NotFound, See("/program/acknowledge"), Login],
    ),
    post(
        "/program/acknowledge/account",
        "/program/acknowledge/account",
        &[("text", "What happened, briefly.")],
        [See("/program/acknowledge"), See("/program/acknowledge"), See("/program/acknowledge"), Login],
    ),
    // A reflection is its author's to change, share, unshare or delete: the partner who reads
    // a shared one gets a 404 for all of it.
    get(
        "/program/roots/reflections/{id}/edit",
        "/program/roots/reflections/{reflection}/edit",
        [Ok, NotFound, NotFound, Login],
    ),
    post(
        "/program/roots/reflections/{id}",
        "/program/roots/reflections/{reflection}",
        &[("text", "Said differently now."), ("visibility", "private")],
        [See("/program/roots"), NotFound, NotFound, Login],
    ),
    post(
        "/program/roots/reflections/{id}/delete",
        "/program/roots/reflections/{reflection}/delete",
        &[],
        [See("/program/roots"), NotFound, NotFound, Login],
    ),
    post(
        "/program/acknowledge/account/{id}/confirm",
        "/program/acknowledge/account/{version}/confirm",
        &[],
        [See("/program/acknowledge"), See("/program/acknowledge"), NotFound, Login],
    ),
];

const PRIVATE_CANARY: &str = "PRIVATE-CANARY the owners own words";
const SHARED_CANARY: &str = "SHARED-CANARY words for the partner";
/// The partner's question, held for a talk that is not open: only the partner may see it.
const HELD_CANARY: &str = "HELD-CANARY a question for the next talk";

struct World {
    owner: Member,
    partner: Member,
    other: Member,
    anon: Client,
    private: String,
    shared: String,
    session: String,
    version: String,
    commitment: String,
    occurrence: i64,
    schedule: String,
    question: String,
    need: String,
    thought: String,
    counsellor: String,
    booking: String,
    /// The owner's invoice for that booking.
    invoice: String,
    thread: String,
    partners_thread: String,
    message: String,
    /// The owner's message in the partners' thread: the partner may report it.
    shared_message: String,
    space: String,
    /// The owner's shared reflection: the partner reads it but may not change it.
    reflection: String,
}

async fn world(app: &TestApp) -> World {
    let (owner, partner) = app.couple("Owner", "Partner").await;
    let (other, _) = app.couple("Other", "OthersPartner").await;
    let private = owner.write(PRIVATE_CANARY, "private").await;
    let shared = owner.write(SHARED_CANARY, "shared").await;
    for (m, p) in [(&owner, "broke"), (&partner, "hurt"), (&other, "both")] {
        m.client.post("/program/start", &[("perspective", p)]).await;
    }
    let statement = format!("{PRIVATE_CANARY} in a statement");
    owner
        .client
        .post("/program/acknowledge/statements/ownership", &[("text", &statement), ("visibility", "private")])
        .await;
    owner.client.post("/program/acknowledge/account", &[("text", &format!("{SHARED_CANARY} in the account"))]).await;
    owner
        .client
        .post(
            "/program/time/checkins",
            &[("trust", "3"), ("safety", "4"), ("note", &format!("{PRIVATE_CANARY} in a note"))],
        )
        .await;
    // A commitment made two days ago, so it has an occurrence to confirm.
    let (commitment, occurrence) = {
        use diltalks::program::actions::{Schedule, occurrences};
        use diltalks::program::store::{NewCommitment, create_commitment};
        use sqlx::Row;
        let space: String = sqlx::query("SELECT space_id FROM memberships WHERE user_id = $1")
            .bind(&owner.id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get(0);
        let schedule = Schedule::Daily { minute: 8 * 60 };
        let made = app.clock.now_ms() - 2 * diltalks::clock::DAY;
        let new = NewCommitment {
            text: &format!("{SHARED_CANARY} commitment"),
            schedule: &schedule,
            time_zone: "Asia/Kolkata",
            remind: false,
        };
        create_commitment(&app.state.db, &app.state.crypto, &space, &owner.id, &new, made).await.unwrap();
        let id: String = sqlx::query("SELECT id FROM commitments WHERE maker_id = $1")
            .bind(&owner.id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get(0);
        let at = occurrences(&schedule, "Asia/Kolkata", made, None, made, app.clock.now_ms())[0];
        (id, at)
    };
    owner
        .client
        .post("/program/roots/needs", &[("text", &format!("{PRIVATE_CANARY} a need")), ("visibility", "")])
        .await;
    owner
        .client
        .post(
            "/program/roots/reflections",
            &[("prompt", "unsaid"), ("text", &format!("{PRIVATE_CANARY} a reflection")), ("visibility", "")],
        )
        .await;
    owner
        .client
        .post(
            "/program/roots/reflections",
            &[("prompt", "stress"), ("text", &format!("{SHARED_CANARY} a reflection")), ("visibility", "shared")],
        )
        .await;
    let reflection = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM reflections WHERE author_id = $1 AND visibility = 'shared'")
            .bind(&owner.id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get::<String, _>(0)
    };
    owner.client.post("/program/transparency/notes", &[("text", &format!("{SHARED_CANARY} a note"))]).await;
    owner.client.post("/program/transparency/limit", &[("limit", "4")]).await;
    owner.client.post("/program/anxiety/thoughts", &[("thought", &format!("{PRIVATE_CANARY} a thought"))]).await;
    let thought = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM thought_logs WHERE author_id = $1")
            .bind(&owner.id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get::<String, _>(0)
    };
    let counsellor = app.listed_counsellor("Listed Counsellor", &owner.id).await.id;
    let booking = {
        use diltalks::bookings::model::{Booked, NewBooking};
        let start = app.clock.now_ms() + 3 * diltalks::clock::DAY;
        let new = NewBooking {
            counsellor_id: &counsellor,
            booked_by: &owner.id,
            space_id: None,
            starts_at: start,
            ends_at: start + 50 * diltalks::clock::MINUTE,
            held_until: start + 60 * diltalks::clock::MINUTE,
            idempotency_key: "world",
            replaces: None,
        };
        // With its invoice, as a booking through the page gets one.
        let invoice = diltalks::billing::draft(&app.state, &counsellor, (&owner.id, None), start).await.unwrap();
        let id = diltalks::db::new_id();
        let booked = diltalks::bookings::store::book_with_mail(
            &app.state.db,
            &new,
            &id,
            (&[], invoice.as_ref()),
            app.clock.now_ms(),
        );
        match booked.await.unwrap() {
            Booked::New(id) => id,
            other => panic!("{other:?}"),
        }
    };
    let invoice = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM invoices WHERE booking_id = $1")
            .bind(&booking)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get::<String, _>(0)
    };
    let need = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM needs WHERE author_id = $1")
            .bind(&owner.id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get::<String, _>(0)
    };
    partner.client.post("/program/talks/schedule", &[("weekday", "6"), ("time", "19:00"), ("duration", "45")]).await;
    partner.client.post("/program/talks/questions", &[("text", HELD_CANARY)]).await;
    let (schedule, question) = {
        use sqlx::Row;
        let one = |sql: &'static str| {
            let db = app.state.db.clone();
            let id = partner.id.clone();
            async move { sqlx::query(sql).bind(id).fetch_one(&db.pool).await.unwrap().get::<String, _>(0) }
        };
        (
            one("SELECT id FROM talk_schedules WHERE proposer_id = $1").await,
            one("SELECT id FROM talk_questions WHERE author_id = $1").await,
        )
    };
    let version = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM account_versions WHERE proposer_id = $1")
            .bind(&owner.id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get::<String, _>(0)
    };
    let session = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM sessions WHERE user_id = $1")
            .bind(&owner.id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get::<String, _>(0)
    };
    // The owner's private conversation with the counsellor, and the couple's own one.
    owner.client.get("/messages").await;
    let thread_of = |kind: &'static str| {
        let db = app.state.db.clone();
        let id = owner.id.clone();
        async move {
            use sqlx::Row;
            sqlx::query("SELECT t.id FROM threads t JOIN thread_reads r ON r.thread_id = t.id WHERE r.user_id = $1 AND t.kind = $2")
                .bind(id)
                .bind(kind)
                .fetch_one(&db.pool)
                .await
                .unwrap()
                .get::<String, _>(0)
        }
    };
    let thread = thread_of("individual").await;
    let partners_thread = thread_of("partners").await;
    let sent =
        owner.client.post(&format!("/messages/{thread}"), &[("text", &format!("{PRIVATE_CANARY} a message"))]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    owner
        .client
        .post(&format!("/messages/{partners_thread}"), &[("text", &format!("{SHARED_CANARY} a message"))])
        .await;
    let message = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM messages WHERE thread_id = $1")
            .bind(&thread)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get::<String, _>(0)
    };
    let shared_message = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM messages WHERE thread_id = $1")
            .bind(&partners_thread)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get::<String, _>(0)
    };
    let space = {
        use sqlx::Row;
        sqlx::query("SELECT space_id FROM memberships WHERE user_id = $1")
            .bind(&owner.id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get::<String, _>(0)
    };
    World {
        space,
        reflection,
        thread,
        partners_thread,
        message,
        shared_message,
        owner,
        partner,
        other,
        anon: app.client(),
        private,
        shared,
        session,
        version,
        commitment,
        occurrence,
        schedule,
        question,
        need,
        thought,
        counsellor,
        booking,
        invoice,
    }
}

fn fill(s: &str, w: &World, actor_email: &str) -> String {
    s.replace("{private}", &w.private)
        .replace("{shared}", &w.shared)
        .replace("{session}", &w.session)
        .replace("{version}", &w.version)
        .replace("{commitment}", &w.commitment)
        .replace("{schedule}", &w.schedule)
        .replace("{question}", &w.question)
        .replace("{need}", &w.need)
        .replace("{thought}", &w.thought)
        .replace("{counsellor}", &w.counsellor)
        .replace("{booking}", &w.booking)
        .replace("{invoice}", &w.invoice)
        .replace("{partners_thread}", &w.partners_thread)
        .replace("{thread}", &w.thread)
        .replace("{message}", &w.message)
        .replace("{shared_message}", &w.shared_message)
        .replace("{owner}", &w.owner.id)
        .replace("{space}", &w.space)
        .replace("{reflection}", &w.reflection)
        .replace("{occurrence}", &w.occurrence.to_string())
        .replace("{owner_email}", &w.owner.email)
        .replace("{actor_email}", actor_email)
}

async fn run(case: &Case, w: &World, who: usize) -> Resp {
    let (client, email) = match who {
        0 => (&w.owner.client, w.owner.email.as_str()),
        1 => (&w.partner.client, w.partner.email.as_str()),
        2 => (&w.other.client, w.other.email.as_str()),
        _ => (&w.anon, "anonymous@example.org"),
    };
    let path = fill(case.path, w, email);
    if case.method == "GET" {
        client.get(&path).await
    } else {
        let form: Vec<(String, String)> = case.form.iter().map(|(k, v)| (k.to_string(), fill(v, w, email))).collect();
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        client.post(&path, &pairs).await
    }
}

fn check(case: &Case, who: usize, res: &Resp) {
    let label = ["owner", "partner", "other couple", "anonymous"][who];
    let ctx = format!("{} {} as {label}", case.method, case.path);
    match case.expect[who] {
        Ok => {
            assert_eq!(res.status, StatusCode::OK, "{ctx}");
            assert!(
                res.body.contains("id=\"quick-exit\"") && res.body.contains("/help/crisis"),
                "{ctx}: quick exit and crisis link"
            );
        }
        Plain => {
            assert_eq!(res.status, StatusCode::OK, "{ctx}");
            assert!(!res.header("content-type").starts_with("text/html"), "{ctx}: not a page");
        }
        Download => {
            assert_eq!(res.status, StatusCode::OK, "{ctx}");
            assert!(res.header("content-disposition").starts_with("attachment"), "{ctx}: a download");
        }
        See(prefix) => {
            assert_eq!(res.status, StatusCode::SEE_OTHER, "{ctx}: {}", res.body);
            assert!(res.location().unwrap_or("").starts_with(prefix), "{ctx}: {:?}", res.location());
        }
        Login => {
            assert_eq!(res.status, StatusCode::SEE_OTHER, "{ctx}");
            assert!(res.location().unwrap_or("").starts_with("/login"), "{ctx}: {:?}", res.location());
        }
        NotFound => assert_eq!(res.status, StatusCode::NOT_FOUND, "{ctx}"),
        Conflict => assert_eq!(res.status, StatusCode::CONFLICT, "{ctx}"),
        Forbidden => assert_eq!(res.status, StatusCode::FORBIDDEN, "{ctx}"),
        Invalid => assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}"),
    }
    // Whatever the answer, private words reach only those allowed to read them.
    let may_read_private = who == 0;
    let may_read_shared = who <= 1;
    if !may_read_private {
        assert!(!res.body.contains("PRIVATE-CANARY"), "{ctx}: leaked a private entry");
    }
    if !may_read_shared {
        assert!(!res.body.contains("SHARED-CANARY"), "{ctx}: leaked a shared entry");
    }
    if who != 1 {
        assert!(!res.body.contains("HELD-CANARY"), "{ctx}: showed a held question before the talk");
    }
}

#[test]
fn every_route_is_in_the_table() {
    let registered: BTreeSet<(&str, &str)> = diltalks::routes().list().iter().copied().collect();
    let covered: BTreeSet<(&str, &str)> = TABLE.iter().map(|c| (c.method, c.route)).collect();
    let missing: Vec<_> = registered.difference(&covered).collect();
    let stale: Vec<_> = covered.difference(&registered).collect();
    assert!(missing.is_empty(), "routes without a row in the authorization table: {missing:?}");
    assert!(stale.is_empty(), "rows for routes that do not exist: {stale:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_answers_each_kind_of_visitor_as_the_table_says() {
    let app = TestApp::spawn().await;
    let shared_world = world(&app).await;
    for case in TABLE {
        // Reads share one world; each write gets a fresh one, so one row cannot spoil the next.
        let fresh;
        let w = if case.method == "GET" {
            &shared_world
        } else {
            fresh = world(&app).await;
            &fresh
        };
        // The owner goes last, so a write the owner may make does not hide what others could do.
        for who in [1, 2, 3, 0] {
            if who == 0 && case.method == "POST" {
                // Before the owner acts: nobody else changed or removed the owner's entries.
                for (id, canary) in [(&w.private, PRIVATE_CANARY), (&w.shared, SHARED_CANARY)] {
                    let page = w.owner.client.get(&format!("/journal/{id}")).await;
                    if !matches!(case.path, "/logout" | "/settings/sessions/{session}/end") {
                        assert!(page.body.contains(canary), "{} {}: the owner's entry changed", case.method, case.path);
                    }
                }
            }
            let res = run(case, w, who).await;
            check(case, who, &res);
        }
    }
}
