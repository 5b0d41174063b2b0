-- Step 2: each member's check-ins (how much I trust, how safe I feel, 0-10, and a sealed
-- note), and whether their trend is visible to the partner (private by default).

ALTER TABLE program_members ADD COLUMN trend_visibility TEXT NOT NULL DEFAULT 'private'
    CHECK (trend_visibility IN ('private', 'shared'));

CREATE TABLE checkins (
    id         TEXT PRIMARY KEY,
    author_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    trust      BIGINT NOT NULL CHECK (trust BETWEEN 0 AND 10),
    safety     BIGINT NOT NULL CHECK (safety BETWEEN 0 AND 10),
    note       BYTEA,
    created_at BIGINT NOT NULL
);
CREATE INDEX checkins_author ON checkins (author_id, created_at);
