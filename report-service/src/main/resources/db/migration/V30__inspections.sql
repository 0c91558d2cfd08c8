-- The supervision group's half-yearly inspection reports (seed §三b(三)). One per half-year: generated as a draft
-- (its figures a snapshot of the read model at generated_at), edited by the group, signed off — after which no
-- column changes (the trigger refuses it) and the PDF as signed is kept here with its SHA-256.
CREATE TABLE inspection_report (
    id             varchar(64)  PRIMARY KEY,
    half           varchar(6)   NOT NULL UNIQUE,
    status         varchar(20)  NOT NULL,
    figures        jsonb        NOT NULL,
    generated_by   varchar(100) NOT NULL,
    generated_at   timestamptz  NOT NULL,
    findings       text,
    -- [{department, title, category, due, obligationId}]
    demands        jsonb        NOT NULL DEFAULT '[]',
    updated_by     varchar(100),
    updated_at     timestamptz,
    signed_off_by  varchar(100),
    signed_off_at  timestamptz,
    -- the PDF as signed off: a few hundred kilobytes, kept with the report it belongs to
    pdf            bytea,
    pdf_sha256     varchar(64)
);

CREATE FUNCTION inspection_report_sealed() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'SIGNED_OFF' THEN
        RAISE EXCEPTION 'inspection report % is signed off and cannot change', OLD.id;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER inspection_report_sealed BEFORE UPDATE OR DELETE ON inspection_report
    FOR EACH ROW EXECUTE FUNCTION inspection_report_sealed();
