#!/usr/bin/env bash
# curl as the client of a protoJS https server: certificate verification with
# --cacert, keep-alive reuse over one TLS connection, a 4 MiB upload checked by
# sha256, and curl's refusal without the CA. Usage: tests/peers/run-https-curl.sh PROTOJS
set -u
protojs=${1:?usage: run-https-curl.sh PROTOJS}
here=$(cd "$(dirname "$0")" && pwd)
ca=$here/../compat/tls/fixtures/ca.pem
for tool in curl sha256sum; do
  if ! command -v "$tool" >/dev/null; then echo "SKIP: $tool is not installed"; exit 0; fi
done
tmp=$(mktemp -d /tmp/protojs-https.XXXXXX)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
. "$here/lib/server.sh"

start_server "https server" "$here/https-server.js"
url=https://localhost:$port
# 1. Verified against the test CA; ALPN http/1.1 is what the server picks.
check "curl get" "GET /a request=1 alpn=http/1.1" "$(timeout 20 curl -sS --http1.1 --cacert "$ca" "$url/a")"
# 2. Two URLs in one curl: the second reuses the TLS connection.
out=$(timeout 20 curl -sS --http1.1 --cacert "$ca" "$url/b" "$url/c" -w '%{num_connects}\n')
check "curl keep-alive" "GET /b request=2 alpn=http/1.1|1|GET /c request=3 alpn=http/1.1|0" "$(printf '%s\n' "$out" | paste -sd'|')"
# 3. A 4 MiB upload: length and digest as curl sent them.
head -c 4194304 /dev/urandom > "$tmp/upload"
want="4194304 $(sha256sum < "$tmp/upload" | cut -d' ' -f1)"
check "curl upload" "$want" "$(timeout 30 curl -sS --http1.1 --cacert "$ca" --data-binary "@$tmp/upload" "$url/up")"
# 4. Without the CA curl refuses the certificate (exit 60).
timeout 20 curl -sS "$url/x" > /dev/null 2>&1
check "curl untrusted" "60" "$?"
# 5. -k skips verification; the server still answers.
check "curl insecure" "GET /k request=5 alpn=http/1.1" "$(timeout 20 curl -sSk --http1.1 "$url/k")"
check "curl quit" "bye" "$(timeout 20 curl -sS --http1.1 --cacert "$ca" "$url/quit")"
timeout 20 tail --pid="$pid" -f /dev/null || { echo "FAIL: the server did not exit"; status=1; }
pid=
exit $status
