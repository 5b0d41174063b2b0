//! Export: one zip with JSON and readable HTML, all of one's own data and nothing of the
//! partner's, after a recent sign-in, recorded in the audit log.

use std::io::Read;

use axum::http::StatusCode;
use diltalks::clock::MINUTE;

use crate::harness::{Member, PASSWORD, TestApp};

pub async fn fill(a: &Member, b: &Member, who: &str) {
    a.client.post("/program/start", &[("perspective", "broke")]).await;
    a.write(&format!("{who}-PRIVATE-CANARY journal"), "private").await;
    a.write(&format!("{who}-SHARED-CANARY journal"), "shared").await;
    let res = a
        .client
        .post("/program/time/checkins", &[("trust", "4"), ("safety", "7"), ("note", &format!("{who}-NOTE-CANARY"))])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let res = a
        .client
        .post(
            "/program/anxiety/thoughts",
            &[("situation", &format!("{who}-THOUGHT-CANARY")), ("thought", "a thought"), ("reframe", "another")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let res = a
        .client
        .post(
            "/program/actions/commitments",
            &[("text", &format!("{who}-COMMITMENT-CANARY")), ("kind", "daily"), ("time", "18:00")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    // A message to the partner, in their conversation.
    let list = a.client.get("/messages").await.body;
    let at = list.find("href=\"/messages/").expect("a conversation with the partner") + "href=\"".len();
    let thread = &list[at..at + list[at..].find('"').unwrap()];
    let res = a.client.post(thread, &[("text", &format!("{who}-MESSAGE-CANARY"))]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let _ = b;
}

pub fn unzip(bytes: &[u8]) -> (String, String) {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("a zip file");
    let mut read = |name: &str| {
        let mut s = String::new();
        z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    (read("data.json"), read("data.html"))
}

#[tokio::test]
async fn an_export_holds_all_my_writing_and_none_of_my_partners() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    b.client.post("/program/start", &[("perspective", "hurt")]).await;
    fill(&a, &b, "MINE").await;
    fill(&b, &a, "PARTNER").await;

    let page = a.client.get("/settings/export").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Download my data"));
    let res = a.client.post("/settings/export", &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(res.header("content-type"), "application/zip");
    assert!(res.header("content-disposition").starts_with("attachment; filename=\"export-2026-11-02"));
    assert!(res.header("cache-control").contains("no-store"));
    let (json, html) = unzip(&res.bytes);

    let data: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(data["format"], "diltalks-export/1");
    assert_eq!(data["account"][0]["email"], a.email.as_str());
    assert_eq!(data["checkins"][0]["trust"], 4);
    assert_eq!(data["checkins"][0]["note"], "MINE-NOTE-CANARY");
    assert_eq!(data["thought_log"][0]["body"]["situation"], "MINE-THOUGHT-CANARY", "{}", data["thought_log"]);
    assert_eq!(data["messages"][0]["body"], "MINE-MESSAGE-CANARY");
    for canary in ["MINE-PRIVATE-CANARY", "MINE-SHARED-CANARY", "MINE-COMMITMENT-CANARY", "MINE-MESSAGE-CANARY"] {
        assert!(json.contains(canary) && html.contains(canary), "{canary} in both files");
    }
    for canary in [
        "PARTNER-PRIVATE",
        "PARTNER-SHARED",
        "PARTNER-NOTE",
        "PARTNER-THOUGHT",
        "PARTNER-COMMITMENT",
        "PARTNER-MESSAGE",
    ] {
        assert!(!json.contains(canary) && !html.contains(canary), "{canary} must not be exported");
    }
    assert!(html.starts_with("<!doctype html>") && html.contains("<h2>Check-ins</h2>"));
    assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"), "self-contained");
    assert_eq!(
        app.scalar(&format!("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND actor_id = '{}'", a.id)).await,
        1
    );

    // Ten minutes on, the password is asked again before anything is handed over.
    app.clock.advance(10 * MINUTE + 1000);
    assert_eq!(a.client.post("/settings/export", &[]).await.location(), Some("/reauth?next=%2Fsettings%2Fexport"));
    assert_eq!(a.client.get("/settings/export").await.location(), Some("/reauth?next=%2Fsettings%2Fexport"));
    a.client.post("/reauth", &[("password", PASSWORD), ("next", "/settings/export")]).await;
    assert_eq!(a.client.post("/settings/export", &[]).await.status, StatusCode::OK);
    // Nobody else gets one: the anonymous visitor is sent to sign in.
    assert!(app.client().post("/settings/export", &[]).await.location().unwrap().starts_with("/login"));
}

/// Issue 21: the export page and the readable file inside the download are in the reader's
/// language (headings, dates), the data itself as stored.
#[tokio::test]
async fn the_export_reads_in_hindi_around_the_data_as_stored() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    fill(&a, &b, "MINE").await;
    a.client.post("/language", &[("lang", "hi"), ("back", "/settings/export")]).await;
    let page = a.client.get("/settings/export").await.body;
    assert!(page.contains("<h1>अपना डेटा डाउनलोड करें</h1>") && page.contains("<li>चेक-इन</li>"), "{page}");
    assert!(page.contains("<code>data.html</code>, जिसे कोई भी ब्राउज़र") && page.contains("मेरा डेटा डाउनलोड करें"));
    let res = a.client.post("/settings/export", &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let (json, html) = unzip(&res.bytes);
    assert!(html.contains(r#"<html lang="hi">"#) && html.contains("<title>आपके डेटा का एक्सपोर्ट</title>"));
    assert!(html.contains("<p>2 नवंबर 2026, 14:30 को एक्सपोर्ट किया गया।"), "{html}");
    assert!(html.contains("<h2>चेक-इन</h2>") && html.contains("<th scope=\"col\">note</th>"), "the columns as stored");
    assert!(html.contains("<td>MINE-NOTE-CANARY</td>") && html.contains("<td>2 नवंबर 2026, 14:30</td>"));
    let data: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(data["checkins"][0]["note"], "MINE-NOTE-CANARY", "the data itself as stored");
    assert!(data["checkins"][0]["created_at"].is_i64());
}
