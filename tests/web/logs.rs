//! No secrets or content in the logs: a member's journey runs with the production log filter
//! (and the app's own debug lines on), written as JSON to a buffer; no password, private
//! text, email address, single-use token or sign-in code appears in it.

use axum::http::StatusCode;
use diltalks::accounts::totp;

use crate::harness::{PASSWORD, TestApp, log_capture};

#[tokio::test]
async fn the_log_output_holds_no_secret_and_no_private_text() {
    // The process-wide subscriber records from here on. Other tests, running at the same time,
    // log into it too; only this test's own canaries are looked for.
    let capture = log_capture();
    capture.record(true);
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Canarya", "Canaryb").await;
    a.write("JOURNAL-CANARY what I never say aloud", "private").await;
    a.client.post("/program/start", &[("perspective", "broke")]).await;
    a.client.post("/program/time/checkins", &[("trust", "3"), ("safety", "5"), ("note", "CHECKIN-CANARY note")]).await;
    // A failed sign-in with a wrong password, and a reset with its token in the path.
    let wrong = app.client().post("/login", &[("email", &a.email), ("password", "WRONG-PASSWORD-CANARY")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    app.client().post("/forgot", &[("email", &b.email)]).await;
    app.settle().await; // the mail is queued after the answer, by a tracked task
    let reset = app.last_mail_to(&b.email).await.link("/reset/");
    app.client().get(&reset).await;
    app.client().post(&reset, &[("password", "NEW-PASSWORD-CANARY long enough")]).await;
    // Two-step sign-in: the secret and a code pass through forms.
    let page = a.client.get("/settings/two-factor").await.body;
    let start = page.find("name=\"secret\" value=\"").unwrap() + 21;
    let secret_b32 = page[start..].split('"').next().unwrap().to_string();
    let secret = totp::from_base32(&secret_b32).unwrap();
    let code = totp::code_for(&secret, totp::step_at(app.clock.now_ms()));
    a.client.post("/settings/two-factor/enable", &[("secret", &secret_b32), ("code", &code)]).await;
    // Something not found, with a token-like path.
    app.client().get("/verify/TOKEN-CANARY-in-a-path").await;
    app.mail().await;

    capture.record(false);
    let logs = capture.text();
    assert!(
        logs.contains("/reset/{token}") && logs.contains("/login"),
        "the requests were logged, by route pattern:\n{logs}"
    );
    let reset_token = reset.trim_start_matches("/reset/");
    for secret in [
        PASSWORD,
        "WRONG-PASSWORD-CANARY",
        "NEW-PASSWORD-CANARY",
        "JOURNAL-CANARY",
        "CHECKIN-CANARY",
        "TOKEN-CANARY",
        reset_token,
        &secret_b32,
        &a.email,
        &b.email,
    ] {
        assert!(!logs.contains(secret), "{secret:?} reached the logs");
    }
}
