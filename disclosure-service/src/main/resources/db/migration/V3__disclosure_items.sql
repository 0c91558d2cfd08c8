-- Disclosure items: the working copy staff edit (original, unredacted text stays here, staff only).
CREATE TABLE disclosure_item (
    id                  UUID PRIMARY KEY,
    status              TEXT NOT NULL,
    revision            INT NOT NULL,
    published_revision  INT,
    category            TEXT NOT NULL,
    sub_kind            TEXT,
    term                TEXT NOT NULL,
    visibility          TEXT NOT NULL,
    department          TEXT NOT NULL,
    important           BOOLEAN NOT NULL,
    channels            TEXT[] NOT NULL,
    exemptions          TEXT[] NOT NULL,
    persons             TEXT[] NOT NULL,
    addresses           TEXT[] NOT NULL,
    title               TEXT NOT NULL,
    summary             TEXT,
    body                TEXT NOT NULL,
    publish_at          TIMESTAMPTZ,
    created_by          TEXT NOT NULL,
    edited_by           TEXT NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL
);
CREATE INDEX disclosure_item_status_idx ON disclosure_item (status, updated_at DESC);
CREATE INDEX disclosure_item_due_idx ON disclosure_item (publish_at) WHERE status = 'APPROVED';

-- What the public sees: one redacted snapshot per published revision.
CREATE TABLE published_revision (
    item_id         UUID NOT NULL REFERENCES disclosure_item (id),
    revision        INT NOT NULL,
    category        TEXT NOT NULL,
    sub_kind        TEXT,
    visibility      TEXT NOT NULL,
    department      TEXT NOT NULL,
    channels        TEXT[] NOT NULL,
    title           TEXT NOT NULL,
    summary         TEXT,
    body            TEXT NOT NULL,
    published_at    TIMESTAMPTZ NOT NULL,
    withdrawn_at    TIMESTAMPTZ,
    withdraw_reason TEXT,
    PRIMARY KEY (item_id, revision)
);
CREATE INDEX published_revision_public_idx ON published_revision (published_at DESC)
    WHERE withdrawn_at IS NULL AND visibility = 'PUBLIC';

-- The tamper-evident audit trail of every workflow step: each row hashes the previous row's hash.
CREATE TABLE audit_entry (
    seq          BIGSERIAL PRIMARY KEY,
    item_id      UUID NOT NULL,
    revision     INT NOT NULL,
    action       TEXT NOT NULL,
    actor        TEXT NOT NULL,
    actor_role   TEXT NOT NULL,
    from_status  TEXT,
    to_status    TEXT NOT NULL,
    comment      TEXT,
    at           TIMESTAMPTZ NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE INDEX audit_entry_item_idx ON audit_entry (item_id, seq);

-- The latest delivery report per channel of each item revision (from channel.deliveries).
CREATE TABLE channel_delivery (
    item_id       UUID NOT NULL,
    revision      INT NOT NULL,
    channel       TEXT NOT NULL,
    status        TEXT NOT NULL,
    external_ref  TEXT,
    attempts      INT NOT NULL,
    last_error    TEXT,
    reported_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (item_id, revision, channel)
);
