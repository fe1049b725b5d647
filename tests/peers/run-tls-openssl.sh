#!/usr/bin/env bash
# Real TLS peers: openssl s_client against a protoJS TLS server (verification,
# SNI, ALPN, TLS 1.2 and 1.3, echo), and a protoJS client against openssl
# s_server. Usage: tests/peers/run-tls-openssl.sh PROTOJS
set -u
protojs=${1:?usage: run-tls-openssl.sh PROTOJS}
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$here/../compat/tls/fixtures
if ! command -v openssl >/dev/null; then echo "SKIP: openssl is not installed"; exit 0; fi
tmp=$(mktemp -d /tmp/protojs-tls.XXXXXX)
pid=
spid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "$spid" ] && kill "$spid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
. "$here/lib/server.sh"

CONNECTIONS=2  # secure connections (the untrusting client never gets there)
start_server "TLS server" "$here/tls-echo-server.js" "$CONNECTIONS"
client() {  # extra s_client options...; the line "hello tls" is sent, stdout+stderr kept
  (echo 'hello tls'; sleep 1) | timeout 20 openssl s_client -connect "127.0.0.1:$port" -CAfile "$fixtures/ca.pem" \
    -verify_return_error -ign_eof "$@" > "$tmp/client.out" 2>&1
}
# 1. A client that does not trust the test CA fails verification (first: the
#    server stops after the two secure connections below).
(echo x) | timeout 20 openssl s_client -connect "127.0.0.1:$port" -verify_return_error > "$tmp/bad.out" 2>&1
check "s_client untrusted" "yes" "$(grep -q 'unable to get local issuer certificate\|unable to verify the first certificate' "$tmp/bad.out" && echo yes)"
# 2. TLS 1.3 with SNI and ALPN: verified, echoed.
client -servername localhost -alpn echo/1 -tls1_3
check "s_client verify" "1" "$(grep -c 'Verify return code: 0 (ok)' "$tmp/client.out")"
check "s_client echo" "hello tls" "$(grep -x 'hello tls' "$tmp/client.out" | head -1)"
check "s_client alpn" "ALPN protocol: echo/1" "$(grep -o 'ALPN protocol: echo/1' "$tmp/client.out" | head -1)"
# 3. TLS 1.2, no SNI.
client -tls1_2 -noservername
check "s_client tls1.2" "1" "$(grep -c 'Protocol *: TLSv1.2' "$tmp/client.out")"
check "s_client tls1.2 echo" "hello tls" "$(grep -x 'hello tls' "$tmp/client.out" | head -1)"
timeout 20 tail --pid="$pid" -f /dev/null
pid=
check "server saw" "CONN servername=localhost alpn=echo/1 protocol=TLSv1.3|CONN servername=false alpn=false protocol=TLSv1.2" \
  "$(grep '^CONN' "$tmp/server.out" | head -2 | paste -sd'|')"

# 4. A protoJS client against openssl s_server -www.
sport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
openssl s_server -accept "127.0.0.1:$sport" -cert "$fixtures/server.pem" -key "$fixtures/server-key.pem" -www -quiet \
  > "$tmp/s_server.out" 2>&1 &
spid=$!
for i in $(seq 1 100); do
  timeout 1 bash -c "echo > /dev/tcp/127.0.0.1/$sport" 2>/dev/null && break
  sleep 0.05
done
out=$(timeout 20 "$protojs" "$here/tls-client.js" "$sport" 2>&1)
check "client vs s_server" "authorized=true protocol=TLSv1.3|reply=HTTP/1.0 200 ok" "$(printf '%s\n' "$out" | paste -sd'|')"
exit $status
