#!/usr/bin/env bash
# Measures published -> DELIVERED per channel against the running local platform.
#
#   deploy/local/run.sh start --detach --demo      (the demo creates hall screen hall-1)
#   bench/channels/run.sh [items] [items-per-second]
#
# The simulated Weibo API has no posting limit but channel-weibo honours Weibo's 30 posts an hour, so
# start the platform for this bench with the limit raised:
#   WEIBO_RATE_LIMIT=100000 deploy/local/run.sh start --detach --demo
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
classpath_file="$repo/bench/channels/target/classpath"
if [[ ! -s "$classpath_file" ]]; then
    mkdir -p "$(dirname "$classpath_file")"
    ./mvnw -B -q -pl channel-weibo dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=runtime >/dev/null
fi
events_jar="$(ls "$repo"/platform-events/target/platform-events-*.jar | grep -v sources | head -1)"
exec java -cp "$events_jar:$(cat "$classpath_file")" "$repo/bench/channels/ChannelLatencyBench.java" "$@"
