-- report-service's read model: what the platform's topics said, kept as the reports need it. Rebuilt from the
-- topics (docs/reports.md, "Replay"): nothing here is written from another service's tables.

-- Every table is keyed by the event's CloudEvents id (or by item and revision, or by year): a redelivered or
-- replayed event changes nothing.

-- Every published revision (published and revised), with its redacted text: the archive volumes hold these.
CREATE TABLE item_revision (
    item_id          varchar(64)  NOT NULL,
    revision         integer      NOT NULL,
    replaces_revision integer,
    category         varchar(40)  NOT NULL,
    sub_kind         varchar(40),
    title            text         NOT NULL,
    summary          text,
    body             text         NOT NULL,
    department       varchar(100) NOT NULL,
    visibility       varchar(20)  NOT NULL,
    channels         text[]       NOT NULL,
    published_at     timestamptz  NOT NULL,
    portal_url       text,
    attachments      jsonb        NOT NULL DEFAULT '[]',
    obligation_id    varchar(64),
    PRIMARY KEY (item_id, revision)
);
CREATE INDEX item_revision_published ON item_revision (published_at);
CREATE INDEX item_revision_department ON item_revision (department, published_at);
CREATE INDEX item_revision_obligation ON item_revision (obligation_id) WHERE obligation_id IS NOT NULL;

CREATE TABLE item_withdrawal (
    item_id       varchar(64)  NOT NULL,
    revision      integer      NOT NULL,
    reason        text,
    withdrawn_at  timestamptz  NOT NULL,
    PRIMARY KEY (item_id, revision)
);

-- Every workflow step (disclosure.workflow).
CREATE TABLE workflow_step (
    event_id          varchar(100) PRIMARY KEY,
    item_id           varchar(64)  NOT NULL,
    revision          integer      NOT NULL,
    action            varchar(30)  NOT NULL,
    actor             varchar(100),
    actor_role        varchar(40),
    actor_department  varchar(100),
    department        varchar(100) NOT NULL,
    category          varchar(40)  NOT NULL,
    sub_kind          varchar(40),
    important         boolean      NOT NULL,
    obligation_id     varchar(64),
    from_status       varchar(30),
    to_status         varchar(30),
    comment           text,
    at                timestamptz  NOT NULL
);
CREATE INDEX workflow_step_item ON workflow_step (item_id, at);
CREATE INDEX workflow_step_at ON workflow_step (at);

-- One row per channel report (channel.deliveries).
CREATE TABLE delivery_report (
    event_id      varchar(100) PRIMARY KEY,
    item_id       varchar(64)  NOT NULL,
    revision      integer      NOT NULL,
    channel       varchar(20)  NOT NULL,
    status        varchar(20)  NOT NULL,
    attempt       integer      NOT NULL,
    external_ref  text,
    reason        text,
    reported_at   timestamptz  NOT NULL
);
CREATE INDEX delivery_report_item ON delivery_report (item_id, revision, channel, reported_at);
CREATE INDEX delivery_report_at ON delivery_report (reported_at);

-- case.progress: a stage reached (counted, never shown per person).
CREATE TABLE case_progress (
    event_id     varchar(100) PRIMARY KEY,
    case_number  varchar(100) NOT NULL,
    stage        varchar(40)  NOT NULL,
    day          date         NOT NULL
);
CREATE INDEX case_progress_day ON case_progress (day);

-- case.queries: channel and outcome only.
CREATE TABLE case_query (
    event_id    varchar(100) PRIMARY KEY,
    channel     varchar(20)  NOT NULL,
    outcome     varchar(20)  NOT NULL,
    locked_now  boolean      NOT NULL,
    at          timestamptz  NOT NULL
);
CREATE INDEX case_query_at ON case_query (at);

-- wechat.activity
CREATE TABLE wechat_activity (
    event_id  varchar(100) PRIMARY KEY,
    activity  varchar(30)  NOT NULL,
    at        timestamptz  NOT NULL
);
CREATE INDEX wechat_activity_at ON wechat_activity (at);

-- hall.events: ids, kinds and times only, as they came (the payload's JSON), by type.
CREATE TABLE hall_event (
    event_id    varchar(100) PRIMARY KEY,
    type        varchar(100) NOT NULL,
    subject_id  varchar(100) NOT NULL,
    at          timestamptz  NOT NULL,
    payload     jsonb        NOT NULL
);
CREATE INDEX hall_event_type_at ON hall_event (type, at);

-- The working-day calendar, as hall-service published it (hall.events calendar.v1): the last word per year.
CREATE TABLE calendar_year (
    year          integer     PRIMARY KEY,
    days_off      date[]      NOT NULL,
    working_days  date[]      NOT NULL,
    published_at  timestamptz NOT NULL
);
