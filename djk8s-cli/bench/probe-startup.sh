#!/bin/sh
# Measures the exec probe's cost: wall and CPU time of `probe --live` and `probe --ready` in each
# mode, next to a JVM hello-world and curl. Needs hyperfine (apt-get install -y hyperfine), a
# PostgreSQL on 127.0.0.1:5432 (user postgres, database test) and the packaged modules:
#   ./mvnw -B -q package -pl djk8s-cli,examples/quickstart -am -DskipTests
#   djk8s-cli/bench/probe-startup.sh            # results in djk8s-cli/target/bench/
# Environment: RUNS (default 30), WARMUP (default 3), PGURL (the in-process datasource).
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
cli="$root/djk8s-cli/target"
out="$cli/bench"
mkdir -p "$out"
runs=${RUNS:-30}
warmup=${WARMUP:-3}
pgurl=${PGURL:-jdbc:postgresql://127.0.0.1:5432/test}
status=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# The application: the quickstart on PostgreSQL, refreshing status files every 2 s.
QUICKSTART_PORT=$port QUICKSTART_DATASOURCE_URL="$pgurl?user=postgres" \
  DJK8S_STATUS_DIR=$status DJK8S_STATUS_INTERVAL=2s \
  java -Dsun.net.httpserver.nodelay=true -jar "$root/examples/quickstart/target/djk8s-quickstart.jar" \
  > "$out/quickstart.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$status" "$out/hello"' EXIT
i=0
until curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do
  i=$((i + 1)); [ $i -lt 300 ] || { echo "quickstart did not start"; exit 1; }; sleep 0.2
done

mkdir -p "$out/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("Ok"); } }\n' \
  > "$out/hello/Hello.java"
javac -d "$out/hello" "$out/hello/Hello.java"

export DJK8S_DATASOURCE_DEFAULT_URL="$pgurl" DJK8S_DATASOURCE_DEFAULT_USERNAME=postgres
export DJK8S_READINESS_PROBES=database DJK8S_PROBE_TIMEOUT=5s
DJK8S_DATASOURCE_DEFAULT_URL="$pgurl" sh "$cli/djk8s-cds"

url="http://127.0.0.1:$port"
plain="java -jar $cli/djk8s-cli.jar"
tuned="$cli/djk8s"
hyperfine -N --warmup "$warmup" --runs "$runs" \
  --export-markdown "$out/probe-startup.md" --export-json "$out/probe-startup.json" \
  -n "java hello-world" "java -cp $out/hello Hello" \
  -n "java hello-world (tuned flags)" "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -cp $out/hello Hello" \
  -n "curl /livez" "curl -fsS $url/livez" \
  -n "curl /readyz" "curl -fsS $url/readyz" \
  -n "client --live (java -jar)" "$plain probe --live --url $url" \
  -n "client --ready (java -jar)" "$plain probe --ready --url $url" \
  -n "client --live (launcher+CDS)" "$tuned probe --live --url $url" \
  -n "client --ready (launcher+CDS)" "$tuned probe --ready --url $url" \
  -n "file --live (java -jar)" "$plain probe --live --status-dir $status" \
  -n "file --ready (java -jar)" "$plain probe --ready --status-dir $status" \
  -n "file --live (launcher+CDS)" "$tuned probe --live --status-dir $status" \
  -n "file --ready (launcher+CDS)" "$tuned probe --ready --status-dir $status" \
  -n "in-process --live (java -jar)" "$plain probe --live" \
  -n "in-process --ready (java -jar)" "$plain probe --ready" \
  -n "in-process --live (launcher+CDS)" "$tuned probe --live" \
  -n "in-process --ready (launcher+CDS)" "$tuned probe --ready"
python3 - "$out/probe-startup.json" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))["results"]
print("| command | wall median ms | wall mean ms | user ms | system ms | CPU ms |")
print("|---|---:|---:|---:|---:|---:|")
for r in rows:
    print("| %s | %.0f | %.0f | %.0f | %.0f | %.0f |" % (
        r["command"], r["median"] * 1000, r["mean"] * 1000, r["user"] * 1000,
        r["system"] * 1000, (r["user"] + r["system"]) * 1000))
PY
