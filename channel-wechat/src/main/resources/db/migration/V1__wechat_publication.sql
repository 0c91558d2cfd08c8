-- What this adapter did on WeChat per item revision, beside channel-support's ledger: the ledger says what is
-- due, this says how far a publication got (draft, submitted publish job, its result), so a post that is
-- called again after a crash continues instead of publishing a second article.
CREATE TABLE wechat_publication (
    item_id        TEXT        NOT NULL,
    revision       INT         NOT NULL,
    draft_media_id TEXT,
    publish_id     TEXT,
    -- NULL while WeChat publishes; then its publish_status (0 published, 2-6 failed or taken down)
    publish_status INT,
    article_id     TEXT,
    article_url    TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (item_id, revision)
);
CREATE UNIQUE INDEX wechat_publication_publish_idx ON wechat_publication (publish_id);

-- Articles taken down with freepublish/delete (which cannot be undone), so a repeated retraction does not fail.
CREATE TABLE wechat_deleted_article (
    article_id TEXT        PRIMARY KEY,
    deleted_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Permanent image materials uploaded once and reused (the default cover), by the SHA-256 of their bytes.
CREATE TABLE wechat_material (
    sha256     TEXT        PRIMARY KEY,
    media_id   TEXT        NOT NULL,
    url        TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
