#!/usr/bin/env bash
# Runs every libFuzzer harness built in <build-dir> (make fuzz) for <seconds> each over
# a working copy of its seed corpus and regressions (fuzz/corpus/<h>/, fuzz/regressions/<h>/),
# so the committed corpus is never modified; new inputs and crash artifacts stay in
# <build-dir>/fuzz-work/<h>/. Prints each harness's executions; fails on any crash.
#   usage: fuzz/run.sh <build-dir> [seconds]
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:?usage: fuzz/run.sh <build-dir> [seconds]}" && pwd)
seconds=${2:-60}
harnesses=(http_request http_response http_incoming buffer_encodings net_isip module_paths)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=0
summary=()
for h in "${harnesses[@]}"; do
  work="$build/fuzz-work/$h"
  rm -rf "$work" && mkdir -p "$work/corpus"
  cp "$root/fuzz/corpus/$h/"* "$work/corpus/"
  cp "$root/fuzz/regressions/$h/"* "$work/corpus/" 2>/dev/null || true
  echo "fuzz: $h for ${seconds}s"
  "$build/fuzz/fuzz_$h" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" >"$work/log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)
  if [ $rc -ne 0 ]; then
    failed=1
    summary+=("$(printf '%-18s FAILED (exit %d): see %s/log, artifacts %s/crash-*' "$h" "$rc" "$work" "$work")")
    tail -40 "$work/log"
  else
    summary+=("$(printf '%-18s %10s execs  %7s/s  corpus %s' "$h" "${execs:-?}" "${speed:-?}" "$(ls "$work/corpus" | wc -l)")")
  fi
done
echo "fuzz: summary (${seconds}s per harness)"
printf '  %s\n' "${summary[@]}"
exit $failed
