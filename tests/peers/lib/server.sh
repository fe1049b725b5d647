# Shared by the peer tests (sourced; they set $protojs and $tmp first).
# start_server WHAT SCRIPT [ARGS...]: runs `$protojs SCRIPT ARGS` in the background
# ($pid), waits for its "PORT n" line and sets $port; fails the test if it never comes.
start_server() {
  local what=$1
  shift
  "$protojs" "$@" > "$tmp/server.out" 2>"$tmp/server.err" &
  pid=$!
  for _ in $(seq 1 200); do
    grep -q '^PORT ' "$tmp/server.out" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  port=$(sed -n 's/^PORT //p' "$tmp/server.out")
  if [ -z "$port" ]; then echo "FAIL: the protoJS $what did not start"; cat "$tmp/server.err"; exit 1; fi
}

status=0
check() {  # name expected actual
  if [ "$2" == "$3" ]; then echo "ok $1"; else echo "FAIL $1: expected '$2', got '$3'"; status=1; fi
}
