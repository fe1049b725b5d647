#!/usr/bin/env bash
# process._rawDebug(...args) prints util.format(...args) and a newline to stderr at
# once, as Node does (no stream, so it works where stdout's callbacks would not run).
. "$(dirname "$0")/lib/common.sh"

cat > "$TMP/raw.js" <<'JS'
process._rawDebug('a %d b', 7, { x: [1, 'two'] });
process.stdout.write('out\n');
process._rawDebug();
JS
err=$("$PJ" "$TMP/raw.js" 2>&1 >/dev/null; echo end)
expect_eq "stderr" "$err" "a 7 b { x: [ 1, 'two' ] }"$'\n\n'"end"
out=$("$PJ" "$TMP/raw.js" 2>/dev/null)
expect_eq "stdout" "$out" "out"
echo ok
