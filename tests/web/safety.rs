//! The private safety check: the partner's pages never change because of it; concerning
//! answers show help and recommend individual sessions; a counsellor is told only with the
//! member's consent; answers are sealed and can be deleted.

use axum::http::StatusCode;
use diltalks::clock::{DAY, MINUTE};

use crate::harness::TestApp;

fn answers(values: [&'static str; 6]) -> Vec<(String, &'static str)> {
    values.iter().enumerate().map(|(i, v)| (format!("q{i}"), *v)).collect()
}

fn pairs<'a>(a: &'a [(String, &'static str)]) -> Vec<(&'a str, &'a str)> {
    a.iter().map(|(k, v)| (k.as_str(), *v)).collect()
}

#[tokio::test]
async fn the_partner_sees_no_trace_and_concerning_answers_show_help() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    b.client.post("/program/start", &[("perspective", "broke")]).await;
    b.client.get("/dashboard").await; // shows (and so clears) the flash from starting the program
    let pages = ["/dashboard", "/space", "/program", "/journal", "/settings", "/sharing"];
    let mut before = vec![];
    for p in pages {
        before.push(b.client.get(p).await.body);
    }
    assert!(a.client.get("/dashboard").await.body.contains("A private check on your safety"));

    // Unanswered questions are named and nothing is saved.
    let mut partial = answers(["0", "2", "0", "0", "0", "1"]);
    partial.remove(3);
    let res = a.client.post("/safety", &pairs(&partial)).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.body.contains("Please answer each question")
            && res.body.contains("id=\"q1-2\" name=\"q1\" value=\"2\" checked")
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM safety_checks").await, 0);

    let res = a.client.post("/safety", &pairs(&answers(["0", "2", "0", "0", "0", "1"]))).await;
    assert_eq!(res.location(), Some("/safety#result-h"));
    let page = a.client.get("/safety").await.body;
    assert!(page.contains("may not be safe with your partner") && page.contains("individual sessions"));
    assert!(page.contains("tel:14416") && page.contains("tel:181"));
    assert!(
        !a.client.get("/dashboard").await.body.contains("A private check on your safety"),
        "not offered again soon"
    );

    // Ravi's pages are exactly as they were: no count, no date, no hint.
    for (p, was) in pages.iter().zip(&before) {
        assert_eq!(&b.client.get(p).await.body, was, "{p} changed for the partner");
    }
    assert!(b.client.get("/dashboard").await.body.contains("A private check on your safety"), "his own offer stands");

    // Sealed, and deletable.
    let sealed: Vec<u8> = {
        use sqlx::Row;
        sqlx::query("SELECT body FROM safety_checks").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    assert!(!String::from_utf8_lossy(&sealed).contains("concerning"));
    a.client.post("/safety/delete", &[]).await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM safety_checks").await, 0);
    assert!(!a.client.get("/safety").await.body.contains("Your answers on"));

    // Calm answers show no alarm, and the check is offered again after three months.
    a.client.post("/safety", &pairs(&answers(["0", "0", "0", "1", "0", "0"]))).await;
    assert!(a.client.get("/safety").await.body.contains("Nothing in your answers suggests you are in danger"));
    app.clock.advance(90 * DAY + MINUTE);
    a.sign_in_again().await;
    assert!(a.client.get("/dashboard").await.body.contains("A private check on your safety"));
}

#[tokio::test]
async fn a_counsellor_is_told_only_when_the_member_asks_and_the_answers_are_concerning() {
    use diltalks::bookings::model::NewBooking;
    use diltalks::bookings::store::book;
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let c = app.listed_counsellor("Meera Rao", &admin.id).await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    let start = app.clock.now_ms() + 3 * DAY;
    let new = NewBooking {
        counsellor_id: &c.id,
        booked_by: &a.id,
        space_id: None,
        starts_at: start,
        ends_at: start + 50 * MINUTE,
        held_until: start + 60 * MINUTE,
        idempotency_key: "k",
        replaces: None,
    };
    book(&app.state.db, &new, app.clock.now_ms()).await.unwrap();
    let client_page = format!("/practice/clients/{}", a.id);
    assert!(a.client.get("/safety").await.body.contains("tell my counsellor"));

    // Concerning, but not asked to tell: nothing reaches the counsellor.
    a.client.post("/safety", &pairs(&answers(["1", "0", "0", "0", "0", "0"]))).await;
    assert!(!c.client.get(&client_page).await.body.contains("may not be safe"));
    // Asked to tell, but calm answers: still nothing.
    let mut calm = answers(["0", "0", "0", "0", "0", "0"]);
    calm.push(("tell_counsellor".into(), "yes"));
    a.client.post("/safety", &pairs(&calm)).await;
    assert!(!c.client.get(&client_page).await.body.contains("may not be safe"));
    // Concerning and asked: the counsellor sees it; the partner never does.
    let mut told = answers(["0", "0", "0", "0", "0", "2"]);
    told.push(("tell_counsellor".into(), "yes"));
    a.client.post("/safety", &pairs(&told)).await;
    assert!(c.client.get(&client_page).await.body.contains("Asha may not be safe"));
    assert!(a.client.get("/safety").await.body.contains("your counsellor has been told"));
    for p in ["/dashboard", "/space", "/sharing", "/settings"] {
        assert!(!b.client.get(p).await.body.contains("may not be safe"), "{p}");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM safety_alerts").await, 1);
}
