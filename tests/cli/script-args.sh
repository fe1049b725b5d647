#!/usr/bin/env bash
# Arguments after the script are the script's, even ones that look like options.
. "$(dirname "$0")/lib/common.sh"
echo 'console.log(JSON.stringify(process.argv.slice(2)))' > "$TMP/a.js"
expect_eq "args" "$("$PJ" "$TMP/a.js" -e --version x)" '["-e","--version","x"]'
expect_eq "after --" "$("$PJ" -- "$TMP/a.js" y)" '["y"]'
