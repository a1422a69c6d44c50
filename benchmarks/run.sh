#!/usr/bin/env bash
# Runs every djk8s benchmark on the embedded runtime against PostgreSQL and writes
# benchmarks/RESULTS.md and benchmarks/results.png (see docs/readme-benchmarks.md).
#
#   benchmarks/run.sh            full run (~9 minutes), rewrites benchmarks/RESULTS.md
#   benchmarks/run.sh --smoke    seconds, no thresholds, writes benchmarks/target/smoke/
#
# Other arguments go to io.djk8s.benchmarks.harness.BenchmarkMain (--only livez,storm,policy,...,
# --cli-jar PATH, --postgres HOST:PORT). Needs: a JDK 17+, PostgreSQL on 127.0.0.1:5432 with
# trust authentication for user postgres (the benchmark creates role and database djk8s_bench),
# and wrk, hyperfine and curl, which are installed from Debian's packages when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# The Quarkus rows (benchmarks/quarkus/run.sh): benchmarks/run.sh --quarkus
if [ "${1:-}" = --quarkus ]; then
  shift
  exec benchmarks/quarkus/run.sh "$@"
fi

missing=()
for tool in wrk hyperfine curl; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${missing[*]} from Debian's packages" >&2
  $sudo apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 \
    || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q "${missing[@]}" >/dev/null; }
fi

jar=benchmarks/target/djk8s-benchmarks.jar
modules=benchmarks
stale=no
[ -f "$jar" ] || stale=yes
[ "$stale" = yes ] || [ -z "$(find djk8s-api/src djk8s-core/src djk8s/src djk8s-grpc/src benchmarks/src benchmarks/pom.xml -newer "$jar" -print -quit)" ] || stale=yes
if [ -f djk8s-cli/pom.xml ] && [ -z "${DJK8S_CLI_JAR:-}" ]; then
  # the command-line probe measured in row 5, when this checkout has the cli module
  modules=benchmarks,djk8s-cli
  [ -f djk8s-cli/target/djk8s-cli.jar ] || stale=yes
fi
if [ "$stale" = yes ]; then
  echo "building $modules" >&2
  ./mvnw -B -q -DskipTests package -pl "$modules" -am
fi

exec java -Xmx512m -Djava.util.logging.config.file=/dev/null -jar "$jar" "$@"
