-- The private safety check: answers and result sealed under the member's key; nothing about
-- it is ever shown to the partner. Alerts exist only when the member asked for their
-- counsellor to be told.

CREATE TABLE safety_checks (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body       BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX safety_checks_user ON safety_checks (user_id, created_at);

CREATE TABLE safety_alerts (
    id            TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    counsellor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    INTEGER NOT NULL
);
CREATE INDEX safety_alerts_pair ON safety_alerts (counsellor_id, client_id);
