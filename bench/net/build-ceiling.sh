#!/usr/bin/env bash
# Builds bench/net/ceiling.c (plain C on libuv: the ceiling for the net benches) into
# build-bench/ceiling (git-ignored). Usage: bash bench/net/build-ceiling.sh [run]
# With "run" it also runs every workload, the listen-then-close startup timing and
# wrk against `ceiling http` (keep-alive and Connection: close).
# (bench/run.sh passes a runtime path as the argument: then this only builds.)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/build-bench"
mkdir -p "$out"
cc -O2 -Wall -Wextra -o "$out/ceiling" "$root/bench/net/ceiling.c" $(pkg-config --cflags --libs libuv)
if [ "${1:-}" = run ]; then
  "$out/ceiling" all
  bash "$root/bench/net/startup-listen-close.sh" "$out/ceiling"
  # The http ceiling: the hello server's bytes from C, under the http benches' wrk.
  port_file=$(mktemp)
  "$out/ceiling" http > "$port_file" &
  pid=$!
  for _ in $(seq 1 100); do [ -s "$port_file" ] && break; sleep 0.05; done
  url="http://127.0.0.1:$(head -1 "$port_file")/"
  ka=$(wrk -t1 -c50 -d5s "$url" | awk '/Requests\/sec/ {print $2}')
  close=$(wrk -t1 -c50 -d5s -H 'Connection: close' "$url" | awk '/Requests\/sec/ {print $2}')
  kill "$pid"
  rm -f "$port_file"
  echo "METRIC http_hello_keepalive_rps $ka req/s higher"
  echo "METRIC http_hello_close_rps $close req/s higher"
fi
