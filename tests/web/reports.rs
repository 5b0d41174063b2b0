//! Abuse reports (issue 20): what the reporter, the reported person, a counsellor and the
//! operator each see; decisions and what they change; misuse limits.

use axum::http::StatusCode;
use diltalks::clock::DAY;
use sqlx::Row;

use crate::harness::{Member, TestApp};
use crate::messages::{book_session, space_of, thread_of};

const ATTACHED: &str = "ATTACHED-CANARY you will regret this";
const OTHER: &str = "UNREPORTED-CANARY dinner at eight";

async fn message_id(app: &TestApp, thread: &str, text: &str) -> String {
    sqlx::query("SELECT id FROM messages WHERE thread_id = $1 ORDER BY seq")
        .bind(thread)
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.get::<String, _>(0))
        .nth(if text == OTHER { 0 } else { 1 })
        .unwrap()
}

async fn report_id(app: &TestApp) -> String {
    sqlx::query("SELECT id FROM reports ORDER BY created_at DESC").fetch_one(&app.state.db.pool).await.unwrap().get(0)
}

async fn send(m: &Member, thread: &str, text: &str) {
    assert_eq!(m.client.post(&format!("/messages/{thread}"), &[("text", text)]).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_report_about_a_partner_puts_safety_first_and_the_operator_sees_only_what_was_attached() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    let partners = thread_of(&app, &a, "partners").await;
    send(&b, &partners, OTHER).await;
    send(&b, &partners, ATTACHED).await;
    let reported = message_id(&app, &partners, ATTACHED).await;

    // The form: safety first (crisis lines on the page, before the form), the text shown.
    let form = a.client.get(&format!("/messages/{partners}/{reported}/report")).await.body;
    let (safety, fields) = (form.find("If you are not safe").unwrap(), form.find("What is wrong?").unwrap());
    assert!(safety < fields && form.contains("tel:") && form.contains("/safety"), "{form}");
    assert!(form.contains(ATTACHED) && !form.contains(OTHER), "only the reported message");
    // Ravi cannot report his own message; nor can anyone outside the thread.
    assert_eq!(b.client.get(&format!("/messages/{partners}/{reported}/report")).await.status, StatusCode::NOT_FOUND);

    // A bad form keeps the note and names the problem.
    let path = format!("/messages/{partners}/{reported}/report");
    let res = a.client.post(&path, &[("note", "He sent this at 2am."), ("attach", "yes")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("He sent this at 2am.") && res.body.contains("Choose what is wrong"), "{}", res.body);
    let res = a.client.post(&path, &[("reason", "threats"), ("note", "He sent this at 2am."), ("attach", "yes")]).await;
    assert_eq!(res.location(), Some("/reports"));
    assert!(a.client.get("/reports").await.body.contains("Received. We will look at it soon."));

    // Ravi sees nothing of it anywhere he goes.
    for page in ["/reports", "/dashboard", &format!("/messages/{partners}")] {
        let body = b.client.get(page).await.body;
        assert!(!body.contains("Threats") && !body.contains("regret this</blockquote>"), "{page}");
    }
    assert!(b.client.get("/reports").await.body.contains("You have not reported anything"));

    // The operator: the attached text and the note; never the other message, never a
    // thread link, never the reporter's name.
    let id = report_id(&app).await;
    let queue = admin.client.get("/admin/reports").await.body;
    assert!(queue.contains("A message: Threats") && queue.contains("text attached"), "{queue}");
    let item = admin.client.get(&format!("/admin/reports/{id}")).await.body;
    assert!(item.contains(ATTACHED) && item.contains("He sent this at 2am."), "{item}");
    assert!(!item.contains(OTHER) && !item.contains(&partners) && !item.contains("Asha"), "{item}");
    assert!(item.contains("About: a member&#39;s account."), "{item}");
    // The stored row is sealed.
    let raw: Vec<u8> = sqlx::query("SELECT attached FROM reports").fetch_one(&app.state.db.pool).await.unwrap().get(0);
    assert!(!String::from_utf8_lossy(&raw).contains("ATTACHED-CANARY"));

    // Without the box ticked, nothing of the message travels.
    a.client.post(&path, &[("reason", "harassment")]).await;
    let id: String = sqlx::query("SELECT id FROM reports WHERE attached IS NULL")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
        .get(0);
    let item = admin.client.get(&format!("/admin/reports/{id}")).await.body;
    assert!(item.contains("No text attached") && !item.contains(ATTACHED), "{item}");

    // Dismissed: the reporter is told in general words, by a mail that names nothing.
    let res = admin.client.post(&format!("/admin/reports/{id}"), &[("decision", "dismiss"), ("reason", "")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "a reason is needed");
    let res = admin.client.post(&format!("/admin/reports/{id}"), &[("decision", "suspend"), ("reason", "x")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "a member cannot be suspended, only counsellors");
    let res =
        admin.client.post(&format!("/admin/reports/{id}"), &[("decision", "dismiss"), ("reason", "Unclear.")]).await;
    assert_eq!(res.location(), Some("/admin/reports"));
    let again = admin.client.post(&format!("/admin/reports/{id}"), &[("decision", "warn"), ("reason", "x")]).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "decided once");
    let mail = app.last_mail_to(&a.email).await;
    assert_eq!(mail.subject, "An update from DilTalks");
    assert!(!mail.body.contains("Ravi") && !mail.body.contains("dismiss"), "{}", mail.body);
    assert!(a.client.get("/reports").await.body.contains("We did not find that it broke our rules"));
    let audit = app.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'report-dismissed'").await;
    assert_eq!(audit, 1);
}

#[tokio::test]
async fn a_warning_reaches_the_reported_account_without_the_reporter_and_reports_are_throttled() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let counsellor = app.listed_counsellor("Meera Rao", &admin.id).await;
    let m = app.member("Kavya").await;
    book_session(&app, &counsellor, &m, None, app.clock.now_ms() + 2 * DAY).await;
    let thread = thread_of(&app, &m, "individual").await;
    send(&m, &thread, OTHER).await;
    send(&m, &thread, ATTACHED).await;
    // A counsellor reports a client's message.
    let reported = message_id(&app, &thread, ATTACHED).await;
    let form = counsellor.client.get(&format!("/messages/{thread}/{reported}/report")).await.body;
    assert!(!form.contains("If you are not safe"), "not a partner: no safety block");
    let res = counsellor
        .client
        .post(&format!("/messages/{thread}/{reported}/report"), &[("reason", "threats"), ("attach", "yes")])
        .await;
    assert_eq!(res.location(), Some("/reports"));
    let id = report_id(&app).await;
    let res = admin
        .client
        .post(
            &format!("/admin/reports/{id}"),
            &[("decision", "warn"), ("reason", "Threatening language is not allowed.")],
        )
        .await;
    assert_eq!(res.location(), Some("/admin/reports"));
    let warning = app.last_mail_to(&m.email).await;
    assert_eq!(warning.subject, "About your DilTalks account");
    assert!(warning.body.contains("Threatening language is not allowed."), "{}", warning.body);
    assert!(!warning.body.contains("Meera") && !warning.body.contains(ATTACHED), "{}", warning.body);
    assert!(counsellor.client.get("/reports").await.body.contains("took action"));

    // Ten reports a day; the eleventh waits.
    let guide = "/articles/safety-first/report";
    for _ in 0..9 {
        assert_eq!(m.client.post(guide, &[("reason", "misleading")]).await.location(), Some("/reports"));
    }
    assert_eq!(m.client.post(guide, &[("reason", "misleading")]).await.location(), Some("/reports"));
    assert_eq!(m.client.post(guide, &[("reason", "misleading")]).await.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn suspending_a_reported_counsellor_unlists_them_and_cancels_their_sessions_neutrally() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let counsellor = app.listed_counsellor("Meera Rao", &admin.id).await;
    let m = app.member("Kavya").await;
    let (a, _) = app.couple("Asha", "Ravi").await;
    let space = space_of(&app, &a).await;
    let start = app.clock.now_ms() + 3 * DAY;
    book_session(&app, &counsellor, &m, None, start).await;
    book_session(&app, &counsellor, &a, Some(&space), start + DAY).await;

    let res = m.client.post(&format!("/counsellors/{}/report", counsellor.id), &[("reason", "conduct")]).await;
    assert_eq!(res.location(), Some("/reports"));
    let id = report_id(&app).await;
    let item = admin.client.get(&format!("/admin/reports/{id}")).await.body;
    assert!(item.contains("the counsellor Meera Rao") && item.contains("Suspend the counsellor"), "{item}");
    app.mail().await;
    let res = admin
        .client
        .post(&format!("/admin/reports/{id}"), &[("decision", "suspend"), ("reason", "Conduct under review.")])
        .await;
    assert_eq!(res.location(), Some("/admin/reports"));
    assert_eq!(app.client().get(&format!("/counsellors/{}", counsellor.id)).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings WHERE status = 'booked'").await, 0);
    // The other clients: the ordinary cancellation, which says nothing of why.
    let cancelled = app.last_mail_to(&a.email).await;
    assert_eq!(cancelled.subject, "Your DilTalks appointment has changed");
    assert!(cancelled.body.contains("is cancelled"), "{}", cancelled.body);
    assert!(!cancelled.body.contains("suspend") && !cancelled.body.contains("report"), "{}", cancelled.body);
    assert_eq!(cancelled.calendar.as_ref().unwrap().0, "CANCEL");
    assert!(m.client.get("/reports").await.body.contains("took action"));
}

#[tokio::test]
async fn the_operator_and_the_reporter_read_reports_and_verification_in_hindi() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    for m in [&admin, &a] {
        m.client.post("/language", &[("lang", "hi"), ("back", "/")]).await;
    }
    let partners = thread_of(&app, &a, "partners").await;
    send(&b, &partners, ATTACHED).await;
    let reported: String = sqlx::query("SELECT id FROM messages WHERE thread_id = $1")
        .bind(&partners)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
        .get(0);

    // The member's form: safety first, the crisis lines in Hindi, what is reported in words.
    let path = format!("/messages/{partners}/{reported}/report");
    let form = a.client.get(&path).await.body;
    assert!(form.contains("अगर आप सुरक्षित नहीं हैं") && form.contains("टेली-मानस"), "{form}");
    assert!(form.contains("आप इसकी शिकायत कर रहे हैं: Ravi का एक संदेश।") && form.contains("क्या ग़लत है?"));
    assert!(form.contains("धमकी, या किसी की सुरक्षा को लेकर डर") && form.contains("शिकायत भेजें"));
    // An error in Hindi, with the note kept.
    let res = a.client.post(&path, &[("note", "रात 2 बजे भेजा।"), ("attach", "yes")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("कृपया फ़ॉर्म एक बार फिर देख लें") && res.body.contains("सूची में से चुनें कि क्या ग़लत है।"));
    assert!(res.body.contains("रात 2 बजे भेजा।"), "the note is kept");
    let long = "क".repeat(1001);
    let res = a.client.post(&path, &[("reason", "threats"), ("note", &long)]).await;
    assert!(res.body.contains("कृपया नोट 1000 अक्षरों के अंदर रखें; अभी इसमें 1001 अक्षर हैं।"), "{}", res.body);
    assert!(
        res.body.contains(r#"id="reason-threats" name="reason" value="threats" checked"#) && res.body.contains(&long)
    );
    let res = a.client.post(&path, &[("reason", "threats"), ("note", "रात 2 बजे भेजा।"), ("attach", "yes")]).await;
    assert_eq!(res.location(), Some("/reports"));
    let mine = a.client.get("/reports").await.body;
    assert!(mine.contains("शुक्रिया। आपकी शिकायत हमारे ऑपरेटर के पास पहुँच गई है"), "the flash: {mine}");
    assert!(mine.contains("<strong>एक संदेश</strong>, धमकी") && mine.contains("मिल गई है। हम जल्द ही इसे देखेंगे।"));
    assert!(mine.contains("नवंबर 2026") || mine.contains("दिसंबर 2026"), "the date in Hindi: {mine}");

    // The operator: health, the queue, the report, a decision.
    let health = admin.client.get("/admin").await.body;
    assert!(health.contains("सेवा की स्थिति") && health.contains("फ़ैसले के इंतज़ार में शिकायतें"), "{health}");
    let queue = admin.client.get("/admin/reports").await.body;
    assert!(queue.contains("एक संदेश: धमकी, या किसी की सुरक्षा को लेकर डर") && queue.contains("टेक्स्ट साथ में है"));
    let id = report_id(&app).await;
    let item = admin.client.get(&format!("/admin/reports/{id}")).await.body;
    assert!(item.contains("किसके बारे में: किसी सदस्य का खाता।") && item.contains("UTC को की गई।"), "{item}");
    assert!(item.contains("शिकायत करने वाले ने क्या भेजा") && item.contains("खाते को चेतावनी दें"));
    let long = "ख".repeat(1001);
    let res = admin.client.post(&format!("/admin/reports/{id}"), &[("decision", "warn"), ("reason", &long)]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("कृपया वजह 1000 अक्षरों के अंदर रखें।") && res.body.contains(&long), "kept");
    let res =
        admin.client.post(&format!("/admin/reports/{id}"), &[("decision", "dismiss"), ("reason", "साफ़ नहीं।")]).await;
    assert_eq!(res.location(), Some("/admin/reports"));
    assert!(admin.client.get("/admin/reports").await.body.contains("फ़ैसला हो गया।"));
    let item = admin.client.get(&format!("/admin/reports/{id}")).await.body;
    assert!(item.contains("फ़ैसला: ख़ारिज (साफ़ नहीं।)।"), "{item}");
    let again = admin.client.post(&format!("/admin/reports/{id}"), &[("decision", "warn"), ("reason", "x")]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("इस शिकायत पर फ़ैसला पहले ही हो चुका है।"));
    assert!(a.client.get("/reports").await.body.contains("देख ली गई। हमें नहीं लगा कि इससे हमारे नियम टूटे"));

    // Counsellors to verify, and one counsellor's review.
    use diltalks::profiles::model::{Profile, Status};
    let c = app.counsellor("Sunita Rao").await;
    let p = Profile {
        full_name: "Sunita Rao".into(),
        title: "Therapist".into(),
        bio: "Hello.".into(),
        license_number: "L-77".into(),
        licensing_body: "Board".into(),
        jurisdiction: "India".into(),
        license_expires_on: "2030-01-01".into(),
        languages: vec!["English".into()],
        formats: vec!["video".into()],
        time_zone: "Asia/Kolkata".into(),
        ..Profile::default()
    };
    let now = app.clock.now_ms();
    diltalks::profiles::store::save_profile(&app.state.db, &c.id, &p, now + 1000 * DAY, Status::Submitted, now)
        .await
        .unwrap();
    let list = admin.client.get("/admin/counsellors").await.body;
    assert!(list.contains("काउंसलरों की जाँच") && list.contains("Board, लाइसेंस L-77 (India), 1 जनवरी 2030 तक मान्य"));
    assert!(list.contains("UTC को भेजा गया"), "{list}");
    let review = format!("/admin/counsellors/{}", c.id);
    assert!(admin.client.get(&review).await.body.contains("जाँचने के लिए लाइसेंस"));
    let res = admin.client.post(&format!("{review}/reject"), &[("reason", &"ग".repeat(1001))]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("वह वजह लिखें जो काउंसलर पढ़ेंगे (1000 अक्षरों तक)।") && res.body.contains(&"ग".repeat(1001)));
    assert_eq!(admin.client.post(&format!("{review}/verify"), &[]).await.location(), Some("/admin/counsellors"));
    let list = admin.client.get("/admin/counsellors").await.body;
    assert!(list.contains("जाँच पूरी हुई और प्रोफ़ाइल लिस्ट में आ गई।") && list.contains("Sunita Rao</a> · जाँच पूरी, लिस्ट में है"));
}
