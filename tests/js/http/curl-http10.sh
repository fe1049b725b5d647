#!/bin/bash
# HTTP/1.0 request: answered as 1.1 with Connection: close, no chunking.
protojs=${1:?protojs path}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib/serve.sh"
start_server "$protojs" "$here/fixtures/echo-server.js"
out=$(curl -s -0 -D - "http://127.0.0.1:$PORT/old") || fail "curl failed"
echo "$out" | grep -q '^Connection: close' || fail "connection: $out"
echo "$out" | grep -qi '^Transfer-Encoding' && fail "chunked to 1.0: $out"
echo "$out" | grep -q '"version":"1.0"' || fail "version: $out"
stop_server
echo ok
