-- Counsellors' photos: re-encoded on upload as a small JPEG (never the file as sent, so no
-- metadata such as location survives), shown on public profiles once listed.

CREATE TABLE counsellor_photos (
    user_id    TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    jpeg       BYTEA NOT NULL,
    width      BIGINT NOT NULL,
    height     BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
