-- The hourly upkeep deletes expired sessions, old throttle windows, delivered mail and old
-- live events; without these indexes each of those deletes read its whole table
-- (bench/plans.py). Sessions are the big one: one row per signed-in browser.
CREATE INDEX sessions_expiry ON sessions (expires_at);
CREATE INDEX sessions_seen ON sessions (last_seen_at);
CREATE INDEX throttle_window ON throttle (window_start);
CREATE INDEX outbox_done ON outbox (created_at) WHERE sent_at IS NOT NULL OR failed_at IS NOT NULL;
CREATE INDEX live_spill_created ON live_spill (created_at);
