-- The delivery ledger (channel_delivery, shipped by channel-support) records which event asked for what;
-- the board keeps only what it shows.
ALTER TABLE bulletin_entry DROP COLUMN event_id;

-- The hall display screens, managed by ADMIN. A screen shows the current items of its categories,
-- one after another, each for seconds_per_item.
CREATE TABLE screen (
    id               TEXT PRIMARY KEY,
    name             TEXT        NOT NULL,
    location         TEXT,
    categories       TEXT[]      NOT NULL,
    seconds_per_item INT         NOT NULL CHECK (seconds_per_item BETWEEN 5 AND 120),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Which screens are connected, kept by their heartbeats, so every instance (and the status page) sees
-- every screen wherever it is connected. online_since is NULL while the screen is away.
CREATE TABLE screen_presence (
    screen_id    TEXT PRIMARY KEY REFERENCES screen (id) ON DELETE CASCADE,
    instance     TEXT        NOT NULL,
    online_since TIMESTAMPTZ,
    last_seen    TIMESTAMPTZ NOT NULL
);

-- Orders every change of screen_item: the SSE event ids, and the cursor with which each instance
-- forwards changes made elsewhere to the screens connected to it.
CREATE SEQUENCE screen_change_seq;

-- What the screens show: the current revision of each public item that chose the screens. A withdrawn
-- row stays as a tombstone (title NULL when the withdrawal came first), so that a late or repeated post
-- of the same or an older revision cannot bring it back.
CREATE TABLE screen_item (
    item_id      TEXT PRIMARY KEY,
    revision     INT         NOT NULL,
    category     TEXT,
    title        TEXT,
    summary      TEXT,
    department   TEXT,
    published_at TIMESTAMPTZ,
    withdrawn    BOOLEAN     NOT NULL DEFAULT FALSE,
    change_seq   BIGINT      NOT NULL DEFAULT nextval('screen_change_seq'),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (withdrawn OR (category IS NOT NULL AND title IS NOT NULL AND published_at IS NOT NULL))
);
CREATE INDEX screen_item_change_idx ON screen_item (change_seq);
CREATE INDEX screen_item_updated_idx ON screen_item (updated_at);
CREATE INDEX screen_item_current_idx ON screen_item (category, published_at DESC) WHERE NOT withdrawn;
