#!/usr/bin/env bash
# Signals from outside: a SIGTERM listener replaces the default action (graceful
# shutdown: the server closes and the process ends with the listener's exit code);
# removing the last listener restores it (killed by SIGTERM, status 143).
. "$(dirname "$0")/lib/common.sh"

cat > "$TMP/graceful.js" <<'JS'
const server = require('net').createServer().listen(0, '127.0.0.1', () => console.log('listening'));
process.on('SIGTERM', (name, num) => {
  console.log('got', name, num);
  server.close(() => { console.log('closed'); process.exitCode = 3; });
});
JS
cat > "$TMP/restored.js" <<'JS'
const onTerm = () => console.log('should not run');
process.on('SIGTERM', onTerm);
process.off('SIGTERM', onTerm);
require('net').createServer().listen(0, '127.0.0.1', () => console.log('listening'));
JS

# Starts a script, waits for its 'listening' line, sends SIGTERM, prints its output and status.
run_and_term() {
  local out="$TMP/out.$RANDOM" status=0
  "$PJ" "$1" > "$out" &
  local pid=$!
  for _ in $(seq 1 200); do grep -q listening "$out" && break; sleep 0.05; done
  kill -TERM "$pid"
  wait "$pid" || status=$?
  tr '\n' ' ' < "$out"
  echo "status $status"
}

expect_eq "graceful shutdown" "$(run_and_term "$TMP/graceful.js")" "listening got SIGTERM 15 closed status 3"
expect_eq "default restored" "$(run_and_term "$TMP/restored.js")" "listening status 143"
echo ok
