#!/bin/bash
# Two URLs in one curl invocation reuse one connection (same client port seen twice).
protojs=${1:?protojs path}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib/serve.sh"
start_server "$protojs" "$here/fixtures/echo-server.js"
out=$(curl -s -v "http://127.0.0.1:$PORT/a" "http://127.0.0.1:$PORT/b" 2>&1) || fail "curl failed"
echo "$out" | grep -q 'Re-using existing connection' || fail "no reuse: $out"
ports=$(echo "$out" | grep -o '"port":[0-9]*' | sort -u | wc -l)
[ "$ports" -eq 1 ] || fail "two connections: $out"
[ "$(echo "$out" | grep -c '"url":"/[ab]"')" -eq 2 ] || fail "bodies: $out"
stop_server
echo ok
