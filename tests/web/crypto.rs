use axum::http::StatusCode;
use diltalks::app::AppState;
use diltalks::clock::Clock;
use sqlx::Row;

use crate::harness::TestApp;

const CANARY: &str = "Canary: the blue heron flies at midnight over Kovalam";

/// Every row of every table, as PostgreSQL renders it in text (bytea as hex).
async fn dump_postgres(app: &TestApp) -> String {
    let tables: Vec<String> =
        sqlx::query("SELECT CAST(table_name AS TEXT) FROM information_schema.tables WHERE table_schema = 'public'")
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.get::<String, _>(0))
            .collect();
    let mut out = String::new();
    for t in tables {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT CAST(t AS TEXT) FROM \"{t}\" t")))
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
        for r in rows {
            out.push_str(&r.get::<String, _>(0));
            out.push('\n');
        }
    }
    out
}

#[tokio::test]
async fn a_canary_saved_through_the_web_never_reaches_the_database_in_clear() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    let id = a.write(CANARY, "shared").await;
    a.write(&format!("{CANARY} (private copy)"), "private").await;
    a.client.post("/program/start", &[("perspective", "broke")]).await;
    let res = a
        .client
        .post(
            "/program/acknowledge/statements/ownership",
            &[("text", &format!("{CANARY} (statement)")), ("visibility", "shared")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    a.client.post("/program/acknowledge/account", &[("text", &format!("{CANARY} (account)"))]).await;
    a.client
        .post("/program/time/checkins", &[("trust", "5"), ("safety", "5"), ("note", &format!("{CANARY} (check-in)"))])
        .await;
    assert!(a.client.get("/program/time").await.body.contains(&format!("{CANARY} (check-in)")));
    b.client.post("/program/start", &[("perspective", "hurt")]).await;
    a.client
        .post(
            "/program/roots/reflections",
            &[("prompt", "open"), ("text", &format!("{CANARY} (reflection)")), ("visibility", "shared")],
        )
        .await;
    a.client.post("/program/roots/needs", &[("text", &format!("{CANARY} (need)")), ("visibility", "shared")]).await;
    let roots = b.client.get("/program/roots").await.body;
    assert!(roots.contains(&format!("{CANARY} (reflection)")) && roots.contains(&format!("{CANARY} (need)")));
    let res = b.client.post("/program/talks/questions", &[("text", &format!("{CANARY} (question)"))]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(b.client.get("/program/talks").await.body.contains(&format!("{CANARY} (question)")));
    let res = a
        .client
        .post(
            "/program/actions/commitments",
            &[("text", &format!("{CANARY} (commitment)")), ("kind", "daily"), ("time", "08:00")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(b.client.get("/program/actions").await.body.contains(&format!("{CANARY} (commitment)")));
    a.client.post("/program/transparency/notes", &[("text", &format!("{CANARY} (transparency)"))]).await;
    assert!(b.client.get("/program/transparency").await.body.contains(&format!("{CANARY} (transparency)")));
    a.client.post("/program/anxiety/thoughts", &[("thought", &format!("{CANARY} (thought log)"))]).await;
    assert!(a.client.get("/program/anxiety").await.body.contains(&format!("{CANARY} (thought log)")));
    let step1 = b.client.get("/program/acknowledge").await.body;
    assert!(step1.contains(&format!("{CANARY} (statement)")) && step1.contains(&format!("{CANARY} (account)")));
    // It reads back through the app, for the author and the partner it was shared with.
    assert!(b.client.get(&format!("/journal/{id}")).await.body.contains(CANARY));

    let hex_canary = hex_of(CANARY);
    if app.is_postgres() {
        let dump = dump_postgres(&app).await;
        assert!(dump.contains("journal_entries") || !dump.is_empty());
        assert!(!dump.contains(CANARY) && !dump.contains(&hex_canary), "canary found in the PostgreSQL tables");
        assert!(!dump.contains("blue heron"));
    } else {
        let dir = app.state.config.data_dir.clone();
        let mut files = 0;
        for name in ["diltalks.db", "diltalks.db-wal"] {
            if let Ok(bytes) = std::fs::read(dir.join(name)) {
                files += 1;
                assert!(!contains(&bytes, CANARY.as_bytes()), "canary found in {name}");
                assert!(!contains(&bytes, b"blue heron"), "part of the canary found in {name}");
            }
        }
        assert!(files >= 1, "the database files were read");
        // Control: the same scan finds what is stored in clear.
        let all = [
            std::fs::read(dir.join("diltalks.db")).unwrap_or_default(),
            std::fs::read(dir.join("diltalks.db-wal")).unwrap_or_default(),
        ]
        .concat();
        assert!(contains(&all, a.email.as_bytes()), "the scan would see clear text");
    }
}

fn hex_of(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test]
async fn ciphertext_copied_into_another_row_does_not_open() {
    let app = TestApp::spawn().await;
    let m = app.member("Mira").await;
    let first = m.write("The first entry's words", "").await;
    let second = m.write("The second entry's words", "").await;
    sqlx::query("UPDATE journal_entries SET body = (SELECT body FROM journal_entries WHERE id = $1) WHERE id = $2")
        .bind(&first)
        .bind(&second)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let err = diltalks::journal::store::get(&app.state.db, &app.state.crypto, &second, &m.id).await;
    assert!(err.is_err(), "moved ciphertext must not open");
    let page = m.client.get(&format!("/journal/{second}")).await;
    assert_eq!(page.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(!page.body.contains("first entry"), "no garbage, no leak");
    assert!(m.client.get(&format!("/journal/{first}")).await.body.contains("The first entry"));
}

#[tokio::test]
async fn a_wrong_master_key_stops_start_up_loudly() {
    let app = TestApp::spawn().await;
    app.member("Kim").await;
    let mut config = (*app.state.config).clone();
    config.master_key_file = Some(app.dir.path().join("another.key"));
    let err = AppState::build(config, Clock::manual(0)).await.err().expect("start-up must fail");
    assert!(format!("{err:#}").contains("master key does not match"), "{err:#}");
}

#[tokio::test]
async fn the_master_key_file_is_private_to_its_owner() {
    use std::os::unix::fs::PermissionsExt;
    let app = TestApp::spawn().await;
    let meta = std::fs::metadata(app.state.config.master_key_path()).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let dir = std::fs::metadata(&app.state.config.data_dir).unwrap();
    assert_eq!(dir.permissions().mode() & 0o077, 0, "the data folder is not readable by others");
}

#[tokio::test]
async fn mail_waiting_in_the_outbox_is_sealed_and_blanked_once_sent() {
    let app = TestApp::spawn().await;
    app.client()
        .post(
            "/register",
            &[("email", "zoe@example.org"), ("display_name", "Zoe"), ("password", crate::harness::PASSWORD)],
        )
        .await;
    let body: Vec<u8> = sqlx::query("SELECT body FROM outbox").fetch_one(&app.state.db.pool).await.unwrap().get(0);
    assert!(!contains(&body, b"/verify/"), "the link is not stored in clear");
    app.mail().await;
    let body: Vec<u8> = sqlx::query("SELECT body FROM outbox").fetch_one(&app.state.db.pool).await.unwrap().get(0);
    assert!(body.is_empty());
}
