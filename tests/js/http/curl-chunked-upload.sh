#!/bin/bash
# curl chunked upload (Transfer-Encoding: chunked from stdin).
protojs=${1:?protojs path}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib/serve.sh"
start_server "$protojs" "$here/fixtures/echo-server.js"
out=$(printf 'chunk-one chunk-two' | curl -s -H 'Transfer-Encoding: chunked' --data-binary @- "http://127.0.0.1:$PORT/up") || fail "curl failed"
echo "$out" | grep -q '"te":"chunked","length":null,"body":"chunk-one chunk-two"' || fail "body: $out"
stop_server
echo ok
