-- The sweep that closes open calls looks for the ones whose time is up every minute.
CREATE INDEX open_call_due_idx ON open_call (closes_at) WHERE closed_at IS NULL;
