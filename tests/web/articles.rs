//! Guides: the bundled ones listed, searched (FTS5 on SQLite, tsvector on PostgreSQL) and
//! read with their table of contents, FAQ, author and call to action; feed, JSON-LD and
//! sitemap read back with independent parsers; a counsellor's guide through review.

use axum::http::StatusCode;

use crate::harness::TestApp;

fn json_ld(body: &str) -> Vec<serde_json::Value> {
    body.split("<script type=\"application/ld+json\">")
        .skip(1)
        .map(|s| serde_json::from_str(s.split("</script>").next().unwrap()).expect("valid JSON-LD"))
        .collect()
}

#[tokio::test]
async fn bundled_guides_are_listed_searched_and_read_with_everything_around_them() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let index = c.get("/articles").await;
    assert_eq!(index.status, StatusCode::OK);
    for title in ["Rebuilding trust, step by step", "Safety first"] {
        assert!(index.body.contains(title), "{title} listed");
    }
    assert!(index.body.contains("min read") && index.body.contains("href=\"/articles/feed.xml\""));
    let safety = c.get("/articles?tag=safety").await.body;
    assert!(
        safety.contains("/articles/safety-first") && !safety.contains("/articles/having-the-scheduled-conversation")
    );

    // Search: a stem of a word, several words, and text that would be query syntax.
    let found = c.get("/articles?q=promis").await.body;
    assert!(found.contains("/articles/small-promises-and-why-they-matter"), "prefix search");
    let none = c.get("/articles?q=zebra+quantum").await.body;
    assert!(none.contains("0 guides found") && none.contains("No guide matches"));
    for odd in ["%22AND%28", "NEAR%28a+b%29", "-*", "%27%3B+DROP+TABLE+articles%3B--"] {
        assert_eq!(c.get(&format!("/articles?q={odd}")).await.status, StatusCode::OK, "{odd}");
    }

    let page = c.get("/articles/safety-first").await;
    assert_eq!(page.status, StatusCode::OK);
    let b = &page.body;
    assert!(b.contains("<h1 id=\"article-h\" data-content>Safety first"), "title");
    assert!(b.contains("min read") && b.contains("In this guide") && b.contains("Questions people ask"));
    assert!(b.contains("href=\"/articles/authors/meera-rao\"") && b.contains("Head Counsellor"), "byline with title");
    assert!(b.contains("<link rel=\"canonical\" href=\"http://127.0.0.1:8080/articles/safety-first\">"));
    assert!(b.contains("property=\"og:title\"") && b.contains("<meta name=\"description\""));
    assert!(
        b.contains("href=\"/help/crisis\"") && b.contains("Find a counsellor"),
        "crisis link and the call to action"
    );
    assert!(b.contains("Related guides"));
    let ld = json_ld(b);
    assert_eq!(ld.len(), 2);
    assert_eq!(ld[0]["@type"], "Article");
    assert!(ld[0]["headline"].as_str().unwrap().starts_with("Safety first"));
    assert_eq!(ld[0]["author"]["name"], "Meera Rao");
    assert_eq!(ld[1]["@type"], "FAQPage");
    assert!(ld[1]["mainEntity"].as_array().unwrap().len() >= 2);
    assert_eq!(ld[1]["mainEntity"][0]["@type"], "Question");

    let author = c.get("/articles/authors/meera-rao").await;
    assert!(author.body.contains("Head Counsellor") && author.body.contains("/articles/safety-first"));
    assert_eq!(c.get("/articles/authors/nobody").await.status, StatusCode::NOT_FOUND);
    assert_eq!(c.get("/articles/not-a-guide").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_feed_sitemap_and_robots_read_back_with_independent_parsers() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let res = c.get("/articles/feed.xml").await;
    assert!(res.header("content-type").starts_with("application/atom+xml"));
    let feed = feed_rs::parser::parse(res.body.as_bytes()).expect("a valid Atom feed");
    assert_eq!(feed.entries.len(), 11, "eight guides in English and three in Hindi");
    let first = &feed.entries[0];
    assert!(first.links[0].href.starts_with("http://127.0.0.1:8080/articles/"));
    assert!(first.title.as_ref().is_some_and(|t| !t.content.is_empty()) && first.published.is_some());
    assert!(feed.entries.iter().any(|e| e.authors.iter().any(|a| a.name.as_deref() == Some("Daniel Okafor"))));

    let sitemap = c.get("/sitemap.xml").await.body;
    let doc = roxmltree::Document::parse(&sitemap).expect("a valid sitemap");
    let locs: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name("loc")).filter_map(|n| n.text()).collect();
    assert!(locs.contains(&"http://127.0.0.1:8080/articles/safety-first"));
    assert!(locs.contains(&"http://127.0.0.1:8080/counsellors"));
    assert!(!locs.iter().any(|l| l.contains("/journal") || l.contains("/settings")));
    // A guide and its Hindi version name each other, and themselves, as alternates.
    let xhtml = "http://www.w3.org/1999/xhtml";
    let alternates = |loc: &str| -> Vec<(String, String)> {
        let url = doc
            .descendants()
            .find(|n| n.has_tag_name("url") && n.children().any(|c| c.has_tag_name("loc") && c.text() == Some(loc)))
            .unwrap();
        url.children()
            .filter(|c| c.has_tag_name((xhtml, "link")))
            .map(|c| (c.attribute("hreflang").unwrap().to_string(), c.attribute("href").unwrap().to_string()))
            .collect()
    };
    let pair = vec![
        ("en".to_string(), "http://127.0.0.1:8080/articles/safety-first".to_string()),
        ("hi".to_string(), "http://127.0.0.1:8080/articles/suraksha-sabse-pehle".to_string()),
    ];
    assert_eq!(alternates("http://127.0.0.1:8080/articles/safety-first"), pair);
    assert_eq!(alternates("http://127.0.0.1:8080/articles/suraksha-sabse-pehle"), pair);
    assert!(alternates("http://127.0.0.1:8080/articles/lingering-anxiety-after-betrayal").is_empty());

    let robots = c.get("/robots.txt").await.body;
    assert!(robots.contains("Disallow: /journal") && robots.contains("Sitemap: http://127.0.0.1:8080/sitemap.xml"));
}

const XSS: &str =
    "<script>alert('x')</script>\n\n[click me](javascript:alert(1)) and ![pixel](https://tracker.example/p.gif)";

#[tokio::test]
async fn a_counsellors_guide_goes_through_review_before_anyone_reads_it() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let counsellor = app.listed_counsellor("Meera Rao", &admin.id).await;
    let member = app.member("Reader").await;
    assert_eq!(member.client.get("/write").await.status, StatusCode::NOT_FOUND, "members do not write guides");

    let body = format!(
        "## Why listening comes first\n\n{}\n\n{XSS}\n\nMore about [safety](/articles/safety-first).",
        "Listening word ".repeat(60)
    );
    let short = counsellor
        .client
        .post("/write/new", &[("title", "Listening"), ("summary", "short"), ("body", "too short"), ("faq", "")])
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.body.contains("too short") && short.body.contains("at least 100 words"), "text kept, problem named");
    let res = counsellor
        .client
        .post(
            "/write/new",
            &[
                ("title", "Listening before answering"),
                ("summary", "Why hearing your partner out comes before explaining yourself."),
                ("tags", "conversation, Trust"),
                ("cta", "directory"),
                ("faq", "Q: How long should I listen?\nA: Until they say they feel heard."),
                ("body", &body),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let edit = res.location().unwrap().to_string();
    let id = edit.trim_start_matches("/write/").to_string();
    assert_eq!(
        app.client().get("/articles/listening-before-answering").await.status,
        StatusCode::NOT_FOUND,
        "a draft is not public"
    );
    let other = app.counsellor("Other Writer").await;
    for path in [edit.clone(), format!("{edit}/preview")] {
        assert_eq!(other.client.get(&path).await.status, StatusCode::NOT_FOUND, "another writer's draft: {path}");
    }
    assert_eq!(other.client.post(&format!("{edit}/submit"), &[]).await.status, StatusCode::NOT_FOUND);
    assert!(!app.client().get("/articles?q=listening").await.body.contains("listening-before-answering"));

    assert_eq!(counsellor.client.post(&format!("{edit}/submit"), &[]).await.location(), Some("/write"));
    let again = counsellor.client.post(&edit, &[("title", "Changed"), ("summary", "x"), ("body", "y")]).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY, "checked before anything else");
    let queue = admin.client.get("/admin/articles").await.body;
    assert!(queue.contains("Listening before answering"));
    let preview = admin.client.get(&format!("/admin/articles/{id}")).await;
    assert!(preview.body.contains("Waiting for your review") && preview.body.contains("noindex"));
    let res = admin.client.post(&format!("/admin/articles/{id}/return"), &[("note", "Please add a source.")]).await;
    assert_eq!(res.location(), Some("/admin/articles"));
    let mine = counsellor.client.get("/write").await.body;
    assert!(mine.contains("Sent back with a note") && mine.contains("Please add a source."));
    assert!(counsellor.client.get(&edit).await.body.contains("Please add a source."));
    counsellor.client.post(&format!("{edit}/submit"), &[]).await;
    assert_eq!(member.client.post(&format!("/admin/articles/{id}/publish"), &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        admin.client.post(&format!("/admin/articles/{id}/publish"), &[]).await.location(),
        Some("/admin/articles")
    );

    let page = app.client().get("/articles/listening-before-answering").await;
    assert_eq!(page.status, StatusCode::OK);
    let b = &page.body;
    assert!(
        b.contains(&format!("href=\"/counsellors/{}\"", counsellor.id)) && b.contains("Meera Rao"),
        "byline links the profile"
    );
    assert!(b.contains("<h2 id=\"why-listening-comes-first\">") && b.contains("Find a counsellor"));
    assert!(b.contains("<a href=\"/articles/safety-first\">safety</a>"));
    let main = &b[b.find("<main").unwrap()..];
    assert!(
        !main.contains("<script>") && !main.contains("javascript:") && !main.contains("tracker.example"),
        "sanitised"
    );
    assert!(main.contains("click me") && main.contains("pixel"), "the words stay");
    let found = app.client().get("/articles?q=listening+answering").await.body;
    assert!(found.contains("/articles/listening-before-answering"), "searchable once published");
    // The words were counted when the body was written, and the page says so.
    let words = diltalks::articles::markdown::word_count(&body) as i64;
    let kept = format!("SELECT words FROM articles WHERE id = '{id}'");
    assert_eq!(app.scalar(&kept).await, words);
    assert!(b.contains(&format!("\"wordCount\":{words}")), "the page's metadata carries the count");
    // A guide written before counts were kept is counted once, at start-up.
    sqlx::query("UPDATE articles SET words = NULL").execute(&app.state.db.pool).await.unwrap();
    assert!(
        app.client().get("/articles/listening-before-answering").await.body.contains(&format!("\"wordCount\":{words}"))
    );
    assert!(diltalks::articles::store::count_words(&app.state.db).await.unwrap() > 1);
    assert_eq!(app.scalar(&kept).await, words);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM articles WHERE words IS NULL").await, 0);
    let published_edit = counsellor
        .client
        .post(&edit, &[("title", "Changed title here"), ("summary", "A summary long enough to pass."), ("body", &body)])
        .await;
    assert_eq!(published_edit.status, StatusCode::CONFLICT, "published guides are not edited in place");
    assert!(published_edit.body.contains("with the editors or published"));
}

#[tokio::test]
async fn a_guide_is_written_and_reviewed_in_hindi() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let writer = app.listed_counsellor("Meera Rao", &admin.id).await;
    for m in [&admin, &writer] {
        m.client.post("/language", &[("lang", "hi"), ("back", "/")]).await;
    }
    let write = writer.client.get("/write").await.body;
    assert!(write.contains("गाइड लिखें") && write.contains("नई गाइड शुरू करें"), "{write}");
    let new = writer.client.get("/write/new").await.body;
    assert!(new.contains("नई गाइड") && new.contains("शीर्षक") && new.contains("पढ़ने वालों को यहाँ भेजें"));
    // Errors in Hindi, the text kept.
    let short = writer.client.post("/write/new", &[("title", "सुनो"), ("summary", "छोटा"), ("body", "बहुत छोटा")]).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        short.body.contains("गाइड को 5 से 120 अक्षरों का शीर्षक दें।")
            && short.body.contains("गाइड में कम से कम 100 शब्द होने चाहिए।")
    );
    assert!(short.body.contains(r#"value="सुनो""#) && short.body.contains("बहुत छोटा</textarea>"), "text kept");

    let body = "पहले पूरी बात सुनना ज़रूरी है। ".repeat(25);
    let fields =
        [("title", "जवाब से पहले सुनना"), ("summary", "अपने साथी की पूरी बात सुनना क्यों पहले आता है।"), ("body", body.as_str())];
    let res = writer.client.post("/write/new", &fields).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let edit = res.location().unwrap().to_string();
    let id = edit.trim_start_matches("/write/").to_string();
    let page = writer.client.get(&edit).await.body;
    assert!(page.contains("ड्राफ़्ट सेव हो गया।") && page.contains("गाइड बदलें") && page.contains("एडिटरों को भेजें"));
    assert_eq!(writer.client.post(&format!("{edit}/submit"), &[]).await.location(), Some("/write"));
    let mine = writer.client.get("/write").await.body;
    assert!(mine.contains("गाइड रिव्यू के लिए एडिटरों को भेज दी गई।") && mine.contains("रिव्यू के इंतज़ार में"));
    let again = writer.client.post(&format!("{edit}/submit"), &[]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("यह गाइड पहले से एडिटरों के पास है या छप चुकी है।"));
    let conflict = writer.client.post(&edit, &fields).await;
    assert_eq!(conflict.status, StatusCode::CONFLICT);
    assert!(conflict.body.contains("सेव नहीं हुआ") && conflict.body.contains("जवाब से पहले सुनना"), "text kept");

    // The operator sends it back without a note: the author reads the default one.
    let queue = admin.client.get("/admin/articles").await.body;
    assert!(queue.contains("रिव्यू के लिए गाइड") && queue.contains("जवाब से पहले सुनना"));
    let res = admin.client.post(&format!("/admin/articles/{id}/return"), &[("note", "")]).await;
    assert_eq!(res.location(), Some("/admin/articles"));
    let queue = admin.client.get("/admin/articles").await.body;
    assert!(queue.contains("गाइड आपके नोट के साथ लेखक को लौटा दी गई।") && queue.contains("अभी कुछ भी इंतज़ार में नहीं है।"));
    let mine = writer.client.get("/write").await.body;
    assert!(mine.contains("एक नोट के साथ लौटाई गई") && mine.contains("एडिटर का नोट: कृपया इसमें सुधार करके फिर से भेजें।"));
    assert!(writer.client.get(&edit).await.body.contains("एडिटर का नोट"));

    // An author's page around their own words.
    let author = writer.client.get("/articles/authors/meera-rao").await.body;
    assert!(author.contains("Meera Rao की लिखी गाइड") && author.contains("Head Counsellor"), "{author}");
    assert!(author.contains("Meera Rao, DilTalks में Head Counsellor: भरोसा फिर से बनाने पर गाइड।"));
}
