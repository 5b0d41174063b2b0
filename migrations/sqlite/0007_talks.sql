-- Step 4: the couple's agreed time to talk about the breach, the question box held for it,
-- and each member's private rating of each talk.
-- A schedule counts once the other member accepts it; a newer accepted one supersedes it.

CREATE TABLE talk_schedules (
    id            TEXT PRIMARY KEY,
    space_id      TEXT NOT NULL REFERENCES spaces (id),
    proposer_id   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    weekday       INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    minute        INTEGER NOT NULL CHECK (minute BETWEEN 0 AND 1439),
    duration      INTEGER NOT NULL CHECK (duration BETWEEN 10 AND 180),
    time_zone     TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    accepted_at   INTEGER,
    superseded_at INTEGER
);
CREATE INDEX talk_schedules_space ON talk_schedules (space_id, created_at);

CREATE TABLE talk_questions (
    id           TEXT PRIMARY KEY,
    space_id     TEXT NOT NULL REFERENCES spaces (id),
    author_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body         BLOB NOT NULL,
    created_at   INTEGER NOT NULL,
    discussed_at INTEGER
);
CREATE INDEX talk_questions_space ON talk_questions (space_id, created_at);

CREATE TABLE talk_ratings (
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    space_id      TEXT NOT NULL REFERENCES spaces (id),
    occurrence_at INTEGER NOT NULL,
    heard         INTEGER NOT NULL CHECK (heard BETWEEN 1 AND 5),
    safe          INTEGER NOT NULL CHECK (safe BETWEEN 1 AND 5),
    punished      INTEGER NOT NULL CHECK (punished BETWEEN 1 AND 5),
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (user_id, space_id, occurrence_at)
);
