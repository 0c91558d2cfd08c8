#!/usr/bin/env bash
# Creates the platform's topics and the consumers' dead-letter topics (names: platform-events Topics.java,
# Topics.deadLetter). Safe to run again: existing topics are left as they are.
set -euo pipefail

bootstrap="${KAFKA_BOOTSTRAP:-kafka:9092}"
replication="${TOPIC_REPLICATION_FACTOR:-1}"
min_insync="${TOPIC_MIN_INSYNC_REPLICAS:-1}"
# Platform topics keep every event: report-service rebuilds its read model from offset 0 (docs/reports.md "Replay").
topic_retention_ms=-1
# Dead letters wait for an operator: keep them four weeks.
dlt_retention_ms=2419200000

create() {
	local topic="$1" partitions="$2"
	shift 2
	/opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists \
		--topic "$topic" --partitions "$partitions" --replication-factor "$replication" \
		--config "min.insync.replicas=$min_insync" "$@"
}

# The services declare these with 3 partitions; more lets more consumer instances share the load.
create disclosure.events 6 --config "retention.ms=$topic_retention_ms"
create channel.deliveries 6 --config "retention.ms=$topic_retention_ms"
create case.progress 6 --config "retention.ms=$topic_retention_ms"
create hall.events 6 --config "retention.ms=$topic_retention_ms"
create disclosure.workflow 6 --config "retention.ms=$topic_retention_ms"
create case.queries 6 --config "retention.ms=$topic_retention_ms"
create wechat.activity 6 --config "retention.ms=$topic_retention_ms"

create disclosure.events.search-service.dlt 3 --config "retention.ms=$dlt_retention_ms"
create disclosure.events.channel-weibo.dlt 3 --config "retention.ms=$dlt_retention_ms"
create disclosure.events.channel-wechat.dlt 3 --config "retention.ms=$dlt_retention_ms"
create disclosure.events.channel-bulletin.dlt 3 --config "retention.ms=$dlt_retention_ms"
create case.progress.channel-wechat.dlt 3 --config "retention.ms=$dlt_retention_ms"
create hall.events.channel-wechat.dlt 3 --config "retention.ms=$dlt_retention_ms"
create hall.events.channel-bulletin.dlt 3 --config "retention.ms=$dlt_retention_ms"
create channel.deliveries.disclosure-service.dlt 3 --config "retention.ms=$dlt_retention_ms"
create disclosure.events.report-service.dlt 3 --config "retention.ms=$dlt_retention_ms"
create disclosure.workflow.report-service.dlt 3 --config "retention.ms=$dlt_retention_ms"
create channel.deliveries.report-service.dlt 3 --config "retention.ms=$dlt_retention_ms"
create case.progress.report-service.dlt 3 --config "retention.ms=$dlt_retention_ms"
create case.queries.report-service.dlt 3 --config "retention.ms=$dlt_retention_ms"
create hall.events.report-service.dlt 3 --config "retention.ms=$dlt_retention_ms"
create wechat.activity.report-service.dlt 3 --config "retention.ms=$dlt_retention_ms"

/opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --list
