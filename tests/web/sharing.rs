//! Sharing with a counsellor, tested as every kind of visitor: the counsellor with consent,
//! a counsellor the client booked but shared nothing with, another counsellor, the client,
//! the partner, and an anonymous visitor. Every read is logged for the client; revoking
//! works from the next request; session notes are the counsellor's alone.

use axum::http::StatusCode;
use diltalks::bookings::model::{Booked, NewBooking};
use diltalks::bookings::store::book;
use diltalks::clock::{DAY, MINUTE};

use crate::harness::{Member, TestApp};

const NOTE_CANARY: &str = "NOTE-CANARY never for the counsellor";
const REFLECTION_CANARY: &str = "REFLECTION-CANARY shared by choice";
const ACCOUNT_CANARY: &str = "ACCOUNT-CANARY what happened, agreed";
const SESSION_NOTE: &str = "SESSION-NOTE-CANARY for the counsellor alone";

pub async fn booking_with(app: &TestApp, counsellor: &Member, client: &Member, days: i64) {
    let start = app.clock.now_ms() + days * DAY;
    let key = format!("{}-{days}", counsellor.id);
    let new = NewBooking {
        counsellor_id: &counsellor.id,
        booked_by: &client.id,
        space_id: None,
        starts_at: start,
        ends_at: start + 50 * MINUTE,
        held_until: start + 60 * MINUTE,
        idempotency_key: &key,
        replaces: None,
    };
    assert!(matches!(book(&app.state.db, &new, app.clock.now_ms()).await.unwrap(), Booked::New(_)));
}

#[tokio::test]
async fn a_counsellor_sees_only_what_was_shared_and_every_look_is_logged() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let with = app.listed_counsellor("Meera Rao", &admin.id).await;
    let without = app.listed_counsellor("Dev Shah", &admin.id).await;
    let another = app.listed_counsellor("Ira Sen", &admin.id).await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    a.client.post("/program/start", &[("perspective", "hurt")]).await;
    b.client.post("/program/start", &[("perspective", "broke")]).await;
    a.client.post("/program/time/checkins", &[("trust", "3"), ("safety", "6"), ("note", NOTE_CANARY)]).await;
    a.client
        .post("/program/roots/reflections", &[("prompt", "open"), ("text", REFLECTION_CANARY), ("visibility", "")])
        .await;
    a.client.post("/program/acknowledge/account", &[("text", ACCOUNT_CANARY)]).await;
    let v: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM account_versions").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    b.client.post(&format!("/program/acknowledge/account/{v}/confirm"), &[]).await;
    booking_with(&app, &with, &a, 3).await;
    booking_with(&app, &without, &a, 4).await;

    // Asha shares her numbers, the agreed account and one reflection with Meera only.
    let page = a.client.get("/sharing").await.body;
    assert!(page.contains("Meera Rao") && page.contains("Dev Shah") && !page.contains("Ira Sen"));
    let rid: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM reflections").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    let reflection = format!("reflection:{rid}");
    let res = a
        .client
        .post(&format!("/sharing/{}", with.id), &[("share", "checkins"), ("share", "account"), ("share", &reflection)])
        .await;
    assert_eq!(res.location(), Some("/sharing"));
    assert_eq!(
        b.client.post(&format!("/sharing/{}", with.id), &[("share", "checkins")]).await.status,
        StatusCode::NOT_FOUND
    );

    let path = format!("/practice/clients/{}", a.id);
    let seen = with.client.get(&path).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(seen.body.contains("Latest: trust 3 and feeling safe 6"), "{}", seen.body);
    assert!(seen.body.contains(REFLECTION_CANARY));
    // The agreed account is the couple's record: one partner's consent is not enough.
    assert!(!seen.body.contains(ACCOUNT_CANARY), "Ravi has not shared the account");
    assert!(seen.body.contains("once their partner shares it too"), "{}", seen.body);
    assert!(!seen.body.contains("NOTE-CANARY"), "never the check-in notes");
    let unshared = without.client.get(&path).await;
    assert_eq!(unshared.status, StatusCode::OK);
    assert!(unshared.body.contains("Nothing is shared with you"));
    assert!(!unshared.body.contains("CANARY") && !unshared.body.contains("trust 3"));
    assert_eq!(another.client.get(&path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(a.client.get(&path).await.status, StatusCode::NOT_FOUND, "the client");
    assert_eq!(b.client.get(&path).await.status, StatusCode::NOT_FOUND, "the partner");
    assert!(app.client().get(&path).await.location().unwrap().starts_with("/login"));
    assert!(with.client.get("/practice/clients").await.body.contains("Asha"));
    assert!(!another.client.get("/practice/clients").await.body.contains("Asha"));

    // The log: Asha sees each look; Ravi sees none of it.
    let log = a.client.get("/sharing").await.body;
    assert!(log.contains("your check-in numbers and a reflection"), "one line for the visit, naming both");
    assert!(!log.contains("your agreed account"), "it was not shown, so it was not read");
    assert!(log.contains("Meera Rao"));
    assert!(!b.client.get("/sharing").await.body.contains("your check-in numbers"));
    let settings = a.client.get("/settings").await.body;
    assert!(settings.contains("Meera Rao looked at your check-in numbers"), "the log on the settings page");
    assert!(!b.client.get("/settings").await.body.contains("looked at your"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM counsellor_reads").await, 1, "one visit, one line");
    // Reloading moments later is the same visit; the log does not fill with copies.
    for _ in 0..3 {
        with.client.get(&path).await;
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM counsellor_reads").await, 1);

    // Unticking takes effect on the very next request.
    a.client.post(&format!("/sharing/{}", with.id), &[("share", "checkins")]).await;
    let after = with.client.get(&path).await.body;
    assert!(!after.contains(REFLECTION_CANARY) && !after.contains(ACCOUNT_CANARY) && after.contains("trust 3"));

    // Notes are the counsellor's own, sealed.
    let empty = with.client.post(&format!("{path}/notes"), &[("text", " ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        with.client.post(&format!("{path}/notes"), &[("text", SESSION_NOTE)]).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(with.client.get(&path).await.body.contains(SESSION_NOTE));
    assert!(!without.client.get(&path).await.body.contains(SESSION_NOTE));
    assert_eq!(another.client.post(&format!("{path}/notes"), &[("text", "x")]).await.status, StatusCode::NOT_FOUND);
    for page in ["/sharing", "/bookings", "/program", "/settings"] {
        assert!(!a.client.get(page).await.body.contains("SESSION-NOTE"));
    }
    // An exercise appears in the client's program, not the partner's, until marked done.
    let res = with.client.post(&format!("{path}/exercises"), &[("text", "Write down one kind thing each day.")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(
        without.client.post(&format!("{path}/exercises"), &[("text", " ")]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(another.client.post(&format!("{path}/exercises"), &[("text", "x")]).await.status, StatusCode::NOT_FOUND);
    let journey = a.client.get("/program").await.body;
    assert!(journey.contains("From your counsellor") && journey.contains("Write down one kind thing each day."));
    assert!(!b.client.get("/program").await.body.contains("Write down one kind thing"));
    let eid: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM exercises").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    assert_eq!(b.client.post(&format!("/exercises/{eid}/done"), &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(a.client.post(&format!("/exercises/{eid}/done"), &[]).await.location(), Some("/program"));
    assert!(!a.client.get("/program").await.body.contains("Write down one kind thing"));
    assert!(with.client.get(&path).await.body.contains(" · done"));
    let sealed: Vec<u8> = {
        use sqlx::Row;
        sqlx::query("SELECT body FROM session_notes").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    assert!(!String::from_utf8_lossy(&sealed).contains("SESSION-NOTE"));
}

/// Every counsellor-side route about a client, as the six kinds of visitor the issue names.
#[tokio::test]
async fn counsellor_routes_answer_each_kind_of_visitor_as_the_table_says() {
    #[derive(Clone, Copy, Debug, PartialEq)]
    enum E {
        Ok,
        See,
        NotFound,
        Login,
    }
    use E::*;
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let with = app.listed_counsellor("With Consent", &admin.id).await;
    let without = app.listed_counsellor("Without Consent", &admin.id).await;
    let another = app.listed_counsellor("Another One", &admin.id).await;
    let (client, partner) = app.couple("Client", "Partner").await;
    client.client.post("/program/start", &[("perspective", "hurt")]).await;
    client
        .client
        .post("/program/roots/reflections", &[("prompt", "open"), ("text", REFLECTION_CANARY), ("visibility", "")])
        .await;
    booking_with(&app, &with, &client, 3).await;
    booking_with(&app, &without, &client, 4).await;
    let rid: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM reflections").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    client.client.post(&format!("/sharing/{}", with.id), &[("share", &format!("reflection:{rid}"))]).await;
    let anon = app.client();
    let page = format!("/practice/clients/{}", client.id);
    let notes = format!("{page}/notes");
    let exercises = format!("{page}/exercises");
    // With consent, without consent, another counsellor, the client, the partner, anonymous.
    let table: [(&str, &str, [E; 6]); 4] = [
        ("GET", "/practice/clients", [Ok, Ok, Ok, NotFound, NotFound, Login]),
        ("GET", &page, [Ok, Ok, NotFound, NotFound, NotFound, Login]),
        ("POST", &notes, [See, See, NotFound, NotFound, NotFound, Login]),
        ("POST", &exercises, [See, See, NotFound, NotFound, NotFound, Login]),
    ];
    let actors = [&with.client, &without.client, &another.client, &client.client, &partner.client, &anon];
    for (method, path, expect) in table {
        for (who, c) in actors.iter().enumerate() {
            let res = if method == "GET" { c.get(path).await } else { c.post(path, &[("text", "A line.")]).await };
            let got = match res.status {
                StatusCode::OK => Ok,
                StatusCode::NOT_FOUND => NotFound,
                StatusCode::SEE_OTHER if res.location().unwrap_or("").starts_with("/login") => Login,
                StatusCode::SEE_OTHER => See,
                other => panic!("{method} {path} as actor {who}: {other}"),
            };
            assert_eq!(got, expect[who], "{method} {path} as actor {who}");
            // Only the counsellor with consent ever reads the shared reflection.
            if who != 0 {
                assert!(!res.body.contains("REFLECTION-CANARY"), "{method} {path} as actor {who} leaked");
            }
        }
    }
}

pub async fn couple_booking(app: &TestApp, counsellor: &Member, booker: &Member, days: i64) -> String {
    use sqlx::Row;
    let space: String = sqlx::query("SELECT space_id FROM memberships WHERE user_id = $1 AND left_at IS NULL")
        .bind(&booker.id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
        .get(0);
    let start = app.clock.now_ms() + days * DAY;
    let key = format!("couple-{}-{days}", counsellor.id);
    let new = NewBooking {
        counsellor_id: &counsellor.id,
        booked_by: &booker.id,
        space_id: Some(&space),
        starts_at: start,
        ends_at: start + 50 * MINUTE,
        held_until: start + 60 * MINUTE,
        idempotency_key: &key,
        replaces: None,
    };
    assert!(matches!(book(&app.state.db, &new, app.clock.now_ms()).await.unwrap(), Booked::New(_)));
    space
}

const SAM_PRIVATE: &str = "SAM-PRIVATE-CANARY a reflection Sam keeps";

#[tokio::test]
async fn a_couple_is_one_client_each_partner_consents_for_themselves_and_exercises_reach_both() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let meera = app.listed_counsellor("Meera Rao", &admin.id).await;
    let ira = app.listed_counsellor("Ira Sen", &admin.id).await;
    let dev = app.listed_counsellor("Dev Shah", &admin.id).await;
    let (nadia, sam) = app.couple("Nadia", "Sam").await;
    let (other, _) = app.couple("Other", "OthersPartner").await;
    nadia.client.post("/program/start", &[("perspective", "hurt")]).await;
    sam.client.post("/program/start", &[("perspective", "broke")]).await;
    nadia.client.post("/program/time/checkins", &[("trust", "4"), ("safety", "7"), ("note", NOTE_CANARY)]).await;
    sam.client.post("/program/time/checkins", &[("trust", "8"), ("safety", "9"), ("note", "")]).await;
    sam.client
        .post("/program/roots/reflections", &[("prompt", "open"), ("text", SAM_PRIVATE), ("visibility", "")])
        .await;
    nadia.client.post("/program/acknowledge/account", &[("text", ACCOUNT_CANARY)]).await;
    let v: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM account_versions").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    sam.client.post(&format!("/program/acknowledge/account/{v}/confirm"), &[]).await;
    let space = couple_booking(&app, &meera, &nadia, 3).await;
    booking_with(&app, &ira, &nadia, 4).await; // Ira sees Nadia alone, never the couple
    let page = format!("/practice/couples/{space}");

    // One row for the couple; nobody listed twice as a stranger.
    let list = meera.client.get("/practice/clients").await.body;
    assert!(list.contains("Nadia &#38; Sam") && list.contains(&page), "{list}");
    assert!(!list.contains("Individual sessions"), "no individual bookings yet");
    assert!(!ira.client.get("/practice/clients").await.body.contains("Nadia &#38; Sam"));

    // Nadia shares her numbers and the account; Sam shares nothing yet.
    nadia.client.post(&format!("/sharing/{}", meera.id), &[("share", "checkins"), ("share", "account")]).await;
    let seen = meera.client.get(&page).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(
        seen.body.contains("Nadia&#39;s check-ins") && seen.body.contains("Latest: trust 4 and feeling safe 7"),
        "{}",
        seen.body
    );
    assert!(!seen.body.contains("trust 8"), "Sam's numbers are Sam's to share");
    assert!(seen.body.contains("What Sam shares with you") && seen.body.contains("Nothing is shared with you"));
    assert!(!seen.body.contains(ACCOUNT_CANARY), "one partner's consent is not enough for the joint account");
    assert!(seen.body.contains("Sam has not"), "{}", seen.body);
    assert!(!seen.body.contains(NOTE_CANARY) && !seen.body.contains(SAM_PRIVATE));
    // Sam consents too: now the account shows, and Sam's numbers.
    let res = sam.client.post(&format!("/sharing/{}", meera.id), &[("share", "account"), ("share", "checkins")]).await;
    assert_eq!(res.location(), Some("/sharing"));
    let seen = meera.client.get(&page).await.body;
    assert!(seen.contains(ACCOUNT_CANARY) && seen.contains("trust 8") && !seen.contains(SAM_PRIVATE));
    // Each partner's log names what of theirs was read, one line per visit.
    let nadia_log = nadia.client.get("/sharing").await.body;
    assert!(nadia_log.contains("your check-in numbers and your agreed account"), "{nadia_log}");
    assert!(sam.client.get("/sharing").await.body.contains("your check-in numbers and your agreed account"));

    // Who may open the couple's page and write on it: the couple's counsellor alone.
    let anon = app.client();
    let actors = [
        ("Meera", &meera.client),
        ("Ira", &ira.client),
        ("Dev", &dev.client),
        ("Nadia", &nadia.client),
        ("Sam", &sam.client),
        ("other couple", &other.client),
        ("operator", &admin.client),
        ("anonymous", &anon),
    ];
    for (who, c) in actors {
        let get = c.get(&page).await;
        let note = c.post(&format!("{page}/notes"), &[("text", "A line.")]).await;
        let ex = c.post(&format!("{page}/exercises"), &[("text", "A line."), ("for_whom", "couple")]).await;
        if who == "Meera" {
            assert_eq!(get.status, StatusCode::OK);
            assert_eq!(note.status, StatusCode::SEE_OTHER);
            assert_eq!(ex.status, StatusCode::SEE_OTHER);
        } else if who == "anonymous" {
            for r in [&get, &note, &ex] {
                assert!(r.location().unwrap_or("").starts_with("/login"), "{who}");
            }
        } else {
            for r in [&get, &note, &ex] {
                assert_eq!(r.status, StatusCode::NOT_FOUND, "{who}");
                assert!(!r.body.contains(ACCOUNT_CANARY) && !r.body.contains("trust 4"), "{who}");
            }
        }
    }
    let ids = || async {
        use sqlx::Row;
        sqlx::query("SELECT id FROM couple_exercises")
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.get::<String, _>(0))
            .collect::<Vec<_>>()
    };
    let before = ids().await;

    // An exercise for both: each sees it, each marks their own part; the counsellor sees who.
    let res = meera
        .client
        .post(&format!("{page}/exercises"), &[("text", "Take a slow walk together."), ("for_whom", "couple")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    for m in [&nadia, &sam] {
        assert!(m.client.get("/program").await.body.contains("Take a slow walk together."));
    }
    assert!(!other.client.get("/program").await.body.contains("Take a slow walk"));
    let eid = ids().await.into_iter().find(|id| !before.contains(id)).unwrap();
    assert_eq!(other.client.post(&format!("/exercises/{eid}/done"), &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(nadia.client.post(&format!("/exercises/{eid}/done"), &[]).await.location(), Some("/program"));
    assert_eq!(nadia.client.post(&format!("/exercises/{eid}/done"), &[]).await.status, StatusCode::NOT_FOUND, "once");
    assert!(!nadia.client.get("/program").await.body.contains("Take a slow walk together."));
    let sams = sam.client.get("/program").await.body;
    assert!(sams.contains("Take a slow walk together.") && sams.contains("Nadia has done their part"), "{sams}");
    assert!(meera.client.get(&page).await.body.contains("Nadia: done · Sam: not yet"));
    // One for Sam alone reaches Sam only.
    meera
        .client
        .post(&format!("{page}/exercises"), &[("text", "Write down three hopes."), ("for_whom", &sam.id)])
        .await;
    assert!(sam.client.get("/program").await.body.contains("Write down three hopes."));
    assert!(!nadia.client.get("/program").await.body.contains("Write down three hopes."));
    assert!(meera.client.get(&page).await.body.contains("For Sam alone: not yet"));
    // A choice that is neither partner is named, and the text is kept.
    let bad = meera.client.post(&format!("{page}/exercises"), &[("text", "Kept text."), ("for_whom", &other.id)]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Choose who the exercise is for") && bad.body.contains("Kept text."));

    // Notes about the couple are the counsellor's alone, and sealed.
    let couple_note = "COUPLE-NOTE-CANARY about them both";
    meera.client.post(&format!("{page}/notes"), &[("text", couple_note)]).await;
    assert!(meera.client.get(&page).await.body.contains(couple_note));
    for m in [&nadia, &sam] {
        for p in ["/program", "/sharing", "/bookings", "/settings"] {
            assert!(!m.client.get(p).await.body.contains("COUPLE-NOTE"), "{p}");
        }
    }
    let sealed: Vec<u8> = {
        use sqlx::Row;
        sqlx::query("SELECT body FROM couple_notes ORDER BY created_at DESC")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get(0)
    };
    assert!(!String::from_utf8_lossy(&sealed).contains("COUPLE-NOTE"));

    // Sam's individual session: Sam is listed on their own too; those notes stay apart unless
    // filed with the couple.
    booking_with(&app, &meera, &sam, 5).await;
    let list = meera.client.get("/practice/clients").await.body;
    assert!(list.contains("Individual sessions") && list.contains(&format!("/practice/clients/{}", sam.id)));
    let own = format!("/practice/clients/{}", sam.id);
    assert!(meera.client.get(&own).await.body.contains(&page), "Sam's page links the couple");
    meera.client.post(&format!("{own}/notes"), &[("text", "SAM-ALONE-NOTE from his session")]).await;
    let res =
        meera.client.post(&format!("{own}/notes"), &[("text", "FILED-WITH-COUPLE note"), ("file", "couple")]).await;
    assert_eq!(res.location(), Some(format!("{page}#notes-h").as_str()));
    let couple_page = meera.client.get(&page).await.body;
    assert!(couple_page.contains("FILED-WITH-COUPLE") && !couple_page.contains("SAM-ALONE-NOTE"));
    assert!(meera.client.get(&own).await.body.contains("SAM-ALONE-NOTE"));
    // Ira, who sees Nadia alone, cannot file anything with the couple.
    let ira_own = format!("/practice/clients/{}/notes", nadia.id);
    assert_eq!(ira.client.post(&ira_own, &[("text", "x"), ("file", "couple")]).await.status, StatusCode::NOT_FOUND);
}

/// Whether a page dates something in Hindi (a month's name written out).
pub fn has_hindi_month(body: &str) -> bool {
    ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
        .iter()
        .any(|m| body.contains(m))
}

#[tokio::test]
async fn sharing_the_clients_pages_and_their_errors_read_in_hindi() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let meera = app.listed_counsellor("Meera Rao", &admin.id).await;
    let (nadia, sam) = app.couple("Nadia", "Sam").await;
    nadia.client.post("/program/start", &[("perspective", "hurt")]).await;
    nadia.client.post("/program/time/checkins", &[("trust", "4"), ("safety", "7"), ("note", "")]).await;
    let space = couple_booking(&app, &meera, &nadia, 3).await;
    for m in [&nadia, &sam, &meera] {
        m.client.post("/language", &[("lang", "hi"), ("back", "/")]).await;
    }

    // The member chooses what to share, in Hindi.
    let page = nadia.client.get("/sharing").await.body;
    assert!(page.contains("अपने काउंसलर के साथ साझा करना") && page.contains("मेरे चेक-इन के अंक (मेरे नोट कभी नहीं)"));
    assert!(page.contains("Meera Rao क्या देख सकते हैं") && page.contains("आपकी साझा की गई किसी भी चीज़ को"), "{page}");
    nadia.client.post(&format!("/sharing/{}", meera.id), &[("share", "checkins"), ("share", "questionnaire")]).await;
    assert!(nadia.client.get("/sharing").await.body.contains("सहेज लिया। Meera Rao अगली बार से"));

    // The counsellor's list and the couple's page.
    let list = meera.client.get("/practice/clients").await.body;
    assert!(list.contains("आपके क्लाइंट") && list.contains("जोड़े") && list.contains("Nadia &#38; Sam"), "{list}");
    let path = format!("/practice/couples/{space}");
    let couple = meera.client.get(&path).await.body;
    assert!(couple.contains("जोड़ा: Nadia &#38; Sam"), "the title");
    assert!(couple.contains("Nadia आपके साथ क्या साझा करते हैं") && couple.contains("Nadia के चेक-इन"), "{couple}");
    assert!(couple.contains("आपके साथ साझा है, पर अभी उसमें कुछ नहीं है: प्रश्नावली के स्कोर।"), "{couple}");
    assert!(couple.contains("इस समय आपके साथ कुछ भी साझा नहीं है।"), "Sam shares nothing");
    assert!(couple.contains("मिनट · बुक है") && has_hindi_month(&couple), "the session, dated in Hindi");

    // An exercise for nobody in particular is refused in Hindi, the text kept.
    let bad = meera.client.post(&format!("{path}/exercises"), &[("text", "साथ में टहलें"), ("for_whom", "x")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("चुनें कि एक्सरसाइज़ किसके लिए है") && bad.body.contains("साथ में टहलें"), "{}", bad.body);
    meera.client.post(&format!("{path}/exercises"), &[("text", "साथ में टहलें"), ("for_whom", "couple")]).await;
    let couple = meera.client.get(&path).await.body;
    assert!(couple.contains("दोनों को दी।") && couple.contains("Nadia: अभी नहीं · Sam: अभी नहीं"), "{couple}");
    let empty = meera.client.post(&format!("{path}/notes"), &[("text", " ")]).await;
    assert!(empty.body.contains("सहेजने से पहले कुछ लिखें।"), "{}", empty.body);

    // One partner's own page, and the log of the visits in Hindi.
    let own = meera.client.get(&format!("/practice/clients/{}", nadia.id)).await.body;
    assert!(own.contains("क्लाइंट: Nadia") && own.contains("आपके सेशन नोट") && own.contains("जोड़े के रूप में भी"));
    let log = nadia.client.get("/sharing").await.body;
    assert!(log.contains("किसने देखा") && log.contains("आपके चेक-इन के अंक") && has_hindi_month(&log), "{log}");
}
