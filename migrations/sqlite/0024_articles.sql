-- Guides (issue 6): bundled ones from content/articles/ (source 'file', refreshed at start-up)
-- and ones written in the browser by counsellors and operators (draft -> review -> published).
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    summary      TEXT NOT NULL,
    body         TEXT NOT NULL,
    tags         TEXT NOT NULL DEFAULT '',
    faq          TEXT NOT NULL DEFAULT '[]',
    sources      TEXT NOT NULL DEFAULT '[]',
    cta          TEXT NOT NULL DEFAULT 'program' CHECK (cta IN ('program', 'directory')),
    author_key   TEXT,
    author_id    TEXT REFERENCES users (id),
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'review', 'published')),
    review_note  TEXT,
    source       TEXT NOT NULL DEFAULT 'web' CHECK (source IN ('file', 'web')),
    published_at INTEGER,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    CHECK ((author_key IS NULL) <> (author_id IS NULL))
);
CREATE INDEX articles_published ON articles (published_at) WHERE status = 'published';
CREATE INDEX articles_author ON articles (author_id);

-- Full-text search with FTS5: its own copy of the text, kept in step by triggers and keyed by
-- the article's id (an external-content table would hang on rowids, which VACUUM may change).
CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, summary, body);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (article_id, title, summary, body) VALUES (new.id, new.title, new.summary, new.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, body ON articles BEGIN
    DELETE FROM articles_fts WHERE article_id = old.id;
    INSERT INTO articles_fts (article_id, title, summary, body) VALUES (new.id, new.title, new.summary, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE article_id = old.id;
END;
