-- The audit log: append-only and hash-chained. Each entry's hash covers its fields and the
-- previous entry's hash; audit_head holds the latest sequence number and hash, so deleting
-- entries at the end is detected too. Entries hold ids and action names, never content.

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    actor_id  TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);

CREATE TABLE audit_head (
    id   TEXT PRIMARY KEY,
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES ('head', 0, '0000000000000000000000000000000000000000000000000000000000000000');
