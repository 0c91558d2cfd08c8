-- Lock-out of query codes. Redis holds the live attempt counters; this table holds every lock
-- (so that a lock survives a Redis restart) and the counters while Redis is unavailable.
-- Keyed by the code's keyed hash, known or not, so that unknown codes behave like known ones.
CREATE TABLE lockout
(
  code_hash    BYTEA       PRIMARY KEY,
  attempts     INT         NOT NULL,
  window_start TIMESTAMPTZ NOT NULL,
  locked_until TIMESTAMPTZ
);

-- Every query on every channel. Never the query code or an ID number: the client is a keyed hash of
-- its address, the desk visitor only the last four characters of the ID number.
CREATE TABLE query_audit
(
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at               TIMESTAMPTZ NOT NULL,
  channel          TEXT        NOT NULL,
  outcome          TEXT        NOT NULL,
  locked_now       BOOLEAN     NOT NULL DEFAULT FALSE,
  client_hash      TEXT,
  case_number      TEXT,
  officer          TEXT,
  visitor_id_last4 TEXT
);
CREATE INDEX query_audit_by_time ON query_audit (at);
