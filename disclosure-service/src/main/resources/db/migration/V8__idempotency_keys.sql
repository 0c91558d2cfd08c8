-- Idempotency-Key of staff requests that create or decide (README "Idempotency-Key"): the first request with a key
-- records the item it made or decided on, a retry with the same key by the same account is answered with that item.
-- The fingerprint (SHA-256 of the endpoint and the request's body) tells a retry from a different request that
-- reuses the key. Rows expire; the service deletes them.
CREATE TABLE idempotency_key (
    username    TEXT        NOT NULL,
    request_key TEXT        NOT NULL,
    fingerprint TEXT        NOT NULL,
    item_id     UUID,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (username, request_key)
);

CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);
