-- Exercises a counsellor assigns to a client; they appear in the client's program. The text
-- is sealed under the client's key (it is part of their program), readable by the counsellor
-- who wrote it while a booking links them.

CREATE TABLE exercises (
    id            TEXT PRIMARY KEY,
    counsellor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body          BYTEA NOT NULL,
    created_at    BIGINT NOT NULL,
    done_at       BIGINT
);
CREATE INDEX exercises_client ON exercises (client_id, created_at);
