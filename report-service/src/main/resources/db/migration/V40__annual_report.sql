-- The annual report on disclosure work (seed §五(三)), one per calendar year. The figures are a snapshot taken when
-- the draft was (re)generated, so that what was submitted is what the PDF shows; the state after submission follows
-- the disclosure item (item_revision of the read model), it is not stored again here.
CREATE TABLE annual_report (
    year            integer      PRIMARY KEY,
    state           varchar(20)  NOT NULL,
    overview        text,
    reviews         text,
    problems        text,
    other_matters   text,
    figures         jsonb        NOT NULL,
    generated_at    timestamptz  NOT NULL,
    generated_by    varchar(100) NOT NULL,
    item_id         varchar(64),
    submitted_at    timestamptz,
    submitted_by    varchar(100),
    version         bigint       NOT NULL DEFAULT 0
);
CREATE INDEX annual_report_item ON annual_report (item_id) WHERE item_id IS NOT NULL;
