#!/usr/bin/env bash
# Cached-query throughput and latency of the public case query, directly on case-query-service and
# through the gateway, in one run. See bench/case-query/README.md.
#
#   bench/case-query/run.sh [seconds-per-measurement] [fixed-rate-per-second]
#
# Starts case-query-service (port 18082) and the gateway (18080) from their packaged jars on the local
# PostgreSQL (database casequery_bench, recreated) and Redis (127.0.0.1:6379), with both rate limiters
# raised by configuration; stops both (by PID) when done.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
service_jar="$(ls case-query-service/target/case-query-service-*-exec.jar 2>/dev/null | head -1 || true)"
gateway_jar="$(ls gateway/target/gateway-*-exec.jar 2>/dev/null | head -1 || true)"
if [[ -z "$service_jar" || -z "$gateway_jar" ]]; then
    echo "Building the two jars first (./mvnw -B package -pl case-query-service,gateway -am -DskipTests)"
    ./mvnw -B -q package -pl case-query-service,gateway -am -DskipTests
    service_jar="$(ls case-query-service/target/case-query-service-*-exec.jar | head -1)"
    gateway_jar="$(ls gateway/target/gateway-*-exec.jar | head -1)"
fi
db="${BENCH_DB:-casequery_bench}"
pg=(psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -d postgres -q -v ON_ERROR_STOP=1)
"${pg[@]}" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
export BENCH_DB_URL="jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$db"
export BENCH_DB_USER="${PGUSER:-postgres}"
mkdir -p bench/case-query/target
exec java -Xmx256m bench/case-query/CaseQueryBench.java "$service_jar" "$gateway_jar" "$@"
