//! English and Hindi (issue 21): which language a page is in, the switch, and a form's
//! errors in the reader's language with their text kept.

use crate::harness::{PASSWORD, TestApp};
use axum::http::{HeaderValue, StatusCode, header};

#[tokio::test]
async fn a_browser_that_prefers_hindi_gets_hindi_and_the_page_says_so() {
    let app = TestApp::spawn().await;
    let mut c = app.client();
    let en = c.get("/").await;
    assert!(en.body.contains(r#"<html lang="en">"#));
    assert_eq!(en.header("content-language"), "en");
    assert!(en.body.contains("Rebuild trust, together"));
    // The switch offers the other language, in its own script.
    assert!(en.body.contains(r#"value="hi" lang="hi">हिन्दी</button>"#), "{}", en.body);

    c.headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("hi-IN,hi;q=0.9,en;q=0.8"));
    let hi = c.get("/").await;
    assert_eq!(hi.status, StatusCode::OK);
    assert!(hi.body.contains(r#"<html lang="hi">"#));
    assert_eq!(hi.header("content-language"), "hi");
    assert!(hi.body.contains("भरोसा फिर से बनाइए"), "{}", hi.body);
    assert!(hi.body.contains("तुरंत निकलें"), "quick exit in Hindi");
    assert!(hi.body.contains(r#"value="en" lang="en">English</button>"#));
    let crisis = c.get("/help/crisis").await;
    assert!(crisis.body.contains("भारत") && crisis.body.contains("टेली-मानस") && crisis.body.contains("14416"));

    c.headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("fr-FR,fr;q=0.9"));
    assert!(c.get("/").await.body.contains(r#"<html lang="en">"#), "a language we don't write in gets English");
}

#[tokio::test]
async fn the_switch_works_signed_out_and_outranks_the_browser() {
    let app = TestApp::spawn().await;
    let mut c = app.client();
    c.headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("en-GB"));
    let r = c.post("/language", &[("lang", "hi"), ("back", "/login")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), Some("/login"));
    assert!(r.header("set-cookie").starts_with("dt_lang=hi;"), "{}", r.header("set-cookie"));
    assert!(r.header("set-cookie").contains("Max-Age="), "kept past the browser session");
    let login = c.get("/login").await;
    assert!(login.body.contains(r#"<html lang="hi">"#) && login.body.contains("पासवर्ड भूल गए?"));

    // Only our own pages are a way back; only our languages are a choice.
    let r = c.post("/language", &[("lang", "en"), ("back", "//elsewhere.example/")]).await;
    assert_eq!(r.location(), Some("/"));
    assert_eq!(c.post("/language", &[("lang", "xx"), ("back", "/")]).await.status, StatusCode::BAD_REQUEST);
    assert_eq!(c.cookie("dt_lang").as_deref(), Some("en"));
}

#[tokio::test]
async fn a_form_error_is_in_the_readers_language_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let c = app.client();
    c.post("/language", &[("lang", "hi"), ("back", "/")]).await;
    let r = c.post("/register", &[("email", "not-an-address"), ("display_name", "मीरा"), ("password", "short")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("कृपया फ़ॉर्म एक बार फिर देख लें"), "{}", r.body);
    assert!(r.body.contains("ईमेल पता name@example.com जैसा लिखें।"));
    assert!(r.body.contains("कम से कम 8 अक्षर रखें।"));
    assert!(r.body.contains(r#"value="not-an-address""#) && r.body.contains(r#"value="मीरा""#), "text kept");
    let r = c.post("/login", &[("email", "nobody@example.org"), ("password", "wrong password here")]).await;
    assert!(r.body.contains("यह ईमेल और पासवर्ड किसी खाते से मेल नहीं खाते।"));
}

#[tokio::test]
async fn an_accounts_choice_follows_it_to_another_browser() {
    let app = TestApp::spawn().await;
    let asha = app.member("Asha").await;
    asha.client.post("/language", &[("lang", "hi"), ("back", "/dashboard")]).await;
    let mut other = app.client();
    other.headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("en-US,en"));
    let r = other.post("/login", &[("email", &asha.email), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = other.get("/dashboard").await;
    assert!(page.body.contains(r#"<html lang="hi">"#), "the account's choice outranks the browser");
    assert!(page.body.contains("सेटिंग्स") && page.body.contains("नमस्ते, Asha") && page.body.contains("आपकी डायरी"));
}

#[tokio::test]
async fn a_guide_in_hindi_and_its_english_one_link_each_other() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let en = c.get("/articles/safety-first").await;
    assert!(en.body.contains(
        r#"<link rel="alternate" hreflang="hi" href="http://127.0.0.1:8080/articles/suraksha-sabse-pehle">"#
    ));
    assert!(
        en.body.contains(r#"<link rel="alternate" hreflang="en" href="http://127.0.0.1:8080/articles/safety-first">"#)
    );
    assert!(en.body.contains(r#"<a href="/articles/suraksha-sabse-pehle" hreflang="hi">This guide in हिन्दी</a>"#));
    let hi = c.get("/articles/suraksha-sabse-pehle").await;
    assert_eq!(hi.status, StatusCode::OK);
    assert!(hi.body.contains(r#"lang="hi""#) && hi.body.contains("सुरक्षा सबसे पहले"));
    assert!(hi.body.contains(r#"<a href="/articles/safety-first" hreflang="en">This guide in English</a>"#));
    // Headings keep their vowel signs in their anchors.
    assert!(hi.body.contains(r##"href="#दुख-और-ख़तरा-एक-बात-नहीं-हैं""##), "{}", hi.body);
    // A guide with no other version names no alternates.
    assert!(!c.get("/articles/lingering-anxiety-after-betrayal").await.body.contains(r#"rel="alternate" hreflang"#));
}

#[tokio::test]
async fn mail_goes_out_in_the_language_the_account_reads() {
    let app = TestApp::spawn().await;
    let c = app.client();
    c.post("/language", &[("lang", "hi"), ("back", "/register")]).await;
    let fields = [
        ("email", "meera@example.org"),
        ("display_name", "मीरा"),
        ("password", PASSWORD),
        ("time_zone", "Asia/Kolkata"),
    ];
    assert_eq!(c.post("/register", &fields).await.status, StatusCode::SEE_OTHER);
    let m = app.last_mail_to("meera@example.org").await;
    assert_eq!(m.subject, "DilTalks के लिए अपने ईमेल पते की पुष्टि करें");
    assert_eq!(m.headers.get("content-language").map(String::as_str), Some("hi"), "{:?}", m.headers);
    assert!(m.body.contains("नमस्ते मीरा,") && m.body.contains("48 घंटे"), "{}", m.body);
    assert!(m.link("/verify/").starts_with("/verify/"));

    // Someone signing up in English with that address: the owner is told in their language.
    let other = app.client();
    other.post("/register", &fields).await;
    let m = app.last_mail_to("meera@example.org").await;
    assert_eq!(m.subject, "DilTalks पर साइन अप के बारे में");

    // An English account gets English, and says so.
    let asha = app.member("Asha").await;
    asha.client.post("/forgot", &[("email", &asha.email)]).await;
    app.settle().await;
    let m = app.last_mail_to(&asha.email).await;
    assert_eq!(m.subject, "Your DilTalks password reset link");
    assert_eq!(m.headers.get("content-language").map(String::as_str), Some("en"));
}

#[tokio::test]
async fn the_guides_list_those_in_the_readers_language_first() {
    let app = TestApp::spawn().await;
    let mut c = app.client();
    let en = c.get("/articles").await.body;
    let first_en = en.find("/articles/rebuilding-trust-step-by-step").unwrap();
    assert!(first_en < en.find("/articles/bharosa-kadam-dar-kadam").unwrap_or(usize::MAX));
    c.headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("hi"));
    let hi = c.get("/articles").await.body;
    assert!(hi.contains("<h1>गाइड</h1>") && hi.contains("सबसे नई पहले"), "{hi}");
    let first_hi = hi.find(r#"<h3 lang="hi" data-content>"#).unwrap();
    assert!(first_hi < hi.find(r#"<h3 lang="en" data-content>"#).unwrap(), "Hindi guides first");
    assert!(hi.contains("1 दिसंबर 2026"), "dates in Hindi");
}

#[tokio::test]
async fn the_journal_reads_in_hindi_down_to_its_errors_and_flashes() {
    let app = TestApp::spawn().await;
    let asha = app.member("Asha").await;
    asha.client.post("/language", &[("lang", "hi"), ("back", "/journal")]).await;
    let list = asha.client.get("/journal").await.body;
    assert!(list.contains("<h1>डायरी</h1>") && list.contains("कुछ सच्ची पंक्तियाँ"), "{list}");
    let r = asha.client.post("/journal", &[("text", "  "), ("visibility", "shared")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("सहेजने से पहले कुछ लिखिए।"), "{}", r.body);
    let r = asha.client.post("/journal", &[("text", "आज मन भारी है।"), ("visibility", "private")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let entry = asha.client.get(r.location().unwrap()).await.body;
    assert!(entry.contains("सहेज लिया। इसे सिर्फ़ आप पढ़ सकते हैं।") && entry.contains("नवंबर 2026"), "{entry}");
}

#[tokio::test]
async fn the_program_reads_in_hindi_down_to_numbered_errors_and_flashes() {
    let app = TestApp::spawn().await;
    let (asha, ravi) = app.couple("Asha", "Ravi").await;
    asha.client.post("/language", &[("lang", "hi"), ("back", "/program")]).await;
    asha.client.post("/program/start", &[("perspective", "broke")]).await;
    let journey = asha.client.get("/program").await.body;
    assert!(journey.contains("<h1>आपका सफ़र</h1>") && journey.contains("क़दम 1: जो हुआ उसे मानना"), "{journey}");
    assert!(journey.contains("इस हफ़्ते का चेक-इन"), "what waits, in Hindi: {journey}");
    // A limit's number stays in the sentence that names it.
    let long = "क".repeat(10_001);
    let r = asha.client.post("/program/acknowledge/statements/ownership", &[("text", &long)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("इसे 10000 अक्षरों से कम रखें।"), "{}", r.body);
    let r = asha.client.post("/program/acknowledge/account", &[("text", "दो महीने तक संदेश छुपाए।")]).await;
    let page = asha.client.get(r.location().unwrap()).await.body;
    assert!(page.contains("रूप 1 सुझाया गया।"), "the flash in Hindi: {page}");
    // Ravi reads English: the language is each account's own, not the space's.
    ravi.client.post("/program/start", &[("perspective", "hurt")]).await;
    let theirs = ravi.client.get("/program/acknowledge").await.body;
    assert!(theirs.contains("Version 1") && !theirs.contains("रूप 1"), "{theirs}");
    let questionnaire = asha.client.get("/program/questionnaires/trust-monthly").await.body;
    assert!(questionnaire.contains("भरोसे की मासिक प्रश्नावली"), "{questionnaire}");
}

#[tokio::test]
async fn a_questionnaire_installed_before_its_hindi_gains_it_and_keeps_its_answers() {
    use diltalks::program::questionnaire::{BUNDLED, Definition};
    use diltalks::program::store::{InstallOutcome, install_questionnaire};
    let app = TestApp::spawn().await;
    let def = Definition::parse(BUNDLED[0]).unwrap();
    // As an older DilTalks installed it: the same version, English only.
    sqlx::query("DELETE FROM questionnaires").execute(&app.state.db.pool).await.unwrap();
    let english = def.without_hindi();
    assert!(install_questionnaire(&app.state.db, &english, None, 0).await.is_ok());
    let m = app.member("Noor").await;
    m.client.post("/language", &[("lang", "hi"), ("back", "/program")]).await;
    m.client.post("/program/start", &[("perspective", "hurt")]).await;
    assert!(!m.client.get("/program/questionnaires/trust-monthly").await.body.contains("भरोसे की मासिक प्रश्नावली"));
    // Start-up installs the bundled one again: its Hindi is added to the same version.
    let outcome = install_questionnaire(&app.state.db, &def, None, 1).await.unwrap();
    assert_eq!(outcome, InstallOutcome::AlreadyInstalled);
    assert!(m.client.get("/program/questionnaires/trust-monthly").await.body.contains("भरोसे की मासिक प्रश्नावली"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM questionnaires").await, 1, "no second version");
    // A change to the English is still refused: answers are scored by it.
    let mut reworded = def.clone();
    reworded.items[0].text = "Something else.".into();
    assert!(install_questionnaire(&app.state.db, &reworded, None, 2).await.is_err());
}
