#!/usr/bin/env bash
# Fault scenarios against the whole local platform: starts it (simulated Weibo and WeChat, demo data) in a data
# folder of its own, runs the scenarios with the platform's own processes, prints the table, stops what it
# started. See bench/faults/README.md.
#
#   bench/faults/run.sh                                  every scenario, 100 items, broker down 60 s
#   bench/faults/run.sh --items 30 --outage 30           smaller
#   bench/faults/run.sh --scenarios broker,weibo-kill    some of: hostile broker weibo-timeouts weibo-kill
#                                                        redis-pause es-down index-drift
#   bench/faults/run.sh --running                        use the platform that runs already (JIANWU_DATA)
#   bench/faults/run.sh --keep                           leave the platform running afterwards
#
# Environment: JIANWU_DATA (default /tmp/jianwu-faults), FAULTS_REDIS_PORT (default 6390: the launcher starts a
# Redis of its own there, which redis-pause may stop with SIGSTOP; a Redis the launcher merely reused is never
# touched). Needs the jars of ./mvnw -DskipTests package (test-support's hostile corpus, the services).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="${JIANWU_DATA:-/tmp/jianwu-faults}"
running=false
keep=false
args=()
for arg in "$@"; do
    case "$arg" in
        --running) running=true ;;
        --keep) keep=true ;;
        *) args+=("$arg") ;;
    esac
done

test_support="$(ls "$repo"/test-support/target/test-support-*.jar 2>/dev/null | grep -v -e sources -e tests | head -1 || true)"
if [[ -z "$test_support" ]]; then
    echo "bench/faults: test-support/target/test-support-*.jar is missing; build first: ./mvnw -DskipTests package" >&2
    exit 1
fi

stop_platform() {
    if [[ "$keep" == true ]]; then
        echo "the platform keeps running; stop it with: JIANWU_DATA=$data deploy/local/run.sh stop"
    else
        JIANWU_DATA="$data" "$repo/deploy/local/run.sh" stop || true
    fi
}

if [[ "$running" == false ]]; then
    # The adapters keep Weibo's and WeChat's real posting limits (30 an hour, 20 in 10 minutes), and the public
    # case query its per-client throttle: raised for this run only, as bench/publish and bench/case-query do.
    export WEIBO_RATE_LIMIT=100000 WECHAT_RATE_LIMIT=100000
    export CASEQUERY_THROTTLE_MAX=1000000 GATEWAY_CASE_QUERY_RATE=1000 GATEWAY_CASE_QUERY_BURST=2000
    export JIANWU_REDIS_PORT="${FAULTS_REDIS_PORT:-6390}"
    echo "starting the platform in $data (Redis on $JIANWU_REDIS_PORT) ..."
    trap stop_platform EXIT
    JIANWU_DATA="$data" "$repo/deploy/local/run.sh" start --detach --demo
fi

status=0
java -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -cp "$test_support" "$repo/bench/faults/FaultBench.java" \
    --data "$data" --repo "$repo" "${args[@]+"${args[@]}"}" || status=$?
exit "$status"
