use axum::http::StatusCode;

use crate::harness::{PASSWORD, TestApp};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_simultaneous_sign_ups_with_one_email_make_one_account() {
    let app = TestApp::spawn().await;
    let mut tasks = vec![];
    for i in 0..20u8 {
        let c = app.client_from(format!("10.1.0.{i}:4000").parse().unwrap());
        tasks.push(tokio::spawn(async move {
            c.post("/register", &[("email", "same@example.org"), ("display_name", "Same"), ("password", PASSWORD)])
                .await
                .status
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), StatusCode::SEE_OTHER);
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_simultaneous_uses_of_one_invitation_let_exactly_one_person_join() {
    let app = TestApp::spawn().await;
    let inviter = app.member("Host").await;
    let link = inviter.invite_link().await;
    let mut guests = vec![];
    for i in 0..20 {
        guests.push(app.member(&format!("Guest{i}")).await);
    }
    let mut tasks = vec![];
    for g in guests {
        let link = link.clone();
        tasks.push(tokio::spawn(async move { g.client.post(&link, &[]).await.status }));
    }
    let mut joined = 0;
    for t in tasks {
        match t.await.unwrap() {
            StatusCode::SEE_OTHER => joined += 1,
            StatusCode::NOT_FOUND => {}
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(joined, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM memberships WHERE left_at IS NULL").await, 2);
}
