-- Abuse reports (issue 20): what a member or counsellor reported, with only what they chose to
-- attach (sealed), and the operator's decision. Nothing here points at a thread: the operator
-- sees the attached text and never the conversation it came from.
CREATE TABLE reports (
    id             TEXT PRIMARY KEY,
    reporter_id    TEXT NOT NULL REFERENCES users (id),
    kind           TEXT NOT NULL CHECK (kind IN ('message', 'counsellor', 'guide')),
    -- The account the report is about (a message's author, the counsellor, a guide's author).
    target_user_id TEXT REFERENCES users (id),
    -- A reported guide's id (guides are public); nothing for messages.
    target_ref     TEXT,
    reason         TEXT NOT NULL,
    attached       BYTEA,
    note           BYTEA,
    -- The reported person is the reporter's partner: the form put safety first.
    about_partner  BIGINT NOT NULL DEFAULT 0,
    created_at     BIGINT NOT NULL,
    decision       TEXT CHECK (decision IN ('dismissed', 'warned', 'suspended', 'withdrawn', 'disabled')),
    decision_reason TEXT,
    decided_by     TEXT REFERENCES users (id),
    decided_at     BIGINT
);
CREATE INDEX reports_open ON reports (created_at) WHERE decision IS NULL;
CREATE INDEX reports_reporter ON reports (reporter_id, created_at);
CREATE INDEX reports_target ON reports (target_user_id);
