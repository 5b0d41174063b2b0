//! Messages: who can read which conversation, sent and read state, the edit window and its
//! history, unread counts and mail. Live delivery and rooms are in `live.rs`.

use axum::http::StatusCode;
use diltalks::bookings::model::{Booked, NewBooking};
use diltalks::bookings::store::book;
use diltalks::clock::{DAY, MINUTE};
use sqlx::Row;

use crate::harness::{Member, TestApp};

pub const SECRET: &str = "MESSAGE-CANARY about the weekend";

/// A booking made straight in the store: `space` makes it a couple session.
pub async fn book_session(app: &TestApp, counsellor: &Member, by: &Member, space: Option<&str>, start: i64) -> String {
    let key = format!("{}-{start}-{}", counsellor.id, space.is_some());
    let new = NewBooking {
        counsellor_id: &counsellor.id,
        booked_by: &by.id,
        space_id: space,
        starts_at: start,
        ends_at: start + 50 * MINUTE,
        held_until: start + 60 * MINUTE,
        idempotency_key: &key,
        replaces: None,
    };
    match book(&app.state.db, &new, app.clock.now_ms()).await.unwrap() {
        Booked::New(id) => id,
        other => panic!("{other:?}"),
    }
}

pub async fn space_of(app: &TestApp, m: &Member) -> String {
    sqlx::query("SELECT space_id FROM memberships WHERE user_id = $1 AND left_at IS NULL")
        .bind(&m.id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
        .get(0)
}

/// The id of a thread of this kind that `m` can see (opening /messages makes it).
pub async fn thread_of(app: &TestApp, m: &Member, kind: &str) -> String {
    assert_eq!(m.client.get("/messages").await.status, StatusCode::OK);
    sqlx::query(
        "SELECT t.id FROM threads t JOIN thread_reads r ON r.thread_id = t.id WHERE r.user_id = $1 AND t.kind = $2",
    )
    .bind(&m.id)
    .bind(kind)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap()
    .get(0)
}

#[tokio::test]
async fn each_conversation_is_read_by_its_people_only() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let counsellor = app.listed_counsellor("Meera Rao", &admin.id).await;
    let another = app.listed_counsellor("Dev Shah", &admin.id).await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    let (other, _) = app.couple("Other", "OthersPartner").await;
    let space = space_of(&app, &a).await;
    let start = app.clock.now_ms() + 2 * DAY;
    book_session(&app, &counsellor, &a, Some(&space), start).await;
    book_session(&app, &counsellor, &a, None, start + DAY).await;

    let partners = thread_of(&app, &a, "partners").await;
    let couple = thread_of(&app, &a, "couple").await;
    let alone = thread_of(&app, &a, "individual").await;
    for (thread, text) in [(&partners, "partners"), (&couple, "couple"), (&alone, "alone")] {
        let res = a.client.post(&format!("/messages/{thread}"), &[("text", &format!("{SECRET} {text}"))]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(res.location(), Some(format!("/messages/{thread}#m-1").as_str()));
    }
    // Stored sealed: the words are nowhere in the table.
    let bodies = sqlx::query("SELECT body FROM messages").fetch_all(&app.state.db.pool).await.unwrap();
    assert_eq!(bodies.len(), 3);
    for r in bodies {
        let body: Vec<u8> = r.get(0);
        assert!(!String::from_utf8_lossy(&body).contains("MESSAGE-CANARY"));
    }

    let anon = app.client();
    let sees = |m: &Member, thread: &String| {
        let c = m.client.clone();
        let path = format!("/messages/{thread}");
        async move { c.get(&path).await }
    };
    // Asha sees all three.
    for t in [&partners, &couple, &alone] {
        let res = sees(&a, t).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("MESSAGE-CANARY"));
    }
    // Ravi: the partners' and the couple's, never Asha's own with the counsellor.
    let page = sees(&b, &partners).await;
    assert!(page.body.contains(&format!("{SECRET} partners")), "{} {}", page.status, page.body);
    assert!(sees(&b, &couple).await.body.contains(&format!("{SECRET} couple")));
    assert_eq!(sees(&b, &alone).await.status, StatusCode::NOT_FOUND);
    // The counsellor: the couple's and Asha's, never the partners' private one.
    assert!(sees(&counsellor, &couple).await.body.contains(&format!("{SECRET} couple")));
    assert!(sees(&counsellor, &alone).await.body.contains(&format!("{SECRET} alone")));
    assert_eq!(sees(&counsellor, &partners).await.status, StatusCode::NOT_FOUND);
    // Another counsellor, another couple: nothing, and nothing in their lists.
    for outsider in [&another, &other] {
        for t in [&partners, &couple, &alone] {
            let res = sees(outsider, t).await;
            assert_eq!(res.status, StatusCode::NOT_FOUND);
            assert!(!res.body.contains("MESSAGE-CANARY"));
            let res = outsider.client.post(&format!("/messages/{t}"), &[("text", "let me in")]).await;
            assert_eq!(res.status, StatusCode::NOT_FOUND);
        }
        assert!(!outsider.client.get("/messages").await.body.contains("Asha"));
    }
    for t in [&partners, &couple, &alone] {
        let res = anon.get(&format!("/messages/{t}")).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert!(res.location().unwrap().starts_with("/login"));
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM messages").await, 3, "refused writes stored nothing");
    // The lists name each person's own conversations and no others.
    let listed = |page: &str, t: &String| page.contains(&format!("/messages/{t}\""));
    let list = counsellor.client.get("/messages").await.body;
    assert!(listed(&list, &couple) && listed(&list, &alone) && !listed(&list, &partners), "{list}");
    let list = b.client.get("/messages").await.body;
    assert!(listed(&list, &couple) && listed(&list, &partners) && !listed(&list, &alone), "{list}");

    // Leaving the space ends Ravi's part in the space's conversations, and their unread count.
    b.sign_in_again().await;
    let res = b.client.post("/space/leave", &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(sees(&b, &partners).await.status, StatusCode::NOT_FOUND);
    assert_eq!(sees(&b, &couple).await.status, StatusCode::NOT_FOUND);
    assert!(!b.client.get("/dashboard").await.body.contains("unread"));
    let list = b.client.get("/messages").await.body;
    assert!(!listed(&list, &couple) && !listed(&list, &partners), "{list}");
    let list = a.client.get("/messages").await.body;
    assert!(listed(&list, &couple) && listed(&list, &alone), "{list}");
    // Each header says who is in the conversation now, not who was (issue 22).
    let page = a.client.get(&format!("/messages/{partners}")).await.body;
    assert!(
        page.contains("Your partner is no longer in this conversation") && !page.contains("Just the two of you"),
        "{page}"
    );
    let page = a.client.get(&format!("/messages/{couple}")).await.body;
    assert!(page.contains("You and the counsellor of your couple sessions: your partner is no longer"), "{page}");
    assert!(!page.contains("You, your partner and the counsellor"), "{page}");
    let page = counsellor.client.get(&format!("/messages/{couple}")).await.body;
    assert!(page.contains("only Asha is in this conversation now") && !page.contains("both partners read"), "{page}");
}

#[tokio::test]
async fn sent_read_unread_and_one_neutral_mail() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    let t = thread_of(&app, &a, "partners").await;
    a.client.post(&format!("/messages/{t}"), &[("text", SECRET)]).await;
    assert!(a.client.get(&format!("/messages/{t}")).await.body.contains(">Sent<"));
    // Ravi sees one unread conversation in the navigation, on any page.
    let dash = b.client.get("/dashboard").await.body;
    assert!(dash.contains(">1<span class=\"visually-hidden\"> unread"), "{dash}");

    // Fifteen minutes unread: one mail, naming nothing.
    app.clock.advance(14 * MINUTE);
    assert_eq!(diltalks::messages::notify::send_due(&app.state).await.unwrap(), 0);
    a.client.post(&format!("/messages/{t}"), &[("text", "and another")]).await;
    app.clock.advance(2 * MINUTE);
    assert_eq!(diltalks::messages::notify::send_due(&app.state).await.unwrap(), 1);
    app.clock.advance(60 * MINUTE);
    assert_eq!(diltalks::messages::notify::send_due(&app.state).await.unwrap(), 0, "one mail per unread stretch");
    let mail = app.last_mail_to(&b.email).await;
    assert_eq!(mail.subject, "A new message on DilTalks");
    assert!(!mail.body.contains("MESSAGE-CANARY") && !mail.body.contains("another") && !mail.body.contains("Asha"));
    assert!(app.mail().await.iter().all(|m| !m.to.contains(&a.email) || !m.subject.contains("message")));

    // Reading clears it; Asha sees it read.
    let page = b.client.get(&format!("/messages/{t}")).await.body;
    assert!(page.contains("MESSAGE-CANARY") && !page.contains("visually-hidden\"> unread"));
    assert!(a.client.get(&format!("/messages/{t}")).await.body.contains(">Read<"));
    // A new message after reading starts a new stretch: one more mail later.
    a.client.post(&format!("/messages/{t}"), &[("text", "later")]).await;
    app.clock.advance(16 * MINUTE);
    assert_eq!(diltalks::messages::notify::send_due(&app.state).await.unwrap(), 1);
}

#[tokio::test]
async fn messages_change_for_five_minutes_and_keep_their_history() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    let t = thread_of(&app, &a, "partners").await;
    // Nothing to send: the form comes back, named.
    let res = a.client.post(&format!("/messages/{t}"), &[("text", "   ")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Write a message before sending."));
    let long = "x".repeat(5001);
    let res = a.client.post(&format!("/messages/{t}"), &[("text", &long)]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains(&long), "the text is kept");

    a.client.post(&format!("/messages/{t}"), &[("text", "First words")]).await;
    let id: String = sqlx::query("SELECT id FROM messages").fetch_one(&app.state.db.pool).await.unwrap().get(0);
    let edit = format!("/messages/{t}/{id}/edit");
    // Not Ravi's to change.
    assert_eq!(b.client.get(&edit).await.status, StatusCode::NOT_FOUND);
    assert_eq!(b.client.post(&edit, &[("text", "Ravi's version")]).await.status, StatusCode::NOT_FOUND);
    app.clock.advance(4 * MINUTE);
    assert!(a.client.get(&format!("/messages/{t}")).await.body.contains(&edit));
    let res = a.client.post(&edit, &[("text", "Better words")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let page = b.client.get(&format!("/messages/{t}")).await.body;
    assert!(page.contains("Better words") && page.contains("First words") && page.contains("earlier versions"));
    // After five minutes: refused with the new text kept, and nothing changed.
    app.clock.advance(2 * MINUTE);
    let res = a.client.post(&edit, &[("text", "Too late words")]).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains("Too late words") && res.body.contains("five minutes"));
    let page = a.client.get(&format!("/messages/{t}")).await.body;
    assert!(!page.contains("Too late words") && !page.contains(&edit));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM message_versions").await, 1);
    // Nobody can delete a message: there is no such route, for either side.
    assert_eq!(b.client.post(&format!("/messages/{t}/{id}/delete"), &[]).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_counsellor_states_a_reply_time_and_clients_see_it() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let counsellor = app.listed_counsellor("Meera Rao", &admin.id).await;
    let a = app.member("Asha").await;
    book_session(&app, &counsellor, &a, None, app.clock.now_ms() + DAY).await;
    let t = thread_of(&app, &a, "individual").await;
    assert!(!a.client.get(&format!("/messages/{t}")).await.body.contains("usually replies"));
    let res = counsellor.client.post("/messages/reply-time", &[("hours", "24")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(a.client.get(&format!("/messages/{t}")).await.body.contains("Meera Rao usually replies within a day."));
    assert_eq!(counsellor.client.post("/messages/reply-time", &[("hours", "5")]).await.status, StatusCode::BAD_REQUEST);
    let page = a.client.get(&format!("/messages/{t}")).await.body;
    assert!(page.contains("Attachments cannot be sent here yet"));
}

/// Whether a page dates something in Hindi (a month written out).
fn hindi_month(page: &str) -> bool {
    (1..=12).any(|m| page.contains(diltalks::i18n::dates::month(diltalks::i18n::Lang::Hi, m)))
}

#[tokio::test]
async fn messages_read_in_hindi_with_hindi_dates_and_errors_that_keep_the_text() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let counsellor = app.listed_counsellor("Meera Rao", &admin.id).await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    book_session(&app, &counsellor, &a, None, app.clock.now_ms() + DAY).await;
    for m in [&a, &b, &counsellor] {
        m.client.post("/language", &[("lang", "hi"), ("back", "/messages")]).await;
    }
    // The counsellor's list and reply time.
    let list = counsellor.client.get("/messages").await.body;
    assert!(list.contains("जवाब देने का आपका आम समय") && list.contains(">एक दिन के अंदर</option>"), "{list}");
    let res = counsellor.client.post("/messages/reply-time", &[("hours", "24")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(counsellor.client.get("/messages").await.body.contains("जवाब देने का आपका समय सेव हो गया।"));
    let res = counsellor.client.post("/messages/reply-time", &[("hours", "5")]).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("जवाब देने का यह समय दिए गए विकल्पों में से नहीं है।"), "{}", res.body);

    let list = a.client.get("/messages").await.body;
    assert!(list.contains("किसी बातचीत को सिर्फ़ उसमें शामिल लोग पढ़ सकते हैं।"), "{list}");
    let alone = thread_of(&app, &a, "individual").await;
    let page = a.client.get(&format!("/messages/{alone}")).await.body;
    assert!(page.contains("Meera Rao से आम तौर पर एक दिन के अंदर जवाब मिल जाता है।"), "{page}");
    assert!(page.contains("सिर्फ़ आप और आपके काउंसलर") && page.contains("अभी कोई संदेश नहीं है।"));

    // The partners' conversation: an error in Hindi keeps what was typed.
    let t = thread_of(&app, &a, "partners").await;
    let res = a.client.post(&format!("/messages/{t}"), &[("text", "  ")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("भेजने से पहले संदेश लिखें।"), "{}", res.body);
    let long = "बात ".repeat(1300);
    let res = a.client.post(&format!("/messages/{t}"), &[("text", &long)]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("ज़्यादा से ज़्यादा 5,000 अक्षर") && res.body.contains(long.trim()), "text kept");
    a.client.post(&format!("/messages/{t}"), &[("text", "आज शाम टहलने चलें?")]).await;
    let page = a.client.get(&format!("/messages/{t}")).await.body;
    assert!(page.contains(">भेजा गया<") && page.contains("सिर्फ़ आप दोनों") && page.contains(">बदलें<"), "{page}");
    assert!(hindi_month(&page), "the time a message was sent, in Hindi: {page}");
    assert!(page.contains(r#"data-live-on="नए संदेश आते ही यहाँ दिखेंगे।""#));
    let page = b.client.get(&format!("/messages/{t}")).await.body;
    assert!(page.contains("आज शाम टहलने चलें?") && page.contains(">रिपोर्ट करें<"), "{page}");
    assert!(page.contains("Asha का") && !page.contains(">आप</strong>"), "{page}");
    assert!(a.client.get(&format!("/messages/{t}")).await.body.contains(">पढ़ लिया गया<"));

    // Changing it: the form, the change and its history, then too late, the new text kept.
    let id: String = sqlx::query("SELECT id FROM messages WHERE thread_id = $1")
        .bind(&t)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
        .get(0);
    let edit = format!("/messages/{t}/{id}/edit");
    let form = a.client.get(&edit).await.body;
    assert!(form.contains("अपना संदेश बदलें") && form.contains("तक बदल सकते हैं।") && hindi_month(&form), "{form}");
    let res = a.client.post(&edit, &[("text", "आज शाम साथ टहलें?")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let page = a.client.get(&format!("/messages/{t}")).await.body;
    assert!(page.contains("आपका संदेश बदल गया") && page.contains("को बदला गया: पहले वाले रूप"), "{page}");
    app.clock.advance(6 * MINUTE);
    let res = a.client.post(&edit, &[("text", "देर से लिखे शब्द")]).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains("पाँच मिनट बीत चुके हैं") && res.body.contains("देर से लिखे शब्द"), "{}", res.body);
}
