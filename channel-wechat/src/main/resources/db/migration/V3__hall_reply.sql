-- Answers of hall messages written on WeChat, sent as customer-service messages: one row per hall.events
-- message.answered event, so that a redelivered event (a retry, a rebalance) sends nobody the answer twice. Only
-- ids and the outcome: the openid and the text stay in hall-service.
CREATE TABLE hall_reply (
    event_id   TEXT        PRIMARY KEY,
    message_id TEXT        NOT NULL,
    outcome    TEXT        NOT NULL,
    decided_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
