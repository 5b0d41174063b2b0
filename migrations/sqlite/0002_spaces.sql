-- Couple spaces and who belongs to them. A person is in at most one space at a time.

CREATE TABLE spaces (
    id         TEXT PRIMARY KEY,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    closed_at  INTEGER
);

CREATE TABLE memberships (
    id        TEXT PRIMARY KEY,
    space_id  TEXT NOT NULL REFERENCES spaces (id),
    user_id   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    joined_at INTEGER NOT NULL,
    left_at   INTEGER
);
CREATE UNIQUE INDEX memberships_one_active ON memberships (user_id) WHERE left_at IS NULL;
CREATE INDEX memberships_space ON memberships (space_id) WHERE left_at IS NULL;
