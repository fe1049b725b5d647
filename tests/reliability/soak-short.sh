#!/usr/bin/env bash
# Short soak for CI: 20 s of net echo + http keep-alive + connect/close churn against one
# protojs server (bench/soak/lib/soak-run.sh has the criteria: no failed request, bounded
# RSS growth after warm-up, fds back to baseline, clean exit). The load is paced (wrk
# pauses 1 ms per request) so it runs beside other tests, in the ASan build too.
set -uo pipefail
protojs=${1:?usage: soak-short.sh PROTOJS}
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/bench/soak/lib/soak-run.sh"
export SOAK_WRK_CONNS=4 SOAK_WRK_CLOSE_CONNS=2 SOAK_WRK_DELAY_MS=1
export SOAK_ECHO_WORKERS=2 SOAK_HTTP_WORKERS=2
# ASan's allocator holds freed memory in a quarantine (256 MiB by default) before reuse,
# so RSS would climb under ASan whatever the program does: shrink the quarantine, and
# allow for ASan's shadow memory and allocator slack in the bound.
if grep -q __asan_init "$protojs" 2>/dev/null; then
  export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=16"
  export SOAK_RSS_PCT=30 SOAK_RSS_SLACK_MIB=32
fi
soak_run "$protojs" 20
