-- The language a queued message is written in (issue 21), sent as its Content-Language.
ALTER TABLE outbox ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
