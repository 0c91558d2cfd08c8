#!/usr/bin/env bash
# Benchmark of search-service against Elasticsearch on this machine (see bench/search/README.md).
#
#   bench/search/run.sh [--items 100000] [--rate 10] [--seconds 120] [--warmup 60] [--es-heap 1g] [--work DIR]
#                       [--reuse] [--rebuild]
#
# Builds search-service if its jar is missing (or with --rebuild), compiles the benchmark against the
# service's own classes, then runs it: a real Elasticsearch node and Kafka broker (infra-local) and the
# packaged service, each as its own process, in $TMPDIR/jianwu-bench-search. All are stopped at the end.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${TMPDIR:-/tmp}/jianwu-bench-search-build"
args=()
rebuild=false
for arg in "$@"; do
    if [[ "$arg" == "--rebuild" ]]; then rebuild=true; else args+=("$arg"); fi
done

cd "$repo"
jar="$(ls search-service/target/search-service-*-exec.jar 2>/dev/null | head -1 || true)"
mkdir -p "$work"
if [[ "$rebuild" == true || -z "$jar" || ! -f "$work/classpath.txt" ]]; then
    echo "building search-service and the benchmark's class path (./mvnw) ..."
    # package gives the exec jar; build-classpath (run in the same reactor, so our modules resolve to the
    # jars just built) gives search-service's test class path: the service's classes, infra-local and Kafka.
    ./mvnw -B -q -DskipTests -pl search-service -am package dependency:build-classpath \
        -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=test
    jar="$(ls search-service/target/search-service-*-exec.jar | head -1)"
fi
classpath="$repo/search-service/target/classes:$(cat "$work/classpath.txt")"
zip="$(tr ':' '\n' <"$work/classpath.txt" | grep -m1 'elasticsearch-[0-9.]*\.zip$' || true)"
if [[ -z "$zip" ]]; then
    zip="$HOME/.m2/repository/org/elasticsearch/distribution/integ-test-zip/elasticsearch/8.19.2/elasticsearch-8.19.2.zip"
fi
[[ -f "$zip" ]] || { echo "no Elasticsearch distribution at $zip (build search-service's tests once)" >&2; exit 1; }

rm -rf "$work/classes"
javac -encoding UTF-8 -proc:none -d "$work/classes" -cp "$classpath" bench/search/src/cn/jianwu/bench/search/*.java
exec java -Xms256m -Xmx1g -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -cp "$work/classes:$classpath" \
    cn.jianwu.bench.search.SearchBenchmark --elasticsearch-zip "$zip" --service-jar "$repo/$jar" "${args[@]+"${args[@]}"}"
