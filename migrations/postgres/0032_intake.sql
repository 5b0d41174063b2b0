-- The intake (issue 15): questions a counsellor adds to the fixed ones, and each person's
-- answers for that counsellor, sealed under the person's own key (one row per person and
-- counsellor, replaced when they change their answers). Never readable by the partner.

CREATE TABLE intake_questions (
    id            TEXT PRIMARY KEY,
    counsellor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    prompt        TEXT NOT NULL,
    choices       TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    removed_at    BIGINT
);
CREATE INDEX intake_questions_counsellor ON intake_questions (counsellor_id, created_at);

CREATE TABLE intake_answers (
    id            TEXT PRIMARY KEY,
    counsellor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body          BYTEA NOT NULL,
    answered_at   BIGINT NOT NULL,
    UNIQUE (counsellor_id, user_id)
);
CREATE INDEX intake_answers_user ON intake_answers (user_id);
