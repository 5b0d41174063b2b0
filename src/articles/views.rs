//! Templates of the guides: index, article, author, writing and review pages.

use askama::Template;
use serde::Deserialize;

use super::model::{Faq, Source};
use crate::web::{FormErrors, Layout};

/// A guide in a list.
pub struct Card {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub published: String,
    pub minutes: usize,
    pub tags: Vec<String>,
    /// The guide's language, marked on its title and summary.
    pub lang: String,
}

#[derive(Template)]
#[template(path = "articles/index.html")]
pub struct Index {
    pub l: Layout,
    pub cards: Vec<Card>,
    pub tags: Vec<String>,
    pub tag: String,
    pub q: String,
    pub searched: bool,
    pub page: i64,
    pub pages: i64,
}

impl Index {
    /// The index address for a page, keeping the tag.
    pub fn page_link(&self, page: &i64) -> String {
        let mut s = format!("/articles?page={page}");
        if !self.tag.is_empty() {
            s.push_str(&format!("&tag={}", crate::web::urlencode(&self.tag)));
        }
        s
    }
}

/// Who wrote a guide, as its page shows them.
pub struct Byline {
    pub name: String,
    pub title: String,
    pub bio: String,
    pub url: Option<String>,
}

#[derive(Template)]
#[template(path = "articles/article.html")]
pub struct ArticlePage {
    pub l: Layout,
    pub title: String,
    pub summary: String,
    pub canonical: String,
    pub author: Byline,
    pub published: String,
    pub published_iso: String,
    pub minutes: usize,
    /// The body as HTML with its table of contents, shared with the render cache.
    pub rendered: std::sync::Arc<super::markdown::Rendered>,
    pub faq: Vec<Faq>,
    pub sources: Vec<Source>,
    pub tags: Vec<String>,
    pub related: Vec<Card>,
    /// The call to action: into the program or the directory.
    pub cta_directory: bool,
    pub article_ld: String,
    pub faq_ld: String,
    /// An operator's preview of a guide in review: nothing indexable, and the decision forms.
    pub review_id: Option<String>,
    /// Where a reader reports the guide (published guides only).
    pub report_href: Option<String>,
    /// The language the guide is written in ("en", "hi").
    pub lang: String,
    /// Every published version (this one too) as `hreflang` and its address, for the head.
    pub alternates: Vec<(String, String)>,
    /// The other versions a reader can switch to: address, language code, language name.
    pub other_versions: Vec<(String, String, &'static str)>,
}

#[derive(Template)]
#[template(path = "articles/author.html")]
pub struct AuthorPage {
    pub l: Layout,
    pub author: Byline,
    pub cards: Vec<Card>,
}

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct DraftForm {
    pub title: String,
    pub summary: String,
    pub tags: String,
    pub cta: String,
    pub faq: String,
    pub body: String,
}

/// A writer's own guide in a list.
pub struct Mine {
    pub id: String,
    pub title: String,
    pub status: &'static str,
    pub slug: String,
    pub published: bool,
    pub note: Option<String>,
}

#[derive(Template)]
#[template(path = "articles/write.html")]
pub struct WritePage {
    pub l: Layout,
    pub mine: Vec<Mine>,
}

#[derive(Template)]
#[template(path = "articles/edit.html")]
pub struct EditPage {
    pub l: Layout,
    /// None for a new guide.
    pub id: Option<String>,
    pub form: DraftForm,
    pub errors: FormErrors,
    pub note: Option<String>,
    /// Why the save did not go through (the guide moved on meanwhile); the text is kept.
    pub conflict: Option<String>,
}

impl EditPage {
    pub fn action(&self) -> String {
        self.id.as_ref().map_or_else(|| "/write/new".to_string(), |id| format!("/write/{id}"))
    }
}

#[derive(Template)]
#[template(path = "articles/review.html")]
pub struct ReviewQueue {
    pub l: Layout,
    pub waiting: Vec<Mine>,
}

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct ReturnForm {
    pub note: String,
}
