//! Guides for readers (index, search, article, author, feed, sitemap, robots), for writers
//! (counsellors and operators: drafts sent for review), and for operators (the review).

use std::sync::OnceLock;

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::markdown::{reading_minutes, render as render_markdown, word_count};
use super::model::{self, Author, Cta, check_draft, faq_text, parse_authors};
use super::seo;
use super::store::{self, Article};
use super::views::{
    ArticlePage, AuthorPage, Byline, Card, DraftForm, EditPage, Index, Mine, ReturnForm, ReviewQueue, WritePage,
};
use crate::app::AppState;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::pages::format_date;
use crate::web::{Admin, FlashKind, FormErrors, RequestCtx, Writer, redirect_with, render, render_invalid};

const PER_PAGE: i64 = 10;

fn authors() -> &'static [Author] {
    static AUTHORS: OnceLock<Vec<Author>> = OnceLock::new();
    AUTHORS
        .get_or_init(|| parse_authors(model::BUNDLED_AUTHORS).expect("authors.toml is valid (a unit test checks it)"))
}

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
    Ok(n)
}

fn tz(ctx: &RequestCtx) -> String {
    ctx.user.as_ref().map_or_else(|| "UTC".to_string(), |u| u.time_zone.clone())
}

fn card(a: &Article, tz: &str) -> Card {
    Card {
        slug: a.slug.clone(),
        title: a.title.clone(),
        summary: a.summary.clone(),
        published: a.published_at.map(|t| format_date(t, tz)).unwrap_or_default(),
        minutes: reading_minutes(&a.body),
        tags: a.tags.clone(),
    }
}

async fn byline(state: &AppState, a: &Article) -> AppResult<Byline> {
    if let Some(key) = &a.author_key
        && let Some(x) = authors().iter().find(|x| &x.key == key)
    {
        return Ok(Byline {
            name: x.name.clone(),
            title: x.title.clone(),
            bio: x.bio.clone(),
            url: Some(format!("/articles/authors/{}", x.key)),
        });
    }
    let id = a.author_id.as_deref().unwrap_or_default();
    if let Some(p) = crate::counsellors::store::profile(&state.db, id).await? {
        let listed = crate::counsellors::model::is_listed(
            p.status,
            p.suspended.is_some(),
            p.license_expires_at,
            state.clock.now_ms(),
        );
        let bio: String = p.profile.bio.chars().take(280).collect();
        return Ok(Byline {
            name: p.profile.full_name,
            title: p.profile.title,
            bio,
            url: listed.then(|| format!("/counsellors/{id}")),
        });
    }
    let name = crate::accounts::store::find_by_id(&state.db, id).await?.map(|u| u.display_name).unwrap_or_default();
    Ok(Byline { name, title: "DilTalks editor".into(), bio: String::new(), url: None })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct IndexQuery {
    tag: String,
    q: String,
    page: i64,
}

pub async fn index(State(state): State<AppState>, ctx: RequestCtx, Query(q): Query<IndexQuery>) -> AppResult<Response> {
    let tz = tz(&ctx);
    let all = store::all_published(&state.db).await?;
    let mut tags: Vec<String> = all.iter().flat_map(|a| a.tags.iter().cloned()).collect();
    tags.sort();
    tags.dedup();
    let query = q.q.trim().to_string();
    let tag = q.tag.trim().to_string();
    let (cards, pages, page) = if !query.is_empty() {
        let found = store::search(&state.db, &query).await?;
        (found.iter().map(|a| card(a, &tz)).collect(), 1, 0)
    } else {
        let page = q.page.max(0);
        let (list, total) = store::published(&state.db, Some(&tag), page, PER_PAGE).await?;
        (list.iter().map(|a| card(a, &tz)).collect(), (total + PER_PAGE - 1) / PER_PAGE, page)
    };
    let title = if tag.is_empty() { "Guides".to_string() } else { format!("Guides about {tag}") };
    render(&Index { l: ctx.layout(title), cards, tags, tag, searched: !query.is_empty(), q: query, page, pages })
}

async fn article_page(state: &AppState, ctx: &RequestCtx, a: Article, review: bool) -> AppResult<ArticlePage> {
    let tz = tz(ctx);
    let base = state.config.base_url();
    let canonical = format!("{base}/articles/{}", a.slug);
    let rendered = render_markdown(&a.body);
    let author = byline(state, &a).await?;
    let all = store::all_published(&state.db).await?;
    let others: Vec<(String, Vec<String>, i64)> = all
        .iter()
        .filter(|o| o.slug != a.slug)
        .map(|o| (o.slug.clone(), o.tags.clone(), o.published_at.unwrap_or(0)))
        .collect();
    let related_slugs = model::related(&a.tags, &others, 3);
    let related =
        related_slugs.iter().filter_map(|s| all.iter().find(|o| &o.slug == s)).map(|o| card(o, &tz)).collect();
    let published_at = a.published_at.unwrap_or(a.updated_at);
    let author_url = author.url.as_ref().map(|u| format!("{base}{u}"));
    let article_ld = seo::article_json_ld(&seo::ArticleMeta {
        url: &canonical,
        title: &a.title,
        summary: &a.summary,
        author: &author.name,
        author_url: author_url.as_deref(),
        published: &seo::rfc3339(published_at),
        modified: &seo::rfc3339(a.updated_at.max(published_at)),
        words: word_count(&a.body),
        tags: &a.tags,
    });
    Ok(ArticlePage {
        l: ctx.layout(a.title.clone()),
        summary: a.summary.clone(),
        canonical,
        published: format_date(published_at, &tz),
        published_iso: seo::rfc3339(published_at),
        minutes: reading_minutes(&a.body),
        toc: rendered.toc,
        body_html: rendered.html,
        faq_ld: if a.faq.is_empty() { String::new() } else { seo::faq_json_ld(&a.faq) },
        faq: a.faq,
        sources: a.sources,
        tags: a.tags,
        related,
        cta_directory: a.cta == Cta::Directory,
        article_ld,
        author,
        title: a.title,
        review_id: review.then_some(a.id),
    })
}

pub async fn article(State(state): State<AppState>, ctx: RequestCtx, Path(slug): Path<String>) -> AppResult<Response> {
    let a = store::published_by_slug(&state.db, &slug).await?.ok_or(AppError::NotFound)?;
    render(&article_page(&state, &ctx, a, false).await?)
}

pub async fn author(State(state): State<AppState>, ctx: RequestCtx, Path(key): Path<String>) -> AppResult<Response> {
    let x = authors().iter().find(|x| x.key == key).ok_or(AppError::NotFound)?;
    let tz = tz(&ctx);
    let cards = store::all_published(&state.db)
        .await?
        .iter()
        .filter(|a| a.author_key.as_deref() == Some(key.as_str()))
        .map(|a| card(a, &tz))
        .collect();
    let author = Byline { name: x.name.clone(), title: x.title.clone(), bio: x.bio.clone(), url: None };
    render(&AuthorPage { l: ctx.layout(x.name.clone()), author, cards })
}

fn typed(body: String, content_type: &'static str) -> Response {
    let mut res = body.into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    res
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
            author: byline(&state, a).await?.name,
            published: a.published_at.unwrap_or(a.updated_at),
            updated: a.updated_at.max(a.published_at.unwrap_or(0)),
        });
    }
    Ok(typed(seo::atom(&base, &entries), "application/atom+xml; charset=utf-8"))
}

pub async fn sitemap(State(state): State<AppState>) -> AppResult<Response> {
    let base = state.config.base_url();
    let mut urls: Vec<(String, Option<i64>)> = ["/", "/articles", "/counsellors", "/for-counsellors", "/help/crisis"]
        .iter()
        .map(|p| (format!("{base}{p}"), None))
        .collect();
    for a in store::all_published(&state.db).await? {
        urls.push((format!("{base}/articles/{}", a.slug), Some(a.updated_at.max(a.published_at.unwrap_or(0)))));
    }
    Ok(typed(seo::sitemap(&urls), "application/xml; charset=utf-8"))
}

pub async fn robots(State(state): State<AppState>) -> Response {
    typed(seo::robots(state.config.base_url()), "text/plain; charset=utf-8")
}

fn status_label(a: &Article) -> &'static str {
    match (a.status.as_str(), a.review_note.is_some()) {
        ("published", _) => "Published",
        ("review", _) => "Waiting for review",
        (_, true) => "Sent back with a note",
        _ => "Draft",
    }
}

fn mine(a: &Article) -> Mine {
    Mine {
        id: a.id.clone(),
        title: a.title.clone(),
        status: status_label(a),
        slug: a.slug.clone(),
        published: a.status == "published",
        note: a.review_note.clone(),
    }
}

pub async fn write(State(state): State<AppState>, ctx: RequestCtx, Writer(user): Writer) -> AppResult<Response> {
    let mine = store::by_author(&state.db, &user.id).await?.iter().map(mine).collect();
    render(&WritePage { l: ctx.layout("Write a guide"), mine })
}

fn draft_form(a: &Article) -> DraftForm {
    DraftForm {
        title: a.title.clone(),
        summary: a.summary.clone(),
        tags: a.tags.join(", "),
        cta: a.cta.as_str().into(),
        faq: faq_text(&a.faq),
        body: a.body.clone(),
    }
}

pub async fn new_form(ctx: RequestCtx, Writer(_): Writer) -> AppResult<Response> {
    let form = DraftForm { cta: "program".into(), ..Default::default() };
    render(&EditPage {
        l: ctx.layout("New guide"),
        id: None,
        form,
        errors: FormErrors::default(),
        note: None,
        conflict: None,
    })
}

fn checked(form: &DraftForm) -> Result<model::Draft, FormErrors> {
    check_draft(&form.title, &form.summary, &form.tags, &form.cta, &form.faq, &form.body).map_err(|problems| {
        let mut errors = FormErrors::default();
        for (field, msg) in problems {
            errors.add(field, msg);
        }
        errors
    })
}

pub async fn create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Writer(user): Writer,
    Form(form): Form<DraftForm>,
) -> AppResult<Response> {
    let draft = match checked(&form) {
        Ok(d) => d,
        Err(errors) => {
            return render_invalid(&EditPage {
                l: ctx.layout("New guide"),
                id: None,
                form,
                errors,
                note: None,
                conflict: None,
            });
        }
    };
    let id = store::create_draft(&state.db, &user.id, &draft, state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), &format!("/write/{id}"), FlashKind::Success, "Draft saved."))
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Writer(user): Writer,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let a = store::own(&state.db, &user.id, &id).await?.ok_or(AppError::NotFound)?;
    if a.status != "draft" {
        return Ok(crate::web::redirect(&format!("/write/{id}/preview")));
    }
    let form = draft_form(&a);
    render(&EditPage {
        l: ctx.layout("Edit guide"),
        id: Some(id),
        form,
        errors: FormErrors::default(),
        note: a.review_note,
        conflict: None,
    })
}

pub async fn update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Writer(user): Writer,
    Path(id): Path<String>,
    Form(form): Form<DraftForm>,
) -> AppResult<Response> {
    let a = store::own(&state.db, &user.id, &id).await?.ok_or(AppError::NotFound)?;
    let draft = match checked(&form) {
        Ok(d) => d,
        Err(errors) => {
            let page = EditPage {
                l: ctx.layout("Edit guide"),
                id: Some(id),
                form,
                errors,
                note: a.review_note,
                conflict: None,
            };
            return render_invalid(&page);
        }
    };
    if !store::update_draft(&state.db, &user.id, &id, &draft, state.clock.now_ms()).await? {
        let conflict = Some(
            "This guide is with the editors or published, so it cannot be changed here. Your text is below; \
             copy it if you need it."
                .to_string(),
        );
        let page = EditPage {
            l: ctx.layout("Edit guide"),
            id: Some(id),
            form,
            errors: FormErrors::default(),
            note: None,
            conflict,
        };
        let mut res = render(&page)?;
        *res.status_mut() = axum::http::StatusCode::CONFLICT;
        return Ok(res);
    }
    Ok(redirect_with(state.config.is_https(), &format!("/write/{id}"), FlashKind::Success, "Draft saved."))
}

/// The author's own view of a guide as readers will see it.
pub async fn preview(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Writer(user): Writer,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let a = store::own(&state.db, &user.id, &id).await?.ok_or(AppError::NotFound)?;
    render(&article_page(&state, &ctx, a, false).await?)
}

pub async fn submit(
    State(state): State<AppState>,
    Writer(user): Writer,
    Path(id): Path<String>,
) -> AppResult<Response> {
    store::own(&state.db, &user.id, &id).await?.ok_or(AppError::NotFound)?;
    if !store::submit(&state.db, &user.id, &id, state.clock.now_ms()).await? {
        return Err(AppError::Conflict("This guide is already with the editors or published.".into()));
    }
    Ok(redirect_with(state.config.is_https(), "/write", FlashKind::Success, "Sent to the editors for review."))
}

pub async fn review_queue(State(state): State<AppState>, ctx: RequestCtx, Admin(_): Admin) -> AppResult<Response> {
    let waiting = store::in_review(&state.db).await?.iter().map(mine).collect();
    render(&ReviewQueue { l: ctx.layout("Guides to review"), waiting })
}

pub async fn review(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Admin(_): Admin,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let a = store::for_review(&state.db, &id).await?.ok_or(AppError::NotFound)?;
    render(&article_page(&state, &ctx, a, true).await?)
}

pub async fn publish(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    if !store::decide(&state.db, &id, true, None, now).await? {
        return Err(AppError::NotFound);
    }
    crate::audit::append(&state.db, &admin.id, "article-published", &id, now).await?;
    Ok(redirect_with(state.config.is_https(), "/admin/articles", FlashKind::Success, "Published."))
}

pub async fn send_back(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Path(id): Path<String>,
    Form(form): Form<ReturnForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let note: String = form.note.trim().chars().take(2000).collect();
    let note = if note.is_empty() { "Please revise and send it again.".to_string() } else { note };
    if !store::decide(&state.db, &id, false, Some(&note), now).await? {
        return Err(AppError::NotFound);
    }
    crate::audit::append(&state.db, &admin.id, "article-returned", &id, now).await?;
    Ok(redirect_with(
        state.config.is_https(),
        "/admin/articles",
        FlashKind::Success,
        "Sent back to the author with your note.",
    ))
}
