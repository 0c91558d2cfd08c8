#!/usr/bin/env bash
# A year of synthetic events replayed into report-service; times the annual report and one quarter's archive volume.
#
#   JIANWU_DATA=/tmp/jianwu-report-bench deploy/local/run.sh start --detach --demo
#   bench/reports/run.sh [--year 2025] [--items 5000] [--queries 200000] [--quarter 2] [--skip-send]
#   JIANWU_DATA=/tmp/jianwu-report-bench deploy/local/run.sh stop
#
# The class path is report-service's (platform-events, platform-catalogue, case-query-api, the Kafka client), built
# once with ./mvnw into $TMPDIR/jianwu-bench-reports (--rebuild builds it again).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${TMPDIR:-/tmp}/jianwu-bench-reports"
args=()
rebuild=false
for arg in "$@"; do
    if [[ "$arg" == "--rebuild" ]]; then rebuild=true; else args+=("$arg"); fi
done

cd "$repo"
mkdir -p "$work"
if [[ "$rebuild" == true || ! -f "$work/classpath.txt" ]]; then
    echo "building report-service's class path (./mvnw) ..."
    ./mvnw -B -q -DskipTests -pl report-service -am package dependency:build-classpath \
        -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=runtime
fi
export JIANWU_DATA="${JIANWU_DATA:-$repo/deploy/local/data}"
exec java -Xmx1g -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -cp "$(cat "$work/classpath.txt")" \
    "$repo/bench/reports/ReportBench.java" "${args[@]+"${args[@]}"}"
