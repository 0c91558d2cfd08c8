-- Staff login without lock-out (issue 18): failed logins slow the client that makes them instead of locking the
-- account, so that nobody can lock the chief out. Each attempt is written here before its password is checked (a
-- burst of parallel attempts sees every earlier one) and removed when it succeeds or is refused unchecked; what is
-- left are failures, forgotten after the window. The account is a hash of the username (an unknown username may
-- be a mistyped password) and the client a hash of its address: nothing here names anyone.
CREATE TABLE login_failure (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_key  TEXT NOT NULL,
    client_key   TEXT NOT NULL,
    at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_failure_account_idx ON login_failure (account_key, at);
CREATE INDEX login_failure_client_idx ON login_failure (client_key, at);
CREATE INDEX login_failure_at_idx ON login_failure (at);

-- Repeated failures of an existing account, for the administrators' console (account, time, count, the client's
-- address masked). Each is also an entry of the hash-chained audit trail (action LOGIN_FAILURES).
CREATE TABLE login_alert (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username       TEXT NOT NULL,
    failures       INT NOT NULL CHECK (failures > 0),
    client_masked  TEXT NOT NULL,
    at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_alert_at_idx ON login_alert (at DESC);

ALTER TABLE staff_account DROP COLUMN failed_attempts;
ALTER TABLE staff_account DROP COLUMN locked_until;
