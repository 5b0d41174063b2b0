use axum::http::StatusCode;
use diltalks::clock::DAY;

use crate::harness::TestApp;

#[tokio::test]
async fn the_program_starts_with_a_perspective_and_shows_the_journey() {
    let app = TestApp::spawn().await;
    let m = app.member("Asha").await;
    assert_eq!(m.client.get("/program").await.location(), Some("/program/start"));
    let bad = m.client.post("/program/start", &[("perspective", "neither")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Choose the sentence"));
    assert_eq!(m.client.post("/program/start", &[("perspective", "broke")]).await.location(), Some("/program"));
    app.clock.advance(15 * DAY);
    m.sign_in_again().await;
    let journey = m.client.get("/program").await;
    assert!(journey.body.contains("2 weeks ago"), "{}", journey.body);
    assert!(journey.body.contains("over months"));
    assert_eq!(journey.body.matches("Step ").count(), 6);
    // Changing perspective keeps the start date.
    m.client.post("/program/start", &[("perspective", "both")]).await;
    assert!(m.client.get("/program").await.body.contains("2 weeks ago"));
}

#[tokio::test]
async fn an_ownership_statement_is_saved_even_when_the_check_notices_deflection() {
    let app = TestApp::spawn().await;
    let m = app.member("Ravi").await;
    m.client.post("/program/start", &[("perspective", "broke")]).await;
    let text = "I lied about where I was. I'm sorry if you felt hurt, but you also kept things from me.";
    let res =
        m.client.post("/program/acknowledge/statements/ownership", &[("text", text), ("visibility", "private")]).await;
    assert_eq!(res.status, StatusCode::OK, "saved, and shown with notes");
    assert!(res.body.contains("A conditional apology") && res.body.contains("Turning it back"), "{}", res.body);
    assert!(res.body.contains("your statement is saved as you wrote it"));
    let page = m.client.get("/program/acknowledge").await;
    assert!(page.body.contains("I lied about where I was."), "kept");
    let clean = m
        .client
        .post(
            "/program/acknowledge/statements/ownership",
            &[("text", "I lied about where I was, and that was my choice."), ("visibility", "private")],
        )
        .await;
    assert_eq!(clean.location(), Some("/program/acknowledge"));
    // The hurt perspective writes an impact statement, which is never checked for deflection.
    assert_eq!(
        m.client.post("/program/acknowledge/statements/impact", &[("text", "x")]).await.status,
        StatusCode::NOT_FOUND
    );
    let empty = m.client.post("/program/acknowledge/statements/ownership", &[("text", "  ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn statements_stay_private_until_shared() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Lia", "Max").await;
    a.client.post("/program/start", &[("perspective", "broke")]).await;
    b.client.post("/program/start", &[("perspective", "hurt")]).await;
    a.client
        .post(
            "/program/acknowledge/statements/ownership",
            &[("text", "My words, kept for now."), ("visibility", "private")],
        )
        .await;
    assert!(!b.client.get("/program/acknowledge").await.body.contains("My words, kept for now."));
    a.client
        .post(
            "/program/acknowledge/statements/ownership",
            &[("text", "My words, now shared."), ("visibility", "shared")],
        )
        .await;
    let page = b.client.get("/program/acknowledge").await;
    assert!(
        page.body.contains("My words, now shared.") && page.body.contains("Lia's ownership statement"),
        "{}",
        page.body
    );
    b.client
        .post("/program/acknowledge/statements/impact", &[("text", "How it hit me."), ("visibility", "private")])
        .await;
    assert!(!a.client.get("/program/acknowledge").await.body.contains("How it hit me."));
}

#[tokio::test]
async fn the_shared_account_stands_only_when_both_confirm_the_same_version() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Ana", "Ben").await;
    let (c, _) = app.couple("Cy", "Di").await;
    for (m, p) in [(&a, "broke"), (&b, "hurt"), (&c, "both")] {
        m.client.post("/program/start", &[("perspective", p)]).await;
    }
    a.client.post("/program/acknowledge/account", &[("text", "In March, Ana hid messages from Ben.")]).await;
    let version = |n: i64| {
        let db = app.state.db.clone();
        async move {
            use sqlx::Row;
            sqlx::query("SELECT id FROM account_versions WHERE number = $1 ORDER BY created_at DESC")
                .bind(n)
                .fetch_one(&db.pool)
                .await
                .unwrap()
                .get::<String, _>(0)
        }
    };
    let v1 = version(1).await;
    assert!(b.client.get("/program").await.body.contains("waits for your confirmation"));
    assert!(!a.client.get("/program/acknowledge").await.body.contains("You both confirmed"));
    // Someone from another couple cannot confirm it.
    assert_eq!(
        c.client.post(&format!("/program/acknowledge/account/{v1}/confirm"), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    b.client.post(&format!("/program/acknowledge/account/{v1}/confirm"), &[]).await;
    assert!(a.client.get("/program/acknowledge").await.body.contains("You both confirmed version 1."));
    // A revision does not stand until the first proposer confirms it too; all versions stay visible.
    b.client
        .post("/program/acknowledge/account", &[("text", "From January to March, Ana hid messages from Ben.")])
        .await;
    let page = a.client.get("/program/acknowledge").await;
    assert!(page.body.contains("You both confirmed version 1.") && page.body.contains("From January to March"));
    assert!(page.body.contains("I confirm version 2"));
    let v2 = version(2).await;
    a.client.post(&format!("/program/acknowledge/account/{v2}/confirm"), &[]).await;
    let page = b.client.get("/program/acknowledge").await;
    assert!(page.body.contains("You both confirmed version 2.") && page.body.contains("In March, Ana hid messages"));
    let empty = a.client.post("/program/acknowledge/account", &[("text", "")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn check_ins_draw_a_private_trend_that_a_partner_sees_only_when_shared_and_never_the_notes() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    a.client.post("/program/start", &[("perspective", "hurt")]).await;
    b.client.post("/program/start", &[("perspective", "broke")]).await;
    assert!(a.client.get("/program").await.body.contains("This week&#39;s check-in"));

    let bad = a.client.post("/program/time/checkins", &[("trust", "11"), ("safety", ""), ("note", "keep me")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Choose a number from 0 to 10") && bad.body.contains("keep me"));

    for (trust, safety) in [("2", "3"), ("4", "4"), ("5", "6")] {
        let res = a
            .client
            .post("/program/time/checkins", &[("trust", trust), ("safety", safety), ("note", "only mine")])
            .await;
        assert_eq!(res.location(), Some("/program/time"));
        app.clock.advance(7 * DAY);
        a.sign_in_again().await;
    }
    let page = a.client.get("/program/time").await;
    assert!(page.body.contains("<svg") && page.body.contains("<title id=\"mine-svg-title\">Your check-ins</title>"));
    assert!(page.body.contains("3 check-ins from") && page.body.contains("Latest: trust 5 and feeling safe 6"));
    assert!(page.body.contains("<td>5</td><td>6</td>"), "a table of the same numbers");

    b.sign_in_again().await;
    let partner_view = b.client.get("/program/time").await;
    assert!(!partner_view.body.contains("Asha&#39;s check-ins"), "private by default");
    a.client.post("/program/time/sharing", &[("visibility", "shared")]).await;
    let partner_view = b.client.get("/program/time").await;
    assert!(partner_view.body.contains("Asha&#39;s check-ins"), "{}", partner_view.body);
    assert!(!partner_view.body.contains("only mine"), "notes are never shared");
    a.client.post("/program/time/sharing", &[("visibility", "private")]).await;
    assert!(!b.client.get("/program/time").await.body.contains("Asha&#39;s check-ins"));
    // Leaving the space ends what was shared.
    a.client.post("/program/time/sharing", &[("visibility", "shared")]).await;
    b.client.post("/space/leave", &[]).await;
    assert!(!b.client.get("/program/time").await.body.contains("Asha&#39;s check-ins"));
}

#[tokio::test]
async fn commitments_are_confirmed_only_by_the_other_partner_and_build_consistency() {
    use diltalks::program::actions::{Schedule, occurrences};
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    a.client.post("/program/start", &[("perspective", "broke")]).await;
    b.client.post("/program/start", &[("perspective", "hurt")]).await;

    let bad = a
        .client
        .post(
            "/program/actions/commitments",
            &[("text", "Text when I leave work"), ("kind", "weekly"), ("time", "7pm")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("Give a time")
            && bad.body.contains("Choose at least one day")
            && bad.body.contains("Text when I leave work")
    );
    let res = a
        .client
        .post(
            "/program/actions/commitments",
            &[("text", "Text when I leave work"), ("kind", "daily"), ("time", "18:00")],
        )
        .await;
    assert_eq!(res.location(), Some("/program/actions"));
    let page = b.client.get("/program/actions").await;
    assert!(
        page.body.contains("Asha's commitments to you") && page.body.contains("Every day at 18:00"),
        "{}",
        page.body
    );

    // Three days pass; Ravi sees three occurrences to confirm.
    let start = app.clock.now_ms();
    app.clock.advance(3 * DAY);
    a.sign_in_again().await;
    b.sign_in_again().await;
    let page = b.client.get("/program/actions").await;
    assert_eq!(page.body.matches("Was it kept on").count(), 3, "{}", page.body);
    assert!(page.body.contains("3 waiting for confirmation"));
    let times =
        occurrences(&Schedule::Daily { minute: 18 * 60 }, "Asia/Kolkata", start, None, start, app.clock.now_ms());
    let id = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM commitments").fetch_one(&app.state.db.pool).await.unwrap().get::<String, _>(0)
    };
    let confirm = |who: &crate::harness::Member, at: i64, outcome: &'static str| {
        let c = who.client.clone();
        let path = format!("/program/actions/commitments/{id}/confirm");
        async move { c.post(&path, &[("occurrence", &at.to_string()), ("outcome", outcome), ("note", "thank you")]).await }
    };
    // Nobody certifies their own.
    assert_eq!(confirm(&a, times[0], "kept").await.status, StatusCode::CONFLICT);
    // An occurrence that is not one, or not yet due, is not found.
    assert_eq!(confirm(&b, times[0] + 1, "kept").await.status, StatusCode::NOT_FOUND);
    assert_eq!(confirm(&b, times[2] + DAY, "kept").await.status, StatusCode::NOT_FOUND);
    assert_eq!(confirm(&b, times[0], "missed").await.location(), Some("/program/actions"));
    assert_eq!(confirm(&b, times[1], "kept").await.location(), Some("/program/actions"));
    assert_eq!(confirm(&b, times[2], "kept").await.location(), Some("/program/actions"));
    let page = a.client.get("/program/actions").await;
    // (0 + 1 + 1) / 3 = 67 %, two kept in a row.
    assert!(page.body.contains("Kept 67% in the last 7 days") && page.body.contains("streak: 2"), "{}", page.body);
    assert!(page.body.contains("thank you"));
    assert!(!page.body.contains("waiting for confirmation"));
    // The weekly chart: one week with answers, 67 % kept, and the same numbers in its table.
    assert!(
        page.body.contains("Kept each week") && page.body.contains("Yours: 67% in the latest week"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<td>Week to 5 Nov 2026</td><td>67</td>"), "{}", page.body);
    assert!(b.client.get("/program/actions").await.body.contains("Asha&#39;s: 67% in the latest week"));

    assert_eq!(
        b.client.post(&format!("/program/actions/commitments/{id}/end"), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        a.client.post(&format!("/program/actions/commitments/{id}/end"), &[]).await.location(),
        Some("/program/actions")
    );
    assert!(a.client.get("/program/actions").await.body.contains("· ended"));
}

#[tokio::test]
async fn questions_wait_unseen_until_the_agreed_talk_opens() {
    use diltalks::clock::{HOUR, MINUTE};
    let app = TestApp::spawn().await;
    // The clock starts on Monday 2 November 2026, 09:00 UTC (14:30 in Kolkata).
    let (a, b) = app.couple("Asha", "Ravi").await;
    a.client.post("/program/start", &[("perspective", "hurt")]).await;
    b.client.post("/program/start", &[("perspective", "broke")]).await;

    // Asha proposes Mondays 19:00 Kolkata time; nothing is agreed until Ravi accepts.
    assert_eq!(
        a.client
            .post("/program/talks/schedule", &[("weekday", "0"), ("time", "19:00"), ("duration", "45")])
            .await
            .location(),
        Some("/program/talks")
    );
    assert!(
        a.client.get("/program/talks").await.body.contains("You haven&#39;t agreed on a time yet")
            || a.client.get("/program/talks").await.body.contains("You haven't agreed on a time yet")
    );
    let id = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM talk_schedules").fetch_one(&app.state.db.pool).await.unwrap().get::<String, _>(0)
    };
    assert_eq!(
        a.client.post(&format!("/program/talks/schedule/{id}/accept"), &[]).await.status,
        StatusCode::NOT_FOUND,
        "not one's own proposal"
    );
    assert_eq!(
        b.client.post(&format!("/program/talks/schedule/{id}/accept"), &[]).await.location(),
        Some("/program/talks")
    );
    assert!(a.client.get("/program/talks").await.body.contains("Agreed: Mondays at 19:00, 45 minutes"));

    // Ravi, who broke trust, has no question box of his own; Asha writes two questions.
    assert_eq!(b.client.post("/program/talks/questions", &[("text", "x")]).await.status, StatusCode::NOT_FOUND);
    a.client.post("/program/talks/questions", &[("text", "Where were you on the 3rd?")]).await;
    a.client.post("/program/talks/questions", &[("text", "Did you tell anyone else?")]).await;
    let before = b.client.get("/program/talks").await;
    assert!(
        !before.body.contains("Where were you") && !before.body.contains("Questions for this talk"),
        "hidden before the talk"
    );
    assert!(!before.body.contains("entries"), "not even how many there are");

    // 19:00 in Kolkata is 13:30 UTC: 4.5 hours on, the talk opens.
    app.clock.advance(4 * HOUR + 30 * MINUTE);
    let during = b.client.get("/program/talks").await;
    assert!(
        during.body.contains("Your talk is open now")
            && during.body.contains("Where were you on the 3rd?")
            && during.body.contains("Did you tell anyone else?"),
        "{}",
        during.body
    );
    let q = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM talk_questions ORDER BY created_at LIMIT 1")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get::<String, _>(0)
    };
    assert_eq!(
        b.client.post(&format!("/program/talks/questions/{q}/discussed"), &[]).await.location(),
        Some("/program/talks")
    );

    // The timer says what is left; either can pause, and the other sees who paused.
    assert!(during.body.contains("45 minutes left") && during.body.contains("Pause the talk"));
    app.clock.advance(10 * MINUTE);
    assert_eq!(a.client.post("/program/talks/pause", &[]).await.location(), Some("/program/talks"));
    let paused = b.client.get("/program/talks").await.body;
    assert!(paused.contains("35 minutes left") && paused.contains("Paused by Asha at 2 Nov 2026, 19:10"), "{paused}");
    assert!(paused.contains("Carry on talking"));
    assert!(a.client.get("/program/talks").await.body.contains("Paused by you"));
    b.client.post("/program/talks/pause", &[]).await;
    assert!(!b.client.get("/program/talks").await.body.contains("Paused by"));

    // After the talk: the discussed one is gone, the other carries over and is hidden again.
    app.clock.advance(36 * MINUTE);
    let after = b.client.get("/program/talks").await;
    assert!(!after.body.contains("Did you tell anyone else?"), "hidden again after the talk");
    assert!(
        a.client.get("/program/talks").await.body.contains("Did you tell anyone else?"),
        "the author still sees it"
    );
    assert!(!a.client.get("/program/talks").await.body.contains("Where were you"), "discussed");

    // Each rates the talk privately.
    assert!(after.body.contains("How was the talk on"));
    let occurrence = {
        let start = after.body.find("name=\"occurrence\" value=\"").unwrap() + "name=\"occurrence\" value=\"".len();
        after.body[start..].split('"').next().unwrap().to_string()
    };
    let res = b
        .client
        .post(
            "/program/talks/ratings",
            &[("occurrence", &occurrence), ("heard", "4"), ("safe", "3"), ("punished", "2")],
        )
        .await;
    assert_eq!(res.location(), Some("/program/talks"));
    let mine = b.client.get("/program/talks").await;
    assert!(mine.body.contains("<td>4</td><td>3</td><td>2</td>") && !mine.body.contains("How was the talk on"));
    assert!(
        !a.client.get("/program/talks").await.body.contains("<td>4</td><td>3</td><td>2</td>"),
        "ratings are private"
    );
    // Rated means held: it cannot then be recorded as missed. The next week's talk was missed.
    let missed = |c: &crate::harness::Client, at: String| {
        let c = c.clone();
        async move { c.post("/program/talks/missed", &[("occurrence", &at)]).await }
    };
    assert_eq!(missed(&a.client, occurrence.clone()).await.status, StatusCode::CONFLICT);
    app.clock.advance(7 * diltalks::clock::DAY);
    a.sign_in_again().await;
    b.sign_in_again().await;
    let next_week = (occurrence.parse::<i64>().unwrap() + 7 * diltalks::clock::DAY).to_string();
    assert_eq!(missed(&a.client, "12345".into()).await.status, StatusCode::NOT_FOUND, "not a talk");
    assert_eq!(missed(&a.client, next_week.clone()).await.location(), Some("/program/talks"));
    let page = b.client.get("/program/talks").await.body;
    assert!(page.contains("Over the last 90 days: 1 talk held, 1 missed."), "{page}");
    assert!(!page.contains("How was the talk on 9 Nov"), "a missed talk is not rated");
    let res = b
        .client
        .post("/program/talks/ratings", &[("occurrence", &next_week), ("heard", "4"), ("safe", "3"), ("punished", "2")])
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn reflections_and_needs_stay_private_until_shared_and_needs_lead_to_action() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    a.client.post("/program/start", &[("perspective", "hurt")]).await;
    b.client.post("/program/start", &[("perspective", "broke")]).await;

    let res = b
        .client
        .post(
            "/program/roots/reflections",
            &[("prompt", "avoidance"), ("text", "I change the subject."), ("visibility", "")],
        )
        .await;
    assert_eq!(res.location(), Some("/program/roots"));
    b.client
        .post(
            "/program/roots/reflections",
            &[("prompt", "stress"), ("text", "Work took everything that year."), ("visibility", "shared")],
        )
        .await;
    let a_view = a.client.get("/program/roots").await.body;
    assert!(a_view.contains("Work took everything that year.") && !a_view.contains("I change the subject."));
    assert_eq!(
        b.client.post("/program/roots/reflections", &[("prompt", "nonsense"), ("text", "x")]).await.status,
        StatusCode::NOT_FOUND
    );
    let empty = b
        .client
        .post("/program/roots/reflections", &[("prompt", "open"), ("text", " "), ("visibility", "shared")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Asha names a need and shares it; Ravi turns it into a commitment or a talk topic.
    a.client.post("/program/roots/needs", &[("text", "To hear when plans change"), ("visibility", "shared")]).await;
    a.client.post("/program/roots/needs", &[("text", "Time alone on Sundays"), ("visibility", "")]).await;
    let b_view = b.client.get("/program/roots").await.body;
    assert!(b_view.contains("To hear when plans change") && !b_view.contains("Time alone on Sundays"));
    // The link names the need by id: its words never travel in a URL (browser history).
    let shared_need: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM needs WHERE visibility = 'shared'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get(0)
    };
    let private_need: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM needs WHERE visibility <> 'shared'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get(0)
    };
    assert!(b_view.contains(&format!("/program/actions?need={shared_need}")), "{b_view}");
    assert!(!b_view.contains("?text=") && !b_view.contains("plans+change") && !b_view.contains("plans%20change"));
    let prefilled = b.client.get(&format!("/program/actions?need={shared_need}")).await.body;
    assert!(prefilled.contains("value=\"To hear when plans change\""));
    let unshared = b.client.get(&format!("/program/actions?need={private_need}")).await.body;
    assert!(!unshared.contains("Time alone on Sundays"), "a need not shared with him fills nothing");
    let need = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM needs WHERE visibility = 'shared'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get::<String, _>(0)
    };
    let private_need = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM needs WHERE visibility = 'private'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get::<String, _>(0)
    };
    assert_eq!(
        b.client.post(&format!("/program/roots/needs/{private_need}/to-talk"), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        b.client.post(&format!("/program/roots/needs/{need}/to-talk"), &[]).await.location(),
        Some("/program/talks")
    );
    let talks = b.client.get("/program/talks").await.body;
    assert!(talks.contains("A need Asha named: To hear when plans change"));
    // Ravi added Asha's need: the line says he added it, never that he wrote it.
    assert!(talks.contains("Added by you,") && !talks.contains("<span class=\"muted\">You,"), "{talks}");
    // Asha adding her own need names her too, not "I".
    a.client.post(&format!("/program/roots/needs/{need}/to-talk"), &[]).await;
    let own = a.client.get("/program/talks").await.body;
    assert!(own.contains("A need Asha named: To hear when plans change") && !own.contains("A need I named"), "{own}");
}

#[tokio::test]
async fn a_commitment_due_in_year_one_is_named_and_kept() {
    let app = crate::harness::TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    a.client.post("/program/start", &[("perspective", "hurt")]).await;
    b.client.post("/program/start", &[("perspective", "broke")]).await;
    for date in ["0001-01-01", "9999-12-31"] {
        let res = a
            .client
            .post(
                "/program/actions/commitments",
                &[("text", "Call when I am late"), ("kind", "once"), ("date", date), ("time", "19:00")],
            )
            .await;
        assert_eq!(res.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY, "{date}");
        assert!(res.body.contains("Give a date between") && res.body.contains("Call when I am late"), "{}", res.body);
    }
}

#[tokio::test]
async fn a_reflection_can_be_shared_unshared_changed_and_deleted_after_writing() {
    let app = crate::harness::TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    a.client.post("/program/start", &[("perspective", "hurt")]).await;
    b.client.post("/program/start", &[("perspective", "broke")]).await;
    a.client
        .post(
            "/program/roots/reflections",
            &[("prompt", "open"), ("text", "LATER-CANARY first words"), ("visibility", "")],
        )
        .await;
    let id: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM reflections").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    assert!(!b.client.get("/program/roots").await.body.contains("LATER-CANARY"), "private at first");
    // Shared later, with new words: Ravi sees the new words.
    let res = a
        .client
        .post(
            &format!("/program/roots/reflections/{id}"),
            &[("text", "LATER-CANARY second words"), ("visibility", "shared")],
        )
        .await;
    assert_eq!(res.location(), Some("/program/roots"));
    let ravi = b.client.get("/program/roots").await.body;
    assert!(ravi.contains("LATER-CANARY second words") && !ravi.contains("first words"));
    // Ravi can read it but not change it.
    assert_eq!(
        b.client.get(&format!("/program/roots/reflections/{id}/edit")).await.status,
        axum::http::StatusCode::NOT_FOUND
    );
    // An empty text is named and nothing is lost.
    let res =
        a.client.post(&format!("/program/roots/reflections/{id}"), &[("text", "  "), ("visibility", "shared")]).await;
    assert_eq!(res.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
    assert!(b.client.get("/program/roots").await.body.contains("LATER-CANARY second words"));
    // Unshared: gone from Ravi's page at once.
    a.client
        .post(
            &format!("/program/roots/reflections/{id}"),
            &[("text", "LATER-CANARY second words"), ("visibility", "private")],
        )
        .await;
    assert!(!b.client.get("/program/roots").await.body.contains("LATER-CANARY"));
    // Deleted: gone for good.
    assert_eq!(
        a.client.post(&format!("/program/roots/reflections/{id}/delete"), &[]).await.location(),
        Some("/program/roots")
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM reflections").await, 0);
}
