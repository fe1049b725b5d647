#!/usr/bin/env bash
# Instructions per unit of work, counted by callgrind: load-independent, so a change
# to a hot path can be judged on a busy machine where requests/s are noise.
#
# usage: scripts/instr-per-request.sh PROTOJS [keepalive|close|client|connect]...
#   keepalive  the bench's hello server, per keep-alive request (4 connections)
#   close      the same server, per Connection: close request
#   client     bench/http/client-keepalive.js, per request (client and server)
#   connect    bench/net/connect-storm.js, per connection (both ends)
#   pingpong   bench/net/pingpong-1.js, per 64-byte round trip (both ends)
#   echo       the bench's echo server, per 16 KiB POST echoed (4 connections)
# Each workload runs twice (N and 3N units) and prints (I(3N) - I(N)) / 2N, so
# start-up and teardown cancel out. Needs valgrind and python3.
set -euo pipefail
rt=$(realpath "${1:?usage: scripts/instr-per-request.sh PROTOJS [workload]...}")
shift
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/client.py" <<'EOF'
import socket, sys
port, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
tail = b'a' * 64 if mode == 'echo' else b'hello world\n'
def read_reply(s):
    buf = b''
    while not buf.endswith(tail):
        d = s.recv(65536)
        if not d:
            raise SystemExit('connection closed early')
        buf += d
if mode in ('keepalive', 'echo'):
    conns = [socket.create_connection(('127.0.0.1', port)) for _ in range(4)]
    req = b'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n'
    if mode == 'echo':
        req = (b'POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n'
               b'Content-Length: 16384\r\n\r\n' + b'a' * 16384)
    for _ in range(n // 4):
        for s in conns: s.sendall(req)
        for s in conns: read_reply(s)
    for s in conns: s.close()
else:
    req = b'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'
    for _ in range(n):
        s = socket.create_connection(('127.0.0.1', port))
        s.sendall(req)
        read_reply(s)
        s.close()
EOF

# Total instructions of one run; $1 = units, the rest = how to run it.
count() {
  local n=$1 out=$work/cg.$RANDOM
  shift
  "$@" "$n" "$out" >/dev/null 2>&1
  callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}'
}

server_run() {  # mode n out
  local mode=$1 n=$2 out=$3 portfile=$work/port
  : > "$portfile"
  local server=hello
  [ "$mode" = echo ] && server=echo
  valgrind --tool=callgrind --callgrind-out-file="$out" "$rt" "$root/bench/http/lib/server.js" "$server" \
    > "$portfile" 2>/dev/null &
  local pid=$!
  for _ in $(seq 1 400); do [ -s "$portfile" ] && break; sleep 0.05; done
  python3 "$work/client.py" "$(head -1 "$portfile")" "$n" "$mode"
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
}

script_run() {  # file n out (the script reads its count from N)
  N=$2 valgrind --tool=callgrind --callgrind-out-file="$3" "$rt" "$1"
}

# A copy of a bench script whose fixed total comes from $N instead.
env_copy() {  # src const-name dest
  sed -e "s/const $2 = [0-9]*;/const $2 = +process.env.N;/" \
      -e "s#require('./lib/common')#require('$root/bench/net/lib/common')#" "$1" > "$3"
}

report() {  # name unit n run...
  local name=$1 unit=$2 n=$3
  shift 3
  local a b
  a=$(count "$n" "$@")
  b=$(count $((3 * n)) "$@")
  echo "$name: $(( (b - a) / (2 * n) )) instructions per $unit"
}

for w in "${@:-keepalive}"; do
  case $w in
    keepalive) report "http keep-alive" request 600 server_run keepalive ;;
    close) report "http Connection: close" request 300 server_run close ;;
    echo) report "http POST echo 16 KiB" request 600 server_run echo ;;
    client)
      env_copy "$root/bench/http/client-keepalive.js" TOTAL "$work/client.js"
      report "http client keep-alive" request 1000 script_run "$work/client.js" ;;
    connect)
      env_copy "$root/bench/net/connect-storm.js" TOTAL "$work/connect.js"
      report "net connect storm" connection 1000 script_run "$work/connect.js" ;;
    pingpong)
      printf "require('%s')('pp', 1, +process.env.N, 600);\n" "$root/bench/net/lib/pingpong.js" > "$work/pingpong.js"
      report "net ping-pong" "round trip" 2000 script_run "$work/pingpong.js" ;;
    *) echo "unknown workload: $w" >&2; exit 2 ;;
  esac
done
