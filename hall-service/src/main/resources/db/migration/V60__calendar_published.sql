-- When each year of the working-day calendar was last published on hall.events (HallCalendarPublished),
-- so that report-service counts working days by the same calendar. NULL: never published (the years
-- Flyway seeded); a startup runner publishes those once.
ALTER TABLE calendar_year ADD COLUMN published_at TIMESTAMPTZ;
