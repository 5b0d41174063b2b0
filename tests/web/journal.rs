use axum::http::StatusCode;

use crate::harness::TestApp;

#[tokio::test]
async fn entries_are_private_by_default_and_shared_only_by_choice() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    let private = a.write("I keep this one to myself", "").await;
    let shared = a.write("This one is for both of us", "shared").await;
    let list = b.client.get("/journal").await;
    assert!(list.body.contains("This one is for both of us"));
    assert!(!list.body.contains("I keep this one to myself"));
    assert_eq!(b.client.get(&format!("/journal/{private}")).await.status, StatusCode::NOT_FOUND);
    let page = b.client.get(&format!("/journal/{shared}")).await;
    assert!(page.body.contains("Shared with you by Asha"));
    assert!(!page.body.contains("/edit"), "the partner cannot edit");
    let mine = a.client.get("/journal").await;
    assert!(mine.body.contains("I keep this one to myself") && mine.body.contains("This one is for both of us"));
}

#[tokio::test]
async fn a_solo_member_cannot_share_and_keeps_their_text() {
    let app = TestApp::spawn().await;
    let m = app.member("Solo").await;
    let res = m.client.post("/journal", &[("text", "Thinking aloud"), ("visibility", "shared")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Thinking aloud"), "text kept");
    assert!(res.body.contains("no partner in your space"));
    let res = m.client.post("/journal", &[("text", "   "), ("visibility", "private")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Write something before saving"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM journal_entries").await, 0);
}

#[tokio::test]
async fn authors_edit_unshare_and_delete_their_own_entries() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Ana", "Ben").await;
    let id = a.write("First draft", "shared").await;
    let res = a.client.post(&format!("/journal/{id}"), &[("text", "Second draft"), ("visibility", "private")]).await;
    assert_eq!(res.location(), Some(format!("/journal/{id}").as_str()));
    let page = a.client.get(&format!("/journal/{id}")).await;
    assert!(page.body.contains("Second draft") && page.body.contains("Private"));
    assert_eq!(b.client.get(&format!("/journal/{id}")).await.status, StatusCode::NOT_FOUND, "unshared");

    assert_eq!(b.client.post(&format!("/journal/{id}/delete"), &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(a.client.post(&format!("/journal/{id}/delete"), &[]).await.location(), Some("/journal"));
    assert_eq!(a.client.get(&format!("/journal/{id}")).await.status, StatusCode::NOT_FOUND);
}
