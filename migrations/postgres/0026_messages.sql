-- Messages (issue 5). A thread is one conversation: the two partners of a space, a couple
-- and their counsellor, or one client and their counsellor; `key` names it so it is made
-- once. Who may read it is decided from the space and bookings at read time, never stored.
-- Each message is sealed under its sender's data key with the message id as associated
-- data; an edit moves the earlier text to message_versions (same key, same associated data).
-- thread_reads holds each participant's read position and the unread-mail schedule.

CREATE TABLE threads (
    id              TEXT PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('partners', 'couple', 'individual')),
    space_id        TEXT REFERENCES spaces (id),
    counsellor_id   TEXT REFERENCES users (id),
    client_id       TEXT REFERENCES users (id),
    last_seq        BIGINT NOT NULL DEFAULT 0,
    last_message_at BIGINT,
    created_at      BIGINT NOT NULL,
    CHECK (kind = 'individual' OR space_id IS NOT NULL),
    CHECK (kind = 'partners' OR counsellor_id IS NOT NULL),
    CHECK (kind <> 'individual' OR client_id IS NOT NULL)
);
CREATE INDEX threads_space ON threads (space_id) WHERE space_id IS NOT NULL;
CREATE INDEX threads_counsellor ON threads (counsellor_id) WHERE counsellor_id IS NOT NULL;
CREATE INDEX threads_client ON threads (client_id) WHERE client_id IS NOT NULL;

CREATE TABLE messages (
    id         TEXT PRIMARY KEY,
    thread_id  TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    seq        BIGINT NOT NULL,
    sender_id  TEXT NOT NULL REFERENCES users (id),
    body       BYTEA NOT NULL,
    created_at BIGINT NOT NULL,
    edited_at  BIGINT,
    UNIQUE (thread_id, seq)
);
CREATE INDEX messages_sender ON messages (sender_id);

CREATE TABLE message_versions (
    id          TEXT PRIMARY KEY,
    message_id  TEXT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    body        BYTEA NOT NULL,
    replaced_at BIGINT NOT NULL
);
CREATE INDEX message_versions_message ON message_versions (message_id, replaced_at);

CREATE TABLE thread_reads (
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    thread_id     TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    last_read_seq BIGINT NOT NULL DEFAULT 0,
    unread_since  BIGINT,
    notify_at     BIGINT,
    PRIMARY KEY (user_id, thread_id)
);
CREATE INDEX thread_reads_thread ON thread_reads (thread_id);
CREATE INDEX thread_reads_notify ON thread_reads (notify_at) WHERE notify_at IS NOT NULL;

-- A counsellor's stated usual reply time, in hours.
ALTER TABLE counsellor_profiles ADD COLUMN reply_hours BIGINT CHECK (reply_hours IN (4, 24, 48, 72));

-- Live events too large for one PostgreSQL notification wait here for the listeners.
CREATE TABLE live_spill (
    id         TEXT PRIMARY KEY,
    payload    TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
