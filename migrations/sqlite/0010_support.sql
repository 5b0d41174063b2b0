-- Step 6: when each member last did something in the program (any change they made), for
-- the private "only one of us is trying" nudge; and the individual track's thought log,
-- sealed under its author's key and never shared.

ALTER TABLE program_members ADD COLUMN last_active_at INTEGER;

CREATE TABLE thought_logs (
    id         TEXT PRIMARY KEY,
    author_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body       BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX thought_logs_author ON thought_logs (author_id, created_at);
