#!/usr/bin/env bash
# Resource exhaustion: an http server runs under `ulimit -n 64` while a client (normal
# limit) holds 200 connections, more than the server's fds allow. Accept must fail
# gracefully: the server keeps running, cuts what it cannot hold (libuv accepts and
# closes them), reports 'error' only if Node does, and serves again once the
# connections are gone; it then closes cleanly. The same scenario runs under node
# (if present) and the server's 'error' events must be the same.
# Usage: fd-exhaustion.sh /path/to/protojs
set -uo pipefail
protojs=${1:?usage: fd-exhaustion.sh PROTOJS}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() { echo "FAIL: $*"; exit 1; }

# run_scenario RUNTIME NAME: server under the low limit, client beside it; leaves the
# client's key=value lines in $tmp/NAME.client and the server's output in NAME.server.
run_scenario() {
  local runtime=$1 name=$2 port="" pid
  ( ulimit -n 64 && exec "$runtime" "$here/fixtures/fd-server.js" ) > "$tmp/$name.server" 2>&1 &
  pid=$!
  for _ in $(seq 1 200); do
    port=$(head -1 "$tmp/$name.server" 2>/dev/null)
    [ -n "$port" ] && break
    sleep 0.05
  done
  [ -n "$port" ] || { kill "$pid"; fail "$name: server did not start: $(cat "$tmp/$name.server")"; }
  timeout 120 "$runtime" "$here/fixtures/fd-client.js" "$port" 200 > "$tmp/$name.client" 2>&1 ||
    { kill "$pid"; cat "$tmp/$name.client"; fail "$name: client failed"; }
  # /quit closes the server: it must exit by itself, with code 0.
  for _ in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  kill -0 "$pid" 2>/dev/null && { kill "$pid"; fail "$name: server still running after /quit"; }
  wait "$pid" || fail "$name: server exited with $?: $(cat "$tmp/$name.server")"
  grep -qx closed "$tmp/$name.server" || fail "$name: server did not close: $(cat "$tmp/$name.server")"
}

value() { sed -n "s/^$2=//p" "$tmp/$1.client"; }

run_scenario "$protojs" protojs
cut=$(value protojs held_cut_by_server)
[ "${cut:-0}" -gt 0 ] || fail "the server never ran out of fds (no held connection was cut)"
[ "$(value protojs server_connections)" = 1 ] || fail "server still holds connections: $(value protojs server_connections)"
if command -v node > /dev/null; then
  run_scenario node node
  [ "$(value protojs server_errors)" = "$(value node server_errors)" ] ||
    fail "server 'error' events differ: protojs $(value protojs server_errors), node $(value node server_errors)"
  echo "node: server errors $(value node server_errors), held connections cut $(value node held_cut_by_server)"
fi
echo "fd exhaustion: faults injected: $(value protojs faults), good requests served: $(value protojs good_served)," \
     "held connections cut: $cut, server errors: $(value protojs server_errors)"
