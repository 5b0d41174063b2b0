//! Counsellors: accounts, profiles checked field by field, verification by the operator, and
//! a directory that lists only verified, current, unsuspended counsellors.

use axum::http::StatusCode;
use diltalks::clock::DAY;

use crate::harness::{Member, TestApp};

fn profile<'a>(name: &'a str, overrides: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("full_name", name),
        ("title", "Counselling psychologist"),
        ("bio", "I help couples talk again after trust has broken.\n\nSessions are calm and structured."),
        ("gender", "woman"),
        ("license_number", "RCI-A12345"),
        ("licensing_body", "Rehabilitation Council of India"),
        ("jurisdiction", "India"),
        ("license_expires_on", "2028-03-31"),
        ("specialties", "trust"),
        ("specialties", "communication"),
        ("approaches", "Emotionally focused therapy"),
        ("languages", "English, Hindi"),
        ("formats", "video"),
        ("formats", "in_person"),
        ("fee", "1500"),
        ("currency", "INR"),
        ("time_zone", "Asia/Kolkata"),
        ("action", "submit"),
    ];
    for (k, v) in overrides {
        f.retain(|(key, _)| key != k);
        f.push((k, v));
    }
    f
}

async fn verified(app: &TestApp, admin: &Member, name: &str, overrides: &[(&str, &str)]) -> Member {
    let c = app.counsellor(name).await;
    let res = c.client.post("/practice/profile", &profile(name, overrides)).await;
    assert_eq!(res.location(), Some("/practice"), "{}", res.body);
    let res = admin.client.post(&format!("/admin/counsellors/{}/verify", c.id), &[]).await;
    assert_eq!(res.location(), Some("/admin/counsellors"));
    c
}

#[tokio::test]
async fn a_counsellor_is_listed_only_once_verified_and_while_current_and_unsuspended() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let member = app.member("Asha").await;
    let c = app.counsellor("Meera").await;
    assert!(c.client.get("/practice").await.body.contains("Write your profile"));
    assert_eq!(member.client.get("/practice").await.status, StatusCode::NOT_FOUND, "members have no practice");
    assert_eq!(c.client.get("/dashboard").await.location(), Some("/practice"));

    // Problems are named and everything typed is kept.
    let bad = c
        .client
        .post(
            "/practice/profile",
            &profile("Meera Rao", &[("license_expires_on", "2026-01-01"), ("fee", "lots"), ("specialties", "")]),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("This licence has expired"), "{}", bad.body);
    assert!(bad.body.contains("Give the fee as a number"));
    assert!(bad.body.contains("Rehabilitation Council of India") && bad.body.contains("Emotionally focused therapy"));
    assert!(bad.body.contains("value=\"in_person\" checked"), "ticked boxes stay ticked");

    let res = c.client.post("/practice/profile", &profile("Meera Rao", &[])).await;
    assert_eq!(res.location(), Some("/practice"));
    assert!(c.client.get("/practice").await.body.contains("Waiting for our team"));
    let path = format!("/counsellors/{}", c.id);
    assert_eq!(member.client.get(&path).await.status, StatusCode::NOT_FOUND, "not listed before verification");
    assert!(!member.client.get("/counsellors").await.body.contains("Meera Rao"));

    // The operator sees the queue; a rejection needs a reason, which the counsellor reads.
    assert_eq!(member.client.get("/admin/counsellors").await.status, StatusCode::NOT_FOUND);
    assert!(admin.client.get("/admin/counsellors").await.body.contains("Meera Rao"));
    let no_reason = admin.client.post(&format!("/admin/counsellors/{}/reject", c.id), &[("reason", " ")]).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    admin
        .client
        .post(&format!("/admin/counsellors/{}/reject", c.id), &[("reason", "The register has no such number.")])
        .await;
    assert!(c.client.get("/practice").await.body.contains("The register has no such number."));
    assert_eq!(
        admin.client.post(&format!("/admin/counsellors/{}/verify", c.id), &[]).await.status,
        StatusCode::CONFLICT,
        "not waiting for a decision"
    );
    c.client.post("/practice/profile", &profile("Meera Rao", &[("license_number", "RCI-A12346")])).await;
    admin.client.post(&format!("/admin/counsellors/{}/verify", c.id), &[]).await;
    let page = app.client().get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "listed, for visitors too");
    assert!(page.body.contains("Meera Rao") && page.body.contains("RCI-A12346") && page.body.contains("₹1,500"));
    assert!(member.client.get("/counsellors").await.body.contains("Meera Rao"));

    // A bio edit keeps the listing; a licence change sends it back for checking.
    c.client
        .post("/practice/profile", &profile("Meera Rao", &[("license_number", "RCI-A12346"), ("bio", "New words.")]))
        .await;
    assert!(app.client().get(&path).await.body.contains("New words."));
    let res = c.client.post("/practice/profile", &profile("Meera Rao", &[("license_number", "RCI-B1")])).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.client().get(&path).await.status, StatusCode::NOT_FOUND);
    admin.client.post(&format!("/admin/counsellors/{}/verify", c.id), &[]).await;

    // Suspension unlists at once; reinstating lists again.
    let res = admin
        .client
        .post(&format!("/admin/counsellors/{}/suspend", c.id), &[("reason", "A complaint is being looked into.")])
        .await;
    assert_eq!(res.location(), Some("/admin/counsellors"));
    assert_eq!(app.client().get(&path).await.status, StatusCode::NOT_FOUND);
    assert!(c.client.get("/practice").await.body.contains("A complaint is being looked into."));
    admin.client.post(&format!("/admin/counsellors/{}/reinstate", c.id), &[]).await;
    assert_eq!(app.client().get(&path).await.status, StatusCode::OK);

    // The licence runs out at the end of its last day, in the counsellor's zone.
    let until_expiry = {
        use sqlx::Row;
        let at: i64 = sqlx::query("SELECT license_expires_at FROM counsellor_profiles")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get(0);
        at - app.clock.now_ms()
    };
    app.clock.advance(until_expiry - 1);
    assert_eq!(app.client().get(&path).await.status, StatusCode::OK);
    app.clock.advance(1);
    assert_eq!(app.client().get(&path).await.status, StatusCode::NOT_FOUND, "expired");
    assert!(until_expiry > 400 * DAY);
}

#[tokio::test]
async fn the_directory_filters_searches_and_pages() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    verified(&app, &admin, "Anita Desai", &[("languages", "English, Marathi"), ("fee", "2500")]).await;
    verified(&app, &admin, "Bilal Khan", &[("formats", "phone"), ("specialties", "grief"), ("fee", "900")]).await;
    verified(&app, &admin, "Chitra Iyer", &[("languages", "Tamil"), ("approaches", "Gottman method")]).await;
    let visitor = app.client();
    let count = |body: &str| body.matches("<li><h3><a href=\"/counsellors/").count();
    assert_eq!(count(&visitor.get("/counsellors").await.body), 3);
    let grief = visitor.get("/counsellors?specialty=grief").await.body;
    assert_eq!(count(&grief), 1);
    assert!(grief.contains("Bilal Khan"));
    assert_eq!(count(&visitor.get("/counsellors?language=marathi").await.body), 1);
    assert_eq!(count(&visitor.get("/counsellors?format=phone").await.body), 1);
    assert_eq!(count(&visitor.get("/counsellors?fee_max=1500").await.body), 2);
    assert_eq!(count(&visitor.get("/counsellors?fee_min=1000&fee_max=2000").await.body), 1);
    let search = visitor.get("/counsellors?q=gottman").await.body;
    assert_eq!(count(&search), 1);
    assert!(search.contains("Chitra Iyer"));
    assert_eq!(count(&visitor.get("/counsellors?q=%25").await.body), 0, "a % is a character, not a wildcard");
    assert_eq!(count(&visitor.get("/counsellors?specialty=%25").await.body), 3, "an unknown area is ignored");
    let bad = visitor.get("/counsellors?fee_max=cheap").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Give the fee as a number") && bad.body.contains("value=\"cheap\""));

    // Pages of twenty, keeping the filters.
    for i in 0..22 {
        app.listed_counsellor(&format!("Zed {i:02}"), &admin.id).await;
    }
    let first = visitor.get("/counsellors?specialty=trust").await.body;
    assert!(first.contains("24 counsellors") && first.contains("Page 1 of 2"), "{first}");
    assert_eq!(count(&first), 20);
    assert!(first.contains("href=\"/counsellors?specialty=trust&amp;page=2\""));
    let second = visitor.get("/counsellors?specialty=trust&page=2").await.body;
    assert_eq!(count(&second), 4);
    assert!(second.contains("Zed 21"));
}

#[tokio::test]
async fn profile_text_is_shown_as_text_never_as_markup() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let c = verified(&app, &admin, "Evil", &[("bio", "<script>alert(1)</script><img src=x onerror=alert(2)>")]).await;
    let page = app.client().get(&format!("/counsellors/{}", c.id)).await.body;
    assert!(!page.contains("<script>alert") && !page.contains("<img src=x"));
    assert!(page.contains("alert(1)"), "shown, escaped");
}

#[tokio::test]
async fn the_matching_questionnaire_ranks_by_a_score_it_explains() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    verified(&app, &admin, "Anita Desai", &[("languages", "Marathi"), ("gender", "woman"), ("fee", "900")]).await;
    verified(&app, &admin, "Bilal Khan", &[("gender", "man"), ("specialties", "grief"), ("fee", "2500")]).await;
    let m = app.member("Asha").await;
    assert_eq!(app.client().get("/counsellors/match").await.location().map(|l| l.starts_with("/login")), Some(true));
    assert!(m.client.get("/counsellors/match").await.body.contains("Show my matches"));
    let res = m
        .client
        .post(
            "/counsellors/match",
            &[
                ("concerns", "trust"),
                ("who", "both"),
                ("language", ""),
                ("formats", "video"),
                ("budget", "1000"),
                ("currency", "INR"),
                ("time_of_day", ""),
                ("gender", "woman"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let body = res.body;
    let (anita, bilal) = (body.find("Anita Desai").unwrap(), body.find("Bilal Khan").unwrap());
    assert!(anita < bilal, "Anita ranks first");
    assert!(body.contains("100 / 100") && body.contains("Works with trust and infidelity."));
    assert!(body.contains("Above your budget by ₹1,500.") && body.contains("Not the gender you asked for"));
    assert!(body.contains("choose \"My partner and me\" when you book") || body.contains("My partner and me"));
    let bad = m.client.post("/counsellors/match", &[("concerns", "trust"), ("budget", "a lot")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("value=\"trust\" checked") && bad.body.contains("value=\"a lot\""));
}

#[tokio::test]
async fn counsellors_are_told_once_thirty_days_before_their_licence_expires() {
    use diltalks::profiles::expiry::licence_expiry_notices;
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    // The clock starts on 2 November 2026; this licence's last day is 15 December 2026.
    let c = verified(&app, &admin, "Meera Rao", &[("license_expires_on", "2026-12-15")]).await;
    assert_eq!(licence_expiry_notices(&app.state).await.unwrap(), 0, "more than 30 days ahead");
    app.clock.advance(14 * DAY);
    let (x, y) = tokio::join!(licence_expiry_notices(&app.state), licence_expiry_notices(&app.state));
    assert_eq!(x.unwrap() + y.unwrap(), 1);
    assert_eq!(licence_expiry_notices(&app.state).await.unwrap(), 0, "once per expiry date");
    let mail = app.last_mail_to(&c.email).await;
    assert_eq!(mail.subject, "About your DilTalks profile");
    assert!(mail.body.contains("valid until 2026-12-15"));
}

#[tokio::test]
async fn a_photo_is_shrunk_and_re_encoded_and_a_file_that_is_not_one_is_refused() {
    use std::io::Cursor;
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let c = app.listed_counsellor("Meera Rao", &admin.id).await;
    let member = app.member("Asha").await;
    let img = image::RgbImage::from_fn(1600, 1200, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
    let mut png = vec![];
    img.write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png).unwrap();

    assert_eq!(c.client.upload("/practice/photo", "photo", &png, false).await.status, StatusCode::FORBIDDEN, "CSRF");
    assert_eq!(member.client.upload("/practice/photo", "photo", &png, true).await.status, StatusCode::NOT_FOUND);
    let bad = c.client.upload("/practice/photo", "photo", b"%PDF-1.7 not a photo", true).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("not a JPEG, PNG or WebP photo"), "{}", bad.body);
    assert!(bad.body.contains("Meera Rao"), "the profile form comes back filled in");
    let res = c.client.upload("/practice/photo", "photo", &png, true).await;
    assert_eq!(res.location(), Some("/practice/profile"), "{}", res.body);

    let (jpeg, _) = diltalks::profiles::store::photo(&app.state.db, &c.id).await.unwrap().unwrap();
    let stored = image::load_from_memory(&jpeg).unwrap();
    assert_eq!((stored.width(), stored.height()), (400, 300));
    assert_eq!(image::guess_format(&jpeg).unwrap(), image::ImageFormat::Jpeg);
    let page = app.client().get(&format!("/counsellors/{}", c.id)).await.body;
    assert!(page.contains("alt=\"Photo of Meera Rao\"") && page.contains("width=\"400\" height=\"300\""));
    let served = app.client().get(&format!("/counsellors/{}/photo", c.id)).await;
    assert_eq!(served.status, StatusCode::OK);
    assert_eq!(served.header("content-type"), "image/jpeg");
    // Suspended: the photo goes with the listing, except for the counsellor themself.
    admin.client.post(&format!("/admin/counsellors/{}/suspend", c.id), &[("reason", "Checking.")]).await;
    assert_eq!(app.client().get(&format!("/counsellors/{}/photo", c.id)).await.status, StatusCode::NOT_FOUND);
    assert_eq!(c.client.get(&format!("/counsellors/{}/photo", c.id)).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_counsellors_practice_profile_and_availability_read_in_hindi_and_errors_keep_what_was_typed() {
    let app = TestApp::spawn().await;
    let c = app.counsellor("Meera").await;
    c.client.post("/language", &[("lang", "hi"), ("back", "/practice")]).await;
    let page = c.client.get("/practice").await.body;
    assert!(page.contains("आपकी प्रैक्टिस") && page.contains("अपनी प्रोफ़ाइल लिखें"), "{page}");
    let form = c.client.get("/practice/profile").await.body;
    for want in ["काउंसलर के रूप में आपकी प्रोफ़ाइल", "लाइसेंस जारी करने वाली संस्था", "आमने-सामने", "भारतीय रुपया"]
    {
        assert!(form.contains(want), "{want}: {form}");
    }

    // The errors in Hindi, everything typed kept.
    let typed = [("license_expires_on", "2026-01-01"), ("fee", "बहुत"), ("specialties", ""), ("bio", "")];
    let bad = c.client.post("/practice/profile", &profile("मीरा राव", &typed)).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for want in [
        "कृपया फ़ॉर्म एक बार फिर देख लें",
        "इस लाइसेंस की अवधि ख़त्म हो चुकी है।",
        "फ़ीस अंकों में लिखें, जैसे 1500 या 45.50।",
        "अपना परिचय लिखें।",
        "कम से कम एक बात चुनें जिस पर आप काम करते हैं।",
        r#"value="मीरा राव""#,
        r#"value="बहुत""#,
    ] {
        assert!(bad.body.contains(want), "{want}: {}", bad.body);
    }
    let far = c.client.post("/practice/profile", &profile("Meera Rao", &[("license_expires_on", "2090-01-01")])).await;
    assert!(far.body.contains("2 नवंबर 2026 और 2 नवंबर 2036 के बीच की तारीख़ लिखें।"), "{}", far.body);

    let res = c.client.post("/practice/profile", &profile("Meera Rao", &[])).await;
    assert_eq!(res.location(), Some("/practice"));
    let page = c.client.get("/practice").await.body;
    assert!(page.contains("धन्यवाद। हमारी टीम आपके लाइसेंस की जाँच करेगी; नतीजा आपको यहीं दिखेगा।"), "the flash: {page}");
    assert!(page.contains("तब तक भी आप प्रोफ़ाइल बदल सकते हैं।") && page.contains("सदस्यों को आप ऐसे दिखते हैं"));

    // Availability: weekdays, hours and errors in Hindi.
    let res = c
        .client
        .post("/practice/availability/windows", &[("weekday", "0"), ("start", "09:00"), ("end", "12:00")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let av = c.client.get("/practice/availability").await.body;
    for want in ["आपका उपलब्ध समय", "Asia/Kolkata", "बुकिंग के नियम", "हर सोमवार 09:00–12:00", "घंटे जुड़ गए।", "मंगलवार"]
    {
        assert!(av.contains(want), "{want}: {av}");
    }
    let rules = [
        ("session_minutes", "5"),
        ("buffer_minutes", "10"),
        ("notice_hours", "0"),
        ("horizon_days", "28"),
        ("cancel_hours", "24"),
    ];
    let bad = c.client.post("/practice/availability/rules", &rules).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("सेशन की लंबाई 15 से 240 के बीच") && bad.body.contains(r#"value="5""#), "{}", bad.body);
    let off = [("kind", "off"), ("date", "3000-01-01"), ("start", ""), ("end", "")];
    let bad = c.client.post("/practice/availability/exceptions", &off).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("के बीच की तारीख़ लिखें।") && bad.body.contains(r#"value="3000-01-01""#), "{}", bad.body);
    let off = [("kind", "off"), ("date", "2026-11-09"), ("start", ""), ("end", "")];
    assert_eq!(c.client.post("/practice/availability/exceptions", &off).await.status, StatusCode::SEE_OTHER);
    let av = c.client.get("/practice/availability").await.body;
    assert!(av.contains("छुट्टी: 9 नवंबर 2026, 00:00 से 10 नवंबर 2026, 00:00 तक"), "{av}");
}
