//! Informed consent: a counsellor publishes versions; each person attending a session signs
//! the current one (a new version asks again); what was signed can be downloaded exactly and
//! is in the export; the counsellor can go ahead without a signature, and that is recorded.

use axum::http::StatusCode;

use crate::harness::TestApp;
use crate::sharing::couple_booking;

const V1: &str = "## Confidentiality\n\nWhat we say stays between us, except where a life is at risk.\n\n## Secrets in couples work\n\nI do not keep secrets between partners.";
const V2: &str = "## Confidentiality\n\nWhat we say stays between us, except where a life is at risk.\n\n## Recording\n\nSessions are never recorded.";

#[tokio::test]
async fn each_attending_person_signs_the_current_version_and_can_download_exactly_what_they_signed() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let meera = app.listed_counsellor("Meera Rao", &admin.id).await;
    let (nadia, sam) = app.couple("Nadia", "Sam").await;
    let (other, _) = app.couple("Other", "OthersPartner").await;
    couple_booking(&app, &meera, &nadia, 3).await;
    let booking: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM bookings").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    let session = format!("/bookings/{booking}");
    let consent = format!("{session}/consent");

    // No document yet: nothing to sign, nothing shown.
    assert!(!nadia.client.get(&session).await.body.contains("consent-title"));
    assert_eq!(nadia.client.get(&consent).await.status, StatusCode::NOT_FOUND);

    // The counsellor starts from an outline, and a near-empty document is refused with the text kept.
    let edit = meera.client.get("/practice/consent").await.body;
    assert!(edit.contains("Secrets in couples work") && edit.contains("Nothing published yet"));
    let short = meera.client.post("/practice/consent", &[("body", "Too short")]).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.body.contains("Too short") && short.body.contains("Write your consent document"));
    let res = meera.client.post("/practice/consent", &[("body", V1)]).await;
    assert_eq!(res.location(), Some("/practice/consent"));

    // Both partners are asked; the counsellor sees who has not signed and may go ahead.
    let page = nadia.client.get(&session).await.body;
    assert!(page.contains("You: not signed yet") && page.contains("Sam: not signed yet"), "{page}");
    assert!(page.contains("Read and sign before the session"));
    let theirs = meera.client.get(&session).await.body;
    assert!(theirs.contains("Nadia: not signed yet") && theirs.contains("Go ahead without every signature"));
    assert!(
        meera.client.get(&format!("{session}/room")).await.body.contains("Consent is not signed yet by Nadia and Sam")
    );

    let read = nadia.client.get(&consent).await;
    assert_eq!(read.status, StatusCode::OK);
    assert!(read.body.contains("<h2") && read.body.contains("I do not keep secrets between partners."));
    let hash = diltalks::consent::model::body_hash(V1);
    assert!(read.body.contains(&hash));
    let unticked = nadia.client.post(&consent, &[("typed_name", "Nadia Khan"), ("hash", &hash)]).await;
    assert_eq!(unticked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unticked.body.contains("Tick the box") && unticked.body.contains("value=\"Nadia Khan\""));
    let stale = nadia.client.post(&consent, &[("typed_name", "Nadia Khan"), ("agree", "yes"), ("hash", "0000")]).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    let signed =
        nadia.client.post(&consent, &[("typed_name", " Nadia  Khan "), ("agree", "yes"), ("hash", &hash)]).await;
    assert_eq!(signed.location(), Some(session.as_str()));
    assert!(nadia.client.get(&session).await.body.contains("You signed version 1"));
    let sams = sam.client.get(&session).await.body;
    assert!(sams.contains("Nadia signed version 1") && sams.contains("You: not signed yet"));

    // The file holds the very text signed, the typed name and the text's hash.
    let file = nadia.client.get(&format!("{consent}/signed")).await;
    assert_eq!(file.status, StatusCode::OK);
    assert!(file.headers.get("content-disposition").unwrap().to_str().unwrap().contains("attachment"));
    assert!(file.body.contains(V1) && file.body.contains("Signed by Nadia Khan") && file.body.contains(&hash));
    assert_eq!(sam.client.get(&format!("{consent}/signed")).await.status, StatusCode::NOT_FOUND, "Sam signed nothing");
    for c in [&other.client, &meera.client] {
        assert_eq!(c.get(&consent).await.status, StatusCode::NOT_FOUND);
        assert_eq!(c.get(&format!("{consent}/signed")).await.status, StatusCode::NOT_FOUND);
        let sign = c.post(&consent, &[("typed_name", "X Y"), ("agree", "yes"), ("hash", &hash)]).await;
        assert_eq!(sign.status, StatusCode::NOT_FOUND);
    }
    assert!(app.client().get(&consent).await.location().unwrap().starts_with("/login"));

    // The same text again is no new version; a changed text is, and asks to sign again.
    meera.client.post("/practice/consent", &[("body", V1)]).await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM consent_documents").await, 1);
    meera.client.post("/practice/consent", &[("body", V2)]).await;
    assert!(meera.client.get("/practice/consent").await.body.contains("Version 2, published"));
    let page = nadia.client.get(&session).await.body;
    assert!(page.contains("signed version 1; the document has changed since"), "{page}");
    assert!(nadia.client.get(&consent).await.body.contains("You signed version 1"));
    let file = nadia.client.get(&format!("{consent}/signed")).await.body;
    assert!(file.contains(V1) && !file.contains("never recorded"), "what was signed stays as it was");

    // The counsellor goes ahead anyway: recorded, shown, audited; nobody else can decide it.
    assert_eq!(nadia.client.post(&format!("{consent}/proceed"), &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(meera.client.post(&format!("{consent}/proceed"), &[]).await.location(), Some(session.as_str()));
    assert!(meera.client.get(&session).await.body.contains("You chose to go ahead without every signature"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'consent-proceed-unsigned'").await, 1);

    // In the signer's export, not the partner's.
    let mine = diltalks::export::store::collect(&app.state, &nadia.id).await.unwrap();
    let part = mine.iter().find(|p| p.name == "consent").expect("a consent part");
    assert_eq!(part.rows.len(), 1);
    assert!(serde_json::to_string(&part.rows).unwrap().contains("Nadia Khan"));
    let theirs = diltalks::export::store::collect(&app.state, &sam.id).await.unwrap();
    assert!(theirs.iter().find(|p| p.name == "consent").unwrap().rows.is_empty());
}

#[tokio::test]
async fn the_document_is_written_read_and_signed_in_hindi_and_what_was_signed_stays_as_written() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let meera = app.listed_counsellor("Meera Rao", &admin.id).await;
    let (nadia, _sam) = app.couple("Nadia", "Sam").await;
    couple_booking(&app, &meera, &nadia, 3).await;
    let booking: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM bookings").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    let consent = format!("/bookings/{booking}/consent");
    for m in [&meera, &nadia] {
        m.client.post("/language", &[("lang", "hi"), ("back", "/")]).await;
    }

    // The counsellor starts from the outline in Hindi; a near-empty text is refused in Hindi, kept.
    let edit = meera.client.get("/practice/consent").await.body;
    assert!(edit.contains("आपका सहमति-पत्र") && edit.contains("## गोपनीयता और उसकी सीमाएँ"), "{edit}");
    assert!(edit.contains("अभी कुछ प्रकाशित नहीं हुआ है"));
    let short = meera.client.post("/practice/consent", &[("body", "बहुत छोटा")]).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.body.contains("अपना सहमति-पत्र लिखें") && short.body.contains("बहुत छोटा"), "{}", short.body);
    meera.client.post("/practice/consent", &[("body", V1)]).await;
    let edit = meera.client.get("/practice/consent").await.body;
    assert!(edit.contains("प्रकाशित हो गया।") && edit.contains("वर्ज़न 1, ") && edit.contains(" को प्रकाशित"), "{edit}");

    // The client reads the counsellor's own words as written, around Hindi.
    let read = nadia.client.get(&consent).await.body;
    assert!(read.contains("सेशन से पहले सहमति") && read.contains("I do not keep secrets between partners."));
    assert!(read.contains("Meera Rao पहले सेशन से पहले") && read.contains("आपका पूरा नाम"), "{read}");
    let hash = diltalks::consent::model::body_hash(V1);
    let unticked = nadia.client.post(&consent, &[("typed_name", "नादिया ख़ान"), ("hash", &hash)]).await;
    assert_eq!(unticked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unticked.body.contains("बॉक्स पर टिक करें") && unticked.body.contains("value=\"नादिया ख़ान\""));
    let stale = nadia.client.post(&consent, &[("typed_name", "नादिया ख़ान"), ("agree", "yes"), ("hash", "0")]).await;
    assert!(stale.body.contains("नया वर्ज़न प्रकाशित किया है"), "{}", stale.body);
    nadia.client.post(&consent, &[("typed_name", "नादिया ख़ान"), ("agree", "yes"), ("hash", &hash)]).await;
    assert!(nadia.client.get(&format!("/bookings/{booking}")).await.body.contains("हस्ताक्षर हो गए।"));
    let signed = nadia.client.get(&consent).await.body;
    assert!(signed.contains("आपने इस वर्ज़न पर") && signed.contains("नादिया ख़ान नाम से हस्ताक्षर किए।"), "{signed}");
    let file = nadia.client.get(&format!("{consent}/signed")).await.body;
    assert!(file.starts_with("# सहमति-पत्र: Meera Rao, वर्ज़न 1\n\n") && file.contains(V1), "{file}");
    assert!(file.contains("नादिया ख़ान ने ") && file.contains(&hash));
}
