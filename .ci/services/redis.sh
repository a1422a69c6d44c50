#!/usr/bin/env bash
# Makes sure a Redis answers PING on 127.0.0.1:6379 (the redis probe's tests PING it, read-only)
# and that redis-server is installed (the AUTH tests start a private one on a free port), with
# openssl, which makes the self-signed certificate of the TLS tests (RedisTlsIT, HttpsProbeIT).
# Leaves a Redis that already answers alone.
set -euo pipefail
if ! command -v redis-server >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || true
  apt-get install -y -qq redis-server >/dev/null
fi
if ! command -v openssl >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || true
  apt-get install -y -qq openssl >/dev/null
fi
if [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null || true)" != "PONG" ]; then
  redis-server --bind 127.0.0.1 --port 6379 --save '' --appendonly no --daemonize yes
  for _ in $(seq 1 50); do
    [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null || true)" = "PONG" ] && break
    sleep 0.1
  done
fi
redis-cli -h 127.0.0.1 -p 6379 ping
