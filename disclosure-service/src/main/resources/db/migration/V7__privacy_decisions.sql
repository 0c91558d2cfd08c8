-- The privacy gate's decisions that the clerk takes on a draft: names the gate took for persons' that may be
-- published (with the reason, kept pairwise in two arrays), and why an item may be public although it hints that a
-- minor is involved. Who took them, and when, is in the audit trail.
ALTER TABLE disclosure_item
    ADD COLUMN cleared_names        TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN cleared_name_reasons TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN minor_clearance      TEXT,
    ADD CONSTRAINT disclosure_item_cleared_names_paired
        CHECK (cardinality(cleared_names) = cardinality(cleared_name_reasons));
