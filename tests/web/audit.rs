//! The hash-chained audit log: real actions append to it; editing, removing or cutting
//! entries is detected; simultaneous appends keep the chain whole; no content goes in.

use diltalks::audit::{append, verify};

use crate::harness::TestApp;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_chain_records_actions_and_detects_any_change() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await; // a sign-in
    let c = app.counsellor("Meera").await; // another
    assert_eq!(verify(&app.state.db).await.unwrap(), Ok(2));
    let mut tasks = vec![];
    for i in 0..20 {
        let db = app.state.db.clone();
        tasks.push(tokio::spawn(async move { append(&db, "actor", "test", &format!("s{i}"), i).await.unwrap() }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    assert_eq!(verify(&app.state.db).await.unwrap(), Ok(22), "simultaneous appends keep one chain");
    let actions = {
        use sqlx::Row;
        sqlx::query("SELECT action FROM audit_log WHERE seq <= 2 ORDER BY seq")
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.get::<String, _>(0))
            .collect::<Vec<_>>()
    };
    assert_eq!(actions, ["sign-in", "sign-in"]);
    let _ = (admin, c);

    sqlx::query("UPDATE audit_log SET actor_id = 'someone' WHERE seq = 5").execute(&app.state.db.pool).await.unwrap();
    assert_eq!(verify(&app.state.db).await.unwrap(), Err("entry 5 was changed".into()));
    sqlx::query("DELETE FROM audit_log WHERE seq >= 5").execute(&app.state.db.pool).await.unwrap();
    assert_eq!(verify(&app.state.db).await.unwrap(), Err("entries after 4 are missing".into()));
    sqlx::query("DELETE FROM audit_log WHERE seq = 2").execute(&app.state.db.pool).await.unwrap();
    assert_eq!(verify(&app.state.db).await.unwrap(), Err("entry 2 is missing".into()));
}
