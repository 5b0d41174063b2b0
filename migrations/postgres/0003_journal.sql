-- Journal entries: private to their author unless shared with the author's couple space.
-- The body is sealed under the author's data key with the entry id as associated data.

CREATE TABLE journal_entries (
    id         TEXT PRIMARY KEY,
    author_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    space_id   TEXT REFERENCES spaces (id),
    visibility TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared')),
    body       BYTEA NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (visibility = 'private' OR space_id IS NOT NULL)
);
CREATE INDEX journal_author ON journal_entries (author_id, created_at);
CREATE INDEX journal_space ON journal_entries (space_id, created_at) WHERE visibility = 'shared';
