#!/usr/bin/env bash
# Real peer: a protoJS client speaking RESP to a real redis-server, over a unix socket
# and over TCP on loopback. redis-server is started here (private temp dir, no
# persistence) and stopped at the end. Usage: tests/peers/run-redis.sh PROTOJS
set -u
protojs=${1:?usage: run-redis.sh PROTOJS}
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v redis-server >/dev/null; then
  echo "SKIP: redis-server is not installed (scripts/bootstrap.sh installs it)"
  exit 0
fi
tmp=$(mktemp -d /tmp/protojs-redis.XXXXXX)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

# Start redis on a unix socket and a loopback port; retry with another port if taken.
for attempt in 1 2 3 4 5; do
  port=$(( 20000 + (RANDOM % 10000) ))
  redis-server --port "$port" --bind 127.0.0.1 --unixsocket "$tmp/redis.sock" \
    --save '' --appendonly no --dir "$tmp" --logfile "$tmp/redis.log" --daemonize no &
  pid=$!
  for i in $(seq 1 100); do
    [ -S "$tmp/redis.sock" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  [ -S "$tmp/redis.sock" ] && break
  wait "$pid" 2>/dev/null; pid=
done
if [ -z "$pid" ]; then echo "FAIL: redis-server did not start"; cat "$tmp/redis.log"; exit 1; fi

status=0
echo "--- unix socket"
timeout 60 "$protojs" "$here/redis-client.js" "$tmp/redis.sock" || status=1
echo "--- tcp 127.0.0.1"
timeout 60 "$protojs" "$here/redis-client.js" "$port" || status=1
[ $status = 0 ] && echo "redis peer: PASS" || echo "redis peer: FAIL"
exit $status
