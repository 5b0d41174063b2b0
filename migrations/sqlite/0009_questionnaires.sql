-- Step 2: questionnaires are data. Each row is one version of an instrument (items, scale,
-- scoring and schedule as JSON, checked by the application before it is stored); answers
-- refer to the exact version they answered, so a new version never re-scores old answers.
-- Answers are sealed under the member's key; scores are computed when they are read.

CREATE TABLE questionnaires (
    id         TEXT PRIMARY KEY,
    slug       TEXT NOT NULL,
    version    INTEGER NOT NULL,
    definition TEXT NOT NULL,
    added_by   TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    retired_at INTEGER,
    UNIQUE (slug, version)
);

CREATE TABLE questionnaire_answers (
    id               TEXT PRIMARY KEY,
    questionnaire_id TEXT NOT NULL REFERENCES questionnaires (id),
    author_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    answers          BLOB NOT NULL,
    created_at       INTEGER NOT NULL
);
CREATE INDEX questionnaire_answers_author ON questionnaire_answers (author_id, created_at);
