//! Guides: front matter, the bundled authors, tags, related guides and the rules for a guide
//! written in the browser. Pure.

use serde::{Deserialize, Serialize};

use super::markdown::{slugify, word_count};

/// The guides that ship with DilTalks, loaded into the database at start-up. A test checks
/// that every file in `content/articles/` is listed here.
pub const BUNDLED: &[(&str, &str)] = &[
    ("rebuilding-trust-step-by-step", include_str!("../../content/articles/rebuilding-trust-step-by-step.md")),
    (
        "how-long-does-rebuilding-trust-take",
        include_str!("../../content/articles/how-long-does-rebuilding-trust-take.md"),
    ),
    ("when-only-one-partner-is-trying", include_str!("../../content/articles/when-only-one-partner-is-trying.md")),
    ("lingering-anxiety-after-betrayal", include_str!("../../content/articles/lingering-anxiety-after-betrayal.md")),
    ("having-the-scheduled-conversation", include_str!("../../content/articles/having-the-scheduled-conversation.md")),
    (
        "small-promises-and-why-they-matter",
        include_str!("../../content/articles/small-promises-and-why-they-matter.md"),
    ),
    (
        "what-a-relationship-counsellor-does",
        include_str!("../../content/articles/what-a-relationship-counsellor-does.md"),
    ),
    ("safety-first", include_str!("../../content/articles/safety-first.md")),
    ("suraksha-sabse-pehle", include_str!("../../content/articles/suraksha-sabse-pehle.md")),
    ("bharosa-kadam-dar-kadam", include_str!("../../content/articles/bharosa-kadam-dar-kadam.md")),
    (
        "relationship-counsellor-kya-karte-hain",
        include_str!("../../content/articles/relationship-counsellor-kya-karte-hain.md"),
    ),
];
pub const BUNDLED_AUTHORS: &str = include_str!("../../content/articles/authors.toml");

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
pub struct Faq {
    pub question: String,
    pub answer: String,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
pub struct Source {
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cta {
    Program,
    Directory,
}

impl Cta {
    pub fn parse(s: &str) -> Option<Cta> {
        match s {
            "program" => Some(Cta::Program),
            "directory" => Some(Cta::Directory),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Cta::Program => "program",
            Cta::Directory => "directory",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub summary: String,
    pub author: String,
    #[serde(default)]
    pub tags: Vec<String>,
    pub published: String,
    #[serde(default = "default_cta")]
    pub cta: String,
    #[serde(default)]
    pub faq: Vec<Faq>,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The language the guide is written in ("en" unless it says).
    #[serde(default)]
    pub language: Option<String>,
    /// For a guide written afresh in another language: the address of the guide it stands
    /// beside, so each page links the other (`hreflang`).
    #[serde(default)]
    pub translation_of: Option<String>,
}

fn default_cta() -> String {
    "program".into()
}

/// A guide as read from a file: checked front matter and its Markdown body.
#[derive(Debug)]
pub struct FileArticle {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub author_key: String,
    pub tags: Vec<String>,
    pub published_at: i64,
    pub cta: Cta,
    pub faq: Vec<Faq>,
    pub sources: Vec<Source>,
    pub body: String,
    pub language: crate::i18n::Lang,
    pub translation_of: Option<String>,
}

/// Splits `+++` TOML front matter from the body and checks it.
pub fn parse_file(slug: &str, text: &str) -> Result<FileArticle, String> {
    let rest = text.strip_prefix("+++").ok_or("the file must start with +++ front matter")?;
    let end = rest.find("\n+++").ok_or("the front matter has no closing +++")?;
    let fm: FrontMatter = toml::from_str(&rest[..end]).map_err(|e| format!("front matter: {e}"))?;
    let body = rest[end + 4..].trim_start_matches(['\r', '\n']).to_string();
    let date: jiff::civil::Date = fm.published.parse().map_err(|e| format!("published: {e}"))?;
    let published_at =
        date.to_zoned(jiff::tz::TimeZone::UTC).map_err(|e| format!("published: {e}"))?.timestamp().as_millisecond();
    let cta = Cta::parse(&fm.cta).ok_or_else(|| format!("cta must be program or directory, not {:?}", fm.cta))?;
    let language = match fm.language.as_deref() {
        None => crate::i18n::Lang::En,
        Some(code) => {
            crate::i18n::Lang::parse(code).ok_or_else(|| format!("language must be en or hi, not {code:?}"))?
        }
    };
    if fm.translation_of.is_some() && language == crate::i18n::Lang::En {
        return Err("translation_of belongs to a guide in another language than English".into());
    }
    if fm.title.trim().is_empty() || fm.summary.trim().is_empty() || body.trim().is_empty() {
        return Err("title, summary and body are all needed".into());
    }
    Ok(FileArticle {
        slug: slug.to_string(),
        title: fm.title.trim().to_string(),
        summary: fm.summary.trim().to_string(),
        author_key: fm.author,
        tags: fm.tags.iter().map(|t| slugify(t)).collect(),
        published_at,
        cta,
        faq: fm.faq,
        sources: fm.sources,
        body,
        language,
        translation_of: fm.translation_of,
    })
}

#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct Author {
    pub key: String,
    pub name: String,
    pub title: String,
    pub bio: String,
}

#[derive(Deserialize)]
struct AuthorsFile {
    author: Vec<Author>,
}

pub fn parse_authors(text: &str) -> Result<Vec<Author>, String> {
    toml::from_str::<AuthorsFile>(text).map(|f| f.author).map_err(|e| e.to_string())
}

/// Tags typed in a form: comma-separated, each made a slug, at most six, no repeats.
pub fn parse_tags(raw: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in raw.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        let s = slugify(t);
        if s != "section" && !out.contains(&s) && out.len() < 6 {
            out.push(s);
        }
    }
    out
}

/// The other guides that share most tags with this one (newest first among equals), up to
/// `n`; guides sharing none are left out.
/// A published guide's address, tags and date, without its text: enough to choose related
/// guides and list the topics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tagged {
    pub slug: String,
    pub tags: Vec<String>,
    pub published_at: i64,
}

pub fn related<'a>(tags: &[String], others: &'a [Tagged], n: usize) -> Vec<&'a str> {
    let mut scored: Vec<(usize, i64, &str)> = others
        .iter()
        .map(|o| (o.tags.iter().filter(|x| tags.contains(x)).count(), o.published_at, o.slug.as_str()))
        .filter(|(shared, _, _)| *shared > 0)
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    scored.into_iter().take(n).map(|(_, _, s)| s).collect()
}

/// A guide written in the browser, checked. Problems are (field, message).
#[derive(Debug)]
pub struct Draft {
    pub title: String,
    pub summary: String,
    pub tags: Vec<String>,
    pub cta: Cta,
    pub faq: Vec<Faq>,
    pub body: String,
}

pub fn check_draft(
    title: &str,
    summary: &str,
    tags: &str,
    cta: &str,
    faq: &str,
    body: &str,
) -> Result<Draft, Vec<(&'static str, &'static str)>> {
    let mut problems = vec![];
    let (title, summary, body) = (title.trim(), summary.trim(), body.trim());
    if title.chars().count() < 5 || title.chars().count() > 120 {
        problems.push(("title", "Give the guide a title of 5 to 120 characters."));
    }
    if summary.chars().count() < 20 || summary.chars().count() > 200 {
        problems.push(("summary", "Write a summary of 20 to 200 characters: it is what search engines show."));
    }
    if word_count(body) < 100 {
        problems.push(("body", "A guide needs at least 100 words."));
    } else if body.len() > 100_000 {
        problems.push(("body", "A guide can be at most 100,000 characters."));
    }
    let faq = parse_faq(faq);
    if faq.is_none() {
        problems.push((
            "faq",
            "Write each question on a line starting with Q: and its answer on the next, starting with A:.",
        ));
    }
    let cta = Cta::parse(cta).unwrap_or(Cta::Program);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Draft {
        title: title.into(),
        summary: summary.into(),
        tags: parse_tags(tags),
        cta,
        faq: faq.unwrap_or_default(),
        body: body.into(),
    })
}

/// The FAQ box of the writing form: `Q: …` lines each followed by an `A: …` line.
pub fn parse_faq(raw: &str) -> Option<Vec<Faq>> {
    let mut out = vec![];
    let mut lines = raw.lines().map(str::trim).filter(|l| !l.is_empty());
    while let Some(q) = lines.next() {
        let question = q.strip_prefix("Q:")?.trim();
        let answer = lines.next()?.strip_prefix("A:")?.trim();
        if question.is_empty() || answer.is_empty() {
            return None;
        }
        out.push(Faq { question: question.into(), answer: answer.into() });
    }
    Some(out)
}

/// The FAQ back in the form's own format.
pub fn faq_text(faq: &[Faq]) -> String {
    faq.iter().map(|f| format!("Q: {}\nA: {}\n", f.question, f.answer)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_guide_parses_and_every_file_is_listed() {
        let authors = parse_authors(BUNDLED_AUTHORS).unwrap();
        assert!(authors.len() >= 2);
        for (slug, text) in BUNDLED {
            let a = parse_file(slug, text).unwrap_or_else(|e| panic!("{slug}: {e}"));
            assert!(authors.iter().any(|x| x.key == a.author_key), "{slug}: unknown author");
            assert!(a.summary.chars().count() <= 160, "{slug}: summary too long for a description");
            assert!(!a.faq.is_empty() && !a.tags.is_empty(), "{slug}");
            assert!(!super::super::markdown::render(&a.body).toc.is_empty(), "{slug}: headings");
        }
        let mut files: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/content/articles"))
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter_map(|f| f.strip_suffix(".md").map(String::from))
            .collect();
        files.sort();
        let mut listed: Vec<String> = BUNDLED.iter().map(|(s, _)| s.to_string()).collect();
        listed.sort();
        assert_eq!(files, listed);
        assert!(BUNDLED.len() >= 8);
        // Each guide in Hindi stands beside an English one, and at least three exist.
        let parsed: Vec<_> = BUNDLED.iter().map(|(s, t)| parse_file(s, t).unwrap()).collect();
        let hindi: Vec<_> = parsed.iter().filter(|a| a.language == crate::i18n::Lang::Hi).collect();
        assert!(hindi.len() >= 3);
        for a in hindi {
            let of = a.translation_of.as_deref().unwrap_or_else(|| panic!("{}: translation_of", a.slug));
            assert!(parsed.iter().any(|e| e.slug == of && e.language == crate::i18n::Lang::En), "{}: {of}", a.slug);
            assert!(a.title.chars().any(crate::i18n::is_devanagari), "{}: written in Hindi", a.slug);
        }
    }

    #[test]
    fn front_matter_problems_are_named() {
        assert!(parse_file("x", "no front matter").unwrap_err().contains("+++"));
        let bad_date = "+++\ntitle = \"T\"\nsummary = \"S\"\nauthor = \"a\"\npublished = \"soon\"\n+++\nBody";
        assert!(parse_file("x", bad_date).unwrap_err().contains("published"));
        let unknown =
            "+++\ntitle = \"T\"\nsummary = \"S\"\nauthor = \"a\"\npublished = \"2026-01-02\"\nextra = 1\n+++\nBody";
        assert!(parse_file("x", unknown).is_err());
        let ok = "+++\ntitle = \"T\"\nsummary = \"S\"\nauthor = \"a\"\ntags = [\"Trust Issues\"]\npublished = \"2026-01-02\"\n+++\n\nBody";
        let a = parse_file("x", ok).unwrap();
        assert_eq!((a.body.as_str(), a.tags[0].as_str(), a.cta), ("Body", "trust-issues", Cta::Program));
        assert_eq!(a.published_at, 1_767_312_000_000);
    }

    #[test]
    fn related_guides_share_the_most_tags() {
        let t = |slug: &str, tags: &[&str], published_at| Tagged {
            slug: slug.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            published_at,
        };
        let others =
            vec![t("a", &["trust"], 1), t("b", &["trust", "time"], 0), t("c", &["safety"], 5), t("d", &["time"], 3)];
        assert_eq!(related(&["trust".into(), "time".into()], &others, 3), vec!["b", "d", "a"]);
    }

    #[test]
    fn a_draft_names_each_problem_and_reads_the_faq() {
        let problems = check_draft("Hi", "short", "", "program", "Q: only a question", "too short").unwrap_err();
        let fields: Vec<_> = problems.iter().map(|p| p.0).collect();
        assert_eq!(fields, vec!["title", "summary", "body", "faq"]);
        let body = "word ".repeat(120);
        let d = check_draft(
            "A proper title",
            "A summary that is long enough.",
            "Trust, trust, Time",
            "directory",
            "Q: Why?\nA: Because.\n",
            &body,
        )
        .unwrap();
        assert_eq!(d.tags, vec!["trust", "time"]);
        assert_eq!(d.faq, vec![Faq { question: "Why?".into(), answer: "Because.".into() }]);
        assert_eq!(parse_faq(&faq_text(&d.faq)).unwrap(), d.faq);
        assert_eq!(d.cta, Cta::Directory);
    }
}
