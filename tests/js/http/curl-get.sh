#!/bin/bash
# curl GET against the protoJS server: status, JSON body, keep-alive headers.
protojs=${1:?protojs path}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib/serve.sh"
start_server "$protojs" "$here/fixtures/echo-server.js"
out=$(curl -s -D - "http://127.0.0.1:$PORT/hello?x=1") || fail "curl failed"
echo "$out" | grep -q '^HTTP/1.1 200 OK' || fail "status: $out"
echo "$out" | grep -q '^Connection: keep-alive' || fail "keep-alive: $out"
echo "$out" | grep -q '^Date: ' || fail "date: $out"
echo "$out" | grep -q '"method":"GET","url":"/hello?x=1","version":"1.1"' || fail "body: $out"
stop_server
echo ok
