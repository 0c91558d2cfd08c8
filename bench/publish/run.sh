#!/usr/bin/env bash
# Approve -> DELIVERED per channel through the staff API of the running local platform.
#
#   WEIBO_RATE_LIMIT=100000 WECHAT_RATE_LIMIT=100000 JIANWU_DATA=/tmp/jianwu-publish-bench \
#       deploy/local/run.sh start --detach --demo
#   bench/publish/run.sh [items] [seconds-between-items]        # default 50 items, one every 1.5 s
#   JIANWU_DATA=/tmp/jianwu-publish-bench deploy/local/run.sh stop
#
# The simulated Weibo and WeChat APIs have no limits, but the adapters keep the real ones (Weibo 30 posts an
# hour, WeChat 20 in 10 minutes): start the platform for this bench with them raised, as above.
# Plain Java (a single-file program), no dependencies.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
exec java -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 "$repo/bench/publish/PublishBench.java" "$@"
