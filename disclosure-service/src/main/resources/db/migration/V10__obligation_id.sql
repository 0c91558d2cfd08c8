-- The disclosure obligation of report-service's register (对应公开任务) that an item meets, if any.
-- Staff-internal: it travels on the item's events and workflow steps, never to the public.
ALTER TABLE disclosure_item ADD COLUMN obligation_id TEXT;
