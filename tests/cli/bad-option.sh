#!/usr/bin/env bash
# An unknown option exits 9 with a message on stderr; -e without code too.
. "$(dirname "$0")/lib/common.sh"
err=$("$PJ" --no-such-option 2>&1 >/dev/null)
expect_eq "bad option exit" "$?" "9"
[[ "$err" == *"bad option: --no-such-option"* ]] || fail "stderr was [$err]"
"$PJ" -e 2>/dev/null
expect_eq "-e without argument" "$?" "9"
