#!/usr/bin/env bash
# node:test's summary: the last line is "N passed, N failed[, N skipped]" and the
# exit code is 1 exactly when a test failed.
set -u
protojs=$1
dir=$(cd "$(dirname "$0")" && pwd)
fail=0

check() {  # fixture expected-last-line expected-exit
  out=$("$protojs" "$dir/fixtures/$1" </dev/null 2>&1)
  code=$?
  last=$(printf '%s\n' "$out" | tail -n 1)
  if [ "$last" != "$2" ] || [ "$code" != "$3" ]; then
    echo "FAIL $1: last line '$last' (want '$2'), exit $code (want $3)"
    printf '%s\n' "$out" | tail -n 30
    fail=1
  else
    echo "ok $1"
  fi
}

check mixed-results.js '2 passed, 1 failed, 2 skipped' 1
check all-pass.js '3 passed, 0 failed' 0
if ! "$protojs" "$dir/fixtures/mixed-results.js" </dev/null | grep -q '^not ok 2 - fails$'; then
  echo "FAIL: no 'not ok 2 - fails' line"; fail=1
fi
exit $fail
