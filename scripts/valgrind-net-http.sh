#!/usr/bin/env bash
# Runs the net and http integration tests (tests/js/{net,http}/test-*.js) under
# valgrind memcheck and fails on any definite leak or memory error.
#
# Usage: scripts/valgrind-net-http.sh [-j JOBS] [REGEX]
#   REGEX   only tests whose path (e.g. net/test-net-ipv4.js) matches
#   -j      tests run at once (default 2); the 84 tests take 3 to 7 minutes with 2
# PROTOJS=/path/to/protojs uses an existing build; by default the script configures and
# builds build-valgrind/ (RelWithDebInfo: optimized, with line numbers in the reports;
# linked dynamically, PROTOJS_STATIC=OFF, so valgrind can replace libc string functions;
# PROTOJS_BLOCK_CACHE=OFF, so every free reaches valgrind).
#
# PROTOJS_FULL_TEARDOWN=1 makes protojs free its heap on exit (release builds normally
# _exit without doing so), so leaks in teardown count too. "Still reachable" and
# "possibly lost" blocks are not errors: only definite leaks and memcheck errors are.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=2
filter=.
while [ $# -gt 0 ]; do
  case $1 in
    -j) jobs=$2; shift 2 ;;
    *) filter=$1; shift ;;
  esac
done

build_protojs() {
  local dir=$root/build-valgrind log; log=$(mktemp /tmp/valgrind-build.XXXXXX)
  # Configured every time (quick), so an older build dir gets these options too.
  cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPROTOJS_STATIC=OFF -DPROTOJS_BLOCK_CACHE=OFF >"$log" 2>&1 ||
    { cat "$log" >&2; return 1; }
  ninja -C "$dir" -j2 protojs >"$log" 2>&1 || { cat "$log" >&2; return 1; }
  echo "$dir/protojs"
}

if [ -z "${PROTOJS:-}" ]; then
  PROTOJS=$(build_protojs) || { echo "valgrind-net-http: build failed" >&2; exit 1; }
fi
command -v valgrind >/dev/null || { echo "valgrind-net-http: valgrind not installed (scripts/bootstrap.sh)" >&2; exit 1; }

logs=$(mktemp -d /tmp/valgrind-net-http.XXXXXX)
cd "$root/tests/js" || exit 1
mapfile -t tests < <(ls net/test-*.js http/test-*.js | grep -E -- "$filter")
[ ${#tests[@]} -gt 0 ] || { echo "valgrind-net-http: no test matches $filter" >&2; exit 1; }

# Runs one test; writes "<status> <seconds> <def-bytes> <def-blocks> <errors>" to its .res file.
run_one() {
  local t=$1 log=$logs/${1//\//_}
  local start=$SECONDS rc
  PROTOJS_FULL_TEARDOWN=1 timeout 900 valgrind --leak-check=full --errors-for-leak-kinds=definite \
    --error-exitcode=99 --log-file="$log.vg" "$PROTOJS" "$t" >"$log.out" 2>&1
  rc=$?
  local bytes blocks errors
  bytes=$(awk '/definitely lost:/ {gsub(",", "", $4); s += $4} END {print s + 0}' "$log.vg")
  blocks=$(awk '/definitely lost:/ {gsub(",", "", $7); s += $7} END {print s + 0}' "$log.vg")
  errors=$(awk '/ERROR SUMMARY:/ {s += $4} END {print s + 0}' "$log.vg")
  local status=PASS
  if [ $rc = 99 ] || [ "$errors" != 0 ] || [ "$bytes" != 0 ]; then status=LEAK_OR_ERROR
  elif [ $rc = 124 ]; then status=TIMEOUT
  elif [ $rc != 0 ]; then status=TEST_FAILED; fi
  echo "$status $((SECONDS - start)) $bytes $blocks $errors" >"$log.res"
  printf '%-14s %-48s %4ss  definitely lost %s B in %s blocks, %s errors\n' \
    "$status" "$t" "$((SECONDS - start))" "$bytes" "$blocks" "$errors"
}

echo "valgrind-net-http: ${#tests[@]} tests, $jobs at a time, protojs $PROTOJS, logs in $logs"
running=0
for t in "${tests[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if [ $running -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
done
wait

bad=0 total_bytes=0 total_blocks=0 total_errors=0
for t in "${tests[@]}"; do
  read -r status _ bytes blocks errors <"$logs/${t//\//_}.res"
  total_bytes=$((total_bytes + bytes)); total_blocks=$((total_blocks + blocks))
  total_errors=$((total_errors + errors))
  if [ "$status" != PASS ]; then
    bad=$((bad + 1))
    echo "--- $status $t (valgrind log: $logs/${t//\//_}.vg)"
    grep -E -A12 'definitely lost in|Invalid|uninitialised|Mismatched' "$logs/${t//\//_}.vg" | head -40
    tail -5 "$logs/${t//\//_}.out"
  fi
done
echo "valgrind-net-http: ${#tests[@]} tests, $bad not clean; definitely lost $total_bytes bytes in $total_blocks blocks; $total_errors memcheck errors"
[ $bad = 0 ] || exit 1
rm -rf "$logs"
