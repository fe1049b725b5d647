#!/usr/bin/env bash
# A script on standard input: with '-', and piped with no script argument.
. "$(dirname "$0")/lib/common.sh"
out=$(echo 'console.log("dash", __filename, process.argv.length)' | "$PJ" - extra)
expect_eq "stdin -" "$out" "dash [stdin] 2"
out=$(echo 'console.log("piped")' | "$PJ")
expect_eq "piped" "$out" "piped"
out=$(printf 'setTimeout(() => console.log("later"), 1);\nconsole.log("first");' | "$PJ" -)
expect_eq "stdin loop" "$out" "first
later"
echo 'throw new Error("from stdin")' | "$PJ" - 2>/dev/null
expect_eq "stdin throw exit" "$?" "1"
