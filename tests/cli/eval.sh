#!/usr/bin/env bash
# protojs -e runs code with CommonJS-style globals; arguments follow in process.argv.
. "$(dirname "$0")/lib/common.sh"
out=$("$PJ" -e 'console.log(process.argv.length, __filename, __dirname, typeof require, typeof module)' a b)
expect_eq "-e" "$out" "3 [eval] . function object"
out=$("$PJ" --eval 'console.log(1 + 1)')
expect_eq "--eval" "$out" "2"
out=$("$PJ" --eval='console.log("eq form")')
expect_eq "--eval=" "$out" "eq form"
"$PJ" -e 'process.exitCode = 3'
expect_eq "-e exit code" "$?" "3"
