-- What the LAN bulletin shows: the current revision of every published item, internal ones included.
CREATE TABLE bulletin_entry (
    item_id       TEXT PRIMARY KEY,
    revision      INT NOT NULL,
    category      TEXT NOT NULL,
    title         TEXT NOT NULL,
    summary       TEXT,
    body          TEXT,
    department    TEXT,
    visibility    TEXT NOT NULL,
    published_at  TIMESTAMPTZ NOT NULL,
    withdrawn     BOOLEAN NOT NULL DEFAULT FALSE,
    event_id      TEXT NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX bulletin_entry_published_idx ON bulletin_entry (published_at DESC) WHERE NOT withdrawn;
