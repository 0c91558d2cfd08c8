-- The disclosure term of each published revision (长期/定期/随时): long-term items stay at the top of their column on
-- the portal (seed §四(二)).
ALTER TABLE published_revision ADD COLUMN term TEXT;
UPDATE published_revision p SET term = i.term FROM disclosure_item i WHERE i.id = p.item_id;
