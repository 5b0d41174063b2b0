-- Fees, invoices and UPI payment requests (issue 19). Amounts are integer minor units.
-- An invoice is a snapshot of what was billed as it was issued; it is never changed but for
-- its payment state: a cancellation adds a credit note, which refers to it.
CREATE TABLE counsellor_fees (
    user_id          TEXT PRIMARY KEY REFERENCES users (id),
    -- A couple session's fee; the profile's fee when not set.
    couple_fee_minor BIGINT,
    late_fee_minor   BIGINT NOT NULL DEFAULT 0,
    tax_label        TEXT,
    tax_rate_bp      BIGINT,
    tax_number       TEXT,
    upi_id           TEXT,
    upi_name         TEXT,
    updated_at       BIGINT NOT NULL
);
-- The last number used in each series (a financial year's invoices, or its credit notes), per
-- counsellor: raised inside the booking's transaction, so numbers never skip.
CREATE TABLE invoice_counters (
    counsellor_id TEXT NOT NULL REFERENCES users (id),
    series        TEXT NOT NULL,
    last          BIGINT NOT NULL,
    PRIMARY KEY (counsellor_id, series)
);
CREATE TABLE invoices (
    id              TEXT PRIMARY KEY,
    counsellor_id   TEXT NOT NULL REFERENCES users (id),
    client_id       TEXT NOT NULL REFERENCES users (id),
    booking_id      TEXT NOT NULL REFERENCES bookings (id),
    kind            TEXT NOT NULL CHECK (kind IN ('invoice', 'credit')),
    number          TEXT NOT NULL,
    credits         TEXT REFERENCES invoices (id),
    what            TEXT NOT NULL CHECK (what IN ('individual', 'couple', 'late')),
    issued_at       BIGINT NOT NULL,
    session_at      BIGINT NOT NULL,
    currency        TEXT NOT NULL,
    net_minor       BIGINT NOT NULL,
    tax_minor       BIGINT NOT NULL,
    total_minor     BIGINT NOT NULL,
    tax_label       TEXT,
    tax_rate_bp     BIGINT,
    tax_number      TEXT,
    counsellor_name TEXT NOT NULL,
    licence         TEXT NOT NULL,
    client_name     TEXT NOT NULL,
    utr             TEXT,
    utr_at          BIGINT,
    paid_at         BIGINT,
    paid_how        TEXT CHECK (paid_how IN ('upi', 'cash', 'bank')),
    -- The booker lets their partner see a couple session's invoice.
    shared          BIGINT NOT NULL DEFAULT 0,
    UNIQUE (counsellor_id, number)
);
CREATE INDEX invoices_booking ON invoices (booking_id);
CREATE INDEX invoices_credits ON invoices (credits);
CREATE INDEX invoices_client ON invoices (client_id, issued_at);
CREATE INDEX invoices_counsellor ON invoices (counsellor_id, issued_at);
