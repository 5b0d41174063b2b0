//! Search over published guides: FTS5 on SQLite, a stored tsvector on PostgreSQL.

use super::{Article, card_cols, many};
use crate::db::{Db, DbKind};

/// Words people type, kept to letters and digits: nothing they type is query syntax.
fn words(q: &str) -> Vec<String> {
    q.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(8).map(str::to_lowercase).collect()
}

/// Search over titles, summaries and bodies of published guides, best first: their cards (no body).
pub async fn search(db: &Db, q: &str) -> Result<Vec<Article>, sqlx::Error> {
    let words = words(q);
    if words.is_empty() {
        return Ok(vec![]);
    }
    match db.kind {
        DbKind::Sqlite => search_sqlite(db, &words).await,
        DbKind::Postgres => search_postgres(db, &words).await,
    }
}

/// SQLite: FTS5, every word required, each also as a prefix ("promis" finds "promises").
async fn search_sqlite(db: &Db, words: &[String]) -> Result<Vec<Article>, sqlx::Error> {
    let query = words.iter().map(|w| format!("\"{w}\"*")).collect::<Vec<_>>().join(" ");
    many(
        db,
        &format!(
            "SELECT {} FROM articles_fts f JOIN articles a ON a.id = f.article_id
         WHERE articles_fts MATCH $1 AND a.status = 'published'
         ORDER BY bm25(articles_fts, 0.0, 10.0, 4.0, 1.0) LIMIT 20",
            card_cols()
        ),
        vec![query.into()],
    )
    .await
}

/// PostgreSQL: the stored tsvector with English stemming, every word required, each also as
/// a prefix.
async fn search_postgres(db: &Db, words: &[String]) -> Result<Vec<Article>, sqlx::Error> {
    let query = words.iter().map(|w| format!("{w}:*")).collect::<Vec<_>>().join(" & ");
    many(
        db,
        &format!(
            "SELECT {} FROM articles a, to_tsquery('english', $1) q
         WHERE a.search @@ q AND a.status = 'published'
         ORDER BY ts_rank(a.search, q) DESC, a.published_at DESC LIMIT 20",
            card_cols()
        ),
        vec![query.into()],
    )
    .await
}
