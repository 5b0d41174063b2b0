-- Step 3: transparency notes (where I am, what I decided; self-reported, never tracked),
-- sealed under the author's key and readable by the partner while both are in the space;
-- check-in requests between partners; and the rules both agreed for requests (a daily
-- limit, and a pause either can set). A note written while a request from the partner is
-- open answers it; any other note counts as proactive.

CREATE TABLE checkin_requests (
    id           TEXT PRIMARY KEY,
    space_id     TEXT NOT NULL REFERENCES spaces (id),
    requester_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   BIGINT NOT NULL,
    answered_at  BIGINT
);
CREATE INDEX checkin_requests_space ON checkin_requests (space_id, created_at);

CREATE TABLE transparency_notes (
    id           TEXT PRIMARY KEY,
    space_id     TEXT NOT NULL REFERENCES spaces (id),
    author_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body         BYTEA NOT NULL,
    window_from  BIGINT,
    window_until BIGINT,
    answers_request_id TEXT REFERENCES checkin_requests (id),
    created_at   BIGINT NOT NULL,
    CHECK ((window_from IS NULL) = (window_until IS NULL))
);
CREATE INDEX transparency_notes_space ON transparency_notes (space_id, created_at);

CREATE TABLE checkin_rules (
    space_id       TEXT PRIMARY KEY REFERENCES spaces (id),
    daily_limit    BIGINT NOT NULL,
    paused_by      TEXT REFERENCES users (id) ON DELETE SET NULL,
    paused_at      BIGINT,
    proposed_limit BIGINT,
    proposed_by    TEXT REFERENCES users (id) ON DELETE SET NULL,
    updated_at     BIGINT NOT NULL
);
