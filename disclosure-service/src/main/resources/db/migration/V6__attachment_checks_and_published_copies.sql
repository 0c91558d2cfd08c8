-- What the public downloads is no longer the uploaded file but a copy without what a reader could dig out of it
-- besides the visible content (document info, XMP, annotations, form fields, embedded files, scripts; an image's
-- EXIF): published_content. size and sha256 now describe that copy, the one the public gets; original_size and
-- original_sha256 the uploaded file staff download (content).
-- text_status says whether the redaction check saw all of a PDF (COMPLETE), or why it could not (NO_TEXT: no text
-- layer, a scan; ENCRYPTED; UNREADABLE: broken or cut off; TRUNCATED: more text than jianwu.attachments.max-text-length;
-- UNKNOWN: uploaded before this check existed); images are IMAGE (only their names are checked). A file that was not
-- checked automatically blocks approval until an approver confirms it by hand: manual_check_*.
ALTER TABLE attachment
    ADD COLUMN published_content   BYTEA,
    ADD COLUMN original_size       BIGINT,
    ADD COLUMN original_sha256     TEXT,
    ADD COLUMN text_status         TEXT,
    ADD COLUMN manual_check_by     TEXT,
    ADD COLUMN manual_check_reason TEXT,
    ADD COLUMN manual_check_at     TIMESTAMPTZ;
ALTER TABLE attachment ALTER COLUMN published_content SET STORAGE EXTERNAL;

-- Files uploaded before: a PDF's text was read from its first 200 pages only, and metadata is still in every file.
-- They keep being published as they are (no SQL can rewrite a PDF or an image), but a PDF counts as not checked:
-- an approver looks at it before an item still in a draft or under approval goes out. Images are as before.
UPDATE attachment
SET published_content = content,
    original_size     = size,
    original_sha256   = sha256,
    text_status       = CASE WHEN media_type = 'application/pdf' THEN 'UNKNOWN' ELSE 'IMAGE' END;

ALTER TABLE attachment
    ALTER COLUMN published_content SET NOT NULL,
    ALTER COLUMN original_size SET NOT NULL,
    ALTER COLUMN original_sha256 SET NOT NULL,
    ALTER COLUMN text_status SET NOT NULL,
    ADD CONSTRAINT attachment_text_status_check
        CHECK (text_status IN ('COMPLETE', 'IMAGE', 'NO_TEXT', 'ENCRYPTED', 'UNREADABLE', 'TRUNCATED', 'UNKNOWN')),
    ADD CONSTRAINT attachment_manual_check_check
        CHECK ((manual_check_by IS NULL) = (manual_check_at IS NULL)
            AND (manual_check_by IS NULL) = (manual_check_reason IS NULL));
