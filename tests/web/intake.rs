//! The intake: each attending partner answers privately before the first session; the
//! counsellor adds questions of their own; answers are sealed and seen by the person and that
//! counsellor only, never by the partner.

use axum::http::StatusCode;

use crate::harness::TestApp;
use crate::sharing::couple_booking;

const NADIA_ANSWER: &str = "INTAKE-CANARY what Nadia tells only her counsellor";

#[tokio::test]
async fn each_partner_answers_privately_and_only_their_counsellor_reads_it() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let meera = app.listed_counsellor("Meera Rao", &admin.id).await;
    let dev = app.listed_counsellor("Dev Shah", &admin.id).await;
    let (nadia, sam) = app.couple("Nadia", "Sam").await;
    let (other, _) = app.couple("Other", "OthersPartner").await;
    let space = couple_booking(&app, &meera, &nadia, 3).await;
    let booking: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM bookings").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    let intake = format!("/bookings/{booking}/intake");

    // The counsellor adds a choice question; a broken one is named, with the text kept.
    let page = meera.client.get("/practice/intake").await.body;
    assert!(page.contains("What brings you to counselling now?"));
    let bad = meera
        .client
        .post(
            "/practice/intake/questions",
            &[("prompt", "Together how long?"), ("kind", "choice"), ("choices", "Only one")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Give from 2 to 8 choices") && bad.body.contains("Together how long?"));
    let ok = meera
        .client
        .post(
            "/practice/intake/questions",
            &[
                ("prompt", "Together how long?"),
                ("kind", "choice"),
                ("choices", "Under a year\nOne to five years\nLonger"),
            ],
        )
        .await;
    assert_eq!(ok.location(), Some("/practice/intake"));
    let qid: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM intake_questions").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    assert_eq!(
        dev.client.post(&format!("/practice/intake/questions/{qid}/delete"), &[]).await.status,
        StatusCode::NOT_FOUND
    );

    // Nadia answers; a choice that was not offered is refused and her words are kept.
    let form = nadia.client.get(&intake).await.body;
    assert!(form.contains("Together how long?") && form.contains("Sam does not") && form.contains("/safety"));
    let key = format!("q:{qid}");
    let res = nadia.client.post(&intake, &[("brings", NADIA_ANSWER), (key.as_str(), "Forever")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Choose one of the answers offered") && res.body.contains(NADIA_ANSWER));
    let empty = nadia.client.post(&intake, &[("brings", " ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let res = nadia.client.post(&intake, &[("brings", NADIA_ANSWER), (key.as_str(), "Longer")]).await;
    assert_eq!(res.location(), Some(format!("/bookings/{booking}").as_str()));
    assert!(nadia.client.get(&intake).await.body.contains(NADIA_ANSWER), "she sees and can change her own");
    assert!(nadia.client.get(&format!("/bookings/{booking}")).await.body.contains("intake questions"));

    // Sam gets his own empty form; nothing of Nadia's reaches him anywhere.
    let his = sam.client.get(&intake).await;
    assert_eq!(his.status, StatusCode::OK);
    for p in [intake.clone(), format!("/bookings/{booking}"), "/program".into(), "/sharing".into(), "/messages".into()]
    {
        assert!(!sam.client.get(&p).await.body.contains("INTAKE-CANARY"), "{p}");
    }

    // The counsellor reads it on the couple page and on Nadia's own page; nobody else does.
    let couple = meera.client.get(&format!("/practice/couples/{space}")).await.body;
    assert!(couple.contains(NADIA_ANSWER) && couple.contains("Together how long?") && couple.contains("Longer"));
    assert!(meera.client.get(&format!("/practice/clients/{}", nadia.id)).await.body.contains(NADIA_ANSWER));
    assert_eq!(dev.client.get(&format!("/practice/clients/{}", nadia.id)).await.status, StatusCode::NOT_FOUND);
    for c in [&other.client, &meera.client, &dev.client] {
        assert_eq!(c.get(&intake).await.status, StatusCode::NOT_FOUND);
        assert_eq!(c.post(&intake, &[("brings", "x")]).await.status, StatusCode::NOT_FOUND);
    }
    assert!(app.client().get(&intake).await.location().unwrap().starts_with("/login"));

    // In her export, opened; not in his.
    let mine = diltalks::export::store::collect(&app.state, &nadia.id).await.unwrap();
    let part = mine.iter().find(|p| p.name == "intake").expect("an intake part");
    assert!(serde_json::to_string(&part.rows).unwrap().contains("INTAKE-CANARY"));
    let his = diltalks::export::store::collect(&app.state, &sam.id).await.unwrap();
    assert!(
        !serde_json::to_string(&his.iter().map(|p| &p.rows).collect::<Vec<_>>()).unwrap().contains("INTAKE-CANARY")
    );

    // Sealed at rest.
    let sealed: Vec<u8> = {
        use sqlx::Row;
        sqlx::query("SELECT body FROM intake_answers").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    assert!(!String::from_utf8_lossy(&sealed).contains("INTAKE-CANARY"));
    // A question removed stops being asked; the answer given to it stays readable as given.
    meera.client.post(&format!("/practice/intake/questions/{qid}/delete"), &[]).await;
    assert!(!sam.client.get(&intake).await.body.contains("Together how long?"));
    let couple = meera.client.get(&format!("/practice/couples/{space}")).await.body;
    assert!(couple.contains("Together how long?") && couple.contains("Longer"));
}

#[tokio::test]
async fn the_intake_is_asked_and_answered_in_hindi_and_the_counsellors_own_questions_stay_as_written() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let meera = app.listed_counsellor("Meera Rao", &admin.id).await;
    let (nadia, _sam) = app.couple("Nadia", "Sam").await;
    let space = couple_booking(&app, &meera, &nadia, 3).await;
    let booking: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM bookings").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    let intake = format!("/bookings/{booking}/intake");
    for m in [&meera, &nadia] {
        m.client.post("/language", &[("lang", "hi"), ("back", "/")]).await;
    }

    let page = meera.client.get("/practice/intake").await.body;
    assert!(page.contains("आपके शुरुआती सवाल") && page.contains("आप इस समय काउंसलिंग के लिए क्यों आ रहे हैं?"));
    let bad = meera
        .client
        .post("/practice/intake/questions", &[("prompt", "कितने समय से साथ हैं?"), ("kind", "choice"), ("choices", "एक")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("2 से 8 विकल्प दें") && bad.body.contains("कितने समय से साथ हैं?"), "{}", bad.body);
    let ok = meera
        .client
        .post(
            "/practice/intake/questions",
            &[("prompt", "Together how long?"), ("kind", "choice"), ("choices", "Under a year\nLonger")],
        )
        .await;
    assert_eq!(ok.location(), Some("/practice/intake"));
    assert!(meera.client.get("/practice/intake").await.body.contains("सवाल जोड़ दिया।"));
    let qid: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM intake_questions").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };

    // Our questions in Hindi, the counsellor's own as they wrote it; errors in Hindi, answers kept.
    let form = nadia.client.get(&intake).await.body;
    assert!(form.contains("आपके पहले सेशन से पहले") && form.contains("Sam नहीं") && form.contains("निजी सुरक्षा जाँच"));
    assert!(form.contains("Together how long?") && form.contains("Under a year"), "{form}");
    let key = format!("q:{qid}");
    let res = nadia.client.post(&intake, &[("brings", "हम बहुत झगड़ते हैं"), (key.as_str(), "Forever")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("दिए गए जवाबों में से एक चुनें।") && res.body.contains("हम बहुत झगड़ते हैं"));
    assert!(res.body.contains("कृपया फ़ॉर्म"), "the summary's heading");
    let empty = nadia.client.post(&intake, &[("brings", " ")]).await;
    assert!(empty.body.contains("यहाँ कुछ शब्द लिखें"), "{}", empty.body);
    nadia.client.post(&intake, &[("brings", "हम बहुत झगड़ते हैं"), (key.as_str(), "Longer")]).await;
    assert!(nadia.client.get(&intake).await.body.contains("आपने "), "answered on a date");

    let couple = meera.client.get(&format!("/practice/couples/{space}")).await.body;
    assert!(couple.contains("शुरुआती सवालों के जवाब") && couple.contains("आप इस समय काउंसलिंग के लिए क्यों आ रहे हैं?"));
    assert!(couple.contains("हम बहुत झगड़ते हैं") && couple.contains("Together how long?"), "{couple}");
}
