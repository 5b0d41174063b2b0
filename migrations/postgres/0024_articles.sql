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
    published_at BIGINT,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL,
    CHECK ((author_key IS NULL) <> (author_id IS NULL)),
    -- Full-text search: title weighs most, then the summary, then the body.
    search       tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', summary), 'B') ||
        to_tsvector('english', body)
    ) STORED
);
CREATE INDEX articles_published ON articles (published_at) WHERE status = 'published';
CREATE INDEX articles_author ON articles (author_id);
CREATE INDEX articles_search ON articles USING gin (search);
