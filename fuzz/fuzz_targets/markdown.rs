//! The Markdown renderer takes whatever a writer types: never a panic, and the HTML it gives
//! has no tag but the safe ones, no event handler, and no link that is not safe.
#![no_main]

use diltalks::articles::markdown::{link_kind, render};
use libfuzzer_sys::fuzz_target;

const ALLOWED: &[&str] = &[
    "p", "a", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "code", "pre", "ul", "ol", "li", "blockquote", "hr",
    "br", "table", "thead", "tbody", "tr", "th", "td",
];

fuzz_target!(|text: &str| {
    let r = render(text);
    for tag in r.html.split('<').skip(1).map(|t| t.split('>').next().unwrap_or("").to_ascii_lowercase()) {
        let name = tag.trim_start_matches('/').split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or("");
        assert!(ALLOWED.contains(&name), "tag <{tag}> from {text:?}");
        assert!(!tag.contains(" on"), "handler in <{tag}> from {text:?}");
        if name == "a" && !tag.starts_with('/') {
            let href = tag.split("href=\"").nth(1).and_then(|h| h.split('"').next()).unwrap_or("");
            assert!(link_kind(href).is_some(), "link to {href:?} from {text:?}");
        }
    }
    for h in &r.toc {
        assert!(h.id.chars().all(|c| c.is_alphanumeric() || c == '-'), "heading id {:?}", h.id);
    }
});
