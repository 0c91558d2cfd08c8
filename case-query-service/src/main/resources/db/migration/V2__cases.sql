-- Case procedural information (案件程序性信息) and the people authorised to look it up.

CREATE TABLE case_file
(
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_number    TEXT        NOT NULL UNIQUE,
  -- As published: already anonymised (张某涉嫌盗窃案).
  case_name      TEXT        NOT NULL,
  case_type      TEXT        NOT NULL,
  department     TEXT        NOT NULL,
  -- Staff only: never part of the public answer.
  prosecutor     TEXT,
  accepted_at    DATE        NOT NULL,
  stage          TEXT        NOT NULL,
  stage_date     DATE        NOT NULL,
  stage_deadline DATE,
  -- Bumped by every change; the cached public view is keyed by it.
  version        BIGINT      NOT NULL DEFAULT 1,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The stage history: one row per procedural step, each dated.
CREATE TABLE case_event
(
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id     BIGINT      NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  stage       TEXT        NOT NULL,
  event_date  DATE        NOT NULL,
  deadline    DATE,
  -- Internal remark of the case-management staff; never shown to the public.
  note        TEXT,
  recorded_by TEXT        NOT NULL,
  recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (case_id, stage, event_date)
);

CREATE TABLE compulsory_measure
(
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id    BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  measure    TEXT   NOT NULL,
  decided_at DATE   NOT NULL,
  UNIQUE (case_id, measure, decided_at)
);

-- Checked in person at the case-management desk. The ID number is kept only as a keyed hash
-- (HMAC-SHA256, CASEQUERY_HASH_KEY) and its last four characters.
CREATE TABLE authorised_person
(
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id        BIGINT      NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  role           TEXT        NOT NULL CHECK (role IN ('PARTY', 'LEGAL_REPRESENTATIVE', 'CLOSE_RELATIVE', 'DEFENDER', 'AGENT')),
  name           TEXT        NOT NULL,
  id_hash        BYTEA       NOT NULL,
  id_last4       CHAR(4)     NOT NULL,
  licence_number TEXT,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  removed_at     TIMESTAMPTZ
);
CREATE UNIQUE INDEX authorised_person_once_per_case ON authorised_person (case_id, id_hash) WHERE removed_at IS NULL;

-- A query credential: the 12-digit code is kept only as a keyed hash; the code itself is shown once.
CREATE TABLE credential
(
  id            UUID        PRIMARY KEY,
  person_id     BIGINT      NOT NULL REFERENCES authorised_person (id) ON DELETE CASCADE,
  code_hash     BYTEA       NOT NULL UNIQUE,
  status        TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
  issued_at     TIMESTAMPTZ NOT NULL,
  issued_by     TEXT        NOT NULL,
  revoked_at    TIMESTAMPTZ,
  revoked_by    TEXT,
  revoke_reason TEXT
);
CREATE UNIQUE INDEX credential_one_active_per_person ON credential (person_id) WHERE status = 'ACTIVE';
