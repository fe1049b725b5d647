# Sourced by the curl tests: starts a protoJS server script and waits for the port
# it prints; stop_server kills it. Not a test itself (no protojs argument use).
start_server() {  # protojs script -> sets SERVER_PID, PORT
  local out
  out=$(mktemp)
  "$1" "$2" > "$out" &
  SERVER_PID=$!
  for _ in $(seq 1 100); do [ -s "$out" ] && break; sleep 0.05; done
  PORT=$(head -1 "$out")
  rm -f "$out"
  [ -n "$PORT" ] || { echo "server did not start"; kill "$SERVER_PID"; exit 1; }
}
stop_server() {
  kill "$SERVER_PID" 2>/dev/null
  wait "$SERVER_PID" 2>/dev/null
}
fail() { echo "FAIL: $*"; stop_server; exit 1; }
