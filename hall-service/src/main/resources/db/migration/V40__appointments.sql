-- Appointments (issue 15): bookable services, their slots and the bookings. A person's data lives
-- only in appointment_person, sealed (personal.SealedBox); codes and the person's identity only as
-- keyed hashes (HMAC-SHA256 with jianwu.hall.hash-key). Times are local to the institution
-- (Asia/Shanghai), as the opening hours are.

CREATE TABLE bookable_service (
    id                          UUID PRIMARY KEY,
    kind                        TEXT NOT NULL CHECK (kind IN ('VISIT', 'CHIEF_RECEPTION', 'LAWYER_RECEPTION', 'FILE_READING')),
    name                        TEXT NOT NULL,
    department                  TEXT NOT NULL,
    leader                      TEXT,
    place                       TEXT NOT NULL,
    opens_at                    TIME NOT NULL,
    closes_at                   TIME NOT NULL CHECK (closes_at > opens_at),
    slot_minutes                INT  NOT NULL CHECK (slot_minutes > 0),
    capacity                    INT  NOT NULL CHECK (capacity > 0),
    booking_days_ahead          INT  NOT NULL CHECK (booking_days_ahead > 0),
    booking_closes_hours_before INT  NOT NULL CHECK (booking_closes_hours_before >= 0),
    -- When not empty, the only days it is offered (a chief's reception days).
    dates                       DATE[] NOT NULL DEFAULT '{}',
    blackout_dates              DATE[] NOT NULL DEFAULT '{}',
    notes                       TEXT,
    active                      BOOLEAN NOT NULL DEFAULT TRUE,
    created_at                  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at                  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per slot that was ever booked or changed by staff: the row every booking of the slot locks,
-- so that capacity holds however many bookings race (taken counts the bookings holding a place).
CREATE TABLE service_slot (
    service_id    UUID      NOT NULL REFERENCES bookable_service (id),
    slot_start    TIMESTAMP NOT NULL,
    slot_end      TIMESTAMP NOT NULL,
    capacity      INT       NOT NULL CHECK (capacity > 0),
    taken         INT       NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
    cancelled     BOOLEAN   NOT NULL DEFAULT FALSE,
    -- What the people booked were told; never personal data.
    cancel_reason TEXT,
    PRIMARY KEY (service_id, slot_start)
);

CREATE TABLE appointment (
    id              UUID PRIMARY KEY,
    service_id      UUID      NOT NULL REFERENCES bookable_service (id),
    slot_start      TIMESTAMP NOT NULL,
    slot_end        TIMESTAMP NOT NULL,
    -- The booking code's keyed hash, and the hash of (code, idLast4) that the lookup checks.
    code_hash       BYTEA     NOT NULL UNIQUE,
    pair_hash       BYTEA     NOT NULL,
    -- Keyed hash of the normalised phone and upper-case idLast4: one person's bookings.
    person_hash     BYTEA     NOT NULL,
    state           TEXT      NOT NULL CHECK (state IN ('PENDING_CONFIRMATION', 'CONFIRMED', 'WAITLISTED', 'REFUSED',
                                                        'CANCELLED', 'CHECKED_IN', 'NO_SHOW')),
    -- Orders the waitlist of a slot (NULL when not waitlisted).
    waitlist_seq    BIGINT,
    channel         TEXT      NOT NULL,
    for_lawyer      BOOLEAN   NOT NULL DEFAULT FALSE,
    -- What case-query-service said of the lawyer: ACTING, NOT_ACTING or UNAVAILABLE.
    lawyer_check    TEXT,
    -- Why staff refused, moved or cancelled it; never personal data.
    staff_note      TEXT,
    -- Whether a WeChat openid is sealed with the person (booked on WeChat, or bound later).
    has_openid      BOOLEAN   NOT NULL DEFAULT FALSE,
    booked_at       TIMESTAMPTZ NOT NULL,
    checked_in_at   TIMESTAMPTZ,
    cancelled_at    TIMESTAMPTZ,
    reminded_at     TIMESTAMPTZ,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    FOREIGN KEY (service_id, slot_start) REFERENCES service_slot (service_id, slot_start)
);

CREATE SEQUENCE appointment_waitlist_seq;

-- One person holds at most one active booking of a service a day.
CREATE UNIQUE INDEX appointment_one_per_person_day ON appointment (service_id, person_hash, (slot_start::date))
    WHERE state IN ('PENDING_CONFIRMATION', 'CONFIRMED', 'WAITLISTED', 'CHECKED_IN');
CREATE INDEX appointment_slot_idx ON appointment (service_id, slot_start, state);
CREATE INDEX appointment_day_idx ON appointment ((slot_start::date), state);

-- The person behind a booking, sealed: name, phone, idLast4, purpose, the lawyer's licence, firm and case,
-- and the WeChat openid once known (cn.jianwu.hall.booking's AppointmentPerson record).
CREATE TABLE appointment_person (
    appointment_id UUID PRIMARY KEY REFERENCES appointment (id),
    key_id         TEXT  NOT NULL,
    nonce          BYTEA NOT NULL,
    ciphertext     BYTEA NOT NULL
);
