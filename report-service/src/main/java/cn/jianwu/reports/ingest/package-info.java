/**
 * The read model: every topic of the platform, taken idempotently into the
 * {@code reports} schema (each table keyed by its event id or by item and revision, so a
 * redelivered or replayed event changes nothing). Nothing else in report-service reads
 * another service: the reports are queries over these tables.
 */
package cn.jianwu.reports.ingest;
