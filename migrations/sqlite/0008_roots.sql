-- Step 5: guided reflections on why it happened, and needs each member names. Both are
-- sealed under the author's key and private unless the author shares them with the partner.

CREATE TABLE reflections (
    id         TEXT PRIMARY KEY,
    author_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    space_id   TEXT REFERENCES spaces (id),
    prompt     TEXT NOT NULL CHECK (prompt IN ('avoidance', 'unsaid', 'stress', 'open')),
    visibility TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared')),
    body       BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    CHECK (visibility = 'private' OR space_id IS NOT NULL)
);
CREATE INDEX reflections_author ON reflections (author_id, created_at);

CREATE TABLE needs (
    id         TEXT PRIMARY KEY,
    author_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    space_id   TEXT REFERENCES spaces (id),
    visibility TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared')),
    body       BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    CHECK (visibility = 'private' OR space_id IS NOT NULL)
);
CREATE INDEX needs_author ON needs (author_id, created_at);
