//! Account security: two-step sign-in, asking for the password again before sensitive
//! actions, changing the email, disabling an account, and actions that notify nobody.

use axum::http::StatusCode;
use diltalks::accounts::totp;
use diltalks::clock::MINUTE;

use crate::harness::{Client, Member, PASSWORD, TestApp};

fn hidden(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = body.find(&marker).unwrap_or_else(|| panic!("no {name} field in:\n{body}")) + marker.len();
    body[start..].split('"').next().unwrap().to_string()
}

fn code_now(app: &TestApp, secret: &[u8]) -> String {
    totp::code_for(secret, totp::step_at(app.clock.now_ms()))
}

/// Turns two-step sign-in on for a freshly signed-in member; returns the secret and the
/// recovery codes shown.
async fn turn_on(app: &TestApp, m: &Member) -> (Vec<u8>, Vec<String>) {
    let page = m.client.get("/settings/two-factor").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("<svg"), "a QR code to scan");
    let b32 = hidden(&page.body, "secret");
    let secret = totp::from_base32(&b32).unwrap();
    let res =
        m.client.post("/settings/two-factor/enable", &[("secret", &b32), ("code", &code_now(app, &secret))]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let codes: Vec<String> =
        res.body.split("<code>").skip(1).map(|s| s.split('<').next().unwrap().to_string()).collect();
    assert_eq!(codes.len(), 10, "{}", res.body);
    // The page says what just happened and offers the codes to keep (issue 22).
    assert!(res.body.contains("Two-step sign-in is now on."), "{}", res.body);
    assert!(!res.body.contains("older ones no longer work"), "nothing older existed");
    assert!(res.body.contains("download=\"recovery-codes.txt\"") && res.body.contains(&codes[0]));
    assert!(res.body.contains("data-copy=\"recovery-codes\""));
    (secret, codes)
}

async fn password_step(app: &TestApp, email: &str) -> Client {
    let c = app.client();
    let res = c.post("/login", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(res.location(), Some("/login/code"), "{}", res.body);
    c
}

#[tokio::test]
async fn two_step_sign_in_asks_for_a_code_and_each_code_works_once() {
    let app = TestApp::spawn().await;
    let m = app.member("Asha").await;

    // A wrong code keeps the same key so the account already added to the app still works.
    let page = m.client.get("/settings/two-factor").await;
    let b32 = hidden(&page.body, "secret");
    let res = m.client.post("/settings/two-factor/enable", &[("secret", &b32), ("code", "000000")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains(&b32) && res.body.contains("doesn"), "{}", res.body);
    let (secret, codes) = turn_on(&app, &m).await;
    assert!(m.client.get("/settings").await.body.contains("On: signing in needs"));
    assert!(app.last_mail_to(&m.email).await.body.contains("Two-step sign-in was turned on"), "the owner is told");

    // The password alone signs in nobody.
    let c = password_step(&app, &m.email).await;
    assert!(c.get("/dashboard").await.location().unwrap().starts_with("/login"));
    // The code that turned it on was used already.
    let res = c.post("/login/code", &[("code", &code_now(&app, &secret))]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "a used code is refused");
    assert!(res.body.contains("each works once"));
    app.clock.advance(30_000);
    let code = code_now(&app, &secret);
    let res = c.post("/login/code", &[("code", &code)]).await;
    assert_eq!(res.location(), Some("/dashboard"), "{}", res.body);
    assert_eq!(c.get("/dashboard").await.status, StatusCode::OK);
    // The same code again, from another browser within its 30 seconds: refused.
    let other = password_step(&app, &m.email).await;
    assert_eq!(other.post("/login/code", &[("code", &code)]).await.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A recovery code works once, typed in any case.
    let res = other.post("/login/code", &[("code", &codes[3].to_uppercase())]).await;
    assert_eq!(res.location(), Some("/dashboard"), "{}", res.body);
    let third = password_step(&app, &m.email).await;
    let reused = third.post("/login/code", &[("code", &codes[3])]).await;
    assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reused.body.contains("That recovery code has been used already"), "{}", reused.body);
    assert!(!reused.body.contains("30 seconds"), "not the message about the app's codes");

    // The wait for a code ends after ten minutes.
    app.clock.advance(11 * MINUTE);
    let res = third.post("/login/code", &[("code", &codes[4])]).await;
    assert_eq!(res.location(), Some("/login"));
    assert!(third.get("/login/code").await.location() == Some("/login"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_simultaneous_submissions_of_one_code_sign_in_exactly_once() {
    let app = TestApp::spawn().await;
    let m = app.member("Bina").await;
    let (secret, _) = turn_on(&app, &m).await;
    app.clock.advance(30_000);
    let code = code_now(&app, &secret);
    // Two browsers that both passed the password step, ten submissions each, all at once.
    let browsers = [password_step(&app, &m.email).await, password_step(&app, &m.email).await];
    let mut tasks = vec![];
    for i in 0..20 {
        let c = browsers[i % 2].clone();
        let code = code.clone();
        tasks.push(tokio::spawn(async move { c.post("/login/code", &[("code", &code)]).await }));
    }
    let mut signed_in = 0;
    for t in tasks {
        let res = t.await.unwrap();
        if res.location() == Some("/dashboard") {
            signed_in += 1;
        } else {
            assert!(
                [StatusCode::UNPROCESSABLE_ENTITY, StatusCode::TOO_MANY_REQUESTS, StatusCode::SEE_OTHER]
                    .contains(&res.status),
                "{} {}",
                res.status,
                res.body
            );
        }
    }
    assert_eq!(signed_in, 1, "one code, one sign-in");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM sessions WHERE user_id = '{}'", m.id)).await, 2);
}

#[tokio::test]
async fn a_password_reset_never_bypasses_the_second_factor() {
    let app = TestApp::spawn().await;
    let m = app.member("Chitra").await;
    let (secret, _) = turn_on(&app, &m).await;
    let c = app.client();
    c.post("/forgot", &[("email", &m.email)]).await;
    app.settle().await; // the mail is queued after the answer, by a tracked task
    let link = app.last_mail_to(&m.email).await.link("/reset/");
    let res = c.post(&link, &[("password", "a brand new long passphrase")]).await;
    assert_eq!(res.location(), Some("/login"), "{}", res.body);
    let res = c.post("/login", &[("email", &m.email), ("password", "a brand new long passphrase")]).await;
    assert_eq!(res.location(), Some("/login/code"), "the new password still needs the code");
    assert!(c.get("/dashboard").await.location().unwrap().starts_with("/login"));
    app.clock.advance(30_000);
    let res = c.post("/login/code", &[("code", &code_now(&app, &secret))]).await;
    assert_eq!(res.location(), Some("/dashboard"));
}

#[tokio::test]
async fn sensitive_pages_ask_for_the_password_and_code_again_after_ten_minutes() {
    let app = TestApp::spawn().await;
    let m = app.member("Divya").await;
    let (secret, _) = turn_on(&app, &m).await;
    app.clock.advance(10 * MINUTE + 1000);
    let res = m.client.get("/settings/two-factor").await;
    assert_eq!(res.location(), Some("/reauth?next=%2Fsettings%2Ftwo-factor"));
    let res = m.client.post("/settings/two-factor/disable", &[]).await;
    assert_eq!(res.location(), Some("/reauth?next=%2Fsettings%2Ftwo-factor"), "a POST is sent to confirm first too");

    let form = m.client.get("/reauth?next=%2Fsettings%2Ftwo-factor").await;
    assert!(form.body.contains("name=\"code\""), "with two-step on, the code is asked too");
    let res = m.client.post("/reauth", &[("password", "wrong one"), ("next", "/settings/two-factor")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let res =
        m.client.post("/reauth", &[("password", PASSWORD), ("code", "123"), ("next", "/settings/two-factor")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "the password alone is not enough");
    let res = m
        .client
        .post(
            "/reauth",
            &[("password", PASSWORD), ("code", &code_now(&app, &secret)), ("next", "/settings/two-factor")],
        )
        .await;
    assert_eq!(res.location(), Some("/settings/two-factor"));
    // Somewhere else is never a place to be sent back to.
    app.clock.advance(11 * MINUTE);
    app.clock.advance(30_000);
    let res = m
        .client
        .post(
            "/reauth",
            &[("password", PASSWORD), ("code", &code_now(&app, &secret)), ("next", "https://evil.example/")],
        )
        .await;
    assert_eq!(res.location(), Some("/settings"));
    // Turning it off asks to be sure; unticked, it stays on and says so.
    let res = m.client.post("/settings/two-factor/disable", &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("It is still on."), "{}", res.body);
    assert!(m.client.get("/settings").await.body.contains("On: signing in needs"));
    let res = m.client.post("/settings/two-factor/disable", &[("confirm", "yes")]).await;
    assert_eq!(res.location(), Some("/settings"));
    let notice = app.last_mail_to(&m.email).await;
    assert!(notice.body.contains("(Asia/Kolkata time)"), "in the member's own zone: {}", notice.body);
    assert_eq!(notice.subject, "A change to your DilTalks account");
    assert!(notice.body.contains("Two-step sign-in was turned off") && notice.body.contains("change your password"));
    let res = m.client.post("/login", &[("email", &m.email), ("password", PASSWORD)]).await;
    assert_eq!(res.location(), Some("/dashboard"), "off again: the password signs in");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM recovery_codes WHERE user_id = '{}'", m.id)).await, 0);
}

#[tokio::test]
async fn disabling_an_account_ends_its_sessions_at_once() {
    let app = TestApp::spawn().await;
    let m = app.member("Esha").await;
    let second = app.client();
    second.post("/login", &[("email", &m.email), ("password", PASSWORD)]).await;
    assert_eq!(second.get("/dashboard").await.status, StatusCode::OK);
    let said = diltalks::admin::disable_account(&app.state, &m.email).await.unwrap();
    assert!(said.contains("2 session(s) ended"), "{said}");
    for c in [&m.client, &second] {
        assert!(c.get("/dashboard").await.location().unwrap().starts_with("/login"));
    }
    let res = m.client.post("/login", &[("email", &m.email), ("password", PASSWORD)]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "a disabled account cannot sign in");
}

#[tokio::test]
async fn leaving_a_space_and_opening_session_notes_need_a_recent_sign_in() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let counsellor = app.listed_counsellor("Meera Rao", &admin.id).await;
    let (a, b) = app.couple("Farah", "Gopal").await;
    crate::sharing::booking_with(&app, &counsellor, &a, 3).await;
    let notes = format!("/practice/clients/{}", a.id);
    assert_eq!(counsellor.client.get(&notes).await.status, StatusCode::OK, "just signed in");
    app.clock.advance(10 * MINUTE + 1000);

    let res = counsellor.client.get(&notes).await;
    assert_eq!(res.location(), Some(format!("/reauth?next=%2Fpractice%2Fclients%2F{}", a.id).as_str()));
    let res = counsellor.client.post("/reauth", &[("password", PASSWORD), ("next", &notes)]).await;
    assert_eq!(res.location(), Some(notes.as_str()));
    assert_eq!(counsellor.client.get(&notes).await.status, StatusCode::OK);
    // Someone who is not their client is still simply not found, fresh or not.
    assert_eq!(counsellor.client.get(&format!("/practice/clients/{}", b.id)).await.status, StatusCode::NOT_FOUND);

    for path in ["/space/leave"] {
        assert_eq!(a.client.get(path).await.location(), Some("/reauth?next=%2Fspace%2Fleave"));
        assert_eq!(a.client.post(path, &[]).await.location(), Some("/reauth?next=%2Fspace%2Fleave"));
    }
    assert!(b.client.get("/space").await.body.contains("Farah"), "nobody left");
    a.client.post("/reauth", &[("password", PASSWORD), ("next", "/space/leave")]).await;
    assert_eq!(a.client.post("/space/leave", &[]).await.location(), Some("/space"));
}

#[tokio::test]
async fn changing_the_email_needs_a_recent_sign_in_and_the_new_inbox() {
    let app = TestApp::spawn().await;
    let m = app.member("Hema").await;
    let other = app.member("Ila").await;
    let res = m.client.post("/settings/email", &[("email", "not an address")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("not an address"), "the typed text is kept");
    // An address with an account: the same answer, and only that inbox hears of it.
    let res = m.client.post("/settings/email", &[("email", &other.email)]).await;
    assert_eq!(res.location(), Some("/settings"));
    assert!(app.last_mail_to(&other.email).await.body.contains("nothing changed"));
    let res = m.client.post("/settings/email", &[("email", "hema.new@example.org")]).await;
    assert_eq!(res.location(), Some("/settings"));
    let mail = app.last_mail_to("hema.new@example.org").await;
    assert_eq!(mail.subject, "A change to your DilTalks account");
    let link = mail.link("/settings/email/confirm/");
    // Opening the link changes nothing; the button does, once.
    assert_eq!(app.client().get(&link).await.status, StatusCode::OK);
    assert!(m.client.get("/settings").await.body.contains(&m.email));
    assert_eq!(app.client().post(&link, &[]).await.location(), Some("/settings"));
    assert_eq!(app.client().post(&link, &[]).await.status, StatusCode::NOT_FOUND);
    assert!(m.client.get("/settings").await.body.contains("hema.new@example.org"));
    assert!(app.last_mail_to(&m.email).await.body.contains("was changed"), "the old address is told");
    let res = app.client().post("/login", &[("email", "hema.new@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(res.location(), Some("/dashboard"));

    app.clock.advance(10 * MINUTE + 1000);
    assert_eq!(m.client.get("/settings/email").await.location(), Some("/reauth?next=%2Fsettings%2Femail"));
    assert_eq!(
        m.client.post("/settings/email", &[("email", "x@example.org")]).await.location(),
        Some("/reauth?next=%2Fsettings%2Femail")
    );
}

#[tokio::test]
async fn leaving_a_space_or_revoking_a_share_notifies_nobody() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let counsellor = app.listed_counsellor("Meera Rao", &admin.id).await;
    let (a, b) = app.couple("Jaya", "Kiran").await;
    crate::sharing::booking_with(&app, &counsellor, &a, 3).await;
    let share = format!("/sharing/{}", counsellor.id);
    assert_eq!(a.client.post(&share, &[("share", "checkins")]).await.location(), Some("/sharing"));
    let before = app.mail().await.len();
    assert_eq!(a.client.post(&share, &[]).await.location(), Some("/sharing"), "every tick removed");
    assert_eq!(a.client.post("/space/leave", &[]).await.location(), Some("/space"));
    assert_eq!(app.mail().await.len(), before, "no mail to the partner or the counsellor");
    let after = b.client.get("/dashboard").await.body;
    assert!(!after.contains("Jaya left") && !after.contains("stopped sharing"), "no notice on the partner's pages");
}

#[tokio::test]
async fn the_csrf_token_changes_when_someone_signs_in_and_the_old_one_is_refused() {
    let app = TestApp::spawn().await;
    let m = app.member("Rotating").await;
    let browser = app.client();
    browser.get("/login").await;
    let before = browser.cookie("dt_csrf").expect("a token before sign-in");
    let res = browser.post("/login", &[("email", &m.email), ("password", PASSWORD)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let after = browser.cookie("dt_csrf").expect("a token after sign-in");
    assert_ne!(before, after, "signing in rotates the token");
    // A form carrying the token from before sign-in is refused; the new one works.
    let stale =
        browser.post_raw("/journal", &[("text", "With the old token"), ("visibility", ""), ("csrf", &before)]).await;
    assert_eq!(stale.status, StatusCode::FORBIDDEN);
    let fresh = browser.post("/journal", &[("text", "With the new token"), ("visibility", "")]).await;
    assert_eq!(fresh.status, StatusCode::SEE_OTHER);
    // Signing out rotates it again.
    browser.post("/logout", &[]).await;
    assert_ne!(browser.cookie("dt_csrf").unwrap(), after);
}

/// Issue 22: only wrong codes count toward the code throttle. Someone signing in correctly
/// many times (several devices, a shared family computer they sign out of) is never locked out.
#[tokio::test]
async fn right_codes_never_count_toward_the_code_limit() {
    let app = TestApp::spawn().await;
    let m = app.member("Esha").await;
    let (secret, _) = turn_on(&app, &m).await;
    for _ in 0..12 {
        app.clock.advance(30_000);
        let c = password_step(&app, &m.email).await;
        let res = c.post("/login/code", &[("code", &code_now(&app, &secret))]).await;
        assert_eq!(res.location(), Some("/dashboard"), "{}", res.body);
    }
    // Wrong ones still do.
    let c = password_step(&app, &m.email).await;
    let statuses = wrong_codes(&c, 12).await;
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::UNPROCESSABLE_ENTITY).count(), 10, "{statuses:?}");
    assert_eq!(*statuses.last().unwrap(), StatusCode::TOO_MANY_REQUESTS);
}

async fn wrong_codes(c: &Client, n: usize) -> Vec<StatusCode> {
    let mut out = vec![];
    for _ in 0..n {
        out.push(c.post("/login/code", &[("code", "000000")]).await.status);
    }
    out
}
