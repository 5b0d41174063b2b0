-- Step 3: commitments a member makes to their partner, on a schedule in the maker's time
-- zone, and the partner's confirmation of each occurrence. Text and notes are sealed under
-- the couple space's key: both partners read them.

CREATE TABLE commitments (
    id         TEXT PRIMARY KEY,
    space_id   TEXT NOT NULL REFERENCES spaces (id),
    maker_id   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body       BYTEA NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('once', 'daily', 'weekly')),
    due_at     BIGINT,
    minute     BIGINT,
    days       TEXT NOT NULL DEFAULT '',
    time_zone  TEXT NOT NULL,
    starts_at  BIGINT NOT NULL,
    ended_at   BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX commitments_space ON commitments (space_id, created_at);

CREATE TABLE commitment_confirmations (
    commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    occurrence_at BIGINT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('kept', 'partly', 'missed')),
    note          BYTEA,
    confirmed_by  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    confirmed_at  BIGINT NOT NULL,
    PRIMARY KEY (commitment_id, occurrence_at)
);
