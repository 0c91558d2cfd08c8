-- The public record (seed §四(一)2, §四(三)1): the period a periodic item reports on, the case stages a guide's notice
-- of rights and duties applies to, and the note that says what a revision changed and why. Each is kept on the item
-- while it is edited and copied onto the published revision, which the public history reads.
ALTER TABLE disclosure_item ADD COLUMN period TEXT;
ALTER TABLE disclosure_item ADD COLUMN case_stages TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE disclosure_item ADD COLUMN revision_note TEXT;

ALTER TABLE published_revision ADD COLUMN period TEXT;
ALTER TABLE published_revision ADD COLUMN case_stages TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE published_revision ADD COLUMN revision_note TEXT;

-- The feeds read the newest publications and withdrawals; a section's column reads its sub-kind.
CREATE INDEX published_revision_published_at_idx ON published_revision (published_at DESC);
CREATE INDEX published_revision_withdrawn_at_idx ON published_revision (withdrawn_at DESC) WHERE withdrawn_at IS NOT NULL;
CREATE INDEX published_revision_sub_kind_idx ON published_revision (sub_kind, published_at DESC);
