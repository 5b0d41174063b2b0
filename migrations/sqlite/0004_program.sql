-- The trust-repair program, step 1 and the journey.
-- program_members: each person's perspective on the breach and when they started.
-- statements: one ownership and one impact statement per author, private unless shared.
-- account_versions: the couple's shared account of what happened, sealed under the space key;
-- a version stands when both members have confirmed it.

CREATE TABLE program_members (
    user_id     TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    perspective TEXT NOT NULL CHECK (perspective IN ('broke', 'hurt', 'both')),
    started_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE statements (
    id         TEXT PRIMARY KEY,
    author_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('ownership', 'impact')),
    space_id   TEXT REFERENCES spaces (id),
    visibility TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared')),
    body       BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (author_id, kind),
    CHECK (visibility = 'private' OR space_id IS NOT NULL)
);

CREATE TABLE account_versions (
    id          TEXT PRIMARY KEY,
    space_id    TEXT NOT NULL REFERENCES spaces (id),
    proposer_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    body        BLOB NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (space_id, number)
);

CREATE TABLE account_confirmations (
    version_id   TEXT NOT NULL REFERENCES account_versions (id) ON DELETE CASCADE,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    confirmed_at INTEGER NOT NULL,
    PRIMARY KEY (version_id, user_id)
);
