#!/usr/bin/env bash
# Exit codes: uncaught error 1 (message on stderr), process.exit(n), missing script 1.
. "$(dirname "$0")/lib/common.sh"
err=$("$PJ" -e 'throw new Error("boom")' 2>&1 >/dev/null)
expect_eq "uncaught" "$?" "1"
[[ "$err" == *"Error: boom"* ]] || fail "stderr was [$err]"
"$PJ" -e 'process.exit(42)'
expect_eq "process.exit" "$?" "42"
"$PJ" "$TMP/missing.js" 2>/dev/null
expect_eq "missing script" "$?" "1"
echo 'Promise.reject(new Error("r"))' > "$TMP/r.js"
"$PJ" "$TMP/r.js" 2>/dev/null
expect_eq "unhandled rejection" "$?" "1"
echo 'await new Promise(() => {})' > "$TMP/t.mjs"
"$PJ" "$TMP/t.mjs" 2>/dev/null
expect_eq "unsettled top-level await" "$?" "13"
