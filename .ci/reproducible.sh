#!/usr/bin/env bash
# Proves the build reproducible: builds the given modules (default: djk8s, the runtime jar, with
# the modules it needs) twice, from two copies of the working tree in two different directories,
# each from clean, and compares every jar the two builds made byte for byte.
# Usage: .ci/reproducible.sh [MODULES] [extra Maven arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
modules=${1:-djk8s}
shift || true
work=$(mktemp -d "${TMPDIR:-/tmp}/djk8s-reproducible.XXXXXX")
trap 'rm -rf "$work"' EXIT
for build in first second; do
  mkdir -p "$work/$build"
  tar --exclude=./target --exclude='*/target' --exclude=./.git --exclude='*/node_modules' -cf - . \
    | tar -C "$work/$build" -xf -
  (cd "$work/$build" && ./mvnw -B -q package -Dmaven.test.skip=true -pl "$modules" -am "$@")
done
compared=0
different=0
while IFS= read -r jar; do
  relative=${jar#"$work/first/"}
  if ! cmp -s "$jar" "$work/second/$relative"; then
    echo "differs: $relative" >&2
    different=$((different + 1))
  fi
  compared=$((compared + 1))
done < <(find "$work/first" -regex '.*/target/[^/]*\.jar' | sort)
if [ "$compared" -eq 0 ]; then
  echo "no jar built for $modules" >&2
  exit 1
fi
if [ "$different" -ne 0 ]; then
  echo "$different of $compared jars differ between two clean builds" >&2
  exit 1
fi
echo "reproducible: $compared jars byte-identical in two clean builds ($modules)"
find "$work/first" -regex '.*/target/[^/]*\.jar' -exec sha256sum {} + \
  | sed "s|$work/first/||" | sort -k2
