-- Staff accounts of the built-in issuer (POST /api/auth/token). Passwords are BCrypt hashes; the lock-out
-- counters live here so that every instance of the service sees the same ones.
CREATE TABLE staff_account (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username         TEXT NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
    display_name     TEXT NOT NULL,
    department       TEXT NOT NULL,
    roles            TEXT[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['CLERK', 'SECTION_HEAD',
                         'DIVISION_LEADER', 'CHIEF', 'CASE_MANAGER', 'PRESS_OFFICER', 'SUPERVISOR', 'ADMIN']::TEXT[]),
    password_hash    TEXT NOT NULL,
    failed_attempts  INT NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until     TIMESTAMPTZ,
    enabled          BOOLEAN NOT NULL DEFAULT TRUE,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_login_at    TIMESTAMPTZ
);

-- The token signing keys, shared by every instance: the first instance to start without a configured key
-- (JIANWU_JWT_PRIVATE_KEY) generates one, and the partial unique index lets only one key be active, so
-- instances racing at first start agree on the winner. The private key is a PKCS#8 PEM, AES-GCM sealed when
-- JIANWU_JWT_KEY_SECRET is set (private_key_encrypted). public_jwk is what GET /api/auth/jwks publishes.
CREATE TABLE signing_key (
    kid                    TEXT PRIMARY KEY,
    algorithm              TEXT NOT NULL DEFAULT 'RS256',
    private_key            TEXT NOT NULL,
    private_key_encrypted  BOOLEAN NOT NULL DEFAULT FALSE,
    public_jwk             TEXT NOT NULL,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    active                 BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX signing_key_one_active_idx ON signing_key (active) WHERE active;
