#!/usr/bin/env bash
# The Quarkus rows of the benchmarks (benchmarks/run.sh --quarkus): the packaged examples/quarkus,
# side by side in one run, each figure a ratio against a baseline measured in the same run:
#   1. /livez against the example's bare endpoint /api/ping (requests/s and p99);
#   2. /readyz against /q/health/ready (Quarkus's own Agroal datasource check beside djk8s's
#      checks) on the real PostgreSQL;
#   3. the same with the PostgreSQL datasource black-holed;
#   4. /api/ping's p99 while /readyz is hammered, against the same while /q/health/ready is.
# Needs wrk and PostgreSQL on 127.0.0.1:5432 (trust, database test). SECONDS_PER_ROW (default 10)
# sets each wrk run's length; QUARKUS_RUN_JAR runs an already packaged example instead.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${SECONDS_PER_ROW:-10}
jar=${QUARKUS_RUN_JAR:-examples/quarkus/target/quarkus-app/quarkus-run.jar}
if [ -z "${QUARKUS_RUN_JAR:-}" ] && { [ ! -f "$jar" ] || [ -n "$(find djk8s-core/src djk8s-quarkus examples/quarkus/src -newer "$jar" -print -quit)" ]; }; then
  echo "building examples/quarkus" >&2
  ./mvnw -B -q -DskipTests package -pl examples/quarkus -am
fi
work=benchmarks/target/quarkus
mkdir -p "$work"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

java benchmarks/quarkus/BlackHolePort.java > "$work/blackhole.port" &
pids+=($!)
until [ -s "$work/blackhole.port" ]; do sleep 0.2; done
hole=$(cat "$work/blackhole.port")

# start NAME PG_PORT: the example with its PostgreSQL datasource at 127.0.0.1:PG_PORT; prints its URL
start() {
  local log="$work/$1.log"
  QUARKUS_HTTP_PORT=0 QUARKUS_DATASOURCE_POSTGRESQL_ACTIVE=true \
    QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL="jdbc:postgresql://127.0.0.1:$2/test?connectTimeout=5&loginTimeout=5" \
    java -Xmx256m -jar "$jar" > "$log" 2>&1 &
  pids+=($!)
  local url=""
  for _ in $(seq 1 300); do
    url=$(grep -o 'Listening on: http://[0-9.:]*' "$log" | head -1 | sed 's/Listening on: //') || true
    [ -n "$url" ] && break
    sleep 0.2
  done
  [ -n "$url" ] || { echo "the example did not start; see $log" >&2; exit 1; }
  echo "$url"
}

# measure URL CONNECTIONS: "requests/s p99-ms" from wrk
measure() {
  local out
  out=$(wrk -t2 -c"$2" -d"${seconds}s" --timeout 10s --latency "$1")
  local rps p99
  rps=$(awk '/^Requests\/sec/ {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' <<< "$out")
  echo "${rps:-0} ${p99:-0}"
}

# while_hammered HAMMERED_URL PING_URL: the ping's "requests/s p99-ms" while 50 connections hammer
while_hammered() {
  wrk -t1 -c50 -d"$((seconds + 2))s" --timeout 10s "$1" > /dev/null &
  local load=$!
  sleep 1
  measure "$2" 4
  wait "$load" || true
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f", a / b }'; }

real=$(start real 5432)
for path in livez api/ping readyz q/health/ready; do curl -s -o /dev/null "$real/$path" || true; done
read -r livez_rps livez_p99 < <(measure "$real/livez" 32)
read -r ping_rps ping_p99 < <(measure "$real/api/ping" 32)
read -r ready_rps ready_p99 < <(measure "$real/readyz" 32)
read -r health_rps health_p99 < <(measure "$real/q/health/ready" 32)

hole_url=$(start blackhole "$hole")
read -r hready_rps hready_p99 < <(measure "$hole_url/readyz" 32)
read -r hhealth_rps hhealth_p99 < <(measure "$hole_url/q/health/ready" 32)
read -r _ ping_ready_p99 < <(while_hammered "$hole_url/readyz" "$hole_url/api/ping")
read -r _ ping_health_p99 < <(while_hammered "$hole_url/q/health/ready" "$hole_url/api/ping")

cat <<REPORT
| Quarkus row (examples/quarkus, ${seconds} s per wrk run, $(nproc) cores) | measured | baseline | ratio |
|---|---|---|---|
| 1. /livez vs bare /api/ping, requests/s | ${livez_rps} | ${ping_rps} | $(ratio "$livez_rps" "$ping_rps") |
| 1. /livez vs bare /api/ping, p99 ms | ${livez_p99} | ${ping_p99} | $(ratio "$livez_p99" "$ping_p99") |
| 2. PostgreSQL up: /readyz vs /q/health/ready, requests/s | ${ready_rps} | ${health_rps} | $(ratio "$ready_rps" "$health_rps") |
| 2. PostgreSQL up: /readyz vs /q/health/ready, p99 ms | ${ready_p99} | ${health_p99} | $(ratio "$ready_p99" "$health_p99") |
| 3. black-holed: /readyz vs /q/health/ready, requests/s | ${hready_rps} | ${hhealth_rps} | $(ratio "$hready_rps" "$hhealth_rps") |
| 3. black-holed: /readyz vs /q/health/ready, p99 ms | ${hready_p99} | ${hhealth_p99} | $(ratio "$hready_p99" "$hhealth_p99") |
| 4. black-holed: /api/ping p99 ms, /readyz hammered vs /q/health/ready hammered | ${ping_ready_p99} | ${ping_health_p99} | $(ratio "$ping_ready_p99" "$ping_health_p99") |
REPORT
