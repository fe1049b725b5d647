#!/usr/bin/env bash
# protojs -p prints the completion value (strings raw, other values inspected).
. "$(dirname "$0")/lib/common.sh"
expect_eq "-p number" "$("$PJ" -p '1 + 1')" "2"
expect_eq "-p string" "$("$PJ" -p '"str"')" "str"
expect_eq "-p argv" "$("$PJ" -p 'process.argv.slice(1).join()' x y)" "x,y"
expect_eq "--print" "$("$PJ" --print 'typeof require')" "function"
expect_eq "-p undefined" "$("$PJ" -p 'undefined')" "undefined"
