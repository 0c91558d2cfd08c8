-- Files attached to disclosure items: PDF, PNG or JPEG, the type told by the content. Like the item's working
-- text, the original stays here for staff; the public downloads it only while a revision it belongs to is the
-- published, public one. extracted_text is a PDF's text (bounded; NULL for images, scans, broken or encrypted
-- files): the redaction check reads it before approval, and search will index it later.
-- An attachment belongs to the item revisions [added_in_revision, removed_in_revision): changing the attachments
-- of a new draft leaves those of the published revision as they are until the draft is published.
CREATE TABLE attachment (
    id                  UUID PRIMARY KEY,
    item_id             UUID NOT NULL REFERENCES disclosure_item (id),
    file_name           TEXT NOT NULL,
    media_type          TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size                BIGINT NOT NULL CHECK (size > 0),
    sha256              TEXT NOT NULL,
    content             BYTEA NOT NULL,
    extracted_text      TEXT,
    added_in_revision   INT NOT NULL,
    removed_in_revision INT CHECK (removed_in_revision > added_in_revision),
    created_by          TEXT NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL
);
-- PDFs and images are compressed already: store them out of line without trying again.
ALTER TABLE attachment ALTER COLUMN content SET STORAGE EXTERNAL;
CREATE INDEX attachment_item_idx ON attachment (item_id, created_at);
