#!/usr/bin/env bash
# Long soak run: SECONDS (default 120) of mixed net echo + http keep-alive + connect/close
# churn against one server process, with RSS and fd counts sampled every second.
# Pass criteria and knobs: bench/soak/lib/soak-run.sh. Exits 1 when one fails.
# Usage: bench/soak/soak.sh PROTOJS [SECONDS]   (PROTOJS may also be node, to compare)
# Also prints METRIC lines, as bench/run.sh expects of a bench script.
set -uo pipefail
runtime=${1:?usage: bench/soak/soak.sh PROTOJS [SECONDS]}
seconds=${2:-120}
source "$(dirname "$0")/lib/soak-run.sh"
soak_run "$runtime" "$seconds"
rc=$?
if [ -n "${SOAK_SUMMARY:-}" ]; then
  read -r served growth <<<"$SOAK_SUMMARY"
  echo "METRIC soak_wrk_requests_per_s $((served / seconds)) req/s higher"
  echo "METRIC soak_rss_growth_after_warmup $growth KiB lower"
fi
exit $rc
