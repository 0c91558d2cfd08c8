#!/usr/bin/env bash
# Runs the whole platform locally on real Kafka, Elasticsearch, PostgreSQL and Redis.
#
#   deploy/local/run.sh [start] [--rebuild] [--detach] [options]   build what is missing, run everything
#   deploy/local/run.sh infra [options]                           only the four infrastructure servers
#   deploy/local/run.sh stop | status [options]
#
# Needs only a JDK 17+ (and git for the sources). See deploy/local/README.md.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
launcher_target="$repo/deploy/launcher/target"
launcher_jar="$launcher_target/launcher-0.1.0-SNAPSHOT.jar"
services=(gateway disclosure-service case-query-service search-service channel-weibo channel-wechat
    channel-bulletin portal)

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
    compgen -G "$launcher_target/dist/elasticsearch-*.zip" >/dev/null || echo "  deploy/launcher/target/dist/elasticsearch-*.zip"
    compgen -G "$launcher_target/dist/wiremock-standalone-*.jar" >/dev/null || echo "  deploy/launcher/target/dist/wiremock-standalone-*.jar"
    if [[ "$1" == "start" ]]; then
        local service
        for service in "${services[@]}"; do
            compgen -G "$repo/$service/target/$service-*-exec.jar" >/dev/null || echo "  $service/target/$service-*-exec.jar"
        done
    fi
    return 0
}

build() {
    [[ -x "$JAVA_HOME/bin/javac" ]] || die "building needs a JDK 17 or newer (with javac), but $JAVA_HOME has none;
install e.g. \`apt-get install openjdk-17-jdk\`"
    echo "building with ./mvnw -B -q -DskipTests package (the first time takes a few minutes) ..."
    (cd "$repo" && ./mvnw -B -q -DskipTests package) || die "the build failed; see the output above"
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
            -h | --help) command=help ;;
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
        stop | status | help)
            [[ -f "$launcher_jar" ]] || die "the launcher is not built; run deploy/local/run.sh first"
            launcher "$command" "${args[@]+"${args[@]}"}"
            ;;
        *)
            die "unknown command: $command (start, infra, stop, status)"
            ;;
    esac
}

main "$@"
