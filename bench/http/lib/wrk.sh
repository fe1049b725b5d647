#!/bin/bash
# usage: wrk.sh RUNTIME MODE NAME [wrk args...]: starts lib/server.js MODE under
# RUNTIME, drives it with wrk -t1 -c50 -d5s, prints METRIC lines (requests/s, p99,
# peak RSS of the server).
set -u
rt=$1 mode=$2 name=$3; shift 3
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp)
$rt "$here/server.js" "$mode" > "$out" &
pid=$!
for i in $(seq 1 200); do [ -s "$out" ] && break; sleep 0.05; done
port=$(head -1 "$out")
res=$(wrk -t1 -c50 -d5s --latency "$@" "http://127.0.0.1:$port/" 2>&1)
rss=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
kill $pid; wait $pid 2>/dev/null
rm -f "$out"
rps=$(echo "$res" | awk '/Requests\/sec/ {print $2}')
p99=$(echo "$res" | awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}')
echo "METRIC http_${name}_rps $rps req/s higher"
echo "METRIC http_${name}_p99 $p99 ms lower"
echo "METRIC http_${name}_rss $((rss / 1024)) MiB lower"
