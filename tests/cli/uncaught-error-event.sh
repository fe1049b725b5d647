#!/usr/bin/env bash
# An 'error' event nobody listens for is reported, as Node does, with the emitter's
# class and where it was emitted after the error's own stack; an 'uncaughtException'
# listener sees the error's stack unchanged.
. "$(dirname "$0")/lib/common.sh"

cat > "$TMP/unhandled.js" <<'JS'
const EventEmitter = require('events');
class Thing extends EventEmitter {}
function fire(t) { t.emit('error', new Error('boom')); }
process.nextTick(() => fire(new Thing()));
JS
cat > "$TMP/plain.js" <<'JS'
new (require('events'))().emit('error', new Error('plain'));
JS
cat > "$TMP/handled.js" <<'JS'
process.on('uncaughtException', (err) => console.log(err.stack.includes('Emitted'), err.message));
const EventEmitter = require('events');
new (class Thing extends EventEmitter {})().emit('error', new Error('caught'));
JS

status=0
err=$("$PJ" "$TMP/unhandled.js" 2>&1 >/dev/null) || status=$?
expect_eq "exit status" "$status" 1
report=$(grep -A1 "^Emitted 'error' event" <<< "$err" | tr -s ' ' | cut -d'(' -f1 | tr '\n' '|')
expect_eq "emitted block" "$report" "Emitted 'error' event on Thing instance at:| at fire |"
grep -q "^Error: boom" <<< "$err" || fail "no error line in: $err"

err=$("$PJ" "$TMP/plain.js" 2>&1 >/dev/null)
grep -q "^Emitted 'error' event at:" <<< "$err" || fail "a plain EventEmitter is not named: $err"

expect_eq "handled" "$("$PJ" "$TMP/handled.js")" "false caught"
echo ok
