//! The guides' SQL: loading the bundled ones, reading published ones, search (one function
//! per engine), and the writing and review of guides written in the browser.

use crate::db::Write as _;
use crate::db::read::{Arg, ReadRow};

use super::model::{Cta, Draft, Faq, FileArticle, Source, Tagged};
use crate::db::{Db, new_id};

mod search;
pub use search::search;

#[derive(Clone, Debug)]
pub struct Article {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub tags: Vec<String>,
    pub faq: Vec<Faq>,
    pub sources: Vec<Source>,
    pub cta: Cta,
    pub author_key: Option<String>,
    pub author_id: Option<String>,
    pub status: String,
    pub review_note: Option<String>,
    pub published_at: Option<i64>,
    pub updated_at: i64,
    /// "en" or "hi".
    pub language: String,
    /// The guide this one stands beside in another language.
    pub translation_of: Option<String>,
    /// Words in the body (`markdown::word_count`), counted when the body was written.
    pub words: i64,
}

const COLS: &str = "a.id, a.slug, a.title, a.summary, a.body, a.tags, a.faq, a.sources, a.cta, a.author_key, \
                    a.author_id, a.status, a.review_note, a.published_at, a.updated_at, a.language, a.translation_of, a.words";

/// For cards (lists, related guides, search results): every column but the body, which
/// comes back empty. A card shows reading time from the kept word count.
fn card_cols() -> String {
    COLS.replacen("a.body", "'' AS body", 1)
}

fn article(r: ReadRow) -> Result<Article, sqlx::Error> {
    let tags: String = r.try_get("tags")?;
    let body: String = r.try_get("body")?;
    Ok(Article {
        words: r.try_get::<Option<i64>, _>("words")?.unwrap_or_else(|| count(&body)),
        id: r.try_get("id")?,
        slug: r.try_get("slug")?,
        title: r.try_get("title")?,
        summary: r.try_get("summary")?,
        body,
        tags: tags.split(',').filter(|t| !t.is_empty()).map(String::from).collect(),
        faq: serde_json::from_str(&r.try_get::<String, _>("faq")?).unwrap_or_default(),
        sources: serde_json::from_str(&r.try_get::<String, _>("sources")?).unwrap_or_default(),
        cta: Cta::parse(&r.try_get::<String, _>("cta")?).unwrap_or(Cta::Program),
        author_key: r.try_get("author_key")?,
        author_id: r.try_get("author_id")?,
        status: r.try_get("status")?,
        review_note: r.try_get("review_note")?,
        published_at: r.try_get("published_at")?,
        updated_at: r.try_get("updated_at")?,
        language: r.try_get("language")?,
        translation_of: r.try_get("translation_of")?,
    })
}

fn count(body: &str) -> i64 {
    super::markdown::word_count(body) as i64
}

/// Counts the words of guides written before counts were kept; at start-up.
pub async fn count_words(db: &Db) -> Result<usize, sqlx::Error> {
    let uncounted = db.read_all("SELECT id, body FROM articles WHERE words IS NULL", vec![]).await?;
    for r in &uncounted {
        sqlx::query("UPDATE articles SET words = $1 WHERE id = $2 AND words IS NULL")
            .bind(count(&r.try_get::<String, _>("body")?))
            .bind(r.try_get::<String, _>("id")?)
            .write(db)
            .await?;
    }
    Ok(uncounted.len())
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

/// Inserts or refreshes a bundled guide. A guide written in the browser that already holds
/// the address is left alone (answers false).
pub async fn upsert_file(db: &Db, a: &FileArticle, now: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "INSERT INTO articles (id, slug, title, summary, body, tags, faq, sources, cta, author_key, status, source,
                               published_at, created_at, updated_at, language, translation_of, words)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'published', 'file', $11, $12, $12, $13, $14, $15)
         ON CONFLICT (slug) DO UPDATE SET title = excluded.title, summary = excluded.summary, body = excluded.body,
             words = excluded.words,
             tags = excluded.tags, faq = excluded.faq, sources = excluded.sources, cta = excluded.cta,
             author_key = excluded.author_key, published_at = excluded.published_at, updated_at = excluded.updated_at,
             language = excluded.language, translation_of = excluded.translation_of
         WHERE articles.source = 'file'
           AND (articles.body <> excluded.body OR articles.title <> excluded.title OR articles.summary <> excluded.summary
                OR articles.tags <> excluded.tags OR articles.faq <> excluded.faq OR articles.sources <> excluded.sources
                OR articles.cta <> excluded.cta OR articles.author_key <> excluded.author_key
                OR articles.published_at <> excluded.published_at OR articles.language <> excluded.language
                OR articles.translation_of IS DISTINCT FROM excluded.translation_of)",
    )
    .bind(new_id())
    .bind(&a.slug)
    .bind(&a.title)
    .bind(&a.summary)
    .bind(&a.body)
    .bind(a.tags.join(","))
    .bind(json(&a.faq))
    .bind(json(&a.sources))
    .bind(a.cta.as_str())
    .bind(&a.author_key)
    .bind(a.published_at)
    .bind(now)
    .bind(a.language.code())
    .bind(a.translation_of.as_deref())
    .bind(count(&a.body))
    .write(db)
    .await?;
    if r.rows_affected() == 1 {
        return Ok(true);
    }
    let source: Option<String> = db
        .read_optional("SELECT source FROM articles WHERE slug = $1", vec![(&a.slug).into()])
        .await?
        .map(|r| r.try_get("source"))
        .transpose()?;
    Ok(source.as_deref() == Some("file"))
}

pub async fn published_by_slug(db: &Db, slug: &str) -> Result<Option<Article>, sqlx::Error> {
    optional(
        db,
        &format!("SELECT {COLS} FROM articles a WHERE a.slug = $1 AND a.status = 'published'"),
        vec![slug.into()],
    )
    .await
}

/// Published guides' cards (no body), those in the reader's language first and each group
/// newest first, optionally with one tag; a page of `per` and the total.
pub async fn published(
    db: &Db,
    tag: Option<&str>,
    lang: crate::i18n::Lang,
    page: i64,
    per: i64,
) -> Result<(Vec<Article>, i64), sqlx::Error> {
    // Tags are stored as "a,b,c": matching ",tag," inside ",a,b,c," finds exactly one tag.
    let filter = "a.status = 'published' AND ($1 = '' OR ',' || a.tags || ',' LIKE '%,' || $1 || ',%')";
    let tag = tag.unwrap_or("");
    let total: i64 = db
        .read_one(&format!("SELECT COUNT(*) AS n FROM articles a WHERE {filter}"), vec![tag.into()])
        .await?
        .try_get("n")?;
    let rows = db
        .read_all(
            &format!(
                "SELECT {} FROM articles a WHERE {filter}
                 ORDER BY CASE WHEN a.language = $4 THEN 0 ELSE 1 END, a.published_at DESC, a.slug LIMIT $2 OFFSET $3",
                card_cols()
            ),
            vec![tag.into(), per.into(), (page.max(0) * per).into(), lang.code().into()],
        )
        .await?;
    Ok((rows.into_iter().map(article).collect::<Result<_, _>>()?, total))
}

/// Every published guide's address, tags and date (for related guides, the feed, the sitemap).
pub async fn all_published(db: &Db) -> Result<Vec<Article>, sqlx::Error> {
    many(
        db,
        &format!("SELECT {COLS} FROM articles a WHERE a.status = 'published' ORDER BY a.published_at DESC, a.slug"),
        vec![],
    )
    .await
}

/// Every published guide's address, tags and date, without its text.
pub async fn published_tags(db: &Db) -> Result<Vec<Tagged>, sqlx::Error> {
    let rows = db.read_all("SELECT slug, tags, published_at FROM articles WHERE status = 'published'", vec![]).await?;
    rows.into_iter()
        .map(|r| {
            let tags: String = r.try_get("tags")?;
            Ok(Tagged {
                slug: r.try_get("slug")?,
                tags: tags.split(',').filter(|t| !t.is_empty()).map(String::from).collect(),
                published_at: r.try_get::<Option<i64>, _>("published_at")?.unwrap_or(0),
            })
        })
        .collect()
}

/// The published versions of a guide in every language, itself included: the guide it was
/// written beside and the others written beside that one. (address, language), by language.
pub async fn versions(db: &Db, a: &Article) -> Result<Vec<(String, String)>, sqlx::Error> {
    let root = a.translation_of.as_deref().unwrap_or(&a.slug);
    let rows = db
        .read_all(
            "SELECT slug, language FROM articles WHERE status = 'published' AND (slug = $1 OR translation_of = $1)
             ORDER BY language, slug",
            vec![root.into()],
        )
        .await?;
    rows.into_iter().map(|r| Ok((r.try_get("slug")?, r.try_get("language")?))).collect()
}

/// Published guides' cards (no body) by address (a few, chosen already).
pub async fn published_by_slugs(db: &Db, slugs: &[&str]) -> Result<Vec<Article>, sqlx::Error> {
    if slugs.is_empty() {
        return Ok(vec![]);
    }
    let list = crate::db::placeholders(1, slugs.len());
    let sql = format!("SELECT {} FROM articles a WHERE a.status = 'published' AND a.slug IN ({list})", card_cols());
    many(db, &sql, slugs.iter().map(|s| Arg::from(*s)).collect()).await
}

/// A free address for a new guide from its title.
async fn free_slug(db: &Db, title: &str) -> Result<String, sqlx::Error> {
    let base = super::markdown::slugify(title);
    let mut slug = base.clone();
    let mut n = 2;
    while db.read_optional("SELECT 1 FROM articles WHERE slug = $1", vec![(&slug).into()]).await?.is_some() {
        slug = format!("{base}-{n}");
        n += 1;
    }
    Ok(slug)
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// A draft's fields as $1 to $7: title, summary, body, tags, FAQ, call to action, word count.
fn bind_draft(sql: &'static str, d: &Draft) -> AnyQuery<'static> {
    sqlx::query(sql)
        .bind(d.title.clone())
        .bind(d.summary.clone())
        .bind(d.body.clone())
        .bind(d.tags.join(","))
        .bind(json(&d.faq))
        .bind(d.cta.as_str())
        .bind(count(&d.body))
}

async fn optional(db: &Db, sql: &str, args: Vec<Arg>) -> Result<Option<Article>, sqlx::Error> {
    db.read_optional(sql, args).await?.map(article).transpose()
}

async fn many(db: &Db, sql: &str, args: Vec<Arg>) -> Result<Vec<Article>, sqlx::Error> {
    db.read_all(sql, args).await?.into_iter().map(article).collect()
}

pub async fn create_draft(db: &Db, author_id: &str, d: &Draft, now: i64) -> Result<String, sqlx::Error> {
    let id = new_id();
    let slug = free_slug(db, &d.title).await?;
    bind_draft(
        "INSERT INTO articles (title, summary, body, tags, faq, cta, words, id, slug, author_id, status, source, created_at,
                               updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'draft', 'web', $11, $11)",
        d,
    )
    .bind(id.clone())
    .bind(slug)
    .bind(author_id.to_string())
    .bind(now)
    .write(db)
    .await?;
    Ok(id)
}

/// An author's own guide, whatever its state.
pub async fn own(db: &Db, author_id: &str, id: &str) -> Result<Option<Article>, sqlx::Error> {
    optional(
        db,
        &format!("SELECT {COLS} FROM articles a WHERE a.id = $1 AND a.author_id = $2"),
        vec![id.into(), author_id.into()],
    )
    .await
}

pub async fn by_author(db: &Db, author_id: &str) -> Result<Vec<Article>, sqlx::Error> {
    many(
        db,
        &format!("SELECT {COLS} FROM articles a WHERE a.author_id = $1 ORDER BY a.updated_at DESC"),
        vec![author_id.into()],
    )
    .await
}

/// Saves an edit of a draft (or one sent back); a guide in review or published is not
/// edited (answers false).
pub async fn update_draft(db: &Db, author_id: &str, id: &str, d: &Draft, now: i64) -> Result<bool, sqlx::Error> {
    let r = bind_draft(
        "UPDATE articles SET title = $1, summary = $2, body = $3, tags = $4, faq = $5, cta = $6, words = $7, updated_at = $8
         WHERE id = $9 AND author_id = $10 AND status = 'draft'",
        d,
    )
    .bind(now)
    .bind(id.to_string())
    .bind(author_id.to_string())
    .write(db)
    .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn submit(db: &Db, author_id: &str, id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE articles SET status = 'review', review_note = NULL, updated_at = $1
         WHERE id = $2 AND author_id = $3 AND status = 'draft'",
    )
    .bind(now)
    .bind(id)
    .bind(author_id)
    .write(db)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Guides waiting for an operator, oldest first.
pub async fn in_review(db: &Db) -> Result<Vec<Article>, sqlx::Error> {
    many(db, &format!("SELECT {COLS} FROM articles a WHERE a.status = 'review' ORDER BY a.updated_at"), vec![]).await
}

pub async fn for_review(db: &Db, id: &str) -> Result<Option<Article>, sqlx::Error> {
    optional(db, &format!("SELECT {COLS} FROM articles a WHERE a.id = $1 AND a.status = 'review'"), vec![id.into()])
        .await
}

/// The operator's decision: publish now, or send back to the author with a note.
pub async fn decide(db: &Db, id: &str, publish: bool, note: Option<&str>, now: i64) -> Result<bool, sqlx::Error> {
    let q = if publish {
        sqlx::query(
            "UPDATE articles SET status = 'published', published_at = $1, review_note = NULL, updated_at = $1
             WHERE id = $2 AND status = 'review'",
        )
        .bind(now)
        .bind(id)
    } else {
        sqlx::query("UPDATE articles SET status = 'draft', review_note = $1, updated_at = $2 WHERE id = $3 AND status = 'review'")
            .bind(note)
            .bind(now)
            .bind(id)
    };
    Ok(q.write(db).await?.rows_affected() == 1)
}

/// Takes a published guide down (after a report): back to a draft, with the operator's note
/// for its author. False when it is not published.
pub async fn withdraw(db: &Db, id: &str, note: &str, now: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE articles SET status = 'draft', review_note = $1, updated_at = $2 WHERE id = $3 AND status = 'published'",
    )
    .bind(note)
    .bind(now)
    .bind(id)
    .write(db)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Guides a member wrote, published or not: their words, gone with them.
pub const MEMBER_ROWS: &[&str] = &["DELETE FROM articles WHERE author_id = $1"];

/// Deletes what a member owns here, inside account deletion's transaction.
pub async fn delete_member(tx: &mut crate::db::Tx, user_id: &str) -> Result<(), sqlx::Error> {
    crate::db::delete_for(tx, MEMBER_ROWS, user_id).await
}
