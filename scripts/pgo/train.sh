#!/usr/bin/env bash
# The training run of a profile-guided build (scripts/build-release.sh): the
# workloads whose speed we measure in bench/, each short. What they do not reach
# is compiled for size, so they cover the hot paths of net, http (server and
# client), streams, events, buffers and console, plus start-up.
# usage: scripts/pgo/train.sh TRAINING_PROTOJS
set -euo pipefail
rt=${1:?usage: scripts/pgo/train.sh TRAINING_PROTOJS}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
start=$SECONDS
for script in \
  bench/http/client-keepalive.js \
  scripts/pgo/http-mix.js \
  bench/net/pingpong-1.js \
  bench/net/connect-storm.js \
  bench/net/throughput-1k.js \
  bench/stream/pipeline.js \
  bench/events/emit.js \
  bench/buffer/concat.js \
  bench/util/inspect.js; do
  # A workload that fails here (a low file limit, say) leaves a thinner profile, not
  # a failed build; the test suite is what judges the binary.
  timeout 300 "$rt" "$script" >/dev/null || echo "pgo training: $script failed (exit $?), continuing" >&2
done
for _ in 1 2 3 4 5; do "$rt" -e 'require("net").createServer().listen(0, function () { this.close(); })'; done
echo "pgo training: $((SECONDS - start)) s"
