#!/usr/bin/env bash
# Makes sure the memcached binary is installed. The tests start their own memcached processes on
# free loopback ports (and stop them by PID), so this script starts no daemon.
set -euo pipefail
if ! command -v memcached >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || true
  apt-get install -y -qq memcached >/dev/null
fi
memcached -V
