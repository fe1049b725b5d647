#!/usr/bin/env bash
# Sockets, streams and emitters that are done are freed by reference counting, not
# left in reference cycles: QuickJS frees cycles only in whole-heap collections,
# whose pause grows with the garbage (tens of ms per few hundred http connections)
# and which hold the memory in between. See fixtures/refcount-freed.js.
# protoJS-specific: V8 frees nothing before its own collector runs.
set -u
PJ=$1
here=$(cd "$(dirname "$0")" && pwd)
status=0
for scenario in http-server-close net-echo streams pipe once; do
  out=$("$PJ" "$here/fixtures/refcount-freed.js" "$scenario" 2>&1)
  case "$out" in
    "$scenario: alive 0 of "*) echo "ok: $out" ;;
    *) echo "FAIL: $out"; status=1 ;;
  esac
done
exit $status
