-- A couple session needs both partners: when one leaves the shared space (or deletes their
-- account) its future couple sessions are cancelled, with no fee, and say why.
ALTER TABLE bookings ADD COLUMN partner_left INTEGER NOT NULL DEFAULT 0;

-- A moved session's calendar event keeps its first booking's UID: the feed skips a booking
-- that was moved on, found by this.
CREATE INDEX bookings_rescheduled_from ON bookings (rescheduled_from) WHERE rescheduled_from IS NOT NULL;

-- A counsellor's calendar feed lists cancelled sessions too (marked so), by time.
CREATE INDEX bookings_counsellor_all ON bookings (counsellor_id, starts_at);
