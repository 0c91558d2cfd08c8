-- The online service hall. Writers' personal data lives only in message_writer, encrypted; codes and
-- client addresses only as keyed hashes (HMAC-SHA256 with jianwu.hall.hash-key).

CREATE TABLE message (
    id                 UUID PRIMARY KEY,
    -- What staff cite: <year>-<5 digits>, numbered per year of receipt.
    reference          TEXT NOT NULL UNIQUE,
    tracking_hash      BYTEA NOT NULL UNIQUE,
    check_hash         BYTEA NOT NULL,
    kind               TEXT NOT NULL,
    channel            TEXT NOT NULL,
    subject            TEXT NOT NULL,
    -- The text with the identifiers found in it replaced by placeholders (their values are in
    -- message_writer): what search, logs and publication could ever see.
    body               TEXT NOT NULL,
    public_ok          BOOLEAN NOT NULL,
    item_id            UUID,
    call_id            UUID,
    status             TEXT NOT NULL,
    department         TEXT,
    received_at        TIMESTAMPTZ NOT NULL,
    acknowledge_by     DATE NOT NULL,
    answer_by          DATE NOT NULL,
    acknowledgement    TEXT,
    acknowledged_at    TIMESTAMPTZ,
    acknowledged_by    TEXT,
    -- The draft until approved, then the answer the writer reads.
    answer             TEXT,
    answer_revision    INT,
    drafted_by         TEXT,
    answered_at        TIMESTAMPTZ,
    answered_by        TEXT,
    -- Working days from receipt to answer (or to merge or referral), for the statistics.
    working_days       INT,
    merged_into        UUID REFERENCES message (id),
    referral           TEXT,
    closed_at          TIMESTAMPTZ,
    version            INT NOT NULL DEFAULT 0
);
CREATE INDEX message_department_idx ON message (department, status, answer_by);
CREATE INDEX message_status_idx ON message (status, answer_by);
CREATE INDEX message_received_idx ON message (received_at);
CREATE INDEX message_public_idx ON message (answered_at DESC) WHERE status = 'ANSWERED' AND public_ok;
CREATE INDEX message_item_idx ON message (item_id) WHERE item_id IS NOT NULL;
CREATE INDEX message_call_idx ON message (call_id) WHERE call_id IS NOT NULL;

-- Numbering of references, per year.
CREATE TABLE message_reference_counter (
    year   INT PRIMARY KEY,
    last   INT NOT NULL
);

-- The writer's personal data (name, phone, e-mail, WeChat openid, identifiers found in the text) as one
-- AES-256-GCM ciphertext of a JSON document; key_id names the key, so that keys can be rotated.
CREATE TABLE message_writer (
    message_id   UUID PRIMARY KEY REFERENCES message (id),
    key_id       TEXT NOT NULL,
    nonce        BYTEA NOT NULL,
    ciphertext   BYTEA NOT NULL
);

-- The tamper-evident trail of every step of every message and call: each row hashes the previous
-- row's hash. Never personal data or message text in comment.
CREATE TABLE audit_entry (
    seq          BIGSERIAL PRIMARY KEY,
    subject_id   UUID NOT NULL,
    action       TEXT NOT NULL,
    actor        TEXT NOT NULL,
    actor_name   TEXT NOT NULL,
    from_status  TEXT,
    to_status    TEXT,
    comment      TEXT,
    at           TIMESTAMPTZ NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_id, seq);

-- The working-day calendar: Monday to Friday are working days except the holidays of a year;
-- the workdays of a year are weekend days that are working days (调休上班).
CREATE TABLE calendar_year (
    year         INT PRIMARY KEY,
    updated_by   TEXT NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE TABLE calendar_day (
    day       DATE PRIMARY KEY,
    year      INT NOT NULL REFERENCES calendar_year (year),
    working   BOOLEAN NOT NULL
);

-- Open calls for opinions (征集).
CREATE TABLE open_call (
    id                    UUID PRIMARY KEY,
    title                 TEXT NOT NULL,
    body                  TEXT NOT NULL,
    department            TEXT NOT NULL,
    questions             TEXT[] NOT NULL DEFAULT '{}',
    opens_at              TIMESTAMPTZ NOT NULL,
    closes_at             TIMESTAMPTZ NOT NULL,
    announcement_item_id  UUID,
    closed_at             TIMESTAMPTZ,
    results_summary       TEXT,
    adopted               TEXT,
    results_item_id       UUID,
    created_by            TEXT NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    CHECK (closes_at > opens_at)
);
