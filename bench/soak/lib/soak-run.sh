# Soak run shared by bench/soak/soak.sh (long) and tests/reliability/soak-short.sh (CI).
# Source it, then: soak_run PROTOJS SECONDS   (returns 0 when every criterion holds)
#
# One server process (lib/server.js: net echo + http) takes, for SECONDS at once:
#   wrk keep-alive, wrk with 'Connection: close' (connect/close churn), and
#   lib/client.js run by the same runtime (echo round trips checked byte for byte,
#   http GET/POST with and without keep-alive).
# Its RSS and open fds are sampled every second. Pass criteria:
#   - no failed request: no wrk socket error or non-2xx answer, no client failure;
#   - RSS after warm-up (the first 25% of the load) grows by at most
#     SOAK_RSS_PCT % + SOAK_RSS_SLACK_MIB MiB over the warm-up peak;
#   - once the clients stop, the fd count settles back to its pre-load baseline;
#   - after GET /shutdown the server exits by itself with code 0.
# Load knobs (environment): SOAK_WRK_CONNS, SOAK_WRK_CLOSE_CONNS, SOAK_WRK_DELAY_MS
# (pause per request and connection, 0 = as fast as possible), SOAK_ECHO_WORKERS,
# SOAK_HTTP_WORKERS. SOAK_SUMMARY is set to "requests rss_growth_kib" for callers.

SOAK_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

soak_rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null; }
soak_fds() { ls "/proc/$1/fd" 2>/dev/null | wc -l; }

# Samples "<phase> <rss-kib> <fds>" into $2 every second while the pid lives; the
# phase is the content of $3 (load / settle), written by the caller.
soak_sampler() {
  local pid=$1 out=$2 phase_file=$3 rss
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(soak_rss_kib "$pid")
    [ -n "$rss" ] && echo "$(cat "$phase_file") $rss $(soak_fds "$pid")" >>"$out"
    sleep 1
  done
}

# wrk with its Lua pause when SOAK_WRK_DELAY_MS > 0; args: out-file conns seconds url [wrk args]
soak_wrk() {
  local out=$1 conns=$2 secs=$3 url=$4; shift 4
  local script=()
  if [ "${SOAK_WRK_DELAY_MS:-0}" -gt 0 ]; then
    echo "function delay() return ${SOAK_WRK_DELAY_MS} end" >"$out.lua"
    script=(-s "$out.lua")
  fi
  wrk -t1 -c"$conns" -d"${secs}s" --timeout 30s "${script[@]}" "$@" "$url" >"$out" 2>&1
}

# Prints "<requests> <errors>" from a wrk report (socket errors + non-2xx/3xx answers).
soak_wrk_counts() {
  awk '/requests in/ {req = $1}
       /Socket errors:/ {gsub(",", ""); err += $4 + $6 + $8 + $10}
       /Non-2xx or 3xx responses:/ {err += $5}
       END {print req + 0, err + 0}' "$1"
}

# Sends GET /shutdown over bash's /dev/tcp (no client tool needed).
soak_shutdown() {
  local port=$1
  exec 9<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET /shutdown HTTP/1.1\r\nHost: soak\r\n\r\n' >&9
  timeout 10 cat <&9 >/dev/null
  exec 9<&-
}

# Waits up to $2 seconds for the pid to go; returns 1 if it is still alive.
soak_wait_gone() {
  local pid=$1 i
  for ((i = 0; i < $2 * 10; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  return 1
}

soak_run() {
  local protojs=$1 seconds=$2
  local tmp; tmp=$(mktemp -d /tmp/soak.XXXXXX)
  local fail=()
  echo "soak: ${seconds}s with $protojs (logs in $tmp)"

  "$protojs" "$SOAK_LIB/server.js" >"$tmp/server.out" 2>"$tmp/server.err" &
  local pid=$! i
  for ((i = 0; i < 300; i++)); do grep -q '^PORTS' "$tmp/server.out" && break; sleep 0.1; done
  local echo_port http_port
  read -r _ echo_port http_port < <(grep '^PORTS' "$tmp/server.out")
  if [ -z "${http_port:-}" ]; then
    echo "soak: FAIL: server did not start"; cat "$tmp/server.err"; kill "$pid" 2>/dev/null
    return 1
  fi
  sleep 0.5
  local fd0 rss0; fd0=$(soak_fds "$pid"); rss0=$(soak_rss_kib "$pid")

  echo load >"$tmp/phase"
  soak_sampler "$pid" "$tmp/samples" "$tmp/phase" &
  local sampler=$!
  local url="http://127.0.0.1:$http_port/"
  soak_wrk "$tmp/wrk-keepalive" "${SOAK_WRK_CONNS:-16}" "$seconds" "$url" &
  local w1=$!
  soak_wrk "$tmp/wrk-close" "${SOAK_WRK_CLOSE_CONNS:-8}" "$seconds" "$url" -H 'Connection: close' &
  local w2=$!
  "$protojs" "$SOAK_LIB/client.js" "$echo_port" "$http_port" "$seconds" \
    "${SOAK_ECHO_WORKERS:-4}" "${SOAK_HTTP_WORKERS:-4}" >"$tmp/client.out" 2>&1 &
  local cl=$!
  wait "$w1" "$w2"
  wait "$cl" || fail+=("client reported failures (exit $?)")
  echo settle >"$tmp/phase"

  # Clients are gone: every connection they held must be closed by the server. The
  # wait is a bound, not a measurement (kernel FIN/RST handling is asynchronous).
  local fd1
  for ((i = 0; i < 150; i++)); do
    fd1=$(soak_fds "$pid"); [ "$fd1" -le "$fd0" ] && break; sleep 0.1
  done
  local rss_end; rss_end=$(soak_rss_kib "$pid")
  [ "$fd1" -le "$fd0" ] || fail+=("fd count $fd1 after load, $fd0 before")

  soak_shutdown "$http_port" || fail+=("GET /shutdown failed")
  if soak_wait_gone "$pid" 30; then
    wait "$pid"; local code=$?
    [ "$code" = 0 ] || fail+=("server exit code $code")
  else
    fail+=("server still running 30 s after /shutdown (something kept the loop alive)")
    kill -9 "$pid" 2>/dev/null
  fi
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null

  soak_report "$tmp" "$fd0" "$fd1" "$rss0" "$rss_end"
  local ok=$?
  [ $ok = 0 ] || fail+=("$(cat "$tmp/report-fail")")
  if [ ${#fail[@]} -gt 0 ]; then
    printf 'soak: FAIL: %s\n' "${fail[@]}"
    sed -n '1,20p' "$tmp/server.err"
    grep '^FAILURE' "$tmp/client.out" | head
    return 1
  fi
  echo "soak: PASS"
  rm -rf "$tmp"
}

# Prints the figures; writes a failure reason to $1/report-fail and returns 1 on one.
soak_report() {
  local tmp=$1 fd0=$2 fd1=$3 rss0=$4 rss_end=$5
  local ka_req ka_err cl_req cl_err
  read -r ka_req ka_err < <(soak_wrk_counts "$tmp/wrk-keepalive")
  read -r cl_req cl_err < <(soak_wrk_counts "$tmp/wrk-close")
  local client stats
  client=$(grep '^CLIENT' "$tmp/client.out" | cut -d' ' -f2-)
  stats=$(grep '^STATS' "$tmp/server.out" | cut -d' ' -f2-)
  echo "soak: wrk keep-alive: $ka_req requests, $ka_err errors; wrk Connection: close: $cl_req requests, $cl_err errors"
  echo "soak: client: ${client:-none}"
  echo "soak: server: ${stats:-no STATS line}"

  # RSS: warm-up = first quarter of the load samples; its peak is the baseline.
  local rss_line
  rss_line=$(awk -v pct="${SOAK_RSS_PCT:-20}" -v slack="${SOAK_RSS_SLACK_MIB:-8}" '
    $1 == "load" { r[n++] = $2 }
    END {
      if (n < 4) { print "few"; exit }
      w = int(n / 4); base = 0; max = 0
      for (i = 0; i < w; i++) if (r[i] > base) base = r[i]
      for (i = w; i < n; i++) if (r[i] > max) max = r[i]
      bound = int(base * (1 + pct / 100) + slack * 1024)
      print base, max, bound, n }' "$tmp/samples")
  local base max bound n
  read -r base max bound n <<<"$rss_line"
  if [ "$base" = few ]; then
    echo "too few RSS samples" >"$tmp/report-fail"; return 1
  fi
  echo "soak: RSS KiB: start $rss0, after warm-up $base, max after warm-up $max (bound $bound), end $rss_end; $n samples"
  echo "soak: fds: before load $fd0, after load $fd1"
  local served=$((ka_req + cl_req))
  SOAK_SUMMARY="$served $((max - base))"
  if [ "$ka_err" != 0 ] || [ "$cl_err" != 0 ]; then
    echo "wrk saw $ka_err + $cl_err failed requests" >"$tmp/report-fail"; return 1
  fi
  if [ "$ka_req" = 0 ] || [ "$cl_req" = 0 ] || [ -z "$client" ]; then
    echo "a load generator did no work" >"$tmp/report-fail"; return 1
  fi
  if [ "$max" -gt "$bound" ]; then
    echo "RSS grew to $max KiB after warm-up, bound $bound KiB" >"$tmp/report-fail"; return 1
  fi
  return 0
}
