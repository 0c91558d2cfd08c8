-- WeChat users who asked to hear when their case moves on ("绑定 <查询码> <身份证后四位>"). A binding keeps the
-- credential's id that case-query-service answered, never the query code or the ID digits. The openid is the
-- address a template message goes to, so it is kept as it is; it is never logged.
CREATE TABLE case_binding (
    id             BIGSERIAL   PRIMARY KEY,
    open_id        TEXT        NOT NULL,
    credential_ref UUID        NOT NULL,
    case_number    TEXT        NOT NULL,
    bound_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (open_id, credential_ref)
);
CREATE INDEX case_binding_case_idx ON case_binding (case_number);

-- Progress notices sent, by the case.progress event's id and the binding, so a redelivered event (a retry after
-- a failure half-way through the bindings, a rebalance) does not notify anyone twice.
CREATE TABLE progress_notice (
    event_id   TEXT        NOT NULL,
    binding_id BIGINT      NOT NULL REFERENCES case_binding (id) ON DELETE CASCADE,
    msg_id     TEXT,
    sent_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, binding_id)
);
