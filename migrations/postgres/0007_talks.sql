-- Step 4: the couple's agreed time to talk about the breach, the question box held for it,
-- and each member's private rating of each talk.
-- A schedule counts once the other member accepts it; a newer accepted one supersedes it.

CREATE TABLE talk_schedules (
    id            TEXT PRIMARY KEY,
    space_id      TEXT NOT NULL REFERENCES spaces (id),
    proposer_id   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    weekday       BIGINT NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    minute        BIGINT NOT NULL CHECK (minute BETWEEN 0 AND 1439),
    duration      BIGINT NOT NULL CHECK (duration BETWEEN 10 AND 180),
    time_zone     TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    accepted_at   BIGINT,
    superseded_at BIGINT
);
CREATE INDEX talk_schedules_space ON talk_schedules (space_id, created_at);

CREATE TABLE talk_questions (
    id           TEXT PRIMARY KEY,
    space_id     TEXT NOT NULL REFERENCES spaces (id),
    author_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body         BYTEA NOT NULL,
    created_at   BIGINT NOT NULL,
    discussed_at BIGINT
);
CREATE INDEX talk_questions_space ON talk_questions (space_id, created_at);

CREATE TABLE talk_ratings (
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    space_id      TEXT NOT NULL REFERENCES spaces (id),
    occurrence_at BIGINT NOT NULL,
    heard         BIGINT NOT NULL CHECK (heard BETWEEN 1 AND 5),
    safe          BIGINT NOT NULL CHECK (safe BETWEEN 1 AND 5),
    punished      BIGINT NOT NULL CHECK (punished BETWEEN 1 AND 5),
    created_at    BIGINT NOT NULL,
    PRIMARY KEY (user_id, space_id, occurrence_at)
);
