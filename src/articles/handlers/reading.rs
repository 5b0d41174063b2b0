//! Guides for readers: the index with topics, pages and search, a guide, an author, and what
//! search engines and feed readers read.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;

use super::{article_page, byline, card, typed, tz};
use crate::app::AppState;
use crate::articles::seo;
use crate::articles::store;
use crate::articles::views::{AuthorPage, Byline, Index};
use crate::error::{AppError, AppResult};
use crate::web::{RequestCtx, render};

const PER_PAGE: i64 = 10;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct IndexQuery {
    tag: String,
    q: String,
    page: i64,
}

pub async fn index(State(state): State<AppState>, ctx: RequestCtx, Query(q): Query<IndexQuery>) -> AppResult<Response> {
    let tz = tz(&ctx);
    let mut tags: Vec<String> = store::published_tags(&state.db).await?.into_iter().flat_map(|o| o.tags).collect();
    tags.sort();
    tags.dedup();
    let query = q.q.trim().to_string();
    let tag = q.tag.trim().to_string();
    let (cards, pages, page) = if !query.is_empty() {
        let found = store::search(&state.db, &query).await?;
        (found.iter().map(|a| card(a, &tz, ctx.lang)).collect(), 1, 0)
    } else {
        let page = q.page.max(0);
        let (list, total) = store::published(&state.db, Some(&tag), ctx.lang, page, PER_PAGE).await?;
        (list.iter().map(|a| card(a, &tz, ctx.lang)).collect(), (total + PER_PAGE - 1) / PER_PAGE, page)
    };
    let title = if tag.is_empty() { ctx.t("guides-title") } else { ctx.t_with("guides-about", &[("tag", &tag)]) };
    render(&Index { l: ctx.layout(title), cards, tags, tag, searched: !query.is_empty(), q: query, page, pages })
}

pub async fn article(State(state): State<AppState>, ctx: RequestCtx, Path(slug): Path<String>) -> AppResult<Response> {
    let a = store::published_by_slug(&state.db, &slug).await?.ok_or(AppError::NotFound)?;
    render(&article_page(&state, &ctx, a, false).await?)
}

pub async fn author(State(state): State<AppState>, ctx: RequestCtx, Path(key): Path<String>) -> AppResult<Response> {
    let x = state.bundled.authors.iter().find(|x| x.key == key).ok_or(AppError::NotFound)?;
    let tz = tz(&ctx);
    let cards = store::all_published(&state.db)
        .await?
        .iter()
        .filter(|a| a.author_key.as_deref() == Some(key.as_str()))
        .map(|a| card(a, &tz, ctx.lang))
        .collect();
    let author = Byline { name: x.name.clone(), title: x.title.clone(), bio: x.bio.clone(), url: None };
    render(&AuthorPage { l: ctx.layout(x.name.clone()), author, cards })
}

pub async fn feed(State(state): State<AppState>) -> AppResult<Response> {
    let base = state.config.base_url().to_string();
    let all = store::all_published(&state.db).await?;
    let mut entries = vec![];
    for a in all.iter().take(20) {
        entries.push(seo::FeedEntry {
            url: format!("{base}/articles/{}", a.slug),
            title: &a.title,
            summary: &a.summary,
            author: byline(&state, a, crate::i18n::Lang::En).await?.name,
            published: a.published_at.unwrap_or(a.updated_at),
            updated: a.updated_at.max(a.published_at.unwrap_or(0)),
        });
    }
    Ok(typed(seo::atom(&base, &entries), "application/atom+xml; charset=utf-8"))
}

pub async fn sitemap(State(state): State<AppState>) -> AppResult<Response> {
    let base = state.config.base_url();
    let mut urls: Vec<seo::SitemapUrl> = ["/", "/articles", "/counsellors", "/for-counsellors", "/help/crisis"]
        .iter()
        .map(|p| (format!("{base}{p}"), None, vec![]))
        .collect();
    let all = store::all_published(&state.db).await?;
    // A guide and the ones written beside it in other languages list each other (hreflang).
    let family = |a: &store::Article| a.translation_of.clone().unwrap_or_else(|| a.slug.clone());
    for a in &all {
        let mut versions: Vec<(String, String)> = all
            .iter()
            .filter(|o| family(o) == family(a))
            .map(|o| (o.language.clone(), format!("{base}/articles/{}", o.slug)))
            .collect();
        if versions.len() < 2 {
            versions.clear();
        }
        versions.sort();
        urls.push((
            format!("{base}/articles/{}", a.slug),
            Some(a.updated_at.max(a.published_at.unwrap_or(0))),
            versions,
        ));
    }
    Ok(typed(seo::sitemap(&urls), "application/xml; charset=utf-8"))
}

pub async fn robots(State(state): State<AppState>) -> Response {
    typed(seo::robots(state.config.base_url()), "text/plain; charset=utf-8")
}
