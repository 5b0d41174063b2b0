//! One-click unsubscribe (RFC 8058, issue 18): reminders and notices carry a signed link that
//! a mail program can POST to without signing in; it stops that kind of mail only, and the
//! settings page shows and reverses it. A tampered link does nothing.

use axum::http::StatusCode;
use diltalks::bookings::notify::send_due_reminders;
use diltalks::clock::{DAY, HOUR, MINUTE};

use crate::bookings::{counsellor, slots};
use crate::harness::TestApp;

#[tokio::test]
async fn one_click_stops_one_kind_of_mail_without_signing_in_and_settings_bring_it_back() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let a = app.member("Asha").await;
    let all = slots(&app, &c).await;
    let start = *all.iter().find(|t| **t >= app.clock.now_ms() + 2 * DAY).unwrap();
    let res = a
        .client
        .post(
            &format!("/counsellors/{}/book", c.id),
            &[("start", &start.to_string()), ("kind", "individual"), ("key", "u-1"), ("reschedule", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let confirmation = app.mail().await.into_iter().rev().find(|m| m.to.contains(a.email.as_str())).unwrap();
    assert!(!confirmation.headers.contains_key("list-unsubscribe"), "booking mail always comes: no link");

    // The day-before reminder carries the link, in the headers and at the end of the text.
    app.clock.advance(start - DAY - app.clock.now_ms() + MINUTE);
    send_due_reminders(&app.state).await.unwrap();
    let reminder = app.mail().await.into_iter().rev().find(|m| m.to.contains(a.email.as_str())).unwrap();
    assert_eq!(reminder.subject, "A reminder from DilTalks");
    let header = reminder.headers["list-unsubscribe"].clone();
    assert_eq!(reminder.headers["list-unsubscribe-post"], "List-Unsubscribe=One-Click");
    let link = header.trim_start_matches('<').trim_end_matches('>').to_string();
    assert!(link.starts_with(&format!("{}/unsubscribe/", app.state.config.base_url())), "{link}");
    assert!(reminder.body.contains(&link), "{}", reminder.body);
    assert!(!link.contains(&a.email) && !link.contains('@'), "no address in the link");
    let path = link.trim_start_matches(app.state.config.base_url()).to_string();

    // Opening it changes nothing (mail scanners open links); it asks.
    let visitor = app.client();
    let page = visitor.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Stop these emails"), "{}", page.body);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM mail_opt_outs").await, 0);

    // Tampered: another kind under the same tag, or a changed tag, is refused.
    let mut parts: Vec<String> = path.trim_start_matches("/unsubscribe/").split('.').map(str::to_string).collect();
    let mut other_kind = parts.clone();
    other_kind[1] = "message-notices".into();
    let last = parts[2].pop().unwrap();
    parts[2].push(if last == 'A' { 'B' } else { 'A' });
    for bad in [other_kind.join("."), parts.join("."), "nonsense".into()] {
        let res = visitor.post_raw(&format!("/unsubscribe/{bad}"), &[("List-Unsubscribe", "One-Click")]).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{bad}");
        assert_eq!(visitor.get(&format!("/unsubscribe/{bad}")).await.status, StatusCode::NOT_FOUND);
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM mail_opt_outs").await, 0);

    // The mail program's one-click POST: no session, no CSRF token.
    let res = visitor.post_raw(&path, &[("List-Unsubscribe", "One-Click")]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(res.body.contains("You will no longer get these emails"));
    let res = visitor.post_raw(&path, &[("List-Unsubscribe", "One-Click")]).await;
    assert_eq!(res.status, StatusCode::OK, "twice is fine");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM mail_opt_outs").await, 1);

    // The hour-before reminder goes to the counsellor, not to Asha.
    let before = app.mail().await.len();
    app.clock.advance(DAY - HOUR);
    send_due_reminders(&app.state).await.unwrap();
    let mail = app.mail().await;
    assert!(mail[before..].iter().any(|m| m.to.contains(c.email.as_str())));
    assert!(!mail[before..].iter().any(|m| m.to.contains(a.email.as_str())), "Asha turned them off");

    // Settings show it off, and turn it back on; other kinds were never touched.
    a.sign_in_again().await;
    let settings = a.client.get("/settings").await.body;
    assert!(settings.contains("name=\"session-reminders\" value=\"yes\">"), "unchecked: {settings}");
    assert!(settings.contains("name=\"message-notices\" value=\"yes\" checked"), "{settings}");
    let res = a
        .client
        .post(
            "/settings/mail",
            &[
                ("session-reminders", "yes"),
                ("program-reminders", "yes"),
                ("message-notices", "yes"),
                ("payment-reminders", "yes"),
            ],
        )
        .await;
    assert_eq!(res.location(), Some("/settings"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM mail_opt_outs").await, 0);
    // The settings form itself needs the CSRF token like every other.
    assert_eq!(a.client.post_raw("/settings/mail", &[]).await.status, StatusCode::FORBIDDEN);
}

/// Issue 21: the unsubscribe page reads in its reader's language, naming the kind of mail as
/// the settings page does, and the settings' own save says so in Hindi.
#[tokio::test]
async fn the_unsubscribe_page_and_the_mail_choices_read_in_hindi() {
    use diltalks::mail::optout::{Optional, link};
    let app = TestApp::spawn().await;
    let m = app.member("Asha").await;
    let path =
        link(&app.state, &m.id, Optional::SessionReminders).trim_start_matches(app.state.config.base_url()).to_string();
    let visitor = app.client();
    visitor.post("/language", &[("lang", "hi"), ("back", &path)]).await;
    let page = visitor.get(&path).await.body;
    assert!(page.contains(r#"<html lang="hi">"#) && page.contains("<h1>ये ईमेल बंद करें?</h1>"), "{page}");
    assert!(page.contains("<p>सेशन के रिमाइंडर, एक दिन पहले और एक घंटा पहले।</p>"), "{page}");
    assert!(page.contains(r#"<button type="submit">ये ईमेल बंद करें</button>"#));
    let done = visitor.post_raw(&path, &[("List-Unsubscribe", "One-Click")]).await;
    assert_eq!(done.status, StatusCode::OK);
    assert!(done.body.contains("अब आपको ये ईमेल नहीं आएँगे: सेशन के रिमाइंडर, एक दिन पहले और एक घंटा पहले।"), "{}", done.body);
    assert!(done.body.contains(r##"<a href="/settings#mail">सेटिंग्स</a> में फिर से चालू कर सकते हैं।"##));
    // Someone else's browser, in English, reads the same link in English.
    assert!(app.client().get(&path).await.body.contains("Reminders of sessions, a day and an hour before."));

    m.client.post("/language", &[("lang", "hi"), ("back", "/settings")]).await;
    let res = m.client.post("/settings/mail", &[("session-reminders", "yes"), ("message-notices", "yes")]).await;
    assert_eq!(res.location(), Some("/settings"));
    assert!(m.client.get("/settings").await.body.contains("आपकी ईमेल की पसंद सहेज ली गई।"));
}
