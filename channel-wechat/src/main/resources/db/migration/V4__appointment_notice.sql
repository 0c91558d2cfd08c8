-- Notices of hall appointments (reminders, confirmations, moves, ...) sent as template messages: one row per
-- (appointment, notice, due_at), the moment hall-service raised the notice, so that a redelivered event (a retry,
-- a rebalance, a replay) tells nobody twice, while a later notice of the same kind (a second move) is sent. Only
-- ids and the outcome: the openid and the words stay in hall-service.
CREATE TABLE appointment_notice (
    appointment_id TEXT        NOT NULL,
    notice         TEXT        NOT NULL,
    due_at         TIMESTAMPTZ NOT NULL,
    outcome        TEXT        NOT NULL,
    wechat_msg_id  TEXT,
    decided_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (appointment_id, notice, due_at)
);
