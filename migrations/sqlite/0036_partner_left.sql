-- A couple session needs both partners: when one leaves the shared space (or deletes their
-- account) its future couple sessions are cancelled, with no fee, and say why.
ALTER TABLE bookings ADD COLUMN partner_left INTEGER NOT NULL DEFAULT 0;
