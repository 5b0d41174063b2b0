use axum::http::StatusCode;
use sqlx::Row;

use crate::harness::{PASSWORD, TestApp};

#[test]
fn both_engines_have_the_same_migrations() {
    let names = |dir: &str| {
        let mut v: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        v.sort();
        v
    };
    let sqlite = names("migrations/sqlite");
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, names("migrations/postgres"));
}

#[tokio::test]
async fn pages_carry_strict_security_headers_and_are_not_cached() {
    let app = TestApp::spawn().await;
    let m = app.member("Hana").await;
    for res in [app.client().get("/").await, m.client.get("/dashboard").await, app.client().get("/no/such/page").await]
    {
        let csp = res.header("content-security-policy");
        assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), "{csp}");
        assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"));
        assert!(csp.contains("frame-ancestors 'none'"));
        assert_eq!(res.header("referrer-policy"), "no-referrer");
        assert_eq!(res.header("x-content-type-options"), "nosniff");
        assert_eq!(res.header("cache-control"), "no-store");
        assert!(res.header("strict-transport-security").is_empty(), "no HSTS over plain http");
        // No inline script or style, and nothing from another origin.
        assert!(!res.body.contains("<script>") && !res.body.contains("style=\""), "inline code");
        assert!(!res.body.contains("src=\"http"), "third-party resource");
    }
    let https = TestApp::spawn_with(|c| c.base_url = "https://diltalks.example".into()).await;
    let res = https.client().get("/").await;
    assert!(res.header("strict-transport-security").contains("max-age="));
    assert!(res.header("set-cookie").starts_with("__Host-dt_csrf=") && res.header("set-cookie").contains("; Secure"));
}

#[tokio::test]
async fn static_assets_have_hashed_names_and_long_cache_lifetimes() {
    let app = TestApp::spawn().await;
    let home = app.client().get("/").await;
    let start = home.body.find("/static/app.").unwrap();
    let css: String = home.body[start..].chars().take_while(|c| *c != '"').collect();
    assert!(css.ends_with(".css") && css.len() > "/static/app..css".len() + 8, "{css}");
    let res = app.client().get(&css).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.header("cache-control"), "public, max-age=31536000, immutable");
    assert!(res.header("content-type").starts_with("text/css"));
    assert_eq!(app.client().get("/static/app.css").await.status, StatusCode::NOT_FOUND, "only hashed names");
}

#[tokio::test]
async fn state_changing_requests_need_the_csrf_token() {
    let app = TestApp::spawn().await;
    let m = app.member("Cleo").await;
    let no_token = m.client.post_raw("/journal", &[("text", "sneaky"), ("visibility", "private")]).await;
    assert_eq!(no_token.status, StatusCode::FORBIDDEN);
    assert!(no_token.body.contains("This form has expired"));
    let wrong = m
        .client
        .post_raw("/journal", &[("text", "sneaky"), ("visibility", "private"), ("csrf", "AAAAAAAAAAAAAAAAAAAAAA")])
        .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    let mut cross = m.client.clone();
    cross.headers.insert("sec-fetch-site", "cross-site".parse().unwrap());
    assert_eq!(
        cross.post("/journal", &[("text", "sneaky"), ("visibility", "private")]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM journal_entries").await, 0);
    // A fresh visitor without the cookie cannot post either.
    let fresh = app.client();
    assert_eq!(
        fresh.post_raw("/login", &[("email", &m.email), ("password", PASSWORD)]).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn health_checks_answer() {
    let app = TestApp::spawn().await;
    assert_eq!(app.client().get("/healthz").await.body, "ok");
    assert_eq!(app.client().get("/readyz").await.body, "ready");
}

#[tokio::test]
async fn error_pages_are_friendly_and_keep_quick_exit() {
    let app = TestApp::spawn().await;
    let res = app.client().get("/no/such/page").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(
        res.body.contains("Page not found")
            && res.body.contains("id=\"quick-exit\"")
            && res.body.contains("/help/crisis")
    );
    // A malformed request gets the same frame, not a plain-text rejection.
    let m = app.member("Ida").await;
    let req = axum::http::Request::post("/journal")
        .header("content-type", "application/json")
        .header("x-csrf-token", m.client.cookie("dt_csrf").unwrap())
        .body(axum::body::Body::from("{\"text\": 1}"))
        .unwrap();
    let res = m.client.send(req).await;
    assert_eq!(res.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(res.body.contains("id=\"quick-exit\""), "{}", res.body);
}

#[tokio::test]
async fn failed_mail_is_retried_later_with_back_off() {
    let app = TestApp::spawn_with(|c| c.smtp_url = Some("smtp://127.0.0.1:1".into())).await;
    app.client()
        .post("/register", &[("email", "wei@example.org"), ("display_name", "Wei"), ("password", PASSWORD)])
        .await;
    let sent = diltalks::mail::deliver_due(&app.state).await.unwrap();
    assert_eq!(sent, 0);
    let row = sqlx::query("SELECT attempts, next_attempt_at, sent_at FROM outbox")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(row.get::<i64, _>("attempts"), 1);
    assert!(row.get::<i64, _>("next_attempt_at") > crate::harness::START);
    assert!(row.get::<Option<i64>, _>("sent_at").is_none());
    // Not due yet: nothing is attempted again right away.
    diltalks::mail::deliver_due(&app.state).await.unwrap();
    assert_eq!(app.scalar("SELECT attempts FROM outbox").await, 1);
    app.clock.advance(diltalks::clock::HOUR);
    diltalks::mail::deliver_due(&app.state).await.unwrap();
    assert_eq!(app.scalar("SELECT attempts FROM outbox").await, 2);
}

#[tokio::test]
async fn every_subject_line_is_neutral() {
    let locales = diltalks::i18n::Locales::load(false).unwrap();
    for s in diltalks::mail::Subject::ALL {
        for lang in diltalks::i18n::Lang::ALL {
            let discreet = s.text(&locales, lang, true).to_lowercase();
            assert!(!discreet.contains("diltalks"), "{discreet:?} names the service");
            assert!(diltalks::mail::Subject::is_discreet(&locales, &s.text(&locales, lang, true)));
            assert!(!diltalks::mail::Subject::is_discreet(&locales, &s.text(&locales, lang, false)));
            let line = s.text(&locales, lang, false).to_lowercase();
            // In Hindi too: भरोसा (trust), धोखा (betrayal), काउंसल (counsel), साथी (partner),
            // रिश्ता (relationship), जोड़ा (couple), डायरी (journal).
            for word in [
                "trust",
                "affair",
                "cheat",
                "betray",
                "counsel",
                "therapy",
                "partner",
                "relationship",
                "couple",
                "journal",
                "भरोसा",
                "धोखा",
                "काउंसल",
                "थेरेपी",
                "साथी",
                "रिश्त",
                "जोड़",
                "डायरी",
            ] {
                assert!(!line.contains(word), "{line:?} reveals {word:?}");
            }
        }
    }
}

#[tokio::test]
async fn an_operator_is_created_from_the_command_line_and_sees_counts_only() {
    let app = TestApp::spawn().await;
    let m = app.member("Member").await;
    m.write("Operator must never see this", "").await;
    let link = diltalks::admin::create_admin(&app.state, "ops@example.org", "Ops").await.unwrap();
    let path = link.trim_start_matches(app.state.config.base_url());
    let c = app.client();
    // Setting the first password from the invitation signs the operator in (issue 20).
    assert_eq!(c.post(path, &[("password", "operator pass phrase")]).await.location(), Some("/admin"));
    let page = c.get("/admin").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Accounts") && !page.body.contains("Operator must never see this"));
    // Their own navigation: the queues and health, none of a member's pages.
    for link in ["href=\"/admin/counsellors\"", "href=\"/admin/articles\"", "href=\"/admin\" aria-current=\"page\""] {
        assert!(page.body.contains(link), "{link}");
    }
    for member_page in [">Program<", ">Journal<", ">Our space<"] {
        assert!(!page.body.contains(member_page), "{member_page}");
    }
    assert_eq!(c.get("/dashboard").await.location(), Some("/admin"));
    // A second use of the link, or a reset later, goes to the sign-in page as before.
    assert_eq!(c.post(path, &[("password", "operator pass phrase")]).await.status, StatusCode::NOT_FOUND);
    c.post("/logout", &[]).await;
    let res = c.post("/login", &[("email", "ops@example.org"), ("password", "operator pass phrase")]).await;
    assert_eq!(res.location(), Some("/dashboard"));
    assert_eq!(m.client.get("/admin").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_sqlite_backup_is_a_consistent_copy() {
    let app = TestApp::spawn().await;
    if app.is_postgres() {
        assert!(app.state.db.backup_sqlite(&app.dir.path().join("x.db")).await.is_err(), "PostgreSQL uses pg_dump");
        return;
    }
    app.member("Backed").await;
    let path = app.dir.path().join("backup.db");
    app.state.db.backup_sqlite(&path).await.unwrap();
    let copy = diltalks::db::Db::connect(&format!("sqlite://{}", path.display())).await.unwrap();
    let n: i64 = sqlx::query("SELECT COUNT(*) FROM users").fetch_one(&copy.pool).await.unwrap().get(0);
    assert_eq!(n, 1);
    assert!(app.state.db.backup_sqlite(&path).await.is_err(), "never overwrites");
}

#[tokio::test]
async fn pages_are_compressed_for_browsers_that_ask() {
    let app = TestApp::spawn().await;
    let mut c = app.client();
    c.headers.insert("accept-encoding", "gzip".parse().unwrap());
    let res = c.get("/").await;
    assert_eq!(res.header("content-encoding"), "gzip");
}

#[tokio::test]
async fn the_crisis_page_lists_lines_from_the_data_file_with_india_first() {
    let app = TestApp::spawn().await;
    let page = app.client().get("/help/crisis").await.body;
    let india = page.find("<h2 data-content>India</h2>").expect("India");
    let us = page.find("<h2 data-content>United States</h2>").expect("United States");
    assert!(india < us);
    for tel in ["tel:112", "tel:14416", "tel:181", "tel:988", "tel:18007997233"] {
        assert!(page.contains(tel), "{tel}");
    }
}

#[tokio::test]
async fn discreet_mode_gives_a_neutral_tab_and_mail_that_names_nothing() {
    let app = TestApp::spawn().await;
    let m = app.member("Asha").await;
    let page = m.client.get("/dashboard").await.body;
    assert!(page.contains("<title>Your dashboard · DilTalks</title>") && page.contains("/static/icon."));
    assert_eq!(m.client.post("/settings/discreet", &[("discreet", "on")]).await.location(), Some("/settings"));
    let page = m.client.get("/dashboard").await.body;
    assert!(page.contains("<title>Notes</title>") && page.contains("/static/notes."), "{page}");
    assert!(!page.contains("/static/icon."));

    let other = app.client();
    other.post("/forgot", &[("email", &m.email)]).await;
    // The reset mail is queued just after the answer (so timing reveals nothing): wait for it.
    let mut mail = None;
    for _ in 0..100 {
        mail = app.mail().await.into_iter().find(|x| x.to.contains(&m.email) && x.subject == "Your password link");
        if mail.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let mail = mail.expect("a discreet reset mail");
    assert!(!mail.from.contains("DilTalks"), "{}", mail.from);
    assert!(!mail.body.contains("DilTalks"), "{}", mail.body);

    m.client.post("/settings/discreet", &[("discreet", "off")]).await;
    assert!(m.client.get("/dashboard").await.body.contains("· DilTalks</title>"));
}

/// Issue 18: mail that carries a link is written with the link's token, in one transaction.
/// With the outbox failing, an invitation, a password reset and an email change leave no
/// live token behind (nobody holds a link that was never mailed); with it back, they work.
#[tokio::test]
async fn a_link_and_the_mail_that_carries_it_are_written_together() {
    let app = TestApp::spawn().await;
    let m = app.member("Asha").await;
    m.client.post("/space", &[]).await;
    let tokens = "SELECT COUNT(*) FROM one_time_tokens WHERE used_at IS NULL AND kind <> 'verify'";
    let before = app.scalar(tokens).await;
    app.mail_down().await;
    let res = m.client.post("/space/invite", &[("email", "partner@example.com")]).await;
    assert_eq!(res.status, axum::http::StatusCode::INTERNAL_SERVER_ERROR, "{}", res.body);
    let res = m.client.post("/settings/email", &[("email", "new-asha@example.com")]).await;
    assert_eq!(res.status, axum::http::StatusCode::INTERNAL_SERVER_ERROR, "{}", res.body);
    app.client().post("/forgot", &[("email", &m.email)]).await;
    app.settle().await;
    assert_eq!(app.scalar(tokens).await, before, "no token without its mail");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM email_changes").await, 0);

    app.mail_up().await;
    let res = m.client.post("/space/invite", &[("email", "partner@example.com")]).await;
    assert_eq!(res.status, axum::http::StatusCode::SEE_OTHER, "{}", res.body);
    let invite = app.last_mail_to("partner@example.com").await;
    assert!(
        invite.body.contains("Asha has invited you to join them in a private space on DilTalks"),
        "{}",
        invite.body
    );
    assert!(invite.body.contains("/join/"));
    let res = m.client.post("/settings/email", &[("email", "new-asha@example.com")]).await;
    assert_eq!(res.status, axum::http::StatusCode::SEE_OTHER);
    assert!(app.last_mail_to("new-asha@example.com").await.body.contains("/settings/email/confirm/"));
    app.client().post("/forgot", &[("email", &m.email)]).await;
    app.settle().await;
    let reset = app.last_mail_to(&m.email).await;
    assert!(reset.body.contains("reset the password of the DilTalks account"), "{}", reset.body);
}

/// Issue 18: discreet mail is written in its own words, not a search-and-replace of the
/// usual text: an invitation to someone in discreet mode names neither the service nor
/// "DilTalks" anywhere, and reads as a whole sentence.
#[tokio::test]
async fn discreet_letters_are_their_own_text() {
    let app = TestApp::spawn().await;
    let a = app.member("Asha").await;
    let b = app.member("Ravi").await;
    b.client.post("/settings/discreet", &[("discreet", "on")]).await;
    a.client.post("/space", &[]).await;
    let res = a.client.post("/space/invite", &[("email", &b.email)]).await;
    assert_eq!(res.status, axum::http::StatusCode::SEE_OTHER);
    let mail = app.last_mail_to(&b.email).await;
    assert_eq!(mail.subject, "You have an invitation");
    assert!(!mail.body.contains("DilTalks") && !mail.body.contains("the service"), "{}", mail.body);
    assert!(
        mail.body.contains("Asha has invited you to join them in a private space. To accept, open:"),
        "{}",
        mail.body
    );
}
