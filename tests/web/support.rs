//! Step 6: private nudges on the journey, the support page, and the individual track's
//! thought log.

use axum::http::StatusCode;
use diltalks::clock::DAY;
use diltalks::program::store::{Rating, rate_talk};

use crate::harness::TestApp;

const QUIET: &str = "Only one of you seems to be taking part";
const PUNISHING: &str = "Your talks have felt punishing";

#[tokio::test]
async fn a_quiet_partner_is_named_only_to_the_one_who_keeps_going() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    a.client.post("/program/start", &[("perspective", "hurt")]).await;
    b.client.post("/program/start", &[("perspective", "broke")]).await;
    app.clock.advance(10 * DAY);
    a.sign_in_again().await;
    b.sign_in_again().await;
    a.client.post("/program/time/checkins", &[("trust", "3"), ("safety", "5"), ("note", "")]).await;
    assert!(!a.client.get("/program").await.body.contains(QUIET), "ten days is not yet two weeks");
    app.clock.advance(5 * DAY);
    a.sign_in_again().await;
    b.sign_in_again().await;
    a.client.post("/program/time/checkins", &[("trust", "3"), ("safety", "5"), ("note", "")]).await;
    let journey = a.client.get("/program").await.body;
    assert!(journey.contains(QUIET) && journey.contains("Ravi hasn&#39;t done anything"), "{journey}");
    assert!(journey.contains("Only you see this note."));
    // Ravi, the quiet one, is not told anything about it; reading pages is not taking part.
    let theirs = b.client.get("/program").await.body;
    assert!(!theirs.contains(QUIET) && !theirs.contains("hasn&#39;t done anything"));
    assert!(!a.client.get("/program").await.body.contains("Asha hasn"));
    // Once Ravi does something, the note goes.
    b.client.post("/program/roots/needs", &[("text", "Patience"), ("visibility", "")]).await;
    assert!(!a.client.get("/program").await.body.contains(QUIET));
}

#[tokio::test]
async fn punishing_talks_and_their_trend_are_shown_to_the_rater_alone() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Lia", "Max").await;
    a.client.post("/program/start", &[("perspective", "hurt")]).await;
    b.client.post("/program/start", &[("perspective", "broke")]).await;
    let space: String = {
        use sqlx::Row;
        sqlx::query("SELECT space_id FROM memberships WHERE user_id = $1")
            .bind(&a.id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get(0)
    };
    let now = app.clock.now_ms();
    for (week, punished) in [(3, 4), (2, 5), (1, 4)] {
        let r = Rating { occurrence_at: now - week * 7 * DAY, heard: 2, safe: 2, punished };
        rate_talk(&app.state.db, &a.id, &space, &r, now).await.unwrap();
    }
    let journey = a.client.get("/program").await.body;
    assert!(journey.contains(PUNISHING), "{journey}");
    assert!(journey.contains("How your talks felt") && journey.contains("Latest: heard 2, safe 2, punished 4"));
    let theirs = b.client.get("/program").await.body;
    assert!(!theirs.contains(PUNISHING) && !theirs.contains("How your talks felt"), "{theirs}");
    // A better talk ends the run.
    let r = Rating { occurrence_at: now - DAY, heard: 4, safe: 4, punished: 1 };
    rate_talk(&app.state.db, &a.id, &space, &r, now).await.unwrap();
    assert!(!a.client.get("/program").await.body.contains(PUNISHING));
}

#[tokio::test]
async fn the_journey_lists_what_waits_across_the_steps() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Noor", "Sam").await;
    a.client.post("/program/start", &[("perspective", "broke")]).await;
    b.client.post("/program/start", &[("perspective", "hurt")]).await;
    a.client
        .post(
            "/program/actions/commitments",
            &[("text", "Text when I leave work"), ("kind", "daily"), ("time", "17:30")],
        )
        .await;
    b.client.post("/program/talks/schedule", &[("weekday", "6"), ("time", "19:00"), ("duration", "45")]).await;
    app.clock.advance(2 * DAY);
    a.sign_in_again().await;
    b.sign_in_again().await;
    let sams = b.client.get("/program").await.body;
    assert!(sams.contains("2 commitments of Noor&#39;s to confirm"), "{sams}");
    assert!(sams.contains("1 active between you. None of yours"), "{sams}");
    let noors = a.client.get("/program").await.body;
    assert!(noors.contains("Sam proposed a time for your talks"), "{noors}");
    assert!(!noors.contains("to confirm"), "nobody confirms their own");
    assert!(noors.contains("No talk time agreed yet."));
}

#[tokio::test]
async fn the_thought_log_is_private_keeps_input_and_deletes_only_ones_own() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Ira", "Dev").await;
    a.client.post("/program/start", &[("perspective", "hurt")]).await;
    b.client.post("/program/start", &[("perspective", "broke")]).await;
    let missing =
        a.client.post("/program/anxiety/thoughts", &[("situation", "He was late again."), ("thought", " ")]).await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body.contains("Write down the worrying thought") && missing.body.contains("He was late again."));
    let res = a
        .client
        .post(
            "/program/anxiety/thoughts",
            &[
                ("situation", "He was late again."),
                ("thought", "He is lying to me."),
                ("evidence", "He texted at six that the train was stuck."),
                ("reframe", "Trains get stuck."),
            ],
        )
        .await;
    assert_eq!(res.location(), Some("/program/anxiety#log-h"));
    let mine = a.client.get("/program/anxiety").await.body;
    assert!(mine.contains("He is lying to me.") && mine.contains("Trains get stuck."));
    assert!(!b.client.get("/program/anxiety").await.body.contains("He is lying to me."));
    let id: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM thought_logs").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    let path = format!("/program/anxiety/thoughts/{id}/delete");
    assert_eq!(b.client.post(&path, &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM thought_logs").await, 1);
    assert_eq!(a.client.post(&path, &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM thought_logs").await, 0);
    let support = a.client.get("/program/support").await;
    assert!(support.body.contains("What a relationship counsellor does") && support.body.contains("/help/crisis"));
}

#[tokio::test]
async fn every_step_links_to_professional_support() {
    let app = TestApp::spawn().await;
    let (a, _) = app.couple("Mira", "Jon").await;
    a.client.post("/program/start", &[("perspective", "both")]).await;
    for page in [
        "/program",
        "/program/acknowledge",
        "/program/time",
        "/program/questionnaires/trust-monthly",
        "/program/actions",
        "/program/transparency",
        "/program/talks",
        "/program/roots",
        "/program/anxiety",
    ] {
        let body = a.client.get(page).await.body;
        assert!(body.contains("href=\"/program/support\""), "{page} links to professional support");
    }
}
