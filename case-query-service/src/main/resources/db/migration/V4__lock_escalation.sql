-- The progressive lock-out (platform-support's LockEscalation): each lock of a code doubles the one
-- before, the Nth within 7 days of the first lasts until the desk re-issues the credential. Keyed by
-- the code's keyed hash, never the code. A row outlives the lock itself (lockout) for the window, and a
-- final one until the credential is re-issued.
CREATE TABLE lock_history
(
  code_hash       BYTEA       PRIMARY KEY,
  locks           INT         NOT NULL,
  first_locked_at TIMESTAMPTZ NOT NULL,
  last_locked_at  TIMESTAMPTZ NOT NULL,
  until_reissue   BOOLEAN     NOT NULL
);

-- What case management sees in the console: a repeated or final lock of a known credential's code.
-- The case and the credential, never the code.
CREATE TABLE lockout_alert
(
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  raised_at     TIMESTAMPTZ NOT NULL,
  credential_id UUID        NOT NULL REFERENCES credential (id) ON DELETE CASCADE,
  case_number   TEXT        NOT NULL,
  locks         INT         NOT NULL,
  until_reissue BOOLEAN     NOT NULL
);

CREATE INDEX lockout_alert_raised_at ON lockout_alert (raised_at DESC);
