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

/// The old, unkeyed tag: SHA-256 over the length-prefixed fields, as anyone can compute.
fn sha_tag(seq: i64, at: i64, actor: &str, action: &str, subject: &str, prev: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for part in [seq.to_string().as_str(), &at.to_string(), actor, action, subject, prev] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// Recomputes every entry's tag and the head with SHA-256, as someone with write access to the
/// database but not the master key could; `keyed` sets the head's flag.
async fn rechain_without_the_key(app: &TestApp, keyed: i64) {
    use sqlx::Row;
    let rows = sqlx::query("SELECT seq, at, actor_id, action, subject FROM audit_log ORDER BY seq")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    let mut prev = "0".repeat(64);
    for r in rows {
        let seq: i64 = r.get(0);
        let tag = sha_tag(seq, r.get(1), &r.get::<String, _>(2), &r.get::<String, _>(3), &r.get::<String, _>(4), &prev);
        sqlx::query("UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE seq = $3")
            .bind(&prev)
            .bind(&tag)
            .bind(seq)
            .execute(&app.state.db.pool)
            .await
            .unwrap();
        prev = tag;
    }
    sqlx::query("UPDATE audit_head SET hash = $1, keyed = $2 WHERE id = 'head'")
        .bind(&prev)
        .bind(keyed)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
}

#[tokio::test]
async fn rewriting_history_and_recomputing_the_chain_without_the_key_is_detected() {
    let app = TestApp::spawn().await;
    for i in 0..5 {
        append(&app.state.db, "actor", "test", &format!("s{i}"), i).await.unwrap();
    }
    assert_eq!(verify(&app.state.db).await.unwrap(), Ok(5));
    sqlx::query("UPDATE audit_log SET subject = 'rewritten' WHERE seq = 3").execute(&app.state.db.pool).await.unwrap();
    rechain_without_the_key(&app, 1).await;
    assert_eq!(verify(&app.state.db).await.unwrap(), Err("entry 1 was changed".into()));
    // Nor does marking the chain as not yet keyed get it blessed: only a first start does that,
    // and a first start re-keys only an intact old chain.
    rechain_without_the_key(&app, 0).await;
    assert!(verify(&app.state.db).await.unwrap().is_err());
}

#[tokio::test]
async fn a_chain_from_before_keying_is_checked_and_re_keyed_once() {
    let app = TestApp::spawn().await;
    for i in 0..4 {
        append(&app.state.db, "actor", "test", &format!("s{i}"), i).await.unwrap();
    }
    // As a database from the version before looked: SHA-256 tags, not keyed.
    rechain_without_the_key(&app, 0).await;
    assert!(verify(&app.state.db).await.unwrap().is_err(), "an unkeyed chain does not verify");
    diltalks::audit::key_the_chain(&app.state.db).await.unwrap();
    assert_eq!(verify(&app.state.db).await.unwrap(), Ok(4));
    append(&app.state.db, "actor", "after", "s", 9).await.unwrap();
    assert_eq!(verify(&app.state.db).await.unwrap(), Ok(5));

    // An old chain someone broke is not blessed with the key.
    let other = TestApp::spawn().await;
    for i in 0..3 {
        append(&other.state.db, "actor", "test", &format!("s{i}"), i).await.unwrap();
    }
    rechain_without_the_key(&other, 0).await;
    sqlx::query("UPDATE audit_log SET actor_id = 'someone' WHERE seq = 2").execute(&other.state.db.pool).await.unwrap();
    diltalks::audit::key_the_chain(&other.state.db).await.unwrap();
    assert!(verify(&other.state.db).await.unwrap().is_err());
}

#[tokio::test]
async fn deleting_an_account_is_recorded_in_the_chain_in_its_own_transaction() {
    let app = TestApp::spawn().await;
    let m = app.member("Leaving").await;
    m.client.post("/settings/delete", &[("confirm", "delete my account")]).await;
    let recorded = app
        .scalar(&format!("SELECT COUNT(*) FROM audit_log WHERE action = 'account-deleted' AND subject = '{}'", m.id))
        .await;
    assert_eq!(recorded, 1);
    assert!(verify(&app.state.db).await.unwrap().is_ok());
}
