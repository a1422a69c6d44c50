#!/usr/bin/env bash
# Makes sure dash and busybox are installed: the exec-probe launcher (bin/djk8s-status) is tested
# under both shells (StatusFileConformanceIT), and CI=true makes those tests fail without them.
set -euo pipefail
missing=()
command -v dash >/dev/null 2>&1 || missing+=(dash)
command -v busybox >/dev/null 2>&1 || missing+=(busybox)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || true
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v busybox
command -v dash
