-- The register of disclosure obligations (seed §三b(二), §四): what must be disclosed, by which department, how
-- often. The seed's list is entered by V11 (obligation package); rectification demands of a signed-off inspection
-- report are added as obligations of their own (source INSPECTION).
CREATE TABLE obligation (
    id              varchar(64)  PRIMARY KEY,
    title           text         NOT NULL,
    department      varchar(100) NOT NULL,
    category        varchar(40)  NOT NULL,
    sub_kind        varchar(40),
    frequency       varchar(20)  NOT NULL,
    -- YEARLY: due on this month/day each year, or within due_within_days of an event (部门预算 after approval)
    due_month       integer,
    due_day         integer,
    due_within_days integer,
    -- a one-off obligation (a rectification demand): its one due date
    due_date        date,
    -- 'SEED' (the seed's list), 'STAFF' (entered in the register), 'INSPECTION' (a rectification demand)
    source          varchar(20)  NOT NULL,
    source_ref      varchar(64),
    basis           text,
    active          boolean      NOT NULL DEFAULT true,
    created_by      varchar(100) NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_by      varchar(100),
    updated_at      timestamptz
);
CREATE INDEX obligation_department ON obligation (department) WHERE active;
