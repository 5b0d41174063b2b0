//! What search engines and feed readers read: schema.org JSON-LD, the Atom feed, the sitemap
//! and robots.txt. Pure; every value is escaped for where it goes.

use serde_json::json;

use super::model::Faq;

/// JSON for inside `<script type="application/ld+json">`: `<` is written as `\u003c`, so no
/// text can close the element.
fn script_safe(v: &serde_json::Value) -> String {
    v.to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

pub struct ArticleMeta<'a> {
    pub url: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    pub author: &'a str,
    pub author_url: Option<&'a str>,
    pub published: &'a str,
    pub modified: &'a str,
    pub words: usize,
    pub tags: &'a [String],
}

pub fn article_json_ld(m: &ArticleMeta<'_>) -> String {
    let mut author = json!({ "@type": "Person", "name": m.author });
    if let Some(url) = m.author_url {
        author["url"] = json!(url);
    }
    script_safe(&json!({
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": m.title,
        "description": m.summary,
        "mainEntityOfPage": m.url,
        "url": m.url,
        "author": author,
        "publisher": { "@type": "Organization", "name": "DilTalks" },
        "datePublished": m.published,
        "dateModified": m.modified,
        "wordCount": m.words,
        "keywords": m.tags.join(", "),
        "inLanguage": "en",
    }))
}

pub fn faq_json_ld(faq: &[Faq]) -> String {
    let entities: Vec<_> = faq
        .iter()
        .map(|f| json!({ "@type": "Question", "name": f.question, "acceptedAnswer": { "@type": "Answer", "text": f.answer } }))
        .collect();
    script_safe(&json!({ "@context": "https://schema.org", "@type": "FAQPage", "mainEntity": entities }))
}

pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// RFC 3339 in UTC, as Atom and sitemaps want.
pub fn rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()).unwrap_or_default()
}

pub struct FeedEntry<'a> {
    pub url: String,
    pub title: &'a str,
    pub summary: &'a str,
    pub author: String,
    pub published: i64,
    pub updated: i64,
}

/// An Atom 1.0 feed (RFC 4287) of the newest guides.
pub fn atom(base: &str, entries: &[FeedEntry<'_>]) -> String {
    let updated = entries.iter().map(|e| e.updated).max().unwrap_or(0);
    let mut x =
        String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    x.push_str(&format!(
        "<title>DilTalks guides</title>\n<subtitle>Guides on rebuilding trust, written by counsellors</subtitle>\n\
         <id>{b}/articles</id>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"{b}/articles/feed.xml\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{b}/articles\"/>\n<updated>{}</updated>\n",
        rfc3339(updated),
        b = xml_escape(base)
    ));
    for e in entries {
        x.push_str(&format!(
            "<entry>\n<title>{}</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"{u}\"/>\n<id>{u}</id>\n\
             <published>{}</published>\n<updated>{}</updated>\n<author><name>{}</name></author>\n<summary>{}</summary>\n</entry>\n",
            xml_escape(e.title),
            rfc3339(e.published),
            rfc3339(e.updated),
            xml_escape(&e.author),
            xml_escape(e.summary),
            u = xml_escape(&e.url),
        ));
    }
    x.push_str("</feed>\n");
    x
}

/// A sitemap (sitemaps.org 0.9) of (address, last change).
/// A page in the sitemap: its address, when it last changed, and its versions in each
/// language as (hreflang, address), itself included, when it has more than one.
pub type SitemapUrl = (String, Option<i64>, Vec<(String, String)>);

pub fn sitemap(urls: &[SitemapUrl]) -> String {
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for (loc, modified, versions) in urls {
        x.push_str(&format!("<url><loc>{}</loc>", xml_escape(loc)));
        if let Some(m) = modified {
            x.push_str(&format!("<lastmod>{}</lastmod>", &rfc3339(*m)[..10]));
        }
        for (code, href) in versions {
            x.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                xml_escape(code),
                xml_escape(href)
            ));
        }
        x.push_str("</url>\n");
    }
    x.push_str("</urlset>\n");
    x
}

/// Public pages may be indexed; anything personal may not (it needs a sign-in anyway).
pub fn robots(base: &str) -> String {
    let mut s = String::from("User-agent: *\nAllow: /\n");
    for p in [
        "/dashboard",
        "/program",
        "/journal",
        "/space",
        "/join/",
        "/settings",
        "/sharing",
        "/bookings",
        "/practice",
        "/admin",
        "/write",
        "/calendar/",
        "/verify/",
        "/reset/",
        "/login/code",
        "/reauth",
        "/safety",
    ] {
        s.push_str(&format!("Disallow: {p}\n"));
    }
    s.push_str(&format!("Sitemap: {base}/sitemap.xml\n"));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_cannot_close_its_script_element() {
        let faq = vec![Faq { question: "</script><script>alert(1)</script>".into(), answer: "a & b".into() }];
        let s = faq_json_ld(&faq);
        assert!(!s.contains("</script") && !s.contains('<') && !s.contains('&'), "{s}");
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["mainEntity"][0]["name"], "</script><script>alert(1)</script>");
    }

    #[test]
    fn xml_text_is_escaped_and_control_characters_dropped() {
        assert_eq!(xml_escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
    }
}
