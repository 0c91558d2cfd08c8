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
#   deploy/local/run.sh dead-letters [replay <topic>]             list the dead-letter topics, or replay one
#
# Needs only a JDK 17+ (and git for the sources). See deploy/local/README.md.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
launcher_target="$repo/deploy/launcher/target"
launcher_jar="$launcher_target/launcher-0.1.0-SNAPSHOT.jar"

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

# Rebuilds the search index of a running platform (search-service's ADMIN endpoint) and follows its progress.
# Logs in as the demo admin, who exists only when the platform runs with --demo; another ADMIN account can be
# given with JIANWU_ADMIN_USER and JIANWU_ADMIN_PASSWORD. Plain Java, no curl: a single-file program.
reindex() {
    local disclosure="${DISCLOSURE_URL:-http://127.0.0.1:8081}" search="${SEARCH_URL:-http://127.0.0.1:8083}"
    local user="${JIANWU_ADMIN_USER:-admin}" password="${JIANWU_ADMIN_PASSWORD:-demo-admin}"
    local folder
    folder="$(mktemp -d)"
    cat >"$folder/Reindex.java" <<'JAVA'
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Reindex {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public static void main(String[] args) throws Exception {
        // the password comes in the environment: a command line is visible to every user of the machine
        String disclosure = args[0], search = args[1], user = args[2], password = System.getenv("REINDEX_PASSWORD");
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(disclosure + "/api/auth/token"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(
                    "{\"username\":\"" + json(user) + "\",\"password\":\"" + json(password) + "\"}")), disclosure);
        if (login.statusCode() != 200) {
            fail("login as '" + user + "' at " + disclosure + " failed (HTTP " + login.statusCode() + "). The demo admin"
                    + " exists only when the platform runs with --demo; otherwise set JIANWU_ADMIN_USER and"
                    + " JIANWU_ADMIN_PASSWORD to an ADMIN account.");
        }
        String token = field(login.body(), "access_token");
        String rebuild = search + "/api/search/admin/rebuild";
        HttpResponse<String> started = send(authorized(rebuild, token).POST(HttpRequest.BodyPublishers.noBody()), search);
        if (started.statusCode() == 409) {
            System.out.println("a rebuild is running already; following it");
        }
        else if (started.statusCode() != 202) {
            fail("search-service refused the rebuild (HTTP " + started.statusCode() + "): " + started.body());
        }
        String last = "";
        while (true) {
            String body = send(authorized(rebuild, token).GET(), search).body();
            String state = field(body, "state");
            String line = state + "  " + or(field(body, "phase"), "") + "  " + field(body, "done") + "/"
                    + or(field(body, "total"), "?") + " items  " + field(body, "rate") + " items/s";
            if (!line.equals(last)) {
                System.out.println(line);
                last = line;
            }
            if ("DONE".equals(state)) {
                System.out.println("done: " + field(body, "index") + " serves " + field(body, "indexed") + " items; "
                        + or(field(body, "previousIndex"), "there was no previous index") + " deleted");
                return;
            }
            if ("FAILED".equals(state)) {
                fail("the rebuild failed: " + field(body, "error"));
            }
            Thread.sleep(1000);
        }
    }

    static HttpRequest.Builder authorized(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token);
    }

    static HttpResponse<String> send(HttpRequest.Builder request, String service) throws InterruptedException {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            fail(service + " does not answer (" + ex + "); is the platform running? (deploy/local/run.sh status)");
            return null;
        }
    }

    /** A top-level field of a JSON object: enough for the few answers read here. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}\\s]+)").matcher(json);
        if (!m.find()) {
            return null;
        }
        String value = (m.group(2) != null) ? m.group(2).replace("\\\"", "\"").replace("\\\\", "\\") : m.group(1);
        return "null".equals(value) ? null : value;
    }

    static String or(String value, String fallback) {
        return (value != null) ? value : fallback;
    }

    static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static void fail(String message) {
        System.err.println("run.sh reindex: " + message);
        System.exit(1);
    }

}
JAVA
    echo "rebuilding the search index at $search from $disclosure (as $user) ..."
    local status=0
    REINDEX_PASSWORD="$password" "$java" -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 \
        -Dsun.stderr.encoding=UTF-8 "$folder/Reindex.java" "$disclosure" "$search" "$user" || status=$?
    rm -rf "$folder"
    return "$status"
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
        stop | status | restart | dead-letters | services | help)
            [[ -f "$launcher_jar" ]] || die "the launcher is not built; run deploy/local/run.sh first"
            launcher "$command" "${args[@]+"${args[@]}"}"
            ;;
        reindex)
            reindex
            ;;
        *)
            die "unknown command: $command (start, infra, stop, status, services, restart, reindex, dead-letters)"
            ;;
    esac
}

main "$@"
