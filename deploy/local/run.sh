#!/usr/bin/env bash
# Runs the whole platform locally on real Kafka, Elasticsearch, PostgreSQL and Redis.
#
#   deploy/local/run.sh [start] [--rebuild] [--detach] [options]   build what is missing, run everything
#   deploy/local/run.sh infra [options]                           only the four infrastructure servers
#   deploy/local/run.sh stop | status [options]
#   deploy/local/run.sh services                                  the platform's services and ports (platform-catalogue)
#   deploy/local/run.sh restart <name>                            stop one part (channel-weibo, kafka, ...) if it
#                                                                 runs, start it again, wait until it is healthy
#   deploy/local/run.sh reindex                                   rebuild the search index from disclosure-service
#   deploy/local/run.sh replay-reports                            rebuild report-service's read model from the topics
#   deploy/local/run.sh dead-letters [replay <topic>]             list the dead-letter topics, or replay one
#   deploy/local/run.sh topics [--create]                         the topics the platform needs, who writes/reads them
#                                                                 (these four: the operator tool, deploy/ops)
#
# Needs only a JDK 17+ (and git for the sources). See deploy/local/README.md.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
launcher_target="$repo/deploy/launcher/target"
launcher_jar="$launcher_target/launcher-0.1.0-SNAPSHOT.jar"
ops_target="$repo/deploy/ops/target"
ops_jar="$ops_target/ops-0.1.0-SNAPSHOT.jar"

die() {
    echo "run.sh: $*" >&2
    exit 1
}

find_java() {
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
        java="$JAVA_HOME/bin/java"
    elif command -v java >/dev/null 2>&1; then
        java="$(command -v java)"
        unset JAVA_HOME
    else
        die "JDK 17 or newer is required, and no java was found (JAVA_HOME or PATH);
install e.g. \`apt-get install openjdk-17-jdk\`"
    fi
    local version major
    version="$("$java" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')"
    major="${version%%.*}"
    if [[ "$major" == "1" ]]; then
        major="$(echo "$version" | cut -d. -f2)"
    fi
    if ! [[ "$major" =~ ^[0-9]+$ ]] || ((major < 17)); then
        die "JDK 17 or newer is required, but $java is version ${version:-unknown};
install e.g. \`apt-get install openjdk-17-jdk\` (and set JAVA_HOME)"
    fi
    if [[ -z "${JAVA_HOME:-}" ]]; then
        # the Maven wrapper wants it too
        JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$java")")")"
        export JAVA_HOME
    fi
}

# What the launcher needs from the build; prints the missing pieces.
missing_artifacts() {
    [[ -f "$launcher_jar" ]] || echo "  deploy/launcher/target/launcher-0.1.0-SNAPSHOT.jar"
    [[ -d "$launcher_target/lib" ]] || echo "  deploy/launcher/target/lib/"
    [[ -f "$ops_jar" ]] || echo "  deploy/ops/target/ops-0.1.0-SNAPSHOT.jar"
    compgen -G "$launcher_target/dist/elasticsearch-*.zip" >/dev/null || echo "  deploy/launcher/target/dist/elasticsearch-*.zip"
    compgen -G "$launcher_target/dist/wiremock-standalone-*.jar" >/dev/null || echo "  deploy/launcher/target/dist/wiremock-standalone-*.jar"
    compgen -G "$launcher_target/dist/simulators-*.jar" >/dev/null || echo "  deploy/launcher/target/dist/simulators-*.jar"
    if [[ "$1" == "start" && -f "$launcher_jar" && -d "$launcher_target/lib" ]]; then
        local service
        for service in $(service_modules); do
            compgen -G "$repo/$service/target/$service-*-exec.jar" >/dev/null || echo "  $service/target/$service-*-exec.jar"
        done
    fi
    return 0
}

# The services' modules, as platform-catalogue lists them (asked of the launcher).
service_modules() {
    "$java" -Xms16m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$launcher_jar:$launcher_target/lib/*" \
        cn.jianwu.launcher.Launcher services | awk '{ print $1 }'
}

build() {
    [[ -x "$JAVA_HOME/bin/javac" ]] || die "building needs a JDK 17 or newer (with javac), but $JAVA_HOME has none;
install e.g. \`apt-get install openjdk-17-jdk\`"
    # One line per module as Maven reaches it (the first build downloads for minutes and was silent); the whole
    # output is kept, and its end shown if the build fails.
    local log
    log="$(mktemp -t jianwu-build.XXXXXX)"
    echo "building with ./mvnw -B -DskipTests package (the first time takes a few minutes; full log: $log) ..."
    if ! (cd "$repo" && ./mvnw -B -ntp -DskipTests package 2>&1 | tee "$log" \
            | { grep --line-buffered -E '^\[INFO\] Building [^ ]+ [0-9]' || true; } | sed -u 's/^\[INFO\] /  /'); then
        tail -n 40 "$log" >&2
        die "the build failed; the whole output is in $log"
    fi
}

launcher() {
    exec "$java" -Xms16m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djianwu.repository="$repo" \
        -cp "$launcher_jar:$launcher_target/lib/*" cn.jianwu.launcher.Launcher "$@"
}

# The data folder, as the launcher will choose it (for --detach).
data_folder() {
    local data="${JIANWU_DATA:-$repo/deploy/local/data}" previous=""
    local arg
    for arg in "$@"; do
        if [[ "$previous" == "--data" ]]; then
            data="$arg"
        fi
        previous="$arg"
    done
    mkdir -p "$data"
    (cd "$data" && pwd)
}

detach() {
    local data log ready pid offset
    data="$(data_folder "$@")"
    log="$data/logs/launcher.log"
    ready="$data/run/ready"
    mkdir -p "$data/logs" "$data/run"
    touch "$log"
    offset=$(($(wc -c <"$log") + 1))
    local starter=()
    command -v setsid >/dev/null 2>&1 && starter=(setsid)
    local run_id="$$-$RANDOM"
    JIANWU_RUN_ID="$run_id" nohup "${starter[@]}" "$java" -Xms16m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
        -Djianwu.repository="$repo" -cp "$launcher_jar:$launcher_target/lib/*" \
        cn.jianwu.launcher.Launcher "$@" >>"$log" 2>&1 </dev/null &
    pid=$!
    echo "launcher started in the background (pid $pid); log: $log"
    echo "waiting until everything is up ..."
    while ! grep -qs "run $run_id" "$ready"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "the launcher ended before everything was up; its output:" >&2
            tail -c +"$offset" "$log" | tail -n 60 >&2
            exit 1
        fi
        sleep 1
    done
    tail -c +"$offset" "$log" | sed -n '/  NAME /,/Stop with/p'
}

# The operator tool (deploy/ops): dead letters, the rebuilds of the search index and of report-service's read model,
# and the topics, here against the local run. reindex and replay-reports log in as the demo admin, who exists only
# when the platform runs with --demo; another ADMIN account can be given with JIANWU_ADMIN_USER and
# JIANWU_ADMIN_PASSWORD.
ops() {
    [[ -f "$ops_jar" && -d "$ops_target/lib" ]] || die "the operator tool is not built; run ./mvnw -pl deploy/ops -am -DskipTests package
(or deploy/local/run.sh --rebuild)"
    if [[ "$1" == "reindex" || "$1" == "replay-reports" ]]; then
        export JIANWU_ADMIN_PASSWORD="${JIANWU_ADMIN_PASSWORD:-demo-admin}"
    fi
    exec "$java" -Xms16m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 \
        -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -cp "$ops_jar:$ops_target/lib/*" cn.jianwu.ops.Ops "$@"
}

main() {
    local command="start"
    if [[ $# -gt 0 && "$1" != -* ]]; then
        command="$1"
        shift
    fi
    local rebuild=false detach=false args=()
    local arg
    for arg in "$@"; do
        case "$arg" in
            --rebuild) rebuild=true ;;
            --detach) detach=true ;;
            -h | --help)
                # the operator tool has its own usage
                if [[ "$command" == dead-letters || "$command" == reindex || "$command" == replay-reports \
                    || "$command" == topics ]]; then
                    args+=("$arg")
                else
                    command=help
                fi
                ;;
            *) args+=("$arg") ;;
        esac
    done
    find_java
    case "$command" in
        start | infra)
            local missing
            missing="$(missing_artifacts "$command")"
            if [[ "$rebuild" == true ]]; then
                build
            elif [[ -n "$missing" ]]; then
                echo "not built yet:"
                echo "$missing"
                build
            fi
            missing="$(missing_artifacts "$command")"
            [[ -z "$missing" ]] || die "still missing after the build:
$missing"
            if [[ "$detach" == true ]]; then
                detach "$command" "${args[@]+"${args[@]}"}"
            else
                launcher "$command" "${args[@]+"${args[@]}"}"
            fi
            ;;
        stop | status | restart | services | help)
            [[ -f "$launcher_jar" ]] || die "the launcher is not built; run deploy/local/run.sh first"
            launcher "$command" "${args[@]+"${args[@]}"}"
            ;;
        dead-letters | reindex | replay-reports | topics)
            ops "$command" "${args[@]+"${args[@]}"}"
            ;;
        *)
            die "unknown command: $command (start, infra, stop, status, services, restart, reindex, replay-reports, dead-letters, topics)"
            ;;
    esac
}

main "$@"
