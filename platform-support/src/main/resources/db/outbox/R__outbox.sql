-- The transactional outbox of every service that keeps one: Spring Modulith's event publication registry (schema v2
-- for PostgreSQL), added to the service's own Flyway migrations by platform-support (OutboxAutoConfiguration).
-- Repeatable and idempotent: it creates what is missing and changes nothing that exists.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
-- Publications registered for a service's own relay class (by its method's qualified name), before the relay moved to
-- platform-support with a fixed listener id, are handed to the shared relay, so that the retry resubmits them.
UPDATE event_publication
SET listener_id = 'jianwu.outbox.relay'
WHERE listener_id LIKE 'cn.jianwu.%.outbox.OutboxRelay.relay(%';
