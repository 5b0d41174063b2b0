use axum::http::StatusCode;
use diltalks::clock::{HOUR, MINUTE};

use crate::harness::{PASSWORD, TestApp};

#[tokio::test]
async fn sign_up_needs_a_confirmed_email_then_signs_in() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let res =
        c.post("/register", &[("email", "Asha@Example.org"), ("display_name", "Asha"), ("password", PASSWORD)]).await;
    assert_eq!(res.location(), Some("/register/sent"));
    // Not usable before the email is confirmed.
    let res = c.post("/login", &[("email", "asha@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("confirm your email"), "{}", res.body);

    let mail = app.last_mail_to("asha@example.org").await;
    assert_eq!(mail.subject, "Confirm your email address for DilTalks");
    let link = mail.link("/verify/");
    // Opening the link (as a mail scanner would) uses nothing; the button does.
    assert_eq!(c.get(&link).await.status, StatusCode::OK);
    let res = c.post(&link, &[]).await;
    assert_eq!(res.location(), Some("/dashboard"));
    let dash = c.get("/dashboard").await;
    assert!(dash.body.contains("Hello, Asha"), "{}", dash.body);
    // Single use.
    assert_eq!(app.client().post(&link, &[]).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn signing_up_again_with_a_known_email_answers_the_same_and_tells_the_owner() {
    let app = TestApp::spawn().await;
    let m = app.member("Ravi").await;
    let stranger = app.client();
    let res = stranger
        .post("/register", &[("email", &m.email), ("display_name", "Someone"), ("password", "another good passphrase")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.location(), Some("/register/sent"), "the same answer as for a new address");
    let mail = app.last_mail_to(&m.email).await;
    assert_eq!(mail.subject, "About signing up to DilTalks");
    assert!(!mail.body.contains("/verify/"), "a confirmed account gets no new confirmation link");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users").await, 1);
    // The old password still works; the stranger's does not.
    let c = app.client();
    assert_eq!(c.post("/login", &[("email", &m.email), ("password", PASSWORD)]).await.status, StatusCode::SEE_OTHER);
    let c2 = app.client();
    let res = c2.post("/login", &[("email", &m.email), ("password", "another good passphrase")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn registration_problems_are_named_and_input_kept() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let res =
        c.post("/register", &[("email", "not-an-email"), ("display_name", "Meera K"), ("password", "password1")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("value=\"not-an-email\""), "email kept");
    assert!(res.body.contains("value=\"Meera K\""), "name kept");
    assert!(res.body.contains("like name@example.com"));
    // password1 is on the common list.
    assert!(res.body.contains("most commonly used"), "{}", res.body);
    assert!(res.body.contains("role=\"alert\""));
    let short = c.post("/register", &[("email", "m@example.org"), ("display_name", "M"), ("password", "short")]).await;
    assert!(short.body.contains("at least 8 characters"));
    let long = "x".repeat(129);
    let long = c.post("/register", &[("email", "m@example.org"), ("display_name", "M"), ("password", &long)]).await;
    assert!(long.body.contains("at most 128"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users").await, 0);
}

#[tokio::test]
async fn login_gives_one_answer_for_unknown_email_and_wrong_password() {
    let app = TestApp::spawn().await;
    let m = app.member("Lena").await;
    let wrong = app.client().post("/login", &[("email", &m.email), ("password", "not my password")]).await;
    let unknown =
        app.client().post("/login", &[("email", "nobody@example.org"), ("password", "not my password")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    let msg = "That email and password don't match an account.";
    assert!(wrong.body.contains(msg) && unknown.body.contains(msg), "{}", wrong.body);
    assert!(wrong.body.contains(&format!("value=\"{}\"", m.email)), "the email is kept");
}

#[tokio::test]
async fn sign_in_issues_a_new_session_token_each_time_and_sign_out_ends_it() {
    let app = TestApp::spawn().await;
    let m = app.member("Noor").await;
    let first = m.client.cookie("dt_session").unwrap();
    let res = m.client.post("/login", &[("email", &m.email), ("password", PASSWORD)]).await;
    assert_eq!(res.location(), Some("/dashboard"));
    let second = m.client.cookie("dt_session").unwrap();
    assert_ne!(first, second);
    assert_eq!(second.len(), 22, "128 random bits, base64url");
    let cookie = res.header("set-cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    // The token is not stored as such.
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM sessions WHERE token_hash = '{second}'")).await, 0);

    let old = m.client.same_browser();
    let res = m.client.post("/logout", &[]).await;
    assert_eq!(res.location(), Some("/"));
    assert!(m.client.cookie("dt_session").is_none());
    // The token no longer opens anything, even if someone kept a copy of the cookie.
    assert!(old.get("/dashboard").await.location().unwrap().starts_with("/login"));
}

#[tokio::test]
async fn the_login_page_returns_to_a_local_next_path_only() {
    let app = TestApp::spawn().await;
    let m = app.member("Kai").await;
    let c = app.client();
    let res = c.get("/journal").await;
    assert_eq!(res.location(), Some("/login?next=%2Fjournal"));
    let res = c.post("/login", &[("email", &m.email), ("password", PASSWORD), ("next", "/journal")]).await;
    assert_eq!(res.location(), Some("/journal"));
    let c = app.client();
    let res = c.post("/login", &[("email", &m.email), ("password", PASSWORD), ("next", "//evil.example/x")]).await;
    assert_eq!(res.location(), Some("/dashboard"));
}

#[tokio::test]
async fn password_reset_link_works_once_expires_and_ends_sessions() {
    let app = TestApp::spawn().await;
    let m = app.member("Priya").await;
    let other_device = app.client();
    other_device.post("/login", &[("email", &m.email), ("password", PASSWORD)]).await;

    let res = app.client().post("/forgot", &[("email", &m.email)]).await;
    assert_eq!(res.location(), Some("/forgot/sent"));
    let unknown = app.client().post("/forgot", &[("email", "nobody@example.org")]).await;
    assert_eq!(unknown.location(), Some("/forgot/sent"), "the same answer for an unknown address");
    app.settle().await; // the mail is queued after the answer, by a tracked task
    let mail = app.last_mail_to(&m.email).await;
    assert_eq!(mail.subject, "Your DilTalks password reset link");
    let link = mail.link("/reset/");

    let c = app.client();
    let weak = c.post(&link, &[("password", "12345678")]).await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY, "a refused password does not use the link");
    let res = c.post(&link, &[("password", "a brand new passphrase")]).await;
    assert_eq!(res.location(), Some("/login"));
    assert_eq!(c.post(&link, &[("password", "yet another passphrase")]).await.status, StatusCode::NOT_FOUND);
    // Every session of the account ended.
    assert!(m.client.get("/dashboard").await.location().unwrap().starts_with("/login"));
    assert!(other_device.get("/dashboard").await.location().unwrap().starts_with("/login"));
    let res = app.client().post("/login", &[("email", &m.email), ("password", "a brand new passphrase")]).await;
    assert_eq!(res.location(), Some("/dashboard"));

    // A second link expires after an hour.
    app.client().post("/forgot", &[("email", &m.email)]).await;
    app.settle().await;
    let link = app.last_mail_to(&m.email).await.link("/reset/");
    app.clock.advance(HOUR + MINUTE);
    assert_eq!(app.client().get(&link).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn changing_the_password_ends_the_other_sessions_only() {
    let app = TestApp::spawn().await;
    let m = app.member("Omar").await;
    let phone = app.client();
    phone.post("/login", &[("email", &m.email), ("password", PASSWORD)]).await;
    let wrong = m
        .client
        .post("/settings/password", &[("current_password", "wrong one"), ("new_password", "fresh long passphrase")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("current password"));
    let res = m
        .client
        .post("/settings/password", &[("current_password", PASSWORD), ("new_password", "fresh long passphrase")])
        .await;
    assert_eq!(res.location(), Some("/settings"));
    assert_eq!(m.client.get("/settings").await.status, StatusCode::OK);
    assert!(phone.get("/settings").await.location().unwrap().starts_with("/login"));
}

#[tokio::test]
async fn the_sessions_list_shows_devices_and_signs_out_others() {
    let app = TestApp::spawn().await;
    let m = app.member("Iris").await;
    let laptop = app.client();
    laptop.post("/login", &[("email", &m.email), ("password", PASSWORD)]).await;
    let page = m.client.get("/settings").await;
    assert_eq!(page.body.matches("/end\"").count(), 2, "two sessions listed");
    assert!(page.body.contains("Chrome on Linux"));
    assert!(page.body.contains("this device"));
    let res = m.client.post("/settings/sessions/end-others", &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(laptop.get("/settings").await.location().unwrap().starts_with("/login"));
    assert_eq!(m.client.get("/settings").await.status, StatusCode::OK);
}

#[tokio::test]
async fn sessions_expire_when_idle_and_at_their_absolute_limit() {
    let app = TestApp::spawn().await;
    let m = app.member("Tara").await;
    // Active every 11 hours: never idle for 12, but the 14-day limit still ends it.
    for _ in 0..40 {
        app.clock.advance(11 * HOUR);
        if m.client.get("/dashboard").await.status != StatusCode::OK {
            break;
        }
    }
    let res = m.client.get("/dashboard").await;
    assert!(res.location().unwrap().starts_with("/login"), "absolute expiry");

    let m2 = app.member("Uma").await;
    app.clock.advance(12 * HOUR + MINUTE);
    let res = m2.client.get("/dashboard").await;
    assert!(res.location().unwrap().starts_with("/login"), "idle expiry");
}

#[tokio::test]
async fn throttling_answers_429_and_a_forged_forwarded_for_does_not_reset_it() {
    let app = TestApp::spawn_with(|c| c.login_delay_ms = 300).await;
    let m = app.member("Zed").await;
    let c = app.client();
    let mut last = None;
    for i in 0..12 {
        let mut attempt = c.clone();
        attempt.headers.insert("x-forwarded-for", format!("10.0.0.{i}").parse().unwrap());
        last = Some(attempt.post("/login", &[("email", &m.email), ("password", "guess guess guess")]).await);
    }
    let last = last.unwrap();
    assert_eq!(last.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(last.header("retry-after").parse::<u64>().unwrap() > 0);
    // From a browser the account has not seen, the right password waits, then signs in: the
    // account is protected by a delay, never locked (a wrong one is still refused).
    let unknown = app.client_from("127.0.0.9:1".parse().unwrap());
    let wrong = unknown.post("/login", &[("email", &m.email), ("password", "guess guess guess")]).await;
    assert_eq!(wrong.status, StatusCode::TOO_MANY_REQUESTS);
    let began = std::time::Instant::now();
    let res = unknown.post("/login", &[("email", &m.email), ("password", PASSWORD)]).await;
    assert_eq!(res.location(), Some("/dashboard"));
    assert!(began.elapsed() >= std::time::Duration::from_millis(300), "it waited first");
}

#[tokio::test]
async fn per_address_throttling_spans_accounts_and_trusts_a_proxy_only_when_told() {
    let app = TestApp::spawn_with(|c| c.login_delay_ms = 50).await;
    let c = app.client_from("192.0.2.7:5000".parse().unwrap());
    let mut statuses = vec![];
    for i in 0..32 {
        let mut attempt = c.clone();
        attempt.headers.insert("x-forwarded-for", format!("198.51.100.{i}").parse().unwrap());
        statuses.push(
            attempt
                .post("/login", &[("email", &format!("u{i}@example.org")), ("password", "whatever it is")])
                .await
                .status,
        );
    }
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::TOO_MANY_REQUESTS).count(), 2, "{statuses:?}");

    let proxied = TestApp::spawn_with(|c| {
        c.trust_proxy = true;
        c.login_delay_ms = 50;
    })
    .await;
    let c = proxied.client_from("127.0.0.1:5000".parse().unwrap());
    for i in 0..32 {
        let mut attempt = c.clone();
        attempt.headers.insert("x-forwarded-for", format!("203.0.113.5, 198.51.100.{i}").parse().unwrap());
        let res =
            attempt.post("/login", &[("email", &format!("u{i}@example.org")), ("password", "whatever it is")]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "each real client address has its own window");
    }
}

#[tokio::test]
async fn profile_changes_are_validated_and_saved() {
    let app = TestApp::spawn().await;
    let m = app.member("Dev").await;
    let res = m.client.post("/settings/profile", &[("display_name", "  "), ("time_zone", "Mars/Base")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("value=\"Mars/Base\""), "input kept");
    let res = m.client.post("/settings/profile", &[("display_name", "Devi"), ("time_zone", "Europe/London")]).await;
    assert_eq!(res.location(), Some("/settings"));
    let page = m.client.get("/settings").await;
    assert!(page.body.contains("value=\"Devi\"") && page.body.contains("value=\"Europe/London\""));
}

#[tokio::test]
async fn a_zone_the_browser_names_by_its_old_name_is_kept_by_its_current_one() {
    let app = TestApp::spawn().await;
    let m = app.member("Dev").await;
    let res = m.client.post("/settings/profile", &[("display_name", "Dev"), ("time_zone", "Asia/Calcutta")]).await;
    assert_eq!(res.location(), Some("/settings"));
    let page = m.client.get("/settings").await;
    assert!(page.body.contains("value=\"Asia/Kolkata\"") && !page.body.contains("Calcutta"), "{}", page.body);
    assert_eq!(
        app.scalar(&format!("SELECT COUNT(*) FROM users WHERE id = '{}' AND time_zone = 'Asia/Kolkata'", m.id)).await,
        1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn someone_who_knows_an_email_cannot_lock_its_owner_out() {
    // Past a limit, unknown browsers wait two seconds; the checks below allow a wide margin.
    let app = TestApp::spawn_with(|c| c.login_delay_ms = 2000).await;
    let nadia = app.member("Nadia").await;
    // Nadia's own phone signed in before (it holds a device cookie), then signed out.
    let phone = nadia.client.clone();
    assert!(phone.cookie("dt_device").is_some(), "signing in leaves a device cookie");
    phone.post("/logout", &[]).await;
    // Her partner, on another browser behind the same home router, guesses sixteen times.
    let router: std::net::SocketAddr = "203.0.113.5:4000".parse().unwrap();
    let guesses = (0..16).map(|_| {
        let (partner, email) = (app.client_from(router), nadia.email.clone());
        tokio::spawn(async move { partner.post("/login", &[("email", &email), ("password", "is it this one")]).await })
    });
    let mut refused = 0;
    for g in guesses.collect::<Vec<_>>() {
        if g.await.unwrap().status == StatusCode::TOO_MANY_REQUESTS {
            refused += 1;
        }
    }
    assert_eq!(refused, 6, "past ten, the guesses are refused");
    // Nadia's phone, on the same address, signs in at once: no delay, no lockout.
    let quick = std::time::Duration::from_millis(1500);
    let res = tokio::time::timeout(quick, phone.post("/login", &[("email", &nadia.email), ("password", PASSWORD)]))
        .await
        .expect("a known browser never waits for others' failures");
    assert_eq!(res.location(), Some("/dashboard"), "{}", res.body);
    // Nadia's device cookie is worth nothing for another account: with Sam's account past
    // its limit, Sam's right password on that cookie still waits like any unknown browser.
    let sam = app.member("Sam").await;
    for i in 0..11 {
        let c = app.client_from(format!("198.51.100.{i}:1").parse().unwrap());
        c.post("/login", &[("email", &sam.email), ("password", "guessing sam")]).await;
    }
    let other = app.client_from("192.0.2.44:1".parse().unwrap());
    other.put_cookie("dt_device", &phone.cookie("dt_device").unwrap());
    let began = std::time::Instant::now();
    let res = other.post("/login", &[("email", &sam.email), ("password", PASSWORD)]).await;
    assert_eq!(res.location(), Some("/dashboard"), "the right password signs in, after the wait");
    assert!(
        began.elapsed() >= std::time::Duration::from_millis(2000),
        "treated as a browser Sam's account has not seen"
    );
    // A known browser that itself fails too often is counted like any other.
    phone.post("/logout", &[]).await;
    let own = (0..12).map(|_| {
        let (phone, email) = (phone.same_browser(), nadia.email.clone());
        tokio::spawn(
            async move { phone.post("/login", &[("email", &email), ("password", "wrong on my own phone")]).await },
        )
    });
    let statuses: Vec<StatusCode> = futures_statuses(own.collect()).await;
    assert!(statuses.contains(&StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
}

async fn futures_statuses(tasks: Vec<tokio::task::JoinHandle<crate::harness::Resp>>) -> Vec<StatusCode> {
    let mut out = vec![];
    for t in tasks {
        out.push(t.await.unwrap().status);
    }
    out
}
