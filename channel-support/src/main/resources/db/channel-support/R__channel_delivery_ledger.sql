-- The delivery ledger every channel adapter keeps in its own schema (shipped by channel-support).
-- One row per (item, revision, channel, operation): it is the idempotency key, the durable queue of work
-- still to do (so a rate limit queues instead of failing), and the proof of what was posted where.
-- Added to Flyway's locations by ChannelSupportAutoConfiguration only in services that declare a channel port.
-- A repeatable migration, so each adapter's own versioned migrations keep their numbering; it must stay
-- safe to run again (IF NOT EXISTS only).
CREATE TABLE IF NOT EXISTS channel_delivery (
    item_id             TEXT        NOT NULL,
    revision            INT         NOT NULL,
    channel             TEXT        NOT NULL,
    operation           TEXT        NOT NULL,
    status              TEXT        NOT NULL,
    round               INT         NOT NULL DEFAULT 1,
    calls               INT         NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    claimed_by          TEXT,
    claimed_until       TIMESTAMPTZ,
    external_ref        TEXT,
    reason              TEXT,
    replaces_revision   INT,
    event_id            TEXT        NOT NULL,
    event_value         BYTEA       NOT NULL,
    event_headers       JSONB       NOT NULL,
    change_seq          BIGINT      NOT NULL DEFAULT 1,
    reported_seq        BIGINT      NOT NULL DEFAULT 0,
    dead_letter_pending BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (item_id, revision, channel, operation)
);
-- Since when a call of the row may have reached the channel without an answer (a timeout, or its instance
-- died mid-call); NULL when every call was answered. Such a row asks the channel before it posts again.
ALTER TABLE channel_delivery ADD COLUMN IF NOT EXISTS doubted_since TIMESTAMPTZ;
-- The due index covers rows waiting to be reconciled too (IN_DOUBT); it replaces channel_delivery_due_idx.
DROP INDEX IF EXISTS channel_delivery_due_idx;
CREATE INDEX IF NOT EXISTS channel_delivery_due_work_idx ON channel_delivery (channel, next_attempt_at)
    WHERE status IN ('QUEUED', 'IN_DOUBT', 'IN_PROGRESS');
CREATE INDEX IF NOT EXISTS channel_delivery_awaiting_idx ON channel_delivery (channel, external_ref)
    WHERE status = 'AWAITING_RESULT';
CREATE INDEX IF NOT EXISTS channel_delivery_unreported_idx ON channel_delivery (updated_at)
    WHERE reported_seq < change_seq OR dead_letter_pending;
