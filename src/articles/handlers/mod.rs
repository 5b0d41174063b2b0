//! Guides for readers (`reading`: index, search, article, author, feed, sitemap, robots) and
//! for writers and their editors (`writing`: drafts, review). What both show — a guide's
//! page, its byline, a card — is here.

pub mod reading;
pub mod writing;

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::markdown::minutes_for;
use super::model::{self, Cta};
use super::seo;
use super::store::{self, Article};
use super::views::{ArticlePage, Byline, Card};
use crate::app::AppState;
use crate::db::Db;
use crate::error::AppResult;
use crate::web::RequestCtx;

/// Loads the bundled guides into the database (new ones added, changed ones refreshed).
pub async fn load_bundled(db: &Db, now: i64) -> anyhow::Result<usize> {
    let mut n = 0;
    for (slug, text) in model::BUNDLED {
        let a = model::parse_file(slug, text).map_err(|e| anyhow::anyhow!("content/articles/{slug}.md: {e}"))?;
        if store::upsert_file(db, &a, now).await? {
            n += 1;
        } else {
            tracing::warn!(slug, "a guide written on the site holds this address; the bundled one is not loaded");
        }
    }
    store::count_words(db).await?;
    Ok(n)
}

pub(super) fn tz(ctx: &RequestCtx) -> String {
    ctx.user.as_ref().map_or_else(|| "UTC".to_string(), |u| u.time_zone.clone())
}

pub(super) fn card(a: &Article, tz: &str, lang: crate::i18n::Lang) -> Card {
    Card {
        slug: a.slug.clone(),
        title: a.title.clone(),
        summary: a.summary.clone(),
        published: a.published_at.map(|t| crate::pages::format_date_in(lang, t, tz)).unwrap_or_default(),
        minutes: minutes_for(a.words as usize),
        tags: a.tags.clone(),
        lang: a.language.clone(),
    }
}

/// Who wrote a guide; an operator's title ("DilTalks editor") in `lang`.
pub(super) async fn byline(state: &AppState, a: &Article, lang: crate::i18n::Lang) -> AppResult<Byline> {
    if let Some(key) = &a.author_key
        && let Some(x) = state.bundled.authors.iter().find(|x| &x.key == key)
    {
        return Ok(Byline {
            name: x.name.clone(),
            title: x.title.clone(),
            bio: x.bio.clone(),
            url: Some(format!("/articles/authors/{}", x.key)),
        });
    }
    let id = a.author_id.as_deref().unwrap_or_default();
    if let Some(p) = crate::profiles::store::profile(&state.db, id).await? {
        let listed = p.is_listed(state.clock.now_ms());
        let bio: String = p.profile.bio.chars().take(280).collect();
        return Ok(Byline {
            name: p.profile.full_name,
            title: p.profile.title,
            bio,
            url: listed.then(|| format!("/counsellors/{id}")),
        });
    }
    let name = crate::accounts::store::find_by_id(&state.db, id).await?.map(|u| u.display_name).unwrap_or_default();
    let title = state.bundled.locales.text(lang, "writing-editor", &[]);
    Ok(Byline { name, title, bio: String::new(), url: None })
}

pub(super) async fn article_page(
    state: &AppState,
    ctx: &RequestCtx,
    a: Article,
    review: bool,
) -> AppResult<ArticlePage> {
    let tz = tz(ctx);
    let base = state.config.base_url();
    let canonical = format!("{base}/articles/{}", a.slug);
    let rendered = state.guides.render(&a.body);
    let author = byline(state, &a, ctx.lang).await?;
    // Related guides are chosen from addresses, tags and dates only; just the chosen few are
    // read whole.
    let others: Vec<_> = store::published_tags(&state.db).await?.into_iter().filter(|o| o.slug != a.slug).collect();
    let related_slugs = model::related(&a.tags, &others, 3);
    let chosen = store::published_by_slugs(&state.db, &related_slugs).await?;
    let related = related_slugs
        .iter()
        .filter_map(|s| chosen.iter().find(|o| &o.slug == s))
        .map(|o| card(o, &tz, ctx.lang))
        .collect();
    let published_at = a.published_at.unwrap_or(a.updated_at);
    let versions = if review { vec![] } else { store::versions(&state.db, &a).await? };
    let alternates = if versions.len() > 1 {
        versions.iter().map(|(s, code)| (code.clone(), format!("{base}/articles/{s}"))).collect()
    } else {
        vec![]
    };
    let other_versions = versions
        .iter()
        .filter(|(s, _)| *s != a.slug)
        .filter_map(|(s, code)| {
            Some((format!("/articles/{s}"), code.clone(), crate::i18n::Lang::parse(code)?.own_name()))
        })
        .collect();
    let author_url = author.url.as_ref().map(|u| format!("{base}{u}"));
    let article_ld = seo::article_json_ld(&seo::ArticleMeta {
        url: &canonical,
        title: &a.title,
        summary: &a.summary,
        author: &author.name,
        author_url: author_url.as_deref(),
        published: &seo::rfc3339(published_at),
        modified: &seo::rfc3339(a.updated_at.max(published_at)),
        words: a.words as usize,
        tags: &a.tags,
    });
    Ok(ArticlePage {
        l: ctx.layout(a.title.clone()),
        summary: a.summary.clone(),
        canonical,
        published: crate::pages::format_date_in(ctx.lang, published_at, &tz),
        published_iso: seo::rfc3339(published_at),
        minutes: minutes_for(a.words as usize),
        rendered,
        faq_ld: if a.faq.is_empty() { String::new() } else { seo::faq_json_ld(&a.faq) },
        faq: a.faq,
        sources: a.sources,
        tags: a.tags,
        related,
        cta_directory: a.cta == Cta::Directory,
        article_ld,
        author,
        title: a.title,
        report_href: (!review).then(|| format!("/articles/{}/report", a.slug)),
        review_id: review.then_some(a.id),
        lang: a.language,
        alternates,
        other_versions,
    })
}

pub(super) fn typed(body: String, content_type: &'static str) -> Response {
    let mut res = body.into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    res
}
