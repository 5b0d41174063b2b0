//! Step 3's transparency: notes shared by choice, check-in requests within limits both
//! agreed, a pause either partner can set, and the proactive share.

use axum::http::StatusCode;
use diltalks::clock::DAY;

use crate::harness::{Member, TestApp};

const PAGE: &str = "/program/transparency";

async fn started(app: &TestApp) -> (Member, Member) {
    let (a, b) = app.couple("Asha", "Ravi").await;
    a.client.post("/program/start", &[("perspective", "hurt")]).await;
    b.client.post("/program/start", &[("perspective", "broke")]).await;
    (a, b)
}

#[tokio::test]
async fn notes_answer_open_requests_and_the_rest_count_as_proactive() {
    let app = TestApp::spawn().await;
    let (a, b) = started(&app).await;
    let res = b.client.post("/program/transparency/notes", &[("text", "Working late, home by nine.")]).await;
    assert_eq!(res.location(), Some(PAGE));
    assert_eq!(a.client.post("/program/transparency/requests", &[]).await.location(), Some(PAGE));
    let journey = b.client.get("/program").await.body;
    assert!(journey.contains("Asha asked for a check-in"), "{journey}");
    assert!(b.client.get(PAGE).await.body.contains("Asha asked for a check-in"));
    b.client
        .post(
            "/program/transparency/notes",
            &[("text", "At the gym with Sam."), ("from", "2026-11-02T17:00"), ("until", "2026-11-02T19:00")],
        )
        .await;
    assert!(!b.client.get("/program").await.body.contains("asked for a check-in"), "answered");
    let page = a.client.get(PAGE).await.body;
    assert!(page.contains("Working late, home by nine.") && page.contains("At the gym with Sam."));
    assert!(page.contains("Ravi: 1 of 2 notes sent without being asked (50% proactive)."), "{page}");
    assert!(page.contains("You: no notes in the last 30 days."));
    assert!(page.contains("for 2 Nov 2026, 17:00 to 2 Nov 2026, 19:00"), "{page}");
    assert!(page.contains("answered a request"));

    // Another couple sees none of it.
    let (c, _) = app.couple("Other", "OthersPartner").await;
    c.client.post("/program/start", &[("perspective", "both")]).await;
    let theirs = c.client.get(PAGE).await.body;
    assert!(!theirs.contains("Working late") && !theirs.contains("gym"));
}

#[tokio::test]
async fn requests_keep_to_the_agreed_limit_and_stop_while_paused() {
    let app = TestApp::spawn().await;
    let (a, b) = started(&app).await;
    assert_eq!(a.client.post("/program/transparency/requests", &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(a.client.post("/program/transparency/requests", &[]).await.status, StatusCode::SEE_OTHER);
    let third = a.client.post("/program/transparency/requests", &[]).await;
    assert_eq!(third.status, StatusCode::CONFLICT);
    assert!(third.body.contains("You&#39;ve asked 2 times in the last 24 hours"), "{}", third.body);
    assert!(a.client.get(PAGE).await.body.contains("You can ask again in about 24 hours"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM checkin_requests").await, 2);

    // A new limit takes effect only when the other accepts it.
    a.client.post("/program/transparency/limit", &[("limit", "3")]).await;
    assert_eq!(a.client.post("/program/transparency/requests", &[]).await.status, StatusCode::CONFLICT);
    assert_eq!(a.client.post("/program/transparency/limit/accept", &[]).await.status, StatusCode::NOT_FOUND);
    let bad = b.client.post("/program/transparency/limit", &[("limit", "50")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Choose a number from 1 to 10.") && bad.body.contains("value=\"50\""));
    assert!(b.client.get(PAGE).await.body.contains("Asha proposed a limit of 3 a day."));
    assert_eq!(b.client.post("/program/transparency/limit/accept", &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(a.client.post("/program/transparency/requests", &[]).await.status, StatusCode::SEE_OTHER);

    // Ravi pauses: Asha cannot ask, nor resume; Ravi can.
    app.clock.advance(DAY + 1);
    a.sign_in_again().await;
    b.sign_in_again().await;
    assert_eq!(b.client.post("/program/transparency/pause", &[]).await.status, StatusCode::SEE_OTHER);
    let paused = a.client.post("/program/transparency/requests", &[]).await;
    assert_eq!(paused.status, StatusCode::CONFLICT);
    assert!(paused.body.contains("Ravi has paused check-in requests"));
    assert_eq!(a.client.post("/program/transparency/pause", &[]).await.status, StatusCode::CONFLICT);
    assert!(!a.client.get(PAGE).await.body.contains("Ask Ravi for a check-in"));
    b.client.post("/program/transparency/pause", &[]).await;
    assert_eq!(a.client.post("/program/transparency/requests", &[]).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_note_with_a_broken_window_is_refused_and_kept() {
    let app = TestApp::spawn().await;
    let (_, b) = started(&app).await;
    let res = b
        .client
        .post(
            "/program/transparency/notes",
            &[("text", "Dinner with my brother."), ("from", "2026-11-02T21:00"), ("until", "2026-11-02T19:00")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("must come after its start") && res.body.contains("Dinner with my brother."));
    let half = b.client.post("/program/transparency/notes", &[("text", "x"), ("from", "2026-11-02T21:00")]).await;
    assert_eq!(half.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM transparency_notes").await, 0);
    // Solo members have nobody to share with.
    let solo = app.member("Solo").await;
    solo.client.post("/program/start", &[("perspective", "both")]).await;
    assert_eq!(solo.client.post("/program/transparency/notes", &[("text", "x")]).await.status, StatusCode::NOT_FOUND);
    assert!(solo.client.get(PAGE).await.body.contains("open once your partner joins"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_requests_cannot_pass_the_limit_together() {
    let app = TestApp::spawn().await;
    let (a, _) = started(&app).await;
    let mut tasks = vec![];
    for _ in 0..12 {
        let c = a.client.same_browser();
        tasks.push(tokio::spawn(async move { c.post("/program/transparency/requests", &[]).await.status }));
    }
    let mut ok = 0;
    for t in tasks {
        match t.await.unwrap() {
            StatusCode::SEE_OTHER => ok += 1,
            StatusCode::CONFLICT => {}
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(ok, 2);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM checkin_requests").await, 2);
}
