-- The quarterly archive volumes (立卷归档, seed §三b(二)). The ZIP files live in the configured directory
-- (jianwu.reports.archive.directory, see report-service/README.md "Archive volumes"); this table holds what
-- identifies and proves them. A volume is immutable once sealed: a change of its quarter and department makes a
-- new version, and the trigger below refuses any update or deletion.
CREATE TABLE archive_volume (
    id                   uuid         PRIMARY KEY,
    quarter              varchar(7)   NOT NULL,
    department           varchar(100) NOT NULL,
    version              integer      NOT NULL,
    sealed_at            timestamptz  NOT NULL,
    sealed_by            varchar(100) NOT NULL,
    -- the file's name in the directory
    file_name            text         NOT NULL,
    size                 bigint       NOT NULL,
    sha256               char(64)     NOT NULL,
    manifest_sha256      char(64)     NOT NULL,
    -- Base64 of manifest.sig, and the key that made it
    signature            text         NOT NULL,
    key_id               varchar(64)  NOT NULL,
    item_count           integer      NOT NULL,
    revision_count       integer      NOT NULL,
    file_count           integer      NOT NULL,
    missing_attachments  integer      NOT NULL,
    -- SHA-256 of the catalogue's data: a seal with the same fingerprint as the last version changes nothing
    fingerprint          char(64)     NOT NULL,
    UNIQUE (quarter, department, version)
);
CREATE INDEX archive_volume_department ON archive_volume (department, quarter);

CREATE FUNCTION archive_volume_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'archive volumes are immutable once sealed (volume %)', OLD.id;
END;
$$;
CREATE TRIGGER archive_volume_immutable BEFORE UPDATE OR DELETE ON archive_volume
    FOR EACH ROW EXECUTE FUNCTION archive_volume_immutable();

-- The signing key generated when none is configured (REPORT_SIGNING_KEY): for development only. One row at most.
CREATE TABLE archive_signing_key (
    key_id       varchar(64)  PRIMARY KEY,
    algorithm    varchar(40)  NOT NULL,
    private_key  text         NOT NULL,
    public_key   text         NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX archive_signing_key_single ON archive_signing_key ((true));
