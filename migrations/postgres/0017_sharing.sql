-- Sharing with a counsellor, by the client's explicit choice and revocable; every read of
-- shared material by a counsellor, for the client to see; and a counsellor's private session
-- notes, sealed under the counsellor's own key.

CREATE TABLE counsellor_shares (
    id            TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    counsellor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    what          TEXT NOT NULL CHECK (what IN ('checkins', 'account', 'questionnaire', 'reflection')),
    item_id       TEXT NOT NULL DEFAULT '',
    granted_at    BIGINT NOT NULL,
    revoked_at    BIGINT
);
CREATE UNIQUE INDEX counsellor_shares_live ON counsellor_shares (client_id, counsellor_id, what, item_id)
    WHERE revoked_at IS NULL;

CREATE TABLE counsellor_reads (
    id            TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    counsellor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    what          TEXT NOT NULL,
    read_at       BIGINT NOT NULL
);
CREATE INDEX counsellor_reads_client ON counsellor_reads (client_id, read_at);

CREATE TABLE session_notes (
    id            TEXT PRIMARY KEY,
    counsellor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body          BYTEA NOT NULL,
    created_at    BIGINT NOT NULL
);
CREATE INDEX session_notes_client ON session_notes (counsellor_id, client_id, created_at);
