-- Activities (issue 15): open days, hearings, deputies' visits, forums, and who signed up. A person's
-- data lives only in activity_invitee and activity_sign_up_person, sealed (personal.SealedBox); codes,
-- phones and the person's identity only as keyed hashes (HMAC-SHA256 with jianwu.hall.hash-key). Times
-- are local to the institution (Asia/Shanghai), as staff enter them.

CREATE TABLE activity (
    id                   UUID PRIMARY KEY,
    title                TEXT NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind IN ('OPEN_DAY', 'HEARING', 'DEPUTIES_VISIT', 'FORUM', 'OTHER')),
    description          TEXT NOT NULL,
    department           TEXT NOT NULL,
    starts_at            TIMESTAMP NOT NULL,
    ends_at              TIMESTAMP NOT NULL CHECK (ends_at > starts_at),
    place                TEXT NOT NULL,
    -- The row every sign-up locks: taken counts the sign-ups holding a place.
    capacity             INT  NOT NULL CHECK (capacity > 0),
    taken                INT  NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
    sign_up_opens_at     TIMESTAMP NOT NULL,
    sign_up_closes_at    TIMESTAMP NOT NULL CHECK (sign_up_closes_at > sign_up_opens_at),
    audience             TEXT NOT NULL CHECK (audience IN ('PUBLIC', 'INVITED')),
    -- The disclosure item announcing it; NULL only for the local demo's activity, announced directly
    -- (the demo cannot run the approval chain).
    announcement_item_id UUID,
    -- When the announcement was first seen public (ANNOUNCING before).
    announced_at         TIMESTAMPTZ,
    report_summary       TEXT,
    report_item_id       UUID,
    cancelled_at         TIMESTAMPTZ,
    -- What the people signed up were told; never personal data.
    cancel_reason        TEXT,
    created_by           TEXT NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL
);

CREATE INDEX activity_starts_idx ON activity (starts_at);
-- The sweep looks for announcements that are not known to be public yet.
CREATE INDEX activity_announcing_idx ON activity (starts_at) WHERE announced_at IS NULL AND cancelled_at IS NULL;

-- Who may sign up for an activity of invitees only: the phone as a keyed hash to find them, the rest
-- sealed (name, phone, role).
CREATE TABLE activity_invitee (
    id           UUID PRIMARY KEY,
    activity_id  UUID  NOT NULL REFERENCES activity (id),
    phone_hash   TEXT  NOT NULL,
    role         TEXT  NOT NULL,
    key_id       TEXT  NOT NULL,
    nonce        BYTEA NOT NULL,
    ciphertext   BYTEA NOT NULL,
    UNIQUE (activity_id, phone_hash)
);

CREATE TABLE activity_sign_up (
    id            UUID PRIMARY KEY,
    activity_id   UUID  NOT NULL REFERENCES activity (id),
    -- The sign-up code's keyed hash, and the hash of (code, idLast4) that the lookup checks.
    code_hash     BYTEA NOT NULL UNIQUE,
    pair_hash     BYTEA NOT NULL,
    -- Keyed hash of the normalised phone and upper-case idLast4 (HallHash.person).
    person_hash   BYTEA NOT NULL,
    -- Keyed hash of the normalised phone: one phone signs up once per activity.
    phone_hash    TEXT  NOT NULL,
    state         TEXT  NOT NULL CHECK (state IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'CHECKED_IN')),
    -- Orders the waitlist (NULL when not waitlisted).
    waitlist_seq  BIGINT,
    channel       TEXT  NOT NULL,
    invitee_role  TEXT,
    signed_up_at  TIMESTAMPTZ NOT NULL,
    checked_in_at TIMESTAMPTZ,
    cancelled_at  TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE SEQUENCE activity_waitlist_seq;

CREATE UNIQUE INDEX activity_sign_up_one_per_phone ON activity_sign_up (activity_id, phone_hash)
    WHERE state IN ('CONFIRMED', 'WAITLISTED', 'CHECKED_IN');
CREATE INDEX activity_sign_up_activity_idx ON activity_sign_up (activity_id, state, waitlist_seq);

-- The person behind a sign-up, sealed: name, phone, idLast4, organisation.
CREATE TABLE activity_sign_up_person (
    sign_up_id UUID PRIMARY KEY REFERENCES activity_sign_up (id),
    key_id     TEXT  NOT NULL,
    nonce      BYTEA NOT NULL,
    ciphertext BYTEA NOT NULL
);

-- Opinions given at an activity, recorded as SUGGESTION messages of the hall.
CREATE TABLE activity_opinion (
    message_id  UUID PRIMARY KEY REFERENCES message (id),
    activity_id UUID NOT NULL REFERENCES activity (id),
    sign_up_id  UUID REFERENCES activity_sign_up (id),
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX activity_opinion_activity_idx ON activity_opinion (activity_id);
