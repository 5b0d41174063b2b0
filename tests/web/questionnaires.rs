//! The monthly questionnaire: answered, scored per dimension, private to the member, offered
//! again after its interval, and installable as data.

use axum::http::StatusCode;
use diltalks::clock::DAY;

use crate::harness::TestApp;

const PAGE: &str = "/program/questionnaires/trust-monthly";

/// Answers for the bundled questionnaire: `value` for every statement, the given ones changed.
fn answers(value: &str, changed: &[(usize, &str)]) -> Vec<(String, String)> {
    (0..16)
        .map(|i| {
            let v = changed.iter().find(|(n, _)| *n == i).map(|(_, v)| *v).unwrap_or(value);
            (format!("q{i}"), v.to_string())
        })
        .collect()
}

fn pairs(a: &[(String, String)]) -> Vec<(&str, &str)> {
    a.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

#[tokio::test]
async fn answers_are_scored_per_dimension_and_seen_by_their_author_alone() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    a.client.post("/program/start", &[("perspective", "hurt")]).await;
    b.client.post("/program/start", &[("perspective", "broke")]).await;
    assert!(a.client.get("/program").await.body.contains("Your monthly trust questionnaire"), "due at first");
    let page = a.client.get(PAGE).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Rempel, Holmes") && page.body.contains("Zanna (1985)"), "source named");
    assert!(page.body.contains("not a validated clinical instrument"));
    assert_eq!(page.body.matches("type=\"radio\"").count(), 16 * 7);

    // Two statements left out: named, and every other answer kept.
    let mut partial = answers("5", &[(0, "7"), (2, "1")]);
    partial.retain(|(k, _)| k != "q4" && k != "q9");
    let res = a.client.post(PAGE, &pairs(&partial)).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Statements 5 and 10 have no answer yet"), "{}", res.body);
    assert!(res.body.contains("id=\"q0-7\" name=\"q0\" value=\"7\" checked"), "kept");
    assert!(res.body.contains("id=\"q2-1\" name=\"q2\" value=\"1\" checked"), "kept");
    assert_eq!(res.body.matches("Choose an answer for this statement.").count(), 2);
    let off_scale = a.client.post(PAGE, &pairs(&answers("9", &[]))).await;
    assert_eq!(off_scale.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM questionnaire_answers").await, 0, "nothing half-saved");

    // Predictability 7, 7, 1 (reversed: 7), 7 → 100; the rest all 4 → 50.
    let res = a.client.post(PAGE, &pairs(&answers("4", &[(0, "7"), (1, "7"), (2, "1"), (3, "7")]))).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let mine = a.client.get(PAGE).await.body;
    assert!(mine.contains("Your scores"));
    assert!(
        mine.contains("Latest, out of 100: predictability 100, dependability 50, faith 50, satisfaction 50."),
        "{mine}"
    );
    assert!(mine.contains("<td>100</td><td>50</td><td>50</td><td>50</td>"));
    assert!(!a.client.get("/program").await.body.contains("Your monthly trust questionnaire"), "no longer due");

    // The partner sees neither the scores nor that Asha answered.
    let theirs = b.client.get(PAGE).await.body;
    assert!(!theirs.contains("Your scores") && !theirs.contains("You last answered"), "{theirs}");
    assert!(b.client.get("/program").await.body.contains("Your monthly trust questionnaire"));
    assert!(!b.client.get("/program/time").await.body.contains("predictability 100"));

    // The answers are sealed: no plain list of numbers in the table.
    let sealed: Vec<u8> = {
        use sqlx::Row;
        sqlx::query("SELECT answers FROM questionnaire_answers").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    assert!(!String::from_utf8_lossy(&sealed).contains("[7,7,1,7"));

    // A month later it is due again; a second answer extends the trend.
    app.clock.advance(30 * DAY);
    a.sign_in_again().await;
    assert!(a.client.get("/program").await.body.contains("Your monthly trust questionnaire"));
    a.client.post(PAGE, &pairs(&answers("6", &[]))).await;
    let mine = a.client.get(PAGE).await.body;
    assert!(mine.contains("2 questionnaires from"), "{mine}");
}

#[tokio::test]
async fn an_unknown_questionnaire_is_not_found() {
    let app = TestApp::spawn().await;
    let m = app.member("Lia").await;
    m.client.post("/program/start", &[("perspective", "both")]).await;
    assert_eq!(m.client.get("/program/questionnaires/nothing-here").await.status, StatusCode::NOT_FOUND);
    assert_eq!(m.client.post("/program/questionnaires/nothing-here", &[]).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_operator_installs_a_new_version_as_data_and_old_answers_keep_their_meaning() {
    let app = TestApp::spawn().await;
    let m = app.member("Noor").await;
    m.client.post("/program/start", &[("perspective", "hurt")]).await;
    m.client.post(PAGE, &pairs(&answers("7", &[]))).await;

    use diltalks::program::questionnaire::{BUNDLED, Definition};
    let mut def = Definition::parse(BUNDLED[0]).unwrap();
    def.items[0].text = "A rewording, so this must be a new version.".into();
    let file = app.dir.path().join("q.json");
    std::fs::write(&file, serde_json::to_string(&def).unwrap()).unwrap();
    let err = diltalks::admin::add_questionnaire(&app.state, &file).await.unwrap_err().to_string();
    assert!(err.contains("already installed with different content"), "{err}");

    def.version = 2;
    def.items.truncate(12); // drop the satisfaction statements…
    def.dimensions.truncate(3);
    std::fs::write(&file, serde_json::to_string(&def).unwrap()).unwrap();
    let said = diltalks::admin::add_questionnaire(&app.state, &file).await.unwrap();
    assert!(said.contains("version 2 (12 statements)"), "{said}");
    let again = diltalks::admin::add_questionnaire(&app.state, &file).await.unwrap();
    assert!(again.contains("already installed"), "{again}");

    let page = m.client.get(PAGE).await.body;
    assert!(page.contains("A rewording, so this must be a new version."));
    assert_eq!(page.matches("type=\"radio\"").count(), 12 * 7);
    // The answer to version 1 is still scored by version 1's items.
    assert!(page.contains("Latest, out of 100: predictability 75, dependability 75, faith 75."), "{page}");

    std::fs::write(&file, r#"{"slug": "broken"}"#).unwrap();
    let err = diltalks::admin::add_questionnaire(&app.state, &file).await.unwrap_err().to_string();
    assert!(err.contains("not a questionnaire"), "{err}");
}
