//! Markdown to safe HTML, for guides written in files and in the browser. Raw HTML is
//! dropped, links keep only safe destinations (outside ones get `rel="nofollow noopener"`),
//! images become their description (nothing loads from elsewhere), and headings get ids for
//! the in-page table of contents. Text is escaped by the renderer; nothing else is passed on.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// A heading for the table of contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

pub struct Rendered {
    pub html: String,
    pub toc: Vec<Heading>,
}

/// Guides rendered once per text: a page view looks its body up instead of parsing it again
/// (Markdown was the largest part of a guide page's time). Keyed by the Markdown itself, so
/// an edit, at any moment and on any instance, is a new entry and nothing stale is ever
/// shown; at most [`CACHED`] texts are kept, and a full cache starts again empty.
#[derive(Default)]
pub struct Cache {
    entries: std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<Rendered>>>,
}

/// Texts kept rendered: well above the guides a site publishes in both languages.
const CACHED: usize = 256;

impl Cache {
    /// `markdown` rendered, from the cache when it was rendered before.
    pub fn render(&self, markdown: &str) -> std::sync::Arc<Rendered> {
        let entries = || self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = entries().get(markdown) {
            return found.clone();
        }
        let rendered = std::sync::Arc::new(render(markdown));
        let mut all = entries();
        if all.len() >= CACHED {
            all.clear();
        }
        all.insert(markdown.to_string(), rendered.clone());
        rendered
    }
}

/// Lower-case words joined by dashes: heading ids and article addresses.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if crate::i18n::is_word_letter(c) {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() { "section".into() } else { trimmed.chars().take(80).collect() }
}

/// Where a link may go: this site (a path, or a place on the page), or the web and mail.
/// Anything else (`javascript:`, `data:`, `vbscript:`, protocol-relative `//host`) is refused.
/// Returns whether the destination is outside this site.
pub fn link_kind(dest: &str) -> Option<bool> {
    let cleaned: String = dest.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_control()).collect();
    let lower = cleaned.to_ascii_lowercase();
    if lower.starts_with('#') || (lower.starts_with('/') && !lower.starts_with("//") && !lower.starts_with("/\\")) {
        return Some(false);
    }
    if lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:") {
        return Some(true);
    }
    None
}

fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn level_number(l: HeadingLevel) -> u8 {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

pub fn render(markdown: &str) -> Rendered {
    let parser = Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    let mut events: Vec<Event> = Vec::new();
    let mut toc = Vec::new();
    let mut used_ids: Vec<String> = Vec::new();
    // Links refused or images: their closing tag is skipped too, one flag per open one.
    let mut link_stack: Vec<bool> = Vec::new();
    let mut heading: Option<(u8, Vec<Event>)> = None;
    let mut image_depth = 0usize;

    for event in parser {
        let out: Vec<Event> = match event {
            Event::Html(_) | Event::InlineHtml(_) => vec![],
            Event::Start(Tag::Image { .. }) => {
                image_depth += 1;
                vec![]
            }
            Event::End(TagEnd::Image) => {
                image_depth = image_depth.saturating_sub(1);
                vec![]
            }
            Event::Start(Tag::Link { dest_url, .. }) => match link_kind(&dest_url) {
                Some(outside) if image_depth == 0 => {
                    link_stack.push(true);
                    let rel = if outside { " rel=\"nofollow noopener\"" } else { "" };
                    vec![Event::Html(CowStr::from(format!("<a href=\"{}\"{rel}>", escape_attr(dest_url.trim()))))]
                }
                _ => {
                    link_stack.push(false);
                    vec![]
                }
            },
            Event::End(TagEnd::Link) => {
                if link_stack.pop().unwrap_or(false) {
                    vec![Event::Html(CowStr::from("</a>"))]
                } else {
                    vec![]
                }
            }
            Event::Start(Tag::Heading { level, .. }) => {
                // The page's own <h1> is the title: headings in the text start at <h2>.
                heading = Some((level_number(level).max(2), vec![]));
                continue;
            }
            Event::End(TagEnd::Heading(_)) => {
                let Some((level, inner)) = heading.take() else { continue };
                let text: String = inner
                    .iter()
                    .filter_map(|e| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                let base = slugify(&text);
                let mut id = base.clone();
                let mut n = 2;
                while used_ids.contains(&id) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                used_ids.push(id.clone());
                if level <= 3 {
                    toc.push(Heading { level, id: id.clone(), text: text.trim().to_string() });
                }
                let mut v = vec![Event::Html(CowStr::from(format!("<h{level} id=\"{id}\">")))];
                v.extend(inner);
                v.push(Event::Html(CowStr::from(format!("</h{level}>\n"))));
                v
            }
            other => vec![other],
        };
        match heading.as_mut() {
            Some((_, inner)) => inner.extend(out),
            None => events.extend(out),
        }
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Rendered { html, toc }
}

/// Words in the text, for reading time.
pub fn word_count(markdown: &str) -> usize {
    markdown.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// Minutes to read so many words, at about 220 words a minute, at least one.
pub fn minutes_for(words: usize) -> usize {
    words.div_ceil(220).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_renders_each_text_once_and_an_edit_is_a_new_text() {
        let cache = Cache::default();
        let first = cache.render("## One\n\nSome words here.");
        assert!(std::sync::Arc::ptr_eq(&first, &cache.render("## One\n\nSome words here.")), "rendered once");
        let edited = cache.render("## One\n\nOther words.");
        assert!(edited.html.contains("Other words") && !edited.html.contains("Some words"));
        for n in 0..CACHED + 1 {
            cache.render(&format!("text {n}"));
        }
        assert!(cache.entries.lock().unwrap().len() <= CACHED, "bounded");
    }

    const PAYLOADS: &[&str] = &[
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](  javascript:alert(1) )",
        "[click](java\tscript:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](//evil.example/x)",
        "<javascript:alert(1)>",
        "![x](https://evil.example/pixel.png)",
        "![x\" onerror=\"alert(1)](/x.png)",
        "[x](https://ok.example \"t\\\" onmouseover=\\\"alert(1)\")",
        "<svg onload=alert(1)>",
        "<style>body{display:none}</style>",
        "# Heading <script>alert(1)</script>",
        "`<script>alert(1)</script>`",
        "<details open ontoggle=alert(1)>",
    ];

    /// Every tag in rendered HTML (text is escaped, so each `<` starts a real tag).
    fn tags(html: &str) -> Vec<String> {
        html.split('<').skip(1).map(|t| t.split('>').next().unwrap_or("").to_lowercase()).collect()
    }

    #[test]
    fn no_script_or_handler_survives_known_payloads() {
        const ALLOWED: &[&str] =
            &["p", "/p", "a", "/a", "h2", "/h2", "code", "/code", "em", "/em", "strong", "/strong"];
        for p in PAYLOADS {
            for tag in tags(&render(p).html) {
                let name = tag.split_whitespace().next().unwrap_or("");
                assert!(ALLOWED.contains(&name), "{p:?} left a <{tag}> tag");
                for bad in ["javascript:", "vbscript:", "data:", "//evil", " on"] {
                    assert!(!tag.contains(bad), "{p:?} left {bad:?} in <{tag}>");
                }
                if name == "a" {
                    let href = tag.split("href=\"").nth(1).and_then(|h| h.split('"').next()).unwrap_or("");
                    assert!(link_kind(href).is_some(), "{p:?} links to {href:?}");
                }
            }
        }
    }

    #[test]
    fn safe_links_stay_and_outside_ones_are_marked() {
        let html =
            render("[guide](/articles/safety-first) and [site](https://example.org/a?b=1&c=2) and [top](#faq)").html;
        assert!(html.contains("<a href=\"/articles/safety-first\">guide</a>"), "{html}");
        assert!(
            html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow noopener\">site</a>"),
            "{html}"
        );
        assert!(html.contains("<a href=\"#faq\">top</a>"));
        let refused = render("[text kept](javascript:alert(1))").html;
        assert_eq!(refused.trim(), "<p>text kept</p>");
        assert_eq!(render("![a kind description](https://x.example/i.png)").html.trim(), "<p>a kind description</p>");
    }

    #[test]
    fn headings_get_ids_and_a_table_of_contents() {
        let r = render("# Top\n\nText\n\n## First steps\n\n### A detail\n\n## First steps\n\n#### Deep");
        assert!(r.html.contains("<h2 id=\"top\">Top</h2>"), "h1 becomes h2: {}", r.html);
        assert!(r.html.contains("<h2 id=\"first-steps\">") && r.html.contains("<h2 id=\"first-steps-2\">"));
        assert!(r.html.contains("<h4 id=\"deep\">"));
        let ids: Vec<_> = r.toc.iter().map(|h| (h.level, h.id.as_str())).collect();
        assert_eq!(ids, vec![(2, "top"), (2, "first-steps"), (3, "a-detail"), (2, "first-steps-2")]);
        assert_eq!(r.toc[1].text, "First steps");
    }

    #[test]
    fn text_is_escaped_and_raw_html_dropped() {
        let html = render("Tom & Jerry <b>bold</b> 1 < 2").html;
        assert!(html.contains("Tom &amp; Jerry") && html.contains("1 &lt; 2") && !html.contains("<b>"), "{html}");
    }

    #[test]
    fn reading_time_rounds_up_from_words() {
        assert_eq!(minutes_for(word_count("word")), 1);
        assert_eq!(minutes_for(word_count(&"word ".repeat(221))), 2);
        assert_eq!(word_count("## A heading - with, punctuation"), 4);
        assert_eq!(slugify("  Why small promises matter!  "), "why-small-promises-matter");
        assert_eq!(slugify("???"), "section");
        // Devanagari keeps its vowel signs; a danda ends a word like a full stop.
        assert_eq!(slugify("भरोसा फिर से। बनाना"), "भरोसा-फिर-से-बनाना");
    }
}
