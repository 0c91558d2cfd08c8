-- The outbox relay moved to platform-support and carries a fixed listener id. Publications still waiting were
-- registered for the service's own relay class (by its method's qualified name); they are handed to the shared
-- relay, so that the retry resubmits them instead of leaving them without a listener.
UPDATE event_publication
SET listener_id = 'jianwu.outbox.relay'
WHERE listener_id LIKE 'cn.jianwu.%.outbox.OutboxRelay.relay(%';
