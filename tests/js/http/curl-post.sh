#!/bin/bash
# curl POST with a Content-Length body; the server sees the body and its length.
protojs=${1:?protojs path}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib/serve.sh"
start_server "$protojs" "$here/fixtures/echo-server.js"
out=$(curl -s --data-binary 'name=value&x=y' "http://127.0.0.1:$PORT/form") || fail "curl failed"
echo "$out" | grep -q '"method":"POST","url":"/form","version":"1.1","te":null,"length":"14","body":"name=value&x=y"' || fail "body: $out"
big=$(head -c 300000 /dev/zero | tr '\0' 'b')
out=$(printf '%s' "$big" | curl -s --data-binary @- "http://127.0.0.1:$PORT/big") || fail "curl big failed"
echo "$out" | grep -q '"length":"300000"' || fail "big length: ${out:0:200}"
[[ "$out" == *"\"body\":\"$big\""* ]] || fail "big body"
stop_server
echo ok
