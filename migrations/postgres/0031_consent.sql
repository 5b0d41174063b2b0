-- Informed consent (issue 15): each counsellor's document, versioned and never edited in
-- place; a signature records who signed which version, the name they typed, when, and the
-- version's SHA-256, so what was signed can be shown exactly. A counsellor who goes ahead
-- with a session whose consent is unsigned records that decision.

CREATE TABLE consent_documents (
    id            TEXT PRIMARY KEY,
    counsellor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    version       BIGINT NOT NULL,
    body          TEXT NOT NULL,
    body_hash     TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    UNIQUE (counsellor_id, version)
);

CREATE TABLE consent_signatures (
    id            TEXT PRIMARY KEY,
    document_id   TEXT NOT NULL REFERENCES consent_documents (id) ON DELETE CASCADE,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    typed_name    TEXT NOT NULL,
    document_hash TEXT NOT NULL,
    signed_at     BIGINT NOT NULL,
    UNIQUE (document_id, user_id)
);
CREATE INDEX consent_signatures_user ON consent_signatures (user_id, signed_at);

CREATE TABLE consent_waivers (
    booking_id    TEXT PRIMARY KEY REFERENCES bookings (id) ON DELETE CASCADE,
    counsellor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    decided_at    BIGINT NOT NULL
);
