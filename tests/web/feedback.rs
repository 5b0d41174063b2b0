//! Measurement-based care: each partner answers privately before and after a session; the
//! partner's pages are byte-identical whether or not the other answered; the counsellor sees
//! each partner's answers only while that partner shares them, with the split-alliance flag on
//! the right partner; answers are in the export and gone with the account.

use axum::http::StatusCode;
use diltalks::clock::{DAY, HOUR, MINUTE};
use sqlx::Row;

use crate::bookings::{counsellor, slots};
use crate::harness::{Client, Member, TestApp};

const COMMENT: &str = "FEEDBACK-CANARY I felt you sided with Sam";

async fn couple_session(app: &TestApp, c: &Member, booker: &Member, after: i64, key: &str) -> (String, i64) {
    let t = *slots(app, c).await.iter().find(|t| **t >= app.clock.now_ms() + after).unwrap();
    let res = booker
        .client
        .post(
            &format!("/counsellors/{}/book", c.id),
            &[("start", &t.to_string()), ("kind", "couple"), ("key", key), ("reschedule", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    (res.location().unwrap().trim_start_matches("/bookings/").to_string(), t)
}

async fn answer(
    client: &Client,
    booking: &str,
    kind: &str,
    values: &[&str],
    extra: &[(&str, &str)],
) -> crate::harness::Resp {
    let mut form: Vec<(String, String)> =
        values.iter().enumerate().map(|(i, v)| (format!("q{i}"), v.to_string())).collect();
    form.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    client.post(&format!("/bookings/{booking}/feedback/{kind}"), &pairs).await
}

/// Moves the clock, and signs these people in again (sessions lapse when idle for long).
async fn move_to(app: &TestApp, t: i64, people: &[&Member]) {
    app.clock.advance(t - app.clock.now_ms());
    for p in people {
        p.sign_in_again().await;
    }
}

#[tokio::test]
async fn each_partner_answers_privately_and_the_counsellor_sees_a_split_alliance_only_with_consent() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let (nadia, sam) = app.couple("Nadia", "Sam").await;
    let (id, t) = couple_session(&app, &c, &nadia, 3 * DAY, "fb-1").await;
    let before = format!("/bookings/{id}/feedback/before");

    // Three days ahead: the check is not open yet, and answering is refused.
    let page = nadia.client.get(&before).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("This check opens a day before the session"), "{}", page.body);
    assert_eq!(answer(&nadia.client, &id, "before", &["5", "5", "5", "5"], &[]).await.status, StatusCode::CONFLICT);

    // A day before: offered on the dashboard and the session page, to each partner.
    move_to(&app, t - 20 * HOUR, &[&nadia, &sam, &c]).await;
    for who in [&nadia, &sam] {
        assert!(who.client.get("/dashboard").await.body.contains(&before), "dashboard offers it");
        assert!(who.client.get(&format!("/bookings/{id}")).await.body.contains(&before));
    }
    // A bad answer is named and the others kept.
    let res = answer(&nadia.client, &id, "before", &["3", "11", "6", "4"], &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Choose a number from 0 to 10 for question 2."));
    assert!(res.body.contains(r#"id="q0-3" name="q0" value="3" checked"#), "kept");
    assert_eq!(answer(&nadia.client, &id, "before", &["3", "2", "6", "4"], &[]).await.status, StatusCode::SEE_OTHER);
    assert!(!nadia.client.get("/dashboard").await.body.contains(&before), "answered: no longer offered");
    assert!(nadia.client.get(&before).await.body.contains("Change your answers"));

    // After the session: the rating, with taking sides and a comment.
    move_to(&app, t + 60 * MINUTE, &[&nadia, &sam, &c]).await;
    let res = answer(&nadia.client, &id, "after", &["6", "7", "7", "8"], &[("comment", COMMENT)]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "taking sides must be answered");
    assert!(res.body.contains("Choose one answer about taking sides.") && res.body.contains("FEEDBACK-CANARY"));
    let res = answer(&nadia.client, &id, "after", &["6", "7", "7", "8"], &[("sides", "2"), ("comment", COMMENT)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);

    // Sam sees nothing of it (the byte-for-byte comparison is its own test below).
    for p in [
        "/dashboard".to_string(),
        format!("/bookings/{id}"),
        "/feedback".into(),
        format!("/bookings/{id}/feedback/after"),
    ] {
        assert!(!sam.client.get(&p).await.body.contains("FEEDBACK-CANARY"), "{p}");
    }

    // Nothing reaches the counsellor until Nadia shares it.
    c.sign_in_again().await;
    let couple_page = format!(
        "/practice/couples/{}",
        sqlx::query("SELECT space_id FROM bookings WHERE id = $1")
            .bind(&id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get::<String, _>(0)
    );
    let page = c.client.get(&couple_page).await.body;
    assert!(!page.contains("Before and after sessions") && !page.contains("FEEDBACK-CANARY"));
    for who in [&nadia, &sam] {
        let res = who.client.post(&format!("/sharing/{}", c.id), &[("share", "feedback")]).await;
        assert_eq!(res.location(), Some("/sharing"), "{}", res.body);
    }
    let page = c.client.get(&couple_page).await.body;
    assert!(page.contains("FEEDBACK-CANARY") && page.contains("Took sides: a lot"), "{page}");
    assert!(page.contains("Nadia felt you took sides a lot in the latest session they rated."));

    // Sam rates the same session 37; Nadia's 28 is 9 lower: the split flag is Nadia's alone.
    assert_eq!(
        answer(&sam.client, &id, "after", &["9", "9", "10", "9"], &[("sides", "0")]).await.status,
        StatusCode::SEE_OTHER
    );
    let page = c.client.get(&couple_page).await.body;
    assert!(
        page.contains(
            "Possible split alliance: Nadia rated the latest session they both rated 9 points lower than Sam did"
        ),
        "{page}"
    );
    assert!(!page.contains("Possible split alliance: Sam"));
    let session = c.client.get(&format!("/bookings/{id}")).await.body;
    assert!(
        session.contains("Nadia before this session: 15 of 40.") && session.contains("Possible split alliance: Nadia"),
        "{session}"
    );
    assert!(session.contains("Sam has not answered the check before this session."));
    let practice = c.client.get("/practice").await.body;
    assert!(practice.contains("Nadia: possible split alliance") && practice.contains(&couple_page), "{practice}");
    // The visit is in Nadia's read log, naming what was read.
    assert!(nadia.client.get("/sharing").await.body.contains("your answers before and after sessions"));

    // Nadia stops sharing: from the next request, nothing of hers, and no flag from her.
    nadia.client.post(&format!("/sharing/{}", c.id), &[]).await;
    let page = c.client.get(&couple_page).await.body;
    assert!(!page.contains("FEEDBACK-CANARY") && !page.contains("Possible split alliance"));
    assert!(!c.client.get("/practice").await.body.contains("possible split alliance"));

    // The member sees their own answers over time; the export has them; deletion removes them.
    let mine = nadia.client.get("/feedback").await.body;
    assert!(
        mine.contains("Your answers before and after sessions")
            && mine.contains("<td>15</td>")
            && mine.contains("<td>28</td>"),
        "{mine}"
    );
    assert!(!sam.client.get("/feedback").await.body.contains("<td>15</td>"), "never the partner's");
    nadia.sign_in_again().await;
    let export = nadia.client.post("/settings/export", &[]).await;
    assert_eq!(export.status, StatusCode::OK);
    let (json, _) = crate::export::unzip(&export.bytes);
    assert!(json.contains("FEEDBACK-CANARY"), "the export holds the answers, opened");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM feedback_answers").await, 3);
    nadia.client.post("/settings/delete", &[("confirm", "delete my account")]).await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM feedback_answers WHERE user_id = '{}'", nadia.id)).await, 0);
}

#[tokio::test]
async fn the_partners_pages_are_byte_identical_whether_or_not_the_other_answered() {
    // Two identical worlds at the same moment; in one, Nadia answers both forms.
    let mut pages = vec![];
    for nadia_answers in [false, true] {
        let app = TestApp::spawn().await;
        let c = counsellor(&app).await;
        let (nadia, sam) = app.couple("Nadia", "Sam").await;
        let (id, t) = couple_session(&app, &c, &nadia, 3 * DAY, "same").await;
        move_to(&app, t - 20 * HOUR, &[&nadia, &sam]).await;
        if nadia_answers {
            answer(&nadia.client, &id, "before", &["1", "2", "3", "4"], &[]).await;
        }
        move_to(&app, t + 2 * HOUR, &[&nadia, &sam]).await;
        if nadia_answers {
            answer(&nadia.client, &id, "after", &["1", "2", "3", "4"], &[("sides", "2"), ("comment", COMMENT)]).await;
        }
        let mut got = vec![];
        for p in [
            "/dashboard".to_string(),
            format!("/bookings/{id}"),
            "/feedback".into(),
            "/bookings".into(),
            format!("/bookings/{id}/feedback/after"),
            format!("/bookings/{id}/feedback/before"),
        ] {
            let res = sam.client.get(&p).await;
            assert_eq!(res.status, StatusCode::OK, "{p}");
            let body = res.body;
            // Ids and tokens differ between the two worlds; the rest must not.
            let body = body.replace(&id, "BOOKING").replace(&c.id, "COUNSELLOR");
            let csrf = regex_free_strip(&body, "name=\"csrf\" value=\"");
            got.push((p.replace(&id, "BOOKING"), csrf));
        }
        pages.push(got);
    }
    for ((p, a), (_, b)) in pages[0].iter().zip(&pages[1]) {
        assert_eq!(a, b, "{p} differs when the partner answered");
    }
}

/// The body with every value after `marker` (up to the closing quote) blanked.
fn regex_free_strip(body: &str, marker: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some(at) = rest.find(marker) {
        out.push_str(&rest[..at + marker.len()]);
        rest = &rest[at + marker.len()..];
        let end = rest.find('"').unwrap_or(0);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[tokio::test]
async fn only_the_people_attending_open_the_forms() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let admin = app.admin().await;
    let another = app.counsellor("Another").await;
    let (nadia, sam) = app.couple("Nadia", "Sam").await;
    let (other, _) = app.couple("Other", "OthersPartner").await;
    let (id, t) = couple_session(&app, &c, &nadia, 3 * DAY, "who").await;
    move_to(&app, t - 20 * HOUR, &[&nadia, &sam, &c, &another, &other, &admin]).await;
    let anon = app.client();
    let path = format!("/bookings/{id}/feedback/before");
    for (who, client, expect) in [
        ("Nadia", &nadia.client, StatusCode::OK),
        ("Sam", &sam.client, StatusCode::OK),
        ("the counsellor", &c.client, StatusCode::NOT_FOUND),
        ("another counsellor", &another.client, StatusCode::NOT_FOUND),
        ("another couple", &other.client, StatusCode::NOT_FOUND),
        ("the operator", &admin.client, StatusCode::NOT_FOUND),
    ] {
        assert_eq!(client.get(&path).await.status, expect, "GET as {who}");
        let posted = answer(client, &id, "before", &["5", "5", "5", "5"], &[]).await.status;
        let want = if expect == StatusCode::OK { StatusCode::SEE_OTHER } else { StatusCode::NOT_FOUND };
        assert_eq!(posted, want, "POST as {who}");
    }
    assert!(anon.get(&path).await.location().unwrap_or("").starts_with("/login"));
    // Each one's answer is their own row; neither reads the other's.
    assert_eq!(app.scalar("SELECT COUNT(*) FROM feedback_answers").await, 2);
}

#[tokio::test]
async fn the_checks_their_errors_and_what_the_counsellor_reads_are_in_hindi() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let (nadia, sam) = app.couple("Nadia", "Sam").await;
    let (id, t) = couple_session(&app, &c, &nadia, 3 * DAY, "fb-hi").await;
    let before = format!("/bookings/{id}/feedback/before");
    for m in [&nadia, &sam, &c] {
        m.client.post("/language", &[("lang", "hi"), ("back", "/")]).await;
    }

    // Not open yet: said in Hindi, with the date in Hindi.
    let page = nadia.client.get(&before).await.body;
    assert!(page.contains("सेशन से पहले: आप कैसे हैं") && page.contains("ये सवाल सेशन से एक दिन पहले"), "{page}");
    assert!(crate::sharing::has_hindi_month(&page) && page.contains("साझा करने वाले पेज</a> पर ऐसा कर सकते हैं।"));
    let closed = answer(&nadia.client, &id, "before", &["5", "5", "5", "5"], &[]).await;
    assert!(closed.body.contains("आपके जवाब सहेजे नहीं गए।"), "{}", closed.body);

    move_to(&app, t - 20 * HOUR, &[&nadia, &sam, &c]).await;
    let page = nadia.client.get(&before).await.body;
    assert!(page.contains("अपने साथी के साथ आपके रिश्ते में") && page.contains("0 का मतलब बहुत बुरा, 10 का मतलब बहुत अच्छा।"));
    let res = answer(&nadia.client, &id, "before", &["3", "11", "6", "4"], &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("सवाल 2 के लिए 0 से 10 तक कोई एक अंक चुनें।"), "{}", res.body);
    assert!(res.body.contains(r#"id="q0-3" name="q0" value="3" checked"#), "kept");
    answer(&nadia.client, &id, "before", &["3", "2", "6", "4"], &[]).await;

    move_to(&app, t + 60 * MINUTE, &[&nadia, &sam, &c]).await;
    let after = nadia.client.get(&format!("/bookings/{id}/feedback/after")).await.body;
    assert!(after.contains("क्या काउंसलर किसी एक की तरफ़दारी करते लगे?") && after.contains("थोड़ी"), "{after}");
    let res =
        answer(&nadia.client, &id, "after", &["6", "7", "7", "8"], &[("comment", "मुझे लगा आप Sam की तरफ़ थे")]).await;
    assert!(res.body.contains("तरफ़दारी वाले सवाल का एक जवाब चुनें।") && res.body.contains("मुझे लगा आप Sam की तरफ़ थे"));
    let comment = [("sides", "2"), ("comment", "मुझे लगा आप Sam की तरफ़ थे")];
    assert_eq!(
        answer(&nadia.client, &id, "after", &["6", "7", "7", "8"], &comment).await.status,
        StatusCode::SEE_OTHER
    );
    let mine = nadia.client.get("/feedback").await.body;
    assert!(mine.contains("आपके सेशनों से पहले और बाद") && mine.contains("चीज़ें कैसी चल रही थीं (पहले)"), "{mine}");
    assert!(mine.contains("<td>15</td>") && mine.contains("1 सेशन, "));

    // The counsellor reads her answers in Hindi once she shares them.
    nadia.client.post(&format!("/sharing/{}", c.id), &[("share", "feedback")]).await;
    c.sign_in_again().await;
    let space: String = sqlx::query("SELECT space_id FROM bookings WHERE id = $1")
        .bind(&id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
        .get(0);
    let page = c.client.get(&format!("/practice/couples/{space}")).await.body;
    assert!(page.contains("Nadia: सेशनों से पहले और बाद") && page.contains("तरफ़दारी: बहुत"), "{page}");
    assert!(page.contains("Nadia को लगा कि जिस ताज़ा सेशन को उन्होंने रेटिंग दी, उसमें आपने बहुत तरफ़दारी की।"));
    assert!(page.contains("मुझे लगा आप Sam की तरफ़ थे") && page.contains("दो सेशनों से पहले के सवालों"));
    let session = c.client.get(&format!("/bookings/{id}")).await.body;
    assert!(session.contains("इस सेशन से पहले Nadia: 40 में से 15।"), "{session}");
    assert!(session.contains("वे कैसे हैं"), "the booking page's own heading, in Hindi");
}
