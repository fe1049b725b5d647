#!/usr/bin/env bash
# Real peers: socat and OpenBSD nc as clients of a protoJS echo server, over TCP on
# loopback and over a unix socket, with small messages and a 16 MiB payload checked
# by sha256. Usage: tests/peers/run-socat.sh PROTOJS
set -u
protojs=${1:?usage: run-socat.sh PROTOJS}
here=$(cd "$(dirname "$0")" && pwd)
for tool in socat nc sha256sum; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (scripts/bootstrap.sh installs socat and netcat-openbsd)"
    exit 0
  fi
done
tmp=$(mktemp -d /tmp/protojs-socat.XXXXXX)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
. "$here/lib/server.sh"

CONNECTIONS=6
start_server "echo server" "$here/echo-server.js" "$CONNECTIONS" "$tmp/echo.sock"
# 1. socat over TCP: a line echoed back (socat half-closes after stdin EOF).
check "socat tcp line" "hello from socat" "$(echo 'hello from socat' | timeout 20 socat -t 5 - TCP:127.0.0.1:$port)"
# 2. nc over TCP: -N shuts down the write side at EOF, the echo still arrives.
check "nc tcp" "hello from nc" "$(echo 'hello from nc' | timeout 20 nc -N 127.0.0.1 "$port")"
# 3. socat over the unix socket.
check "socat unix" "over unix" "$(echo 'over unix' | timeout 20 socat -t 5 - UNIX-CONNECT:$tmp/echo.sock)"
# 4. nc over the unix socket.
check "nc unix" "nc unix" "$(echo 'nc unix' | timeout 20 nc -N -U "$tmp/echo.sock")"
# 5. 16 MiB of random bytes through socat: the echo is identical (sha256).
head -c $((16 * 1024 * 1024)) /dev/urandom > "$tmp/payload"
want=$(sha256sum < "$tmp/payload" | cut -d' ' -f1)
got=$(timeout 60 socat -t 30 -b 65536 - TCP:127.0.0.1:$port < "$tmp/payload" | sha256sum | cut -d' ' -f1)
check "socat 16 MiB sha256" "$want" "$got"
# 6. The same payload through nc over the unix socket.
got=$(timeout 60 nc -N -U "$tmp/echo.sock" < "$tmp/payload" | sha256sum | cut -d' ' -f1)
check "nc unix 16 MiB sha256" "$want" "$got"

# The server exits by itself after the six connections closed.
for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
if kill -0 "$pid" 2>/dev/null; then echo "FAIL: server still running after all connections closed"; status=1
else wait "$pid"; rc=$?; check "server exit code" 0 "$rc"; pid=; fi
[ -s "$tmp/server.err" ] && { echo "--- server stderr:"; head -20 "$tmp/server.err"; }
[ $status = 0 ] && echo "socat/nc peers: PASS" || echo "socat/nc peers: FAIL"
exit $status
