-- Discreet mode: a neutral tab title and icon, and mail that does not name the service.

ALTER TABLE users ADD COLUMN discreet TEXT CHECK (discreet IN ('on'));
